-- Inquiries and complaints sent through the portal, their attachments (stored encrypted on disk,
-- described here) and the per-municipality, per-year reference counter.

CREATE TABLE inquiry_reference_counter (
    municipality_id BIGINT NOT NULL,
    year            INT    NOT NULL,
    last_value      INT    NOT NULL,
    PRIMARY KEY (municipality_id, year),
    CONSTRAINT fk_reference_counter_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id)
) ENGINE = InnoDB;

CREATE TABLE inquiry (
    id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    reference             VARCHAR(20)   NOT NULL,
    municipality_id       BIGINT        NOT NULL,
    need                  VARCHAR(30)   NOT NULL,
    department_id         BIGINT        NULL,
    department_contacted  VARCHAR(10)   NOT NULL,
    forward_consent       BOOLEAN       NOT NULL,
    happened_on           DATE          NULL,
    appealable_decision   BOOLEAN       NOT NULL,
    political_decision    BOOLEAN       NOT NULL,
    staff_matter          BOOLEAN       NOT NULL,
    with_other_authority  BOOLEAN       NOT NULL,
    representation        VARCHAR(30)   NOT NULL,
    subject_name          VARCHAR(120)  NULL,
    custody_confirmed     BOOLEAN       NOT NULL,
    description           TEXT          NOT NULL,
    desired_outcome       TEXT          NULL,
    contact_name          VARCHAR(120)  NOT NULL,
    contact_email         VARCHAR(254)  NULL,
    contact_phone         VARCHAR(30)   NULL,
    preferred_contact     VARCHAR(10)   NOT NULL,
    voicemail_ok          BOOLEAN       NOT NULL,
    language              VARCHAR(2)    NOT NULL,
    follow_nonce          CHAR(32)      NOT NULL,
    status                VARCHAR(20)   NOT NULL,
    submitted_at          DATETIME(6)   NOT NULL,
    CONSTRAINT fk_inquiry_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT fk_inquiry_department FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT uk_inquiry_reference UNIQUE (municipality_id, reference),
    CONSTRAINT ck_inquiry_contact CHECK (contact_email IS NOT NULL OR contact_phone IS NOT NULL),
    CONSTRAINT ck_inquiry_language CHECK (language IN ('da', 'en')),
    CONSTRAINT ck_inquiry_description CHECK (CHAR_LENGTH(description) BETWEEN 1 AND 20000)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_inquiry_municipality_submitted ON inquiry (municipality_id, submitted_at);

CREATE TABLE inquiry_attachment (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    inquiry_id    BIGINT       NOT NULL,
    kind          VARCHAR(30)  NOT NULL,
    stored_name   CHAR(36)     NOT NULL,
    original_name VARCHAR(200) NOT NULL,
    media_type    VARCHAR(60)  NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    CONSTRAINT fk_inquiry_attachment_inquiry FOREIGN KEY (inquiry_id) REFERENCES inquiry (id),
    CONSTRAINT uk_inquiry_attachment_stored UNIQUE (stored_name),
    CONSTRAINT ck_inquiry_attachment_kind CHECK (kind IN ('EVIDENCE', 'POWER_OF_ATTORNEY', 'GUARDIAN_APPOINTMENT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
