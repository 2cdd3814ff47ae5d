package io.safeguard.accesslog.detection;

import static org.assertj.core.api.Assertions.assertThat;

import io.safeguard.accesslog.AccessEvent;
import io.safeguard.accesslog.CareLink;
import io.safeguard.accesslog.PatientRecord;
import io.safeguard.accesslog.StaffMember;
import io.safeguard.accesslog.StoredEvent;
import io.safeguard.accesslog.detection.synthetic.PlantedCase;
import io.safeguard.accesslog.detection.synthetic.SyntheticLog;
import io.safeguard.accesslog.detection.synthetic.SyntheticLogFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synthetic hospital: deterministic, realistic in rate and shape, planted cases present, files that hash right. */
class SyntheticLogTests {
    static final SyntheticLog.Spec SMALL = SyntheticLog.Spec.of(30_000, 40, 5_000);
    static final SyntheticLog LOG = SyntheticLog.generate(SyntheticLog.Spec.of(300_000, 60, 20_000));

    @Test
    void theSameSeedGivesTheSameLogAndAnotherSeedAnother() {
        List<String> first = hashes(SyntheticLog.generate(SMALL).events(), 2_000);
        List<String> again = hashes(SyntheticLog.generate(SMALL).events(), 2_000);
        List<String> other = hashes(SyntheticLog.generate(SMALL.withSeed(43)).events(), 2_000);

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        assertThat(SyntheticLog.generate(SMALL).groundTruth()).isEqualTo(SyntheticLog.generate(SMALL).groundTruth());
    }

    @Test
    void producesExactlyTheEventsAskedForInTimeOrder() {
        long count = 0;
        AccessEvent previous = null;
        for (Iterator<StoredEvent> events = LOG.events(); events.hasNext(); ) {
            StoredEvent stored = events.next();
            assertThat(stored.seq()).isEqualTo(count);
            if (previous != null) {
                assertThat(stored.event().occurredAt()).isAfterOrEqualTo(previous.occurredAt());
            }
            previous = stored.event();
            count++;
        }
        assertThat(count).isEqualTo(300_000);
        assertThat(LOG.days()).isEqualTo(12);
    }

    @Test
    void cliniciansProduceAboutAThousandEventsAWorkingDayAndFewerStaffWorkAtWeekends() {
        Map<String, Long> perClinicianDay = new HashMap<>();
        Map<LocalDate, Set<String>> staffByDay = new HashMap<>();
        for (Iterator<StoredEvent> events = LOG.events(); events.hasNext(); ) {
            AccessEvent event = events.next().event();
            LocalDate day = event.occurredAt().atZone(LOG.spec().zone()).toLocalDate();
            staffByDay.computeIfAbsent(day, d -> new java.util.HashSet<>()).add(event.userId());
            if (event.userRole().equals("Physician") || event.userRole().equals("Registered Nurse")) {
                perClinicianDay.merge(event.userId() + day, 1L, Long::sum);
            }
        }
        List<Long> counts = perClinicianDay.values().stream().filter(n -> n > 200).sorted().toList();
        assertThat(counts.get(counts.size() / 2)).isBetween(700L, 1300L);
        double weekday = staffByDay.entrySet().stream().filter(e -> !weekend(e.getKey()) && e.getKey().isBefore(LOG.spec()
                .start().plusDays(LOG.days() - 1))).mapToInt(e -> e.getValue().size()).average().orElseThrow();
        double weekend = staffByDay.entrySet().stream().filter(e -> weekend(e.getKey())).mapToInt(e -> e.getValue().size())
                .average().orElseThrow();
        assertThat(weekend).isLessThan(0.8 * weekday);
    }

    @Test
    void mostAccessesHaveACareLink() {
        // Few plants, so that the count measures the ordinary work (plants are unexplained on purpose).
        var log = SyntheticLog.generate(SyntheticLog.Spec.of(300_000, 60, 20_000).withPlantsPerRule(2));
        var reference = ReferenceData.of(log.staff(), log.patients(), log.careLinks());

        var run = new Detector(reference, DetectionSettings.defaults(log.spec().zone())).run(log.events());

        assertThat(run.explainedAccessShare()).isBetween(0.92, 0.98);
    }

    @Test
    void theRosterHasDepartmentsJobTitlesTerminationsAndEmployeesWhoArePatients() {
        List<StaffMember> staff = LOG.staff();
        assertThat(staff).hasSize(60);
        assertThat(staff).extracting(StaffMember::jobTitle).containsOnly("Physician", "Registered Nurse",
                "Patient Access Representative", "Billing Specialist", "Medical Technologist", "Pharmacist");
        assertThat(staff.stream().map(StaffMember::department).distinct().count()).isGreaterThan(8);
        assertThat(staff).filteredOn(s -> s.terminationDate() != null).hasSizeGreaterThanOrEqualTo(2);
        assertThat(staff.stream().map(StaffMember::userId).distinct().count()).isEqualTo(60);
        Set<String> employeeIds = staff.stream().map(StaffMember::employeeId).collect(Collectors.toSet());
        long employeesAsPatients = 0;
        for (PatientRecord patient : LOG.patients()) {
            employeesAsPatients += patient.employeeId() != null && employeeIds.contains(patient.employeeId()) ? 1 : 0;
        }
        assertThat(employeesAsPatients).isBetween(20L, 50L);
    }

