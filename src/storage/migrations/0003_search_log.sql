-- What people type into the search box, for search analytics. No address,
-- session or user: only the words, the filters and how many results.
CREATE TABLE search_queries (
  id {{ID}},
  at {{BIGINT}} NOT NULL,
  query TEXT NOT NULL,
  filters TEXT NOT NULL DEFAULT '',
  results {{BIGINT}} NOT NULL
) {{STRICT}};
CREATE INDEX search_queries_at ON search_queries (at);
