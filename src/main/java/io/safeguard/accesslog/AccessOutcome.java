package io.safeguard.accesslog;

/** The outcome of the event: FHIR R4 AuditEvent.outcome and DICOM EventOutcomeIndicator (0, 4, 8, 12). */
public enum AccessOutcome {
    SUCCESS(0),
    MINOR_FAILURE(4),
    SERIOUS_FAILURE(8),
    MAJOR_FAILURE(12);

    private final int code;

    AccessOutcome(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static java.util.Optional<AccessOutcome> ofCode(int code) {
        for (AccessOutcome o : values()) {
            if (o.code == code) {
                return java.util.Optional.of(o);
            }
        }
        return java.util.Optional.empty();
    }
}
