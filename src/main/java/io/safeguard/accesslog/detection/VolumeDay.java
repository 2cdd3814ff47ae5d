package io.safeguard.accesslog.detection;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A user-day that reached the volume floor, kept for judgement after the pass. */
record VolumeDay(UserActivity user, long day, int distinct, int unexplained, long unexplainedEvents,
        @Nullable Instant firstUnexplained, @Nullable Instant lastUnexplained, long[] samples) {}
