package io.safeguard.vendor;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A vendor's BAA position on a date, from all its agreements: one executed agreement is enough. */
public record BaaStanding(BaaStatus status, @Nullable Baa agreement, @Nullable BaaStanding lapsed) {

    public BaaStanding(BaaStatus status, @Nullable Baa agreement) {
        this(status, agreement, null);
    }

    static BaaStanding of(List<Baa> agreements, LocalDate on) {
        BaaStanding best = new BaaStanding(BaaStatus.NONE, null);
        BaaStanding ended = null;
        var newestFirst = agreements.stream().sorted(Comparator.comparing(Baa::recordedAt).reversed()).toList();
        for (Baa baa : newestFirst) {
            BaaStatus status = baa.statusOn(on);
            if (rank(status) > rank(best.status())) {
                best = new BaaStanding(status, baa);
            }
            if (ended == null && (status == BaaStatus.EXPIRED || status == BaaStatus.TERMINATED)) {
                ended = new BaaStanding(status, baa);
            }
        }
        // A renewal that is only requested does not cover the vendor: say that the last agreement ended.
        return best.status() == BaaStatus.REQUESTED && ended != null ? new BaaStanding(best.status(), best.agreement(), ended) : best;
    }

    private static int rank(BaaStatus status) {
        return switch (status) {
            case EXECUTED -> 4;
            case REQUESTED -> 3;
            case EXPIRED -> 2;
            case TERMINATED -> 1;
            case NONE -> 0;
        };
    }

    /** Words for the overview: "expired 2026-03-01", "executed, expires 2027-01-31", "requested 2026-10-02". */
    public String describe() {
        if (agreement == null) {
            return status.label();
        }
        return switch (status) {
            case EXECUTED -> "Executed " + agreement.effectiveOn()
                    + (agreement.expiresOn() == null ? "" : ", expires " + agreement.expiresOn());
            case EXPIRED -> "Expired " + agreement.expiresOn();
            case TERMINATED -> "Terminated " + agreement.terminatedOn();
            case REQUESTED -> (lapsed == null ? "Requested " : lapsed.describe() + "; renewal requested ") + agreement.requestedOn();
            case NONE -> "None";
        };
    }
}
