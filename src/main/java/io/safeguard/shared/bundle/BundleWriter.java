package io.safeguard.shared.bundle;

import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Writes the files of a bundle. Paths are relative, with forward slashes, and stay inside the bundle folder. */
public interface BundleWriter {
    void yaml(String path, Object value) throws IOException;

    /** A CSV file with a header; rows in a stable order chosen by the section (by natural key). */
    void csv(String path, List<String> header, List<List<@Nullable String>> rows) throws IOException;

    /** A file copied as it is (evidence), for example {@code documents/files/<sha256>}. */
    void copy(String path, java.io.InputStream content) throws IOException;
}
