-- A band key is kept for its first 16 documents only (candidatesPerKey):
-- lookups never read further, and the documents past them made a common
-- key's lookup read thousands of rows.
DELETE FROM reprint_keys WHERE (key, doc) IN (
    SELECT key, doc FROM (
        SELECT key, doc, row_number() OVER (PARTITION BY key ORDER BY doc) AS n FROM reprint_keys
    ) WHERE n > 16
);
