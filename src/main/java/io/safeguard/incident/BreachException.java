package io.safeguard.incident;

/** The three exclusions from "breach" in 164.402, paragraph (1) (regulation.md 2.1). */
public enum BreachException {
    GOOD_FAITH_WORKFORCE("164.402(1)(i)", "Unintentional acquisition, access or use by a workforce member or person acting under the "
            + "authority of the covered entity or business associate, in good faith, within the scope of authority, and not "
            + "further used or disclosed impermissibly"),
    INADVERTENT_AUTHORIZED("164.402(1)(ii)", "Inadvertent disclosure between two people authorized to access PHI at the same covered "
            + "entity, business associate or organized health care arrangement, not further used or disclosed impermissibly"),
    UNABLE_TO_RETAIN("164.402(1)(iii)", "Good-faith belief that the unauthorized recipient would not reasonably have been able to "
            + "retain the information (for example mail returned unopened)");

    private final String citation;
    private final String description;

    BreachException(String citation, String description) {
        this.citation = citation;
        this.description = description;
    }

    public String citation() {
        return citation;
    }

    public String description() {
        return description;
    }
}
