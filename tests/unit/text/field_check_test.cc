// The content check over named fields (text/field_check.h): findings carry
// their field, label and surrounding text; blocking ones become refusal lines.
#include "text/field_check.h"

#include <gtest/gtest.h>

namespace gk::text {
namespace {

TEST(CheckFieldsTest, FindingsCarryTheirFieldAndContext) {
  const std::string title = "关于补领营业执照的咨询";
  const std::string answer = "您好！请携带身份证原件到政务服务大厅办理，或联系经办人，手机13805310001，我们将在三个工作日内回复。";
  const auto found = CheckFields({{"title", "标题", title}, {"empty", "空", ""}, {"answer", "答复内容", answer}}, {});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].field, "answer");
  EXPECT_EQ(found[0].label, "答复内容");
  EXPECT_EQ(found[0].finding.text, "13805310001");
  EXPECT_EQ(found[0].context, "…办理，或联系经办人，手机13805310001，我们将在三个工作日内回…");
  EXPECT_EQ(BlockingLines(found), std::vector<std::string>{"答复内容：疑似手机号码“13805310001”"});
}

TEST(CheckFieldsTest, WarningsAreNoRefusalLines) {
  const std::string body = "依据济市监发[2026]3号文件办理。";
  const auto found = CheckFields({{"body", "正文", body}}, {});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].finding.rule, "doc_no_bracket");
  EXPECT_FALSE(found[0].finding.blocking);
  EXPECT_TRUE(BlockingLines(found).empty());
}

TEST(FindingContextTest, ShortTextIsWholeAndLineBreaksAreSpaces) {
  EXPECT_EQ(FindingContext("电话\n13805310001", 3, 14), "电话 13805310001");
  EXPECT_EQ(FindingContext("", 0, 0), "");
}

}  // namespace
}  // namespace gk::text
