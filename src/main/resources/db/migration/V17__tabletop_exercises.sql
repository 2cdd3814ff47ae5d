-- Tabletop exercises that test the incident response and contingency plans (164.308(a)(6)(ii), (a)(7)(ii)(D)):
-- scheduled, held with participants, notes taken inject by inject (append-only), findings that become risks.
CREATE TABLE incident.tabletop (
    id           UUID PRIMARY KEY,
    tenant_id    UUID          NOT NULL,
    scenario     VARCHAR(64)   NOT NULL,
    title        VARCHAR(200)  NOT NULL,
    scheduled_on DATE          NOT NULL,
    facilitator  VARCHAR(200)  NOT NULL,
    participants VARCHAR(2000),
    held_on      DATE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX tabletop_tenant ON incident.tabletop (tenant_id);

CREATE TABLE incident.tabletop_note (
    id          UUID PRIMARY KEY,
    tenant_id   UUID          NOT NULL,
    tabletop_id UUID          NOT NULL REFERENCES incident.tabletop (id),
    kind        VARCHAR(16)   NOT NULL,
    inject_no   INTEGER,
    note_text   VARCHAR(2000) NOT NULL,
    risk_id     UUID,
    author      VARCHAR(320)  NOT NULL,
    written_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX tabletop_note_tenant ON incident.tabletop_note (tenant_id);
