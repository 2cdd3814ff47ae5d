package io.safeguard.accesslog.ingest;

/** Receives the resources that a FHIR stream cuts out of its input, one at a time, numbered from 1. */
interface FhirResources {
    /**
     * @param text the resource as a document HAPI can parse (JSON or XML)
     * @param raw the bytes whose SHA-256 identifies the record
     */
    void resource(long number, String text, byte[] raw, boolean xml);

    void reject(long number, String reason);
}
