package io.safeguard.inventory;

public enum RemoteMfa {
    YES("Yes"),
    NO("No"),
    NOT_APPLICABLE("No remote access");

    private final String label;

    RemoteMfa(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
