-- Who did what to whom: a source and a target together are the commonest
-- question, and a rare pair would otherwise walk every event of the source.
CREATE INDEX events_dyad ON events(source_country, target_country, date_first);
