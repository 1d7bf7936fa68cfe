-- Booking: meeting types with weekly hours, closures and absences, and the bookings themselves.
-- Times are stored in UTC (DATETIME(6)); they are shown in Europe/Copenhagen.

CREATE TABLE booking_settings (
    municipality_id               BIGINT  NOT NULL PRIMARY KEY,
    christmas_eve_closed          BOOLEAN NOT NULL DEFAULT TRUE,
    new_years_eve_closed          BOOLEAN NOT NULL DEFAULT TRUE,
    constitution_day_closed       BOOLEAN NOT NULL DEFAULT TRUE,
    cancellation_cutoff_minutes   INT     NOT NULL DEFAULT 120,
    max_active_bookings_per_citizen INT   NOT NULL DEFAULT 2,
    CONSTRAINT fk_booking_settings_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT ck_booking_settings_cutoff CHECK (cancellation_cutoff_minutes BETWEEN 0 AND 10080),
    CONSTRAINT ck_booking_settings_cap CHECK (max_active_bookings_per_citizen BETWEEN 1 AND 20)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE meeting_type (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    municipality_id      BIGINT       NOT NULL,
    advisor_id           BIGINT       NOT NULL,
    location_id          BIGINT       NULL,
    code                 VARCHAR(20)  NOT NULL,
    kind                 VARCHAR(20)  NOT NULL,
    name_da              VARCHAR(100) NOT NULL,
    name_en              VARCHAR(100) NOT NULL,
    description_da       VARCHAR(500) NOT NULL,
    description_en       VARCHAR(500) NOT NULL,
    slot_minutes         INT          NOT NULL,
    buffer_minutes       INT          NOT NULL DEFAULT 0,
    minimum_notice_hours INT          NOT NULL DEFAULT 24,
    horizon_days         INT          NOT NULL DEFAULT 56,
    sort_order           INT          NOT NULL DEFAULT 0,
    active               BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT fk_meeting_type_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT fk_meeting_type_advisor FOREIGN KEY (advisor_id) REFERENCES citizen_advisor (id),
    CONSTRAINT fk_meeting_type_location FOREIGN KEY (location_id) REFERENCES location (id),
    CONSTRAINT uk_meeting_type_code UNIQUE (municipality_id, code),
    CONSTRAINT ck_meeting_type_kind CHECK (kind IN ('IN_PERSON', 'PHONE', 'DROP_IN', 'HOME_VISIT')),
    CONSTRAINT ck_meeting_type_slot CHECK (slot_minutes BETWEEN 5 AND 480),
    CONSTRAINT ck_meeting_type_buffer CHECK (buffer_minutes BETWEEN 0 AND 240),
    CONSTRAINT ck_meeting_type_notice CHECK (minimum_notice_hours BETWEEN 0 AND 720),
    CONSTRAINT ck_meeting_type_horizon CHECK (horizon_days BETWEEN 1 AND 366)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE weekly_hours (
    id              BIGINT  NOT NULL AUTO_INCREMENT PRIMARY KEY,
    meeting_type_id BIGINT  NOT NULL,
    day_of_week     INT     NOT NULL,
    opens_at        TIME    NOT NULL,
    closes_at       TIME    NOT NULL,
    valid_from      DATE    NOT NULL,
    valid_to        DATE    NULL,
    CONSTRAINT fk_weekly_hours_meeting_type FOREIGN KEY (meeting_type_id) REFERENCES meeting_type (id) ON DELETE CASCADE,
    CONSTRAINT ck_weekly_hours_day CHECK (day_of_week BETWEEN 1 AND 7),
    CONSTRAINT ck_weekly_hours_times CHECK (closes_at > opens_at),
    CONSTRAINT ck_weekly_hours_validity CHECK (valid_to IS NULL OR valid_to >= valid_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A closure of a municipality's office hours, or the absence of an advisor (all their municipalities).
CREATE TABLE closed_period (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    municipality_id BIGINT       NULL,
    advisor_id      BIGINT       NULL,
    first_day       DATE         NOT NULL,
    last_day        DATE         NOT NULL,
    reason          VARCHAR(200) NOT NULL,
    CONSTRAINT fk_closed_period_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT fk_closed_period_advisor FOREIGN KEY (advisor_id) REFERENCES citizen_advisor (id),
    CONSTRAINT ck_closed_period_days CHECK (last_day >= first_day),
    CONSTRAINT ck_closed_period_owner CHECK ((municipality_id IS NULL) <> (advisor_id IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per advisor, locked while a booking is made, so overlapping bookings of an advisor's
-- time are serialised across municipalities and application instances.
CREATE TABLE advisor_calendar (
    advisor_id BIGINT NOT NULL PRIMARY KEY,
    CONSTRAINT fk_advisor_calendar_advisor FOREIGN KEY (advisor_id) REFERENCES citizen_advisor (id)
) ENGINE = InnoDB;

CREATE TABLE booking (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    reference         VARCHAR(12)  NOT NULL,
    meeting_type_id   BIGINT       NOT NULL,
    municipality_id   BIGINT       NOT NULL,
    advisor_id        BIGINT       NOT NULL,
    starts_at         DATETIME(6)  NOT NULL,
    ends_at           DATETIME(6)  NOT NULL,
    status            VARCHAR(20)  NOT NULL,
    channel           VARCHAR(20)  NOT NULL,
    citizen_name      VARCHAR(120) NOT NULL,
    citizen_email     VARCHAR(254) NULL,
    citizen_phone     VARCHAR(30)  NULL,
    language          VARCHAR(2)   NOT NULL,
    needs             VARCHAR(300) NOT NULL DEFAULT '',
    topic             VARCHAR(300) NULL,
    manage_nonce      CHAR(32)     NOT NULL,
    sequence          INT          NOT NULL DEFAULT 0,
    created_at        DATETIME(6)  NOT NULL,
    updated_at        DATETIME(6)  NOT NULL,
    cancelled_at      DATETIME(6)  NULL,
    -- 1 while the booking holds the advisor's time, NULL otherwise: NULLs never collide in a UNIQUE key.
    holds_time        TINYINT AS (IF(status = 'CONFIRMED', 1, NULL)) PERSISTENT,
    CONSTRAINT fk_booking_meeting_type FOREIGN KEY (meeting_type_id) REFERENCES meeting_type (id),
    CONSTRAINT fk_booking_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT fk_booking_advisor FOREIGN KEY (advisor_id) REFERENCES citizen_advisor (id),
    CONSTRAINT uk_booking_reference UNIQUE (reference),
    
    CONSTRAINT uk_booking_advisor_time UNIQUE (advisor_id, starts_at, holds_time),
    CONSTRAINT ck_booking_times CHECK (ends_at > starts_at),
    CONSTRAINT ck_booking_status CHECK (status IN ('CONFIRMED', 'CANCELLED', 'ATTENDED', 'NO_SHOW')),
    CONSTRAINT ck_booking_channel CHECK (channel IN ('ONLINE', 'ASSISTED')),
    CONSTRAINT ck_booking_contact CHECK (citizen_email IS NOT NULL OR citizen_phone IS NOT NULL),
    CONSTRAINT ck_booking_language CHECK (language IN ('da', 'en'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_booking_advisor_period ON booking (advisor_id, starts_at, ends_at);
CREATE INDEX ix_booking_municipality_period ON booking (municipality_id, starts_at);
CREATE INDEX ix_booking_citizen_email ON booking (citizen_email, status);
CREATE INDEX ix_booking_citizen_phone ON booking (citizen_phone, status);
