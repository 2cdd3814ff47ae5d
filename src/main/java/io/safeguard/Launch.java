package io.safeguard;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the application without a web server, for CLI commands that read or change the database. When a server
 * already holds the embedded database file, says so instead of failing with a stack trace.
 */
final class Launch {
    private Launch() {}

    static ConfigurableApplicationContext database(DataOptions data) {
        var application = new SpringApplication(SafeguardApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setBannerMode(org.springframework.boot.Banner.Mode.OFF);
        application.setLogStartupInfo(false);
        Map<String, Object> properties = data.properties();
        properties.put("logging.level.root", "WARN");
        properties.put("safeguard.demo", false);
        try {
            return application.run(DataOptions.asArguments(properties));
        } catch (RuntimeException e) {
            if (mentions(e, "already in use") || mentions(e, "Database may be already")) {
                throw new DatabaseBusy(data.dataDir.toString());
            }
            throw e;
        }
    }

    /** An application on a private in-memory database and a temporary data folder, for {@link io.safeguard.shared.OfflineCommand}. */
    static Offline offline() throws java.io.IOException {
        java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("safeguard-offline");
        var application = new SpringApplication(SafeguardApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setBannerMode(org.springframework.boot.Banner.Mode.OFF);
        application.setLogStartupInfo(false);
        Map<String, Object> properties = new java.util.LinkedHashMap<>();
        properties.put("safeguard.data-dir", folder.toString());
        properties.put("spring.datasource.url", "jdbc:h2:mem:offline-" + java.util.UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        properties.put("logging.level.root", "WARN");
        properties.put("safeguard.demo", false);
        return new Offline(application.run(DataOptions.asArguments(properties)), folder);
    }

    /** The offline application and its temporary folder, deleted on close. */
    record Offline(ConfigurableApplicationContext context, java.nio.file.Path folder) implements AutoCloseable {
        @Override
        public void close() throws java.io.IOException {
            context.close();
            try (var paths = java.nio.file.Files.walk(folder)) {
                for (var path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    java.nio.file.Files.deleteIfExists(path);
                }
            }
        }
    }

    private static boolean mentions(Throwable e, String text) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(text)) {
                return true;
            }
        }
        return false;
    }

    /** The embedded database is open in a running server. */
    static final class DatabaseBusy extends RuntimeException {
        DatabaseBusy(String dataDir) {
            super("The database in " + dataDir + " is in use by a running Safeguard server. "
                    + "Stop the server first, or use the web pages or REST API.");
        }
    }
}
