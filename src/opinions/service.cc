#include "opinions/service.h"

#include <soci/soci.h>

#include "access/scope.h"
#include "auth/audit.h"
#include "auth/store.h"
#include "common/china_time.h"
#include "common/strings.h"
#include "http/forms.h"

namespace gk::opinions {
namespace {

auth::AuditEntry Entry(int64_t agency_id, int64_t id, const std::string& action, const std::string& summary) {
  return auth::ObjectEntry("opinion", agency_id, id, action, summary);
}

// "2026-12-20T09:30" in China time; 0 with an error when not such a time or
// later than `now`.
int64_t ReadPast(const std::string& field, const std::string& typed, const char* label, int64_t now,
                 FieldErrors* errors) {
  const std::string t = Trim(typed);
  if (t.empty()) {
    errors->Add(field, std::string("请填写") + label);
    return 0;
  }
  auto at = ParseChinaDateTime(t);
  if (!at) {
    errors->Add(field, std::string(label) + "应为“年-月-日 时:分”，如 2026-12-20 09:30");
    return 0;
  }
  if (*at > now + 60) errors->Add(field, std::string(label) + "不能晚于现在");
  return *at;
}

// The responsible department, if any, is one of the agency's.
void CheckDepartment(soci::session& sql, const Opinion& o, FieldErrors* errors) {
  if (o.department_id == 0) return;
  auto d = auth::store::FindDepartment(sql, o.department_id);
  if (!d || d->agency_id != o.agency_id) errors->Add("department_id", "请选择本机构的处室");
}

}  // namespace

OpinionService::OpinionService(std::shared_ptr<storage::Database> db, const Clock& clock)
    : db_(std::move(db)), clock_(clock) {}

void OpinionService::Parse(const OpinionForm& form, Opinion* o, FieldErrors* errors) const {
  o->agency_id = form.agency_id;
  o->title = Trim(form.title);
  http::CheckText("title", o->title, "舆情标题", 200, true, errors);
  o->source = Trim(form.source);
  http::CheckText("source", o->source, "来源", 100, true, errors);
  o->source_link = Trim(form.source_link);
  http::CheckText("source_link", o->source_link, "来源链接", 500, false, errors);
  if (!ParseLevel(Trim(form.level), &o->level)) errors->Add("level", "请选择一般或重大");
  o->found_at = ReadPast("found_at", form.found_at, "发现时间", clock_.Now(), errors);
  o->due_at = DueAt(o->level, o->found_at);
  o->summary = Trim(form.summary);
  http::CheckText("summary", o->summary, "舆情概要", 5000, true, errors);
  o->department_id = form.department_id;
  o->assessment = Trim(form.assessment);
  http::CheckText("assessment", o->assessment, "研判意见", 5000, false, errors);
}

Result<int64_t> OpinionService::Create(const access::Actor& actor, const access::User& user, const OpinionForm& form,
                                       FieldErrors* errors) {
  Opinion o;
  Parse(form, &o, errors);
  o.state = State::kOpen;
  o.created_at = o.updated_at = clock_.Now();
  int64_t id = 0;
  Status s = db_->Transact([&](soci::session& sql) {
    if (!auth::store::FindAgency(sql, o.agency_id)) errors->Add("agency_id", "请选择机构");
    CheckDepartment(sql, o, errors);
    if (!errors->empty()) return errors->ToStatus();
    if (Status may = access::RequireIn(sql, user, access::Permission::kManageOpinions, o.agency_id); !may.ok())
      return may;
    id = store::InsertOpinion(sql, o);
    auth::WriteAudit(sql, actor, o.created_at,
                     Entry(o.agency_id, id, "opinion.create",
                           std::string("登记舆情（") + LevelLabel(o.level) + "）：" + o.title + "，" +
                               FormatChinaTime(o.due_at, "%Y-%m-%d %H:%M") + " 前回应"));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return id;
}

Status OpinionService::Change(const access::Actor& actor, const access::User& user, int64_t id, const char* action,
                              const std::function<Status(soci::session&, Opinion&, std::string*)>& apply) {
  const int64_t now = clock_.Now();
  return db_->Transact([&](soci::session& sql) {
    auto o = store::FindOpinion(sql, id);
    if (!o) return Status::NotFound("该舆情不存在");
    if (Status may = access::RequireIn(sql, user, access::Permission::kManageOpinions, o->agency_id); !may.ok())
      return may;
    std::string summary;
    if (Status a = apply(sql, *o, &summary); !a.ok()) return a;
    o->updated_at = now;
    store::UpdateOpinion(sql, *o);
    auth::WriteAudit(sql, actor, now, Entry(o->agency_id, o->id, std::string("opinion.") + action, summary));
    return Status::Ok();
  });
}

Status OpinionService::Update(const access::Actor& actor, const access::User& user, int64_t id, const OpinionForm& form,
                              FieldErrors* errors) {
  Opinion typed;
  Parse(form, &typed, errors);
  if (!errors->empty()) return errors->ToStatus();
  return Change(actor, user, id, "edit", [&](soci::session& sql, Opinion& o, std::string* summary) {
    if (o.state == State::kClosed) return Status::Conflict("该舆情已办结，不能修改");
    typed.agency_id = o.agency_id;
    CheckDepartment(sql, typed, errors);
    if (!errors->empty()) return errors->ToStatus();
    o.department_id = typed.department_id;
    o.title = typed.title;
    o.source = typed.source;
    o.source_link = typed.source_link;
    o.level = typed.level;
    o.found_at = typed.found_at;
    o.due_at = typed.due_at;
    o.summary = typed.summary;
    o.assessment = typed.assessment;
    *summary = "修改舆情：" + o.title;
    return Status::Ok();
  });
}

Status OpinionService::Respond(const access::Actor& actor, const access::User& user, int64_t id,
                               const ResponseForm& form, FieldErrors* errors) {
  *errors = FieldErrors();
  Response r;
  r.at = ReadPast("at", form.at, "回应时间", clock_.Now(), errors);
  if (!ParseChannel(Trim(form.channel), &r.channel)) errors->Add("channel", "请选择回应方式");
  r.content = Trim(form.content);
  http::CheckText("content", r.content, "回应内容", 5000, true, errors);
  r.link = Trim(form.link);
  http::CheckText("link", r.link, "发布地址", 500, false, errors);
  r.by = user.display_name.empty() ? user.username : user.display_name;
  if (!errors->empty()) return errors->ToStatus();
  const int64_t now = clock_.Now();
  return Change(actor, user, id, "respond", [&](soci::session& sql, Opinion& o, std::string* summary) {
    if (o.state == State::kClosed) return Status::Conflict("该舆情已办结");
    if (r.at < o.found_at) errors->Add("at", "回应时间不能早于发现时间");
    // Not an address: the 索引号 of a published item of the agency (a 回应关切 item).
    if (!r.link.empty() && r.link.rfind("http://", 0) != 0 && r.link.rfind("https://", 0) != 0) {
      auto title = item_lookup_ ? item_lookup_(o.agency_id, r.link) : std::nullopt;
      if (!title)
        errors->Add("link", "发布地址应为网址，或本机构已发布信息的索引号（没有索引号为 " + r.link + " 的已发布信息）");
      else r.link_title = *title;
    }
    if (!errors->empty()) return errors->ToStatus();
    store::InsertResponse(sql, o.id, r, now);
    if (o.first_response_at == 0 || r.at < o.first_response_at) o.first_response_at = r.at;
    o.state = State::kResponded;
    *summary = std::string("回应舆情（") + ChannelLabel(r.channel) + "，" + FormatChinaTime(r.at, "%Y-%m-%d %H:%M") +
               "）：" + o.title;
    return Status::Ok();
  });
}

Status OpinionService::Close(const access::Actor& actor, const access::User& user, int64_t id, const std::string& note,
                             FieldErrors* errors) {
  *errors = FieldErrors();
  const std::string text = Trim(note);
  http::CheckText("note", text, "办结说明", 2000, true, errors);
  if (!errors->empty()) return errors->ToStatus();
  return Change(actor, user, id, "close", [&](soci::session&, Opinion& o, std::string* summary) {
    if (o.state != State::kResponded) return Status::Conflict("回应后才能办结");
    o.state = State::kClosed;
    o.closing_note = text;
    *summary = "舆情办结：" + o.title;
    return Status::Ok();
  });
}

Result<Opinion> OpinionService::Get(int64_t id) {
  std::optional<Opinion> o;
  Status s = db_->Read([&](soci::session& sql) {
    o = store::FindOpinion(sql, id);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  if (!o) return Status::NotFound("该舆情不存在");
  return *o;
}

Result<store::OpinionPage> OpinionService::List(const store::OpinionFilter& f) {
  store::OpinionPage page;
  Status s = db_->Read([&](soci::session& sql) {
    page = store::ListOpinions(sql, f);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return page;
}

}  // namespace gk::opinions
