// `gongkai import …`: items, enforcement decisions, sampling results, 公开清单
// and 重点工作 from files — every row checked first, then all or nothing.
#include <spdlog/spdlog.h>

#include <unistd.h>

#include <charconv>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "app/app.h"
#include "catalogue/import.h"
#include "cli/commands.h"
#include "common/strings.h"
#include "common/uscc.h"
#include "lists/model.h"
#include "lists/service.h"
#include "tasks/service.h"

namespace gk::cli {
namespace {

// `import enforcement FILE`: every row checked, then all imported in one
// transaction and published, or, when any row is wrong, nothing.
int ImportEnforcement(const std::string& path, const std::string& content, gk::supervision::EnforcementService& svc) {
  std::vector<std::string> row_errors;
  const std::string name = std::filesystem::path(path).filename().string();
  auto summary = svc.Import(kCli, nullptr, name, content, &row_errors);
  if (!row_errors.empty()) {
    std::printf("文件有误，未导入任何决定：\n");
    for (const auto& e : row_errors) std::printf("%s\n", e.c_str());
    return 1;
  }
  if (!summary.ok()) return FailStatus(summary.status());
  std::printf("已导入 %lld 条执法决定：%lld 条正在公示，%lld 条公示期已满（仅存档），%lld 条仅警告不予公示\n",
              static_cast<long long>(summary->imported), static_cast<long long>(summary->published),
              static_cast<long long>(summary->expired), static_cast<long long>(summary->not_public));
  if (!summary->ignored_columns.empty())
    std::printf("未识别的列（已忽略）：%s\n", gk::Join(summary->ignored_columns, "、").c_str());
  return 0;
}

// The agency an import is for: --agency (its 统一社会信用代码) or the
// site's own. 0, with the reason printed, when there is none.
int64_t ImportAgency(const Args& args, gk::app::App& app) {
  auto agencies = app.services().auth->ListAgencies();
  if (!agencies.ok()) {
    FailStatus(agencies.status());
    return 0;
  }
  const gk::access::Agency* agency = gk::access::SiteAgency(agencies.value());
  if (const std::string code = gk::NormalizeUscc(Opt(args, "agency")); !code.empty()) {
    agency = nullptr;
    for (const auto& a : agencies.value())
      if (a.uscc == code) agency = &a;
    if (!agency) {
      Fail("没有统一社会信用代码为 " + code + " 的机构（gongkai agency list 可列出全部机构）");
      return 0;
    }
  }
  if (!agency) {
    Fail("还没有机构：请先 gongkai init 或 gongkai agency add");
    return 0;
  }
  return agency->id;
}

// The command line acts as the 公开办 of every agency.
gk::access::User CliOfficer() {
  gk::access::User cli;
  cli.roles = {{gk::access::Role::kOfficer, 0, 0}};
  return cli;
}

// `import sampling FILE --title T`: one notice of results, a draft unless
// --publish.
int ImportSampling(const Args& args, const std::string& path, const std::string& content, gk::app::App& app) {
  auto& s = app.services();
  const int64_t agency_id = ImportAgency(args, app);
  if (agency_id == 0) return 1;
  const gk::access::User cli = CliOfficer();
  gk::supervision::BatchForm form{agency_id, Opt(args, "title"), Opt(args, "notice-no"), ""};
  gk::FieldErrors errors;
  std::vector<std::string> row_errors;
  const std::string name = std::filesystem::path(path).filename().string();
  auto id = s.sampling->Create(kCli, cli, form, name, content, &errors, &row_errors);
  if (!errors.empty() || !row_errors.empty()) {
    std::printf("未导入：\n");
    for (const auto& [field, msg] : errors.all())
      std::printf("%s%s\n", field == "title" ? "--title：" : "", msg.c_str());
    for (const auto& e : row_errors) std::printf("%s\n", e.c_str());
    return 1;
  }
  if (!id.ok()) return FailStatus(id.status());
  auto batch = s.sampling->Get(id.value());
  if (!batch.ok()) return FailStatus(batch.status());
  std::printf("已导入“%s”：%lld 条结果，其中不合格 %lld 条（批次编号 %lld）\n", batch->title.c_str(),
              static_cast<long long>(batch->total), static_cast<long long>(batch->failed),
              static_cast<long long>(batch->id));
  if (!HasFlag(args, "publish")) {
    std::printf("尚未发布：请在工作台“监督抽查”中核对后发布\n");
    return 0;
  }
  if (Status p = s.sampling->Publish(kCli, cli, id.value()); !p.ok()) return FailStatus(p);
  std::printf("已发布：/sampling/%lld\n", static_cast<long long>(id.value()));
  return 0;
}

// `import lists KIND FILE`: a 公开清单 from a file whose columns are the
// fields' labels, all rows or none; drafts unless --publish.
int ImportLists(const Args& args, gk::app::App& app) {
  const std::string& kind = args.words[2];
  if (!gk::lists::FindKind(kind)) {
    std::string codes;
    for (const auto& k : gk::lists::AllKinds())
      codes += std::string(codes.empty() ? "" : "、") + k.code + "（" + k.label + "）";
    return Fail("没有名为 " + kind + " 的清单；可用的清单：" + codes);
  }
  const std::string& path = args.words[3];
  std::ifstream in(path, std::ios::binary);
  if (!in) return Fail("无法读取文件 " + path);
  std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const int64_t agency_id = ImportAgency(args, app);
  if (agency_id == 0) return 1;
  std::vector<std::string> row_errors;
  const bool publish = HasFlag(args, "publish");
  auto done =
      app.services().lists->Import(kCli, CliOfficer(), agency_id, kind, std::filesystem::path(path).filename().string(),
                                   content, publish, &row_errors);
  if (!row_errors.empty()) {
    std::printf("文件有误，未导入任何条目：\n");
    for (const auto& e : row_errors) std::printf("%s\n", e.c_str());
    return 1;
  }
  if (!done.ok()) return FailStatus(done.status());
  std::printf("已导入 %lld 条%s\n", static_cast<long long>(done->imported),
              publish ? "并公开" : "草稿：请在工作台“公开清单”中核对后公开");
  if (!done->ignored_columns.empty())
    std::printf("未识别的列（已忽略）：%s\n", gk::Join(done->ignored_columns, "、").c_str());
  return 0;
}

// `import tasks FILE --year Y`: a year's 重点工作 list as drafts, all rows
// or none; the 公开办 checks and publishes them in the console.
int ImportTasks(const Args& args, const std::string& path, const std::string& content, gk::app::App& app) {
  int year = 0;
  const std::string y = Opt(args, "year");
  auto [end, ec] = std::from_chars(y.data(), y.data() + y.size(), year);
  if (y.empty() || ec != std::errc() || end != y.data() + y.size() || year < 2000 || year > 2100)
    return Fail("请用 --year 指定年度，例如 --year 2026");
  const int64_t agency_id = ImportAgency(args, app);
  if (agency_id == 0) return 1;
  std::vector<std::string> row_errors;
  auto done = app.services().tasks->Import(kCli, CliOfficer(), agency_id, year,
                                           std::filesystem::path(path).filename().string(), content, &row_errors);
  if (!row_errors.empty()) {
    std::printf("文件有误，未导入任何事项：\n");
    for (const auto& e : row_errors) std::printf("%s\n", e.c_str());
    return 1;
  }
  if (!done.ok()) return FailStatus(done.status());
  std::printf("已导入 %d 年重点工作 %d 项（节点 %d 个），均为草稿：请在工作台“重点工作”中核对后发布\n", year,
              done->tasks, done->milestones);
  return 0;
}

// `import items FILE`: checks every row, then imports all in one transaction
// or, when any row is rejected, nothing.
}  // namespace

int CmdImport(const Args& args, gk::app::App& app) {
  if (args.words.size() == 4 && args.words[1] == "lists") return ImportLists(args, app);
  if (args.words.size() != 3 || (args.words[1] != "items" && args.words[1] != "enforcement" &&
                                 args.words[1] != "sampling" && args.words[1] != "tasks"))
    return Fail(
        "用法: gongkai import items 文件（.csv 或 .jsonl）、gongkai import enforcement 文件（.csv、.xlsx 或 .jsonl）"
        "、gongkai import sampling 文件 --title 通告标题、gongkai import tasks 文件 --year 年度"
        "或 gongkai import lists 清单 文件");
  const std::string& path = args.words[2];
  std::ifstream in(path, std::ios::binary);
  if (!in) return Fail("无法读取文件 " + path);
  std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto& s = app.services();
  if (args.words[1] == "enforcement") return ImportEnforcement(path, content, *s.enforcement);
  if (args.words[1] == "sampling") return ImportSampling(args, path, content, app);
  if (args.words[1] == "tasks") return ImportTasks(args, path, content, app);
  auto context = gk::catalogue::LoadImportContext(*s.catalogue, *s.auth);
  if (!context.ok()) return FailStatus(context.status());
  auto plan = gk::catalogue::PlanImport(path, content, context.value(), *s.catalogue,
                                        [](int64_t done, int64_t total) { ShowProgress("检查", done, total); });
  std::fprintf(stderr, "\n");
  if (!plan.ok()) return FailStatus(plan.status());
  if (!plan->rejected.empty()) {
    std::printf("有 %zu 行不合格，未导入任何信息：\n", plan->rejected.size());
    for (const auto& row : plan->rejected) std::printf("%s\n", gk::catalogue::FormatRejection(row).c_str());
    return 1;
  }
  const auto total = static_cast<int64_t>(plan->items.size());
  ShowProgress("导入", 0, total);
  auto n = s.catalogue->ImportPublishedBatch(kCli, std::move(plan->items));
  if (n.ok()) ShowProgress("导入", total, total);
  std::fprintf(stderr, "\n");
  if (!n.ok()) return FailStatus(n.status());
  std::printf("已导入 %d 条信息\n", n.value());
  return 0;
}

}  // namespace gk::cli
