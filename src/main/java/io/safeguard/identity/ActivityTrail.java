package io.safeguard.identity;

import io.safeguard.shared.AccountId;
import io.safeguard.shared.TenantId;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The platform's activity trail (164.312(b) audit controls, applied to Safeguard itself): every change and every view
 * of a sensitive record is appended here, in the same transaction as the change, hash-chained so that an edited,
 * deleted or reordered row is detected by {@link #verify()}.
 */
@Service
public class ActivityTrail {
    private final JdbcActivities activities;
    private final Clock clock;

    ActivityTrail(JdbcActivities activities, Clock clock) {
        this.activities = activities;
        this.clock = clock;
    }

    /** Records an entry for the caller of the current request (or the system, outside a request). */
    @Transactional
    public void record(ActivityEntry entry) {
        Actor actor = currentActor();
        append(entry, actor.accountId(), actor.label());
    }

    /**
     * Records an entry in a transaction of its own, committed even if the caller's transaction then rolls back: for
     * refused attempts (a deletion under retention) that must stay visible.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.REQUIRES_NEW)
    public void recordRegardless(ActivityEntry entry) {
        Actor actor = currentActor();
        append(entry, actor.accountId(), actor.label());
    }

    /** Records an entry for a named account, for sign-in events that happen before anyone is authenticated. */
    @Transactional
    public void recordFor(@Nullable AccountId account, @Nullable String label, ActivityEntry entry) {
        append(entry, account, label);
    }

    private void append(ActivityEntry entry, @Nullable AccountId account, @Nullable String label) {
        JdbcActivities.Head head = activities.lockHead();
        // Stored with microsecond precision by both databases: truncate first so the hash recomputes.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        // Every string is cleaned before it is hashed, so that what is stored (on H2 or PostgreSQL) is what was hashed.
        var unhashed = new ActivityRecord(head.seq() + 1, now, account, TrailText.clean(label, 254), entry.tenantId(),
                TrailText.clean(entry.action(), 60), TrailText.clean(entry.objectType(), 60),
                TrailText.clean(entry.objectId(), 100), TrailText.clean(entry.detail(), 1000),
                TrailText.clean(sourceAddress(), 64), head.hash(), "");
        var record = withHash(unhashed, ActivityChain.hash(unhashed));
        activities.append(record);
    }

    @Transactional(readOnly = true)
    public ChainVerification verify() {
        return ChainCheck.verify(activities);
    }

    /**
     * The sequence number of the latest entry: every change anywhere records an entry, so an unchanged number means
     * nothing was changed since (used to reuse computed views).
     */
    @Transactional(readOnly = true)
    public long latestSeq() {
        return activities.head().seq();
    }

    /** Newest first; {@code tenant == null} reads the whole platform's trail (platform administrators only). */
    @Transactional(readOnly = true)
    public List<ActivityRecord> page(@Nullable TenantId tenant, @Nullable String actionPrefix, long beforeSeq, int limit) {
        return activities.page(tenant, actionPrefix, beforeSeq <= 0 ? Long.MAX_VALUE : beforeSeq, Math.min(limit, 500));
    }

    private static ActivityRecord withHash(ActivityRecord r, String hash) {
        return new ActivityRecord(r.seq(), r.occurredAt(), r.accountId(), r.accountEmail(), r.tenantId(), r.action(),
                r.objectType(), r.objectId(), r.detail(), r.sourceAddress(), r.prevHash(), hash);
    }

    private static @Nullable String sourceAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private static Actor currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        Object principal = auth == null ? null : auth.getPrincipal();
        return switch (principal) {
            case AccountPrincipal p -> new Actor(p.id(), p.email());
            case ApiTokenPrincipal t -> new Actor(t.accountId(), t.email() + " (API token " + t.tokenName() + ")");
            case null, default -> new Actor(null, "system");
        };
    }

    private record Actor(@Nullable AccountId accountId, String label) {}
}
