package io.safeguard.documents;

import io.safeguard.shared.BusinessRuleViolation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Evidence bytes on disk, content-addressed: {@code <data-dir>/evidence/ab/cd/abcd...}. Written through a temporary
 * file in the same folder and moved into place, streamed (never whole in memory), and checked against the hash
 * whenever they are read.
 */
@Component
class EvidenceStore {
    private final Path root;
    private final long maxBytes;

    EvidenceStore(@Value("${safeguard.data-dir}") String dataDir,
            @Value("${safeguard.evidence.max-file-size:50MB}") DataSize maxSize) {
        this.root = Path.of(dataDir).toAbsolutePath().normalize().resolve("evidence");
        this.maxBytes = maxSize.toBytes();
    }

    record Stored(String sha256, long size) {}

    Stored store(InputStream content) throws IOException {
        Files.createDirectories(root);
        Path temp = Files.createTempFile(root, "upload-", ".tmp");
        try {
            MessageDigest digest = sha256();
            long size;
            try (InputStream in = new DigestInputStream(content, digest); OutputStream out = Files.newOutputStream(temp)) {
                size = copyLimited(in, out);
            }
            String hash = HexFormat.of().formatHex(digest.digest());
            Path target = path(hash);
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target);
                }
            }
            return new Stored(hash, size);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The stored bytes, after checking they still hash to {@code sha256}. */
    InputStream open(String sha256) throws IOException {
        Path file = path(sha256);
        if (!Files.isRegularFile(file)) {
            throw new BusinessRuleViolation("documents.file-missing", "The stored file is missing from the evidence store.");
        }
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        if (!HexFormat.of().formatHex(digest.digest()).equals(sha256)) {
            throw new BusinessRuleViolation("documents.file-corrupted",
                    "The stored file no longer matches its SHA-256: it was altered or damaged on disk.");
        }
        return Files.newInputStream(file);
    }

    void delete(String sha256) {
        try {
            Files.deleteIfExists(path(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path path(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256");
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    private long copyLimited(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > maxBytes) {
                throw new BusinessRuleViolation("documents.file-too-large", "The file is larger than this server accepts.");
            }
            out.write(buffer, 0, n);
        }
        return total;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
