package io.safeguard.accesslog.detection;

import static io.safeguard.accesslog.detection.AccessLogFixture.MONDAY;
import static io.safeguard.accesslog.detection.AccessLogFixture.ZONE;
import static org.assertj.core.api.Assertions.assertThat;

import io.safeguard.accesslog.AccessOutcome;
import io.safeguard.accesslog.CareLink.Kind;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each rule on hand-made cases: it fires, the explanation filter suppresses it where it applies, and the edges. */
class DetectorTests {
    final AccessLogFixture org = new AccessLogFixture();

    @Nested
    class SelfAccess {
        @Test
        void firesWhenAUserOpensTheirOwnRecord() {
            org.nurse("j.smith", "E-1001", "Jane Smith");
            org.patient("12345", "Jane", "Smith", "12 Oak St", "01101", false, "E-1001");
            org.access("j.smith", "12345", MONDAY.atTime(10, 0));
            org.access("j.smith", "12345", MONDAY.atTime(10, 5));

            var run = org.run();

            assertThat(run.alerts()).singleElement().satisfies(alert -> {
                assertThat(alert.key()).isEqualTo(new ExpectedAlert(Rule.SELF_ACCESS, "j.smith", "12345", MONDAY));
                assertThat(alert.eventCount()).isEqualTo(2);
                assertThat(alert.sampleSeqs()).containsExactly(0L, 1L);
                assertThat(alert.why()).contains("j.smith (Nursing) opened the record of patient 12345", "their own",
                        "E-1001");
            });
        }

        @Test
        void isNotSuppressedByACareLink() {
            org.nurse("j.smith", "E-1001", "Jane Smith");
            org.patient("12345", "Jane", "Smith", "12 Oak St", "01101", false, "E-1001");
            org.link(Kind.ENCOUNTER, "12345", null, "Nursing", MONDAY, MONDAY);
            org.access("j.smith", "12345", MONDAY.atTime(10, 0));

            var run = org.run();

            assertThat(run.alerts(Rule.SELF_ACCESS)).singleElement()
                    .satisfies(alert -> assertThat(alert.explanation()).startsWith("Not filtered").contains("covers that day"));
            assertThat(run.counts().get(Rule.SELF_ACCESS)).isEqualTo(new RuleCount(Rule.SELF_ACCESS, 1, 0, 1, 1));
            assertThat(run.alerts()).extracting(Alert::rule).doesNotContain(Rule.COWORKER, Rule.FAMILY);
        }
    }

    @Nested
    class TerminatedUser {
        @Test
        void theTerminationDateIsTheLastDayAndTheNextDayAlertsInTheOrganizationsZone() {
            org.staff("k.lee", "E-2002", "Kim Lee", "Nursing", "Registered Nurse", MONDAY);
            org.patient("p1");
            // 23:30 on the termination date in New York is already the next day in UTC.
            org.access("k.lee", "p1", MONDAY.atTime(23, 30));
            org.access("k.lee", "p1", MONDAY.plusDays(1).atTime(9, 30));

            var run = org.run();

            assertThat(run.alerts(Rule.TERMINATED_USER)).extracting(Alert::key)
                    .containsExactly(new ExpectedAlert(Rule.TERMINATED_USER, "k.lee", "p1", MONDAY.plusDays(1)));
            assertThat(run.alerts(Rule.TERMINATED_USER).getFirst().why())
                    .contains("1 day after their employment ended on 2026-03-02");
        }

        @Test
        void aNightShiftThatBeganOnTheTerminationDateMayRunIntoTheNextMorningWithoutABreak() {
            org.staff("k.lee", "E-2002", "Kim Lee", "Nursing", "Registered Nurse", MONDAY);
            org.patient("p1");
            org.patient("p2");
            LocalDateTime shift = MONDAY.atTime(19, 0);
            for (int i = 0; i <= 24; i++) {
                org.access("k.lee", "p1", shift.plusMinutes(30L * i));
            }
            // Back after a break of more than four hours: no longer the last shift.
            org.access("k.lee", "p2", MONDAY.plusDays(1).atTime(11, 30));

            var run = org.run();

            assertThat(run.alerts(Rule.TERMINATED_USER)).extracting(Alert::patientId).containsExactly("p2");
        }

