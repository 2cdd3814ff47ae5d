-- PHI access log (C12): per organization an append-only ledger of access events. Portable SQL for H2 (PostgreSQL mode)
-- and PostgreSQL; every row carries its tenant.
--
-- Tamper evidence (RFC 9162 Merkle tree): the leaf hash of event seq n is SHA-256(0x00 || canonical event bytes) and is
-- kept in the level-0 tile that holds n; tiles (C2SP tlog-tiles layout: 256 hashes per tile, level k holds the hashes
-- of complete subtrees of 256^k leaves) are never deleted, so the tree still verifies after an event's payload has
-- expired under retention (164.316(b)(2)(i): six years) and been cleared. Checkpoints are signed with a key kept outside
-- the database.
CREATE SCHEMA IF NOT EXISTS accesslog;

-- Events are stored as entry bundles: up to 256 consecutive ledger positions in one row, aligned with the level-0 tile
-- that holds their leaf hashes (C2SP tlog-tiles entry bundles; ADR 0004). Each entry is the event's canonical bytes,
-- or, once retention cleared it, only the instant it occurred. A row per bundle instead of per event keeps ingest
-- fast on the embedded database, whose cost is per row and per index entry.
CREATE TABLE accesslog.entry_bundle (
    tenant_id    UUID    NOT NULL,
    idx          BIGINT  NOT NULL,
    width        INTEGER NOT NULL CHECK (width BETWEEN 1 AND 256),
    min_occurred TIMESTAMP WITH TIME ZONE NOT NULL,
    max_occurred TIMESTAMP WITH TIME ZONE NOT NULL,
    cleared      INTEGER NOT NULL,
    entries      BYTEA   NOT NULL,
    PRIMARY KEY (tenant_id, idx)
);

-- Re-delivery of the same source event is recognised and skipped (idempotent ingest): fingerprint = the first 8 bytes
-- of SHA-256(tenant, source system, source event id). Each segment writes, per day (UTC) its events occurred on, one
-- block of fingerprints in order with their positions; an incoming batch reads the blocks of its days only (a
-- re-delivered event occurred on the same day) and a match is confirmed on the stored event's ids.
CREATE TABLE accesslog.fingerprint_block (
    tenant_id UUID   NOT NULL,
    occurred_day DATE NOT NULL,
    seg       BIGINT NOT NULL,
    entries   BYTEA  NOT NULL,
    PRIMARY KEY (tenant_id, occurred_day, seg)
);

-- Lookups by patient and by user: each committed ingest batch is a segment; its keys are hashed into 256 buckets, each
-- bucket one row of (key, position) pairs in key order. A query reads one bucket per segment whose time range overlaps
-- the dates asked for.
CREATE TABLE accesslog.segment (
    tenant_id    UUID   NOT NULL,
    seg          BIGINT NOT NULL,
    first_seq    BIGINT NOT NULL,
    last_seq     BIGINT NOT NULL,
    min_occurred TIMESTAMP WITH TIME ZONE NOT NULL,
    max_occurred TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, seg)
);

CREATE TABLE accesslog.key_bucket (
    tenant_id UUID    NOT NULL,
    kind      CHAR(1) NOT NULL,
    bucket    INTEGER NOT NULL,
    seg       BIGINT  NOT NULL,
    entries   BYTEA   NOT NULL,
    PRIMARY KEY (tenant_id, kind, bucket, seg),
    CONSTRAINT key_bucket_kind CHECK (kind IN ('P', 'U'))
);

CREATE TABLE accesslog.tile (
    tenant_id UUID    NOT NULL,
    level     INTEGER NOT NULL,
    idx       BIGINT  NOT NULL,
    width     INTEGER NOT NULL CHECK (width BETWEEN 1 AND 256),
    hashes    BYTEA   NOT NULL,
    PRIMARY KEY (tenant_id, level, idx)
);

