-- One-time tokens already spent (web/limits.h UseOnce): the public form's
-- human check may be answered once only. Rows are kept until the token
-- would have expired anyway, then purged.
CREATE TABLE used_tokens (
  kind TEXT NOT NULL,
  id TEXT NOT NULL,
  expires_at {{BIGINT}} NOT NULL,
  PRIMARY KEY (kind, id)
) {{STRICT}};
CREATE INDEX used_tokens_expires ON used_tokens (expires_at);
