package io.safeguard.accesslog.cli;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * The benchmark's baseline on PostgreSQL: a plain COPY of the extract's rows into a scratch table with the event
 * table's columns and primary key, timed, then dropped.
 */
final class PlainCopy {
    private PlainCopy() {}

    static double run(DataSource dataSource, Path csv) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS accesslog_bench_copy");
            s.execute("""
                    CREATE TABLE accesslog_bench_copy (seq BIGSERIAL PRIMARY KEY, source_event_id VARCHAR(512) NOT NULL,
                        occurred_at TIMESTAMP WITH TIME ZONE NOT NULL, user_id VARCHAR(512), user_role VARCHAR(512), user_department VARCHAR(512),
                        patient_id VARCHAR(512), encounter_id VARCHAR(512), action CHAR(1), action_code VARCHAR(512), workstation VARCHAR(512),
                        network_address VARCHAR(512), facility VARCHAR(512), outcome SMALLINT)""");
            long start = System.nanoTime();
            long rows;
            try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                rows = c.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                        COPY accesslog_bench_copy (source_event_id, occurred_at, user_id, user_role, user_department, patient_id, encounter_id,
                            action, action_code, workstation, network_address, facility, outcome) FROM STDIN WITH (FORMAT csv, HEADER true)""", in);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            s.execute("DROP TABLE accesslog_bench_copy");
            return rows / seconds;
        }
    }
}
