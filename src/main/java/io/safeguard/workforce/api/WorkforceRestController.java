package io.safeguard.workforce.api;

import io.safeguard.shared.NotFound;
import io.safeguard.shared.TenantScope;
import io.safeguard.workforce.AccessGrant;
import io.safeguard.workforce.Course;
import io.safeguard.workforce.RevocationLag;
import io.safeguard.workforce.TrainingReport;
import io.safeguard.workforce.Workforce;
import io.safeguard.workforce.WorkforceMember;
import io.safeguard.workforce.web.MemberForm;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** REST API of the workforce: roster by employee ID, courses, completions, access grants, terminations. */
@RestController
@RequestMapping("/api/v1/tenants/{tenantId}/workforce")
class WorkforceRestController {
    private final Workforce workforce;

    WorkforceRestController(Workforce workforce) {
        this.workforce = workforce;
    }

    @GetMapping("/members")
    List<WorkforceMember> members(TenantScope scope) {
        return workforce.roster(scope);
    }

    @GetMapping("/members/{employeeId}")
    WorkforceMember member(TenantScope scope, @PathVariable String employeeId) {
        return byEmployeeId(scope, employeeId);
    }

    @PostMapping("/members")
    @ResponseStatus(HttpStatus.CREATED)
    WorkforceMember add(TenantScope scope, @Valid @RequestBody MemberForm body) {
        return workforce.add(scope, body.toDetails());
    }

    @PutMapping("/members/{employeeId}")
    WorkforceMember update(TenantScope scope, @PathVariable String employeeId, @Valid @RequestBody MemberForm body) {
        return workforce.update(scope, byEmployeeId(scope, employeeId).id(), body.toDetails());
    }

    @GetMapping("/courses")
    List<Course> courses(TenantScope scope) {
        return workforce.courses(scope);
    }

    @GetMapping("/training")
    TrainingReport training(TenantScope scope) {
        scope.require(io.safeguard.shared.Permission.VIEW);
        return workforce.trainingReport(scope.tenantId(), workforce.today(scope.tenantId()));
    }

    @PostMapping("/completions")
    @ResponseStatus(HttpStatus.CREATED)
    void complete(TenantScope scope, @Valid @RequestBody CompletionRequest body) {
        var course = workforce.courses(scope).stream().filter(c -> c.code().equalsIgnoreCase(body.course())).findFirst()
                .orElseThrow(() -> new NotFound("course", body.course()));
        workforce.recordCompletion(scope, byEmployeeId(scope, body.employeeId()).id(), course.id(), body.completedOn());
    }

    @GetMapping("/grants")
    List<AccessGrant> grants(TenantScope scope) {
        return workforce.grants(scope);
    }

    @GetMapping("/terminations")
    List<RevocationLag> terminations(TenantScope scope) {
        scope.require(io.safeguard.shared.Permission.VIEW);
        return workforce.terminations(scope.tenantId(), workforce.today(scope.tenantId()));
    }

    private WorkforceMember byEmployeeId(TenantScope scope, String employeeId) {
        return workforce.roster(scope).stream().filter(m -> m.employeeId().equals(employeeId)).findFirst()
                .orElseThrow(() -> new NotFound("workforce member", employeeId));
    }

    record CompletionRequest(@NotBlank @Size(max = 60) String employeeId, @NotBlank @Size(max = 60) String course,
            @NotNull LocalDate completedOn) {}

}
