// The content check's wording list (content_check.h): the starter list and
// the text form administrators edit, "错误写法=正确写法 # 说明" a line.
#include <string>
#include <unordered_map>
#include <utility>

#include "common/strings.h"
#include "text/chars.h"
#include "text/content_check.h"

namespace gk::text {
namespace {

using chars::Byte;
constexpr size_t kNone = std::string_view::npos;

std::string Quoted(std::string_view s) { return "“" + std::string(s) + "”"; }

// The first of "=" and "＝" (or "#" and "＃") in `s`: its offset and size.
std::pair<size_t, size_t> FindEither(std::string_view s, std::string_view ascii, std::string_view wide) {
  const size_t a = s.find(ascii), w = s.find(wide);
  if (a == kNone && w == kNone) return {kNone, 0};
  return a != kNone && (w == kNone || a < w) ? std::pair{a, ascii.size()} : std::pair{w, wide.size()};
}

bool IsUtf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    const size_t n = Utf8CharBytes(s, i);
    if (n == 1 && Byte(s, i) >= 0x80) return false;
    i += n;
  }
  return true;
}

}  // namespace

const std::vector<WordingRule>& DefaultWordingRules() {
  static const std::vector<WordingRule> kRules = [] {
    const std::string market = "2018年机构改革后，工商、质监、食品药品监管等部门的职责由市场监督管理部门承担";
    return std::vector<WordingRule>{
        {"国家工商行政管理总局", "国家市场监督管理总局",
         "2018年国务院机构改革组建国家市场监督管理总局，不再保留国家工商行政管理总局"},
        {"国家工商总局", "国家市场监督管理总局",
         "2018年国务院机构改革组建国家市场监督管理总局，不再保留国家工商行政管理总局"},
        {"国家质量监督检验检疫总局", "国家市场监督管理总局",
         "2018年国务院机构改革不再保留国家质量监督检验检疫总局，出入境检验检疫职责划入海关总署"},
        {"国家质检总局", "国家市场监督管理总局",
         "2018年国务院机构改革不再保留国家质量监督检验检疫总局，出入境检验检疫职责划入海关总署"},
        {"国家食品药品监督管理总局", "国家市场监督管理总局",
         "2018年国务院机构改革不再保留国家食品药品监督管理总局，药品监管由国家药品监督管理局负责"},
        {"工商行政管理局", "市场监督管理局", market},
        {"食品药品监督管理局", "市场监督管理局", market},
        {"质量技术监督局", "市场监督管理局", market},
        {"工商局", "市场监管局", market},
        {"食药监局", "市场监管局", market},
        {"质监局", "市场监管局", market},
    };
  }();
  return kRules;
}

Result<std::vector<WordingRule>> ParseWordingRules(std::string_view text) {
  std::vector<WordingRule> rules;
  std::unordered_map<std::string, size_t> lines_of;
  size_t line_no = 0;
  for (size_t pos = 0; pos <= text.size();) {
    size_t eol = text.find('\n', pos);
    if (eol == kNone) eol = text.size();
    const std::string_view raw = text.substr(pos, eol - pos);
    pos = eol + 1;
    ++line_no;
    const std::string where = "第" + std::to_string(line_no) + "行";
    std::string_view content = raw;
    if (line_no == 1 && content.starts_with("\xEF\xBB\xBF")) content.remove_prefix(3);  // a byte-order mark
    const std::string line = Trim(content);
    if (line.empty() || line.starts_with("#") || line.starts_with("＃")) continue;
    if (!IsUtf8(line)) return Status::Invalid(where + "含有无效字符（不是 UTF-8 文本）");
    std::string_view body = line;
    std::string note;
    if (const auto [hash, size] = FindEither(body, "#", "＃"); hash != kNone) {
      note = Trim(body.substr(hash + size));
      body = body.substr(0, hash);
    }
    const auto [eq, eq_size] = FindEither(body, "=", "＝");
    if (eq == kNone) return Status::Invalid(where + "缺少“=”，格式应为“错误写法=正确写法 # 说明”");
    if (FindEither(body.substr(eq + eq_size), "=", "＝").first != kNone) {
      return Status::Invalid(where + "有多个“=”，格式应为“错误写法=正确写法 # 说明”");
    }
    WordingRule rule{Trim(body.substr(0, eq)), Trim(body.substr(eq + eq_size)), std::move(note)};
    if (rule.wrong.empty()) return Status::Invalid(where + "“=”前的错误写法为空");
    if (rule.wrong == rule.right) return Status::Invalid(where + "的错误写法与正确写法相同：" + Quoted(rule.wrong));
    if (const auto it = lines_of.find(rule.wrong); it != lines_of.end()) {
      return Status::Invalid(where + "的错误写法" + Quoted(rule.wrong) + "与第" + std::to_string(it->second) +
                             "行重复");
    }
    lines_of.emplace(rule.wrong, line_no);
    rules.push_back(std::move(rule));
  }
  return rules;
}

}  // namespace gk::text
