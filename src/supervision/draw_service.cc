#include "supervision/draw_service.h"

#include <soci/soci.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "access/scope.h"
#include "auth/audit.h"
#include "common/china_time.h"
#include "common/csv.h"
#include "common/sha256.h"
#include "common/strings.h"
#include "common/uscc.h"
#include "http/forms.h"

namespace gk::supervision {
namespace {

constexpr size_t kMaxNameChars = 100;
constexpr size_t kMaxTitleChars = 200;
constexpr size_t kMaxTextChars = 2000;
constexpr size_t kMaxRowErrors = 50;

// A header row names the columns rather than holding an id.
bool IsHeader(const std::vector<std::string>& fields) {
  if (fields.empty()) return false;
  const std::string first = Trim(fields[0]);
  for (const char* word : {"代码", "证号", "编号", "号码", "名称", "姓名", "ident", "id"})
    if (first.find(word) != std::string::npos) return true;
  return false;
}

bool IsCertificateNumber(const std::string& s) {
  if (s.empty() || s.size() > 40) return false;
  return std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isalnum(c) || c == '-'; });
}

// Fewest inspectors any target keeps after its exclusions.
size_t FewestLeft(const std::vector<std::string>& targets, size_t inspectors, const std::vector<Exclusion>& ex,
                  const std::set<std::string>& inspector_ids) {
  std::map<std::string, std::set<std::string>> out;
  for (const auto& e : ex)
    if (inspector_ids.count(e.inspector)) out[e.target].insert(e.inspector);
  size_t fewest = inspectors;
  for (const auto& t : targets) {
    auto it = out.find(t);
    if (it != out.end()) fewest = std::min(fewest, inspectors - it->second.size());
  }
  return fewest;
}

auth::AuditEntry Entry(const DrawRecord& d, const std::string& action, const std::string& summary) {
  auth::AuditEntry e;
  e.agency_id = d.agency_id;
  e.action = action;
  e.object_type = "draw";
  e.object_id = std::to_string(d.id);
  e.summary = summary;
  return e;
}

Status Refused(const std::vector<std::string>& refusals, bool permission) {
  const std::string text = Join(refusals, "；");
  return permission ? Status::Denied(text) : Status::Conflict(text);
}

}  // namespace

std::string ListText(const std::vector<std::string>& ids) {
  std::string out;
  for (const auto& id : ids) out += id + "\n";
  return out;
}

std::string ListSha256(const std::vector<std::string>& ids) { return Sha256Hex(ListText(ids)); }

std::vector<ListEntry> ParseListCsv(ListKind kind, const std::string& csv, std::vector<std::string>* row_errors) {
  std::vector<ListEntry> out;
  std::vector<CsvRecord> records;
  int bad_line = 0;
  if (!http::IsValidUtf8(csv)) {
    row_errors->push_back("文件不是 UTF-8 编码的文本（从 Excel 另存为“CSV UTF-8”）");
    return out;
  }
  if (!ParseCsv(csv, &records, &bad_line)) {
    row_errors->push_back("第 " + std::to_string(bad_line) + " 行：引号没有闭合");
    return out;
  }
  std::map<std::string, int> seen;
  size_t errors = 0;
  auto bad = [&](int line, const std::string& msg) {
    if (++errors <= kMaxRowErrors) row_errors->push_back("第 " + std::to_string(line) + " 行：" + msg);
  };
  for (size_t i = 0; i < records.size(); ++i) {
    const auto& r = records[i];
    bool blank = std::all_of(r.fields.begin(), r.fields.end(), [](const std::string& f) { return Trim(f).empty(); });
    if (blank) continue;
    if (i == 0 && IsHeader(r.fields)) continue;
    ListEntry e;
    e.ident = r.fields.empty() ? "" : Trim(r.fields[0]);
    e.name = r.fields.size() > 1 ? Trim(r.fields[1]) : "";
    e.note = r.fields.size() > 2 ? Trim(r.fields[2]) : "";
    if (kind == ListKind::kTargets) {
      e.ident = NormalizeUscc(e.ident);
      if (e.ident.empty()) {
        bad(r.line, "缺少统一社会信用代码");
      } else if (Status s = ValidateUscc(e.ident); !s.ok()) {
        bad(r.line, "统一社会信用代码 " + e.ident + " 有误：" + s.message());
      }
    } else if (!IsCertificateNumber(e.ident)) {
      bad(r.line,
          e.ident.empty() ? "缺少执法证号" : "执法证号 " + e.ident + " 只能由字母、数字和连字符组成（至多 40 个）");
    }
    if (e.name.empty()) bad(r.line, kind == ListKind::kTargets ? "缺少企业名称" : "缺少姓名");
    if (Utf8Length(e.name) > kMaxNameChars || Utf8Length(e.note) > kMaxTextChars) bad(r.line, "名称或备注过长");
    if (!e.ident.empty()) {
      auto [it, fresh] = seen.emplace(e.ident, r.line);
      if (!fresh) bad(r.line, e.ident + " 与第 " + std::to_string(it->second) + " 行重复");
    }
    out.push_back(std::move(e));
  }
  if (errors > kMaxRowErrors) row_errors->push_back("还有 " + std::to_string(errors - kMaxRowErrors) + " 处错误未列出");
  if (out.empty() && row_errors->empty()) row_errors->push_back("名录中没有数据行");
  if (out.size() > DrawService::kMaxListEntries)
    row_errors->push_back("名录超过 " + std::to_string(DrawService::kMaxListEntries) + " 行，请分批");
  return out;
}

