-- The disclosure catalogue (目录): columns, items, their review and the
-- per-agency, per-year serials of index numbers (索引号).

-- 栏目 column: a section of an agency's site. kind 'list' shows items,
-- 'page' is one editable page (e.g. 政府信息公开指南).
CREATE TABLE columns (
  id {{ID}},
  agency_id {{BIGINT}} NOT NULL REFERENCES agencies(id),
  parent_id {{BIGINT}} REFERENCES columns(id),
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  kind TEXT NOT NULL DEFAULT 'list' CHECK (kind IN ('list', 'page')),
  position {{BIGINT}} NOT NULL DEFAULT 0,
  created_at {{BIGINT}} NOT NULL,
  updated_at {{BIGINT}} NOT NULL,
  UNIQUE (agency_id, code)
) {{STRICT}};

-- 政府信息 item. Dates are 'YYYY-MM-DD' (China time) or ''.
CREATE TABLE items (
  id {{ID}},
  agency_id {{BIGINT}} NOT NULL REFERENCES agencies(id),
  department_id {{BIGINT}} REFERENCES departments(id),
  state TEXT NOT NULL CHECK (state IN ('draft', 'submitted', 'in_review', 'scheduled', 'published', 'withdrawn')),
  review_round {{BIGINT}} NOT NULL DEFAULT 0,
  review_stage {{BIGINT}} NOT NULL DEFAULT 0,
  index_no TEXT UNIQUE,
  title TEXT NOT NULL,
  unified_no TEXT NOT NULL DEFAULT '',
  doc_no TEXT NOT NULL DEFAULT '',
  written_on TEXT NOT NULL DEFAULT '',
  published_on TEXT NOT NULL DEFAULT '',
  validity TEXT NOT NULL DEFAULT '' CHECK (validity IN ('', 'valid', 'invalid', 'repealed', 'amended')),
  validity_changed_on TEXT NOT NULL DEFAULT '',
  replaced_by_id {{BIGINT}} REFERENCES items(id),
  topic TEXT NOT NULL DEFAULT '',
  category TEXT NOT NULL DEFAULT '',
  genre TEXT NOT NULL DEFAULT '',
  art20 {{BIGINT}} NOT NULL DEFAULT 0,
  keywords TEXT NOT NULL DEFAULT '',
  summary TEXT NOT NULL DEFAULT '',
  disclosure TEXT NOT NULL DEFAULT 'proactive' CHECK (disclosure IN ('proactive', 'on_request', 'exempt')),
  exempt_reason TEXT NOT NULL DEFAULT '',
  body_md TEXT NOT NULL DEFAULT '',
  publish_at {{BIGINT}} NOT NULL DEFAULT 0,
  late_reason TEXT NOT NULL DEFAULT '',
  withdrawn_reason TEXT NOT NULL DEFAULT '',
  author_id {{BIGINT}} REFERENCES users(id),
  created_at {{BIGINT}} NOT NULL,
  updated_at {{BIGINT}} NOT NULL,
  published_at {{BIGINT}} NOT NULL DEFAULT 0
) {{STRICT}};
CREATE INDEX items_state ON items (state, agency_id, published_at);

CREATE TABLE item_columns (
  item_id {{BIGINT}} NOT NULL REFERENCES items(id),
  column_id {{BIGINT}} NOT NULL REFERENCES columns(id),
  PRIMARY KEY (item_id, column_id)
) {{STRICT}};
CREATE INDEX item_columns_column ON item_columns (column_id, item_id);

-- Everyone who wrote or edited an item: they may not review it.
CREATE TABLE item_edits (
  id {{ID}},
  item_id {{BIGINT}} NOT NULL REFERENCES items(id),
  user_id {{BIGINT}} NOT NULL REFERENCES users(id),
  at {{BIGINT}} NOT NULL
) {{STRICT}};
CREATE INDEX item_edits_item ON item_edits (item_id);

-- Review decisions, one row per stage decided (the events; the item's state
-- is what follows from them).
CREATE TABLE item_reviews (
  id {{ID}},
  item_id {{BIGINT}} NOT NULL REFERENCES items(id),
  round {{BIGINT}} NOT NULL,
  stage {{BIGINT}} NOT NULL,
  reviewer_id {{BIGINT}} NOT NULL REFERENCES users(id),
  decision TEXT NOT NULL CHECK (decision IN ('approve', 'reject')),
  comment TEXT NOT NULL DEFAULT '',
  at {{BIGINT}} NOT NULL
) {{STRICT}};
CREATE INDEX item_reviews_item ON item_reviews (item_id, round);

-- Next serial of 索引号 per agency and year; never goes back.
CREATE TABLE index_serials (
  agency_id {{BIGINT}} NOT NULL REFERENCES agencies(id),
  year {{BIGINT}} NOT NULL,
  next_serial {{BIGINT}} NOT NULL,
  PRIMARY KEY (agency_id, year)
) {{STRICT}};
