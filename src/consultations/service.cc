#include "consultations/service.h"

#include <soci/soci.h>

#include <algorithm>

#include "access/scope.h"
#include "auth/audit.h"
#include "common/china_time.h"
#include "common/secrets.h"
#include "common/strings.h"
#include "http/forms.h"
#include "text/personal_info.h"

namespace gk::consultations {
namespace {

constexpr size_t kMaxTitle = 180;     // the report item adds "——意见采纳情况" within 200
constexpr size_t kMaxDraft = 200000;  // a long regulation with its annexes
constexpr size_t kMaxText = 20000;    // explanation, how to comment, the report
constexpr size_t kMaxReason = 500;
constexpr int kMaxArticles = 999;
constexpr int kReportReasons = 50;  // the reasons a report lists, most used first

auth::AuditEntry Entry(int64_t agency_id, int64_t id, const std::string& action, const std::string& summary) {
  return auth::ObjectEntry("consultation", agency_id, id, action, summary);
}

std::optional<Date> FormDate(const std::string& text) {
  const std::string t = Trim(text);
  return t.empty() ? std::nullopt : DateOf(t);
}

// A small non-negative number as typed ("" is 0); -1 when it is not one.
int SmallNumber(const std::string& text, int max) {
  const std::string t = Trim(text);
  if (t.empty()) return 0;
  if (t.size() > 4 || !std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; })) return -1;
  const int n = std::stoi(t);
  return n <= max ? n : -1;
}

}  // namespace

ConsultationService::ConsultationService(std::shared_ptr<storage::Database> db, const Clock& clock,
                                         ConsultationSettings settings)
    : db_(std::move(db)), clock_(clock), settings_(std::move(settings)) {}

Date ConsultationService::Today() const { return ChinaToday(clock_); }

void ConsultationService::Parse(const ConsultationForm& form, Consultation* c, FieldErrors* errors) const {
  c->title = Trim(form.title);
  http::CheckText("title", c->title, "标题", kMaxTitle, true, errors);
  c->draft_md = form.draft_md;
  http::CheckText("draft_md", c->draft_md, "征求意见稿", kMaxDraft, true, errors);
  c->explanation_md = form.explanation_md;
  http::CheckText("explanation_md", c->explanation_md, "起草说明", kMaxText, true, errors);
  c->how_to = Trim(form.how_to);
  http::CheckText("how_to", c->how_to, "其他反馈方式", kMaxText, false, errors);
  c->short_reason = Trim(form.short_reason);
  http::CheckText("short_reason", c->short_reason, "征集期不足 30 日的理由", kMaxReason, false, errors);
  const Date today = Today();
  auto opens = FormDate(form.opens_on), closes = FormDate(form.closes_on);
  if (!opens) errors->Add("opens_on", "请填写开始日期，如 " + today.ToString());
  if (!closes) errors->Add("closes_on", "请填写截止日期，如 " + today.AddDays(kMinPeriodDays - 1).ToString());
  if (opens && closes) {
    c->opens_on = *opens;
    c->closes_on = *closes;
    CheckPeriod(*opens, *closes, c->short_reason, errors);
  }
  c->articles = SmallNumber(form.articles, kMaxArticles);
  if (c->articles < 0) errors->Add("articles", "条款数应为 0 到 999 之间的整数（0 表示不按条款征集）");
  if (!ParseIdentity(Trim(form.identity), &c->identity)) errors->Add("identity", "请选择是否允许匿名发表意见");
  if (!ParseModeration(Trim(form.moderation), &c->moderation)) errors->Add("moderation", "请选择意见的公开方式");
}

