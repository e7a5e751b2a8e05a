-- 规章和行政规范性文件清理 (work plan 四(一) 立改废; 国办发〔2018〕37号 asks
-- for regular cleanups with the results published): a cleanup is a batch
-- decision over an agency's documents in force, one decision per document —
-- keep ('keep', 继续有效, optionally with a new 有效期至), amend ('amend',
-- 修改: stays in force until the amended text replaces it), repeal
-- ('repeal', 废止) or declare invalid ('invalidate', 宣布失效). Drafted
-- ('draft'), then decided ('decided'): the decisions take effect on the
-- documents and the result list is drafted as a catalogue item.
CREATE TABLE normative_cleanups (
  id {{ID}},
  agency_id {{BIGINT}} NOT NULL REFERENCES agencies(id),
  title TEXT NOT NULL,
  decided_on TEXT NOT NULL DEFAULT '',
  basis TEXT NOT NULL DEFAULT '',
  state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'decided')),
  created_by {{BIGINT}} NOT NULL,
  created_at {{BIGINT}} NOT NULL,
  decided_by {{BIGINT}} NOT NULL DEFAULT 0,
  decided_at {{BIGINT}} NOT NULL DEFAULT 0
) {{STRICT}};
CREATE INDEX normative_cleanups_agency ON normative_cleanups (agency_id, id);

CREATE TABLE normative_cleanup_decisions (
  cleanup_id {{BIGINT}} NOT NULL REFERENCES normative_cleanups(id) ON DELETE CASCADE,
  item_id {{BIGINT}} NOT NULL REFERENCES items(id),
  decision TEXT NOT NULL CHECK (decision IN ('keep', 'amend', 'repeal', 'invalidate')),
  reason TEXT NOT NULL DEFAULT '',
  expires_on TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (cleanup_id, item_id)
) {{STRICT}};

-- 有效性 history of a published document: what it became on which day and
-- why — its publication, a revision that changed its 有效性 or 有效期至, a
-- cleanup decision. validity as items.validity ('' not stated); expires_on
-- as item_normative; source 'publish', 'revision' or 'cleanup' (with its
-- cleanup_id).
CREATE TABLE validity_history (
  id {{ID}},
  item_id {{BIGINT}} NOT NULL REFERENCES items(id) ON DELETE CASCADE,
  changed_on TEXT NOT NULL,
  validity TEXT NOT NULL DEFAULT '',
  expires_on TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL CHECK (source IN ('publish', 'revision', 'cleanup')),
  cleanup_id {{BIGINT}} NOT NULL DEFAULT 0,
  note TEXT NOT NULL DEFAULT '',
  recorded_at {{BIGINT}} NOT NULL
) {{STRICT}};
CREATE INDEX validity_history_item ON validity_history (item_id, id);

-- Documents published before this table: their state at publication as
-- far as it is known, so every history starts somewhere.
INSERT INTO validity_history (item_id, changed_on, validity, expires_on, source, note, recorded_at)
SELECT i.id, i.published_on, CASE WHEN i.validity IN ('', 'valid') THEN i.validity ELSE 'valid' END, n.expires_on,
       'publish', '', 0
FROM items i JOIN item_normative n ON n.item_id = i.id
WHERE i.state IN ('published', 'withdrawn') AND i.published_on <> '';
INSERT INTO validity_history (item_id, changed_on, validity, expires_on, source, note, recorded_at)
SELECT i.id, CASE WHEN i.validity_changed_on <> '' THEN i.validity_changed_on ELSE i.published_on END, i.validity,
       n.expires_on, 'revision', '', 0
FROM items i JOIN item_normative n ON n.item_id = i.id
WHERE i.state IN ('published', 'withdrawn') AND i.published_on <> ''
  AND i.validity IN ('invalid', 'repealed', 'amended');
