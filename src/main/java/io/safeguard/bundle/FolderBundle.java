package io.safeguard.bundle;

import io.safeguard.shared.bundle.BundleReader;
import io.safeguard.shared.bundle.BundleWriter;
import io.safeguard.shared.tabular.CsvReader;
import io.safeguard.shared.tabular.CsvWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/** A bundle as a folder on disk: deterministic YAML and RFC 4180 CSV, UTF-8, LF line ends in YAML. */
final class FolderBundle implements BundleWriter, BundleReader {
    static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .build();
    private final Path root;

    FolderBundle(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public void yaml(String path, Object value) throws IOException {
        Path file = BundlePaths.resolve(root, path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, YAML.writeValueAsString(value), StandardCharsets.UTF_8);
    }

    @Override
    public void csv(String path, List<String> header, List<List<String>> rows) throws IOException {
        Path file = BundlePaths.resolve(root, path);
        Files.createDirectories(file.getParent());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            var csv = new CsvWriter(out);
            csv.row(new ArrayList<>(header));
            for (List<String> row : rows) {
                csv.row(row);
            }
        }
    }

    @Override
    public void copy(String path, InputStream content) throws IOException {
        Path file = BundlePaths.resolve(root, path);
        Files.createDirectories(file.getParent());
        Files.copy(content, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public InputStream open(String path) throws IOException {
        return Files.newInputStream(BundlePaths.resolve(root, path));
    }

    @Override
    public boolean exists(String path) {
        return Files.isRegularFile(BundlePaths.resolve(root, path));
    }

    @Override
    public <T> T yaml(String path, Class<T> type) throws IOException {
        try (InputStream in = Files.newInputStream(BundlePaths.resolve(root, path))) {
            return YAML.readValue(in, type);
        } catch (tools.jackson.core.JacksonException e) {
            throw new IOException(path + ": " + e.getOriginalMessage(), e);
        }
    }

    @Override
    public List<Row> csv(String path) throws IOException {
        List<Row> rows = new ArrayList<>();
        if (!exists(path)) {
            return rows;
        }
        try (InputStream in = Files.newInputStream(BundlePaths.resolve(root, path)); var reader = CsvReader.open(in)) {
            List<String> header = reader.header();
            List<String> record;
            while ((record = reader.next()) != null) {
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < header.size() && i < record.size(); i++) {
                    String cell = CsvWriter.restore(record.get(i));
                    if (!cell.isEmpty()) {
                        values.put(header.get(i), cell);
                    }
                }
                rows.add(new Row(reader.recordLine(), values));
            }
        } catch (CsvReader.CsvFormatException e) {
            throw new IOException(path + ": " + e.getMessage(), e);
        }
        return rows;
    }
}
