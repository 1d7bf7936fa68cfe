-- Organisation: the municipalities (tenants), their department trees and meeting places,
-- and the staff (citizen advisors and administrators) who serve them.

CREATE TABLE municipality (
    id                        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code                      VARCHAR(3)   NOT NULL,
    slug                      VARCHAR(40)  NOT NULL,
    name                      VARCHAR(100) NOT NULL,
    contact_phone             VARCHAR(20)  NOT NULL,
    contact_email             VARCHAR(254) NOT NULL,
    phone_hours_da            VARCHAR(300) NOT NULL,
    phone_hours_en            VARCHAR(300) NOT NULL,
    complaint_age_limit_months INT         NOT NULL,
    callback_working_days     INT          NOT NULL,
    accent_colour             VARCHAR(7)   NOT NULL,
    CONSTRAINT uk_municipality_code UNIQUE (code),
    CONSTRAINT uk_municipality_slug UNIQUE (slug),
    CONSTRAINT ck_municipality_age_limit CHECK (complaint_age_limit_months BETWEEN 1 AND 120),
    CONSTRAINT ck_municipality_callback CHECK (callback_working_days BETWEEN 0 AND 30),
    CONSTRAINT ck_municipality_accent CHECK (accent_colour REGEXP '^#[0-9a-fA-F]{6}$')
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE department (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    municipality_id BIGINT       NOT NULL,
    parent_id       BIGINT       NULL,
    code            VARCHAR(20)  NOT NULL,
    name            VARCHAR(150) NOT NULL,
    level           VARCHAR(20)  NOT NULL,
    sort_order      INT          NOT NULL DEFAULT 0,
    active          BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT fk_department_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT fk_department_parent FOREIGN KEY (parent_id) REFERENCES department (id),
    CONSTRAINT uk_department_code UNIQUE (municipality_id, code),
    CONSTRAINT ck_department_level CHECK (level IN ('DIRECTORATE', 'CENTER', 'UNIT', 'OTHER_AUTHORITY'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE location (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    municipality_id BIGINT       NOT NULL,
    code            VARCHAR(20)  NOT NULL,
    kind            VARCHAR(20)  NOT NULL,
    name            VARCHAR(150) NOT NULL,
    street          VARCHAR(150) NULL,
    postal_code     VARCHAR(4)   NULL,
    city            VARCHAR(60)  NULL,
    directions_da   VARCHAR(500) NULL,
    directions_en   VARCHAR(500) NULL,
    step_free       BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT fk_location_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT uk_location_code UNIQUE (municipality_id, code),
    CONSTRAINT ck_location_kind CHECK (kind IN ('TOWN_HALL', 'LIBRARY', 'DEPARTMENT', 'CITIZEN_HOME')),
    CONSTRAINT ck_location_address CHECK (kind = 'CITIZEN_HOME' OR (street IS NOT NULL AND postal_code IS NOT NULL AND city IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE citizen_advisor (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(60)  NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    display_name  VARCHAR(120) NOT NULL,
    email         VARCHAR(254) NOT NULL,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT uk_citizen_advisor_username UNIQUE (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE citizen_advisor_role (
    advisor_id BIGINT      NOT NULL,
    role       VARCHAR(20) NOT NULL,
    PRIMARY KEY (advisor_id, role),
    CONSTRAINT fk_advisor_role_advisor FOREIGN KEY (advisor_id) REFERENCES citizen_advisor (id) ON DELETE CASCADE,
    CONSTRAINT ck_advisor_role CHECK (role IN ('ADVISOR', 'ADMIN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE citizen_advisor_municipality (
    advisor_id      BIGINT NOT NULL,
    municipality_id BIGINT NOT NULL,
    PRIMARY KEY (advisor_id, municipality_id),
    CONSTRAINT fk_advisor_municipality_advisor FOREIGN KEY (advisor_id) REFERENCES citizen_advisor (id) ON DELETE CASCADE,
    CONSTRAINT fk_advisor_municipality_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
