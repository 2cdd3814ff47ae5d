/** The {@code safeguard import} command. */
@org.springframework.modulith.NamedInterface("cli")
package io.safeguard.imports.cli;
