-- Assessments (C8): each run stored with its score and findings (JSON), and since when each requirement has been
-- continuously not met, for the history and the penalty exposure estimate.
CREATE SCHEMA IF NOT EXISTS assessment;

CREATE TABLE assessment.assessment (
    id         UUID PRIMARY KEY,
    tenant_id  UUID          NOT NULL,
    as_of      DATE          NOT NULL,
    score      NUMERIC(5, 1) NOT NULL,
    met        INTEGER       NOT NULL,
    not_met    INTEGER       NOT NULL,
    findings   TEXT          NOT NULL,
    created_by VARCHAR(320)  NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX assessment_tenant ON assessment.assessment (tenant_id, as_of);

-- A requirement found not met or partially met from open_since until closed_on (the first later assessment that found it met).
CREATE TABLE assessment.open_gap (
    tenant_id   UUID        NOT NULL,
    requirement VARCHAR(64) NOT NULL,
    open_since  DATE        NOT NULL,
    closed_on   DATE,
    PRIMARY KEY (tenant_id, requirement, open_since)
);
