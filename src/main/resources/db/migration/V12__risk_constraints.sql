-- One analysis in progress per organization (open_marker is 1 while in progress, NULL once completed; NULLs do not
-- collide in a unique constraint on H2 or PostgreSQL), and each version number once.
ALTER TABLE risk.analysis ADD COLUMN open_marker INTEGER;
UPDATE risk.analysis SET open_marker = 1 WHERE status = 'IN_PROGRESS';
ALTER TABLE risk.analysis ADD CONSTRAINT analysis_one_in_progress UNIQUE (tenant_id, open_marker);
ALTER TABLE risk.analysis ADD CONSTRAINT analysis_version_once UNIQUE (tenant_id, version_no);

-- The order of a risk's planned measures is the order they were planned in, whatever their timestamps.
ALTER TABLE risk.measure ADD COLUMN position INTEGER;
UPDATE risk.measure SET position = 0;
ALTER TABLE risk.measure ALTER COLUMN position SET NOT NULL;
