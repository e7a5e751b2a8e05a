#include "catalogue/service.h"

#include <soci/soci.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "access/scope.h"
#include "auth/content_rules.h"
#include "auth/store.h"
#include "catalogue/cleanup_store.h"
#include "catalogue/service_internal.h"
#include "common/china_time.h"
#include "common/strings.h"

namespace gk::catalogue {

namespace internal {

auth::AuditEntry Entry(const Item& item, std::string action, std::string summary, std::string before,
                       std::string after) {
  auth::AuditEntry e;
  e.agency_id = item.agency_id;
  e.action = std::move(action);
  e.object_type = "item";
  e.object_id = std::to_string(item.id);
  e.summary = std::move(summary);
  e.before_json = std::move(before);
  e.after_json = std::move(after);
  return e;
}

std::string ToAuditJson(const Item& i) {
  return nlohmann::json({{"title", i.title},
                         {"state", StateCode(i.state)},
                         {"index_no", i.index_no},
                         {"doc_no", i.doc_no},
                         {"written_on", DateText(i.written_on)},
                         {"validity", ValidityCode(i.validity)},
                         {"validity_changed_on", DateText(i.validity_changed_on)},
                         {"normative", NormativeKindCode(i.normative.kind)},
                         {"expires_on", DateText(i.normative.expires_on)},
                         {"topic", i.topic},
                         {"category", i.category},
                         {"columns", i.column_ids}})
      .dump();
}

// A refused transition: Conflict when the item's state does not admit it
// (someone else moved it on), Denied when this user may not.
Status Refused(Action action, const Item& item, const std::vector<std::string>& reasons) {
  if (!StateAllows(action, item.state)) return Status::Conflict(Join(reasons, "；"));
  return Status::Denied(Join(reasons, "；"));
}

Item Normalized(Item item) {
  item.title = Trim(item.title);
  item.doc_no = Trim(item.doc_no);
  item.unified_no = Trim(item.unified_no);
  item.category = Trim(item.category);
  item.keywords = Trim(item.keywords);
  item.summary = Trim(item.summary);
  item.exempt_reason = Trim(item.exempt_reason);
  item.replaced_by_index_no = Trim(item.replaced_by_index_no);
  // A change date only for what is no longer simply in force; a successor
  // only for what was revised or repealed (RULES.md §4, issue 3).
  if (item.validity == Validity::kNone || item.validity == Validity::kValid) item.validity_changed_on.reset();
  if (item.validity != Validity::kRepealed && item.validity != Validity::kAmended) {
    item.replaced_by_index_no.clear();
    item.replaced_by_id = 0;
  }
  std::sort(item.column_ids.begin(), item.column_ids.end());
  item.column_ids.erase(std::unique(item.column_ids.begin(), item.column_ids.end()), item.column_ids.end());
  // An interpretation written in sections has them as its body; the media
  // fields belong to interpretations only.
  PolicyFacets& p = item.policy;
  if (p.interprets_id == 0) {
    p.form = InterpretationForm::kText;
    p.sections.clear();
    p.media_text.clear();
    p.video_url.clear();
  } else {
    p.needs_interpretation = false;
    p.media_text = Trim(p.media_text);
    p.video_url = Trim(p.video_url);
    if (p.form != InterpretationForm::kVideo) p.video_url.clear();
    if (!p.sections.empty()) {
      p.sections.resize(InterpretationSections().size());
      for (auto& t : p.sections) t = Trim(t);
      std::string composed = ComposeSections(p.sections);
      if (composed.empty()) p.sections.clear();
      else item.body_md = composed;
    }
  }
  if (item.enterprise) {
    EnterpriseTerms& t = *item.enterprise;
    for (std::string* f : {&t.conditions, &t.materials, &t.procedure, &t.department, &t.contact, &t.basis})
      *f = Trim(*f);
  }
  return item;
}

}  // namespace internal

using internal::Entry;
using internal::Normalized;
using internal::Refused;
using internal::ToAuditJson;
namespace {

// Monday to Friday in (from, to], when no calendar is configured.
int WeekdaysBetween(Date from, Date to) {
  int n = 0;
  for (Date d = from.AddDays(1); d <= to; d = d.AddDays(1)) {
    if (!d.IsWeekend()) ++n;
  }
  return n;
}

// `v` in decimal with at least `width` digits.
std::string ZeroPadded(int64_t v, size_t width) {
  std::string digits = std::to_string(v);
  if (digits.size() < width) digits.insert(0, width - digits.size(), '0');
  return digits;
}

struct DefaultColumn {
  const char* code;
  const char* parent;
  const char* name;
  ColumnKind kind;
};

// The usual tree (work plan 一(一), 三(二)): the 政府信息公开 column with its
// four parts, the policy and news columns, and the work plan's topic columns.
constexpr DefaultColumn kDefaultColumns[] = {
    {"xxgk", nullptr, "政府信息公开", ColumnKind::kList},
    {"xxgk-zn", "xxgk", "政府信息公开指南", ColumnKind::kPage},
    {"xxgk-zd", "xxgk", "政府信息公开制度", ColumnKind::kList},
    {"xxgk-fdnr", "xxgk", "法定主动公开内容", ColumnKind::kList},
    {"xxgk-ndbg", "xxgk", "政府信息公开年度报告", ColumnKind::kList},
    {"fdnr-jgzn", "xxgk-fdnr", "机构职能", ColumnKind::kList},
    {"fdnr-fgwj", "xxgk-fdnr", "法规文件", ColumnKind::kList},
    {"fdnr-ghjh", "xxgk-fdnr", "规划计划", ColumnKind::kList},
    {"fdnr-xzzf", "xxgk-fdnr", "行政执法", ColumnKind::kList},
    {"fdnr-czxx", "xxgk-fdnr", "财政信息", ColumnKind::kList},
    {"fdnr-jdjc", "xxgk-fdnr", "监督检查", ColumnKind::kList},
    {"fdnr-hcp", "xxgk-fdnr", "政务服务好差评", ColumnKind::kList},
    {"zcwj", nullptr, "政策文件", ColumnKind::kList},
    {"zcjd", nullptr, "政策解读", ColumnKind::kList},
    {"hygq", nullptr, "回应关切", ColumnKind::kList},
    {"yjzj", nullptr, "意见征集", ColumnKind::kList},
    {"tzgg", nullptr, "通知公告", ColumnKind::kList},
    {"gzdt", nullptr, "工作动态", ColumnKind::kList},
    {"zt-spyp", nullptr, "食品药品安全监管", ColumnKind::kList},
    {"zt-cpzl", nullptr, "产品质量监管", ColumnKind::kList},
    {"zt-jgsf", nullptr, "价格与收费监管", ColumnKind::kList},
    {"zt-zscq", nullptr, "知识产权保护与运用", ColumnKind::kList},
};

}  // namespace

CatalogueService::CatalogueService(std::shared_ptr<storage::Database> db, const Clock& clock, CatalogueOptions options)
    : db_(std::move(db)), clock_(clock), options_(std::move(options)) {}

std::string CatalogueService::StageName(int stage) const {
  if (stage < 1 || stage > static_cast<int>(options_.stages.size())) return "";
  return options_.stages[static_cast<size_t>(stage - 1)];
}

std::string CatalogueService::FormatIndexNo(const std::string& uscc, Date date, int64_t serial) const {
  std::string out;
  const std::string& p = options_.index_pattern;
  for (size_t i = 0; i < p.size();) {
    if (p.compare(i, 4, "YYYY") == 0) {
      out += ZeroPadded(date.year(), 4);
      i += 4;
    } else if (p.compare(i, 2, "MM") == 0) {
      out += ZeroPadded(date.month(), 2);
      i += 2;
    } else if (p[i] == 'N') {
      size_t n = 0;
      while (i + n < p.size() && p[i + n] == 'N') ++n;
      out += ZeroPadded(serial, n);
      i += n;
    } else {
      out += p[i++];
    }
  }
  return uscc + "/" + out;
}

bool CatalogueService::Late(const Item& item, Date on) const {
  if (!item.written_on) return false;
  // 政府信息公开条例 第二十六条: publish within 20 working days of forming.
  int days = options_.working_days_between ? options_.working_days_between(*item.written_on, on)
                                           : WeekdaysBetween(*item.written_on, on);
  return days > 20;
}

void CatalogueService::Validate(const Item& item, FieldErrors* errors) const {
  if (item.title.empty()) errors->Add("title", "请填写标题");
  else if (Utf8Length(item.title) > 200) errors->Add("title", "标题不超过 200 个字");
  if (item.written_on && !IsItemDate(*item.written_on)) errors->Add("written_on", ItemDateError("written_on"));
  if (Utf8Length(item.doc_no) > 100) errors->Add("doc_no", "发文字号不超过 100 个字");
  if (Utf8Length(item.unified_no) > 100) errors->Add("unified_no", "统一编号不超过 100 个字");
  const auto& topics = Topics();
  if (!item.topic.empty() && std::find(topics.begin(), topics.end(), item.topic) == topics.end())
    errors->Add("topic", "请从列表中选择主题分类");
  const auto& genres = Genres();
  if (!item.genre.empty() && std::find(genres.begin(), genres.end(), item.genre) == genres.end())
    errors->Add("genre", "请从列表中选择体裁");
  if (Utf8Length(item.category) > 30) errors->Add("category", "组配分类不超过 30 个字");
  if (item.art20 < 0 || item.art20 > 15) errors->Add("art20", "请从列表中选择条例第二十条的类别");
  if (Utf8Length(item.keywords) > 200) errors->Add("keywords", "关键词不超过 200 个字");
  if (Utf8Length(item.summary) > 1000) errors->Add("summary", "内容概述不超过 1000 个字");
  if (item.disclosure == Disclosure::kExempt && item.exempt_reason.empty())
    errors->Add("exempt_reason", "不予公开须说明理由和依据");
  if (item.body_md.size() > 2 * 1024 * 1024) errors->Add("body_md", "正文过长（不超过 2 MB）");
  if (item.validity_changed_on && !IsItemDate(*item.validity_changed_on))
    errors->Add("validity_changed_on", ItemDateError("validity_changed_on"));
  ValidatePolicyFacets(item.policy, errors);
  if (item.enterprise) ValidateEnterprise(*item.enterprise, errors);
  ValidateNormative(item.normative, errors);
}

ReviewFacts CatalogueService::Facts(soci::session& sql, const Item& item) {
  ReviewFacts f;
  f.stage_count = static_cast<int>(options_.stages.size());
  f.editor_ids = store::Editors(sql, item.id);
  for (const auto& r : store::Reviews(sql, item.id))
    if (r.round == item.review_round && r.approved) f.approvers.push_back(r.reviewer_id);
  f.agency_ancestors = access::AgencyAncestors(sql, item.agency_id);
  if (item.policy.interprets_id != 0 && item.id != 0) {
    for (const auto& type : store::AttachmentTypes(sql, item.id)) {
      if (type.rfind("image/", 0) == 0) f.has_image = true;
      if (type.rfind("video/", 0) == 0) f.has_video = true;
    }
  }
  return f;
}

std::vector<std::string> CatalogueService::Refusals(Action action, const Item& item, const access::User& user) {
  std::vector<std::string> out;
  Status s = db_->Read([&](soci::session& sql) {
    out = catalogue::Refusals(action, item, user, Facts(sql, item));
    return Status::Ok();
  });
  if (!s.ok()) out.push_back(s.message());
  return out;
}

bool CatalogueService::CanSee(const Item& item, const access::User& user) {
  bool ok = false;
  Status s = db_->Read([&](soci::session& sql) {
    ok = access::AllowsFor(user, access::Permission::kConsole, item.agency_id, Facts(sql, item).agency_ancestors);
    return Status::Ok();
  });
  return s.ok() && ok;
}

void CatalogueService::Notify(int64_t id) {
  auto item = Get(id);
  if (item.ok() && listener_) listener_(item.value());
  gk::Announce(changes_, {ChangeKind::kItem, item.ok() ? item->agency_id : 0, id});
}

Status CatalogueService::SeedColumns(int64_t agency_id) {
  const int64_t now = clock_.Now();
  return db_->Transact([&](soci::session& sql) {
    // Once: an agency with columns keeps the tree its administrators made,
    // deletions included.
    if (!store::ListColumns(sql, agency_id).empty()) return Status::Ok();
    int position = 0;
    for (const auto& d : kDefaultColumns) {
      ++position;
      if (store::FindColumnByCode(sql, agency_id, d.code)) continue;
      Column c;
      c.agency_id = agency_id;
      c.code = d.code;
      c.name = d.name;
      c.kind = d.kind;
      c.position = position;
      if (d.parent) {
        auto parent = store::FindColumnByCode(sql, agency_id, d.parent);
        if (parent) c.parent_id = parent->id;
      }
      store::InsertColumn(sql, c, now);
    }
    return Status::Ok();
  });
}

namespace internal {

void CheckColumns(soci::session& sql, const Item& item, FieldErrors* errors) {
  for (int64_t c : item.column_ids) {
    auto col = store::FindColumn(sql, c);
    if (!col || col->agency_id != item.agency_id) errors->Add("columns", "所选栏目不属于发布机构");
  }
  if (item.department_id != 0) {
    auto dept = auth::store::FindDepartment(sql, item.department_id);
    if (!dept || dept->agency_id != item.agency_id) errors->Add("department_id", "所选处室不属于发布机构");
  }
}

}  // namespace internal

using internal::CheckColumns;

namespace {

// The item that replaced a revised or repealed one, from the 索引号 typed:
// a published item other than this one (or the item this revision revises).
void ResolveReplacement(soci::session& sql, Item& item, FieldErrors* errors) {
  if (item.replaced_by_index_no.empty()) {
    item.replaced_by_id = 0;
    return;
  }
  auto r = store::FindItemByIndexNo(sql, item.replaced_by_index_no);
  if (!r || r->state != State::kPublished)
    errors->Add("replaced_by", "替代信息的索引号“" + item.replaced_by_index_no + "”不是已发布的信息");
  else if (r->id == item.id || (item.revision_of != 0 && r->id == item.revision_of))
    errors->Add("replaced_by", "替代信息不能是本信息");
  else item.replaced_by_id = r->id;
}

}  // namespace

Result<int64_t> CatalogueService::CreateDraft(const access::Actor& actor, const access::User& user, Item input,
                                              FieldErrors* errors) {
  Item item = Normalized(std::move(input));
  Validate(item, errors);
  int64_t id = 0;
  Status s = db_->Transact([&](soci::session& sql) {
    auto made = InsertDraft(sql, actor, user, item, errors);
    if (!made.ok()) return made.status();
    id = made.value();
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return id;
}

Result<int64_t> CatalogueService::InsertDraft(soci::session& sql, const access::Actor& actor, const access::User& user,
                                              Item item, FieldErrors* errors) {
  item.id = 0;
  item.state = State::kDraft;
  item.index_no.clear();
  item.author_id = user.id;
  item.created_at = item.updated_at = clock_.Now();
  item.published_at = 0;
  if (!auth::store::FindAgency(sql, item.agency_id)) return Status::Invalid("请选择发布机构", "agency_id");
  if (!access::AllowsFor(user, access::Permission::kEditItems, item.agency_id, Facts(sql, item).agency_ancestors))
    return Status::Denied("您没有为该机构编写信息的权限");
  CheckColumns(sql, item, errors);
  ResolveReplacement(sql, item, errors);
  CheckFacets(sql, item, nullptr, errors);
  auto related = ResolveRelated(sql, item, errors);
  if (!errors->empty()) return errors->ToStatus();
  const int64_t id = store::InsertItem(sql, item);
  item.id = id;
  store::SetItemColumns(sql, id, item.column_ids);
  store::SaveFacets(sql, id, item);
  store::SetRelations(sql, id, related);
  store::RecordEdit(sql, id, user.id, item.created_at);
  auth::WriteAudit(sql, actor, item.created_at,
                   Entry(item, "item.create", "新建信息：" + item.title, "", ToAuditJson(item)));
  return id;
}

Status CatalogueService::UpdateDraft(const access::Actor& actor, const access::User& user, Item input,
                                     FieldErrors* errors) {
  Item edited = Normalized(std::move(input));
  Validate(edited, errors);
  const int64_t now = clock_.Now();
  return db_->Transact([&](soci::session& sql) {
    auto before = store::FindItem(sql, edited.id);
    if (!before) return Status::NotFound("信息不存在");
    auto refusals = catalogue::Refusals(Action::kEdit, *before, user, Facts(sql, *before));
    if (!refusals.empty()) return Refused(Action::kEdit, *before, refusals);
    Item item = *before;  // the workflow fields stay as they are
    item.department_id = edited.department_id;
    item.title = edited.title;
    item.unified_no = edited.unified_no;
    item.doc_no = edited.doc_no;
    item.written_on = edited.written_on;
    item.validity = edited.validity;
    item.validity_changed_on = edited.validity_changed_on;
    item.replaced_by_index_no = edited.replaced_by_index_no;
    item.topic = edited.topic;
    item.category = edited.category;
    item.genre = edited.genre;
    item.art20 = edited.art20;
    item.keywords = edited.keywords;
    item.summary = edited.summary;
    item.disclosure = edited.disclosure;
    item.exempt_reason = edited.exempt_reason;
    item.body_md = edited.body_md;
    item.publish_at = edited.publish_at;
    item.column_ids = edited.column_ids;
    item.change_note = Trim(edited.change_note);
    item.change_major = edited.change_major;
    item.policy = edited.policy;
    item.enterprise = edited.enterprise;
    item.normative = edited.normative;
    item.exempt_entry_id = edited.exempt_entry_id;
    item.updated_at = now;
    CheckColumns(sql, item, errors);
    ResolveReplacement(sql, item, errors);
    CheckFacets(sql, item, &*before, errors);
    item.related_index_nos = edited.related_index_nos;
    auto related = ResolveRelated(sql, item, errors);
    if (!errors->empty()) return errors->ToStatus();
    store::UpdateItem(sql, item);
    store::SetItemColumns(sql, item.id, item.column_ids);
    store::SaveFacets(sql, item.id, item);
    store::SetRelations(sql, item.id, related);
    store::RecordEdit(sql, item.id, user.id, now);
    auth::WriteAudit(sql, actor, now,
                     Entry(item, "item.update", "修改信息：" + item.title, ToAuditJson(*before), ToAuditJson(item)));
    return Status::Ok();
  });
}

Status CatalogueService::Submit(const access::Actor& actor, const access::User& user, int64_t id) {
  const int64_t now = clock_.Now();
  return db_->Transact([&](soci::session& sql) {
    auto item = store::FindItem(sql, id);
    if (!item) return Status::NotFound("信息不存在");
    auto refusals = catalogue::Refusals(Action::kSubmit, *item, user, Facts(sql, *item));
    if (!refusals.empty()) return Refused(Action::kSubmit, *item, refusals);
    item->state = State::kSubmitted;
    item->review_round += 1;
    item->review_stage = 0;
    item->updated_at = now;
    store::UpdateItem(sql, *item);
    auth::WriteAudit(sql, actor, now, Entry(*item, "item.submit", "提交审核：" + item->title));
    return Status::Ok();
  });
}

// Content fields a revision carries over to the item it revises.
static void CopyContent(const Item& from, Item& to) {
  to.department_id = from.department_id;
  to.title = from.title;
  to.unified_no = from.unified_no;
  to.doc_no = from.doc_no;
  to.written_on = from.written_on;
  to.validity = from.validity;
  to.validity_changed_on = from.validity_changed_on;
  to.replaced_by_id = from.replaced_by_id;
  to.topic = from.topic;
  to.category = from.category;
  to.genre = from.genre;
  to.art20 = from.art20;
  to.keywords = from.keywords;
  to.summary = from.summary;
  to.disclosure = from.disclosure;
  to.exempt_reason = from.exempt_reason;
  to.body_md = from.body_md;
  to.column_ids = from.column_ids;
  // The facets, but not the policy an interpretation belongs to nor a waiver.
  const PolicyFacets kept = to.policy;
  to.policy = from.policy;
  to.policy.interprets_id = kept.interprets_id;
  to.policy.waiver_reason = kept.waiver_reason;
  to.policy.waiver_by = kept.waiver_by;
  to.policy.waiver_at = kept.waiver_at;
  to.enterprise = from.enterprise;
  to.normative = from.normative;
  to.exempt_entry_id = from.exempt_entry_id;
}

Status CatalogueService::Publish(soci::session& sql, Item& item, int64_t now) {
  if (item.revision_of != 0) return PublishRevision(sql, item, now);
  const Date today = ChinaDate(now);
  if (item.index_no.empty()) {
    auto agency = auth::store::FindAgency(sql, item.agency_id);
    if (!agency) return Status::Internal("发布机构不存在");
    const int year = today.year();
    // Imported numbers may already hold some serials: skip them, never reuse.
    for (int attempt = 0; attempt < 100000; ++attempt) {
      std::string candidate = FormatIndexNo(agency->uscc, today, store::NextIndexSerial(sql, item.agency_id, year));
      if (!store::IndexNoTaken(sql, candidate)) {
        item.index_no = candidate;
        break;
      }
    }
    if (item.index_no.empty()) return Status::Internal("无法分配索引号");
  }
  item.state = State::kPublished;
  item.published_on = today;
  item.published_at = now;
  item.updated_at = now;
  store::UpdateItem(sql, item);
  store::InsertVersion(sql, item.id, Version{0, 1, item.title, item.body_md, "首次发布", false, now}, ToAuditJson(item),
                       item.author_id);
  store::StartValidityHistory(sql, item, today, now);
  return Status::Ok();
}

// The approved revision's content replaces the published item's: same id,
// same 索引号, same 发布日期; a new version row records the change.
Status CatalogueService::PublishRevision(soci::session& sql, Item& revision, int64_t now) {
  auto original = store::FindItem(sql, revision.revision_of);
  if (!original || original->state != State::kPublished)
    return Status::Conflict("原信息已不处于发布状态，不能发布这份修订");
  Item merged = *original;
  CopyContent(revision, merged);
  merged.updated_at = now;
  store::UpdateItem(sql, merged);
  store::SetItemColumns(sql, merged.id, merged.column_ids);
  store::SaveFacets(sql, merged.id, merged);
  store::MergeRevisionRows(sql, revision.id, merged.id);
  store::InsertVersion(sql, merged.id,
                       Version{0, store::NextVersionNumber(sql, merged.id), merged.title, merged.body_md,
                               revision.change_note, revision.change_major, now},
                       ToAuditJson(merged), revision.author_id);
  const bool validity_changed = merged.validity != original->validity ||
                                merged.validity_changed_on != original->validity_changed_on ||
                                merged.normative.expires_on != original->normative.expires_on;
  if (!merged.normative.Empty() && validity_changed)
    store::InsertValidityChange(sql, ValidityChange{merged.id, merged.validity_changed_on.value_or(ChinaDate(now)),
                                                    merged.validity, merged.normative.expires_on,
                                                    ValidityChange::Source::kRevision, 0, revision.change_note, now});
  revision = merged;
  return Status::Ok();
}

Result<int64_t> CatalogueService::Revise(const access::Actor& actor, const access::User& user, int64_t id) {
  int64_t draft_id = 0;
  Status s = db_->Transact([&](soci::session& sql) {
    auto made = OpenRevision(sql, actor, user, id);
    if (!made.ok()) return made.status();
    draft_id = made.value();
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return draft_id;
}

Result<int64_t> CatalogueService::OpenRevision(soci::session& sql, const access::Actor& actor, const access::User& user,
                                               int64_t id) {
  const int64_t now = clock_.Now();
  auto item = store::FindItem(sql, id);
  if (!item) return Status::NotFound("信息不存在");
  if (item->state != State::kPublished) return Status::Conflict("只有已发布的信息可以修订");
  if (!access::AllowsFor(user, access::Permission::kEditItems, item->agency_id, Facts(sql, *item).agency_ancestors))
    return Status::Denied("您没有为该机构编写信息的权限");
  if (auto open = store::OpenRevision(sql, id)) return *open;  // one revision at a time: continue the open one
  Item draft = *item;
  draft.id = 0;
  draft.state = State::kDraft;
  draft.review_round = 0;
  draft.review_stage = 0;
  draft.index_no.clear();
  draft.published_on.reset();
  draft.published_at = 0;
  draft.publish_at = 0;
  draft.late_reason.clear();
  draft.withdrawn_reason.clear();
  draft.revision_of = id;
  draft.change_note.clear();
  draft.change_major = false;
  draft.author_id = user.id;
  draft.created_at = draft.updated_at = now;
  const int64_t draft_id = store::InsertItem(sql, draft);
  store::SetItemColumns(sql, draft_id, draft.column_ids);
  store::SaveFacets(sql, draft_id, draft);
  store::CopyAttachments(sql, id, draft_id);
  store::SetRelations(sql, draft_id, store::Relations(sql, id));
  store::RecordEdit(sql, draft_id, user.id, now);
  auth::WriteAudit(sql, actor, now, Entry(*item, "item.revise", "开始修订：" + item->title));
  return draft_id;
}

std::vector<int64_t> CatalogueService::ResolveRelated(soci::session& sql, const Item& item, FieldErrors* errors) {
  std::vector<int64_t> ids;
  for (const auto& raw : item.related_index_nos) {
    std::string index_no = Trim(raw);
    if (index_no.empty()) continue;
    auto other = store::FindItemByIndexNo(sql, index_no);
    if (!other || other->state != State::kPublished) {
      errors->Add("related", "没有索引号为 " + index_no + " 的已发布信息");
      continue;
    }
    if (other->id == item.id || other->id == item.revision_of) continue;
    if (std::find(ids.begin(), ids.end(), other->id) == ids.end()) ids.push_back(other->id);
  }
  return ids;
}

Status CatalogueService::Approve(const access::Actor& actor, const access::User& user, int64_t id,
                                 const std::string& comment, const std::string& late_reason, FieldErrors* errors,
                                 const std::string& content_reason) {
  const int64_t now = clock_.Now();
  std::vector<int64_t> published;
  Status s = db_->Transact([&](soci::session& sql) {
    published.clear();
    auto item = store::FindItem(sql, id);
    if (!item) return Status::NotFound("信息不存在");
    ReviewFacts facts = Facts(sql, *item);
    auto refusals = catalogue::Refusals(Action::kApprove, *item, user, facts);
    if (!refusals.empty()) return Refused(Action::kApprove, *item, refusals);
    // 发布前内容检查: personal information and secret markings stop here.
    const auto blocking = text::BlockingLines(CheckItem(*item, auth::LoadWordingRules(sql), ChinaDate(now)));
    if (!blocking.empty() && Trim(content_reason).empty()) {
      errors->Add("content_reason", "内容检查发现 " + std::to_string(blocking.size()) + " 处个人信息或涉密标识（" +
                                        Join(blocking, "；") + "）。请退回修改；确需公开的，请填写理由后通过");
      return errors->ToStatus();
    }
    if (!blocking.empty()) {
      auto e = Entry(*item, "item.content_override", "内容检查发现问题，审核人记录理由后通过：" + item->title, "",
                     nlohmann::json({{"findings", blocking}, {"reason", Trim(content_reason)}}).dump());
      auth::WriteAudit(sql, actor, now, e);
    }
    const bool later = item->publish_at > now;
    State next = StateAfterApproval(*item, facts.stage_count, later);
    const bool last = next != State::kInReview;
    // Art. 26 speaks of first publication; revisions are dated by their own versions.
    if (last && item->index_no.empty() && item->revision_of == 0 &&
        Late(*item, ChinaDate(later ? item->publish_at : now))) {
      if (Trim(late_reason).empty()) {
        errors->Add("late_reason",
                    "该信息成文已超过 20 个工作日，请填写逾期发布的原因（《政府信息公开条例》第二十六条）");
        return errors->ToStatus();
      }
      item->late_reason = Trim(late_reason);
    }
    const int stage = item->review_stage + 1;
    std::string note = Trim(comment);
    if (!blocking.empty())
      note += std::string(note.empty() ? "" : "\n") + "内容检查问题的处理理由：" + Trim(content_reason);
    store::InsertReview(sql, id, ReviewEvent{0, item->review_round, stage, user.id, "", true, note, now});
    item->review_stage = stage;
    item->updated_at = now;
    // 谁起草谁解读，同步发布: a policy and its interpretation go out together.
    std::optional<Item> waiting_policy;
    const std::string hold = last && item->revision_of == 0 ? HoldReason(sql, *item, &waiting_policy) : "";
    if (!hold.empty()) {
      item->state = State::kInReview;
      store::UpdateItem(sql, *item);
      auth::WriteAudit(sql, actor, now,
                       Entry(*item, "item.approve", StageName(stage) + "通过，" + hold + "：" + item->title));
      // The interpretation was what its policy waited for: the policy goes
      // out now (or at its scheduled time), its interpretations with it.
      if (waiting_policy) return ReleasePolicy(sql, actor, *waiting_policy, now, &published);
      return Status::Ok();
    }
    if (next == State::kPublished) {
      const bool revision = item->revision_of != 0;
      if (Status p = Publish(sql, *item, now); !p.ok()) return p;
      published.push_back(item->id);
      if (revision) {
        auth::WriteAudit(sql, actor, now,
                         Entry(*item, "item.approve", StageName(stage) + "通过，修订已发布：" + item->title));
        return Status::Ok();
      }
    } else {
      item->state = next;
      store::UpdateItem(sql, *item);
    }
    std::string what = StageName(stage) + "通过";
    if (next == State::kPublished) what += "并发布，索引号 " + item->index_no;
    if (next == State::kScheduled) what += "，定时发布";
    auth::WriteAudit(sql, actor, now, Entry(*item, "item.approve", what + "：" + item->title));
    if (next == State::kPublished && item->revision_of == 0)
      if (Status r = ReleaseInterpretations(sql, actor, *item, now, &published); !r.ok()) return r;
    return Status::Ok();
  });
  if (s.ok())
    for (int64_t p : published) Notify(p);
  return s;
}

Status CatalogueService::Reject(const access::Actor& actor, const access::User& user, int64_t id,
                                const std::string& comment, FieldErrors* errors) {
  if (Trim(comment).empty()) {
    errors->Add("comment", "退回时请填写修改意见");
    return errors->ToStatus();
  }
  const int64_t now = clock_.Now();
  return db_->Transact([&](soci::session& sql) {
    auto item = store::FindItem(sql, id);
    if (!item) return Status::NotFound("信息不存在");
    auto refusals = catalogue::Refusals(Action::kReject, *item, user, Facts(sql, *item));
    if (!refusals.empty()) return Refused(Action::kReject, *item, refusals);
    const int stage = item->review_stage + 1;
    store::InsertReview(sql, id, ReviewEvent{0, item->review_round, stage, user.id, "", false, Trim(comment), now});
    item->state = State::kDraft;
    item->review_stage = 0;
    item->updated_at = now;
    store::UpdateItem(sql, *item);
    auth::WriteAudit(sql, actor, now, Entry(*item, "item.reject", StageName(stage) + "退回：" + item->title));
    return Status::Ok();
  });
}

Status CatalogueService::Withdraw(const access::Actor& actor, const access::User& user, int64_t id,
                                  const std::string& reason, FieldErrors* errors) {
  if (Trim(reason).empty()) {
    errors->Add("reason", "请填写撤回原因，该原因将在页面上公开");
    return errors->ToStatus();
  }
  const int64_t now = clock_.Now();
  Status s = db_->Transact([&](soci::session& sql) {
    auto item = store::FindItem(sql, id);
    if (!item) return Status::NotFound("信息不存在");
    auto refusals = catalogue::Refusals(Action::kWithdraw, *item, user, Facts(sql, *item));
    if (!refusals.empty()) return Refused(Action::kWithdraw, *item, refusals);
    Item before = *item;
    item->state = State::kWithdrawn;
    item->withdrawn_reason = Trim(reason);
    item->updated_at = now;
    store::UpdateItem(sql, *item);
    auth::WriteAudit(sql, actor, now,
                     Entry(*item, "item.withdraw", "撤回信息：" + item->title + "（" + item->withdrawn_reason + "）",
                           ToAuditJson(before), ToAuditJson(*item)));
    return Status::Ok();
  });
  if (s.ok()) Notify(id);
  return s;
}

Result<int> CatalogueService::PublishDue() {
  const int64_t now = clock_.Now();
  std::vector<int64_t> due;
  Status s = db_->Read([&](soci::session& sql) {
    due = store::DueItems(sql, now);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  int published = 0;
  for (int64_t id : due) {
    std::vector<int64_t> done;
    s = db_->Transact([&](soci::session& sql) {
      done.clear();
      auto item = store::FindItem(sql, id);
      if (!item || item->state != State::kScheduled) return Status::Ok();
      if (Status p = Publish(sql, *item, now); !p.ok()) return p;
      const access::Actor system{0, "系统", ""};
      auth::WriteAudit(sql, system, now,
                       Entry(*item, "item.publish", "定时发布，索引号 " + item->index_no + "：" + item->title));
      done.push_back(id);
      if (item->revision_of == 0) return ReleaseInterpretations(sql, system, *item, now, &done);
      return Status::Ok();
    });
    if (!s.ok()) return s;
    published += static_cast<int>(done.size());
    for (int64_t p : done) Notify(p);
  }
  return published;
}

}  // namespace gk::catalogue
