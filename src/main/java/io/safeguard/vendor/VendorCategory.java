package io.safeguard.vendor;

public enum VendorCategory {
    EHR_VENDOR("EHR or practice software"),
    CLOUD_PROVIDER("Cloud or office-suite provider"),
    BILLING("Billing or revenue cycle"),
    IT_SERVICES("IT or managed services"),
    SAAS("Other software service"),
    HEALTH_CARE_PROVIDER("Health care provider"),
    RECORDS_AND_DISPOSAL("Records storage or disposal"),
    OTHER("Other");

    private final String label;

    VendorCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
