package io.safeguard.penalty;

import io.safeguard.documents.Evidence;
import io.safeguard.shared.TenantId;
import io.safeguard.shared.TenantScope;
import io.safeguard.shared.bundle.BundleReader;
import io.safeguard.shared.bundle.BundleSection;
import io.safeguard.shared.bundle.BundleWriter;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Corrective action plans in a bundle: {@code penalty/corrective-action-plans.yaml}, each resolution agreement with its
 * obligations, their completion and evidence as {@code <sha256>/<fileName>} of a file in {@code documents/}. Written
 * only when the organization has recorded an agreement.
 */
@Component
class CorrectiveActionPlanBundle implements BundleSection {
    static final String FILE = "penalty/corrective-action-plans.yaml";
    private final JdbcCorrectiveActionPlans plans;
    private final Evidence evidence;

    CorrectiveActionPlanBundle(JdbcCorrectiveActionPlans plans, Evidence evidence) {
        this.plans = plans;
        this.evidence = evidence;
    }

    record Plans(List<Agreement> agreements) {}

    record Agreement(String title, LocalDate effectiveOn, LocalDate endsOn, @Nullable String monitor, String recordedBy,
            Instant recordedAt, List<Obligation> obligations) {}

    record Obligation(CapObligation.Kind kind, String description, LocalDate dueOn, @Nullable LocalDate completedOn,
            @Nullable String completedBy, @Nullable String evidence) {}

    @Override
    public String name() {
        return "corrective-action-plans";
    }

    @Override
    public int order() {
        return 55; // after documents: completed obligations point at evidence files
    }

    @Override
    public void exportTo(TenantId tenant, BundleWriter out) throws IOException {
        List<CapAgreement> all = plans.all(tenant);
        if (all.isEmpty()) {
            return;
        }
        Map<UUID, String> files = new HashMap<>();
        evidence.all(tenant).forEach(f -> files.put(f.id(), f.reference()));
        out.yaml(FILE, new Plans(all.stream().map(a -> new Agreement(a.title(), a.effectiveOn(), a.endsOn(), a.monitor(), a.recordedBy(),
                a.recordedAt(), a.obligations().stream().map(o -> new Obligation(o.kind(), o.description(), o.dueOn(), o.completedOn(),
                        o.completedBy(), o.evidenceId() == null ? null : files.get(o.evidenceId()))).toList())).toList()));
    }

    @Override
    public void importFrom(TenantScope scope, BundleReader in) throws IOException {
        if (!in.exists(FILE)) {
            return;
        }
        TenantId tenant = scope.tenantId();
        int n = 0;
        for (Agreement a : in.yaml(FILE, Plans.class).agreements()) {
            n++;
            try {
                String title = CorrectiveActionPlans.checkAgreement(a.title(), a.effectiveOn(), a.endsOn());
                UUID id = UUID.randomUUID();
                plans.insertAgreement(tenant, id, title, a.effectiveOn(), a.endsOn(), a.monitor(), required(a.recordedBy(), "recordedBy"),
                        required(a.recordedAt(), "recordedAt"));
                for (Obligation o : a.obligations() == null ? List.<Obligation>of() : a.obligations()) {
                    UUID obligation = UUID.randomUUID();
                    plans.insertObligation(tenant, id, obligation, o.kind(), CorrectiveActionPlans.checkObligation(o.kind(), o.description(),
                            o.dueOn()), o.dueOn(), a.recordedAt());
                    if (o.completedOn() != null) {
                        plans.complete(tenant, obligation, o.completedOn(), o.evidence() == null ? null : evidence.byReference(tenant, o.evidence()).id(), required(o.completedBy(), "completedBy"));
                    } else if (o.evidence() != null || o.completedBy() != null) {
                        throw new IllegalArgumentException("an open obligation has no completedBy or evidence");
                    }
                }
            } catch (RuntimeException e) {
                throw new IOException(FILE + ": agreement " + n + ": " + e.getMessage(), e);
            }
        }
    }

    private static <T> T required(@Nullable T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is missing");
        }
        return value;
    }
}
