-- Personal data has an end (docs/retention.md): a municipality's retention rules, the runs of the
-- nightly deletion job, the legal hold on a case, and rows that keep their statistics after the
-- personal data in them was erased.

-- How long each kind of personal data is kept; a municipality without a row keeps the defaults.
CREATE TABLE retention_rule (
    municipality_id BIGINT NOT NULL PRIMARY KEY,
    case_years      INT    NOT NULL DEFAULT 5,
    meeting_months  INT    NOT NULL DEFAULT 6,
    mail_days       INT    NOT NULL DEFAULT 90,
    audit_years     INT    NOT NULL DEFAULT 5,
    CONSTRAINT fk_retention_rule_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT ck_retention_case_years CHECK (case_years BETWEEN 1 AND 30),
    CONSTRAINT ck_retention_meeting_months CHECK (meeting_months BETWEEN 1 AND 120),
    CONSTRAINT ck_retention_mail_days CHECK (mail_days BETWEEN 7 AND 3650),
    CONSTRAINT ck_retention_audit_years CHECK (audit_years BETWEEN 1 AND 30)
) ENGINE = InnoDB;

-- One run of the deletion job (nightly or started by an administrator) and what it erased, by kind
-- and municipality (NULL for installation-wide kinds such as event publications). No personal data.
CREATE TABLE retention_run (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    started_at  DATETIME(6) NOT NULL,
    finished_at DATETIME(6) NULL,
    started_by  VARCHAR(60) NOT NULL,
    outcome     VARCHAR(20) NOT NULL,
    CONSTRAINT ck_retention_run_outcome CHECK (outcome IN ('RUNNING', 'DONE', 'FAILED'))
) ENGINE = InnoDB;

CREATE TABLE retention_run_count (
    id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    run_id          BIGINT      NOT NULL,
    municipality_id BIGINT      NULL,
    kind            VARCHAR(30) NOT NULL,
    erased          INT         NOT NULL,
    CONSTRAINT fk_retention_count_run FOREIGN KEY (run_id) REFERENCES retention_run (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- A case on legal hold is skipped by the job and cannot be erased on request; erased_at says when
-- its personal data was erased (the complaint points stay for the statistics).
ALTER TABLE case_file
    ADD COLUMN legal_hold_reason VARCHAR(300) NULL,
    ADD COLUMN legal_hold_by     VARCHAR(60)  NULL,
    ADD COLUMN legal_hold_at     DATETIME(6)  NULL,
    ADD COLUMN erased_at         DATETIME(6)  NULL;

CREATE INDEX ix_case_closed ON case_file (municipality_id, status, closed_at);

-- Bookings, visit requests and inquiries keep their row (status and times feed the statistics) with
-- the citizen's data erased, so the contact rule holds only until then.
ALTER TABLE booking ADD COLUMN erased_at DATETIME(6) NULL;
ALTER TABLE booking DROP CONSTRAINT ck_booking_contact;
ALTER TABLE booking ADD CONSTRAINT ck_booking_contact
    CHECK (citizen_email IS NOT NULL OR citizen_phone IS NOT NULL OR erased_at IS NOT NULL);

ALTER TABLE visit_request ADD COLUMN erased_at DATETIME(6) NULL;
ALTER TABLE visit_request DROP CONSTRAINT ck_visit_request_contact;
ALTER TABLE visit_request ADD CONSTRAINT ck_visit_request_contact
    CHECK (citizen_email IS NOT NULL OR citizen_phone IS NOT NULL OR erased_at IS NOT NULL);

ALTER TABLE inquiry ADD COLUMN erased_at DATETIME(6) NULL;
ALTER TABLE inquiry DROP CONSTRAINT ck_inquiry_contact;
ALTER TABLE inquiry ADD CONSTRAINT ck_inquiry_contact
    CHECK (contact_email IS NOT NULL OR contact_phone IS NOT NULL OR erased_at IS NOT NULL);
ALTER TABLE inquiry DROP CONSTRAINT ck_inquiry_description;
ALTER TABLE inquiry ADD CONSTRAINT ck_inquiry_description
    CHECK (CHAR_LENGTH(description) BETWEEN 1 AND 20000 OR erased_at IS NOT NULL);
