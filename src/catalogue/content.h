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
#include "text/field_check.h"

namespace gk::catalogue {

// A finding with its field ("title" | "summary" | "body_md" | "media_text").
using ItemFinding = text::FieldFinding;

// The fields checked, with their Chinese names.
const char* ContentFieldLabel(const std::string& field);
// Every finding in the item's checked fields, field by field, each sorted by place.
std::vector<ItemFinding> CheckItem(const Item& item, const std::vector<text::WordingRule>& wording, Date today);
// The blocking ones as lines for a refusal: text::BlockingLines.
// The text of a field of the item; null for a field not checked.
std::string* ContentField(Item& item, const std::string& field);

}  // namespace gk::catalogue
