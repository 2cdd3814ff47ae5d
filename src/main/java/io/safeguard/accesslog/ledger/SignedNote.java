package io.safeguard.accesslog.ledger;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A C2SP signed note (https://c2sp.org/signed-note): a text ending in newline, a blank line, then one or more lines
 * {@code — <key name> base64(key ID ‖ signature)}. The text must be ignored unless a trusted key's signature verifies.
 */
public record SignedNote(String text, List<NoteSignature> signatures) {
    public SignedNote {
        NoteFormat.requireNoteCharacters(text);
        if (!text.endsWith("\n")) {
            throw new IllegalArgumentException("a note's text ends in a newline");
        }
        if (signatures.isEmpty() || signatures.size() > NoteFormat.MAX_SIGNATURES) {
            throw new IllegalArgumentException("a note carries 1 to " + NoteFormat.MAX_SIGNATURES + " signatures, not " + signatures.size());
        }
        signatures = List.copyOf(signatures);
    }

    /** Signs {@code text} and returns the note. */
    public static SignedNote sign(String text, NoteSigner signer) {
        NoteFormat.requireNoteCharacters(text);
        return new SignedNote(text, List.of(signer.sign(text)));
    }

    /** Parses a note, refusing anything the format does not allow; signatures are not checked here. */
    public static SignedNote parse(String note) {
        if (note.length() > NoteFormat.MAX_NOTE_CHARS) {
            throw new IllegalArgumentException("a note is longer than " + NoteFormat.MAX_NOTE_CHARS + " characters");
        }
        NoteFormat.requireNoteCharacters(note);
        // "the text is separated from the signatures by the last empty line in the note"
        int blank = note.lastIndexOf("\n\n");
        if (blank < 0 || !note.endsWith("\n") || blank + 2 == note.length()) {
            throw new IllegalArgumentException("a note is text, a blank line and signature lines, each ending in a newline");
        }
        var signatures = new ArrayList<NoteSignature>();
        for (String line : note.substring(blank + 2, note.length() - 1).split("\n", -1)) {
            signatures.add(NoteSignature.parse(line));
        }
        return new SignedNote(note.substring(0, blank + 1), signatures);
    }

    /** The note as text. */
    public String encode() {
        var out = new StringBuilder(text).append('\n');
        signatures.forEach(s -> out.append(s.line()));
        return out.toString();
    }

    /**
     * C2SP signed-note verification against one trusted key: signatures of other keys (another name or another key ID)
     * are ignored; a signature of the trusted key that fails rejects the note; and at least one must verify.
     */
    public Verdict verify(VerifierKey key) {
        int keyId = key.keyId();
        boolean verified = false;
        String otherId = null;
        for (NoteSignature signature : signatures) {
            if (!signature.keyName().equals(key.name())) {
                continue;
            }
            if (signature.keyId() != keyId) {
                otherId = String.format("%08x", signature.keyId());
                continue;
            }
            if (!Ed25519Keys.verify(key.toPublicKey(), text.getBytes(StandardCharsets.UTF_8), signature.signature())) {
                return Verdict.refused("the signature of " + key.name() + " does not verify");
            }
            verified = true;
        }
        if (verified) {
            return Verdict.verified();
        }
        return Verdict.refused(otherId == null ? "not signed by " + key.name()
                : "signed by " + key.name() + " with key ID " + otherId + ", not the trusted key " + String.format("%08x", keyId));
    }
}
