#include "app/init.h"

#include <soci/soci.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include <nlohmann/json.hpp>

#include "app/demo_lists.h"
#include "app/demo_consultations.h"
#include "app/demo_decisions.h"
#include "app/demo_events.h"
#include "app/demo_opinions.h"
#include "app/demo_proposals.h"
#include "app/demo_messages.h"
#include "app/demo_policies.h"
#include "app/demo_portal.h"
#include "app/demo_tasks.h"
#include "common/china_time.h"
#include "common/strings.h"
#include "common/uscc.h"

namespace gk::app {
namespace {

const access::Actor kCli{0, "命令行", ""};

// The first user's own organisation: 济南市市场监督管理局 and its structure.
Status CreateDemo(App& app, InitResult* out) {
  auto& auth = *app.services().auth;
  FieldErrors errors;
  access::Agency bureau;
  bureau.name = "济南市市场监督管理局";
  bureau.short_name = "市市场监管局";
  bureau.uscc = "11370100MB28696235";
  auto bureau_id = auth.CreateAgency(kCli, nullptr, bureau, &errors);
  if (!bureau_id.ok()) return bureau_id.status();
  const char* divisions[] = {"办公室",
                             "政策法规处",
                             "行政审批服务处",
                             "信用监督管理处",
                             "食品生产安全监督管理处",
                             "产品质量安全监督管理处",
                             "价格监督检查与反不正当竞争处",
                             "知识产权促进处",
                             "标准化处",
                             "计量处"};
  const char* affiliates[] = {"济南市市场监管综合执法支队", "济南市食品药品检验检测中心", "济南市计量检定测试院",
                              "济南市产品质量检验院"};
  std::map<std::string, int64_t> dept_ids;
  for (const char* n : divisions) {
    auto id =
        auth.CreateDepartment(kCli, nullptr, {0, bureau_id.value(), n, access::DepartmentKind::kDivision}, &errors);
    if (!id.ok()) return id.status();
    dept_ids[n] = id.value();
  }
  for (const char* n : affiliates) {
    auto id =
        auth.CreateDepartment(kCli, nullptr, {0, bureau_id.value(), n, access::DepartmentKind::kAffiliate}, &errors);
    if (!id.ok()) return id.status();
  }
  access::Agency district;
  district.name = "济南市历下区市场监督管理局";
  district.short_name = "历下区市场监管局";
  district.uscc = WithUsccCheckDigit("11370102MB2870153");
  district.parent_id = bureau_id.value();
  auto district_id = auth.CreateAgency(kCli, nullptr, district, &errors);
  if (!district_id.ok()) return district_id.status();
  for (const char* n : {"办公室", "市场监管一科"}) {
    auto id =
        auth.CreateDepartment(kCli, nullptr, {0, district_id.value(), n, access::DepartmentKind::kDivision}, &errors);
    if (!id.ok()) return id.status();
  }
  struct DemoUser {
    const char* username;
    const char* name;
    access::Role role;
    const char* department;
  };
  const DemoUser users[] = {
      {"editor", "王信息", access::Role::kEditor, "办公室"},
      {"reviewer", "李审核", access::Role::kReviewer, "政策法规处"},
      {"officer", "张公开", access::Role::kOfficer, "办公室"},
      {"leader", "赵主任", access::Role::kOfficer, "办公室"},  // 公开办负责人: signs replies off
  };
  for (const auto& u : users) {
    auth::NewUser nu;
    nu.username = u.username;
    nu.display_name = u.name;
    nu.roles = {{u.role, bureau_id.value(), dept_ids[u.department]}};
    auto pw = auth.CreateUser(kCli, nullptr, nu, &errors);
    if (!pw.ok()) return pw.status();
    out->demo_users.push_back({u.username, access::RoleLabel(u.role), pw.value()});
  }
  auto leader = auth.GetUserByName("leader");
  if (!leader.ok()) return leader.status();
  return app.services().applications->SetSigners(kCli, nullptr, bureau_id.value(), {leader->id});
}

// A few applications in different states so the console has content.
Status CreateDemoApplications(App& app) {
  auto& svc = *app.services().applications;
  auto officer = app.services().auth->GetUserByName("officer");
  auto leader = app.services().auth->GetUserByName("leader");
  if (!officer.ok()) return officer.status();
  if (!leader.ok()) return leader.status();
  const Date today = svc.Today();
  const WorkCalendar& cal = app.services().calendar;
  auto back = [&](int working_days) {
    Date d = today;
    for (int n = 0; n < working_days;) {
      d = d.AddDays(-1);
      if (cal.IsWorkingDay(d)) ++n;
    }
    return d;
  };
  auto person = [](const char* name, const char* id, const char* desc) {
    applications::Application a;
    a.agency_id = 1;
    a.applicant_name = name;
    a.id_type = "resident_id";
    a.id_number = id;
    a.phone = "13800000000";
    a.email = "demo@example.com";
    a.address = "山东省济南市历下区（演示地址）";
    a.description = desc;
    a.medium = "electronic";
    a.delivery = "email";
    return a;
  };
  FieldErrors errors;
  // Submitted online, waiting for 接收确认.
  auto online = svc.SubmitOnline(kCli,
                                 person("陈明", "11010519491231002X",
                                        "请公开贵局2025年第四季度食品安全监督抽检结果中涉及历下区餐饮单位的抽检报告。"),
                                 &errors);
  if (!online.ok()) return online.status();
  // In person, being handled.
  auto a2 = person("刘芳", "110101199003070011", "请公开济南市2025年度价格监督检查工作总结。");
  a2.channel = "in_person";
  a2.medium = "paper";
  a2.delivery = "pickup";
  auto r2 = svc.Register(kCli, *officer, a2, back(12), "", &errors);
  if (!r2.ok()) return r2.status();
  // By registered post, unclear: correction requested.
  auto a3 = person("山东某律师事务所", "", "请提供有关那家公司的处罚材料。");
  a3.applicant_type = applications::ApplicantType::kLegal;
  a3.id_type = "uscc";
  a3.id_number = WithUsccCheckDigit("31370000MD0123456");
  a3.contact_person = "孙律师";
  a3.channel = "registered_post";
  auto r3 = svc.Register(kCli, *officer, a3, back(4), "", &errors);
  if (!r3.ok()) return r3.status();
  applications::ActionInput correction;
  correction.note = "请写明所涉企业的名称或统一社会信用代码，以及行政处罚决定书文号或作出处罚的大致时间。";
  if (Status s = svc.Perform(kCli, *officer, r3->id, applications::Action::kRequestCorrection, correction, &errors);
      !s.ok())
    return s;
  // Decided and signed off: 予以公开.
  auto a4 = person("王强", "440308199901010012", "请公开《济南市市场监督管理局政府信息依申请公开工作规程》全文。");
  auto r4 = svc.Register(
      kCli, *officer,
      [&] {
        a4.channel = "letter";
        return a4;
      }(),
      back(9), "", &errors);
  if (!r4.ok()) return r4.status();
  applications::ActionInput decision;
  decision.outcome = applications::Outcome{1, 0};  // 予以公开
  decision.public_index_no = "";
  decision.explanation = "该信息已主动公开，现予提供。";
  if (Status s = svc.Perform(kCli, *officer, r4->id, applications::Action::kDraftDecision, decision, &errors); !s.ok())
    return s;
  return svc.Perform(kCli, *leader, r4->id, applications::Action::kSignOff, {}, &errors);
}

struct DemoItem {
  const char* column;
  const char* title;
  const char* doc_no;
  const char* date;
  const char* topic;
  const char* category;
  const char* genre;
  int art20;
  const char* body;
  // 相关信息: an earlier demo item; for a 政策解读 (column zcjd), the policy it interprets.
  const char* related_title = "";
};

// The sections of the demo's text interpretation (政策解读, policy.h).
const std::vector<std::string> kDemoSections = {
    "为深入贯彻党中央、国务院和省委、省政府关于优化营商环境的决策部署，依据《优化营商环境条例》，结合本市市场监管工作实际，制定《若干措施》。",
    "进一步降低制度性交易成本，激发市场主体活力，打造市场化、法治化、国际化营商环境。",
    "《若干措施》共 20 条，主要包括：\n\n1. 推行经营主体登记“一网通办”，开办企业 0.5 个工作日办结；\n"
    "2. 推行证明事项告知承诺制；\n3. 对轻微违法行为依法不予处罚，推行柔性执法；\n4. 建立企业诉求快速响应机制。",
    "本市行政区域内的各类经营主体。",
    "**告知承诺制**：行政机关一次性告知申请人所需条件和材料，申请人书面承诺符合条件即可办理的制度。",
    "自 2025 年 9 月 1 日起施行，有效期 5 年。",
    "济南市市场监督管理局政策法规处，联系电话：0531-00000000（演示）。"};

// The text alternative of the demo's 图解 (data/demo/tujie-gaozhi-chengnuo.png).
constexpr const char* kDemoGraphicText =
    "一图读懂：证明事项告知承诺制怎么办。\n\n"
    "第一步，查清单：在“证明事项清单”中查看事项是否实行告知承诺制。\n\n"
    "第二步，看告知：窗口或网站一次性告知证明义务、内容、承诺的效力和不实承诺的责任。\n\n"
    "第三步，签承诺：申请人书面承诺已符合条件，不再提交相应证明材料。\n\n"
    "第四步，当场办：材料齐全的当场办结；部门在办结后依法核查承诺内容。\n\n"
    "不实承诺的，依法撤销办理结果并记入信用记录。";

// A few dozen realistic items so every page has content.
constexpr DemoItem kDemoItems[] = {
    {"xxgk-zn", "济南市市场监督管理局政府信息公开指南", "", "2026-01-10", "综合政务", "其他文件", "其他", 0,
     "### 一、主动公开\n\n本机关主动公开的政府信息，通过本网站“政府信息公开”栏目发布，公众可免费查阅。\n\n"
     "### 二、依申请公开\n\n公民、法人或者其他组织可以向本机关申请获取相关政府信息。申请应当包括申请人的姓名或者名称、"
     "身份证明、联系方式，申请公开的政府信息的名称、文号或者便于查询的其他特征性描述，以及获取信息的方式和途径。\n\n"
     "### 三、办理时限\n\n能够当场答复的当场答复；不能当场答复的，自收到申请之日起 20 个工作日内答复。\n\n"
     "### 四、受理机构\n\n济南市市场监督管理局办公室（政务公开办公室）。"},
    {"xxgk-zd", "济南市市场监督管理局政府信息公开保密审查办法", "济市监办发〔2024〕3号", "2024-03-12", "综合政务",
     "其他文件", "办法", 0, "为规范政府信息公开保密审查工作，制定本办法。\n\n第一条 ……"},
    {"xxgk-zd", "济南市市场监督管理局政府信息依申请公开工作规程", "济市监办发〔2024〕5号", "2024-04-08", "综合政务",
     "其他文件", "规定", 0, "为规范依申请公开工作，明确接收、登记、办理、答复等环节要求，制定本规程。"},
    {"xxgk-ndbg", "济南市市场监督管理局2025年政府信息公开工作年度报告", "", "2026-01-20", "综合政务", "其他文件",
     "报告", 0, "### 一、总体情况\n\n2025年，本局认真贯彻落实《中华人民共和国政府信息公开条例》……"},
    {"xxgk-ndbg", "济南市市场监督管理局2024年政府信息公开工作年度报告", "", "2025-01-22", "综合政务", "其他文件",
     "报告", 0, "### 一、总体情况\n\n2024年，本局持续推进政务公开标准化规范化建设……"},
    {"fdnr-jgzn", "济南市市场监督管理局机构职能", "", "2025-03-01", "国务院组织机构", "其他文件", "其他", 2,
     "### 主要职责\n\n负责全市市场综合监督管理……\n\n### 办公地址\n\n济南市（演示地址）\n\n### 办公时间\n\n"
     "工作日 上午 9:00—12:00，下午 13:30—17:00"},
    {"fdnr-xzzf", "济南市市场监督管理局行政处罚裁量基准（2025年版）", "济市监规〔2025〕2号", "2025-06-18",
     "市场监管、安全生产监管", "行政执法", "规定", 6, "为规范行政处罚自由裁量权的行使，制定本基准。"},
    {"fdnr-jdjc", "2026年第一季度食品安全监督抽检信息公告", "", "2026-04-15", "市场监管、安全生产监管", "通知公告",
     "公告", 13,
     "本季度共抽检食品 1,268 批次，合格 1,243 批次，不合格 25 批次。不合格食品的核查处置情况将依法公开。\n\n"
     "| 食品类别 | 抽检批次 | 不合格批次 | 主要不合格项目 |\n"
     "|:---|---:|---:|:---|\n"
     "| 粮食加工品 | 212 | 2 | 霉菌 |\n"
     "| 食用农产品 | 486 | 14 | 农药残留 |\n"
     "| 餐饮食品 | 305 | 6 | 大肠菌群 |\n"
     "| 其他 | 265 | 3 | 菌落总数 |\n"},
    {"fdnr-jdjc", "2025年度产品质量监督抽查结果公告", "", "2026-02-26", "市场监管、安全生产监管", "通知公告", "公告",
     13, "2025年共对电线电缆、儿童用品、电动自行车等 32 种产品开展监督抽查。"},
    {"fdnr-czxx", "济南市市场监督管理局2026年部门预算", "", "2026-02-10", "财政、金融、审计", "财政信息", "其他", 7,
     "根据预算管理规定，现将本局2026年部门预算公开如下。"},
    {"fdnr-ghjh", "济南市“十五五”市场监管现代化规划（征求意见稿）", "", "2026-03-20", "市场监管、安全生产监管",
     "规划计划", "方案", 3, "为推进市场监管现代化，编制本规划。"},
    {"zcwj", "济南市市场监督管理局关于进一步优化营商环境的若干措施", "济市监发〔2025〕15号", "2025-08-12",
     "市场监管、安全生产监管", "政策文件", "意见", 1, "为深入贯彻优化营商环境决策部署，提出以下措施。"},
    {"zcwj", "济南市市场监督管理局关于推行证明事项告知承诺制的实施方案", "济市监发〔2025〕9号", "2025-05-20",
     "市场监管、安全生产监管", "政策文件", "方案", 1, "全面推行证明事项告知承诺制，减少证明材料。"},
    {"zcwj", "济南市食品生产经营风险分级管理办法", "济市监规〔2024〕4号", "2024-11-05", "市场监管、安全生产监管",
     "政策文件", "办法", 1, "为加强食品生产经营风险分级管理，制定本办法。"},
    {"zcjd", "《关于进一步优化营商环境的若干措施》政策解读", "", "2025-08-12", "市场监管、安全生产监管", "政策解读",
     "解读", 0, "", "济南市市场监督管理局关于进一步优化营商环境的若干措施"},
    {"zcjd", "图解：证明事项告知承诺制怎么办", "", "2025-05-21", "市场监管、安全生产监管", "政策解读", "解读", 0,
     "一图读懂告知承诺制的办理流程。", "济南市市场监督管理局关于推行证明事项告知承诺制的实施方案"},
    {"tzgg", "关于开展2026年“双随机、一公开”联合抽查工作的通知", "", "2026-03-05", "市场监管、安全生产监管", "通知公告",
     "通知", 0, "按照年度抽查计划，现开展联合抽查工作。"},
    {"tzgg", "关于公布2026年度重点工作任务公开承诺事项的公告", "", "2026-02-20", "综合政务", "通知公告", "公告", 0,
     "现将本局2026年度公开承诺事项公布如下，接受社会监督。"},
    {"tzgg", "关于调整行政审批服务大厅办公时间的通告", "", "2026-06-28", "综合政务", "通知公告", "通告", 0,
     "自2026年7月1日起，行政审批服务大厅夏季办公时间调整为……"},
    {"gzdt", "市市场监管局召开2026年政务公开工作推进会", "", "2026-04-02", "综合政务", "工作动态", "其他", 0,
     "会议总结了2025年政务公开工作，部署了2026年重点任务。"},
    {"gzdt", "市市场监管局开展“3·15”国际消费者权益日系列活动", "", "2026-03-15", "商贸、海关、旅游", "工作动态", "其他",
     0, "活动现场受理消费者咨询投诉 326 件。"},
    {"gzdt", "市市场监管局举办政府开放日活动", "", "2026-05-18", "综合政务", "工作动态", "其他", 0,
     "邀请市民代表走进食品检验实验室，了解食品安全抽检流程。"},
    {"zt-spyp", "春节期间食品安全消费提示", "", "2026-02-09", "市场监管、安全生产监管", "通知公告", "其他", 13,
     "春节临近，请广大消费者注意选购食品时查看标签标识。"},
    {"zt-spyp", "2025年全市食品安全抽检情况通报", "", "2026-01-28", "市场监管、安全生产监管", "通知公告", "其他", 13,
     "全年完成食品安全抽检 5.2 万批次，总体合格率 97.9%。"},
    {"zt-cpzl", "电动自行车产品质量专项抽查结果通报", "", "2025-12-10", "工业、交通", "通知公告", "其他", 13,
     "抽查电动自行车 60 批次，发现不合格 4 批次。"},
    {"zt-jgsf", "关于规范停车收费行为的提醒告诫函", "", "2025-10-16", "商贸、海关、旅游", "通知公告", "函", 8,
     "请各停车场经营者严格执行明码标价规定。"},
    {"zt-zscq", "2025年济南市知识产权保护状况", "", "2026-04-26", "科技、教育", "工作动态", "报告", 0,
     "2025年全市发明专利授权量同比增长 12.6%。"},
};

// The work plan itself (the requirements document) with its real metadata,
// plus the demo items above, as published items with index numbers.
Status CreateDemoItems(App& app) {
  auto& catalogue = *app.services().catalogue;
  auto bureau = app.services().auth->GetAgencyByUscc("11370100MB28696235");
  if (!bureau.ok()) return bureau.status();
  auto column = [&](const char* code) -> int64_t {
    auto c = catalogue.GetColumnByCode(bureau->id, code);
    return c.ok() ? c->id : 0;
  };
  std::string plan_path =
      std::filesystem::path(app.services().config.paths.calendar_dir).parent_path() / "demo" / "workplan-2020.md";
  std::ifstream f(plan_path);
  std::stringstream body;
  body << f.rdbuf();
  catalogue::Item plan;
  plan.agency_id = bureau->id;
  plan.index_no = "11370100MB28696235/2020-00757";
  plan.category = "其他文件";
  plan.written_on = plan.published_on = DateOf("2020-09-16");
  plan.title = "关于印发《2020年济南市市场监督管理局政务公开工作要点》的通知";
  plan.topic = "综合政务";
  plan.genre = "通知";
  plan.summary = "印发2020年济南市市场监督管理局政务公开工作要点。";
  plan.body_md = body.str().empty() ? plan.summary : body.str();
  plan.column_ids = {column("xxgk-zd"), column("tzgg")};
  if (auto r = catalogue.ImportPublished(kCli, plan); !r.ok()) return r.status();
  std::map<int, int> serials;  // by year
  std::map<std::string, std::string> index_by_title;
  std::map<std::string, int64_t> id_by_title;
  for (const auto& d : kDemoItems) {
    catalogue::Item item;
    item.agency_id = bureau->id;
    item.title = d.title;
    item.doc_no = d.doc_no;
    const Date date = DateOf(d.date).value();  // the table holds real dates
    item.written_on = item.published_on = date;
    item.topic = d.topic;
    item.category = d.category;
    item.genre = d.genre;
    item.art20 = d.art20;
    item.body_md = d.body;
    item.validity = std::string(d.doc_no).empty() ? catalogue::Validity::kNone : catalogue::Validity::kValid;
    // 济市监规〔…〕: the bureau's 行政规范性文件, in force a month after they
    // are made; the oldest one's term ends within the dashboard's 90-day
    // warning, whatever day the demo is installed.
    if (std::string(d.doc_no).find("规〔") != std::string::npos) {
      item.normative.kind = catalogue::NormativeKind::kNormative;
      item.normative.effective_on = date.AddDays(30);
      item.normative.expires_on = date.year() < 2025 ? ChinaToday(*app.services().clock).AddDays(60) : date.AddDays(30 + 5 * 365);
    }
    item.index_no = catalogue.FormatIndexNo(bureau->uscc, date, ++serials[date.year()]);
    index_by_title[d.title] = item.index_no;
    const bool interpretation = std::string(d.column) == "zcjd";
    if (*d.related_title && interpretation) {
      item.policy.interprets_id = id_by_title[d.related_title];
      if (item.body_md.empty()) {
        item.policy.sections = kDemoSections;  // the body is composed of them
      } else {
        item.policy.form = catalogue::InterpretationForm::kGraphic;
        item.policy.media_text = kDemoGraphicText;
      }
    } else if (*d.related_title) {
      item.related_index_nos = {index_by_title[d.related_title]};
    }
    item.column_ids = {column(d.column)};
    if (std::string(d.column).starts_with("fdnr-")) item.column_ids.push_back(column("xxgk-fdnr"));
    auto id = catalogue.ImportPublished(kCli, item);
    if (!id.ok()) return id.status();
    id_by_title[d.title] = id.value();
    if (item.policy.form == catalogue::InterpretationForm::kGraphic) {
      std::ifstream png(std::filesystem::path(plan_path).parent_path() / "tujie-gaozhi-chengnuo.png", std::ios::binary);
      std::string bytes((std::istreambuf_iterator<char>(png)), std::istreambuf_iterator<char>());
      if (bytes.empty()) return Status::Internal("演示数据缺少图解图片 data/demo/tujie-gaozhi-chengnuo.png");
      auto added = app.services().attachments->AddImported(kCli, catalogue, id.value(),
                                                           "图解：证明事项告知承诺制怎么办.png", bytes);
      if (!added.ok()) return added.status();
    }
  }
  return Status::Ok();
}

}  // namespace

// 负面清单: the bureau's list of what it does not disclose, with the basis.
Status CreateDemoNegativeList(App& app) {
  auto bureau = app.services().auth->GetAgencyByUscc("11370100MB28696235");
  if (!bureau.ok()) return bureau.status();
  access::User cli;
  cli.roles = {{access::Role::kOfficer, 0, 0}};
  static const char* kEntries[][3] = {
      {"涉及国家秘密的信息", "《中华人民共和国政府信息公开条例》第十四条；《中华人民共和国保守国家秘密法》",
       "依法确定为国家秘密的政府信息"},
      {"公开后可能危及国家安全、公共安全、经济安全、社会稳定的信息", "《中华人民共和国政府信息公开条例》第十四条", ""},
      {"涉及商业秘密、个人隐私等公开会对第三方合法权益造成损害的信息", "《中华人民共和国政府信息公开条例》第十五条",
       "第三方同意公开或者不公开会对公共利益造成重大影响的除外"},
      {"内部事务信息", "《中华人民共和国政府信息公开条例》第十六条第一款",
       "人事管理、后勤管理、内部工作流程等方面的信息"},
      {"过程性信息和行政执法案卷信息", "《中华人民共和国政府信息公开条例》第十六条第二款",
       "讨论记录、过程稿、磋商信函、请示报告等过程性信息以及行政执法案卷信息"},
  };
  int position = 0;
  for (const auto& e : kEntries) {
    FieldErrors errors;
    catalogue::NegativeEntry entry;
    entry.agency_id = bureau->id;
    entry.name = e[0];
    entry.basis = e[1];
    entry.description = e[2];
    entry.position = ++position;
    auto id = app.services().catalogue->SaveNegative(kCli, cli, entry, &errors);
    if (!id.ok()) return id.status();
  }
  return Status::Ok();
}

// 双随机: a target list of food producers (corrected once, so it has two
// versions), the inspectors, a completed draw with a conflict of interest
// and inspection results, and a second draw announced with its seed pending.
Status CreateDemoDraws(App& app) {
  auto& draws = *app.services().draws;
  auto bureau = app.services().auth->GetAgencyByUscc("11370100MB28696235");
  if (!bureau.ok()) return bureau.status();
  access::User cli;
  cli.roles = {{access::Role::kOfficer, 0, 0}};
  static const char* kNames[] = {"鲁源", "泉城", "明湖", "华山", "千佛", "趵突", "齐鲁", "历城",
                                 "章丘", "长清", "平阴", "济阳", "商河", "莱芜", "钢城", "天桥",
                                 "槐荫", "市中", "历下", "高新", "黄河", "龙山", "舜耕", "泺源"};
  static const char* kKinds[] = {"食品有限公司", "乳业有限公司", "调味品厂",
                                 "面粉有限公司", "饮品有限公司", "肉制品有限公司"};
  std::string targets = "统一社会信用代码,企业名称,住所\n";
  for (int i = 0; i < 24; ++i) {
    if (i == 23) {
      // The first version missed one company; the second adds it.
      FieldErrors e;
      std::vector<std::string> rows;
      auto first = draws.ImportList(
          kCli, cli, {bureau->id, supervision::ListKind::kTargets, "食品生产企业名录", targets}, &e, &rows);
      if (!first.ok()) return first.status();
    }
    targets += WithUsccCheckDigit("91370100MA3C" + std::to_string(10001 + i * 37)) + ",济南" + kNames[i] +
               kKinds[i % 6] + ",济南市" + (i % 2 ? "历城区" : "章丘区") + "\n";
  }
  FieldErrors errors;
  std::vector<std::string> rows;
  auto target_list = draws.ImportList(
      kCli, cli, {bureau->id, supervision::ListKind::kTargets, "食品生产企业名录", targets}, &errors, &rows);
  if (!target_list.ok()) return target_list.status();
  auto inspector_list = draws.ImportList(kCli, cli,
                                         {bureau->id, supervision::ListKind::kInspectors, "食品生产监管执法人员名录",
                                          "执法证号,姓名,所属单位\n37010001,王建国,食品生产监管处\n37010002,李明,"
                                          "食品生产监管处\n37010003,张伟,执法稽查支队\n37010004,刘洋,执法稽查支队\n"
                                          "37010005,陈静,食品生产监管处\n37010006,杨帆,执法稽查支队\n37010007,"
                                          "赵磊,食品生产监管处\n37010008,孙丽,执法稽查支队\n"},
                                         &errors, &rows);
  if (!inspector_list.ok()) return inspector_list.status();
  auto plan = [&](const char* title, const char* source) {
    return draws.Create(kCli, cli,
                        {bureau->id, title, "食品生产许可条件保持情况、原料进货查验记录、出厂检验记录、标签标识",
                         std::to_string(target_list->id), std::to_string(inspector_list->id), "5", "2", source},
                        &errors);
  };
  auto first = plan("2026年第一批食品生产企业双随机抽查", "2026年3月5日上证综合指数收盘价");
  if (!first.ok()) return first.status();
  const std::string conflicted = WithUsccCheckDigit("91370100MA3C" + std::to_string(10001 + 3 * 37));
  if (Status s = draws.AddExclusion(kCli, cli, *first, {conflicted, "37010003", "近亲属在该企业任职"}, &errors);
      !s.ok())
    return s;
  if (Status s = draws.Announce(kCli, cli, *first); !s.ok()) return s;
  if (Status s = draws.LockSeed(kCli, cli, *first, "3051.42", &errors); !s.ok()) return s;
  if (Status s = draws.Run(kCli, cli, *first); !s.ok()) return s;
  auto done = draws.Get(*first);
  if (!done.ok()) return done.status();
  const supervision::InspectionOutcome outcomes[] = {supervision::InspectionOutcome::kNoProblem,
                                                     supervision::InspectionOutcome::kRectified,
                                                     supervision::InspectionOutcome::kNoProblem};
  const char* details[] = {"", "出厂检验记录不完整，已责令限期改正。", ""};
  for (size_t i = 0; i < 3 && i < done->draw.result.size(); ++i) {
    supervision::Inspection in{done->draw.result[i].target, outcomes[i], details[i], ChinaToday(*app.services().clock)};
    if (Status s = draws.RecordInspection(kCli, cli, *first, in, &errors); !s.ok()) return s;
  }
  auto second = plan("2026年第二批食品生产企业双随机抽查", "2026年12月15日上证综合指数收盘价");
  if (!second.ok()) return second.status();
  return draws.Announce(kCli, cli, *second);
}

// 行政执法公示: decisions dated relative to today, so the demo shows every
// state whatever day it is installed: penalties on public view (one of an
// individual business whose owner's name, phone and ID number are masked),
// a low fine whose 3-month period has ended, a warning kept off the site,
// licences and a coercive measure, one withdrawn after review, and two
// drafts in the console (one due, one overdue).
Status CreateDemoEnforcement(App& app) {
  auto& enf = *app.services().enforcement;
  const Date today = ChinaToday(*app.services().clock);
  auto day = [&](int back) { return today.AddDays(-back).ToString(); };
  auto no = [&](const char* prefix, int back, int n) {
    return std::string(prefix) + "〔" + std::to_string(today.AddDays(-back).year()) + "〕" + std::to_string(n) + "号";
  };
  const std::string authority = "济南市市场监督管理局", authority_uscc = "11370100MB28696235";
  auto penalty = [&](const std::string& party, const std::string& type, const std::string& uscc,
                     const std::string& rep, const std::string& facts, const std::string& category,
                     const std::string& content, const std::string& fine, int decided, int published, int n,
                     const std::string& confiscated = "0") {
    nlohmann::json j = {{"决定类别", "行政处罚"}, {"行政相对人名称", party}, {"行政相对人类别", type},
                        {"统一社会信用代码", uscc}, {"法定代表人", rep},
                        {"行政处罚决定书文号", no("济市监处罚", decided, n)},
                        {"违法行为类型", "违反《中华人民共和国食品安全法》"}, {"违法事实", facts},
                        {"处罚依据", "《中华人民共和国食品安全法》第一百二十四条第一款"},
                        {"处罚类别", category}, {"处罚内容", content}, {"罚款金额（万元）", fine},
                        {"没收违法所得、没收非法财物的金额（万元）", confiscated},
                        {"处罚决定日期", day(decided)}, {"处罚机关", authority},
                        {"处罚机关统一社会信用代码", authority_uscc}, {"公示日期", day(published)}};
    return j.dump() + "\n";
  };
  auto licence = [&](const std::string& party, const std::string& uscc, const std::string& rep,
                     const std::string& category, const std::string& content, int decided, int n) {
    nlohmann::json j = {{"决定类别", "行政许可"}, {"行政相对人名称", party}, {"行政相对人类别", "法人及非法人组织"},
                        {"统一社会信用代码", uscc}, {"法定代表人", rep},
                        {"行政许可决定文书号", no("济市监许", decided, n)}, {"许可依据", "《中华人民共和国食品安全法》第三十五条"},
                        {"许可类别", category}, {"许可证书名称", "食品经营许可证"},
                        {"许可编号", "JY1370102" + std::to_string(1000000 + n)}, {"许可内容", content},
                        {"许可决定日期", day(decided)}, {"有效期自", day(decided)},
                        {"有效期至", today.AddDays(-decided + 5 * 365).ToString()}, {"许可机关", authority},
                        {"许可机关统一社会信用代码", authority_uscc}, {"公示日期", day(decided - 2)}};
    return j.dump() + "\n";
  };
  const std::string u1 = WithUsccCheckDigit("91370100MA3D21001"), u2 = WithUsccCheckDigit("91370100MA3D21002"),
                    u3 = WithUsccCheckDigit("92370100MA3D21003"), u4 = WithUsccCheckDigit("91370100MA3D21004"),
                    u5 = WithUsccCheckDigit("91370100MA3D21005"), u6 = WithUsccCheckDigit("91370100MA3D21006");
  std::string file =
      penalty("济南鲁源食品有限公司", "法人及非法人组织", u1, "王建华",
              "当事人生产的“鲁源”牌酱卤肉制品菌落总数不符合食品安全国家标准，货值金额12000元。", "罚款;没收违法所得",
              "没收违法所得3600元，罚款5万元。", "5", 60, 55, 101, "0.36") +
      penalty("济南历城区张记熟食店", "个体工商户", u3, "张德明",
              "经营者张德明（联系电话13905318888，身份证号370102198203154417）销售超过保质期的熟肉制品3千克。",
              "罚款", "罚款2000元。", "0.2", 20, 18, 118) +
      penalty("济南泉城调味品厂", "法人及非法人组织", u2, "李春生", "当事人生产的酱油标签未标注生产日期。", "罚款",
              "罚款5000元。", "0.5", 200, 195, 37) +
      penalty("济南明湖饮品有限公司", "法人及非法人组织", u4, "刘海涛", "当事人未按规定公示食品经营许可证。", "警告",
              "警告。", "0", 15, 12, 121) +
      penalty("济南华山乳业有限公司", "法人及非法人组织", u5, "赵明",
              "当事人生产的巴氏杀菌乳蛋白质含量不符合产品标签标示值。", "罚款", "罚款8万元。", "8", 45, 40, 109) +
      licence("济南千佛餐饮管理有限公司", u6, "孙立新", "食品经营许可（新办）", "预包装食品销售（含冷藏冷冻食品）、热食类食品制售",
              12, 2301) +
      licence("济南鲁源食品有限公司", u1, "王建华", "食品经营许可（延续）", "预包装食品销售（不含冷藏冷冻食品）", 30,
              2188) +
      nlohmann::json({{"决定类别", "行政强制"}, {"行政相对人名称", "济南华山乳业有限公司"},
                      {"行政相对人类别", "法人及非法人组织"}, {"统一社会信用代码", u5}, {"法定代表人", "赵明"},
                      {"决定书文号", no("济市监强制", 50, 7)},
                      {"违法事实", "当事人涉嫌生产蛋白质含量不符合标签标示值的巴氏杀菌乳。"},
                      {"强制依据", "《中华人民共和国食品安全法》第一百一十条第四项"}, {"强制措施种类", "查封;扣押"},
                      {"强制措施内容", "扣押巴氏杀菌乳1200箱，查封生产车间一处，期限30日。"},
                      {"决定日期", day(50)}, {"实施机关", authority}, {"实施机关统一社会信用代码", authority_uscc},
                      {"公示日期", day(48)}})
              .dump() +
      "\n" +
      penalty("济南趵突食品有限公司", "法人及非法人组织", WithUsccCheckDigit("91370100MA3D21007"), "周文",
              "当事人生产的速冻水饺标签标注的配料与实际不符。", "罚款", "罚款3万元。", "3", 90, 85, 88);
  std::vector<std::string> errors;
  auto imported = enf.Import(kCli, nullptr, "demo.jsonl", file, &errors);
  if (!imported.ok()) {
    std::string all;
    for (const auto& e : errors) all += e + "；";
    return Status::Invalid(imported.status().message() + all);
  }
  access::User cli;
  cli.roles = {{access::Role::kOfficer, 0, 0}};
  auto list = enf.List({});
  if (!list.ok()) return list.status();
  FieldErrors fe;
  for (const auto& d : list->decisions)
    if (d.party_name == "济南趵突食品有限公司")
      if (Status s = enf.Withdraw(kCli, cli, d.id, "经行政复议，原处罚决定被撤销。", day(3), &fe); !s.ok()) return s;
  auto bureau = app.services().auth->GetAgencyByUscc(authority_uscc);
  if (!bureau.ok()) return bureau.status();
  auto draft = [&](const std::string& party, const std::string& uscc, int decided, int n) {
    supervision::DecisionForm f;
    f.agency_id = bureau->id;
    f.kind = supervision::DecisionKind::kPenalty;
    f.fields = {{"party_name", party}, {"party_type", "法人及非法人组织"}, {"party_uscc", uscc},
                {"legal_rep", "陈志强"}, {"doc_no", no("济市监处罚", decided, n)},
                {"violation_type", "违反《中华人民共和国产品质量法》"},
                {"facts", "当事人销售的电动自行车充电器经抽查检验不合格。"},
                {"basis", "《中华人民共和国产品质量法》第四十九条"}, {"categories", "罚款"},
                {"content", "罚款1.5万元。"}, {"fine", "1.5"}, {"confiscated", "0"}, {"decided_on", day(decided)},
                {"authority", authority}, {"authority_uscc", authority_uscc}};
    return enf.Create(kCli, cli, f, &fe);
  };
  if (auto d = draft("济南齐鲁电器商行", WithUsccCheckDigit("92370100MA3D21008"), 3, 131); !d.ok()) return d.status();
  if (auto d = draft("济南章丘五金交电有限公司", WithUsccCheckDigit("91370100MA3D21009"), 45, 96); !d.ok())
    return d.status();
  return Status::Ok();
}

// 监督抽查: two published notices of food sampling (the later with 不合格
// rows, one company in both, so its company page spans notices) and a
// draft notice not yet published.
Status CreateDemoSampling(App& app) {
  auto& sampling = *app.services().sampling;
  auto bureau = app.services().auth->GetAgencyByUscc("11370100MB28696235");
  if (!bureau.ok()) return bureau.status();
  access::User cli;
  cli.roles = {{access::Role::kOfficer, 0, 0}};
  const Date today = ChinaToday(*app.services().clock);
  auto day = [&](int back) { return today.AddDays(-back).ToString(); };
  const std::string header =
      "产品名称,商标,规格型号,生产日期/批号,标称生产企业名称,标称生产企业地址,被抽样单位名称,被抽样单位所在省份,"
      "抽样日期,检验结果,不合格项目║检验结果║标准值,检验机构,分类\n";
  const std::string lab = "济南市食品药品检验检测中心";
  auto row = [&](const std::string& product, const std::string& brand, const std::string& spec, int made,
                 const std::string& producer, const std::string& address, const std::string& shop, int sampled,
                 const std::string& failed, const std::string& category) {
    return product + "," + brand + "," + spec + "," + day(made) + "," + producer + "," + address + "," + shop +
           ",山东," + day(sampled) + "," + (failed.empty() ? "合格" : "不合格") + ",\"" + failed + "\"," + lab + "," +
           category + "\n";
  };
  const std::string first =
      header +
      row("酱卤肉", "鲁源", "250克/袋", 75, "济南鲁源食品有限公司", "济南市章丘区明水街道工业园", "济南历下区万家超市",
          70, "", "肉制品") +
      row("纯牛奶", "华山", "250毫升/盒", 72, "济南华山乳业有限公司", "济南市历城区华山街道", "济南历下区万家超市", 70,
          "", "乳制品") +
      row("小麦粉", "泉城", "5千克/袋", 90, "济南泉城面粉有限公司", "济南市长清区文昌街道", "济南市中区惠民粮油店",
          69, "", "粮食加工品") +
      row("酱油", "明湖", "500毫升/瓶", 100, "济南明湖调味品厂", "济南市天桥区北园大街", "济南天桥区便民超市", 68, "",
          "调味品");
  FieldErrors errors;
  std::vector<std::string> row_errors;
  auto publish = [&](const std::string& title, const std::string& no, const std::string& intro,
                     const std::string& csv) -> Status {
    auto id = sampling.Create(kCli, cli, {bureau->id, title, no, intro}, "demo.csv", csv, &errors, &row_errors);
    if (!row_errors.empty()) return Status::Invalid(Join(row_errors, "；"));
    if (!id.ok()) return id.status();
    return sampling.Publish(kCli, cli, id.value());
  };
  const std::string year = std::to_string(today.year());
  if (Status s = publish("关于" + year + "年第1期食品安全监督抽检信息的通告", "济市监食检〔" + year + "〕1号",
                         "近期，济南市市场监督管理局组织抽检肉制品、乳制品、粮食加工品、调味品等 4 类食品 4 批次样品，"
                         "检验项目合格 4 批次。",
                         first);
      !s.ok())
    return s;
  const std::string second =
      header +
      row("熟牛肉", "鲁源", "散装称重", 30, "济南鲁源食品有限公司", "济南市章丘区明水街道工业园",
          "济南历城区张记熟食店", 25, "菌落总数║2.1×10⁵CFU/g║n=5,c=2,m=10⁴CFU/g,M=10⁵CFU/g", "肉制品") +
      row("巴氏杀菌乳", "华山", "200毫升/袋", 22, "济南华山乳业有限公司", "济南市历城区华山街道",
          "济南历下区万家超市", 20, "蛋白质║2.6g/100g║≥2.9g/100g", "乳制品") +
      row("速冻水饺", "趵突", "1千克/袋", 40, "济南趵突食品有限公司", "济南市槐荫区经十路", "济南槐荫区惠客超市", 21,
          "", "速冻食品") +
      row("饮用纯净水", "千佛", "550毫升/瓶", 35, "济南千佛饮品有限公司", "济南市历下区千佛山路",
          "济南市中区惠民粮油店", 21, "", "饮料") +
      row("辣椒酱", "齐鲁", "280克/瓶", 60, "济南齐鲁调味品有限公司", "济南市济阳区济北街道", "济南天桥区便民超市", 22,
          "苯甲酸及其钠盐（以苯甲酸计）║0.62g/kg║≤0.5g/kg；脱氢乙酸及其钠盐（以脱氢乙酸计）║0.12g/kg║不得使用",
          "调味品") +
      row("挂面", "泉城", "1千克/袋", 50, "济南泉城面粉有限公司", "济南市长清区文昌街道", "济南历城区张记熟食店", 20,
          "", "粮食加工品");
  if (Status s = publish("关于" + year + "年第2期食品安全监督抽检信息的通告", "济市监食检〔" + year + "〕2号",
                         "近期，济南市市场监督管理局组织抽检肉制品、乳制品、速冻食品、饮料、调味品、粮食加工品等 6 类"
                         "食品 6 批次样品，抽样检验项目合格样品 3 批次，不合格样品 3 批次。对抽检中发现的不合格产品，"
                         "已责成属地市场监督管理部门依法查处，责令企业查清产品流向、采取下架召回不合格产品等措施。",
                         second);
      !s.ok())
    return s;
  auto draft = sampling.Create(
      kCli, cli, {bureau->id, "关于" + year + "年第3期食品安全监督抽检信息的通告", "", ""}, "demo.csv",
      header + row("鲜鸡蛋", "", "散装", 8, "济南历城禽蛋合作社", "济南市历城区唐王街道", "济南历下区万家超市", 5,
                   "", "食用农产品"),
      &errors, &row_errors);
  return draft.ok() ? Status::Ok() : draft.status();
}

// 好差评: the bureau's rated services; ratings of this month and the last
// (moved back in time after they are given), one bad rating followed up
// to the end (visited, rectified, the rater satisfied), one still open and
// overdue, one found malicious on appeal.
Status CreateDemoRatings(App& app) {
  auto& ratings = *app.services().ratings;
  auto bureau = app.services().auth->GetAgencyByUscc("11370100MB28696235");
  if (!bureau.ok()) return bureau.status();
  access::User officer;
  officer.roles = {{access::Role::kOfficer, 0, 0}};
  FieldErrors errors;
  std::vector<int64_t> services;
  for (const auto& [name, dept] : std::vector<std::pair<const char*, const char*>>{
           {"食品经营许可", "行政审批服务处"},
           {"食品生产许可", "行政审批服务处"},
           {"特种设备使用登记", "特种设备安全监察处"},
           {"企业设立登记", "登记注册处"},
           {"投诉举报处理", "12315投诉举报中心"}}) {
    auto id = ratings.AddService(kCli, officer, {0, bureau->id, name, dept, true}, &errors);
    if (!id.ok()) return id.status();
    services.push_back(id.value());
  }
  const Date today = ChinaToday(*app.services().clock);
  // Gives a rating and moves it `back` days into the past, with its deadlines.
  auto rate = [&](size_t service, int level, const char* channel, const char* comment, int back) -> Result<int64_t> {
    ratings::RatingForm f;
    f.service_id = services[service];
    f.level = std::to_string(level);
    f.channel = channel;
    f.comment = comment;
    auto done = ratings.Submit(kCli, f, &errors);
    if (!done.ok()) return done.status();
    if (back > 0) {
      Status moved = app.services().db->Transact([&](soci::session& sql) {
        ratings::Rating r;
        r.level = level;
        r.rated_on = today.AddDays(-back);
        ratings::ScheduleFollowUp(&r, app.services().calendar, ratings.settings());
        std::string on = r.rated_on.ToString(), visit = DateText(r.visit_due), rectify = DateText(r.rectify_due),
                    closed = ratings::IsBad(level) ? "" : on;
        long long id = done->id;
        sql << "UPDATE ratings SET rated_on = :o, visit_due = :v, rectify_due = :r, closed_on = :c WHERE id = :id",
            soci::use(on), soci::use(visit), soci::use(rectify), soci::use(closed), soci::use(id);
        return Status::Ok();
      });
      if (!moved.ok()) return moved;
    }
    return done->id;
  };
  const int last_month = today.day() + 3;  // a few days into the previous month
  struct Given {
    size_t service;
    int level;
    const char* channel;
    const char* comment;
    int back;
  };
  const Given given[] = {
      {0, 5, "online", "网上办理很方便，材料一次就通过了。", 1},
      {0, 5, "window", "窗口工作人员耐心细致。", 2},
      {0, 4, "mobile", "", 3},
      {1, 5, "online", "审批比承诺时限快。", 2},
      {2, 4, "window", "", 1},
      {3, 5, "online", "全程网办，当天领照。", 0},
      {3, 3, "window", "排队时间稍长。", 0},
      {4, 4, "phone", "处理及时。", 0},
      {0, 5, "online", "", last_month},
      {1, 4, "window", "", last_month + 1},
      {2, 5, "online", "", last_month + 2},
  };
  for (const auto& g : given)
    if (auto r = rate(g.service, g.level, g.channel, g.comment, g.back); !r.ok()) return r.status();
  // A bad rating followed up to the end.
  auto followed = rate(0, 2, "window", "窗口只开放一个，排队超过一小时，联系电话13905310000。", 6);
  if (!followed.ok()) return followed.status();
  for (const auto& [action, note] : std::vector<std::pair<ratings::RatingAction, const char*>>{
           {ratings::RatingAction::kVisit, "当日电话回访评价人，情况属实：当天两名窗口人员参加培训。"},
           {ratings::RatingAction::kRectify, "已建立窗口人员 AB 岗制度，高峰时段增开两个食品经营许可窗口，并提供网上预约。"}})
    if (Status s = ratings.Act(kCli, officer, followed.value(), action, note, "", &errors); !s.ok()) return s;
  if (Status s = ratings.Act(kCli, officer, followed.value(), ratings::RatingAction::kRespond, "回访时评价人表示满意",
                             "satisfied", &errors);
      !s.ok())
    return s;
  // One waiting for its visit, past its 回访 deadline.
  if (auto open = rate(4, 1, "phone", "投诉十天没有人联系我。", 20); !open.ok()) return open.status();
  // One found malicious on appeal.
  auto malicious = rate(2, 1, "online", "乱收费！", 4);
  if (!malicious.ok()) return malicious.status();
  for (const auto& [action, note] : std::vector<std::pair<ratings::RatingAction, const char*>>{
           {ratings::RatingAction::kVisit, "经核查，评价人未在本机关办理过特种设备使用登记，该事项也不收费。"},
           {ratings::RatingAction::kAppeal, "评价内容与事实不符，评价人无办件记录，属恶意评价。"},
           {ratings::RatingAction::kAcceptAppeal, "经核实无办件记录，申诉成立，不计入统计。"}})
    if (Status s = ratings.Act(kCli, officer, malicious.value(), action, note, "", &errors); !s.ok()) return s;
  return Status::Ok();
}

Result<InitResult> InitInstallation(App& app, const InitOptions& options) {
  long long users = 0;
  Status s = app.services().db->Read([&](soci::session& sql) {
    sql << "SELECT COUNT(*) FROM users", soci::into(users);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  if (users > 0) return Status::Conflict("该数据目录（或数据库）已经初始化过，不能重复初始化。");
  InitResult r;
  r.admin_username = "admin";
  auth::NewUser admin;
  admin.username = r.admin_username;
  admin.display_name = "系统管理员";
  admin.roles = {{access::Role::kAdmin, 0, 0}};
  admin.password = options.admin_password;
  FieldErrors errors;
  auto pw = app.services().auth->CreateUser(kCli, nullptr, admin, &errors);
  if (!pw.ok()) return pw.status();
  r.admin_password = pw.value();
  r.must_change = options.admin_password.empty();
  if (options.demo) {
    if (Status d = CreateDemo(app, &r); !d.ok()) return d;
    if (Status c = SeedAllColumns(app.services()); !c.ok()) return c;
    if (Status items = CreateDemoItems(app); !items.ok()) return items;
    if (Status pol = CreateDemoPolicies(app); !pol.ok()) return pol;
    if (Status neg = CreateDemoNegativeList(app); !neg.ok()) return neg;
    if (Status apps = CreateDemoApplications(app); !apps.ok()) return apps;
    if (Status draws = CreateDemoDraws(app); !draws.ok()) return draws;
    if (Status enf = CreateDemoEnforcement(app); !enf.ok()) return enf;
    if (Status smp = CreateDemoSampling(app); !smp.ok()) return smp;
    if (Status rat = CreateDemoRatings(app); !rat.ok()) return rat;
    if (Status tsk = CreateDemoTasks(app); !tsk.ok()) return tsk;
    if (Status lst = CreateDemoLists(app); !lst.ok()) return lst;
    if (Status cns = CreateDemoConsultations(app); !cns.ok()) return cns;
    if (Status msg = CreateDemoMessages(app); !msg.ok()) return msg;
    if (Status dec = CreateDemoDecisions(app); !dec.ok()) return dec;
    if (Status evt = CreateDemoEvents(app); !evt.ok()) return evt;
    if (Status prp = CreateDemoProposals(app); !prp.ok()) return prp;
    if (Status opn = CreateDemoOpinions(app); !opn.ok()) return opn;
    // Last: the demo's other records keep the ids the guides and tests name.
    if (Status portal = CreateDemoPortal(app); !portal.ok()) return portal;
  }
  return r;
}

}  // namespace gk::app
