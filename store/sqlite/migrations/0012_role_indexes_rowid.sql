-- The role indexes hold the row id before the sector, so that an actor's
-- events come in the listings' order (date, then row id) straight from the
-- index, with or without a sector, and no listing sorts them.
DROP INDEX events_source;
DROP INDEX events_target;
DROP INDEX events_claimant;
CREATE INDEX events_source ON events(source_country, date_first, rowid, source_sector);
CREATE INDEX events_target ON events(target_country, date_first, rowid, target_sector);
CREATE INDEX events_claimant ON events(claimant_country, date_first, rowid, claimant_sector);

-- The same for source and target together, the sectors tested in the index.
DROP INDEX events_dyad;
CREATE INDEX events_dyad ON events(source_country, target_country, date_first, rowid, source_sector, target_sector);
