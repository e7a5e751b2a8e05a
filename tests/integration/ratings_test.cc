// 好差评 from outside, as the public and the staff use it: a good rating
// counted in the month's statistics (page and API); a 非常不满意 refused with
// every problem named at once and nothing stored, then given properly with
// a phone number that the public pages mask; the rater following it by
// number and code; the editor's visit and rectification; the rater's
// 满意; the public handling result and the statistics counting the
// rectified bad rating. An appeal the editor raises and only the officer
// may accept, after which the rating leaves the statistics. Each role in
// its place, the list of rated services, the dashboard's overdue count and
// the per-address limit on submissions.
#include <gtest/gtest.h>

#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "testutil/http_client.h"

namespace gk::testing {
namespace {

constexpr const char* kPassword = "Haochaping-2026#";

using Form = std::vector<std::pair<std::string, std::string>>;

// The month of today in China, "YYYY-MM".
std::string ThisMonth() { return ChinaDateFromToday(0).substr(0, 7); }
// The month before it.
std::string LastMonth() {
  const std::string today = ChinaDateFromToday(0);
  return ChinaDateFromToday(-std::stoi(today.substr(8, 2))).substr(0, 7);
}

struct Given {
  std::string id, code;
};

class RatingsTest : public ::testing::Test {
 protected:
  void SetUp() override { StartServer({}); }
  void StartServer(const std::vector<std::string>& args) {
    server_ = ServerProcess::Start(args);
    ASSERT_NE(server_, nullptr);
  }
  HttpResult Public(const std::string& path) { return Fetch(server_->host(), server_->port(), "GET", path); }
  Browser NewBrowser() { return Browser(server_->host(), server_->port()); }

