-- Unique citizens are counted from the points: each point carries its case's (immutable) pseudonymous
-- citizen key, copied by a trigger on insert so no write path has to remember it.
ALTER TABLE complaint_point ADD COLUMN citizen_key CHAR(16) NOT NULL DEFAULT '';
UPDATE complaint_point p JOIN case_file c ON c.id = p.case_id SET p.citizen_key = c.citizen_key;
CREATE INDEX ix_point_citizens ON complaint_point (municipality_id, registered_on, counted, citizen_key);

CREATE TRIGGER tr_point_citizen_key BEFORE INSERT ON complaint_point FOR EACH ROW
    SET NEW.citizen_key = (SELECT citizen_key FROM case_file WHERE id = NEW.case_id);

-- Country-wide statistics: counted points per municipality, quarter, main/follow-up, kind and handling,
-- kept by triggers so every write path (casework services, import, SQL) keeps it right in the same
-- transaction. Queries over whole quarters read this instead of a million index entries (decision 008).

CREATE TABLE point_quarter_count (
    municipality_id BIGINT      NOT NULL,
    quarter         DATE        NOT NULL,
    main            BOOLEAN     NOT NULL,
    kind            VARCHAR(20) NOT NULL,
    handling        VARCHAR(30) NOT NULL,
    points          BIGINT      NOT NULL,
    PRIMARY KEY (municipality_id, quarter, main, kind, handling)
) ENGINE = InnoDB;

INSERT INTO point_quarter_count (municipality_id, quarter, main, kind, handling, points)
SELECT municipality_id, MAKEDATE(YEAR(registered_on), 1) + INTERVAL (QUARTER(registered_on) - 1) QUARTER,
       main, kind, COALESCE(handling, ''), COUNT(*)
FROM complaint_point
WHERE counted
GROUP BY 1, 2, 3, 4, 5;

CREATE TRIGGER tr_point_count_insert AFTER INSERT ON complaint_point FOR EACH ROW
    INSERT INTO point_quarter_count (municipality_id, quarter, main, kind, handling, points)
    SELECT NEW.municipality_id, MAKEDATE(YEAR(NEW.registered_on), 1) + INTERVAL (QUARTER(NEW.registered_on) - 1) QUARTER,
           NEW.main, NEW.kind, COALESCE(NEW.handling, ''), 1
    FROM DUAL WHERE NEW.counted
    ON DUPLICATE KEY UPDATE points = points + 1;

CREATE TRIGGER tr_point_count_update_old AFTER UPDATE ON complaint_point FOR EACH ROW
    UPDATE point_quarter_count SET points = points - 1
    WHERE OLD.counted AND municipality_id = OLD.municipality_id
      AND quarter = MAKEDATE(YEAR(OLD.registered_on), 1) + INTERVAL (QUARTER(OLD.registered_on) - 1) QUARTER
      AND main = OLD.main AND kind = OLD.kind AND handling = COALESCE(OLD.handling, '');

CREATE TRIGGER tr_point_count_update_new AFTER UPDATE ON complaint_point FOR EACH ROW FOLLOWS tr_point_count_update_old
    INSERT INTO point_quarter_count (municipality_id, quarter, main, kind, handling, points)
    SELECT NEW.municipality_id, MAKEDATE(YEAR(NEW.registered_on), 1) + INTERVAL (QUARTER(NEW.registered_on) - 1) QUARTER,
           NEW.main, NEW.kind, COALESCE(NEW.handling, ''), 1
    FROM DUAL WHERE NEW.counted
    ON DUPLICATE KEY UPDATE points = points + 1;

CREATE TRIGGER tr_point_count_delete AFTER DELETE ON complaint_point FOR EACH ROW
    UPDATE point_quarter_count SET points = points - 1
    WHERE OLD.counted AND municipality_id = OLD.municipality_id
      AND quarter = MAKEDATE(YEAR(OLD.registered_on), 1) + INTERVAL (QUARTER(OLD.registered_on) - 1) QUARTER
      AND main = OLD.main AND kind = OLD.kind AND handling = COALESCE(OLD.handling, '');
