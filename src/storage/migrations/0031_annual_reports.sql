-- 政府信息公开工作年度报告 (issue 11): what staff enter for an agency's year —
-- the texts of sections 一, 五 and 六, the 行政事业性收费 amount (万元, decimal
-- text), the enforcement figures where the records are not kept here
-- (enforcement_entered 1, with a note) — and `published`, the report's JSON
-- as it was drafted for publication (reports/model.h ReportJson), which next
-- year's checks compare with. For a year before the platform, staff enter
-- the figures of the report as it was published: prior_entered 1 and
-- `published` holds them.
CREATE TABLE annual_reports (
  id {{ID}},
  agency_id {{BIGINT}} NOT NULL REFERENCES agencies(id),
  year {{BIGINT}} NOT NULL,
  overview TEXT NOT NULL DEFAULT '',
  problems TEXT NOT NULL DEFAULT '',
  other_matters TEXT NOT NULL DEFAULT '',
  fees TEXT NOT NULL DEFAULT '',
  enforcement_entered {{BIGINT}} NOT NULL DEFAULT 0,
  licensing {{BIGINT}} NOT NULL DEFAULT 0,
  penalty {{BIGINT}} NOT NULL DEFAULT 0,
  coercion {{BIGINT}} NOT NULL DEFAULT 0,
  enforcement_note TEXT NOT NULL DEFAULT '',
  prior_entered {{BIGINT}} NOT NULL DEFAULT 0,
  published TEXT NOT NULL DEFAULT '',
  updated_by {{BIGINT}} NOT NULL DEFAULT 0,
  updated_at {{BIGINT}} NOT NULL,
  UNIQUE (agency_id, year)
) {{STRICT}};
