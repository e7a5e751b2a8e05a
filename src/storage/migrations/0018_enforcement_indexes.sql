-- 行政执法公示 at a million decisions (bench/enforcement): the public list
-- counted its rows through the sweep's index and read every row. Partial
-- indexes over what is on view serve the list, its count and its filters
-- (kind, year), and the sweep finds the periods not yet recorded as ended
-- without reading the others.
DROP INDEX enforcement_public;
DROP INDEX enforcement_expiry;
CREATE INDEX enforcement_on_view ON enforcement_decisions (published_on, id, public_until, kind, decided_on)
  WHERE state = 'published' AND publishable = 1;
CREATE INDEX enforcement_until ON enforcement_decisions (public_until, kind, decided_on)
  WHERE state = 'published' AND publishable = 1 AND published_on <> '';
CREATE INDEX enforcement_unswept ON enforcement_decisions (public_until)
  WHERE state = 'published' AND expired_at = 0;
