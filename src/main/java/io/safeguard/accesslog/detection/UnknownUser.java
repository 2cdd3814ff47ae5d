package io.safeguard.accesslog.detection;

import java.time.Instant;

/**
 * A user id in the events that the roster does not know: a roster gap (a new hire, a contractor, a renamed login) or a
 * service or interface account. Listed for the roster owner rather than alerted: such accounts often produce most of
 * a system's events, and TERMINATED_USER needs a termination date to mean anything.
 */
public record UnknownUser(String userId, long events, Instant firstAt, Instant lastAt) {}
