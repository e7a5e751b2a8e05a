#include "reports/service.h"

#include <nlohmann/json.hpp>

#include "access/scope.h"
#include "auth/audit.h"
#include "common/china_time.h"
#include "common/strings.h"
#include "reports/store.h"

namespace gk::reports {
namespace {

auth::AuditEntry Entry(int64_t agency, int year, const std::string& action, const std::string& summary) {
  auto e = auth::ObjectEntry("annual_report", agency, 0, action, summary);
  e.object_id = std::to_string(agency) + "/" + std::to_string(year);
  return e;
}

std::string Label(int year) { return std::to_string(year) + "年度报告"; }

}  // namespace

bool IsReportYear(int year) { return year >= 2008 && year <= 2100; }

Date ReportService::Today() const { return ChinaToday(clock_); }

Result<std::string> ReportService::Recorded(int64_t agency, int year) {
  std::string json;
  Status s = db_->Read([&](soci::session& sql) {
    if (auto stored = store::Find(sql, agency, year)) json = stored->published;
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return json;
}

Result<std::optional<PriorReport>> ReportService::Entered(int64_t agency, int year) {
  std::optional<PriorReport> p;
  Status s = db_->Read([&](soci::session& sql) {
    if (auto stored = store::Find(sql, agency, year); stored && stored->prior_entered && !stored->published.empty())
      p = PriorReportOf(stored->published);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return p;
}

Result<std::string> ReportService::Drafted(int64_t agency, int year) {
  std::optional<store::Stored> stored;
  Status s = db_->Read([&](soci::session& sql) {
    stored = store::Find(sql, agency, year);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  if (!stored || stored->published.empty() || stored->prior_entered)
    return Status::NotFound(Label(year) + "尚未生成信息草稿");
  return stored->published;
}

Result<AnnualReport> ReportService::Compose(int64_t agency, int year) {
  if (!IsReportYear(year)) return Status::Invalid("年份无效，请输入 2008 至 2100 之间的四位年份");
  AnnualReport r;
  r.agency_id = agency;
  r.year = year;
  auto name = sources_.agency_name(agency);
  if (!name.ok()) return name.status();
  r.agency_name = name.value();
  std::optional<store::Stored> stored, last;
  Status s = db_->Read([&](soci::session& sql) {
    stored = store::Find(sql, agency, year);
    last = store::Find(sql, agency, year - 1);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  if (stored) r.entries = stored->entries;
  if (last) r.last_problems = last->entries.problems;
  auto normative = sources_.normative(agency);
  if (!normative.ok()) return normative.status();
  r.t2.rules = CountNormative(year, normative.value(), true);
  r.t2.normative = CountNormative(year, normative.value(), false);
  if (r.entries.enforcement_entered) {
    r.t2.enforcement = r.entries.enforcement;
    r.t2.enforcement_from_records = false;
    r.t2.enforcement_note = r.entries.enforcement_note;
  } else {
    auto counts = sources_.enforcement(agency, year);
    if (!counts.ok()) return counts.status();
    r.t2.enforcement = counts.value();
  }
  r.t2.fees = r.entries.fees.empty() ? "0" : r.entries.fees;
  auto apps = sources_.applications(agency, year);
  if (!apps.ok()) return apps.status();
  r.applications = std::move(apps).value();
  auto activity = sources_.activity(agency, year);
  if (!activity.ok()) return activity.status();
  r.overview_draft = DraftOverview(r, activity.value());
  Check(r, last && !last->published.empty() ? PriorOf(last->published) : PriorFigures{});
  return r;
}

Status ReportService::SaveEntries(const access::Actor& actor, const access::User& user, int64_t agency, int year,
                                  Entries e, FieldErrors* errors) {
  if (!IsReportYear(year)) errors->Add("year", "年份无效，请输入 2008 至 2100 之间的四位年份");
  e.fees = Trim(e.fees);
  e.enforcement_note = Trim(e.enforcement_note);
  ValidateEntries(e, errors);
  if (!errors->empty()) return errors->ToStatus();
  const int64_t now = clock_.Now();
  return db_->Transact([&](soci::session& sql) {
    if (Status may = access::RequireIn(sql, user, access::Permission::kCompileReports, agency, nullptr); !may.ok())
      return may;
    store::SaveEntries(sql, agency, year, e, user.id, now);
    nlohmann::json after = {{"fees", e.fees},
                            {"enforcement_entered", e.enforcement_entered},
                            {"licensing", e.enforcement.licensing},
                            {"penalty", e.enforcement.penalty},
                            {"coercion", e.enforcement.coercion},
                            {"enforcement_note", e.enforcement_note}};
    auto entry = Entry(agency, year, "report.save", "保存" + Label(year) + "的填写内容");
    entry.after_json = after.dump();
    auth::WriteAudit(sql, actor, now, entry);
    return Status::Ok();
  });
}

Status ReportService::RecordDrafted(const access::Actor& actor, const access::User& user, const AnnualReport& r) {
  if (!r.Publishable()) {
    std::vector<std::string> blocking;
    for (const auto& f : r.findings)
      if (f.blocking) blocking.push_back(f.message);
    return Status::Invalid("表三不平衡，不能发布：" + Join(blocking, "；"));
  }
  const int64_t now = clock_.Now();
  const std::string json = ReportJson(r);
  return db_->Transact([&](soci::session& sql) {
    if (Status may = access::RequireIn(sql, user, access::Permission::kCompileReports, r.agency_id, nullptr); !may.ok())
      return may;
    store::SavePublished(sql, r.agency_id, r.year, json, false, user.id, now);
    auth::WriteAudit(sql, actor, now,
                     Entry(r.agency_id, r.year, "report.draft", "生成" + Label(r.year) + "信息草稿，提交审核"));
    return Status::Ok();
  });
}

Status ReportService::EnterPrior(const access::Actor& actor, const access::User& user, int64_t agency, int year,
                                 const PriorReport& report, FieldErrors* errors) {
  if (!IsReportYear(year) || year >= Today().year())
    errors->Add("year", "只能录入以往年度（早于今年）已发布报告的数据");
  ValidatePrior(report, errors);
  if (!errors->empty()) return errors->ToStatus();
  auto name = sources_.agency_name(agency);
  if (!name.ok()) return name.status();
  const std::string json = PriorJson(report, agency, name.value(), year);
  const int64_t now = clock_.Now();
  return db_->Transact([&](soci::session& sql) {
    if (Status may = access::RequireIn(sql, user, access::Permission::kCompileReports, agency, nullptr); !may.ok())
      return may;
    if (auto stored = store::Find(sql, agency, year); stored && !stored->published.empty() && !stored->prior_entered)
      return Status::Conflict(Label(year) + "已在平台上生成，不能再手工录入");
    store::SavePublished(sql, agency, year, json, true, user.id, now);
    auto entry = Entry(agency, year, "report.prior",
                       "录入" + Label(year) + "已发布的数据（" + ReportFormatCode(report.format) + "年格式）");
    entry.after_json = json;
    auth::WriteAudit(sql, actor, now, entry);
    return Status::Ok();
  });
}

}  // namespace gk::reports
