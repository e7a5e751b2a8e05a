#include "app/health_sources.h"

#include <algorithm>
#include <map>
#include <string_view>
#include <unordered_map>
#include <set>

#include "common/china_time.h"
#include "health/external.h"
#include "messages/rules.h"
#include "net/http_probe.h"

namespace gk::app {
namespace {

constexpr size_t kMaxListed = 500;  // problems of one kind listed in full; the rest counted

std::string ConsoleItem(int64_t id) { return "/console/items/" + std::to_string(id); }

// Whether a site path a published body links to opens: an item, an
// attachment (its row, its item published, its bytes on disk) or a column.
// Other paths (the site's fixed pages) are taken as they are.
//
// Load reads the published items' index numbers and the published
// attachments once, from indexes (store::SortedPublishedIndexNos,
// PublishedFiles), and Works answers /items/ and /files/ paths from them:
// a query per link made the check of 1,000,000 items (1,800,000 links) take
// minutes (bench/report). Without Load, each is looked up on its own.
class LinkChecker {
 public:
  LinkChecker(Services& s, int64_t site) : s_(s), site_(site) {}
  Status Load() {
    auto index_nos = s_.catalogue->SortedPublishedIndexNos();
    if (!index_nos.ok()) return index_nos.status();
    auto files = s_.catalogue->PublishedFiles();
    if (!files.ok()) return files.status();
    published_ = std::move(index_nos).value();
    files_ = std::move(files).value();
    for (size_t k = 0; k < files_.size(); ++k) file_at_[files_[k].attachment_id] = k;
    loaded_ = true;
    return Status::Ok();
  }
  // The published attachments (after Load).
  const std::vector<catalogue::store::PublishedFile>& files() const { return files_; }
  bool Works(std::string path) {
    path = path.substr(0, std::min(path.find('?'), path.find('#')));
    if (loaded_ && path.starts_with("/items/"))
      return std::binary_search(published_.begin(), published_.end(), std::string_view(path).substr(7));
    if (loaded_ && path.starts_with("/files/")) {
      auto it = file_at_.find(FileId(path));
      return it != file_at_.end() && OnDisk(files_[it->second].sha256);
    }
    if (auto it = seen_.find(path); it != seen_.end()) return it->second;
    return seen_[path] = Check(path);
  }
  // Whether an attachment's bytes are there (each file looked at once).
  bool OnDisk(const std::string& sha256) {
    if (auto it = on_disk_.find(sha256); it != on_disk_.end()) return it->second;
    return on_disk_[sha256] = s_.files->Locate(sha256).ok();
  }

