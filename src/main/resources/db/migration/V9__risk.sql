-- Risk analysis (164.308(a)(1)(ii)(A)) and risk management plan (164.308(a)(1)(ii)(B)).
-- Portable SQL for H2 (PostgreSQL mode) and PostgreSQL; every row carries its tenant.
CREATE SCHEMA IF NOT EXISTS risk;

CREATE TABLE risk.settings (
    tenant_id     UUID PRIMARY KEY,
    matrix        VARCHAR(25) NOT NULL,
    threshold     VARCHAR(16) NOT NULL,
    review_months INTEGER     NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE risk.risk (
    id                  UUID PRIMARY KEY,
    tenant_id           UUID         NOT NULL,
    ref_no              INTEGER      NOT NULL,
    target_kind         VARCHAR(20)  NOT NULL,
    target_ref          VARCHAR(64),
    target_label        VARCHAR(200) NOT NULL,
    threat_id           VARCHAR(64),
    threat              VARCHAR(300) NOT NULL,
    vulnerability_id    VARCHAR(64),
    vulnerability       VARCHAR(500) NOT NULL,
    current_measures    VARCHAR(2000),
    likelihood          INTEGER,
    impact              INTEGER,
    status              VARCHAR(16)  NOT NULL,
    origin              VARCHAR(16)  NOT NULL,
    identified_on       DATE         NOT NULL,
    closed_on           DATE,
    close_reason        VARCHAR(500),
    strategy            VARCHAR(16),
    residual_likelihood INTEGER,
    residual_impact     INTEGER,
    rationale           VARCHAR(2000),
    approver            VARCHAR(160),
    review_on           DATE,
    decided_on          DATE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT risk_reference UNIQUE (tenant_id, ref_no)
);
CREATE INDEX risk_tenant ON risk.risk (tenant_id);

CREATE TABLE risk.measure (
    id             UUID PRIMARY KEY,
    tenant_id      UUID          NOT NULL,
    risk_id        UUID          NOT NULL REFERENCES risk.risk (id),
    description    VARCHAR(1000) NOT NULL,
    owner          VARCHAR(160),
    due_on         DATE,
    status         VARCHAR(16)   NOT NULL,
    completed_on   DATE,
    requirement_id VARCHAR(64),
    evidence_id    UUID,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX measure_tenant ON risk.measure (tenant_id);

-- Progress notes are only ever added.
CREATE TABLE risk.progress_note (
    id         UUID PRIMARY KEY,
    tenant_id  UUID          NOT NULL,
    measure_id UUID          NOT NULL REFERENCES risk.measure (id),
    written_at TIMESTAMP WITH TIME ZONE NOT NULL,
    author     VARCHAR(320)  NOT NULL,
    note_text  VARCHAR(2000) NOT NULL
);
CREATE INDEX note_tenant ON risk.progress_note (tenant_id);

-- An analysis in progress is edited; a completed one is a frozen, dated version whose content is the JSON snapshot.
-- Completed versions are never deleted (kept at least six years, 164.316(b)(2)(i)).
CREATE TABLE risk.analysis (
    id              UUID PRIMARY KEY,
    tenant_id       UUID          NOT NULL,
    title           VARCHAR(200)  NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    scope_statement VARCHAR(4000),
    method          VARCHAR(4000),
    participants    VARCHAR(2000),
    started_on      DATE          NOT NULL,
    version_no      INTEGER,
    completed_on    DATE,
    completed_at    TIMESTAMP WITH TIME ZONE,
    completed_by    VARCHAR(320),
    snapshot        TEXT,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX analysis_tenant ON risk.analysis (tenant_id);

-- Items of the inventory left out of an analysis, each with its justification (HHS 2010 element 1).
CREATE TABLE risk.scope_exclusion (
    analysis_id   UUID          NOT NULL REFERENCES risk.analysis (id),
    tenant_id     UUID          NOT NULL,
    item_key      VARCHAR(100)  NOT NULL,
    item_label    VARCHAR(200)  NOT NULL,
    justification VARCHAR(1000) NOT NULL,
    PRIMARY KEY (analysis_id, item_key)
);
