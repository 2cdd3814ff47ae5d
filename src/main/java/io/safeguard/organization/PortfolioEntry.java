package io.safeguard.organization;

import io.safeguard.shared.Role;

/** One organization in an account's portfolio. */
public record PortfolioEntry(Organization organization, Role role, boolean mfaRequired) {

    /** Profile items the rules require that are still missing: the first things a new organization fixes. */
    public int openSetupItems() {
        int open = 0;
        if (organization.missingSecurityOfficial()) {
            open++;
        }
        if (organization.missingPrivacyOfficial()) {
            open++;
        }
        if (!mfaRequired) {
            open++;
        }
        return open;
    }
}
