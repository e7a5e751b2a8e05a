// 听证会, 政府开放日 and 在线访谈 from outside: the demo's events on the page,
// the feed, the search and the API (a hearing with its materials and
// participant list, a full open day, a past interview with its summary); a
// registration with every problem named at once, then a place on the
// waiting list with its code, looked up and cancelled; a hearing written in
// the console, refused publication less than 7 days ahead (and to an
// editor), moved, published, its participants published, cancelled with a
// reason the public sees.
#include <gtest/gtest.h>

#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "common/china_time.h"
#include "http/forms.h"
#include "testutil/http_client.h"

namespace gk::testing {
namespace {

constexpr const char* kPassword = "Tingzheng-Kaifang-2026#";
using Form = std::vector<std::pair<std::string, std::string>>;

class EventsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    server_ = ServerProcess::Start();
    ASSERT_NE(server_, nullptr);
  }
  HttpResult Public(const std::string& path) { return Fetch(server_->host(), server_->port(), "GET", path); }
  Browser NewBrowser() { return Browser(server_->host(), server_->port()); }
  static Form Filled(const std::string& page, const std::string& name, const std::string& affiliation,
                     const std::string& contact) {
    return {{"name", name},
            {"affiliation", affiliation},
            {"contact", contact},
            {"check_token", Capture(page, R"re(name="check_token" value="([^"]+)")re")},
            {"check_answer", HumanCheckAnswer(page)}};
  }
  // "YYYY-MM-DDTHH:MM" `days` from today at 09:30.
  static std::string At(int days) { return ChinaDateFromToday(days) + "T09:30"; }
  std::unique_ptr<ServerProcess> server_;
};

TEST_F(EventsTest, TheDemoIsPublicOnThePagesFeedSearchAndApi) {
  auto list = Public("/events");
  ASSERT_EQ(list.status, 200);
  EXPECT_TRUE(Has(list.body, "《济南市沿街商户招牌设置规范》听证会"));
  EXPECT_TRUE(Has(list.body, "名额已满，可候补"));
  EXPECT_TRUE(Has(list.body, "已发布综述"));
  EXPECT_FALSE(Has(list.body, "筹备中")) << "a draft is not public";
  auto hearing = Public("/events/1");
  EXPECT_TRUE(Has(hearing.body, "距听证会召开 10 日"));
  EXPECT_TRUE(Has(hearing.body, "参加人名单"));
  EXPECT_TRUE(Has(hearing.body, "泉城路商户代表"));
  EXPECT_FALSE(Has(hearing.body, "0531-00000001")) << "contact details are the staff's";
  EXPECT_TRUE(Has(hearing.body, "我要报名"));
  EXPECT_TRUE(Has(Public("/events/3").body, "回答网友提问 32 个"));
  EXPECT_EQ(Public("/events/4").status, 404);
  EXPECT_TRUE(Has(Public("/events/feed.xml").body, "<entry>"));
  EXPECT_TRUE(Has(Public("/search?q=" + http::PercentEncode("听证会")).body, "/events?q="));
  auto api = nlohmann::json::parse(Public("/api/v1/events").body);
  EXPECT_EQ(api["total"], 3);
  auto one = nlohmann::json::parse(Public("/api/v1/events/1").body);
  ASSERT_EQ(one["participants"].size(), 3u);
  EXPECT_EQ(one["participants"][0]["affiliation"], "泉城路商户代表");
  EXPECT_FALSE(one["participants"][0].contains("contact"));
  EXPECT_EQ(one["registration"]["capacity"], 15);
  EXPECT_EQ(Public("/api/v1/events?kind=party").status, 400);
  EXPECT_EQ(nlohmann::json::parse(Public("/api/v1/events?kind=interview").body)["total"], 1);
  EXPECT_EQ(Public("/api/v1/events/4").status, 404);
}

TEST_F(EventsTest, ARegistrationWaitsIsLookedUpAndCancelled) {
  Browser b = NewBrowser();
  auto page = b.Get("/events/2");
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(Has(page.body, "名额已满，现在报名将登记为候补"));
  auto refused = b.Post("/events/2/register", Filled(page.body, "", "", ""));
  EXPECT_EQ(refused.status, 400);
  for (const char* m : {"请填写姓名", "请填写单位或身份", "请填写联系方式"}) EXPECT_TRUE(Has(refused.body, m)) << m;
  auto done = b.Post("/events/2/register", Filled(refused.body, "吴敏", "市民", "wumin@example.cn"));
  ASSERT_EQ(done.status, 200) << done.body.substr(0, 2000);
  EXPECT_EQ(Capture(done.body, R"re(id="waiting-position">(\d+)<)re"), "2") << "after the demo's one waiting";
  const std::string id = Capture(done.body, R"re(id="registration-number">(\d+)<)re");
  const std::string code = Capture(done.body, R"re(id="registration-code">([^<]+)<)re");
  ASSERT_FALSE(code.empty());
  EXPECT_EQ(done.Header("Cache-Control"), "no-store");
  // The waiting list (two) is full too: no form, and a post past both is refused, nothing stored.
  Browser late = NewBrowser();
  auto full = late.Get("/events/2");
  EXPECT_TRUE(Has(full.body, "名额和候补名额均已报满"));
  EXPECT_FALSE(Has(full.body, "提交报名"));
  late.Get("/events/check");  // a page with a form: its CSRF cookie and token
  auto past = late.Post("/events/2/register", Filled(page.body, "晚到者", "市民", "late@example.cn"));
  EXPECT_EQ(past.status, 400);
  EXPECT_TRUE(Has(past.body, "名额和候补名额均已报满"));
  EXPECT_EQ(nlohmann::json::parse(Public("/api/v1/events/2").body)["registration"]["waiting"], 2);
  b.Get("/events/check");
  auto wrong = b.Post("/events/check", {{"id", id}, {"code", "AAAA-BBBB-CCCC"}});
  EXPECT_EQ(wrong.status, 400);
  EXPECT_TRUE(Has(wrong.body, "报名编号或查询码不正确"));
  auto found = b.Post("/events/check", {{"id", id}, {"code", code}});
  ASSERT_EQ(found.status, 200);
  EXPECT_TRUE(Has(found.body, "候补第 2 位"));
  auto cancelled = b.Post("/events/check", {{"id", id}, {"code", code}, {"cancel", "1"}});
  EXPECT_EQ(cancelled.status, 200);
  EXPECT_TRUE(Has(cancelled.body, "已取消"));
  auto api = nlohmann::json::parse(Public("/api/v1/events/2").body);
  EXPECT_EQ(api["registration"]["waiting"], 1);
}

TEST_F(EventsTest, AHearingIsPublishedSevenDaysAheadByTheOffice) {
  auto editor = SignInDemo(*server_, "editor", kPassword);
  auto officer = SignInDemo(*server_, "officer", kPassword);
  auto reviewer = SignInDemo(*server_, "reviewer", kPassword);
  ASSERT_TRUE(editor && officer && reviewer);
  EXPECT_EQ(reviewer->Get("/console/events").status, 403);
  editor->Get("/console/events/new");
  Form form = {{"agency_id", "1"},
               {"kind", "hearing"},
               {"title", "食品摊贩管理办法听证会"},
               {"description", "听取摊贩和居民意见。"},
               {"place", "市局会议室"},
               {"starts_at", At(5)},
               {"capacity", "2"},
               {"materials", "### 听证材料\n\n草案全文"}};
  auto made = editor->Post("/console/events", form);
  ASSERT_EQ(made.status, 303) << made.body.substr(0, 2000);
  const std::string url = made.Header("Location");
  editor->Get(url);
  EXPECT_EQ(editor->Post(url + "/publish", {}).status, 403) << "the 公开办's";
  officer->Get(url);
  auto early = officer->Post(url + "/publish", {});
  EXPECT_EQ(early.status, 409);
  EXPECT_TRUE(Has(early.body, "听证材料须在听证会召开 7 日前公布"));
  form[5].second = At(9);
  EXPECT_EQ(editor->Post(url + "/edit", form).status, 303);
  officer->Get(url);
  EXPECT_EQ(officer->Post(url + "/publish", {}).status, 303);
  const std::string id = url.substr(url.rfind('/') + 1);
  auto pub = Public("/events/" + id);
  ASSERT_EQ(pub.status, 200);
  EXPECT_TRUE(Has(pub.body, "草案全文"));
  Browser visitor = NewBrowser();
  auto page = visitor.Get("/events/" + id);
  ASSERT_EQ(visitor.Post("/events/" + id + "/register", Filled(page.body, "郑凯", "摊贩代表", "13900000000")).status,
            200);
  officer->Get(url);
  EXPECT_EQ(officer->Post(url + "/participants", {}).status, 303);
  EXPECT_TRUE(Has(Public("/events/" + id).body, "摊贩代表"));
  auto console = officer->Get(url);
  EXPECT_TRUE(Has(console.body, "13900000000")) << "staff see the contact";
  EXPECT_EQ(officer->Post(url + "/cancel", {{"reason", ""}}).status, 400);
  EXPECT_EQ(officer->Post(url + "/cancel", {{"reason", "草案需进一步修改，听证会延期"}}).status, 303);
  EXPECT_TRUE(Has(Public("/events/" + id).body, "该活动已取消。原因：草案需进一步修改，听证会延期"));
  Browser admin = NewBrowser();
  ASSERT_EQ(admin.Login("admin", ServerProcess::kAdminPassword).status, 303);
  EXPECT_TRUE(Has(admin.Get("/console/audit?action=event.").body, "公布参加人名单"));
}

}  // namespace
}  // namespace gk::testing
