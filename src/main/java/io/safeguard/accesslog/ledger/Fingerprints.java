package io.safeguard.accesslog.ledger;

import io.safeguard.accesslog.AccessEvent;
import io.safeguard.shared.TenantId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The 64-bit key that finds a re-delivered event: the first 8 bytes of SHA-256(tenant, source system, source event id). */
final class Fingerprints {
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    private Fingerprints() {}

    static long of(TenantId tenant, AccessEvent event) {
        MessageDigest md = SHA256.get();
        md.reset();
        md.update(prefix(tenant, event.sourceSystem()));
        md.update(event.sourceEventId().getBytes(StandardCharsets.UTF_8));
        byte[] d = md.digest();
        long fp = 0;
        for (int i = 0; i < 8; i++) {
            fp = (fp << 8) | (d[i] & 0xff);
        }
        return fp;
    }

    /** The tenant's 16 bytes, the source system's UTF-8 bytes and a 0 byte: the same for every event of a delivery, so kept. */
    private static byte[] prefix(TenantId tenant, String sourceSystem) {
        Prefix last = LAST.get();
        if (last != null && last.tenant.equals(tenant) && last.sourceSystem.equals(sourceSystem)) {
            return last.bytes;
        }
        byte[] source = sourceSystem.getBytes(StandardCharsets.UTF_8);
        var bytes = java.nio.ByteBuffer.allocate(16 + source.length + 1).putLong(tenant.value().getMostSignificantBits())
                .putLong(tenant.value().getLeastSignificantBits()).put(source).put((byte) 0).array();
        LAST.set(new Prefix(tenant, sourceSystem, bytes));
        return bytes;
    }

    private record Prefix(TenantId tenant, String sourceSystem, byte[] bytes) {}

    private static final ThreadLocal<Prefix> LAST = new ThreadLocal<>();
}
