package io.safeguard.accesslog.detection;

import io.safeguard.accesslog.CareLink;
import io.safeguard.accesslog.PatientRecord;
import io.safeguard.accesslog.StaffMember;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the detections know besides the events: the roster, the patients and the care links, read once and kept in
 * compact indexes. Patients are not kept as records (a million of them would cost some 400 MB): each gets a number,
 * a VIP bit, an employee bit, and, for the few who live at an employee's home address, a home and family-name key.
 * Full records are kept only for patients who are employees. Care links sit in an {@link ExplanationIndex}.
 */
public final class ReferenceData {
    private static final int NOT_FOUND = -1;

    final IdDictionary users;
    final IdDictionary departments;
    final IdDictionary patients;
    private final StaffMember[] roster;
    private final int[] rosterDepartment;
    private final int[] selfPatient;
    private final long[] userHome;
    private final long[] userSurname;
    private final long[] userRosterSurname;
    private final BitSet vip;
    private final BitSet employeePatients;
    private final Map<Integer, String> employeeIdOfPatient;
    private final Map<String, PatientRecord> patientOfEmployee;
    private final Map<String, StaffMember> staffByEmployeeId;
    private final int[] householdPatients;
    private final long[] householdHome;
    private final long[] householdSurname;
    private final ExplanationIndex links;
    private final int patientRecords;
    private final int careLinks;

    private ReferenceData(Builder b, ExplanationIndex links) {
        this.users = b.users;
        this.departments = b.departments;
        this.patients = b.patients;
        this.roster = b.roster;
        this.rosterDepartment = b.rosterDepartment;
        this.selfPatient = b.selfPatient;
        this.userHome = b.userHome;
        this.userSurname = b.userSurname;
        this.userRosterSurname = b.userRosterSurname;
        this.vip = b.vip;
        this.employeePatients = b.employeePatients;
        this.employeeIdOfPatient = b.employeeIdOfPatient;
        this.patientOfEmployee = b.patientOfEmployee;
        this.staffByEmployeeId = b.staffByEmployeeId;
        this.householdPatients = b.householdPatients;
        this.householdHome = b.householdHome;
        this.householdSurname = b.householdSurname;
        this.patientRecords = b.patientRecords;
        this.careLinks = b.careLinks;
        this.links = links;
    }

    /** Reads each source once, in order; the iterables may stream (nothing holds on to the patient or link records). */
    public static ReferenceData of(Iterable<StaffMember> staff, Iterable<PatientRecord> patients, Iterable<CareLink> links) {
        var builder = new Builder();
        staff.forEach(builder::staff);
        builder.endOfRoster();
        patients.forEach(builder::patient);
        builder.endOfPatients();
        links.forEach(builder::link);
        return new ReferenceData(builder, builder.linkIndex.build(builder.patients.size()));
    }

    public int staffCount() {
        return roster.length;
    }

    public int patientCount() {
        return patientRecords;
    }

    /** Care links read (a link that names both a user and a department is two rows of the index). */
    public int linkCount() {
        return careLinks;
    }

    public Optional<StaffMember> staff(String userId) {
        return Optional.ofNullable(staffOf(users.find(userId)));
    }

    public Optional<StaffMember> staffByEmployeeId(String employeeId) {
        return Optional.ofNullable(staffByEmployeeId.get(employeeId));
    }

    /** The patient record of an employee (for self, coworker and family matching). */
    public Optional<PatientRecord> patientOfEmployee(String employeeId) {
        return Optional.ofNullable(patientOfEmployee.get(employeeId));
    }

    public boolean knowsPatient(String patientId) {
        int p = patients.find(patientId);
        return p >= 0 && p < patientRecords;
    }

    public boolean isVip(String patientId) {
        return isVip(patients.find(patientId));
    }

    /** The employee id on the patient's record, when the patient is an employee. */
    public Optional<String> employeeIdOfPatient(String patientId) {
        return Optional.ofNullable(employeeIdOf(patients.find(patientId)));
    }

    /**
     * Whether an encounter, appointment or care-team link between the patient and the user, or the department, covers
     * the day widened by the window: a link from F to T explains accesses from F - leadDays to T + trailDays.
     */
    public boolean explains(String patientId, String userId, @Nullable String department, LocalDate day, int leadDays,
            int trailDays) {
        int dept = department == null ? NOT_FOUND : departments.find(department);
        return links.explains(patients.find(patientId), ExplanationIndex.userActor(users.find(userId)),
                ExplanationIndex.departmentActor(dept), day.toEpochDay(), leadDays, trailDays);
    }

    /** Heap held by the indexes (arrays only; the id strings come on top, about 50 bytes each). */
    public long indexBytes() {
        return users.bytes() + departments.bytes() + patients.bytes() + links.bytes() + vip.size() / 8
                + employeePatients.size() / 8 + 16L * householdPatients.length + 36L * roster.length;
    }

    // Package-private lookups by number, for the detector.

    @Nullable StaffMember staffOf(int user) {
        return user >= 0 && user < roster.length ? roster[user] : null;
    }

    int rosterDepartment(int user) {
        return user >= 0 && user < roster.length ? rosterDepartment[user] : NOT_FOUND;
    }

    int selfPatient(int user) {
        return user >= 0 && user < roster.length ? selfPatient[user] : NOT_FOUND;
    }

