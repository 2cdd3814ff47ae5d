/** The {@code safeguard breach deadlines} command. */
@org.springframework.modulith.NamedInterface("cli")
package io.safeguard.incident.cli;
