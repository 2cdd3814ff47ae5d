package io.safeguard.organization;

/** What HIPAA makes of the organization; it decides which rules apply (a business associate has no privacy official duty). */
public enum EntityType {
    /** 160.103: health plan, health care clearinghouse, or provider who transmits standard transactions electronically. */
    COVERED_ENTITY("Covered entity"),
    /** 160.103: creates, receives, maintains or transmits PHI on behalf of a covered entity. */
    BUSINESS_ASSOCIATE("Business associate"),
    /** 164.103/164.105: a covered entity whose covered functions are not its primary functions, with designated components. */
    HYBRID("Hybrid entity");

    private final String label;

    EntityType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** 164.530(a)(1) requires a privacy official of covered entities (and the covered components of hybrid entities). */
    public boolean needsPrivacyOfficial() {
        return this != BUSINESS_ASSOCIATE;
    }
}
