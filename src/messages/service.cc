#include "messages/service.h"

#include <soci/soci.h>

#include "access/scope.h"
#include "auth/audit.h"
#include "auth/content_rules.h"
#include "auth/store.h"
#include "common/china_time.h"
#include "common/secrets.h"
#include "common/strings.h"
#include "http/forms.h"
#include "text/personal_info.h"

namespace gk::messages {
namespace {

constexpr size_t kMaxAnswer = 5000;
constexpr size_t kMaxReason = 500;

auth::AuditEntry Entry(int64_t agency_id, int64_t id, const std::string& action, const std::string& summary) {
  return auth::ObjectEntry("message", agency_id, id, action, summary);
}

}  // namespace

MessageService::MessageService(std::shared_ptr<storage::Database> db, const Clock& clock, const WorkCalendar& calendar,
                               MessageSettings settings)
    : db_(std::move(db)), clock_(clock), calendar_(calendar), settings_(settings) {}

Date MessageService::Today() const { return ChinaToday(clock_); }

void MessageService::Parse(const MessageForm& form, Message* m, FieldErrors* errors) const {
  m->agency_id = form.agency_id;
  if (!ParseCategory(Trim(form.category), &m->category)) errors->Add("category", "请选择留言类别");
  m->title = Trim(form.title);
  http::CheckText("title", m->title, "标题", kMaxTitle, true, errors);
  m->body = Trim(form.body);
  http::CheckText("body", m->body, "留言内容", kMaxBody, true, errors);
  m->asker_name = Trim(form.name);
  http::CheckText("name", m->asker_name, "姓名", 50, true, errors);
  m->contact = Trim(form.contact);
  http::CheckText("contact", m->contact, "联系方式", 100, true, errors);
  m->wants_private = form.wants_private;
}

Status MessageService::Check(const MessageForm& form, FieldErrors* errors) {
  Message m;
  Parse(form, &m, errors);
  bool agency = false;
  Status s = db_->Read([&](soci::session& sql) {
    agency = form.agency_id > 0 && auth::store::FindAgency(sql, form.agency_id).has_value();
    return Status::Ok();
  });
  if (!s.ok()) return s;
  if (!agency) errors->Add("agency_id", "请选择留言的机构");
  return errors->empty() ? Status::Ok() : Status::Invalid("留言有误");
}

Result<Asked> MessageService::Submit(const access::Actor& actor, const MessageForm& form, FieldErrors* errors) {
  *errors = FieldErrors();
  if (Status c = Check(form, errors); !c.ok()) return c;
  Message m;
  Parse(form, &m, errors);
  m.public_body = text::MaskPersonalInfo(m.body);
  m.received_on = Today();
  m.due_on = DueOn(m.received_on, calendar_, settings_.answer_days);
  m.created_at = m.updated_at = clock_.Now();
  Asked out;
  out.code = NewPersonCode();
  out.due_on = m.due_on;
  Status s = db_->Transact([&](soci::session& sql) {
    out.id = store::InsertMessage(sql, m, HashToken(out.code));
    auth::WriteAudit(sql, actor, m.created_at,
                     Entry(m.agency_id, out.id, "message.create",
                           std::string("收到留言（") + CategoryLabel(m.category) + "）“" + m.title + "”，" +
                               m.due_on.ToString() + " 前答复"));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

Result<Message> MessageService::Lookup(int64_t id, const std::string& code) {
  std::string hash;
  std::optional<Message> m;
  Status s = db_->Read([&](soci::session& sql) {
    m = store::FindMessage(sql, id, &hash);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  const std::string want = HashToken(NormalizePersonCode(code));
  if (!m || !SecretEquals(hash, want)) return Status::NotFound("留言编号或查询码不正确");
  return *m;
}

Status MessageService::Transition(const access::Actor& actor, const access::User& user, int64_t id, Action action,
                                  const std::function<Status(soci::session&, Message&, std::string*)>& apply) {
  Message changed;
  const int64_t now = clock_.Now();
  Status s = db_->Transact([&](soci::session& sql) {
    auto m = store::FindMessage(sql, id);
    if (!m) return Status::NotFound("该留言不存在");
    std::vector<int64_t> ancestors;
    if (Status may = access::RequireIn(sql, user, ActionPermission(action), m->agency_id, &ancestors); !may.ok())
      return may;
    if (auto refusals = Refusals(action, *m, user, ancestors); !refusals.empty())
      return Status::Conflict(Join(refusals, "；"));
    const State was = m->state;
    std::string summary;
    if (Status a = apply(sql, *m, &summary); !a.ok()) return a;
    m->state = NextState(action, was);
    m->updated_at = now;
    if (!store::UpdateMessage(sql, *m, was)) return Status::Conflict("该留言刚被他人处理，请刷新后重试");
    auth::WriteAudit(sql, actor, now,
                     Entry(m->agency_id, m->id, std::string("message.") + ActionCode(action), summary));
    changed = *m;
    return Status::Ok();
  });
  if (s.ok() && (action == Action::kPublish || action == Action::kWithhold))
    gk::Announce(changes_, {ChangeKind::kMessage, changed.agency_id, changed.id});
  return s;
}

Status MessageService::Assign(const access::Actor& actor, const access::User& user, int64_t id, int64_t department_id,
                              FieldErrors* errors) {
  *errors = FieldErrors();
  return Transition(actor, user, id, Action::kAssign, [&](soci::session& sql, Message& m, std::string* summary) {
    auto dept = department_id > 0 ? auth::store::FindDepartment(sql, department_id) : std::nullopt;
    if (!dept || dept->agency_id != m.agency_id) {
      errors->Add("department_id", "请选择本机构的承办处室");
      return Status::Invalid("承办处室有误");
    }
    m.department_id = dept->id;
    m.department = dept->name;
    *summary = "留言“" + m.title + "”分办至" + dept->name;
    return Status::Ok();
  });
}

Status MessageService::Answer(const access::Actor& actor, const access::User& user, int64_t id,
                              const std::string& answer, FieldErrors* errors) {
  *errors = FieldErrors();
  const std::string text = Trim(answer);
  http::CheckText("answer", text, "答复内容", kMaxAnswer, true, errors);
  if (!errors->empty()) return Status::Invalid("答复有误");
  const Date today = Today();
  return Transition(actor, user, id, Action::kAnswer, [&](soci::session&, Message& m, std::string* summary) {
    *summary = std::string(m.state == State::kAnswered ? "修改答复：" : "答复留言：") + m.title;
    m.answer = text;
    m.answered_on = today;
    return Status::Ok();
  });
}

namespace {

// The fields of a message that go public, as the public will see them.
std::vector<text::FieldFinding> CheckMessage(const Message& m, const std::vector<text::WordingRule>& wording,
                                             Date today) {
  text::CheckOptions options;
  options.wording = wording;
  options.today = today;
  return text::CheckFields({{"title", "标题", m.title}, {"public_body", "留言内容（公开文本）", m.public_body},
                            {"answer", "答复内容", m.answer}},
                           options);
}

}  // namespace

Result<std::vector<text::FieldFinding>> MessageService::CheckContent(const Message& m) {
  std::vector<text::WordingRule> wording;
  Status s = db_->Read([&](soci::session& sql) {
    wording = auth::LoadWordingRules(sql);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return CheckMessage(m, wording, Today());
}

Status MessageService::FixContent(const access::Actor& actor, const access::User& user, int64_t id,
                                  const std::string& field, size_t start, size_t end, const std::string& text) {
  if (field != "answer" && field != "public_body") return Status::Invalid("该处不能一键替换");
  const Date today = Today();
  return Transition(actor, user, id, Action::kAnswer, [&](soci::session& sql, Message& m, std::string* summary) {
    if (m.state != State::kAnswered) return Status::Conflict("只有已答复、尚未公开的留言可以一键替换");
    for (const auto& f : CheckMessage(m, auth::LoadWordingRules(sql), today)) {
      if (f.field != field || f.finding.start != start || f.finding.end != end || f.finding.text != text ||
          f.finding.suggestion.empty())
        continue;
      std::string& value = field == "answer" ? m.answer : m.public_body;
      value = text::ApplySuggestion(value, f.finding);
      *summary = "内容检查一键替换（" + f.label + "）：“" + f.finding.text + "”→“" + f.finding.suggestion + "”：" + m.title;
      return Status::Ok();
    }
    return Status::Conflict("内容已变化，该处问题已不存在或无法自动替换，请刷新后查看");
  });
}

Status MessageService::Publish(const access::Actor& actor, const access::User& user, int64_t id,
                               const std::string& content_reason, FieldErrors* errors) {
  FieldErrors ignored;
  if (!errors) errors = &ignored;
  *errors = FieldErrors();
  const Date today = Today();
  const std::string reason = Trim(content_reason);
  const int64_t now = clock_.Now();
  return Transition(actor, user, id, Action::kPublish, [&](soci::session& sql, Message& m, std::string* summary) {
    const auto blocking = text::BlockingLines(CheckMessage(m, auth::LoadWordingRules(sql), today));
    if (!blocking.empty() && reason.empty()) {
      errors->Add("content_reason", "内容检查发现 " + std::to_string(blocking.size()) + " 处个人信息或涉密标识（" +
                                        Join(blocking, "；") + "）。请修改答复或不予公开；确需公开的，请填写理由");
      return errors->ToStatus();
    }
    if (!blocking.empty())
      auth::WriteAudit(sql, actor, now,
                       Entry(m.agency_id, m.id, "message.content_override",
                             "内容检查发现问题，记录理由后公开：" + m.title + "（" + Join(blocking, "；") +
                                 "；理由：" + reason + "）"));
    m.published_on = today;
    *summary = "公开留言及答复：" + m.title;
    return Status::Ok();
  });
}

Status MessageService::Withhold(const access::Actor& actor, const access::User& user, int64_t id,
                                const std::string& reason, FieldErrors* errors) {
  *errors = FieldErrors();
  const std::string text = Trim(reason);
  http::CheckText("reason", text, "不予公开的理由", kMaxReason, true, errors);
  if (!errors->empty()) return Status::Invalid("理由有误");
  return Transition(actor, user, id, Action::kWithhold, [&](soci::session&, Message& m, std::string* summary) {
    m.withhold_reason = text;
    *summary = "留言“" + m.title + "”不予公开：" + text;
    return Status::Ok();
  });
}

Status MessageService::Rate(int64_t id, const std::string& satisfaction) {
  Satisfaction s;
  if (!ParseSatisfaction(satisfaction, &s)) return Status::Invalid("请选择满意、基本满意或不满意", "satisfaction");
  bool done = false;
  Status st = db_->Transact([&](soci::session& sql) {
    done = store::AddSatisfaction(sql, id, s);
    return Status::Ok();
  });
  if (!st.ok()) return st;
  if (!done) return Status::NotFound("该留言未公开");
  gk::Announce(changes_, {ChangeKind::kMessage, 0, id});
  return Status::Ok();
}

Result<Message> MessageService::Get(int64_t id) {
  std::optional<Message> m;
  Status s = db_->Read([&](soci::session& sql) {
    m = store::FindMessage(sql, id);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  if (!m) return Status::NotFound("该留言不存在");
  return *m;
}

Result<store::MessagePage> MessageService::List(const store::MessageFilter& f) {
  store::MessagePage page;
  Status s = db_->Read([&](soci::session& sql) {
    page = store::ListMessages(sql, f);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return page;
}

Result<Attention> MessageService::Attend(const std::vector<int64_t>* agency_ids) {
  Attention a;
  const Date today = Today();
  Status s = db_->Read([&](soci::session& sql) {
    store::MessageFilter f;
    f.agency_ids = agency_ids;
    f.overdue_on = today.ToString();
    a.overdue = store::CountMessages(sql, f);
    f.overdue_on.clear();
    // Received on or before the day kWarnMonths months ago.
    f.received_by = AddMonths(today, -kWarnMonths).ToString();
    a.near_breach = store::CountMessages(sql, f);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return a;
}

std::vector<Action> MessageService::Allowed(const Message& m, const access::Scope& scope) const {
  std::vector<Action> out;
  for (Action a : AllActions()) {
    if (!StateAllows(a, m.state) || !scope.Allows(ActionPermission(a), m.agency_id)) continue;
    if (a == Action::kPublish && m.wants_private) continue;
    out.push_back(a);
  }
  return out;
}

}  // namespace gk::messages
