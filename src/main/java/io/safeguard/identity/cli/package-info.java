/** The identity module's command-line commands, registered by the {@code safeguard} launcher. */
@org.springframework.modulith.NamedInterface("cli")
package io.safeguard.identity.cli;
