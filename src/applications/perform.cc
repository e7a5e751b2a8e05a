// ApplicationService::Perform: the one driver of the workflow's actions
// (see actions.h for the steps and the handlers' share).
#include <soci/soci.h>

#include "applications/actions.h"
#include "applications/service.h"
#include "common/china_time.h"
#include "common/strings.h"

namespace gk::applications {
namespace {

// The date a step happened: today unless given; never in the future and
// never before the application was received (or, before receipt, filed).
Date StepDate(const std::string& given, const Application& app, Date today, FieldErrors& err) {
  const std::string typed = Trim(given);
  if (typed.empty()) return today;
  auto d = Date::Parse(typed);
  if (!d.ok()) err.Add("on", "日期格式不正确（形如 2026-11-26）。");
  else if (*d > today) err.Add("on", "日期不能晚于今天。");
  else if (app.received_on && *d < *app.received_on)
    err.Add("on", "日期不能早于收到申请的日期（" + app.received_on->ToString() + "）。");
  else if (!app.received_on && *d < ChinaDate(app.submitted_at)) err.Add("on", "日期不能早于申请提交的日期。");
  else return *d;
  return today;
}

}  // namespace

Status ApplicationService::Perform(const access::Actor& actor, const access::User& user, int64_t id, Action action,
                                   const ActionInput& in, FieldErrors* errors) {
  FieldErrors local;
  FieldErrors& err = errors ? *errors : local;
  auto file = Get(id);
  if (!file.ok()) return file.status();
  auto facts = Facts(user, file->app);
  if (!facts.ok()) return facts.status();
  if (auto why = applications::Refusals(action, file->app, user, *facts); !why.empty())
    return Permitted(action, file->app, user, *facts) ? Status::Conflict(Join(why, "")) : Status::Denied(Join(why, ""));

  const Date today = Today();
  const Date on = StepDate(in.on, file->app, today, err);
  Step step{.before = *file,
            .in = in,
            .user = user,
            .today = today,
            .on = on,
            .at = clock_.Now(),
            .db = *db_,
            .calendar = calendar_,
            .options = options_,
            .letters = letters_,
            .app = file->app,
            .event = {},
            .errors = err};
  step.event.kind = action;
  step.event.on = on;
  step.event.user_id = user.id;
  step.event.note = Trim(in.note);
  if (Status s = HandlerOf(action)(step); !s.ok()) return s;
  if (!err.empty()) return err.ToStatus();

  Application& app = step.app;
  app.state = NextState(action, app.state);
  app.updated_at = step.at;
  Status done = db_->Transact([&](soci::session& sql) {
    // The state may have moved since it was read: refuse rather than overwrite.
    auto current = store::Find(sql, id);
    if (!current || current->state != file->app.state || current->updated_at != file->app.updated_at)
      return Status::Conflict("这件申请刚被他人处理过，请刷新后重试。");
    Record(sql, app, step.event);
    store::Update(sql, app);
    CaseFile now;
    now.app = app;
    now.events = store::Events(sql, app.id);
    now.letters = store::Letters(sql, app.id);
    now.clock = ClockOf(now.events);
    if (step.in_transaction)
      if (Status s = step.in_transaction(sql, now); !s.ok()) return s;
    if (auto letter = ActionLetter(action, app.outcome))
      if (Status s = letters_.Write(sql, now, *letter, in, user.id); !s.ok()) return s;
    const std::string& note = step.event.note;
    auth::WriteAudit(sql, actor, step.at,
                     Entry(app, std::string("application.") + ActionCode(action),
                           std::string(ActionLabel(action)) + "：" + app.number +
                               (note.empty() || !step.audit_note ? "" : "（" + note.substr(0, 300) + "）")));
    return Status::Ok();
  });
  if (done.ok()) Reindex(id);
  return done;
}

}  // namespace gk::applications
