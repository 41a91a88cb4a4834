-- The legal rules of partnership conventions, as the database's last guard. The API checks each of them first
-- (libs/domain/src/convention-signing.ts) and answers with a French message naming the field, so these
-- constraints only ever stop a write that went around the service.

-- A convention is signed (status SIGNED or TERMINATED) exactly when it has a signature date.
ALTER TABLE conventions ADD CONSTRAINT conventions_signature_matches_status
  CHECK ((status = 'DRAFT') = (signed_on IS NULL));

-- Loi Thiollière: the forecast financial commitment is stated before signing (zero is a statement, NULL is not).
ALTER TABLE conventions ADD CONSTRAINT conventions_signed_with_forecast_commitment
  CHECK (status = 'DRAFT' OR forecast_commitment IS NOT NULL);
ALTER TABLE conventions ADD CONSTRAINT conventions_forecast_commitment_not_negative
  CHECK (forecast_commitment IS NULL OR forecast_commitment >= 0);

-- Dates in order: signature ≤ transmission to the préfet; no signature after the end (start ≤ end is
-- conventions_dates, from the cooperation core).
ALTER TABLE conventions ADD CONSTRAINT conventions_signature_before_transmission
  CHECK (prefecture_transmitted_on IS NULL OR (signed_on IS NOT NULL AND signed_on <= prefecture_transmitted_on));
ALTER TABLE conventions ADD CONSTRAINT conventions_signature_not_after_end
  CHECK (signed_on IS NULL OR signed_on <= ends_on);

-- Versions: an initial convention is version 1 with no predecessor; an amendment or a renewal follows one.
ALTER TABLE conventions ADD CONSTRAINT conventions_version_chain
  CHECK ((kind = 'INITIAL') = (previous_version_id IS NULL) AND (kind = 'INITIAL') = (version_number = 1));

-- One successor per version, so that two concurrent amendments of the same version cannot both become its next
-- version (the service also locks the previous version's row, so this index never has to answer).
CREATE UNIQUE INDEX conventions_one_successor_per_version ON conventions (tenant_id, previous_version_id);
