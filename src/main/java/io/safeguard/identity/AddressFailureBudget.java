package io.safeguard.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * A budget of failed password sign-ins per source address (a token bucket, in memory): guessing spread over many
 * accounts, or at addresses that have no account, runs out after {@code addressFailureBudget} failures and then gets
 * one more try per {@code addressFailureRefill} (164.308(a)(5)(ii)(C) log-in monitoring). The per-account lock-out
 * cannot see such guessing; this budget can. Kept per instance: with several instances each has its own budget.
 */
@Component
class AddressFailureBudget {
    /** Beyond this many tracked addresses, buckets that have refilled completely (as good as new) are dropped. */
    private static final int TRACKED_ADDRESSES = 10_000;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final int capacity;
    private final Duration refill;
    private final Clock clock;

    AddressFailureBudget(SignInProperties properties, Clock clock) {
        this.capacity = Math.max(1, properties.addressFailureBudget());
        this.refill = properties.addressFailureRefill();
        this.clock = clock;
    }

    /** True while the address may still try. */
    boolean allows(String address) {
        Bucket bucket = buckets.get(address);
        return bucket == null || bucket.refilled(clock.instant(), capacity, refill).tokens() >= 1;
    }

    /** Spends one failure; true when this failure used the last one (the moment worth recording). */
    boolean spend(String address) {
        Instant now = clock.instant();
        if (buckets.size() >= TRACKED_ADDRESSES) {
            buckets.values().removeIf(b -> b.refilled(now, capacity, refill).tokens() >= capacity);
        }
        Bucket after = buckets.compute(address, (key, bucket) -> {
            Bucket current = bucket == null ? new Bucket(capacity, now) : bucket.refilled(now, capacity, refill);
            // A full bucket starts refilling from this failure; otherwise partial progress towards a token is kept.
            return new Bucket(Math.max(0, current.tokens() - 1), current.tokens() >= capacity ? now : current.since());
        });
        return after.tokens() == 0;
    }

    /** {@code tokens} left, and the time from which the next token is being earned (one per {@code refill}). */
    private record Bucket(long tokens, Instant since) {
        Bucket refilled(Instant now, int capacity, Duration refill) {
            if (tokens >= capacity || refill.isZero() || !now.isAfter(since)) {
                return refill.isZero() ? new Bucket(capacity, now) : this;
            }
            long earned = Duration.between(since, now).dividedBy(refill);
            if (tokens + earned >= capacity) {
                return new Bucket(capacity, now);
            }
            return new Bucket(tokens + earned, since.plus(refill.multipliedBy(earned)));
        }
    }
}
