#include "health/service.h"

#include <soci/soci.h>

#include <algorithm>

#include "access/scope.h"
#include "auth/audit.h"
#include "common/china_time.h"
#include "health/external_store.h"

namespace gk::health {
namespace {

std::map<int64_t, UpdateRule> LoadRules(soci::session& sql) {
  std::map<int64_t, UpdateRule> out;
  long long id = 0;
  std::string rule;
  soci::statement st = (sql.prepare << "SELECT column_id, rule FROM column_update_rules", soci::into(id),
                        soci::into(rule));
  st.execute();
  while (st.fetch()) {
    UpdateRule r;
    if (ParseUpdateRule(rule, &r)) out[id] = r;
  }
  return out;
}

constexpr size_t kMaxExternalListed = 500;  // findings listed; the summary counts them all

// The stored results of the URLs `uses` link to: the summary and a problem
// for each use of a URL reported broken.
void ExternalFacts(const std::vector<ExternalUse>& uses, const std::vector<ExternalLink>& rows, Facts* f) {
  std::map<std::string, const ExternalLink*> by_url;
  for (const auto& r : rows) by_url[r.url] = &r;
  std::map<std::string, bool> linked;
  int64_t latest = 0;
  for (const auto& u : uses) {
    if (linked.count(u.url)) continue;
    linked[u.url] = true;
    auto it = by_url.find(u.url);
    if (it == by_url.end() || it->second->checked_at == 0) continue;
    ++f->external_summary.checked;
    f->external_summary.broken += ReportedBroken(*it->second);
    latest = std::max(latest, it->second->checked_at);
  }
  f->external_summary.linked = static_cast<int64_t>(linked.size());
  if (latest > 0) f->external_summary.last_checked = FormatLocalTime(latest);
  for (const auto& u : uses) {
    auto it = by_url.find(u.url);
    if (it == by_url.end() || !ReportedBroken(*it->second) || f->external.size() >= kMaxExternalListed) continue;
    const ExternalLink& l = *it->second;
    f->external.push_back({u.agency_id, u.item_title, u.item_url, u.url, ResultLabel(l), ChinaDate(l.checked_at),
                           ChinaDate(l.failing_since)});
  }
}

}  // namespace

Date HealthService::Today() const { return ChinaToday(clock_); }

Result<std::vector<ColumnFacts>> HealthService::Columns() {
  auto columns = sources_.columns();
  if (!columns.ok()) return columns.status();
  std::map<int64_t, UpdateRule> rules;
  Status s = db_->Read([&](soci::session& sql) {
    rules = LoadRules(sql);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  for (auto& c : columns.value())
    if (auto it = rules.find(c.id); it != rules.end()) c.rule = it->second;
  return columns;
}

Result<Report> HealthService::Check(bool full) {
  Facts f;
  f.today = Today();
  auto columns = Columns();
  if (!columns.ok()) return columns.status();
  f.columns = std::move(columns).value();
  auto home = sources_.homepage_last();
  if (!home.ok()) return home.status();
  f.homepage_last = home.value();
  auto messages = sources_.messages();
  if (!messages.ok()) return messages.status();
  f.messages = std::move(messages).value();
  if (full) {
    auto content = sources_.content();
    if (!content.ok()) return content.status();
    f.links = std::move(content->links);
    f.links_checked = content->links_checked;
    auto rows = store::LoadExternalLinks(*db_);
    if (!rows.ok()) return rows.status();
    ExternalFacts(content->external, rows.value(), &f);
    f.external_summary.enabled = external_enabled_;
    f.metadata = std::move(content->metadata);
    f.metadata_total = content->metadata_total;
    f.interpretations_missing = std::move(content->interpretations_missing);
    f.items_checked = content->items_checked;
  }
  return Evaluate(f);
}

Status HealthService::SetRule(const access::Actor& actor, const access::User& user, int64_t column_id,
                              UpdateRule rule) {
  auto columns = sources_.columns();
  if (!columns.ok()) return columns.status();
  const ColumnFacts* column = nullptr;
  for (const auto& c : columns.value())
    if (c.id == column_id) column = &c;
  if (!column) return Status::NotFound("栏目不存在");
  const int64_t now = clock_.Now();
  return db_->Transact([&](soci::session& sql) {
    if (Status may = access::RequireIn(sql, user, access::Permission::kCheckSiteHealth, column->agency_id);
        !may.ok())
      return may;
    long long id = column_id, by = user.id, at = now, n = 0;
    std::string code = UpdateRuleCode(rule);
    sql << "SELECT COUNT(*) FROM column_update_rules WHERE column_id = :c", soci::use(id), soci::into(n);
    if (n == 0)
      sql << "INSERT INTO column_update_rules (column_id, rule, updated_by, updated_at) VALUES (:c, :r, :b, :t)",
          soci::use(id), soci::use(code), soci::use(by), soci::use(at);
    else
      sql << "UPDATE column_update_rules SET rule = :r, updated_by = :b, updated_at = :t WHERE column_id = :c",
          soci::use(code), soci::use(by), soci::use(at), soci::use(id);
    auto e = auth::ObjectEntry("column", column->agency_id, column_id, "column.update_rule",
                               "栏目“" + column->name + "”更新要求设为：" + UpdateRuleLabel(rule));
    auth::WriteAudit(sql, actor, now, e);
    return Status::Ok();
  });
}

}  // namespace gk::health
