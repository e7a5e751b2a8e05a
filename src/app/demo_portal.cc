#include "app/demo_portal.h"

#include <map>
#include <string>

#include "catalogue/columns.h"
#include "common/calendar.h"
#include "common/uscc.h"

namespace gk::app {
namespace {

const access::Actor kCli{0, "命令行", ""};

constexpr const char* kGuide =
    "## 一、主动公开\n\n"
    "本机关主动公开的政府信息，通过济南市市场监督管理局网站上的“历下区市场监督管理局”政府信息公开专栏发布，"
    "并可在本机关办公场所查阅。\n\n"
    "## 二、依申请公开\n\n"
    "公民、法人或者其他组织可以通过网站的依申请公开页面或信函向本机关提出申请，本机关在收到申请之日起 20 "
    "个工作日内予以答复。\n\n"
    "## 三、监督和救济\n\n"
    "认为本机关在政府信息公开工作中侵犯其合法权益的，可以向上一级行政机关或者政府信息公开工作主管部门投诉、举报，"
    "也可以依法申请行政复议或者提起行政诉讼。";

struct DemoItem {
  const char* column;     // code in the district's tree
  const char* also;       // a second column, or ""
  const char* title;
  const char* date;
  const char* topic;
  const char* category;
  const char* genre;
  const char* body;
};

constexpr DemoItem kItems[] = {
    {"xxgk-zn", "", "历下区市场监督管理局政府信息公开指南", "2026-01-06", "综合政务", "其他文件", "其他", kGuide},
    {"tzgg", "", "历下区市场监管局关于做好个体工商户年报公示工作的提示", "2026-03-02", "综合政务", "通知公告", "通知",
     "请辖区个体工商户于6月30日前通过国家企业信用信息公示系统报送上一年度年度报告。"},
    {"tzgg", "", "历下区市场监管局关于商品房销售明码标价专项检查的公告", "2026-04-08", "城乡建设、环境保护",
     "通知公告", "公告", "即日起对辖区商品房销售现场明码标价情况开展专项检查。"},
    {"gzdt", "", "历下区市场监管局走进泉城路商圈开展诚信经营宣传", "2026-04-20", "商贸、海关、旅游", "工作动态",
     "其他", "向商圈经营户发放诚信经营倡议书 420 份。"},
    {"zt-spyp-xyzb", "zt-spyp", "历下区开展春季学期校园周边食品经营单位检查", "2026-03-10",
     "市场监管、安全生产监管", "工作动态", "其他", "共检查校园周边食品经营单位 86 家，督促整改问题 23 处。"},
    {"zt-spyp-cyfw", "zt-spyp", "历下区餐饮服务单位“明厨亮灶”建设情况通报", "2026-04-15",
     "市场监管、安全生产监管", "通知公告", "其他", "全区 1,200 余家餐饮服务单位完成“明厨亮灶”改造。"},
};

// The topic's two sub-columns.
Status CreateSubColumns(App& app, int64_t district, int64_t topic) {
  for (const auto& [code, name] : {std::pair{"zt-spyp-xyzb", "校园周边食品安全"}, {"zt-spyp-cyfw", "餐饮服务食品安全"}}) {
    catalogue::Column c;
    c.agency_id = district;
    c.parent_id = topic;
    c.code = code;
    c.name = name;
    FieldErrors errors;
    auto id = catalogue::CreateColumn(*app.services().db, *app.services().clock, kCli, c, &errors);
    if (!id.ok()) return id.status();
  }
  return Status::Ok();
}

}  // namespace

Status CreateDemoPortal(App& app) {
  auto& catalogue = *app.services().catalogue;
  auto district = app.services().auth->GetAgencyByUscc(WithUsccCheckDigit("11370102MB2870153"));
  if (!district.ok()) return district.status();
  auto topic = catalogue.GetColumnByCode(district->id, "zt-spyp");
  if (!topic.ok()) return topic.status();
  if (Status s = CreateSubColumns(app, district->id, topic->id); !s.ok()) return s;
  std::map<int, int> serials;  // by year
  for (const auto& d : kItems) {
    catalogue::Item item;
    item.agency_id = district->id;
    item.title = d.title;
    const Date date = DateOf(d.date).value();
    item.written_on = item.published_on = date;
    item.topic = d.topic;
    item.category = d.category;
    item.genre = d.genre;
    item.body_md = d.body;
    item.index_no = catalogue.FormatIndexNo(district->uscc, date, ++serials[date.year()]);
    for (const char* code : {d.column, d.also}) {
      if (!*code) continue;
      auto c = catalogue.GetColumnByCode(district->id, code);
      if (!c.ok()) return c.status();
      item.column_ids.push_back(c->id);
    }
    if (auto id = catalogue.ImportPublished(kCli, item); !id.ok()) return id.status();
  }
  return Status::Ok();
}

}  // namespace gk::app
