-- Items another part of gongkai drafts from its own records (the month's
-- 好差评 statistics; later a consultation's 采纳情况 and the annual report):
-- one item per source key, so generating again refreshes the same item (its
-- draft, or a revision once published) instead of adding another.
CREATE TABLE item_sources (
  source TEXT PRIMARY KEY,
  item_id {{BIGINT}} NOT NULL REFERENCES items(id)
) {{STRICT}};
CREATE INDEX item_sources_item ON item_sources (item_id);
