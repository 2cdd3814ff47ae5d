package io.safeguard.identity.cli;

import io.safeguard.identity.ActivityTrail;
import io.safeguard.identity.ChainVerification;
import io.safeguard.shared.DatabaseCommand;
import picocli.CommandLine.Command;

@Command(name = "activity", description = "The platform's activity trail.", subcommands = ActivityCommand.Verify.class)
public class ActivityCommand {

    /** Exit codes: 0 intact, 2 broken (tampering or loss), 3 database in use. */
    @Command(name = "verify",
            description = "Check the hash chain of the activity trail: any edited, deleted or reordered row is reported.")
    static class Verify implements DatabaseCommand {
        @Override
        public int run(Beans beans) {
            return switch (beans.get(ActivityTrail.class).verify()) {
                case ChainVerification.Intact intact -> {
                    System.out.println("Activity trail intact: " + intact.rows() + " rows, head " + intact.headHash());
                    yield 0;
                }
                case ChainVerification.Broken broken -> {
                    System.out.println("Activity trail BROKEN at row " + broken.seq() + ": " + broken.reason());
                    yield 2;
                }
            };
        }
    }
}
