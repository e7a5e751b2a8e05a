// Black-box tests of the agency-scope rule (auth/scope.h) over HTTP: staff of
// one agency reach nothing of another agency that their grants there do not
// carry, and 协查 staff never see who applied.
//
// The installation has the demo bureau A (agency 1) and a second top-level
// agency B. `mixed` is 公开办 in A and 信息员 in a department of B: the case
// that used to list, search and export every application of B with the
// applicants' data.
#include <gtest/gtest.h>

#include <array>
#include <memory>
#include <regex>
#include <string>
#include <vector>

#include "common/uscc.h"
#include "http/forms.h"
#include "testutil/http_client.h"

namespace gk::testing {
namespace {

constexpr const char* kPassword = "Qingxi-Mima-2026#";

std::string Uscc(const std::string& first17) { return WithUsccCheckDigit(first17); }

class ScopeTest : public ::testing::Test {
 protected:
  void SetUp() override {
    server_ = ServerProcess::Start();
    admin_ = std::make_unique<Browser>(NewBrowser());
    ASSERT_EQ(admin_->Login("admin", ServerProcess::kAdminPassword).status, 303);
    // Agency B with a department.
    admin_->Get("/console/agencies");
    auto r = admin_->Post("/console/agencies", {{"name", "济南市历下区市场监督管理局"},
                                                {"short_name", "历下区市场监管局"},
                                                {"uscc", Uscc("11370102MB2869000")},
                                                {"parent_id", "0"}});
    ASSERT_EQ(r.status, 303) << r.body.substr(0, 3000);
    agency_b_ = Capture(r.Header("Location"), R"(/console/agencies/(\d+))");
    ASSERT_FALSE(agency_b_.empty());
    admin_->Get("/console/agencies/" + agency_b_);
    r = admin_->Post("/console/agencies/" + agency_b_ + "/departments", {{"name", "综合科"}, {"kind", "division"}});
    ASSERT_EQ(r.status, 303) << r.body.substr(0, 3000);
    dept_b_ = Capture(admin_->Get("/console/agencies/" + agency_b_).body,
                      R"re(/console/departments/(\d+)">编辑<span class="sr-only">综合科<)re");
    ASSERT_FALSE(dept_b_.empty());
  }

  Browser NewBrowser() { return Browser(server_->host(), server_->port()); }

  // Creates a user with `grants` (role, agency id, department id) through the
  // console and signs them in with a password of their own.
  Browser NewUser(const std::string& username, const std::vector<std::array<std::string, 3>>& grants) {
    admin_->Get("/console/users/new");
    std::vector<std::pair<std::string, std::string>> form = {{"username", username},
                                                             {"display_name", "用户" + username}};
    for (const auto& g : grants) {
      form.push_back({"role", g[0]});
      form.push_back({"agency_id", g[1]});
      form.push_back({"department_id", g[2]});
    }
    auto r = admin_->Post("/console/users", form);
    const std::string otp = Capture(r.body, R"re(id="one-time-password">([^<]+)<)re");
    EXPECT_FALSE(otp.empty()) << r.body.substr(0, 3000);
    Browser b = NewBrowser();
    EXPECT_EQ(b.Login(username, otp).status, 303);
    b.Get("/console/password");
    EXPECT_EQ(b.Post("/console/password", {{"current", otp}, {"password", kPassword}, {"password2", kPassword}}).status,
              303);
    return b;
  }

  // A paper application registered by `officer` in `agency`; returns its id.
  std::string Register(Browser& officer, const std::string& agency, const std::string& name,
                       const std::string& id_number) {
    officer.Get("/console/applications/new");
    auto r =
        officer.Post("/console/applications",
                     {{"agency_id", agency},
                      {"channel", "in_person"},
                      {"received_on", ChinaDateFromToday(0)},
                      {"applicant_type", "natural_person"},
                      {"applicant_name", name},
                      {"id_type", "resident_id"},
                      {"id_number", id_number},
                      {"phone", "13912345678"},
                      {"address", "济南市历下区某路 1 号"},
                      {"description", "请公开本区 2025 年度食品安全抽检结果。"},
                      {"medium", "paper"},
                      {"delivery", "pickup"},
                      {"letter_body",
                       "# 登记回执\n\n{{applicant_name}}：\n\n已登记，编号 {{application_no}}。\n\n{{agency_name}}"}});
    EXPECT_EQ(r.status, 303) << r.body.substr(0, 3000);
    return Capture(r.Header("Location"), R"(/console/applications/(\d+))");
  }

