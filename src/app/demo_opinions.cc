#include "app/demo_opinions.h"

#include "common/china_time.h"

namespace gk::app {
namespace {

const access::Actor kCli{0, "命令行", ""};

std::string Local(int64_t t) { return FormatChinaTime(t, "%Y-%m-%dT%H:%M"); }

}  // namespace

Status CreateDemoOpinions(App& app) {
  auto& svc = *app.services().opinions;
  auto bureau = app.services().auth->GetAgencyByUscc("11370100MB28696235");
  if (!bureau.ok()) return bureau.status();
  access::User officer;
  officer.roles = {{access::Role::kOfficer, 0, 0}};
  officer.display_name = "张公开";
  const int64_t now = app.services().clock->Now();
  const int64_t found = now - 3 * 86400;
  FieldErrors errors;
  auto major = svc.Create(
      kCli, officer,
      {bureau->id, "网传某连锁餐饮门店使用过期食材", "微博、本地论坛", "", "major", Local(found),
       "网友发布视频称某连锁餐饮门店后厨使用过期食材，转发量较大。", "涉及食品安全，关注度高，列为重大舆情。"},
      &errors);
  if (!major.ok()) return major.status();
  if (Status s = svc.Respond(
          kCli, officer, major.value(),
          {Local(found + 3 * 3600), "release", "已连夜对涉事门店开展检查，对现场食材进行封存抽检。", "官方微博"},
          &errors);
      !s.ok())
    return s;
  if (Status s =
          svc.Respond(kCli, officer, major.value(),
                      {Local(found + 20 * 3600), "press", "召开新闻发布会通报调查进展和处理措施。", ""}, &errors);
      !s.ok())
    return s;
  if (Status s = svc.Close(kCli, officer, major.value(), "经检验部分食材超过保质期，已立案查处并向社会公布。", &errors);
      !s.ok())
    return s;
  auto general = svc.Create(kCli, officer,
                            {bureau->id, "市民反映部分停车场收费标准不明", "12345 热线", "", "general",
                             Local(now - 2 * 3600), "多名市民反映部分停车场未公示收费标准。", ""},
                            &errors);
  return general.ok() ? Status::Ok() : general.status();
}

}  // namespace gk::app
