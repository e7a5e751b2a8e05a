#include "app/demo_messages.h"

#include <soci/soci.h>

#include <string>
#include <vector>

#include "common/china_time.h"

namespace gk::app {
namespace {

const access::Actor kCli{0, "命令行", ""};
const access::Actor kPublic{0, "公众", "192.0.2.2"};

enum class End { kReceived, kAssigned, kAnswered, kPublished };
struct DemoMessage {
  const char* category;
  const char* title;
  const char* body;
  const char* name;
  bool wants_private;
  int days_ago;
  End end;
  const char* answer;
  int answered_after;  // days after it arrived
};

std::vector<DemoMessage> Messages() {
  return {
      {"consult", "个体工商户变更经营场所需要哪些材料？",
       "我在历下区经营一家小吃店（个体工商户），准备搬到同一条街的另一个门面，请问变更经营场所需要准备哪些材料？可以网"
       "上办理吗？",
       "刘女士", false, 40, End::kPublished,
       "您好！个体工商户变更经营场所，可通过“山东省企业开办一网通办平台”网上办理，也可到区政务服务大厅市场监管窗口办理"
       "。需提交：1. 个体工商户变更登记申请书；2. 新经营场所使用证明；3. "
       "经营者身份证明。材料齐全、符合法定形式的，当场办结。",
       3},
      {"suggest", "建议公布农贸市场快检结果",
       "建议各农贸市场每天在显著位置公示当日蔬菜农药残留快检结果，方便市民放心购买。", "张先生", false, 25,
       End::kPublished,
       "感谢您的建议。目前全市 86 "
       "家农贸市场已建立快检室，每日快检结果在市场入口电子屏公示，同时在“济南市场监管”公众号按周汇总发布。我们将督促个"
       "别未按要求公示的市场整改。",
       4},
      {"complain", "购买的电动车电池标称容量不符",
       "我在某商场购买的电动自行车电池，标称容量 20Ah，实际使用续航明显不足，怀疑虚标，联系电话 13905311234。",
       "王先生", true, 12, End::kAnswered,
       "您好！已转请辖区市场监管所依法核查，检查人员将与您电话联系并对同批次产品抽样送检，检验结果将及时告知您。", 2},
      {"consult", "食品经营许可证延续要提前多久申请？",
       "我的食品经营许可证明年三月到期，请问延续需要提前多久申请？逾期了怎么办？", "赵先生", false, 10, End::kAssigned,
       "", 0},
      {"consult", "营业执照遗失如何补领？", "公司营业执照正本遗失，需要登报吗？补领要多久？", "孙女士", false, 1,
       End::kReceived, "", 0},
      {"suggest", "建议延长周末政务服务大厅办理时间", "上班族工作日难以请假办理业务，建议周六上午开放市场监管窗口。",
       "周先生", false, 70, End::kReceived, "", 0},
  };
}

}  // namespace

Status CreateDemoMessages(App& app) {
  auto& svc = *app.services().messages;
  auto bureau = app.services().auth->GetAgencyByUscc("11370100MB28696235");
  if (!bureau.ok()) return bureau.status();
  auto departments = app.services().auth->ListDepartments(bureau->id);
  if (!departments.ok()) return departments.status();
  if (departments->empty()) return Status::Unavailable("demo bureau has no departments");
  access::User officer;
  officer.roles = {{access::Role::kOfficer, 0, 0}};
  const Date today = ChinaToday(*app.services().clock);
  FieldErrors errors;
  auto fail = [&](const Status& s) { return errors.empty() ? s : Status::Invalid(errors.ToStatus().message()); };
  int n = 0;
  for (const DemoMessage& d : Messages()) {
    messages::MessageForm form{
        bureau->id, d.category, d.title, d.body, d.name, "1390531" + std::to_string(1000 + n), d.wants_private};
    auto asked = svc.Submit(kPublic, form, &errors);
    if (!asked.ok()) return fail(asked.status());
    const int64_t id = asked->id;
    const int64_t dept = (*departments)[static_cast<size_t>(n++) % departments->size()].id;
    if (d.end != End::kReceived)
      if (Status s = svc.Assign(kCli, officer, id, dept, &errors); !s.ok()) return fail(s);
    if (d.end == End::kAnswered || d.end == End::kPublished)
      if (Status s = svc.Answer(kCli, officer, id, d.answer, &errors); !s.ok()) return fail(s);
    if (d.end == End::kPublished)
      if (Status s = svc.Publish(kCli, officer, id); !s.ok()) return fail(s);
    // Moved back to the day it arrived, with its due day and answer dates.
    const Date received = today.AddDays(-d.days_ago);
    const std::string on = received.ToString(),
                      due = messages::DueOn(received, app.services().calendar, svc.settings().answer_days).ToString(),
                      answered = d.end == End::kAnswered || d.end == End::kPublished
                                     ? received.AddDays(d.answered_after).ToString()
                                     : "",
                      published = d.end == End::kPublished ? received.AddDays(d.answered_after + 1).ToString() : "";
    Status moved = app.services().db->Transact([&](soci::session& sql) {
      long long i = id, at = ChinaDayStart(received) + 10 * 3600;
      sql << "UPDATE messages SET received_on = :r, due_on = :d, answered_on = :a, published_on = :p, created_at = :c "
             "WHERE id = :id",
          soci::use(on), soci::use(due), soci::use(answered), soci::use(published), soci::use(at), soci::use(i);
      return Status::Ok();
    });
    if (!moved.ok()) return moved;
  }
  // Readers' views of the first answer.
  for (const char* s : {"satisfied", "satisfied", "satisfied", "basically", "unsatisfied"})
    if (Status r = svc.Rate(1, s); !r.ok()) return r;
  return Status::Ok();
}

}  // namespace gk::app
