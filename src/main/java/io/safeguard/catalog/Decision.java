package io.safeguard.catalog;

/** The 164.306(d)(3) outcomes for an addressable implementation specification. */
public enum Decision {
    /** 164.306(d)(3)(ii)(A): reasonable and appropriate, implemented. */
    IMPLEMENTED("Implemented"),
    /** 164.306(d)(3)(ii)(B)(2): an equivalent alternative measure is implemented instead, with the reasons documented. */
    EQUIVALENT_ALTERNATIVE("Equivalent alternative measure"),
    /** 164.306(d)(3)(ii)(B)(1): not reasonable and appropriate, and why is documented. */
    NOT_REASONABLE_AND_APPROPRIATE("Not reasonable and appropriate");

    private final String label;

    Decision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
