package io.safeguard.shared;

import java.util.EnumSet;
import java.util.Set;

/** An account's role in one organization. An account may hold a different role in each organization. */
public enum Role {
    OWNER("Owner", EnumSet.allOf(Permission.class)),
    COMPLIANCE_OFFICER("Compliance officer",
            EnumSet.of(Permission.VIEW, Permission.EDIT, Permission.MANAGE_ORGANIZATION)),
    CONTRIBUTOR("Contributor", EnumSet.of(Permission.VIEW, Permission.EDIT)),
    /** Read-only, for external assessors and OCR-facing counsel: sees everything, changes nothing. */
    AUDITOR("Auditor (read-only)", EnumSet.of(Permission.VIEW, Permission.VIEW_ACTIVITY));

    private final String label;
    private final Set<Permission> permissions;

    Role(String label, Set<Permission> permissions) {
        this.label = label;
        this.permissions = permissions;
    }

    public String label() {
        return label;
    }

    public boolean allows(Permission permission) {
        return permissions.contains(permission);
    }

    /** True when this role grants nothing that {@code other} does not: used to cap API tokens at the member's role. */
    public boolean isAtMost(Role other) {
        return other.permissions.containsAll(permissions);
    }
}
