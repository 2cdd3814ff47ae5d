package io.safeguard.accesslog.ledger;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PrivateKey;

/** An Ed25519 private key with the name and verifier key it signs notes under (C2SP signed-note, type 0x01). */
public record NoteSigner(VerifierKey verifierKey, PrivateKey privateKey) {
    public NoteSigner {
        byte[] probe = "safeguard key check\n".getBytes(StandardCharsets.UTF_8);
        if (!Ed25519Keys.verify(verifierKey.toPublicKey(), probe, Ed25519Keys.sign(privateKey, probe))) {
            throw new IllegalArgumentException("the private key does not belong to verifier key " + verifierKey.name());
        }
    }

    public static NoteSigner of(String keyName, KeyPair keyPair) {
        return new NoteSigner(VerifierKey.of(keyName, keyPair.getPublic()), keyPair.getPrivate());
    }

    /** The signer for a private key alone; its public key is derived (one scalar multiplication). */
    public static NoteSigner of(String keyName, PrivateKey privateKey) {
        return of(keyName, Ed25519Keys.keyPair(privateKey));
    }

    /** C2SP signed-note: the signature line for {@code text} (Ed25519 over the text's UTF-8 bytes, RFC 8032). */
    NoteSignature sign(String text) {
        byte[] signature = Ed25519Keys.sign(privateKey, text.getBytes(StandardCharsets.UTF_8));
        return new NoteSignature(verifierKey.name(), verifierKey.keyId(), signature);
    }

    @Override
    public String toString() {
        return "NoteSigner[" + verifierKey.encode() + "]"; // never the private key
    }
}
