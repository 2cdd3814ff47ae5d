/** The {@code safeguard assess} command: a bundle evaluated offline. */
@org.springframework.modulith.NamedInterface("cli")
package io.safeguard.assessment.cli;
