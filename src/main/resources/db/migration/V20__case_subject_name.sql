-- The person an inquiry is about when someone else writes for them (the mother a daughter complains
-- for), so the advisor finds the case by either name. Erased with the other personal data.
ALTER TABLE case_file ADD COLUMN subject_name VARCHAR(120) NULL;
