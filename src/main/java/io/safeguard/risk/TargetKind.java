package io.safeguard.risk;

/** What a risk is about: one item of the inventory, a group of like assets, or the whole organization. */
public enum TargetKind {
    ORGANIZATION("Whole organization"),
    ASSET("Asset"),
    ASSET_TYPE("Group of like assets"),
    DATA_FLOW("Data flow"),
    VENDOR("Vendor");

    private final String label;

    TargetKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
