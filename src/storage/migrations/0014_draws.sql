-- 双随机、一公开 draws (RULES.md §9). Lists of inspection targets (检查对象,
-- by USCC) and inspectors (执法检查人员, by certificate number) are imported
-- as versions that never change, and a draw names one version of each. Its
-- plan (lists, n, m, exclusions, where the seed will come from) is frozen
-- when it is announced, the seed is locked before it runs, and the result
-- is stored with the input hash: all of it public, so anyone can recompute
-- the draw.
CREATE TABLE draw_lists (
  id {{ID}},
  agency_id {{BIGINT}} NOT NULL REFERENCES agencies(id),
  kind TEXT NOT NULL CHECK (kind IN ('targets', 'inspectors')),
  name TEXT NOT NULL,
  version {{BIGINT}} NOT NULL,
  entries {{BIGINT}} NOT NULL,
  sha256 TEXT NOT NULL,  -- of the canonical ids, one per line
  created_by {{BIGINT}} REFERENCES users(id),
  created_at {{BIGINT}} NOT NULL,
  UNIQUE (agency_id, kind, name, version)
) {{STRICT}};

CREATE TABLE draw_list_entries (
  list_id {{BIGINT}} NOT NULL REFERENCES draw_lists(id),
  ident TEXT NOT NULL,  -- USCC or certificate number
  name TEXT NOT NULL,   -- 企业名称 or 姓名
  note TEXT NOT NULL DEFAULT '',  -- 地址 / 所属单位
  PRIMARY KEY (list_id, ident)
) {{STRICT}};

CREATE TABLE draws (
  id {{ID}},
  agency_id {{BIGINT}} NOT NULL REFERENCES agencies(id),
  title TEXT NOT NULL,
  scope TEXT NOT NULL DEFAULT '',  -- 抽查事项 / 检查内容
  state TEXT NOT NULL CHECK (state IN ('draft', 'announced', 'seed_locked', 'completed', 'cancelled')),
  target_list_id {{BIGINT}} NOT NULL REFERENCES draw_lists(id),
  inspector_list_id {{BIGINT}} NOT NULL REFERENCES draw_lists(id),
  n {{BIGINT}} NOT NULL,
  m {{BIGINT}} NOT NULL,
  seed_source TEXT NOT NULL,  -- where the seed comes from, published with the plan
  seed TEXT NOT NULL DEFAULT '',
  algorithm_version {{BIGINT}} NOT NULL DEFAULT 1,
  input_sha256 TEXT NOT NULL DEFAULT '',
  result_json TEXT NOT NULL DEFAULT '',  -- [{"target":…,"inspectors":[…]}] in draw order
  cancel_reason TEXT NOT NULL DEFAULT '',
  created_by {{BIGINT}} REFERENCES users(id),
  created_at {{BIGINT}} NOT NULL,
  announced_at {{BIGINT}} NOT NULL DEFAULT 0,
  seed_locked_at {{BIGINT}} NOT NULL DEFAULT 0,
  completed_at {{BIGINT}} NOT NULL DEFAULT 0,
  cancelled_at {{BIGINT}} NOT NULL DEFAULT 0,
  updated_at {{BIGINT}} NOT NULL
) {{STRICT}};
CREATE INDEX draws_public ON draws (state, announced_at);

-- Conflicts of interest (回避), recorded before the draw is announced.
CREATE TABLE draw_exclusions (
  draw_id {{BIGINT}} NOT NULL REFERENCES draws(id),
  target TEXT NOT NULL,
  inspector TEXT NOT NULL,
  reason TEXT NOT NULL,  -- for staff (the pair itself is public)
  recorded_by {{BIGINT}} REFERENCES users(id),
  recorded_at {{BIGINT}} NOT NULL,
  PRIMARY KEY (draw_id, target, inspector)
) {{STRICT}};

-- 检查结果: the inspection of each drawn target, published against the draw.
CREATE TABLE draw_inspections (
  draw_id {{BIGINT}} NOT NULL REFERENCES draws(id),
  target TEXT NOT NULL,
  outcome TEXT NOT NULL,
  details TEXT NOT NULL DEFAULT '',
  inspected_on TEXT NOT NULL,  -- YYYY-MM-DD, China
  recorded_by {{BIGINT}} REFERENCES users(id),
  recorded_at {{BIGINT}} NOT NULL,
  PRIMARY KEY (draw_id, target)
) {{STRICT}};
