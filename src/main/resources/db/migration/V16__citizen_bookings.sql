-- A booking made by a citizen signed in with MitID carries a keyed hash of the CPR number, so that
-- "Mine sager" lists it; erasure clears it with the rest of the citizen's data.
ALTER TABLE booking ADD COLUMN citizen_ref VARCHAR(80) NULL;
CREATE INDEX ix_booking_citizen_ref ON booking (citizen_ref);
