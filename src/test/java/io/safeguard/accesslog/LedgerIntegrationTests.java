package io.safeguard.accesslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.safeguard.Safeguard;
import io.safeguard.accesslog.ingest.AccessLogIngest;
import io.safeguard.accesslog.ledger.AccessLedger;
import io.safeguard.accesslog.ledger.Retention;
import io.safeguard.accesslog.ledger.Tamper;
import io.safeguard.shared.AccessDenied;
import io.safeguard.shared.NotFound;
import io.safeguard.shared.Role;
import io.safeguard.shared.TenantId;
import io.safeguard.shared.TenantScope;
import io.safeguard.support.Fixtures;
import io.safeguard.support.IntegrationTest;
import io.safeguard.support.MutableClock;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Ingest into the ledger, re-delivery, proofs, tamper detection and retention, on a real database. */
@IntegrationTest
abstract class LedgerIntegrationTests {
    private static final String HEADER = "event_id,occurred_at,user_id,user_role,department,patient_id,action,workstation\n";
    @Autowired Fixtures fixtures;
    @Autowired AccessLogIngest ingest;
    @Autowired AccessLedger ledger;
    @Autowired Retention retention;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;
    @Autowired io.safeguard.accesslog.ledger.AccessLogSearch search;
    @org.springframework.beans.factory.annotation.Value("${spring.datasource.url}") String url;
    @org.springframework.beans.factory.annotation.Value("${spring.datasource.username}") String user;
    @org.springframework.beans.factory.annotation.Value("${safeguard.data-dir}") String dataDir;

    @Test
    void anIngestedLogVerifiesAndReDeliveryAddsNothing() {
        TenantScope owner = owner();
        var report = ingest(owner, csv(1, 1_000, "2026-03-02"));
        assertThat(report.accepted()).isEqualTo(1_000);
        assertThat(report.rejected()).isZero();
        assertThat(report.firstSeq()).isZero();
        assertThat(report.lastSeq()).isEqualTo(999);

        var again = ingest(owner, csv(1, 1_000, "2026-03-02") + "e-bad,not-a-time,u1,Nurse,ICU,P1,R,WS1\n");
        assertThat(again.accepted()).isZero();
        assertThat(again.duplicates()).isEqualTo(1_000);
        assertThat(again.rejected()).isEqualTo(1);
        assertThat(again.rejections().getFirst().recordNumber()).isEqualTo(1_002);

        var status = ledger.status(owner);
        assertThat(status.size()).isEqualTo(1_000);
        assertThat(status.latest()).isNotNull();
        assertThat(status.latest().note()).startsWith(AccessLedger.origin(owner.tenantId()) + "\n1000\n");
        assertThat(ledger.verify(owner.tenantId()).intact()).isTrue();

        var proof = ledger.inclusion(owner, 617);
        assertThat(proof.verified()).isTrue();
        assertThat(proof.treeSize()).isEqualTo(1_000);
        ingest(owner, csv(1_001, 1_500, "2026-03-03"));
        var consistency = ledger.consistency(owner, 1_000, 1_500);
        assertThat(consistency.verified()).isTrue();
        assertThat(ledger.verify(owner.tenantId()).intact()).as("a batch appended to a partly filled bundle and tile").isTrue();

        // The second batch began at position 1000 (not a bundle boundary): its key buckets and fingerprint blocks carry
        // positions made from the batch's relative ones, so a search and a re-delivery must find exactly those.
        var found = search.search(owner, new io.safeguard.accesslog.ledger.AccessLogSearch.Query("P42", null,
                java.time.LocalDate.of(2026, 3, 3), java.time.LocalDate.of(2026, 3, 3)));
        assertThat(found.events()).extracting(e -> e.event().sourceEventId()).containsExactlyInAnyOrder("e-1041", "e-1141", "e-1241",
                "e-1341", "e-1441");
        assertThat(found.events()).allSatisfy(e -> assertThat(e.seq()).isEqualTo(Long.parseLong(e.event().sourceEventId().substring(2)) - 1));
        var redelivered = ingest(owner, csv(1_001, 1_500, "2026-03-03"));
        assertThat(redelivered.accepted()).isZero();
        assertThat(redelivered.duplicates()).isEqualTo(500);
    }

    /** Several deliveries on one day are several fingerprint blocks, merged in memory: a re-delivery of all of them adds nothing. */
    @Test
    void aDayDeliveredInSeveralPartsIsRecognisedWhole() {
        TenantScope owner = owner();
        for (int part = 0; part < 4; part++) {
            assertThat(ingest(owner, csv(1 + part * 100, 100 + part * 100, "2026-04-01")).accepted()).isEqualTo(100);
        }
        var again = ingest(owner, csv(1, 450, "2026-04-01"));
        assertThat(again.duplicates()).isEqualTo(400);
        assertThat(again.accepted()).isEqualTo(50);
        assertThat(ledger.status(owner).size()).isEqualTo(450);
        assertThat(ledger.verify(owner.tenantId()).intact()).isTrue();
    }

