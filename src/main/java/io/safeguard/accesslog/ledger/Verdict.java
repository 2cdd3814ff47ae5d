package io.safeguard.accesslog.ledger;

/** The outcome of checking a proof, a signature or a note: valid, or the reason it is not. */
public record Verdict(boolean valid, String reason) {
    static Verdict verified() {
        return new Verdict(true, "verified");
    }

    static Verdict refused(String reason) {
        return new Verdict(false, reason);
    }
}
