package io.safeguard.accesslog.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The fields of {@link io.safeguard.accesslog.AccessEvent} a source can supply, by their key (the record component
 * name, used in mapping files) and their column name in the generic CSV layout. JSON lines accept either, in camelCase
 * or snake_case.
 */
public enum CanonicalField {
    SOURCE_SYSTEM("sourceSystem", "source_system"),
    SOURCE_EVENT_ID("sourceEventId", "event_id"),
    OCCURRED_AT("occurredAt", "occurred_at"),
    RECORDED_AT("recordedAt", "recorded_at"),
    USER_ID("userId", "user_id"),
    USER_NAME("userName", "user_name"),
    USER_ROLE("userRole", "user_role"),
    USER_DEPARTMENT("userDepartment", "department"),
    PATIENT_ID("patientId", "patient_id"),
    ENCOUNTER_ID("encounterId", "encounter_id"),
    ACTION("action", "action"),
    ACTION_CODE("actionCode", "action_code"),
    OBJECT_TYPE("objectType", "object_type"),
    OBJECT_ID("objectId", "object_id"),
    WORKSTATION("workstation", "workstation"),
    NETWORK_ADDRESS("networkAddress", "ip"),
    FACILITY("facility", "facility"),
    OUTCOME("outcome", "outcome"),
    PURPOSE_OF_USE("purposeOfUse", "purpose_of_use");

    static final int COUNT = values().length;
    private static final Map<String, CanonicalField> BY_KEY = new HashMap<>();
    private static final Map<String, CanonicalField> BY_JSON_NAME = new HashMap<>();

    static {
        for (CanonicalField f : values()) {
            BY_KEY.put(f.key, f);
            for (String name : new String[] {f.key, snake(f.key), f.genericColumn, camel(f.genericColumn)}) {
                BY_JSON_NAME.put(name, f);
            }
        }
    }

    private final String key;
    private final String genericColumn;

    CanonicalField(String key, String genericColumn) {
        this.key = key;
        this.genericColumn = genericColumn;
    }

    /** The name in mapping files: the AccessEvent component name. */
    public String key() {
        return key;
    }

    /** The column name in the generic CSV layout. */
    public String genericColumn() {
        return genericColumn;
    }

    public static Optional<CanonicalField> byKey(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }

    /** A JSON member name: the key or the generic column, camelCase or snake_case ({@code ip}, {@code networkAddress}). */
    static @Nullable CanonicalField byJsonName(String name) {
        return BY_JSON_NAME.get(name);
    }

    private static String snake(String camel) {
        var out = new StringBuilder();
        for (char c : camel.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('_').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String camel(String snake) {
        var out = new StringBuilder();
        boolean upper = false;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
