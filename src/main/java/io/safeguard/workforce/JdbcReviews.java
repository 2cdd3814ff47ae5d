package io.safeguard.workforce;

import io.safeguard.shared.TenantId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcReviews {
    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    JdbcReviews(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    List<ReviewCampaign> campaigns(TenantId tenant) {
        Map<UUID, List<ReviewCampaign.Item>> items = new HashMap<>();
        jdbc.sql("""
                SELECT id, campaign_id, grant_id, reviewer, decision, decided_by, decided_on, comment
                FROM workforce.review_item WHERE tenant_id = :tenant ORDER BY reviewer, id
                """)
                .param("tenant", tenant.value())
                .query(rs -> {
                    String decision = rs.getString("decision");
                    items.computeIfAbsent(rs.getObject("campaign_id", UUID.class), k -> new ArrayList<>())
                            .add(new ReviewCampaign.Item(rs.getObject("id", UUID.class), rs.getObject("grant_id", UUID.class),
                                    rs.getString("reviewer"), decision == null ? null : ReviewCampaign.Decision.valueOf(decision),
                                    rs.getString("decided_by"), rs.getObject("decided_on", LocalDate.class), rs.getString("comment")));
                });
        return jdbc.sql("""
                SELECT id, title, mode, launched_on, due_on, signed_off_by, signed_off_on
                FROM workforce.review_campaign WHERE tenant_id = :tenant ORDER BY launched_on DESC, title
                """)
                .param("tenant", tenant.value())
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new ReviewCampaign(id, rs.getString("title"), ReviewCampaign.Mode.valueOf(rs.getString("mode")),
                            rs.getObject("launched_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
                            rs.getString("signed_off_by"), rs.getObject("signed_off_on", LocalDate.class), items.getOrDefault(id, List.of()));
                })
                .list();
    }

    void insert(TenantId tenant, ReviewCampaign c) {
        jdbc.sql("""
                INSERT INTO workforce.review_campaign (id, tenant_id, title, mode, launched_on, due_on, signed_off_by, signed_off_on)
                VALUES (:id, :tenant, :title, :mode, :launched, :due, :by, :on)
                """)
                .param("id", c.id()).param("tenant", tenant.value()).param("title", c.title()).param("mode", c.mode().name())
                .param("launched", c.launchedOn()).param("due", c.dueOn()).param("by", c.signedOffBy()).param("on", c.signedOffOn())
                .update();
        batch.batchUpdate("""
                INSERT INTO workforce.review_item (id, tenant_id, campaign_id, grant_id, reviewer, decision, decided_by, decided_on, comment)
                VALUES (:id, :tenant, :campaign, :grant, :reviewer, :decision, :by, :on, :comment)
                """, c.items().stream().map(i -> new MapSqlParameterSource()
                .addValue("id", i.id()).addValue("tenant", tenant.value()).addValue("campaign", c.id())
                .addValue("grant", i.grantId()).addValue("reviewer", i.reviewer())
                .addValue("decision", i.decision() == null ? null : i.decision().name()).addValue("by", i.decidedBy())
                .addValue("on", i.decidedOn()).addValue("comment", i.comment())).toArray(MapSqlParameterSource[]::new));
    }

    void decide(TenantId tenant, UUID item, ReviewCampaign.Decision decision, String by, LocalDate on, String comment) {
        jdbc.sql("UPDATE workforce.review_item SET decision = :d, decided_by = :by, decided_on = :on, comment = :c WHERE tenant_id = :tenant AND id = :id")
                .param("tenant", tenant.value()).param("id", item).param("d", decision.name()).param("by", by).param("on", on)
                .param("c", comment).update();
    }

    void signOff(TenantId tenant, UUID campaign, String by, LocalDate on) {
        jdbc.sql("UPDATE workforce.review_campaign SET signed_off_by = :by, signed_off_on = :on WHERE tenant_id = :tenant AND id = :id")
                .param("tenant", tenant.value()).param("id", campaign).param("by", by).param("on", on).update();
    }

    List<Sanction> sanctions(TenantId tenant) {
        return jdbc.sql("""
                SELECT id, member_id, sanctioned_on, policy, description, sanction_type, decided_by
                FROM workforce.sanction WHERE tenant_id = :tenant ORDER BY sanctioned_on DESC
                """)
                .param("tenant", tenant.value())
                .query((rs, n) -> new Sanction(rs.getObject("id", UUID.class), rs.getObject("member_id", UUID.class),
                        rs.getObject("sanctioned_on", LocalDate.class), rs.getString("policy"), rs.getString("description"),
                        Sanction.Type.valueOf(rs.getString("sanction_type")), rs.getString("decided_by")))
                .list();
    }

    void insertSanction(TenantId tenant, Sanction s) {
        jdbc.sql("""
                INSERT INTO workforce.sanction (id, tenant_id, member_id, sanctioned_on, policy, description, sanction_type, decided_by)
                VALUES (:id, :tenant, :member, :on, :policy, :description, :type, :by)
                """)
                .param("id", s.id()).param("tenant", tenant.value()).param("member", s.memberId()).param("on", s.sanctionedOn())
                .param("policy", s.policy()).param("description", s.description()).param("type", s.type().name())
                .param("by", s.decidedBy()).update();
    }
}
