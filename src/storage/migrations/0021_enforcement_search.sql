-- 行政执法公示 at a million decisions, second round (bench/enforcement and
-- bench/README.md): the public list by kind and by year, the search box and
-- the expiry sweep each get what lets them answer without reading every row.
--
-- The list by kind and by year of decision, newest first: each walks its own
-- index in the page's order, so neither the page nor its capped count reads
-- the decisions of other kinds or years. The year is the first four
-- characters of decided_on (YYYY-MM-DD), as the list's filter writes it.
-- enforcement_until is no longer used: the capped count walks
-- enforcement_on_view from the newest, which finds the public ones first.
CREATE INDEX enforcement_view_kind ON enforcement_decisions (kind, published_on, id, public_until, decided_on)
  WHERE state = 'published' AND publishable = 1;
CREATE INDEX enforcement_view_year ON enforcement_decisions ((substr(decided_on, 1, 4)), published_on, id, public_until, kind)
  WHERE state = 'published' AND publishable = 1;
DROP INDEX enforcement_until;
-- The expiry sweep no longer writes the rows whose period ended: it counts
-- those that ended after the last day it swept (through enforcement_unswept)
-- and records the day here, in its only row. '' is never.
CREATE TABLE enforcement_sweeps (
  id {{BIGINT}} PRIMARY KEY CHECK (id = 1),
  swept_through TEXT NOT NULL
) {{STRICT}};
INSERT INTO enforcement_sweeps (id, swept_through) VALUES (1, '');
-- Searching the public list (q of three characters or more) on SQLite: an
-- FTS5 trigram index of search_text. It is contentless and holds the text
-- with ASCII letters lowered (lower() folds only those) in a case-sensitive
-- index, so its phrase matches are exactly the rows the LIKE it replaces
-- finds (LIKE ignores the case of ASCII letters only). A line feed ends the
-- text, as it ends each of its fields: every two characters of the text are
-- the start of one of its trigrams, which enforcement_search_terms lists,
-- and a search for two characters asks for those trigrams. It leaves out the
-- rows that can never be public again, whatever the day: withdrawn, never
-- publishable, or recorded as ended (expired_at). A row's key (rowid) holds
-- what the public filters read, so neither the search's count nor its
-- filters read a decision:
--   (the day public_until falls on, days since 1970, 0 unless published) << 40
--   | (the year of decided_on - 1990) << 33 | kind (penalty 0, licence 1,
--   coercive 2) << 31 | id
-- (ids below 2^31) and enforcement_store.cc reads it so. A new decision is
-- indexed by the store (enforcement_store.cc, DecisionWriter), all the rows
-- of an import in one statement and in the order of their keys: FTS5 writes
-- out what it holds in memory at the end of every statement of a
-- transaction that touched it, and whenever a key comes lower than the one
-- before, so a trigger on INSERT, or rows in any order, made a segment of
-- almost every row and took most of an import's time. The triggers keep it in step with every change and deletion: a
-- changed row's old entry is taken out (its old key and text given back
-- exactly as they were indexed) before the new one goes in.
{{SQLITE}} CREATE VIRTUAL TABLE enforcement_search USING fts5(search_text, content='', tokenize='trigram case_sensitive 1');
{{SQLITE}} INSERT INTO enforcement_search (enforcement_search, rank) VALUES ('hashsize', 16777216);
{{SQLITE}} CREATE VIRTUAL TABLE enforcement_search_terms USING fts5vocab(enforcement_search, 'row');
{{SQLITE}} INSERT INTO enforcement_search (rowid, search_text)
  SELECT (((CASE WHEN d.state = 'published' AND d.public_until <> '' THEN COALESCE(CAST(julianday(d.public_until) - 2440587.5 AS INTEGER), 0) ELSE 0 END) << 40) | (max(0, min(127, COALESCE(CAST(substr(d.decided_on, 1, 4) AS INTEGER), 1990) - 1990)) << 33) | ((CASE d.kind WHEN 'licence' THEN 1 WHEN 'coercive' THEN 2 ELSE 0 END) << 31) | d.id), lower(d.search_text) || char(10) FROM enforcement_decisions AS d
  WHERE (d.publishable = 1 AND d.expired_at = 0 AND d.state <> 'withdrawn') ORDER BY 1;
{{SQLITE}} CREATE TRIGGER enforcement_search_delete AFTER DELETE ON enforcement_decisions WHEN (old.publishable = 1 AND old.expired_at = 0 AND old.state <> 'withdrawn') BEGIN INSERT INTO enforcement_search (enforcement_search, rowid, search_text) VALUES ('delete', (((CASE WHEN old.state = 'published' AND old.public_until <> '' THEN COALESCE(CAST(julianday(old.public_until) - 2440587.5 AS INTEGER), 0) ELSE 0 END) << 40) | (max(0, min(127, COALESCE(CAST(substr(old.decided_on, 1, 4) AS INTEGER), 1990) - 1990)) << 33) | ((CASE old.kind WHEN 'licence' THEN 1 WHEN 'coercive' THEN 2 ELSE 0 END) << 31) | old.id), lower(old.search_text) || char(10)); END;
{{SQLITE}} CREATE TRIGGER enforcement_search_update AFTER UPDATE ON enforcement_decisions WHEN (old.publishable = 1 AND old.expired_at = 0 AND old.state <> 'withdrawn') <> (new.publishable = 1 AND new.expired_at = 0 AND new.state <> 'withdrawn') OR old.search_text IS NOT new.search_text OR (((CASE WHEN old.state = 'published' AND old.public_until <> '' THEN COALESCE(CAST(julianday(old.public_until) - 2440587.5 AS INTEGER), 0) ELSE 0 END) << 40) | (max(0, min(127, COALESCE(CAST(substr(old.decided_on, 1, 4) AS INTEGER), 1990) - 1990)) << 33) | ((CASE old.kind WHEN 'licence' THEN 1 WHEN 'coercive' THEN 2 ELSE 0 END) << 31) | old.id) <> (((CASE WHEN new.state = 'published' AND new.public_until <> '' THEN COALESCE(CAST(julianday(new.public_until) - 2440587.5 AS INTEGER), 0) ELSE 0 END) << 40) | (max(0, min(127, COALESCE(CAST(substr(new.decided_on, 1, 4) AS INTEGER), 1990) - 1990)) << 33) | ((CASE new.kind WHEN 'licence' THEN 1 WHEN 'coercive' THEN 2 ELSE 0 END) << 31) | new.id) BEGIN INSERT INTO enforcement_search (enforcement_search, rowid, search_text) SELECT 'delete', (((CASE WHEN old.state = 'published' AND old.public_until <> '' THEN COALESCE(CAST(julianday(old.public_until) - 2440587.5 AS INTEGER), 0) ELSE 0 END) << 40) | (max(0, min(127, COALESCE(CAST(substr(old.decided_on, 1, 4) AS INTEGER), 1990) - 1990)) << 33) | ((CASE old.kind WHEN 'licence' THEN 1 WHEN 'coercive' THEN 2 ELSE 0 END) << 31) | old.id), lower(old.search_text) || char(10) WHERE (old.publishable = 1 AND old.expired_at = 0 AND old.state <> 'withdrawn'); INSERT INTO enforcement_search (rowid, search_text) SELECT (((CASE WHEN new.state = 'published' AND new.public_until <> '' THEN COALESCE(CAST(julianday(new.public_until) - 2440587.5 AS INTEGER), 0) ELSE 0 END) << 40) | (max(0, min(127, COALESCE(CAST(substr(new.decided_on, 1, 4) AS INTEGER), 1990) - 1990)) << 33) | ((CASE new.kind WHEN 'licence' THEN 1 WHEN 'coercive' THEN 2 ELSE 0 END) << 31) | new.id), lower(new.search_text) || char(10) WHERE (new.publishable = 1 AND new.expired_at = 0 AND new.state <> 'withdrawn'); END;
-- On PostgreSQL a pg_trgm GIN index serves search_text LIKE '%q%' directly.
-- Where the extension cannot be installed (not shipped, no right to create
-- it) the migration goes on without the index: searches then read the table.
{{POSTGRES}} DO $$ BEGIN CREATE EXTENSION IF NOT EXISTS pg_trgm; CREATE INDEX enforcement_search_trgm ON enforcement_decisions USING gin (search_text gin_trgm_ops) WHERE state = 'published' AND publishable = 1; EXCEPTION WHEN OTHERS THEN RAISE NOTICE 'enforcement_search_trgm not created: %', SQLERRM; END $$;
