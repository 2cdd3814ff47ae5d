/**
 * Requirement catalogs as versioned, effective-dated data: the Security Rule (164.308-164.316), the Breach
 * Notification Rule (164.400-414), the Privacy Rule items OCR enforces most, and the January 2025 Security Rule
 * proposal (90 FR 898) as an overlay an organization can switch on; and each organization's 164.306(d) decisions on
 * the addressable implementation specifications.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "organization"})
package io.safeguard.catalog;
