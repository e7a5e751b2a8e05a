-- The annual report and the site-health check at 1,000,000 items and
-- 1,000,000 enforcement decisions (bench/report, bench/README.md). An
-- installation keeps no statistics (no ANALYZE), so SQLite's planner picks
-- the index that constrains the most columns; these give it the right one.
--
-- The health check reads every published item in id order, 1,000 at a
-- time (store::PublishedAfter): state = 'published' AND id > :k ORDER BY
-- id. Through items_state each batch walked and sorted every published
-- item, so the whole check grew with the square of the items.
CREATE INDEX items_state_id ON items (state, id);
--
-- The report's counts by year read every row of the agency's items and
-- decisions (a table scan each, 1–1.5 s apiece).
--
-- Items published in a year, in all and by column (the report's overview):
-- a range of published_on within the agency and state (constraining more
-- columns than items_state, so chosen before it).
CREATE INDEX items_published_on ON items (agency_id, state, published_on);
-- Decisions made in a year, by kind (table 二): a range of decided_on
-- within the agency, kind read from the index.
CREATE INDEX enforcement_decided ON enforcement_decisions (agency_id, decided_on, kind);
