// 规章 and 行政规范性文件: their dates and when they are in force (normative.h).
#include <gtest/gtest.h>

#include "catalogue/model.h"

namespace gk::catalogue {
namespace {

Date D(const char* s) { return Date::Parse(s).value(); }

Item Doc(const char* written, Validity v = Validity::kValid, const char* changed = nullptr,
         const char* expires = nullptr) {
  Item i;
  i.normative.kind = NormativeKind::kNormative;
  i.written_on = D(written);
  i.published_on = D(written).AddDays(3);
  i.validity = v;
  if (changed) i.validity_changed_on = D(changed);
  if (expires) i.normative.expires_on = D(expires);
  return i;
}

TEST(NormativeTest, IssuedOnTheWrittenDateElseThePublicationDate) {
  Item i = Doc("2025-03-01");
  EXPECT_EQ(NormativeIssuedOn(i), D("2025-03-01"));
  i.written_on.reset();
  EXPECT_EQ(NormativeIssuedOn(i), D("2025-03-04"));
}

TEST(NormativeTest, CeasesWhenRepealedLapsedOrExpiredWhicheverIsFirst) {
  struct Case {
    Item item;
    std::optional<Date> ceased;
  };
  const Case cases[] = {
      {Doc("2025-03-01"), std::nullopt},
      {Doc("2025-03-01", Validity::kNone), std::nullopt},
      {Doc("2025-03-01", Validity::kRepealed, "2026-05-01"), D("2026-05-01")},
      {Doc("2025-03-01", Validity::kInvalid, "2026-02-01"), D("2026-02-01")},
      {Doc("2025-03-01", Validity::kAmended, "2026-07-01"), D("2026-07-01")},
      // 失效 with no date stated: from its publication, as well as we know.
      {Doc("2025-03-01", Validity::kInvalid), D("2025-03-04")},
      // 有效期至 31 Dec: in force on that day, gone the next.
      {Doc("2025-03-01", Validity::kValid, nullptr, "2026-12-31"), D("2027-01-01")},
      {Doc("2025-03-01", Validity::kRepealed, "2027-06-01", "2026-12-31"), D("2027-01-01")},
      {Doc("2025-03-01", Validity::kRepealed, "2026-06-01", "2026-12-31"), D("2026-06-01")},
  };
  for (const auto& c : cases) EXPECT_EQ(NormativeCeasedOn(c.item), c.ceased) << DateText(c.ceased);
}

TEST(NormativeTest, InForceFromIssueUntilCeased) {
  const Item i = Doc("2025-03-01", Validity::kValid, nullptr, "2026-12-31");
  EXPECT_FALSE(InForceOn(i, D("2025-02-28")));
  EXPECT_TRUE(InForceOn(i, D("2025-03-01")));
  EXPECT_TRUE(InForceOn(i, D("2026-12-31")));
  EXPECT_FALSE(InForceOn(i, D("2027-01-01")));
}

TEST(NormativeTest, ValidatesItsDates) {
  NormativeFacets n;
  n.kind = NormativeKind::kRule;
  n.effective_on = D("2026-01-01");
  n.expires_on = D("2025-12-31");
  FieldErrors errors;
  ValidateNormative(n, &errors);
  ASSERT_EQ(errors.all().size(), 1u);
  EXPECT_EQ(errors.all().begin()->first, "normative_expires_on");
  n.expires_on = D("2031-12-31");
  FieldErrors ok;
  ValidateNormative(n, &ok);
  EXPECT_TRUE(ok.empty());
  NormativeKind k;
  EXPECT_TRUE(ParseNormativeKind("rule", &k));
  EXPECT_EQ(k, NormativeKind::kRule);
  EXPECT_FALSE(ParseNormativeKind("other", &k));
}

}  // namespace
}  // namespace gk::catalogue
