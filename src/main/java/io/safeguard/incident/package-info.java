/**
 * Incidents and the Breach Notification Rule (45 CFR 164.400-414): the notification deadlines counted from the
 * discovery date (individuals, media, HHS, business associate to covered entity, law-enforcement delay).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package io.safeguard.incident;
