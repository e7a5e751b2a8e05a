-- 意见征集 (consultations on draft decisions, Decree 713 Art. 15 and 32).
-- state is the stored decision (draft, published, withdrawn); whether a
-- published consultation is open is derived from opens_on and closes_on
-- (YYYY-MM-DD China dates, both days included) and today. report_md is the
-- 采纳情况 written by staff, public from report_published_on ('' until then);
-- report_counts the counts and reasons as they stood then (JSON), which the
-- pages show without counting again. published_comments and all_comments
-- follow the comments as they arrive and are moderated.
CREATE TABLE consultations (
  id {{ID}},
  agency_id {{BIGINT}} NOT NULL REFERENCES agencies(id),
  title TEXT NOT NULL,
  draft_md TEXT NOT NULL DEFAULT '',
  explanation_md TEXT NOT NULL DEFAULT '',
  how_to TEXT NOT NULL DEFAULT '',
  opens_on TEXT NOT NULL,
  closes_on TEXT NOT NULL,
  short_reason TEXT NOT NULL DEFAULT '',
  articles {{BIGINT}} NOT NULL DEFAULT 0,
  identity TEXT NOT NULL CHECK (identity IN ('named', 'anonymous')),
  moderation TEXT NOT NULL CHECK (moderation IN ('pre', 'screen')),
  state TEXT NOT NULL CHECK (state IN ('draft', 'published', 'withdrawn')),
  published_on TEXT NOT NULL DEFAULT '',
  withdraw_reason TEXT NOT NULL DEFAULT '',
  withdrawn_at {{BIGINT}} NOT NULL DEFAULT 0,
  report_md TEXT NOT NULL DEFAULT '',
  report_published_on TEXT NOT NULL DEFAULT '',
  report_counts TEXT NOT NULL DEFAULT '',
  published_comments {{BIGINT}} NOT NULL DEFAULT 0,
  all_comments {{BIGINT}} NOT NULL DEFAULT 0,
  created_by {{BIGINT}} REFERENCES users(id),
  created_at {{BIGINT}} NOT NULL,
  updated_at {{BIGINT}} NOT NULL
) {{STRICT}};
CREATE INDEX consultations_state ON consultations (state, closes_on);
CREATE INDEX consultations_agency ON consultations (agency_id, state);

-- A comment as the public sent it: body as written (staff) and masked
-- (public_body); contact for staff only; code_hash the author's 查询码.
-- state: pending (held), published, hidden (with hide_reason). decision is
-- '' until staff decide after the consultation closed.
CREATE TABLE consultation_comments (
  id {{ID}},
  consultation_id {{BIGINT}} NOT NULL REFERENCES consultations(id),
  article {{BIGINT}} NOT NULL DEFAULT 0,
  author_name TEXT NOT NULL DEFAULT '',
  contact TEXT NOT NULL DEFAULT '',
  body TEXT NOT NULL,
  public_body TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('pending', 'published', 'hidden')),
  hide_reason TEXT NOT NULL DEFAULT '',
  held_for TEXT NOT NULL DEFAULT '',
  code_hash TEXT NOT NULL,
  decision TEXT NOT NULL DEFAULT '' CHECK (decision IN ('', 'adopted', 'partly', 'not_adopted', 'out_of_scope')),
  decision_reason TEXT NOT NULL DEFAULT '',
  decided_at {{BIGINT}} NOT NULL DEFAULT 0,
  decided_by {{BIGINT}} REFERENCES users(id),
  created_at {{BIGINT}} NOT NULL,
  updated_at {{BIGINT}} NOT NULL
) {{STRICT}};
-- The public page (published, by id), the moderation queue and the decision list.
CREATE INDEX consultation_comments_state ON consultation_comments (consultation_id, state, id);
CREATE INDEX consultation_comments_decision ON consultation_comments (consultation_id, decision, id);

-- Files published with a consultation (the draft as a document, annexes),
-- stored content-addressed with the other files (<data>/files); added and
-- removed while it is a draft.
CREATE TABLE consultation_files (
  id {{ID}},
  consultation_id {{BIGINT}} NOT NULL REFERENCES consultations(id),
  name TEXT NOT NULL,
  content_type TEXT NOT NULL,
  size {{BIGINT}} NOT NULL,
  sha256 TEXT NOT NULL,
  created_at {{BIGINT}} NOT NULL
) {{STRICT}};
CREATE INDEX consultation_files_consultation ON consultation_files (consultation_id);
