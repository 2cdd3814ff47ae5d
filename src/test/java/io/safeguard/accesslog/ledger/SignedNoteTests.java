package io.safeguard.accesslog.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * C2SP signed-note and verifier keys, against the example of golang.org/x/mod/sumdb/note (note.go doc comment and
 * note_test.go): the PeterNeumann key, its private key and the note it signs. Ed25519 is deterministic (RFC 8032), so
 * signing the same text must give the same note byte for byte.
 */
class SignedNoteTests {
    static final String PETER_VKEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
    /** The base64 part of "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz". */
    static final String PETER_SKEY_BASE64 = "AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
    static final String ENOCH_VKEY = "EnochRoot+af0cfe78+ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop";
    static final String TEXT = "If you think cryptography is the answer to your problem,\n"
            + "then you don't know what your problem is.\n";
    static final String NOTE = TEXT + "\n"
            + "\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";

    static NoteSigner peter() {
        byte[] typed = Base64.getDecoder().decode(PETER_SKEY_BASE64);
        assertThat(typed[0]).isEqualTo((byte) 0x01);
        return NoteSigner.of("PeterNeumann", Ed25519Keys.keyPair(Arrays.copyOfRange(typed, 1, typed.length)));
    }

    @Test
    void theGoVerifierKeysParseWithTheirKeyIdsAndEncodeBackExactly() {
        var peter = VerifierKey.parse(PETER_VKEY);
        assertThat(peter.name()).isEqualTo("PeterNeumann");
        assertThat(peter.keyId()).isEqualTo(0xc74f20a3);
        assertThat(peter.encode()).isEqualTo(PETER_VKEY);
        assertThat(VerifierKey.parse(ENOCH_VKEY).keyId()).isEqualTo(0xaf0cfe78);
        assertThat(VerifierKey.parse(ENOCH_VKEY).encode()).isEqualTo(ENOCH_VKEY);
    }

    @Test
    void signingTheGoExampleReproducesItsNoteByteForByte() {
        var signer = peter();
        assertThat(signer.verifierKey().encode()).isEqualTo(PETER_VKEY);
        assertThat(SignedNote.sign(TEXT, signer).encode()).isEqualTo(NOTE);
    }

    @Test
    void theGoExampleVerifiesAndATamperedTextDoesNot() {
        var key = VerifierKey.parse(PETER_VKEY);
        var note = SignedNote.parse(NOTE);
        assertThat(note.text()).isEqualTo(TEXT);
        assertThat(note.signatures()).singleElement().satisfies(s -> assertThat(s.keyId()).isEqualTo(0xc74f20a3));
        assertThat(note.verify(key).valid()).isTrue();
        var tampered = SignedNote.parse(NOTE.replace("cryptography", "cryptographY"));
        assertThat(tampered.verify(key).reason()).isEqualTo("the signature of PeterNeumann does not verify");
    }

    @Test
    void signaturesOfOtherKeysAreIgnoredButOneOfTheTrustedKeyIsRequired() {
        var enoch = VerifierKey.parse(ENOCH_VKEY);
        assertThat(SignedNote.parse(NOTE).verify(enoch).reason()).isEqualTo("not signed by EnochRoot");
        var other = NoteSigner.of("Other", Ed25519Keys.generate());
        var twoSigned = new SignedNote(TEXT, List.of(other.sign(TEXT), peter().sign(TEXT)));
        assertThat(SignedNote.parse(twoSigned.encode()).verify(VerifierKey.parse(PETER_VKEY)).valid()).isTrue();
    }

