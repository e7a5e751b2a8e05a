-- 行政执法公示: penalty, licence and coercive-measure decisions (RULES.md
-- §6). The row keeps what staff entered or imported, personal data included,
-- for the record. What the public may see is computed once, masked, when the
-- row is written: public_json (the masked fields) and search_text (the
-- masked text searched by /enforcement?q=). Public pages, feeds, the API and
-- search read only those two, so personal data cannot reach them by a
-- forgotten field. Dates are YYYY-MM-DD text (China dates), compared as text.
CREATE TABLE enforcement_decisions (
  id {{ID}},
  agency_id {{BIGINT}} NOT NULL REFERENCES agencies(id),
  kind TEXT NOT NULL CHECK (kind IN ('penalty', 'licence', 'coercive')),
  state TEXT NOT NULL CHECK (state IN ('draft', 'published', 'withdrawn')),
  party_name TEXT NOT NULL,
  party_type TEXT NOT NULL,
  party_uscc TEXT NOT NULL DEFAULT '',
  legal_rep TEXT NOT NULL DEFAULT '',
  id_type TEXT NOT NULL DEFAULT '',
  id_number TEXT NOT NULL DEFAULT '',
  doc_no TEXT NOT NULL,
  violation_type TEXT NOT NULL DEFAULT '',
  facts TEXT NOT NULL DEFAULT '',
  basis TEXT NOT NULL DEFAULT '',
  categories TEXT NOT NULL DEFAULT '',
  content TEXT NOT NULL DEFAULT '',
  fine_fen {{BIGINT}} NOT NULL DEFAULT 0,
  confiscated_fen {{BIGINT}} NOT NULL DEFAULT 0,
  certificate_name TEXT NOT NULL DEFAULT '',
  licence_no TEXT NOT NULL DEFAULT '',
  valid_from TEXT NOT NULL DEFAULT '',
  valid_to TEXT NOT NULL DEFAULT '',
  decided_on TEXT NOT NULL,
  authority TEXT NOT NULL DEFAULT '',
  authority_uscc TEXT NOT NULL DEFAULT '',
  due_on TEXT NOT NULL,                 -- last day to publish on time
  published_on TEXT NOT NULL DEFAULT '',
  public_until TEXT NOT NULL DEFAULT '',  -- first day no longer public
  publishable {{BIGINT}} NOT NULL DEFAULT 1,  -- 0: warning only, never published
  revoked_on TEXT NOT NULL DEFAULT '',
  withdraw_reason TEXT NOT NULL DEFAULT '',
  withdrawn_at {{BIGINT}} NOT NULL DEFAULT 0,
  public_json TEXT NOT NULL DEFAULT '',  -- the masked fields
  search_text TEXT NOT NULL DEFAULT '',  -- masked, for q
  public_uscc TEXT NOT NULL DEFAULT '',  -- the party's USCC when it may be shown
  source TEXT NOT NULL DEFAULT 'console',
  created_by {{BIGINT}} REFERENCES users(id),
  created_at {{BIGINT}} NOT NULL,
  updated_at {{BIGINT}} NOT NULL,
  expired_at {{BIGINT}} NOT NULL DEFAULT 0
) {{STRICT}};
-- The public list (newest first) and the expiry sweep.
CREATE INDEX enforcement_public ON enforcement_decisions (state, published_on, id);
CREATE INDEX enforcement_expiry ON enforcement_decisions (state, expired_at, public_until);
CREATE INDEX enforcement_doc_no ON enforcement_decisions (agency_id, kind, doc_no);
CREATE INDEX enforcement_uscc ON enforcement_decisions (public_uscc);
CREATE INDEX enforcement_due ON enforcement_decisions (agency_id, state, due_on);
