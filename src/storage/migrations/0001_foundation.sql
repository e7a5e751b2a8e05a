-- Agencies, departments, staff, sessions, login throttling and the audit log.
-- Times are Unix seconds (UTC). Booleans are 0/1 integers.

-- 机构 agency. uscc: 统一社会信用代码.
CREATE TABLE agencies (
  id {{ID}},
  name TEXT NOT NULL,
  short_name TEXT NOT NULL DEFAULT '',
  uscc TEXT NOT NULL UNIQUE,
  parent_id {{BIGINT}} REFERENCES agencies(id),
  created_at {{BIGINT}} NOT NULL,
  updated_at {{BIGINT}} NOT NULL
) {{STRICT}};

-- 处室 (internal division) or 直属单位 (directly affiliated unit).
CREATE TABLE departments (
  id {{ID}},
  agency_id {{BIGINT}} NOT NULL REFERENCES agencies(id),
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('division', 'affiliate')),
  created_at {{BIGINT}} NOT NULL,
  updated_at {{BIGINT}} NOT NULL,
  UNIQUE (agency_id, name)
) {{STRICT}};

CREATE TABLE users (
  id {{ID}},
  username TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  must_change_password {{BIGINT}} NOT NULL DEFAULT 0,
  disabled {{BIGINT}} NOT NULL DEFAULT 0,
  created_at {{BIGINT}} NOT NULL,
  updated_at {{BIGINT}} NOT NULL
) {{STRICT}};

-- A role held for an agency (NULL: every agency of the installation) and
-- optionally one department.
CREATE TABLE user_roles (
  id {{ID}},
  user_id {{BIGINT}} NOT NULL REFERENCES users(id),
  role TEXT NOT NULL CHECK (role IN ('editor', 'reviewer', 'officer', 'admin')),
  agency_id {{BIGINT}} REFERENCES agencies(id),
  department_id {{BIGINT}} REFERENCES departments(id)
) {{STRICT}};
CREATE INDEX user_roles_user ON user_roles (user_id);

-- Server-side sessions; only a hash of the cookie token is stored.
CREATE TABLE sessions (
  id {{ID}},
  token_hash TEXT NOT NULL UNIQUE,
  user_id {{BIGINT}} NOT NULL REFERENCES users(id),
  csrf_token TEXT NOT NULL,
  created_at {{BIGINT}} NOT NULL,
  last_seen_at {{BIGINT}} NOT NULL,
  ip TEXT NOT NULL DEFAULT ''
) {{STRICT}};
CREATE INDEX sessions_user ON sessions (user_id);

-- Failed logins, by account ('u:NAME') and by address ('ip:ADDR').
CREATE TABLE login_failures (
  id {{ID}},
  subject TEXT NOT NULL,
  at {{BIGINT}} NOT NULL
) {{STRICT}};
CREATE INDEX login_failures_subject ON login_failures (subject, at);

-- 审计日志. Append-only: the application has no statement that updates or
-- deletes a row here.
CREATE TABLE audit_log (
  id {{ID}},
  at {{BIGINT}} NOT NULL,
  actor_id {{BIGINT}},
  actor_name TEXT NOT NULL,
  ip TEXT NOT NULL DEFAULT '',
  -- The agency the change belongs to (NULL: the installation), so agency
  -- administrators see their own agencies' entries only.
  agency_id {{BIGINT}} REFERENCES agencies(id),
  action TEXT NOT NULL,
  object_type TEXT NOT NULL,
  object_id TEXT NOT NULL DEFAULT '',
  summary TEXT NOT NULL DEFAULT '',
  before_json TEXT NOT NULL DEFAULT '',
  after_json TEXT NOT NULL DEFAULT ''
) {{STRICT}};
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_object ON audit_log (object_type, object_id);
CREATE INDEX audit_log_agency ON audit_log (agency_id, at);
