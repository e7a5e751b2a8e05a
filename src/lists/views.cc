#include "lists/views.h"

#include <functional>

#include <nlohmann/json.hpp>

#include "common/china_time.h"
#include "common/strings.h"

namespace gk::lists {
namespace {

const char* TypeCode(FieldType t) {
  switch (t) {
    case FieldType::kText:
      return "text";
    case FieldType::kLongText:
      return "long_text";
    case FieldType::kSteps:
      return "lines";
    case FieldType::kChoice:
      return "choice";
    case FieldType::kUscc:
      return "uscc";
    case FieldType::kUrl:
      return "url";
  }
  return "text";
}

std::string Day(int64_t at) { return at > 0 ? FormatLocalTime(at).substr(0, 10) : ""; }

// A long text's paragraphs: its non-blank lines.
std::vector<std::string> Paragraphs(const std::string& v) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= v.size()) {
    size_t end = v.find('\n', start);
    if (end == std::string::npos) end = v.size();
    std::string line = Trim(std::string_view(v).substr(start, end - start));
    if (!line.empty()) out.push_back(std::move(line));
    start = end + 1;
  }
  return out;
}

}  // namespace

void FillKind(ctemplate::TemplateDictionary& d, const KindDef& kind) {
  d.SetValue("KIND", kind.code);
  d.SetValue("KIND_LABEL", kind.label);
  d.SetValue("GROUP", kind.group);
  d.SetValue("INTRO", kind.intro);
  for (const auto& f : kind.fields)
    if (f.in_table) d.AddSectionDictionary("HEADERS")->SetValue("LABEL", f.label);
}

void FillRow(ctemplate::TemplateDictionary& d, const KindDef& kind, const Entry& e) {
  d.SetIntValue("ID", static_cast<long>(e.id));
  d.SetValue("KIND", kind.code);
  d.SetValue("TITLE", e.Title());
  bool first = true;
  for (const auto& f : kind.fields) {
    if (!f.in_table) continue;
    if (first) {  // the title is the row's link, its first column
      first = false;
      continue;
    }
    auto* c = d.AddSectionDictionary("CELLS");
    c->SetValue("LABEL", f.label);
    c->SetValue("VALUE", e.Value(f.key));
  }
  d.SetValue("STATE", EntryStateLabel(e.state));
  d.SetValue("STATE_CODE", EntryStateCode(e.state));
  d.SetValue("UPDATED_ON", Day(e.updated_at));
  d.SetValue("PUBLISHED_ON", Day(e.published_at));
}

void FillDetail(ctemplate::TemplateDictionary& d, const KindDef& kind, const Entry& e) {
  d.SetIntValue("ID", static_cast<long>(e.id));
  d.SetValue("TITLE", e.Title());
  d.SetValue("UPDATED_ON", Day(e.updated_at));
  d.SetValue("PUBLISHED_ON", Day(e.published_at));
  for (size_t i = 1; i < kind.fields.size(); ++i) {
    const FieldDef& f = kind.fields[i];
    const std::string v = e.Value(f.key);
    if (v.empty()) continue;
    auto* row = d.AddSectionDictionary("FIELDS");
    row->SetValue("LABEL", f.label);
    if (f.type == FieldType::kSteps) {
      auto* s = row->AddSectionDictionary("STEPS");
      for (const auto& line : StepLines(v)) s->AddSectionDictionary("ITEMS")->SetValue("ITEM", line);
    } else if (f.type == FieldType::kLongText) {
      auto* s = row->AddSectionDictionary("PARAS");
      for (const auto& line : Paragraphs(v)) s->AddSectionDictionary("LINES")->SetValue("LINE", line);
    } else if (f.type == FieldType::kUrl) {
      row->AddSectionDictionary("LINK")->SetValue("URL", v);
    } else {
      row->AddSectionDictionary("TEXT")->SetValue("VALUE", v);
    }
  }
}

void FillForm(ctemplate::TemplateDictionary& d, const KindDef& kind, const Values& values, const FieldErrors& errors) {
  for (const auto& f : kind.fields) {
    auto* row = d.AddSectionDictionary("FIELDS");
    auto it = values.find(f.key);
    const std::string v = it == values.end() ? std::string() : it->second;
    row->SetValue("KEY", f.key);
    row->SetValue("LABEL", f.label);
    row->SetValue("VALUE", v);
    row->SetValue("HINT", f.hint);
    if (*f.hint) row->ShowSection("HAS_HINT");
    if (f.required) row->ShowSection("REQUIRED");
    if (std::string err = errors.Get(f.key); !err.empty()) row->AddSectionDictionary("ERROR")->SetValue("MESSAGE", err);
    if (f.type == FieldType::kChoice) {
      auto* s = row->AddSectionDictionary("SELECT");
      s->SetValue("KEY", f.key);
      for (const char* c : f.choices) {
        auto* o = s->AddSectionDictionary("OPTIONS");
        o->SetValue("VALUE", c);
        if (v == c) o->ShowSection("SELECTED");
      }
    } else if (f.type == FieldType::kLongText || f.type == FieldType::kSteps) {
      row->AddSectionDictionary("TEXTAREA")->SetIntValue("ROWS", f.type == FieldType::kSteps ? 6 : 4);
    } else {
      row->AddSectionDictionary("INPUT")->SetValue("TYPE", f.type == FieldType::kUrl ? "url" : "text");
    }
  }
}

Values FormValues(const KindDef& kind, const std::function<std::string(const std::string&)>& form) {
  Values out;
  for (const auto& f : kind.fields) out[f.key] = form(f.key);
  return out;
}

nlohmann::json KindJson(const KindDef& kind, int64_t published) {
  nlohmann::json fields = nlohmann::json::array();
  for (const auto& f : kind.fields) {
    nlohmann::json j = {{"key", f.key}, {"label", f.label}, {"type", TypeCode(f.type)}, {"required", f.required}};
    if (!f.choices.empty()) j["choices"] = std::vector<std::string>(f.choices.begin(), f.choices.end());
    fields.push_back(std::move(j));
  }
  return {{"code", kind.code},
          {"label", kind.label},
          {"group", kind.group},
          {"description", kind.intro},
          {"published", published},
          {"url", std::string("/lists/") + kind.code},
          {"fields", std::move(fields)}};
}

nlohmann::json EntryJson(const KindDef& kind, const Entry& e) {
  nlohmann::json fields = nlohmann::json::object();
  for (const auto& f : kind.fields)
    if (std::string v = e.Value(f.key); !v.empty()) fields[f.key] = v;
  return {{"id", e.id},
          {"list", kind.code},
          {"title", e.Title()},
          {"fields", std::move(fields)},
          {"published_on", Day(e.published_at)},
          {"updated_on", Day(e.updated_at)},
          {"url", std::string("/lists/") + kind.code + "/" + std::to_string(e.id)}};
}

std::string CsvTemplate(const KindDef& kind) {
  std::vector<std::string> labels;
  for (const auto& f : kind.fields) labels.push_back(f.label);
  return "\xEF\xBB\xBF" + Join(labels, ",") + "\r\n";
}

}  // namespace gk::lists
