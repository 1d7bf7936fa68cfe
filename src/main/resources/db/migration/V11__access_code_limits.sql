-- One-time codes: failed attempts and codes sent are counted per case and day, across resends and
-- sessions; the version column makes two concurrent guesses conflict instead of both counting once.
ALTER TABLE case_access_code
    ADD COLUMN version         BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN counted_on      DATE   NULL,
    ADD COLUMN codes_that_day  INT    NOT NULL DEFAULT 0,
    ADD COLUMN failed_that_day INT    NOT NULL DEFAULT 0;
