package io.safeguard.workforce;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An access review (164.308(a)(4)(ii)(C)): the grants active at launch, each decided KEEP or REVOKE by its reviewer
 * (the system's reviewer, or the member's manager), then signed off.
 */
public record ReviewCampaign(UUID id, String title, Mode mode, LocalDate launchedOn, LocalDate dueOn,
        @Nullable String signedOffBy, @Nullable LocalDate signedOffOn, List<Item> items) {

    public ReviewCampaign {
        items = List.copyOf(items);
    }

    public enum Mode {
        PER_SYSTEM("Reviewer per system"),
        PER_MANAGER("Each member's manager");

        private final String label;

        Mode(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Decision { KEEP, REVOKE }

    public record Item(UUID id, UUID grantId, String reviewer, @Nullable Decision decision, @Nullable String decidedBy,
            @Nullable LocalDate decidedOn, @Nullable String comment) {}

    public long undecided() {
        return items.stream().filter(i -> i.decision() == null).count();
    }

    public long toRevoke() {
        return items.stream().filter(i -> i.decision() == Decision.REVOKE).count();
    }

    public boolean signedOff() {
        return signedOffOn != null;
    }
}
