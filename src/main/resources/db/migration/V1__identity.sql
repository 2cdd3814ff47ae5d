-- Platform accounts, memberships, sign-in protection, API tokens and the activity trail.
-- One migration set for H2 (PostgreSQL mode) and PostgreSQL: portable types only.
CREATE SCHEMA IF NOT EXISTS identity;

CREATE TABLE identity.account (
    id              UUID PRIMARY KEY,
    email           VARCHAR(254) NOT NULL,
    display_name    VARCHAR(120) NOT NULL,
    password_hash   VARCHAR(200),
    status          VARCHAR(20)  NOT NULL,
    platform_admin  BOOLEAN      NOT NULL DEFAULT FALSE,
    totp_secret     VARCHAR(64),
    totp_last_step  BIGINT,
    failed_sign_ins INTEGER      NOT NULL DEFAULT 0,
    locked_until    TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT account_email_unique UNIQUE (email)
);

CREATE TABLE identity.membership (
    account_id  UUID        NOT NULL REFERENCES identity.account (id),
    tenant_id   UUID        NOT NULL,
    role        VARCHAR(30) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (account_id, tenant_id)
);
CREATE INDEX membership_tenant ON identity.membership (tenant_id);

-- Per-organization sign-in policy (164.312(d) person or entity authentication).
CREATE TABLE identity.tenant_policy (
    tenant_id     UUID PRIMARY KEY,
    mfa_required  BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE TABLE identity.invitation (
    token_hash  VARCHAR(64) PRIMARY KEY,
    account_id  UUID        NOT NULL REFERENCES identity.account (id),
    tenant_id   UUID        NOT NULL,
    invited_by  UUID        NOT NULL REFERENCES identity.account (id),
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    accepted_at TIMESTAMP WITH TIME ZONE
);

CREATE TABLE identity.api_token (
    id           UUID PRIMARY KEY,
    token_hash   VARCHAR(64)  NOT NULL,
    account_id   UUID         NOT NULL REFERENCES identity.account (id),
    tenant_id    UUID         NOT NULL,
    role         VARCHAR(30)  NOT NULL,
    name         VARCHAR(100) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE,
    last_used_at TIMESTAMP WITH TIME ZONE,
    revoked_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT api_token_hash_unique UNIQUE (token_hash)
);

-- The activity trail: append-only, hash-chained (each row's hash covers the previous row's hash).
CREATE TABLE identity.activity (
    seq            BIGINT PRIMARY KEY,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    account_id     UUID,
    account_email  VARCHAR(254),
    tenant_id      UUID,
    action         VARCHAR(60)   NOT NULL,
    object_type    VARCHAR(60)   NOT NULL,
    object_id      VARCHAR(100),
    detail         VARCHAR(1000),
    source_address VARCHAR(64),
    prev_hash      VARCHAR(64)   NOT NULL,
    hash           VARCHAR(64)   NOT NULL
);
CREATE INDEX activity_tenant ON identity.activity (tenant_id, seq);

-- The head of the chain, kept apart so that cutting rows off the end is detected too.
CREATE TABLE identity.activity_head (
    id    INTEGER PRIMARY KEY,
    seq   BIGINT      NOT NULL,
    hash  VARCHAR(64) NOT NULL
);
INSERT INTO identity.activity_head (id, seq, hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
