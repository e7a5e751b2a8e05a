// Public pages of 依申请公开: the application form (Art. 29), the
// confirmation, 申请查询 with the tracking code, the applicant's letters, and
// the 期限计算器. Nothing here is cached: every page is per person.
#include <algorithm>
#include <charconv>

#include "applications/routes.h"
#include "auth/routes.h"
#include "common/china_time.h"
#include "common/strings.h"
#include "files/store.h"
#include "web/forms.h"
#include "web/human_check.h"
#include "web/limits.h"

namespace gk::applications {
namespace {

using http::Request;
using http::Response;
using web::Context;
using web::Page;

ApplicationService& Svc(Context& ctx) { return *Deps(ctx).applications; }

constexpr int kMaxFiles = 3;
constexpr size_t kMaxFileBytes = 10 * 1024 * 1024;

// Agencies that take applications on this site: every agency (集约化).
void AgencyOptions(Context& ctx, ctemplate::TemplateDictionary& d, int64_t selected) {
  auto all = auth::Svc(ctx)->ListAgencies();
  if (!all.ok()) return;
  for (const auto& a : all.value()) {
    auto* o = d.AddSectionDictionary("AGENCY_OPTIONS");
    o->SetIntValue("VALUE", static_cast<long>(a.id));
    o->SetValue("LABEL", a.name);
    if (a.id == selected) o->ShowSection("SELECTED");
  }
}

Response NoStore(Response r) {
  r.SetHeader("Cache-Control", "no-store");
  return r;
}

Response ApplyForm(Context& ctx, const Request& req, const FieldErrors& errors, int status) {
  Page page("政府信息公开申请", "public/apply.tpl");
  auto& d = page.content();
  d.SetValue("CSRF_TOKEN", ctx.CsrfToken());
  web::KeepInput(
      d, req,
      {"applicant_name", "contact_person", "id_number", "phone", "email", "address", "postcode", "description"});
  const std::string type = req.Form("applicant_type").empty() ? "person" : req.Form("applicant_type");
  views::Choices(d, "TYPE_OPTIONS", ApplicantTypes(), type);
  views::Choices(d, "ID_TYPE_OPTIONS", IdTypes(), req.Form("id_type").empty() ? "resident_id" : req.Form("id_type"));
  views::Choices(d, "MEDIUM_OPTIONS", Media(), req.Form("medium").empty() ? "electronic" : req.Form("medium"));
  views::Choices(d, "DELIVERY_OPTIONS", Deliveries(), req.Form("delivery").empty() ? "email" : req.Form("delivery"));
  AgencyOptions(ctx, d, web::ParseId(req.Form("agency_id")));
  web::AddHumanCheck(d, *ctx.services().db, ctx.services().clock->Now(), errors);
  web::SetFieldErrors(d, errors);
  return NoStore(ctx.PublicPage(page, "/apply", status));
}

Response GetApply(Request& req, Context& ctx) { return ApplyForm(ctx, req, {}, 200); }

Response PostApply(Request& req, Context& ctx) {
  const int64_t now = ctx.services().clock->Now();
  FieldErrors errors;
  // Every problem at once: the human check and the fields (Art. 29). A
  // refused form stores no attachment and does not count as a submission.
  storage::Database& db = *ctx.services().db;
  const bool human = web::VerifyHumanCheck(db, req, now, &errors);
  (void)Svc(ctx).CheckOnline(views::ApplicationFromForm(req), &errors);
  if (human && !web::AllowAttempt(db, "apply.submit", req.remote_addr,
                                  ctx.services().config.applications.submissions_per_hour, 3600, now))
    return NoStore(
        ctx.ErrorPage(429, "同一网络地址提交申请过于频繁，请一小时后再试；如需提交多件申请，也可以到现场或邮寄提交。"));
  // Optional attachments (Art. 29 does not require any): at most 3, each
  // checked by its content, written before the application that names them.
  std::vector<ApplicationFile> files;
  int count = 0;
  for (const auto& up : req.files) {
    if (up.field != "attachments" || (up.filename.empty() && up.data.empty())) continue;
    if (++count > kMaxFiles) {
      errors.Add("attachments", "最多上传 " + std::to_string(kMaxFiles) + " 个附件。");
      break;
    }
    if (up.data.size() > kMaxFileBytes) {
      errors.Add("attachments", "附件“" + up.filename + "”超过 10 MB。");
      break;
    }
    if (!errors.empty()) {  // only checked: nothing will be submitted
      if (auto type = files::DetectFileType(up.filename, up.data); !type.ok()) {
        errors.Add("attachments", "附件“" + up.filename + "”：" + type.status().message());
        break;
      }
      continue;
    }
    auto stored = Deps(ctx).files->Store(up.filename, up.data);
    if (!stored.ok()) {
      errors.Add("attachments", "附件“" + up.filename + "”：" + stored.status().message());
      break;
    }
    files.push_back({0, 0, stored->name, stored->content_type, stored->size, stored->sha256});
  }
  if (!errors.empty()) return ApplyForm(ctx, req, errors, 400);
  auto r = Svc(ctx).SubmitOnline(ctx.actor(), views::ApplicationFromForm(req), &errors, files);
  if (!r.ok()) {
    if (r.status().code() == Code::kInvalid || r.status().code() == Code::kNotFound) {
      if (errors.empty()) errors.Add("agency_id", r.status().message());
      return ApplyForm(ctx, req, errors, 400);
    }
    return ctx.FromStatus(r.status());
  }
  Page page("申请已提交", "public/apply_done.tpl");
  auto& d = page.content();
  d.SetValue("NUMBER", r->number);
  d.SetValue("CODE", r->tracking_code);
  return NoStore(ctx.PublicPage(page, "/apply"));
}

Response StatusForm(Context& ctx, const Request& req, const std::string& error, int status) {
  Page page("申请查询", "public/apply_status.tpl");
  auto& d = page.content();
  d.SetValue("CSRF_TOKEN", ctx.CsrfToken());
  web::KeepInput(d, req, {"number"});
  if (!error.empty()) d.AddSectionDictionary("ERROR")->SetValue("MESSAGE", error);
  d.ShowSection("FORM");
  return NoStore(ctx.PublicPage(page, "/apply/status", status));
}

Response GetStatus(Request& req, Context& ctx) { return StatusForm(ctx, req, "", 200); }

// Shown to the applicant only: letters sent to them, with their text when
// delivered electronically (e-mail or online).
Result<CaseFile> LookupFromForm(Request& req, Context& ctx) {
  const int64_t now = ctx.services().clock->Now();
  if (!web::AllowAttempt(*ctx.services().db, "apply.lookup", req.remote_addr, 30, 600, now))
    return Status::Error(Code::kTooMany, "查询过于频繁，请十分钟后再试。");
  return Svc(ctx).Lookup(req.Form("number"), req.Form("code"));
}

// A failed look-up: the form again, with the one message for a wrong number
// or code alike.
Response LookupFailed(Context& ctx, const Request& req, const Status& s) {
  const int status = s.code() == Code::kTooMany ? 429 : s.code() == Code::kNotFound ? 404 : 503;
  return StatusForm(ctx, req, s.message(), status);
}

Response PostStatus(Request& req, Context& ctx) {
  auto f = LookupFromForm(req, ctx);
  if (!f.ok()) {
    return LookupFailed(ctx, req, f.status());
  }
  Page page("申请查询", "public/apply_status.tpl");
  auto& d = page.content();
  auto* r = d.AddSectionDictionary("RESULT");
  const Application& a = f->app;
  r->SetValue("APP_NUMBER", a.number);
  r->SetValue("STATE", StateLabel(a.state));
  r->SetValue("SUBMITTED_ON", ChinaDate(a.submitted_at).ToString());
  r->SetValue("RECEIVED_ON", a.received_on ? a.received_on->ToString() : "尚未接收确认");
  r->SetValue("DESCRIPTION", a.description);
  r->SetValue("CLOSED_ON", DateText(a.closed_on));
  if (a.closed_on && a.outcome) r->AddSectionDictionary("OUTCOME")->SetValue("LABEL", OutcomeLabel(*a.outcome));
  if (a.state != State::kClosed && a.state != State::kArchived) views::FillClock(*r, f->clock);
  const bool electronic = a.delivery == "email" || a.delivery == "online";
  r->SetValue("CSRF_TOKEN", ctx.CsrfToken());
  r->SetValue("CODE", req.Form("code"));
  for (const auto& l : f->letters) {
    if (!l.issued || !l.to_applicant) continue;
    auto* ld = views::FillLetter(*r, l, false);
    if (electronic) ld->ShowSection("ELECTRONIC");
  }
  if (electronic) r->ShowSection("ELECTRONIC");
  if (!electronic) r->ShowSection("PAPER");
  return NoStore(ctx.PublicPage(page, "/apply/status"));
}

// One letter, printable, for its applicant (by number and tracking code).
Response PostLetter(Request& req, Context& ctx) {
  auto f = LookupFromForm(req, ctx);
  if (!f.ok()) {
    return LookupFailed(ctx, req, f.status());
  }
  const bool electronic = f->app.delivery == "email" || f->app.delivery == "online";
  int64_t id = web::ParseId(req.Form("letter"));
  for (const auto& l : f->letters) {
    if (l.id != id || !l.issued || !l.to_applicant) continue;
    if (!electronic) return NoStore(ctx.ErrorPage(404, "本申请选择以纸质方式送达，文书请以收到的纸质文书为准。"));
    Page page(l.title, "public/letter.tpl");
    views::FillLetter(page.content(), l, true);
    page.content().SetValue("BACK_NUMBER", f->app.number);
    return NoStore(ctx.PublicPage(page, "/apply/status"));
  }
  return NoStore(ctx.ErrorPage(404, "没有这份文书。"));
}

// 期限计算器: the n-th working day after a date, or the working days
// between two dates, explained day by day.
Response GetDeadline(Request& req, Context& ctx) {
  Page page("期限计算器", "public/deadline.tpl");
  auto& d = page.content();
  const auto& cal = ctx.services().calendar;
  const std::string start = req.Query("start"), days = req.Query("days"), from = req.Query("from"),
                    to = req.Query("to");
  d.SetValue("START", start);
  d.SetValue("DAYS", days.empty() ? "20" : days);
  d.SetValue("FROM", from);
  d.SetValue("TO", to);
  int status = 200;
  auto explain = [&](Date a, Date b) {
    auto* r = d.AddSectionDictionary("DAYLIST");
    int n = 0;
    for (Date x = a.AddDays(1); x <= b && n < 400; x = x.AddDays(1)) {
      auto* row = r->AddSectionDictionary("DAY");
      row->SetValue("DATE", x.ToString());
      static const char* weekdays[] = {"", "一", "二", "三", "四", "五", "六", "日"};
      row->SetValue("WEEKDAY", std::string("星期") + weekdays[x.Weekday()]);
      DayKind k = cal.Classify(x);
      row->SetValue("KIND", k == DayKind::kWorkday   ? "工作日"
                            : k == DayKind::kWeekend ? "休息日"
                            : k == DayKind::kHoliday ? "法定节假日"
                                                     : "调休上班");
      if (cal.IsWorkingDay(x)) {
        ++n;
        row->AddSectionDictionary("COUNTED")->SetIntValue("N", n);
      }
    }
    std::string missing;
    for (int y : cal.MissingYears(a, b)) missing += (missing.empty() ? "" : "、") + std::to_string(y);
    if (!missing.empty()) d.AddSectionDictionary("FALLBACK")->SetValue("YEARS", missing);
  };
  if (!start.empty()) {
    auto s = Date::Parse(start);
    int n = 0;
    auto [p, ec] = std::from_chars(days.data(), days.data() + days.size(), n);
    if (!s.ok()) {
      d.AddSectionDictionary("ERROR")->SetValue("MESSAGE", "起算日期格式不正确，应形如 2026-09-28。");
      status = 400;
    } else if (ec != std::errc() || p != days.data() + days.size() || n < 1 || n > 200) {
      d.AddSectionDictionary("ERROR")->SetValue("MESSAGE", "工作日数应为 1 到 200 之间的整数。");
      status = 400;
    } else {
      Date end = cal.AddWorkingDays(*s, n, nullptr);
      auto* r = d.AddSectionDictionary("RESULT_ADD");
      r->SetValue("START", s->ToString());
      r->SetIntValue("N", n);
      r->SetValue("END", end.ToString());
      explain(*s, end);
    }
  } else if (!from.empty() || !to.empty()) {
    auto a = Date::Parse(from);
    auto b = Date::Parse(to);
    if (!a.ok() || !b.ok()) {
      d.AddSectionDictionary("ERROR")->SetValue("MESSAGE", "日期格式不正确，应形如 2026-09-28。");
      status = 400;
    } else if (b->DaysSinceEpoch() - a->DaysSinceEpoch() > 400 || *b < *a) {
      d.AddSectionDictionary("ERROR")->SetValue("MESSAGE", "结束日期应在开始日期之后，且相隔不超过 400 天。");
      status = 400;
    } else {
      auto* r = d.AddSectionDictionary("RESULT_BETWEEN");
      r->SetValue("FROM", a->ToString());
      r->SetValue("TO", b->ToString());
      r->SetIntValue("N", cal.WorkingDaysBetween(*a, *b, nullptr));
      explain(*a, *b);
    }
  }
  std::string years;
  for (int y : cal.Years()) years += (years.empty() ? "" : "、") + std::to_string(y);
  d.SetValue("YEARS", years);
  return ctx.PublicPage(page, "/tools/deadline", status);
}

}  // namespace

void RegisterPublicRoutes(web::Site& site) {
  site.Add("GET", "/apply", web::Public(), GetApply);
  // The most a valid application can carry: its files and a form's worth of text.
  site.Add("POST", "/apply", web::Public(), PostApply,
           {.upload = true, .max_body = kMaxFiles * static_cast<int64_t>(kMaxFileBytes) + (1 << 20)});
  site.Add("GET", "/apply/status", web::Public(), GetStatus);
  site.Add("POST", "/apply/status", web::Public(), PostStatus);
  site.Add("POST", "/apply/letter", web::Public(), PostLetter);
  site.Add("GET", "/tools/deadline", web::Public(), GetDeadline);
}

}  // namespace gk::applications
