// TaskService::Import: a year's list of tasks from a spreadsheet, as drafts.
#include <soci/soci.h>

#include <map>

#include "access/scope.h"
#include "auth/audit.h"
#include "common/strings.h"
#include "common/table_file.h"
#include "tasks/service.h"
#include "tasks/text_checks.h"

namespace gk::tasks {
namespace {

constexpr size_t kMaxRowErrors = 50;

// The columns of an import file: a form field and the headers the work
// plans' task lists use for it (compared after NormalizeHeader).
struct Column {
  const char* field;
  std::vector<const char*> headers;
};
const std::vector<Column>& Columns() {
  static const std::vector<Column> k = {
      {"kind", {"类别", "类型", "事项类别"}},
      {"title", {"任务名称", "事项名称", "名称", "标题", "重点任务", "承诺事项"}},
      {"content", {"内容", "工作目标", "目标任务", "承诺内容", "项目内容", "整改措施", "主要内容"}},
      {"owner", {"责任单位", "责任部门", "牵头单位", "责任处室"}},
      {"person", {"责任人"}},
      {"deadline", {"完成时限", "完成时间", "时限"}},
      {"source", {"问题来源"}},
      {"problem", {"发现的问题", "问题描述", "存在问题", "问题"}},
      {"milestones", {"节点", "时间节点", "节点安排"}},
  };
  return k;
}

// "完成方案起草（2026-03-31）" or with half-width brackets → the milestone.
std::optional<Milestone> ParseMilestone(const std::string& text) {
  size_t open = text.rfind("（");
  size_t width = 3;
  if (open == std::string::npos) open = text.rfind('('), width = 1;
  if (open == std::string::npos) return std::nullopt;
  std::string inside = text.substr(open + width);
  for (const char* close : {"）", ")"})
    if (inside.ends_with(close)) inside.resize(inside.size() - std::string(close).size());
  auto due = ParseDayText(Trim(inside));
  Milestone m;
  m.title = Trim(text.substr(0, open));
  if (!due || m.title.empty()) return std::nullopt;
  m.due_on = *due;
  return m;
}

struct ImportRow {
  TaskForm form;
  std::vector<Milestone> milestones;
};

}  // namespace

Result<Imported> TaskService::Import(const access::Actor& actor, const access::User& user, int64_t agency_id, int year,
                                     const std::string& file_name, std::string_view content,
                                     std::vector<std::string>* row_errors) {
  row_errors->clear();
  auto table = ReadTableFile(file_name, content);
  if (!table.ok()) {
    row_errors->push_back(table.status().message());
    return Status::Invalid("文件无法读取，未导入");
  }
  std::map<std::string, std::string> field_of;  // header → form field
  for (const auto& h : table->headers)
    for (const auto& c : Columns())
      for (const char* name : c.headers)
        if (NormalizeHeader(h) == NormalizeHeader(name) && !field_of.count(h)) field_of[h] = c.field;
  std::map<std::string, int> present;
  for (const auto& [h, field] : field_of) ++present[field];
  for (const auto& [field, n] : present) {
    if (n < 2) continue;
    std::string names;
    for (const auto& [h, f] : field_of)
      if (f == field) names += (names.empty() ? "“" : "”和“") + h;
    row_errors->push_back("文件中" + names + "”是同一列，请只保留一列");
  }
  for (const auto& [field, label] : std::vector<std::pair<const char*, const char*>>{
           {"kind", "类别"}, {"title", "任务名称"}, {"owner", "责任单位"}, {"deadline", "完成时限"}})
    if (!present.count(field)) row_errors->push_back(std::string("文件缺少“") + label + "”列");
  if (table->rows.size() > kMaxImportRows)
    row_errors->push_back("文件超过 " + std::to_string(kMaxImportRows) + " 行，请分批导入");
  if (table->rows.empty() && row_errors->empty()) row_errors->push_back("文件中没有数据行");
  if (!row_errors->empty()) return Status::Invalid("文件有误，未导入");

  std::vector<ImportRow> rows;
  size_t errors_seen = 0;
  for (const auto& row : table->rows) {
    std::map<std::string, std::string> cell;
    for (const auto& [header, value] : row.cells)
      if (auto it = field_of.find(header); it != field_of.end()) cell[it->second] = Trim(value);
    ImportRow r;
    r.form = {agency_id,     std::to_string(year), cell["kind"],  cell["source"], cell["problem"],
              cell["title"], cell["content"],      cell["owner"], cell["person"], ""};
    std::vector<std::string> problems;
    if (auto d = ParseDayText(cell["deadline"])) r.form.deadline = d->ToString();
    else if (!cell["deadline"].empty()) problems.push_back("完成时限“" + cell["deadline"] + "”不是日期");
    if (r.form.content.empty()) r.form.content = r.form.title;  // a list often has the name only
    Task t;
    FieldErrors errors;
    Parse(r.form, &t, &errors);
    for (const auto& [field, msg] : errors.all())
      if (field != "deadline" || problems.empty()) problems.push_back(msg);
    for (const auto& part : SplitCellList(cell["milestones"])) {
      if (auto m = ParseMilestone(part)) r.milestones.push_back(*m);
      else problems.push_back("节点“" + part + "”应写作 节点名称（YYYY-MM-DD）");
    }
    if (r.milestones.size() > kMaxMilestones) problems.push_back("节点超过 " + std::to_string(kMaxMilestones) + " 个");
    if (!problems.empty()) {
      if (++errors_seen <= kMaxRowErrors)
        row_errors->push_back("第 " + std::to_string(row.line) + " 行：" + Join(problems, "；"));
      continue;
    }
    rows.push_back(std::move(r));
  }
  if (errors_seen > kMaxRowErrors)
    row_errors->push_back("还有 " + std::to_string(errors_seen - kMaxRowErrors) + " 行有误，未列出");
  if (!row_errors->empty()) return Status::Invalid("文件有误，未导入");

  Imported out;
  const int64_t now = clock_.Now();
  Status s = db_->Transact([&](soci::session& sql) {
    if (Status may = access::RequireIn(sql, user, access::Permission::kManageTasks, agency_id); !may.ok()) return may;
    for (auto& r : rows) {
      Task t;
      FieldErrors unused;
      Parse(r.form, &t, &unused);
      t.agency_id = agency_id;
      t.created_by = actor.user_id;
      t.created_at = t.updated_at = now;
      t.id = store::InsertTask(sql, t);
      for (auto& m : r.milestones) {
        m.task_id = t.id;
        store::InsertMilestone(sql, m, now);
      }
      auth::AuditEntry e;
      e.agency_id = agency_id;
      e.action = "task.import";
      e.object_type = "task";
      e.object_id = std::to_string(t.id);
      e.summary = std::string("导入") + KindLabel(t.kind) + "“" + t.title + "”（" + std::to_string(year) + " 年，" +
                  std::to_string(r.milestones.size()) + " 个节点，来自 " + file_name + "）";
      auth::WriteAudit(sql, actor, now, e);
      ++out.tasks;
      out.milestones += static_cast<int>(r.milestones.size());
    }
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

}  // namespace gk::tasks