-- One row per organization: the size of its tree and the right edge of the tree (compact range) to resume appending.
CREATE TABLE accesslog.head (
    tenant_id  UUID   PRIMARY KEY,
    tree_size  BIGINT NOT NULL,
    edge       BYTEA  NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE accesslog.checkpoint (
    tenant_id  UUID         NOT NULL,
    tree_size  BIGINT       NOT NULL,
    root_hash  BYTEA        NOT NULL,
    note       VARCHAR(4000) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, tree_size)
);

-- Every ingest run: channel, format, counts and rejected records (numbers and reasons only, never record contents).
CREATE TABLE accesslog.ingest_run (
    id           UUID         PRIMARY KEY,
    tenant_id    UUID         NOT NULL,
    channel      VARCHAR(16)  NOT NULL,
    format       VARCHAR(32)  NOT NULL,
    source_name  VARCHAR(300),
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at  TIMESTAMP WITH TIME ZONE,
    accepted     BIGINT       NOT NULL,
    duplicates   BIGINT       NOT NULL,
    rejected     BIGINT       NOT NULL,
    first_seq    BIGINT,
    last_seq     BIGINT,
    status       VARCHAR(16)  NOT NULL,
    started_by   VARCHAR(320) NOT NULL
);
CREATE INDEX ingest_run_tenant ON accesslog.ingest_run (tenant_id, started_at);

CREATE TABLE accesslog.rejection (
    run_id     UUID          NOT NULL REFERENCES accesslog.ingest_run (id),
    tenant_id  UUID          NOT NULL,
    record_no  BIGINT        NOT NULL,
    reason     VARCHAR(1000) NOT NULL,
    PRIMARY KEY (run_id, record_no)
);

-- Retention per organization (six years by default, only ever longer) and legal holds over periods of events.
CREATE TABLE accesslog.retention (
    tenant_id  UUID         PRIMARY KEY,
    years      INTEGER      NOT NULL CHECK (years >= 6),
    changed_by VARCHAR(320) NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE accesslog.legal_hold (
    id          UUID          PRIMARY KEY,
    tenant_id   UUID          NOT NULL,
    from_day    DATE          NOT NULL,
    to_day      DATE          NOT NULL,
    reason      VARCHAR(1000) NOT NULL,
    placed_by   VARCHAR(320)  NOT NULL,
    placed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    released_by VARCHAR(320),
    released_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX legal_hold_tenant ON accesslog.legal_hold (tenant_id);

CREATE TABLE accesslog.expiry_run (
    id         UUID    PRIMARY KEY,
    tenant_id  UUID    NOT NULL,
    cutoff     DATE    NOT NULL,
    expired    BIGINT  NOT NULL,
    held       BIGINT  NOT NULL,
    ran_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Reference feeds for the detections: patients (with the VIP flag and, when the patient is also an employee, the
-- employee id) and documented treatment relationships (encounters, appointments, care teams) that explain access.
CREATE TABLE accesslog.patient (
    tenant_id    UUID         NOT NULL,
    patient_id   VARCHAR(512) NOT NULL,
    given_name   VARCHAR(200) NOT NULL,
    family_name  VARCHAR(200) NOT NULL,
    birth_date   DATE,
    address_line VARCHAR(300),
    city         VARCHAR(120),
    postal_code  VARCHAR(20),
    vip          BOOLEAN      NOT NULL,
    employee_id  VARCHAR(60),
    deceased_on  DATE,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, patient_id)
);

CREATE TABLE accesslog.care_link (
    tenant_id  UUID         NOT NULL,
    kind       VARCHAR(16)  NOT NULL,
    patient_id VARCHAR(512) NOT NULL,
    user_id    VARCHAR(512) NOT NULL,
    department VARCHAR(200) NOT NULL,
    from_day   DATE         NOT NULL,
    to_day     DATE,
    PRIMARY KEY (tenant_id, kind, patient_id, user_id, department, from_day),
    CONSTRAINT care_link_kind CHECK (kind IN ('ENCOUNTER', 'APPOINTMENT', 'CARE_TEAM')),
    CONSTRAINT care_link_who CHECK (user_id <> '' OR department <> '')
);
