package io.safeguard.catalog;

public enum Category {
    ADMINISTRATIVE("Administrative safeguards", "164.308"),
    PHYSICAL("Physical safeguards", "164.310"),
    TECHNICAL("Technical safeguards", "164.312"),
    ORGANIZATIONAL("Organizational requirements", "164.314"),
    DOCUMENTATION("Policies, procedures and documentation", "164.316"),
    BREACH_NOTIFICATION("Breach notification", "164.400-414"),
    PRIVACY("Privacy Rule", "164.500-534");

    private final String label;
    private final String sections;

    Category(String label, String sections) {
        this.label = label;
        this.sections = sections;
    }

    public String label() {
        return label;
    }

    public String sections() {
        return sections;
    }
}
