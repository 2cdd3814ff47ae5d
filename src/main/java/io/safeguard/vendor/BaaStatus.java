package io.safeguard.vendor;

/** Where a vendor's business associate agreement stands on a date. */
public enum BaaStatus {
    NONE("None"),
    REQUESTED("Requested"),
    EXECUTED("Executed"),
    EXPIRED("Expired"),
    TERMINATED("Terminated");

    private final String label;

    BaaStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Only an executed agreement that has not expired gives the assurances of 164.308(b)(1) and 164.502(e). */
    public boolean covers() {
        return this == EXECUTED;
    }
}
