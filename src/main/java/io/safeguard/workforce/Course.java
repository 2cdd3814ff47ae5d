package io.safeguard.workforce;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A training course. {@code refreshMonths} (e.g. 12 for annual) makes a completion expire; {@code newHireDays} is
 * the window a new member has to complete it (164.308(a)(5), 164.530(b)).
 */
public record Course(UUID id, String code, String title, @Nullable Integer refreshMonths, int newHireDays, Audience appliesTo) {

    public enum Audience {
        PHI_ACCESS("Members with PHI access"),
        EVERYONE("Everyone");

        private final String label;

        Audience(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean appliesTo(WorkforceMember member) {
        return appliesTo == Audience.EVERYONE || member.phiAccess();
    }
}
