package io.safeguard.accesslog.ingest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of raw record bytes as lower-case hex; one instance per parse (not thread-safe). */
final class Sha256 {
    private static final HexFormat HEX = HexFormat.of();
    private final MessageDigest digest;

    Sha256() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    String hex(byte[] bytes, int offset, int length) {
        digest.update(bytes, offset, length);
        return HEX.formatHex(digest.digest());
    }

    String hex(byte[] bytes) {
        return hex(bytes, 0, bytes.length);
    }
}
