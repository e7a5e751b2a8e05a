-- 依申请公开: disclosure applications. The case row holds what was asked and
-- decided; what happened is in application_events, and the clock (due_on,
-- waiting_until) is derived from those events on every change — never edited.
-- Dates are 'YYYY-MM-DD' (China time) or ''.
CREATE TABLE applications (
  id {{ID}},
  agency_id {{BIGINT}} NOT NULL REFERENCES agencies(id),
  department_id {{BIGINT}} REFERENCES departments(id),
  number TEXT NOT NULL UNIQUE,
  tracking_hash TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('submitted', 'processing', 'correction', 'consulting', 'fee_pending',
                                       'sign_off', 'closed', 'archived')),
  channel TEXT NOT NULL,
  applicant_type TEXT NOT NULL,
  applicant_name TEXT NOT NULL,
  contact_person TEXT NOT NULL DEFAULT '',
  id_type TEXT NOT NULL,
  id_number TEXT NOT NULL,
  phone TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  address TEXT NOT NULL DEFAULT '',
  postcode TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL,
  medium TEXT NOT NULL,
  delivery TEXT NOT NULL,
  topic TEXT NOT NULL DEFAULT '',
  submitted_at {{BIGINT}} NOT NULL,
  received_on TEXT NOT NULL DEFAULT '',
  due_on TEXT NOT NULL DEFAULT '',
  waiting_until TEXT NOT NULL DEFAULT '',
  fee_method TEXT NOT NULL DEFAULT 'none',
  fee_yuan {{BIGINT}} NOT NULL DEFAULT 0,
  fee_quantity {{BIGINT}} NOT NULL DEFAULT 0,
  outcome TEXT NOT NULL DEFAULT '',
  explanation TEXT NOT NULL DEFAULT '',
  public_index_no TEXT NOT NULL DEFAULT '',
  holder_agency TEXT NOT NULL DEFAULT '',
  legal_basis TEXT NOT NULL DEFAULT '',
  withheld TEXT NOT NULL DEFAULT '',
  closed_on TEXT NOT NULL DEFAULT '',
  joint_review {{BIGINT}} NOT NULL DEFAULT 0,
  joint_notes TEXT NOT NULL DEFAULT '',
  dept_due_on TEXT NOT NULL DEFAULT '',
  dept_answer TEXT NOT NULL DEFAULT '',
  created_by {{BIGINT}} REFERENCES users(id),
  created_at {{BIGINT}} NOT NULL,
  updated_at {{BIGINT}} NOT NULL
) {{STRICT}};
CREATE INDEX applications_open ON applications (agency_id, state, due_on);
CREATE INDEX applications_received ON applications (agency_id, received_on);
CREATE INDEX applications_closed ON applications (agency_id, closed_on);
CREATE INDEX applications_applicant ON applications (id_number);

CREATE TABLE application_events (
  id {{ID}},
  application_id {{BIGINT}} NOT NULL REFERENCES applications(id),
  kind TEXT NOT NULL,
  on_date TEXT NOT NULL DEFAULT '',
  until_date TEXT NOT NULL DEFAULT '',
  days {{BIGINT}} NOT NULL DEFAULT 0,
  note TEXT NOT NULL DEFAULT '',
  user_id {{BIGINT}} REFERENCES users(id),
  at {{BIGINT}} NOT NULL
) {{STRICT}};
CREATE INDEX application_events_app ON application_events (application_id, id);

-- 告知书 letters. Issued letters are frozen: the code never updates them.
CREATE TABLE application_letters (
  id {{ID}},
  application_id {{BIGINT}} NOT NULL REFERENCES applications(id),
  kind TEXT NOT NULL,
  number TEXT UNIQUE,
  title TEXT NOT NULL,
  body_md TEXT NOT NULL,
  issued {{BIGINT}} NOT NULL DEFAULT 0,
  issued_on TEXT NOT NULL DEFAULT '',
  issued_by {{BIGINT}} REFERENCES users(id),
  signed_by_name TEXT NOT NULL DEFAULT '',
  signed_at {{BIGINT}} NOT NULL DEFAULT 0,
  to_applicant {{BIGINT}} NOT NULL DEFAULT 1,
  created_at {{BIGINT}} NOT NULL
) {{STRICT}};
CREATE INDEX application_letters_app ON application_letters (application_id, id);

-- 行政复议 / 行政诉讼 (annual report table 四).
CREATE TABLE application_appeals (
  id {{ID}},
  application_id {{BIGINT}} NOT NULL REFERENCES applications(id),
  kind TEXT NOT NULL CHECK (kind IN ('reconsideration', 'litigation')),
  after_reconsideration {{BIGINT}} NOT NULL DEFAULT 0,
  filed_on TEXT NOT NULL,
  body TEXT NOT NULL DEFAULT '',
  result TEXT NOT NULL CHECK (result IN ('pending', 'upheld', 'corrected', 'other')),
  decided_on TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  created_at {{BIGINT}} NOT NULL
) {{STRICT}};
CREATE INDEX application_appeals_app ON application_appeals (application_id);

-- Who signs reply letters off (审签) for an agency: a 公开办 head or a leader.
CREATE TABLE application_signers (
  agency_id {{BIGINT}} NOT NULL REFERENCES agencies(id),
  user_id {{BIGINT}} NOT NULL REFERENCES users(id),
  PRIMARY KEY (agency_id, user_id)
) {{STRICT}};

-- Serials: application numbers (scope 'application', per year) and letter
-- numbers (scope 'letter:<agency id>', per year). Never reused.
CREATE TABLE application_serials (
  scope TEXT NOT NULL,
  year {{BIGINT}} NOT NULL,
  next_serial {{BIGINT}} NOT NULL,
  PRIMARY KEY (scope, year)
) {{STRICT}};
