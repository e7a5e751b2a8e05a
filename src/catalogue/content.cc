#include "catalogue/content.h"

#include "common/strings.h"

namespace gk::catalogue {
namespace {

// Byte offset of character `n` in `s` (s.size() past the end).
size_t ByteAt(std::string_view s, size_t n) {
  size_t i = 0;
  for (size_t c = 0; c < n && i < s.size(); ++c) i += Utf8CharBytes(s, i);
  return std::min(i, s.size());
}

std::string Context(std::string_view s, size_t start, size_t end) {
  const size_t from = start > 12 ? start - 12 : 0;
  const size_t to = end + 12;
  const size_t b0 = ByteAt(s, from), b1 = ByteAt(s, to);
  std::string out = from > 0 ? "…" : "";
  for (char c : s.substr(b0, b1 - b0)) out += (c == '\n' || c == '\r') ? ' ' : c;
  if (b1 < s.size()) out += "…";
  return out;
}

}  // namespace

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
  std::vector<ItemFinding> out;
  Item copy = item;
  for (const char* field : {"title", "summary", "body_md", "media_text"}) {
    const std::string& s = *ContentField(copy, field);
    if (s.empty()) continue;
    for (auto& f : text::CheckContent(s, options)) {
      std::string context = Context(s, f.start, f.end);
      out.push_back({field, std::move(f), std::move(context)});
    }
  }
  return out;
}

std::vector<std::string> BlockingLines(const std::vector<ItemFinding>& findings) {
  std::vector<std::string> out;
  for (const auto& f : findings)
    if (f.finding.blocking)
      out.push_back(std::string(ContentFieldLabel(f.field)) + "：" + f.finding.message + "“" + f.finding.text + "”");
  return out;
}

}  // namespace gk::catalogue
