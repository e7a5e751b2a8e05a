// 规章和行政规范性文件清理 (cleanup.h): what each decision makes of a document,
// what a cleanup must have before it is decided, and the published list.
#include "catalogue/cleanup.h"

#include <gtest/gtest.h>

namespace gk::catalogue {
namespace {

Date D(const char* s) { return Date::Parse(s).value(); }

Item Doc(const char* expires = nullptr) {
  Item i;
  i.normative.kind = NormativeKind::kNormative;
  i.written_on = D("2022-03-01");
  i.published_on = D("2022-03-04");
  i.validity = Validity::kValid;
  if (expires) i.normative.expires_on = D(expires);
  return i;
}

CleanupEntry E(int64_t id, CleanupDecision d, const char* title, const char* reason = "",
               const char* expires = nullptr) {
  CleanupEntry e;
  e.item_id = id;
  e.decision = d;
  e.title = title;
  e.reason = reason;
  if (expires) e.expires_on = D(expires);
  return e;
}

TEST(CleanupTest, EachDecisionOnTheDocument) {
  const Date on = D("2026-06-30");
  struct Case {
    CleanupDecision decision;
    const char* new_expiry;
    Validity validity;
    const char* changed_on;
    const char* expires_on;
    bool in_force_after;  // on the day after the decision
  } const cases[] = {
      {CleanupDecision::kKeep, nullptr, Validity::kValid, nullptr, "2027-03-01", true},
      {CleanupDecision::kKeep, "2031-06-30", Validity::kValid, nullptr, "2031-06-30", true},
      {CleanupDecision::kAmend, nullptr, Validity::kValid, nullptr, "2027-03-01", true},  // until the new text
      {CleanupDecision::kRepeal, nullptr, Validity::kRepealed, "2026-06-30", "2027-03-01", false},
      {CleanupDecision::kInvalidate, nullptr, Validity::kInvalid, "2026-06-30", "2027-03-01", false},
  };
  for (const Case& c : cases) {
    CleanupEntry e;
    e.decision = c.decision;
    if (c.new_expiry) e.expires_on = D(c.new_expiry);
    Item doc = Doc("2027-03-01");
    const ValidityOutcome out = ApplyDecision(doc, e, on);
    SCOPED_TRACE(CleanupDecisionCode(c.decision));
    EXPECT_EQ(out.validity, c.validity);
    EXPECT_EQ(DateText(out.changed_on), c.changed_on ? c.changed_on : "");
    EXPECT_EQ(DateText(out.expires_on), c.expires_on);
    doc.validity = out.validity;
    doc.validity_changed_on = out.changed_on;
    doc.normative.expires_on = out.expires_on;
    EXPECT_TRUE(InForceOn(doc, on.AddDays(-1))) << "in force before the decision";
    EXPECT_EQ(InForceOn(doc, on.AddDays(1)), c.in_force_after);
  }
}

TEST(CleanupTest, RepealedOnTheDecisionDayCountsInThatYear) {
  Item doc = Doc();
  const CleanupEntry e = E(1, CleanupDecision::kRepeal, "甲办法", "上位法废止");
  const ValidityOutcome out = ApplyDecision(doc, e, D("2026-12-31"));
  doc.validity = out.validity;
  doc.validity_changed_on = out.changed_on;
  EXPECT_EQ(NormativeCeasedOn(doc), D("2026-12-31"));
  EXPECT_TRUE(InForceOn(doc, D("2026-12-30")));
  EXPECT_FALSE(InForceOn(doc, D("2026-12-31"))) << "not in force at the year's end: 本年废止";
}

TEST(CleanupTest, EveryProblemBeforeDecidingAtOnce) {
  const Date today = D("2026-06-01");
  Cleanup c;
  c.title = "2026年清理结果";
  c.entries = {E(7, CleanupDecision::kRepeal, "甲办法"), E(8, CleanupDecision::kAmend, "乙办法"),
               E(9, CleanupDecision::kKeep, "丙办法", "", "2026-05-01"),
               E(10, CleanupDecision::kInvalidate, "丁办法", "已过时", "2030-01-01")};
  c.decided_on = D("2026-06-01");
  FieldErrors errors;
  ValidateCleanupDecisions(c, today, &errors);
  EXPECT_EQ(errors.Get("reason_7"), "《甲办法》决定废止，请填写理由");
  EXPECT_EQ(errors.Get("reason_8"), "《乙办法》决定修改，请填写理由");
  EXPECT_EQ(errors.Get("expires_9"), "《丙办法》新的有效期至应晚于决定日期");
  EXPECT_EQ(errors.Get("expires_10"), "《丁办法》只有继续有效的文件可以重新确定有效期");
  EXPECT_EQ(errors.all().size(), 4u);

  Cleanup none;
  none.title = "空";
  none.entries = {E(1, CleanupDecision::kNone, "甲办法")};
  FieldErrors empty;
  ValidateCleanupDecisions(none, today, &empty);
  EXPECT_FALSE(empty.Get("entries").empty());
  EXPECT_FALSE(empty.Get("decided_on").empty());
  none.decided_on = D("2027-07-01");
  FieldErrors late;
  ValidateCleanupDecisions(none, today, &late);
  EXPECT_EQ(late.Get("decided_on"), "决定日期不能晚于一年以后");

  Cleanup untitled;
  FieldErrors header;
  ValidateCleanupHeader(untitled, &header);
  EXPECT_FALSE(header.Get("title").empty());
}

TEST(CleanupTest, TheListGroupsTheDocumentsByDecision) {
  Cleanup c;
  c.title = "2026年规章和行政规范性文件清理结果";
  c.decided_on = D("2026-06-30");
  c.basis = "依据《办法》第三十条开展清理。";
  c.entries = {E(1, CleanupDecision::kRepeal, "甲|办法", "上位法已废止"), E(2, CleanupDecision::kKeep, "乙办法"),
               E(3, CleanupDecision::kKeep, "丙办法", "", "2031-06-30")};
  c.entries[0].doc_no = "济市监规〔2020〕1号";
  c.entries[0].index_no = "X/2020-00001";
  c.entries[1].doc_no = "济市监规〔2021〕2号";
  c.entries[1].doc_expires_on = D("2028-01-01");
  const std::string md = CleanupMarkdown(c, "济南市市场监督管理局");
  EXPECT_NE(md.find("共清理文件 3 件，清理决定自2026年6月30日起施行。其中继续有效 2 件，废止 1 件。"),
            std::string::npos)
      << md;
  EXPECT_NE(md.find("依据《办法》第三十条开展清理。"), std::string::npos);
  const size_t keep = md.find("## 一、继续有效的文件目录"), repeal = md.find("## 二、废止的文件目录");
  ASSERT_NE(keep, std::string::npos) << md;
  ASSERT_NE(repeal, std::string::npos) << md;
  EXPECT_LT(keep, repeal);
  EXPECT_NE(md.find("| 1 | 乙办法 | 济市监规〔2021〕2号 | 2028-01-01 |"), std::string::npos) << md;
  EXPECT_NE(md.find("| 2 | 丙办法 | — | 2031-06-30 |"), std::string::npos) << md;
  EXPECT_NE(md.find("| 1 | [甲\\|办法](/items/X/2020-00001) | 济市监规〔2020〕1号 | 上位法已废止 |"), std::string::npos)
      << md;
  EXPECT_EQ(md.find("修改的文件目录"), std::string::npos) << "no empty part";
}

}  // namespace
}  // namespace gk::catalogue
