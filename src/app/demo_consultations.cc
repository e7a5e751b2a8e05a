#include "app/demo_consultations.h"

#include <soci/soci.h>

#include <string>
#include <tuple>
#include <vector>

#include "common/china_time.h"

namespace gk::app {
namespace {

const access::Actor kCli{0, "命令行", ""};
const access::Actor kPublic{0, "公众", "192.0.2.1"};

constexpr const char* kWorkshopDraft = R"(## 第一章 总则

**第一条** 为了规范食品小作坊生产经营活动，保障食品安全，根据《中华人民共和国食品安全法》《山东省食品小作坊小餐饮和食品摊点管理条例》等法律法规，结合本市实际，制定本办法。

**第二条** 本市行政区域内食品小作坊的登记及其监督管理，适用本办法。

**第三条** 本办法所称食品小作坊，是指有固定生产场所，从业人员较少，生产条件简单，从事传统、低风险食品生产加工活动的生产者。

**第四条** 市市场监督管理部门负责全市食品小作坊登记的指导和监督工作；区县市场监督管理部门负责本辖区食品小作坊的登记和日常监督管理。

## 第二章 登记

**第五条** 食品小作坊应当依法取得登记证后，方可从事食品生产加工活动。

**第六条** 申请登记的，应当提交下列材料：（一）登记申请书；（二）营业执照复印件；（三）生产场所平面图和生产工艺流程图；（四）从业人员健康证明。

**第七条** 区县市场监督管理部门应当自受理申请之日起十个工作日内作出决定；符合条件的，发给登记证。

**第八条** 登记证有效期为五年。有效期届满需要延续的，应当在届满三十日前提出申请。

## 第三章 生产经营规范

**第九条** 食品小作坊应当在生产场所显著位置公示登记证、从业人员健康证明和生产加工的食品品种。

**第十条** 食品小作坊应当建立进货查验记录制度，如实记录原料名称、数量、进货日期和供货者信息，记录保存期限不得少于六个月。

## 第四章 附则

**第十一条** 违反本办法规定的，由市场监督管理部门依照有关法律法规处理。

**第十二条** 本办法自 年 月 日起施行。
)";

constexpr const char* kWorkshopExplanation = R"(**一、起草背景**

本市现有食品小作坊约三千家，主要生产馒头、豆制品、熟肉制品等传统食品。现行登记规定分散在多个文件中，登记条件、期限不尽统一，有必要制定统一的登记管理办法。

**二、主要内容**

征求意见稿共四章十二条，明确了登记主体、登记材料、办理时限和登记证有效期，规定了公示、进货查验等生产经营规范。)";

constexpr const char* kStreetDraft = R"(**第一条** 为了规范户外广告和招牌设施设置，提升城市环境品质，制定本规范。

**第二条** 沿街商户设置招牌，应当一店一招，位置、尺寸与建筑立面相协调。

**第三条** 设置户外广告设施，应当符合全市户外广告设施设置规划。

**第四条** 本规范自发布之日起施行。
)";

struct DemoComment {
  int article;
  const char* name;
  const char* body;
  bool publish;  // published after moderation; otherwise left held
};

// Publishes `form` and returns its id, with comments given while open.
Result<int64_t> Consult(consultations::ConsultationService& svc, const access::User& officer,
                        const consultations::ConsultationForm& form, const std::vector<DemoComment>& comments,
                        FieldErrors* errors) {
  auto id = svc.Create(kCli, officer, form, errors);
  if (!id.ok()) return id.status();
  if (Status s = svc.Publish(kCli, officer, id.value(), errors); !s.ok()) return s;
  for (const auto& c : comments) {
    consultations::CommentForm f{std::to_string(c.article), c.name, "", c.body};
    auto done = svc.SubmitComment(kPublic, id.value(), f, errors);
    if (!done.ok()) return done.status();
    if (c.publish && !done->published)
      if (Status s = svc.Moderate(kCli, officer, id.value(), done->id, true, "", errors); !s.ok()) return s;
  }
  return id;
}

}  // namespace

