-- Per-client limits of the public pages (web/limits.h): one row per counted
-- attempt, so that the limits hold across restarts and across instances.
CREATE TABLE rate_events (
  bucket TEXT NOT NULL,
  subject TEXT NOT NULL,
  at {{BIGINT}} NOT NULL
) {{STRICT}};
CREATE INDEX rate_events_subject ON rate_events (bucket, subject, at);
CREATE INDEX rate_events_at ON rate_events (at);

-- Secrets the installation makes for itself on first use (the key that signs
-- the public form's human check), shared by every instance.
CREATE TABLE installation_secrets (
  name TEXT PRIMARY KEY,
  value TEXT NOT NULL
) {{STRICT}};
