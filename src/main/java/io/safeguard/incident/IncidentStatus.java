package io.safeguard.incident;

/** Where an incident stands: reported, under assessment, determined, notices going out, closed. */
public enum IncidentStatus {
    REPORTED("Reported"),
    ASSESSING("Assessing"),
    DETERMINED("Determined"),
    NOTIFYING("Notifying"),
    CLOSED("Closed");

    private final String label;

    IncidentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The workflow only moves forward; a determination that is not a breach may close without notifying. */
    public boolean canMoveTo(IncidentStatus next) {
        return next.ordinal() > ordinal();
    }
}