    @Test
    void aSignatureUnderTheTrustedNameButAnotherKeyIdIsNotAccepted() {
        var impostor = NoteSigner.of("PeterNeumann", Ed25519Keys.generate());
        var note = SignedNote.sign(TEXT, impostor);
        assertThat(note.verify(VerifierKey.parse(PETER_VKEY)).reason())
                .startsWith("signed by PeterNeumann with key ID ").endsWith("not the trusted key c74f20a3");
        var relabelled = new SignedNote(TEXT, List.of(new NoteSignature("PeterNeumann", 0xc74f20a3,
                impostor.sign(TEXT).signature())));
        assertThat(relabelled.verify(VerifierKey.parse(PETER_VKEY)).reason()).contains("does not verify");
    }

    @Test
    void malformedNotesAreRefused() {
        String sig = NOTE.substring(NOTE.indexOf('\u2014'));
        List<String> malformed = List.of(
                TEXT + sig, // no blank line
                NOTE.substring(0, NOTE.length() - 1), // no final newline
                TEXT + "\n", // no signature
                TEXT + "\n" + sig.replace('\u2014', '-'), // ASCII hyphen
                TEXT + "\n" + sig.replace("x08go", "x08g!"), // not base64
                TEXT + "\n" + sig.replace("AM=\n", "AM\n"), // unpadded base64
                TEXT + "\n" + "\u2014 PeterNeumann AAAA\n", // too short for key ID and signature
                TEXT + "\n" + "\u2014 Peter+Neumann " + sig.substring(sig.lastIndexOf(' ') + 1), // plus in name
                TEXT + "\n" + "\u2014  " + sig.substring(sig.lastIndexOf(' ') + 1), // empty name
                TEXT.replace("problem,", "problem,\t") + "\n" + sig); // control character
        for (String note : malformed) {
            assertThatThrownBy(() -> SignedNote.parse(note)).as(note).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> SignedNote.parse(TEXT + "\n" + sig.repeat(NoteFormat.MAX_SIGNATURES + 1)))
                .hasMessageContaining("signatures");
        // The last blank line separates: a signature-like line above it is just text.
        assertThat(SignedNote.parse(TEXT + "\n" + sig + "\n" + sig).text()).isEqualTo(TEXT + "\n" + sig);
    }

    @Test
    void everyManglingOfAVerifierKeyIsRefused() {
        // As in golang.org/x/mod/sumdb/note TestNewVerifier: every proper substring, and every character changed.
        for (int i = 0; i <= PETER_VKEY.length(); i++) {
            for (int j = i + 1; j <= PETER_VKEY.length(); j++) {
                if (i != 0 || j != PETER_VKEY.length()) {
                    String bad = PETER_VKEY.substring(i, j);
                    assertThatThrownBy(() -> VerifierKey.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
                }
            }
        }
        for (int i = 0; i < PETER_VKEY.length(); i++) {
            char[] chars = PETER_VKEY.toCharArray();
            chars[i]++;
            String bad = new String(chars);
            assertThatThrownBy(() -> VerifierKey.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void rawPublicKeysComeOutOfAndGoBackIntoTheJdkEncoding() throws Exception {
        var pair = Ed25519Keys.generate();
        byte[] raw = Ed25519Keys.raw(pair.getPublic());
        assertThat(raw).hasSize(32);
        assertThat(pair.getPublic().getEncoded()).hasSize(44).endsWith(raw);
        assertThat(Ed25519Keys.publicKey(raw)).isEqualTo(pair.getPublic());
        assertThat(Ed25519Keys.raw(Ed25519Keys.keyPair(pair.getPrivate()).getPublic())).isEqualTo(raw);
        var ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(new ECGenParameterSpec("secp256r1"));
        assertThatThrownBy(() -> Ed25519Keys.raw(ec.generateKeyPair().getPublic())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ed25519Keys.publicKey(new byte[31])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSignerRefusesAPrivateKeyThatIsNotItsVerifierKeys() {
        var one = Ed25519Keys.generate();
        var two = Ed25519Keys.generate();
        assertThatThrownBy(() -> new NoteSigner(VerifierKey.of("log", one.getPublic()), two.getPrivate()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(NoteSigner.of("log", one).toString()).doesNotContain("Private");
    }
}
