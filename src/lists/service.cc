#include "lists/service.h"

#include <soci/soci.h>

#include <nlohmann/json.hpp>

#include "access/scope.h"
#include "auth/audit.h"
#include "common/strings.h"
#include "common/table_file.h"
#include "common/uscc.h"
#include "http/forms.h"

namespace gk::lists {
namespace {

constexpr size_t kMaxShort = 200;   // characters of a one-line field
constexpr size_t kMaxLong = 20000;  // of a long one
constexpr size_t kMaxReason = 500;

auth::AuditEntry AuditOf(const Entry& e, const std::string& action, const std::string& summary) {
  auth::AuditEntry a;
  a.agency_id = e.agency_id;
  a.action = "list_entry." + action;
  a.object_type = "list_entry";
  a.object_id = e.id ? std::to_string(e.id) : "";
  a.summary = summary;
  return a;
}

std::string ValuesJson(const Entry& e) {
  nlohmann::json j = nlohmann::json::object();
  for (const auto& [k, v] : e.fields)
    if (!v.empty()) j[k] = v;
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// "权责清单“食品经营许可”"
std::string Named(const KindDef& kind, const Entry& e) {
  return std::string(kind.label) + "“" + e.Title() + "”";
}

bool IsHttpUrl(const std::string& v) {
  if (v.rfind("http://", 0) != 0 && v.rfind("https://", 0) != 0) return false;
  for (unsigned char c : v)
    if (c <= ' ' || c == '"' || c == '<' || c == '>') return false;
  return v.size() > 8;
}

// What a row's cell or a form's field must be.
void CheckValue(const FieldDef& f, std::string* v, FieldErrors* errors) {
  *v = Trim(*v);
  if (!http::IsValidUtf8(*v)) {
    errors->Add(f.key, std::string(f.label) + "含有无效字符");
    return;
  }
  if (v->empty()) {
    if (f.required) errors->Add(f.key, std::string("请填写") + f.label);
    return;
  }
  const bool long_text = f.type == FieldType::kLongText || f.type == FieldType::kSteps;
  const size_t max = long_text ? kMaxLong : kMaxShort;
  if (Utf8Length(*v) > max) {
    errors->Add(f.key, std::string(f.label) + "不能超过 " + std::to_string(max) + " 个字");
    return;
  }
  if (!long_text && v->find('\n') != std::string::npos) *v = Trim(Join(StepLines(*v), " "));
  switch (f.type) {
    case FieldType::kChoice: {
      bool known = false;
      for (const char* c : f.choices) known = known || *v == c;
      if (!known) {
        std::vector<std::string> names(f.choices.begin(), f.choices.end());
        errors->Add(f.key, std::string(f.label) + "应为" + Join(names, "、") + "之一，而不是“" + *v + "”");
      }
      break;
    }
    case FieldType::kUscc: {
      std::string code = NormalizeUscc(*v);
      if (Status s = ValidateUscc(code); !s.ok()) errors->Add(f.key, std::string(f.label) + "有误：" + s.message());
      else *v = code;
      break;
    }
    case FieldType::kUrl:
      if (!IsHttpUrl(*v)) errors->Add(f.key, std::string(f.label) + "应为以 http:// 或 https:// 开头的网址");
      break;
    default:
      break;
  }
}

}  // namespace

void CheckValues(const KindDef& kind, Values* values, FieldErrors* errors) {
  Values clean;
  for (const auto& f : kind.fields) {
    auto it = values->find(f.key);
    std::string v = it == values->end() ? std::string() : it->second;
    CheckValue(f, &v, errors);
    if (!v.empty()) clean[f.key] = std::move(v);
  }
  *values = std::move(clean);
}

ListService::ListService(std::shared_ptr<storage::Database> db, const Clock& clock)
    : db_(std::move(db)), clock_(clock) {}

Result<int64_t> ListService::Create(const access::Actor& actor, const access::User& user, int64_t agency_id,
                                    const std::string& kind_code, Values values, FieldErrors* errors) {
  *errors = FieldErrors();
  const KindDef* kind = FindKind(kind_code);
  if (!kind) return Status::NotFound("没有这个清单");
  CheckValues(*kind, &values, errors);
  Entry e;
  e.agency_id = agency_id;
  e.kind = kind->code;
  e.fields = std::move(values);
  e.created_at = e.updated_at = clock_.Now();
  Status st = db_->Transact([&](soci::session& sql) {
    if (!access::AllowsFor(user, access::Permission::kManageLists, agency_id, access::AgencyAncestors(sql, agency_id)))
      errors->Add("agency_id", std::string("您没有该机构“") + access::PermissionLabel(access::Permission::kManageLists) +
                                   "”的权限");
    if (!errors->empty()) return Status::Invalid("清单条目有误");
    e.id = store::InsertEntry(sql, e);
    auto audit = AuditOf(e, "create", "新增" + Named(*kind, e) + "（草稿）");
    audit.after_json = ValuesJson(e);
    auth::WriteAudit(sql, actor, e.created_at, audit);
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return e.id;
}

Status ListService::Update(const access::Actor& actor, const access::User& user, int64_t id, Values values,
                           FieldErrors* errors) {
  *errors = FieldErrors();
  const int64_t now = clock_.Now();
  Entry changed;
  Status st = db_->Transact([&](soci::session& sql) {
    auto old = store::FindEntry(sql, id);
    if (!old) return Status::NotFound("该清单条目不存在");
    const KindDef* kind = FindKind(old->kind);
    if (!kind) return Status::NotFound("没有这个清单");
    access::Permission p;
    if (!EditPermission(old->state, &p))
      return Status::Conflict(std::string("该条目已撤下，不能修改；如需修改，请先重新公开"));
    if (Status may = access::RequireIn(sql, user, p, old->agency_id); !may.ok()) return may;
    CheckValues(*kind, &values, errors);
    if (!errors->empty()) return Status::Invalid("清单条目有误");
    changed = *old;
    changed.fields = std::move(values);
    changed.updated_at = now;
    if (!store::UpdateEntry(sql, changed, old->state)) return Status::Conflict("该条目刚被他人修改，请刷新后重试");
    auto audit = AuditOf(changed, "update",
                        "修改" + Named(*kind, changed) + (old->state == EntryState::kPublished ? "（已公开）" : ""));
    audit.before_json = ValuesJson(*old);
    audit.after_json = ValuesJson(changed);
    auth::WriteAudit(sql, actor, now, audit);
    return Status::Ok();
  });
  if (st.ok() && changed.state == EntryState::kPublished)
    gk::Announce(changes_, {ChangeKind::kListEntry, changed.agency_id, changed.id});
  return st;
}

Status ListService::Act(const access::Actor& actor, const access::User& user, int64_t id, EntryAction action,
                        const std::string& reason_in, FieldErrors* errors) {
  *errors = FieldErrors();
  const std::string reason = Trim(reason_in);
  if (action == EntryAction::kWithdraw) {
    if (reason.empty()) errors->Add("reason", "请填写撤下的原因，它将向公众说明");
    else if (!http::IsValidUtf8(reason) || Utf8Length(reason) > kMaxReason)
      errors->Add("reason", "撤下原因不能超过 " + std::to_string(kMaxReason) + " 个字");
    if (!errors->empty()) return Status::Invalid("撤下原因有误");
  }
  const int64_t now = clock_.Now();
  Entry changed;
  bool was_public = false;
  Status st = db_->Transact([&](soci::session& sql) {
    auto old = store::FindEntry(sql, id);
    if (!old) return Status::NotFound("该清单条目不存在");
    const KindDef* kind = FindKind(old->kind);
    if (!kind) return Status::NotFound("没有这个清单");
    std::vector<int64_t> ancestors = access::AgencyAncestors(sql, old->agency_id);
    auto refusals = Refusals(action, *old, user, ancestors);
    if (!refusals.empty()) {
      const bool denied = !access::AllowsFor(user, ActionPermission(action), old->agency_id, ancestors);
      return denied ? Status::Denied(refusals.front()) : Status::Conflict(refusals.front());
    }
    changed = *old;
    was_public = old->state == EntryState::kPublished;
    if (action == EntryAction::kDelete) {
      if (!store::DeleteDraft(sql, id)) return Status::Conflict("该条目刚被他人修改，请刷新后重试");
      auth::WriteAudit(sql, actor, now, AuditOf(changed, "delete", "删除草稿" + Named(*kind, changed)));
      return Status::Ok();
    }
    changed.state = NextState(action, old->state);
    changed.updated_at = now;
    if (action == EntryAction::kWithdraw) {
      changed.withdraw_reason = reason;
      changed.withdrawn_at = now;
    } else {
      changed.withdraw_reason.clear();
      changed.withdrawn_at = 0;
      if (changed.published_at == 0) changed.published_at = now;
    }
    if (!store::UpdateEntry(sql, changed, old->state)) return Status::Conflict("该条目刚被他人修改，请刷新后重试");
    std::string summary = std::string(EntryActionLabel(action)) + Named(*kind, changed);
    if (action == EntryAction::kWithdraw) summary += "，原因：" + reason;
    auth::WriteAudit(sql, actor, now, AuditOf(changed, EntryActionCode(action), summary));
    return Status::Ok();
  });
  if (st.ok() && (was_public || changed.state == EntryState::kPublished))
    gk::Announce(changes_, {ChangeKind::kListEntry, changed.agency_id, changed.id});
  return st;
}

Result<ImportSummary> ListService::Import(const access::Actor& actor, const access::User& user, int64_t agency_id,
                                          const std::string& kind_code, const std::string& file_name,
                                          std::string_view content, bool publish,
                                          std::vector<std::string>* row_errors) {
  row_errors->clear();
  const KindDef* kind = FindKind(kind_code);
  if (!kind) return Status::NotFound("没有这个清单");
  auto table = ReadTableFile(file_name, content);
  if (!table.ok()) {
    row_errors->push_back(table.status().message());
    return Status::Invalid("文件无法读取，未导入");
  }
  ImportSummary summary;
  summary.published = publish;
  std::map<std::string, const FieldDef*> field_of;  // header → field
  std::map<std::string, std::string> header_of;     // field key → header
  for (const auto& h : table->headers) {
    const std::string n = NormalizeHeader(h);
    const FieldDef* found = nullptr;
    for (const auto& f : kind->fields)
      if (n == NormalizeHeader(f.label) || n == f.key) found = &f;
    if (!found) {
      summary.ignored_columns.push_back(h);
      continue;
    }
    if (auto dup = header_of.find(found->key); dup != header_of.end())
      row_errors->push_back("文件中“" + dup->second + "”和“" + h + "”是同一列，请只保留一列");
    header_of[found->key] = h;
    field_of[h] = found;
  }
  for (const auto& f : kind->fields)
    if (f.required && !header_of.count(f.key)) row_errors->push_back(std::string("文件缺少“") + f.label + "”列");
  if (table->rows.size() > kMaxImportRows)
    row_errors->push_back("文件超过 " + std::to_string(kMaxImportRows) + " 行，请分批导入");
  if (table->rows.empty() && row_errors->empty()) row_errors->push_back("文件中没有数据行");
  if (!row_errors->empty()) return Status::Invalid("文件有误，未导入");

  const int64_t now = clock_.Now();
  std::vector<Entry> entries;
  for (const auto& row : table->rows) {
    Values values;
    for (const auto& [header, value] : row.cells)
      if (auto it = field_of.find(header); it != field_of.end()) values[it->second->key] = value;
    FieldErrors errors;
    CheckValues(*kind, &values, &errors);
    for (const auto& [field, message] : errors.all())
      if (row_errors->size() < 200) row_errors->push_back("第 " + std::to_string(row.line) + " 行：" + message);
    Entry e;
    e.agency_id = agency_id;
    e.kind = kind->code;
    e.fields = std::move(values);
    e.state = publish ? EntryState::kPublished : EntryState::kDraft;
    e.created_at = e.updated_at = now;
    e.published_at = publish ? now : 0;
    entries.push_back(std::move(e));
  }
  if (!row_errors->empty()) return Status::Invalid("文件有误，未导入");
  Status st = db_->Transact([&](soci::session& sql) {
    if (Status may = access::RequireIn(sql, user, access::Permission::kManageLists, agency_id); !may.ok()) return may;
    if (publish)
      if (Status may = access::RequireIn(sql, user, access::Permission::kPublishLists, agency_id); !may.ok())
        return may;
    for (auto& e : entries) e.id = store::InsertEntry(sql, e);
    Entry first;
    first.agency_id = agency_id;
    auto audit = AuditOf(first, "import",
                        "从文件“" + file_name + "”导入" + kind->label + " " + std::to_string(entries.size()) + " 条" +
                            (publish ? "并公开" : "（草稿）"));
    auth::WriteAudit(sql, actor, now, audit);
    return Status::Ok();
  });
  if (!st.ok()) return st;
  summary.imported = static_cast<int64_t>(entries.size());
  if (publish) gk::Announce(changes_, {ChangeKind::kListEntry, agency_id, 0});
  return summary;
}

Result<Entry> ListService::Get(int64_t id) {
  std::optional<Entry> e;
  Status s = db_->Read([&](soci::session& sql) {
    e = store::FindEntry(sql, id);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  if (!e) return Status::NotFound("该清单条目不存在");
  return *e;
}

Result<store::EntryPage> ListService::List(const store::EntryFilter& f) {
  store::EntryPage page;
  Status s = db_->Read([&](soci::session& sql) {
    page = store::ListEntries(sql, f);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return page;
}

Result<std::map<std::string, std::map<EntryState, int64_t>>> ListService::Counts(
    const std::vector<int64_t>* agency_ids) {
  std::map<std::string, std::map<EntryState, int64_t>> out;
  Status s = db_->Read([&](soci::session& sql) {
    out = store::CountEntries(sql, agency_ids);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

Result<std::vector<std::pair<std::string, int64_t>>> ListService::Facets(const KindDef& kind) {
  std::vector<std::pair<std::string, int64_t>> found;
  Status s = db_->Read([&](soci::session& sql) {
    found = store::Facets(sql, kind.code);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  std::vector<std::pair<std::string, int64_t>> out;
  const FieldDef* f = *kind.filter ? kind.Field(kind.filter) : nullptr;
  if (f)
    for (const char* c : f->choices)
      for (const auto& [value, n] : found)
        if (value == c) out.emplace_back(value, n);
  return out;
}

}  // namespace gk::lists
