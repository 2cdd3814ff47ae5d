package io.safeguard.accesslog;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * The byte form of an {@link AccessEvent} that the ledger hashes (RFC 9162 leaf input). Stored entries are never
 * rewritten, so every version ever written stays readable:
 *
 * <ul>
 *   <li>Version 2 (written now): the version byte, then the fields in record order. Each text is a varint (LEB128) of
 *       its UTF-8 length plus one (0 for null) and its bytes; {@code occurredAt} is 8 bytes of epoch microseconds;
 *       {@code recordedAt} is a byte 0 (null) or 1 followed by 8 such bytes; the action is its one-letter code and the
 *       outcome its DICOM code, one byte each; the raw record's SHA-256 is {@code 'H'} and its 32 bytes when it is 64
 *       lower-case hex digits, otherwise {@code 'T'} and a text. About 40 % smaller than version 1.
 *   <li>Version 1: the version byte, then each field as a 4-byte length and its UTF-8 bytes (length -1 for null),
 *       instants as 8-byte epoch microseconds, action and outcome as texts.
 * </ul>
 */
final class CanonicalForm {
    private static final byte V1 = 1;
    private static final byte V2 = 2;
    private static final HexFormat HEX = HexFormat.of();
    private static final ThreadLocal<byte[]> SCRATCH = ThreadLocal.withInitial(() -> new byte[4096]);

    private CanonicalForm() {}

    static byte[] encode(AccessEvent e) {
        var out = new Writer(SCRATCH.get());
        out.put(V2);
        out.text(e.sourceSystem());
        out.text(e.sourceEventId());
        out.micros(e.occurredAt());
        if (e.recordedAt() == null) {
            out.put((byte) 0);
        } else {
            out.put((byte) 1);
            out.micros(e.recordedAt());
        }
        out.text(e.userId());
        out.text(e.userName());
        out.text(e.userRole());
        out.text(e.userDepartment());
        out.text(e.patientId());
        out.text(e.encounterId());
        out.put((byte) e.action().code());
        out.text(e.actionCode());
        out.text(e.objectType());
        out.text(e.objectId());
        out.text(e.workstation());
        out.text(e.networkAddress());
        out.text(e.facility());
        out.put((byte) e.outcome().code());
        out.text(e.purposeOfUse());
        if (!out.hexDigest(e.rawSha256())) {
            out.put((byte) 'T');
            out.text(e.rawSha256());
        }
        if (out.buffer != SCRATCH.get() && out.buffer.length <= 1 << 16) {
            SCRATCH.set(out.buffer); // grown for a long event: keep it for the next
        }
        return Arrays.copyOf(out.buffer, out.at);
    }

    static AccessEvent decode(byte[] bytes) {
        var in = ByteBuffer.wrap(bytes);
        AccessEvent event;
        try {
            byte version = in.get();
            event = switch (version) {
                case V2 -> decodeV2(in);
                case V1 -> decodeV1(in);
                default -> throw new IllegalArgumentException("not a known canonical event version (" + version + ")");
            };
        } catch (java.nio.BufferUnderflowException e) {
            throw new IllegalArgumentException("the canonical event ends early", e);
        }
        if (in.hasRemaining()) {
            throw new IllegalArgumentException("trailing bytes after the canonical event");
        }
        return event;
    }

    private static AccessEvent decodeV2(ByteBuffer in) {
        String source = text(in);
        String id = text(in);
        Instant occurred = micros(in.getLong());
        Instant recorded = switch (in.get()) {
            case 0 -> null;
            case 1 -> micros(in.getLong());
            default -> throw new IllegalArgumentException("bad recorded-time marker");
        };
        String user = text(in);
        String userName = text(in);
        String role = text(in);
        String department = text(in);
        String patient = text(in);
        String encounter = text(in);
        AccessAction action = action(in.get());
        String actionCode = text(in);
        String objectType = text(in);
        String objectId = text(in);
        String workstation = text(in);
        String address = text(in);
        String facility = text(in);
        AccessOutcome outcome = AccessOutcome.ofCode(in.get()).orElseThrow(() -> new IllegalArgumentException("unknown outcome"));
        String purpose = text(in);
        String raw = switch (in.get()) {
            case 'H' -> HEX.formatHex(bytes(in, 32));
            case 'T' -> text(in);
            default -> throw new IllegalArgumentException("bad raw-hash marker");
        };
        return new AccessEvent(source, id, occurred, recorded, user, userName, role, department, patient, encounter, action, actionCode,
                objectType, objectId, workstation, address, facility, outcome, purpose, raw);
    }

