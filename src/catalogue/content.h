// The content check of an item before publication (发布前内容检查, work plan
// 四(三); the engine is text/content_check.h): its title, 内容概述 and body,
// and the text alternative of a 图解 or the transcript of a video. Findings
// show on the item's console page and in the editor with where they are and
// a one-click mask or replacement; personal information and secret
// markings block approval unless the reviewer records a reason
// (CatalogueService::Approve), wording and common errors warn.
#pragma once

#include <string>
#include <vector>

#include "catalogue/model.h"
#include "text/content_check.h"

namespace gk::catalogue {

struct ItemFinding {
  std::string field;  // "title" | "summary" | "body_md" | "media_text"
  text::Finding finding;
  std::string context;  // the finding with up to 12 characters either side, "…" where cut
};

// The fields checked, with their Chinese names.
const char* ContentFieldLabel(const std::string& field);
// Every finding in the item's checked fields, field by field, each sorted by place.
std::vector<ItemFinding> CheckItem(const Item& item, const std::vector<text::WordingRule>& wording, Date today);
// The blocking ones, as one line each for a refusal: "正文：疑似居民身份证号码“370102…”".
std::vector<std::string> BlockingLines(const std::vector<ItemFinding>& findings);
// The text of a field of the item; null for a field not checked.
std::string* ContentField(Item& item, const std::string& field);

}  // namespace gk::catalogue
