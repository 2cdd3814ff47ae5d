package io.safeguard.accesslog;

import io.safeguard.accesslog.detection.DetectionRuns;
import io.safeguard.accesslog.ingest.AccessLogIngest;
import io.safeguard.accesslog.ledger.AccessLedger;
import io.safeguard.accesslog.reference.ReferenceFeeds;
import io.safeguard.accesslog.review.Determination;
import io.safeguard.accesslog.review.Reviews;
import io.safeguard.identity.AccountAdministration;
import io.safeguard.organization.DemoOrganizationLoaded;
import io.safeguard.organization.Organizations;
import io.safeguard.shared.Role;
import io.safeguard.shared.TenantScope;
import io.safeguard.workforce.AccessGrant;
import io.safeguard.workforce.Workforce;
import io.safeguard.workforce.WorkforceMember;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives the Riverside demo organization an access log (fictional patients): ten weeks of its EHR's access log written
 * from the roster (EHR accounts from the access grants), with the encounters, appointments and department care teams
 * that explain them, loaded through the same paths as a site's extract and feeds; then the detections run over two
 * periods and the cases they raise wait in the review queue. Planted for a reviewer to find: a physician opening a VIP's
 * chart, a nurse opening a coworker's chart, a medical assistant opening her own and her husband's charts, the account
 * of Kevin Doyle used after his termination (his EHR access was revoked nine days late), a burst of charts opened near
 * midnight and a front-desk coordinator opening over a hundred unexplained charts in an afternoon. Loaded once, when
 * the roster is there and the ledger is empty; days after today are left out.
 */
