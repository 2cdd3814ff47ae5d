package io.safeguard.accesslog.detection.synthetic;

import io.safeguard.accesslog.detection.ExpectedAlert;

/**
 * A case the generator planted: the alert it should raise ({@code shouldAlert}) or, for a decoy, the alert that must
 * not be raised, and the scenario in words.
 */
public record PlantedCase(ExpectedAlert alert, boolean shouldAlert, String scenario) {}