        @Test
        void theLastShiftEndsAtNoonOfTheNextDay() {
            org.staff("k.lee", "E-2002", "Kim Lee", "Nursing", "Registered Nurse", MONDAY);
            org.patient("p1");
            LocalDateTime start = MONDAY.atTime(8, 0);
            for (int i = 0; i <= 32; i++) {
                org.access("k.lee", "p1", start.plusHours(i));
            }

            var run = org.run();

            assertThat(run.alerts(Rule.TERMINATED_USER)).singleElement().satisfies(a -> {
                assertThat(a.firstAt()).isEqualTo(MONDAY.plusDays(1).atTime(12, 0).atZone(ZONE).toInstant());
                assertThat(a.eventCount()).isEqualTo(5);
            });
        }

        @Test
        void isNotSuppressedByACareLinkAndCountsRefusedAccessesAndEventsWithoutAPatient() {
            org.staff("k.lee", "E-2002", "Kim Lee", "Nursing", "Registered Nurse", MONDAY);
            org.patient("p1");
            org.patient("p2");
            org.link(Kind.CARE_TEAM, "p1", "k.lee", null, MONDAY.minusDays(10), MONDAY.plusDays(10));
            LocalDate later = MONDAY.plusDays(3);
            org.access("k.lee", "p1", later.atTime(9, 0));
            org.access("k.lee", "p2", later.atTime(9, 5).atZone(ZONE).toInstant(), AccessOutcome.MINOR_FAILURE);
            org.access("k.lee", null, later.atTime(9, 10));

            var run = org.run();

            assertThat(run.alerts(Rule.TERMINATED_USER)).extracting(Alert::patientId).containsExactly(null, "p1", "p2");
            assertThat(run.counts().get(Rule.TERMINATED_USER).alertsWithLink()).isEqualTo(1);
        }

        @Test
        void anAccountTheRosterDoesNotKnowStillMeetsThePatientSideRules() {
            org.patient("v1", "Famous", "Person", "1 Hill Rd", "01101", true, null);
            org.access("contractor7", "v1", MONDAY.atTime(11, 0));

            var run = org.run();

            assertThat(run.alerts()).singleElement().satisfies(alert -> {
                assertThat(alert.key()).isEqualTo(new ExpectedAlert(Rule.VIP, "contractor7", "v1", MONDAY));
                assertThat(alert.why()).startsWith("contractor7 (IT) opened the record of patient v1");
            });
            assertThat(run.unknownUsers()).extracting(UnknownUser::userId).containsExactly("contractor7");
        }

        @Test
        void userIdsTheRosterDoesNotKnowAreListedNotAlerted() {
            org.patient("p1");
            org.access("hl7-interface", "p1", MONDAY.atTime(3, 0));
            org.access("hl7-interface", "p1", MONDAY.atTime(3, 1));

            var run = org.run();

            assertThat(run.alerts(Rule.TERMINATED_USER)).isEmpty();
            assertThat(run.unknownUsers()).singleElement().satisfies(u -> {
                assertThat(u.userId()).isEqualTo("hl7-interface");
                assertThat(u.events()).isEqualTo(2);
            });
        }
    }

    @Nested
    class Vip {
        @Test
        void firesWithoutALinkAndIsExplainedAwayByAnEncounter() {
            org.nurse("j.smith", "E-1001", "Jane Smith");
            org.patient("v1", "Famous", "Person", "1 Hill Rd", "01101", true, null);
            org.patient("v2", "Other", "Star", "2 Hill Rd", "01101", true, null);
            org.link(Kind.ENCOUNTER, "v2", null, "Nursing", MONDAY, MONDAY.plusDays(2));
            org.access("j.smith", "v1", MONDAY.atTime(11, 0));
            org.access("j.smith", "v2", MONDAY.atTime(11, 5));

            var run = org.run();

            assertThat(run.alerts()).extracting(Alert::key)
                    .containsExactly(new ExpectedAlert(Rule.VIP, "j.smith", "v1", MONDAY));
            assertThat(run.alerts().getFirst().explanation()).isEqualTo("No encounter, appointment or care-team link between"
                    + " j.smith or Nursing and patient v1 overlapping 2026-01-31 to 2026-03-09 (a link explains accesses"
                    + " from 7 days before it starts to 30 days after it ends).");
            assertThat(run.counts().get(Rule.VIP)).isEqualTo(new RuleCount(Rule.VIP, 2, 1, 1, 0));
        }

