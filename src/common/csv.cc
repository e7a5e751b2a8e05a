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

}  // namespace gk
