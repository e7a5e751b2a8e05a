-- 留言咨询 (public messages). received_on and due_on are China dates
-- (YYYY-MM-DD); the answer is due on due_on (rules.h). contact and
-- asker_name are staff only; public_body is the body masked when written.
-- wants_private: the asker asked that it stay private (never published).
-- satisfied / basically / unsatisfied count the readers' views of a
-- published answer.
CREATE TABLE messages (
  id {{ID}},
  agency_id {{BIGINT}} NOT NULL REFERENCES agencies(id),
  category TEXT NOT NULL CHECK (category IN ('consult', 'suggest', 'complain', 'other')),
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  public_body TEXT NOT NULL,
  asker_name TEXT NOT NULL DEFAULT '',
  contact TEXT NOT NULL DEFAULT '',
  wants_private {{BIGINT}} NOT NULL DEFAULT 0,
  state TEXT NOT NULL CHECK (state IN ('received', 'assigned', 'answered', 'published', 'withheld')),
  department_id {{BIGINT}} REFERENCES departments(id),
  department TEXT NOT NULL DEFAULT '',
  received_on TEXT NOT NULL,
  due_on TEXT NOT NULL,
  answer TEXT NOT NULL DEFAULT '',
  answered_on TEXT NOT NULL DEFAULT '',
  published_on TEXT NOT NULL DEFAULT '',
  withhold_reason TEXT NOT NULL DEFAULT '',
  satisfied {{BIGINT}} NOT NULL DEFAULT 0,
  basically {{BIGINT}} NOT NULL DEFAULT 0,
  unsatisfied {{BIGINT}} NOT NULL DEFAULT 0,
  code_hash TEXT NOT NULL,
  created_at {{BIGINT}} NOT NULL,
  updated_at {{BIGINT}} NOT NULL
) {{STRICT}};
-- The public list (published, newest answer first), the console's queues
-- by state and age, and the overdue counts.
CREATE INDEX messages_state ON messages (state, agency_id, received_on);
CREATE INDEX messages_published ON messages (state, published_on);

-- 好差评 may rate an answered message: the subject kinds widen. SQLite
-- cannot change a CHECK in place, so the table is rebuilt there.
{{SQLITE}} CREATE TABLE ratings_widened (id {{ID}}, agency_id {{BIGINT}} NOT NULL REFERENCES agencies(id), subject_kind TEXT NOT NULL CHECK (subject_kind IN ('service', 'application', 'message')), service_id {{BIGINT}} REFERENCES rating_services(id), subject_ref TEXT NOT NULL DEFAULT '', subject_label TEXT NOT NULL, department TEXT NOT NULL DEFAULT '', level {{BIGINT}} NOT NULL CHECK (level BETWEEN 1 AND 5), channel TEXT NOT NULL, comment TEXT NOT NULL DEFAULT '', public_comment TEXT NOT NULL DEFAULT '', contact TEXT NOT NULL DEFAULT '', rated_on TEXT NOT NULL, state TEXT NOT NULL CHECK (state IN ('closed', 'open', 'visited', 'rectified', 'appealed', 'excluded')), visit_due TEXT NOT NULL DEFAULT '', rectify_due TEXT NOT NULL DEFAULT '', visited_on TEXT NOT NULL DEFAULT '', rectified_on TEXT NOT NULL DEFAULT '', closed_on TEXT NOT NULL DEFAULT '', visit_note TEXT NOT NULL DEFAULT '', rectify_note TEXT NOT NULL DEFAULT '', response TEXT NOT NULL DEFAULT '', response_note TEXT NOT NULL DEFAULT '', appeal_reason TEXT NOT NULL DEFAULT '', appeal_decision TEXT NOT NULL DEFAULT '', code_hash TEXT NOT NULL, created_at {{BIGINT}} NOT NULL, updated_at {{BIGINT}} NOT NULL) STRICT;
{{SQLITE}} INSERT INTO ratings_widened SELECT * FROM ratings;
{{SQLITE}} DROP TABLE ratings;
{{SQLITE}} ALTER TABLE ratings_widened RENAME TO ratings;
{{SQLITE}} CREATE INDEX ratings_month ON ratings (agency_id, rated_on);
{{SQLITE}} CREATE INDEX ratings_follow_up ON ratings (state, rectify_due);
{{POSTGRES}} ALTER TABLE ratings DROP CONSTRAINT ratings_subject_kind_check;
{{POSTGRES}} ALTER TABLE ratings ADD CONSTRAINT ratings_subject_kind_check CHECK (subject_kind IN ('service', 'application', 'message'));
