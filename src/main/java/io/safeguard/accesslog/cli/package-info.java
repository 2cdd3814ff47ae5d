/** The {@code safeguard accesslog} commands: ingest, verify, export a segment, expire. */
@org.springframework.modulith.NamedInterface("cli")
package io.safeguard.accesslog.cli;
