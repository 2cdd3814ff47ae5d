package io.safeguard.identity;

/** The answer of {@link ActivityTrail#verify()}. */
public sealed interface ChainVerification {
    /** Every row links to its predecessor, every hash recomputes, and the last row is the stored head. */
    record Intact(long rows, String headHash) implements ChainVerification {}

    /** The first row at which the chain no longer holds, and why. */
    record Broken(long seq, String reason) implements ChainVerification {}
}
