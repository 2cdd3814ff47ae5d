-- Files attached to an incident (evidence store) and the risk-register items it is linked to; links are only added.
CREATE TABLE incident.link (
    incident_id UUID         NOT NULL REFERENCES incident.incident (id),
    tenant_id   UUID         NOT NULL,
    kind        VARCHAR(16)  NOT NULL,
    target_id   UUID         NOT NULL,
    linked_by   VARCHAR(320) NOT NULL,
    linked_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (incident_id, kind, target_id)
);
CREATE INDEX incident_link_tenant ON incident.link (tenant_id);
