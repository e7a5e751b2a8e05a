#include "auth/content_rules.h"

namespace gk::auth {

std::string WordingText(const std::vector<text::WordingRule>& rules) {
  std::string out;
  for (const auto& r : rules) {
    out += r.wrong + "=" + r.right;
    if (!r.note.empty()) out += " # " + r.note;
    out += "\n";
  }
  return out;
}

std::string LoadWordingText(soci::session& sql) {
  std::string text;
  sql << "SELECT wording FROM content_rules WHERE id = 1", soci::into(text);
  if (!sql.got_data()) return WordingText(text::DefaultWordingRules());
  return text;
}

std::vector<text::WordingRule> LoadWordingRules(soci::session& sql) {
  std::string stored;
  sql << "SELECT wording FROM content_rules WHERE id = 1", soci::into(stored);
  if (!sql.got_data()) return text::DefaultWordingRules();
  auto rules = text::ParseWordingRules(stored);
  return rules.ok() ? rules.value() : text::DefaultWordingRules();
}

void SaveWordingText(soci::session& sql, const std::string& text, int64_t user_id, int64_t now) {
  long long by = user_id, at = now, n = 0;
  sql << "SELECT COUNT(*) FROM content_rules WHERE id = 1", soci::into(n);
  if (n == 0)
    sql << "INSERT INTO content_rules (id, wording, updated_by, updated_at) VALUES (1, :w, :b, :t)", soci::use(text),
        soci::use(by), soci::use(at);
  else
    sql << "UPDATE content_rules SET wording = :w, updated_by = :b, updated_at = :t WHERE id = 1", soci::use(text),
        soci::use(by), soci::use(at);
}

}  // namespace gk::auth
