-- 工作日历 years entered or corrected in the console. At start each row
-- replaces the year of the same number shipped in data/calendar/, so a
-- notice published after the release needs no new files. Dates are
-- 'YYYY-MM-DD' separated by commas, ranges already expanded.
CREATE TABLE calendar_years (
  year {{BIGINT}} PRIMARY KEY,
  holidays TEXT NOT NULL,
  workdays TEXT NOT NULL,
  source TEXT NOT NULL DEFAULT '',
  updated_by {{BIGINT}} REFERENCES users(id),
  updated_at {{BIGINT}} NOT NULL
) {{STRICT}};
