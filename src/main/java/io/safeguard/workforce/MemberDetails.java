package io.safeguard.workforce;

import io.safeguard.shared.BusinessRuleViolation;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The editable fields of a roster entry, checked whatever the channel. */
public record MemberDetails(
        String employeeId,
        String fullName,
        @Nullable String email,
        @Nullable String jobTitle,
        @Nullable String department,
        @Nullable String managerEmployeeId,
        LocalDate hireDate,
        @Nullable LocalDate terminationDate,
        boolean phiAccess) {

    public MemberDetails {
        employeeId = employeeId == null ? "" : employeeId.strip();
        fullName = fullName == null ? "" : fullName.strip();
        if (employeeId.isEmpty() || employeeId.length() > 60) {
            throw new BusinessRuleViolation("workforce.employee-id", "Give an employee ID of at most 60 characters.");
        }
        if (fullName.isEmpty() || fullName.length() > 160) {
            throw new BusinessRuleViolation("workforce.name", "Give the person's name (at most 160 characters).");
        }
        if (hireDate == null) {
            throw new BusinessRuleViolation("workforce.hire-date", "Give the hire date.");
        }
        if (terminationDate != null && terminationDate.isBefore(hireDate)) {
            throw new BusinessRuleViolation("workforce.termination-date", "The termination date cannot be before the hire date.");
        }
        email = blank(email);
        jobTitle = blank(jobTitle);
        department = blank(department);
        managerEmployeeId = blank(managerEmployeeId);
        if (email != null && (email.length() > 254 || !email.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"))) {
            throw new BusinessRuleViolation("workforce.email", "The e-mail address is not valid.");
        }
        if ((jobTitle != null && jobTitle.length() > 160) || (department != null && department.length() > 160)
                || (managerEmployeeId != null && managerEmployeeId.length() > 60)) {
            throw new BusinessRuleViolation("workforce.too-long", "Job title and department may have at most 160 characters.");
        }
    }

    private static @Nullable String blank(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
