package io.safeguard.shared;

/** The caller may see the object but its role does not allow this action (for example an auditor changing data). */
public class AccessDenied extends RuntimeException {
    public AccessDenied(String message) {
        super(message);
    }
}
