#include "app/demo_proposals.h"

#include <string>
#include <vector>

#include "common/china_time.h"

namespace gk::app {
namespace {

const access::Actor kCli{0, "命令行", ""};

struct DemoProposal {
  const char* kind;
  const char* number;
  const char* title;
  const char* proposer;
  const char* role;
  int assigned;        // days from today
  int replied;         // days from today; 0: not answered
  const char* result;  // A, B, C
  bool publish;
  bool reply_public;
  const char* summary;  // 办理结果
};

}  // namespace

Status CreateDemoProposals(App& app) {
  auto& svc = *app.services().proposals;
  auto bureau = app.services().auth->GetAgencyByUscc("11370100MB28696235");
  if (!bureau.ok()) return bureau.status();
  access::User officer;
  officer.roles = {{access::Role::kOfficer, 0, 0}};
  const Date today = ChinaToday(*app.services().clock);
  const std::string year = std::to_string(today.year());
  const std::vector<DemoProposal> list = {
      {"suggestion", "第0156号", "关于加强校园周边食品安全监管的建议", "张明等 12 名代表", "lead", -150, -80, "A", true,
       true, "已在全市 312 所学校周边开展专项检查，建立校园周边食品经营者“一户一档”，相关做法已纳入年度工作要点。"},
      {"proposal", "第0203号", "关于规范预付式消费经营行为的提案", "民盟济南市委", "lead", -140, -70, "B", true, false,
       "已起草《预付式消费经营行为规范指引》，计划年内印发；同步推进预付卡资金存管试点。"},
      {"suggestion", "第0311号", "关于在老旧小区设立电动自行车集中充电设施的建议", "李华代表", "assist", -130, -60, "C",
       true, false, "属住建部门主办事项。本局配合开展充电设施产品质量抽查，建议留作今后工作参考。"},
      {"proposal", "第0288号", "关于推进个体工商户信用修复的提案", "王芳委员", "lead", -60, -10, "A", false, false,
       "已在政务服务大厅设立信用修复专窗，实现“一窗通办”。"},
      {"suggestion", "第0402号", "关于加强直播带货商品质量监管的建议", "赵刚等 8 名代表", "lead", -40, 0, "", false,
       false, ""},
      {"proposal", "第0127号", "关于优化企业开办“一网通办”流程的提案", "九三学社济南市委", "lead", -120, 0, "", false,
       false, ""},
  };
  for (const auto& d : list) {
    FieldErrors errors;
    auto id = svc.Create(
        kCli, officer,
        {bureau->id, year, d.kind, d.number, d.title, d.proposer, d.role, "", today.AddDays(d.assigned).ToString()},
        &errors);
    if (!id.ok()) return id.status();
    if (d.replied == 0) continue;
    const std::string reply = std::string(d.proposer) + "：\n\n你们提出的《" + d.title + "》收悉，现答复如下：\n\n" +
                              d.summary + "\n\n感谢对市场监管工作的关心和支持。";
    if (Status s =
            svc.Reply(kCli, officer, id.value(),
                      {d.result, reply, d.summary, today.AddDays(d.replied).ToString(), d.reply_public}, &errors);
        !s.ok())
      return s;
    if (d.publish)
      if (Status s = svc.Publish(kCli, officer, id.value()); !s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace gk::app
