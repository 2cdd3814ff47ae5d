package io.safeguard.accesslog.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One RFC 5424 SYSLOG-MSG: {@code <PRI>VERSION SP TIMESTAMP SP HOSTNAME SP APP-NAME SP PROCID SP MSGID SP
 * STRUCTURED-DATA [SP MSG]}. Header fields given as the NILVALUE {@code -} are {@code null}. {@code msg} holds the MSG
 * bytes as received (a leading UTF-8 byte-order mark included); {@code toString()} leaves it out, since an audit
 * message names patients.
 */
public record SyslogMessage(int facility, int severity, @Nullable Instant timestamp, @Nullable String hostname,
        @Nullable String appName, @Nullable String procId, @Nullable String msgId, List<StructuredElement> structuredData,
        byte[] msg) {

    /** An SD-ELEMENT: its SD-ID and its parameters in order (a name may repeat). */
    public record StructuredElement(String id, List<Param> params) {}

    public record Param(String name, String value) {}

    /** The MSG as text, without a leading byte-order mark. */
    public String msgText() {
        int skip = hasBom() ? 3 : 0;
        return new String(msg, skip, msg.length - skip, StandardCharsets.UTF_8);
    }

    boolean hasBom() {
        return msg.length >= 3 && (msg[0] & 0xFF) == 0xEF && (msg[1] & 0xFF) == 0xBB && (msg[2] & 0xFF) == 0xBF;
    }

    @Override
    public String toString() {
        return "SyslogMessage[facility=" + facility + ", severity=" + severity + ", timestamp=" + timestamp + ", hostname="
                + hostname + ", appName=" + appName + ", procId=" + procId + ", msgId=" + msgId + ", msg=" + msg.length + " bytes]";
    }

    /**
     * Reads one message (a frame from {@link SyslogFraming}).
     *
     * @throws RecordRejected when it is not an RFC 5424 message (RFC 3164 "BSD" messages included)
     */
    public static SyslogMessage parse(byte[] frame) throws RecordRejected {
        return new Reader(frame).message();
    }

    private static final class Reader {
        private final byte[] b;
        private int i;

        Reader(byte[] bytes) {
            this.b = bytes;
        }

        SyslogMessage message() throws RecordRejected {
            int pri = pri();
            if (!(digit() == 1 && !more(Character::isDigit))) {
                throw new RecordRejected("the message is not RFC 5424 syslog (VERSION 1 after PRI)");
            }
            space("VERSION");
            String time = token("TIMESTAMP", 64);
            Instant timestamp = null;
            if (time != null) {
                try {
                    timestamp = IsoTimes.parse(time, null);
                } catch (DateTimeException e) {
                    throw new RecordRejected("TIMESTAMP is not an RFC 5424 time with an offset");
                }
            }
            space("TIMESTAMP");
            String hostname = token("HOSTNAME", 255);
            space("HOSTNAME");
            String appName = token("APP-NAME", 48);
            space("APP-NAME");
            String procId = token("PROCID", 128);
            space("PROCID");
            String msgId = token("MSGID", 32);
            space("MSGID");
            List<StructuredElement> sd = structuredData();
            byte[] msg = new byte[0];
            if (i < b.length) {
                space("STRUCTURED-DATA");
                msg = Arrays.copyOfRange(b, i, b.length);
            }
            return new SyslogMessage(pri / 8, pri % 8, timestamp, hostname, appName, procId, msgId, sd, msg);
        }

        private int pri() throws RecordRejected {
            if (i >= b.length || b[i] != '<') {
                throw new RecordRejected("the message does not start with a PRI (<0> to <191>)");
            }
            i++;
            int value = 0;
            int digits = 0;
            while (i < b.length && b[i] >= '0' && b[i] <= '9' && digits < 3) {
                value = value * 10 + (b[i++] - '0');
                digits++;
            }
            if (digits == 0 || i >= b.length || b[i] != '>' || value > 191) {
                throw new RecordRejected("the message does not start with a PRI (<0> to <191>)");
            }
            i++;
            return value;
        }

        private int digit() {
            return i < b.length && b[i] >= '1' && b[i] <= '9' ? b[i++] - '0' : -1;
        }

        private boolean more(java.util.function.IntPredicate p) {
            return i < b.length && p.test(b[i]);
        }

        private void space(String after) throws RecordRejected {
            if (i >= b.length || b[i] != ' ') {
                throw new RecordRejected("the message has no space after " + after);
            }
            i++;
        }

        /** A header field of printable US-ASCII, or {@code null} for the NILVALUE. */
        private @Nullable String token(String name, int maxLength) throws RecordRejected {
            int start = i;
            while (i < b.length && b[i] >= 33 && b[i] <= 126) {
                i++;
            }
            int n = i - start;
            if (n == 0) {
                throw new RecordRejected(name + " is missing");
            }
            if (n > maxLength) {
                throw new RecordRejected(name + " is longer than " + maxLength + " characters");
            }
            String text = new String(b, start, n, StandardCharsets.US_ASCII);
            return text.equals("-") ? null : text;
        }

        private List<StructuredElement> structuredData() throws RecordRejected {
            if (i < b.length && b[i] == '-') {
                i++;
                return List.of();
            }
            var elements = new ArrayList<StructuredElement>();
            while (i < b.length && b[i] == '[') {
                i++;
                String id = sdName("SD-ID");
                var params = new ArrayList<Param>();
                while (i < b.length && b[i] == ' ') {
                    i++;
                    String name = sdName("PARAM-NAME");
                    if (i + 1 >= b.length || b[i] != '=' || b[i + 1] != '"') {
                        throw new RecordRejected("STRUCTURED-DATA parameter " + name + " has no =\"value\"");
                    }
                    i += 2;
                    params.add(new Param(name, paramValue()));
                }
                if (i >= b.length || b[i] != ']') {
                    throw new RecordRejected("STRUCTURED-DATA element " + id + " is not closed with ]");
                }
                i++;
                elements.add(new StructuredElement(id, List.copyOf(params)));
            }
            if (elements.isEmpty()) {
                throw new RecordRejected("STRUCTURED-DATA is neither - nor [elements]");
            }
            return List.copyOf(elements);
        }

        private String sdName(String what) throws RecordRejected {
            int start = i;
            while (i < b.length && b[i] >= 33 && b[i] <= 126 && b[i] != '=' && b[i] != ']' && b[i] != '"') {
                i++;
            }
            if (i == start || i - start > 32) {
                throw new RecordRejected(what + " in STRUCTURED-DATA is empty or longer than 32 characters");
            }
            return new String(b, start, i - start, StandardCharsets.US_ASCII);
        }

        /** PARAM-VALUE up to the closing quote: \" \\ \] are escapes, any other backslash is kept (RFC 5424 6.3.3). */
        private String paramValue() throws RecordRejected {
            var value = new java.io.ByteArrayOutputStream();
            while (i < b.length && b[i] != '"') {
                if (b[i] == '\\' && i + 1 < b.length && (b[i + 1] == '"' || b[i + 1] == '\\' || b[i + 1] == ']')) {
                    i++;
                }
                value.write(b[i++]);
            }
            if (i >= b.length) {
                throw new RecordRejected("a STRUCTURED-DATA value is not closed with a quote");
            }
            i++;
            try {
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(value.toByteArray())).toString();
            } catch (CharacterCodingException e) {
                throw new RecordRejected("a STRUCTURED-DATA value is not valid UTF-8");
            }
        }
    }
}
