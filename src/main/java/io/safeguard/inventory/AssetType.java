package io.safeguard.inventory;

public enum AssetType {
    EHR("EHR or practice management"),
    APPLICATION("Other application"),
    SERVER("Server"),
    WORKSTATION("Workstation"),
    LAPTOP("Laptop"),
    MOBILE_DEVICE("Mobile device"),
    MEDICAL_DEVICE("Medical device"),
    NETWORK_DEVICE("Network device"),
    CLOUD_SERVICE("Cloud service"),
    REMOVABLE_MEDIA("Removable media"),
    OTHER("Other");

    private final String label;

    AssetType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Devices that leave the building: loss or theft is the classic breach, and encryption decides its outcome. */
    public boolean portable() {
        return this == LAPTOP || this == MOBILE_DEVICE || this == REMOVABLE_MEDIA;
    }
}
