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
        long hi = tenant.value().getMostSignificantBits();
        long lo = tenant.value().getLeastSignificantBits();
        for (int shift = 56; shift >= 0; shift -= 8) {
            md.update((byte) (hi >>> shift));
        }
        for (int shift = 56; shift >= 0; shift -= 8) {
            md.update((byte) (lo >>> shift));
        }
        md.update(event.sourceSystem().getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
        md.update(event.sourceEventId().getBytes(StandardCharsets.UTF_8));
        byte[] d = md.digest();
        long fp = 0;
        for (int i = 0; i < 8; i++) {
            fp = (fp << 8) | (d[i] & 0xff);
        }
        return fp;
    }
}
