-- 依申请转主动 (work plan 五(二), 条例第四十四条): the 公开办's decision on an
-- application disclosed on request — publish the information proactively
-- (the catalogue item's 索引号) or not suitable (the reason). One per
-- application; the year's publications are counted in the annual report's
-- section 一.
CREATE TABLE proactive_decisions (
  application_id {{BIGINT}} PRIMARY KEY REFERENCES applications(id),
  agency_id {{BIGINT}} NOT NULL REFERENCES agencies(id),
  decision TEXT NOT NULL CHECK (decision IN ('publish', 'unsuitable')),
  index_no TEXT NOT NULL DEFAULT '',
  reason TEXT NOT NULL DEFAULT '',
  decided_on TEXT NOT NULL,
  decided_by {{BIGINT}} NOT NULL,
  decided_at {{BIGINT}} NOT NULL
) {{STRICT}};
CREATE INDEX proactive_decisions_agency ON proactive_decisions (agency_id, decided_on);
