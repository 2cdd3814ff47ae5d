package io.safeguard.accesslog;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A patient as the detections need it (reference feed): the id used in the access log, name and home address (family
 * and neighbour matching), the VIP flag, the workforce employee id when the patient is also an employee (self and
 * coworker access), and the date of death if known.
 */
public record PatientRecord(String patientId, String givenName, String familyName, @Nullable LocalDate birthDate,
        @Nullable String addressLine, @Nullable String city, @Nullable String postalCode, boolean vip, @Nullable String employeeId,
        @Nullable LocalDate deceasedOn) {}
