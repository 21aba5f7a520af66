-- The phrases that say whose statement a document reports, kept with the
-- document (as JSON) so that a stored document shows why it has the issuer
-- it has.
ALTER TABLE documents ADD COLUMN attributions TEXT NOT NULL DEFAULT '[]';