        @Test
        void aLinkExplainsFromSevenDaysBeforeItStartsToThirtyDaysAfterItEnds() {
            org.nurse("j.smith", "E-1001", "Jane Smith");
            LocalDate day = MONDAY.plusDays(40);
            for (String id : new String[] {"starts7", "starts8", "ended30", "ended31"}) {
                org.patient(id, "V", "Ip", id + " Main St", "01101", true, null);
                org.access("j.smith", id, day.atTime(12, 0));
            }
            org.link(Kind.APPOINTMENT, "starts7", "j.smith", null, day.plusDays(7), null);
            org.link(Kind.APPOINTMENT, "starts8", "j.smith", null, day.plusDays(8), null);
            org.link(Kind.ENCOUNTER, "ended30", null, "Nursing", day.minusDays(35), day.minusDays(30));
            org.link(Kind.ENCOUNTER, "ended31", null, "Nursing", day.minusDays(35), day.minusDays(31));

            var run = org.run();

            assertThat(run.alerts(Rule.VIP)).extracting(Alert::patientId).containsExactlyInAnyOrder("starts8", "ended31");
        }
    }

    @Nested
    class Coworker {
        @Test
        void firesForAnotherEmployeesRecordAndNamesThem() {
            org.nurse("j.smith", "E-1001", "Jane Smith");
            org.staff("r.roe", "E-1002", "Rita Roe", "Radiology", "Technologist", null);
            org.patient("55", "Rita", "Roe", "9 Pine St", "01102", false, "E-1002");
            org.access("j.smith", "55", MONDAY.atTime(14, 0));

            var run = org.run();

            assertThat(run.alerts()).singleElement().satisfies(alert -> {
                assertThat(alert.rule()).isEqualTo(Rule.COWORKER);
                assertThat(alert.why()).isEqualTo("j.smith (Nursing) opened the record of patient 55 on 2026-03-02"
                        + " (1 access, 14:00-14:00), who is the employee E-1002 Rita Roe (Radiology) (coworker).");
            });
        }

        @Test
        void isSuppressedByACareTeamLinkOfTheUsersDepartment() {
            org.nurse("j.smith", "E-1001", "Jane Smith");
            org.staff("r.roe", "E-1002", "Rita Roe", "Radiology", "Technologist", null);
            org.patient("55", "Rita", "Roe", "9 Pine St", "01102", false, "E-1002");
            org.link(Kind.CARE_TEAM, "55", null, "Nursing", MONDAY.minusDays(1), MONDAY.plusDays(1));
            org.access("j.smith", "55", MONDAY.atTime(14, 0));

            var run = org.run();

            assertThat(run.alerts()).isEmpty();
            assertThat(run.counts().get(Rule.COWORKER)).isEqualTo(new RuleCount(Rule.COWORKER, 1, 1, 0, 0));
        }
    }

    @Nested
    class Family {
        @Test
        void sameFamilyNameAndAddressMatchWhateverTheSpellingOfTheAddress() {
            org.nurse("j.smith", "E-1001", "Jane Smith");
            org.patient("self", "Jane", "Smith", "12 Oak Street, Apartment 4B", "01101-2201", false, "E-1001");
            org.patient("kid", "Tom", "SMITH", "12  oak st.  #4b", "01101", false, null);
            org.patient("neighbour", "Ann", "Smith", "12 Oak St Apt 4C", "01101", false, null);
            org.access("j.smith", "kid", MONDAY.atTime(9, 0));
            org.access("j.smith", "neighbour", MONDAY.atTime(9, 1));

            var run = org.run();

            assertThat(run.alerts()).extracting(Alert::key)
                    .containsExactly(new ExpectedAlert(Rule.FAMILY, "j.smith", "kid", MONDAY));
            assertThat(run.alerts().getFirst().why()).contains("same family name and home address as j.smith (family)");
        }

        @Test
        void anotherFamilyNameAtTheSameAddressIsAHouseholdMemberUnlessSwitchedOff() {
            org.nurse("j.smith", "E-1001", "Jane Smith");
            org.patient("self", "Jane", "Smith", "12 Oak St", "01101", false, "E-1001");
            org.patient("partner", "Alex", "Okafor", "12 OAK ST", null, false, null);
            org.patient("cousin", "Joe", "Smith", "40 Far Away Rd", "01109", false, null);
            org.access("j.smith", "partner", MONDAY.atTime(9, 0));
            org.access("j.smith", "cousin", MONDAY.atTime(9, 1));

            // Without a postal code the key falls back to the city, so it cannot match a record that has one.
            assertThat(org.run().alerts()).isEmpty();

            org.patients.removeIf(p -> p.patientId().equals("partner"));
            org.patient("partner", "Alex", "Okafor", "12 OAK ST", "01101", false, null);
            var run = org.run();
            assertThat(run.alerts()).extracting(Alert::key)
                    .containsExactly(new ExpectedAlert(Rule.FAMILY, "j.smith", "partner", MONDAY));
            assertThat(run.alerts().getFirst().why()).contains("under another family name (household member or housemate)");
            assertThat(org.run(DetectionSettings.defaults(ZONE).withHouseholdIsFamily(false)).alerts()).isEmpty();
        }

