#include "app/demo_policies.h"

#include <string>
#include <vector>

#include "common/china_time.h"

namespace gk::app {
namespace {

const access::Actor kCli{0, "命令行", ""};

constexpr int kNone = -100000;

struct DemoEnterprise {
  const char* title;
  const char* doc_no;
  int published;  // days from today
  const char* audiences;
  const char* conditions;
  const char* materials;
  const char* steps;
  const char* department;
  int starts;  // days from today; kNone: from publication
  int ends;    // kNone: no end
};

const std::vector<DemoEnterprise>& Enterprise() {
  static const std::vector<DemoEnterprise> k = {
      {"关于对首次申请商标注册的小微企业给予资助的通知", "济市监发〔2026〕21号", -30, "小微企业、个体工商户",
       "在本市登记注册、首次申请并获准注册商标的小微企业和个体工商户。",
       "1. 资助申请表\n2. 营业执照复印件\n3. 商标注册证复印件", "网上申报 → 区县局初审 → 市局复核 → 公示 → 拨付",
       "知识产权促进处", -30, 60},
      {"关于个体工商户“个转企”登记便利化措施的通知", "济市监发〔2026〕8号", -120, "个体工商户",
       "经营状态正常、申请转型为企业的个体工商户。", "1. 转型登记申请书\n2. 原营业执照",
       "线上“一网通办”或窗口办理，1 个工作日办结", "登记注册处", kNone, kNone},
      {"关于开展2027年度“泉城标准创新贡献奖”申报工作的通知", "济市监发〔2026〕33号", -5, "企业、科研机构",
       "主导制定并发布国家标准、行业标准或团体标准的本市单位。", "1. 申报书\n2. 标准文本及发布证明",
       "单位申报 → 专家评审 → 公示 → 表彰", "标准化处", 20, 80},
      {"关于2026年度质量提升专项资金项目申报的通知", "济市监发〔2026〕5号", -150, "制造业企业",
       "在本市登记注册、近三年无重大质量安全事故的制造业企业。", "1. 项目申报书\n2. 上年度财务报表",
       "企业申报 → 专家评审 → 公示 → 资金拨付", "质量发展处", -150, -60},
  };
  return k;
}

}  // namespace

Status CreateDemoPolicies(App& app) {
  auto& catalogue = *app.services().catalogue;
  auto bureau = app.services().auth->GetAgencyByUscc("11370100MB28696235");
  if (!bureau.ok()) return bureau.status();
  auto zcwj = catalogue.GetColumnByCode(bureau->id, "zcwj");
  auto zcjd = catalogue.GetColumnByCode(bureau->id, "zcjd");
  if (!zcwj.ok()) return zcwj.status();
  if (!zcjd.ok()) return zcjd.status();
  const Date today = ChinaToday(*app.services().clock);
  int serial = 900;  // clear of the demo items' serials
  for (const auto& d : Enterprise()) {
    catalogue::Item item;
    item.agency_id = bureau->id;
    item.title = d.title;
    item.doc_no = d.doc_no;
    item.written_on = item.published_on = today.AddDays(d.published);
    item.topic = "市场监管、安全生产监管";
    item.category = "政策文件";
    item.genre = "通知";
    item.art20 = 1;
    item.validity = catalogue::Validity::kValid;
    item.body_md = std::string("为支持经营主体发展，现就有关事项通知如下。\n\n一、适用对象：") + d.audiences +
                   "。\n\n二、申请条件：" + d.conditions;
    item.index_no = catalogue.FormatIndexNo(bureau->uscc, *item.published_on, ++serial);
    item.column_ids = {zcwj->id};
    catalogue::EnterpriseTerms t;
    t.audiences = catalogue::SplitAudiences(d.audiences);
    t.conditions = d.conditions;
    t.materials = d.materials;
    t.procedure = d.steps;
    t.department = d.department;
    t.contact = "0531-00000000（演示）";
    if (d.starts != kNone) t.starts_on = today.AddDays(d.starts);
    if (d.ends != kNone) t.ends_on = today.AddDays(d.ends);
    t.basis = "《优化营商环境条例》；《济南市市场监督管理局关于进一步优化营商环境的若干措施》";
    item.enterprise = std::move(t);
    if (auto r = catalogue.ImportPublished(kCli, item); !r.ok()) return r.status();
  }

  // The release gate in the console: a policy submitted for review that
  // must go out with its interpretation, and the interpretation drafted.
  auto editor = app.services().auth->GetUserByName("editor");
  if (!editor.ok()) return editor.status();
  const access::Actor by{editor->id, editor->username, ""};
  catalogue::Item policy;
  policy.agency_id = bureau->id;
  policy.title = "济南市市场监督管理局关于支持个体工商户高质量发展的若干措施";
  policy.written_on = today.AddDays(-2);
  policy.topic = "市场监管、安全生产监管";
  policy.category = "政策文件";
  policy.genre = "意见";
  policy.art20 = 1;
  policy.body_md = "为支持个体工商户高质量发展，提出以下措施。\n\n一、优化登记服务……\n\n二、加强信用修复……";
  policy.column_ids = {zcwj->id};
  policy.policy.needs_interpretation = true;
  FieldErrors errors;
  auto policy_id = catalogue.CreateDraft(by, *editor, policy, &errors);
  if (!policy_id.ok()) return policy_id.status();
  if (Status s = catalogue.Submit(by, *editor, policy_id.value()); !s.ok()) return s;
  catalogue::Item jd;
  jd.agency_id = bureau->id;
  jd.title = "《关于支持个体工商户高质量发展的若干措施》政策解读";
  jd.topic = policy.topic;
  jd.category = "政策解读";
  jd.genre = "解读";
  jd.column_ids = {zcjd->id};
  jd.policy.interprets_id = policy_id.value();
  jd.policy.sections = {"依据《促进个体工商户发展条例》，结合本市实际制定。",
                        "稳定个体工商户经营预期，激发发展活力。",
                        "共 12 条措施，包括登记便利、信用修复、融资支持等。",
                        "本市登记的个体工商户。",
                        "",
                        "自发布之日起施行。",
                        "济南市市场监督管理局登记注册处，0531-00000000（演示）。"};
  auto jd_id = catalogue.CreateDraft(by, *editor, jd, &errors);
  if (!jd_id.ok()) return jd_id.status();
  return Status::Ok();
}

}  // namespace gk::app
