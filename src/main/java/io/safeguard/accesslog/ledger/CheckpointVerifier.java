package io.safeguard.accesslog.ledger;

/** Parses and verifies signed checkpoint notes against one trusted verifier key. */
public final class CheckpointVerifier {
    /** A checkpoint that verified, or why a note was refused. */
    public sealed interface Result {
        record Verified(Checkpoint checkpoint) implements Result {}

        record Refused(String reason) implements Result {}
    }

    private final VerifierKey key;

    public CheckpointVerifier(VerifierKey key) {
        this.key = key;
    }

    public VerifierKey key() {
        return key;
    }

    /** Refuses a malformed note, a malformed checkpoint text, and a note without a valid signature of the key. */
    public Result verify(String note) {
        SignedNote signed;
        Checkpoint checkpoint;
        try {
            signed = SignedNote.parse(note);
            checkpoint = Checkpoint.parseBody(signed.text());
        } catch (IllegalArgumentException e) {
            return new Result.Refused("malformed checkpoint: " + e.getMessage());
        }
        Verdict verdict = signed.verify(key);
        return verdict.valid() ? new Result.Verified(checkpoint) : new Result.Refused(verdict.reason());
    }
}
