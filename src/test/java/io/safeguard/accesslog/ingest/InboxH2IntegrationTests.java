package io.safeguard.accesslog.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.safeguard.accesslog.ledger.AccessLedger;
import io.safeguard.identity.AccountAdministration;
import io.safeguard.identity.TenantAccess;
import io.safeguard.support.Fixtures;
import io.safeguard.support.H2Database;
import io.safeguard.support.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ContextConfiguration;

/** The watched folder: a finished file is ingested once, then moved to done/; an unknown kind of file goes to failed/. */
@IntegrationTest
@ContextConfiguration(initializers = H2Database.class)
class InboxH2IntegrationTests {
    @Autowired Fixtures fixtures;
    @Autowired AccessLogIngest ingest;
    @Autowired AccountAdministration accounts;
    @Autowired TenantAccess access;
    @Autowired AccessLedger ledger;
    @Autowired Clock clock;

    @Test
    void aDroppedExtractIsIngestedAndMovedAside(@TempDir Path dataDir) throws Exception {
        var tenant = fixtures.organization("Inbox Clinic " + UUID.randomUUID().toString().substring(0, 6));
        var inbox = new InboxFolder(dataDir.toString(), fixtures.admin().email(), ingest, accounts, access, clock);
        Path folder = dataDir.resolve("accesslog/inbox/" + tenant);
        Files.createDirectories(folder.resolve("generic"));
        Files.writeString(folder.resolve("generic/nightly.csv"), "event_id,occurred_at,user_id,patient_id\n"
                + "a-1,2026-11-20T10:00:00Z,u1,P1\na-2,2026-11-20T10:01:00Z,u2,P2\n");
        Files.writeString(folder.resolve("notes.docx"), "not an extract");
        inbox.poll(); // first sight: sizes noted
        assertThat(folder.resolve("generic/nightly.csv")).exists();
        inbox.poll(); // unchanged since: taken
        assertThat(folder.resolve("generic/nightly.csv")).doesNotExist();
        try (var done = Files.list(folder.resolve("generic/done"))) {
            assertThat(done.map(p -> p.getFileName().toString())).singleElement().asString().endsWith("-nightly.csv");
        }
        try (var failed = Files.list(folder.resolve("failed"))) {
            assertThat(failed.map(p -> p.getFileName().toString())).singleElement().asString().endsWith("-notes.docx");
        }
        assertThat(ledger.status(fixtures.ownerScope(tenant)).size()).isEqualTo(2);
        assertThat(ingest.runs(fixtures.ownerScope(tenant)).getFirst().channel()).isEqualTo("FOLDER");
    }
}
