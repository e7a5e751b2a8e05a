-- 公开清单: the entries of the structured public lists (执法主体, 权责清单,
-- 执法流程, 办事指南, 证明事项清单). kind is the list's code (lists/model.cc
-- defines each list and its fields). fields is a JSON object of the
-- entry's values by field key, search_text their text for the search box,
-- title the value of the list's first field, facet the value of the field
-- the public table filters by (事项类别, 状态, …).
CREATE TABLE list_entries (
  id {{ID}},
  agency_id {{BIGINT}} NOT NULL REFERENCES agencies(id),
  kind TEXT NOT NULL,
  title TEXT NOT NULL,
  facet TEXT NOT NULL DEFAULT '',
  fields TEXT NOT NULL,
  search_text TEXT NOT NULL DEFAULT '',
  state TEXT NOT NULL CHECK (state IN ('draft', 'published', 'withdrawn')),
  withdraw_reason TEXT NOT NULL DEFAULT '',
  created_at {{BIGINT}} NOT NULL,
  updated_at {{BIGINT}} NOT NULL,
  published_at {{BIGINT}} NOT NULL DEFAULT 0,
  withdrawn_at {{BIGINT}} NOT NULL DEFAULT 0
) {{STRICT}};
-- A list's public table (in the order entries were written) and the console's.
CREATE INDEX list_entries_kind ON list_entries (kind, state, id);
CREATE INDEX list_entries_agency ON list_entries (agency_id, kind);
