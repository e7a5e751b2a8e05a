#include "supervision/enforcement_views.h"

#include <nlohmann/json.hpp>

#include "common/china_time.h"
#include "common/strings.h"

#include "supervision/enforcement_service.h"
#include "web/forms.h"

namespace gk::supervision {
namespace {

// 10000 → "10,000".
std::string Grouped(int64_t n) {
  const std::string digits = std::to_string(n);
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

// A field's value as shown: amounts in 万元, dates as text, the party type
// by its label.
std::string ValueOf(const Decision& v, const std::string& code) {
  if (code == "party_name") return v.party_name;
  if (code == "party_type") return PartyTypeLabel(v.party_type);
  if (code == "party_uscc") return v.party_uscc;
  if (code == "legal_rep") return v.legal_rep;
  if (code == "id_type") return v.id_type;
  if (code == "id_number") return v.id_number;
  if (code == "doc_no") return v.doc_no;
  if (code == "violation_type") return v.violation_type;
  if (code == "facts") return v.facts;
  if (code == "basis") return v.basis;
  if (code == "categories") return v.categories;
  if (code == "content") return v.content;
  if (code == "fine") return v.fine_fen ? FormatWanYuan(v.fine_fen) : "";
  if (code == "confiscated") return v.confiscated_fen ? FormatWanYuan(v.confiscated_fen) : "";
  if (code == "certificate_name") return v.certificate_name;
  if (code == "licence_no") return v.licence_no;
  if (code == "valid_from") return DateText(v.valid_from);
  if (code == "valid_to") return DateText(v.valid_to);
  if (code == "decided_on") return v.decided_on.ToString();
  if (code == "authority") return v.authority;
  if (code == "authority_uscc") return v.authority_uscc;
  return "";
}

}  // namespace

void FillDecision(ctemplate::TemplateDictionary& d, const Decision& v, bool staff) {
  d.SetIntValue("ID", static_cast<long>(v.id));
  d.SetValue("KIND", DecisionKindLabel(v.kind));
  d.SetValue("KIND_CODE", DecisionKindCode(v.kind));
  d.SetValue("PARTY", v.party_name);
  d.SetValue("DOC_NO", v.doc_no);
  d.SetValue("DECIDED_ON", v.decided_on.ToString());
  d.SetValue("PUBLISHED_ON", DateText(v.published_on));
  d.SetValue("PUBLIC_UNTIL", DateText(v.public_until));
  d.SetValue("AUTHORITY", v.authority);
  for (const auto& f : DecisionFields()) {
    const std::string code = f.code;
    if (!staff && (code == "id_type" || code == "id_number")) continue;
    const char* label = FieldLabel(f, v.kind);
    const std::string value = ValueOf(v, code);
    if (*label == '\0' || value.empty()) continue;
    auto* row = d.AddSectionDictionary("FIELDS");
    row->SetValue("LABEL", label);
    row->SetValue("VALUE", value);
    if (f.multiline) row->ShowSection("MULTILINE");
  }
}

void FillDecisionRow(ctemplate::TemplateDictionary& row, const Decision& v, Date today) {
  row.SetIntValue("ID", static_cast<long>(v.id));
  row.SetValue("KIND", DecisionKindLabel(v.kind));
  row.SetValue("KIND_CODE", DecisionKindCode(v.kind));
  row.SetValue("PARTY", v.party_name);
  row.SetValue("PARTY_TYPE", PartyTypeLabel(v.party_type));
  row.SetValue("DOC_NO", v.doc_no);
  row.SetValue("CATEGORIES", v.categories);
  row.SetValue("DECIDED_ON", v.decided_on.ToString());
  row.SetValue("PUBLISHED_ON", DateText(v.published_on));
  row.SetValue("DUE_ON", v.due_on.ToString());
  row.SetValue("AUTHORITY", v.authority);
  row.SetValue("STATUS", StatusLabel(v, today));
  row.SetValue("STATUS_CODE", StatusCode(v, today));
}

void FillDecisionForm(ctemplate::TemplateDictionary& d, const DecisionForm& form, const FieldErrors& errors) {
  for (const auto& f : DecisionFields()) {
    const char* label = FieldLabel(f, form.kind);
    if (*label == '\0') continue;
    const std::string code = f.code;
    auto* row = d.AddSectionDictionary("FIELDS");
    row->SetValue("CODE", code);
    row->SetValue("LABEL", label);
    const std::string value = form.Get(code);
    if (code == "party_type") {
      PartyType selected = PartyType::kOrganisation;
      ParsePartyType(value, &selected);
      auto* select = row->AddSectionDictionary("SELECT");
      for (PartyType t : AllPartyTypes()) {
        auto* o = select->AddSectionDictionary("OPTIONS");
        o->SetValue("VALUE", PartyTypeCode(t));
        o->SetValue("LABEL", PartyTypeLabel(t));
        if (t == selected) o->ShowSection("SELECTED");
      }
    } else if (f.multiline) {
      row->AddSectionDictionary("TEXTAREA")->SetValue("VALUE", value);
    } else {
      row->AddSectionDictionary("INPUT")->SetValue("VALUE", value);
    }
    std::string hint;
    if (code == "fine" || code == "confiscated") hint = "以万元计，如 0.5 即五千元；没有则留空";
    else if (code == "decided_on" || code == "valid_from" || code == "valid_to") hint = "年-月-日，如 2026-03-05";
    else if (code == "id_type" || code == "id_number") hint = "仅自然人填写；只供内部存档，任何情况下都不公开";
    else if (code == "party_uscc") hint = "法人及非法人组织必填，个体工商户有则填";
    else if (code == "categories" && form.kind == DecisionKind::kPenalty)
      hint = "多项用分号分隔，如 罚款;没收违法所得。仅警告的处罚不予公示";
    else if (code == "authority") hint = "作出决定的机关全称，如 济南市市场监督管理局";
    if (!hint.empty()) row->SetValueAndShowSection("HINT", hint, "HINT");
    if (const std::string e = errors.Get(code); !e.empty()) row->AddSectionDictionary("ERROR")->SetValue("MSG", e);
  }
}

DecisionForm FormFromDecision(const Decision& v) {
  DecisionForm form;
  form.agency_id = v.agency_id;
  form.kind = v.kind;
  for (const auto& f : DecisionFields()) form.fields[f.code] = ValueOf(v, f.code);
  form.fields["party_type"] = PartyTypeCode(v.party_type);
  return form;
}

void FillClock(ctemplate::TemplateDictionary& d, const Decision& v, const EnforcementSettings& s, Date today,
               std::optional<Date> withdraw_due) {
  d.SetIntValue("WITHDRAW_DAYS", s.withdraw_days);
  auto* c = d.AddSectionDictionary("CLOCK");
  c->SetIntValue("WITHIN", PublishWithinDays(v.kind, s));
  c->SetValue("DUE_ON", v.due_on.ToString());
  if (!v.publishable) c->ShowSection("NOT_PUBLISHABLE");
  else if (v.published_on) c->ShowSection(*v.published_on > v.due_on ? "LATE" : "ON_TIME");
  else c->ShowSection(today > v.due_on ? "OVERDUE" : "PENDING");
  if (v.public_until) {
    auto* p = d.AddSectionDictionary("PERIOD");
    p->SetValue("UNTIL", v.public_until->ToString());
    p->ShowSection(HasShortPeriod(v, s) ? "SHORT" : "LONG");
    if (IsExpiredOn(v, today)) p->ShowSection("ENDED");
  }
  if (v.state == DecisionState::kWithdrawn) {
    auto* w = d.AddSectionDictionary("WITHDRAWN");
    w->SetValue("REASON", v.withdraw_reason);
    w->SetValue("REVOKED_ON", DateText(v.revoked_on));
    w->SetValue("AT", FormatLocalTime(v.withdrawn_at));
    if (withdraw_due) {
      w->SetValue("WITHDRAW_DUE", withdraw_due->ToString());
      // Taken down after the last day allowed (总局令第45号 Art. 15).
      if (auto on = DateOf(FormatLocalTime(v.withdrawn_at).substr(0, 10)); on && *on > *withdraw_due)
        w->ShowSection("LATE");
    }
  }
}

void FillImportSummary(ctemplate::TemplateDictionary& d, const ImportSummary& s) {
  d.SetIntValue("IMPORTED", static_cast<long>(s.imported));
  d.SetIntValue("PUBLISHED", static_cast<long>(s.published));
  d.SetIntValue("EXPIRED", static_cast<long>(s.expired));
  d.SetIntValue("NOT_PUBLIC", static_cast<long>(s.not_public));
  for (const auto& [kind, n] : s.by_kind) {
    auto* k = d.AddSectionDictionary("BY_KIND");
    k->SetValue("KIND", DecisionKindLabel(kind));
    k->SetIntValue("COUNT", static_cast<long>(n));
  }
  if (!s.ignored_columns.empty()) d.AddSectionDictionary("IGNORED")->SetValue("COLUMNS", Join(s.ignored_columns, "、"));
}

void FillImportColumns(ctemplate::TemplateDictionary& d) {
  for (DecisionKind k : AllDecisionKinds()) {
    std::vector<std::string> labels;
    for (const auto& f : DecisionFields())
      if (*FieldLabel(f, k) != '\0') labels.push_back(FieldLabel(f, k));
    labels.push_back("公示日期");
    auto* c = d.AddSectionDictionary("COLUMNS");
    c->SetValue("KIND", DecisionKindLabel(k));
    c->SetValue("HEADERS", Join(labels, "、"));
  }
}

nlohmann::json DecisionJson(const Decision& v) {
  auto opt = [](const std::string& s) { return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s); };
  nlohmann::json j = {{"id", v.id},
                      {"kind", DecisionKindCode(v.kind)},
                      {"party_name", v.party_name},
                      {"party_type", PartyTypeCode(v.party_type)},
                      {"party_uscc", opt(v.party_uscc)},
                      {"legal_rep", opt(v.legal_rep)},
                      {"doc_no", v.doc_no},
                      {"categories", opt(v.categories)},
                      {"content", v.content},
                      {"decided_on", v.decided_on.ToString()},
                      {"authority", v.authority},
                      {"authority_uscc", opt(v.authority_uscc)},
                      {"published_on", opt(DateText(v.published_on))},
                      {"public_until", opt(DateText(v.public_until))},
                      {"url", "/enforcement/" + std::to_string(v.id)},
                      {"api_url", "/api/v1/enforcement/" + std::to_string(v.id)}};
  if (v.kind == DecisionKind::kPenalty) {
    j["violation_type"] = opt(v.violation_type);
    j["facts"] = v.facts;
    j["basis"] = v.basis;
    // 万元 as text, exactly as published: "0.5".
    j["fine_wan_yuan"] = FormatWanYuan(v.fine_fen);
    j["confiscated_wan_yuan"] = FormatWanYuan(v.confiscated_fen);
  } else if (v.kind == DecisionKind::kLicence) {
    j["certificate_name"] = opt(v.certificate_name);
    j["licence_no"] = opt(v.licence_no);
    j["valid_from"] = opt(DateText(v.valid_from));
    j["valid_to"] = opt(DateText(v.valid_to));
    j["basis"] = opt(v.basis);
  } else {
    j["facts"] = opt(v.facts);
    j["basis"] = opt(v.basis);
  }
  return j;
}

nlohmann::json DecisionListJson(const store::DecisionPage& list, int page, int per_page) {
  nlohmann::json items = nlohmann::json::array();
  for (const auto& d : list.decisions) items.push_back(DecisionJson(d));
  return {{"total", list.total},
          {"total_capped", list.total_capped},
          {"page", page},
          {"per_page", per_page},
          {"decisions", std::move(items)}};
}

void FillPublicPaging(ctemplate::TemplateDictionary& d, const std::string& base, int page, int per_page,
                      const store::DecisionPage& list) {
  web::SetPagination(d, base, page, per_page, list.total);
  d.SetValue("TOTAL_TEXT", Grouped(list.total) + (list.total_capped ? " 余条" : " 条"));
  if (list.total_capped) d.AddSectionDictionary("CAPPED")->SetValue("CAP", Grouped(store::kPublicCountCap));
}

}  // namespace gk::supervision
