// 留言咨询 from outside, as the public and the staff use it: the demo's
// published questions and answers on the page, in the feed, the search and
// the API, with the private and unanswered ones absent; a message asked
// (refused first with every problem named and nothing stored), followed by
// its code, assigned, answered, published and rated by readers once per
// address; a private one answered but never public; each role in its
// place; the dashboard's red line; an answered message rated in 好差评.
#include <gtest/gtest.h>

#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "http/forms.h"
#include "testutil/http_client.h"

namespace gk::testing {
namespace {

constexpr const char* kPassword = "Liuyan-Zixun-2026#";

using Form = std::vector<std::pair<std::string, std::string>>;

class MessagesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    server_ = ServerProcess::Start();
    ASSERT_NE(server_, nullptr);
  }
  HttpResult Public(const std::string& path) { return Fetch(server_->host(), server_->port(), "GET", path); }
  Browser NewBrowser() { return Browser(server_->host(), server_->port()); }
  static Form Filled(const std::string& page, const std::string& title, const std::string& body,
                     bool wants_private = false) {
    Form f = {{"agency_id", "1"},
              {"category", "consult"},
              {"title", title},
              {"body", body},
              {"name", "陈先生"},
              {"contact", "13905317777"},
              {"check_token", Capture(page, R"re(name="check_token" value="([^"]+)")re")},
              {"check_answer", HumanCheckAnswer(page)}};
    if (wants_private) f.push_back({"private", "1"});
    return f;
  }
  struct Asked {
    std::string id, code;
  };
  Asked Ask(Browser& b, const std::string& title, const std::string& body, bool wants_private = false) {
    auto page = b.Get("/messages/new");
    auto r = b.Post("/messages", Filled(page.body, title, body, wants_private));
    EXPECT_EQ(r.status, 200) << r.body.substr(0, 3000);
    return {Capture(r.body, R"re(id="message-number">(\d+)<)re"), Capture(r.body, R"re(id="message-code">([^<]+)<)re")};
  }
  std::unique_ptr<ServerProcess> server_;
};

TEST_F(MessagesTest, TheDemoIsPublicOnThePagesFeedSearchAndApi) {
  auto list = Public("/messages");
  ASSERT_EQ(list.status, 200);
  EXPECT_TRUE(Has(list.body, "个体工商户变更经营场所需要哪些材料"));
  EXPECT_TRUE(Has(list.body, "建议公布农贸市场快检结果"));
  EXPECT_FALSE(Has(list.body, "电动车电池")) << "the asker asked that it stay private";
  EXPECT_FALSE(Has(list.body, "营业执照遗失")) << "not answered yet";
  auto one = Public("/messages/1");
  ASSERT_EQ(one.status, 200);
  EXPECT_TRUE(Has(one.body, "一网通办平台"));
  EXPECT_TRUE(Has(one.body, "满意 3"));
  EXPECT_FALSE(Has(one.body, "刘女士")) << "the asker's name is never public";
  EXPECT_EQ(Public("/messages/3").status, 404) << "private";
  EXPECT_EQ(Public("/messages/99").status, 404);
  EXPECT_TRUE(Has(Public("/messages/feed.xml").body, "<entry>"));
  EXPECT_TRUE(Has(Public("/search?q=" + http::PercentEncode("快检")).body, "/messages?q="));
  auto api = nlohmann::json::parse(Public("/api/v1/messages").body);
  EXPECT_EQ(api["total"], 2);
  auto first = nlohmann::json::parse(Public("/api/v1/messages/1").body);
  EXPECT_EQ(first["satisfaction"]["satisfied"], 3);
  EXPECT_FALSE(first.contains("contact"));
  EXPECT_EQ(Public("/api/v1/messages/3").status, 404);
}

TEST_F(MessagesTest, AskedAnsweredPublishedAndRatedByReadersAndInRatings) {
  auto officer = SignInDemo(*server_, "officer", kPassword);
  auto editor = SignInDemo(*server_, "editor", kPassword);
  auto reviewer = SignInDemo(*server_, "reviewer", kPassword);
  ASSERT_TRUE(officer && editor && reviewer);
  EXPECT_EQ(reviewer->Get("/console/messages").status, 403);
  // The red line of the demo's message unanswered for 70 days.
  EXPECT_TRUE(Has(officer->Get("/console").body, "dash-messages-red-line"));

  Browser citizen = NewBrowser();
  auto form = citizen.Get("/messages/new");
  Form bad = Filled(form.body, "", "");
  bad.back().second = "99";
  auto refused = citizen.Post("/messages", bad);
  EXPECT_EQ(refused.status, 400);
  EXPECT_TRUE(Has(refused.body, "请填写标题"));
  EXPECT_TRUE(Has(refused.body, "请填写留言内容"));
  EXPECT_TRUE(Has(refused.body, "human-check-err"));
  const Asked a = Ask(citizen, "网店经营者需要办理营业执照吗？", "我在网上卖自己做的手工饰品，需要办理营业执照吗？");
  ASSERT_FALSE(a.id.empty() || a.code.empty());
  citizen.Get("/messages/check");
  auto mine = citizen.Post("/messages/check", {{"id", a.id}, {"code", a.code}});
  EXPECT_TRUE(Has(mine.body, "待分办")) << mine.body.substr(0, 2000);

  // The editor answers; the officer assigns and publishes.
  auto page = officer->Get("/console/messages/" + a.id);
  EXPECT_TRUE(Has(page.body, "13905317777")) << "staff see the contact";
  const std::string dept = Capture(page.body, R"re(<option value="(\d+)">)re");
  ASSERT_FALSE(dept.empty());
  editor->Get("/console/messages/" + a.id);
  EXPECT_EQ(editor->Post("/console/messages/" + a.id + "/assign", {{"department_id", dept}}).status, 403);
  ASSERT_EQ(officer->Post("/console/messages/" + a.id + "/assign", {{"department_id", dept}}).status, 303);
  editor->Get("/console/messages/" + a.id);
  EXPECT_EQ(editor->Post("/console/messages/" + a.id + "/answer", {{"answer", ""}}).status, 400);
  ASSERT_EQ(editor
                ->Post("/console/messages/" + a.id + "/answer",
                       {{"answer", "销售自产手工制品、年交易额不超过 10 万元的，可以不办理市场主体登记。"}})
                .status,
            303);
  EXPECT_EQ(Public("/messages/" + a.id).status, 404) << "answered, not yet public";
  EXPECT_TRUE(Has(officer->Get("/console/messages/" + a.id).body, "未发现个人信息、涉密标识"));
  // 发布前内容检查: a mobile number in the answer is shown and stops publication
  // until corrected (or a reason is recorded).
  editor->Get("/console/messages/" + a.id);
  ASSERT_EQ(editor
                ->Post("/console/messages/" + a.id + "/answer",
                       {{"answer", "可以不办理市场主体登记。详询经办人手机13805310001。"}})
                .status,
            303);
  auto check = officer->Get("/console/messages/" + a.id);
  EXPECT_TRUE(Has(check.body, "发布前内容检查"));
  EXPECT_TRUE(Has(check.body, "疑似手机号码"));
  EXPECT_TRUE(Has(check.body, "name=\"content_reason\""));
  auto blocked = officer->Post("/console/messages/" + a.id + "/publish", {});
  EXPECT_EQ(blocked.status, 400);
  EXPECT_TRUE(Has(blocked.body, "答复内容：疑似手机号码“13805310001”")) << blocked.body.substr(0, 3000);
  EXPECT_EQ(Public("/messages/" + a.id).status, 404);
  // 一键替换 from the card masks the number in the answer.
  auto card = officer->Get("/console/messages/" + a.id);
  const std::string start = Capture(card.body, R"re(content-fix" class="inline-form">.*?name="start" value="(\d+)")re");
  const std::string end = Capture(card.body, R"re(content-fix" class="inline-form">.*?name="end" value="(\d+)")re");
  ASSERT_FALSE(start.empty() || end.empty()) << card.body.substr(0, 4000);
  ASSERT_EQ(officer
                ->Post("/console/messages/" + a.id + "/content-fix",
                       {{"field", "answer"}, {"start", start}, {"end", end}, {"text", "13805310001"}})
                .status,
            303);
  auto fixed = officer->Get("/console/messages/" + a.id);
  EXPECT_TRUE(Has(fixed.body, "138****0001"));
  EXPECT_FALSE(Has(fixed.body, "疑似手机号码"));
  editor->Get("/console/messages/" + a.id);
  ASSERT_EQ(editor
                ->Post("/console/messages/" + a.id + "/answer",
                       {{"answer", "销售自产手工制品、年交易额不超过 10 万元的，可以不办理市场主体登记。"}})
                .status,
            303);
  officer->Get("/console/messages/" + a.id);
  ASSERT_EQ(officer->Post("/console/messages/" + a.id + "/publish", {}).status, 303);
  auto pub = citizen.Get("/messages/" + a.id);
  ASSERT_EQ(pub.status, 200);
  EXPECT_TRUE(Has(pub.body, "可以不办理市场主体登记"));
  // A reader's view, once per address.
  EXPECT_EQ(citizen.Post("/messages/" + a.id + "/satisfaction", {{"satisfaction", "satisfied"}}).status, 303);
  citizen.Get("/messages/" + a.id);
  citizen.Post("/messages/" + a.id + "/satisfaction", {{"satisfaction", "unsatisfied"}});
  auto rated = nlohmann::json::parse(Public("/api/v1/messages/" + a.id).body);
  EXPECT_EQ(rated["satisfaction"]["satisfied"], 1);
  EXPECT_EQ(rated["satisfaction"]["unsatisfied"], 0) << "the same address counts once";

  // A private one: answered, never public, the asker reads the answer.
  const Asked p = Ask(citizen, "投诉某商户", "某商户缺斤短两。", true);
  editor->Get("/console/messages/" + p.id);
  ASSERT_EQ(editor->Post("/console/messages/" + p.id + "/answer", {{"answer", "已转辖区市场监管所核查。"}}).status,
            303);
  officer->Get("/console/messages/" + p.id);
  EXPECT_EQ(officer->Post("/console/messages/" + p.id + "/publish", {}).status, 409);
  citizen.Get("/messages/check");
  EXPECT_TRUE(Has(citizen.Post("/messages/check", {{"id", p.id}, {"code", p.code}}).body, "已转辖区市场监管所核查"));

  // 好差评 of the answered message, by its number and code.
  auto rform = citizen.Get("/ratings/new");
  auto r = citizen.Post("/ratings", {{"kind", "message"},
                                     {"message_number", a.id},
                                     {"message_code", a.code},
                                     {"level", "5"},
                                     {"channel", "online"},
                                     {"comment", ""},
                                     {"contact", ""},
                                     {"check_token", Capture(rform.body, R"re(name="check_token" value="([^"]+)")re")},
                                     {"check_answer", HumanCheckAnswer(rform.body)}});
  EXPECT_EQ(r.status, 200) << r.body.substr(0, 3000);
  auto wrong = citizen.Get("/ratings/new");
  auto w = citizen.Post("/ratings", {{"kind", "message"},
                                     {"message_number", a.id},
                                     {"message_code", "AAAA-BBBB-CCCC"},
                                     {"level", "5"},
                                     {"channel", "online"},
                                     {"check_token", Capture(wrong.body, R"re(name="check_token" value="([^"]+)")re")},
                                     {"check_answer", HumanCheckAnswer(wrong.body)}});
  EXPECT_EQ(w.status, 400);
  EXPECT_TRUE(Has(w.body, "留言编号或查询码不正确"));
  auto console = officer->Get("/console/ratings");
  EXPECT_TRUE(Has(console.body, "留言 " + a.id + "：网店经营者需要办理营业执照吗？"));
}

}  // namespace
}  // namespace gk::testing
