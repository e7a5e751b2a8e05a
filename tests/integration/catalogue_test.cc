// Black-box tests of the catalogue: public pages and the review workflow.
#include <gtest/gtest.h>

#include <chrono>
#include <ctime>
#include <regex>
#include <thread>

#include "common/china_time.h"
#include "http/forms.h"
#include "testutil/http_client.h"

namespace gk::testing {
namespace {

constexpr const char* kPassword = "Qingxi-Mima-2026#";
constexpr const char* kPlanIndexNo = "11370100MB28696235/2020-00757";

class CatalogueTest : public ::testing::Test {
 public:
  void SetUp() override { server_ = ServerProcess::Start(); }
  Browser NewBrowser() { return Browser(server_->host(), server_->port()); }
  HttpResult Public(const std::string& target) { return Fetch(server_->host(), server_->port(), "GET", target); }

  // Signs in with a one-time password and sets kPassword.
  Browser SignIn(const std::string& username, const std::string& otp) {
    Browser b = NewBrowser();
    EXPECT_EQ(b.Login(username, otp).status, 303);
    b.Get("/console/password");
    EXPECT_EQ(b.Post("/console/password", {{"current", otp}, {"password", kPassword}, {"password2", kPassword}}).status,
              303);
    return b;
  }
  Browser Admin() {
    Browser b = NewBrowser();
    EXPECT_EQ(b.Login("admin", ServerProcess::kAdminPassword).status, 303);
    return b;
  }
  Browser NewReviewerFor(Browser& admin, const std::string& username) { return NewReviewer(admin, username); }
  // The same helpers for a test that starts its own server.
  struct Harness;
  // A reviewer of the demo bureau created through the console.
  Browser NewReviewer(Browser&, const std::string& username) {
    auto b = NewDemoStaff(*server_, username, "reviewer", kPassword);
    EXPECT_TRUE(b.has_value()) << username;
    return b ? std::move(*b) : NewBrowser();
  }

