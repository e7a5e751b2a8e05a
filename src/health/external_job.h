// The background job of 外部链接检查: in the server, one thread checks the
// links from published bodies to other sites one at a time under the
// CheckPolicy's pacing (external.h) and records each result with its date
// (external_links). It is not a person: its checks are not audited.
//
// The set of linked URLs is read from the published bodies when the job
// starts, then hourly, and a minute after the content changed (Touch). What
// it learns about pacing (when each host was last asked) lives in its
// memory only: after a restart the first request may come at once.
//
// With several instances on one PostgreSQL, enable the job on one of them
// (external_links.enabled): two jobs would each keep to the pacing but
// together ask twice as often.
#pragma once

#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "common/clock.h"
#include "common/status.h"
#include "health/external.h"
#include "storage/database.h"

namespace gk::health {

class ExternalLinkJob {
 public:
  // The distinct external URLs of the published bodies.
  using LinkedUrls = std::function<Result<std::vector<std::string>>()>;
  // One request (blocking); must return soon after `cancel` becomes true,
  // with error "cancelled".
  using Prober = std::function<CheckResult(const std::string& url, const std::atomic<bool>& cancel)>;

  ExternalLinkJob(std::shared_ptr<storage::Database> db, const Clock& clock, CheckPolicy policy, LinkedUrls linked,
                  Prober probe);
  ~ExternalLinkJob();  // Stop()
  ExternalLinkJob(const ExternalLinkJob&) = delete;
  ExternalLinkJob& operator=(const ExternalLinkJob&) = delete;

  void Start();
  // Ends the thread promptly: wakes its wait and cancels the request in
  // flight, which is then not recorded. Idempotent.
  void Stop();
  // Published content changed: read the bodies again soon.
  void Touch();

 private:
  void Run();
  // Reads the linked URLs, adds new ones to the table and loads their rows.
  void Sync(int64_t now);
  void CheckOne(const std::string& url);
  // Waits until `until` (Unix seconds by the clock), a stop or a Touch.
  void WaitUntil(int64_t until);

  std::shared_ptr<storage::Database> db_;
  const Clock& clock_;
  const CheckPolicy policy_;
  LinkedUrls linked_;
  Prober probe_;

  std::thread thread_;
  std::mutex mu_;
  std::condition_variable cv_;
  bool touched_ = false;  // guarded by mu_
  std::atomic<bool> stop_{false};

  // The job thread's own state.
  std::vector<ExternalLink> links_;  // the rows of the URLs linked now
  Pacing pacing_;
  int64_t synced_at_ = 0;
  int64_t touched_at_ = 0;  // when a Touch was seen, 0 none pending
};

}  // namespace gk::health
