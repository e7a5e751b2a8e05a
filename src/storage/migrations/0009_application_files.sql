-- Files an applicant attached to an online application (optional, Art. 29),
-- stored content-addressed with the catalogue's attachments (<data>/files).
CREATE TABLE application_files (
  id {{ID}},
  application_id {{BIGINT}} NOT NULL REFERENCES applications(id),
  name TEXT NOT NULL,
  content_type TEXT NOT NULL,
  size {{BIGINT}} NOT NULL,
  sha256 TEXT NOT NULL,
  created_at {{BIGINT}} NOT NULL
) {{STRICT}};
CREATE INDEX application_files_app ON application_files (application_id);