        @Test
        void isSuppressedByALinkToTheUser() {
            org.nurse("j.smith", "E-1001", "Jane Smith");
            org.patient("self", "Jane", "Smith", "12 Oak St", "01101", false, "E-1001");
            org.patient("kid", "Tom", "Smith", "12 Oak St", "01101", false, null);
            org.link(Kind.APPOINTMENT, "kid", "j.smith", null, MONDAY, null);
            org.access("j.smith", "kid", MONDAY.atTime(9, 0));

            var run = org.run();

            assertThat(run.alerts()).isEmpty();
            assertThat(run.counts().get(Rule.FAMILY).explainedAway()).isEqualTo(1);
        }
    }

    @Nested
    class Volume {
        void peers() {
            for (int n = 0; n < 4; n++) {
                org.nurse("peer" + n, "E-30" + n, "Peer Nurse" + n);
                org.ordinaryDays("peer" + n, "Nursing", MONDAY, 10, 8, 17, 6);
            }
            org.nurse("j.smith", "E-1001", "Jane Smith");
            org.ordinaryDays("j.smith", "Nursing", MONDAY, 10, 8, 17, 6);
        }

        @Test
        void firesWhenUnexplainedPatientsAreFarAboveTheUsersOwnAndThePeersDays() {
            peers();
            LocalDate day = MONDAY.plusDays(10);
            for (int i = 0; i < 60; i++) {
                org.patient("sweep" + i);
                org.access("j.smith", "sweep" + i, day.atTime(10, 0).plusSeconds(20L * i));
            }

            var run = org.run();

            assertThat(run.alerts()).extracting(Alert::key)
                    .containsExactly(new ExpectedAlert(Rule.VOLUME, "j.smith", null, day));
            Alert alert = run.alerts().getFirst();
            assertThat(alert.eventCount()).isEqualTo(60);
            assertThat(alert.sampleSeqs()).hasSize(5);
            assertThat(alert.why()).contains("opened 60 patient records without a documented reason on 2026-03-12",
                    "more than 3 x their median of 0 over 10 other active days", "Nursing / Registered Nurse over 40 user-days");
        }

        @Test
        void aBusyDayThatIsExplainedIsExplainedAway() {
            peers();
            LocalDate day = MONDAY.plusDays(10);
            for (int i = 0; i < 60; i++) {
                org.patient("busy" + i);
                org.link(Kind.ENCOUNTER, "busy" + i, null, "Nursing", day, day);
                org.access("j.smith", "busy" + i, day.atTime(10, 0).plusSeconds(20L * i));
            }

            var run = org.run();

            assertThat(run.alerts()).isEmpty();
            assertThat(run.counts().get(Rule.VOLUME)).isEqualTo(new RuleCount(Rule.VOLUME, 1, 1, 0, 0));
        }

        @Test
        void staysQuietBelowTheFloor() {
            peers();
            LocalDate day = MONDAY.plusDays(10);
            for (int i = 0; i < 24; i++) {
                org.patient("few" + i);
                org.access("j.smith", "few" + i, day.atTime(10, i));
            }

            assertThat(org.run().alerts()).isEmpty();
        }
    }

    @Nested
    class AfterHours {
        @Test
        void firesForADayWorkerAtNightAndNotForANightWorker() {
            org.nurse("day", "E-1", "Day Worker");
            org.nurse("night", "E-2", "Night Worker");
            org.ordinaryDays("day", "Nursing", MONDAY, 5, 8, 17, 5);
            org.ordinaryDays("night", "Nursing", MONDAY, 5, 0, 6, 5);
            LocalDate day = MONDAY.plusDays(5);
            org.patient("x1");
            org.patient("x2");
            org.access("day", "x1", day.atTime(2, 15));
            org.access("night", "x2", day.atTime(2, 20));

            var run = org.run();

            assertThat(run.alerts()).extracting(Alert::key)
                    .containsExactly(new ExpectedAlert(Rule.AFTER_HOURS, "day", "x1", day));
            assertThat(run.alerts().getFirst().why()).contains("at 02:15, outside business hours (07:00-19:00 America/New_York)",
                    "on 0 of their 5 other working days they were active between 01:00 and 03:59");
        }

