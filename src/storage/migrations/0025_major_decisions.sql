-- 重大行政决策事项目录: an agency's major decisions for a year. stages is a
-- JSON array of the seven stages in order (起草 … 公布), each
-- {"planned": "YYYY-MM-DD" or "", "done": "YYYY-MM-DD" or ""}.
-- consultation_id names its 意见征集 (0 none); result_index_no the 索引号 of
-- the decision as published in the catalogue ('' not yet).
CREATE TABLE major_decisions (
  id {{ID}},
  agency_id {{BIGINT}} NOT NULL REFERENCES agencies(id),
  year {{BIGINT}} NOT NULL,
  title TEXT NOT NULL,
  summary TEXT NOT NULL DEFAULT '',
  owner TEXT NOT NULL DEFAULT '',
  stages TEXT NOT NULL DEFAULT '[]',
  consultation_id {{BIGINT}} NOT NULL DEFAULT 0,
  result_index_no TEXT NOT NULL DEFAULT '',
  state TEXT NOT NULL CHECK (state IN ('draft', 'published', 'withdrawn')),
  published_on TEXT NOT NULL DEFAULT '',
  withdraw_reason TEXT NOT NULL DEFAULT '',
  withdrawn_at {{BIGINT}} NOT NULL DEFAULT 0,
  created_at {{BIGINT}} NOT NULL,
  updated_at {{BIGINT}} NOT NULL
) {{STRICT}};
CREATE INDEX major_decisions_year ON major_decisions (year, state, agency_id);
