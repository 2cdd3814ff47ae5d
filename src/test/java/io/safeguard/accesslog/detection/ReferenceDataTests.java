package io.safeguard.accesslog.detection;

import static org.assertj.core.api.Assertions.assertThat;

import io.safeguard.accesslog.CareLink;
import io.safeguard.accesslog.CareLink.Kind;
import io.safeguard.accesslog.PatientRecord;
import io.safeguard.accesslog.StaffMember;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The indexes the rules read: roster, employee patients, VIPs, households and the care links with their window. */
class ReferenceDataTests {
    static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    final List<StaffMember> staff = List.of(
            new StaffMember("j.smith", "E-1", "Jane Smith", "Nursing", "Registered Nurse", DAY.minusYears(3), null),
            new StaffMember("r.roe", "E-2", "Rita Roe", "Radiology", "Technologist", DAY.minusYears(1), DAY));
    final List<PatientRecord> patients = List.of(
            new PatientRecord("100", "Jane", "Smith", null, "12 Oak Street", "Springfield", "01101", false, "E-1", null),
            new PatientRecord("200", "Star", "Famous", null, "1 Hill Rd", "Springfield", "01101", true, null, null),
            new PatientRecord("300", "Tom", "Smith", null, "12 OAK ST.", "Springfield", "01101", false, null, null));

    @Test
    void looksUpStaffEmployeePatientsAndVips() {
        var reference = ReferenceData.of(staff, patients, List.of());

        assertThat(reference.staff("r.roe")).get().extracting(StaffMember::terminationDate).isEqualTo(DAY);
        assertThat(reference.staff("nobody")).isEmpty();
        assertThat(reference.patientOfEmployee("E-1")).get().extracting(PatientRecord::patientId).isEqualTo("100");
        assertThat(reference.employeeIdOfPatient("100")).contains("E-1");
        assertThat(reference.employeeIdOfPatient("300")).isEmpty();
        assertThat(reference.isVip("200")).isTrue();
        assertThat(reference.isVip("300")).isFalse();
        assertThat(reference.knowsPatient("999")).isFalse();
        assertThat(reference.household(reference.users.find("j.smith"), reference.patients.find("300"))).isEqualTo(1);
        assertThat(reference.household(reference.users.find("r.roe"), reference.patients.find("300"))).isZero();
    }

    @Test
    void aLinkExplainsItsUserOrDepartmentWithinTheWindowOnly() {
        var links = List.of(new CareLink(Kind.ENCOUNTER, "300", null, "Nursing", DAY, DAY.plusDays(2)),
                new CareLink(Kind.APPOINTMENT, "200", "r.roe", null, DAY, null),
                new CareLink(Kind.CARE_TEAM, "unknown-patient", "locum", null, DAY, DAY));
        var reference = ReferenceData.of(staff, patients, links);

        assertThat(reference.explains("300", "j.smith", "Nursing", DAY.minusDays(7), 7, 30)).isTrue();
        assertThat(reference.explains("300", "j.smith", "Nursing", DAY.minusDays(8), 7, 30)).isFalse();
        assertThat(reference.explains("300", "j.smith", "Nursing", DAY.plusDays(32), 7, 30)).isTrue();
        assertThat(reference.explains("300", "j.smith", "Nursing", DAY.plusDays(33), 7, 30)).isFalse();
        assertThat(reference.explains("300", "someone", "Radiology", DAY, 7, 30)).isFalse();
        assertThat(reference.explains("200", "r.roe", null, DAY.plusDays(30), 7, 30)).isTrue();
        assertThat(reference.explains("200", "j.smith", "Nursing", DAY, 7, 30)).isFalse();
        // Links may name users and patients the other feeds do not know.
        assertThat(reference.explains("unknown-patient", "locum", null, DAY, 0, 0)).isTrue();
        assertThat(reference.linkCount()).isEqualTo(3);
        assertThat(reference.patientCount()).isEqualTo(3);
    }

    @Test
    void staysSmallForManyPatientsAndLinks() {
        int count = 200_000;
        List<PatientRecord> many = new ArrayList<>();
        List<CareLink> links = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = Integer.toString(10_000_000 + i);
            many.add(new PatientRecord(id, "P", "Q" + i % 500, null, i + " Main St", "Springfield", "01101", i % 1000 == 0,
                    null, null));
            for (int k = 0; k < 3; k++) {
                links.add(new CareLink(Kind.ENCOUNTER, id, k == 0 ? "j.smith" : null, k == 0 ? null : "Nursing",
                        DAY.minusDays(k * 10L), DAY.minusDays(k * 10L)));
            }
        }

        var reference = ReferenceData.of(staff, many, links);

        // Arrays only: 12 bytes a link and about 20 a patient (the id strings come on top), far below the records.
        assertThat(reference.indexBytes()).isLessThan(24L * count + 13L * links.size());
        assertThat(reference.isVip("10001000")).isTrue();
        assertThat(reference.explains("10000500", "x", "Nursing", DAY.minusDays(20), 0, 0)).isTrue();
    }

    @Test
    void addressesCompareWithoutCaseSpacingPunctuationOrSuffixSpelling() {
        assertThat(Households.normalizedAddressLine("12 Oak Street, Apartment 4B")).isEqualTo("12 OAK ST APT 4B");
        assertThat(Households.normalizedAddressLine("  12 oak st.   #4b ")).isEqualTo("12 OAK ST APT 4B");
        assertThat(Households.normalizedAddressLine("12 Oak St Unit 4B")).isEqualTo("12 OAK ST APT 4B");
        assertThat(Households.normalizedAddressLine("7 North Côte Avenue")).isEqualTo("7 N COTE AVE");
        assertThat(Households.homeKey("12 Oak Street", "01101-2201", null)).isEqualTo(Households.homeKey("12 OAK ST", "01101", "x"));
        assertThat(Households.homeKey("12 Oak Street", null, "Springfield"))
                .isEqualTo(Households.homeKey("12 oak st", "", "SPRINGFIELD"));
        assertThat(Households.homeKey("12 Oak Street", "01101", null)).isNotEqualTo(Households.homeKey("12 Oak Street", "01102", null));
        assertThat(Households.homeKey(null, "01101", null)).isZero();
        assertThat(Households.surnameKey("O'Brien")).isEqualTo(Households.surnameKey("OBRIEN"));
        assertThat(Households.surnameKey("Müller")).isEqualTo(Households.surnameKey("muller"));
    }
}
