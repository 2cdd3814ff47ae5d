-- Per-organization catalog choices: the overlays (proposed rules) shown, and the 164.306(d) decisions on
-- addressable implementation specifications. The catalogs themselves are shipped data (classpath:catalog/*.yaml).
CREATE SCHEMA IF NOT EXISTS catalog;

CREATE TABLE catalog.overlay_selection (
    tenant_id   UUID        NOT NULL,
    overlay_key VARCHAR(60) NOT NULL,
    PRIMARY KEY (tenant_id, overlay_key)
);

-- Every decision is kept (a new decision is a new row): the history shows who decided what, when, and why.
CREATE TABLE catalog.addressable_decision (
    id              UUID PRIMARY KEY,
    tenant_id       UUID          NOT NULL,
    requirement_id  VARCHAR(60)   NOT NULL,
    decision        VARCHAR(40)   NOT NULL,
    rationale       VARCHAR(4000) NOT NULL,
    alternative     VARCHAR(4000),
    decided_by      UUID          NOT NULL,
    decided_by_name VARCHAR(254)  NOT NULL,
    decided_on      DATE          NOT NULL,
    review_on       DATE          NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX addressable_decision_tenant ON catalog.addressable_decision (tenant_id, requirement_id, recorded_at);
