package io.safeguard.workforce;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A person on the organization's roster. Whether they are active is a question of dates, asked for a day. */
public record WorkforceMember(
        UUID id,
        String employeeId,
        String fullName,
        @Nullable String email,
        @Nullable String jobTitle,
        @Nullable String department,
        @Nullable String managerEmployeeId,
        LocalDate hireDate,
        @Nullable LocalDate terminationDate,
        boolean phiAccess) {

    /** Terminated from the termination date on (the last working day is the day before). */
    public boolean activeOn(LocalDate date) {
        return !date.isBefore(hireDate) && (terminationDate == null || date.isBefore(terminationDate));
    }

    public boolean terminatedBy(LocalDate date) {
        return terminationDate != null && !date.isBefore(terminationDate);
    }

    @Override
    public String toString() {
        return "WorkforceMember[employeeId=" + employeeId + "]";
    }
}
