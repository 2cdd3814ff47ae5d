package io.safeguard.workforce.web;

import io.safeguard.workforce.MemberDetails;
import io.safeguard.workforce.WorkforceMember;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A roster entry as the form and the API carry it. */
public record MemberForm(
        @NotBlank(message = "Enter the employee ID.") @Size(max = 60) String employeeId,
        @NotBlank(message = "Enter the name.") @Size(max = 160) String fullName,
        @Email @Size(max = 254) String email,
        @Size(max = 160) String jobTitle,
        @Size(max = 160) String department,
        @Size(max = 60) String managerEmployeeId,
        @NotNull(message = "Enter the hire date.") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate hireDate,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate terminationDate,
        boolean phiAccess) {

    public MemberDetails toDetails() {
        return new MemberDetails(employeeId, fullName, email, jobTitle, department, managerEmployeeId, hireDate,
                terminationDate, phiAccess);
    }

    public static MemberForm of(WorkforceMember m) {
        return new MemberForm(m.employeeId(), m.fullName(), m.email(), m.jobTitle(), m.department(), m.managerEmployeeId(),
                m.hireDate(), m.terminationDate(), m.phiAccess());
    }

    public static MemberForm blank(LocalDate today) {
        return new MemberForm("", "", "", "", "", "", today, null, true);
    }
}