  std::unique_ptr<ServerProcess> server_;
  std::unique_ptr<Browser> admin_;
  std::string agency_b_, dept_b_;
};

// Identity numbers that pass the GB 11643 check digit.
constexpr const char* kIdAssigned = "110101199003077774";
constexpr const char* kIdOther = "370102198001010015";

TEST_F(ScopeTest, OfficerOfOneAgencyIsOnlyAssistantStaffInAnother) {
  Browser officer_b = NewUser("officerb", {{"officer", agency_b_, "0"}});
  const std::string assigned = Register(officer_b, agency_b_, "王协查", kIdAssigned);
  const std::string other = Register(officer_b, agency_b_, "李保密", kIdOther);
  ASSERT_FALSE(assigned.empty());
  ASSERT_FALSE(other.empty());
  officer_b.Get("/console/applications/" + assigned);
  auto r = officer_b.Post("/console/applications/" + assigned + "/act/assign",
                          {{"department_id", dept_b_}, {"until", ChinaDateFromToday(7)}, {"note", "请查找"}});
  ASSERT_EQ(r.status, 303) << r.body.substr(0, 3000);

  Browser mixed = NewUser("mixed", {{"officer", "1", "0"}, {"editor", agency_b_, dept_b_}});
  // The list: B's case assigned to the department, without the applicant;
  // not B's other case.
  auto list = mixed.Get("/console/applications?view=open");
  ASSERT_EQ(list.status, 200);
  EXPECT_TRUE(Has(list.body, "/console/applications/" + assigned + "\"")) << list.body.substr(0, 4000);
  EXPECT_FALSE(Has(list.body, "/console/applications/" + other + "\""));
  EXPECT_FALSE(Has(list.body, "王协查"));
  EXPECT_FALSE(Has(list.body, "李保密"));
  // The case library, statistics and the export are the 公开办's: A only.
  auto csv = mixed.Get("/console/applications/export");
  EXPECT_EQ(csv.status, 200);
  EXPECT_FALSE(Has(csv.body, "王协查"));
  EXPECT_FALSE(Has(csv.body, "李保密"));
  EXPECT_FALSE(Has(mixed.Get("/console/applications/cases?q=" + http::PercentEncode("食品安全抽检")).body, "李保密"));
  EXPECT_EQ(mixed.Get("/console/applications/stats?agency=" + agency_b_).body.find("王协查"), std::string::npos);
  EXPECT_TRUE(
      Has(mixed.Get("/console/applications/stats?agency=" + agency_b_).body, "本年收到申请 <strong>0</strong>"));
  // The assigned case opens without the applicant's data; its letters and
  // files do not open at all.
  auto page = mixed.Get("/console/applications/" + assigned);
  EXPECT_EQ(page.status, 200);
  EXPECT_FALSE(Has(page.body, "王协查"));
  EXPECT_FALSE(Has(page.body, kIdAssigned));
  EXPECT_FALSE(Has(page.body, "13912345678"));
  const std::string letter = Capture(officer_b.Get("/console/applications/" + assigned).body,
                                     R"re(href="(/console/applications/\d+/letters/\d+)")re");
  ASSERT_FALSE(letter.empty());
  auto letter_page = mixed.Get(letter);
  EXPECT_EQ(letter_page.status, 403);
  EXPECT_FALSE(Has(letter_page.body, "王协查"));
  // The other case, its letter and its actions: refused.
  EXPECT_EQ(mixed.Get("/console/applications/" + other).status, 403);
  const std::string other_letter = Capture(officer_b.Get("/console/applications/" + other).body,
                                           R"re(href="(/console/applications/\d+/letters/\d+)")re");
  ASSERT_FALSE(other_letter.empty());
  EXPECT_EQ(mixed.Get(other_letter).status, 403);
  mixed.Get("/console/applications");
  EXPECT_EQ(mixed.Post("/console/applications/" + other + "/act/set_topic", {{"topic", "综合政务"}}).status, 403);
  EXPECT_EQ(mixed.Post("/console/applications/" + assigned + "/act/draft_decision", {{"outcome", "1"}}).status, 403);
  // The department answers its own 协查.
  mixed.Get("/console/applications/" + assigned);
  EXPECT_EQ(mixed.Post("/console/applications/" + assigned + "/act/dept_answer", {{"note", "本科室掌握该信息"}}).status,
            303);
  // Registering in B: not theirs.
  mixed.Get("/console/applications/new");
  auto reg = mixed.Post("/console/applications", {{"agency_id", agency_b_},
                                                  {"channel", "in_person"},
                                                  {"received_on", ChinaDateFromToday(0)},
                                                  {"applicant_type", "natural_person"},
                                                  {"applicant_name", "赵某"},
                                                  {"id_type", "resident_id"},
                                                  {"id_number", kIdOther},
                                                  {"description", "测试"},
                                                  {"medium", "paper"},
                                                  {"delivery", "pickup"}});
  EXPECT_NE(reg.status, 303);
  // B's own 公开办 still sees everything of B, but nothing of A.
  auto b_list = officer_b.Get("/console/applications?view=open");
  EXPECT_TRUE(Has(b_list.body, "李保密"));
  auto a_case = Capture(mixed.Get("/console/applications?view=confirm").body, R"re(/console/applications/(\d+)")re");
  if (!a_case.empty()) {
    EXPECT_EQ(officer_b.Get("/console/applications/" + a_case).status, 403);
  }
}

TEST_F(ScopeTest, AdministratorOfOneAgencyReachesNothingOfAnother) {
  Browser admin_b = NewUser("adminb", {{"admin", agency_b_, "0"}});
  // A's users: listed nowhere, refused by id.
  auto users = admin_b.Get("/console/users");
  EXPECT_EQ(users.status, 200);
  EXPECT_FALSE(Has(users.body, "（editor）") || Has(users.body, ">editor<")) << users.body.substr(0, 3000);
  const std::string editor_id =
      Capture(admin_->Get("/console/users").body, R"re(/console/users/(\d+)">[^<]*</a>[^\n]*editor)re");
  if (!editor_id.empty()) {
    EXPECT_EQ(admin_b.Get("/console/users/" + editor_id).status, 403);
    admin_b.Get("/console/users");
    EXPECT_EQ(admin_b.Post("/console/users/" + editor_id + "/reset-password", {}).status, 403);
  }
  // A's agency and departments.
  EXPECT_EQ(admin_b.Get("/console/agencies/1").status, 403);
  admin_b.Get("/console/agencies");
  EXPECT_EQ(admin_b.Post("/console/agencies/1", {{"name", "改名"}, {"uscc", "11370100MB28696235"}, {"parent_id", "0"}})
                .status,
            403);
  // A's columns.
  const std::string column = Capture(admin_->Get("/console/columns").body, R"re(action="/console/columns/(\d+)")re");
  ASSERT_FALSE(column.empty());
  admin_b.Get("/console/columns");
  EXPECT_EQ(admin_b.Post("/console/columns/" + column + "/delete", {}).status, 403);
  // A's items: not even their console page.
  const std::string item =
      Capture(admin_->Get("/console/items?view=published").body, R"re(href="/console/items/(\d+)")re");
  ASSERT_FALSE(item.empty());
  EXPECT_EQ(admin_b.Get("/console/items/" + item).status, 403);
  // A's signers.
  auto signers = admin_b.Get("/console/applications/signers");
  EXPECT_FALSE(Has(signers.body, "/console/applications/signers/1\"")) << signers.body.substr(0, 3000);
  EXPECT_TRUE(Has(signers.body, "/console/applications/signers/" + agency_b_ + "\""));
  admin_b.Get("/console/applications/signers");
  EXPECT_EQ(admin_b.Post("/console/applications/signers/1", {{"signers", "1"}}).status / 100, 4);
}

}  // namespace
}  // namespace gk::testing
