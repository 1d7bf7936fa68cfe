-- Walk-in visits at open drop-in hours (counted for the council), and requests for home visits.

CREATE TABLE drop_in_visit (
    id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    meeting_type_id BIGINT      NOT NULL,
    municipality_id BIGINT      NOT NULL,
    visited_on      DATE        NOT NULL,
    registered_at   DATETIME(6) NOT NULL,
    registered_by   VARCHAR(60) NOT NULL,
    CONSTRAINT fk_drop_in_visit_meeting_type FOREIGN KEY (meeting_type_id) REFERENCES meeting_type (id),
    CONSTRAINT fk_drop_in_visit_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_drop_in_visit_day ON drop_in_visit (meeting_type_id, visited_on);

CREATE TABLE visit_request (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    reference       VARCHAR(12)  NOT NULL,
    meeting_type_id BIGINT       NOT NULL,
    municipality_id BIGINT       NOT NULL,
    citizen_name    VARCHAR(120) NOT NULL,
    citizen_email   VARCHAR(254) NULL,
    citizen_phone   VARCHAR(30)  NULL,
    language        VARCHAR(2)   NOT NULL,
    place           VARCHAR(200) NOT NULL,
    reason          VARCHAR(500) NOT NULL,
    proposed_1      DATETIME(6)  NOT NULL,
    proposed_2      DATETIME(6)  NULL,
    proposed_3      DATETIME(6)  NULL,
    status          VARCHAR(20)  NOT NULL,
    booking_id      BIGINT       NULL,
    advisor_message VARCHAR(500) NULL,
    created_at      DATETIME(6)  NOT NULL,
    answered_at     DATETIME(6)  NULL,
    CONSTRAINT fk_visit_request_meeting_type FOREIGN KEY (meeting_type_id) REFERENCES meeting_type (id),
    CONSTRAINT fk_visit_request_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT fk_visit_request_booking FOREIGN KEY (booking_id) REFERENCES booking (id),
    CONSTRAINT uk_visit_request_reference UNIQUE (reference),
    CONSTRAINT ck_visit_request_status CHECK (status IN ('REQUESTED', 'ACCEPTED', 'OTHER_TIME_PROPOSED', 'DECLINED')),
    CONSTRAINT ck_visit_request_contact CHECK (citizen_email IS NOT NULL OR citizen_phone IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
