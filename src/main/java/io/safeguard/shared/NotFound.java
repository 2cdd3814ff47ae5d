package io.safeguard.shared;

/**
 * The requested object does not exist, or exists in a tenant the caller may not see: both answer the same, so that
 * an identifier from another organization reveals nothing.
 */
public class NotFound extends RuntimeException {
    public NotFound(String kind, Object id) {
        super(kind + " " + id + " not found");
    }
}
