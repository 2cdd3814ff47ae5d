package io.safeguard.accesslog.ingest;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How a source's values in one column map to ours (action or outcome): {@code values} matched without regard to case,
 * {@code ifEmpty} when the column is absent or empty, {@code ifUnknown} for a value not in the map ({@code null} means
 * the record is rejected).
 */
public record ValueRule<E extends Enum<E>>(Map<String, E> values, E ifEmpty, @Nullable E ifUnknown) {
    public ValueRule {
        var lower = new HashMap<String, E>();
        values.forEach((k, v) -> lower.put(k.strip().toLowerCase(Locale.ROOT), v));
        values.forEach((k, v) -> lower.putIfAbsent(k.strip().toUpperCase(Locale.ROOT), v)); // found without lower-casing
        values = Map.copyOf(lower);
    }

    /** The mapped value, or {@code null} when the value is unknown and the rule rejects it. */
    @Nullable E resolve(@Nullable String value) {
        if (value == null) {
            return ifEmpty;
        }
        E exact = values.get(value);
        if (exact != null) {
            return exact;
        }
        E mapped = values.get(value.toLowerCase(Locale.ROOT));
        return mapped != null ? mapped : ifUnknown;
    }
}
