-- The customer's workforce (never the platform's accounts): roster, training, access grants per system.
CREATE SCHEMA IF NOT EXISTS workforce;

CREATE TABLE workforce.member (
    id                  UUID PRIMARY KEY,
    tenant_id           UUID         NOT NULL,
    employee_id         VARCHAR(60)  NOT NULL,
    full_name           VARCHAR(160) NOT NULL,
    email               VARCHAR(254),
    job_title           VARCHAR(160),
    department          VARCHAR(160),
    manager_employee_id VARCHAR(60),
    hire_date           DATE         NOT NULL,
    termination_date    DATE,
    phi_access          BOOLEAN      NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT member_employee_unique UNIQUE (tenant_id, employee_id)
);

CREATE TABLE workforce.course (
    id             UUID PRIMARY KEY,
    tenant_id      UUID         NOT NULL,
    code           VARCHAR(60)  NOT NULL,
    title          VARCHAR(200) NOT NULL,
    refresh_months INTEGER,
    new_hire_days  INTEGER      NOT NULL,
    applies_to     VARCHAR(20)  NOT NULL,
    CONSTRAINT course_code_unique UNIQUE (tenant_id, code)
);

CREATE TABLE workforce.completion (
    id           UUID PRIMARY KEY,
    tenant_id    UUID NOT NULL,
    member_id    UUID NOT NULL REFERENCES workforce.member (id),
    course_id    UUID NOT NULL REFERENCES workforce.course (id),
    completed_on DATE NOT NULL,
    CONSTRAINT completion_unique UNIQUE (tenant_id, member_id, course_id, completed_on)
);
CREATE INDEX completion_member ON workforce.completion (tenant_id, member_id);

CREATE TABLE workforce.access_grant (
    id           UUID PRIMARY KEY,
    tenant_id    UUID         NOT NULL,
    member_id    UUID         NOT NULL REFERENCES workforce.member (id),
    system_name  VARCHAR(160) NOT NULL,
    account_name VARCHAR(160) NOT NULL,
    access_level VARCHAR(160),
    granted_on   DATE,
    revoked_on   DATE,
    CONSTRAINT grant_unique UNIQUE (tenant_id, member_id, system_name, account_name)
);
CREATE INDEX grant_member ON workforce.access_grant (tenant_id, member_id);

CREATE TABLE workforce.settings (
    tenant_id           UUID PRIMARY KEY,
    revocation_sla_days INTEGER NOT NULL
);
