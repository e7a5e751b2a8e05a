#include "app/demo_tasks.h"

#include <soci/soci.h>

#include <climits>
#include <optional>
#include <string>
#include <vector>

#include "common/china_time.h"

namespace gk::app {
namespace {

const access::Actor kCli{0, "命令行", ""};
constexpr int kOpen = INT_MIN;  // a milestone not reached

// Days are offsets from today (or, for last year's tasks, from 31 December
// of last year).
struct DemoMilestone {
  const char* title;
  int due;
  int done;  // kOpen: not yet
};
struct DemoReport {
  int on;
  const char* progress;
  const char* results;
  const char* next_steps;
};
enum class End { kDraft, kPublished, kCompleted, kPostponed, kWithdrawn };
struct DemoTask {
  bool last_year;
  tasks::TaskKind kind;
  const char* source;  // rectification
  std::string problem;
  const char* title;
  const char* content;
  const char* owner;
  const char* person;
  int deadline;
  int published;
  std::vector<DemoMilestone> milestones;
  std::vector<DemoReport> reports;
  End end = End::kPublished;
  int end_on = 0;             // completed or postponed on
  const char* end_text = "";  // completion summary, postponement or withdrawal reason
  int new_deadline = 0;       // postponed to
};

std::vector<DemoTask> Tasks(int year) {
  using K = tasks::TaskKind;
  const std::string last = std::to_string(year - 1);
  return {
      {false,
       K::kKeyTask,
       "",
       "",
       "推进企业开办“一窗通办、一日办结”",
       "全面推行企业开办“一窗通办”，将企业设立登记、公章刻制、发票申领、社保登记和住房公积金缴存登记纳入一个环节办理，"
       "企业开办时间压缩至 1 个工作日以内，全程网办率达到 90% 以上。",
       "行政审批服务处",
       "刘强",
       90,
       -130,
       {{"印发企业开办“一窗通办”工作方案", -100, -104},
        {"企业开办一网通办平台 2.0 上线运行", -40, -38},
        {"公章刻制、发票申领并入综合窗口", -7, kOpen},
        {"全程网办率达到 90%", 60, kOpen}},
       {{-60, "已印发《企业开办“一窗通办”工作方案》，在市、区两级政务服务大厅设置企业开办综合窗口 12 个。",
         "企业开办平均用时由 3 个工作日压缩至 1.5 个工作日。", "推进公章刻制、发票申领环节并入综合窗口。"},
        {-20, "企业开办一网通办平台 2.0 上线运行，营业执照、公章、发票、社保登记实现“一表填报、一次提交”。",
         "上线以来新设企业 6800 户，全程网办率 78%。", "协调税务部门打通发票申领数据接口，尽快完成第三个节点。"}}},
      {false,
       K::kKeyTask,
       "",
       "",
       "深化“证照分离”改革全覆盖",
       "对涉企经营许可事项实行清单管理，按照直接取消审批、审批改为备案、实行告知承诺、优化审批服务四种方式分类推进改革"
       "，"
       "实现市场监管领域涉企经营许可事项改革全覆盖。",
       "行政审批服务处",
       "",
       -5,
       -130,
       {{"梳理发布涉企经营许可事项清单", -120, -122},
        {"修订告知承诺事项办事指南", -70, -72},
        {"完成审批系统改造", -25, -20}},
       {{-90, "梳理发布市场监管领域涉企经营许可事项清单 46 项，逐项明确改革方式和监管措施。", "",
         "修订告知承诺事项办事指南。"},
        {-30, "12 项告知承诺事项办事指南修订完成并在政务服务网公布，审批系统改造进入测试。",
         "告知承诺审批平均用时缩短至 1 个工作日。", "完成系统改造，组织改革成效评估。"}},
       End::kCompleted,
       -10,
       "市场监管领域 46 项涉企经营许可事项全部纳入改革，其中直接取消审批 4 项、审批改为备案 3 项、实行告知承诺 12 项、"
       "优化审批服务 27 项，办理告知承诺审批 3200 余件。"},
      {false,
       K::kKeyTask,
       "",
       "",
       "食品安全“守底线、查隐患、保安全”专项行动",
       "聚焦校园及周边、农村集体聚餐、网络订餐等重点领域开展食品安全风险隐患排查整治，全年完成食品安全监督抽检 1.2 "
       "万批次，"
       "抽检合格率保持在 98% 以上。",
       "食品生产安全监督管理处",
       "",
       150,
       -130,
       {{"制定专项行动方案", -80, -82},
        {"完成春季学校食堂专项检查", -30, -31},
        {"完成全年抽检任务的 60%", 20, kOpen},
        {"专项行动总结评估", 140, kOpen}},
       {{-50, "印发专项行动方案，检查学校食堂及校园周边食品经营者 2100 家次。", "发现并督促整改问题 376 个。",
         "开展农村集体聚餐和网络订餐专项检查。"},
        {-15, "完成春季学校食堂专项检查，完成食品安全监督抽检 5400 批次。",
         "抽检合格率 98.6%，不合格产品全部依法处置。", "加快抽检进度，确保按期完成全年任务的 60%。"}}},
      {false,
       K::kKeyTask,
       "",
       "",
       "知识产权质押融资“入园惠企”行动",
       "联合金融机构走进产业园区，为科技型中小企业提供知识产权质押融资对接服务，全年知识产权质押融资登记金额达到 30 "
       "亿元。",
       "知识产权促进处",
       "",
       -15,
       -130,
       {{"与合作银行签订知识产权质押融资合作协议", -90, -88}, {"举办园区银企对接活动 10 场", 40, kOpen}},
       {{-45, "与 6 家银行签订合作协议，举办园区对接活动 4 场。", "完成知识产权质押融资登记 11.2 亿元。",
         "继续举办园区对接活动。"}},
       End::kPostponed,
       -14,
       "受合作银行授信政策调整影响，园区对接活动推迟，经局党组会议研究同意延期。",
       75},
      {false,
       K::kKeyTask,
       "",
       "",
       "计量惠民“进市场、进社区”活动",
       "在全市 50 个农贸市场设置公平秤，开展民用“四表”（水表、电表、燃气表、热量表）免费检定进社区活动。",
       "计量处",
       "",
       200,
       -3,
       {{"完成农贸市场公平秤设置", 60, kOpen}, {"开展“四表”免费检定进社区 20 场", 180, kOpen}},
       {}},
      {false,
       K::kKeyTask,
       "",
       "",
       "特种设备安全隐患排查整治",
       "对全市在用电梯、锅炉、压力容器等特种设备开展隐患排查，建立隐患清单，完成重大隐患整改销号。",
       "特种设备安全监察处",
       "",
       -10,
       -130,
       {{"完成在用电梯安全评估", -60, -61}, {"重大隐患整改销号", -10, kOpen}},
       {{-40, "已排查在用电梯 2.3 万台、锅炉 410 台、压力容器 1.1 万台，发现隐患 317 处，已整改 289 处。", "",
         "督促剩余 28 处隐患限期整改。"}}},
      {false,
       K::kCommitment,
       "",
       "",
       "食品经营许可办理时限压缩至 5 个工作日",
       "对申请材料齐全、符合法定形式的食品经营许可申请，自受理之日起 5 个工作日内作出许可决定（法定时限为 20 "
       "个工作日）；"
       "仅销售预包装食品的实行备案管理。",
       "行政审批服务处",
       "",
       150,
       -130,
       {},
       {{-35, "上半年受理食品经营许可申请 4126 件，平均办理时间 3.2 个工作日，全部在承诺时限内办结。",
         "办理时限较法定时限压缩 84%。", "推行食品经营许可全程网办。"}}},
      {false,
       K::kCommitment,
       "",
       "",
       "投诉举报 7 个工作日内告知处理进展",
       "对通过 12315 平台和热线受理的消费投诉，7 个工作日内告知处理进展；举报自收到之日起 15 "
       "个工作日内作出是否立案的决定。",
       "12315 投诉举报中心",
       "",
       150,
       -130,
       {{"建立 12315 与 12345 热线双向转办机制", -50, -52}},
       {{-10, "受理消费投诉 1.86 万件，按时告知率 99.7%；处理举报 2300 件，均在 15 个工作日内作出是否立案的决定。",
         "为消费者挽回经济损失 1260 万元。", "对超时告知的 56 件逐件分析原因并通报。"}}},
      {false,
       K::kPublicProject,
       "",
       "",
       "农贸市场食品安全快检室全覆盖",
       "在全市 120 "
       "家农贸市场建成食品安全快检室，对蔬菜农药残留、畜禽产品兽药残留等开展日常快速检测，检测结果每日公示。",
       "食品生产安全监督管理处",
       "",
       100,
       -130,
       {{"完成 60 家快检室建设", -20, -22}, {"完成 120 家快检室建设", 90, kOpen}},
       {{-25, "已建成快检室 58 家，配备快检人员 116 名。", "快检蔬菜、畜禽产品 4.3 万批次。", "加快剩余快检室建设。"},
        {-5, "已建成快检室 64 家，第一个节点提前完成。", "快检结果通过市场公示屏每日公开。",
         "完成其余 56 家快检室选址和设备采购。"}}},
      {false,
       K::kPublicProject,
       "",
       "",
       "电梯应急处置服务平台建设",
       "建成全市电梯应急处置服务平台，实现电梯困人故障 24 小时响应，主城区救援人员 30 分钟内到达现场。",
       "特种设备安全监察处",
       "",
       20,
       -130,
       {{"完成平台招标采购", -100, -98}, {"平台上线试运行", -40, -41}, {"全市在用电梯接入平台", -15, -13}},
       {{-60, "完成平台招标采购，确定建设单位。", "", "开展平台试运行。"},
        {-20, "平台试运行，接入在用电梯 3.9 万台。", "试运行期间处置困人故障 310 起。", "完成其余电梯接入。"}},
       End::kCompleted,
       -12,
       "平台正式运行，全市 4.6 万台在用电梯全部接入，累计处置困人故障 1260 起，主城区救援人员平均到达时间 18 分钟。"},
      {false,
       K::kRectification,
       "audit",
       "市审计局在" + last +
           "年度预算执行审计中指出：部分专项资金拨付不及时，食品安全抽检专项资金 320 万元滞留超过 6 个月。",
       "专项资金拨付不及时问题整改",
       "制定专项资金管理办法，建立资金拨付进度月调度制度；滞留资金全部拨付到位，并对相关责任人进行约谈。",
       "办公室",
       "",
       -20,
       -130,
       {{"制定专项资金管理办法", -70, -75}, {"滞留资金全部拨付", -40, -42}},
       {{-50, "《专项资金管理办法》已印发，建立资金拨付月调度制度。", "", "完成滞留资金拨付。"}},
       End::kCompleted,
       -30,
       "滞留的 320 "
       "万元专项资金已全部拨付，《专项资金管理办法》印发实施，资金拨付实行月调度、季通报，对相关责任人进行了约谈。"},
      {false,
       K::kRectification,
       "inspection_tour",
       "市委第三巡察组反馈：行政处罚案卷归档不规范，部分案卷缺少听证告知送达回证，案卷评查合格率偏低。",
       "行政处罚案卷归档不规范问题整改",
       "开展行政处罚案卷专项评查，对不规范案卷逐卷整改；修订案卷归档标准，组织执法人员培训；将案卷质量纳入执法考核。",
       "政策法规处",
       "",
       45,
       -60,
       {{"完成近三年行政处罚案卷专项评查", -20, -18}, {"修订案卷归档标准并完成培训", 30, kOpen}},
       {{-10, "评查近三年行政处罚案卷 1460 卷，发现不规范案卷 87 卷，已整改 61 卷。", "",
         "修订案卷归档标准，组织全系统执法人员培训。"}}},
      {false,
       K::kKeyTask,
       "",
       "",
       "推进“明厨亮灶”智慧监管平台建设",
       "建设“明厨亮灶”智慧监管平台，接入全市学校食堂和大中型餐饮单位后厨视频。",
       "餐饮服务食品安全监督管理处",
       "",
       120,
       -130,
       {},
       {},
       End::kWithdrawn,
       0,
       "该项工作已并入全市“互联网+监管”平台统一建设，不再单独作为本局重点任务。"},
      {false,
       K::kKeyTask,
       "",
       "",
       "市场主体信用风险分类监管",
       "建立市场主体信用风险分类指标体系，将分类结果与“双随机、一公开”抽查比例和频次挂钩。",
       "信用监督管理处",
       "",
       180,
       0,
       {{"建立信用风险分类指标体系", 30, kOpen}},
       {},
       End::kDraft},
      {true,
       K::kKeyTask,
       "",
       "",
       "“双随机、一公开”监管全覆盖",
       "市场监管领域随机抽查事项实现全覆盖，抽查结果全部通过国家企业信用信息公示系统公示。",
       "信用监督管理处",
       "",
       0,
       -330,
       {{"制定年度抽查计划", -300, -305}, {"完成年度抽查任务", -20, -25}},
       {{-180, "制定年度抽查计划，完成抽查任务的 55%。", "", "开展跨部门联合抽查。"}},
       End::kCompleted,
       -11,
       "全年开展双随机抽查 186 批次，抽查市场主体 1.2 万户，抽查结果全部按时公示。"},
      {true,
       K::kPublicProject,
       "",
       "",
       "老旧小区电梯安全评估",
       "对使用 15 年以上的住宅电梯开展安全评估，评估结果向小区居民公开。",
       "特种设备安全监察处",
       "",
       0,
       -300,
       {{"完成安全评估", -40, -45}},
       {{-100, "已评估电梯 1200 台。", "", "完成剩余电梯评估。"}},
       End::kCompleted,
       -20,
       "完成 2140 台老旧住宅电梯安全评估，评估结果在小区公示，需改造的 312 台已纳入改造计划。"},
  };
}

}  // namespace

Status CreateDemoTasks(App& app) {
  auto& svc = *app.services().tasks;
  auto bureau = app.services().auth->GetAgencyByUscc("11370100MB28696235");
  if (!bureau.ok()) return bureau.status();
  access::User officer;
  officer.roles = {{access::Role::kOfficer, 0, 0}};
  const Date today = ChinaToday(*app.services().clock);
  const Date last_year_end = Date::FromYmd(today.year() - 1, 12, 31).value();
  FieldErrors errors;
  auto fail = [&](const Status& s) { return errors.empty() ? s : Status::Invalid(errors.ToStatus().message()); };
  for (const DemoTask& d : Tasks(today.year())) {
    const Date base = d.last_year ? last_year_end : today;
    auto day = [&](int offset) { return base.AddDays(offset).ToString(); };
    tasks::TaskForm form{bureau->id,
                         std::to_string(d.last_year ? today.year() - 1 : today.year()),
                         tasks::KindCode(d.kind),
                         d.source,
                         d.problem,
                         d.title,
                         d.content,
                         d.owner,
                         d.person,
                         day(d.deadline)};
    auto id = svc.Create(kCli, officer, form, &errors);
    if (!id.ok()) return fail(id.status());
    for (const auto& m : d.milestones)
      if (Status s = svc.AddMilestone(kCli, officer, id.value(), m.title, day(m.due), &errors); !s.ok()) return fail(s);
    if (d.end == End::kDraft) continue;
    if (Status s = svc.Publish(kCli, officer, id.value()); !s.ok()) return fail(s);
    auto task = svc.Get(id.value());
    if (!task.ok()) return task.status();
    for (size_t i = 0; i < d.milestones.size(); ++i) {
      if (d.milestones[i].done == kOpen) continue;
      Status s =
          svc.MilestoneDone(kCli, officer, id.value(), task->milestones[i].id, day(d.milestones[i].done), &errors);
      if (!s.ok()) return fail(s);
    }
    for (const auto& r : d.reports) {
      tasks::ReportForm rf{day(r.on), r.progress, r.results, r.next_steps};
      if (Status s = svc.AddReport(kCli, officer, id.value(), rf, &errors); !s.ok()) return fail(s);
    }
    Status s = Status::Ok();
    if (d.end == End::kCompleted) s = svc.Complete(kCli, officer, id.value(), day(d.end_on), d.end_text, &errors);
    if (d.end == End::kPostponed) s = svc.Postpone(kCli, officer, id.value(), day(d.new_deadline), d.end_text, &errors);
    if (d.end == End::kWithdrawn) s = svc.Withdraw(kCli, officer, id.value(), d.end_text, &errors);
    if (!s.ok()) return fail(s);
    // Published (and postponed) on the demo's dates rather than today.
    s = app.services().db->Transact([&](soci::session& sql) {
      long long key = id.value();
      std::string published = day(d.published), postponed = d.end == End::kPostponed ? day(d.end_on) : "";
      sql << "UPDATE tasks SET published_on = :p, postponed_on = :o WHERE id = :id", soci::use(published),
          soci::use(postponed), soci::use(key);
      return Status::Ok();
    });
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace gk::app
