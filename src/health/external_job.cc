#include "health/external_job.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <set>

#include "health/external_store.h"

namespace gk::health {
namespace {

constexpr int64_t kResyncSeconds = 3600;     // the bodies are read again hourly
constexpr int64_t kTouchDelaySeconds = 60;   // and this long after a change (changes come in bursts)
constexpr int64_t kRetrySyncSeconds = 60;    // after the bodies could not be read
constexpr int64_t kLongestWaitSeconds = 60;  // the clock is looked at again at least this often

}  // namespace

ExternalLinkJob::ExternalLinkJob(std::shared_ptr<storage::Database> db, const Clock& clock, CheckPolicy policy,
                                 LinkedUrls linked, Prober probe)
    : db_(std::move(db)), clock_(clock), policy_(policy), linked_(std::move(linked)), probe_(std::move(probe)) {}

ExternalLinkJob::~ExternalLinkJob() { Stop(); }

void ExternalLinkJob::Start() {
  if (!thread_.joinable()) thread_ = std::thread([this] { Run(); });
}

void ExternalLinkJob::Stop() {
  {
    std::lock_guard lock(mu_);
    stop_ = true;
  }
  cv_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void ExternalLinkJob::Touch() {
  {
    std::lock_guard lock(mu_);
    touched_ = true;
  }
  cv_.notify_all();
}

void ExternalLinkJob::Run() {
  while (!stop_) {
    {
      std::lock_guard lock(mu_);
      if (touched_ && touched_at_ == 0) touched_at_ = clock_.Now();
      touched_ = false;
    }
    const int64_t now = clock_.Now();
    const int64_t sync_at = touched_at_ > 0 ? std::min(synced_at_ + kResyncSeconds, touched_at_ + kTouchDelaySeconds)
                                            : synced_at_ + kResyncSeconds;
    if (synced_at_ == 0 || now >= sync_at) {
      Sync(now);
      continue;
    }
    const NextCheck next = ChooseNext(links_, pacing_, now, policy_);
    if (!next.url.empty()) {
      CheckOne(next.url);
      continue;
    }
    WaitUntil(next.at > 0 ? std::min(next.at, sync_at) : sync_at);
  }
}

void ExternalLinkJob::Sync(int64_t now) {
  touched_at_ = 0;
  auto urls = linked_();
  Status added = urls.ok() ? store::AddExternalLinks(*db_, urls.value(), now) : urls.status();
  auto rows = added.ok() ? store::LoadExternalLinks(*db_) : Result<std::vector<ExternalLink>>(added);
  if (!rows.ok()) {
    spdlog::warn("external links: reading the published links failed: {}", rows.status().message());
    synced_at_ = now - kResyncSeconds + kRetrySyncSeconds;
    return;
  }
  const std::set<std::string> linked(urls->begin(), urls->end());
  links_.clear();
  for (auto& row : rows.value())
    if (linked.count(row.url)) links_.push_back(std::move(row));
  synced_at_ = now;
}

void ExternalLinkJob::CheckOne(const std::string& url) {
  auto link = std::find_if(links_.begin(), links_.end(), [&](const ExternalLink& l) { return l.url == url; });
  const CheckResult r = probe_(url, stop_);
  const int64_t done = clock_.Now();
  pacing_.last_request = done;
  pacing_.host_last[LinkHost(url)] = done;
  if (stop_ || r.error == "cancelled" || link == links_.end()) return;
  *link = Recorded(*link, r, done);
  if (Status s = store::SaveExternalLink(*db_, *link); !s.ok())
    spdlog::warn("external links: recording the check of {} failed: {}", url, s.message());
  else if (!Works(r))
    spdlog::info("external link {} failed ({} in a row): {}", url, link->failures,
                 r.error.empty() ? "HTTP " + std::to_string(r.http_status) : r.error);
}

void ExternalLinkJob::WaitUntil(int64_t until) {
  const int64_t seconds = std::clamp<int64_t>(until - clock_.Now(), 1, kLongestWaitSeconds);
  std::unique_lock lock(mu_);
  cv_.wait_for(lock, std::chrono::seconds(seconds), [&] { return stop_.load() || touched_; });
}

}  // namespace gk::health
