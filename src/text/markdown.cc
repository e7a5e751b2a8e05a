#include "text/markdown.h"

#include <cmark.h>

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <string>
#include <vector>

namespace gk::text {
namespace {

constexpr int kOptions = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8;

std::string Cmark(std::string_view md) {
  char* html = cmark_markdown_to_html(md.data(), md.size(), kOptions);
  std::string out = html ? html : "";
  std::free(html);
  return out;
}

std::string Strip(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string_view::npos) return "";
  size_t e = s.find_last_not_of(" \t\r");
  return std::string(s.substr(b, e - b + 1));
}

// The cells of a table row: split at '|' not escaped as "\|" and not inside
// a code span; the outer pipes are optional.
std::vector<std::string> Cells(std::string_view line) {
  std::string row = Strip(line);
  if (!row.empty() && row.front() == '|') row.erase(0, 1);
  if (!row.empty() && row.back() == '|' && (row.size() < 2 || row[row.size() - 2] != '\\')) row.pop_back();
  std::vector<std::string> cells;
  std::string cell;
  bool code = false;
  for (size_t i = 0; i < row.size(); ++i) {
    char c = row[i];
    if (c == '\\' && i + 1 < row.size() && row[i + 1] == '|') {
      cell += '|';
      ++i;
    } else if (c == '`') {
      code = !code;
      cell += c;
    } else if (c == '|' && !code) {
      cells.push_back(Strip(cell));
      cell.clear();
    } else {
      cell += c;
    }
  }
  cells.push_back(Strip(cell));
  return cells;
}

// "| --- | :-: | --: |": a table's delimiter row; fills the alignments.
bool DelimiterRow(std::string_view line, std::vector<char>* align) {
  if (line.find('-') == std::string_view::npos || line.find('|') == std::string_view::npos) return false;
  std::vector<char> out;
  for (const auto& cell : Cells(line)) {
    if (cell.empty()) return false;
    size_t dashes = 0;
    for (size_t i = 0; i < cell.size(); ++i) {
      char c = cell[i];
      if (c == '-') ++dashes;
      else if (c != ':' || (i != 0 && i != cell.size() - 1)) return false;
    }
    if (dashes == 0) return false;
    const bool left = cell.front() == ':', right = cell.back() == ':';
    out.push_back(left && right ? 'c' : right ? 'r' : left ? 'l' : ' ');
  }
  *align = std::move(out);
  return true;
}

// One cell's Markdown as inline HTML: cmark renders it as a paragraph,
// whose <p> wrapper is dropped.
std::string InlineHtml(const std::string& md) {
  std::string html = Cmark(md);
  if (html.starts_with("<p>") && html.ends_with("</p>\n")) return html.substr(3, html.size() - 8);
  while (!html.empty() && html.back() == '\n') html.pop_back();
  return html;
}

// The `n`th table of a body (from 1): its scrolling region is named 表格 n,
// so that a body with several tables has distinct landmarks; header cells
// are column headers (scope="col") for screen readers.
std::string TableHtml(const std::vector<std::string>& header, const std::vector<char>& align,
                      const std::vector<std::vector<std::string>>& rows, int n) {
  auto cell = [&](const char* tag, const std::string& md, size_t col) {
    char a = col < align.size() ? align[col] : ' ';
    std::string cls = a == 'c' ? " class=\"align-center\"" : a == 'r' ? " class=\"align-right\"" : "";
    if (tag[1] == 'h') cls += " scope=\"col\"";
    return std::string("<") + tag + cls + ">" + InlineHtml(md) + "</" + tag + ">";
  };
  std::string out = "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"表格 " +
                    std::to_string(n) + "\"><table class=\"table\">\n<thead><tr>";
  for (size_t c = 0; c < header.size(); ++c) out += cell("th", header[c], c);
  out += "</tr></thead>\n<tbody>\n";
  for (const auto& row : rows) {
    out += "<tr>";
    // GFM: as many cells as the header; extra ones dropped. Missing ones are
    // one empty cell spanning them, so a short row costs what it has in the
    // source, not the header's width (output stays linear in the input).
    const size_t have = std::min(row.size(), header.size());
    for (size_t c = 0; c < have; ++c) out += cell("td", row[c], c);
    const size_t missing = header.size() - have;
    if (missing == 1) out += "<td></td>";
    if (missing > 1) out += "<td colspan=\"" + std::to_string(missing) + "\"></td>";
    out += "</tr>\n";
  }
  return out + "</tbody>\n</table></div>\n";
}

bool IsFence(std::string_view line) {
  std::string s = Strip(line);
  return s.starts_with("```") || s.starts_with("~~~");
}

}  // namespace

