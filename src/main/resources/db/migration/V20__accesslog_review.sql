-- Review of access-log detections (C12): alerts (one per rule, user, patient and day, with why it fired and why no
-- explanation was found), cases grouping a user's alerts over a window, and each case's history, only ever appended
-- to. Every table carries its tenant; nothing here is deleted (review records are documentation, 164.316(b)(2)).
CREATE TABLE accesslog.detection_run (
    id          UUID    PRIMARY KEY,
    tenant_id   UUID    NOT NULL,
    from_day    DATE    NOT NULL,
    to_day      DATE    NOT NULL,
    events      BIGINT  NOT NULL,
    alerts      INTEGER NOT NULL,
    explained   INTEGER NOT NULL,
    started_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at TIMESTAMP WITH TIME ZONE NOT NULL,
    started_by  VARCHAR(320) NOT NULL
);
CREATE INDEX detection_run_tenant ON accesslog.detection_run (tenant_id, started_at);

CREATE TABLE accesslog.review_case (
    id            UUID         PRIMARY KEY,
    tenant_id     UUID         NOT NULL,
    ref_no        INTEGER      NOT NULL,
    user_id       VARCHAR(512) NOT NULL,
    user_label    VARCHAR(512),
    first_day     DATE         NOT NULL,
    last_day      DATE         NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    assignee      VARCHAR(320),
    determination VARCHAR(24),
    sanction_id   UUID,
    opened_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT review_case_ref UNIQUE (tenant_id, ref_no),
    CONSTRAINT review_case_status CHECK (status IN ('OPEN', 'CLOSED')),
    CONSTRAINT review_case_determination CHECK (determination IS NULL OR determination IN
        ('APPROPRIATE', 'INAPPROPRIATE', 'UNABLE_TO_DETERMINE'))
);
CREATE INDEX review_case_tenant ON accesslog.review_case (tenant_id, status);

CREATE TABLE accesslog.alert (
    id           UUID          PRIMARY KEY,
    tenant_id    UUID          NOT NULL,
    rule         VARCHAR(32)   NOT NULL,
    user_id      VARCHAR(512)  NOT NULL,
    patient_id   VARCHAR(512)  NOT NULL,
    alert_day    DATE          NOT NULL,
    first_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    last_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    event_count  BIGINT        NOT NULL,
    sample_seqs  VARCHAR(400)  NOT NULL,
    why          VARCHAR(2000) NOT NULL,
    explanation  VARCHAR(2000) NOT NULL,
    case_id      UUID          NOT NULL REFERENCES accesslog.review_case (id),
    run_id       UUID          NOT NULL REFERENCES accesslog.detection_run (id),
    -- the same finding is raised once, however often detection runs over its day ('' when there is no patient)
    CONSTRAINT alert_once UNIQUE (tenant_id, rule, user_id, patient_id, alert_day)
);
CREATE INDEX alert_case ON accesslog.alert (tenant_id, case_id);

CREATE TABLE accesslog.case_history (
    id        UUID          PRIMARY KEY,
    tenant_id UUID          NOT NULL,
    case_id   UUID          NOT NULL REFERENCES accesslog.review_case (id),
    kind      VARCHAR(24)   NOT NULL,
    entry     VARCHAR(4000) NOT NULL,
    author    VARCHAR(320)  NOT NULL,
    written_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX case_history_case ON accesslog.case_history (tenant_id, case_id, written_at);
