-- Vendors, business associate agreements, cloud services and each organization's edits of the eligibility list.
CREATE SCHEMA IF NOT EXISTS vendor;

CREATE TABLE vendor.vendor (
    id                UUID PRIMARY KEY,
    tenant_id         UUID         NOT NULL,
    name              VARCHAR(160) NOT NULL,
    category          VARCHAR(40)  NOT NULL,
    services          VARCHAR(1000),
    phi_creates       BOOLEAN      NOT NULL,
    phi_receives      BOOLEAN      NOT NULL,
    phi_maintains     BOOLEAN      NOT NULL,
    phi_transmits     BOOLEAN      NOT NULL,
    contact_name      VARCHAR(120),
    contact_email     VARCHAR(254),
    subcontractor_of  UUID REFERENCES vendor.vendor (id),
    baa_exempt_reason VARCHAR(500),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT vendor_name_unique UNIQUE (tenant_id, name)
);

-- Agreements are kept, never overwritten: renewals are new rows, terminations set terminated_on.
CREATE TABLE vendor.baa (
    id                 UUID PRIMARY KEY,
    tenant_id          UUID NOT NULL,
    vendor_id          UUID NOT NULL REFERENCES vendor.vendor (id),
    requested_on       DATE,
    effective_on       DATE,
    expires_on         DATE,
    terminated_on      DATE,
    scope              VARCHAR(1000),
    signed_document_id UUID,
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX baa_vendor ON vendor.baa (tenant_id, vendor_id);

CREATE TABLE vendor.cloud_service (
    id               UUID PRIMARY KEY,
    tenant_id        UUID         NOT NULL,
    vendor_id        UUID         NOT NULL REFERENCES vendor.vendor (id),
    provider_key     VARCHAR(60)  NOT NULL,
    service_key      VARCHAR(80),
    service_name     VARCHAR(160) NOT NULL,
    tier             VARCHAR(120),
    regions          VARCHAR(300),
    features_in_use  VARCHAR(1000) NOT NULL,
    holds_phi        BOOLEAN      NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX cloud_service_tenant ON vendor.cloud_service (tenant_id);

-- The organization's own edits of the shipped starter list (an override per provider and service key).
CREATE TABLE vendor.eligibility_override (
    tenant_id          UUID          NOT NULL,
    provider_key       VARCHAR(60)   NOT NULL,
    service_key        VARCHAR(80)   NOT NULL,
    name               VARCHAR(160)  NOT NULL,
    eligible           BOOLEAN       NOT NULL,
    tiers              VARCHAR(500)  NOT NULL,
    excluded_features  VARCHAR(1000) NOT NULL,
    note               VARCHAR(1000),
    edited_by          VARCHAR(254)  NOT NULL,
    edited_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, provider_key, service_key)
);
