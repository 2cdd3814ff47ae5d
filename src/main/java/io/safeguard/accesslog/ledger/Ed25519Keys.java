package io.safeguard.accesslog.ledger;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * RFC 8032 Ed25519 through the JDK, and the raw 32-byte public key that C2SP key IDs and verifier keys use. The JDK's
 * X.509 SubjectPublicKeyInfo for Ed25519 (RFC 8410 §4) is 44 bytes: a fixed 12-byte prefix, then the raw key.
 */
public final class Ed25519Keys {
    /** RFC 8410 §4 SubjectPublicKeyInfo prefix: SEQUENCE { SEQUENCE { OID 1.3.101.112 }, BIT STRING (33 bytes) }. */
    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");
    static final int KEY_SIZE = 32;

    private Ed25519Keys() {}

    /** A fresh Ed25519 key pair from the JDK's secure random source. */
    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK provides Ed25519 since Java 15", e);
        }
    }

    /** The raw 32-byte RFC 8032 public key: the last 32 bytes of the 44-byte X.509 encoding. */
    public static byte[] raw(PublicKey key) {
        byte[] encoded = key.getEncoded();
        if (encoded == null || encoded.length != X509_PREFIX.length + KEY_SIZE
                || !Arrays.equals(encoded, 0, X509_PREFIX.length, X509_PREFIX, 0, X509_PREFIX.length)) {
            throw new IllegalArgumentException("not an Ed25519 public key: " + key.getAlgorithm());
        }
        return Arrays.copyOfRange(encoded, X509_PREFIX.length, encoded.length);
    }

    /** The JDK public key for a raw 32-byte RFC 8032 public key. */
    public static PublicKey publicKey(byte[] raw) {
        if (raw.length != KEY_SIZE) {
            throw new IllegalArgumentException("an Ed25519 public key has " + KEY_SIZE + " bytes, not " + raw.length);
        }
        byte[] encoded = Arrays.copyOf(X509_PREFIX, X509_PREFIX.length + KEY_SIZE);
        System.arraycopy(raw, 0, encoded, X509_PREFIX.length, KEY_SIZE);
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a valid Ed25519 public key", e);
        }
    }

    /** The JDK private key for a 32-byte RFC 8032 §5.1.5 private key (the seed). */
    public static PrivateKey privateKey(byte[] seed) {
        if (seed.length != KEY_SIZE) {
            throw new IllegalArgumentException("an Ed25519 private key has " + KEY_SIZE + " bytes, not " + seed.length);
        }
        try {
            return KeyFactory.getInstance("Ed25519").generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, seed));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a valid Ed25519 private key", e);
        }
    }

    /**
     * The key pair of a 32-byte RFC 8032 §5.1.5 private key (the seed). The JDK has no public call that derives the
     * public key, so its key pair generator is handed the seed as its "random" private key bytes; {@link NoteSigner}
     * checks every pair it is given by signing and verifying, so a provider that behaved otherwise would be refused.
     */
    public static KeyPair keyPair(byte[] seed) {
        if (seed.length != KEY_SIZE) {
            throw new IllegalArgumentException("an Ed25519 private key has " + KEY_SIZE + " bytes, not " + seed.length);
        }
        try {
            var generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, new FixedBytes(seed));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK provides Ed25519 since Java 15", e);
        }
    }

    /** The key pair of a JDK Ed25519 private key. */
    public static KeyPair keyPair(PrivateKey key) {
        if (!(key instanceof EdECPrivateKey edKey) || edKey.getBytes().isEmpty()) {
            throw new IllegalArgumentException("not an Ed25519 private key with extractable bytes: " + key.getAlgorithm());
        }
        return keyPair(edKey.getBytes().get());
    }

    /** A "random" source that yields the given bytes, to make the JDK generator use a known private key. */
    private static final class FixedBytes extends SecureRandom {
        private final byte[] bytes;

        FixedBytes(byte[] bytes) {
            this.bytes = bytes.clone();
        }

        @Override
        public void nextBytes(byte[] out) {
            if (out.length != bytes.length) {
                throw new IllegalStateException("the Ed25519 generator asked for " + out.length + " bytes");
            }
            System.arraycopy(bytes, 0, out, 0, out.length);
        }
    }

    /** RFC 8032 §5.1.6 signature (64 bytes) over {@code message}. */
    static byte[] sign(PrivateKey key, byte[] message) {
        try {
            var signature = Signature.getInstance("Ed25519");
            signature.initSign(key);
            signature.update(message);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot sign with this key (Ed25519 is required)", e);
        }
    }

    /** RFC 8032 §5.1.7 verification; false for any malformed signature. */
    static boolean verify(PublicKey key, byte[] message, byte[] signatureBytes) {
        try {
            var signature = Signature.getInstance("Ed25519");
            signature.initVerify(key);
            signature.update(message);
            return signature.verify(signatureBytes);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
