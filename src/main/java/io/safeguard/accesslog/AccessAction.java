package io.safeguard.accesslog;

/** What the user did to the data: the CRUDE action of FHIR AuditEvent.action and DICOM EventActionCode. */
public enum AccessAction {
    CREATE('C'),
    READ('R'),
    UPDATE('U'),
    DELETE('D'),
    EXECUTE('E');

    private final char code;

    AccessAction(char code) {
        this.code = code;
    }

    public char code() {
        return code;
    }

    /** From the one-letter code (case-insensitive); empty for anything else. */
    public static java.util.Optional<AccessAction> ofCode(String code) {
        if (code == null || code.strip().length() != 1) {
            return java.util.Optional.empty();
        }
        char c = Character.toUpperCase(code.strip().charAt(0));
        for (AccessAction a : values()) {
            if (a.code == c) {
                return java.util.Optional.of(a);
            }
        }
        return java.util.Optional.empty();
    }
}
