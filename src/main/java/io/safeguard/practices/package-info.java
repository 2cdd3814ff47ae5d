/**
 * Recognized security practices (HITECH section 13412, added by Public Law 116-321): the frameworks an organization
 * follows (NIST CSF 2.0, 405(d) HICP for its size), dated adoption records with evidence, kept as history, and the
 * computed answer to OCR's question whether the practices were in place for the whole previous 12 months.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "organization", "documents"})
package io.safeguard.practices;
