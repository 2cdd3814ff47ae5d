package io.safeguard.accesslog.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.safeguard.accesslog.ledger.AccessLedger;
import io.safeguard.accesslog.ledger.Deduplication;
import io.safeguard.identity.AccountAdministration;
import io.safeguard.identity.TenantAccess;
import io.safeguard.support.Fixtures;
import io.safeguard.support.H2Database;
import io.safeguard.support.IntegrationTest;
import java.io.OutputStream;
import java.net.Socket;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

/** ATNA over syslog into an organization's ledger: a message sent over TCP lands once, even when sent twice. */
@IntegrationTest
@ContextConfiguration(initializers = H2Database.class)
class SyslogIntakeH2IntegrationTests {
    @Autowired Fixtures fixtures;
    @Autowired AccessLedger ledger;
    @Autowired Deduplication deduplication;
    @Autowired TransactionTemplate transactions;
    @Autowired AccountAdministration accounts;
    @Autowired TenantAccess access;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired java.time.Clock clock;
    @Autowired AccessLogIngest ingest;

    @Test
    void anAtnaMessageOverTcpLandsInTheLedgerOnce() throws Exception {
        var tenant = fixtures.organization("Syslog Clinic " + UUID.randomUUID().toString().substring(0, 6));
        var intake = new SyslogIntake(ledger, deduplication, transactions, accounts, access, 0, tenant.toString(), fixtures.admin().email(), "", "X", "",
                jdbc, clock);
        intake.start();
        try {
            int port = intake.port();
            byte[] message = AtnaFixtures.octetCounted(AtnaFixtures.HEADER + AtnaFixtures.patientRecordRead("true"));
            for (int i = 0; i < 2; i++) {
                try (Socket socket = new Socket("localhost", port); OutputStream out = socket.getOutputStream()) {
                    out.write(message);
                    out.flush();
                }
            }
            var owner = fixtures.ownerScope(tenant);
            for (int i = 0; i < 50 && ledger.status(owner).size() == 0; i++) {
                Thread.sleep(100);
                intake.flush();
            }
            Thread.sleep(300);
            intake.flush();
            assertThat(ledger.status(owner).size()).isEqualTo(1);
            var running = ingest.runs(owner).getFirst();
            assertThat(running.channel()).isEqualTo("SYSLOG");
            assertThat(running.status()).isEqualTo("RUNNING");
            assertThat(running.accepted() + running.duplicates()).isEqualTo(2);
            assertThat(running.accepted()).isEqualTo(1);
        } finally {
            intake.stop();
        }
        assertThat(ingest.runs(fixtures.ownerScope(tenant)).getFirst().status()).isEqualTo("DONE");
    }
}
