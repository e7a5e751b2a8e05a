// 留言咨询: a message from the public form is stored with its due day on the
// working-day calendar (the routes add the human check and the per-address
// limit); the 公开办 assigns it to a department, which answers; the 公开办
// publishes question and answer, or withholds them with a reason; the
// asker follows it with the code given once; readers rate published
// answers. Every change is checked against workflow.h in the message's
// agency and written with its audit entry in one transaction; what the
// public sees changing is announced (ChangeKind::kMessage).
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "access/model.h"
#include "access/scope.h"
#include "common/calendar.h"
#include "common/changes.h"
#include "common/clock.h"
#include "common/status.h"
#include "messages/model.h"
#include "text/field_check.h"
#include "messages/rules.h"
#include "messages/store.h"
#include "messages/workflow.h"
#include "storage/database.h"

namespace gk::messages {

struct MessageSettings {
  int answer_days = 5;  // working days to answer
};

// A message as the public form posts it.
struct MessageForm {
  int64_t agency_id = 0;
  std::string category, title, body, name, contact;
  bool wants_private = false;
};

struct Asked {
  int64_t id = 0;
  std::string code;  // shown once
  Date due_on;
};

// The dashboard's counts: unanswered past their due day, and unanswered
// for two months or more (the inspection's three-month rule is near).
struct Attention {
  int64_t overdue = 0;
  int64_t near_breach = 0;
};

class MessageService {
 public:
  MessageService(std::shared_ptr<storage::Database> db, const Clock& clock, const WorkCalendar& calendar,
                 MessageSettings settings);
  void SetChangeAnnouncer(const ChangeAnnouncer* changes) { changes_ = changes; }
  const MessageSettings& settings() const { return settings_; }

  // The form's problems, nothing stored. Invalid when there are any.
  Status Check(const MessageForm& form, FieldErrors* errors);
  // A message from the public form, committed before this returns.
  Result<Asked> Submit(const access::Actor& actor, const MessageForm& form, FieldErrors* errors);
  // The asker's view by the code given at submission; NotFound for a wrong pair.
  Result<Message> Lookup(int64_t id, const std::string& code);

  Status Assign(const access::Actor& actor, const access::User& user, int64_t id, int64_t department_id,
                FieldErrors* errors);
  Status Answer(const access::Actor& actor, const access::User& user, int64_t id, const std::string& answer,
                FieldErrors* errors);
  // 发布前内容检查 (text/field_check.h) of the title, the question as the
  // public will see it and the answer: personal information or a secret
  // marking blocks publication unless `content_reason` records why it may go
  // out (kept in the audit log, message.content_override).
  Status Publish(const access::Actor& actor, const access::User& user, int64_t id,
                 const std::string& content_reason = "", FieldErrors* errors = nullptr);
  // The content check of the message as it stands, with the installation's
  // wording list: what the console shows before it is published.
  Result<std::vector<text::FieldFinding>> CheckContent(const Message& m);
  // 一键替换: the finding at [start, end) of `field` ("answer", or
  // "public_body", the question as the public sees it) replaced by its
  // suggestion — only while it is still there as `text`; as an answer
  // correction (kAnswerMessages, before publication; audited message.answer).
  Status FixContent(const access::Actor& actor, const access::User& user, int64_t id, const std::string& field,
                    size_t start, size_t end, const std::string& text);
  Status Withhold(const access::Actor& actor, const access::User& user, int64_t id, const std::string& reason,
                  FieldErrors* errors);
  // A reader's view of a published answer (the route limits it per address).
  Status Rate(int64_t id, const std::string& satisfaction);

  Result<Message> Get(int64_t id);
  Result<store::MessagePage> List(const store::MessageFilter& f);
  Result<Attention> Attend(const std::vector<int64_t>* agency_ids);
  std::vector<Action> Allowed(const Message& m, const access::Scope& scope) const;
  Date Today() const;

 private:
  void Parse(const MessageForm& form, Message* m, FieldErrors* errors) const;
  Status Transition(const access::Actor& actor, const access::User& user, int64_t id, Action action,
                    const std::function<Status(soci::session&, Message&, std::string* summary)>& apply);

  std::shared_ptr<storage::Database> db_;
  const Clock& clock_;
  const WorkCalendar& calendar_;
  MessageSettings settings_;
  const ChangeAnnouncer* changes_ = nullptr;
};

}  // namespace gk::messages
