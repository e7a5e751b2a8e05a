#include "catalogue/import.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>

#include "auth/service.h"
#include "common/uscc.h"
#include "http/forms.h"

namespace gk::catalogue {
namespace {

// Canonical field name for each accepted column or key, English or Chinese.
const std::map<std::string, std::string>& FieldNames() {
  static const std::map<std::string, std::string> kNames = {
      {"index_no", "index_no"},
      {"索引号", "index_no"},
      {"title", "title"},
      {"标题", "title"},
      {"agency_uscc", "agency_uscc"},
      {"发布机构代码", "agency_uscc"},
      {"doc_no", "doc_no"},
      {"发文字号", "doc_no"},
      {"unified_no", "unified_no"},
      {"统一编号", "unified_no"},
      {"written_on", "written_on"},
      {"成文日期", "written_on"},
      {"published_on", "published_on"},
      {"发布日期", "published_on"},
      {"validity", "validity"},
      {"有效性", "validity"},
      {"topic", "topic"},
      {"主题分类", "topic"},
      {"category", "category"},
      {"组配分类", "category"},
      {"genre", "genre"},
      {"体裁", "genre"},
      {"art20", "art20"},
      {"第二十条", "art20"},
      {"keywords", "keywords"},
      {"关键词", "keywords"},
      {"summary", "summary"},
      {"内容概述", "summary"},
      {"columns", "columns"},
      {"栏目", "columns"},
      {"body", "body"},
      {"正文", "body"},
      {"body_format", "body_format"},
      {"正文格式", "body_format"},
  };
  return kNames;
}

// The Chinese name of a canonical field, for messages.
std::string Label(const std::string& field) {
  for (const auto& [name, canonical] : FieldNames())
    if (canonical == field && static_cast<unsigned char>(name[0]) >= 0x80) return name;
  return field;
}

std::string Trim(std::string_view s) {
  const char* ws = " \t\r\n";
  auto b = s.find_first_not_of(ws);
  if (b == std::string_view::npos) return "";
  auto e = s.find_last_not_of(ws);
  return std::string(s.substr(b, e - b + 1));
}

// The first line (1-based) that is not text the store can keep, with why:
// malformed UTF-8 (overlong forms and surrogates too, which PostgreSQL
// refuses) or a NUL byte (which PostgreSQL text cannot hold); 0 if every
// line is fine. No UTF-8 sequence contains '\n', so checking line by line is
// the same as checking the whole.
int FirstBadLine(std::string_view s, std::string* reason) {
  int line = 1;
  for (size_t pos = 0; pos <= s.size(); ++line) {
    size_t end = std::min(s.find('\n', pos), s.size());
    std::string_view text = s.substr(pos, end - pos);
    if (!http::IsValidUtf8(text)) *reason = "不是有效的 UTF-8 文本";
    else if (text.find('\0') != std::string_view::npos) *reason = "含有空字符";
    if (!reason->empty()) return line;
    pos = end + 1;
  }
  return 0;
}

// True if a key or string anywhere in `json` holds a NUL ("\u0000").
bool HasNul(const nlohmann::json& json) {
  if (json.is_string()) return json.get_ref<const std::string&>().find('\0') != std::string::npos;
  if (json.is_object()) {
    for (const auto& [key, value] : json.items())
      if (key.find('\0') != std::string::npos || HasNul(value)) return true;
  } else if (json.is_array()) {
    for (const auto& value : json)
      if (HasNul(value)) return true;
  }
  return false;
}

bool EndsWith(const std::string& s, const std::string& suffix) {
  if (s.size() < suffix.size()) return false;
  std::string tail = s.substr(s.size() - suffix.size());
  std::transform(tail.begin(), tail.end(), tail.begin(), [](unsigned char c) { return std::tolower(c); });
  return tail == suffix;
}

bool ParseValidityText(const std::string& text, Validity* out) {
  if (text.empty()) {
    *out = Validity::kNone;
    return true;
  }
  for (Validity v : {Validity::kValid, Validity::kInvalid, Validity::kRepealed, Validity::kAmended}) {
    if (text == ValidityLabel(v) || text == ValidityCode(v)) {
      *out = v;
      return true;
    }
  }
  return false;
}

// 1-15, "（一）", "(一)", "一" or the full label; 0 for empty.
bool ParseArt20(const std::string& text, int* out) {
  if (text.empty() || text == "0") {
    *out = 0;
    return true;
  }
  for (int n = 1; n <= 15; ++n) {
    std::string ordinal = ChineseOrdinal(n);  // "（一）"
    std::string bare = ordinal.substr(3, ordinal.size() - 6);
    if (text == std::to_string(n) || text == ordinal || text == "(" + bare + ")" || text == bare ||
        text == Art20Label(n)) {
      *out = n;
      return true;
    }
  }
  return false;
}

// Splits on ; ； and 、.
std::vector<std::string> SplitList(const std::string& text) {
  std::vector<std::string> parts;
  std::string cur;
  for (size_t i = 0; i < text.size();) {
    if (text[i] == ';') {
      parts.push_back(Trim(cur));
      cur.clear();
      ++i;
    } else if (text.compare(i, 3, "；") == 0 || text.compare(i, 3, "、") == 0) {
      parts.push_back(Trim(cur));
      cur.clear();
      i += 3;
    } else {
      cur += text[i++];
    }
  }
  parts.push_back(Trim(cur));
  parts.erase(std::remove(parts.begin(), parts.end(), std::string()), parts.end());
  return parts;
}

const access::Agency* DefaultAgency(const ImportContext& ctx) {
  const access::Agency* best = nullptr;
  for (const auto& a : ctx.agencies)
    if (a.parent_id == 0 && (!best || a.id < best->id)) best = &a;
  return best;
}

// One row's fields (canonical names) into an item, collecting every problem.
Item BuildItem(const std::map<std::string, std::string>& fields, const ImportContext& ctx,
               const CatalogueService& service, std::vector<std::string>* reasons) {
  auto get = [&](const char* name) {
    auto it = fields.find(name);
    return it == fields.end() ? std::string() : Trim(it->second);
  };
  Item item;
  FieldErrors errors;  // the dates' here, the rest from Validate below
  item.index_no = get("index_no");
  item.title = get("title");
  item.doc_no = get("doc_no");
  item.unified_no = get("unified_no");
  item.written_on = ReadItemDate("written_on", get("written_on"), &errors);
  item.published_on = ReadItemDate("published_on", get("published_on"), &errors);
  item.topic = get("topic");
  item.category = get("category");
  item.genre = get("genre");
  item.keywords = get("keywords");
  item.summary = get("summary");
  if (item.index_no.empty()) reasons->push_back("缺少索引号");
  if (get("published_on").empty()) reasons->push_back("缺少发布日期");
  if (!ParseValidityText(get("validity"), &item.validity))
    reasons->push_back("有效性“" + get("validity") + "”无效，应为 有效、失效、废止 或 修订");
  if (!ParseArt20(get("art20"), &item.art20))
    reasons->push_back("第二十条类别“" + get("art20") + "”无效，应为 1 至 15 或（一）至（十五）");

  const access::Agency* agency = nullptr;
  if (std::string uscc = get("agency_uscc"); uscc.empty()) {
    agency = DefaultAgency(ctx);
    if (!agency) reasons->push_back("没有可用的发布机构，请先新增机构");
  } else {
    std::string normalized = NormalizeUscc(uscc);
    for (const auto& a : ctx.agencies)
      if (a.uscc == normalized) agency = &a;
    if (!agency) reasons->push_back("发布机构代码 " + uscc + " 不是已登记的机构");
  }
  if (agency) {
    item.agency_id = agency->id;
    auto cols = ctx.columns.find(agency->id);
    for (const auto& want : SplitList(get("columns"))) {
      int64_t found = 0;
      if (cols != ctx.columns.end()) {
        for (const auto& c : cols->second)
          if (c.code == want) found = c.id;
        for (const auto& c : cols->second)
          if (!found && c.name == want) found = c.id;
      }
      if (found) item.column_ids.push_back(found);
      else reasons->push_back("栏目“" + want + "”不是" + agency->name + "的栏目");
    }
  }

  std::string format = get("body_format");
  auto body = fields.find("body");
  std::string raw = body == fields.end() ? "" : body->second;
  if (format.empty() || format == "markdown") item.body_md = raw;
  else if (format == "text") item.body_md = PlainTextToMarkdown(raw);
  else reasons->push_back("正文格式“" + format + "”无效，应为 markdown 或 text");

  service.Validate(item, &errors);
  for (const auto& [field, message] : errors.all()) reasons->push_back(message);
  return item;
}

struct Row {
  int line = 0;
  std::map<std::string, std::string> fields;
  std::vector<std::string> reasons;  // problems found while reading
};

// CSV rows; file-level problems (header) become a rejection of line 1.
void ReadCsv(std::string_view content, std::vector<Row>* rows, std::vector<RejectedRow>* rejected) {
  std::vector<CsvRecord> records;
  int error_line = 0;
  if (!ParseCsv(content, &records, &error_line)) {
    rejected->push_back({error_line, {"引号未闭合"}});
    return;
  }
  if (records.empty()) {
    rejected->push_back({1, {"文件为空，须有标题行"}});
    return;
  }
  std::vector<std::string> columns;
  RejectedRow header{records[0].line, {}};
  std::set<std::string> seen;
  for (const auto& name : records[0].fields) {
    auto it = FieldNames().find(Trim(name));
    if (it == FieldNames().end()) {
      header.reasons.push_back("未知的列“" + name + "”");
      columns.push_back("");
      continue;
    }
    if (!seen.insert(it->second).second) header.reasons.push_back("列“" + name + "”重复");
    columns.push_back(it->second);
  }
  for (const char* required : {"index_no", "published_on"})
    if (!seen.count(required)) header.reasons.push_back("缺少“" + Label(required) + "”列");
  if (!header.reasons.empty()) {
    rejected->push_back(header);
    return;
  }
  for (size_t r = 1; r < records.size(); ++r) {
    const auto& rec = records[r];
    if (rec.fields.size() == 1 && Trim(rec.fields[0]).empty()) continue;  // blank line
    Row row;
    row.line = rec.line;
    if (rec.fields.size() != columns.size())
      row.reasons.push_back("有 " + std::to_string(rec.fields.size()) + " 列，标题行有 " +
                            std::to_string(columns.size()) + " 列");
    for (size_t i = 0; i < rec.fields.size() && i < columns.size(); ++i) row.fields[columns[i]] = rec.fields[i];
    rows->push_back(std::move(row));
  }
}

void ReadJsonLines(std::string_view content, std::vector<Row>* rows) {
  int line = 0;
  size_t pos = 0;
  while (pos <= content.size()) {
    size_t end = content.find('\n', pos);
    if (end == std::string_view::npos) end = content.size();
    std::string text = Trim(content.substr(pos, end - pos));
    ++line;
    pos = end + 1;
    if (text.empty()) continue;
    Row row;
    row.line = line;
    auto json = nlohmann::json::parse(text, nullptr, false);
    if (json.is_discarded() || !json.is_object()) {
      row.reasons.push_back("不是有效的 JSON 对象");
      rows->push_back(std::move(row));
      continue;
    }
    if (HasNul(json)) {
      row.reasons.push_back("含有空字符（\\u0000）");
      rows->push_back(std::move(row));
      continue;
    }
    for (const auto& [key, value] : json.items()) {
      auto it = FieldNames().find(key);
      if (it == FieldNames().end()) {
        row.reasons.push_back("未知的字段“" + key + "”");
      } else if (value.is_string()) {
        row.fields[it->second] = value.get<std::string>();
      } else if (value.is_number_integer()) {
        row.fields[it->second] = std::to_string(value.get<long long>());
      } else if (value.is_null()) {
        row.fields[it->second] = "";
      } else if (value.is_array() &&
                 std::all_of(value.begin(), value.end(), [](const auto& v) { return v.is_string(); })) {
        std::string joined;
        for (const auto& v : value) joined += (joined.empty() ? "" : ";") + v.get<std::string>();
        row.fields[it->second] = joined;
      } else {
        row.reasons.push_back("字段“" + key + "”应为文本");
      }
    }
    rows->push_back(std::move(row));
  }
}

}  // namespace

std::string FormatRejection(const RejectedRow& row) {
  std::string text = "第 " + std::to_string(row.line) + " 行：";
  for (size_t i = 0; i < row.reasons.size(); ++i) text += (i ? "；" : "") + row.reasons[i];
  return text;
}

std::string PlainTextToMarkdown(std::string_view text) {
  std::string normalized;
  for (size_t i = 0; i < text.size(); ++i)
    if (text[i] != '\r') normalized += text[i];
    else if (i + 1 >= text.size() || text[i + 1] != '\n') normalized += '\n';
  std::vector<std::string> lines;
  size_t pos = 0;
  while (pos <= normalized.size()) {
    size_t end = normalized.find('\n', pos);
    if (end == std::string::npos) end = normalized.size();
    lines.push_back(normalized.substr(pos, end - pos));
    pos = end + 1;
  }
  std::string out;
  std::vector<std::string> paragraph;
  auto flush = [&] {
    if (paragraph.empty()) return;
    if (!out.empty()) out += "\n\n";
    for (size_t i = 0; i < paragraph.size(); ++i) out += paragraph[i] + (i + 1 < paragraph.size() ? "\\\n" : "");
    paragraph.clear();
  };
  for (const auto& raw : lines) {
    std::string line = Trim(raw);
    if (line.empty()) {
      flush();
      continue;
    }
    std::string escaped;
    for (size_t i = 0; i < line.size(); ++i) {
      char c = line[i];
      static const std::string kAlways = "\\`*_[]<>#|~&!";
      bool at_start = i == 0 && (c == '+' || c == '-' || c == '=');
      if (kAlways.find(c) != std::string::npos || at_start) escaped += '\\';
      escaped += c;
    }
    // "1. " or "1) " at the start would be an ordered list.
    size_t digits = 0;
    while (digits < escaped.size() && escaped[digits] >= '0' && escaped[digits] <= '9') ++digits;
    if (digits > 0 && digits < escaped.size() && (escaped[digits] == '.' || escaped[digits] == ')'))
      escaped.insert(digits, "\\");
    paragraph.push_back(escaped);
  }
  flush();
  return out;
}

Result<ImportPlan> PlanImport(const std::string& file_name, std::string_view content, const ImportContext& context,
                              const CatalogueService& service, const ImportProgress& progress) {
  const bool csv = EndsWith(file_name, ".csv");
  if (!csv && !EndsWith(file_name, ".jsonl") && !EndsWith(file_name, ".ndjson"))
    return Status::Invalid("只能导入 .csv、.jsonl 或 .ndjson 文件");
  ImportPlan plan;
  if (std::string reason; int bad = FirstBadLine(content, &reason)) {
    plan.rejected.push_back({bad, {reason}});
    return plan;
  }
  std::vector<Row> rows;
  if (csv) ReadCsv(content, &rows, &plan.rejected);
  else ReadJsonLines(content.substr(content.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0), &rows);
  if (!plan.rejected.empty()) return plan;
  std::map<std::string, int> first_line;  // index_no -> line it first appeared on
  int64_t done = 0;
  for (auto& row : rows) {
    std::vector<std::string> reasons = row.reasons;
    Item item = BuildItem(row.fields, context, service, &reasons);
    if (!item.index_no.empty()) {
      auto [it, fresh] = first_line.emplace(item.index_no, row.line);
      if (!fresh) reasons.push_back("索引号 " + item.index_no + " 与第 " + std::to_string(it->second) + " 行重复");
      else if (context.index_no_taken && context.index_no_taken(item.index_no))
        reasons.push_back("索引号 " + item.index_no + " 已被使用");
    }
    if (reasons.empty()) {
      plan.items.push_back(std::move(item));
      plan.lines.push_back(row.line);
    } else {
      plan.rejected.push_back({row.line, std::move(reasons)});
    }
    if (progress) progress(++done, static_cast<int64_t>(rows.size()));
  }
  if (rows.empty()) plan.rejected.push_back({1, {"文件中没有可导入的信息"}});
  return plan;
}

Result<ImportContext> LoadImportContext(CatalogueService& catalogue, auth::AuthService& auth) {
  ImportContext ctx;
  auto agencies = auth.ListAgencies();
  if (!agencies.ok()) return agencies.status();
  ctx.agencies = agencies.value();
  for (const auto& a : ctx.agencies) {
    auto cols = catalogue.Columns(a.id);
    if (!cols.ok()) return cols.status();
    ctx.columns[a.id] = cols.value();
  }
  ctx.index_no_taken = [&catalogue](const std::string& index_no) { return catalogue.GetByIndexNo(index_no).ok(); };
  return ctx;
}

}  // namespace gk::catalogue
