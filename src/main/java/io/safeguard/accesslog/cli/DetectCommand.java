package io.safeguard.accesslog.cli;

import io.safeguard.accesslog.detection.DetectionRuns;
import io.safeguard.shared.DatabaseCommand;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code safeguard accesslog detect}: runs the detections over a period and files new alerts into review cases. */
@Command(name = "detect", description = "Run the detections over a period of days and file new alerts into cases.")
class DetectCommand implements DatabaseCommand {
    @Option(names = "--tenant", required = true)
    String tenant;

    @Option(names = "--as", required = true, description = "E-mail of a member who may edit (the run is recorded for it).")
    String account;

    @Option(names = "--from", required = true, description = "First day (YYYY-MM-DD, organization's time zone).")
    LocalDate from;

    @Option(names = "--to", required = true, description = "Last day.")
    LocalDate to;

    @Override
    public int run(Beans beans) {
        var report = beans.get(DetectionRuns.class).run(Members.scope(beans, tenant, account), from, to);
        System.out.printf("%,d events read; %,d alerts (%,d new); %.1f %% of patient accesses explained%n", report.events(), report.alerts(),
                report.filed(), 100 * report.explainedShare());
        report.counts().forEach(c -> System.out.printf("  %-16s %,8d hits, %,8d explained, %,6d alerts%n", c.rule(), c.hitsBeforeFilter(),
                c.explainedAway(), c.alerts()));
        if (!report.unknownUsers().isEmpty()) {
            System.out.println("  " + report.unknownUsers().size() + " user IDs are not on the roster (add their access grants).");
        }
        return 0;
    }
}
