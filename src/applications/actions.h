// The workflow's actions, one handler each, and the Step they work on.
// Each handler is registered in its action's row of workflow.cc's table.
//
// ApplicationService::Perform (perform.cc) is the one driver of every
// action: it loads the case, asks Refusals (Conflict or Denied with every
// reason), checks the date the step happened (`on`), calls the handler and,
// when the handler found nothing wrong, in one transaction: refuses a case
// changed meanwhile, records the event (the clock follows), saves the case
// in the state the table names, runs the handler's in-transaction hook,
// writes the letter the table names, audits; then it reindexes the case.
//
// A handler checks only its own input, reporting every problem at once in
// step.errors, and applies its change to step.app and step.event. It reads
// through store.cc (step.Read) and never writes: what must be written in
// the transaction goes into step.in_transaction, whose SQL is in store.cc
// too.
#pragma once

#include <functional>

#include "access/model.h"
#include "applications/case_file.h"
#include "applications/letters.h"
#include "applications/workflow.h"
#include "common/calendar.h"
#include "common/status.h"
#include "storage/database.h"

namespace gk::applications {

struct Step {
  // What the handler reads.
  const CaseFile& before;  // the case as loaded
  const ActionInput& in;
  const access::User& user;
  const Date today;
  const Date on;          // when the step happened: the checked input, else today
  const int64_t at;       // now (Unix time)
  storage::Database& db;  // for Read only
  const WorkCalendar& calendar;
  const ApplicationsOptions& options;
  LetterService& letters;

  // What the handler changes.
  Application app;         // the case after the action; the driver sets the state from the table
  Event event;             // kind, on, user and the trimmed note are set
  FieldErrors& errors;     // every problem with the input
  bool audit_note = true;  // the audit entry quotes the event's note
  // Runs inside the transaction after the case and its event are saved,
  // with the case as it is then.
  std::function<Status(soci::session& sql, const CaseFile& now)> in_transaction = nullptr;

  // A read before the transaction (a department, a catalogue item, counts).
  Status Read(const std::function<Status(soci::session&)>& fn) { return db.Read(fn); }
  // The note is required: `message` under "note" when it is empty.
  void RequireNote(const char* message) {
    if (event.note.empty()) errors.Add("note", message);
  }
};

// The handlers, named after their actions. Each returns a failed status only
// when a read fails; refusals of the input go to step.errors.
namespace actions {
Status Receive(Step& s);
Status RequestCorrection(Step& s);
Status ReceiveCorrection(Step& s);
Status LapseCorrection(Step& s);
Status SendConsultation(Step& s);
Status AnswerConsultation(Step& s);
Status Extend(Step& s);
Status NotifyFee(Step& s);
Status PayFee(Step& s);
Status WaiveFee(Step& s);
Status LapseFee(Step& s);
Status Assign(Step& s);
Status DeptAnswer(Step& s);
Status JointReview(Step& s);
Status DraftDecision(Step& s);
Status SendBack(Step& s);
Status SignOff(Step& s);
Status Withdraw(Step& s);
Status Archive(Step& s);
Status Appeal(Step& s);
Status SetTopic(Step& s);
}  // namespace actions

}  // namespace gk::applications
