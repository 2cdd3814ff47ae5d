package io.safeguard.workforce;

import io.safeguard.identity.AccountAdministration;
import io.safeguard.identity.ActivityEntry;
import io.safeguard.identity.ActivityTrail;
import io.safeguard.shared.BusinessRuleViolation;
import io.safeguard.shared.NotFound;
import io.safeguard.shared.Permission;
import io.safeguard.shared.TenantId;
import io.safeguard.shared.TenantScope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Access review campaigns with keep/revoke decisions and sign-off, and the sanctions register. */
@Service
@Transactional
public class AccessReviews {
    private final JdbcReviews reviews;
    private final JdbcGrants grants;
    private final JdbcMembers members;
    private final Workforce workforce;
    private final AccountAdministration accounts;
    private final ActivityTrail trail;

    AccessReviews(JdbcReviews reviews, JdbcGrants grants, JdbcMembers members, Workforce workforce,
            AccountAdministration accounts, ActivityTrail trail) {
        this.reviews = reviews;
        this.grants = grants;
        this.members = members;
        this.workforce = workforce;
        this.accounts = accounts;
        this.trail = trail;
    }

    @Transactional(readOnly = true)
    public List<ReviewCampaign> campaigns(TenantScope scope) {
        scope.require(Permission.VIEW);
        return reviews.campaigns(scope.tenantId());
    }

    @Transactional(readOnly = true)
    public List<ReviewCampaign> campaigns(TenantId tenant) {
        return reviews.campaigns(tenant);
    }

    @Transactional(readOnly = true)
    public ReviewCampaign campaign(TenantScope scope, UUID id) {
        return campaigns(scope).stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow(() -> new NotFound("access review", id));
    }

