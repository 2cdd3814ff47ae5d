/**
 * PHI access log (C12): events from EHRs and other systems ingested into a per-organization, tamper-evident ledger
 * (RFC 9162 Merkle tree, signed checkpoints), privacy-monitoring detections with an explanation filter, and the review
 * of their cases. Evidence for information system activity review (164.308(a)(1)(ii)(D)) and audit controls
 * (164.312(b)). Sub-packages: {@code ingest}, {@code ledger}, {@code detection}, {@code review}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "organization", "workforce"})
package io.safeguard.accesslog;