    /** Exactly one of the codes written (upper case), nothing else. */
    private static AccessAction action(byte code) {
        for (AccessAction a : AccessAction.values()) {
            if (a.code() == code) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown action");
    }

    private static @Nullable String text(ByteBuffer in) {
        int code = 0;
        for (int shift = 0; ; shift += 7) {
            if (shift > 14) {
                throw new IllegalArgumentException("bad field length");
            }
            int b = in.get() & 0xff;
            code |= (b & 0x7f) << shift;
            if (b < 0x80) {
                break;
            }
        }
        if (code == 0) {
            return null;
        }
        int length = code - 1;
        if (length > in.remaining()) {
            throw new IllegalArgumentException("bad field length " + length);
        }
        String value = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return value;
    }

    private static AccessEvent decodeV1(ByteBuffer in) {
        String source = textV1(in);
        String id = textV1(in);
        Instant occurred = timeV1(in);
        Instant recorded = timeV1(in);
        String user = textV1(in);
        String userName = textV1(in);
        String role = textV1(in);
        String department = textV1(in);
        String patient = textV1(in);
        String encounter = textV1(in);
        AccessAction action = AccessAction.ofCode(textV1(in)).orElseThrow(() -> new IllegalArgumentException("unknown action"));
        String actionCode = textV1(in);
        String objectType = textV1(in);
        String objectId = textV1(in);
        String workstation = textV1(in);
        String address = textV1(in);
        String facility = textV1(in);
        AccessOutcome outcome = AccessOutcome.ofCode(Integer.parseInt(textV1(in))).orElseThrow();
        String purpose = textV1(in);
        String raw = textV1(in);
        return new AccessEvent(source, id, occurred, recorded, user, userName, role, department, patient, encounter, action, actionCode,
                objectType, objectId, workstation, address, facility, outcome, purpose, raw);
    }

    private static @Nullable String textV1(ByteBuffer in) {
        int length = in.getInt();
        if (length == -1) {
            return null;
        }
        if (length < 0 || length > in.remaining()) {
            throw new IllegalArgumentException("bad field length " + length);
        }
        return new String(bytes(in, length), StandardCharsets.UTF_8);
    }

    private static @Nullable Instant timeV1(ByteBuffer in) {
        int length = in.getInt();
        if (length == -1) {
            return null;
        }
        if (length != 8) {
            throw new IllegalArgumentException("bad time length " + length);
        }
        return micros(in.getLong());
    }

    private static byte[] bytes(ByteBuffer in, int length) {
        byte[] b = new byte[length];
        in.get(b);
        return b;
    }

    private static Instant micros(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
    }

    /** Appends to a growable buffer; ASCII texts are copied char by char without an intermediate array. */
    private static final class Writer {
        private byte[] buffer;
        private int at;

        Writer(byte[] buffer) {
            this.buffer = buffer;
        }

        void put(byte b) {
            room(1);
            buffer[at++] = b;
        }

        void micros(Instant t) {
            long v = Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1_000);
            room(8);
            for (int shift = 56; shift >= 0; shift -= 8) {
                buffer[at++] = (byte) (v >>> shift);
            }
        }

        void text(@Nullable String s) {
            if (s == null) {
                put((byte) 0);
                return;
            }
            int n = s.length();
            room(5 + n);
            int start = at;
            varint(n + 1);
            int body = at;
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                if (c >= 0x80) { // not ASCII: the UTF-8 length differs from the char count
                    at = start;
                    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
                    room(5 + utf8.length);
                    varint(utf8.length + 1);
                    System.arraycopy(utf8, 0, buffer, at, utf8.length);
                    at += utf8.length;
                    return;
                }
                buffer[body + i] = (byte) c;
            }
            at = body + n;
        }

        /** {@code 'H'} and the 32 bytes when the text is 64 lower-case hex digits; otherwise writes nothing and says so. */
        boolean hexDigest(String digest) {
            if (digest.length() != 64) {
                return false;
            }
            room(33);
            for (int i = 0; i < 32; i++) {
                int hi = lowerHex(digest.charAt(2 * i));
                int lo = lowerHex(digest.charAt(2 * i + 1));
                if ((hi | lo) < 0) {
                    return false;
                }
                buffer[at + 1 + i] = (byte) (hi << 4 | lo);
            }
            buffer[at] = 'H';
            at += 33;
            return true;
        }

        private static int lowerHex(char c) {
            return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
        }

        private void varint(int v) {
            while (v >= 0x80) {
                buffer[at++] = (byte) (v | 0x80);
                v >>>= 7;
            }
            buffer[at++] = (byte) v;
        }

        private void room(int more) {
            if (at + more > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, at + more));
            }
        }
    }
}
