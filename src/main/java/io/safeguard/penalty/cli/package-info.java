/** The {@code safeguard penalty calculate} command. */
@org.springframework.modulith.NamedInterface("cli")
package io.safeguard.penalty.cli;
