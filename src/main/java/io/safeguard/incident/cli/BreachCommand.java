package io.safeguard.incident.cli;

import picocli.CommandLine.Command;

/** {@code safeguard breach ...}: Breach Notification Rule tools that need no database. */
@Command(name = "breach", description = "Breach Notification Rule tools.", subcommands = BreachDeadlinesCommand.class,
        mixinStandardHelpOptions = true)
public class BreachCommand {}