    boolean isVip(int patient) {
        return patient >= 0 && vip.get(patient);
    }

    @Nullable String employeeIdOf(int patient) {
        return patient >= 0 && employeePatients.get(patient) ? employeeIdOfPatient.get(patient) : null;
    }

    /** 0 when the patient does not live with the user, 1 same home and family name, 2 same home, other family name. */
    int household(int user, int patient) {
        if (user < 0 || user >= roster.length || userHome[user] == 0 || patient < 0) {
            return 0;
        }
        int at = Arrays.binarySearch(householdPatients, patient);
        if (at < 0 || householdHome[at] != userHome[user]) {
            return 0;
        }
        long surname = householdSurname[at];
        return surname != 0 && (surname == userSurname[user] || surname == userRosterSurname[user]) ? 1 : 2;
    }

    boolean explains(int patient, int userActor, int departmentActor, long day, int leadDays, int trailDays) {
        return links.explains(patient, userActor, departmentActor, day, leadDays, trailDays);
    }

    private static final class Builder {
        final IdDictionary users = new IdDictionary(8192);
        final IdDictionary departments = new IdDictionary(256);
        final IdDictionary patients = new IdDictionary(1 << 16);
        final Map<String, StaffMember> staffByUser = new HashMap<>();
        final Map<String, StaffMember> staffByEmployeeId = new HashMap<>();
        final Map<Integer, String> employeeIdOfPatient = new HashMap<>();
        final Map<String, PatientRecord> patientOfEmployee = new HashMap<>();
        final BitSet vip = new BitSet();
        final BitSet employeePatients = new BitSet();
        final ExplanationIndex.Builder linkIndex = new ExplanationIndex.Builder();
        long[] homes = new long[1 << 16];
        long[] surnames = new long[1 << 16];
        StaffMember[] roster = new StaffMember[0];
        int[] rosterDepartment = new int[0];
        int[] selfPatient = new int[0];
        long[] userHome = new long[0];
        long[] userSurname = new long[0];
        long[] userRosterSurname = new long[0];
        int[] householdPatients = new int[0];
        long[] householdHome = new long[0];
        long[] householdSurname = new long[0];
        int patientRecords;
        int careLinks;

        void staff(StaffMember member) {
            staffByUser.put(member.userId(), member);
            staffByEmployeeId.put(member.employeeId(), member);
        }

        void endOfRoster() {
            roster = new StaffMember[staffByUser.size()];
            rosterDepartment = new int[roster.length];
            for (StaffMember member : staffByUser.values()) {
                int user = users.add(member.userId());
                roster[user] = member;
                rosterDepartment[user] = member.department() == null ? NOT_FOUND : departments.add(member.department());
            }
        }

        void patient(PatientRecord record) {
            int p = patients.add(record.patientId());
            if (p >= homes.length) {
                homes = Arrays.copyOf(homes, homes.length * 2);
                surnames = Arrays.copyOf(surnames, surnames.length * 2);
            }
            homes[p] = Households.homeKey(record);
            surnames[p] = Households.surnameKey(record.familyName());
            if (record.vip()) {
                vip.set(p);
            }
            if (record.employeeId() != null) {
                employeePatients.set(p);
                employeeIdOfPatient.put(p, record.employeeId());
                patientOfEmployee.put(record.employeeId(), record);
            }
        }

        void endOfPatients() {
            patientRecords = patients.size();
            selfPatient = new int[roster.length];
            userHome = new long[roster.length];
            userSurname = new long[roster.length];
            userRosterSurname = new long[roster.length];
            var employeeHomes = new java.util.HashSet<Long>();
            for (int user = 0; user < roster.length; user++) {
                PatientRecord own = patientOfEmployee.get(roster[user].employeeId());
                selfPatient[user] = own == null ? NOT_FOUND : patients.find(own.patientId());
                userRosterSurname[user] = Households.surnameKey(roster[user].familyName());
                if (own != null) {
                    userHome[user] = homes[selfPatient[user]];
                    userSurname[user] = surnames[selfPatient[user]];
                    if (userHome[user] != 0) {
                        employeeHomes.add(userHome[user]);
                    }
                }
            }
            var members = new IntList(employeeHomes.size() * 3);
            for (int p = 0; p < patientRecords; p++) {
                if (homes[p] != 0 && employeeHomes.contains(homes[p])) {
                    members.add(p);
                }
            }
            householdPatients = members.toArray();
            householdHome = new long[householdPatients.length];
            householdSurname = new long[householdPatients.length];
            for (int i = 0; i < householdPatients.length; i++) {
                householdHome[i] = homes[householdPatients[i]];
                householdSurname[i] = surnames[householdPatients[i]];
            }
            homes = new long[0];
            surnames = new long[0];
        }

        void link(CareLink link) {
            careLinks++;
            int p = patients.add(link.patientId());
            int from = (int) link.from().toEpochDay();
            int to = (int) (link.to() == null ? link.from() : link.to()).toEpochDay();
            if (link.userId() != null) {
                linkIndex.add(p, ExplanationIndex.userActor(users.add(link.userId())), from, to);
            }
            if (link.department() != null) {
                linkIndex.add(p, ExplanationIndex.departmentActor(departments.add(link.department())), from, to);
            }
        }
    }
}
