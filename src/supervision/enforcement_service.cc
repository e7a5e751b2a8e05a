#include "supervision/enforcement_service.h"

#include <soci/soci.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <exception>
#include <limits>
#include <set>
#include <thread>

#include "auth/audit.h"
#include "common/china_time.h"
#include "common/strings.h"
#include "common/table_file.h"
#include "common/uscc.h"
#include "http/forms.h"

namespace gk::supervision {
namespace {

constexpr size_t kMaxShort = 200;
constexpr size_t kMaxLong = 5000;
constexpr size_t kMaxRowErrors = 50;
constexpr size_t kMaxSearchText = 4000;  // bytes
// SQLite's page cache during an import: at 200,000 rows a file, 2,600–3,500
// rows/s with the default 2 MiB, about 6,900 with 256 MiB (bench/README.md).
constexpr int kImportCacheMib = 256;

// The columns of the 双公示 files (信用中国's wording) and the console's
// fields. A header is compared after NormalizeHeader.
const std::vector<DecisionField>& Fields() {
  static const std::vector<DecisionField> k = {
      {"party_name", "行政相对人名称", "行政相对人名称", "行政相对人名称", {"行政相对人名称"}},
      {"party_type", "行政相对人类别", "行政相对人类别", "行政相对人类别", {"行政相对人类别"}},
      {"party_uscc",
       "统一社会信用代码",
       "统一社会信用代码",
       "统一社会信用代码",
       {"统一社会信用代码", "行政相对人代码_1（统一社会信用代码）", "行政相对人代码_1"}},
      {"legal_rep", "法定代表人", "法定代表人", "法定代表人", {"法定代表人", "法定代表人（负责人）", "经营者"}},
      {"id_type", "证件类型", "证件类型", "证件类型", {"证件类型"}},
      {"id_number", "证件号码", "证件号码", "证件号码", {"证件号码"}},
      {"doc_no",
       "行政处罚决定书文号",
       "行政许可决定文书号",
       "决定书文号",
       {"行政处罚决定书文号", "行政许可决定文书号", "决定书文号", "行政强制决定书文号"}},
      {"violation_type", "违法行为类型", "", "", {"违法行为类型"}},
      {"facts", "违法事实", "", "违法事实", {"违法事实", "主要违法事实"}, true},
      {"basis", "处罚依据", "许可依据", "强制依据", {"处罚依据", "许可依据", "强制依据"}, true},
      {"categories", "处罚类别", "许可类别", "强制措施种类", {"处罚类别", "许可类别", "强制措施种类"}},
      {"content", "处罚内容", "许可内容", "强制措施内容", {"处罚内容", "许可内容", "强制措施内容"}, true},
      {"fine", "罚款金额（万元）", "", "", {"罚款金额（万元）", "罚款金额"}},
      {"confiscated",
       "没收违法所得、没收非法财物的金额（万元）",
       "",
       "",
       {"没收违法所得、没收非法财物的金额（万元）", "没收违法所得、没收非法财物的金额"}},
      {"certificate_name", "", "许可证书名称", "", {"许可证书名称"}},
      {"licence_no", "", "许可编号", "", {"许可编号"}},
      {"valid_from", "", "有效期自", "", {"有效期自"}},
      {"valid_to", "", "有效期至", "", {"有效期至"}},
      {"decided_on",
       "处罚决定日期",
       "许可决定日期",
       "决定日期",
       {"处罚决定日期", "许可决定日期", "决定日期", "强制措施决定日期"}},
      {"authority", "处罚机关", "许可机关", "实施机关", {"处罚机关", "许可机关", "实施机关"}},
      {"authority_uscc",
       "处罚机关统一社会信用代码",
       "许可机关统一社会信用代码",
       "实施机关统一社会信用代码",
       {"处罚机关统一社会信用代码", "许可机关统一社会信用代码", "实施机关统一社会信用代码"}},
  };
  return k;
}

const DecisionField& FieldByCode(const std::string& code) {
  for (const auto& f : Fields())
    if (code == f.code) return f;
  return Fields().front();
}

auth::AuditEntry Entry(int64_t agency_id, int64_t id, const std::string& action, const std::string& summary) {
  return auth::ObjectEntry("enforcement", agency_id, id, action, summary);
}

std::string Describe(const Decision& d) { return std::string(DecisionKindLabel(d.kind)) + "决定“" + d.doc_no + "”"; }

}  // namespace

const std::vector<DecisionField>& DecisionFields() { return Fields(); }

const char* FieldLabel(const DecisionField& f, DecisionKind kind) {
  switch (kind) {
    case DecisionKind::kPenalty:
      return f.penalty_label;
    case DecisionKind::kLicence:
      return f.licence_label;
    case DecisionKind::kCoercive:
      return f.coercive_label;
  }
  return "";
}

EnforcementService::EnforcementService(std::shared_ptr<storage::Database> db, const Clock& clock,
                                       const WorkCalendar& calendar, EnforcementSettings settings, text::NameMask names)
    : db_(std::move(db)), clock_(clock), calendar_(calendar), settings_(settings), names_(names) {}

Date EnforcementService::Today() const { return ChinaToday(clock_); }

std::optional<Date> EnforcementService::WithdrawDeadline(const Decision& d) const {
  if (!d.revoked_on) return std::nullopt;
  return WithdrawDue(calendar_, *d.revoked_on, settings_);
}

void EnforcementService::Changed(int64_t agency_id, int64_t id) const {
  gk::Announce(changes_, {ChangeKind::kEnforcement, agency_id, id});
}

void EnforcementService::Parse(const DecisionForm& form, Decision* d, FieldErrors* errors) const {
  const Date today = Today();
  const DecisionKind kind = form.kind;
  d->kind = kind;
  d->agency_id = form.agency_id;
  auto label = [&](const char* code) { return std::string(FieldLabel(FieldByCode(code), kind)); };
  // The trimmed text of a field the kind has, checked for length.
  auto text = [&](const char* code, size_t max, bool required) {
    const DecisionField& f = FieldByCode(code);
    if (*FieldLabel(f, kind) == '\0') return std::string();
    std::string v = Trim(form.Get(code));
    if (!http::IsValidUtf8(v)) errors->Add(code, label(code) + "含有无效字符");
    else if (required && v.empty()) errors->Add(code, "请填写" + label(code));
    else if (Utf8Length(v) > max) errors->Add(code, label(code) + "不能超过 " + std::to_string(max) + " 个字");
    return v;
  };
  auto date = [&](const char* code, bool required) -> std::optional<Date> {
    const std::string v = text(code, kMaxShort, required);
    if (v.empty()) return std::nullopt;
    auto on = ParseDayText(v);
    if (!on) errors->Add(code, label(code) + "“" + v + "”不是日期，应为 年-月-日，如 " + today.ToString());
    return on;
  };
  auto money = [&](const char* code) {
    int64_t fen = 0;
    const std::string v = text(code, kMaxShort, false);
    if (!ParseWanYuan(v, &fen)) errors->Add(code, label(code) + "“" + v + "”应为以万元计的数字，如 0.5");
    return fen;
  };
  auto uscc = [&](const char* code) {
    std::string v = NormalizeUscc(text(code, kMaxShort, false));
    if (!v.empty())
      if (Status s = ValidateUscc(v); !s.ok()) errors->Add(code, label(code) + " " + v + " 有误：" + s.message());
    return v;
  };

  d->party_name = text("party_name", kMaxShort, true);
  d->party_uscc = uscc("party_uscc");
  const std::string type = text("party_type", kMaxShort, false);
  if (type.empty() && !d->party_uscc.empty()) d->party_type = PartyType::kOrganisation;
  else if (type.empty()) errors->Add("party_type", "请填写行政相对人类别（法人及非法人组织、自然人或个体工商户）");
  else if (!ParsePartyType(type, &d->party_type))
    errors->Add("party_type", "行政相对人类别“" + type + "”应为 法人及非法人组织、自然人 或 个体工商户");
  if (d->party_type == PartyType::kOrganisation && d->party_uscc.empty() && errors->Get("party_uscc").empty())
    errors->Add("party_uscc", "法人及非法人组织须填写统一社会信用代码");
  if (d->party_type == PartyType::kPerson && !d->party_uscc.empty())
    errors->Add("party_uscc", "自然人不填写统一社会信用代码");
  d->legal_rep = text("legal_rep", 50, false);
  d->id_type = text("id_type", 50, false);
  d->id_number = text("id_number", 50, false);
  d->doc_no = text("doc_no", 100, true);
  d->violation_type = text("violation_type", kMaxShort, false);
  d->facts = text("facts", kMaxLong, kind == DecisionKind::kPenalty);
  d->basis = text("basis", kMaxLong, kind == DecisionKind::kPenalty);
  d->categories = text("categories", kMaxShort, kind != DecisionKind::kLicence);
  d->content = text("content", kMaxLong, true);
  d->fine_fen = money("fine");
  d->confiscated_fen = money("confiscated");
  d->certificate_name = text("certificate_name", kMaxShort, false);
  d->licence_no = text("licence_no", kMaxShort, false);
  d->valid_from = date("valid_from", false);
  d->valid_to = date("valid_to", false);
  if (d->valid_from && d->valid_to && *d->valid_to < *d->valid_from)
    errors->Add("valid_to", "有效期至不能早于有效期自");
  if (auto on = date("decided_on", true)) {
    d->decided_on = *on;
    if (*on > today) errors->Add("decided_on", label("decided_on") + "不能晚于今天");
    if (on->year() < 1990) errors->Add("decided_on", label("decided_on") + "不应早于 1990 年");
  }
  d->authority = text("authority", kMaxShort, false);
  d->authority_uscc = uscc("authority_uscc");
}

void EnforcementService::Schedule(Decision* d) const {
  d->due_on = PublishDue(calendar_, d->kind, d->decided_on, settings_);
  d->publishable = IsPublishable(*d, nullptr);
  d->public_until = d->published_on ? std::optional<Date>(PublicUntil(*d, *d->published_on, settings_)) : std::nullopt;
}

Decision EnforcementService::Masked(const Decision& d) const {
  const bool person = d.party_type == PartyType::kPerson;
  const bool individual = d.party_type == PartyType::kIndividualBusiness;
  text::MaskOptions o;
  o.names = names_;
  if (person && !d.party_name.empty()) o.person_names.push_back(d.party_name);
  if ((person || individual) && !d.legal_rep.empty()) o.person_names.push_back(d.legal_rep);
  o.residence_is_home = person;
  auto m = [&](const std::string& s) { return text::MaskPersonalInfo(s, o); };
  Decision out = d;
  out.party_name = person ? text::MaskPersonName(d.party_name, names_) : m(d.party_name);
  out.legal_rep = person || individual ? text::MaskPersonName(d.legal_rep, names_) : m(d.legal_rep);
  if (person) out.party_uscc.clear();
  out.id_type.clear();
  out.id_number.clear();
  for (std::string* field : {&out.doc_no, &out.violation_type, &out.facts, &out.basis, &out.categories, &out.content,
                             &out.certificate_name, &out.licence_no, &out.authority, &out.withdraw_reason})
    *field = m(*field);
  return out;
}

store::PublicCopy EnforcementService::PublicCopyOf(const Decision& d) const {
  const Decision masked = Masked(d);
  store::PublicCopy pub;
  pub.json = store::EncodePublic(masked);
  pub.uscc = masked.party_uscc;
  std::string s;
  for (const std::string* f :
       {&masked.party_name, &masked.party_uscc, &masked.doc_no, &masked.violation_type, &masked.categories,
        &masked.content, &masked.certificate_name, &masked.licence_no, &masked.authority, &masked.facts})
    if (!f->empty()) s += *f + "\n";
  pub.search_text = std::string(Utf8Prefix(s, kMaxSearchText));
  return pub;
}

Result<int64_t> EnforcementService::Create(const access::Actor& actor, const access::User& user,
                                           const DecisionForm& form, FieldErrors* errors) {
  Decision d;
  d.source = "console";
  d.created_at = d.updated_at = clock_.Now();
  Status s = db_->Transact([&](soci::session& sql) {
    *errors = FieldErrors();
    Parse(form, &d, errors);
    if (!access::AllowsFor(user, access::Permission::kManageEnforcement, d.agency_id,
                           access::AgencyAncestors(sql, d.agency_id)))
      errors->Add("agency_id", "您没有该机构“录入行政执法决定”的权限");
    if (errors->Get("doc_no").empty() && store::DocNoTaken(sql, d.agency_id, d.kind, d.doc_no, 0))
      errors->Add("doc_no", "本机构已有文号为“" + d.doc_no + "”的" + DecisionKindLabel(d.kind) + "决定");
    if (!errors->empty()) return Status::Invalid("决定信息有误");
    Schedule(&d);
    d.id = store::InsertDecision(sql, d, PublicCopyOf(d), actor.user_id);
    auth::WriteAudit(sql, actor, d.created_at, Entry(d.agency_id, d.id, "enforcement.create", "录入" + Describe(d)));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return d.id;
}

Status EnforcementService::Transition(const access::Actor& actor, const access::User& user, int64_t id,
                                      DecisionAction action, const std::string& summary,
                                      const std::function<Status(soci::session&, Decision&)>& apply) {
  Decision changed;
  const int64_t now = clock_.Now();
  Status s = db_->Transact([&](soci::session& sql) {
    auto d = store::FindDecision(sql, id);
    if (!d) return Status::NotFound("该执法决定不存在");
    std::vector<int64_t> ancestors;
    if (Status may = access::RequireIn(sql, user, ActionPermission(action), d->agency_id, &ancestors); !may.ok())
      return may;
    const DecisionState was = d->state;
    if (Status a = apply(sql, *d); !a.ok()) return a;
    if (auto refusals = Refusals(action, *d, user, ancestors); !refusals.empty())
      return Status::Conflict(Join(refusals, "；"));
    d->state = NextState(action, was);
    d->updated_at = now;
    Schedule(&*d);
    if (!store::UpdateDecision(sql, *d, PublicCopyOf(*d), was))
      return Status::Conflict("该决定刚被他人修改，请刷新后重试");
    auth::WriteAudit(sql, actor, now,
                     Entry(d->agency_id, d->id, std::string("enforcement.") + DecisionActionCode(action), summary));
    changed = *d;
    return Status::Ok();
  });
  if (s.ok()) Changed(changed.agency_id, changed.id);
  return s;
}

Status EnforcementService::Update(const access::Actor& actor, const access::User& user, int64_t id,
                                  const DecisionForm& form, FieldErrors* errors) {
  return Transition(actor, user, id, DecisionAction::kEdit, "修改执法决定", [&](soci::session& sql, Decision& d) {
    *errors = FieldErrors();
    DecisionForm f = form;
    f.agency_id = d.agency_id;  // a decision stays with its agency
    f.kind = d.kind;
    Parse(f, &d, errors);
    if (errors->Get("doc_no").empty() && store::DocNoTaken(sql, d.agency_id, d.kind, d.doc_no, d.id))
      errors->Add("doc_no", "本机构已有文号为“" + d.doc_no + "”的" + DecisionKindLabel(d.kind) + "决定");
    return errors->empty() ? Status::Ok() : Status::Invalid("决定信息有误");
  });
}

Status EnforcementService::Publish(const access::Actor& actor, const access::User& user, int64_t id) {
  return Transition(actor, user, id, DecisionAction::kPublish, "公示执法决定", [&](soci::session&, Decision& d) {
    d.published_on = Today();
    return Status::Ok();
  });
}

Status EnforcementService::Withdraw(const access::Actor& actor, const access::User& user, int64_t id,
                                    const std::string& reason, const std::string& revoked_on, FieldErrors* errors) {
  const std::string why = Trim(reason);
  return Transition(actor, user, id, DecisionAction::kWithdraw, "撤下执法决定：" + why,
                    [&](soci::session&, Decision& d) {
                      *errors = FieldErrors();
                      if (why.empty()) errors->Add("reason", "请写明撤下的原因（决定被撤销、变更或确认违法等）");
                      if (Utf8Length(why) > kMaxShort) errors->Add("reason", "原因不能超过 200 个字");
                      auto on = ParseDayText(revoked_on);
                      if (!on) errors->Add("revoked_on", "请填写决定被撤销或变更的日期（年-月-日）");
                      else if (*on > Today()) errors->Add("revoked_on", "撤销或变更日期不能晚于今天");
                      else if (*on < d.decided_on) errors->Add("revoked_on", "撤销或变更日期不能早于决定日期");
                      if (!errors->empty()) return Status::Invalid("撤下信息有误");
                      d.revoked_on = on;
                      d.withdraw_reason = why;
                      d.withdrawn_at = clock_.Now();
                      return Status::Ok();
                    });
}

Result<ImportSummary> EnforcementService::Import(const access::Actor& actor, const access::User* user,
                                                 const std::string& file_name, std::string_view content,
                                                 std::vector<std::string>* row_errors) {
  row_errors->clear();
  auto table = ReadTableFile(file_name, content);
  if (!table.ok()) {
    row_errors->push_back(table.status().message());
    return Status::Invalid("文件无法读取，未导入");
  }
  // Columns: field codes by column header; 决定类别 chooses the kind per row.
  ImportSummary summary;
  std::map<std::string, std::string> code_of;  // header → field code
  std::string kind_column;
  std::optional<DecisionKind> file_kind;
  for (const auto& h : table->headers) {
    const std::string n = NormalizeHeader(h);
    if (n == "决定类别") {
      kind_column = h;
      continue;
    }
    if (n == "公示日期") {
      code_of[h] = "published_on";
      continue;
    }
    bool known = false;
    for (const auto& f : Fields())
      for (const char* header : f.headers)
        if (n == header) {
          code_of[h] = f.code;
          known = true;
        }
    if (!known) summary.ignored_columns.push_back(h);
    if (n == "行政处罚决定书文号") file_kind = DecisionKind::kPenalty;
    if (n == "行政许可决定文书号") file_kind = DecisionKind::kLicence;
    if (n == "行政强制决定书文号" || n == "强制措施种类") file_kind = DecisionKind::kCoercive;
  }
  std::set<std::string> present;
  for (const auto& [h, code] : code_of) present.insert(code);
  if (kind_column.empty() && !file_kind)
    row_errors->push_back("无法判断决定类别：文件应有“行政处罚决定书文号”或“行政许可决定文书号”列，或“决定类别”列");
  for (const char* required : {"party_name", "doc_no", "decided_on"})
    if (!present.count(required)) {
      const DecisionField& f = FieldByCode(required);
      row_errors->push_back(std::string("文件缺少“") + FieldLabel(f, file_kind.value_or(DecisionKind::kPenalty)) +
                            "”列");
    }
  if (!present.count("authority") && !present.count("authority_uscc"))
    row_errors->push_back("文件缺少“处罚机关”或“处罚机关统一社会信用代码”列（用来确定所属机构）");
  if (table->rows.size() > kMaxImportRows)
    row_errors->push_back("文件超过 " + std::to_string(kMaxImportRows) + " 行，请分批导入");
  if (table->rows.empty() && row_errors->empty()) row_errors->push_back("文件中没有数据行");
  if (!row_errors->empty()) return Status::Invalid("文件有误，未导入");

  const Date today = Today();
  std::vector<Decision> decisions;
  decisions.reserve(table->rows.size());
  size_t errors_seen = 0;
  auto bad = [&](int line, const std::string& msg) {
    if (++errors_seen <= kMaxRowErrors) row_errors->push_back("第 " + std::to_string(line) + " 行：" + msg);
  };
  const int64_t now = clock_.Now();
  Status s = db_->Transact([&](soci::session& sql) {
    row_errors->clear();
    decisions.clear();
    errors_seen = 0;
    store::LargerPageCache cache(sql, kImportCacheMib);
    store::DecisionWriter writer(sql);
    // The agencies a row may name, by USCC and by name.
    std::map<std::string, int64_t> by_uscc, by_name;
    {
      long long id = 0;
      std::string name, uscc;
      soci::statement st =
          (sql.prepare << "SELECT id, name, uscc FROM agencies", soci::into(id), soci::into(name), soci::into(uscc));
      st.execute();
      while (st.fetch()) {
        by_uscc[uscc] = id;
        by_name[name] = id;
      }
    }
    std::map<int64_t, bool> allowed;  // by agency
    std::map<std::string, int> seen;  // agency/kind/文号 → line
    for (const auto& row : table->rows) {
      DecisionForm form;
      // A field may have a column per kind (处罚机关, 许可机关, 实施机关 in one
      // file of mixed kinds): the row's non-empty one counts.
      for (const auto& [header, value] : row.cells) {
        auto it = code_of.find(header);
        if (it == code_of.end()) continue;
        std::string& field = form.fields[it->second];
        if (field.empty()) field = value;
      }
      std::vector<std::string> problems;
      form.kind = file_kind.value_or(DecisionKind::kPenalty);
      if (!kind_column.empty()) {
        auto k = row.cells.find(kind_column);
        const std::string v = k == row.cells.end() ? "" : Trim(k->second);
        if (!v.empty() && !ParseDecisionKind(v, &form.kind))
          problems.push_back("决定类别“" + v + "”应为 行政处罚、行政许可 或 行政强制");
        else if (v.empty() && !file_kind) problems.push_back("请填写决定类别");
      }
      const std::string authority_uscc = NormalizeUscc(form.Get("authority_uscc"));
      const std::string authority = Trim(form.Get("authority"));
      if (auto a = by_uscc.find(authority_uscc); !authority_uscc.empty() && a != by_uscc.end())
        form.agency_id = a->second;
      else if (auto b = by_name.find(authority); authority_uscc.empty() && b != by_name.end())
        form.agency_id = b->second;
      else
        problems.push_back("“" + (authority.empty() ? authority_uscc : authority) +
                           "”不是本系统中的机构（按机关统一社会信用代码或名称查找）");
      Decision d;
      FieldErrors errors;
      Parse(form, &d, &errors);
      for (const auto& [code, msg] : errors.all()) problems.push_back(msg);
      if (const std::string p = Trim(form.Get("published_on")); !p.empty()) {
        auto on = ParseDayText(p);
        if (!on) problems.push_back("公示日期“" + p + "”不是日期");
        else if (*on > today) problems.push_back("公示日期不能晚于今天");
        else if (errors.Get("decided_on").empty() && *on < d.decided_on) problems.push_back("公示日期不能早于决定日期");
        d.published_on = on;
      } else {
        d.published_on = today;
      }
      if (form.agency_id) {
        auto [it, fresh] = allowed.emplace(form.agency_id, true);
        if (fresh && user)
          it->second = access::AllowsFor(*user, access::Permission::kPublishEnforcement, form.agency_id,
                                         access::AgencyAncestors(sql, form.agency_id));
        if (!it->second) problems.push_back("您没有该机构“公示行政执法决定”的权限");
        if (!d.doc_no.empty()) {
          const std::string key = std::to_string(form.agency_id) + "/" + DecisionKindCode(d.kind) + "/" + d.doc_no;
          auto [prev, first] = seen.emplace(key, row.line);
          if (!first) problems.push_back("文号“" + d.doc_no + "”与第 " + std::to_string(prev->second) + " 行重复");
          else if (writer.DocNoTaken(form.agency_id, d.kind, d.doc_no))
            problems.push_back("文号为“" + d.doc_no + "”的决定已在系统中");
        }
      }
      if (!problems.empty()) {
        bad(row.line, Join(problems, "；"));
        continue;
      }
      d.source = "import";
      d.created_at = d.updated_at = now;
      Schedule(&d);
      if (d.publishable) d.state = DecisionState::kPublished;
      else d.published_on = d.public_until = std::nullopt;
      // A record moved from another system whose period has already ended is
      // recorded as ended now: the sweep does not announce it, and the
      // search index leaves it out (it can never be public again).
      if (d.publishable && IsExpiredOn(d, today)) d.expired_at = now;
      decisions.push_back(std::move(d));
    }
    if (errors_seen > kMaxRowErrors)
      row_errors->push_back("还有 " + std::to_string(errors_seen - kMaxRowErrors) + " 行有误，未列出");
    if (!row_errors->empty()) return Status::Invalid("文件有误，未导入");
    InsertImported(writer, decisions, actor.user_id);
    std::set<int64_t> agencies;
    for (const auto& d : decisions) agencies.insert(d.agency_id);
    for (int64_t agency : agencies) {
      int64_t n = 0;
      for (const auto& d : decisions) n += d.agency_id == agency;
      auth::WriteAudit(
          sql, actor, now,
          Entry(agency, 0, "enforcement.import", "从 " + file_name + " 导入 " + std::to_string(n) + " 条执法决定"));
    }
    return Status::Ok();
  });
  if (!s.ok()) return s;
  for (const auto& d : decisions) {
    ++summary.imported;
    ++summary.by_kind[d.kind];
    if (!d.publishable) ++summary.not_public;
    else if (IsExpiredOn(d, today)) ++summary.expired;
    else ++summary.published;
  }
  Changed(0, 0);
  return summary;
}

void EnforcementService::InsertImported(store::DecisionWriter& writer, std::vector<Decision>& decisions,
                                        int64_t user_id) const {
  // The masked copies are made on a second thread, a row ahead of the
  // writes: masking needs no database and was a sixth of an import's time.
  std::vector<store::PublicCopy> copies(decisions.size());
  constexpr size_t kFailed = std::numeric_limits<size_t>::max();
  std::atomic<size_t> ready{0};  // copies made, or kFailed (then `failed` says why)
  std::exception_ptr failed;
  {
    std::jthread masker([&](std::stop_token stop) {
      try {
        for (size_t i = 0; i < decisions.size() && !stop.stop_requested(); ++i) {
          copies[i] = PublicCopyOf(decisions[i]);
          ready.store(i + 1, std::memory_order_release);
          ready.notify_one();
        }
      } catch (...) {
        failed = std::current_exception();
        ready.store(kFailed, std::memory_order_release);
        ready.notify_one();
      }
    });
    for (size_t i = 0; i < decisions.size(); ++i) {
      size_t r = ready.load(std::memory_order_acquire);
      for (; r <= i; r = ready.load(std::memory_order_acquire)) ready.wait(r, std::memory_order_acquire);
      if (r == kFailed) std::rethrow_exception(failed);
      decisions[i].id = writer.Insert(decisions[i], copies[i], user_id);
      copies[i] = store::PublicCopy();
    }
  }
  writer.Finish();
}

Result<Decision> EnforcementService::Get(int64_t id) {
  std::optional<Decision> d;
  Status s = db_->Read([&](soci::session& sql) {
    d = store::FindDecision(sql, id);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  if (!d) return Status::NotFound("该执法决定不存在");
  return *d;
}

Result<Decision> EnforcementService::GetPublic(int64_t id) {
  std::optional<Decision> d;
  Status s = db_->Read([&](soci::session& sql) {
    d = store::FindPublicDecision(sql, id);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  if (!d) return Status::NotFound("该执法决定不存在");
  return *d;
}

Result<store::DecisionPage> EnforcementService::List(store::DecisionFilter f) {
  f.today = Today().ToString();
  store::DecisionPage page;
  Status s = db_->Read([&](soci::session& sql) {
    page = store::ListDecisions(sql, f);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return page;
}

Result<store::DueCounts> EnforcementService::Due(const std::vector<int64_t>* agency_ids) {
  store::DueCounts c;
  Status s = db_->Read([&](soci::session& sql) {
    c = store::CountDue(sql, agency_ids, Today().ToString());
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return c;
}

Result<int64_t> EnforcementService::SweepExpired() {
  int64_t n = 0;
  const int64_t now = clock_.Now();
  Status s = db_->Transact([&](soci::session& sql) {
    n = store::SweepEnded(sql, Today().ToString());
    if (n > 0) {
      const access::Actor system{0, "系统", ""};
      auth::WriteAudit(sql, system, now,
                       Entry(0, 0, "enforcement.expire", std::to_string(n) + " 条执法决定公示期满，停止公示"));
    }
    return Status::Ok();
  });
  if (!s.ok()) return s;
  if (n > 0) Changed(0, 0);
  return n;
}

Result<std::map<DecisionKind, int64_t>> EnforcementService::YearCounts(int year,
                                                                       const std::vector<int64_t>* agency_ids) {
  std::map<DecisionKind, int64_t> out;
  Status s = db_->Read([&](soci::session& sql) {
    out = store::CountByKind(sql, year, agency_ids);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

Result<bool> EnforcementService::HasDecisions(const std::vector<int64_t>* agency_ids) {
  bool any = false;
  Status s = db_->Read([&](soci::session& sql) {
    any = store::AnyDecision(sql, agency_ids);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return any;
}

std::vector<DecisionAction> EnforcementService::Allowed(const Decision& d, const access::Scope& scope) {
  std::vector<DecisionAction> out;
  for (DecisionAction a : {DecisionAction::kEdit, DecisionAction::kPublish, DecisionAction::kWithdraw}) {
    if (!StateAllows(a, d.state) || !scope.Allows(ActionPermission(a), d.agency_id)) continue;
    if (a == DecisionAction::kPublish && !d.publishable) continue;
    out.push_back(a);
  }
  return out;
}

}  // namespace gk::supervision