DrawService::DrawService(std::shared_ptr<storage::Database> db, const Clock& clock)
    : db_(std::move(db)), clock_(clock) {}

void DrawService::Changed(const DrawRecord& d) const { gk::Announce(changes_, {ChangeKind::kDraw, d.agency_id, d.id}); }

Result<DrawList> DrawService::ImportList(const access::Actor& actor, const access::User& user, const ListUpload& upload,
                                         FieldErrors* errors, std::vector<std::string>* row_errors) {
  *errors = FieldErrors();
  row_errors->clear();
  const std::string name = Trim(upload.name);
  if (name.empty()) errors->Add("name", "请填写名录名称");
  if (Utf8Length(name) > kMaxNameChars) errors->Add("name", "名录名称不能超过 100 个字");
  std::vector<ListEntry> entries = ParseListCsv(upload.kind, upload.csv, row_errors);
  DrawList list;
  list.agency_id = upload.agency_id;
  list.kind = upload.kind;
  list.name = name;
  list.created_at = clock_.Now();
  std::vector<std::string> ids;
  for (const auto& e : entries) ids.push_back(e.ident);
  list.sha256 = ListSha256(Canonical(ids));
  list.entries = static_cast<int64_t>(entries.size());
  Status s = db_->Transact([&](soci::session& sql) {
    if (!access::AllowsFor(user, access::Permission::kManageDraws, upload.agency_id,
                           access::AgencyAncestors(sql, upload.agency_id)))
      errors->Add("agency_id", "您没有该机构“准备双随机抽查”的权限");
    if (!errors->empty() || !row_errors->empty()) return Status::Invalid("名录有误，未导入");
    list.version = store::NextListVersion(sql, list.agency_id, list.kind, list.name);
    list.id = store::InsertList(sql, list, actor.user_id, entries);
    auth::AuditEntry e;
    e.agency_id = list.agency_id;
    e.action = "draw_list.import";
    e.object_type = "draw_list";
    e.object_id = std::to_string(list.id);
    e.summary = std::string("导入") + ListKindLabel(list.kind) + "“" + list.name + "”第 " +
                std::to_string(list.version) + " 版，" + std::to_string(list.entries) + " 条";
    auth::WriteAudit(sql, actor, list.created_at, e);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return list;
}

Result<std::vector<DrawList>> DrawService::Lists(const std::vector<int64_t>* agency_ids) {
  std::vector<DrawList> out;
  Status s = db_->Read([&](soci::session& sql) {
    out = store::ListLists(sql, agency_ids);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

Result<DrawList> DrawService::GetList(int64_t id) {
  std::optional<DrawList> l;
  Status s = db_->Read([&](soci::session& sql) {
    l = store::FindList(sql, id);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  if (!l) return Status::NotFound("名录不存在");
  return *l;
}

Result<std::vector<ListEntry>> DrawService::Entries(int64_t list_id, int limit, int offset) {
  std::vector<ListEntry> out;
  Status s = db_->Read([&](soci::session& sql) {
    out = store::ListEntries(sql, list_id, limit, offset);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

Result<std::vector<std::string>> DrawService::CanonicalIds(int64_t list_id) {
  std::vector<std::string> ids;
  Status s = db_->Read([&](soci::session& sql) {
    ids = store::ListIdents(sql, list_id);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return Canonical(std::move(ids));
}

Status DrawService::ValidateForm(soci::session& sql, const access::User& user, const DrawForm& form, DrawRecord* d,
                                 FieldErrors* errors) {
  *errors = FieldErrors();  // this attempt's (a transaction may be retried)
  d->title = Trim(form.title);
  d->scope = Trim(form.scope);
  d->seed_source = Trim(form.seed_source);
  if (d->title.empty()) errors->Add("title", "请填写抽查任务名称");
  if (Utf8Length(d->title) > kMaxTitleChars) errors->Add("title", "名称不能超过 200 个字");
  if (Utf8Length(d->scope) > kMaxTextChars) errors->Add("scope", "抽查事项不能超过 2000 个字");
  if (d->seed_source.empty()) errors->Add("seed_source", "请写明随机种子的来源，如“2027年3月5日上证综合指数收盘价”");
  if (Utf8Length(d->seed_source) > kMaxTitleChars) errors->Add("seed_source", "种子来源不能超过 200 个字");
  auto number = [&](const std::string& field, const std::string& text, int* out) {
    const std::string t = Trim(text);
    if (t.empty() || t.size() > 6 ||
        !std::all_of(t.begin(), t.end(), [](unsigned char c) { return std::isdigit(c); }) || std::stoi(t) < 1) {
      errors->Add(field, "请填写正整数");
      return;
    }
    *out = std::stoi(t);
  };
  number("n", form.n, &d->n);
  number("m", form.m, &d->m);
  auto list = [&](const std::string& field, const std::string& text, ListKind kind, int64_t* out) {
    const int64_t id = std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c); }) &&
                               !text.empty() && text.size() < 18
                           ? std::stoll(text)
                           : 0;
    auto l = id ? store::FindList(sql, id) : std::nullopt;
    if (!l || l->kind != kind || l->agency_id != d->agency_id)
      errors->Add(field, std::string("请选择本机构的") + ListKindLabel(kind));
    else *out = id;
  };
  list("target_list_id", form.target_list_id, ListKind::kTargets, &d->target_list_id);
  list("inspector_list_id", form.inspector_list_id, ListKind::kInspectors, &d->inspector_list_id);
  if (!access::AllowsFor(user, access::Permission::kManageDraws, d->agency_id,
                         access::AgencyAncestors(sql, d->agency_id)))
    errors->Add("agency_id", "您没有该机构“准备双随机抽查”的权限");
  return errors->empty() ? Status::Ok() : Status::Invalid("抽查方案有误");
}

Result<int64_t> DrawService::Create(const access::Actor& actor, const access::User& user, const DrawForm& form,
                                    FieldErrors* errors) {
  DrawRecord d;
  d.agency_id = form.agency_id;
  d.created_at = d.updated_at = clock_.Now();
  Status s = db_->Transact([&](soci::session& sql) {
    if (Status v = ValidateForm(sql, user, form, &d, errors); !v.ok()) return v;
    d.id = store::InsertDraw(sql, d, actor.user_id);
    auth::WriteAudit(sql, actor, d.created_at, Entry(d, "draw.create", "新建双随机抽查“" + d.title + "”"));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return d.id;
}

Status DrawService::Transition(const access::Actor& actor, const access::User& user, int64_t id, DrawAction action,
                               const std::string& summary, const Apply& apply) {
  DrawRecord changed;
  const int64_t now = clock_.Now();
  Status s = db_->Transact([&](soci::session& sql) {
    auto d = store::FindDraw(sql, id);
    if (!d) return Status::NotFound("抽查不存在");
    DrawFacts facts;
    facts.agency_ancestors = access::AgencyAncestors(sql, d->agency_id);
    if (!access::AllowsFor(user, ActionPermission(action), d->agency_id, facts.agency_ancestors))
      return Refused(Refusals(action, *d, user, facts), true);
    if (!StateAllows(action, d->state))
      return Status::Conflict(std::string("该抽查当前为“") + DrawStateLabel(d->state) + "”，不能" +
                              DrawActionLabel(action));
    const DrawState was = d->state;
    if (Status a = apply(sql, *d, facts); !a.ok()) return a;
    if (auto refusals = Refusals(action, *d, user, facts); !refusals.empty()) return Refused(refusals, false);
    d->state = NextState(action, was);
    d->updated_at = now;
    if (!store::UpdateDraw(sql, *d, was)) return Status::Conflict("该抽查刚被他人修改，请刷新后重试");
    auth::WriteAudit(sql, actor, now, Entry(*d, std::string("draw.") + DrawActionCode(action), summary));
    changed = *d;
    return Status::Ok();
  });
  if (s.ok()) Changed(changed);
  return s;
}

Status DrawService::Update(const access::Actor& actor, const access::User& user, int64_t id, const DrawForm& form,
                           FieldErrors* errors) {
  return Transition(
      actor, user, id, DrawAction::kEdit, "修改抽查方案",
      [&](soci::session& sql, DrawRecord& d, DrawFacts&) { return ValidateForm(sql, user, form, &d, errors); });
}

Status DrawService::AddExclusion(const access::Actor& actor, const access::User& user, int64_t id, Exclusion e,
                                 FieldErrors* errors) {
  e.target = NormalizeUscc(e.target);
  e.inspector = Trim(e.inspector);
  e.reason = Trim(e.reason);
  return Transition(
      actor, user, id, DrawAction::kEdit, "登记回避：" + e.target + " / " + e.inspector,
      [&](soci::session& sql, DrawRecord& d, DrawFacts&) {
        *errors = FieldErrors();
        if (store::FindEntries(sql, d.target_list_id, {e.target}).empty())
          errors->Add("target", "检查对象名录中没有 " + (e.target.empty() ? std::string("该对象") : e.target));
        if (store::FindEntries(sql, d.inspector_list_id, {e.inspector}).empty())
          errors->Add("inspector", "检查人员名录中没有 " + (e.inspector.empty() ? std::string("该人员") : e.inspector));
        if (e.reason.empty()) errors->Add("reason", "请写明回避理由");
        if (Utf8Length(e.reason) > kMaxTitleChars) errors->Add("reason", "回避理由不能超过 200 个字");
        if (!errors->empty()) return Status::Invalid("回避登记有误");
        if (!store::InsertExclusion(sql, d.id, e, actor.user_id, clock_.Now()))
          errors->Add("inspector", "这一回避已经登记过");
        return errors->empty() ? Status::Ok() : Status::Invalid("回避登记有误");
      });
}

Status DrawService::RemoveExclusion(const access::Actor& actor, const access::User& user, int64_t id,
                                    const std::string& target, const std::string& inspector) {
  return Transition(actor, user, id, DrawAction::kEdit, "撤销回避：" + target + " / " + inspector,
                    [&](soci::session& sql, DrawRecord& d, DrawFacts&) {
                      if (!store::DeleteExclusion(sql, d.id, target, inspector))
                        return Status::NotFound("没有这一回避登记");
                      return Status::Ok();
                    });
}

Status DrawService::Announce(const access::Actor& actor, const access::User& user, int64_t id) {
  return Transition(
      actor, user, id, DrawAction::kAnnounce, "公布抽查方案", [&](soci::session& sql, DrawRecord& d, DrawFacts& f) {
        const auto targets = Canonical(store::ListIdents(sql, d.target_list_id));
        const auto inspectors = Canonical(store::ListIdents(sql, d.inspector_list_id));
        f.targets = targets.size();
        f.inspectors = inspectors.size();
        f.fewest_inspectors_left = FewestLeft(targets, inspectors.size(), store::ListExclusions(sql, d.id),
                                              std::set<std::string>(inspectors.begin(), inspectors.end()));
        d.input_sha256 = InputSha256(targets, inspectors);
        d.announced_at = clock_.Now();
        return Status::Ok();
      });
}

Status DrawService::LockSeed(const access::Actor& actor, const access::User& user, int64_t id, const std::string& seed,
                             FieldErrors* errors) {
  return Transition(actor, user, id, DrawAction::kLockSeed, "锁定随机种子：" + seed,
                    [&](soci::session&, DrawRecord& d, DrawFacts&) {
                      *errors = FieldErrors();
                      if (Status s = CheckSeed(seed); !s.ok()) {
                        errors->Add("seed", s.message());
                        return s;
                      }
                      d.seed = seed;
                      d.seed_locked_at = clock_.Now();
                      return Status::Ok();
                    });
}

Status DrawService::Run(const access::Actor& actor, const access::User& user, int64_t id) {
  return Transition(actor, user, id, DrawAction::kRun, "执行抽取", [&](soci::session& sql, DrawRecord& d, DrawFacts&) {
    DrawInput in;
    in.seed = d.seed;
    in.targets = store::ListIdents(sql, d.target_list_id);
    in.inspectors = store::ListIdents(sql, d.inspector_list_id);
    for (const auto& e : store::ListExclusions(sql, d.id)) in.exclusions.emplace_back(e.target, e.inspector);
    in.n = d.n;
    in.m = d.m;
    auto r = Draw(in);
    if (!r.ok()) return r.status();
    // The lists never change after import; the hash says so once more.
    if (r->input_sha256 != d.input_sha256) return Status::Internal("draw input changed after it was announced");
    d.result = r->result;
    d.completed_at = clock_.Now();
    return Status::Ok();
  });
}

Status DrawService::Cancel(const access::Actor& actor, const access::User& user, int64_t id, const std::string& reason,
                           FieldErrors* errors) {
  const std::string why = Trim(reason);
  return Transition(actor, user, id, DrawAction::kCancel, "取消抽查：" + why,
                    [&](soci::session&, DrawRecord& d, DrawFacts&) {
                      *errors = FieldErrors();
                      if (why.empty()) errors->Add("reason", "请写明取消的理由（将公开）");
                      if (Utf8Length(why) > kMaxTitleChars) errors->Add("reason", "理由不能超过 200 个字");
                      if (!errors->empty()) return Status::Invalid("请写明取消的理由");
                      d.cancel_reason = why;
                      d.cancelled_at = clock_.Now();
                      return Status::Ok();
                    });
}

Status DrawService::RecordInspection(const access::Actor& actor, const access::User& user, int64_t id,
                                     const Inspection& i, FieldErrors* errors) {
  return Transition(actor, user, id, DrawAction::kRecordInspection, "登记检查结果：" + i.target,
                    [&](soci::session& sql, DrawRecord& d, DrawFacts&) {
                      *errors = FieldErrors();
                      const bool drawn = std::any_of(d.result.begin(), d.result.end(),
                                                     [&](const Assignment& a) { return a.target == i.target; });
                      if (!drawn) errors->Add("target", "该对象不在本次抽取结果中");
                      if (Utf8Length(i.details) > kMaxTextChars) errors->Add("details", "说明不能超过 2000 个字");
                      if (i.inspected_on > ChinaToday(clock_)) errors->Add("inspected_on", "检查日期不能晚于今天");
                      if (!errors->empty()) return Status::Invalid("检查结果有误");
                      store::UpsertInspection(sql, d.id, i, actor.user_id, clock_.Now());
                      return Status::Ok();
                    });
}

Result<DrawView> DrawService::Get(int64_t id) {
  DrawView v;
  bool found = false;
  Status s = db_->Read([&](soci::session& sql) {
    auto d = store::FindDraw(sql, id);
    if (!d) return Status::Ok();
    found = true;
    v.draw = *d;
    if (auto l = store::FindList(sql, d->target_list_id)) v.targets = *l;
    if (auto l = store::FindList(sql, d->inspector_list_id)) v.inspectors = *l;
    v.exclusions = store::ListExclusions(sql, id);
    v.inspections = store::ListInspections(sql, id);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  if (!found) return Status::NotFound("抽查不存在");
  return v;
}

Result<store::DrawPage> DrawService::List(const store::DrawFilter& f) {
  store::DrawPage page;
  Status s = db_->Read([&](soci::session& sql) {
    page = store::ListDraws(sql, f);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return page;
}

Result<DrawInput> DrawService::Input(const DrawRecord& d) {
  DrawInput in;
  Status s = db_->Read([&](soci::session& sql) {
    in.targets = Canonical(store::ListIdents(sql, d.target_list_id));
    in.inspectors = Canonical(store::ListIdents(sql, d.inspector_list_id));
    for (const auto& e : store::ListExclusions(sql, d.id)) in.exclusions.emplace_back(e.target, e.inspector);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  std::sort(in.exclusions.begin(), in.exclusions.end());
  in.seed = d.seed;
  in.n = d.n;
  in.m = d.m;
  return in;
}

Result<std::map<std::string, ListEntry>> DrawService::Names(const DrawRecord& d, ListKind kind) {
  std::vector<std::string> ids;
  for (const auto& a : d.result) {
    if (kind == ListKind::kTargets) ids.push_back(a.target);
    else ids.insert(ids.end(), a.inspectors.begin(), a.inspectors.end());
  }
  std::map<std::string, ListEntry> out;
  Status s = db_->Read([&](soci::session& sql) {
    out = store::FindEntries(sql, kind == ListKind::kTargets ? d.target_list_id : d.inspector_list_id, ids);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

std::vector<DrawAction> DrawService::Allowed(const DrawView& v, const access::Scope& scope) {
  std::vector<DrawAction> out;
  for (DrawAction a : {DrawAction::kEdit, DrawAction::kAnnounce, DrawAction::kLockSeed, DrawAction::kRun,
                       DrawAction::kCancel, DrawAction::kRecordInspection})
    if (StateAllows(a, v.draw.state) && scope.Allows(ActionPermission(a), v.draw.agency_id)) out.push_back(a);
  return out;
}

}  // namespace gk::supervision