 private:
  // The attachment id of a /files/<id>/… path; 0 when it names none.
  static int64_t FileId(const std::string& path) {
    const std::string rest = path.substr(7);
    int64_t id = 0;
    for (char c : rest.substr(0, rest.find('/'))) {
      if (c < '0' || c > '9' || id > 1'000'000'000'000) return 0;
      id = id * 10 + (c - '0');
    }
    return id;
  }
  bool Check(const std::string& path) {
    if (path.starts_with("/items/")) {
      auto item = s_.catalogue->GetByIndexNo(path.substr(7));
      return item.ok() && item->state == catalogue::State::kPublished;
    }
    if (path.starts_with("/files/")) {
      const int64_t id = FileId(path);
      if (id == 0) return false;
      auto a = s_.attachments->Get(id);
      if (!a.ok()) return false;
      auto item = s_.catalogue->Get(a->item_id);
      return item.ok() && item->state == catalogue::State::kPublished && s_.files->Locate(a->sha256).ok();
    }
    if (path.starts_with("/columns/")) {
      const std::string key = path.substr(9);
      if (!key.empty() && key.find_first_not_of("0123456789") == std::string::npos)
        return s_.catalogue->GetColumn(std::stoll(key.substr(0, 15))).ok();
      return s_.catalogue->GetColumnByCode(site_, key).ok();
    }
    return true;
  }
  Services& s_;
  int64_t site_;
  std::map<std::string, bool> seen_;  // other paths (columns, fixed pages)
  bool loaded_ = false;
  std::vector<std::string> published_;  // sorted
  std::vector<catalogue::store::PublishedFile> files_;
  std::unordered_map<int64_t, size_t> file_at_;  // attachment id → its place in files_
  std::unordered_map<std::string, bool> on_disk_;
};

Result<health::ContentFacts> Content(Services& s) {
  health::ContentFacts out;
  LinkChecker links(s, SiteAgency(s));
  if (Status loaded = links.Load(); !loaded.ok()) return loaded;
  Status scanned = s.catalogue->ForEachPublished(1000, [&](const std::vector<catalogue::Item>& items) {
    for (const auto& i : items) {
      ++out.items_checked;
      std::vector<std::string> missing;
      if (i.index_no.empty()) missing.push_back("索引号");
      if (!i.written_on) missing.push_back("成文日期");
      if (i.topic.empty()) missing.push_back("主题分类");
      if (i.category.empty()) missing.push_back("组配分类");
      if (!missing.empty() && ++out.metadata_total <= static_cast<int64_t>(kMaxListed))
        out.metadata.push_back({i.agency_id, i.title, ConsoleItem(i.id), missing});
      for (auto& url : health::ExternalLinks(i.body_md))
        out.external.push_back({i.agency_id, i.title, ConsoleItem(i.id), std::move(url)});
      for (const auto& link : health::InternalLinks(i.body_md)) {
        ++out.links_checked;
        if (!links.Works(link) && out.links.size() < kMaxListed)
          out.links.push_back({i.agency_id, i.title, ConsoleItem(i.id), link, false});
      }
    }
  });
  if (!scanned.ok()) return scanned;
  for (const auto& f : links.files()) {
    if (links.OnDisk(f.sha256) || out.links.size() >= kMaxListed) continue;
    auto item = s.catalogue->Get(f.item_id);
    out.links.push_back({item.ok() ? item->agency_id : 0, item.ok() ? item->title : "", ConsoleItem(f.item_id), f.name,
                         true});
  }
  auto gaps = s.catalogue->PoliciesWithoutInterpretation();
  if (!gaps.ok()) return gaps.status();
  for (const auto& p : gaps.value()) out.interpretations_missing.push_back({p.agency_id, p.title, ConsoleItem(p.id)});
  return out;
}

Result<std::vector<health::ColumnFacts>> Columns(Services& s) {
  auto stats = s.catalogue->ColumnStats();
  if (!stats.ok()) return stats.status();
  auto agencies = s.auth->ListAgencies();
  if (!agencies.ok()) return agencies.status();
  std::map<int64_t, std::string> names;
  for (const auto& a : agencies.value()) names[a.id] = a.short_name.empty() ? a.name : a.short_name;
  std::vector<health::ColumnFacts> out;
  for (const auto& c : stats.value()) {
    health::ColumnFacts f;
    f.id = c.column.id;
    f.agency_id = c.column.agency_id;
    f.agency = names[c.column.agency_id];
    f.name = c.column.name;
    f.code = c.column.code;
    f.rule = health::DefaultUpdateRule(c.column.code);
    f.leaf_list = c.column.kind == catalogue::ColumnKind::kList && !c.has_children;
    if (c.last_published_at > 0) f.last = ChinaDate(c.last_published_at);
    f.items = c.items;
    out.push_back(std::move(f));
  }
  return out;
}

Result<std::vector<health::MessageFacts>> Messages(Services& s) {
  const Date today = s.messages->Today();
  messages::store::MessageFilter f;
  f.received_by = AddMonths(today, -messages::kWarnMonths).ToString();
  f.oldest_first = true;
  f.limit = static_cast<int>(kMaxListed);
  auto page = s.messages->List(f);
  if (!page.ok()) return page.status();
  std::vector<health::MessageFacts> out;
  for (const auto& m : page->messages)
    out.push_back({m.id, m.agency_id, m.title, m.received_on, messages::InspectionBreach(m, today)});
  return out;
}

}  // namespace

int64_t SiteAgency(Services& s) {
  auto agencies = s.auth->ListAgencies();
  if (!agencies.ok()) return 0;
  for (const auto& a : agencies.value())
    if (a.parent_id == 0) return a.id;
  return 0;
}

Result<std::vector<std::string>> ExternalLinkUrls(Services& s) {
  std::set<std::string> urls;
  Status scanned = s.catalogue->ForEachPublished(1000, [&](const std::vector<catalogue::Item>& items) {
    for (const auto& i : items)
      for (auto& url : health::ExternalLinks(i.body_md)) urls.insert(std::move(url));
  });
  if (!scanned.ok()) return scanned;
  return std::vector<std::string>(urls.begin(), urls.end());
}

std::unique_ptr<health::ExternalLinkJob> MakeExternalLinkJob(Services& s) {
  const auto& c = s.config.external_links;
  health::CheckPolicy policy;
  policy.pause_seconds = c.pause_seconds;
  policy.host_interval_seconds = c.host_interval_seconds;
  policy.recheck_seconds = int64_t{c.recheck_days} * 86400;
  policy.retry_seconds = c.retry_seconds;
  net::ProbeOptions o;
  o.user_agent = std::string("gongkai/") + GK_VERSION + " (link check" +
                 (s.config.server.public_url.empty() ? "" : "; +" + s.config.server.public_url) + ")";
  o.allow_private = c.allow_private;
  net::GlobalInit();
  auto probe = [o](const std::string& url, const std::atomic<bool>& cancel) {
    net::ProbeOptions with = o;
    with.cancel = &cancel;
    const net::ProbeResult r = net::Probe(url, with);
    return health::CheckResult{r.http_status, net::ProbeErrorCode(r.error)};
  };
  return std::make_unique<health::ExternalLinkJob>(s.db, *s.clock, policy, [&s]() { return ExternalLinkUrls(s); },
                                                   probe);
}

health::Sources HealthSources(Services& s) {
  health::Sources src;
  src.columns = [&s]() { return Columns(s); };
  src.homepage_last = [&s]() -> Result<std::optional<Date>> {
    auto last = s.catalogue->LastPublication(SiteAgency(s));
    if (!last.ok()) return last.status();
    if (last.value() <= 0) return std::optional<Date>();
    return std::optional<Date>(ChinaDate(last.value()));
  };
  src.messages = [&s]() { return Messages(s); };
  src.content = [&s]() { return Content(s); };
  return src;
}

}  // namespace gk::app
