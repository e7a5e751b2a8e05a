-- The content check's sensitive-wording list (发布前内容检查, work plan
-- 四(三)): one row for the installation, the list as administrators edit it
-- (text/content_check.h ParseWordingRules: "错误写法=正确写法 # 说明" a
-- line). No row: the built-in starter list.
CREATE TABLE content_rules (
  id {{BIGINT}} PRIMARY KEY CHECK (id = 1),
  wording TEXT NOT NULL,
  updated_by {{BIGINT}} NOT NULL DEFAULT 0,
  updated_at {{BIGINT}} NOT NULL
) {{STRICT}};
