// 意见征集 from outside, as the public and the staff use it: the demo's open
// consultation with its comment form and its closed one with the adoption
// report, on the pages, in the feed, the search and the API; a consultation
// drafted, published, commented on by a citizen (refused first with every
// problem named and nothing stored), moderated, found by the author with the
// code, closed (its dates moved back, as time would), decided in bulk and
// reported — on its page and as a catalogue draft; a comment after closing
// refused; each role in its place and the export for the file.
#include <gtest/gtest.h>
#include <soci/soci.h>

#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "http/forms.h"
#include "storage/database.h"
#include "testutil/http_client.h"

namespace gk::testing {
namespace {

constexpr const char* kPassword = "Yijian-Zhengji-2026#";

using Form = std::vector<std::pair<std::string, std::string>>;

class ConsultationsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    server_ = ServerProcess::Start();
    ASSERT_NE(server_, nullptr);
  }
  HttpResult Public(const std::string& path) { return Fetch(server_->host(), server_->port(), "GET", path); }
  Browser NewBrowser() { return Browser(server_->host(), server_->port()); }
  // SQL the server cannot be made to run (time passing), on its own database.
  void Sql(const std::string& statement) {
    auto db = storage::Database::Open({"", server_->data_dir(), 1, 5000});
    ASSERT_TRUE(db.ok()) << db.status().message();
    Status s = db.value()->Transact([&](soci::session& sql) {
      sql << statement;
      return Status::Ok();
    });
    ASSERT_TRUE(s.ok()) << s.message();
  }
  // The comment form of `page` filled in, its human check solved.
  static Form Filled(const std::string& page, const std::string& body, const std::string& name = "",
                     const std::string& article = "0") {
    return {{"article", article},
            {"name", name},
            {"contact", "13905310000"},
            {"body", body},
            {"check_token", Capture(page, R"re(name="check_token" value="([^"]+)")re")},
            {"check_answer", HumanCheckAnswer(page)}};
  }
  std::unique_ptr<ServerProcess> server_;
};

TEST_F(ConsultationsTest, TheDemoIsPublicOnThePagesFeedSearchAndApi) {
  auto list = Public("/consultations");
  ASSERT_EQ(list.status, 200);
  EXPECT_TRUE(Has(list.body, "正在征集"));
  EXPECT_TRUE(Has(list.body, "济南市食品小作坊登记管理办法"));
  EXPECT_TRUE(Has(list.body, "已公布采纳情况"));
  auto open = Public("/consultations/1");
  ASSERT_EQ(open.status, 200);
  EXPECT_TRUE(Has(open.body, "id=\"comment-form\""));
  EXPECT_TRUE(Has(open.body, "<option value=\"12\">第十二条</option>")) << "comments on an article";
  EXPECT_TRUE(Has(open.body, "138****9999")) << "the phone in a comment is masked";
  EXPECT_FALSE(Has(open.body, "13805319999"));
  EXPECT_FALSE(Has(open.body, "进货记录保存六个月太短")) << "a held comment is not public";
  EXPECT_EQ(open.Header("Cache-Control"), "no-store") << "the form's token is not cached";
  auto closed = Public("/consultations/2");
  ASSERT_EQ(closed.status, 200);
  EXPECT_FALSE(Has(closed.body, "id=\"comment-form\""));
  for (const char* s : {"意见采纳情况", "主要修改情况", "户外广告设施设置规划的编制和公开另行规定", "不属于征求范围"})
    EXPECT_TRUE(Has(closed.body, s)) << s;
  EXPECT_EQ(Public("/consultations/99").status, 404);
  auto feed = Public("/consultations/feed.xml");
  EXPECT_EQ(feed.status, 200);
  EXPECT_TRUE(Has(feed.body, "<entry>"));
  EXPECT_TRUE(Has(Public("/search?q=" + http::PercentEncode("小作坊")).body, "/consultations?q="));
  // The API: the list, one with its adoption counts, its published comments.
  auto api = nlohmann::json::parse(Public("/api/v1/consultations").body);
  EXPECT_EQ(api["total"], 2);
  EXPECT_EQ(api["consultations"][0]["phase"], "open");
  auto one = nlohmann::json::parse(Public("/api/v1/consultations/2").body);
  EXPECT_EQ(one["adoption"]["total"], 4);
  EXPECT_EQ(one["adoption"]["by_decision"]["adopted"], 2);
  auto comments = nlohmann::json::parse(Public("/api/v1/consultations/1/comments").body);
  EXPECT_EQ(comments["total"], 3);
  EXPECT_EQ(comments["comments"][0]["name"], "王**");
  auto bad = Public("/api/v1/consultations?phase=soon");
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(Public("/api/v1/consultations/99").status, 404);
}

TEST_F(ConsultationsTest, ACitizenCommentsStaffModerateDecideAndReport) {
  auto officer = SignInDemo(*server_, "officer", kPassword);
  auto editor = SignInDemo(*server_, "editor", kPassword);
  auto reviewer = SignInDemo(*server_, "reviewer", kPassword);
  ASSERT_TRUE(officer && editor && reviewer);
  EXPECT_EQ(reviewer->Get("/console/consultations").status, 403);

  // The editor drafts: a short period without a reason is refused, every problem named.
  editor->Get("/console/consultations/new");
  Form draft = {{"agency_id", "1"},
                {"title", "关于《济南市网络餐饮服务监督管理办法（征求意见稿）》公开征求意见的公告"},
                {"draft_md", "**第一条** 为了规范网络餐饮服务……\n\n**第二条** 本办法适用于……"},
                {"explanation_md", "起草说明。"},
                {"how_to", ""},
                {"opens_on", ChinaDateFromToday(0)},
                {"closes_on", ChinaDateFromToday(9)},
                {"short_reason", ""},
                {"articles", "2"},
                {"identity", "anonymous"},
                {"moderation", "pre"}};
  Form empty = draft;
  empty[1].second = "";
  auto refused = editor->Post("/console/consultations", empty);
  EXPECT_EQ(refused.status, 400);
  EXPECT_TRUE(Has(refused.body, "请填写标题"));
  EXPECT_TRUE(Has(refused.body, "不足 30 日，须说明理由"));
  draft[7].second = "春节前须完成修订，征集期缩短为 10 日";
  auto made = editor->Post("/console/consultations", draft);
  ASSERT_EQ(made.status, 303) << made.body.substr(0, 3000);
  const std::string id = Capture(made.Header("Location"), R"(/console/consultations/(\d+))");
  ASSERT_FALSE(id.empty());
  EXPECT_EQ(Public("/consultations/" + id).status, 404) << "a draft is not public";
  // A file for the draft: checked by its content; public with the consultation.
  editor->Get("/console/consultations/" + id);
  auto fake = editor->PostFile("/console/consultations/" + id + "/files", "file", "征求意见稿.pdf", "not a pdf at all");
  EXPECT_EQ(fake.status, 400);
  const std::string pdf = "%PDF-1.4\n% 征求意见稿\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n";
  editor->Get("/console/consultations/" + id);
  ASSERT_EQ(editor->PostFile("/console/consultations/" + id + "/files", "file", "征求意见稿.pdf", pdf).status, 303);
  const std::string file_url =
      Capture(editor->Get("/console/consultations/" + id).body, R"re(href="(/consultations/\d+/files/\d+/[^"]+)")re");
  ASSERT_FALSE(file_url.empty());
  EXPECT_EQ(Public(file_url).status, 404) << "not public while a draft";
  EXPECT_EQ(editor->Get(file_url).status, 200) << "staff see the draft's file";
  editor->Get("/console/consultations/" + id);
  EXPECT_EQ(editor->Post("/console/consultations/" + id + "/publish", {}).status, 403);
  officer->Get("/console/consultations/" + id);
  ASSERT_EQ(officer->Post("/console/consultations/" + id + "/publish", {}).status, 303);
  auto page = Public("/consultations/" + id);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(Has(page.body, "春节前须完成修订")) << "the short period's reason is public";
  EXPECT_TRUE(Has(page.body, file_url));
  auto download = Public(file_url);
  EXPECT_EQ(download.status, 200);
  EXPECT_EQ(download.Header("Content-Type"), "application/pdf");
  EXPECT_EQ(download.body, pdf);

  // A citizen: every problem at once (no text, a wrong answer), nothing stored.
  Browser citizen = NewBrowser();
  page = citizen.Get("/consultations/" + id);
  Form wrong = Filled(page.body, "");
  wrong.back().second = "99";
  auto bad = citizen.Post("/consultations/" + id + "/comments", wrong);
  EXPECT_EQ(bad.status, 400);
  EXPECT_TRUE(Has(bad.body, "请填写意见内容"));
  EXPECT_TRUE(Has(bad.body, "human-check-err"));
  auto done = citizen.Post("/consultations/" + id + "/comments",
                           Filled(bad.body, "建议明确平台对入网商户资质的审核责任。", "陈思", "1"));
  ASSERT_EQ(done.status, 200) << done.body.substr(0, 3000);
  const std::string cid = Capture(done.body, R"re(id="comment-number">(\d+)<)re");
  const std::string code = Capture(done.body, R"re(id="comment-code">([^<]+)<)re");
  ASSERT_FALSE(cid.empty() || code.empty());
  EXPECT_EQ(done.Header("Cache-Control"), "no-store");
  EXPECT_FALSE(Has(Public("/consultations/" + id).body, "入网商户资质")) << "held for moderation";
  citizen.Get("/consultations/check");
  auto mine = citizen.Post("/consultations/check", {{"cid", cid}, {"code", code}});
  EXPECT_TRUE(Has(mine.body, "待审核")) << mine.body.substr(0, 3000);
  citizen.Get("/consultations/check");
  EXPECT_EQ(citizen.Post("/consultations/check", {{"cid", cid}, {"code", "AAAA-BBBB-CCCC"}}).status, 400);

  // Moderation: published; a second comment hidden with its reason.
  auto queue = editor->Get("/console/consultations/" + id + "/comments");
  EXPECT_TRUE(Has(queue.body, "入网商户资质"));
  EXPECT_TRUE(Has(queue.body, "13905310000")) << "staff see the contact";
  ASSERT_EQ(editor->Post("/console/consultations/" + id + "/comments/" + cid + "/publish", {}).status, 303);
  EXPECT_TRUE(Has(Public("/consultations/" + id).body, "入网商户资质"));
  EXPECT_TRUE(Has(Public("/consultations/" + id).body, "陈*"));
  page = citizen.Get("/consultations/" + id);
  auto spam = citizen.Post("/consultations/" + id + "/comments", Filled(page.body, "优惠代购，欢迎咨询。"));
  const std::string spam_id = Capture(spam.body, R"re(id="comment-number">(\d+)<)re");
  const std::string spam_code = Capture(spam.body, R"re(id="comment-code">([^<]+)<)re");
  editor->Get("/console/consultations/" + id + "/comments");
  EXPECT_EQ(editor->Post("/console/consultations/" + id + "/comments/" + spam_id + "/hide", {{"reason", ""}}).status,
            400);
  ASSERT_EQ(
      editor->Post("/console/consultations/" + id + "/comments/" + spam_id + "/hide", {{"reason", "与征集内容无关"}})
          .status,
      303);
  citizen.Get("/consultations/check");
  EXPECT_TRUE(
      Has(citizen.Post("/consultations/check", {{"cid", spam_id}, {"code", spam_code}}).body, "与征集内容无关"));

  // No decisions while open.
  editor->Get("/console/consultations/" + id + "/comments?view=decide");
  EXPECT_EQ(editor->Post("/console/consultations/" + id + "/decide", {{"ids", cid}, {"decision", "adopted"}}).status,
            409);
  // Time passes: the period ends (its dates moved back), and it closes by itself.
  Sql("UPDATE consultations SET opens_on = '" + ChinaDateFromToday(-20) + "', closes_on = '" + ChinaDateFromToday(-11) +
      "' WHERE id = " + id);
  page = citizen.Get("/consultations/" + id);
  EXPECT_FALSE(Has(page.body, "id=\"comment-form\""));
  auto late = citizen.Post("/consultations/" + id + "/comments", Filled(page.body, "来晚了", "", "0"));
  EXPECT_EQ(late.status, 409);
  EXPECT_TRUE(Has(late.body, "不再接收意见"));

  // Decisions in bulk; 未采纳 without a reason refused.
  editor->Get("/console/consultations/" + id + "/comments?view=decide");
  auto no_reason = editor->Post("/console/consultations/" + id + "/decide",
                                {{"ids", cid}, {"ids", spam_id}, {"decision", "not_adopted"}, {"reason", ""}});
  EXPECT_EQ(no_reason.status, 400);
  EXPECT_TRUE(Has(no_reason.body, "请填写理由"));
  ASSERT_EQ(editor->Post("/console/consultations/" + id + "/decide", {{"ids", cid}, {"decision", "adopted"}}).status,
            303);
  // The report waits for the last one.
  auto waits = officer->Get("/console/consultations/" + id);
  EXPECT_TRUE(Has(waits.body, "还有 1 条意见未处理"));
  editor->Get("/console/consultations/" + id + "/comments?view=decide");
  ASSERT_EQ(editor
                ->Post("/console/consultations/" + id + "/decide",
                       {{"ids", spam_id}, {"decision", "out_of_scope"}, {"reason", "与征集内容无关"}})
                .status,
            303);
  officer->Get("/console/consultations/" + id);
  auto reported = officer->Post("/console/consultations/" + id + "/report",
                                {{"report_md", "根据意见，在第一条中明确了平台的审核责任。"}});
  ASSERT_EQ(reported.status, 303) << reported.body.substr(0, 3000);
  const std::string item = Capture(reported.Header("Location"), R"(/console/items/(\d+))");
  ASSERT_FALSE(item.empty()) << reported.Header("Location");
  auto draft_item = officer->Get("/console/items/" + item);
  EXPECT_TRUE(Has(draft_item.body, "意见采纳情况"));
  EXPECT_TRUE(Has(draft_item.body, "草稿"));
  page = Public("/consultations/" + id);
  EXPECT_TRUE(Has(page.body, "在第一条中明确了平台的审核责任"));
  EXPECT_TRUE(Has(page.body, "共收到意见 2 条"));
  auto json = nlohmann::json::parse(Public("/api/v1/consultations/" + id).body);
  EXPECT_EQ(json["adoption"]["by_decision"]["adopted"], 1);
  EXPECT_EQ(json["adoption"]["by_decision"]["out_of_scope"], 1);

  // The export for the file: every comment with its decision and contact.
  auto csv = editor->Get("/console/consultations/" + id + "/export");
  EXPECT_EQ(csv.status, 200);
  EXPECT_TRUE(Has(csv.Header("Content-Type"), "text/csv"));
  EXPECT_TRUE(Has(csv.body, "入网商户资质"));
  EXPECT_TRUE(Has(csv.body, "13905310000"));
  EXPECT_TRUE(Has(csv.body, "不属于征求范围"));
  auto xlsx = editor->Get("/console/consultations/" + id + "/export?format=xlsx");
  EXPECT_EQ(xlsx.status, 200);
  EXPECT_TRUE(xlsx.body.starts_with("PK")) << "a zip container";
  EXPECT_EQ(reviewer->Get("/console/consultations/" + id + "/export").status, 403);
  // Every step is in the audit log.
  Browser admin = NewBrowser();
  ASSERT_EQ(admin.Login("admin", ServerProcess::kAdminPassword).status, 303);
  auto audit = admin.Get("/console/audit?action=consultation.");
  for (const char* a : {"consultation.create", "consultation.publish", "consultation.comment", "consultation.moderate",
                        "consultation.decide", "consultation.report"})
    EXPECT_TRUE(Has(audit.body, a)) << a;
}

TEST_F(ConsultationsTest, WithdrawnAnswers410WithTheReason) {
  auto officer = SignInDemo(*server_, "officer", kPassword);
  ASSERT_TRUE(officer);
  officer->Get("/console/consultations/1");
  EXPECT_EQ(officer->Post("/console/consultations/1/withdraw", {{"reason", ""}}).status, 400);
  officer->Get("/console/consultations/1");
  ASSERT_EQ(officer->Post("/console/consultations/1/withdraw", {{"reason", "上位法修改，草案重新起草"}}).status, 303);
  auto gone = Public("/consultations/1");
  EXPECT_EQ(gone.status, 410);
  EXPECT_TRUE(Has(gone.body, "上位法修改，草案重新起草"));
  EXPECT_EQ(Public("/api/v1/consultations/1").status, 410);
  EXPECT_EQ(nlohmann::json::parse(Public("/api/v1/consultations").body)["total"], 1);
}

}  // namespace
}  // namespace gk::testing
