package io.safeguard.shared;

/**
 * A {@link DatabaseCommand} that works on files alone: the launcher gives it a private in-memory database and a
 * temporary data folder, both gone when the command ends, so it needs no server and no database file.
 */
public interface OfflineCommand extends DatabaseCommand {}
