package io.safeguard.accesslog.detection;

import java.time.Instant;

/**
 * A user id in the events that the roster does not know: a roster gap (a new hire, a contractor, a renamed login) or a
 * service or interface account. Listed for the roster owner rather than alerted: such accounts often produce most of
 * a system's events, and TERMINATED_USER needs a termination date to mean anything. Their accesses still go through
 * the rules that need only the patient's side (VIP, COWORKER, VOLUME, AFTER_HOURS): a contractor missing from the
 * roster can snoop too.
 */
public record UnknownUser(String userId, long events, Instant firstAt, Instant lastAt) {}
