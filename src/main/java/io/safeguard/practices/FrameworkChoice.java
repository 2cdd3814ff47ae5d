package io.safeguard.practices;

import java.time.Instant;

/** An organization started or stopped following a framework; the latest choice per framework is in effect. */
public record FrameworkChoice(String framework, boolean followed, String chosenBy, Instant chosenAt) {}