    /** The same extract delivered twice at the same moment still lands once, and the tail check sees a cut end. */
    @Test
    void twoDeliveriesAtOnceLandOnce() throws Exception {
        TenantScope owner = owner();
        String extract = csv(1, 3_000, "2026-05-10");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> ingest(owner, extract));
            var second = pool.submit(() -> ingest(owner, extract));
            assertThat(first.get().accepted() + second.get().accepted()).isEqualTo(3_000);
        } finally {
            pool.shutdown();
        }
        assertThat(ledger.status(owner).size()).isEqualTo(3_000);
        assertThat(ledger.verify(owner.tenantId()).intact()).isTrue();
        jdbc.update("DELETE FROM accesslog.entry_bundle WHERE tenant_id = ? AND idx = 11", owner.tenantId().value());
        assertThat(ledger.verify(owner.tenantId()).problems().toString()).contains("missing at the end");
    }

    @Test
    void anEditADeletionOrASwapIsDetected() {
        TenantScope owner = owner();
        TenantId tenant = owner.tenantId();
        ingest(owner, csv(1, 600, "2026-04-01"));
        assertThat(ledger.verify(tenant).intact()).isTrue();

        byte[][] original = new byte[1][];
        Tamper.edit(jdbc, tenant, 42, bytes -> {
            original[0] = bytes;
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            return text.replace("P44", "P99").getBytes(StandardCharsets.ISO_8859_1);
        });
        var edited = ledger.verify(tenant);
        assertThat(edited.intact()).isFalse();
        assertThat(String.join(" ", edited.problems())).contains("42");
        Tamper.edit(jdbc, tenant, 42, bytes -> original[0]);
        assertThat(ledger.verify(tenant).intact()).isTrue();

        Tamper.remove(jdbc, tenant, 300);
        var deleted = ledger.verify(tenant);
        assertThat(deleted.intact()).isFalse();
        assertThat(String.join(" ", deleted.problems())).contains("300");

        TenantScope second = owner();
        ingest(second, csv(1, 600, "2026-04-01"));
        Tamper.swap(jdbc, second.tenantId(), 7, 8);
        assertThat(ledger.verify(second.tenantId()).intact()).isFalse();

        TenantScope third = owner();
        ingest(third, csv(1, 600, "2026-04-01"));
        jdbc.update("DELETE FROM accesslog.entry_bundle WHERE tenant_id = ? AND idx = 1", third.tenantId().value());
        assertThat(ledger.verify(third.tenantId()).problems().toString()).contains("256");

        TenantScope fourth = owner();
        ingest(fourth, csv(1, 600, "2026-04-01"));
        Tamper.clear(jdbc, fourth.tenantId(), 99, java.time.Instant.parse("2026-04-01T10:00:00Z"));
        var cleared = ledger.verify(fourth.tenantId());
        assertThat(cleared.intact()).isFalse();
        assertThat(cleared.problems().toString()).contains("seq 99", "no expiry run");
    }

    @Test
    void expiryKeepsHeldDaysAndTheLedgerStillVerifies() {
        TenantScope owner = owner();
        TenantId tenant = owner.tenantId();
        java.time.Instant before = clock.instant();
        clock.set(java.time.Instant.parse("2026-06-01T12:00:00Z"));
        try {
            expireWithAHold(owner, tenant);
        } finally {
            clock.set(before);
        }
    }

    private void expireWithAHold(TenantScope owner, TenantId tenant) {
        ingest(owner, csv(1, 300, "2019-05-30") + csv(301, 600, "2019-06-02").substring(HEADER.length()));
        retention.placeHold(owner, LocalDate.of(2019, 5, 30), LocalDate.of(2019, 5, 30), "Complaint 19-44");
        assertThatThrownBy(() -> retention.setYears(owner, 5)).hasMessageContaining("lengthened");
        assertThat(retention.cutoff(tenant)).isEqualTo(LocalDate.of(2020, 6, 1));

        clock.advance(Duration.ofDays(1));
        var run = retention.expire(tenant);
        assertThat(run.expired()).isEqualTo(300);
        assertThat(run.held()).isEqualTo(300);
        assertThat(jdbc.queryForObject("SELECT SUM(cleared) FROM accesslog.entry_bundle WHERE tenant_id = ?", Long.class, tenant.value()))
                .isEqualTo(300);
        assertThat(ledger.status(owner).size()).isEqualTo(600);
        assertThat(ledger.verify(tenant).intact()).isTrue();
        assertThat(ledger.inclusion(owner, 450).verified()).isTrue();
    }

    @Test
    void aSegmentCarriesWhatAnOfflineVerifierNeeds() throws Exception {
        TenantScope owner = owner();
        ingest(owner, csv(1, 700, "2026-05-05"));
        var out = new ByteArrayOutputStream();
        ledger.exportSegment(owner, 256, 700, out);
        var reader = io.safeguard.accesslog.ledger.SegmentReader.open(new ByteArrayInputStream(out.toByteArray()));
        var report = new io.safeguard.accesslog.ledger.LedgerVerifier(
                io.safeguard.accesslog.ledger.VerifierKey.parse(ledger.verifierKey()), AccessLedger.origin(owner.tenantId())).verify(reader);
        assertThat(report.intact()).as(report.problems().toString()).isTrue();
        assertThat(report.events()).isEqualTo(444);
    }

    @Test
    void anotherOrganizationOrAnAuditorCannotWrite() {
        TenantScope owner = owner();
        ingest(owner, csv(1, 10, "2026-05-05"));
        TenantId other = fixtures.organization("Ledger Other " + UUID.randomUUID().toString().substring(0, 6));
        assertThat(ledger.status(fixtures.ownerScope(other)).size()).isZero();
        assertThatThrownBy(() -> ledger.inclusion(fixtures.ownerScope(other), 3)).isInstanceOf(NotFound.class);
        var auditor = new TenantScope(owner.tenantId(), owner.accountId(), Role.AUDITOR);
        assertThatThrownBy(() -> ingest(auditor, csv(11, 12, "2026-05-05"))).isInstanceOf(AccessDenied.class);
    }

    @Test
    void theCommandLineIngestsVerifiesAndExports(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) throws Exception {
        TenantScope owner = owner();
        String tenant = owner.tenantId().toString();
        String email = fixtures.admin().email();
        var file = folder.resolve("extract.csv");
        java.nio.file.Files.writeString(file, csv(1, 2_000, "2026-07-01") + "broken,line\n");
        assertThat(cli("accesslog", "ingest", file.toString(), "--tenant", tenant, "--as", email, "--source", "ehr")).isEqualTo(2);
        assertThat(ledger.status(owner).size()).isEqualTo(2_000);
        assertThat(cli("accesslog", "ingest", file.toString(), "--tenant", tenant, "--as", email, "--source", "ehr")).isEqualTo(2);
        assertThat(ledger.status(owner).size()).isEqualTo(2_000);
        assertThat(cli("accesslog", "verify", "--tenant", tenant)).isZero();

        var segment = folder.resolve("segment.txt");
        assertThat(cli("accesslog", "export-segment", "--tenant", tenant, "--as", email, "--from", "512", "--out", segment.toString())).isZero();
        assertThat(Safeguard.run("accesslog", "verify", "--segment", segment.toString(), "--vkey", ledger.verifierKey(), "--origin",
                AccessLedger.origin(owner.tenantId()))).isZero();
        String text = java.nio.file.Files.readString(segment);
        java.nio.file.Files.writeString(segment, text.replaceFirst("\n1000\t", "\n1000\tAA"));
        assertThat(Safeguard.run("accesslog", "verify", "--segment", segment.toString(), "--vkey", ledger.verifierKey(), "--origin",
                AccessLedger.origin(owner.tenantId()))).isEqualTo(2);

        Tamper.remove(jdbc, owner.tenantId(), 1_999);
        assertThat(cli("accesslog", "verify", "--tenant", tenant)).isEqualTo(2);
    }

    /** The generator's events file is an extract the generic mapping reads without a rejection. */
    @Test
    void aGeneratedLogIngestsCleanly(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) throws Exception {
        assertThat(Safeguard.run("accesslog", "generate", "--events", "4000", "--workforce", "60", "--patients", "3000", "--seed", "7",
                "--out", folder.toString())).isZero();
        assertThat(folder.resolve("events.csv")).exists();
        assertThat(folder.resolve("ground-truth.csv")).exists();
        TenantScope owner = owner();
        assertThat(cli("accesslog", "ingest", folder.resolve("events.csv").toString(), "--tenant", owner.tenantId().toString(), "--as",
                fixtures.admin().email(), "--source", "synthetic-ehr")).isZero();
        long rows;
        try (var lines = java.nio.file.Files.lines(folder.resolve("events.csv"))) {
            rows = lines.count() - 1;
        }
        assertThat(rows).isGreaterThanOrEqualTo(4_000);
        assertThat(ledger.status(owner).size()).isEqualTo(rows);
    }

    private int cli(String... command) {
        String[] args = new String[command.length + 3];
        args[0] = "--db-url=" + url;
        args[1] = "--db-user=" + user;
        args[2] = "--data-dir=" + dataDir;
        System.arraycopy(command, 0, args, 3, command.length);
        return Safeguard.run(args);
    }

    private TenantScope owner() {
        return fixtures.ownerScope(fixtures.organization("Ledger Clinic " + UUID.randomUUID().toString().substring(0, 6)));
    }

    private AccessLogIngest.Report ingest(TenantScope scope, String csv) {
        return ingest.ingest(scope, new AccessLogIngest.Request("csv", null, "ehr", "test.csv", AccessLogIngest.Channel.API),
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), null);
    }

    /** Events e-from .. e-to on one day, ten users and a hundred patients. */
    static String csv(int from, int to, String day) {
        var sb = new StringBuilder(HEADER);
        for (int i = from; i <= to; i++) {
            sb.append("e-").append(i).append(',').append(day).append('T').append("%02d:%02d:00Z".formatted(8 + i % 10, i % 60))
                    .append(",u").append(i % 10).append(",Nurse,ICU,P").append(i % 100 + 1).append(",R,WS").append(i % 7).append('\n');
        }
        return sb.toString();
    }
}
