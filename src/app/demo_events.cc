#include "app/demo_events.h"

#include <soci/soci.h>

#include <string>
#include <vector>

#include "common/china_time.h"
#include "events/store.h"

namespace gk::app {
namespace {

const access::Actor kCli{0, "命令行", ""};

// "YYYY-MM-DDTHH:MM" of `days` from today at `hour` China time.
std::string At(Date today, int days, int hour) {
  const std::string h = (hour < 10 ? "0" : "") + std::to_string(hour);
  return today.AddDays(days).ToString() + "T" + h + ":00";
}

}  // namespace

Status CreateDemoEvents(App& app) {
  auto& svc = *app.services().events;
  auto bureau = app.services().auth->GetAgencyByUscc("11370100MB28696235");
  if (!bureau.ok()) return bureau.status();
  access::User officer;
  officer.roles = {{access::Role::kOfficer, 0, 0}};
  const Date today = ChinaToday(*app.services().clock);
  FieldErrors errors;
  auto make = [&](events::EventForm f) -> Result<int64_t> {
    f.agency_id = bureau->id;
    return svc.Create(kCli, officer, f, &errors);
  };
  auto hearing =
      make({0, "hearing", "《济南市沿街商户招牌设置规范》听证会",
            "就招牌设置的尺寸、色彩和审批程序听取商户、居民和专家的意见。\n\n"
            "**听证事项**：规范草案第七条至第十二条。",
            "济南市市场监督管理局三楼会议室（演示地址）", At(today, 10, 9), At(today, 8, 17), "15",
            "### 听证材料\n\n1. 《济南市沿街商户招牌设置规范（草案）》\n2. 起草说明\n3. 征求意见采纳情况", "5"});
  if (!hearing.ok()) return hearing.status();
  if (Status s = svc.Publish(kCli, officer, hearing.value()); !s.ok()) return s;
  const std::vector<events::RegistrationForm> speakers = {{"陈立新", "泉城路商户代表", "0531-00000001", ""},
                                                          {"周敏", "历下区居民", "zhoumin@example.cn", "希望发言"},
                                                          {"孙浩", "山东某大学城市规划学院", "0531-00000003", ""}};
  for (const auto& r : speakers)
    if (auto done = svc.Register(kCli, hearing.value(), r, &errors); !done.ok()) return done.status();
  if (Status s = svc.PublishParticipants(kCli, officer, hearing.value()); !s.ok()) return s;

  auto open_day = make({0, "open_day", "政府开放日：走进食品安全检验实验室",
                        "邀请市民参观食品安全检验实验室，了解抽检流程并与检验人员交流。",
                        "济南市食品药品检验检测中心（演示地址）", At(today, 14, 14), "", "3", "", "2"});
  if (!open_day.ok()) return open_day.status();
  if (Status s = svc.Publish(kCli, officer, open_day.value()); !s.ok()) return s;
  const std::vector<events::RegistrationForm> visitors = {{"李娜", "市民", "13800000001", ""},
                                                          {"王强", "市民", "13800000002", ""},
                                                          {"赵雪", "某中学教师", "13800000003", "带学生 2 名"},
                                                          {"刘洋", "市民", "13800000004", ""}};
  for (const auto& r : visitors)
    if (auto done = svc.Register(kCli, open_day.value(), r, &errors); !done.ok()) return done.status();

  // The interview was held 20 days ago: written straight to the store, as the
  // service only publishes what is still to come.
  const int64_t now = app.services().clock->Now();
  Status past = app.services().db->Transact([&](soci::session& sql) {
    events::Event e;
    e.agency_id = bureau->id;
    e.kind = events::Kind::kInterview;
    e.title = "在线访谈：“放心消费”创建工作答网友问";
    e.description = "局领导做客在线访谈，介绍放心消费创建工作并回答网友提问。";
    e.place = "济南市人民政府网站“在线访谈”栏目（演示）";
    e.starts_at = UnixTimeOf({ChinaDate(now).AddDays(-20), 10, 0, 0});
    e.registration_closes_at = e.starts_at;
    e.state = events::State::kDraft;
    e.created_at = e.updated_at = now - 30 * 86400;
    e.id = events::store::InsertEvent(sql, e);
    e.state = events::State::kHeld;
    e.published_on = ChinaDate(now - 30 * 86400);
    e.summary =
        "访谈历时 90 分钟，回答网友提问 32 个，涉及预付卡消费、食品安全和维权渠道等。\n\n"
        "网友反映集中的预付卡退费难问题，已交由执法稽查处专项整治。";
    events::store::UpdateEvent(sql, e);
    return Status::Ok();
  });
  if (!past.ok()) return past;

  auto draft = make({0, "hearing", "食品小作坊登记管理办法听证会（筹备中）", "听取小作坊经营者意见。", "待定",
                     At(today, 40, 9), "", "20", "", "10"});
  return draft.ok() ? Status::Ok() : draft.status();
}

}  // namespace gk::app
