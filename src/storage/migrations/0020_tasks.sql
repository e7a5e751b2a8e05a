-- 重点工作 (tasks): an agency's public commitments (公开承诺事项), key tasks
-- (重点任务), public projects (民生实事) and the problems found by audits and
-- inspections with their rectification (审计整改), each for a year, with its
-- milestones (节点) and progress reports (进展报告). state is the stored
-- decision (draft, published, postponed, completed, withdrawn). deadline is
-- the original 完成时限 and stays as it was, while current_deadline follows
-- a postponement (延期) -- what is overdue (逾期) is derived from it and
-- today. source and problem are set for rectification only. Dates are
-- YYYY-MM-DD text (China dates), '' when not set.
CREATE TABLE tasks (
  id {{ID}},
  agency_id {{BIGINT}} NOT NULL REFERENCES agencies(id),
  year {{BIGINT}} NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('commitment', 'key_task', 'public_project', 'rectification')),
  source TEXT NOT NULL DEFAULT '',
  problem TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL,
  content TEXT NOT NULL DEFAULT '',
  owner TEXT NOT NULL DEFAULT '',
  person TEXT NOT NULL DEFAULT '',
  deadline TEXT NOT NULL,
  current_deadline TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('draft', 'published', 'postponed', 'completed', 'withdrawn')),
  published_on TEXT NOT NULL DEFAULT '',
  postponed_on TEXT NOT NULL DEFAULT '',
  postpone_reason TEXT NOT NULL DEFAULT '',
  completed_on TEXT NOT NULL DEFAULT '',
  completion_summary TEXT NOT NULL DEFAULT '',
  withdraw_reason TEXT NOT NULL DEFAULT '',
  withdrawn_at {{BIGINT}} NOT NULL DEFAULT 0,
  created_by {{BIGINT}} REFERENCES users(id),
  created_at {{BIGINT}} NOT NULL,
  updated_at {{BIGINT}} NOT NULL
) {{STRICT}};
-- The public tracker of a year and the console's lists.
CREATE INDEX tasks_year ON tasks (year, state, kind);
CREATE INDEX tasks_agency ON tasks (agency_id, year);

-- 节点: what a task is to reach by when. done_on is '' until it is reached.
CREATE TABLE task_milestones (
  id {{ID}},
  task_id {{BIGINT}} NOT NULL REFERENCES tasks(id),
  title TEXT NOT NULL,
  due_on TEXT NOT NULL,
  done_on TEXT NOT NULL DEFAULT '',
  created_at {{BIGINT}} NOT NULL
) {{STRICT}};
CREATE INDEX task_milestones_task ON task_milestones (task_id, due_on);

-- 进展报告: 进展情况 (progress), 取得成效 (results) and 下一步举措 (next steps)
-- as of reported_on.
CREATE TABLE task_reports (
  id {{ID}},
  task_id {{BIGINT}} NOT NULL REFERENCES tasks(id),
  reported_on TEXT NOT NULL,
  progress TEXT NOT NULL,
  results TEXT NOT NULL DEFAULT '',
  next_steps TEXT NOT NULL DEFAULT '',
  created_by {{BIGINT}} REFERENCES users(id),
  created_at {{BIGINT}} NOT NULL
) {{STRICT}};
CREATE INDEX task_reports_task ON task_reports (task_id, reported_on);
