// CSV, XLSX and JSON Lines into header-keyed rows. XLSX is read here with a
// ZIP reader (zlib inflates), a small XML tokenizer and the few SpreadsheetML
// parts a table needs: no XLSX library is involved.
#define ZLIB_CONST
#include "common/table_file.h"

#include <zlib.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <utility>

#include "common/calendar.h"
#include "common/csv.h"
#include "common/strings.h"

namespace gk {
namespace {

// ---- Shared: a grid of cells into a TableFile ------------------------------

// One row as read: its line and its non-empty cells by 0-based column.
struct RawRow {
  int line = 0;
  std::vector<std::pair<int, std::string>> cells;
};

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsHexDigit(char c) { return IsDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

std::string AtLine(int line, const std::string& what) { return "第 " + std::to_string(line) + " 行：" + what; }

std::string CleanHeader(std::string_view name) {
  return Trim(name.starts_with("\xEF\xBB\xBF") ? name.substr(3) : name);
}

// Well-formed UTF-8 (no overlong forms, surrogates or values past U+10FFFF)
// without NUL.
bool IsCleanText(std::string_view s) {
  for (size_t i = 0, n = 0; i < s.size(); i += n) {
    const auto c = static_cast<unsigned char>(s[i]);
    n = c < 0x80 ? 1 : c >= 0xF5 ? 0 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
    if (c == 0 || n == 0 || s.size() - i < n) return false;
    uint32_t cp = n == 1 ? c : c & (0x3F >> (n - 1));
    for (size_t k = 1; k < n; ++k) {
      if ((s[i + k] & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    if ((n == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
      return false;
  }
  return true;
}

// Adds a header name; false if it is already there.
bool AddHeader(TableFile* table, const std::string& name) {
  if (std::find(table->headers.begin(), table->headers.end(), name) != table->headers.end()) return false;
  table->headers.push_back(name);
  return true;
}

// Every row gets every header; then all text is checked. `header_line` is
// where the headers came from (for JSON Lines, where each first appeared).
Status Finish(TableFile* table, const std::vector<int>& header_lines, const char* hint) {
  if (table->headers.empty()) return Status::Invalid("文件中没有标题行");
  const std::string bad = std::string("不是有效的 UTF-8 文本或含有空字符") + hint;
  for (size_t i = 0; i < table->headers.size(); ++i)
    if (!IsCleanText(table->headers[i])) return Status::Invalid(AtLine(header_lines[i], bad));
  for (TableRow& row : table->rows) {
    for (const std::string& name : table->headers) row.cells.try_emplace(name);
    for (const auto& [name, value] : row.cells)
      if (!IsCleanText(value)) return Status::Invalid(AtLine(row.line, bad));
  }
  return Status::Ok();
}

// "A", "B", ..., "AA" for a 0-based column.
std::string ColumnLetters(int col) {
  std::string s;
  for (++col; col > 0; col = (col - 1) / 26) s.insert(s.begin(), static_cast<char>('A' + (col - 1) % 26));
  return s;
}

// CSV and XLSX: the first row with a non-empty cell names the columns.
Result<TableFile> FromGrid(std::vector<RawRow> grid, bool xlsx) {
  TableFile table;
  std::map<int, std::string> names;  // column → header name
  int header_line = 0;
  for (RawRow& raw : grid) {
    std::map<std::string, std::string> cells;
    for (auto& [col, text] : raw.cells) {
      std::string value = header_line ? Trim(text) : CleanHeader(text);
      if (value.empty()) continue;
      if (!header_line) {
        names[col] = value;
        continue;
      }
      auto it = names.find(col);
      if (it == names.end()) {
        const std::string where = xlsx ? ColumnLetters(col) + " 列" : "第 " + std::to_string(col + 1) + " 列";
        return Status::Invalid(
            AtLine(raw.line, where + "有内容，但该列没有列名" + (xlsx ? "" : "（含逗号的内容须加引号）")));
      }
      cells[it->second] = std::move(value);
    }
    if (!header_line && !names.empty()) {
      header_line = raw.line;
      for (const auto& [col, name] : names)
        if (!AddHeader(&table, name)) return Status::Invalid(AtLine(raw.line, "列“" + name + "”重复"));
    } else if (!cells.empty()) {
      table.rows.push_back({raw.line, std::move(cells)});
    }
  }
  std::vector<int> lines(table.headers.size(), header_line);
  if (Status s = Finish(&table, lines, xlsx ? "" : "（CSV 文件请以 UTF-8 编码保存）"); !s.ok()) return s;
  return table;
}

Result<TableFile> ReadCsvTable(std::string_view content) {
  std::vector<CsvRecord> records;
  int error_line = 0;
  if (!ParseCsv(content, &records, &error_line)) return Status::Invalid(AtLine(error_line, "引号未闭合"));
  std::vector<RawRow> grid;
  for (CsvRecord& rec : records) {
    RawRow& raw = grid.emplace_back(RawRow{rec.line, {}});
    for (size_t i = 0; i < rec.fields.size(); ++i)
      raw.cells.emplace_back(static_cast<int>(i), std::move(rec.fields[i]));
  }
  return FromGrid(std::move(grid), false);
}

// ---- JSON Lines -------------------------------------------------------------

std::string JsonText(const nlohmann::ordered_json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_null()) return "";
  if (v.is_number_float()) {
    const double d = v.get<double>();
    if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 1e15) return std::to_string(static_cast<int64_t>(d));
  }
  // Integers, other numbers (shortest round-trip form), booleans, arrays, objects.
  return v.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

Result<TableFile> ReadJsonLinesTable(std::string_view content) {
  if (content.starts_with("\xEF\xBB\xBF")) content.remove_prefix(3);
  TableFile table;
  std::vector<int> header_lines;
  int line = 0;
  for (size_t pos = 0; pos <= content.size();) {
    size_t end = std::min(content.find('\n', pos), content.size());
    std::string text = Trim(content.substr(pos, end - pos));
    ++line;
    pos = end + 1;
    if (text.empty()) continue;
    if (!IsCleanText(text)) return Status::Invalid(AtLine(line, "不是有效的 UTF-8 文本"));
    // Values nested deeper than 64 are discarded while parsing (and refused),
    // so that printing them back (recursive) cannot exhaust the stack.
    bool too_deep = false;
    auto json = nlohmann::ordered_json::parse(
        text,
        [&](int depth, nlohmann::ordered_json::parse_event_t, nlohmann::ordered_json&) {
          if (depth > 64) too_deep = true;
          return depth <= 64;
        },
        false);
    if (json.is_discarded() || !json.is_object()) return Status::Invalid(AtLine(line, "不是 JSON 对象"));
    if (too_deep) return Status::Invalid(AtLine(line, "嵌套层数过多"));
    TableRow row{line, {}};
    for (const auto& [key, value] : json.items()) {
      std::string name = Trim(key), cell = Trim(JsonText(value));
      if (name.empty()) {
        if (!cell.empty()) return Status::Invalid(AtLine(line, "有内容的字段没有字段名"));
        continue;
      }
      if (AddHeader(&table, name)) header_lines.push_back(line);
      if (!cell.empty()) row.cells[name] = std::move(cell);
    }
    if (!row.cells.empty()) table.rows.push_back(std::move(row));
  }
  if (Status s = Finish(&table, header_lines, ""); !s.ok()) return s;
  return table;
}

// ---- ZIP ------------------------------------------------------------------

constexpr uint64_t kMaxPartBytes = 200u * 1024 * 1024;

Status NotXlsx(const std::string& why) { return Status::Invalid("不是有效的 XLSX 文件：" + why); }

// Little-endian integer of `n` bytes at `at`. REQUIRES: in bounds.
uint32_t Le(std::string_view d, uint64_t at, int n) {
  uint32_t v = 0;
  for (int i = n - 1; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(d[at + i]);
  return v;
}

struct ZipEntry {
  uint32_t flags = 0, method = 0, crc = 0, packed = 0, size = 0, local = 0;
};
using ZipDirectory = std::map<std::string, ZipEntry, std::less<>>;

// The central directory, found through the end record (the last one that
// fits, so a trailing archive comment is fine). ZIP64 is not supported: an
// XLSX under its 4 GB limits does not use it.
Result<ZipDirectory> ReadZipDirectory(std::string_view d) {
  if (d.size() < 22) return NotXlsx("文件过短");
  const uint64_t lowest = d.size() > 22 + 0xFFFF ? d.size() - 22 - 0xFFFF : 0;
  uint64_t end = d.size() - 22;
  while (Le(d, end, 4) != 0x06054b50 || end + 22 + Le(d, end + 20, 2) > d.size())
    if (end-- == lowest) return NotXlsx("找不到 ZIP 目录");
  const uint64_t count = Le(d, end + 10, 2), dir_size = Le(d, end + 12, 4), dir_at = Le(d, end + 16, 4);
  if (Le(d, end + 4, 2) != 0 || dir_at + dir_size > end) return NotXlsx("ZIP 目录损坏");
  ZipDirectory dir;
  uint64_t p = dir_at;
  for (uint64_t i = 0; i < count; ++i) {
    if (p + 46 > dir_at + dir_size || Le(d, p, 4) != 0x02014b50) return NotXlsx("ZIP 目录损坏");
    const uint64_t name_len = Le(d, p + 28, 2), next = p + 46 + name_len + Le(d, p + 30, 2) + Le(d, p + 32, 2);
    if (next > dir_at + dir_size) return NotXlsx("ZIP 目录损坏");
    ZipEntry e{Le(d, p + 8, 2),  Le(d, p + 10, 2), Le(d, p + 16, 4),
               Le(d, p + 20, 4), Le(d, p + 24, 4), Le(d, p + 42, 4)};
    dir.emplace(std::string(d.substr(p + 46, name_len)), e);
    p = next;
  }
  return dir;
}

// The bytes of one entry, stored or deflated, checked against its size and
// CRC. Never produces more than the declared size, which is at most 200 MB
// and at most what deflate can reach from the packed bytes (1032:1).
Status ReadZipEntry(std::string_view d, const ZipEntry& e, const std::string& name, std::string* out) {
  const uint64_t at = e.local;
  if (at + 30 > d.size() || Le(d, at, 4) != 0x04034b50) return NotXlsx(name + " 的位置无效");
  const uint64_t start = at + 30 + Le(d, at + 26, 2) + Le(d, at + 28, 2);
  if (start + e.packed > d.size()) return NotXlsx(name + " 不完整");
  if (e.flags & 1) return NotXlsx("文件已加密");
  if (e.size > kMaxPartBytes) return NotXlsx(name + " 超过 200 MB");
  if (e.method == 0) {
    if (e.packed != e.size) return NotXlsx(name + " 的大小不符");
    out->assign(d.substr(start, e.size));
  } else if (e.method == 8) {
    if (e.size > uint64_t{e.packed} * 1032 + 1024) return NotXlsx(name + " 的压缩比异常");
    out->resize(uint64_t{e.size} + 1);  // one spare byte shows data past the declared end
    z_stream s{};
    if (inflateInit2(&s, -MAX_WBITS) != Z_OK) return Status::Internal("zlib 初始化失败");
    s.next_in = reinterpret_cast<const Bytef*>(d.data() + start);
    s.avail_in = e.packed;
    s.next_out = reinterpret_cast<Bytef*>(out->data());
    s.avail_out = static_cast<uInt>(out->size());
    const int rc = inflate(&s, Z_FINISH);
    const uint64_t produced = s.total_out;
    inflateEnd(&s);
    if (rc != Z_STREAM_END || produced != e.size) return NotXlsx(name + " 已损坏或大小与声明不符");
    out->resize(e.size);
  } else {
    return NotXlsx(name + " 的压缩方式不受支持");
  }
  if (crc32(0, reinterpret_cast<const Bytef*>(out->data()), static_cast<uInt>(out->size())) != e.crc)
    return NotXlsx(name + " 校验失败");
  return Status::Ok();
}

// ---- XML ------------------------------------------------------------------

// REQUIRES: cp is a Unicode scalar value.
void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp < 0x80) return out->push_back(static_cast<char>(cp));
  const int n = cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;  // bytes
  out->push_back(static_cast<char>(((0xFF00 >> n) & 0xFF) | (cp >> (6 * (n - 1)))));
  for (int k = n - 2; k >= 0; --k) out->push_back(static_cast<char>(0x80 | ((cp >> (6 * k)) & 0x3F)));
}

// Text with the five named entities and character references decoded, and
// CR LF as LF (as an XML parser reports them). Anything else (an unknown
// entity, a reference to NUL or a surrogate) is kept as written.
std::string DecodeXml(std::string_view s) {
  static const std::map<std::string_view, char> kNamed = {
      {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}};
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    const size_t semi = s[i] == '&' ? s.find(';', i) : std::string_view::npos;
    if (semi == std::string_view::npos || semi - i > 10) {
      if (s[i] != '\r' || i + 1 >= s.size() || s[i + 1] != '\n') out += s[i];
      continue;
    }
    const std::string_view ref = s.substr(i + 1, semi - i - 1);
    const bool hex = ref.starts_with("#x");
    const std::string digits(ref.starts_with("#") ? ref.substr(hex ? 2 : 1) : "");
    const bool number = !digits.empty() && std::all_of(digits.begin(), digits.end(), hex ? IsHexDigit : IsDigit);
    const unsigned long cp = number ? std::strtoul(digits.c_str(), nullptr, hex ? 16 : 10) : 0;
    if (auto named = kNamed.find(ref); named != kNamed.end()) {
      out += named->second;
    } else if (cp > 0 && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF)) {
      AppendUtf8(static_cast<uint32_t>(cp), &out);
    } else {
      out += '&';  // kept as written
      continue;
    }
    i = semi;
  }
  return out;
}

// OOXML's own escape for characters XML cannot carry: "_x000D_" is CR,
// "_x005F_" an underscore.
std::string DecodeOoxmlEscapes(std::string s) {
  for (size_t i = s.find("_x"); i != std::string::npos && i + 7 <= s.size(); i = s.find("_x", i + 1)) {
    if (s[i + 6] != '_' || !std::all_of(s.begin() + i + 2, s.begin() + i + 6, IsHexDigit)) continue;
    std::string utf8;
    AppendUtf8(static_cast<uint32_t>(std::stoul(s.substr(i + 2, 4), nullptr, 16)), &utf8);
    s.replace(i, 7, utf8);
  }
  return s;
}

// A pull tokenizer for the XML of a workbook: start and end tags (an empty
// element gives both), text (entities decoded; CDATA as is), and nothing
// else: declarations, processing instructions, comments and DOCTYPE are
// skipped, namespace prefixes dropped. It checks no more than it needs to.
class XmlReader {
 public:
  enum Kind { kStart, kEnd, kText, kDone, kError };
  explicit XmlReader(std::string_view xml) : x_(xml) {}

  Kind Next() {
    if (pending_end_) return pending_end_ = false, kEnd;
    while (p_ < x_.size()) {
      if (x_[p_] != '<') {
        const size_t end = std::min(x_.find('<', p_), x_.size());
        text_ = DecodeXml(x_.substr(p_, end - p_));
        p_ = end;
        return kText;
      }
      const std::string_view rest = x_.substr(p_);
      if (rest.starts_with("<![CDATA[")) {
        if (!SkipPast("]]>")) return kError;
        text_ = std::string(rest.substr(9, rest.find("]]>") - 9));
        return kText;
      }
      if (rest.starts_with("<?") || rest.starts_with("<!")) {
        // Skipped. What a DOCTYPE's internal subset holds past its first '>'
        // is read as text outside any cell, so ignored too; no entity it
        // declares is ever expanded.
        if (!SkipPast(rest.starts_with("<?") ? "?>" : rest.starts_with("<!--") ? "-->" : ">")) return kError;
        continue;
      }
      // A tag: up to the '>' that is not inside a quoted attribute value.
      size_t i = p_ + 1;
      for (char quote = 0; i < x_.size() && (quote || x_[i] != '>'); ++i)
        if (x_[i] == '"' || x_[i] == '\'') quote = quote == x_[i] ? 0 : quote ? quote : x_[i];
      if (i >= x_.size()) return kError;
      std::string_view tag = x_.substr(p_ + 1, i - p_ - 1);
      p_ = i + 1;
      const bool end = tag.starts_with("/");
      if (end) tag.remove_prefix(1);
      pending_end_ = !end && tag.ends_with("/");
      if (pending_end_) tag.remove_suffix(1);
      const size_t name_end = std::min(tag.find_first_of(" \t\r\n"), tag.size());
      name_ = LocalName(tag.substr(0, name_end));
      attrs_ = tag.substr(name_end);
      return end ? kEnd : kStart;
    }
    return kDone;
  }

  std::string_view name() const { return name_; }
  const std::string& text() const { return text_; }

  // The value of the current start tag's attribute of that local name.
  std::optional<std::string> Attr(std::string_view local) const {
    for (std::string_view a = attrs_;;) {
      const size_t eq = a.find('=');
      const size_t open = a.find_first_of("\"'", eq);
      const size_t close = open == std::string_view::npos ? open : a.find(a[open], open + 1);
      if (close == std::string_view::npos) return std::nullopt;
      std::string_view name = a.substr(0, eq);
      const size_t first = name.find_first_not_of(" \t\r\n"), last = name.find_last_not_of(" \t\r\n");
      name = first == std::string_view::npos ? "" : name.substr(first, last - first + 1);
      if (LocalName(name) == local) return DecodeXml(a.substr(open + 1, close - open - 1));
      a.remove_prefix(close + 1);
    }
  }

 private:
  static std::string_view LocalName(std::string_view n) {
    const size_t colon = n.find(':');
    return colon == std::string_view::npos ? n : n.substr(colon + 1);
  }
  bool SkipPast(std::string_view marker) {
    const size_t at = x_.find(marker, p_);
    if (at == std::string_view::npos) return false;
    p_ = at + marker.size();
    return true;
  }

  std::string_view x_;
  size_t p_ = 0;
  bool pending_end_ = false;
  std::string_view name_, attrs_;
  std::string text_;
};

// ---- XLSX -----------------------------------------------------------------

// A part's path from a relationship target of xl/workbook.xml.
std::string PartPath(const std::string& target) {
  std::vector<std::string> parts;
  std::string path = target.starts_with("/") ? target.substr(1) : "xl/" + target;
  for (size_t pos = 0; pos <= path.size();) {
    const size_t slash = std::min(path.find('/', pos), path.size());
    const std::string seg = path.substr(pos, slash - pos);
    if (seg == ".." && !parts.empty()) parts.pop_back();
    else if (!seg.empty() && seg != "." && seg != "..") parts.push_back(seg);
    pos = slash + 1;
  }
  return Join(parts, "/");
}

// The text of <si> items (sharedStrings) or of one <is> (inline string):
// the <t> elements, plain or in rich-text runs <r>, without phonetic <rPh>.
struct StringCollector {
  int in_t = 0, in_rph = 0;
  void Track(XmlReader::Kind k, std::string_view name) {
    const int step = k == XmlReader::kStart ? 1 : k == XmlReader::kEnd ? -1 : 0;
    if (name == "t") in_t += step;
    if (name == "rPh") in_rph += step;
  }
  bool Collecting() const { return in_t > 0 && in_rph == 0; }
};

Status ReadSharedStrings(std::string_view xml, std::vector<std::string>* strings) {
  XmlReader r(xml);
  StringCollector sc;
  std::string cur;
  for (XmlReader::Kind k; (k = r.Next()) != XmlReader::kDone;) {
    if (k == XmlReader::kError) return NotXlsx("sharedStrings.xml 格式错误");
    if (k == XmlReader::kText && sc.Collecting()) cur += r.text();
    if (k == XmlReader::kText) continue;
    sc.Track(k, r.name());
    if (r.name() == "si" && k == XmlReader::kStart) cur.clear();
    if (r.name() == "si" && k == XmlReader::kEnd) strings->push_back(DecodeOoxmlEscapes(std::move(cur)));
  }
  return Status::Ok();
}

// "B3" → 1 (0-based column); -1 if the reference does not start with 1–3
// letters of a column within Excel's XFD.
int ColumnOf(std::string_view ref) {
  int col = 0;
  size_t n = 0;
  while (n < ref.size() && n < 4 && ref[n] >= 'A' && ref[n] <= 'Z') col = col * 26 + (ref[n++] - 'A' + 1);
  return n == 0 || n > 3 || col > 16384 ? -1 : col - 1;
}

Result<std::vector<RawRow>> ReadSheet(std::string_view xml, const std::vector<std::string>& shared) {
  std::vector<RawRow> grid;
  XmlReader r(xml);
  StringCollector sc;
  int row = 0, col = -1;
  bool in_cell = false, in_v = false;
  std::string type, v, inline_text;
  for (XmlReader::Kind k; (k = r.Next()) != XmlReader::kDone;) {
    if (k == XmlReader::kError) return NotXlsx("工作表格式错误");
    if (k == XmlReader::kText) {
      if (in_v) v += r.text();
      else if (in_cell && sc.Collecting()) inline_text += r.text();
      continue;
    }
    const std::string_view name = r.name();
    if (in_cell) sc.Track(k, name);
    if (name == "v") in_v = k == XmlReader::kStart;
    if (k == XmlReader::kStart && name == "row") {
      const std::string n = r.Attr("r").value_or("");
      const int next = n.empty() ? row + 1 : std::atoi(n.c_str());
      if (n.size() > 7 || next < 1 || next > 1048576) return NotXlsx("行号“" + n + "”无效");
      row = next;
      col = -1;
      grid.push_back({row, {}});
    } else if (k == XmlReader::kStart && name == "c") {
      if (grid.empty()) return NotXlsx("单元格不在行内");
      const std::optional<std::string> ref = r.Attr("r");
      col = ref ? ColumnOf(*ref) : col + 1;
      if (col < 0 || col >= 16384) return NotXlsx("单元格位置“" + ref.value_or("") + "”无效");
      type = r.Attr("t").value_or("n");
      in_cell = true;
      v.clear();
      inline_text.clear();
      sc = {};
    } else if (k == XmlReader::kEnd && name == "c" && in_cell) {
      in_cell = false;
      std::string value = v;
      if (type == "s") {
        char* stop = nullptr;
        const unsigned long i = std::strtoul(v.c_str(), &stop, 10);
        if (v.empty() || *stop != '\0' || i >= shared.size()) return NotXlsx("共享字符串编号“" + v + "”无效");
        value = shared[i];
      } else if (type == "inlineStr") {
        value = DecodeOoxmlEscapes(inline_text);
      } else if (type == "b") {
        value = Trim(v) == "1" ? "true" : Trim(v) == "0" ? "false" : v;
      } else if (type == "str") {
        value = DecodeOoxmlEscapes(v);
      }
      if (!value.empty()) grid.back().cells.emplace_back(col, std::move(value));
    }
  }
  return grid;
}

Result<TableFile> ReadXlsxTable(std::string_view content) {
  auto dir = ReadZipDirectory(content);
  if (!dir.ok()) return dir.status();
  auto read = [&](const std::string& name, std::string* out) {
    auto it = dir->find(name);
    return it == dir->end() ? NotXlsx("缺少 " + name) : ReadZipEntry(content, it->second, name, out);
  };
  // The first <sheet> of the workbook, through its relationship id, and the
  // shared strings through theirs; where that fails, the usual paths.
  std::string sheet_path = "xl/worksheets/sheet1.xml", strings_path = "xl/sharedStrings.xml", xml;
  if (dir->count("xl/workbook.xml") && dir->count("xl/_rels/workbook.xml.rels")) {
    if (Status s = read("xl/workbook.xml", &xml); !s.ok()) return s;
    std::string rid;
    XmlReader wb(xml);
    for (XmlReader::Kind k; rid.empty() && (k = wb.Next()) != XmlReader::kDone && k != XmlReader::kError;)
      if (k == XmlReader::kStart && wb.name() == "sheet") rid = wb.Attr("id").value_or("");
    if (Status s = read("xl/_rels/workbook.xml.rels", &xml); !s.ok()) return s;
    XmlReader rels(xml);
    for (XmlReader::Kind k; (k = rels.Next()) != XmlReader::kDone && k != XmlReader::kError;) {
      if (k != XmlReader::kStart || rels.name() != "Relationship") continue;
      const std::string target = PartPath(rels.Attr("Target").value_or(""));
      if (!dir->count(target)) continue;
      if (!rid.empty() && rels.Attr("Id") == rid) sheet_path = target;
      if (rels.Attr("Type").value_or("").ends_with("/sharedStrings")) strings_path = target;
    }
  }
  std::vector<std::string> shared;
  if (dir->count(strings_path)) {
    if (Status s = read(strings_path, &xml); !s.ok()) return s;
    if (Status s = ReadSharedStrings(xml, &shared); !s.ok()) return s;
  }
  if (Status s = read(sheet_path, &xml); !s.ok()) return s;
  auto grid = ReadSheet(xml, shared);
  if (!grid.ok()) return grid.status();
  return FromGrid(std::move(grid).value(), true);
}

// "A" for column 0, "AA" for 26.
std::string ColumnName(int col) {
  std::string out;
  for (int c = col + 1; c > 0; c = (c - 1) / 26) out.insert(out.begin(), static_cast<char>('A' + (c - 1) % 26));
  return out;
}

bool HasExtension(std::string name, std::string_view ext) {
  std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
  return name.ends_with(ext);
}

}  // namespace

Result<TableFile> ReadTableFile(const std::string& file_name, std::string_view content) {
  const bool csv = HasExtension(file_name, ".csv"), xlsx = HasExtension(file_name, ".xlsx");
  const bool jsonl = HasExtension(file_name, ".jsonl") || HasExtension(file_name, ".ndjson");
  if (!csv && !xlsx && !jsonl) {
    if (HasExtension(file_name, ".xls")) return Status::Invalid("不支持 .xls 文件，请在 Excel 中另存为 .xlsx");
    return Status::Invalid("只能导入 .csv、.xlsx、.jsonl 或 .ndjson 文件");
  }
  const std::string_view body = content.starts_with("\xEF\xBB\xBF") ? content.substr(3) : content;
  if (body.find_first_not_of(" \t\r\n") == std::string_view::npos) return Status::Invalid("文件为空");
  if (xlsx) return ReadXlsxTable(content);
  return csv ? ReadCsvTable(content) : ReadJsonLinesTable(content);
}

Result<std::vector<XlsxSheet>> ReadXlsxSheets(std::string_view content) {
  auto dir = ReadZipDirectory(content);
  if (!dir.ok()) return dir.status();
  auto read = [&](const std::string& name, std::string* out) {
    auto it = dir->find(name);
    return it == dir->end() ? NotXlsx("缺少 " + name) : ReadZipEntry(content, it->second, name, out);
  };
  std::string xml;
  std::vector<std::pair<std::string, std::string>> sheets;  // name, relationship id
  if (Status s = read("xl/workbook.xml", &xml); !s.ok()) return s;
  XmlReader wb(xml);
  for (XmlReader::Kind k; (k = wb.Next()) != XmlReader::kDone && k != XmlReader::kError;)
    if (k == XmlReader::kStart && wb.name() == "sheet")
      sheets.emplace_back(DecodeOoxmlEscapes(wb.Attr("name").value_or("")), wb.Attr("id").value_or(""));
  std::map<std::string, std::string> targets;
  std::string strings_path = "xl/sharedStrings.xml";
  if (Status s = read("xl/_rels/workbook.xml.rels", &xml); !s.ok()) return s;
  XmlReader rels(xml);
  for (XmlReader::Kind k; (k = rels.Next()) != XmlReader::kDone && k != XmlReader::kError;) {
    if (k != XmlReader::kStart || rels.name() != "Relationship") continue;
    const std::string target = PartPath(rels.Attr("Target").value_or(""));
    targets[rels.Attr("Id").value_or("")] = target;
    if (rels.Attr("Type").value_or("").ends_with("/sharedStrings")) strings_path = target;
  }
  std::vector<std::string> shared;
  if (dir->count(strings_path)) {
    if (Status s = read(strings_path, &xml); !s.ok()) return s;
    if (Status s = ReadSharedStrings(xml, &shared); !s.ok()) return s;
  }
  std::vector<XlsxSheet> out;
  for (const auto& [name, rid] : sheets) {
    if (Status s = read(targets[rid], &xml); !s.ok()) return s;
    auto grid = ReadSheet(xml, shared);
    if (!grid.ok()) return grid.status();
    XlsxSheet sheet;
    sheet.name = name;
    for (const auto& row : grid.value())
      for (const auto& [col, value] : row.cells) sheet.cells[ColumnName(col) + std::to_string(row.line)] = value;
    XmlReader r(xml);
    for (XmlReader::Kind k; (k = r.Next()) != XmlReader::kDone && k != XmlReader::kError;)
      if (k == XmlReader::kStart && r.name() == "mergeCell") sheet.merges.push_back(r.Attr("ref").value_or(""));
    out.push_back(std::move(sheet));
  }
  return out;
}

std::optional<std::string> ExcelSerialToIsoDate(std::string_view serial) {
  std::string_view s = serial;
  if (const size_t dot = s.find('.'); dot != std::string_view::npos) {
    if (!std::all_of(s.begin() + dot + 1, s.end(), IsDigit)) return std::nullopt;
    s = s.substr(0, dot);
  }
  if (s.empty() || s.size() > 7 || !std::all_of(s.begin(), s.end(), IsDigit)) return std::nullopt;
  const int64_t n = std::stoll(std::string(s));
  // Serial 1 is 1900-01-01; Excel counts a 1900-02-29 (serial 60) that never
  // was, so from 61 on the days run from 1899-12-30. Serial 25569 = 1970-01-01.
  if (n < 1 || n == 60 || n > 2958465) return std::nullopt;  // 2958465: 9999-12-31
  return Date::FromDays(n < 60 ? n - 25568 : n - 25569).ToString();
}

namespace {

int Digits(std::string_view s) {
  int n = 0;
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return -1;
    n = n * 10 + (c - '0');
    if (n > 1000000) return -1;
  }
  return s.empty() ? -1 : n;
}

std::optional<Date> FromParts(std::string_view y, std::string_view m, std::string_view d) {
  const int yy = Digits(y), mm = Digits(m), dd = Digits(d);
  if (y.size() != 4 || yy < 0 || mm < 0 || dd < 0) return std::nullopt;
  auto r = Date::FromYmd(yy, mm, dd);
  if (!r.ok()) return std::nullopt;
  return r.value();
}

}  // namespace

std::optional<Date> ParseDayText(std::string_view input) {
  std::string t = Trim(input);
  // A time after the date ("2026-03-05 00:00:00", "2026-03-05T08:00") is dropped.
  if (size_t cut = t.find_first_of(" T"); cut != std::string::npos && cut >= 8) t = t.substr(0, cut);
  if (t.empty()) return std::nullopt;
  if (t.size() == 8 && std::all_of(t.begin(), t.end(), [](unsigned char c) { return std::isdigit(c); }))
    return FromParts(t.substr(0, 4), t.substr(4, 2), t.substr(6, 2));
  if (auto iso = ExcelSerialToIsoDate(t)) return DateOf(*iso);
  // 2026年3月5日
  if (size_t y = t.find("年"); y != std::string::npos) {
    const size_t m = t.find("月", y);
    if (m == std::string::npos || !t.ends_with("日")) return std::nullopt;
    return FromParts(std::string_view(t).substr(0, y), std::string_view(t).substr(y + 3, m - y - 3),
                     std::string_view(t).substr(m + 3, t.size() - m - 6));
  }
  // 2026-3-5, 2026/3/5, 2026.3.5
  for (char sep : {'-', '/', '.'}) {
    const size_t a = t.find(sep);
    if (a == std::string::npos) continue;
    const size_t b = t.find(sep, a + 1);
    if (b == std::string::npos || t.find(sep, b + 1) != std::string::npos) return std::nullopt;
    return FromParts(std::string_view(t).substr(0, a), std::string_view(t).substr(a + 1, b - a - 1),
                     std::string_view(t).substr(b + 1));
  }
  return std::nullopt;
}

std::vector<std::string> SplitCellList(const std::string& cell) {
  std::vector<std::string> out;
  std::string cur;
  auto flush = [&] {
    if (std::string t = Trim(cur); !t.empty()) out.push_back(t);
    cur.clear();
  };
  for (size_t i = 0; i < cell.size();) {
    if (cell[i] == '\n' || cell[i] == ';') {
      flush();
      ++i;
    } else if (cell.compare(i, 3, "；") == 0) {
      flush();
      i += 3;
    } else {
      cur += cell[i++];
    }
  }
  flush();
  return out;
}

std::string NormalizeHeader(std::string_view h) {
  std::string out;
  for (char c : Trim(h)) {
    if (c == '(') out += "（";
    else if (c == ')') out += "）";
    else if (c != ' ' && c != '\t') out += c;
  }
  return out;
}

}  // namespace gk
