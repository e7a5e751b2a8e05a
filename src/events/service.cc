#include "events/service.h"

#include <soci/soci.h>

#include "access/scope.h"
#include "auth/audit.h"
#include "auth/store.h"
#include "common/china_time.h"
#include "common/secrets.h"
#include "common/strings.h"
#include "http/forms.h"

namespace gk::events {
namespace {

auth::AuditEntry Entry(int64_t agency_id, int64_t id, const std::string& action, const std::string& summary) {
  return auth::ObjectEntry("event", agency_id, id, action, summary);
}

// "2026-12-20T09:30" (a datetime-local field) in China time; none when blank;
// an error under `field` when not such a time.
int64_t ReadTime(const std::string& field, const std::string& typed, const char* label, bool required,
                 FieldErrors* errors) {
  const std::string t = Trim(typed);
  if (t.empty()) {
    if (required) errors->Add(field, std::string("请填写") + label);
    return 0;
  }
  auto at = ParseChinaDateTime(t);
  if (!at) errors->Add(field, std::string(label) + "应为“年-月-日 时:分”，如 2026-12-20 09:30");
  return at.value_or(0);
}

// A count typed into the form: 0 when blank; `message` under `field` when
// not a whole number in 0–100000.
int ReadCount(const std::string& field, const std::string& typed, const char* message, FieldErrors* errors) {
  const std::string t = Trim(typed);
  if (t.empty()) return 0;
  if (t.size() > 6 || t.find_first_not_of("0123456789") != std::string::npos || std::stol(t) > 100000) {
    errors->Add(field, message);
    return 0;
  }
  return static_cast<int>(std::stol(t));
}

}  // namespace

EventService::EventService(std::shared_ptr<storage::Database> db, const Clock& clock)
    : db_(std::move(db)), clock_(clock) {}

void EventService::Parse(const EventForm& form, Event* e, FieldErrors* errors) const {
  e->agency_id = form.agency_id;
  if (!ParseKind(Trim(form.kind), &e->kind)) errors->Add("kind", "请选择活动类型");
  e->title = Trim(form.title);
  http::CheckText("title", e->title, "活动名称", kMaxTitle, true, errors);
  e->description = Trim(form.description);
  http::CheckText("description", e->description, "活动简介", kMaxText, true, errors);
  e->place = Trim(form.place);
  http::CheckText("place", e->place, e->kind == Kind::kInterview ? "访谈网址或平台" : "活动地点", 200, true, errors);
  e->materials = Trim(form.materials);
  http::CheckText("materials", e->materials, "活动材料", kMaxText, false, errors);
  e->starts_at = ReadTime("starts_at", form.starts_at, "活动时间", true, errors);
  e->capacity = ReadCount("capacity", form.capacity, "名额应为 0 至 100000 的整数（0 表示无需报名）", errors);
  e->waitlist = ReadCount("waitlist", form.waitlist, "候补名额应为 0 至 100000 的整数（0 表示不设候补）", errors);
  e->registration_closes_at =
      ReadTime("registration_closes_at", form.registration_closes_at, "报名截止时间", false, errors);
  if (e->registration_closes_at == 0) e->registration_closes_at = e->starts_at;
  if (e->capacity > 0 && e->starts_at > 0 && e->registration_closes_at > e->starts_at)
    errors->Add("registration_closes_at", "报名截止时间不能晚于活动开始时间");
}

Result<int64_t> EventService::Create(const access::Actor& actor, const access::User& user, const EventForm& form,
                                     FieldErrors* errors) {
  Event e;
  Parse(form, &e, errors);
  e.state = State::kDraft;
  e.created_at = e.updated_at = clock_.Now();
  int64_t id = 0;
  Status s = db_->Transact([&](soci::session& sql) {
    if (!auth::store::FindAgency(sql, e.agency_id)) errors->Add("agency_id", "请选择举办机构");
    if (!errors->empty()) return errors->ToStatus();
    if (Status may = access::RequireIn(sql, user, access::Permission::kManageEvents, e.agency_id); !may.ok())
      return may;
    id = store::InsertEvent(sql, e);
    auth::WriteAudit(sql, actor, e.created_at,
                     Entry(e.agency_id, id, "event.create", std::string("新建") + KindLabel(e.kind) + "：" + e.title));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return id;
}

Status EventService::Transition(const access::Actor& actor, const access::User& user, int64_t id, Action action,
                                const std::function<Status(soci::session&, Event&, std::string*)>& apply) {
  Event changed;
  const int64_t now = clock_.Now();
  Status s = db_->Transact([&](soci::session& sql) {
    store::LockEvent(sql, id);
    auto e = store::FindEvent(sql, id);
    if (!e) return Status::NotFound("该活动不存在");
    std::vector<int64_t> ancestors;
    if (Status may = access::RequireIn(sql, user, ActionPermission(action), e->agency_id, &ancestors); !may.ok())
      return may;
    if (auto refusals = Refusals(action, *e, user, ancestors, now); !refusals.empty())
      return Status::Conflict(Join(refusals, "；"));
    const State was = e->state;
    std::string summary;
    if (Status a = apply(sql, *e, &summary); !a.ok()) return a;
    e->state = NextState(action, was);
    e->updated_at = now;
    store::UpdateEvent(sql, *e);
    auth::WriteAudit(sql, actor, now, Entry(e->agency_id, e->id, std::string("event.") + ActionCode(action), summary));
    changed = *e;
    return Status::Ok();
  });
  if (s.ok() && (changed.state != State::kDraft || action != Action::kEdit))
    gk::Announce(changes_, {ChangeKind::kEvent, changed.agency_id, changed.id});
  return s;
}

Status EventService::Update(const access::Actor& actor, const access::User& user, int64_t id, const EventForm& form,
                            FieldErrors* errors) {
  Event typed;
  Parse(form, &typed, errors);
  if (!errors->empty()) return errors->ToStatus();
  const int64_t now = clock_.Now();
  return Transition(actor, user, id, Action::kEdit, [&](soci::session& sql, Event& e, std::string* summary) {
    if (e.state == State::kPublished) {
      if (typed.kind != e.kind) errors->Add("kind", "活动已发布，不能改变类型");
      if (typed.capacity < e.confirmed)
        errors->Add("capacity", "名额不能少于已确认的 " + std::to_string(e.confirmed) + " 人");
      // A hearing keeps its notice: at least 7 days from the day it went public.
      if (e.kind == Kind::kHearing && e.published_on &&
          ChinaDate(typed.starts_at).DaysSinceEpoch() - e.published_on->DaysSinceEpoch() < kHearingNoticeDays)
        errors->Add("starts_at", "听证会须在材料公布 7 日后召开（《重大行政决策程序暂行条例》第十六条）");
      if (e.kind == Kind::kHearing && typed.materials.empty()) errors->Add("materials", "听证会须公布听证材料");
      if (typed.starts_at <= now) errors->Add("starts_at", "已发布的活动不能改到已过去的时间");
    }
    if (!errors->empty()) return errors->ToStatus();
    e.kind = typed.kind;
    e.title = typed.title;
    e.description = typed.description;
    e.place = typed.place;
    e.starts_at = typed.starts_at;
    e.registration_closes_at = typed.registration_closes_at;
    e.capacity = typed.capacity;
    e.waitlist = typed.waitlist;
    e.materials = typed.materials;
    if (e.state == State::kPublished) Promote(sql, e, now);
    *summary = std::string("修改") + KindLabel(e.kind) + "：" + e.title;
    return Status::Ok();
  });
}

Status EventService::Publish(const access::Actor& actor, const access::User& user, int64_t id) {
  const Date today = ChinaDate(clock_.Now());
  return Transition(actor, user, id, Action::kPublish, [&](soci::session&, Event& e, std::string* summary) {
    e.published_on = today;
    *summary = std::string("发布") + KindLabel(e.kind) + "：" + e.title + "（" +
               FormatChinaTime(e.starts_at, "%Y-%m-%d %H:%M") + " 举行）";
    return Status::Ok();
  });
}

Status EventService::Cancel(const access::Actor& actor, const access::User& user, int64_t id, const std::string& reason,
                            FieldErrors* errors) {
  *errors = FieldErrors();
  const std::string text = Trim(reason);
  http::CheckText("reason", text, "取消原因", 500, true, errors);
  if (!errors->empty()) return errors->ToStatus();
  return Transition(actor, user, id, Action::kCancel, [&](soci::session&, Event& e, std::string* summary) {
    e.cancel_reason = text;
    *summary = std::string("取消") + KindLabel(e.kind) + "“" + e.title + "”：" + text;
    return Status::Ok();
  });
}

Status EventService::PublishParticipants(const access::Actor& actor, const access::User& user, int64_t id) {
  return Transition(actor, user, id, Action::kParticipants, [&](soci::session&, Event& e, std::string* summary) {
    e.participants_public = true;
    *summary = "公布参加人名单（" + std::to_string(e.confirmed) + " 人）：" + e.title;
    return Status::Ok();
  });
}

Status EventService::Summarise(const access::Actor& actor, const access::User& user, int64_t id,
                               const std::string& summary_text, FieldErrors* errors) {
  *errors = FieldErrors();
  const std::string text = Trim(summary_text);
  http::CheckText("summary", text, "活动综述", kMaxText, true, errors);
  if (!errors->empty()) return errors->ToStatus();
  return Transition(actor, user, id, Action::kSummarise, [&](soci::session&, Event& e, std::string* summary) {
    *summary = std::string(e.summary.empty() ? "发布活动综述：" : "修改活动综述：") + e.title;
    e.summary = text;
    return Status::Ok();
  });
}

void EventService::ParseRegistration(const RegistrationForm& form, Registration* r, FieldErrors* errors) const {
  r->name = Trim(form.name);
  http::CheckText("name", r->name, "姓名", 50, true, errors);
  r->affiliation = Trim(form.affiliation);
  http::CheckText("affiliation", r->affiliation, "单位或身份", 100, true, errors);
  r->contact = Trim(form.contact);
  http::CheckText("contact", r->contact, "联系方式", 100, true, errors);
  r->note = Trim(form.note);
  http::CheckText("note", r->note, "备注", 500, false, errors);
}

Status EventService::CheckRegistration(int64_t event_id, const RegistrationForm& form, FieldErrors* errors) {
  Registration r;
  ParseRegistration(form, &r, errors);
  auto e = Get(event_id);
  if (!e.ok()) return e.status();
  if (!RegistrationOpen(e.value(), clock_.Now())) errors->Add("name", "该活动目前不接受报名");
  else if (!PlaceFor(e.value())) errors->Add("name", "名额和候补名额均已报满，无法报名");
  return errors->empty() ? Status::Ok() : Status::Invalid("报名有误");
}

Result<Registered> EventService::Register(const access::Actor& actor, int64_t event_id, const RegistrationForm& form,
                                          FieldErrors* errors) {
  Registration r;
  ParseRegistration(form, &r, errors);
  if (!errors->empty()) return errors->ToStatus();
  const int64_t now = clock_.Now();
  Registered out;
  out.code = NewPersonCode();
  Event changed;
  Status s = db_->Transact([&](soci::session& sql) {
    store::LockEvent(sql, event_id);
    auto e = store::FindEvent(sql, event_id);
    if (!e) return Status::NotFound("该活动不存在");
    if (!RegistrationOpen(*e, now)) {
      errors->Add("name", "该活动目前不接受报名");
      return errors->ToStatus();
    }
    if (store::AlreadyRegistered(sql, event_id, r.name, r.contact)) {
      errors->Add("name", "您已报名该活动，可凭报名编号和查询码查看");
      return errors->ToStatus();
    }
    auto place = PlaceFor(*e);
    if (!place) {
      errors->Add("name", "名额和候补名额均已报满，无法报名");
      return errors->ToStatus();
    }
    r.event_id = event_id;
    r.state = *place;
    r.created_at = r.updated_at = now;
    out.id = store::InsertRegistration(sql, r, HashToken(out.code));
    out.state = r.state;
    store::Recount(sql, *e);
    out.position = r.state == RegState::kWaiting ? e->waiting : 0;
    auth::WriteAudit(sql, actor, now,
                     Entry(e->agency_id, e->id, "event.register",
                           std::string("报名“") + e->title + "”：" + RegStateLabel(r.state) + "（报名编号 " +
                               std::to_string(out.id) + "）"));
    changed = *e;
    return Status::Ok();
  });
  if (!s.ok()) return s;
  gk::Announce(changes_, {ChangeKind::kEvent, changed.agency_id, changed.id});
  return out;
}

Result<std::pair<Registration, Event>> EventService::Lookup(int64_t registration_id, const std::string& code) {
  std::string hash;
  std::optional<Registration> r;
  std::optional<Event> e;
  Status s = db_->Read([&](soci::session& sql) {
    r = store::FindRegistration(sql, registration_id, &hash);
    if (r) e = store::FindEvent(sql, r->event_id);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  if (!r || !e || !SecretEquals(hash, HashToken(NormalizePersonCode(code))))
    return Status::NotFound("报名编号或查询码不正确");
  return std::make_pair(*r, *e);
}

void EventService::Promote(soci::session& sql, Event& e, int64_t now) {
  store::Recount(sql, e);
  while (e.confirmed < e.capacity) {
    auto next = store::FirstWaiting(sql, e.id);
    if (!next) break;
    store::SetRegistrationState(sql, next->id, RegState::kConfirmed, now);
    store::Recount(sql, e);
  }
}

Status EventService::CancelRegistration(const access::Actor& actor, int64_t registration_id, const std::string& code) {
  auto found = Lookup(registration_id, code);
  if (!found.ok()) return found.status();
  const int64_t now = clock_.Now();
  Event changed;
  Status s = db_->Transact([&](soci::session& sql) {
    store::LockEvent(sql, found->second.id);
    auto r = store::FindRegistration(sql, registration_id);
    auto e = store::FindEvent(sql, found->second.id);
    if (!r || !e) return Status::NotFound("报名编号或查询码不正确");
    if (r->state == RegState::kCancelled) return Status::Conflict("该报名已取消");
    if (e->state != State::kPublished || e->starts_at <= now)
      return Status::Conflict("活动已开始或已结束，不能取消报名");
    store::SetRegistrationState(sql, r->id, RegState::kCancelled, now);
    Promote(sql, *e, now);
    e->updated_at = now;
    auth::WriteAudit(sql, actor, now,
                     Entry(e->agency_id, e->id, "event.unregister",
                           "取消报名（报名编号 " + std::to_string(r->id) + "）：" + e->title));
    changed = *e;
    return Status::Ok();
  });
  if (s.ok()) gk::Announce(changes_, {ChangeKind::kEvent, changed.agency_id, changed.id});
  return s;
}

Result<int64_t> EventService::WaitingPosition(const Registration& r) {
  if (r.state != RegState::kWaiting) return int64_t{0};
  auto all = Registrations(r.event_id, false);
  if (!all.ok()) return all.status();
  int64_t n = 0;
  for (const auto& other : all.value()) {
    if (other.state == RegState::kWaiting) ++n;
    if (other.id == r.id) break;
  }
  return n;
}

Result<Event> EventService::Get(int64_t id) {
  std::optional<Event> e;
  Status s = db_->Read([&](soci::session& sql) {
    e = store::FindEvent(sql, id);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  if (!e) return Status::NotFound("该活动不存在");
  return *e;
}

Result<store::EventPage> EventService::List(const store::EventFilter& f) {
  store::EventPage page;
  Status s = db_->Read([&](soci::session& sql) {
    page = store::ListEvents(sql, f);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return page;
}

Result<std::vector<Registration>> EventService::Registrations(int64_t event_id, bool with_cancelled) {
  std::vector<Registration> out;
  Status s = db_->Read([&](soci::session& sql) {
    out = store::Registrations(sql, event_id, with_cancelled);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

std::vector<Action> EventService::Allowed(const Event& e, const access::Scope& scope) const {
  std::vector<Action> out;
  for (Action a : AllActions())
    if (StateAllows(a, e.state) && scope.Allows(ActionPermission(a), e.agency_id)) out.push_back(a);
  return out;
}

}  // namespace gk::events