  // The rating form as a visitor fills it in, the human check of `page` solved.
  static Form Filled(const std::string& page, const std::string& service_id, const std::string& level,
                     const std::string& comment, const std::string& contact = "") {
    return {{"kind", "service"},
            {"service_id", service_id},
            {"level", level},
            {"channel", "window"},
            {"comment", comment},
            {"contact", contact},
            {"check_token", Capture(page, R"re(name="check_token" value="([^"]+)")re")},
            {"check_answer", HumanCheckAnswer(page)}};
  }
  // Rates a service through the public form; the number and code it shows.
  Given Rate(Browser& b, const std::string& service_id, const std::string& level, const std::string& comment,
             const std::string& contact = "") {
    auto page = b.Get("/ratings/new");
    EXPECT_EQ(page.status, 200);
    auto r = b.Post("/ratings", Filled(page.body, service_id, level, comment, contact));
    EXPECT_EQ(r.status, 200) << r.body.substr(0, 3000);
    EXPECT_EQ(r.Header("Cache-Control"), "no-store");
    return {Capture(r.body, R"re(评价编号：<strong class="mono">(\d+)</strong>)re"),
            Capture(r.body, R"re(查询码：<strong class="mono">([^<]+)</strong>)re")};
  }
  // The id of a service on the public form, by its name.
  std::string ServiceId(const std::string& name) {
    return Capture(Public("/ratings/new").body, R"re(<option value="(\d+)">)re" + name + "（");
  }
  // Adds a rated service in the bureau as `officer`; 303 on success.
  HttpResult AddService(Browser& officer, const std::string& name, const std::string& department) {
    auto page = officer.Get("/console/ratings/services");
    EXPECT_EQ(page.status, 200);
    const std::string bureau = Capture(page.body, R"re(<option value="(\d+)"[^>]*>济南市市场监督管理局<)re");
    EXPECT_FALSE(bureau.empty()) << page.body.substr(0, 3000);
    return officer.Post("/console/ratings/services",
                        {{"agency_id", bureau}, {"name", name}, {"department", department}});
  }
  // A follow-up step in the console.
  HttpResult Act(Browser& b, const std::string& id, const std::string& action, Form form) {
    b.Get("/console/ratings/" + id);
    return b.Post("/console/ratings/" + id + "/" + action, std::move(form));
  }
  // The month's statistics from the API.
  nlohmann::json Stats(const std::string& month) {
    auto r = Public("/api/v1/ratings/stats?month=" + month);
    EXPECT_EQ(r.status, 200) << r.body.substr(0, 1000);
    return nlohmann::json::parse(r.body, nullptr, false);
  }
  // The statistics line of `subject`; null when it has none.
  static nlohmann::json Line(const nlohmann::json& stats, const std::string& subject) {
    if (!stats.contains("lines")) return nullptr;
    for (const auto& l : stats["lines"])
      if (l["subject"] == subject) return l;
    return nullptr;
  }
  // The rater's page, by number and code.
  HttpResult Check(Browser& b, const Given& g) {
    b.Get("/ratings/check");
    return b.Post("/ratings/check", {{"id", g.id}, {"code", g.code}});
  }
  std::unique_ptr<ServerProcess> server_;
};

TEST_F(RatingsTest, ABadRatingIsVisitedRectifiedAndAnsweredInPublic) {
  auto officer = SignInDemo(*server_, "officer", kPassword);
  auto editor = SignInDemo(*server_, "editor", kPassword);
  ASSERT_TRUE(officer && editor);
  const std::string service = "药品零售经营许可";
  const std::string department = "药品流通监管处";
  ASSERT_EQ(AddService(*officer, service, department).status, 303);
  const std::string service_id = ServiceId(service);
  ASSERT_FALSE(service_id.empty());
  const std::string month = ThisMonth();
  const auto before = Stats(month);
  const int total_before = before["total"]["total"];
  const int bad_before = before["total"]["bad"];
  EXPECT_TRUE(Line(before, service).is_null());

  // A good rating, counted this month on the page and in the API.
  Browser visitor = NewBrowser();
  const Given good = Rate(visitor, service_id, "5", "窗口一次告知所需材料，第二天就拿到了许可证。");
  ASSERT_FALSE(good.id.empty() || good.code.empty());
  auto stats = Stats(month);
  EXPECT_EQ(stats["month"], month);
  EXPECT_EQ(stats["total"]["total"], total_before + 1);
  auto line = Line(stats, service);
  ASSERT_FALSE(line.is_null()) << stats.dump();
  EXPECT_EQ(line["department"], department);
  EXPECT_EQ(line["levels"]["非常满意"], 1);
  EXPECT_EQ(line["total"], 1);
  EXPECT_EQ(line["bad"], 0);
  EXPECT_EQ(line["good_rate"], 1.0);
  auto overview = Public("/ratings?month=" + month);
  ASSERT_EQ(overview.status, 200);
  EXPECT_TRUE(Has(overview.body, "<tr><th scope=\"row\">" + service + "</th><td>" + department +
                                     "</td><td class=\"num\">1</td><td class=\"num\">100%</td><td class=\"num\">0 / 0</td>"
                                     "<td class=\"num\">1</td>"))
      << overview.body.substr(0, 6000);
  EXPECT_TRUE(Has(Public("/ratings").body, "<th scope=\"row\">" + service + "</th>")) << "this month by default";

  // 非常不满意 without a reason and a wrong answer to the human check: both
  // problems named at once, the rest kept, nothing stored.
  auto page = visitor.Get("/ratings/new");
  Form form = Filled(page.body, service_id, "1", "");
  for (auto& [k, v] : form)
    if (k == "check_answer") v = v == "99" ? "98" : "99";
  for (auto& [k, v] : form)
    if (k == "contact") v = "0531-86112233";
  auto refused = visitor.Post("/ratings", form);
  EXPECT_EQ(refused.status, 400);
  EXPECT_TRUE(Has(refused.body, "验证题答案不正确")) << refused.body.substr(0, 6000);
  EXPECT_TRUE(Has(refused.body, "给出不满意评价时，请写明原因"));
  EXPECT_TRUE(Has(refused.body, "未提交，请修改以下问题"));
  EXPECT_TRUE(Has(refused.body, "value=\"0531-86112233\"")) << "what was typed is kept";
  EXPECT_FALSE(Has(refused.body, "查询码：<strong"));
  EXPECT_EQ(Stats(month)["total"]["total"], total_before + 1);
  officer->Get("/console/ratings");  // shows the flash of the service added
  EXPECT_FALSE(Has(officer->Get("/console/ratings?view=bad").body, service + "<br>"));

  // Properly, with a phone number in the comment.
  const std::string comment = "办事大厅只开一个窗口，排队一个半小时，请回电13712345678。";
  const Given bad = Rate(visitor, service_id, "1", comment, "0531-86112233");
  ASSERT_FALSE(bad.id.empty() || bad.code.empty());
  EXPECT_NE(bad.id, good.id);
  EXPECT_NE(bad.code, good.code);
  // The public list shows the comment with the phone masked, and counts it.
  overview = Public("/ratings?month=" + month);
  EXPECT_TRUE(Has(overview.body, "办事大厅只开一个窗口，排队一个半小时，请回电137****5678。"))
      << overview.body.substr(0, 8000);
  EXPECT_FALSE(Has(overview.body, "13712345678"));
  EXPECT_FALSE(Has(overview.body, "86112233")) << "the contact is for the visit only";
  EXPECT_TRUE(Has(overview.body, "待回访"));
  stats = Stats(month);
  line = Line(stats, service);
  EXPECT_EQ(line["levels"]["非常不满意"], 1);
  EXPECT_EQ(line["bad"], 1);
  EXPECT_EQ(line["bad_rectified"], 0);
  EXPECT_EQ(line["good_rate"], 0.5);
  EXPECT_EQ(stats["total"]["bad"], bad_before + 1);

  // The rater follows it: a wrong code is refused, the right one shows it.
  Browser rater = NewBrowser();
  auto wrong = Check(rater, {bad.id, good.code});
  EXPECT_EQ(wrong.status, 400);
  EXPECT_TRUE(Has(wrong.body, "评价编号或查询码不正确"));
  EXPECT_FALSE(Has(wrong.body, "办事大厅"));
  auto mine = Check(rater, bad);
  ASSERT_EQ(mine.status, 200) << mine.body.substr(0, 3000);
  EXPECT_EQ(mine.Header("Cache-Control"), "no-store");
  EXPECT_TRUE(Has(mine.body, "待回访"));
  EXPECT_TRUE(Has(mine.body, "137****5678"));
  EXPECT_FALSE(Has(mine.body, "name=\"response\"")) << "nothing to answer before the rectification";

  // The editor sees the whole comment and the contact, visits and rectifies;
  // an empty note is refused in Chinese.
  auto staff = editor->Get("/console/ratings/" + bad.id);
  ASSERT_EQ(staff.status, 200);
  EXPECT_TRUE(Has(staff.body, "13712345678"));
  EXPECT_TRUE(Has(staff.body, "0531-86112233"));
  EXPECT_TRUE(Has(editor->Get("/console/ratings?view=bad").body, "href=\"/console/ratings/" + bad.id + "\""));
  auto empty = Act(*editor, bad.id, "visit", {{"note", "  "}});
  EXPECT_EQ(empty.status, 400);
  EXPECT_TRUE(Has(empty.body, "请填写回访情况")) << empty.body.substr(0, 4000);
  EXPECT_EQ(Act(*editor, bad.id, "rectify", {{"note", "还没回访就整改"}}).status, 409);
  ASSERT_EQ(Act(*editor, bad.id, "visit", {{"note", "当天电话回访，评价人反映属实：上午两名窗口人员外出。"}}).status,
            303);
  EXPECT_TRUE(Has(editor->Get("/console/ratings/" + bad.id).body, "已回访，待整改"));
  EXPECT_EQ(Act(*editor, bad.id, "rectify", {{"note", ""}}).status, 400);
  const std::string rectification = "药品经营许可窗口实行 AB 岗，上午高峰增开一个窗口，并开通网上预约。";
  ASSERT_EQ(Act(*editor, bad.id, "rectify", {{"note", rectification}}).status, 303);
  EXPECT_TRUE(Has(Check(rater, bad).body, rectification));

  // The rater answers 满意 with their code.
  mine = Check(rater, bad);
  ASSERT_TRUE(Has(mine.body, "name=\"response\"")) << mine.body.substr(0, 4000);
  auto unanswered = rater.Post("/ratings/respond", {{"id", bad.id}, {"code", bad.code}, {"note", "x"}});
  EXPECT_EQ(unanswered.status, 400);
  EXPECT_TRUE(Has(unanswered.body, "请选择您对整改结果是否满意"));
  Check(rater, bad);
  auto forged = rater.Post("/ratings/respond",
                           {{"id", bad.id}, {"code", good.code}, {"response", "unsatisfied"}, {"note", ""}});
  EXPECT_EQ(forged.status, 400);
  Check(rater, bad);
  auto answered = rater.Post("/ratings/respond",
                             {{"id", bad.id}, {"code", bad.code}, {"response", "satisfied"}, {"note", "现在不用排队了"}});
  EXPECT_EQ(answered.status, 200) << answered.body.substr(0, 3000);
  EXPECT_TRUE(Has(answered.body, "已办结"));
  EXPECT_TRUE(Has(answered.body, "满意 现在不用排队了"));
  EXPECT_FALSE(Has(answered.body, "name=\"response\"")) << "answered once";
  // ...and cannot answer again.
  auto again = rater.Post("/ratings/respond",
                          {{"id", bad.id}, {"code", bad.code}, {"response", "unsatisfied"}, {"note", ""}});
  EXPECT_EQ(again.status, 400);
  EXPECT_TRUE(Has(again.body, "整改完成后才能反馈意见"));

  // The public page shows the rectification and 满意; the statistics count
  // the bad rating as rectified.
  overview = Public("/ratings?month=" + month);
  EXPECT_TRUE(Has(overview.body, "整改情况（" + ChinaDateFromToday(0) + "）：</strong>" + rectification))
      << overview.body.substr(0, 8000);
  EXPECT_TRUE(Has(overview.body, "<strong>评价人意见：</strong>满意"));
  EXPECT_FALSE(Has(overview.body, "上午两名窗口人员外出")) << "the visit note is for staff";
  line = Line(Stats(month), service);
  EXPECT_EQ(line["bad"], 1);
  EXPECT_EQ(line["bad_rectified"], 1);
  EXPECT_EQ(line["total"], 2);
  EXPECT_TRUE(Has(overview.body, "<td class=\"num\">1 / 1</td>"));
}

TEST_F(RatingsTest, AnAppealOnlyTheOfficerAcceptsTakesTheRatingOutOfTheStatistics) {
  auto officer = SignInDemo(*server_, "officer", kPassword);
  auto editor = SignInDemo(*server_, "editor", kPassword);
  ASSERT_TRUE(officer && editor);
  const std::string service = "医疗器械经营备案";
  ASSERT_EQ(AddService(*officer, service, "医疗器械监管处").status, 303);
  const std::string service_id = ServiceId(service);
  ASSERT_FALSE(service_id.empty());
  const std::string month = ThisMonth();
  const int total_before = Stats(month)["total"]["total"];

  Browser visitor = NewBrowser();
  const Given fine = Rate(visitor, service_id, "4", "");
  const Given bad = Rate(visitor, service_id, "2", "收费太高，办个备案要交五百元。");
  ASSERT_FALSE(fine.id.empty() || bad.id.empty());
  auto line = Line(Stats(month), service);
  EXPECT_EQ(line["total"], 2);
  EXPECT_EQ(line["bad"], 1);

  // No appeal before the visit; after it, the editor appeals.
  EXPECT_EQ(Act(*editor, bad.id, "appeal", {{"note", "备案不收费"}}).status, 409);
  ASSERT_EQ(Act(*editor, bad.id, "visit", {{"note", "经核查，医疗器械经营备案不收取任何费用，评价人无办件记录。"}}).status,
            303);
  EXPECT_EQ(Act(*editor, bad.id, "appeal", {{"note", ""}}).status, 400);
  ASSERT_EQ(Act(*editor, bad.id, "appeal", {{"note", "评价内容与事实不符：该事项不收费，评价人无办件记录。"}}).status,
            303);
  auto appealed = editor->Get("/console/ratings/" + bad.id);
  EXPECT_TRUE(Has(appealed.body, "申诉审核中"));
  EXPECT_FALSE(Has(appealed.body, "/accept_appeal")) << "the editor is not offered the decision";
  EXPECT_TRUE(Has(editor->Get("/console/ratings?view=appealed").body, "href=\"/console/ratings/" + bad.id + "\""));
  // Still counted while the appeal waits.
  EXPECT_EQ(Line(Stats(month), service)["bad"], 1);

  // The editor may not decide it.
  auto denied = Act(*editor, bad.id, "accept_appeal", {{"note", "申诉成立"}});
  EXPECT_EQ(denied.status, 403) << denied.body.substr(0, 3000);
  EXPECT_TRUE(Has(editor->Get("/console/ratings/" + bad.id).body, "申诉审核中"));
  EXPECT_EQ(Line(Stats(month), service)["bad"], 1);

  // The officer accepts it: the rating leaves the statistics and the public list.
  EXPECT_TRUE(Has(officer->Get("/console/ratings/" + bad.id).body, "/accept_appeal"));
  ASSERT_EQ(Act(*officer, bad.id, "accept_appeal", {{"note", "经核实无办件记录，申诉成立。"}}).status, 303);
  EXPECT_TRUE(Has(officer->Get("/console/ratings/" + bad.id).body, "申诉成立，不计入统计"));
  auto stats = Stats(month);
  line = Line(stats, service);
  EXPECT_EQ(line["total"], 1);
  EXPECT_EQ(line["bad"], 0);
  EXPECT_EQ(line["levels"]["不满意"], 0);
  EXPECT_EQ(line["good_rate"], 1.0);
  EXPECT_EQ(stats["total"]["total"], total_before + 1);
  auto overview = Public("/ratings?month=" + month);
  EXPECT_FALSE(Has(overview.body, "收费太高")) << overview.body.substr(0, 8000);
  // Decided once.
  EXPECT_EQ(Act(*officer, bad.id, "reject_appeal", {{"note", "再议"}}).status, 409);
}

// Last month's statistics and handling results become a catalogue item:
// drafted by 公开办 from the records, reviewed like any other item, then
// public in the 政务服务好差评 column; the dashboard reminds until then.
TEST_F(RatingsTest, LastMonthsReportIsPublishedAsACatalogueItem) {
  auto officer = SignInDemo(*server_, "officer", kPassword);
  auto editor = SignInDemo(*server_, "editor", kPassword);
  auto reviewer = SignInDemo(*server_, "reviewer", kPassword);
  auto second = NewDemoStaff(*server_, "fushen", "reviewer", kPassword);
  auto third = NewDemoStaff(*server_, "zhongshen", "reviewer", kPassword);
  ASSERT_TRUE(officer && editor && reviewer && second && third);
  const std::string last = LastMonth();
  EXPECT_TRUE(Has(officer->Get("/console").body, "dash-ratings-report"));
  EXPECT_EQ(editor->Get("/console/ratings/reports").status, 403);
  auto page = officer->Get("/console/ratings/reports");
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(Has(page.body, "id=\"report-1-" + last + "\""));
  EXPECT_FALSE(Has(page.body, "id=\"report-1-" + ThisMonth() + "\"")) << "this month is not over";
  editor->Get("/console/ratings");
  EXPECT_EQ(editor->Post("/console/ratings/reports", {{"agency_id", "1"}, {"month", last}}).status, 403);

  auto early = officer->Post("/console/ratings/reports", {{"agency_id", "1"}, {"month", ThisMonth()}});
  EXPECT_EQ(early.status, 400);
  EXPECT_TRUE(Has(early.body, "尚未结束")) << early.body.substr(0, 3000);
  auto made = officer->Post("/console/ratings/reports", {{"agency_id", "1"}, {"month", last}});
  ASSERT_EQ(made.status, 303) << made.body.substr(0, 3000);
  const std::string id = Capture(made.Header("Location"), R"re(/console/items/(\d+)$)re");
  ASSERT_FALSE(id.empty()) << made.Header("Location");
  // Again: the same draft, refreshed.
  EXPECT_EQ(officer->Post("/console/ratings/reports", {{"agency_id", "1"}, {"month", last}}).Header("Location"),
            made.Header("Location"));
  const std::string title = std::to_string(std::stoi(last.substr(0, 4))) + "年" +
                            std::to_string(std::stoi(last.substr(5))) + "月政务服务“好差评”情况";
  auto draft = officer->Get("/console/items/" + id);
  EXPECT_TRUE(Has(draft.body, title)) << draft.body.substr(0, 5000);
  EXPECT_TRUE(Has(draft.body, "草稿"));

  // The normal review: submitted by 公开办, three stages by three reviewers.
  ASSERT_EQ(officer->Post("/console/items/" + id + "/submit", {}).status, 303);
  auto busy = officer->Post("/console/ratings/reports", {{"agency_id", "1"}, {"month", last}});
  EXPECT_EQ(busy.status, 409);
  EXPECT_TRUE(Has(busy.body, "审核结束后才能重新生成"));
  for (Browser* b : {&*reviewer, &*second, &*third}) {
    b->Get("/console/items/" + id);
    ASSERT_EQ(b->Post("/console/items/" + id + "/approve", {{"comment", "同意"}}).status, 303);
  }
  auto column = Public("/columns/fdnr-hcp");
  ASSERT_EQ(column.status, 200);
  EXPECT_TRUE(Has(column.body, title)) << column.body.substr(0, 5000);
  const std::string index_no = Capture(column.body, R"re(href="/items/([^"]+)")re");
  auto item = Public("/items/" + index_no);
  ASSERT_EQ(item.status, 200);
  for (const char* part : {"一、总体情况", "二、分事项评价情况", "三、差评处理情况", "<table", "食品经营许可", "合计"})
    EXPECT_TRUE(Has(item.body, part)) << part;
  EXPECT_FALSE(Has(officer->Get("/console").body, "dash-ratings-report"));
  EXPECT_TRUE(Has(officer->Get("/console/ratings/reports").body, "生成修订稿"));
  EXPECT_TRUE(Has(Public("/ratings").body, "href=\"/columns/fdnr-hcp\""));
}

TEST_F(RatingsTest, EachRoleInItsPlaceAndTheListOfServices) {
  auto officer = SignInDemo(*server_, "officer", kPassword);
  auto editor = SignInDemo(*server_, "editor", kPassword);
  auto reviewer = SignInDemo(*server_, "reviewer", kPassword);
  ASSERT_TRUE(officer && editor && reviewer);
  EXPECT_EQ(reviewer->Get("/console/ratings").status, 403);
  EXPECT_EQ(reviewer->Get("/console/ratings/services").status, 403);
  EXPECT_FALSE(Has(reviewer->Get("/console").body, "dash-ratings-overdue"));
  EXPECT_EQ(editor->Get("/console/ratings").status, 200);
  EXPECT_EQ(editor->Get("/console/ratings/services").status, 403);
  editor->Get("/console/ratings");
  EXPECT_EQ(editor->Post("/console/ratings/services", {{"agency_id", "1"}, {"name", "越权新增"}}).status, 403);
  EXPECT_FALSE(Has(Public("/ratings/new").body, "越权新增"));

  // The demo's overdue bad rating shows on the dashboard and the list.
  auto dash = officer->Get("/console");
  const std::string overdue = Capture(dash.body, R"re(id="dash-ratings-overdue">(\d+)<)re");
  ASSERT_FALSE(overdue.empty()) << dash.body.substr(0, 4000);
  EXPECT_GE(std::stoi(overdue), 1);
  EXPECT_EQ(Capture(editor->Get("/console").body, R"re(id="dash-ratings-overdue">(\d+)<)re"), overdue);
  auto late = officer->Get("/console/ratings?view=overdue");
  EXPECT_EQ(late.status, 200);
  EXPECT_TRUE(Has(late.body, "投诉举报处理")) << late.body.substr(0, 4000);
  EXPECT_TRUE(Has(late.body, "已超期"));

  // The officer adds a service (a blank name refused) and the public may rate it.
  const std::string name = "计量器具型式批准";
  auto blank = AddService(*officer, "", "计量处");
  EXPECT_EQ(blank.status, 400);
  EXPECT_TRUE(Has(blank.body, "请填写事项名称"));
  ASSERT_EQ(AddService(*officer, name, "计量处").status, 303);
  EXPECT_TRUE(Has(officer->Get("/console/ratings/services").body, name));
  auto form = Public("/ratings/new");
  EXPECT_TRUE(Has(form.body, ">" + name + "（计量处）</option>")) << form.body.substr(0, 4000);
  const std::string id = ServiceId(name);
  ASSERT_FALSE(id.empty());
  // Taken off the list, it is no longer offered nor accepted.
  officer->Get("/console/ratings/services");
  ASSERT_EQ(officer->Post("/console/ratings/services/" + id, {{"name", name}, {"department", "计量处"}, {"active", "0"}})
                .status,
            303);
  EXPECT_FALSE(Has(Public("/ratings/new").body, name));
  Browser visitor = NewBrowser();
  auto page = visitor.Get("/ratings/new");
  auto r = visitor.Post("/ratings", Filled(page.body, id, "5", ""));
  EXPECT_EQ(r.status, 400);
  EXPECT_TRUE(Has(r.body, "请选择评价的服务事项"));
}

TEST_F(RatingsTest, OneAddressMayRateOnlySoOftenAnHour) {
  StartServer({"--set", "ratings.submissions_per_hour=3"});
  const std::string service_id = Capture(Public("/ratings/new").body, R"re(<option value="(\d+)">)re");
  ASSERT_FALSE(service_id.empty());
  const std::string month = ThisMonth();
  const int total_before = Stats(month)["total"]["total"];
  Browser visitor = NewBrowser();
  // Forms sent back for correction (a 差评 without its reason) do not count.
  for (int i = 0; i < 4; ++i) {
    auto form = visitor.Get("/ratings/new");
    EXPECT_EQ(visitor.Post("/ratings", Filled(form.body, service_id, "1", "")).status, 400) << i;
  }
  for (int i = 0; i < 3; ++i) EXPECT_FALSE(Rate(visitor, service_id, "4", "").id.empty()) << i;
  auto page = visitor.Get("/ratings/new");
  auto r = visitor.Post("/ratings", Filled(page.body, service_id, "4", ""));
  EXPECT_EQ(r.status, 429) << r.body.substr(0, 2000);
  EXPECT_TRUE(Has(r.body, "一小时后再试"));
  EXPECT_EQ(Stats(month)["total"]["total"], total_before + 3);
}

// The follow-up deadlines are the installation's ([ratings]), and every
// page that states them says the same.
TEST_F(RatingsTest, EveryPageStatesTheConfiguredDeadlines) {
  StartServer({"--set", "ratings.visit_days=2", "--set", "ratings.rectify_days=10"});
  EXPECT_TRUE(Has(Public("/ratings").body, "差评在 2 个工作日内回访核实、10 个工作日内整改反馈"));
  const std::string service_id = Capture(Public("/ratings/new").body, R"re(<option value="(\d+)">)re");
  ASSERT_FALSE(service_id.empty());
  Browser visitor = NewBrowser();
  auto page = visitor.Get("/ratings/new");
  auto done = visitor.Post("/ratings", Filled(page.body, service_id, "2", "材料清单与窗口要求不一致。"));
  ASSERT_EQ(done.status, 200) << done.body.substr(0, 2000);
  EXPECT_TRUE(Has(done.body, "我们将在 2 个工作日内回访核实，10 个工作日内整改并反馈"));
  auto officer = SignInDemo(*server_, "officer", kPassword);
  ASSERT_TRUE(officer);
  auto list = officer->Get("/console/ratings");
  EXPECT_TRUE(Has(list.body, "差评应在 2 个工作日内回访核实、10 个工作日内整改反馈")) << list.body.substr(0, 4000);
}

}  // namespace
}  // namespace gk::testing
