// The installation's content-check settings (发布前内容检查, work plan
// 四(三)): the sensitive-wording list administrators edit (table
// content_rules, migration 0032) in the text form of
// text::ParseWordingRules. Read by every domain that checks text before it
// goes public (the catalogue at approval, `gongkai check`).
#pragma once

#include <soci/soci.h>

#include <string>
#include <vector>

#include "text/content_check.h"

namespace gk::auth {

// The list as stored, or the starter list (text::DefaultWordingRules) written
// out when none is stored.
std::string LoadWordingText(soci::session& sql);
// The list's rules; the starter list when none is stored (or, defensively,
// when the stored text no longer parses).
std::vector<text::WordingRule> LoadWordingRules(soci::session& sql);
// The starter list in the text form.
std::string WordingText(const std::vector<text::WordingRule>& rules);
void SaveWordingText(soci::session& sql, const std::string& text, int64_t user_id, int64_t now);

}  // namespace gk::auth
