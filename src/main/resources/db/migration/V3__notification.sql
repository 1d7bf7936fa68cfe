-- Outbox (Spring Modulith's event publication registry), persistent jobs (db-scheduler) and the
-- mail ledger that makes sending idempotent.

CREATE TABLE event_publication (
    id                     UUID         NOT NULL PRIMARY KEY,
    listener_id            VARCHAR(512) NOT NULL,
    event_type             VARCHAR(512) NOT NULL,
    serialized_event       TEXT         NOT NULL,
    publication_date       DATETIME(6)  NOT NULL,
    completion_date        DATETIME(6)  NULL,
    last_resubmission_date DATETIME(6)  NULL,
    completion_attempts    INT          NOT NULL DEFAULT 0,
    status                 VARCHAR(20)  NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_event_publication_incomplete ON event_publication (completion_date, publication_date);

CREATE TABLE scheduled_tasks (
    task_name            VARCHAR(100) NOT NULL,
    task_instance        VARCHAR(100) NOT NULL,
    task_data            BLOB         NULL,
    execution_time       TIMESTAMP(6) NOT NULL,
    picked               BOOLEAN      NOT NULL,
    picked_by            VARCHAR(50)  NULL,
    last_success         TIMESTAMP(6) NULL,
    last_failure         TIMESTAMP(6) NULL,
    consecutive_failures INT          NULL,
    last_heartbeat       TIMESTAMP(6) NULL,
    version              BIGINT       NOT NULL,
    priority             SMALLINT     NULL,
    PRIMARY KEY (task_name, task_instance),
    INDEX execution_time_idx (execution_time),
    INDEX last_heartbeat_idx (last_heartbeat),
    INDEX priority_execution_time_idx (priority DESC, execution_time ASC)
) ENGINE = InnoDB;

-- One row per mail the portal means to send; the key makes a retried event send nothing twice.
-- Holds no addresses or content: only what is needed to find the cause and retry.
CREATE TABLE mail_delivery (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    mail_key        VARCHAR(120) NOT NULL,
    kind            VARCHAR(40)  NOT NULL,
    municipality_id BIGINT       NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    last_error      VARCHAR(300) NULL,
    first_attempt_at DATETIME(6) NOT NULL,
    last_attempt_at DATETIME(6)  NOT NULL,
    sent_at         DATETIME(6)  NULL,
    CONSTRAINT uk_mail_delivery_key UNIQUE (mail_key),
    CONSTRAINT fk_mail_delivery_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT ck_mail_delivery_status CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'SKIPPED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
