-- 监督抽查 (sampling inspections): a batch is one published notice (通告)
-- of results, imported from a file as a whole; its rows are the products
-- sampled. A batch is public while published; a withdrawn batch keeps its
-- rows for the record and answers 410. search_text is what /sampling?q=
-- matches (product, brand, companies, category, failed items). Text was
-- masked for stray personal data when written. Dates are YYYY-MM-DD text.
CREATE TABLE sampling_batches (
  id {{ID}},
  agency_id {{BIGINT}} NOT NULL REFERENCES agencies(id),
  state TEXT NOT NULL CHECK (state IN ('draft', 'published', 'withdrawn')),
  title TEXT NOT NULL,
  notice_no TEXT NOT NULL DEFAULT '',
  intro TEXT NOT NULL DEFAULT '',
  file_name TEXT NOT NULL DEFAULT '',
  total {{BIGINT}} NOT NULL DEFAULT 0,
  failed {{BIGINT}} NOT NULL DEFAULT 0,
  published_on TEXT NOT NULL DEFAULT '',
  withdraw_reason TEXT NOT NULL DEFAULT '',
  withdrawn_at {{BIGINT}} NOT NULL DEFAULT 0,
  created_by {{BIGINT}} REFERENCES users(id),
  created_at {{BIGINT}} NOT NULL,
  updated_at {{BIGINT}} NOT NULL
) {{STRICT}};
CREATE INDEX sampling_batches_public ON sampling_batches (state, published_on, id);

CREATE TABLE sampling_results (
  id {{ID}},
  batch_id {{BIGINT}} NOT NULL REFERENCES sampling_batches(id),
  seq {{BIGINT}} NOT NULL,
  product TEXT NOT NULL,
  brand TEXT NOT NULL DEFAULT '',
  spec TEXT NOT NULL DEFAULT '',
  batch_no TEXT NOT NULL DEFAULT '',
  producer TEXT NOT NULL DEFAULT '',
  producer_address TEXT NOT NULL DEFAULT '',
  sampled_entity TEXT NOT NULL DEFAULT '',
  sampled_province TEXT NOT NULL DEFAULT '',
  sampled_on TEXT NOT NULL DEFAULT '',
  passed {{BIGINT}} NOT NULL,
  failed_items TEXT NOT NULL DEFAULT '',  -- JSON: [{"item", "result", "standard"}]
  lab TEXT NOT NULL DEFAULT '',
  category TEXT NOT NULL DEFAULT '',
  remark TEXT NOT NULL DEFAULT '',
  search_text TEXT NOT NULL DEFAULT ''
) {{STRICT}};
CREATE INDEX sampling_results_batch ON sampling_results (batch_id, seq);
CREATE INDEX sampling_results_producer ON sampling_results (producer);
CREATE INDEX sampling_results_entity ON sampling_results (sampled_entity);
