-- An inquiry on someone's behalf whose power of attorney NemLog-in vouched for (Digital Fuldmagt):
-- the case starts with the power of attorney verified instead of asking for a PDF.
ALTER TABLE inquiry ADD COLUMN poa_digital BOOLEAN NOT NULL DEFAULT FALSE;
