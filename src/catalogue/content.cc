#include "catalogue/content.h"

namespace gk::catalogue {

const char* ContentFieldLabel(const std::string& field) {
  if (field == "title") return "标题";
  if (field == "summary") return "内容概述";
  if (field == "body_md") return "正文";
  if (field == "media_text") return "图解文字说明或视频文字稿";
  return "";
}

std::string* ContentField(Item& item, const std::string& field) {
  if (field == "title") return &item.title;
  if (field == "summary") return &item.summary;
  if (field == "body_md") return &item.body_md;
  if (field == "media_text") return &item.policy.media_text;
  return nullptr;
}

std::vector<ItemFinding> CheckItem(const Item& item, const std::vector<text::WordingRule>& wording, Date today) {
  text::CheckOptions options;
  options.wording = wording;
  options.today = today;
  std::vector<text::CheckedField> fields;
  Item copy = item;
  for (const char* field : {"title", "summary", "body_md", "media_text"})
    fields.push_back({field, ContentFieldLabel(field), *ContentField(copy, field)});
  return text::CheckFields(fields, options);
}

}  // namespace gk::catalogue