@Component
class AccessLogDemo {
    static final String EHR = "Athena EHR";
    private static final LocalDate[][] PERIODS = {{LocalDate.of(2026, 7, 6), LocalDate.of(2026, 7, 24)},
            {LocalDate.of(2026, 10, 5), LocalDate.of(2026, 11, 20)}};
    private static final LocalDate[][] REVIEWED = {{LocalDate.of(2026, 7, 13), LocalDate.of(2026, 7, 24)},
            {LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 20)}};
    private final AccessLogIngest ingest;
    private final AccessLedger ledger;
    private final ReferenceFeeds feeds;
    private final DetectionRuns detections;
    private final Reviews reviews;
    private final Workforce workforce;
    private final AccountAdministration accounts;
    private final Organizations organizations;
    private final Clock clock;

    AccessLogDemo(AccessLogIngest ingest, AccessLedger ledger, ReferenceFeeds feeds, DetectionRuns detections, Reviews reviews,
            Workforce workforce, AccountAdministration accounts, Organizations organizations, Clock clock) {
        this.organizations = organizations;
        this.ingest = ingest;
        this.ledger = ledger;
        this.feeds = feeds;
        this.detections = detections;
        this.reviews = reviews;
        this.workforce = workforce;
        this.accounts = accounts;
        this.clock = clock;
    }

    @EventListener
    @Order(Ordered.LOWEST_PRECEDENCE)
    void on(DemoOrganizationLoaded event) {
        if (!"riverside".equals(event.demoKey()) || accounts.owners(event.tenantId()).isEmpty()) {
            return;
        }
        var scope = new TenantScope(event.tenantId(), accounts.owners(event.tenantId()).getFirst().id(), Role.OWNER);
        if (ledger.status(scope).size() > 0 || feeds.patientCount(event.tenantId()) > 0) {
            return;
        }
        Map<UUID, String> ehrAccounts = new HashMap<>();
        for (AccessGrant g : workforce.grants(scope)) {
            if (EHR.equals(g.systemName())) {
                ehrAccounts.put(g.memberId(), g.accountName());
            }
        }
        List<Staff> staff = new ArrayList<>();
        for (WorkforceMember m : workforce.roster(scope)) {
            if (ehrAccounts.containsKey(m.id())) {
                staff.add(new Staff(m, ehrAccounts.get(m.id())));
            }
        }
        if (staff.isEmpty()) {
            return; // the workforce demo has not run yet: loaded on a later start
        }
        LocalDate today = detections.today(scope);
        var log = new DemoLog(staff, organizations.get(event.tenantId()).zone(), today, new Random(2026));
        for (LocalDate[] period : PERIODS) {
            for (LocalDate day = period[0]; !day.isAfter(period[1]); day = day.plusDays(1)) {
                if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                    log.workday(day);
                }
            }
        }
        log.planted();
        feeds.savePatients(event.tenantId(), log.patients(), clock.instant());
        feeds.addCareLinks(event.tenantId(), log.links());
        ingest.ingest(scope, new AccessLogIngest.Request("csv", "generic", EHR, "athena-access-log-2026.csv", AccessLogIngest.Channel.UPLOAD),
                new ByteArrayInputStream(log.csv().getBytes(StandardCharsets.UTF_8)), null);
        for (LocalDate[] period : REVIEWED) {
            if (!period[1].isAfter(today)) {
                detections.run(scope, period[0], period[1]);
            }
        }
        reviews.queue(scope, true).stream().filter(c -> c.userId().equals(log.accountOf("RFM-090"))).findFirst().ifPresent(c -> {
            reviews.assign(scope, c.id(), "marcus.bell@riverside-fm.example");
            reviews.note(scope, c.id(), "Kevin's last day was July 16. Athena shows his account used on July 21 and 22; IT revoked it on "
                    + "July 26. Asked the clinic manager who had his password.");
            reviews.determine(scope, c.id(), Determination.INAPPROPRIATE, "The account of a terminated employee was used to open five "
                    + "charts with no work reason. Password sharing reported to IT; revocation within one day added to the termination checklist.");
        });
    }

    /** A member with an EHR account. */
    record Staff(WorkforceMember member, String account) {
        boolean provider() {
            String title = member.jobTitle() == null ? "" : member.jobTitle();
            return title.startsWith("Physician") || title.startsWith("Nurse Practitioner");
        }

        boolean in(String department) {
            return department.equals(member.department()) && !provider();
        }
    }

    /** The generated log, patients and links. Deterministic for a seed. */
    private static final class DemoLog {
        private static final String[] GIVEN = {"Olivia", "Liam", "Emma", "Noah", "Ava", "Elijah", "Sophia", "Mateo", "Isabella", "Lucas",
                "Mia", "Levi", "Amelia", "Ezra", "Harper", "Asher", "Evelyn", "Leo", "Abigail", "Jack", "Ella", "Hudson", "Aria", "Owen"};
        private static final String[] FAMILY = {"Anderson", "Baker", "Campbell", "Diaz", "Evans", "Foster", "Garcia", "Hayes", "Irwin",
                "Jordan", "Keller", "Lambert", "Mendez", "Nolan", "Ortiz", "Porter", "Quinn", "Ramos", "Silva", "Thompson", "Underwood",
                "Vance", "Whitaker", "Yamada"};
        private static final String[] STREETS = {"Oak Street", "Cedar Avenue", "River Road", "Maple Drive", "Pine Court", "Elm Street",
                "Harbor View", "Mill Lane", "Sunset Boulevard", "Birch Way"};
        private final List<Staff> staff;
        private final ZoneId zone;
        private final LocalDate today;
        private final Random random;
        private final List<PatientRecord> patients = new ArrayList<>();
        private final List<CareLink> links = new ArrayList<>();
        private final StringBuilder csv = new StringBuilder(
                "event_id,occurred_at,user_id,user_name,user_role,department,patient_id,encounter_id,action,action_code,workstation\n");
        private static final int ENCOUNTERED = 448; // RF-100003 to RF-100450 have visits; RF-100451 to RF-100600 none
        private static final java.time.format.DateTimeFormatter ISO = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
        private int events;
        private int encounters;

        DemoLog(List<Staff> staff, ZoneId zone, LocalDate today, Random random) {
            this.staff = staff;
            this.zone = zone;
            this.today = today;
            this.random = random;
            patients.add(new PatientRecord("RF-100001", "Morgan", "Ashby", LocalDate.of(1978, 4, 2), "2 Lighthouse Point", "Riverside", "92501",
                    true, null, null)); // a local television anchor
            patients.add(new PatientRecord("RF-100002", "Dale", "Pruitt", LocalDate.of(1961, 9, 19), "40 Council Way", "Riverside", "92501",
                    true, null, null)); // a city councilmember
            for (int i = 3; i <= 600; i++) {
                patients.add(new PatientRecord("RF-" + (100000 + i), GIVEN[random.nextInt(GIVEN.length)], FAMILY[random.nextInt(FAMILY.length)],
                        LocalDate.of(1940 + random.nextInt(80), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                        (100 + random.nextInt(900)) + " " + STREETS[random.nextInt(STREETS.length)], "Riverside", "9250" + random.nextInt(8),
                        false, null, null));
            }
            employeePatient("RFM-010", "RF-100601", "Amy", "Alvarez", "14 Willow Lane");
            patients.add(new PatientRecord("RF-100602", "Daniel", "Alvarez", LocalDate.of(1986, 2, 11), "14 Willow Lane", "Riverside", "92503",
                    false, null, null));
        }

        private void employeePatient(String employeeId, String patientId, String given, String family, String address) {
            patients.add(new PatientRecord(patientId, given, family, LocalDate.of(1988, 6, 23), address, "Riverside", "92503", false, employeeId,
                    null));
        }

        /** A weekday: each provider's encounters, with the clinical, front-desk, billing and imaging work around them. */
        void workday(LocalDate day) {
            if (day.isAfter(today)) {
                return;
            }
            List<Staff> working = staff.stream().filter(s -> s.member().activeOn(day)).toList();
            for (Staff provider : working.stream().filter(Staff::provider).toList()) {
                int visits = 10 + random.nextInt(5);
                for (int v = 0; v < visits; v++) {
                    String patient = "RF-" + (100003 + random.nextInt(ENCOUNTERED)); // VIPs, employees and the rest are planted separately
                    LocalTime slot = LocalTime.of(8, 0).plusMinutes(30L * v + random.nextInt(10));
                    encounter(day, slot, provider, patient, working);
                }
            }
        }

        private void encounter(LocalDate day, LocalTime slot, Staff provider, String patient, List<Staff> working) {
            String encounter = "ENC-" + (500000 + ++encounters);
            links.add(new CareLink(CareLink.Kind.ENCOUNTER, patient, provider.account(), null, day, null));
            links.add(new CareLink(CareLink.Kind.CARE_TEAM, patient, null, "Clinical", day, null));
            links.add(new CareLink(CareLink.Kind.APPOINTMENT, patient, null, "Front Office", day, null));
            links.add(new CareLink(CareLink.Kind.ENCOUNTER, patient, null, "Billing", day, null));
            pick(working, "Front Office").ifPresent(s -> event(day, slot.minusMinutes(20), s, patient, encounter, "R", "Check-in"));
            pick(working, "Clinical").ifPresent(s -> event(day, slot.minusMinutes(8), s, patient, encounter, "U", "Vitals"));
            event(day, slot, provider, patient, encounter, "R", "Chart Review");
            event(day, slot.plusMinutes(12), provider, patient, encounter, "U", "Progress Note");
            if (random.nextInt(6) == 0) {
                links.add(new CareLink(CareLink.Kind.ENCOUNTER, patient, null, "Imaging", day, null));
                pick(working, "Imaging").ifPresent(s -> event(day, slot.plusMinutes(40), s, patient, encounter, "U", "Imaging Result"));
            }
            LocalDate billed = day.plusDays(1 + random.nextInt(4));
            while (billed.getDayOfWeek() == DayOfWeek.SATURDAY || billed.getDayOfWeek() == DayOfWeek.SUNDAY) {
                billed = billed.plusDays(1);
            }
            LocalDate billingDay = billed;
            pick(staff.stream().filter(s -> s.member().activeOn(billingDay)).toList(), "Billing")
                    .ifPresent(s -> event(billingDay, LocalTime.of(9, 0).plusMinutes(random.nextInt(420)), s, patient, encounter, "R", "Claim Review"));
        }

        private java.util.Optional<Staff> pick(List<Staff> working, String department) {
            List<Staff> in = working.stream().filter(s -> s.in(department)).toList();
            return in.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(in.get(random.nextInt(in.size())));
        }

        /** The cases a privacy officer should find. */
        void planted() {
            LocalDate vipVisit = LocalDate.of(2026, 11, 4);
            staffOf("RFM-003").ifPresent(s -> {
                if (!vipVisit.isAfter(today)) { // an explained VIP access: no alert
                    links.add(new CareLink(CareLink.Kind.ENCOUNTER, "RF-100001", s.account(), null, vipVisit, null));
                    event(vipVisit, LocalTime.of(10, 30), s, "RF-100001", "ENC-VIP-1", "R", "Chart Review");
                }
            });
            staffOf("RFM-006").ifPresent(s -> event(LocalDate.of(2026, 11, 12), LocalTime.of(14, 5), s, "RF-100001", null, "R", "Chart Review"));
            staffOf("RFM-011").ifPresent(s -> event(LocalDate.of(2026, 11, 5), LocalTime.of(12, 40), s, "RF-100601", null, "R", "Chart Review"));
            staffOf("RFM-010").ifPresent(s -> {
                event(LocalDate.of(2026, 11, 17), LocalTime.of(12, 10), s, "RF-100601", null, "R", "Results Review");
                event(LocalDate.of(2026, 11, 17), LocalTime.of(12, 14), s, "RF-100602", null, "R", "Chart Review");
            });
            staffOf("RFM-090").ifPresent(s -> {
                for (int i = 0; i < 3; i++) {
                    event(LocalDate.of(2026, 7, 21), LocalTime.of(10, 15 + 9 * i), s, unlinkedPatient(), null, "R", "Chart Review");
                }
                for (int i = 0; i < 2; i++) {
                    event(LocalDate.of(2026, 7, 22), LocalTime.of(16, 2 + 7 * i), s, unlinkedPatient(), null, "R", "Chart Review");
                }
            });
            staffOf("RFM-021").ifPresent(s -> {
                for (int i = 0; i < 6; i++) {
                    event(LocalDate.of(2026, 11, 9), LocalTime.of(23, 40 + 3 * i), s, unlinkedPatient(), null, "R", "Chart Review");
                }
            });
            staffOf("RFM-028").ifPresent(s -> {
                for (int i = 0; i < 120; i++) {
                    event(LocalDate.of(2026, 11, 18), LocalTime.of(13, 0).plusSeconds(50L * i), s, "RF-" + (100451 + i), null, "R", "Demographics");
                }
            });
        }

        /** One of the generated patients without visits, so without a link to explain an access. */
        private String unlinkedPatient() {
            return "RF-" + (100451 + random.nextInt(150));
        }

        private java.util.Optional<Staff> staffOf(String employeeId) {
            return staff.stream().filter(s -> s.member().employeeId().equals(employeeId)).findFirst();
        }

        String accountOf(String employeeId) {
            return staffOf(employeeId).map(Staff::account).orElse("");
        }

        private void event(LocalDate day, LocalTime time, Staff s, String patient, String encounter, String action, String code) {
            if (day.isAfter(today)) {
                return;
            }
            WorkforceMember m = s.member();
            csv.append("ath-").append(++events).append(',').append(ISO.format(day.atTime(time).atZone(zone))).append(',')
                    .append(s.account()).append(',').append(m.fullName().replace(",", "")).append(',')
                    .append(m.jobTitle() == null ? "" : m.jobTitle().replace(",", "")).append(',')
                    .append(m.department() == null ? "" : m.department()).append(',').append(patient).append(',')
                    .append(encounter == null ? "" : encounter).append(',').append(action).append(',').append(code).append(",WS-")
                    .append(10 + Math.abs(s.account().hashCode()) % 40).append('\n');
        }

        List<PatientRecord> patients() {
            return patients;
        }

        List<CareLink> links() {
            return links;
        }

        String csv() {
            return csv.toString();
        }
    }
}
