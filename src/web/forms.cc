#include "web/forms.h"

#include <algorithm>
#include <charconv>

#include "common/strings.h"
#include "web/site.h"

namespace gk::web {

std::string Upper(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return s;
}

void SetFieldErrors(ctemplate::TemplateDictionary& d, const FieldErrors& errors) {
  if (!errors.empty()) d.ShowSection("HAS_ERRORS");
  for (const auto& [field, msg] : errors.all()) {
    d.AddSectionDictionary("ERR_" + Upper(field))->SetValue("MSG", msg);
    auto* e = d.AddSectionDictionary("ERRORS");
    e->SetValue("FIELD", field);
    e->SetValue("MSG", msg);
  }
}

void AddOption(ctemplate::TemplateDictionary& d, const char* section, const std::string& value,
               const std::string& label, const std::string& chosen) {
  auto* o = d.AddSectionDictionary(section);
  o->SetValue("VALUE", value);
  o->SetValue("LABEL", label);
  if (value == chosen) o->ShowSection("SELECTED");
}

void KeepInput(ctemplate::TemplateDictionary& d, const http::Request& req, std::initializer_list<const char*> fields) {
  for (const char* f : fields) d.SetValue(Upper(f), req.Form(f));
}

int64_t ParseId(const std::string& s) {
  int64_t v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size() || v <= 0) return 0;
  return v;
}

void SetPagination(ctemplate::TemplateDictionary& d, const std::string& base, int page, int per_page, int64_t total) {
  int64_t pages = std::max<int64_t>(1, (total + per_page - 1) / per_page);
  auto* p = d.AddSectionDictionary("PAGINATION");
  p->SetIntValue("PAGE", page);
  p->SetIntValue("PAGES", static_cast<long>(pages));
  p->SetIntValue("TOTAL", static_cast<long>(total));
  if (page > 1) p->AddSectionDictionary("PREV")->SetValue("URL", base + "page=" + std::to_string(page - 1));
  if (page < pages) p->AddSectionDictionary("NEXT")->SetValue("URL", base + "page=" + std::to_string(page + 1));
}

std::string QueryText(const http::Request& req, const char* name, size_t max_bytes) {
  return std::string(Utf8Prefix(Trim(req.Query(name)), max_bytes));
}

int PageNumber(const http::Request& req) {
  return static_cast<int>(std::clamp<int64_t>(ParseId(req.Query("page")), 1, 10000));
}

http::Response AfterAction(Context& ctx, const Status& s, const FieldErrors& errors, const std::string& url,
                           const std::string& done,
                           const std::function<http::Response(const FieldErrors&, int)>& again) {
  if (!errors.empty()) return again(errors, 400);
  if (s.code() == Code::kConflict) {
    FieldErrors e;
    e.Add("action", s.message());
    return again(e, 409);
  }
  if (!s.ok()) return ctx.FromStatus(s);
  return ctx.RedirectWithFlash(url, done);
}

}  // namespace gk::web
