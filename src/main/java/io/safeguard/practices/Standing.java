package io.safeguard.practices;

/** Where a practice stands for the look-back period ending on an as-of date. */
public enum Standing {
    /** Adopted at least 12 months before the as-of date, not retired before it, with evidence on file. */
    IN_PLACE("In place 12 months", "in-place"),
    /** In place for part of the period, or for all of it but without evidence. */
    PARTIAL("Partial", "partial"),
    /** Not in place at any time in the period. */
    NOT_ADOPTED("Not adopted", "not-adopted");

    private final String label;
    private final String param;

    Standing(String label, String param) {
        this.label = label;
        this.param = param;
    }

    public String label() {
        return label;
    }

    /** The value of the page's filter. */
    public String param() {
        return param;
    }

    public static java.util.Optional<Standing> ofParam(String param) {
        return java.util.Arrays.stream(values()).filter(s -> s.param.equals(param)).findFirst();
    }
}