namespace {

// Wider "tables" stay text: no real disclosure table has more columns, and
// the cap bounds what a header row can make every row cost.
constexpr size_t kMaxTableColumns = 64;

struct Table {
  std::vector<std::string> header;
  std::vector<char> align;
  std::vector<std::vector<std::string>> rows;
};

// Core cmark has no tables (GFM's pipe tables are an extension). This cuts
// `md` into runs of Markdown for cmark and pipe tables — a header row, a
// delimiter row, then rows with a '|' — in order. Fenced code is never taken
// for a table.
void SplitTables(std::string_view md, const std::function<void(const std::string&)>& markdown,
                 const std::function<void(const Table&)>& table) {
  std::vector<std::string_view> lines;
  for (size_t pos = 0; pos <= md.size();) {
    size_t end = md.find('\n', pos);
    if (end == std::string_view::npos) end = md.size();
    lines.push_back(md.substr(pos, end - pos));
    pos = end + 1;
  }
  std::string pending;
  bool fenced = false;
  for (size_t i = 0; i < lines.size(); ++i) {
    Table t;
    // A table starts a block: after a blank line, a heading, or at the start
    // (it never turns the last line of a paragraph into a header).
    const std::string prev = i == 0 ? "" : Strip(lines[i - 1]);
    const bool block_start = i == 0 || prev.empty() || prev.starts_with("#");
    const bool starts_table = !fenced && block_start && i + 1 < lines.size() &&
                              lines[i].find('|') != std::string_view::npos && DelimiterRow(lines[i + 1], &t.align) &&
                              t.align.size() <= kMaxTableColumns && Cells(lines[i]).size() == t.align.size();
    if (!starts_table) {
      if (IsFence(lines[i])) fenced = !fenced;
      pending.append(lines[i]);
      pending += '\n';
      continue;
    }
    markdown(pending);
    pending.clear();
    size_t j = i + 2;
    for (; j < lines.size() && !Strip(lines[j]).empty() && lines[j].find('|') != std::string_view::npos; ++j)
      t.rows.push_back(Cells(lines[j]));
    t.header = Cells(lines[i]);
    table(t);
    i = j - 1;
    pending = "\n";  // what follows starts a new block
  }
  markdown(pending);
}

// The text of Markdown without tables: paragraphs, headings and list items
// end with a newline, line breaks become spaces.
std::string PlainText(std::string_view md) {
  cmark_node* doc = cmark_parse_document(md.data(), md.size(), kOptions);
  std::string out;
  cmark_iter* it = cmark_iter_new(doc);
  for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
    cmark_node* node = cmark_iter_get_node(it);
    cmark_node_type type = cmark_node_get_type(node);
    if (ev == CMARK_EVENT_ENTER &&
        (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE || type == CMARK_NODE_CODE_BLOCK)) {
      if (const char* lit = cmark_node_get_literal(node)) out += lit;
    } else if (ev == CMARK_EVENT_ENTER && (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK)) {
      out += ' ';
    } else if (ev == CMARK_EVENT_EXIT &&
               (type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING || type == CMARK_NODE_ITEM)) {
      out += '\n';
    }
  }
  cmark_iter_free(it);
  cmark_node_free(doc);
  return out;
}

// A table row as text: its cells' text, separated by spaces.
std::string RowText(const std::vector<std::string>& cells) {
  std::string line;
  for (const std::string& cell : cells) {
    std::string text = PlainText(cell);
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
    if (text.empty()) continue;
    if (!line.empty()) line += ' ';
    line += text;
  }
  return line;
}

}  // namespace

namespace {

// One line of EscapeMarkdown: the block marker it may start with (# > + - =
// "1." "1)") and every inline marker escaped.
void EscapeLine(std::string_view line, std::string* out) {
  size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) *out += line[i++];
  size_t digits = i;
  while (digits < line.size() && line[digits] >= '0' && line[digits] <= '9') ++digits;
  if (digits > i && digits < line.size() && (line[digits] == '.' || line[digits] == ')')) {
    out->append(line.substr(i, digits - i));
    i = digits;
  }
  if (i < line.size() && std::string_view("#>+-=.)").find(line[i]) != std::string_view::npos) {
    *out += '\\';
    *out += line[i++];
  }
  for (; i < line.size(); ++i) {
    if (std::string_view("\\`*_[]<>|~&#!").find(line[i]) != std::string_view::npos) *out += '\\';
    *out += line[i];
  }
}

}  // namespace

std::string EscapeMarkdown(std::string_view text) {
  std::string out;
  for (size_t pos = 0; pos <= text.size();) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    EscapeLine(text.substr(pos, end - pos), &out);
    if (end < text.size()) out += '\n';
    pos = end + 1;
  }
  return out;
}

// Tables are rendered here, cell text through cmark's safe inline
// rendering; everything else goes to cmark as it is.
std::string RenderMarkdown(std::string_view md) {
  std::string out;
  int tables = 0;
  SplitTables(
      md, [&](const std::string& run) { out += Cmark(run); },
      [&](const Table& t) { out += TableHtml(t.header, t.align, t.rows, ++tables); });
  return out;
}

std::string MarkdownToText(std::string_view md) {
  std::string out;
  SplitTables(
      md, [&](const std::string& run) { out += PlainText(run); },
      [&](const Table& t) {
        out += RowText(t.header) + "\n";
        for (const auto& row : t.rows) out += RowText(row) + "\n";
      });
  return out;
}

}  // namespace gk::text
