-- Site health (issue 11): links to other sites found in published bodies,
-- each checked now and then by the server's background job
-- (health/external_job.h) at a polite rate. One row per URL, kept with its
-- dates; which items link to it is derived from the published bodies when
-- the report is made, so a URL no longer linked is simply not reported.
--   checked_at     last check (Unix seconds), 0 before the first
--   http_status    the final HTTP status of the last check, 0 when none came
--   error          '' or why the last check got no usable answer, a code
--                  (health/external.h CheckError: 'timeout', 'dns', ...)
--   ok_at          last check answered 2xx/3xx, 0 never
--   failures       consecutive failed checks (reported from 2 on)
--   failing_since  the first of those failures, 0 while it works
CREATE TABLE external_links (
  url TEXT PRIMARY KEY,
  first_seen {{BIGINT}} NOT NULL,
  checked_at {{BIGINT}} NOT NULL DEFAULT 0,
  http_status {{BIGINT}} NOT NULL DEFAULT 0,
  error TEXT NOT NULL DEFAULT '',
  ok_at {{BIGINT}} NOT NULL DEFAULT 0,
  failures {{BIGINT}} NOT NULL DEFAULT 0,
  failing_since {{BIGINT}} NOT NULL DEFAULT 0
) {{STRICT}};
