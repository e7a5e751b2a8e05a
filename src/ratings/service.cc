#include "ratings/service.h"

#include <soci/soci.h>

#include "access/scope.h"
#include "auth/audit.h"
#include "auth/store.h"
#include "common/china_time.h"
#include "common/secrets.h"
#include "common/strings.h"
#include "http/forms.h"
#include "text/personal_info.h"

namespace gk::ratings {
namespace {

constexpr size_t kMaxComment = 500;  // characters
constexpr size_t kMaxNote = 2000;
// Bad ratings listed one by one in a month's report (the rest are counted).
constexpr int kReportBadRows = 500;

// Checks a text field: valid UTF-8, not longer than `max`, present when required.
void CheckService(const RatedService& s, FieldErrors* errors) {
  http::CheckText("name", s.name, "事项名称", 100, true, errors);
  http::CheckText("department", s.department, "承办处室", 100, false, errors);
}

}  // namespace

RatingService::RatingService(std::shared_ptr<storage::Database> db, const Clock& clock, const WorkCalendar& calendar,
                             RatingSettings settings)
    : db_(std::move(db)), clock_(clock), calendar_(calendar), settings_(settings) {}

Date RatingService::Today() const { return ChinaToday(clock_); }

Result<int64_t> RatingService::AddService(const access::Actor& actor, const access::User& user, const RatedService& s,
                                          FieldErrors* errors) {
  *errors = FieldErrors();
  RatedService clean = s;
  clean.name = Trim(s.name);
  clean.department = Trim(s.department);
  CheckService(clean, errors);
  int64_t id = 0;
  const int64_t now = clock_.Now();
  Status st = db_->Transact([&](soci::session& sql) {
    if (!access::AllowsFor(user, access::Permission::kManageRatings, clean.agency_id,
                           access::AgencyAncestors(sql, clean.agency_id)))
      errors->Add("agency_id", "您没有该机构“管理评价事项和申诉”的权限");
    if (!errors->empty()) return Status::Invalid("评价事项有误");
    id = store::InsertService(sql, clean, now);
    auth::WriteAudit(sql, actor, now,
                     auth::ObjectEntry("rating_service", clean.agency_id, id, "rating_service.create",
                                       "新增评价事项“" + clean.name + "”"));
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return id;
}

Status RatingService::UpdateService(const access::Actor& actor, const access::User& user, const RatedService& s,
                                    FieldErrors* errors) {
  *errors = FieldErrors();
  RatedService clean = s;
  clean.name = Trim(s.name);
  clean.department = Trim(s.department);
  CheckService(clean, errors);
  if (!errors->empty()) return Status::Invalid("评价事项有误");
  const int64_t now = clock_.Now();
  return db_->Transact([&](soci::session& sql) {
    auto old = store::FindService(sql, s.id);
    if (!old) return Status::NotFound("该评价事项不存在");
    if (Status may = access::RequireIn(sql, user, access::Permission::kManageRatings, old->agency_id); !may.ok())
      return may;
    clean.agency_id = old->agency_id;
    store::UpdateService(sql, clean, now);
    auth::WriteAudit(sql, actor, now,
                     auth::ObjectEntry("rating_service", clean.agency_id, clean.id, "rating_service.update",
                                       "修改评价事项“" + clean.name + "”" + (clean.active ? "" : "（停用）")));
    return Status::Ok();
  });
}

Result<std::vector<RatedService>> RatingService::Services(const std::vector<int64_t>* agency_ids, bool active_only) {
  std::vector<RatedService> out;
  Status s = db_->Read([&](soci::session& sql) {
    out = store::ListServices(sql, agency_ids, active_only);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

void RatingService::Prepare(const RatingForm& form, Rating* out, FieldErrors* errors) const {
  Rating& r = *out;
  r.subject_kind = form.kind;
  const std::string level = Trim(form.level);
  if (level.size() == 1 && level[0] >= '1' && level[0] <= '5') r.level = level[0] - '0';
  else errors->Add("level", "请选择评价等级（非常满意至非常不满意）");
  if (!ParseChannel(Trim(form.channel), &r.channel)) errors->Add("channel", "请选择评价渠道");
  r.comment = Trim(form.comment);
  http::CheckText("comment", r.comment, "评价内容", kMaxComment, false, errors);
  if (errors->Get("level").empty() && errors->Get("comment").empty() && IsBad(r.level) && r.comment.empty())
    errors->Add("comment", "给出不满意评价时，请写明原因，以便回访和整改");
  r.contact = Trim(form.contact);
  http::CheckText("contact", r.contact, "联系方式", 50, false, errors);
  // An application or a message, by its number and code.
  auto by_code = [&](const std::string& number, const std::string& code, const SubjectLookup& lookup,
                     const char* field, const char* missing, const char* wrong) {
    std::optional<RatedSubject> subject;
    if (Trim(number).empty() || Trim(code).empty()) errors->Add(field, missing);
    else if (lookup) subject = lookup(Trim(number), Trim(code));
    if (errors->Get(field).empty() && !subject) errors->Add(field, wrong);
    if (subject) {
      r.agency_id = subject->agency_id;
      r.subject_ref = Trim(number);
      r.subject_label = subject->label;
      r.department = subject->department;
    }
  };
  if (form.kind == SubjectKind::kApplication)
    by_code(form.application_number, form.application_code, applications_, "application_number",
            "请填写申请编号和查询码", "申请编号或查询码不正确，或该申请尚未办结");
  if (form.kind == SubjectKind::kMessage)
    by_code(form.message_number, form.message_code, messages_, "message_number", "请填写留言编号和查询码",
            "留言编号或查询码不正确，或该留言尚未答复");
}

void RatingService::ResolveService(soci::session& sql, const RatingForm& form, Rating* r, FieldErrors* errors) const {
  if (form.kind != SubjectKind::kService) return;
  auto service = store::FindService(sql, form.service_id);
  if (!service || !service->active) {
    errors->Add("service_id", "请选择评价的服务事项");
    return;
  }
  r->service_id = service->id;
  r->agency_id = service->agency_id;
  r->subject_label = service->name;
  r->department = service->department;
}

Status RatingService::Check(const RatingForm& form, FieldErrors* errors) {
  Rating r;
  Prepare(form, &r, errors);
  Status s = db_->Read([&](soci::session& sql) {
    ResolveService(sql, form, &r, errors);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return errors->empty() ? Status::Ok() : Status::Invalid("评价信息有误");
}

Result<Submitted> RatingService::Submit(const access::Actor& actor, const RatingForm& form, FieldErrors* errors) {
  *errors = FieldErrors();
  Rating r;
  Prepare(form, &r, errors);  // outside the transaction: it may look up an application
  r.rated_on = Today();
  r.created_at = r.updated_at = clock_.Now();
  r.state = IsBad(r.level) ? RatingState::kOpen : RatingState::kClosed;
  if (r.state == RatingState::kClosed) r.closed_on = r.rated_on;
  ScheduleFollowUp(&r, calendar_, settings_);
  // The public pages read only the masked comment: a phone number or an ID
  // number written into it is never shown.
  r.public_comment = text::MaskPersonalInfo(r.comment);
  Submitted out;
  out.code = NewPersonCode();
  out.bad = IsBad(r.level);
  Status s = db_->Transact([&](soci::session& sql) {
    ResolveService(sql, form, &r, errors);
    if (!errors->empty()) return Status::Invalid("评价信息有误");
    r.id = store::InsertRating(sql, r, HashToken(out.code));
    auth::WriteAudit(sql, actor, r.created_at,
                     auth::ObjectEntry("rating", r.agency_id, r.id, "rating.create",
                                       std::string("收到评价：") + r.subject_label + "，" + LevelLabel(r.level)));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  out.id = r.id;
  gk::Announce(changes_, {ChangeKind::kRating, r.agency_id, r.id});
  return out;
}

Result<Rating> RatingService::Lookup(int64_t id, const std::string& code) {
  const Status not_found = Status::NotFound("评价编号或查询码不正确");
  std::string hash;
  std::optional<Rating> r;
  Status s = db_->Read([&](soci::session& sql) {
    r = store::FindRating(sql, id, &hash);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  // Compared in constant time; a missing rating costs the same hash.
  const std::string want = HashToken(NormalizePersonCode(code));
  if (!r || !SecretEquals(hash, want)) return not_found;
  return *r;
}

Status RatingService::Apply(const access::Actor& actor, int64_t id, RatingAction action, const std::string& summary,
                            const std::function<Status(soci::session&, Rating&)>& check) {
  Rating changed;
  const int64_t now = clock_.Now();
  Status s = db_->Transact([&](soci::session& sql) {
    auto r = store::FindRating(sql, id);
    if (!r) return Status::NotFound("该评价不存在");
    const RatingState was = r->state;
    if (Status c = check(sql, *r); !c.ok()) return c;
    r->state = NextState(action, was);
    r->updated_at = now;
    if (!store::UpdateRating(sql, *r, was)) return Status::Conflict("该评价刚被他人处理，请刷新后重试");
    auth::WriteAudit(
        sql, actor, now,
        auth::ObjectEntry("rating", r->agency_id, r->id, std::string("rating.") + RatingActionCode(action), summary));
    changed = *r;
    return Status::Ok();
  });
  if (s.ok()) gk::Announce(changes_, {ChangeKind::kRating, changed.agency_id, changed.id});
  return s;
}

Status RatingService::Act(const access::Actor& actor, const access::User& user, int64_t id, RatingAction action,
                          const std::string& note, const std::string& response, FieldErrors* errors) {
  *errors = FieldErrors();
  const std::string text = Trim(note);
  static const char* kNoteLabels[] = {"回访情况", "整改情况", "评价人意见", "申诉理由", "申诉处理意见", "申诉处理意见"};
  const char* label = kNoteLabels[static_cast<int>(action)];
  http::CheckText("note", text, label, kMaxNote, action != RatingAction::kRespond, errors);
  if (action == RatingAction::kRespond && response != "satisfied" && response != "unsatisfied")
    errors->Add("response", "请选择评价人对整改的意见（满意或不满意）");
  if (!errors->empty()) return Status::Invalid("信息有误");
  const Date today = Today();
  return Apply(
      actor, id, action, std::string(RatingActionLabel(action)) + "：" + text, [&](soci::session& sql, Rating& r) {
        std::vector<int64_t> ancestors;
        if (Status may = access::RequireIn(sql, user, ActionPermission(action), r.agency_id, &ancestors); !may.ok())
          return may;
        if (auto refusals = Refusals(action, r, user, ancestors); !refusals.empty())
          return Status::Conflict(Join(refusals, "；"));
        switch (action) {
          case RatingAction::kVisit:
            r.visited_on = today, r.visit_note = text;
            break;
          case RatingAction::kRectify:
            r.rectified_on = today, r.rectify_note = text;
            break;
          case RatingAction::kRespond:
            r.closed_on = today, r.response = response, r.response_note = text;
            break;
          case RatingAction::kAppeal:
            r.appeal_reason = text;
            break;
          case RatingAction::kAcceptAppeal:
          case RatingAction::kRejectAppeal:
            r.appeal_decision = text;
            if (action == RatingAction::kAcceptAppeal) r.closed_on = today;
            break;
        }
        return Status::Ok();
      });
}

Status RatingService::RaterRespond(const access::Actor& actor, int64_t id, const std::string& code,
                                   const std::string& response, const std::string& note, FieldErrors* errors) {
  *errors = FieldErrors();
  auto mine = Lookup(id, code);
  if (!mine.ok()) return mine.status();
  const std::string text = Trim(note);
  http::CheckText("note", text, "意见", kMaxComment, false, errors);
  if (response != "satisfied" && response != "unsatisfied") errors->Add("response", "请选择您对整改结果是否满意");
  if (!errors->empty()) return Status::Invalid("信息有误");
  const Date today = Today();
  return Apply(actor, id, RatingAction::kRespond, std::string("评价人对整改") + ResponseLabel(response),
               [&](soci::session&, Rating& r) {
                 if (r.state != RatingState::kRectified)
                   return Status::Conflict(std::string("该评价当前为“") + RatingStateLabel(r.state) +
                                           "”，整改完成后才能反馈意见");
                 r.closed_on = today, r.response = response, r.response_note = text;
                 return Status::Ok();
               });
}

Result<Rating> RatingService::Get(int64_t id) {
  std::optional<Rating> r;
  Status s = db_->Read([&](soci::session& sql) {
    r = store::FindRating(sql, id);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  if (!r) return Status::NotFound("该评价不存在");
  return *r;
}

Result<store::RatingPage> RatingService::List(const store::RatingFilter& f) {
  store::RatingPage page;
  Status s = db_->Read([&](soci::session& sql) {
    page = store::ListRatings(sql, f);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return page;
}

Result<int64_t> RatingService::Overdue(const std::vector<int64_t>* agency_ids) {
  int64_t n = 0;
  Status s = db_->Read([&](soci::session& sql) {
    n = store::CountOverdue(sql, agency_ids, Today().ToString());
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return n;
}

Result<MonthStats> RatingService::Stats(const std::string& month, const std::vector<int64_t>* agency_ids) {
  std::vector<Rating> rows;
  Status s = db_->Read([&](soci::session& sql) {
    rows = store::MonthRatings(sql, month, agency_ids);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return Tally(rows);
}

Result<MonthReport> RatingService::Report(int64_t agency_id, const std::string& month) {
  if (!IsMonth(month)) return Status::Invalid("月份应为 YYYY-MM", "month");
  if (month >= RecentMonths(Today(), 1).front())
    return Status::Invalid("该月尚未结束，月末之后才能生成当月的情况", "month");
  MonthReport r;
  r.agency_id = agency_id;
  r.month = month;
  r.as_of = Today();
  r.settings = settings_;
  const std::vector<int64_t> agencies = {agency_id};
  Status s = db_->Read([&](soci::session& sql) {
    auto agency = auth::store::FindAgency(sql, agency_id);
    if (!agency) return Status::NotFound("机构不存在");
    r.agency_name = agency->name;
    r.stats = Tally(store::MonthRatings(sql, month, &agencies));
    store::RatingFilter f;
    f.agency_ids = &agencies;
    f.month = month;
    f.bad_only = true;
    f.counted_only = true;
    f.limit = kReportBadRows;
    auto page = store::ListRatings(sql, f);
    r.bad.assign(page.ratings.rbegin(), page.ratings.rend());  // oldest first
    r.bad_total = page.total;
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return r;
}

std::vector<RatingAction> RatingService::Allowed(const Rating& r, const access::Scope& scope) {
  std::vector<RatingAction> out;
  for (RatingAction a : AllRatingActions())
    if (StateAllows(a, r.state) && scope.Allows(ActionPermission(a), r.agency_id)) out.push_back(a);
  return out;
}

}  // namespace gk::ratings
