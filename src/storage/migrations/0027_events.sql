-- 听证会, 政府开放日 and 在线访谈 (events) with their registrations.
-- starts_at and registration_closes_at are unix seconds; capacity 0 means no
-- registration; waitlist is how many may wait for a freed place (0: none). confirmed and waiting count the registrations in each state
-- (kept with the event in the transaction that changes them); a
-- registration's code is kept as its hash only.
CREATE TABLE events (
  id {{ID}},
  agency_id {{BIGINT}} NOT NULL REFERENCES agencies(id),
  kind TEXT NOT NULL CHECK (kind IN ('hearing', 'open_day', 'interview')),
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  place TEXT NOT NULL DEFAULT '',
  starts_at {{BIGINT}} NOT NULL,
  registration_closes_at {{BIGINT}} NOT NULL DEFAULT 0,
  capacity {{BIGINT}} NOT NULL DEFAULT 0,
  waitlist {{BIGINT}} NOT NULL DEFAULT 0,
  materials TEXT NOT NULL DEFAULT '',
  participants_public {{BIGINT}} NOT NULL DEFAULT 0,
  state TEXT NOT NULL CHECK (state IN ('draft', 'published', 'held', 'cancelled')),
  published_on TEXT NOT NULL DEFAULT '',
  summary TEXT NOT NULL DEFAULT '',
  cancel_reason TEXT NOT NULL DEFAULT '',
  confirmed {{BIGINT}} NOT NULL DEFAULT 0,
  waiting {{BIGINT}} NOT NULL DEFAULT 0,
  created_at {{BIGINT}} NOT NULL,
  updated_at {{BIGINT}} NOT NULL
) {{STRICT}};
CREATE INDEX events_state ON events (state, starts_at);

CREATE TABLE event_registrations (
  id {{ID}},
  event_id {{BIGINT}} NOT NULL REFERENCES events(id),
  name TEXT NOT NULL,
  affiliation TEXT NOT NULL DEFAULT '',
  contact TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  state TEXT NOT NULL CHECK (state IN ('confirmed', 'waiting', 'cancelled')),
  code_hash TEXT NOT NULL,
  created_at {{BIGINT}} NOT NULL,
  updated_at {{BIGINT}} NOT NULL
) {{STRICT}};
CREATE INDEX event_registrations_event ON event_registrations (event_id, state, id);
