package io.safeguard.accesslog.detection.synthetic;

import io.safeguard.accesslog.CareLink;
import io.safeguard.accesslog.PatientRecord;
import io.safeguard.accesslog.StaffMember;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Writes a synthetic log as CSV files (UTF-8, a header line, comma-separated, RFC 4180 quoting, empty for none),
 * streaming: {@code events.csv}, {@code staff.csv}, {@code patients.csv}, {@code care-links.csv} and {@code
 * ground-truth.csv} (planted cases and decoys).
 */
public final class SyntheticLogFiles {
    public static final String STAFF_HEADER = "user_id,employee_id,full_name,department,job_title,hire_date,termination_date";
    public static final String PATIENTS_HEADER = "patient_id,given_name,family_name,birth_date,address_line,city,"
            + "postal_code,vip,employee_id,deceased_on";
    public static final String CARE_LINKS_HEADER = "kind,patient_id,user_id,department,from,to";
    public static final String GROUND_TRUTH_HEADER = "should_alert,rule,user_id,patient_id,day,scenario";
    public static final String EVENTS_HEADER = EventRows.HEADER;

    /** What was written: rows per file. */
    public record Written(long events, long staff, long patients, long careLinks, long cases) {}

    private SyntheticLogFiles() {}

    public static Written write(SyntheticLog log, Path directory) {
        try {
            Files.createDirectories(directory);
            long staff = 0;
            try (Writer out = writer(directory.resolve("staff.csv"), STAFF_HEADER)) {
                for (StaffMember m : log.staff()) {
                    row(out, m.userId(), m.employeeId(), m.fullName(), m.department(), m.jobTitle(), m.hireDate(),
                            m.terminationDate());
                    staff++;
                }
            }
            long patients = 0;
            try (Writer out = writer(directory.resolve("patients.csv"), PATIENTS_HEADER)) {
                for (PatientRecord p : log.patients()) {
                    row(out, p.patientId(), p.givenName(), p.familyName(), p.birthDate(), p.addressLine(), p.city(),
                            p.postalCode(), p.vip(), p.employeeId(), p.deceasedOn());
                    patients++;
                }
            }
            long links = 0;
            try (Writer out = writer(directory.resolve("care-links.csv"), CARE_LINKS_HEADER)) {
                for (CareLink l : log.careLinks()) {
                    row(out, l.kind(), l.patientId(), l.userId(), l.department(), l.from(), l.to());
                    links++;
                }
            }
            long cases = 0;
            try (Writer out = writer(directory.resolve("ground-truth.csv"), GROUND_TRUTH_HEADER)) {
                for (PlantedCase c : log.plantedCases()) {
                    row(out, c.shouldAlert(), c.alert().rule(), c.alert().userId(), c.alert().patientId(), c.alert().day(),
                            c.scenario());
                    cases++;
                }
            }
            long events = 0;
            var cursor = new EventCursor(log.plan(), log.spec().seed());
            var rows = new EventRows(log.plan(), log.spec().seed());
            try (Writer out = writer(directory.resolve("events.csv"), EVENTS_HEADER)) {
                while (cursor.next()) {
                    out.write(rows.csv(cursor.seq, cursor.millis, cursor.session, cursor.ordinal));
                    out.write('\n');
                    events++;
                }
            }
            return new Written(events, staff, patients, links, cases);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Writer writer(Path file, String header) throws IOException {
        var out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
        out.write(header);
        out.write('\n');
        return out;
    }

    private static void row(Writer out, @Nullable Object... values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quoted(values[i] == null ? "" : Objects.toString(values[i])));
        }
        out.write('\n');
    }

    static String quoted(String value) {
        boolean plain = value.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
        return plain ? value : '"' + value.replace("\"", "\"\"") + '"';
    }
}
