/**
 * Civil money penalties under 45 CFR 160.404 (C10): the four culpability tiers, the inflation-adjusted amounts of
 * 45 CFR 102.3 as data with sources, the 2019 enforcement-discretion caps, and the calculation OCR makes per
 * provision and calendar year.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "organization", "documents", "assessment", "practices"})
package io.safeguard.penalty;
