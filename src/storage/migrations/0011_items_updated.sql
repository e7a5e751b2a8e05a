-- The server's search catch-up reads what changed since its last look
-- (catalogue::SearchCatchUp): items in order of their last change.
CREATE INDEX items_updated ON items (updated_at, id);
