#include "proposals/service.h"

#include <soci/soci.h>

#include "access/scope.h"
#include "auth/audit.h"
#include "auth/store.h"
#include "common/china_time.h"
#include "common/strings.h"
#include "http/forms.h"

namespace gk::proposals {
namespace {

auth::AuditEntry Entry(int64_t agency_id, int64_t id, const std::string& action, const std::string& summary) {
  return auth::ObjectEntry("proposal", agency_id, id, action, summary);
}

// A date as typed: none when blank, else a real day in 2000–2100.
std::optional<Date> ReadDate(const std::string& field, const std::string& typed, const char* label, bool required,
                             FieldErrors* errors) {
  const std::string t = Trim(typed);
  if (t.empty()) {
    if (required) errors->Add(field, std::string("请填写") + label);
    return std::nullopt;
  }
  auto d = Date::Parse(t);
  if (!d.ok() || d->year() < 2000 || d->year() > 2100) {
    errors->Add(field, std::string(label) + "应为“年-月-日”，如 2026-03-15");
    return std::nullopt;
  }
  return d.value();
}

}  // namespace

ProposalService::ProposalService(std::shared_ptr<storage::Database> db, const Clock& clock)
    : db_(std::move(db)), clock_(clock) {}

Date ProposalService::Today() const { return ChinaToday(clock_); }

void ProposalService::Parse(const ProposalForm& form, Proposal* p, FieldErrors* errors) const {
  p->agency_id = form.agency_id;
  const std::string year = Trim(form.year);
  p->year = 0;
  if (year.size() == 4 && year.find_first_not_of("0123456789") == std::string::npos) p->year = std::stoi(year);
  if (p->year < 2000 || p->year > 2100) errors->Add("year", "请填写年度，如 2026");
  if (!ParseKind(Trim(form.kind), &p->kind)) errors->Add("kind", "请选择人大代表建议或政协委员提案");
  p->number = Trim(form.number);
  http::CheckText("number", p->number, "建议（提案）号", 30, true, errors);
  p->title = Trim(form.title);
  http::CheckText("title", p->title, "标题", kMaxTitle, true, errors);
  p->proposer = Trim(form.proposer);
  http::CheckText("proposer", p->proposer, "领衔代表（委员）", 200, true, errors);
  if (!ParseRole(Trim(form.role), &p->role)) errors->Add("role", "请选择主办或协办");
  p->summary = Trim(form.summary);
  http::CheckText("summary", p->summary, "内容摘要", 5000, false, errors);
  if (auto d = ReadDate("assigned_on", form.assigned_on, "交办日期", true, errors)) {
    p->assigned_on = *d;
    p->due_on = DueOn(*d);
  }
}

Result<int64_t> ProposalService::Create(const access::Actor& actor, const access::User& user, const ProposalForm& form,
                                        FieldErrors* errors) {
  Proposal p;
  Parse(form, &p, errors);
  p.state = State::kHandling;
  p.created_at = p.updated_at = clock_.Now();
  int64_t id = 0;
  Status s = db_->Transact([&](soci::session& sql) {
    if (!auth::store::FindAgency(sql, p.agency_id)) errors->Add("agency_id", "请选择承办机构");
    if (errors->Get("number").empty() && p.year && store::NumberTaken(sql, p))
      errors->Add("number", std::string("本机构 ") + std::to_string(p.year) + " 年已有" + KindLabel(p.kind) + "“" +
                                p.number + "”");
    if (!errors->empty()) return errors->ToStatus();
    if (Status may = access::RequireIn(sql, user, access::Permission::kManageProposals, p.agency_id); !may.ok())
      return may;
    id = store::InsertProposal(sql, p);
    auth::WriteAudit(sql, actor, p.created_at,
                     Entry(p.agency_id, id, "proposal.create",
                           std::string("登记") + KindLabel(p.kind) + p.number + "“" + p.title + "”，" +
                               p.due_on.ToString() + " 前答复"));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return id;
}

Status ProposalService::Transition(const access::Actor& actor, const access::User& user, int64_t id, Action action,
                                   const std::function<Status(soci::session&, Proposal&, std::string*)>& apply) {
  Proposal changed;
  const int64_t now = clock_.Now();
  Status s = db_->Transact([&](soci::session& sql) {
    auto p = store::FindProposal(sql, id);
    if (!p) return Status::NotFound("该建议提案不存在");
    std::vector<int64_t> ancestors;
    if (Status may = access::RequireIn(sql, user, ActionPermission(action), p->agency_id, &ancestors); !may.ok())
      return may;
    if (auto refusals = Refusals(action, *p, user, ancestors); !refusals.empty())
      return Status::Conflict(Join(refusals, "；"));
    const State was = p->state;
    std::string summary;
    if (Status a = apply(sql, *p, &summary); !a.ok()) return a;
    p->state = NextState(action, was);
    p->updated_at = now;
    if (!store::UpdateProposal(sql, *p, was)) return Status::Conflict("该建议提案刚被他人处理，请刷新后重试");
    auth::WriteAudit(sql, actor, now,
                     Entry(p->agency_id, p->id, std::string("proposal.") + ActionCode(action), summary));
    changed = *p;
    return Status::Ok();
  });
  if (s.ok() && (changed.state == State::kPublished || action == Action::kWithhold))
    gk::Announce(changes_, {ChangeKind::kProposal, changed.agency_id, changed.id});
  return s;
}

Status ProposalService::Update(const access::Actor& actor, const access::User& user, int64_t id,
                               const ProposalForm& form, FieldErrors* errors) {
  Proposal typed;
  Parse(form, &typed, errors);
  if (!errors->empty()) return errors->ToStatus();
  return Transition(actor, user, id, Action::kEdit, [&](soci::session& sql, Proposal& p, std::string* summary) {
    typed.id = p.id;
    typed.agency_id = p.agency_id;
    if (store::NumberTaken(sql, typed)) {
      errors->Add("number", std::string("本机构 ") + std::to_string(typed.year) + " 年已有" + KindLabel(typed.kind) +
                                "“" + typed.number + "”");
      return errors->ToStatus();
    }
    p.year = typed.year;
    p.kind = typed.kind;
    p.number = typed.number;
    p.title = typed.title;
    p.proposer = typed.proposer;
    p.role = typed.role;
    p.summary = typed.summary;
    p.assigned_on = typed.assigned_on;
    p.due_on = typed.due_on;
    *summary = std::string("修改") + KindLabel(p.kind) + p.number + "“" + p.title + "”";
    return Status::Ok();
  });
}

Status ProposalService::Reply(const access::Actor& actor, const access::User& user, int64_t id, const ReplyForm& form,
                              FieldErrors* errors) {
  *errors = FieldErrors();
  Outcome result = Outcome::kSolved;
  if (!ParseOutcome(Trim(form.result), &result)) errors->Add("result", "请选择办理结果（A、B 或 C 类）");
  const std::string reply = Trim(form.reply);
  http::CheckText("reply", reply, "复文", kMaxText, true, errors);
  const std::string public_summary = Trim(form.public_summary);
  http::CheckText("public_summary", public_summary, "公开的办理结果", 5000, false, errors);
  auto replied_on = ReadDate("replied_on", form.replied_on, "答复日期", false, errors);
  const Date today = Today();
  if (replied_on && *replied_on > today) errors->Add("replied_on", "答复日期不能晚于今天");
  if (!errors->empty()) return errors->ToStatus();
  return Transition(actor, user, id, Action::kReply, [&](soci::session&, Proposal& p, std::string* summary) {
    if (replied_on && *replied_on < p.assigned_on) {
      errors->Add("replied_on", "答复日期不能早于交办日期");
      return errors->ToStatus();
    }
    *summary = std::string(p.state == State::kReplied ? "修改答复：" : "答复：") + KindLabel(p.kind) + p.number + "（" +
               OutcomeCode(result) + " 类）";
    p.result = result;
    p.reply = reply;
    p.public_summary = public_summary;
    p.reply_public = form.reply_public;
    p.replied_on = replied_on.value_or(today);
    return Status::Ok();
  });
}

Status ProposalService::Publish(const access::Actor& actor, const access::User& user, int64_t id) {
  const Date today = Today();
  return Transition(actor, user, id, Action::kPublish, [&](soci::session&, Proposal& p, std::string* summary) {
    if (!p.published_on) p.published_on = today;
    p.withhold_reason.clear();
    *summary = std::string("公开办理结果") + (p.reply_public ? "和复文全文" : "") + "：" + KindLabel(p.kind) + p.number;
    return Status::Ok();
  });
}

Status ProposalService::Withhold(const access::Actor& actor, const access::User& user, int64_t id,
                                 const std::string& reason, FieldErrors* errors) {
  *errors = FieldErrors();
  const std::string text = Trim(reason);
  http::CheckText("reason", text, "不公开的理由", 500, true, errors);
  if (!errors->empty()) return errors->ToStatus();
  return Transition(actor, user, id, Action::kWithhold, [&](soci::session&, Proposal& p, std::string* summary) {
    p.withhold_reason = text;
    *summary = std::string("不公开：") + KindLabel(p.kind) + p.number + "（" + text + "）";
    return Status::Ok();
  });
}

Result<Proposal> ProposalService::Get(int64_t id) {
  std::optional<Proposal> p;
  Status s = db_->Read([&](soci::session& sql) {
    p = store::FindProposal(sql, id);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  if (!p) return Status::NotFound("该建议提案不存在");
  return *p;
}

Result<store::ProposalPage> ProposalService::List(const store::ProposalFilter& f) {
  store::ProposalPage page;
  Status s = db_->Read([&](soci::session& sql) {
    page = store::ListProposals(sql, f);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return page;
}

Result<YearFigures> ProposalService::Figures(const std::vector<int64_t>* agency_ids, int year) {
  YearFigures y;
  const Date today = Today();
  Status s = db_->Read([&](soci::session& sql) {
    y = store::Figures(sql, agency_ids, year, today);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return y;
}

Result<std::vector<int>> ProposalService::Years(const std::vector<int64_t>* agency_ids) {
  std::vector<int> out;
  Status s = db_->Read([&](soci::session& sql) {
    out = store::Years(sql, agency_ids);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

Result<int64_t> ProposalService::OverdueCount(const std::vector<int64_t>* agency_ids) {
  store::ProposalFilter f;
  f.agency_ids = agency_ids;
  f.overdue_on = Today().ToString();
  f.limit = 1;
  auto page = List(f);
  if (!page.ok()) return page.status();
  return page->total;
}

std::vector<Action> ProposalService::Allowed(const Proposal& p, const access::Scope& scope) const {
  std::vector<Action> out;
  for (Action a : AllActions())
    if (StateAllows(a, p.state) && scope.Allows(ActionPermission(a), p.agency_id)) out.push_back(a);
  return out;
}

}  // namespace gk::proposals
