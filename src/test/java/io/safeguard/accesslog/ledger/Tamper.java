package io.safeguard.accesslog.ledger;

import io.safeguard.shared.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import org.springframework.jdbc.core.JdbcTemplate;

/** What someone with write access to the database could do to stored entries, for the tamper-detection tests. */
public final class Tamper {
    private Tamper() {}

    /** Replaces the canonical bytes of one entry. */
    public static void edit(JdbcTemplate jdbc, TenantId tenant, long seq, UnaryOperator<byte[]> change) {
        rewrite(jdbc, tenant, seq, entries -> {
            int k = (int) (seq % EntryBundle.WIDTH);
            entries.set(k, new EntryBundle.Entry(change.apply(entries.get(k).canonical()), Instant.EPOCH));
        });
    }

    /** Removes one entry: the later entries of its bundle move up one position. */
    public static void remove(JdbcTemplate jdbc, TenantId tenant, long seq) {
        rewrite(jdbc, tenant, seq, entries -> entries.remove((int) (seq % EntryBundle.WIDTH)));
    }

    /** Swaps two entries of one bundle. */
    public static void swap(JdbcTemplate jdbc, TenantId tenant, long a, long b) {
        rewrite(jdbc, tenant, a, entries -> Collections.swap(entries, (int) (a % EntryBundle.WIDTH), (int) (b % EntryBundle.WIDTH)));
    }

    /** Clears an entry's payload the way expiry does, without an expiry run. */
    public static void clear(JdbcTemplate jdbc, TenantId tenant, long seq, Instant occurred) {
        rewrite(jdbc, tenant, seq, entries -> entries.set((int) (seq % EntryBundle.WIDTH), new EntryBundle.Entry(null, occurred)));
    }

    private static void rewrite(JdbcTemplate jdbc, TenantId tenant, long seq, java.util.function.Consumer<List<EntryBundle.Entry>> change) {
        long idx = seq / EntryBundle.WIDTH;
        byte[] bytes = jdbc.queryForObject("SELECT entries FROM accesslog.entry_bundle WHERE tenant_id = ? AND idx = ?", byte[].class,
                tenant.value(), idx);
        List<EntryBundle.Entry> entries = new ArrayList<>(EntryBundle.decode(bytes).entries());
        change.accept(entries);
        jdbc.update("UPDATE accesslog.entry_bundle SET entries = ?, width = ? WHERE tenant_id = ? AND idx = ?", new EntryBundle(entries).encode(),
                entries.size(), tenant.value(), idx);
    }
}