Status CreateDemoConsultations(App& app) {
  auto& svc = *app.services().consultations;
  auto bureau = app.services().auth->GetAgencyByUscc("11370100MB28696235");
  if (!bureau.ok()) return bureau.status();
  access::User officer;
  officer.roles = {{access::Role::kOfficer, 0, 0}};
  const Date today = ChinaToday(*app.services().clock);
  FieldErrors errors;
  auto fail = [&](const Status& s) { return errors.empty() ? s : Status::Invalid(errors.ToStatus().message()); };

  // 1: open for another 20 days, comments on articles and on the whole.
  consultations::ConsultationForm open{
      bureau->id,
      "关于《济南市食品小作坊登记管理办法（征求意见稿）》公开征求意见的公告",
      kWorkshopDraft,
      kWorkshopExplanation,
      "电子邮件：spscc@jnscjg.example."
      "cn（邮件主题注明“小作坊办法意见”）；信函寄至济南市市场监督管理局食品生产监督管理处。",
      today.AddDays(-10).ToString(),
      today.AddDays(20).ToString(),
      "",
      "12",
      "anonymous",
      "pre"};
  auto first = Consult(
      svc, officer, open,
      {{8, "王建国", "建议将登记证有效期由五年缩短为三年，与食品生产许可的监管周期相衔接。", true},
       {6, "", "第六条要求提交生产工艺流程图，很多老作坊不会画，建议提供示范文本或者由工作人员现场指导填写。", true},
       {0, "李女士", "希望登记可以全程网办，少跑腿。我的电话13805319999，欢迎联系。", true},
       {10, "", "进货记录保存六个月太短，熟肉制品原料追溯需要更长时间，建议不少于二年。", false}},
      &errors);
  if (!first.ok()) return fail(first.status());
  // Published the day it opened, its comments given since.
  Status dated = app.services().db->Transact([&](soci::session& sql) {
    const std::string opens = today.AddDays(-10).ToString();
    long long id = first.value(), start = ChinaDayStart(today.AddDays(-9)) + 9 * 3600;
    sql << "UPDATE consultations SET published_on = :p WHERE id = :id", soci::use(opens), soci::use(id);
    sql << "UPDATE consultation_comments SET created_at = :s + id * 20000, updated_at = :s2 + id * 20000 WHERE "
           "consultation_id = :id",
        soci::use(start), soci::use(start), soci::use(id);
    return Status::Ok();
  });
  if (!dated.ok()) return dated;

  // 2: given comments while open, then moved back in time to have closed
  // 45 days ago, every comment decided and the report published.
  consultations::ConsultationForm closed{bureau->id,
                                         "关于《济南市沿街商户招牌设置规范（征求意见稿）》公开征求意见的公告",
                                         kStreetDraft,
                                         "为落实城市精细化管理要求，规范沿街招牌设置，起草了本规范。",
                                         "",
                                         today.ToString(),
                                         today.AddDays(29).ToString(),
                                         "",
                                         "4",
                                         "named",
                                         "screen"};
  auto second = Consult(svc, officer, closed,
                        {{2, "赵明", "“一店一招”应当允许转角商户在两个临街面各设置一块招牌。", true},
                         {2, "孙丽", "建议对老字号招牌的样式予以保留，不强求统一。", true},
                         {3, "周强", "户外广告设置规划应当先行公开，再据此审批。", true},
                         {0, "吴刚", "建议给予现有招牌一定的过渡期。", true}},
                        &errors);
  if (!second.ok()) return fail(second.status());
  Status moved = app.services().db->Transact([&](soci::session& sql) {
    const std::string opens = today.AddDays(-74).ToString(), ends = today.AddDays(-45).ToString();
    long long id = second.value();
    sql << "UPDATE consultations SET opens_on = :o, closes_on = :c, published_on = :p WHERE id = :id", soci::use(opens),
        soci::use(ends), soci::use(opens), soci::use(id);
    long long start = ChinaDayStart(today.AddDays(-70)) + 10 * 3600;
    sql << "UPDATE consultation_comments SET created_at = :s + id * 90000, updated_at = :s2 + id * 90000 WHERE "
           "consultation_id = :id",
        soci::use(start), soci::use(start), soci::use(id);
    return Status::Ok();
  });
  if (!moved.ok()) return moved;
  consultations::store::CommentFilter all;
  all.consultation_id = second.value();
  all.limit = 100;
  auto comments = svc.Comments(all);
  if (!comments.ok()) return comments.status();
  const auto& c = comments->comments;
  const std::vector<std::tuple<std::vector<int64_t>, const char*, const char*>> decisions = {
      {{c[0].id}, "adopted", "已在第二条增加转角商户的规定。"},
      {{c[1].id}, "partly", "老字号招牌可保留原有样式，但尺寸仍应符合本规范。"},
      {{c[2].id}, "out_of_scope", "户外广告设施设置规划的编制和公开另行规定，不属于本规范范围。"},
      {{c[3].id}, "adopted", "已增加“本规范施行前已设置的招牌，应当在一年内达到本规范要求”。"}};
  for (const auto& [ids, decision, reason] : decisions)
    if (auto n = svc.Decide(kCli, officer, second.value(), ids, decision, reason, &errors); !n.ok())
      return fail(n.status());
  if (Status s = svc.PublishReport(
          kCli, officer, second.value(),
          "根据公众意见，对征求意见稿作了以下修改：\n\n1. 第二条增加转角商户可在两个临街面分别设置招牌的规定；\n"
          "2. 增加老字号招牌保留原有样式的规定；\n3. 增加一年过渡期的规定。",
          &errors);
      !s.ok())
    return fail(s);
  // Published twelve days after closing, as an office would.
  return app.services().db->Transact([&](soci::session& sql) {
    const std::string on = today.AddDays(-33).ToString();
    long long id = second.value();
    sql << "UPDATE consultations SET report_published_on = :r WHERE id = :id", soci::use(on), soci::use(id);
    return Status::Ok();
  });
}

}  // namespace gk::app
