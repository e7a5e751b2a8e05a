-- 好差评: the services an agency offers for rating, and the ratings with
-- the follow-up of the bad ones (国办发〔2019〕51号). comment and contact are
-- the rater's words and details, for staff; public_comment is the comment
-- masked when written, the only text the public pages read. code_hash is
-- the hash of the code the rater was given to follow the rating. Dates are
-- YYYY-MM-DD text (China dates).
CREATE TABLE rating_services (
  id {{ID}},
  agency_id {{BIGINT}} NOT NULL REFERENCES agencies(id),
  name TEXT NOT NULL,
  department TEXT NOT NULL DEFAULT '',
  active {{BIGINT}} NOT NULL DEFAULT 1,
  created_at {{BIGINT}} NOT NULL,
  updated_at {{BIGINT}} NOT NULL
) {{STRICT}};
CREATE INDEX rating_services_agency ON rating_services (agency_id, active);

CREATE TABLE ratings (
  id {{ID}},
  agency_id {{BIGINT}} NOT NULL REFERENCES agencies(id),
  subject_kind TEXT NOT NULL CHECK (subject_kind IN ('service', 'application')),
  service_id {{BIGINT}} REFERENCES rating_services(id),
  subject_ref TEXT NOT NULL DEFAULT '',
  subject_label TEXT NOT NULL,
  department TEXT NOT NULL DEFAULT '',
  level {{BIGINT}} NOT NULL CHECK (level BETWEEN 1 AND 5),
  channel TEXT NOT NULL,
  comment TEXT NOT NULL DEFAULT '',
  public_comment TEXT NOT NULL DEFAULT '',
  contact TEXT NOT NULL DEFAULT '',
  rated_on TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('closed', 'open', 'visited', 'rectified', 'appealed', 'excluded')),
  visit_due TEXT NOT NULL DEFAULT '',
  rectify_due TEXT NOT NULL DEFAULT '',
  visited_on TEXT NOT NULL DEFAULT '',
  rectified_on TEXT NOT NULL DEFAULT '',
  closed_on TEXT NOT NULL DEFAULT '',
  visit_note TEXT NOT NULL DEFAULT '',
  rectify_note TEXT NOT NULL DEFAULT '',
  response TEXT NOT NULL DEFAULT '',
  response_note TEXT NOT NULL DEFAULT '',
  appeal_reason TEXT NOT NULL DEFAULT '',
  appeal_decision TEXT NOT NULL DEFAULT '',
  code_hash TEXT NOT NULL,
  created_at {{BIGINT}} NOT NULL,
  updated_at {{BIGINT}} NOT NULL
) {{STRICT}};
-- The month's statistics, the follow-up lists and the overdue counts.
CREATE INDEX ratings_month ON ratings (agency_id, rated_on);
CREATE INDEX ratings_follow_up ON ratings (state, rectify_due);
