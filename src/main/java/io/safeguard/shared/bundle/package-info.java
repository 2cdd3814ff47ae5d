/**
 * The contract of compliance-as-code bundles: one organization's program as a folder of YAML and CSV files. Each
 * module writes and reads its own section through {@link io.safeguard.shared.bundle.BundleSection}; files refer to
 * each other by natural keys (vendor name, asset name, employee id), never by database ids, so that an export of an
 * import of an export is byte-for-byte the same.
 */
package io.safeguard.shared.bundle;
