/**
 * The assessment of the program the way OCR would evaluate it (C8): for every catalog row in force and an as-of date,
 * a finding (Met, Partially met, Not met, Not applicable, or Unknown when data is missing, never counted as Met) with
 * the concrete gaps, the evidence relied on and the next action; a readiness score weighted by enforcement frequency;
 * stored assessments with history and the date each gap was first seen.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "organization", "catalog",
        "inventory", "vendor", "workforce", "documents", "risk", "bundle", "imports", "imports::cli", "practices", "incident", "accesslog"})
package io.safeguard.assessment;
