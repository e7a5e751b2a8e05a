-- Files attached to catalogue items. The bytes live under <data>/files,
-- named by their SHA-256: content-addressed, so a published file's bytes
-- can never change under its name.
CREATE TABLE attachments (
  id {{ID}},
  item_id {{BIGINT}} NOT NULL REFERENCES items(id),
  name TEXT NOT NULL,
  content_type TEXT NOT NULL,
  size {{BIGINT}} NOT NULL,
  sha256 TEXT NOT NULL,
  created_at {{BIGINT}} NOT NULL
) {{STRICT}};
CREATE INDEX attachments_item ON attachments (item_id);
