package io.safeguard;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** Where the data lives: the embedded database under {@code --data-dir}, or PostgreSQL by {@code --db-url}. */
class DataOptions {
    @Option(names = "--data-dir", defaultValue = "${SAFEGUARD_DATA_DIR:-./data}", scope = ScopeType.INHERIT,
            description = "Folder of the embedded database and stored files (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--db-url", scope = ScopeType.INHERIT,
            description = "JDBC URL of a PostgreSQL database instead of the embedded one.")
    String dbUrl;

    @Option(names = "--db-user", scope = ScopeType.INHERIT, description = "PostgreSQL user.")
    String dbUser;

    @Option(names = "--db-password-env", scope = ScopeType.INHERIT,
            description = "Name of the environment variable that holds the PostgreSQL password.")
    String dbPasswordEnv;

    /** Command-line arguments outrank application.yaml and the environment, as options given on purpose should. */
    static String[] asArguments(Map<String, Object> properties) {
        return properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }

    Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("safeguard.data-dir", dataDir.toAbsolutePath().normalize().toString());
        if (dbUrl != null) {
            properties.put("spring.datasource.url", dbUrl);
        }
        if (dbUser != null) {
            properties.put("spring.datasource.username", dbUser);
        }
        if (dbPasswordEnv != null) {
            properties.put("spring.datasource.password", System.getenv().getOrDefault(dbPasswordEnv, ""));
        }
        return properties;
    }
}
