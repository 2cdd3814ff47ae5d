package io.safeguard.accesslog.detection;

import java.time.Instant;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/** The accesses of one user to one patient on one day that match one rule, merged as they stream past. */
final class Hit {
    final Rule rule;
    final UserActivity user;
    final int patient;
    final @Nullable String patientId;
    final long day;
    final boolean explained;
    Instant first;
    Instant last;
    long count;
    long @Nullable [] samples;
    int sampleCount;
    /** AFTER_HOURS: the local hours of the after-hours accesses, one bit each. */
    int afterHoursMask;
    int firstAfterHoursSecond = -1;
    /** AFTER_HOURS: set after the pass, when the user's history is known. */
    boolean rare;
    @Nullable String rareNote;

    Hit(Rule rule, UserActivity user, int patient, @Nullable String patientId, long day, boolean explained, Instant at,
            int samplesPerAlert) {
        this.rule = rule;
        this.user = user;
        this.patient = patient;
        this.patientId = patientId;
        this.day = day;
        this.explained = explained;
        this.first = at;
        this.last = at;
        // Explained hits of filtered rules only count; they never become alerts, so they keep no samples.
        this.samples = explained && rule.filtered() ? null : new long[samplesPerAlert];
    }

    void add(long seq, Instant at) {
        count++;
        if (at.isBefore(first)) {
            first = at;
        }
        if (at.isAfter(last)) {
            last = at;
        }
        if (samples != null && sampleCount < samples.length) {
            samples[sampleCount++] = seq;
        }
    }

    void afterHours(int secondOfDay) {
        afterHoursMask |= 1 << (secondOfDay / 3600);
        if (firstAfterHoursSecond < 0) {
            firstAfterHoursSecond = secondOfDay;
        }
    }

    /** Folds a second hit for the same rule, user, patient and day (events slightly out of order) into this one. */
    void merge(Hit other) {
        count += other.count;
        first = other.first.isBefore(first) ? other.first : first;
        last = other.last.isAfter(last) ? other.last : last;
        afterHoursMask |= other.afterHoursMask;
        rare |= other.rare;
        if (firstAfterHoursSecond < 0) {
            firstAfterHoursSecond = other.firstAfterHoursSecond;
        }
        if (samples != null && other.samples != null) {
            int n = Math.min(samples.length - sampleCount, other.sampleCount);
            System.arraycopy(other.samples, 0, samples, sampleCount, n);
            sampleCount += n;
        }
    }

    long[] sampleSeqs() {
        return samples == null ? new long[0] : Arrays.copyOf(samples, sampleCount);
    }

    record Key(Rule rule, UserActivity user, int patient, long day) {}

    Key key() {
        return new Key(rule, user, patient, day);
    }
}
