package io.safeguard.accesslog;

import io.safeguard.accesslog.review.Reviews;
import io.safeguard.shared.TenantId;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the access log shows the assessment about information system activity review (164.308(a)(1)(ii)(D)): detection
 * runs and cases closed in the three months before a date, and cases left open more than 30 days.
 */
@Service
@Transactional(readOnly = true)
public class AccessLogEvidence {
    private final Reviews reviews;

    AccessLogEvidence(Reviews reviews) {
        this.reviews = reviews;
    }

    public record ActivityReview(int detectionRuns, int casesClosed, int casesOpenOver30Days) {
        public boolean reviewed() {
            return detectionRuns > 0 || casesClosed > 0;
        }
    }

    public ActivityReview review(TenantId tenant, LocalDate asOf) {
        var e = reviews.evidence(tenant, asOf.minusMonths(3), asOf, asOf);
        return new ActivityReview(e.detectionRuns(), e.casesClosed(), e.casesOpenOver30Days());
    }
}