    /**
     * Snapshots the grants active today. Per system, {@code reviewersBySystem} names the reviewer of each system
     * (a system without one is refused); per manager, each member's manager reviews their grants.
     */
    public ReviewCampaign launch(TenantScope scope, String title, ReviewCampaign.Mode mode, LocalDate dueOn,
            Map<String, String> reviewersBySystem) {
        scope.require(Permission.EDIT);
        LocalDate today = workforce.today(scope.tenantId());
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.isEmpty() || cleanTitle.length() > 200 || mode == null) {
            throw new BusinessRuleViolation("workforce.review-title", "Give the review a title and choose who reviews.");
        }
        if (dueOn == null || dueOn.isBefore(today)) {
            throw new BusinessRuleViolation("workforce.review-due", "The due date cannot be in the past.");
        }
        Map<UUID, WorkforceMember> byId = new HashMap<>();
        Map<String, WorkforceMember> byEmployeeId = new HashMap<>();
        members.all(scope.tenantId()).forEach(m -> {
            byId.put(m.id(), m);
            byEmployeeId.put(m.employeeId(), m);
        });
        List<ReviewCampaign.Item> items = new ArrayList<>();
        for (AccessGrant g : grants.all(scope.tenantId())) {
            if (!g.activeOn(today)) {
                continue;
            }
            WorkforceMember member = byId.get(g.memberId());
            String reviewer = switch (mode) {
                case PER_SYSTEM -> blank(reviewersBySystem.get(g.systemName()));
                case PER_MANAGER -> member == null || member.managerEmployeeId() == null || !byEmployeeId.containsKey(member.managerEmployeeId())
                        ? null : byEmployeeId.get(member.managerEmployeeId()).fullName();
            };
            if (reviewer == null) {
                throw new BusinessRuleViolation("workforce.review-reviewer", mode == ReviewCampaign.Mode.PER_SYSTEM
                        ? "Name a reviewer for " + g.systemName() + "."
                        : "A member with access has no manager on the roster: set the manager, or review per system.");
            }
            items.add(new ReviewCampaign.Item(UUID.randomUUID(), g.id(), reviewer, null, null, null, null));
        }
        if (items.isEmpty()) {
            throw new BusinessRuleViolation("workforce.review-empty", "There is no active access to review.");
        }
        var campaign = new ReviewCampaign(UUID.randomUUID(), cleanTitle, mode, today, dueOn, null, null, items);
        reviews.insert(scope.tenantId(), campaign);
        trail.record(ActivityEntry.of(scope.tenantId(), "workforce.review.launch", "access-review", campaign.id())
                .withDetail(items.size() + " grants to review"));
        return campaign;
    }

    public void decide(TenantScope scope, UUID campaignId, UUID itemId, ReviewCampaign.Decision decision, @Nullable String comment) {
        scope.require(Permission.EDIT);
        ReviewCampaign campaign = campaign(scope, campaignId);
        if (campaign.signedOff()) {
            throw new BusinessRuleViolation("workforce.review-closed", "This review is signed off; its decisions are final.");
        }
        campaign.items().stream().filter(i -> i.id().equals(itemId)).findFirst().orElseThrow(() -> new NotFound("review item", itemId));
        String note = comment == null || comment.isBlank() ? null : comment.strip();
        if (note != null && note.length() > 500) {
            throw new BusinessRuleViolation("workforce.review-comment", "A comment may have at most 500 characters.");
        }
        reviews.decide(scope.tenantId(), itemId, decision, who(scope), workforce.today(scope.tenantId()), note);
        trail.record(ActivityEntry.of(scope.tenantId(), "workforce.review.decide", "access-review", campaignId).withDetail(decision.name()));
    }

    public void signOff(TenantScope scope, UUID campaignId) {
        scope.require(Permission.EDIT);
        ReviewCampaign campaign = campaign(scope, campaignId);
        if (campaign.signedOff()) {
            throw new BusinessRuleViolation("workforce.review-closed", "This review is already signed off.");
        }
        if (campaign.undecided() > 0) {
            throw new BusinessRuleViolation("workforce.review-undecided",
                    campaign.undecided() + " grants have no decision yet: decide every grant before signing off.");
        }
        reviews.signOff(scope.tenantId(), campaignId, who(scope), workforce.today(scope.tenantId()));
        trail.record(ActivityEntry.of(scope.tenantId(), "workforce.review.sign-off", "access-review", campaignId)
                .withDetail(campaign.toRevoke() + " grants to revoke"));
    }

    @Transactional(readOnly = true)
    public List<Sanction> sanctions(TenantScope scope) {
        scope.require(Permission.VIEW);
        return reviews.sanctions(scope.tenantId());
    }

    /** The sanctions register as its page shows it; opening it is recorded (164.312(b)): it names disciplined people. */
    public List<Sanction> viewSanctions(TenantScope scope) {
        List<Sanction> register = sanctions(scope);
        trail.record(ActivityEntry.of(scope.tenantId(), "workforce.sanctions.view", "sanctions-register", null));
        return register;
    }

    public Sanction addSanction(TenantScope scope, UUID memberId, LocalDate on, String policy, String description,
            Sanction.Type type, String decidedBy) {
        scope.require(Permission.EDIT);
        workforce.member(scope, memberId);
        if (on == null || on.isAfter(workforce.today(scope.tenantId())) || type == null
                || blank(policy) == null || policy.length() > 200 || blank(description) == null || description.length() > 1000
                || blank(decidedBy) == null || decidedBy.length() > 160) {
            throw new BusinessRuleViolation("workforce.sanction",
                    "Give the date (not in the future), the policy, what happened (no patient details), the sanction and who decided.");
        }
        var sanction = new Sanction(UUID.randomUUID(), memberId, on, policy.strip(), description.strip(), type, decidedBy.strip());
        reviews.insertSanction(scope.tenantId(), sanction);
        trail.record(ActivityEntry.of(scope.tenantId(), "workforce.sanction.add", "workforce-member", memberId).withDetail(type.name()));
        return sanction;
    }

    private String who(TenantScope scope) {
        return accounts.summary(scope.accountId()).email();
    }

    private static @Nullable String blank(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