    @Test
    void patientsLiveInHouseholdsAndAboutOneInAThousandIsAVip() {
        Map<String, List<PatientRecord>> byAddress = new HashMap<>();
        int vips = 0;
        int count = 0;
        for (PatientRecord patient : LOG.patients()) {
            byAddress.computeIfAbsent(patient.addressLine() + "|" + patient.postalCode(), a -> new ArrayList<>()).add(patient);
            vips += patient.vip() ? 1 : 0;
            count++;
        }
        assertThat(count).isEqualTo(20_000);
        assertThat(vips).isBetween(8, 40);
        long shared = byAddress.values().stream().filter(h -> h.size() > 1).count();
        long mixedNames = byAddress.values().stream()
                .filter(h -> h.stream().map(PatientRecord::familyName).distinct().count() > 1).count();
        assertThat(shared).isGreaterThan(byAddress.size() / 2);
        assertThat(mixedNames).isBetween(shared / 10, shared / 2);
    }

    @Test
    void plantsEveryScenarioWithGroundTruthAndDecoys() {
        Map<Rule, Long> truth = LOG.groundTruth().stream().collect(Collectors.groupingBy(ExpectedAlert::rule,
                Collectors.counting()));
        Map<Rule, Long> decoys = LOG.decoys().stream().collect(Collectors.groupingBy(ExpectedAlert::rule,
                Collectors.counting()));

        assertThat(truth.keySet()).containsExactlyInAnyOrder(Rule.values());
        assertThat(truth.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(15));
        // Self-access has no decoy: nothing makes it acceptable; half its plants have a care link instead.
        assertThat(decoys.keySet()).containsExactlyInAnyOrder(Rule.TERMINATED_USER, Rule.VIP, Rule.COWORKER, Rule.FAMILY,
                Rule.VOLUME, Rule.AFTER_HOURS);
        assertThat(LOG.plantedCases()).filteredOn(c -> !c.shouldAlert()).extracting(PlantedCase::scenario)
                .contains("decoy: a VIP admitted to the user's unit (encounter link)",
                        "decoy: a night-shift worker opens a record at night",
                        "decoy: a coworker treated on the user's unit (care-team link)");
        assertThat(LOG.groundTruth()).filteredOn(a -> a.rule() == Rule.VOLUME).allSatisfy(a -> assertThat(a.patientId()).isNull());
    }

    @Test
    void writesCsvFilesWhoseEventLinesHashToTheEventsRawSha256(@TempDir Path directory) throws Exception {
        var log = SyntheticLog.generate(SMALL);

        var written = SyntheticLogFiles.write(log, directory);

        assertThat(written.events()).isEqualTo(30_000);
        List<String> events = Files.readAllLines(directory.resolve("events.csv"));
        assertThat(events.getFirst()).isEqualTo("event_id,occurred_at,user_id,user_name,user_role,department,patient_id,"
                + "encounter_id,action,action_code,workstation,ip,facility,outcome");
        assertThat(events).hasSize(30_001);
        Iterator<StoredEvent> stored = log.events();
        var sha256 = MessageDigest.getInstance("SHA-256");
        for (int i = 1; i <= 500; i++) {
            String line = events.get(i);
            AccessEvent event = stored.next().event();
            assertThat(HexFormat.of().formatHex(sha256.digest(line.getBytes(StandardCharsets.UTF_8))))
                    .isEqualTo(event.rawSha256());
            String[] cells = line.split(",", -1);
            assertThat(cells).hasSize(14);
            assertThat(cells[0]).isEqualTo(event.sourceEventId());
            assertThat(OffsetDateTime.parse(cells[1]).toInstant()).isEqualTo(event.occurredAt());
            assertThat(cells[8]).isIn("C", "R", "U", "D", "E");
            assertThat(cells[13]).isIn("0", "4", "8", "12");
        }
        assertThat(Files.readAllLines(directory.resolve("staff.csv")).getFirst()).isEqualTo(SyntheticLogFiles.STAFF_HEADER);
        assertThat(Files.readAllLines(directory.resolve("patients.csv"))).hasSize(5_001);
        List<String> links = Files.readAllLines(directory.resolve("care-links.csv"));
        assertThat(links.getFirst()).isEqualTo("kind,patient_id,user_id,department,from,to");
        assertThat(links).hasSize((int) written.careLinks() + 1);
        long linkCount = 0;
        for (CareLink ignored : log.careLinks()) {
            linkCount++;
        }
        assertThat(written.careLinks()).isEqualTo(linkCount);
        List<String> truth = Files.readAllLines(directory.resolve("ground-truth.csv"));
        assertThat(truth.getFirst()).isEqualTo("should_alert,rule,user_id,patient_id,day,scenario");
        assertThat(truth).hasSize(log.plantedCases().size() + 1);
    }

    private static List<String> hashes(Iterator<StoredEvent> events, int n) {
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < n && events.hasNext(); i++) {
            hashes.add(events.next().event().rawSha256());
        }
        return hashes;
    }

    private static boolean weekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
