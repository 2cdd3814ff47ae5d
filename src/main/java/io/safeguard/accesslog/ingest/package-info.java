/**
 * Streaming parsers that turn access logs as sources send them (CSV/TSV/PSV extracts such as Epic Clarity ACCESS_LOG,
 * JSON lines, FHIR R4 AuditEvent, ATNA audit messages over syslog) into {@link io.safeguard.accesslog.AccessEvent}s.
 * Each parser reads an {@link java.io.InputStream} record by record within the bounds of {@link
 * io.safeguard.accesslog.ingest.IngestLimits}, hands good records and rejections to a {@link
 * io.safeguard.accesslog.ingest.RecordSink}, and never quotes record content in a rejection (it may be PHI).
 */
@org.jspecify.annotations.NullMarked
package io.safeguard.accesslog.ingest;
