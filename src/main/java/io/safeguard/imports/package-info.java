/**
 * Bulk import of CSV files into any module that accepts rows ({@link io.safeguard.shared.tabular.TabularImport}):
 * upload, column mapping, a dry run with a row-level error report (line, column, reason), then an all-or-nothing
 * import. The same path serves the web pages and {@code safeguard import}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "organization"})
package io.safeguard.imports;
