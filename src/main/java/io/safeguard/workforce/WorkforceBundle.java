package io.safeguard.workforce;

import io.safeguard.shared.TenantId;
import io.safeguard.shared.TenantScope;
import io.safeguard.shared.bundle.BundleReader;
import io.safeguard.shared.bundle.BundleSection;
import io.safeguard.shared.bundle.BundleWriter;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The workforce part of a bundle: {@code workforce/members.csv}, {@code courses.csv}, {@code completions.csv},
 * {@code access-grants.csv} and {@code settings.yaml}, linked by employee ID and course code.
 */
@Component
class WorkforceBundle implements BundleSection {
    private final JdbcMembers members;
    private final JdbcTraining training;
    private final JdbcGrants grants;
    private final JdbcReviews reviews;
    private final Clock clock;

    WorkforceBundle(JdbcMembers members, JdbcTraining training, JdbcGrants grants, JdbcReviews reviews, Clock clock) {
        this.reviews = reviews;
        this.members = members;
        this.training = training;
        this.grants = grants;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "workforce";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void exportTo(TenantId tenant, BundleWriter out) throws IOException {
        List<WorkforceMember> roster = members.all(tenant).stream().sorted(Comparator.comparing(WorkforceMember::employeeId)).toList();
        Map<UUID, String> employeeIds = new HashMap<>();
        roster.forEach(m -> employeeIds.put(m.id(), m.employeeId()));
        List<List<String>> rows = new ArrayList<>();
        for (WorkforceMember m : roster) {
            rows.add(Arrays.asList(m.employeeId(), m.fullName(), m.email(), m.jobTitle(), m.department(), m.managerEmployeeId(),
                    m.hireDate().toString(), text(m.terminationDate()), m.phiAccess() ? "yes" : "no"));
        }
        out.csv("workforce/members.csv", List.of("employeeId", "fullName", "email", "jobTitle", "department",
                "managerEmployeeId", "hireDate", "terminationDate", "phiAccess"), rows);
        List<Course> courses = training.courses(tenant);
        Map<UUID, String> codes = new HashMap<>();
        courses.forEach(c -> codes.put(c.id(), c.code()));
        out.csv("workforce/courses.csv", List.of("code", "title", "refreshMonths", "newHireDays", "appliesTo"),
                courses.stream().map(c -> Arrays.asList(c.code(), c.title(),
                        c.refreshMonths() == null ? null : c.refreshMonths().toString(), Integer.toString(c.newHireDays()),
                        c.appliesTo().name())).toList());
        out.csv("workforce/completions.csv", List.of("employeeId", "course", "completedOn"), training.completions(tenant).stream()
                .map(c -> Arrays.asList(employeeIds.get(c.memberId()), codes.get(c.courseId()), c.completedOn().toString()))
                .sorted(Comparator.comparing((List<String> r) -> r.get(0)).thenComparing(r -> r.get(1)).thenComparing(r -> r.get(2)))
                .toList());
        out.csv("workforce/access-grants.csv", List.of("employeeId", "system", "account", "accessLevel", "grantedOn", "revokedOn"),
                grants.all(tenant).stream()
                        .map(g -> Arrays.asList(employeeIds.get(g.memberId()), g.systemName(), g.accountName(), g.accessLevel(),
                                text(g.grantedOn()), text(g.revokedOn())))
                        .sorted(Comparator.comparing((List<String> r) -> r.get(0)).thenComparing(r -> r.get(1)).thenComparing(r -> r.get(2)))
                        .toList());
        out.yaml("workforce/settings.yaml", new Settings(grants.revocationSlaDays(tenant)));
        Map<UUID, AccessGrant> grantById = new HashMap<>();
        grants.all(tenant).forEach(g -> grantById.put(g.id(), g));
        List<List<String>> reviewRows = new ArrayList<>();
        for (ReviewCampaign c : reviews.campaigns(tenant).stream().sorted(Comparator.comparing(ReviewCampaign::launchedOn)
                .thenComparing(ReviewCampaign::title)).toList()) {
            for (ReviewCampaign.Item i : c.items()) {
                AccessGrant g = grantById.get(i.grantId());
                reviewRows.add(Arrays.asList(c.title(), c.mode().name(), c.launchedOn().toString(), c.dueOn().toString(),
                        c.signedOffBy(), text(c.signedOffOn()), employeeIds.get(g.memberId()), g.systemName(), g.accountName(),
                        i.reviewer(), i.decision() == null ? null : i.decision().name(), i.decidedBy(), text(i.decidedOn()), i.comment()));
            }
        }
        reviewRows.sort(Comparator.comparing((List<String> r) -> r.get(2)).thenComparing(r -> r.get(0))
                .thenComparing(r -> r.get(6)).thenComparing(r -> r.get(7)).thenComparing(r -> r.get(8)));
        out.csv("workforce/access-reviews.csv", List.of("review", "mode", "launchedOn", "dueOn", "signedOffBy", "signedOffOn",
                "employeeId", "system", "account", "reviewer", "decision", "decidedBy", "decidedOn", "comment"), reviewRows);
        out.csv("workforce/sanctions.csv", List.of("employeeId", "sanctionedOn", "policy", "description", "type", "decidedBy"),
                reviews.sanctions(tenant).stream()
                        .map(x -> Arrays.asList(employeeIds.get(x.memberId()), x.sanctionedOn().toString(), x.policy(),
                                x.description(), x.type().name(), x.decidedBy()))
                        .sorted(Comparator.comparing((List<String> r) -> r.get(1)).thenComparing(r -> r.get(0)))
                        .toList());
    }

    @Override
    public void importFrom(TenantScope scope, BundleReader in) throws IOException {
        TenantId tenant = scope.tenantId();
        Map<UUID, MemberDetails> roster = new LinkedHashMap<>();
        Map<String, UUID> ids = new HashMap<>();
        for (BundleReader.Row r : in.csv("workforce/members.csv")) {
            try {
                UUID id = UUID.randomUUID();
                var d = new MemberDetails(r.get("employeeId"), r.get("fullName"), r.get("email"), r.get("jobTitle"),
                        r.get("department"), r.get("managerEmployeeId"), LocalDate.parse(r.get("hireDate")),
                        date(r.get("terminationDate")), "yes".equals(r.get("phiAccess")));
                roster.put(id, d);
                ids.put(d.employeeId(), id);
            } catch (RuntimeException e) {
                throw new IOException("workforce/members.csv line " + r.line() + ": " + e.getMessage(), e);
            }
        }
        members.insertAll(tenant, roster, clock.instant());
        Map<String, UUID> courses = new HashMap<>();
        for (BundleReader.Row r : in.csv("workforce/courses.csv")) {
            var c = new Course(UUID.randomUUID(), r.get("code"), r.get("title"),
                    r.get("refreshMonths") == null ? null : Integer.valueOf(r.get("refreshMonths")),
                    Integer.parseInt(r.get("newHireDays")), Course.Audience.valueOf(r.get("appliesTo")));
            training.insertCourse(tenant, c);
            courses.put(c.code(), c.id());
        }
        List<JdbcTraining.Completion> completions = new ArrayList<>();
        for (BundleReader.Row r : in.csv("workforce/completions.csv")) {
            completions.add(new JdbcTraining.Completion(required(ids, r.get("employeeId"), r), required(courses, r.get("course"), r),
                    LocalDate.parse(r.get("completedOn"))));
        }
        training.insertCompletions(tenant, completions);
        List<AccessGrant> all = new ArrayList<>();
        for (BundleReader.Row r : in.csv("workforce/access-grants.csv")) {
            all.add(new AccessGrant(UUID.randomUUID(), required(ids, r.get("employeeId"), r), r.get("system"), r.get("account"),
                    r.get("accessLevel"), date(r.get("grantedOn")), date(r.get("revokedOn"))));
        }
        grants.insertAll(tenant, all);
        if (in.exists("workforce/settings.yaml")) {
            grants.setRevocationSlaDays(tenant, in.yaml("workforce/settings.yaml", Settings.class).revocationSlaDays());
        }
        Map<String, UUID> grantIds = new HashMap<>();
        all.forEach(g -> grantIds.put(g.memberId() + "/" + g.systemName() + "/" + g.accountName(), g.id()));
        Map<String, List<BundleReader.Row>> byReview = new LinkedHashMap<>();
        for (BundleReader.Row r : in.csv("workforce/access-reviews.csv")) {
            byReview.computeIfAbsent(r.get("review") + "\u0000" + r.get("launchedOn"), k -> new ArrayList<>()).add(r);
        }
        for (List<BundleReader.Row> rows : byReview.values()) {
            BundleReader.Row first = rows.getFirst();
            List<ReviewCampaign.Item> items = new ArrayList<>();
            for (BundleReader.Row r : rows) {
                UUID grant = grantIds.get(required(ids, r.get("employeeId"), r) + "/" + r.get("system") + "/" + r.get("account"));
                if (grant == null) {
                    throw new IOException("workforce/access-reviews.csv line " + r.line() + " names a grant not in access-grants.csv");
                }
                items.add(new ReviewCampaign.Item(UUID.randomUUID(), grant, r.get("reviewer"),
                        r.get("decision") == null ? null : ReviewCampaign.Decision.valueOf(r.get("decision")), r.get("decidedBy"),
                        date(r.get("decidedOn")), r.get("comment")));
            }
            reviews.insert(tenant, new ReviewCampaign(UUID.randomUUID(), first.get("review"),
                    ReviewCampaign.Mode.valueOf(first.get("mode")), LocalDate.parse(first.get("launchedOn")),
                    LocalDate.parse(first.get("dueOn")), first.get("signedOffBy"), date(first.get("signedOffOn")), items));
        }
        for (BundleReader.Row r : in.csv("workforce/sanctions.csv")) {
            reviews.insertSanction(tenant, new Sanction(UUID.randomUUID(), required(ids, r.get("employeeId"), r),
                    LocalDate.parse(r.get("sanctionedOn")), r.get("policy"), r.get("description"),
                    Sanction.Type.valueOf(r.get("type")), r.get("decidedBy")));
        }
    }

    private static UUID required(Map<String, UUID> ids, String key, BundleReader.Row row) throws IOException {
        UUID id = ids.get(key);
        if (id == null) {
            throw new IOException("line " + row.line() + " refers to an unknown employee ID or course");
        }
        return id;
    }

    private static @Nullable String text(@Nullable LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static @Nullable LocalDate date(@Nullable String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    record Settings(int revocationSlaDays) {}
}
