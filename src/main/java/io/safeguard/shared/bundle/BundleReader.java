package io.safeguard.shared.bundle;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/** Reads the files of a bundle; a path that leaves the bundle folder is refused. */
public interface BundleReader {
    boolean exists(String path);

    <T> T yaml(String path, Class<T> type) throws IOException;

    /** A file of the bundle as bytes (the caller closes it). */
    java.io.InputStream open(String path) throws IOException;

    /** The rows of a CSV file as maps from header to value (blank cells absent), in file order. */
    List<Row> csv(String path) throws IOException;

    record Row(long line, Map<String, String> values) {
        public String get(String column) {
            return values.get(column);
        }
    }
}
