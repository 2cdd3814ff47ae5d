/**
 * Incidents and the Breach Notification Rule (45 CFR 164.400-414): intake, the append-only timeline, the breach
 * determination (exceptions, four-factor assessment, the safe harbor read from the inventory's encryption record) kept
 * with who decided and why, the notification deadlines counted from the discovery date, and the notice drafts.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "identity", "organization", "inventory", "vendor", "risk", "documents"})
package io.safeguard.incident;
