-- Versions of published items. A published item is revised through a
-- revision draft (items.revision_of) that passes the same review; when it is
-- approved its content replaces the item's (same id, same 索引号) and a row
-- here records the change: major changes are listed publicly as 修订记录.
ALTER TABLE items ADD COLUMN revision_of {{BIGINT}} REFERENCES items(id);
ALTER TABLE items ADD COLUMN change_note TEXT NOT NULL DEFAULT '';
ALTER TABLE items ADD COLUMN change_major {{BIGINT}} NOT NULL DEFAULT 0;

CREATE TABLE item_versions (
  id {{ID}},
  item_id {{BIGINT}} NOT NULL REFERENCES items(id),
  version {{BIGINT}} NOT NULL,
  title TEXT NOT NULL,
  body_md TEXT NOT NULL,
  snapshot_json TEXT NOT NULL,
  change_note TEXT NOT NULL DEFAULT '',
  major {{BIGINT}} NOT NULL DEFAULT 0,
  published_at {{BIGINT}} NOT NULL,
  created_by {{BIGINT}} REFERENCES users(id),
  UNIQUE (item_id, version)
) {{STRICT}};
