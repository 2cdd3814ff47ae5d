package io.safeguard.accesslog.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.safeguard.accesslog.ledger.CheckpointVerifier.Result.Refused;
import io.safeguard.accesslog.ledger.CheckpointVerifier.Result.Verified;
import java.security.KeyPair;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** C2SP tlog-checkpoint: the note text, signing, parsing back, and each refusal. */
class CheckpointTests {
    static final String ORIGIN = "safeguard.example/ledger/riverside";
    static final KeyPair KEYS = Ed25519Keys.generate();
    static final NoteSigner SIGNER = NoteSigner.of(ORIGIN, KEYS);
    static final byte[] ROOT = MerkleFixtures.ROOTS.get(7);
    static final String ROOT_BASE64 = Base64.getEncoder().encodeToString(ROOT);

    @Test
    void theBodyIsOriginSizeAndRootHashEachOnALine() {
        assertThat(new Checkpoint(ORIGIN, 7, ROOT).body()).isEqualTo(ORIGIN + "\n7\n" + ROOT_BASE64 + "\n");
        assertThat(new Checkpoint(ORIGIN, 7, ROOT, List.of("Timestamp: 1700000000")).body())
                .isEqualTo(ORIGIN + "\n7\n" + ROOT_BASE64 + "\nTimestamp: 1700000000\n");
    }

    @Test
    void aSignedCheckpointParsesAndVerifiesBack() {
        var checkpoint = new Checkpoint(ORIGIN, 20_852_163, ROOT, List.of("extension one", "two"));
        String note = checkpoint.sign(SIGNER);
        assertThat(note).startsWith(checkpoint.body() + "\n\u2014 " + ORIGIN + " ").endsWith("\n");
        assertThat(Checkpoint.parse(note)).isEqualTo(checkpoint);
        assertThat(Checkpoint.verify(note, KEYS.getPublic(), ORIGIN)).isEqualTo(new Verified(checkpoint));
        assertThat(new CheckpointVerifier(VerifierKey.parse(SIGNER.verifierKey().encode())).verify(note))
                .isEqualTo(new Verified(checkpoint));
    }

    @Test
    void signingWithThePrivateKeyAloneDerivesTheSameKey() {
        String note = new Checkpoint(ORIGIN, 0, MerkleHash.empty()).sign(KEYS.getPrivate(), ORIGIN);
        assertThat(Checkpoint.verify(note, KEYS.getPublic(), ORIGIN)).isInstanceOf(Verified.class);
    }

    @Test
    void malformedCheckpointTextsAreRefused() {
        List<String> bodies = List.of(
                ORIGIN + "\n7\n", // two lines
                ORIGIN + "\n", // one line
                "\n7\n" + ROOT_BASE64 + "\n", // empty origin
                ORIGIN + "\n007\n" + ROOT_BASE64 + "\n", // leading zeros
                ORIGIN + "\n-7\n" + ROOT_BASE64 + "\n", // negative
                ORIGIN + "\n7.0\n" + ROOT_BASE64 + "\n", // not decimal
                ORIGIN + "\n 7\n" + ROOT_BASE64 + "\n", // space
                ORIGIN + "\n99999999999999999999\n" + ROOT_BASE64 + "\n", // beyond a long
                ORIGIN + "\n7\n" + ROOT_BASE64.replace('=', '!') + "\n", // bad base64
                ORIGIN + "\n7\n" + ROOT_BASE64.substring(0, ROOT_BASE64.length() - 1) + "\n", // unpadded
                ORIGIN + "\n7\n" + Base64.getEncoder().encodeToString(new byte[31]) + "\n", // 31-byte root
                ORIGIN + "\n7\n" + ROOT_BASE64 + "\n\nextension\n"); // empty line before an extension
        for (String body : bodies) {
            String note = SignedNote.sign(body, SIGNER).encode();
            assertThatThrownBy(() -> Checkpoint.parse(note)).as(body).isInstanceOf(IllegalArgumentException.class);
            assertThat(new CheckpointVerifier(SIGNER.verifierKey()).verify(note)).as(body)
                    .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.reason()).startsWith("malformed checkpoint"));
        }
    }

    @Test
    void aWrongKeyIdABadSignatureOrAnotherKeyIsRefused() {
        String note = new Checkpoint(ORIGIN, 7, ROOT).sign(SIGNER);
        var verifier = new CheckpointVerifier(SIGNER.verifierKey());
        var signature = SignedNote.parse(note).signatures().getFirst();

        var wrongId = new SignedNote(SignedNote.parse(note).text(),
                List.of(new NoteSignature(ORIGIN, signature.keyId() ^ 1, signature.signature()))).encode();
        assertThat(verifier.verify(wrongId)).isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.reason()).contains("with key ID"));

        byte[] flipped = signature.signature();
        flipped[10] ^= 1;
        var badSignature = new SignedNote(SignedNote.parse(note).text(),
                List.of(new NoteSignature(ORIGIN, signature.keyId(), flipped))).encode();
        assertThat(verifier.verify(badSignature)).isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.reason()).contains("does not verify"));

        String forged = new Checkpoint(ORIGIN, 7, MerkleFixtures.ROOTS.get(6)).sign(NoteSigner.of(ORIGIN, Ed25519Keys.generate()));
        assertThat(verifier.verify(forged)).isInstanceOf(Refused.class);

        String edited = note.replace("\n7\n", "\n8\n");
        assertThat(verifier.verify(edited)).isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.reason()).contains("does not verify"));
    }

    @Test
    void checkpointsRefuseImpossibleValues() {
        assertThatThrownBy(() -> new Checkpoint("", 1, ROOT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Checkpoint(ORIGIN, -1, ROOT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Checkpoint(ORIGIN, 1, new byte[16])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Checkpoint(ORIGIN, 1, ROOT, List.of(""))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Checkpoint("a\nb", 1, ROOT)).isInstanceOf(IllegalArgumentException.class);
    }
}
