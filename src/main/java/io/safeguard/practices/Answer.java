package io.safeguard.practices;

/** The answer to "were recognized security practices in place for the whole previous 12 months?" */
public enum Answer {
    YES("Yes"),
    PARTIALLY("Partially"),
    NO("No"),
    NO_FRAMEWORK("No framework chosen");

    private final String label;

    Answer(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
