#include "health/model.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "common/strings.h"

namespace gk::health {

const char* UpdateRuleCode(UpdateRule r) {
  switch (r) {
    case UpdateRule::kTwoWeeks: return "2w";
    case UpdateRule::kSixMonths: return "6m";
    case UpdateRule::kNone: break;
  }
  return "none";
}

const char* UpdateRuleLabel(UpdateRule r) {
  switch (r) {
    case UpdateRule::kTwoWeeks: return "两周（动态、要闻类）";
    case UpdateRule::kSixMonths: return "六个月（通知公告、政策文件类）";
    case UpdateRule::kNone: break;
  }
  return "不要求";
}

bool ParseUpdateRule(std::string_view code, UpdateRule* out) {
  for (auto r : {UpdateRule::kNone, UpdateRule::kTwoWeeks, UpdateRule::kSixMonths})
    if (code == UpdateRuleCode(r)) {
      *out = r;
      return true;
    }
  return false;
}

UpdateRule DefaultUpdateRule(std::string_view code) {
  if (code == "gzdt") return UpdateRule::kTwoWeeks;
  if (code == "tzgg" || code == "zcwj") return UpdateRule::kSixMonths;
  return UpdateRule::kNone;
}

std::optional<Date> FreshUntil(UpdateRule rule, Date last) {
  switch (rule) {
    case UpdateRule::kTwoWeeks: return last.AddDays(14);
    case UpdateRule::kSixMonths: return AddMonths(last, 6);
    case UpdateRule::kNone: break;
  }
  return std::nullopt;
}

const char* SeverityCode(Severity s) {
  switch (s) {
    case Severity::kVeto: return "veto";
    case Severity::kNear: return "near";
    case Severity::kWarning: break;
  }
  return "warning";
}

const char* SeverityLabel(Severity s) {
  switch (s) {
    case Severity::kVeto: return "单项否决";
    case Severity::kNear: return "即将否决";
    case Severity::kWarning: break;
  }
  return "提示";
}

namespace {

constexpr int kNearDays = 10;       // a 2-week limit is near after this many days
constexpr int kNearNoticeDays = 30;  // a 6-month limit is near this many days before it
constexpr int kStaleVeto = 5;        // 2-week plus 6-month columns not updated
constexpr int kStaleAnyVeto = 10;    // columns of any class not updated
constexpr int kEmptyVeto = 5;        // empty columns

int64_t DaysBetween(Date a, Date b) { return b.DaysSinceEpoch() - a.DaysSinceEpoch(); }

std::string N(int64_t n) { return std::to_string(n); }

std::string ColumnUrl(const ColumnFacts& c) { return "/console/health/columns#col-" + std::to_string(c.id); }

std::string ColumnName(const ColumnFacts& c) { return c.agency + "“" + c.name + "”"; }

void Homepage(const Facts& f, std::vector<Finding>* out) {
  if (!f.homepage_last) {
    out->push_back({"homepage", Severity::kVeto, "首页没有任何已发布的信息", "/console/items"});
    return;
  }
  const int64_t days = DaysBetween(*f.homepage_last, f.today);
  const std::string since = "首页最近一次更新是 " + f.homepage_last->ToString() + "，已 " + N(days) + " 天未更新";
  if (days > 14) out->push_back({"homepage", Severity::kVeto, since + "（超过两周即单项否决）", "/console/items"});
  else if (days >= kNearDays)
    out->push_back({"homepage", Severity::kNear, since + "，第 15 天起即单项否决", "/console/items"});
}

// The columns of one agency's site, whose counts the single-veto rules
// take (each hosted agency's portal is judged on its own columns).
void AgencyColumns(const Facts& f, int64_t agency, std::vector<Finding>* out, Report* r) {
  int stale_two_weeks = 0, stale_six_months = 0, empty = 0;
  std::string name;
  for (const auto& c : f.columns) {
    if (c.agency_id != agency) continue;
    name = c.agency;
    if (c.leaf_list && c.items == 0) {
      ++empty;
      out->push_back({"column_empty", Severity::kWarning, ColumnName(c) + "栏目没有任何已发布的信息（空白栏目）",
                      ColumnUrl(c), c.agency_id});
    }
    if (c.rule == UpdateRule::kNone) continue;
    const std::string limit = c.rule == UpdateRule::kTwoWeeks ? "两周" : "六个月";
    if (!c.last) {
      ++(c.rule == UpdateRule::kTwoWeeks ? stale_two_weeks : stale_six_months);
      continue;  // reported as empty above when it is a leaf
    }
    const Date until = *FreshUntil(c.rule, *c.last);
    const std::string since = ColumnName(c) + "最近一次更新是 " + c.last->ToString();
    if (f.today > until) {
      ++(c.rule == UpdateRule::kTwoWeeks ? stale_two_weeks : stale_six_months);
      out->push_back({"column_stale", Severity::kWarning, since + "，超过" + limit + "未更新", ColumnUrl(c), c.agency_id});
    } else if (DaysBetween(f.today, until) <= (c.rule == UpdateRule::kTwoWeeks ? 14 - kNearDays : kNearNoticeDays)) {
      out->push_back({"column_stale", Severity::kNear,
                      since + "，" + until.ToString() + " 后即超过" + limit + "未更新", ColumnUrl(c), c.agency_id});
    }
  }
  const int stale = stale_two_weeks + stale_six_months;
  r->stale_columns += stale;
  r->empty_columns += empty;
  const std::string url = "/console/health/columns";
  if (stale >= kStaleVeto || stale >= kStaleAnyVeto)
    out->push_back({"columns", Severity::kVeto,
                    name + "应更新而未更新的栏目 " + N(stale) + " 个（动态类超过两周 " + N(stale_two_weeks) +
                        " 个、通知公告和政策文件类超过六个月 " + N(stale_six_months) + " 个；合计 5 个及以上即单项否决）",
                    url, agency});
  else if (stale > 0)
    out->push_back({"columns", Severity::kNear, name + "应更新而未更新的栏目 " + N(stale) + " 个，达到 5 个即单项否决",
                    url, agency});
  if (empty >= kEmptyVeto)
    out->push_back({"empty_columns", Severity::kVeto,
                    name + "空白栏目 " + N(empty) + " 个（5 个及以上即单项否决），请发布信息或删除栏目", url, agency});
  else if (empty > 0)
    out->push_back(
        {"empty_columns", Severity::kNear, name + "空白栏目 " + N(empty) + " 个，达到 5 个即单项否决", url, agency});
}

void Columns(const Facts& f, std::vector<Finding>* out, Report* r) {
  std::vector<int64_t> agencies;
  for (const auto& c : f.columns)
    if (std::find(agencies.begin(), agencies.end(), c.agency_id) == agencies.end()) agencies.push_back(c.agency_id);
  for (int64_t a : agencies) AgencyColumns(f, a, out, r);
}

void Messages(const Facts& f, std::vector<Finding>* out) {
  for (const auto& m : f.messages) {
    const std::string text = "留言“" + m.title + "”自 " + m.received_on.ToString() + " 收到后未答复";
    const std::string url = "/console/messages/" + std::to_string(m.id);
    if (m.breach) out->push_back({"message", Severity::kVeto, text + "，已超过 3 个月（单项否决）", url, m.agency_id});
    else out->push_back({"message", Severity::kNear, text + "，已超过 2 个月，满 3 个月即单项否决", url, m.agency_id});
  }
}

void Content(const Facts& f, std::vector<Finding>* out) {
  for (const auto& l : f.links)
    out->push_back({l.attachment ? "attachment" : "link", Severity::kWarning,
                    "“" + l.item_title + "”" + (l.attachment ? "的附件“" + l.target + "”文件缺失" : "中的链接 " + l.target + " 无法打开"),
                    l.item_url, l.agency_id});
  for (const auto& e : f.external)
    out->push_back({"external_link", Severity::kWarning,
                    "“" + e.item_title + "”中的外部链接无法访问：" + e.target + "，" + e.result + "，最近检查于 " +
                        e.checked_on.ToString() + "，自 " + e.failing_since.ToString() + " 起无法访问",
                    e.item_url, e.agency_id});
  for (const auto& m : f.metadata)
    out->push_back({"metadata", Severity::kWarning, "“" + m.item_title + "”缺少" + Join(m.missing, "、"), m.item_url,
                    m.agency_id});
  if (f.metadata_total > static_cast<int64_t>(f.metadata.size()))
    out->push_back({"metadata", Severity::kWarning,
                    "另有 " + N(f.metadata_total - static_cast<int64_t>(f.metadata.size())) + " 条信息缺少必要的元数据",
                    "/console/items?view=published"});
  for (const auto& p : f.interpretations_missing)
    out->push_back(
        {"interpretation", Severity::kWarning, "政策“" + p.title + "”须配发解读，尚无已发布的解读", p.url, p.agency_id});
}

}  // namespace

Report Evaluate(const Facts& f) {
  Report r;
  r.today = f.today;
  r.items_checked = f.items_checked;
  r.links_checked = f.links_checked;
  r.external = f.external_summary;
  std::vector<Finding> all;
  Homepage(f, &all);
  Messages(f, &all);
  Columns(f, &all, &r);
  Content(f, &all);
  for (auto s : {Severity::kVeto, Severity::kNear, Severity::kWarning})
    for (const auto& x : all)
      if (x.severity == s) r.findings.push_back(x);
  for (const auto& x : r.findings) {
    r.vetoes += x.severity == Severity::kVeto;
    r.near += x.severity == Severity::kNear;
  }
  return r;
}

std::string ReportJson(const Report& r) {
  nlohmann::ordered_json j;
  j["today"] = r.today.ToString();
  j["vetoes"] = r.vetoes;
  j["near"] = r.near;
  j["stale_columns"] = r.stale_columns;
  j["empty_columns"] = r.empty_columns;
  j["items_checked"] = r.items_checked;
  j["links_checked"] = r.links_checked;
  j["external_links"] = {{"enabled", r.external.enabled},
                         {"linked", r.external.linked},
                         {"checked", r.external.checked},
                         {"broken", r.external.broken},
                         {"last_checked", r.external.last_checked.empty()
                                              ? nlohmann::ordered_json(nullptr)
                                              : nlohmann::ordered_json(r.external.last_checked)}};
  nlohmann::ordered_json findings = nlohmann::ordered_json::array();
  for (const auto& x : r.findings)
    findings.push_back({{"rule", x.rule}, {"severity", SeverityCode(x.severity)}, {"message", x.message}, {"url", x.url}});
  j["findings"] = findings;
  return j.dump(2) + "\n";
}

std::vector<std::string> InternalLinks(std::string_view md) {
  std::vector<std::string> out;
  auto take = [&](std::string_view target) {
    const size_t space = target.find(' ');
    if (space != std::string_view::npos) target = target.substr(0, space);
    if (target.size() < 2 || target[0] != '/' || target[1] == '/') return;
    out.emplace_back(target);
  };
  for (size_t i = 0; i + 1 < md.size(); ++i) {
    if (md[i] == ']' && md[i + 1] == '(') {
      const size_t end = md.find(')', i + 2);
      if (end == std::string_view::npos) break;
      take(md.substr(i + 2, end - i - 2));
      i = end;
    } else if (md[i] == '<' && md[i + 1] == '/') {
      const size_t end = md.find('>', i + 1);
      if (end == std::string_view::npos) break;
      const std::string_view inner = md.substr(i + 1, end - i - 1);
      if (inner.find(' ') == std::string_view::npos) take(inner);
      i = end;
    }
  }
  return out;
}

}  // namespace gk::health
