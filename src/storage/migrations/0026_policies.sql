-- 政策解读 and 惠企政策 (issue 9): facets of catalogue items.
--
-- item_policy: on a policy, needs_interpretation (1: it may not be published
-- before its interpretation is approved) and the 公开办's recorded waiver;
-- on an interpretation, interprets_id (the policy item), its form, its
-- sections (a JSON array of the seven section texts, '' when the body is
-- typed freely), the text alternative of a 图解 or the transcript of a video,
-- and a video link.
CREATE TABLE item_policy (
  item_id {{BIGINT}} PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
  needs_interpretation {{BIGINT}} NOT NULL DEFAULT 0,
  interprets_id {{BIGINT}} NOT NULL DEFAULT 0,
  form TEXT NOT NULL DEFAULT 'text' CHECK (form IN ('text', 'graphic', 'video')),
  sections TEXT NOT NULL DEFAULT '',
  media_text TEXT NOT NULL DEFAULT '',
  video_url TEXT NOT NULL DEFAULT '',
  waiver_reason TEXT NOT NULL DEFAULT '',
  waiver_by {{BIGINT}} NOT NULL DEFAULT 0,
  waiver_at {{BIGINT}} NOT NULL DEFAULT 0
) {{STRICT}};
CREATE INDEX item_policy_interprets ON item_policy (interprets_id);

-- 惠企政策: the terms of an enterprise policy. audiences holds the 适用对象
-- between bars ('|小微企业|个体工商户|') so one LIKE finds an audience;
-- starts_on / ends_on are 'YYYY-MM-DD' or '' (open-ended).
CREATE TABLE enterprise_policies (
  item_id {{BIGINT}} PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
  audiences TEXT NOT NULL,
  conditions TEXT NOT NULL DEFAULT '',
  materials TEXT NOT NULL DEFAULT '',
  steps TEXT NOT NULL DEFAULT '',
  department TEXT NOT NULL DEFAULT '',
  contact TEXT NOT NULL DEFAULT '',
  starts_on TEXT NOT NULL DEFAULT '',
  ends_on TEXT NOT NULL DEFAULT '',
  basis TEXT NOT NULL DEFAULT ''
) {{STRICT}};
CREATE INDEX enterprise_policies_department ON enterprise_policies (department);
