-- Casework: the advisor's cases (one per contact, from the portal or registered by hand), their
-- complaint points (the unit the statistics count), forwards to departments, journal, timeline,
-- secure messages with the citizen, other advisor work, and the audit log of staff access.

CREATE TABLE classification_scheme (
    municipality_id       BIGINT      NOT NULL PRIMARY KEY,
    preset                VARCHAR(20) NOT NULL,
    categorises_all_kinds BOOLEAN     NOT NULL,
    CONSTRAINT fk_scheme_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id)
) ENGINE = InnoDB;

CREATE TABLE classification_category (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    municipality_id BIGINT       NOT NULL,
    parent_id       BIGINT       NULL,
    code            VARCHAR(40)  NOT NULL,
    name_da         VARCHAR(150) NOT NULL,
    name_en         VARCHAR(150) NOT NULL,
    sort_order      INT          NOT NULL,
    retired         BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_category_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT fk_category_parent FOREIGN KEY (parent_id) REFERENCES classification_category (id),
    CONSTRAINT uk_category_code UNIQUE (municipality_id, code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE case_file (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    municipality_id    BIGINT       NOT NULL,
    reference          VARCHAR(20)  NULL,
    inquiry_id         BIGINT       NULL,
    booking_id         BIGINT       NULL,
    channel            VARCHAR(20)  NOT NULL,
    registered_on      DATE         NOT NULL,
    registered_at      DATETIME(6)  NOT NULL,
    registered_by      VARCHAR(60)  NOT NULL,
    citizen_name       VARCHAR(120) NOT NULL,
    citizen_email      VARCHAR(254) NULL,
    citizen_phone      VARCHAR(30)  NULL,
    citizen_key        CHAR(16)     NOT NULL,
    language           VARCHAR(2)   NOT NULL,
    summary            VARCHAR(500) NOT NULL,
    no_real_case_work  BOOLEAN      NOT NULL DEFAULT FALSE,
    status             VARCHAR(20)  NOT NULL,
    poa_status         VARCHAR(20)  NOT NULL,
    poa_verified_by    VARCHAR(60)  NULL,
    poa_verified_at    DATETIME(6)  NULL,
    deadline           DATE         NULL,
    closed_at          DATETIME(6)  NULL,
    citizen_nonce      CHAR(32)     NOT NULL,
    imported_from      VARCHAR(200) NULL,
    import_key         VARCHAR(80)  NULL,
    version            INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_case_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT uk_case_inquiry UNIQUE (inquiry_id),
    CONSTRAINT uk_case_booking UNIQUE (booking_id),
    CONSTRAINT uk_case_import UNIQUE (municipality_id, import_key),
    CONSTRAINT ck_case_status CHECK (status IN ('NEW', 'IN_PROGRESS', 'AWAITING_ANSWER', 'CLOSED')),
    CONSTRAINT ck_case_language CHECK (language IN ('da', 'en'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_case_inbox ON case_file (municipality_id, status, registered_at);
CREATE INDEX ix_case_citizen ON case_file (citizen_key);
CREATE INDEX ix_case_reference ON case_file (reference);

-- municipality_id and registered_on are copied from the case so the statistics read one table.
CREATE TABLE complaint_point (
    id                       BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id                  BIGINT        NOT NULL,
    municipality_id          BIGINT        NOT NULL,
    registered_on            DATE          NOT NULL,
    main                     BOOLEAN       NOT NULL,
    kind                     VARCHAR(20)   NOT NULL,
    cannot_handle_reason     VARCHAR(30)   NULL,
    category_id              BIGINT        NULL,
    department_id            BIGINT        NULL,
    handling                 VARCHAR(30)   NULL,
    origin                   VARCHAR(20)   NOT NULL,
    statement_on             DATE          NULL,
    criticism_level          VARCHAR(30)   NULL,
    recommendations          VARCHAR(1000) NULL,
    recommendations_followed BOOLEAN       NULL,
    counted                  BOOLEAN       NOT NULL,
    created_at               DATETIME(6)   NOT NULL,
    CONSTRAINT fk_point_case FOREIGN KEY (case_id) REFERENCES case_file (id),
    CONSTRAINT fk_point_category FOREIGN KEY (category_id) REFERENCES classification_category (id),
    CONSTRAINT fk_point_department FOREIGN KEY (department_id) REFERENCES department (id)
) ENGINE = InnoDB;

CREATE INDEX ix_point_case ON complaint_point (case_id);
CREATE INDEX ix_point_statistics ON complaint_point (municipality_id, registered_on, counted, kind, main);

CREATE TABLE case_forward (
    id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id         BIGINT      NOT NULL,
    municipality_id BIGINT      NOT NULL,
    department_id   BIGINT      NOT NULL,
    forwarded_on    DATE        NOT NULL,
    answer_deadline DATE        NOT NULL,
    answered_on     DATE        NULL,
    copy_received   BOOLEAN     NOT NULL DEFAULT FALSE,
    reminders       INT         NOT NULL DEFAULT 0,
    CONSTRAINT fk_forward_case FOREIGN KEY (case_id) REFERENCES case_file (id),
    CONSTRAINT fk_forward_department FOREIGN KEY (department_id) REFERENCES department (id)
) ENGINE = InnoDB;

CREATE INDEX ix_forward_open ON case_forward (municipality_id, answered_on, answer_deadline);

CREATE TABLE case_journal_entry (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id    BIGINT       NOT NULL,
    author     VARCHAR(60)  NOT NULL,
    written_at DATETIME(6)  NOT NULL,
    text       TEXT         NOT NULL,
    CONSTRAINT fk_journal_case FOREIGN KEY (case_id) REFERENCES case_file (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE case_event (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id     BIGINT       NOT NULL,
    happened_at DATETIME(6)  NOT NULL,
    actor       VARCHAR(60)  NOT NULL,
    type        VARCHAR(30)  NOT NULL,
    detail      VARCHAR(300) NULL,
    CONSTRAINT fk_event_case FOREIGN KEY (case_id) REFERENCES case_file (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_event_case ON case_event (case_id, happened_at);

CREATE TABLE case_message (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id      BIGINT       NOT NULL,
    from_citizen BOOLEAN      NOT NULL,
    author_name  VARCHAR(120) NOT NULL,
    body         TEXT         NOT NULL,
    sent_at      DATETIME(6)  NOT NULL,
    read_at      DATETIME(6)  NULL,
    CONSTRAINT fk_message_case FOREIGN KEY (case_id) REFERENCES case_file (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE case_message_attachment (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    message_id    BIGINT       NOT NULL,
    stored_name   CHAR(36)     NOT NULL,
    original_name VARCHAR(200) NOT NULL,
    media_type    VARCHAR(60)  NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    CONSTRAINT fk_message_attachment_message FOREIGN KEY (message_id) REFERENCES case_message (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE case_access_code (
    case_id    BIGINT      NOT NULL PRIMARY KEY,
    code_hash  CHAR(64)    NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    attempts   INT         NOT NULL,
    CONSTRAINT fk_access_code_case FOREIGN KEY (case_id) REFERENCES case_file (id)
) ENGINE = InnoDB;

CREATE TABLE advisor_activity (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    municipality_id BIGINT       NOT NULL,
    kind            VARCHAR(30)  NOT NULL,
    done_on         DATE         NOT NULL,
    department_id   BIGINT       NULL,
    minutes         INT          NOT NULL,
    note            VARCHAR(500) NOT NULL,
    registered_by   VARCHAR(60)  NOT NULL,
    CONSTRAINT fk_activity_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT fk_activity_department FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT ck_activity_minutes CHECK (minutes BETWEEN 0 AND 6000)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_activity_period ON advisor_activity (municipality_id, done_on);

-- Who looked at or changed what. Holds ids and action names, never case text.
CREATE TABLE audit_entry (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    happened_at     DATETIME(6)  NOT NULL,
    actor           VARCHAR(60)  NOT NULL,
    action          VARCHAR(30)  NOT NULL,
    municipality_id BIGINT       NULL,
    case_id         BIGINT       NULL,
    citizen_key     CHAR(16)     NULL,
    detail          VARCHAR(200) NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_audit_citizen ON audit_entry (citizen_key, happened_at);
CREATE INDEX ix_audit_case ON audit_entry (case_id, happened_at);
