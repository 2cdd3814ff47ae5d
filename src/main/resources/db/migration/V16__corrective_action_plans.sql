-- Corrective action plans of resolution agreements with HHS (C10): the agreement, and each obligation (an action to
-- take or a report owed to HHS) with its due date, completion and evidence. Nothing is deleted.
CREATE SCHEMA IF NOT EXISTS penalty;

CREATE TABLE penalty.cap_agreement (
    id           UUID PRIMARY KEY,
    tenant_id    UUID          NOT NULL,
    title        VARCHAR(200)  NOT NULL,
    effective_on DATE          NOT NULL,
    ends_on      DATE          NOT NULL,
    monitor      VARCHAR(200),
    created_by   VARCHAR(320)  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX cap_agreement_tenant ON penalty.cap_agreement (tenant_id);

CREATE TABLE penalty.cap_obligation (
    id           UUID PRIMARY KEY,
    tenant_id    UUID          NOT NULL,
    agreement_id UUID          NOT NULL REFERENCES penalty.cap_agreement (id),
    kind         VARCHAR(20)   NOT NULL,
    description  VARCHAR(1000) NOT NULL,
    due_on       DATE          NOT NULL,
    completed_on DATE,
    evidence_id  UUID,
    completed_by VARCHAR(320),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX cap_obligation_tenant ON penalty.cap_obligation (tenant_id);
