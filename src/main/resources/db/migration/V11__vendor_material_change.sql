-- When a vendor last changed in a way the risk analysis depends on (its PHI handling, category, subcontracting or BAA
-- exemption): a vendor changed so after an analysis is outside it. A new contact e-mail is not such a change.
ALTER TABLE vendor.vendor ADD COLUMN materially_changed_at TIMESTAMP WITH TIME ZONE;
UPDATE vendor.vendor SET materially_changed_at = updated_at;
ALTER TABLE vendor.vendor ALTER COLUMN materially_changed_at SET NOT NULL;
