package io.safeguard.risk;

public enum MeasureStatus {
    PLANNED("Planned"),
    IN_PROGRESS("In progress"),
    DONE("Done");

    private final String label;

    MeasureStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
