-- Site health (issue 11): how often each column must be updated, as the
-- 公开办 set it (health/model.h UpdateRule: 'none', '2w', '6m'). A column
-- without a row follows the default of its code (工作动态 two weeks; 通知公告
-- and 政策文件 six months; others none).
CREATE TABLE column_update_rules (
  column_id {{BIGINT}} PRIMARY KEY REFERENCES columns(id) ON DELETE CASCADE,
  rule TEXT NOT NULL CHECK (rule IN ('none', '2w', '6m')),
  updated_by {{BIGINT}} NOT NULL DEFAULT 0,
  updated_at {{BIGINT}} NOT NULL
) {{STRICT}};
