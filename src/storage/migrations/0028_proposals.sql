-- 建议提案: 人大代表建议 and 政协委员提案 assigned to an agency, their reply
-- and its publication. Dates are 'YYYY-MM-DD' ('' none); result is the reply's
-- class A, B or C ('' until answered).
CREATE TABLE proposals (
  id {{ID}},
  agency_id {{BIGINT}} NOT NULL REFERENCES agencies(id),
  year {{BIGINT}} NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('suggestion', 'proposal')),
  number TEXT NOT NULL,
  title TEXT NOT NULL,
  proposer TEXT NOT NULL DEFAULT '',
  role TEXT NOT NULL CHECK (role IN ('lead', 'assist')),
  summary TEXT NOT NULL DEFAULT '',
  assigned_on TEXT NOT NULL,
  due_on TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('handling', 'replied', 'published', 'withheld')),
  result TEXT NOT NULL DEFAULT '' CHECK (result IN ('', 'A', 'B', 'C')),
  replied_on TEXT NOT NULL DEFAULT '',
  reply TEXT NOT NULL DEFAULT '',
  public_summary TEXT NOT NULL DEFAULT '',
  reply_public {{BIGINT}} NOT NULL DEFAULT 0,
  published_on TEXT NOT NULL DEFAULT '',
  withhold_reason TEXT NOT NULL DEFAULT '',
  created_at {{BIGINT}} NOT NULL,
  updated_at {{BIGINT}} NOT NULL,
  UNIQUE (agency_id, year, kind, number)
) {{STRICT}};
CREATE INDEX proposals_year ON proposals (year, state, agency_id);
