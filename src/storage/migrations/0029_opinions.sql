-- 舆情 register (staff only): public-opinion events and the answers given.
-- Times are unix seconds; first_response_at 0 until the first answer;
-- department_id the responsible department (0 none). A response's
-- link_title is the title of the catalogue item it links to (a 回应关切
-- item, by its 索引号), '' for an address or nothing.
CREATE TABLE opinions (
  id {{ID}},
  agency_id {{BIGINT}} NOT NULL REFERENCES agencies(id),
  title TEXT NOT NULL,
  source TEXT NOT NULL,
  source_link TEXT NOT NULL DEFAULT '',
  level TEXT NOT NULL CHECK (level IN ('general', 'major')),
  department_id {{BIGINT}} NOT NULL DEFAULT 0,
  found_at {{BIGINT}} NOT NULL,
  due_at {{BIGINT}} NOT NULL,
  summary TEXT NOT NULL DEFAULT '',
  assessment TEXT NOT NULL DEFAULT '',
  state TEXT NOT NULL CHECK (state IN ('open', 'responded', 'closed')),
  first_response_at {{BIGINT}} NOT NULL DEFAULT 0,
  closing_note TEXT NOT NULL DEFAULT '',
  created_at {{BIGINT}} NOT NULL,
  updated_at {{BIGINT}} NOT NULL
) {{STRICT}};
CREATE INDEX opinions_state ON opinions (state, due_at);

CREATE TABLE opinion_responses (
  id {{ID}},
  opinion_id {{BIGINT}} NOT NULL REFERENCES opinions(id),
  at {{BIGINT}} NOT NULL,
  channel TEXT NOT NULL CHECK (channel IN ('release', 'press', 'interview', 'new_media', 'other')),
  content TEXT NOT NULL,
  link TEXT NOT NULL DEFAULT '',
  link_title TEXT NOT NULL DEFAULT '',
  recorded_by TEXT NOT NULL DEFAULT '',
  created_at {{BIGINT}} NOT NULL
) {{STRICT}};
CREATE INDEX opinion_responses_opinion ON opinion_responses (opinion_id, at);
