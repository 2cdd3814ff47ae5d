package io.safeguard.accesslog.ledger;

import java.util.Arrays;
import java.util.Base64;

/** One signature line of a C2SP signed note: {@code — <key name> base64(32-bit key ID ‖ signature)}. */
public record NoteSignature(String keyName, int keyId, byte[] signature) {
    public NoteSignature {
        NoteFormat.requireKeyName(keyName);
        if (signature.length == 0) {
            throw new IllegalArgumentException("a note signature is not empty");
        }
        signature = signature.clone();
    }

    /** Parses a signature line without its newline. */
    static NoteSignature parse(String line) {
        if (!line.startsWith("\u2014 ")) {
            throw new IllegalArgumentException("a signature line starts with an em dash (U+2014) and a space");
        }
        int space = line.indexOf(' ', 2);
        if (space < 0) {
            throw new IllegalArgumentException("a signature line reads \u2014 <key name> <base64>");
        }
        byte[] blob = NoteFormat.base64(line.substring(space + 1), "signature");
        if (blob.length < 5) {
            throw new IllegalArgumentException("a signature holds a 4-byte key ID and the signature");
        }
        int keyId = (blob[0] & 0xff) << 24 | (blob[1] & 0xff) << 16 | (blob[2] & 0xff) << 8 | (blob[3] & 0xff);
        return new NoteSignature(line.substring(2, space), keyId, Arrays.copyOfRange(blob, 4, blob.length));
    }

    /** The signature line, with its newline. */
    String line() {
        byte[] blob = new byte[4 + signature.length];
        blob[0] = (byte) (keyId >>> 24);
        blob[1] = (byte) (keyId >>> 16);
        blob[2] = (byte) (keyId >>> 8);
        blob[3] = (byte) keyId;
        System.arraycopy(signature, 0, blob, 4, signature.length);
        return "\u2014 " + keyName + " " + Base64.getEncoder().encodeToString(blob) + "\n";
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NoteSignature that && keyName.equals(that.keyName) && keyId == that.keyId
                && Arrays.equals(signature, that.signature);
    }

    @Override
    public int hashCode() {
        return (31 * keyName.hashCode() + keyId) * 31 + Arrays.hashCode(signature);
    }

    @Override
    public String toString() {
        return line().strip();
    }
}
