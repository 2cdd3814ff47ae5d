/** The {@code safeguard organizations} command. */
@org.springframework.modulith.NamedInterface("cli")
package io.safeguard.organization.cli;
