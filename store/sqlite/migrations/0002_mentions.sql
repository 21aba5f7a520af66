-- What the lexicon found in each document: actor, agent, person and place
-- mentions with their spans and the rule that recognised them. Kept as one
-- JSON value per document, read whole with the document; events, which are
-- queried by actor and place, get tables of their own.
ALTER TABLE documents ADD COLUMN mentions TEXT NOT NULL DEFAULT '[]';
