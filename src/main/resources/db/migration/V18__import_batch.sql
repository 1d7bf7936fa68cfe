-- Each import is a batch of its own, so an administrator can undo it as a whole while none of its
-- cases has been changed since (docs/import-format.md, "Undoing an import").
CREATE TABLE import_batch (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    source      VARCHAR(200) NOT NULL,
    imported_at DATETIME(6)  NOT NULL,
    imported_by VARCHAR(60)  NOT NULL,
    cases       INT          NOT NULL,
    points      INT          NOT NULL,
    undone_at   DATETIME(6)  NULL,
    undone_by   VARCHAR(60)  NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE case_file ADD COLUMN import_batch_id BIGINT NULL,
    ADD CONSTRAINT fk_case_import_batch FOREIGN KEY (import_batch_id) REFERENCES import_batch (id);

-- Which municipalities a batch brought cases to: who may see and undo it, also after the undo.
CREATE TABLE import_batch_municipality (
    batch_id        BIGINT NOT NULL,
    municipality_id BIGINT NOT NULL,
    PRIMARY KEY (batch_id, municipality_id),
    CONSTRAINT fk_batch_municipality_batch FOREIGN KEY (batch_id) REFERENCES import_batch (id),
    CONSTRAINT fk_batch_municipality_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id)
) ENGINE = InnoDB;
