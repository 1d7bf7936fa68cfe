-- A citizen who signed in with MitID (docs/identity.md): the inquiry says so, and keeps the CPR number
-- only sealed with the attachment keyset (for Digital Post later); the case's pseudonymous key is made
-- from it. Erasure clears it with the rest of the citizen's data.
ALTER TABLE inquiry
    ADD COLUMN verified_identity BOOLEAN        NOT NULL DEFAULT FALSE,
    ADD COLUMN cpr_sealed        VARBINARY(512) NULL;
