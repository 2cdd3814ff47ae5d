package io.safeguard.accesslog.ingest;

import io.safeguard.accesslog.AccessAction;
import io.safeguard.accesslog.AccessOutcome;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * How one source's delimited access-log extract maps to an {@link io.safeguard.accesslog.AccessEvent}: for each
 * canonical field, the source column (or several names, the first one the header has wins), how its times are written,
 * and how its action and outcome values translate. {@code userId} and {@code occurredAt} are required; a field without
 * a column is left empty, except the event id (then the SHA-256 of the line), the action and the outcome (then the
 * rule's {@code ifEmpty}).
 *
 * <p>Mapping files are YAML (see {@code accesslog/mappings/generic.yaml}); {@link #builtIn(String)} loads the ones
 * shipped with the application.
 */
public record CsvMapping(String name, String sourceSystem, Map<CanonicalField, List<String>> columns, TimeFormat occurredAt,
        TimeFormat recordedAt, ValueRule<AccessAction> action, ValueRule<AccessOutcome> outcome) {

    public static final String GENERIC = "generic";
    public static final String EPIC_ACCESS_LOG = "epic-access-log";
    private static final List<String> BUILT_IN = List.of(GENERIC, EPIC_ACCESS_LOG);
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .build();
    private static final Map<String, CsvMapping> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

    public CsvMapping {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sourceSystem, "sourceSystem");
        for (CanonicalField required : List.of(CanonicalField.USER_ID, CanonicalField.OCCURRED_AT)) {
            if (columns.getOrDefault(required, List.of()).isEmpty()) {
                throw new IllegalArgumentException("mapping " + name + " has no column for " + required.key());
            }
        }
        var copy = new EnumMap<CanonicalField, List<String>>(CanonicalField.class);
        columns.forEach((field, names) -> copy.put(field, List.copyOf(names)));
        columns = Map.copyOf(copy);
    }

    public static List<String> builtInNames() {
        return BUILT_IN;
    }

    /** A mapping shipped in {@code accesslog/mappings/<name>.yaml}. */
    public static CsvMapping builtIn(String name) {
        if (!BUILT_IN.contains(name)) {
            throw new IllegalArgumentException("no built-in access-log mapping named " + name + "; known: " + BUILT_IN);
        }
        return LOADED.computeIfAbsent(name, CsvMapping::loadBuiltIn);
    }

    private static CsvMapping loadBuiltIn(String name) {
        try (InputStream in = CsvMapping.class.getResourceAsStream("/accesslog/mappings/" + name + ".yaml")) {
            if (in == null) {
                throw new IllegalStateException("accesslog/mappings/" + name + ".yaml is missing from the application");
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a mapping file.
     *
     * @throws IllegalArgumentException when the file is not a valid mapping (unknown field, action or outcome name)
     */
    public static CsvMapping load(InputStream yaml) throws IOException {
        MappingFile file;
        try {
            file = YAML.readValue(yaml, MappingFile.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("the mapping file is not valid: " + e.getOriginalMessage(), e);
        }
        return file.toMapping();
    }

    record MappingFile(String name, @Nullable String sourceSystem, Map<String, List<String>> columns,
            @Nullable Map<String, TimeFormat> times, @Nullable RuleFile action, @Nullable RuleFile outcome) {

        CsvMapping toMapping() {
            if (name == null || columns == null) {
                throw new IllegalArgumentException("a mapping file needs 'name' and 'columns'");
            }
            var fields = new LinkedHashMap<CanonicalField, List<String>>();
            columns.forEach((key, names) -> fields.put(field(key), names));
            Map<String, TimeFormat> t = times == null ? Map.of() : times;
            t.keySet().forEach(key -> {
                if (!key.equals("occurredAt") && !key.equals("recordedAt")) {
                    throw new IllegalArgumentException("mapping " + name + ": times are given for occurredAt and recordedAt only, not " + key);
                }
            });
            TimeFormat occurred = t.getOrDefault("occurredAt", TimeFormat.isoWithOffset());
            return new CsvMapping(name, sourceSystem == null ? name : sourceSystem, fields, occurred,
                    t.getOrDefault("recordedAt", occurred), actionRule(action), outcomeRule(outcome));
        }

        private CanonicalField field(String key) {
            return CanonicalField.byKey(key).orElseThrow(
                    () -> new IllegalArgumentException("mapping " + name + ": no canonical field named " + key));
        }

        private ValueRule<AccessAction> actionRule(@Nullable RuleFile rule) {
            RuleFile r = rule == null ? new RuleFile(null, null, null) : rule;
            var values = new LinkedHashMap<String, AccessAction>();
            if (r.values() != null) {
                r.values().forEach((source, ours) -> values.put(source, action(ours)));
            }
            AccessAction ifEmpty = r.ifEmpty() == null ? AccessAction.READ : action(r.ifEmpty());
            return new ValueRule<>(values, ifEmpty, rejects(r.ifUnknown()) ? null : action(r.ifUnknown()));
        }

        private ValueRule<AccessOutcome> outcomeRule(@Nullable RuleFile rule) {
            RuleFile r = rule == null ? new RuleFile(null, null, null) : rule;
            var values = new LinkedHashMap<String, AccessOutcome>();
            if (r.values() != null) {
                r.values().forEach((source, ours) -> values.put(source, outcome(ours)));
            }
            AccessOutcome ifEmpty = r.ifEmpty() == null ? AccessOutcome.SUCCESS : outcome(r.ifEmpty());
            return new ValueRule<>(values, ifEmpty, rejects(r.ifUnknown()) ? null : outcome(r.ifUnknown()));
        }

        private static boolean rejects(@Nullable String ifUnknown) {
            return ifUnknown == null || ifUnknown.equalsIgnoreCase("reject");
        }

        private AccessAction action(String value) {
            String v = value.strip().toUpperCase(Locale.ROOT);
            for (AccessAction a : AccessAction.values()) {
                if (a.name().equals(v)) {
                    return a;
                }
            }
            return AccessAction.ofCode(v).orElseThrow(() -> new IllegalArgumentException(
                    "mapping " + name + ": " + value + " is not an action (CREATE, READ, UPDATE, DELETE, EXECUTE)"));
        }

        private AccessOutcome outcome(String value) {
            String v = value.strip().toUpperCase(Locale.ROOT);
            for (AccessOutcome o : AccessOutcome.values()) {
                if (o.name().equals(v) || Integer.toString(o.code()).equals(v)) {
                    return o;
                }
            }
            throw new IllegalArgumentException("mapping " + name + ": " + value
                    + " is not an outcome (SUCCESS, MINOR_FAILURE, SERIOUS_FAILURE, MAJOR_FAILURE or 0, 4, 8, 12)");
        }
    }

    record RuleFile(@Nullable Map<String, String> values, @Nullable String ifEmpty, @Nullable String ifUnknown) {}
}
