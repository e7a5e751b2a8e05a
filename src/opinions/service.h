// The 舆情 register: staff record a public-opinion event when found (its
// level sets when the first answer is due, rules.h), add their assessment,
// record each answer given (channel, time, content, where published) and
// close it with a note. Staff only, in the agencies they hold
// kManageOpinions for; every change audited in its transaction.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "access/model.h"
#include "common/clock.h"
#include "common/status.h"
#include "opinions/model.h"
#include "opinions/rules.h"
#include "opinions/store.h"
#include "storage/database.h"

namespace gk::opinions {

// An event as the console's form posts it (times as typed, China time).
struct OpinionForm {
  int64_t agency_id = 0;
  std::string title, source, source_link, level, found_at, summary, assessment;
  int64_t department_id = 0;  // 责任处室; 0 none
};

// The title of the published catalogue item with this 索引号 in the agency
// (a 回应关切 item), if there is one: wired by the composition root, as
// opinions/ includes no other domain.
using ItemLookup = std::function<std::optional<std::string>(int64_t agency_id, const std::string& index_no)>;

struct ResponseForm {
  std::string at, channel, content, link;
};

class OpinionService {
 public:
  OpinionService(std::shared_ptr<storage::Database> db, const Clock& clock);
  int64_t Now() const { return clock_.Now(); }
  void SetItemLookup(ItemLookup lookup) { item_lookup_ = std::move(lookup); }

  Result<int64_t> Create(const access::Actor& actor, const access::User& user, const OpinionForm& form,
                         FieldErrors* errors);
  // Corrects the record (not a closed one); the due time follows the level.
  Status Update(const access::Actor& actor, const access::User& user, int64_t id, const OpinionForm& form,
                FieldErrors* errors);
  // Records an answer; the first makes it 已回应.
  Status Respond(const access::Actor& actor, const access::User& user, int64_t id, const ResponseForm& form,
                 FieldErrors* errors);
  // Closes an answered one with a note.
  Status Close(const access::Actor& actor, const access::User& user, int64_t id, const std::string& note,
               FieldErrors* errors);

  Result<Opinion> Get(int64_t id);
  Result<store::OpinionPage> List(const store::OpinionFilter& f);

 private:
  void Parse(const OpinionForm& form, Opinion* o, FieldErrors* errors) const;
  // Runs `apply` on the opinion in a transaction after checking the user's
  // permission in its agency; writes it and the audit entry.
  Status Change(const access::Actor& actor, const access::User& user, int64_t id, const char* action,
                const std::function<Status(soci::session&, Opinion&, std::string* summary)>& apply);

  std::shared_ptr<storage::Database> db_;
  const Clock& clock_;
  ItemLookup item_lookup_;
};

}  // namespace gk::opinions
