-- 相关信息: links between items, such as a policy and its interpretation
-- (谁起草谁解读, 同步发布). Shown in both directions on the public pages.
CREATE TABLE item_relations (
  item_id {{BIGINT}} NOT NULL REFERENCES items(id),
  related_id {{BIGINT}} NOT NULL REFERENCES items(id),
  PRIMARY KEY (item_id, related_id)
) {{STRICT}};
CREATE INDEX item_relations_related ON item_relations (related_id);
