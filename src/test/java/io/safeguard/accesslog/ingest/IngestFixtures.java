package io.safeguard.accesslog.ingest;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/** Inputs and checks shared by the ingest tests. */
final class IngestFixtures {
    static final String GENERIC_HEADER = "event_id,occurred_at,recorded_at,user_id,user_name,user_role,department,patient_id,"
            + "encounter_id,action,action_code,object_type,object_id,workstation,ip,facility,outcome,purpose_of_use";

    private IngestFixtures() {}

    static InputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A generic-layout line for user {@code user}, patient {@code patient}, at {@code time}. */
    static String genericLine(String id, String time, String user, String patient) {
        return id + "," + time + ",," + user + ",Dana Reyes,RN,Cardiology," + patient + ",CSN-1,R,chart-review,Patient,"
                + patient + ",WS-12,10.1.2.3,Riverside,0,TREAT";
    }

    /** An input stream of {@code size} copies of {@code fill}, then {@code tail}; never materialised in memory. */
    static InputStream repeated(byte fill, long size, byte[] tail) {
        return new InputStream() {
            long emitted;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                long total = size + tail.length;
                if (emitted >= total) {
                    return -1;
                }
                int n = (int) Math.min(len, total - emitted);
                for (int i = 0; i < n; i++) {
                    long at = emitted + i;
                    b[off + i] = at < size ? fill : tail[(int) (at - size)];
                }
                emitted += n;
                return n;
            }
        };
    }

    /** Bytes the current thread has allocated so far (HotSpot). */
    static long allocatedBytes() {
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        return threads.getCurrentThreadAllocatedBytes();
    }
}
