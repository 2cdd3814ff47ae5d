package io.safeguard.penalty.cli;

import picocli.CommandLine.Command;

/** {@code safeguard penalty ...}: civil money penalty tools that need no database. */
@Command(name = "penalty", description = "Civil money penalty tools.", subcommands = PenaltyCalculateCommand.class,
        mixinStandardHelpOptions = true)
public class PenaltyCommand {}
