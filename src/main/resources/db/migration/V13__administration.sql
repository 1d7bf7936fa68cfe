-- Administration without SQL (issue 15): what a municipality's page edits, retiring meeting places,
-- staff who must choose a new password, single-use staff links, and the log of administrative changes.

ALTER TABLE municipality
    ADD COLUMN postal_address              VARCHAR(300) NULL,
    ADD COLUMN accessibility_statement_url VARCHAR(300) NULL,
    ADD COLUMN paused                      BOOLEAN      NOT NULL DEFAULT FALSE,
    -- "What the advisor can and cannot help with" on the citizen landing page, one point per line;
    -- NULL shows the portal's standard text.
    ADD COLUMN can_help_da                 TEXT NULL,
    ADD COLUMN can_help_en                 TEXT NULL,
    ADD COLUMN cannot_help_da              TEXT NULL,
    ADD COLUMN cannot_help_en              TEXT NULL;

ALTER TABLE location
    ADD COLUMN active BOOLEAN NOT NULL DEFAULT TRUE;

ALTER TABLE citizen_advisor
    ADD COLUMN password_change_required BOOLEAN NOT NULL DEFAULT FALSE;

-- An invitation or a password reset: only the SHA-256 of the link's token is kept.
CREATE TABLE staff_link (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    advisor_id  BIGINT      NOT NULL,
    token_hash  CHAR(64)    NOT NULL,
    purpose     VARCHAR(20) NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    used_at     DATETIME(6) NULL,
    CONSTRAINT fk_staff_link_advisor FOREIGN KEY (advisor_id) REFERENCES citizen_advisor (id) ON DELETE CASCADE,
    CONSTRAINT uk_staff_link_token UNIQUE (token_hash),
    CONSTRAINT ck_staff_link_purpose CHECK (purpose IN ('INVITATION', 'PASSWORD_RESET'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who changed what in the administration, with old and new values; never a password.
CREATE TABLE admin_change (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    happened_at     DATETIME(6)   NOT NULL,
    actor           VARCHAR(60)   NOT NULL,
    municipality_id BIGINT        NULL,
    subject         VARCHAR(40)   NOT NULL,
    subject_name    VARCHAR(200)  NOT NULL,
    changes         VARCHAR(4000) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_admin_change_municipality ON admin_change (municipality_id, happened_at);

-- A municipality's logo for the citizen pages: always a PNG the portal re-encoded itself.
CREATE TABLE municipality_logo (
    municipality_id BIGINT      NOT NULL PRIMARY KEY,
    png             MEDIUMBLOB  NOT NULL,
    updated_at      DATETIME(6) NOT NULL,
    CONSTRAINT fk_municipality_logo_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id)
) ENGINE = InnoDB;
