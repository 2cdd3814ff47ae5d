package io.safeguard.documents;

public enum DocumentKind {
    POLICY("Policy"),
    PROCEDURE("Procedure"),
    PLAN("Plan"),
    FORM("Form"),
    OTHER("Other");

    private final String label;

    DocumentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
