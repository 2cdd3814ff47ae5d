package io.safeguard.workforce;

import io.safeguard.organization.DemoOrganizationLoaded;
import io.safeguard.shared.TenantId;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Loads a demo organization's workforce ({@code demo/workforce-<key>.yaml}) once. */
@Component
class WorkforceDemo {
    private final JdbcMembers members;
    private final JdbcTraining training;
    private final JdbcGrants grants;
    private final JdbcReviews reviews;
    private final Clock clock;

    WorkforceDemo(JdbcMembers members, JdbcTraining training, JdbcGrants grants, JdbcReviews reviews, Clock clock) {
        this.reviews = reviews;
        this.members = members;
        this.training = training;
        this.grants = grants;
        this.clock = clock;
    }

    @EventListener
    @org.springframework.core.annotation.Order(10) // before the access-log demo, which reads the roster and its EHR accounts
    void on(DemoOrganizationLoaded event) throws IOException {
        var resource = new ClassPathResource("demo/workforce-" + event.demoKey() + ".yaml");
        if (!resource.exists() || !members.all(event.tenantId()).isEmpty()) {
            return;
        }
        try (InputStream in = resource.getInputStream()) {
            load(event.tenantId(), YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                    .readValue(in, DemoFile.class));
        }
    }

    private void load(TenantId tenant, DemoFile demo) {
        Map<UUID, MemberDetails> roster = new LinkedHashMap<>();
        Map<String, UUID> ids = new HashMap<>();
        for (MemberDetails m : demo.members()) {
            UUID id = UUID.randomUUID();
            roster.put(id, m);
            ids.put(m.employeeId(), id);
        }
        members.insertAll(tenant, roster, clock.instant());
        Map<String, UUID> courses = new HashMap<>();
        for (DemoCourse c : demo.courses()) {
            var course = new Course(UUID.randomUUID(), c.code(), c.title(), c.refreshMonths(), c.newHireDays(), c.appliesTo());
            training.insertCourse(tenant, course);
            courses.put(c.code(), course.id());
        }
        training.insertCompletions(tenant, demo.completions().stream()
                .map(c -> new JdbcTraining.Completion(ids.get(c.employeeId()), courses.get(c.course()), c.completedOn()))
                .distinct().toList());
        List<AccessGrant> all = new ArrayList<>();
        for (DemoGrant g : demo.grants()) {
            all.add(new AccessGrant(UUID.randomUUID(), ids.get(g.employeeId()), g.system(), g.account(), g.accessLevel(),
                    g.grantedOn(), g.revokedOn()));
        }
        grants.insertAll(tenant, all);
        grants.setRevocationSlaDays(tenant, demo.revocationSlaDays());
        for (DemoReview r : demo.reviews()) {
            var items = all.stream().filter(g -> g.activeOn(r.launchedOn()) && r.reviewers().containsKey(g.systemName()))
                    .map(g -> new ReviewCampaign.Item(UUID.randomUUID(), g.id(), r.reviewers().get(g.systemName()),
                            ReviewCampaign.Decision.KEEP, r.signedOffBy(), r.signedOffOn(), null))
                    .toList();
            reviews.insert(tenant, new ReviewCampaign(UUID.randomUUID(), r.title(), r.mode(), r.launchedOn(), r.dueOn(),
                    r.signedOffBy(), r.signedOffOn(), items));
        }
        for (DemoSanction s : demo.sanctions()) {
            reviews.insertSanction(tenant, new Sanction(UUID.randomUUID(), ids.get(s.employeeId()), s.sanctionedOn(), s.policy(),
                    s.description(), s.type(), s.decidedBy()));
        }
    }

    record DemoFile(List<MemberDetails> members, List<DemoCourse> courses, List<DemoCompletion> completions,
            List<DemoGrant> grants, int revocationSlaDays, List<DemoReview> reviews, List<DemoSanction> sanctions) {}

    record DemoReview(String title, ReviewCampaign.Mode mode, LocalDate launchedOn, LocalDate dueOn, String signedOffBy,
            LocalDate signedOffOn, Map<String, String> reviewers) {}

    record DemoSanction(String employeeId, LocalDate sanctionedOn, String policy, String description, Sanction.Type type,
            String decidedBy) {}

    record DemoCourse(String code, String title, @Nullable Integer refreshMonths, int newHireDays, Course.Audience appliesTo) {}

    record DemoCompletion(String employeeId, String course, LocalDate completedOn) {}

    record DemoGrant(String employeeId, String system, String account, @Nullable String accessLevel,
            @Nullable LocalDate grantedOn, @Nullable LocalDate revokedOn) {}
}
