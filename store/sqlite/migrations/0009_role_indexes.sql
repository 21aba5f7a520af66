-- The role indexes carry the sector after the date: a query for an actor
-- with a sector ("AZEMIL") walks the country's events newest first and
-- tests the sector in the index, without reading each event's row.
DROP INDEX events_source;
DROP INDEX events_target;
DROP INDEX events_claimant;
CREATE INDEX events_source ON events(source_country, date_first, source_sector);
CREATE INDEX events_target ON events(target_country, date_first, target_sector);
CREATE INDEX events_claimant ON events(claimant_country, date_first, claimant_sector);

-- The type index carries the latitude, so that the map's query (located
-- events of a type) tests it in the index too.
DROP INDEX events_sort_type;
CREATE INDEX events_sort_type ON events(type, date_first DESC, rowid DESC, lat);