        @Test
        void isSuppressedByALink() {
            org.nurse("day", "E-1", "Day Worker");
            org.ordinaryDays("day", "Nursing", MONDAY, 5, 8, 17, 5);
            LocalDate day = MONDAY.plusDays(5);
            org.patient("x1");
            org.link(Kind.ENCOUNTER, "x1", null, "Nursing", day, day);
            org.access("day", "x1", day.atTime(2, 15));

            var run = org.run();

            assertThat(run.alerts()).isEmpty();
            assertThat(run.counts().get(Rule.AFTER_HOURS)).isEqualTo(new RuleCount(Rule.AFTER_HOURS, 1, 1, 0, 0));
        }

        @Test
        void businessHoursStartAt0700AndEndAt1900LocalTimeOnTheDaysTheClocksChange() {
            org.nurse("noon", "E-1", "Noon Worker");
            // Active only around noon, so 06:00-07:59 and 18:00-20:59 are rare hours for this user.
            org.ordinaryDays("noon", "Nursing", LocalDate.of(2026, 2, 20), 6, 12, 13, 3);
            org.ordinaryDays("noon", "Nursing", LocalDate.of(2026, 10, 20), 6, 12, 13, 3);
            LocalDate springForward = LocalDate.of(2026, 3, 8);
            LocalDate fallBack = LocalDate.of(2026, 11, 1);
            assertThat(ZONE.getRules().isDaylightSavings(springForward.atTime(7, 0).atZone(ZONE).toInstant())).isTrue();
            assertThat(ZONE.getRules().isDaylightSavings(fallBack.atTime(19, 0).atZone(ZONE).toInstant())).isFalse();
            for (LocalDate day : new LocalDate[] {springForward, fallBack}) {
                for (LocalTime t : new LocalTime[] {LocalTime.of(6, 59, 59), LocalTime.of(7, 0), LocalTime.of(18, 59, 59),
                        LocalTime.of(19, 0)}) {
                    String patient = day + "T" + t;
                    org.patient(patient);
                    org.access("noon", patient, LocalDateTime.of(day, t));
                }
            }

            var run = org.run();

            assertThat(run.alerts()).extracting(Alert::patientId).containsExactly("2026-03-08T06:59:59", "2026-03-08T19:00",
                    "2026-11-01T06:59:59", "2026-11-01T19:00");
            assertThat(run.alerts()).allSatisfy(a -> assertThat(a.rule()).isEqualTo(Rule.AFTER_HOURS));
        }

        @Test
        void withTooLittleOwnHistoryThePeersDecide() {
            for (int n = 0; n < 8; n++) {
                org.nurse("night" + n, "E-20" + n, "Night Nurse" + n);
                org.ordinaryDays("night" + n, "Nursing", MONDAY, 5, 0, 6, 3);
            }
            org.nurse("new", "E-1", "New Nurse");
            LocalDate day = MONDAY.plusDays(6);
            org.patient("x1");
            org.access("new", "x1", day.atTime(3, 0));

            var run = org.run();

            assertThat(run.alerts()).isEmpty();
            assertThat(run.counts().get(Rule.AFTER_HOURS).hitsBeforeFilter()).isZero();
        }
    }

    @Test
    void oneAccessCanMatchSeveralRulesAndEachIsItsOwnAlert() {
        org.nurse("j.smith", "E-1001", "Jane Smith");
        org.staff("r.roe", "E-1002", "Rita Roe", "Radiology", "Technologist", null);
        org.patient("55", "Rita", "Roe", "9 Pine St", "01102", true, "E-1002");
        org.access("j.smith", "55", MONDAY.atTime(14, 0));

        assertThat(org.run().alerts()).extracting(Alert::rule).containsExactly(Rule.VIP, Rule.COWORKER);
    }

    @Test
    void mostAccessesAreExplainedAndTheShareIsReported() {
        org.nurse("j.smith", "E-1001", "Jane Smith");
        org.ordinaryDays("j.smith", "Nursing", MONDAY, 2, 8, 17, 9);
        org.patient("odd");
        org.access("j.smith", "odd", MONDAY.atTime(12, 0));

        var run = org.run();

        assertThat(run.patientAccesses()).isEqualTo(19);
        assertThat(run.explainedAccesses()).isEqualTo(18);
    }
}
