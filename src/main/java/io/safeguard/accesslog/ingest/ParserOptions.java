package io.safeguard.accesslog.ingest;

import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * What a parser needs to know about the source beyond the bytes: the source system's name (the first half of an
 * event's identity; when absent, the mapping's name or what the record says about its sender), the source's time
 * zone (for local times, such as Epic's ACCESS_TIME) and, for delimited files, the column mapping (default {@code
 * generic}).
 */
public record ParserOptions(@Nullable String sourceSystem, @Nullable ZoneId zone, @Nullable CsvMapping mapping) {

    public static ParserOptions defaults() {
        return new ParserOptions(null, null, null);
    }

    public ParserOptions withSourceSystem(String name) {
        return new ParserOptions(name, zone, mapping);
    }

    public ParserOptions withZone(ZoneId sourceZone) {
        return new ParserOptions(sourceSystem, sourceZone, mapping);
    }

    public ParserOptions withMapping(CsvMapping csvMapping) {
        return new ParserOptions(sourceSystem, zone, csvMapping);
    }

    CsvMapping mappingOrGeneric() {
        return mapping != null ? mapping : CsvMapping.builtIn(CsvMapping.GENERIC);
    }
}
