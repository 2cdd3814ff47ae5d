-- Access review campaigns (164.308(a)(4)(ii)(C)) and sanctions (164.308(a)(1)(ii)(C), 164.530(e)).
CREATE TABLE workforce.review_campaign (
    id             UUID PRIMARY KEY,
    tenant_id      UUID         NOT NULL,
    title          VARCHAR(200) NOT NULL,
    mode           VARCHAR(20)  NOT NULL,
    launched_on    DATE         NOT NULL,
    due_on         DATE         NOT NULL,
    signed_off_by  VARCHAR(254),
    signed_off_on  DATE
);

CREATE TABLE workforce.review_item (
    id           UUID PRIMARY KEY,
    tenant_id    UUID         NOT NULL,
    campaign_id  UUID         NOT NULL REFERENCES workforce.review_campaign (id),
    grant_id     UUID         NOT NULL REFERENCES workforce.access_grant (id),
    reviewer     VARCHAR(160) NOT NULL,
    decision     VARCHAR(10),
    decided_by   VARCHAR(254),
    decided_on   DATE,
    comment      VARCHAR(500)
);
CREATE INDEX review_item_campaign ON workforce.review_item (tenant_id, campaign_id);

CREATE TABLE workforce.sanction (
    id            UUID PRIMARY KEY,
    tenant_id     UUID          NOT NULL,
    member_id     UUID          NOT NULL REFERENCES workforce.member (id),
    sanctioned_on DATE          NOT NULL,
    policy        VARCHAR(200)  NOT NULL,
    description   VARCHAR(1000) NOT NULL,
    sanction_type VARCHAR(20)   NOT NULL,
    decided_by    VARCHAR(160)  NOT NULL
);
