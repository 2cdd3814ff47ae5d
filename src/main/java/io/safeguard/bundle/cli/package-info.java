/** The {@code safeguard export-bundle} and {@code import-bundle} commands. */
@org.springframework.modulith.NamedInterface("cli")
package io.safeguard.bundle.cli;
