-- A member of staff's second factor: the TOTP secret (RFC 6238), the last time step used (a code
-- works once), and the hashes of the unused recovery codes.
CREATE TABLE staff_second_factor (
    advisor_id BIGINT      NOT NULL PRIMARY KEY,
    secret     VARCHAR(64) NOT NULL,
    last_step  BIGINT      NOT NULL,
    version    BIGINT      NOT NULL,
    CONSTRAINT fk_second_factor_advisor FOREIGN KEY (advisor_id) REFERENCES citizen_advisor (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE staff_recovery_code (
    advisor_id BIGINT   NOT NULL,
    code_hash  CHAR(64) NOT NULL,
    PRIMARY KEY (advisor_id, code_hash),
    CONSTRAINT fk_recovery_code_factor FOREIGN KEY (advisor_id) REFERENCES staff_second_factor (advisor_id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
