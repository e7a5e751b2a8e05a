#include "common/csv.h"

namespace gk {
namespace {

// "-12", "+3.5", "0.25": a sign, digits, at most one decimal point.
bool PlainNumber(std::string_view v) {
  size_t i = v[0] == '-' || v[0] == '+' ? 1 : 0;
  bool digits = false, point = false;
  for (; i < v.size(); ++i) {
    if (v[i] >= '0' && v[i] <= '9') digits = true;
    else if (v[i] == '.' && !point) point = true;
    else return false;
  }
  return digits;
}

bool RunsAsFormula(std::string_view v) {
  if (v.empty()) return false;
  switch (v[0]) {
    case '=':
    case '@':
    case '\t':
    case '\r':
      return true;
    case '+':
    case '-':
      return !PlainNumber(v);
    default:
      return false;
  }
}

}  // namespace

std::string CsvCell(std::string_view value) {
  std::string v = RunsAsFormula(value) ? "'" + std::string(value) : std::string(value);
  if (v.find_first_of(",\"\r\n") == std::string::npos) return v;
  std::string quoted = "\"";
  for (char c : v) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

CsvWriter::CsvWriter(Bom bom) {
  if (bom == Bom::kExcel) text_ = "\xEF\xBB\xBF";
}

void CsvWriter::Row(const std::vector<std::string>& cells) {
  for (size_t i = 0; i < cells.size(); ++i) text_ += (i ? "," : "") + CsvCell(cells[i]);
  text_ += "\r\n";
}

bool ParseCsv(std::string_view content, std::vector<CsvRecord>* records, int* error_line) {
  size_t i = 0;
  if (content.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
  int line = 1;
  while (i < content.size()) {
    CsvRecord rec;
    rec.line = line;
    std::string field;
    bool done = false;
    while (!done) {
      if (i < content.size() && content[i] == '"') {  // quoted field
        int start_line = line;
        ++i;
        while (true) {
          if (i >= content.size()) {
            *error_line = start_line;
            return false;
          }
          char c = content[i++];
          if (c == '"') {
            if (i < content.size() && content[i] == '"') {
              field += '"';
              ++i;
            } else {
              break;
            }
          } else {
            if (c == '\n') ++line;
            field += c;
          }
        }
      }
      // Unquoted text (or anything after a closing quote) up to , or end of line.
      while (i < content.size() && content[i] != ',' && content[i] != '\n') {
        if (content[i] != '\r') field += content[i];
        ++i;
      }
      rec.fields.push_back(std::move(field));
      field.clear();
      if (i < content.size() && content[i] == ',') {
        ++i;
      } else {
        if (i < content.size()) ++i;  // '\n'
        ++line;
        done = true;
      }
    }
    records->push_back(std::move(rec));
  }
  return true;
}

}  // namespace gk
