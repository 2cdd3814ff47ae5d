package io.safeguard.accesslog;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A workforce member as the detections see them: the EHR user id in the access log, the roster's employee id, name,
 * department and job title (peer group), hire date and termination date (access after it is always reviewed).
 */
public record StaffMember(String userId, String employeeId, String fullName, @Nullable String department, @Nullable String jobTitle,
        LocalDate hireDate, @Nullable LocalDate terminationDate) {

    /** The family name: the last word of the full name, for same-surname matching. */
    public String familyName() {
        String[] words = fullName.strip().split("\\s+");
        return words[words.length - 1];
    }
}
