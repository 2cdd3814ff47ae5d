package io.safeguard.accesslog.detection;

import io.safeguard.accesslog.AccessAction;
import io.safeguard.accesslog.AccessEvent;
import io.safeguard.accesslog.AccessOutcome;
import io.safeguard.accesslog.CareLink;
import io.safeguard.accesslog.PatientRecord;
import io.safeguard.accesslog.StaffMember;
import io.safeguard.accesslog.StoredEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A small hand-made organization: roster, patients, care links and accesses in local time of {@link #ZONE}. */
final class AccessLogFixture {
    static final ZoneId ZONE = ZoneId.of("America/New_York");
    static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    final List<StaffMember> staff = new ArrayList<>();
    final List<PatientRecord> patients = new ArrayList<>();
    final List<CareLink> links = new ArrayList<>();
    private final List<AccessEvent> events = new ArrayList<>();

    StaffMember staff(String userId, String employeeId, String fullName, String department, String title,
            @Nullable LocalDate terminated) {
        var member = new StaffMember(userId, employeeId, fullName, department, title, LocalDate.of(2020, 1, 6), terminated);
        staff.add(member);
        return member;
    }

    StaffMember nurse(String userId, String employeeId, String fullName) {
        return staff(userId, employeeId, fullName, "Nursing", "Registered Nurse", null);
    }

    PatientRecord patient(String patientId, String given, String family, @Nullable String address, @Nullable String postal,
            boolean vip, @Nullable String employeeId) {
        var record = new PatientRecord(patientId, given, family, LocalDate.of(1980, 5, 1), address, "Springfield", postal, vip,
                employeeId, null);
        patients.add(record);
        return record;
    }

    PatientRecord patient(String patientId) {
        return patient(patientId, "Pat", "Doe" + patientId, patientId + " Elm Street", "01101", false, null);
    }

    void link(CareLink.Kind kind, String patientId, @Nullable String userId, @Nullable String department, LocalDate from,
            @Nullable LocalDate to) {
        links.add(new CareLink(kind, patientId, userId, department, from, to));
    }

    void access(String userId, @Nullable String patientId, LocalDateTime local) {
        access(userId, patientId, local.atZone(ZONE).toInstant(), AccessOutcome.SUCCESS);
    }

    void access(String userId, @Nullable String patientId, Instant at, AccessOutcome outcome) {
        StaffMember member = staff.stream().filter(s -> s.userId().equals(userId)).findFirst().orElse(null);
        events.add(new AccessEvent("ehr", "e" + events.size(), at, at, userId, userId,
                member == null ? "Interface" : member.jobTitle(), member == null ? "IT" : member.department(), patientId,
                null, AccessAction.READ, "CHART_REVIEW", null, null, "ws-1", "10.0.0.1", "Main", outcome, null, "00"));
    }

    /** Accesses to fresh, explained patients (own department link) on each day, between the hours given. */
    void ordinaryDays(String userId, String department, LocalDate first, int days, int fromHour, int toHour, int patients) {
        for (int d = 0; d < days; d++) {
            LocalDate day = first.plusDays(d);
            for (int i = 0; i < patients; i++) {
                String id = "R" + userId + day + "-" + i;
                patient(id);
                link(CareLink.Kind.ENCOUNTER, id, null, department, day, day);
                int hour = fromHour + (i % Math.max(1, toHour - fromHour));
                access(userId, id, day.atTime(hour, 10 + i % 40));
            }
        }
    }

    ReferenceData reference() {
        return ReferenceData.of(staff, patients, links);
    }

    DetectionRun run() {
        return run(DetectionSettings.defaults(ZONE));
    }

    DetectionRun run(DetectionSettings settings) {
        List<AccessEvent> ordered = events.stream().sorted(Comparator.comparing(AccessEvent::occurredAt)).toList();
        List<StoredEvent> stored = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            stored.add(new StoredEvent(i, ordered.get(i)));
        }
        return new Detector(reference(), settings).run(stored.iterator());
    }
}