Result<int64_t> ConsultationService::Create(const access::Actor& actor, const access::User& user,
                                            const ConsultationForm& form, FieldErrors* errors) {
  *errors = FieldErrors();
  Consultation c;
  Parse(form, &c, errors);
  c.agency_id = form.agency_id;
  c.created_by = actor.user_id;
  c.created_at = c.updated_at = clock_.Now();
  Status s = db_->Transact([&](soci::session& sql) {
    if (c.agency_id <= 0 || !access::AllowsFor(user, access::Permission::kManageConsultations, c.agency_id,
                                               access::AgencyAncestors(sql, c.agency_id)))
      errors->Add("agency_id", std::string("您没有该机构“") +
                                   access::PermissionLabel(access::Permission::kManageConsultations) + "”的权限");
    if (!errors->empty()) return Status::Invalid("征集信息有误");
    c.id = store::InsertConsultation(sql, c);
    auth::WriteAudit(sql, actor, c.created_at,
                     Entry(c.agency_id, c.id, "consultation.create", "新增意见征集“" + c.title + "”（草稿）"));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return c.id;
}

Status ConsultationService::Transition(
    const access::Actor& actor, const access::User& user, int64_t id, Action action,
    const std::function<Status(soci::session&, Consultation&, std::string*)>& apply) {
  Consultation changed;
  const int64_t now = clock_.Now();
  const Date today = Today();
  Status s = db_->Transact([&](soci::session& sql) {
    auto c = store::FindConsultation(sql, id);
    if (!c) return Status::NotFound("该意见征集不存在");
    std::vector<int64_t> ancestors;
    if (Status may = access::RequireIn(sql, user, ActionPermission(action), c->agency_id, &ancestors); !may.ok())
      return may;
    const int64_t undecided = action == Action::kPublishReport ? store::CountDecisions(sql, c->id).Undecided() : 0;
    if (auto refusals = Refusals(action, *c, user, ancestors, today, undecided); !refusals.empty())
      return Status::Conflict(Join(refusals, "；"));
    const State was = c->state;
    std::string summary;
    if (Status a = apply(sql, *c, &summary); !a.ok()) return a;
    c->state = NextState(action, was);
    c->updated_at = now;
    if (!store::UpdateConsultation(sql, *c, was)) return Status::Conflict("该意见征集刚被他人修改，请刷新后重试");
    auth::WriteAudit(sql, actor, now,
                     Entry(c->agency_id, c->id, std::string("consultation.") + ActionCode(action), summary));
    changed = *c;
    return Status::Ok();
  });
  if (s.ok() && changed.state != State::kDraft)
    gk::Announce(changes_, {ChangeKind::kConsultation, changed.agency_id, changed.id});
  return s;
}

Status ConsultationService::Update(const access::Actor& actor, const access::User& user, int64_t id,
                                   const ConsultationForm& form, FieldErrors* errors) {
  *errors = FieldErrors();
  Consultation parsed;
  Parse(form, &parsed, errors);
  if (!errors->empty()) return Status::Invalid("征集信息有误");
  return Transition(actor, user, id, Action::kEdit, [&](soci::session&, Consultation& c, std::string* summary) {
    for (auto f : {&Consultation::title, &Consultation::draft_md, &Consultation::explanation_md, &Consultation::how_to,
                   &Consultation::short_reason})
      c.*f = parsed.*f;
    c.opens_on = parsed.opens_on;
    c.closes_on = parsed.closes_on;
    c.articles = parsed.articles;
    c.identity = parsed.identity;
    c.moderation = parsed.moderation;
    *summary = "修改意见征集“" + c.title + "”";
    return Status::Ok();
  });
}

Status ConsultationService::Publish(const access::Actor& actor, const access::User& user, int64_t id,
                                    FieldErrors* errors) {
  *errors = FieldErrors();
  const Date today = Today();
  return Transition(actor, user, id, Action::kPublish, [&](soci::session&, Consultation& c, std::string* summary) {
    if (c.closes_on < today) {
      errors->Add("closes_on", "截止日期 " + c.closes_on.ToString() + " 已过，请先修改征集期");
      return Status::Invalid("征集期已过");
    }
    c.published_on = today;
    *summary = "发布意见征集“" + c.title + "”（" + c.opens_on.ToString() + " 至 " + c.closes_on.ToString() + "，" +
               std::to_string(PeriodDays(c.opens_on, c.closes_on)) + " 日）";
    return Status::Ok();
  });
}

Status ConsultationService::Withdraw(const access::Actor& actor, const access::User& user, int64_t id,
                                     const std::string& reason, FieldErrors* errors) {
  *errors = FieldErrors();
  const std::string text = Trim(reason);
  http::CheckText("reason", text, "撤回原因", kMaxReason, true, errors);
  if (!errors->empty()) return Status::Invalid("撤回原因有误");
  const int64_t now = clock_.Now();
  return Transition(actor, user, id, Action::kWithdraw, [&](soci::session&, Consultation& c, std::string* summary) {
    c.withdraw_reason = text;
    c.withdrawn_at = now;
    *summary = "撤回意见征集“" + c.title + "”：" + text;
    return Status::Ok();
  });
}

Status ConsultationService::AddFile(const access::Actor& actor, const access::User& user, int64_t id,
                                    const files::StoredFile& file) {
  const int64_t now = clock_.Now();
  return Transition(actor, user, id, Action::kEdit, [&](soci::session& sql, Consultation& c, std::string* summary) {
    if (c.files.size() >= kMaxFiles)
      return Status::Conflict("每个意见征集最多 " + std::to_string(kMaxFiles) + " 个附件");
    store::InsertFile(sql, {0, c.id, file.name, file.content_type, file.size, file.sha256, now});
    *summary = "意见征集“" + c.title + "”添加附件“" + file.name + "”";
    return Status::Ok();
  });
}

Status ConsultationService::RemoveFile(const access::Actor& actor, const access::User& user, int64_t id,
                                       int64_t file_id) {
  return Transition(actor, user, id, Action::kEdit, [&](soci::session& sql, Consultation& c, std::string* summary) {
    auto f = std::find_if(c.files.begin(), c.files.end(), [&](const ConsultationFile& x) { return x.id == file_id; });
    if (f == c.files.end() || !store::DeleteFile(sql, c.id, file_id)) return Status::NotFound("该附件不存在");
    *summary = "意见征集“" + c.title + "”删除附件“" + f->name + "”";
    return Status::Ok();
  });
}

void ConsultationService::ParseComment(const Consultation& c, const CommentForm& form, Comment* out,
                                       FieldErrors* errors) const {
  out->consultation_id = c.id;
  out->body = Trim(form.body);
  http::CheckText("body", out->body, "意见内容", kMaxCommentChars, true, errors);
  out->author_name = Trim(form.name);
  http::CheckText("name", out->author_name, "姓名", 50, c.identity == Identity::kNamed, errors);
  out->contact = Trim(form.contact);
  http::CheckText("contact", out->contact, "联系方式", 100, false, errors);
  out->article = SmallNumber(form.article, c.articles);
  if (out->article < 0) errors->Add("article", "请从列表中选择针对的条款");
}

Status ConsultationService::CheckComment(int64_t id, const CommentForm& form, FieldErrors* errors) {
  auto c = Get(id);
  if (!c.ok()) return c.status();
  Comment parsed;
  ParseComment(c.value(), form, &parsed, errors);
  return errors->empty() ? Status::Ok() : Status::Invalid("意见有误");
}

Result<Commented> ConsultationService::SubmitComment(const access::Actor& actor, int64_t id, const CommentForm& form,
                                                     FieldErrors* errors) {
  *errors = FieldErrors();
  Commented out;
  const int64_t now = clock_.Now();
  const Date today = Today();
  int64_t agency = 0;
  Status s = db_->Transact([&](soci::session& sql) {
    auto c = store::FindConsultation(sql, id);
    if (!c || c->state == State::kDraft) return Status::NotFound("该意见征集不存在");
    if (std::string why = WhyNoComments(*c, today); !why.empty()) return Status::Conflict(why);
    Comment m;
    ParseComment(*c, form, &m, errors);
    if (!errors->empty()) return Status::Invalid("意见有误");
    m.public_body = text::MaskPersonalInfo(m.body);
    m.held_for = c->moderation == Moderation::kScreen ? ScreenHit(m.body, settings_.screen_words) : "";
    m.state =
        c->moderation == Moderation::kScreen && m.held_for.empty() ? CommentState::kPublished : CommentState::kPending;
    m.created_at = m.updated_at = now;
    out.code = NewPersonCode();
    out.id = store::InsertComment(sql, m, HashToken(out.code));
    out.published = m.state == CommentState::kPublished;
    agency = c->agency_id;
    auth::WriteAudit(
        sql, actor, now,
        Entry(c->agency_id, c->id, "consultation.comment",
              "收到意见 " + std::to_string(out.id) + "（" + ArticleLabel(m.article) + "，" +
                  CommentStateLabel(m.state) + (m.held_for.empty() ? "" : "，命中“" + m.held_for + "”") + "）"));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  if (out.published) gk::Announce(changes_, {ChangeKind::kConsultation, agency, id});
  return out;
}

Result<Comment> ConsultationService::LookupComment(int64_t comment_id, const std::string& code) {
  std::string hash;
  std::optional<Comment> c;
  Status s = db_->Read([&](soci::session& sql) {
    c = store::FindComment(sql, comment_id, &hash);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  // Compared in constant time; a missing comment costs the same hash.
  const std::string want = HashToken(NormalizePersonCode(code));
  if (!c || !SecretEquals(hash, want)) return Status::NotFound("意见编号或查询码不正确");
  return *c;
}

Status ConsultationService::Moderate(const access::Actor& actor, const access::User& user, int64_t id,
                                     int64_t comment_id, bool publish, const std::string& reason, FieldErrors* errors) {
  *errors = FieldErrors();
  const std::string text = Trim(reason);
  if (!publish) http::CheckText("reason", text, "不予公开的理由", kMaxReason, true, errors);
  if (!errors->empty()) return Status::Invalid("理由有误");
  const int64_t now = clock_.Now();
  return Transition(actor, user, id, Action::kModerate, [&](soci::session& sql, Consultation& c, std::string* summary) {
    auto m = store::FindComment(sql, comment_id);
    if (!m || m->consultation_id != c.id) return Status::NotFound("该意见不存在");
    const CommentState to = publish ? CommentState::kPublished : CommentState::kHidden;
    store::SetCommentState(sql, c.id, comment_id, to, publish ? "" : text, now);
    *summary = "意见 " + std::to_string(comment_id) + (publish ? " 公开" : " 不予公开：" + text);
    return Status::Ok();
  });
}

Result<int64_t> ConsultationService::Decide(const access::Actor& actor, const access::User& user, int64_t id,
                                            const std::vector<int64_t>& comment_ids, const std::string& decision,
                                            const std::string& reason, FieldErrors* errors) {
  *errors = FieldErrors();
  Decision d = Decision::kNone;
  if (!ParseDecision(Trim(decision), &d) || d == Decision::kNone)
    errors->Add("decision", "请选择处理结果（采纳、部分采纳、未采纳或不属于征求范围）");
  const std::string text = Trim(reason);
  // A comment not (fully) adopted is answered with the reason (Art. 32).
  const bool needs_reason = d == Decision::kPartly || d == Decision::kNotAdopted || d == Decision::kOutOfScope;
  http::CheckText("reason", text, "理由", kMaxReason, needs_reason, errors);
  if (comment_ids.empty()) errors->Add("ids", "请勾选要处理的意见");
  if (comment_ids.size() > 1000) errors->Add("ids", "一次最多处理 1000 条意见");
  if (!errors->empty()) return Status::Invalid("处理信息有误");
  const int64_t now = clock_.Now();
  int64_t changed = 0;
  Status s =
      Transition(actor, user, id, Action::kDecide, [&](soci::session& sql, Consultation& c, std::string* summary) {
        changed = store::SetDecisions(sql, c.id, comment_ids, d, text, actor.user_id, now);
        if (changed != static_cast<int64_t>(comment_ids.size())) return Status::NotFound("所选意见不属于该征集");
        *summary = std::to_string(changed) + " 条意见：" + DecisionLabel(d) + (text.empty() ? "" : "（" + text + "）");
        return Status::Ok();
      });
  if (!s.ok()) return s;
  return changed;
}

Status ConsultationService::PublishReport(const access::Actor& actor, const access::User& user, int64_t id,
                                          const std::string& report_md, FieldErrors* errors) {
  *errors = FieldErrors();
  const std::string text = Trim(report_md);
  http::CheckText("report_md", text, "主要修改情况", kMaxText, true, errors);
  if (!errors->empty()) return Status::Invalid("采纳情况有误");
  const Date today = Today();
  return Transition(
      actor, user, id, Action::kPublishReport, [&](soci::session& sql, Consultation& c, std::string* summary) {
        *summary = std::string(c.report_published_on ? "更正" : "发布") + "“" + c.title + "”的意见采纳情况";
        c.report_md = text;
        if (!c.report_published_on) c.report_published_on = today;
        c.report_counts = store::CountDecisions(sql, c.id);
        c.report_reasons = store::ReasonCounts(sql, c.id, kReportReasons);
        return Status::Ok();
      });
}

Result<Consultation> ConsultationService::Get(int64_t id) {
  std::optional<Consultation> c;
  Status s = db_->Read([&](soci::session& sql) {
    c = store::FindConsultation(sql, id);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  if (!c) return Status::NotFound("该意见征集不存在");
  return *c;
}

Result<store::ConsultationPage> ConsultationService::List(const store::ConsultationFilter& f) {
  store::ConsultationPage page;
  Status s = db_->Read([&](soci::session& sql) {
    page = store::ListConsultations(sql, f);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return page;
}

Result<store::CommentPage> ConsultationService::Comments(const store::CommentFilter& f) {
  store::CommentPage page;
  Status s = db_->Read([&](soci::session& sql) {
    page = store::ListComments(sql, f);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return page;
}

Result<DecisionCounts> ConsultationService::Decisions(int64_t id) {
  DecisionCounts out;
  Status s = db_->Read([&](soci::session& sql) {
    out = store::CountDecisions(sql, id);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

Result<std::vector<DecisionReason>> ConsultationService::Reasons(int64_t id, int limit) {
  std::vector<DecisionReason> out;
  Status s = db_->Read([&](soci::session& sql) {
    out = store::ReasonCounts(sql, id, limit);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

Result<std::array<int64_t, 3>> ConsultationService::CommentStates(int64_t id) {
  std::array<int64_t, 3> out{};
  Status s = db_->Read([&](soci::session& sql) {
    out = store::CountStates(sql, id);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

Status ConsultationService::ForEachComment(int64_t id, const std::function<void(const Comment&)>& each) {
  return db_->Read([&](soci::session& sql) {
    store::ForEachComment(sql, id, each);
    return Status::Ok();
  });
}

Result<int64_t> ConsultationService::ReportsDue(const std::vector<int64_t>* agency_ids) {
  int64_t n = 0;
  const std::string before = Today().AddDays(-settings_.report_days).ToString();
  Status s = db_->Read([&](soci::session& sql) {
    n = store::CountReportsDue(sql, agency_ids, before);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return n;
}

std::vector<Action> ConsultationService::Allowed(const Consultation& c, const access::Scope& scope,
                                                 int64_t undecided) const {
  std::vector<Action> out;
  const Date today = Today();
  for (Action a : AllActions()) {
    if (!StateAllows(a, c.state) || !scope.Allows(ActionPermission(a), c.agency_id)) continue;
    if ((a == Action::kDecide || a == Action::kPublishReport) && PhaseOf(c, today) != Phase::kClosed) continue;
    if (a == Action::kPublishReport && undecided > 0) continue;
    out.push_back(a);
  }
  return out;
}

}  // namespace gk::consultations
