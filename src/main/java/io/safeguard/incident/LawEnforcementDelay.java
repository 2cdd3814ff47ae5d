package io.safeguard.incident;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A law-enforcement official's statement that notice would impede a criminal investigation or damage national
 * security (164.412). A written statement delays notice for the period it specifies; an oral statement, documented
 * with the official's identity, delays it no longer than 30 days from the statement unless a written one follows.
 */
public record LawEnforcementDelay(LocalDate statedOn, boolean written, @Nullable LocalDate until) {
    public LawEnforcementDelay {
        if (statedOn == null || (written && until == null)) {
            throw new IllegalArgumentException("A written law-enforcement statement names the date the delay ends.");
        }
        if (until != null && until.isBefore(statedOn)) {
            throw new IllegalArgumentException("The delay cannot end before the statement was made.");
        }
    }

    /** The last day of the delay: the written statement's date, or at most 30 days after an oral statement. */
    public LocalDate ends() {
        if (written) {
            return until;
        }
        LocalDate limit = statedOn.plusDays(30);
        return until == null || until.isAfter(limit) ? limit : until;
    }
}
