/** Command-line access to the risk analysis: the report of a version, and the register benchmark. */
@org.springframework.modulith.NamedInterface("cli")
package io.safeguard.risk.cli;
