package io.safeguard.identity;

public enum AccountStatus {
    /** Created by an owner's invitation; no password yet. */
    INVITED,
    ACTIVE,
    DISABLED
}
