-- PostgreSQL only: the access-log blocks (entry bundles, key buckets, fingerprint blocks, tiles) are hashes and
-- length-prefixed records that compress poorly; storing them out of line without pglz compression halves the cost of
-- an ingest (measured in docs/benchmarks.md).
ALTER TABLE accesslog.entry_bundle ALTER COLUMN entries SET STORAGE EXTERNAL;
ALTER TABLE accesslog.key_bucket ALTER COLUMN entries SET STORAGE EXTERNAL;
ALTER TABLE accesslog.fingerprint_block ALTER COLUMN entries SET STORAGE EXTERNAL;
ALTER TABLE accesslog.tile ALTER COLUMN hashes SET STORAGE EXTERNAL;
