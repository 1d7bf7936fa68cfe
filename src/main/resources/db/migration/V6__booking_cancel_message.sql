-- The advisor's own words to the citizen when the advisor cancels a booking.
ALTER TABLE booking ADD COLUMN cancel_message VARCHAR(500) NULL;
