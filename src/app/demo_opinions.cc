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
  // The 情况通报 published in 回应关切 that the answer names.
  auto& catalogue = *app.services().catalogue;
  auto column = catalogue.GetColumnByCode(bureau->id, "hygq");
  if (!column.ok()) return column.status();
  catalogue::Item notice;
  notice.agency_id = bureau->id;
  notice.title = "关于网传连锁餐饮门店使用过期食材的情况通报";
  notice.written_on = notice.published_on = ChinaDate(found + 4 * 3600);
  notice.topic = "市场监管、安全生产监管";
  notice.category = "通知公告";
  notice.genre = "通告";
  notice.body_md =
      "近日，网传某连锁餐饮门店使用过期食材。我局高度重视，连夜开展检查，对现场食材封存抽检。调查处理情况将及时公布。";
  notice.index_no = catalogue.FormatIndexNo(bureau->uscc, *notice.published_on, 950);
  notice.column_ids = {column->id};
  if (auto r = catalogue.ImportPublished(kCli, notice); !r.ok()) return r.status();
  int64_t department = 0;
  if (auto depts = app.services().auth->ListDepartments(bureau->id); depts.ok())
    for (const auto& d : depts.value())
      if (d.name == "食品生产安全监督管理处") department = d.id;
  FieldErrors errors;
  auto major = svc.Create(kCli, officer,
                          {bureau->id, "网传某连锁餐饮门店使用过期食材", "微博、本地论坛", "", "major", Local(found),
                           "网友发布视频称某连锁餐饮门店后厨使用过期食材，转发量较大。",
                           "涉及食品安全，关注度高，列为重大舆情。", department},
                          &errors);
  if (!major.ok()) return major.status();
  if (Status s = svc.Respond(
          kCli, officer, major.value(),
          {Local(found + 3 * 3600), "release", "已连夜对涉事门店开展检查，对现场食材进行封存抽检。", notice.index_no},
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
