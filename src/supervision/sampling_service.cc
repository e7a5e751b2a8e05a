#include "supervision/sampling_service.h"

#include <soci/soci.h>

#include <algorithm>
#include <map>
#include <optional>

#include "access/scope.h"
#include "auth/audit.h"
#include "common/china_time.h"
#include "common/strings.h"
#include "common/table_file.h"
#include "http/forms.h"
#include "text/personal_info.h"

namespace gk::supervision {
namespace {

constexpr size_t kMaxRowErrors = 50;
constexpr size_t kMaxCell = 500;   // characters
constexpr size_t kMaxTitle = 200;  // characters
constexpr size_t kMaxIntro = 5000;

// The columns of a results file: a field code and the header names the
// notices of 国家市场监督管理总局 and the provincial bureaus use for it,
// compared after NormalizeHeader (and ‘|’ read as ‘║’).
struct Column {
  const char* code;
  const char* label;
  std::vector<const char*> headers;
};
const std::vector<Column>& Columns() {
  static const std::vector<Column> k = {
      {"product", "产品名称", {"产品名称", "样品名称", "食品名称"}},
      {"brand", "商标", {"商标"}},
      {"spec", "规格型号", {"规格型号", "规格"}},
      {"batch_no", "生产日期/批号", {"生产日期/批号", "生产日期或批号", "生产日期", "批号"}},
      {"producer", "标称生产企业名称", {"标称生产企业名称", "生产企业名称", "标称生产者名称"}},
      {"producer_address", "标称生产企业地址", {"标称生产企业地址", "生产企业地址", "标称生产者地址"}},
      {"sampled_entity", "被抽样单位名称", {"被抽样单位名称", "被抽样单位"}},
      {"sampled_province", "被抽样单位所在省份", {"被抽样单位所在省份", "被抽样单位所在地", "所在省份"}},
      {"sampled_on", "抽样日期", {"抽样日期"}},
      {"verdict", "检验结果", {"检验结果", "抽检结果", "结果判定", "检验结论", "判定结论"}},
      {"failed", "不合格项目║检验结果║标准值", {"不合格项目║检验结果║标准值", "不合格项目║实测值║标准值"}},
      {"failed_item", "不合格项目", {"不合格项目"}},
      {"failed_result", "不合格项目检验结果", {"不合格项目检验结果", "实测值"}},
      {"failed_standard", "标准值", {"标准值", "标准要求"}},
      {"lab", "检验机构", {"检验机构"}},
      {"category", "分类", {"分类", "产品类别", "食品大类", "类别"}},
      {"remark", "备注", {"备注"}},
  };
  return k;
}

std::string HeaderKey(std::string_view h) {
  std::string n = NormalizeHeader(h), out;
  for (char c : n) out += c == '|' ? std::string("║") : std::string(1, c);
  return out;
}

// "菌落总数║2.1×10⁵CFU/g║≤10⁵CFU/g" (or with ‘|’) → its three parts.
FailedItem SplitItem(const std::string& text) {
  std::vector<std::string> parts;
  std::string cur;
  for (size_t i = 0; i < text.size();) {
    if (text[i] == '|') {
      parts.push_back(Trim(cur)), cur.clear(), ++i;
    } else if (text.compare(i, 3, "║") == 0) {
      parts.push_back(Trim(cur)), cur.clear(), i += 3;
    } else {
      cur += text[i++];
    }
  }
  parts.push_back(Trim(cur));
  parts.resize(std::max<size_t>(parts.size(), 3));
  FailedItem f{parts[0], parts[1], parts[2]};
  for (size_t i = 3; i < parts.size(); ++i)
    if (!parts[i].empty()) f.standard += "║" + parts[i];
  return f;
}

// The failed items of a row, from the combined column or the three separate ones.
std::vector<FailedItem> FailedItemsOf(const std::map<std::string, std::string>& cell,
                                      std::vector<std::string>* problems) {
  std::vector<FailedItem> out;
  auto get = [&](const char* code) {
    auto it = cell.find(code);
    return it == cell.end() ? std::string() : it->second;
  };
  for (const auto& part : SplitCellList(get("failed"))) out.push_back(SplitItem(part));
  const auto items = SplitCellList(get("failed_item"));
  if (items.empty()) return out;
  const auto results = SplitCellList(get("failed_result")), standards = SplitCellList(get("failed_standard"));
  const bool one_each = results.size() <= 1 && standards.size() <= 1 && items.size() == 1;
  if (!one_each && ((!results.empty() && results.size() != items.size()) ||
                    (!standards.empty() && standards.size() != items.size()))) {
    problems->push_back("不合格项目有 " + std::to_string(items.size()) + " 项，检验结果或标准值的个数与之不一致");
    return out;
  }
  for (size_t i = 0; i < items.size(); ++i)
    out.push_back({items[i], i < results.size() ? results[i] : "", i < standards.size() ? standards[i] : ""});
  return out;
}

auth::AuditEntry Entry(int64_t agency_id, int64_t id, const std::string& action, const std::string& summary) {
  return auth::ObjectEntry("sampling", agency_id, id, action, summary);
}

}  // namespace

Result<ResultsFile> ReadResultsFile(const std::string& file_name, std::string_view content, Date today,
                                    std::vector<std::string>* row_errors) {
  row_errors->clear();
  auto table = ReadTableFile(file_name, content);
  if (!table.ok()) {
    row_errors->push_back(table.status().message());
    return Status::Invalid("文件无法读取，未导入");
  }
  ResultsFile out;
  std::map<std::string, std::string> code_of;  // header → field code
  for (const auto& h : table->headers) {
    const std::string key = HeaderKey(h);
    bool known = false;
    for (const auto& c : Columns())
      for (const char* name : c.headers)
        if (!known && key == HeaderKey(name)) {
          code_of[h] = c.code;
          known = true;
        }
    if (!known) out.ignored_columns.push_back(h);
  }
  std::map<std::string, int> present;
  for (const auto& [h, code] : code_of) ++present[code];
  for (const auto& [code, n] : present)
    if (n > 1) {
      std::string names;
      for (const auto& [h, c] : code_of)
        if (c == code) names += (names.empty() ? "“" : "”和“") + h;
      row_errors->push_back("文件中" + names + "”是同一列，请只保留一列");
    }
  if (!present.count("product")) row_errors->push_back("文件缺少“产品名称”列");
  if (!present.count("verdict")) row_errors->push_back("文件缺少“检验结果”列（合格 / 不合格）");
  if (!present.count("producer") && !present.count("sampled_entity"))
    row_errors->push_back("文件缺少“标称生产企业名称”或“被抽样单位名称”列");
  if (table->rows.size() > SamplingService::kMaxRows)
    row_errors->push_back("文件超过 " + std::to_string(SamplingService::kMaxRows) + " 行，请分批导入");
  if (table->rows.empty() && row_errors->empty()) row_errors->push_back("文件中没有数据行");
  if (!row_errors->empty()) return Status::Invalid("文件有误，未导入");

  size_t errors_seen = 0;
  for (const auto& row : table->rows) {
    std::map<std::string, std::string> cell;  // field code → value
    std::vector<std::string> problems;
    for (const auto& [header, value] : row.cells) {
      auto it = code_of.find(header);
      if (it == code_of.end()) continue;
      std::string v = Trim(value);
      if (!http::IsValidUtf8(v)) {
        problems.push_back(std::string("“") + header + "”含有无效字符");
        continue;
      }
      if (Utf8Length(v) > kMaxCell) problems.push_back("“" + header + "”超过 " + std::to_string(kMaxCell) + " 个字");
      // Stray personal data (a phone number, an ID number) never reaches the notice.
      std::string masked = text::MaskPersonalInfo(v);
      if (masked != v) ++out.masked;
      cell[it->second] = std::move(masked);
    }
    auto get = [&](const char* code) {
      auto it = cell.find(code);
      return it == cell.end() ? std::string() : it->second;
    };
    SampleResult r;
    r.product = get("product");
    r.brand = get("brand");
    r.spec = get("spec");
    r.batch_no = get("batch_no");
    r.producer = get("producer");
    r.producer_address = get("producer_address");
    r.sampled_entity = get("sampled_entity");
    r.sampled_province = get("sampled_province");
    r.lab = get("lab");
    r.category = get("category");
    r.remark = get("remark");
    if (r.product.empty()) problems.push_back("请填写产品名称");
    if (r.producer.empty() && r.sampled_entity.empty()) problems.push_back("请填写标称生产企业名称或被抽样单位名称");
    if (const std::string on = get("sampled_on"); !on.empty()) {
      r.sampled_on = ParseDayText(on);
      if (!r.sampled_on) problems.push_back("抽样日期“" + on + "”不是日期，应为 年-月-日，如 " + today.ToString());
      else if (*r.sampled_on > today) problems.push_back("抽样日期 " + r.sampled_on->ToString() + " 晚于今天");
    }
    const size_t before = problems.size();
    r.failed_items = FailedItemsOf(cell, &problems);
    const bool items_bad = problems.size() > before;  // already said what is wrong with them
    const std::string verdict = get("verdict");
    if (verdict == "合格") r.passed = true;
    else if (verdict == "不合格") r.passed = false;
    else if (verdict.empty()) problems.push_back("请填写检验结果（合格 / 不合格）");
    else problems.push_back("检验结果“" + verdict + "”应为 合格 或 不合格");
    if (verdict == "不合格" && r.failed_items.empty() && !items_bad) problems.push_back("不合格的产品请填写不合格项目");
    if (verdict == "合格" && !r.failed_items.empty()) problems.push_back("检验结果为合格，却填写了不合格项目");
    if (!problems.empty()) {
      if (++errors_seen <= kMaxRowErrors)
        row_errors->push_back("第 " + std::to_string(row.line) + " 行：" + Join(problems, "；"));
      continue;
    }
    out.rows.push_back(std::move(r));
  }
  if (errors_seen > kMaxRowErrors)
    row_errors->push_back("还有 " + std::to_string(errors_seen - kMaxRowErrors) + " 行有误，未列出");
  if (!row_errors->empty()) return Status::Invalid("文件有误，未导入");
  return out;
}

SamplingService::SamplingService(std::shared_ptr<storage::Database> db, const Clock& clock)
    : db_(std::move(db)), clock_(clock) {}

Date SamplingService::Today() const { return ChinaToday(clock_); }

void SamplingService::CheckForm(const BatchForm& form, FieldErrors* errors) const {
  auto check = [&](const char* field, const std::string& v, const char* label, size_t max, bool required) {
    if (!http::IsValidUtf8(v)) errors->Add(field, std::string(label) + "含有无效字符");
    else if (required && Trim(v).empty()) errors->Add(field, std::string("请填写") + label);
    else if (Utf8Length(v) > max) errors->Add(field, std::string(label) + "不能超过 " + std::to_string(max) + " 个字");
  };
  check("title", form.title, "通告标题", kMaxTitle, true);
  check("notice_no", form.notice_no, "文号", 100, false);
  check("intro", form.intro, "通告正文", kMaxIntro, false);
}

Result<int64_t> SamplingService::Create(const access::Actor& actor, const access::User& user, const BatchForm& form,
                                        const std::string& file_name, std::string_view content, FieldErrors* errors,
                                        std::vector<std::string>* row_errors) {
  *errors = FieldErrors();
  CheckForm(form, errors);
  auto file = ReadResultsFile(file_name, content, Today(), row_errors);
  SamplingBatch b;
  b.agency_id = form.agency_id;
  b.title = Trim(form.title);
  b.notice_no = Trim(form.notice_no);
  b.intro = Trim(form.intro);
  b.file_name = std::string(Utf8Prefix(file_name, 200));
  b.created_by = actor.user_id;
  b.created_at = b.updated_at = clock_.Now();
  Status s = db_->Transact([&](soci::session& sql) {
    if (!access::AllowsFor(user, access::Permission::kManageSampling, b.agency_id,
                           access::AgencyAncestors(sql, b.agency_id)))
      errors->Add("agency_id", "您没有该机构“录入监督抽查结果”的权限");
    if (!errors->empty() || !file.ok()) return Status::Invalid("批次信息或结果文件有误，未导入");
    b.id = store::InsertBatch(sql, b);
    store::ReplaceResults(sql, b.id, file->rows);
    auth::WriteAudit(sql, actor, b.created_at,
                     Entry(b.agency_id, b.id, "sampling.create",
                           "导入监督抽查结果“" + b.title + "”：" + std::to_string(file->rows.size()) + " 条（" +
                               b.file_name + "）"));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return b.id;
}

Status SamplingService::Transition(const access::Actor& actor, const access::User& user, int64_t id,
                                   BatchAction action, const std::string& summary,
                                   const std::function<Status(soci::session&, SamplingBatch&)>& apply) {
  SamplingBatch changed;
  const int64_t now = clock_.Now();
  Status s = db_->Transact([&](soci::session& sql) {
    auto b = store::FindBatch(sql, id);
    if (!b) return Status::NotFound("该抽查批次不存在");
    std::vector<int64_t> ancestors;
    if (Status may = access::RequireIn(sql, user, ActionPermission(action), b->agency_id, &ancestors); !may.ok())
      return may;
    if (auto refusals = Refusals(action, *b, user, ancestors); !refusals.empty())
      return Status::Conflict(Join(refusals, "；"));
    const BatchState was = b->state;
    if (Status a = apply(sql, *b); !a.ok()) return a;
    b->state = NextState(action, was);
    b->updated_at = now;
    if (!store::UpdateBatch(sql, *b, was)) return Status::Conflict("该批次刚被他人修改，请刷新后重试");
    auth::WriteAudit(sql, actor, now,
                     Entry(b->agency_id, b->id, std::string("sampling.") + BatchActionCode(action), summary));
    changed = *b;
    return Status::Ok();
  });
  if (s.ok() && changed.state != BatchState::kDraft)
    gk::Announce(changes_, {ChangeKind::kSampling, changed.agency_id, changed.id});
  return s;
}

Status SamplingService::ReplaceFile(const access::Actor& actor, const access::User& user, int64_t id,
                                    const std::string& file_name, std::string_view content,
                                    std::vector<std::string>* row_errors) {
  auto file = ReadResultsFile(file_name, content, Today(), row_errors);
  if (!file.ok()) return file.status();
  return Transition(actor, user, id, BatchAction::kEdit,
                    "重新导入监督抽查结果：" + std::to_string(file->rows.size()) + " 条（" + file_name + "）",
                    [&](soci::session& sql, SamplingBatch& b) {
                      store::ReplaceResults(sql, b.id, file->rows);
                      b.file_name = std::string(Utf8Prefix(file_name, 200));
                      return Status::Ok();
                    });
}

Status SamplingService::Update(const access::Actor& actor, const access::User& user, int64_t id,
                               const BatchForm& form, FieldErrors* errors) {
  *errors = FieldErrors();
  CheckForm(form, errors);
  if (!errors->empty()) return Status::Invalid("批次信息有误");
  return Transition(actor, user, id, BatchAction::kEdit, "修改监督抽查通告“" + Trim(form.title) + "”",
                    [&](soci::session&, SamplingBatch& b) {
                      b.title = Trim(form.title);
                      b.notice_no = Trim(form.notice_no);
                      b.intro = Trim(form.intro);
                      return Status::Ok();
                    });
}

Status SamplingService::Publish(const access::Actor& actor, const access::User& user, int64_t id) {
  return Transition(actor, user, id, BatchAction::kPublish, "发布监督抽查结果", [&](soci::session&, SamplingBatch& b) {
    b.published_on = Today();
    return Status::Ok();
  });
}

Status SamplingService::Withdraw(const access::Actor& actor, const access::User& user, int64_t id,
                                 const std::string& reason, FieldErrors* errors) {
  *errors = FieldErrors();
  const std::string why = Trim(reason);
  if (why.empty()) errors->Add("reason", "请写明撤下的原因");
  else if (Utf8Length(why) > 200) errors->Add("reason", "原因不能超过 200 个字");
  if (!errors->empty()) return Status::Invalid("撤下信息有误");
  return Transition(actor, user, id, BatchAction::kWithdraw, "撤下监督抽查结果：" + why,
                    [&](soci::session&, SamplingBatch& b) {
                      b.withdraw_reason = why;
                      b.withdrawn_at = clock_.Now();
                      return Status::Ok();
                    });
}

Result<SamplingBatch> SamplingService::Get(int64_t id) {
  std::optional<SamplingBatch> b;
  Status s = db_->Read([&](soci::session& sql) {
    b = store::FindBatch(sql, id);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  if (!b) return Status::NotFound("该抽查批次不存在");
  return *b;
}

Result<store::BatchPage> SamplingService::List(const store::BatchFilter& f) {
  store::BatchPage page;
  Status s = db_->Read([&](soci::session& sql) {
    page = store::ListBatches(sql, f);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return page;
}

Result<store::ResultPage> SamplingService::Results(const store::ResultFilter& f) {
  store::ResultPage page;
  Status s = db_->Read([&](soci::session& sql) {
    page = store::ListResults(sql, f);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return page;
}

Result<std::vector<std::string>> SamplingService::Categories(int64_t batch_id) {
  std::vector<std::string> out;
  Status s = db_->Read([&](soci::session& sql) {
    out = store::Categories(sql, batch_id);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

std::vector<BatchAction> SamplingService::Allowed(const SamplingBatch& b, const access::Scope& scope) {
  std::vector<BatchAction> out;
  for (BatchAction a : {BatchAction::kEdit, BatchAction::kPublish, BatchAction::kWithdraw})
    if (StateAllows(a, b.state) && scope.Allows(ActionPermission(a), b.agency_id) &&
        (a != BatchAction::kPublish || b.total > 0))
      out.push_back(a);
  return out;
}

}  // namespace gk::supervision
