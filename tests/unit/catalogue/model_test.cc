#include "catalogue/model.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>

namespace gk::catalogue {
namespace {

// The metadata dates as typed in a form or an import file.
TEST(ReadItemDateTest, BlankDateOrError) {
  struct Case {
    const char* text;
    const char* want;  // the date, or "" for none
    bool error;
  };
  const Case cases[] = {
      {"", "", false},
      {"   ", "", false},
      {"2020-09-16", "2020-09-16", false},
      {" 2020-09-16 ", "2020-09-16", false},
      {"2024-02-29", "2024-02-29", false},
      {"1949-01-01", "1949-01-01", false},
      {"2100-12-31", "2100-12-31", false},
      {"2026-02-30", "", true},
      {"2025-02-29", "", true},
      {"2026-13-01", "", true},
      {"2026-2-3", "", true},
      {"2026/02/03", "", true},
      {"20260203", "", true},
      {"2026-02-03T00:00", "", true},
      {"1948-12-31", "", true},
      {"2101-01-01", "", true},
      {"昨天", "", true},
  };
  for (const char* field : {"written_on", "published_on", "validity_changed_on"}) {
    for (const Case& c : cases) {
      FieldErrors errors;
      const std::optional<Date> d = ReadItemDate(field, c.text, &errors);
      EXPECT_EQ(DateText(d), c.want) << field << " \"" << c.text << "\"";
      EXPECT_EQ(errors.empty(), !c.error) << field << " \"" << c.text << "\"";
      if (c.error) {
        EXPECT_EQ(errors.Get(field), ItemDateError(field)) << field << " \"" << c.text << "\"";
      }
    }
  }
}

TEST(ReadItemDateTest, EachFieldHasItsMessage) {
  EXPECT_EQ(ItemDateError("written_on"), "成文日期格式应为 年-月-日，例如 2020-09-16");
  EXPECT_EQ(ItemDateError("published_on"), "发布日期格式应为 年-月-日，例如 2020-09-16");
  EXPECT_EQ(ItemDateError("validity_changed_on"), "有效性变更日期格式应为 年-月-日，例如 2024-05-01");
}

}  // namespace
}  // namespace gk::catalogue
