package io.safeguard.shared;

/**
 * A command-line command that reads or changes the database. The launcher opens the application without a web
 * server (embedded H2 file or PostgreSQL, from the global {@code --data-dir}/{@code --db-url} options) and hands the
 * command its beans; commands that need no data implement {@code Callable} and start without any Spring context.
 */
public interface DatabaseCommand {
    int run(Beans beans) throws Exception;

    /** False when this invocation's options need no database (it then runs as a plain picocli command). */
    default boolean needsDatabase() {
        return true;
    }

    /** Looks up an application bean by type. */
    interface Beans {
        <T> T get(Class<T> type);
    }
}
