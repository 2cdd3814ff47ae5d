package io.safeguard.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * The hash that links activity rows: SHA-256 over the previous row's hash and every field of this row, each field
 * length-prefixed so that no two different rows share an encoding. Editing any field of any row, deleting a row or
 * reordering rows changes a hash that a later row (or the stored head) covers.
 */
final class ActivityChain {
    static final String GENESIS = "0".repeat(64);

    private ActivityChain() {}

    static String hash(ActivityRecord r) {
        StringBuilder canonical = new StringBuilder(256);
        field(canonical, Long.toString(r.seq()));
        field(canonical, r.occurredAt().toString());
        field(canonical, r.accountId() == null ? null : r.accountId().toString());
        field(canonical, r.accountEmail());
        field(canonical, r.tenantId() == null ? null : r.tenantId().toString());
        field(canonical, r.action());
        field(canonical, r.objectType());
        field(canonical, r.objectId());
        field(canonical, r.detail());
        field(canonical, r.sourceAddress());
        field(canonical, r.prevHash());
        return sha256(canonical.toString());
    }

    private static void field(StringBuilder out, @Nullable String value) {
        if (value == null) {
            out.append("-;");
        } else {
            out.append(value.length()).append(':').append(value).append(';');
        }
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
