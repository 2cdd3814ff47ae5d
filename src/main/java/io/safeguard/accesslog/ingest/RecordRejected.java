package io.safeguard.accesslog.ingest;

/**
 * One record cannot become an event; the parser turns it into a {@link Rejection} and goes on with the next record. The
 * message names a column or element, never its value. Thrown on bad data in the normal course, so it carries no
 * stack trace.
 */
public final class RecordRejected extends Exception {
    public RecordRejected(String reason) {
        super(reason, null, false, false);
    }

    public String reason() {
        return getMessage();
    }
}
