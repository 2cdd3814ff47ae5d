/**
 * Privacy-monitoring detections over PHI access events (C12): self-access, terminated users, VIP, coworker, family,
 * unusual volume and after-hours access, each checked against an explanation filter (an encounter, appointment or
 * care-team link between the patient and the user or the user's department explains an access). Pure Java, one pass
 * over the events; the synthetic log in {@code synthetic} plants cases with ground truth for {@link
 * io.safeguard.accesslog.detection.Evaluation}.
 */
package io.safeguard.accesslog.detection;
