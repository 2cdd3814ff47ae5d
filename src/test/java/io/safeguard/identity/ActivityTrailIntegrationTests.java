package io.safeguard.identity;

import static io.safeguard.support.Fixtures.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.safeguard.Safeguard;
import io.safeguard.shared.Role;
import io.safeguard.shared.TenantId;
import io.safeguard.support.Fixtures;
import io.safeguard.support.Fixtures.Person;
import io.safeguard.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The activity trail records who changed or viewed what, and its hash chain reveals any edited, deleted, reordered
 * or truncated row, in the application and in {@code safeguard activity verify}.
 */
@IntegrationTest
@TestPropertySource(properties = "safeguard.test.context=activity-trail") // own database: these tests tamper with it
abstract class ActivityTrailIntegrationTests {
    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired ActivityTrail trail;
    @Autowired JdbcClient jdbc;
    @Value("${spring.datasource.url}") String url;
    @Value("${spring.datasource.username}") String user;

    TenantId tenant;
    Person owner;

    @BeforeEach
    void someActivity() throws Exception {
        tenant = fixtures.organization("Trail Clinic");
        owner = fixtures.member(tenant, Role.OWNER);
        mvc.perform(post("/t/" + tenant + "/organization/sites").with(signedIn(owner)).with(csrf())
                .param("name", "Annex").param("state", "OR")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/t/" + tenant + "/activity").with(signedIn(owner))).andExpect(status().isOk());
    }

    @Test
    void recordsTheActorTheOrganizationTheObjectAndTheSourceAddress() {
        var rows = trail.page(tenant, "organization.site.add", 0, 10);
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.accountId()).isEqualTo(owner.id());
            assertThat(r.accountEmail()).isEqualTo(owner.email());
            assertThat(r.tenantId()).isEqualTo(tenant);
            assertThat(r.objectType()).isEqualTo("site");
            assertThat(r.detail()).isEqualTo("Annex");
            assertThat(r.sourceAddress()).isEqualTo("127.0.0.1");
        });
    }

    @Test
    void viewingTheTrailIsItselfRecorded() {
        assertThat(trail.page(tenant, "identity.activity.view", 0, 10)).isNotEmpty();
    }

    @Test
    void anUntouchedTrailVerifies() {
        assertThat(trail.verify()).isInstanceOf(ChainVerification.Intact.class);
        assertThat(cli("activity", "verify")).isZero();
    }

    @Test
    void verifyingWhileOthersAppendFindsTheChainIntact() throws Exception {
        List<ChainVerification> results = new ArrayList<>();
        try (ExecutorService appender = Executors.newSingleThreadExecutor()) {
            Future<?> appending = appender.submit(() -> {
                for (int i = 0; i < 300; i++) {
                    trail.recordFor(owner.id(), owner.email(),
                            ActivityEntry.of(tenant, "test.concurrent-append", "test", i));
                }
            });
            while (!appending.isDone() || results.isEmpty()) {
                results.add(trail.verify());
            }
            appending.get();
        }
        assertThat(results).allSatisfy(r -> assertThat(r).isInstanceOf(ChainVerification.Intact.class));
    }

    @Test
    void aRowWrittenBeyondTheHeadIsDetected() {
        long seq = lastSeq();
        Map<String, Object> row = jdbc.sql("SELECT * FROM identity.activity WHERE seq = :s").param("s", seq).query().singleRow();
        row.put("seq", seq + 1);
        reinsert(row);
        try {
            assertThat(trail.verify()).isInstanceOfSatisfying(ChainVerification.Broken.class,
                    broken -> assertThat(broken.reason()).contains("beyond the recorded head"));
        } finally {
            jdbc.sql("DELETE FROM identity.activity WHERE seq = :s").param("s", seq + 1).update();
        }
        assertThat(trail.verify()).isInstanceOf(ChainVerification.Intact.class);
    }

    @Test
    void textEitherDatabaseWouldStoreDifferentlyIsCleanedBeforeItIsHashed() {
        String emojiAcrossTheLimit = "x".repeat(999) + "\uD83D\uDE00" + " and more"; // the emoji is units 1000-1001
        trail.recordFor(owner.id(), owner.email(),
                ActivityEntry.of(tenant, "test.text.emoji", "test", "site-1").withDetail(emojiAcrossTheLimit));
        trail.recordFor(owner.id(), owner.email(),
                ActivityEntry.of(tenant, "test.text.control", "test", "id\u0000x").withDetail("lone \uD800 half and NUL \u0000"));

        assertThat(trail.verify()).isInstanceOf(ChainVerification.Intact.class);
        assertThat(trail.page(tenant, "test.text.emoji", 0, 1)).singleElement()
                .satisfies(r -> assertThat(r.detail()).isEqualTo("x".repeat(999)));
        assertThat(trail.page(tenant, "test.text.control", 0, 1)).singleElement().satisfies(r -> {
            assertThat(r.detail()).isEqualTo("lone \uFFFD half and NUL \uFFFD");
            assertThat(r.objectId()).isEqualTo("id\uFFFDx");
        });
    }

    @Test
    void anEditedRowIsDetected() {
        long seq = lastSeq() - 1;
        String detail = jdbc.sql("SELECT detail FROM identity.activity WHERE seq = :s").param("s", seq).query(String.class).optional().orElse(null);
        jdbc.sql("UPDATE identity.activity SET detail = 'nothing happened' WHERE seq = :s").param("s", seq).update();
        try {
            assertThat(trail.verify()).isEqualTo(new ChainVerification.Broken(seq, "row content does not match its hash (edited)"));
            assertThat(cli("activity", "verify")).isEqualTo(2);
        } finally {
            jdbc.sql("UPDATE identity.activity SET detail = :d WHERE seq = :s").param("d", detail).param("s", seq).update();
        }
        assertThat(trail.verify()).isInstanceOf(ChainVerification.Intact.class);
    }

    @Test
    void aDeletedRowIsDetected() {
        long seq = lastSeq() - 2;
        Map<String, Object> row = jdbc.sql("SELECT * FROM identity.activity WHERE seq = :s").param("s", seq).query().singleRow();
        jdbc.sql("DELETE FROM identity.activity WHERE seq = :s").param("s", seq).update();
        try {
            assertThat(trail.verify()).isInstanceOfSatisfying(ChainVerification.Broken.class,
                    broken -> assertThat(broken.seq()).isEqualTo(seq));
        } finally {
            reinsert(row);
        }
        assertThat(trail.verify()).isInstanceOf(ChainVerification.Intact.class);
    }

    @Test
    void rowsCutOffTheEndAreDetected() {
        long seq = lastSeq();
        Map<String, Object> row = jdbc.sql("SELECT * FROM identity.activity WHERE seq = :s").param("s", seq).query().singleRow();
        jdbc.sql("DELETE FROM identity.activity WHERE seq = :s").param("s", seq).update();
        try {
            assertThat(trail.verify()).isInstanceOfSatisfying(ChainVerification.Broken.class,
                    broken -> assertThat(broken.reason()).contains("removed from the end"));
        } finally {
            reinsert(row);
        }
    }

    @Test
    void reorderedRowsAreDetected() {
        long last = lastSeq();
        swap(last - 1, last - 2);
        try {
            assertThat(trail.verify()).isInstanceOfSatisfying(ChainVerification.Broken.class,
                    broken -> assertThat(broken.seq()).isEqualTo(last - 2));
        } finally {
            swap(last - 1, last - 2);
        }
        assertThat(trail.verify()).isInstanceOf(ChainVerification.Intact.class);
    }

    private void swap(long x, long y) {
        jdbc.sql("UPDATE identity.activity SET seq = -1 WHERE seq = :x").param("x", x).update();
        jdbc.sql("UPDATE identity.activity SET seq = :x WHERE seq = :y").param("x", x).param("y", y).update();
        jdbc.sql("UPDATE identity.activity SET seq = :y WHERE seq = -1").param("y", y).update();
    }

    private long lastSeq() {
        return jdbc.sql("SELECT MAX(seq) FROM identity.activity").query(Long.class).single();
    }

    private void reinsert(Map<String, Object> row) {
        var spec = jdbc.sql("""
                INSERT INTO identity.activity (seq, occurred_at, account_id, account_email, tenant_id, action, object_type,
                    object_id, detail, source_address, prev_hash, hash)
                VALUES (:seq, :occurred_at, :account_id, :account_email, :tenant_id, :action, :object_type, :object_id,
                    :detail, :source_address, :prev_hash, :hash)
                """);
        for (var e : row.entrySet()) {
            spec = spec.param(e.getKey().toLowerCase(), e.getValue());
        }
        spec.update();
    }

    /** Runs the real command line against this test's database, as an administrator would. */
    private int cli(String... command) {
        String[] args = new String[command.length + 4];
        args[0] = "--db-url=" + url;
        args[1] = "--db-user=" + user;
        args[2] = "--data-dir=target";
        args[3] = "--db-password-env=SAFEGUARD_TEST_NO_PASSWORD";
        System.arraycopy(command, 0, args, 4, command.length);
        return Safeguard.run(args);
    }
}
