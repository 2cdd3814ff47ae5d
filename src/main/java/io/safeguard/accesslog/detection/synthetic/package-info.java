/**
 * A synthetic hospital for the detections: a workforce on shifts, a patient population in households, admissions,
 * appointments and the care links they create, and an access log with realistic rates (about 1,000 events per
 * clinician-day, fewer staff at weekends), deterministic by seed. Planted cases (self, family, coworker, VIP,
 * terminated user, volume spike, after-hours) come with ground truth, and decoys that must not alert.
 */
package io.safeguard.accesslog.detection.synthetic;
