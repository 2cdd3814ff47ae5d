package io.safeguard.accesslog.ledger;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A named Ed25519 key that signs notes (C2SP signed-note), with its key ID and its text form, the verifier key
 * {@code <name>+<hex key ID>+<base64(0x01 ‖ 32-byte public key)>} used by golang.org/x/mod/sumdb/note and the tlog
 * tools.
 */
public record VerifierKey(String name, byte[] publicKey) {
    /** C2SP signed-note signature type 0x01: Ed25519. */
    static final byte ED25519 = 0x01;

    public VerifierKey {
        NoteFormat.requireKeyName(name);
        if (publicKey.length != Ed25519Keys.KEY_SIZE) {
            throw new IllegalArgumentException("an Ed25519 public key has 32 bytes, not " + publicKey.length);
        }
        publicKey = publicKey.clone();
    }

    /** The key named {@code name} for a JDK Ed25519 public key. */
    public static VerifierKey of(String name, PublicKey key) {
        return new VerifierKey(name, Ed25519Keys.raw(key));
    }

    /** Parses a verifier key, refusing a wrong type, length or key ID. */
    public static VerifierKey parse(String vkey) {
        int plus = vkey.indexOf('+');
        int plus2 = plus < 0 ? -1 : vkey.indexOf('+', plus + 1);
        if (plus2 < 0 || plus2 - plus != 9) {
            throw new IllegalArgumentException("a verifier key reads <name>+<8 hex digits>+<base64 key>");
        }
        String id = vkey.substring(plus + 1, plus2);
        if (!id.chars().allMatch(HexFormat::isHexDigit)) {
            throw new IllegalArgumentException("the key ID of a verifier key is 8 hex digits: " + id);
        }
        byte[] typed = NoteFormat.base64(vkey.substring(plus2 + 1), "verifier key");
        if (typed.length != 1 + Ed25519Keys.KEY_SIZE || typed[0] != ED25519) {
            throw new IllegalArgumentException("not an Ed25519 verifier key (type 0x01 and 32 bytes)");
        }
        var key = new VerifierKey(vkey.substring(0, plus), Arrays.copyOfRange(typed, 1, typed.length));
        if (key.keyId() != HexFormat.fromHexDigits(id)) {
            throw new IllegalArgumentException("the key ID " + id + " does not match the key named " + key.name());
        }
        return key;
    }

    /** C2SP signed-note: key ID = SHA-256(key name ‖ 0x0A ‖ 0x01 ‖ 32-byte Ed25519 public key)[:4], big-endian. */
    public int keyId() {
        var digest = MerkleHash.sha256();
        digest.update(name.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
        digest.update(ED25519);
        digest.update(publicKey);
        byte[] hash = digest.digest();
        return (hash[0] & 0xff) << 24 | (hash[1] & 0xff) << 16 | (hash[2] & 0xff) << 8 | (hash[3] & 0xff);
    }

    /** The verifier key text, for export and for configuring verifiers. */
    public String encode() {
        byte[] typed = new byte[1 + publicKey.length];
        typed[0] = ED25519;
        System.arraycopy(publicKey, 0, typed, 1, publicKey.length);
        return name + "+" + HexFormat.of().toHexDigits(keyId()) + "+" + Base64.getEncoder().encodeToString(typed);
    }

    /** The JDK public key, for {@link java.security.Signature}. */
    public PublicKey toPublicKey() {
        return Ed25519Keys.publicKey(publicKey);
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VerifierKey that && name.equals(that.name) && Arrays.equals(publicKey, that.publicKey);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + Arrays.hashCode(publicKey);
    }

    @Override
    public String toString() {
        return encode();
    }
}
