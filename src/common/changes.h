// Announcements of changes the public pages show: a service announces each
// change it made (after its transaction committed), and whoever follows
// them subscribes at start-up (src/app/ subscribes the page cache, which is
// emptied on every change). The services know nothing of their subscribers.
#pragma once

#include <cstdint>
#include <functional>
#include <utility>
#include <vector>

namespace gk {

enum class ChangeKind {
  kItem,      // an item published, withdrawn or republished
  kAgency,    // an agency or one of its departments created or edited
  kColumn,    // a column or an agency's 组配分类 created, edited or deleted
  kCalendar,  // a year of the working-day calendar saved
  kDraw,      // a 双随机 draw announced, seeded, run, cancelled or given results
  kEnforcement,  // enforcement decisions published, withdrawn or expired (id 0: many)
  kSampling,     // a 监督抽查 batch published or withdrawn
  kRating,       // a 好差评 rating given or followed up (the public statistics change)
  kListEntry,    // a 公开清单 entry published, corrected, withdrawn or republished
  kTask,         // a 重点工作 task published, postponed, completed, withdrawn or reported on
  kConsultation,  // a 意见征集 published, withdrawn, commented on (published comments) or reported on
  kMessage,       // a 留言 published or withheld, or rated by a reader
  kDecision,      // a 重大行政决策 entry published, changed while public or withdrawn
  kEvent,         // a 听证会/开放日/访谈 published, changed, cancelled or summarised, or a place taken
  kProposal,      // a 建议提案's handling result published or withheld
};

struct Change {
  ChangeKind kind = ChangeKind::kItem;
  int64_t agency_id = 0;  // 0 when not known or not one agency's
  int64_t id = 0;         // the item, agency, department, column, year or draw
};

class ChangeAnnouncer {
 public:
  using Subscriber = std::function<void(const Change&)>;

  // At start-up only, before the first announcement: subscribers are not
  // guarded against announcements running on other threads.
  void Subscribe(Subscriber s) { subscribers_.push_back(std::move(s)); }
  // Calls every subscriber in the order they subscribed, on the caller's thread.
  void Announce(const Change& c) const {
    for (const auto& s : subscribers_) s(c);
  }

 private:
  std::vector<Subscriber> subscribers_;
};

// For services holding an optional announcer (null in tests that do not follow changes).
inline void Announce(const ChangeAnnouncer* announcer, const Change& c) {
  if (announcer) announcer->Announce(c);
}

}  // namespace gk