  // Creates a draft as `editor` in the column named 通知公告; returns its
  // console id.
  std::string Draft(Browser& editor, const std::string& title, const std::string& written_on) {
    auto form = editor.Get("/console/items/new");
    std::smatch m;
    EXPECT_TRUE(
        std::regex_search(form.body, m, std::regex(R"re(value="(\d+)"[^>]*><label for="it-col-\d+">通知公告 )re")));
    std::string column = m[1];
    auto r = editor.Post("/console/items", {{"title", title},
                                            {"agency_id", "1"},
                                            {"written_on", written_on},
                                            {"category", "通知公告"},
                                            {"topic", "综合政务"},
                                            {"genre", "通知"},
                                            {"art20", "0"},
                                            {"disclosure", "proactive"},
                                            {"columns", column},
                                            {"body_md", "现将有关事项**通知**如下。\n\n<script>alert(1)</script>"}});
    EXPECT_EQ(r.status, 303) << r.body.substr(0, 3000);
    std::string location = r.Header("Location");
    EXPECT_TRUE(std::regex_search(location, m, std::regex(R"(/console/items/(\d+))")));
    return m[1];
  }
  std::unique_ptr<ServerProcess> server_;
};

TEST_F(CatalogueTest, WorkPlanIsPublishedWithItsRealMetadata) {
  auto r = Public(std::string("/items/") + kPlanIndexNo);
  ASSERT_EQ(r.status, 200);
  for (const char* s :
       {kPlanIndexNo, "其他文件", "2020-09-16", "济南市市场监督管理局",
        "关于印发《2020年济南市市场监督管理局政务公开工作要点》的通知", "拓展重点领域信息公开广度和深度"})
    EXPECT_NE(r.body.find(s), std::string::npos) << s;
  // The header block lists the fields in the work plan's order.
  size_t pos = 0;
  for (const char* label :
       {"索引号", "组配分类", "成文日期", "发布日期", "发布机构", "统一编号", "标题", "发文字号", "有效性"}) {
    size_t at = r.body.find(std::string(label) + "</th>", pos);
    ASSERT_NE(at, std::string::npos) << label;
    pos = at;
  }
  EXPECT_EQ(Public("/items/11370100MB28696235/2020-99999").status, 404);
}

TEST_F(CatalogueTest, InformationDisclosureColumnHasExactlyFourParts) {
  auto r = Public("/xxgk");
  ASSERT_EQ(r.status, 200);
  size_t pos = 0;
  for (const char* part : {"政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年度报告"}) {
    size_t at = r.body.find(std::string(">") + part + "</a></h2>", pos);
    ASSERT_NE(at, std::string::npos) << part;
    pos = at;
  }
  EXPECT_NE(r.body.find("更新日期"), std::string::npos);
  EXPECT_NE(Public("/columns/tzgg").body.find("2026"), std::string::npos);
  EXPECT_EQ(Public("/columns/no-such-column").status, 404);
}

TEST_F(CatalogueTest, ThreeStageReviewWithSeparationOfDutiesThenPublication) {
  Browser editor = SignIn("editor", server_->DemoPassword("editor"));
  std::string id = Draft(editor, "关于开展计量器具专项检查的通知", ChinaDateFromToday(-3));
  auto view = editor.Get("/console/items/" + id);
  EXPECT_NE(view.body.find("草稿"), std::string::npos);
  EXPECT_EQ(view.body.find("<script>alert"), std::string::npos) << "raw HTML in Markdown must be dropped";
  EXPECT_EQ(editor.Post("/console/items/" + id + "/submit", {}).status, 303);
  // The editor is no reviewer.
  EXPECT_EQ(editor.Post("/console/items/" + id + "/approve", {{"comment", ""}}).status, 403);

  Browser reviewer = SignIn("reviewer", server_->DemoPassword("reviewer"));
  reviewer.Get("/console/items/" + id);
  EXPECT_EQ(reviewer.Post("/console/items/" + id + "/approve", {{"comment", "同意"}}).status, 303);
  // The same reviewer may not decide the second stage.
  reviewer.Get("/console/items/" + id);
  auto twice = reviewer.Post("/console/items/" + id + "/approve", {{"comment", ""}});
  EXPECT_EQ(twice.status, 403);
  EXPECT_NE(twice.body.find("同一人不能审核两个环节"), std::string::npos);

  Browser admin = Admin();
  Browser second = NewReviewer(admin, "fushen");
  Browser third = NewReviewer(admin, "zhongshen");
  second.Get("/console/items/" + id);
  EXPECT_EQ(second.Post("/console/items/" + id + "/approve", {{"comment", ""}}).status, 303);
  EXPECT_EQ(Public("/columns/tzgg").body.find("计量器具专项检查"), std::string::npos) << "not public before 终审";
  third.Get("/console/items/" + id);
  EXPECT_EQ(third.Post("/console/items/" + id + "/approve", {{"comment", ""}}).status, 303);

  auto done = editor.Get("/console/items/" + id);
  EXPECT_NE(done.body.find("已发布"), std::string::npos);
  std::smatch m;
  ASSERT_TRUE(std::regex_search(done.body, m, std::regex(R"re(href="/items/(11370100MB28696235/\d{4}-\d{5})")re")));
  auto pub = Public("/items/" + m[1].str());
  EXPECT_EQ(pub.status, 200);
  EXPECT_NE(pub.body.find("<strong>通知</strong>"), std::string::npos);
  EXPECT_NE(Public("/columns/tzgg").body.find("计量器具专项检查"), std::string::npos);
  auto audit = admin.Get("/console/audit?action=item.");
  EXPECT_NE(audit.body.find("终审通过并发布"), std::string::npos);
}

TEST_F(CatalogueTest, RejectReturnsTheDraftWithTheComment) {
  Browser editor = SignIn("editor", server_->DemoPassword("editor"));
  std::string id = Draft(editor, "关于征集优化营商环境意见建议的公告", ChinaDateFromToday(-2));
  editor.Post("/console/items/" + id + "/submit", {});
  Browser reviewer = SignIn("reviewer", server_->DemoPassword("reviewer"));
  reviewer.Get("/console/items/" + id);
  auto empty = reviewer.Post("/console/items/" + id + "/reject", {{"comment", ""}});
  EXPECT_EQ(empty.status, 400);
  EXPECT_NE(empty.body.find("请填写修改意见"), std::string::npos);
  EXPECT_EQ(reviewer.Post("/console/items/" + id + "/reject", {{"comment", "请补充联系方式"}}).status, 303);
  auto back = editor.Get("/console/items/" + id);
  EXPECT_NE(back.body.find("草稿"), std::string::npos);
  EXPECT_NE(back.body.find("请补充联系方式"), std::string::npos);
  EXPECT_EQ(editor.Get("/console/items/" + id + "/edit").status, 200);
}

TEST_F(CatalogueTest, LatePublicationNeedsAReasonUnderArticle26) {
  Browser editor = SignIn("editor", server_->DemoPassword("editor"));
  std::string id = Draft(editor, "关于2025年度行政许可实施情况的报告", "2025-01-06");
  editor.Post("/console/items/" + id + "/submit", {});
  Browser admin = Admin();
  std::vector<Browser> reviewers = {NewReviewer(admin, "rev1"), NewReviewer(admin, "rev2"), NewReviewer(admin, "rev3")};
  for (int stage = 0; stage < 2; ++stage) {
    reviewers[stage].Get("/console/items/" + id);
    EXPECT_EQ(reviewers[stage].Post("/console/items/" + id + "/approve", {{"comment", ""}}).status, 303);
  }
  reviewers[2].Get("/console/items/" + id);
  auto refused = reviewers[2].Post("/console/items/" + id + "/approve", {{"comment", ""}, {"late_reason", ""}});
  EXPECT_EQ(refused.status, 400);
  EXPECT_NE(refused.body.find("第二十六条"), std::string::npos);
  auto ok =
      reviewers[2].Post("/console/items/" + id + "/approve", {{"comment", ""}, {"late_reason", "补充公开历史文件"}});
  EXPECT_EQ(ok.status, 303);
  EXPECT_NE(editor.Get("/console/items/" + id).body.find("补充公开历史文件"), std::string::npos);
}

TEST_F(CatalogueTest, WithdrawnItemsKeepTheirPageWithTheReason) {
  Browser officer = SignIn("officer", server_->DemoPassword("officer"));
  auto list = officer.Get("/console/items?view=published");
  std::smatch m;
  ASSERT_TRUE(
      std::regex_search(list.body, m, std::regex(R"re(href="/console/items/(\d+)">关于调整行政审批服务大厅)re")));
  std::string id = m[1];
  auto item = officer.Get("/console/items/" + id);
  ASSERT_TRUE(std::regex_search(item.body, m, std::regex(R"re(href="/items/([^"]+)")re")));
  std::string index_no = m[1];
  EXPECT_EQ(officer.Post("/console/items/" + id + "/withdraw", {{"reason", ""}}).status, 400);
  EXPECT_EQ(officer.Post("/console/items/" + id + "/withdraw", {{"reason", "办公时间已再次调整，以新通告为准"}}).status,
            303);
  auto pub = Public("/items/" + index_no);
  EXPECT_EQ(pub.status, 200);
  EXPECT_NE(pub.body.find("该信息已撤回"), std::string::npos);
  EXPECT_NE(pub.body.find("以新通告为准"), std::string::npos);
  EXPECT_EQ(pub.body.find("夏季办公时间调整为"), std::string::npos);
  EXPECT_EQ(Public("/columns/tzgg").body.find("关于调整行政审批服务大厅"), std::string::npos);
}

TEST_F(CatalogueTest, FeedsSitemapAndApi) {
  auto rss = Public("/feed.xml");
  ASSERT_EQ(rss.status, 200);
  EXPECT_NE(rss.Header("Content-Type").find("application/rss+xml"), std::string::npos);
  EXPECT_NE(rss.body.find("<rss version=\"2.0\">"), std::string::npos);
  auto atom = Public("/columns/tzgg/atom.xml");
  EXPECT_NE(atom.body.find("关于印发《2020年济南市市场监督管理局政务公开工作要点》的通知"), std::string::npos);
  EXPECT_NE(Public("/sitemap.xml").body.find(std::string("/items/") + kPlanIndexNo), std::string::npos);
  auto list = Public("/api/v1/items?column=tzgg&per_page=100");
  EXPECT_NE(list.Header("Content-Type").find("application/json"), std::string::npos);
  EXPECT_NE(list.body.find(kPlanIndexNo), std::string::npos);
  auto one = Public(std::string("/api/v1/items/") + kPlanIndexNo);
  EXPECT_NE(one.body.find("\"written_on\":\"2020-09-16\""), std::string::npos);
  auto missing = Public("/api/v1/items/nope/2020-1");
  EXPECT_EQ(missing.status, 404);
  EXPECT_NE(missing.body.find("\"error\""), std::string::npos);
  EXPECT_EQ(Public("/api/v1/items?column=nope").status, 404);
  auto searched = Public("/api/v1/items?q=" + http::PercentEncode("济市监发〔2025〕15号"));
  EXPECT_NE(searched.body.find("\"doc_no\":\"济市监发〔2025〕15号\""), std::string::npos);
  auto valid = Public("/api/v1/items?validity=valid&per_page=100");
  EXPECT_NE(valid.body.find("济市监发〔2025〕15号"), std::string::npos);
  EXPECT_EQ(valid.body.find(kPlanIndexNo), std::string::npos);  // 有效性 blank, as in the original
  EXPECT_EQ(Public("/api/v1/items?validity=bogus").status, 400);
  auto topic = Public("/api/v1/items?topic=" + http::PercentEncode("财政、金融、审计"));
  EXPECT_NE(topic.body.find("部门预算"), std::string::npos);
  EXPECT_EQ(topic.body.find("食品安全"), std::string::npos);
  // Every public answer carries ETag and Last-Modified; a client that has
  // it gets 304.
  for (const char* path : {"/feed.xml", "/columns/tzgg/atom.xml", "/sitemap.xml", "/api/v1/items?per_page=5"}) {
    auto r = Public(path);
    EXPECT_FALSE(r.Header("ETag").empty()) << path;
    const std::string since = r.Header("Last-Modified");
    EXPECT_NE(since.find(" GMT"), std::string::npos) << path;
    auto again = Fetch(server_->host(), server_->port(), "GET", path, {{"If-Modified-Since", since}});
    EXPECT_EQ(again.status, 304) << path;
  }
}

TEST_F(CatalogueTest, ForgedHostHeaderDoesNotPoisonTheFeed) {
  auto forged = ParseResponse(RawExchange(server_->host(), server_->port(),
                                          "GET /feed.xml HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n"));
  EXPECT_NE(forged.body.find("http://evil.example/"), std::string::npos);  // that client asked for it
  auto normal = Public("/feed.xml");
  EXPECT_EQ(normal.body.find("evil.example"), std::string::npos);
}

TEST_F(CatalogueTest, SearchFindsTwoCharacterWordsAndIdentifiersFirst) {
  auto food = Public("/search?q=%E9%A3%9F%E5%93%81");  // 食品
  ASSERT_EQ(food.status, 200);
  EXPECT_NE(food.body.find("<mark>食品</mark>"), std::string::npos);
  // 济市监发〔2025〕15号 typed whole: its item first.
  auto doc = Public("/search?q=" + http::PercentEncode("济市监发〔2025〕15号"));
  size_t first = doc.body.find("search-title");
  ASSERT_NE(first, std::string::npos);
  EXPECT_LT(doc.body.find("优化营商环境的若干措施", first), doc.body.find("search-title", first + 1));
  auto index_no = Public("/search?q=" + http::PercentEncode(kPlanIndexNo));
  first = index_no.body.find("search-title");
  ASSERT_NE(first, std::string::npos);
  EXPECT_NE(index_no.body.substr(first, 400).find("政务公开工作要点"), std::string::npos);
  auto none = Public("/search?q=" + http::PercentEncode("完全不存在的词语组合甲乙丙"));
  EXPECT_NE(none.body.find("没有找到相关信息"), std::string::npos);
  auto hostile = Public("/search?q=" + http::PercentEncode("<script>alert(1)</script> AND ( OR \"") + "&sort=date");
  EXPECT_EQ(hostile.status, 200);
  EXPECT_EQ(hostile.body.find("<script>alert"), std::string::npos);
}

TEST_F(CatalogueTest, WithdrawnItemsLeaveTheSearchIndex) {
  auto before = Public("/search?q=" + http::PercentEncode("行政审批服务大厅"));
  ASSERT_NE(before.body.find("办公时间的通告"), std::string::npos);
  Browser officer = SignIn("officer", server_->DemoPassword("officer"));
  auto list = officer.Get("/console/items?view=published");
  std::smatch m;
  ASSERT_TRUE(
      std::regex_search(list.body, m, std::regex(R"re(href="/console/items/(\d+)">关于调整行政审批服务大厅)re")));
  ASSERT_EQ(officer.Post("/console/items/" + m[1].str() + "/withdraw", {{"reason", "已调整"}}).status, 303);
  auto after = Public("/search?q=" + http::PercentEncode("行政审批服务大厅"));
  EXPECT_EQ(after.body.find("办公时间的通告"), std::string::npos);
}

TEST_F(CatalogueTest, StatutoryContentCanBeBrowsedByCategory) {
  auto all = Public("/columns/xxgk-fdnr");
  ASSERT_EQ(all.status, 200);
  EXPECT_NE(all.body.find("机构职能"), std::string::npos);  // sub-columns
  EXPECT_NE(all.body.find("部门预算"), std::string::npos);
  auto art13 = Public("/columns/xxgk-fdnr?art20=13");  // 监督检查情况
  EXPECT_NE(art13.body.find("食品安全监督抽检信息公告"), std::string::npos);
  EXPECT_EQ(art13.body.find("部门预算"), std::string::npos);
  auto topic = Public("/columns/xxgk-fdnr?topic=" + http::PercentEncode("财政、金融、审计"));
  EXPECT_NE(topic.body.find("部门预算"), std::string::npos);
  EXPECT_EQ(topic.body.find("食品安全监督抽检"), std::string::npos);
  // An injection probe is no 主题分类, so it filters nothing: the list is the
  // unfiltered one (neither emptied by "AND 1=0" nor changed by "OR 1=1").
  auto items = [](const std::string& body) {
    size_t b = body.find("<ul class=\"item-list");
    return b == std::string::npos ? std::string() : body.substr(b, body.find("</ul>", b) - b);
  };
  const std::string unfiltered = items(all.body);
  ASSERT_FALSE(unfiltered.empty());
  for (const char* probe : {"' OR 1=1 --", "x' AND '1'='0", "\" OR \"\"=\""}) {
    auto odd = Public("/columns/xxgk-fdnr?topic=" + http::PercentEncode(probe));
    EXPECT_EQ(odd.status, 200) << probe;
    EXPECT_EQ(items(odd.body), unfiltered) << probe;
  }
  // 组配分类 is a bound value: quotes are characters, and any value filters.
  for (const std::string& category : {std::string("' OR '1'='1"), std::string("x' OR category <> '"),
                                      std::string("a\\' --"), std::string(200, 'x')}) {
    auto r = Public("/columns/xxgk-fdnr?category=" + http::PercentEncode(category));
    EXPECT_EQ(r.status, 200) << category;
    EXPECT_EQ(r.body.find("食品安全监督抽检信息公告"), std::string::npos) << category;
  }
}

TEST_F(CatalogueTest, AttachmentsAreCheckedByContentAndServedWithTheirChineseName) {
  Browser editor = SignIn("editor", server_->DemoPassword("editor"));
  std::string id = Draft(editor, "关于印发抽检计划的通知", ChinaDateFromToday(-1));
  editor.Get("/console/items/" + id);
  // Larger than the normal 1 MB body limit: upload routes take more.
  std::string pdf = "%PDF-1.7\n" + std::string(2 * 1024 * 1024, 'x');
  auto up = editor.PostFile("/console/items/" + id + "/attachments", "file", "2026年抽检计划.pdf", pdf);
  ASSERT_EQ(up.status, 303) << up.body.substr(0, 500);
  auto page = editor.Get("/console/items/" + id);
  EXPECT_NE(page.body.find("已添加附件：2026年抽检计划.pdf"), std::string::npos);
  std::smatch m;
  ASSERT_TRUE(std::regex_search(page.body, m, std::regex(R"re(href="(/files/\d+/[^"]+)")re")));
  auto file = editor.Get(m[1]);
  EXPECT_EQ(file.status, 200);
  EXPECT_EQ(file.Header("Content-Type"), "application/pdf");
  EXPECT_NE(file.Header("Content-Disposition").find("filename*=UTF-8''2026%E5%B9%B4"), std::string::npos);
  EXPECT_EQ(file.body.size(), pdf.size());
  // Not public while the item is a draft.
  EXPECT_EQ(Public(m[1]).status, 404);
  // A PNG renamed to .pdf is refused, with the reason.
  editor.Get("/console/items/" + id);
  auto fake = editor.PostFile("/console/items/" + id + "/attachments", "file", "伪装.pdf", "\x89PNG\r\n\x1a\nxxxx");
  EXPECT_EQ(fake.status, 303);
  EXPECT_NE(editor.Get("/console/items/" + id).body.find("文件内容与扩展名 .pdf 不符"), std::string::npos);
  editor.Get("/console/items/" + id);
  auto exe = editor.PostFile("/console/items/" + id + "/attachments", "file", "tool.exe", "MZ\x90\x00");
  EXPECT_NE(editor.Get("/console/items/" + id).body.find("不支持的文件类型"), std::string::npos);
}

TEST_F(CatalogueTest, AttachmentsStreamWithByteRanges) {
  Browser editor = SignIn("editor", server_->DemoPassword("editor"));
  std::string id = Draft(editor, "关于分段下载的通知", ChinaDateFromToday(-1));
  editor.Get("/console/items/" + id);
  std::string pdf = "%PDF-1.7\n";
  for (int i = 0; pdf.size() < 3 * 1024 * 1024; ++i) pdf += std::to_string(i) + ",";
  ASSERT_EQ(editor.PostFile("/console/items/" + id + "/attachments", "file", "分段.pdf", pdf).status, 303);
  std::smatch m;
  const std::string page = editor.Get("/console/items/" + id).body;
  ASSERT_TRUE(std::regex_search(page, m, std::regex(R"re(href="(/files/\d+/[^"]+)")re")));
  const std::string url = m[1];
  auto whole = editor.Get(url);
  EXPECT_EQ(whole.status, 200);
  EXPECT_EQ(whole.Header("Accept-Ranges"), "bytes");
  EXPECT_TRUE(whole.body == pdf);
  auto head =
      Fetch(server_->host(), server_->port(), "HEAD", url, {{"Cookie", "gk_session=" + editor.Cookie("gk_session")}});
  EXPECT_EQ(head.Header("Content-Length"), std::to_string(pdf.size()));
  editor.SetHeader("Range", "bytes=1000-1999");
  auto part = editor.Get(url);
  EXPECT_EQ(part.status, 206);
  EXPECT_EQ(part.Header("Content-Range"), "bytes 1000-1999/" + std::to_string(pdf.size()));
  EXPECT_TRUE(part.body == pdf.substr(1000, 1000));
  editor.SetHeader("Range", "bytes=-10");
  EXPECT_TRUE(editor.Get(url).body == pdf.substr(pdf.size() - 10));
  editor.SetHeader("Range", "bytes=" + std::to_string(pdf.size()) + "-");
  auto beyond = editor.Get(url);
  EXPECT_EQ(beyond.status, 416);
  EXPECT_EQ(beyond.Header("Content-Range"), "bytes */" + std::to_string(pdf.size()));
  // Resuming with If-Range: the part only while the file is the same one.
  editor.SetHeader("Range", "bytes=5-9");
  editor.SetHeader("If-Range", whole.Header("ETag"));
  EXPECT_EQ(editor.Get(url).status, 206);
  editor.SetHeader("If-Range", "\"another\"");
  EXPECT_EQ(editor.Get(url).status, 200);
}

TEST_F(CatalogueTest, AdministratorsManageTheColumnTree) {
  Browser admin = Admin();
  auto page = admin.Get("/console/columns?agency=1");
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("法定主动公开内容"), std::string::npos);
  auto made = admin.Post(
      "/console/columns",
      {{"agency_id", "1"}, {"name", "优化营商环境"}, {"code", "zt-yshj"}, {"parent_id", "0"}, {"kind", "list"}});
  EXPECT_EQ(made.status, 303);
  EXPECT_EQ(Public("/columns/zt-yshj").status, 200);
  admin.Get("/console/columns?agency=1");
  auto dup =
      admin.Post("/console/columns",
                 {{"agency_id", "1"}, {"name", "重复"}, {"code", "zt-yshj"}, {"parent_id", "0"}, {"kind", "list"}});
  EXPECT_EQ(dup.status, 400);
  EXPECT_NE(dup.body.find("已有代码为 zt-yshj 的栏目"), std::string::npos);
  auto bad =
      admin.Post("/console/columns", {{"agency_id", "1"}, {"name", ""}, {"code", "Bad Code"}, {"parent_id", "0"}});
  EXPECT_EQ(bad.status, 400);
  EXPECT_NE(bad.body.find("请填写栏目名称"), std::string::npos);
  // Deleting: an empty column goes; one with items, or a statutory part, is
  // refused with the reason.
  auto id_of = [&](const std::string& code) {
    std::smatch m;
    std::string body = admin.Get("/console/columns?agency=1").body;
    std::regex re("<a href=\"/columns/(\\d+)\">" + code + "</a>");
    return std::regex_search(body, m, re) ? std::string(m[1]) : std::string();
  };
  std::string empty_id = id_of("zt-yshj"), notices = id_of("zt-spyp"), guide = id_of("xxgk-zn");
  ASSERT_FALSE(empty_id.empty());
  ASSERT_FALSE(notices.empty());
  ASSERT_FALSE(guide.empty());
  EXPECT_EQ(admin.Post("/console/columns/" + notices + "/delete", {}).status, 303);
  EXPECT_NE(admin.Get("/console/columns?agency=1").body.find("条信息，请先把它们移到其他栏目"), std::string::npos);
  EXPECT_EQ(admin.Post("/console/columns/" + guide + "/delete", {}).status, 303);
  EXPECT_NE(admin.Get("/console/columns?agency=1").body.find("法定栏目，不能删除"), std::string::npos);
  EXPECT_EQ(admin.Post("/console/columns/" + empty_id + "/delete", {}).status, 303);
  EXPECT_NE(admin.Get("/console/columns?agency=1").body.find("已删除栏目：优化营商环境"), std::string::npos);
  EXPECT_EQ(Public("/columns/zt-yshj").status, 404);
  EXPECT_EQ(Public("/columns/zt-spyp").status, 200);
  Browser editor = SignIn("editor", server_->DemoPassword("editor"));
  EXPECT_EQ(editor.Get("/console/columns").status, 403);
  EXPECT_EQ(editor.Post("/console/columns/" + notices + "/delete", {}).status, 403);
}

// Search relevance on the demo catalogue: each query, and the rank (1 = first)
// by which a result whose title contains `title` must have appeared.
TEST_F(CatalogueTest, SearchRelevanceCases) {
  struct Case {
    const char* query;
    const char* title;
    int within;
  };
  const Case cases[] = {
      {"食品", "食品", 1},
      {"抽检", "抽检", 1},
      {"营商环境", "关于进一步优化营商环境的若干措施", 2},
      {"济市监发〔2025〕15号", "关于进一步优化营商环境的若干措施", 1},
      {"济市监发[2025]15号", "关于进一步优化营商环境的若干措施", 1},
      {"济市监规〔2025〕2号", "行政处罚裁量基准（2025年版）", 1},
      {"济市监办发〔2024〕5号", "政府信息依申请公开工作规程", 1},
      {"11370100MB28696235/2020-00757", "政务公开工作要点", 1},
      {"政务公开工作要点", "政务公开工作要点", 1},
      {"告知承诺制", "告知承诺制", 1},
      {"电动自行车", "电动自行车产品质量专项抽查结果通报", 1},
      {"3·15", "消费者权益日", 1},
      {"知识产权", "知识产权保护状况", 1},
      {"部门预算", "2026年部门预算", 1},
      {"年度报告 2025", "2025年政府信息公开工作年度报告", 1},
      {"政府开放日", "举办政府开放日活动", 1},
      {"停车收费", "规范停车收费行为", 1},
      {"十五五 规划", "市场监管现代化规划", 1},
      {"双随机", "双随机、一公开", 1},
      {"风险分级", "食品生产经营风险分级管理办法", 1},
      {"信息公开指南", "政府信息公开指南", 1},
  };
  static const std::regex kTitle(R"re(class="search-title"><a href="[^"]*">([^<]*)</a>)re");
  for (const auto& c : cases) {
    auto r = Public("/search?q=" + http::PercentEncode(c.query));
    ASSERT_EQ(r.status, 200) << c.query;
    const std::string text = std::regex_replace(r.body, std::regex("</?mark>"), "");
    std::vector<std::string> titles;
    for (std::sregex_iterator it(text.begin(), text.end(), kTitle), end; it != end; ++it) titles.push_back((*it)[1]);
    ASSERT_FALSE(titles.empty()) << "no results for " << c.query;
    int rank = 0;
    for (size_t i = 0; i < titles.size() && rank == 0; ++i)
      if (titles[i].find(c.title) != std::string::npos) rank = static_cast<int>(i) + 1;
    EXPECT_NE(rank, 0) << c.query << " did not find " << c.title;
    EXPECT_LE(rank, c.within) << c.query << " ranks " << c.title << " at " << rank << ", first is " << titles[0];
  }
  // ASCII without matches: answered, no error, no result.
  auto none = Public("/search?q=GB");
  EXPECT_EQ(none.status, 200);
  EXPECT_EQ(none.body.find("class=\"search-title\""), std::string::npos);
  // A withdrawn item must not appear.
  Browser officer = SignIn("officer", server_->DemoPassword("officer"));
  auto list = officer.Get("/console/items?view=published");
  std::smatch m;
  ASSERT_TRUE(std::regex_search(list.body, m, std::regex(R"re(href="/console/items/(\d+)">关于规范停车收费行为)re")));
  ASSERT_EQ(officer.Post("/console/items/" + m[1].str() + "/withdraw", {{"reason", "已被新规定取代"}}).status, 303);
  auto gone = Public("/search?q=" + http::PercentEncode("停车收费"));
  EXPECT_EQ(std::regex_replace(gone.body, std::regex("</?mark>"), "").find("规范停车收费行为"), std::string::npos);
}

// Natural queries on the demo catalogue: a sentence paraphrasing a title
// finds it as a partial match, with the notice above the results (and the
// API's flag); a nonsense query finds nothing; a column's name, a 文号 typed
// with other brackets and a slip from a frequent search get 「您是不是要找」. None depends on the date.
TEST_F(CatalogueTest, SearchServesNaturalQueries) {
  constexpr const char* kPartial = "未找到完全匹配的结果，以下是部分匹配的结果";
  struct Case {
    const char* query;
    const char* title;    // must be the first result; "" for none at all
    const char* notice;   // expected above the results; "" for none
    const char* suggest;  // a 「您是不是要找」 link's text; "" for none
  } const cases[] = {
      {"我想了解电动自行车质量抽查的结果", "电动自行车产品质量专项抽查结果通报", kPartial, ""},
      {"政府开放日活动通知", "举办政府开放日活动", kPartial, ""},
      {"优化营商环境措施", "优化营商环境的若干措施", kPartial, ""},
      // Full-width letters are read as the word "english", which no item
      // holds: the items holding the other words are partial matches.
      {"ｅｎｇｌｉｓｈ 电动自行车", "电动自行车产品质量专项抽查结果通报", kPartial, ""},
      {"量子引力弦论黑洞", "", "", ""},
      {"关于外星人入侵的通知", "", "", ""},
      {"通知公告", "", "", "栏目：通知公告"},
      // A 文号 with other brackets finds the item and is offered with 〔〕.
      {"济市监发[2025]15号", "关于进一步优化营商环境的若干措施", "", "济市监发〔2025〕15号"},
      {"济市监发（2025）15号", "关于进一步优化营商环境的若干措施", "", "济市监发〔2025〕15号"},
      {"济市监发〔2025〕15号", "关于进一步优化营商环境的若干措施", "", ""},
  };
  static const std::regex kTitle(R"re(class="search-title"><a href="[^"]*">([^<]*)</a>)re");
  for (const auto& c : cases) {
    auto r = Public("/search?q=" + http::PercentEncode(c.query));
    ASSERT_EQ(r.status, 200) << c.query;
    const std::string text = std::regex_replace(r.body, std::regex("</?mark>"), "");
    std::smatch m;
    if (*c.title) {
      ASSERT_TRUE(std::regex_search(text, m, kTitle)) << c.query;
      EXPECT_NE(m[1].str().find(c.title), std::string::npos) << c.query << ": first is " << m[1];
    } else {
      EXPECT_FALSE(std::regex_search(text, m, kTitle)) << c.query << " found " << m[1];
    }
    EXPECT_EQ(text.find("部分匹配的结果") != std::string::npos, *c.notice != 0) << c.query;
    if (*c.notice) {
      EXPECT_NE(text.find(c.notice), std::string::npos) << c.query;
    }
    EXPECT_EQ(text.find("您是不是要找") != std::string::npos, *c.suggest != 0) << c.query;
    if (*c.suggest) {
      EXPECT_NE(text.find(std::string(">") + c.suggest + "</a>"), std::string::npos) << c.query;
    }
  }
  // A frequent search (counted as it comes) is suggested for a slip from it.
  for (int i = 0; i < 3; ++i) Public("/search?q=" + http::PercentEncode("电动自行车"));
  auto slip = Public("/search?q=" + http::PercentEncode("电动自行东"));
  const std::string link = "<a href=\"/search?q=" + http::PercentEncode("电动自行车") + "\">电动自行车</a>";
  EXPECT_NE(slip.body.find("您是不是要找：" + link), std::string::npos);
  // The API says when its results are partial matches, and only for words.
  auto api = Public("/api/v1/items?q=" + http::PercentEncode("我想了解电动自行车质量抽查的结果"));
  EXPECT_NE(api.body.find("\"partial\":true"), std::string::npos) << api.body.substr(0, 300);
  api = Public("/api/v1/items?q=" + http::PercentEncode("电动自行车"));
  EXPECT_NE(api.body.find("\"partial\":false"), std::string::npos) << api.body.substr(0, 300);
  EXPECT_EQ(Public("/api/v1/items?per_page=1").body.find("\"partial\""), std::string::npos);
}

struct CatalogueTest::Harness : CatalogueTest {
  explicit Harness(ServerProcess* s) { server_.reset(s); }
  ~Harness() override { (void)server_.release(); }
  void TestBody() override {}
  using CatalogueTest::Admin;
  using CatalogueTest::NewReviewer;
  using CatalogueTest::SignIn;
};

// Approves the item `id` through the three stages with three new reviewers.
void ApproveAllStages(CatalogueTest* t, Browser& admin, const std::string& id, const std::string& prefix);

TEST_F(CatalogueTest, RevisionsKeepTheIndexNumberAndShowInTheRevisionRecord) {
  Browser editor = SignIn("editor", server_->DemoPassword("editor"));
  auto list = editor.Get("/console/items?view=published");
  std::smatch m;
  ASSERT_TRUE(
      std::regex_search(list.body, m, std::regex(R"re(href="/console/items/(\d+)">关于公布2026年度重点工作任务)re")));
  std::string id = m[1];
  auto view = editor.Get("/console/items/" + id);
  ASSERT_TRUE(std::regex_search(view.body, m, std::regex(R"re(href="/items/([^"]+)")re")));
  std::string index_no = m[1];
  auto revise = editor.Post("/console/items/" + id + "/revise", {});
  ASSERT_EQ(revise.status, 303);
  const std::string revise_location = revise.Header("Location");
  ASSERT_TRUE(std::regex_search(revise_location, m, std::regex(R"(/console/items/(\d+)/edit)")));
  std::string draft = m[1];
  auto form = editor.Get("/console/items/" + draft + "/edit");
  EXPECT_NE(form.body.find("修订说明"), std::string::npos);
  // Submitting without a change note is refused.
  editor.Get("/console/items/" + draft);
  EXPECT_EQ(editor.Post("/console/items/" + draft + "/submit", {}).status, 403);
  form = editor.Get("/console/items/" + draft + "/edit");
  ASSERT_TRUE(std::regex_search(form.body, m,
                                std::regex(R"re(value="(\d+)"[^>]*checked><label for="it-col-\d+">通知公告 )re")));
  auto saved = editor.Post("/console/items/" + draft + "/edit",
                           {{"title", "关于公布2026年度重点工作任务公开承诺事项的公告（修订）"},
                            {"written_on", "2026-02-20"},
                            {"topic", "综合政务"},
                            {"category", "通知公告"},
                            {"genre", "公告"},
                            {"art20", "0"},
                            {"disclosure", "proactive"},
                            {"columns", m[1]},
                            {"body_md", "新增第十项承诺事项。"},
                            {"change_note", "增加第十项公开承诺事项"},
                            {"change_major", "1"}});
  ASSERT_EQ(saved.status, 303) << saved.body.substr(0, 2000);
  editor.Get("/console/items/" + draft);
  ASSERT_EQ(editor.Post("/console/items/" + draft + "/submit", {}).status, 303);
  // The public still sees the old content until the revision is approved.
  EXPECT_EQ(Public("/items/" + index_no).body.find("新增第十项承诺事项"), std::string::npos);
  Browser admin = Admin();
  ApproveAllStages(this, admin, draft, "rv");
  auto page = Public("/items/" + index_no);
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("新增第十项承诺事项"), std::string::npos);
  EXPECT_NE(page.body.find("修订记录"), std::string::npos);
  EXPECT_NE(page.body.find("增加第十项公开承诺事项"), std::string::npos);
  EXPECT_NE(page.body.find("2026-02-20"), std::string::npos);
  // The original's console page lists the versions; the draft is gone.
  auto orig = editor.Get("/console/items/" + id);
  EXPECT_NE(orig.body.find("第 2 版"), std::string::npos);
  EXPECT_EQ(editor.Get("/console/items/" + draft).status, 404);
  // Old versions stay readable by staff, the current one is marked so.
  auto v1 = editor.Get("/console/items/" + id + "/versions/1");
  EXPECT_EQ(v1.status, 200);
  EXPECT_NE(v1.body.find("历史版本"), std::string::npos);
  EXPECT_EQ(v1.body.find("新增第十项承诺事项"), std::string::npos);
  auto v2 = editor.Get("/console/items/" + id + "/versions/2");
  EXPECT_NE(v2.body.find("新增第十项承诺事项"), std::string::npos);
  EXPECT_NE(v2.body.find("当前显示的版本"), std::string::npos);
  EXPECT_EQ(editor.Get("/console/items/" + id + "/versions/9").status, 404);
  EXPECT_EQ(Public("/console/items/" + id + "/versions/1").status, 303);  // staff only

  // Repealed later, with the date and the item that replaces it.
  revise = editor.Post("/console/items/" + id + "/revise", {});
  ASSERT_EQ(revise.status, 303);
  const std::string again = revise.Header("Location");
  ASSERT_TRUE(std::regex_search(again, m, std::regex(R"(/console/items/(\d+)/edit)")));
  draft = m[1];
  form = editor.Get("/console/items/" + draft + "/edit");
  ASSERT_TRUE(std::regex_search(form.body, m,
                                std::regex(R"re(value="(\d+)"[^>]*checked><label for="it-col-\d+">通知公告 )re")));
  std::vector<std::pair<std::string, std::string>> fields = {
      {"title", "关于公布2026年度重点工作任务公开承诺事项的公告（修订）"},
      {"written_on", "2026-02-20"},
      {"topic", "综合政务"},
      {"category", "通知公告"},
      {"genre", "公告"},
      {"art20", "0"},
      {"disclosure", "proactive"},
      {"columns", m[1]},
      {"body_md", "新增第十项承诺事项。"},
      {"change_note", "宣布废止"},
      {"change_major", "1"},
      {"validity", "repealed"},
      {"validity_changed_on", "2026-11-01"},
      {"replaced_by", "11370100MB28696235/2099-99999"}};
  saved = editor.Post("/console/items/" + draft + "/edit", fields);
  EXPECT_EQ(saved.status, 400);
  EXPECT_NE(saved.body.find("不是已发布的信息"), std::string::npos);
  fields.back().second = "11370100MB28696235/2020-00757";  // the work plan, as the successor
  saved = editor.Post("/console/items/" + draft + "/edit", fields);
  ASSERT_EQ(saved.status, 303) << saved.body.substr(0, 2000);
  editor.Get("/console/items/" + draft);
  ASSERT_EQ(editor.Post("/console/items/" + draft + "/submit", {}).status, 303);
  ApproveAllStages(this, admin, draft, "rw");
  page = Public("/items/" + index_no);
  EXPECT_NE(page.body.find("有效性：废止（2026-11-01）"), std::string::npos);
  EXPECT_NE(page.body.find("替代信息：<a href=\"/items/11370100MB28696235/2020-00757\">"), std::string::npos);
}

TEST_F(CatalogueTest, ItemsNotProactivelyDisclosedShowOnlyTheirMetadata) {
  Browser editor = SignIn("editor", server_->DemoPassword("editor"));
  auto form = editor.Get("/console/items/new");
  std::smatch m;
  ASSERT_TRUE(
      std::regex_search(form.body, m, std::regex(R"re(value="(\d+)"[^>]*><label for="it-col-\d+">通知公告 )re")));
  auto r = editor.Post("/console/items", {{"title", "某企业行政许可申请材料"},
                                          {"agency_id", "1"},
                                          {"written_on", ChinaDateFromToday(-2)},
                                          {"art20", "0"},
                                          {"disclosure", "on_request"},
                                          {"columns", m[1]},
                                          {"body_md", "内部材料正文不应公开"}});
  ASSERT_EQ(r.status, 303);
  const std::string location = r.Header("Location");
  ASSERT_TRUE(std::regex_search(location, m, std::regex(R"(/console/items/(\d+))")));
  std::string id = m[1];
  editor.Get("/console/items/" + id);
  editor.Post("/console/items/" + id + "/submit", {});
  Browser admin = Admin();
  ApproveAllStages(this, admin, id, "od");
  auto view = editor.Get("/console/items/" + id);
  ASSERT_TRUE(std::regex_search(view.body, m, std::regex(R"re(href="/items/([^"]+)")re")));
  auto page = Public("/items/" + m[1].str());
  EXPECT_NE(page.body.find("某企业行政许可申请材料"), std::string::npos);
  EXPECT_NE(page.body.find("依申请公开"), std::string::npos);
  EXPECT_EQ(page.body.find("内部材料正文不应公开"), std::string::npos);
  EXPECT_EQ(Public("/api/v1/items/" + m[1].str()).body.find("内部材料正文不应公开"), std::string::npos);
  EXPECT_EQ(Public("/search?q=" + http::PercentEncode("内部材料正文")).body.find("某企业行政许可"), std::string::npos);
}

TEST_F(CatalogueTest, StaffExportCsvAndXlsx) {
  Browser editor = SignIn("editor", server_->DemoPassword("editor"));
  auto csv = editor.Get("/console/export?format=csv");
  ASSERT_EQ(csv.status, 200);
  EXPECT_NE(csv.Header("Content-Type").find("text/csv"), std::string::npos);
  EXPECT_EQ(csv.body.rfind("\xEF\xBB\xBF索引号,标题", 0), 0u);
  EXPECT_NE(csv.body.find(kPlanIndexNo), std::string::npos);
  auto found = editor.Get("/console/export?format=csv&q=" + http::PercentEncode("部门预算"));
  EXPECT_NE(found.body.find("2026年部门预算"), std::string::npos);
  EXPECT_EQ(found.body.find(kPlanIndexNo), std::string::npos);
  auto xlsx = editor.Get("/console/export?format=xlsx");
  ASSERT_EQ(xlsx.status, 200);
  EXPECT_EQ(xlsx.body.rfind("PK\x03\x04", 0), 0u);
  EXPECT_NE(xlsx.Header("Content-Disposition").find(".xlsx"), std::string::npos);
  EXPECT_EQ(Public("/console/export?format=csv").status, 303);  // staff only
}

TEST_F(CatalogueTest, PoliciesAndTheirInterpretationsLinkBothWays) {
  auto api = Public("/api/v1/items?q=" + http::PercentEncode("济市监发〔2025〕15号"));
  std::smatch m;
  ASSERT_TRUE(std::regex_search(api.body, m, std::regex(R"re("index_no":"([^"]+)")re")));
  std::string policy = m[1];
  auto page = Public("/items/" + policy);
  EXPECT_NE(page.body.find("相关信息"), std::string::npos);
  EXPECT_NE(page.body.find("《关于进一步优化营商环境的若干措施》政策解读"), std::string::npos);
  // An editor links a new draft to it; an unknown index number is refused.
  Browser editor = SignIn("editor", server_->DemoPassword("editor"));
  auto form = editor.Get("/console/items/new");
  auto bad = editor.Post("/console/items", {{"title", "解读稿"},
                                            {"agency_id", "1"},
                                            {"art20", "0"},
                                            {"disclosure", "proactive"},
                                            {"related", "11370100MB28696235/1999-99999"}});
  EXPECT_EQ(bad.status, 400);
  EXPECT_NE(bad.body.find("没有索引号为 11370100MB28696235/1999-99999 的已发布信息"), std::string::npos);
  auto ok = editor.Post(
      "/console/items",
      {{"title", "解读稿"}, {"agency_id", "1"}, {"art20", "0"}, {"disclosure", "proactive"}, {"related", policy}});
  ASSERT_EQ(ok.status, 303);
  auto view = editor.Get(ok.Header("Location"));
  EXPECT_NE(view.body.find("关于进一步优化营商环境的若干措施"), std::string::npos);
}

TEST(CatalogueSchedule, ScheduledItemsGoOutWhenDue) {
  auto server = ServerProcess::Start({"--set", "catalogue.scheduler_seconds=1"});
  CatalogueTest::Harness h(server.get());
  Browser editor = h.SignIn("editor", server->DemoPassword("editor"));
  auto form = editor.Get("/console/items/new");
  std::smatch m;
  ASSERT_TRUE(
      std::regex_search(form.body, m, std::regex(R"re(value="(\d+)"[^>]*><label for="it-col-\d+">通知公告 )re")));
  // Due 25 seconds from now, China time, to the second.
  const std::string at = FormatChinaTime(std::time(nullptr) + 25, "%Y-%m-%dT%H:%M:%S");
  auto r = editor.Post("/console/items", {{"title", "定时发布的通知"},
                                          {"agency_id", "1"},
                                          {"art20", "0"},
                                          {"disclosure", "proactive"},
                                          {"columns", m[1]},
                                          {"publish_at", at}});
  ASSERT_EQ(r.status, 303);
  const std::string location = r.Header("Location");
  ASSERT_TRUE(std::regex_search(location, m, std::regex(R"(/console/items/(\d+))")));
  std::string id = m[1];
  editor.Get("/console/items/" + id);
  ASSERT_EQ(editor.Post("/console/items/" + id + "/submit", {}).status, 303);
  Browser admin = h.Admin();
  for (int stage = 1; stage <= 3; ++stage) {
    Browser reviewer = h.NewReviewer(admin, "sch" + std::to_string(stage));
    reviewer.Get("/console/items/" + id);
    ASSERT_EQ(reviewer.Post("/console/items/" + id + "/approve", {{"comment", ""}}).status, 303);
  }
  EXPECT_NE(editor.Get("/console/items/" + id).body.find("定时发布"), std::string::npos);
  EXPECT_EQ(Fetch(server->host(), server->port(), "GET", "/columns/tzgg").body.find("定时发布的通知"),
            std::string::npos);
  bool published = false;
  for (int i = 0; i < 60 && !published; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    published = editor.Get("/console/items/" + id).body.find("已发布") != std::string::npos;
  }
  EXPECT_TRUE(published) << "the scheduled item was not published";
  EXPECT_NE(Fetch(server->host(), server->port(), "GET", "/columns/tzgg").body.find("定时发布的通知"),
            std::string::npos);
}

TEST_F(CatalogueTest, DraftsAreNotPublic) {
  Browser editor = SignIn("editor", server_->DemoPassword("editor"));
  Draft(editor, "内部草稿标题", ChinaDateFromToday(-1));
  EXPECT_EQ(Public("/columns/tzgg").body.find("内部草稿标题"), std::string::npos);
  EXPECT_EQ(Fetch(server_->host(), server_->port(), "GET", "/console/items/1").status, 303);
}

void ApproveAllStages(CatalogueTest* t, Browser& admin, const std::string& id, const std::string& prefix) {
  for (int stage = 1; stage <= 3; ++stage) {
    Browser reviewer = t->NewReviewerFor(admin, prefix + std::to_string(stage));
    reviewer.Get("/console/items/" + id);
    auto r = reviewer.Post("/console/items/" + id + "/approve", {{"comment", ""}});
    ASSERT_EQ(r.status, 303) << "stage " << stage << ": " << r.body.substr(0, 1500);
  }
}

TEST_F(CatalogueTest, ConsoleListsFilterAndPage) {
  Browser officer = SignIn("officer", server_->DemoPassword("officer"));
  auto plan = officer.Get("/console/items?view=published&q=%E5%B7%A5%E4%BD%9C%E8%A6%81%E7%82%B9");  // 工作要点
  EXPECT_EQ(plan.status, 200);
  EXPECT_NE(plan.body.find("2020年济南市市场监督管理局政务公开工作要点"), std::string::npos);
  EXPECT_EQ(plan.body.find("政府开放日"), std::string::npos);
  EXPECT_NE(plan.body.find("共 1 条"), std::string::npos);
  auto year = officer.Get("/console/items?view=published&year=2020");
  EXPECT_NE(year.body.find("工作要点"), std::string::npos);
  EXPECT_EQ(year.body.find("政府开放日"), std::string::npos);
  // The demo's published items fit on one page of 50, with its count.
  auto all = officer.Get("/console/items?view=published");
  EXPECT_NE(all.body.find("第 1 / 1 页"), std::string::npos);
}

TEST_F(CatalogueTest, EachAgencyHasItsOwnCategories) {
  Browser admin = Admin();
  admin.Get("/console/columns?agency=1");
  EXPECT_EQ(
      admin
          .Post("/console/columns/categories", {{"agency_id", "1"}, {"categories", "政策文件\n双随机抽查\n通知公告\n"}})
          .status,
      303);
  auto columns = admin.Get("/console/columns?agency=1");
  EXPECT_NE(columns.body.find("政策文件\n双随机抽查\n通知公告\n</textarea>"), std::string::npos);
  // Duplicates are refused, and nothing changes.
  EXPECT_EQ(admin.Post("/console/columns/categories", {{"agency_id", "1"}, {"categories", "甲\n甲"}}).status, 303);
  EXPECT_NE(admin.Get("/console/columns?agency=1").body.find("双随机抽查"), std::string::npos);
  Browser editor = SignIn("editor", server_->DemoPassword("editor"));
  auto form = editor.Get("/console/items/new");
  EXPECT_NE(form.body.find("<option>双随机抽查</option>"), std::string::npos);
  EXPECT_EQ(form.body.find("<option>人事信息</option>"), std::string::npos);
  EXPECT_EQ(editor.Post("/console/columns/categories", {{"agency_id", "1"}, {"categories", "x"}}).status, 403);
  auto fdnr = Public("/columns/xxgk-fdnr");
  EXPECT_NE(fdnr.body.find("双随机抽查"), std::string::npos);
  EXPECT_NE(admin.Get("/console/audit?action=category.").body.find("双随机抽查"), std::string::npos);
}

}  // namespace
}  // namespace gk::testing

namespace gk::testing {
namespace {

// Feed autodiscovery: the home page and every column page name their RSS and
// Atom feeds in <head>, from the site's root, or absolute under
// server.public_url; the links open the feeds.
TEST(FeedLinksTest, HomeAndColumnPagesAnnounceTheirFeeds) {
  auto server = ServerProcess::Start();
  ASSERT_NE(server, nullptr);
  auto get = [&](const std::string& path) { return Fetch(server->host(), server->port(), "GET", path); };
  auto home = get("/");
  EXPECT_TRUE(Has(home.body, "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"济南市市场监督管理局 最新信息\" href=\"/feed.xml\">"))
      << home.body.substr(0, 1500);
  EXPECT_TRUE(Has(home.body, "type=\"application/atom+xml\" title=\"济南市市场监督管理局 最新信息\" href=\"/atom.xml\""));
  auto column = get("/columns/tzgg");
  std::smatch m;
  ASSERT_TRUE(std::regex_search(column.body, m,
                                std::regex(R"re(<link rel="alternate" type="application/rss\+xml" title="通知公告" href="(/columns/tzgg/feed.xml)">)re")))
      << column.body.substr(0, 1500);
  auto feed = get(m[1]);
  EXPECT_EQ(feed.status, 200);
  EXPECT_TRUE(Has(feed.body, "<rss"));
  auto absolute = ServerProcess::Start({"--set", "server.public_url=https://example.test/"});
  ASSERT_NE(absolute, nullptr);
  EXPECT_TRUE(Has(Fetch(absolute->host(), absolute->port(), "GET", "/").body, "href=\"https://example.test/feed.xml\""));
  // robots.txt names the sitemap by its absolute URL: the public address, else the request's Host.
  auto robots = Fetch(absolute->host(), absolute->port(), "GET", "/robots.txt");
  EXPECT_TRUE(Has(robots.body, "Disallow: /console\n"));
  EXPECT_TRUE(Has(robots.body, "Sitemap: https://example.test/sitemap.xml\n")) << robots.body;
  auto by_host = get("/robots.txt");
  EXPECT_TRUE(Has(by_host.body, "Sitemap: http://") && Has(by_host.body, "/sitemap.xml\n")) << by_host.body;
  EXPECT_FALSE(Has(by_host.body, "Sitemap: /sitemap.xml")) << by_host.body;
}

}  // namespace
}  // namespace gk::testing
