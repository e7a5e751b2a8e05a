-- 组配分类: each agency's own list of categories (RULES.md §4, issue 3). An
-- agency without rows uses the usual list (catalogue::DefaultCategories()).
CREATE TABLE agency_categories (
  agency_id {{BIGINT}} NOT NULL REFERENCES agencies(id),
  name TEXT NOT NULL,
  position {{BIGINT}} NOT NULL,
  PRIMARY KEY (agency_id, name)
) {{STRICT}};
