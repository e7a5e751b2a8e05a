-- 不予公开事项清单 (负面清单, issue 11): the categories of information an
-- agency does not disclose, each with its legal basis, kept by the 公开办 and
-- published. An item marked 不予公开 cites one (item_exemptions). An entry
-- that is cited is retired (retired 1), never deleted.
CREATE TABLE negative_list (
  id {{ID}},
  agency_id {{BIGINT}} NOT NULL REFERENCES agencies(id),
  name TEXT NOT NULL,
  basis TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  position {{BIGINT}} NOT NULL DEFAULT 0,
  retired {{BIGINT}} NOT NULL DEFAULT 0,
  created_at {{BIGINT}} NOT NULL,
  updated_at {{BIGINT}} NOT NULL
) {{STRICT}};
CREATE INDEX negative_list_agency ON negative_list (agency_id, position);

CREATE TABLE item_exemptions (
  item_id {{BIGINT}} PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
  entry_id {{BIGINT}} NOT NULL REFERENCES negative_list(id)
) {{STRICT}};
