package io.safeguard.accesslog.ingest;

import static io.safeguard.accesslog.ingest.CanonicalField.*;

import io.safeguard.accesslog.AccessAction;
import io.safeguard.accesslog.AccessEvent;
import io.safeguard.accesslog.AccessOutcome;
import java.time.DateTimeException;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Builds an event from one record's text values, by canonical field, under a mapping's rules: required fields, time
 * formats, action and outcome values, the length limit, and the id fallback (the record's SHA-256). Used by the CSV
 * and JSON-lines parsers.
 */
final class EventAssembler {
    private final String defaultSource;
    private final TimeReader occurred;
    private final TimeReader recorded;
    private final ValueRule<AccessAction> actions;
    private final ValueRule<AccessOutcome> outcomes;

    EventAssembler(CsvMapping mapping, ParserOptions options) {
        this.defaultSource = options.sourceSystem() != null ? options.sourceSystem() : mapping.sourceSystem();
        this.occurred = TimeReader.of(mapping.occurredAt(), options.zone(), "mapping " + mapping.name() + " occurredAt");
        this.recorded = TimeReader.of(mapping.recordedAt(), options.zone(), "mapping " + mapping.name() + " recordedAt");
        this.actions = mapping.action();
        this.outcomes = mapping.outcome();
    }

    /**
     * @param values by {@link CanonicalField#ordinal()}; empty text counts as absent
     * @param labels the source's name of each field, for rejection reasons
     */
    AccessEvent assemble(@Nullable String[] values, String[] labels, String rawSha256) throws RecordRejected {
        for (int i = 0; i < values.length; i++) {
            String v = values[i];
            if (v != null && v.isEmpty()) {
                values[i] = null;
            } else if (v != null && v.length() > AccessEvent.MAX_FIELD) {
                throw new RecordRejected(labels[i] + " is longer than " + AccessEvent.MAX_FIELD + " characters");
            }
        }
        String userId = required(values, labels, USER_ID);
        Instant occurredAt = time(occurred, required(values, labels, OCCURRED_AT), labels[OCCURRED_AT.ordinal()]);
        String recordedText = values[RECORDED_AT.ordinal()];
        Instant recordedAt = recordedText == null ? null : time(recorded, recordedText, labels[RECORDED_AT.ordinal()]);
        AccessAction action = actions.resolve(values[ACTION.ordinal()]);
        if (action == null) {
            throw new RecordRejected(labels[ACTION.ordinal()] + " has an action value that the mapping does not know");
        }
        AccessOutcome outcome = outcomes.resolve(values[OUTCOME.ordinal()]);
        if (outcome == null) {
            throw new RecordRejected(labels[OUTCOME.ordinal()] + " has an outcome value that the mapping does not know");
        }
        String source = values[SOURCE_SYSTEM.ordinal()];
        String id = values[SOURCE_EVENT_ID.ordinal()];
        return new AccessEvent(source != null ? source : defaultSource, id != null ? id : rawSha256, occurredAt,
                recordedAt, userId, v(values, USER_NAME), v(values, USER_ROLE), v(values, USER_DEPARTMENT),
                v(values, PATIENT_ID), v(values, ENCOUNTER_ID), action, v(values, ACTION_CODE), v(values, OBJECT_TYPE),
                v(values, OBJECT_ID), v(values, WORKSTATION), v(values, NETWORK_ADDRESS), v(values, FACILITY), outcome,
                v(values, PURPOSE_OF_USE), rawSha256);
    }

    private static String required(@Nullable String[] values, String[] labels, CanonicalField field)
            throws RecordRejected {
        String v = values[field.ordinal()];
        if (v == null) {
            throw new RecordRejected(labels[field.ordinal()] + " is empty, and " + field.key() + " is required");
        }
        return v;
    }

    private static Instant time(TimeReader reader, String text, String label) throws RecordRejected {
        try {
            return reader.read(text);
        } catch (DateTimeException e) {
            throw new RecordRejected(label + " is not a time in the expected format"
                    + (e.getMessage() != null && e.getMessage().contains("offset") ? " (it has no UTC offset)" : ""));
        }
    }

    private static @Nullable String v(@Nullable String[] values, CanonicalField field) {
        return values[field.ordinal()];
    }
}
