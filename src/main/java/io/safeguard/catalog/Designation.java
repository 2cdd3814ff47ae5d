package io.safeguard.catalog;

/** 164.306(d): a Required specification must be implemented; an Addressable one needs a documented decision. */
public enum Designation {
    REQUIRED("Required"),
    ADDRESSABLE("Addressable");

    private final String label;

    Designation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
