// The 政策解读 part of CatalogueService (policy.h; service.h says how the
// gate works): what a policy or interpretation at its last stage waits for,
// releasing the pair in one transaction, the 公开办's waiver, and the reads of
// interpretations and 惠企政策. The rest of the service is in service.cc.
#include <soci/soci.h>

#include "access/scope.h"
#include "auth/store.h"
#include "catalogue/service.h"
#include "catalogue/service_internal.h"
#include "common/china_time.h"
#include "common/strings.h"

namespace gk::catalogue {

using internal::Entry;

std::string CatalogueService::HoldReason(soci::session& sql, const Item& item, std::optional<Item>* waiting_policy) {
  const int stages = static_cast<int>(options_.stages.size());
  if (item.policy.interprets_id != 0) {
    auto policy = store::FindItem(sql, item.policy.interprets_id);
    if (!policy || policy->state == State::kPublished || policy->state == State::kWithdrawn) return "";
    // The policy passed its stages and waited for this interpretation.
    if (policy->policy.needs_interpretation && catalogue::AwaitsRelease(*policy, stages)) *waiting_policy = *policy;
    return "待所解读的政策发布时同步发布";
  }
  if (!item.policy.needs_interpretation || !item.policy.waiver_reason.empty()) return "";
  for (int64_t i : store::Interpretations(sql, item.id)) {
    auto interpretation = store::FindItem(sql, i);
    if (interpretation && (interpretation->state == State::kPublished ||
                           catalogue::AwaitsRelease(*interpretation, stages)))
      return "";
  }
  return "待政策解读审定后同步发布";
}

Status CatalogueService::ReleasePolicy(soci::session& sql, const access::Actor& actor, Item& policy, int64_t now,
                                       std::vector<int64_t>* published) {
  policy.updated_at = now;
  if (policy.publish_at > now) {
    policy.state = State::kScheduled;
    store::UpdateItem(sql, policy);
    auth::WriteAudit(sql, actor, now, Entry(policy, "item.release", "政策解读已审定，定时发布：" + policy.title));
    return Status::Ok();
  }
  if (Status p = Publish(sql, policy, now); !p.ok()) return p;
  published->push_back(policy.id);
  auth::WriteAudit(
      sql, actor, now,
      Entry(policy, "item.release", "政策解读已审定，同步发布，索引号 " + policy.index_no + "：" + policy.title));
  return ReleaseInterpretations(sql, actor, policy, now, published);
}

Status CatalogueService::ReleaseInterpretations(soci::session& sql, const access::Actor& actor, const Item& policy,
                                                int64_t now, std::vector<int64_t>* published) {
  const int stages = static_cast<int>(options_.stages.size());
  for (int64_t i : store::Interpretations(sql, policy.id)) {
    auto interpretation = store::FindItem(sql, i);
    if (!interpretation || !catalogue::AwaitsRelease(*interpretation, stages)) continue;
    if (Status p = Publish(sql, *interpretation, now); !p.ok()) return p;
    published->push_back(interpretation->id);
    auth::WriteAudit(sql, actor, now,
                     Entry(*interpretation, "item.release",
                           "随政策同步发布，索引号 " + interpretation->index_no + "：" + interpretation->title));
  }
  return Status::Ok();
}

Status CatalogueService::WaiveInterpretation(const access::Actor& actor, const access::User& user, int64_t id,
                                             const std::string& reason, FieldErrors* errors) {
  if (Trim(reason).empty()) {
    errors->Add("waiver_reason", "请填写不配发解读即发布的理由，该理由将记录在案");
    return errors->ToStatus();
  }
  if (Utf8Length(reason) > 500) {
    errors->Add("waiver_reason", "理由不超过 500 个字");
    return errors->ToStatus();
  }
  const int64_t now = clock_.Now();
  std::vector<int64_t> published;
  Status s = db_->Transact([&](soci::session& sql) {
    published.clear();
    auto item = store::FindItem(sql, id);
    if (!item) return Status::NotFound("信息不存在");
    if (!access::AllowsFor(user, access::Permission::kWaiveInterpretation, item->agency_id,
                           access::AgencyAncestors(sql, item->agency_id)))
      return Status::Denied(std::string("您没有本机构“") +
                            access::PermissionLabel(access::Permission::kWaiveInterpretation) + "”的权限");
    if (!item->policy.needs_interpretation) return Status::Conflict("该信息未标注须配发政策解读");
    if (!item->policy.waiver_reason.empty()) return Status::Conflict("已记录过不配发解读的理由");
    if (item->state == State::kPublished || item->state == State::kWithdrawn || item->state == State::kScheduled)
      return Status::Conflict("该信息已审定发布，无需再记录");
    item->policy.waiver_reason = Trim(reason);
    item->policy.waiver_by = user.id;
    item->policy.waiver_at = now;
    item->updated_at = now;
    store::SaveFacets(sql, item->id, *item);
    std::string what = "不配发解读即发布，理由：" + item->policy.waiver_reason;
    if (AwaitsRelease(*item)) {
      if (item->publish_at > now) {
        item->state = State::kScheduled;
        store::UpdateItem(sql, *item);
        what += "；定时发布";
      } else {
        if (Status p = Publish(sql, *item, now); !p.ok()) return p;
        published.push_back(item->id);
        what += "；已发布，索引号 " + item->index_no;
      }
    } else {
      store::UpdateItem(sql, *item);
    }
    auth::WriteAudit(sql, actor, now, Entry(*item, "item.waive_interpretation", what + "：" + item->title));
    return Status::Ok();
  });
  if (s.ok())
    for (int64_t p : published) Notify(p);
  return s;
}

Result<std::vector<Item>> CatalogueService::Interpretations(int64_t policy_id) {
  std::vector<Item> out;
  Status s = db_->Read([&](soci::session& sql) {
    for (int64_t i : store::Interpretations(sql, policy_id))
      if (auto item = store::FindItem(sql, i)) out.push_back(std::move(*item));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

Result<std::vector<Item>> CatalogueService::NormativeDocuments(const std::vector<int64_t>* agencies) {
  std::vector<Item> out;
  Status s = db_->Read([&](soci::session& sql) {
    out = store::NormativeItems(sql, agencies);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

Result<store::YearPublications> CatalogueService::PublishedInYear(int64_t agency_id, int year,
                                                                  const std::vector<State>& states) {
  store::YearPublications out;
  Status s = db_->Read([&](soci::session& sql) {
    out = store::PublishedInYear(sql, agency_id, year, states);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

Result<std::vector<store::ColumnStat>> CatalogueService::ColumnStats() {
  std::vector<store::ColumnStat> out;
  Status s = db_->Read([&](soci::session& sql) {
    out = store::ColumnStats(sql);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

Result<int64_t> CatalogueService::LastPublication(int64_t agency_id) {
  int64_t last = 0;
  Status s = db_->Read([&](soci::session& sql) {
    last = store::LastPublication(sql, agency_id);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return last;
}

Status CatalogueService::ForEachPublished(int batch, const std::function<void(const std::vector<Item>&)>& visit) {
  for (int64_t after = 0;;) {
    std::vector<Item> items;
    Status s = db_->Read([&](soci::session& sql) {
      items = store::PublishedAfter(sql, after, batch);
      return Status::Ok();
    });
    if (!s.ok()) return s;
    if (items.empty()) return Status::Ok();
    visit(items);
    after = items.back().id;
  }
}

Result<std::vector<store::PublishedFile>> CatalogueService::PublishedFiles() {
  std::vector<store::PublishedFile> out;
  Status s = db_->Read([&](soci::session& sql) {
    out = store::PublishedFiles(sql);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

Result<std::vector<std::string>> CatalogueService::SortedPublishedIndexNos() {
  std::vector<std::string> out;
  Status s = db_->Read([&](soci::session& sql) {
    out = store::SortedPublishedIndexNos(sql);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

Result<std::vector<Item>> CatalogueService::PoliciesWithoutInterpretation() {
  std::vector<Item> out;
  Status s = db_->Read([&](soci::session& sql) {
    out = store::PoliciesWithoutInterpretation(sql);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

Result<Page> CatalogueService::ListEnterprise(store::EnterpriseFilter filter) {
  if (filter.today.empty()) filter.today = ChinaDate(clock_.Now()).ToString();
  Page page;
  Status s = db_->Read([&](soci::session& sql) {
    page.items = store::ListEnterprise(sql, filter, &page.total);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return page;
}

Result<std::pair<std::vector<std::string>, std::vector<std::string>>> CatalogueService::EnterpriseChoices() {
  std::pair<std::vector<std::string>, std::vector<std::string>> out;
  Status s = db_->Read([&](soci::session& sql) {
    out.first = store::EnterpriseAudiences(sql);
    out.second = store::EnterpriseDepartments(sql);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

void CatalogueService::CheckFacets(soci::session& sql, Item& item, const Item* before, FieldErrors* errors) {
  // 不予公开 cites an entry of the agency's 负面清单, when it has one: an
  // active entry, or the one it already cites.
  if (item.disclosure != Disclosure::kExempt) {
    item.exempt_entry_id = 0;
  } else if (item.exempt_entry_id != 0) {
    auto entry = store::FindNegative(sql, item.exempt_entry_id);
    const bool kept = before && before->exempt_entry_id == item.exempt_entry_id;
    if (!entry || entry->agency_id != item.agency_id || (entry->retired && !kept))
      errors->Add("exempt_entry_id", "请从本机关的不予公开事项清单（负面清单）中选择");
  } else if (!store::ListNegative(sql, item.agency_id, false).empty()) {
    errors->Add("exempt_entry_id", "不予公开须引用本机关不予公开事项清单（负面清单）中的一项");
  }
  // The waiver is the 公开办's to record (WaiveInterpretation), never a form's;
  // the policy an interpretation belongs to is fixed when it is drafted.
  const PolicyFacets kept = before ? before->policy : PolicyFacets{};
  item.policy.waiver_reason = kept.waiver_reason;
  item.policy.waiver_by = kept.waiver_by;
  item.policy.waiver_at = kept.waiver_at;
  if (before) item.policy.interprets_id = kept.interprets_id;
  if (item.policy.interprets_id == 0) return;
  auto policy = store::FindItem(sql, item.policy.interprets_id);
  if (!policy || policy->agency_id != item.agency_id || policy->policy.interprets_id != 0 ||
      policy->revision_of != 0)
    errors->Add("interpretation_form", "所解读的政策不存在或不属于发布机构");
}

}  // namespace gk::catalogue
