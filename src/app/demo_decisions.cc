#include "app/demo_decisions.h"

#include <string>
#include <vector>

#include "common/china_time.h"

namespace gk::app {
namespace {

const access::Actor kCli{0, "命令行", ""};

constexpr int kNone = -100000;

struct DemoDecision {
  const char* title;
  const char* summary;
  const char* owner;
  const char* consultation;
  // Days from today, per stage: planned and done (kNone: none).
  std::vector<std::pair<int, int>> stages;
};

}  // namespace

Status CreateDemoDecisions(App& app) {
  auto& svc = *app.services().decisions;
  auto bureau = app.services().auth->GetAgencyByUscc("11370100MB28696235");
  if (!bureau.ok()) return bureau.status();
  access::User officer;
  officer.roles = {{access::Role::kOfficer, 0, 0}};
  const Date today = ChinaToday(*app.services().clock);
  const std::vector<DemoDecision> list = {
      {"制定《济南市沿街商户招牌设置规范》",
       "规范沿街招牌和户外广告设施设置，提升城市环境品质。依据《城市市容和环境卫生管理条例》等。",
       "广告监督管理处",
       "2",
       {{-120, -110}, {-75, -45}, {kNone, kNone}, {-40, -38}, {-30, -25}, {-10, kNone}, {15, kNone}}},
      {"制定《济南市食品小作坊登记管理办法》",
       "统一食品小作坊登记条件、材料和期限，规范生产经营活动。",
       "食品生产监督管理处",
       "1",
       {{-60, -50}, {-10, kNone}, {30, kNone}, {40, kNone}, {60, kNone}, {80, kNone}, {100, kNone}}},
      {"调整全市停车服务收费标准",
       "根据成本监审结果，调整中心城区公共停车场收费标准。",
       "价格监督检查处",
       "",
       {{30, kNone}, {60, kNone}, {75, kNone}, {75, kNone}, {90, kNone}, {110, kNone}, {130, kNone}}},
  };
  FieldErrors errors;
  auto fail = [&](const Status& s) { return errors.empty() ? s : Status::Invalid(errors.ToStatus().message()); };
  for (const auto& d : list) {
    decisions::DecisionForm form;
    form.agency_id = bureau->id;
    form.year = std::to_string(today.year());
    form.title = d.title;
    form.summary = d.summary;
    form.owner = d.owner;
    form.consultation_id = d.consultation;
    for (size_t i = 0; i < decisions::kStages && i < d.stages.size(); ++i) {
      if (d.stages[i].first != kNone) form.planned[i] = today.AddDays(d.stages[i].first).ToString();
      if (d.stages[i].second != kNone) form.done[i] = today.AddDays(d.stages[i].second).ToString();
    }
    auto id = svc.Create(kCli, officer, form, &errors);
    if (!id.ok()) return fail(id.status());
    if (Status s = svc.Publish(kCli, officer, id.value()); !s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace gk::app
