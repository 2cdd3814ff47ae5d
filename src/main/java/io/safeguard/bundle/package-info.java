/**
 * Compliance as code: export one organization's whole program to a folder of YAML and CSV files (schema in
 * docs/bundle/), and import such a folder as a new organization. Each module contributes its section.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "organization"})
package io.safeguard.bundle;
