/**
 * The organization's overview: what is set up, what is missing, what happened lately. Reads other modules' APIs;
 * nothing depends on it. Later capabilities add their cards (readiness, deadlines, risks).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "organization", "catalog", "vendor", "workforce", "inventory", "documents", "risk", "assessment", "penalty", "incident"})
package io.safeguard.dashboard;
