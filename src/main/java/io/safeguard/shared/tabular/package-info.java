/**
 * The contract between a module that accepts rows in bulk (assets, vendors, roster, training completions, access
 * grants) and the import machinery (CSV parsing, column mapping, error reports) and the bundle. A module implements
 * {@link io.safeguard.shared.tabular.TabularImport} once; every channel uses it.
 */
package io.safeguard.shared.tabular;
