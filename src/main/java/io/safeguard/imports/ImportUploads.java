package io.safeguard.imports;

import io.safeguard.shared.NotFound;
import io.safeguard.shared.TenantId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Holds an uploaded file between the mapping step and the import, under {@code <data-dir>/imports/<tenant>/}, named
 * by a random id (never by the uploaded name). Files are removed after the import, on cancel, and after a day.
 */
@Component
public class ImportUploads {
    private static final Duration KEEP = Duration.ofDays(1);
    private final Path root;
    private final Clock clock;

    ImportUploads(@Value("${safeguard.data-dir}") String dataDir, Clock clock) {
        this.root = Path.of(dataDir).toAbsolutePath().normalize().resolve("imports");
        this.clock = clock;
    }

    public UUID store(TenantId tenant, InputStream content) throws IOException {
        removeOld();
        UUID id = UUID.randomUUID();
        Path file = path(tenant, id);
        Files.createDirectories(file.getParent());
        Files.copy(content, file);
        return id;
    }

    public InputStream open(TenantId tenant, UUID id) throws IOException {
        Path file = path(tenant, id);
        if (!Files.isRegularFile(file)) {
            throw new NotFound("upload", id);
        }
        return Files.newInputStream(file);
    }

    public void remove(TenantId tenant, UUID id) throws IOException {
        Files.deleteIfExists(path(tenant, id));
    }

    private Path path(TenantId tenant, UUID id) {
        return root.resolve(tenant.value().toString()).resolve(id + ".csv");
    }

    private void removeOld() {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root, 2)) {
            files.filter(Files::isRegularFile).forEach(f -> {
                try {
                    if (Files.getLastModifiedTime(f).toInstant().plus(KEEP).isBefore(clock.instant())) {
                        Files.deleteIfExists(f);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // Leftover files are removed on a later upload; an import never fails because of an old file.
        }
    }
}
