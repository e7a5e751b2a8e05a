-- 规章 and 行政规范性文件 (issue 11, work plan 四(一)): a facet of catalogue
-- items. kind 'rule' (规章) or 'normative' (行政规范性文件); effective_on
-- (实施日期) and expires_on (有效期至) are 'YYYY-MM-DD' or '' (not stated /
-- no end). The annual report's table 二 counts these items; the dashboard
-- warns before expires_on.
CREATE TABLE item_normative (
  item_id {{BIGINT}} PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('rule', 'normative')),
  effective_on TEXT NOT NULL DEFAULT '',
  expires_on TEXT NOT NULL DEFAULT ''
) {{STRICT}};
CREATE INDEX item_normative_expires ON item_normative (expires_on);
