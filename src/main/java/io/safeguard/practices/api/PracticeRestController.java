package io.safeguard.practices.api;

import io.safeguard.practices.Adoption;
import io.safeguard.practices.AdoptionDetails;
import io.safeguard.practices.Practice;
import io.safeguard.practices.PracticeCoverage;
import io.safeguard.practices.SecurityPractices;
import io.safeguard.shared.NotFound;
import io.safeguard.shared.TenantScope;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** REST API of recognized security practices: frameworks followed, practices with their records, the look-back. */
@RestController
@RequestMapping("/api/v1/tenants/{tenantId}/practices")
class PracticeRestController {
    private final SecurityPractices practices;

    PracticeRestController(SecurityPractices practices) {
        this.practices = practices;
    }

    @GetMapping("/frameworks")
    List<FrameworkJson> frameworks(TenantScope scope) {
        List<String> followed = practices.followed(scope);
        return practices.frameworks().stream().map(f -> new FrameworkJson(f.key(), f.title(), f.version(), f.published(),
                followed.contains(f.key()), practices.applicable(scope.tenantId(), f.key()).size())).toList();
    }

    @PutMapping("/frameworks")
    List<FrameworkJson> follow(TenantScope scope, @Valid @RequestBody FollowRequest body) {
        practices.follow(scope, body.frameworks());
        return frameworks(scope);
    }

    /** The practices of the followed frameworks that apply to the organization, each with its current record. */
    @GetMapping
    List<PracticeJson> list(TenantScope scope, @RequestParam(required = false) @Nullable String framework) {
        List<String> followed = practices.followed(scope);
        if (framework != null && !followed.contains(framework)) {
            throw new NotFound("followed framework", framework);
        }
        return followed.stream().filter(f -> framework == null || f.equals(framework)).flatMap(f -> {
            Map<String, Adoption> current = practices.current(scope, f);
            return practices.applicable(scope.tenantId(), f).stream().map(p -> new PracticeJson(p, current.get(p.id())));
        }).toList();
    }

    /** The look-back answer for {@code asOf} (default: today in the organization's time zone). */
    @GetMapping("/coverage")
    PracticeCoverage coverage(TenantScope scope,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf) {
        return practices.coverage(scope, asOf == null ? practices.today(scope.tenantId()) : asOf);
    }

    @GetMapping("/{framework}/{practiceId}")
    PracticeHistoryJson practice(TenantScope scope, @PathVariable String framework, @PathVariable String practiceId) {
        return new PracticeHistoryJson(practices.practice(scope, framework, practiceId), practices.history(scope, framework, practiceId));
    }

    @PostMapping("/adoptions")
    @ResponseStatus(HttpStatus.CREATED)
    Adoption record(TenantScope scope, @Valid @RequestBody AdoptionRequest body) {
        return practices.record(scope, new AdoptionDetails(body.framework(), body.practiceId(), body.adoptedOn(), body.retiredOn(),
                body.implementation(), body.evidenceIds()));
    }

    @PostMapping("/{framework}/{practiceId}/retirement")
    @ResponseStatus(HttpStatus.CREATED)
    Adoption retire(TenantScope scope, @PathVariable String framework, @PathVariable String practiceId,
            @Valid @RequestBody RetireRequest body) {
        return practices.retire(scope, framework, practiceId, body.on());
    }

    record FrameworkJson(String key, String title, String version, LocalDate published, boolean followed, int applicable) {}

    record FollowRequest(@NotNull @Size(max = 10) List<@NotBlank String> frameworks) {}

    record PracticeJson(Practice practice, @Nullable Adoption current) {}

    record PracticeHistoryJson(Practice practice, List<Adoption> history) {}

    record AdoptionRequest(@NotBlank @Size(max = 40) String framework, @NotBlank @Size(max = 40) String practiceId,
            @NotNull LocalDate adoptedOn, @Nullable LocalDate retiredOn, @NotBlank @Size(max = 2000) String implementation,
            @Nullable @Size(max = 20) List<@NotNull UUID> evidenceIds) {}

    record RetireRequest(@NotNull LocalDate on) {}
}
