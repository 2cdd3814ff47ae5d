-- An ingest run's last sign of life (set when it starts and after each committed batch), so a run whose process
-- stopped (a restart during a background upload, a killed CLI) is closed as INTERRUPTED instead of showing RUNNING forever.
ALTER TABLE accesslog.ingest_run ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;
UPDATE accesslog.ingest_run SET updated_at = COALESCE(finished_at, started_at);
