#include "decisions/service.h"

#include <soci/soci.h>

#include <algorithm>

#include "access/scope.h"
#include "auth/audit.h"
#include "common/china_time.h"
#include "common/strings.h"
#include "http/forms.h"

namespace gk::decisions {
namespace {

constexpr size_t kMaxReason = 500;

auth::AuditEntry Entry(int64_t agency_id, int64_t id, const std::string& action, const std::string& summary) {
  return auth::ObjectEntry("major_decision", agency_id, id, action, summary);
}

// A date typed in the form: none when blank; `ok` false when not a date.
std::optional<Date> FormDate(const std::string& text, bool* ok) {
  const std::string t = Trim(text);
  *ok = true;
  if (t.empty()) return std::nullopt;
  auto d = DateOf(t);
  if (!d || d->year() < 2000 || d->year() > 2100) *ok = false;
  return d;
}

}  // namespace

DecisionService::DecisionService(std::shared_ptr<storage::Database> db, const Clock& clock)
    : db_(std::move(db)), clock_(clock) {}

Date DecisionService::Today() const { return ChinaToday(clock_); }

void DecisionService::Parse(const DecisionForm& form, int64_t agency_id, MajorDecision* d, FieldErrors* errors) const {
  const std::string year = Trim(form.year);
  const int y =
      year.size() == 4 && std::all_of(year.begin(), year.end(), [](char ch) { return ch >= '0' && ch <= '9'; })
          ? std::stoi(year)
          : 0;
  if (y < 2000 || y > 2100) errors->Add("year", "请填写年度，如 " + std::to_string(Today().year()));
  d->year = y;
  d->title = Trim(form.title);
  http::CheckText("title", d->title, "决策事项名称", 200, true, errors);
  d->summary = Trim(form.summary);
  http::CheckText("summary", d->summary, "事项简介", 2000, false, errors);
  d->owner = Trim(form.owner);
  http::CheckText("owner", d->owner, "承办单位", 100, true, errors);
  for (size_t i = 0; i < kStages; ++i) {
    const Stage s = AllStages()[i];
    bool ok_planned = true, ok_done = true;
    d->stages[i].planned = FormDate(form.planned[i], &ok_planned);
    d->stages[i].done = FormDate(form.done[i], &ok_done);
    if (!ok_planned || !ok_done)
      errors->Add(std::string("stage_") + StageCode(s),
                  std::string(StageLabel(s)) + "的时间应为日期，如 " + Today().ToString());
  }
  CheckStages(*d, Today(), errors);
  const std::string c = Trim(form.consultation_id);
  d->consultation_id = 0;
  if (!c.empty()) {
    const int64_t id = c.size() <= 12 && std::all_of(c.begin(), c.end(), [](char ch) { return ch >= '0' && ch <= '9'; })
                           ? std::stoll(c)
                           : 0;
    auto found = id > 0 && consultations_ ? consultations_(id) : std::nullopt;
    if (!found || found->agency_id != agency_id)
      errors->Add("consultation_id", "没有本机构编号为“" + c + "”的意见征集");
    else d->consultation_id = id;
  }
  d->result_index_no = Trim(form.result_index_no);
  if (!d->result_index_no.empty() && !(items_ && items_(d->result_index_no)))
    errors->Add("result_index_no", "没有索引号为“" + d->result_index_no + "”的已发布信息");
}

Result<int64_t> DecisionService::Create(const access::Actor& actor, const access::User& user, const DecisionForm& form,
                                        FieldErrors* errors) {
  *errors = FieldErrors();
  MajorDecision d;
  d.agency_id = form.agency_id;
  Parse(form, form.agency_id, &d, errors);
  d.created_at = d.updated_at = clock_.Now();
  Status s = db_->Transact([&](soci::session& sql) {
    if (d.agency_id <= 0 || !access::AllowsFor(user, access::Permission::kManageDecisions, d.agency_id,
                                               access::AgencyAncestors(sql, d.agency_id)))
      errors->Add("agency_id", std::string("您没有该机构“") +
                                   access::PermissionLabel(access::Permission::kManageDecisions) + "”的权限");
    if (!errors->empty()) return Status::Invalid("事项信息有误");
    d.id = store::InsertDecision(sql, d);
    auth::WriteAudit(sql, actor, d.created_at,
                     Entry(d.agency_id, d.id, "major_decision.create",
                           "新增重大行政决策事项“" + d.title + "”（" + std::to_string(d.year) + " 年，草稿）"));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return d.id;
}

Status DecisionService::Transition(const access::Actor& actor, const access::User& user, int64_t id, Action action,
                                   const std::function<Status(MajorDecision&, std::string*)>& apply) {
  MajorDecision changed;
  const int64_t now = clock_.Now();
  Status s = db_->Transact([&](soci::session& sql) {
    auto d = store::FindDecision(sql, id);
    if (!d) return Status::NotFound("该事项不存在");
    std::vector<int64_t> ancestors;
    if (Status may = access::RequireIn(sql, user, ActionPermission(action), d->agency_id, &ancestors); !may.ok())
      return may;
    if (auto refusals = Refusals(action, *d, user, ancestors); !refusals.empty())
      return Status::Conflict(Join(refusals, "；"));
    const State was = d->state;
    std::string summary;
    if (Status a = apply(*d, &summary); !a.ok()) return a;
    d->state = NextState(action, was);
    d->updated_at = now;
    if (!store::UpdateDecision(sql, *d, was)) return Status::Conflict("该事项刚被他人修改，请刷新后重试");
    auth::WriteAudit(sql, actor, now,
                     Entry(d->agency_id, d->id, std::string("major_decision.") + ActionCode(action), summary));
    changed = *d;
    return Status::Ok();
  });
  if (s.ok() && changed.state != State::kDraft)
    gk::Announce(changes_, {ChangeKind::kDecision, changed.agency_id, changed.id});
  return s;
}

Status DecisionService::Update(const access::Actor& actor, const access::User& user, int64_t id,
                               const DecisionForm& form, FieldErrors* errors) {
  *errors = FieldErrors();
  auto current = Get(id);
  if (!current.ok()) return current.status();
  MajorDecision parsed;
  Parse(form, current->agency_id, &parsed, errors);
  if (!errors->empty()) return Status::Invalid("事项信息有误");
  return Transition(actor, user, id, Action::kEdit, [&](MajorDecision& d, std::string* summary) {
    for (auto f :
         {&MajorDecision::title, &MajorDecision::summary, &MajorDecision::owner, &MajorDecision::result_index_no})
      d.*f = parsed.*f;
    d.year = parsed.year;
    d.stages = parsed.stages;
    d.consultation_id = parsed.consultation_id;
    *summary = "修改重大行政决策事项“" + d.title + "”（" + ProgressLabel(d) + "）";
    return Status::Ok();
  });
}

Status DecisionService::Publish(const access::Actor& actor, const access::User& user, int64_t id) {
  const Date today = Today();
  return Transition(actor, user, id, Action::kPublish, [&](MajorDecision& d, std::string* summary) {
    d.published_on = today;
    *summary = "公开重大行政决策事项“" + d.title + "”";
    return Status::Ok();
  });
}

Status DecisionService::Withdraw(const access::Actor& actor, const access::User& user, int64_t id,
                                 const std::string& reason, FieldErrors* errors) {
  *errors = FieldErrors();
  const std::string text = Trim(reason);
  http::CheckText("reason", text, "撤回原因", kMaxReason, true, errors);
  if (!errors->empty()) return Status::Invalid("撤回原因有误");
  const int64_t now = clock_.Now();
  return Transition(actor, user, id, Action::kWithdraw, [&](MajorDecision& d, std::string* summary) {
    d.withdraw_reason = text;
    d.withdrawn_at = now;
    *summary = "撤回重大行政决策事项“" + d.title + "”：" + text;
    return Status::Ok();
  });
}

Result<MajorDecision> DecisionService::Get(int64_t id) {
  std::optional<MajorDecision> d;
  Status s = db_->Read([&](soci::session& sql) {
    d = store::FindDecision(sql, id);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  if (!d) return Status::NotFound("该事项不存在");
  return *d;
}

Result<store::DecisionPage> DecisionService::List(const store::DecisionFilter& f) {
  store::DecisionPage page;
  Status s = db_->Read([&](soci::session& sql) {
    page = store::ListDecisions(sql, f);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return page;
}

Result<std::vector<int>> DecisionService::Years(bool public_only, const std::vector<int64_t>* agency_ids) {
  std::vector<int> out;
  Status s = db_->Read([&](soci::session& sql) {
    out = store::Years(sql, public_only, agency_ids);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

std::string DecisionService::ConsultationTitle(int64_t id) const {
  if (id == 0 || !consultations_) return "";
  auto c = consultations_(id);
  return c ? c->title : "";
}

std::string DecisionService::ItemTitle(const std::string& index_no) const {
  if (index_no.empty() || !items_) return "";
  return items_(index_no).value_or("");
}

std::vector<Action> DecisionService::Allowed(const MajorDecision& d, const access::Scope& scope) const {
  std::vector<Action> out;
  for (Action a : {Action::kEdit, Action::kPublish, Action::kWithdraw})
    if (StateAllows(a, d.state) && scope.Allows(ActionPermission(a), d.agency_id)) out.push_back(a);
  return out;
}

}  // namespace gk::decisions
