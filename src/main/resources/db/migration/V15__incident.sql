-- Incidents and breach determinations (45 CFR 164.400-414). Portable SQL for H2 (PostgreSQL mode) and PostgreSQL;
-- every row carries its tenant. Nothing here is ever deleted: the covered entity bears the burden of proof (164.414(b))
-- and keeps the assessment, the rationale, the dates and law-enforcement statements six years (164.530(j)).
CREATE SCHEMA IF NOT EXISTS incident;

CREATE TABLE incident.incident (
    id               UUID PRIMARY KEY,
    tenant_id        UUID          NOT NULL,
    ref_no           INTEGER       NOT NULL,
    title            VARCHAR(200)  NOT NULL,
    what_happened    VARCHAR(4000) NOT NULL,
    occurred_from    DATE          NOT NULL,
    occurred_to      DATE,
    discovered_on    DATE          NOT NULL,
    discovered_by    VARCHAR(200)  NOT NULL,
    phi_types        VARCHAR(1000),
    affected         INTEGER       NOT NULL,
    missing_contact  INTEGER       NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    -- Law-enforcement delay (164.412): the statement, written or oral (oral: documented, 30 days at most).
    le_stated_on     DATE,
    le_written       BOOLEAN,
    le_until         DATE,
    le_official      VARCHAR(300),
    reported_by      VARCHAR(320)  NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT incident_reference UNIQUE (tenant_id, ref_no),
    CONSTRAINT incident_counts CHECK (affected >= 0 AND missing_contact >= 0),
    CONSTRAINT incident_status CHECK (status IN ('REPORTED', 'ASSESSING', 'DETERMINED', 'NOTIFYING', 'CLOSED'))
);
CREATE INDEX incident_tenant ON incident.incident (tenant_id);

-- Systems (inventory asset ids) and vendors involved.
CREATE TABLE incident.involved_asset (
    tenant_id   UUID NOT NULL,
    incident_id UUID NOT NULL REFERENCES incident.incident (id),
    asset_id    UUID NOT NULL,
    PRIMARY KEY (incident_id, asset_id)
);

CREATE TABLE incident.involved_vendor (
    tenant_id   UUID NOT NULL,
    incident_id UUID NOT NULL REFERENCES incident.incident (id),
    vendor_id   UUID NOT NULL,
    PRIMARY KEY (incident_id, vendor_id)
);

-- Individuals affected per State or jurisdiction (media notice: more than 500 residents of one, 164.406).
CREATE TABLE incident.affected_state (
    tenant_id   UUID       NOT NULL,
    incident_id UUID       NOT NULL REFERENCES incident.incident (id),
    state       VARCHAR(8) NOT NULL,
    residents   INTEGER    NOT NULL CHECK (residents >= 0),
    PRIMARY KEY (incident_id, state)
);

-- The timeline is only ever appended to.
CREATE TABLE incident.timeline_entry (
    id          UUID PRIMARY KEY,
    tenant_id   UUID          NOT NULL,
    incident_id UUID          NOT NULL REFERENCES incident.incident (id),
    happened_on DATE          NOT NULL,
    entry_text  VARCHAR(2000) NOT NULL,
    author      VARCHAR(320)  NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX timeline_tenant ON incident.timeline_entry (tenant_id, incident_id);

-- Determinations are appended; the latest is in force and earlier ones stay as the record of how it was decided.
CREATE TABLE incident.determination (
    id                UUID PRIMARY KEY,
    tenant_id         UUID          NOT NULL,
    incident_id       UUID          NOT NULL REFERENCES incident.incident (id),
    conclusion        VARCHAR(32)   NOT NULL,
    exception_code    VARCHAR(16),
    nature_text       VARCHAR(2000),
    nature_level      VARCHAR(8),
    recipient_text    VARCHAR(2000),
    recipient_level   VARCHAR(8),
    acquired_text     VARCHAR(2000),
    acquired_level    VARCHAR(8),
    mitigation_text   VARCHAR(2000),
    mitigation_level  VARCHAR(8),
    safe_harbor_basis VARCHAR(4000) NOT NULL,
    rationale         VARCHAR(4000) NOT NULL,
    decided_by        VARCHAR(320)  NOT NULL,
    decided_on        DATE          NOT NULL,
    recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT determination_conclusion CHECK (conclusion IN
        ('BREACH', 'NOT_A_BREACH_LOW_PROBABILITY', 'EXCEPTION', 'SECURED_PHI_SAFE_HARBOR'))
);
CREATE INDEX determination_tenant ON incident.determination (tenant_id, incident_id);
