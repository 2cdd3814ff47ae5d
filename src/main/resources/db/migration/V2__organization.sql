-- Organizations (tenants) with the profile the HIPAA program depends on, and their sites.
CREATE SCHEMA IF NOT EXISTS organization;

CREATE TABLE organization.tenant (
    id                      UUID PRIMARY KEY,
    name                    VARCHAR(160) NOT NULL,
    entity_type             VARCHAR(30)  NOT NULL,
    size_category           VARCHAR(20)  NOT NULL,
    workforce_count         INTEGER,
    states                  VARCHAR(200) NOT NULL,
    time_zone               VARCHAR(60)  NOT NULL,
    security_official_name  VARCHAR(120),
    security_official_email VARCHAR(254),
    security_official_title VARCHAR(120),
    privacy_official_name   VARCHAR(120),
    privacy_official_email  VARCHAR(254),
    privacy_official_title  VARCHAR(120),
    demo_key                VARCHAR(60),
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT tenant_demo_key_unique UNIQUE (demo_key)
);

CREATE TABLE organization.site (
    id          UUID PRIMARY KEY,
    tenant_id   UUID         NOT NULL REFERENCES organization.tenant (id),
    name        VARCHAR(160) NOT NULL,
    address     VARCHAR(300),
    state       VARCHAR(2),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX site_tenant ON organization.site (tenant_id);
