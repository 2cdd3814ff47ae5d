package io.safeguard.inventory;

public enum Backup {
    NONE("None"),
    LOCAL("Local copy only"),
    OFFSITE("Offsite copy"),
    OFFLINE_OR_IMMUTABLE("Offline or immutable copy");

    private final String label;

    Backup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
