-- Evidence files (content-addressed by SHA-256, bytes under <data-dir>/evidence) and the register of policies and
-- procedures with their versions; six-year retention and legal hold (164.316(b)(2)(i), 164.530(j)(2)).
CREATE SCHEMA IF NOT EXISTS documents;

CREATE TABLE documents.evidence (
    id                UUID PRIMARY KEY,
    tenant_id         UUID          NOT NULL,
    sha256            VARCHAR(64)   NOT NULL,
    file_name         VARCHAR(200)  NOT NULL,
    content_type      VARCHAR(100)  NOT NULL,
    size_bytes        BIGINT        NOT NULL,
    uploaded_by       UUID          NOT NULL,
    uploaded_by_name  VARCHAR(254)  NOT NULL,
    uploaded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    speaks_for        DATE          NOT NULL,
    description       VARCHAR(1000),
    retain_until      DATE          NOT NULL,
    legal_hold        BOOLEAN       NOT NULL,
    legal_hold_reason VARCHAR(500)
);
CREATE INDEX evidence_tenant ON documents.evidence (tenant_id, speaks_for);
CREATE INDEX evidence_hash ON documents.evidence (sha256);

CREATE TABLE documents.evidence_link (
    evidence_id    UUID        NOT NULL REFERENCES documents.evidence (id),
    requirement_id VARCHAR(60) NOT NULL,
    PRIMARY KEY (evidence_id, requirement_id)
);

CREATE TABLE documents.document (
    id          UUID PRIMARY KEY,
    tenant_id   UUID         NOT NULL,
    title       VARCHAR(200) NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    owner       VARCHAR(160),
    requirements VARCHAR(1000) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT document_title_unique UNIQUE (tenant_id, title)
);

CREATE TABLE documents.document_version (
    id             UUID PRIMARY KEY,
    tenant_id      UUID         NOT NULL,
    document_id    UUID         NOT NULL REFERENCES documents.document (id),
    label          VARCHAR(40)  NOT NULL,
    evidence_id    UUID         NOT NULL REFERENCES documents.evidence (id),
    effective_on   DATE         NOT NULL,
    review_due_on  DATE         NOT NULL,
    approved_by    VARCHAR(160) NOT NULL,
    approved_on    DATE         NOT NULL,
    change_summary VARCHAR(1000),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT version_label_unique UNIQUE (document_id, label)
);
