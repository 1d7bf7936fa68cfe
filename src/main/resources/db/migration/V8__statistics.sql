-- Statistics: the advisor's own words for a report draft (intro and recommendations) per
-- municipality and period, and an index so cases are counted per period without a table scan.

CREATE TABLE report_text (
    id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    municipality_id BIGINT      NOT NULL,
    period_from     DATE        NOT NULL,
    period_to       DATE        NOT NULL,
    intro           TEXT        NOT NULL,
    recommendations TEXT        NOT NULL,
    updated_by      VARCHAR(60) NOT NULL,
    updated_at      DATETIME(6) NOT NULL,
    CONSTRAINT fk_report_text_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT uk_report_text_period UNIQUE (municipality_id, period_from, period_to)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_case_period ON case_file (municipality_id, registered_on, no_real_case_work);
CREATE INDEX ix_forward_period ON case_forward (municipality_id, forwarded_on);
