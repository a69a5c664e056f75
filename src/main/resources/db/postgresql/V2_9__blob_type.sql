-- PostgreSQL only (Flyway reads this folder for a server database, never for the embedded H2 one).
-- The shared migrations store files (consent documents, case photos, certificates) in BLOB columns, H2's name for
-- bytes of any length; PostgreSQL's is BYTEA. A domain of that name lets the shared V3 and V4 run unchanged here, so
-- the H2 databases in use keep their migration checksums. Runs before V3, the first migration with a BLOB.
CREATE DOMAIN BLOB AS BYTEA;
