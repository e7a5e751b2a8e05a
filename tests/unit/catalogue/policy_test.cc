// 政策解读 and 惠企政策 (catalogue/policy.h): the rules on their own, then the
// release gate and the enterprise terms through CatalogueService on both
// backends — 谁起草谁解读，同步发布 (work plan 一(二), issue 9).
#include "catalogue/policy.h"

#include <gtest/gtest.h>
#include <soci/soci.h>

#include "service_fixture.h"

namespace gk::catalogue {
namespace {

// ---------------------------------------------------------------------------
// The rules

TEST(InterpretationSectionsTest, TheWorkPlansSevenInOrder) {
  EXPECT_EQ(InterpretationSections(),
            (std::vector<std::string>{"背景依据", "出台目的", "主要内容和重要举措", "适用范围", "关键词解释",
                                      "执行时间", "解读机关及联系方式"}));
}

TEST(InterpretationSectionsTest, ComposedUnderNumberedHeadingsSkippingEmptyOnes) {
  EXPECT_EQ(ComposeSections({"依据《条例》。", "", "  三项举措。 ", "", "", "", "市场监管局，0531-1"}),
            "## 一、背景依据\n\n依据《条例》。\n\n## 二、主要内容和重要举措\n\n三项举措。\n\n"
            "## 三、解读机关及联系方式\n\n市场监管局，0531-1");
  EXPECT_EQ(ComposeSections({"", " ", "\n"}), "");
  EXPECT_EQ(ComposeSections({}), "");
}

TEST(EnterprisePhaseTest, FromTheDatesBothEndsCounted) {
  auto d = [](const char* s) { return Date::Parse(s).value(); };
  EnterpriseTerms t;
  t.starts_on = d("2026-03-01");
  t.ends_on = d("2026-03-31");
  struct Case {
    const char* today;
    EnterprisePhase phase;
  };
  for (const Case& c : {Case{"2026-02-28", EnterprisePhase::kUpcoming}, Case{"2026-03-01", EnterprisePhase::kOpen},
                        Case{"2026-03-31", EnterprisePhase::kOpen}, Case{"2026-04-01", EnterprisePhase::kClosed}})
    EXPECT_EQ(PhaseOn(t, d(c.today)), c.phase) << c.today;
  EnterpriseTerms open_ended;
  EXPECT_EQ(PhaseOn(open_ended, d("2000-01-01")), EnterprisePhase::kOpen);
  open_ended.ends_on = d("2026-03-31");
  EXPECT_EQ(PhaseOn(open_ended, d("2020-01-01")), EnterprisePhase::kOpen);
  EXPECT_EQ(PhaseOn(open_ended, d("2026-04-01")), EnterprisePhase::kClosed);
  EXPECT_STREQ(PhaseLabel(EnterprisePhase::kOpen), "申报中");
  EXPECT_STREQ(PhaseLabel(EnterprisePhase::kUpcoming), "未开始");
  EXPECT_STREQ(PhaseLabel(EnterprisePhase::kClosed), "已截止");
}

TEST(SplitAudiencesTest, ChineseAndLatinSeparatorsTrimmedOnceEach) {
  EXPECT_EQ(SplitAudiences("小微企业、个体工商户，小微企业; 科技型中小企业\n\n  ；高新技术企业 "),
            (std::vector<std::string>{"小微企业", "个体工商户", "科技型中小企业", "高新技术企业"}));
  EXPECT_TRUE(SplitAudiences(" 、，\n").empty());
}

TEST(ValidateEnterpriseTest, EveryProblemAtOnce) {
  EnterpriseTerms t;
  t.starts_on = Date::Parse("2026-05-01").value();
  t.ends_on = Date::Parse("2026-04-30").value();
  FieldErrors errors;
  ValidateEnterprise(t, &errors);
  for (const char* f : {"enterprise_audiences", "enterprise_department", "enterprise_contact", "enterprise_conditions",
                        "enterprise_ends_on"})
    EXPECT_FALSE(errors.Get(f).empty()) << f;
  t.audiences = {"小微企业"};
  t.department = "登记注册处";
  t.contact = "0531-12345";
  t.conditions = "在本市登记注册。";
  t.ends_on.reset();
  FieldErrors none;
  ValidateEnterprise(t, &none);
  EXPECT_TRUE(none.empty());
}

TEST(ValidatePolicyFacetsTest, MediaNeedsItsTextAlternative) {
  PolicyFacets p;
  p.interprets_id = 7;
  p.form = InterpretationForm::kGraphic;
  FieldErrors errors;
  ValidatePolicyFacets(p, &errors);
  EXPECT_NE(errors.Get("interpretation_media_text").find("文字说明"), std::string::npos);
  p.form = InterpretationForm::kVideo;
  p.video_url = "javascript:alert(1)";
  FieldErrors video;
  ValidatePolicyFacets(p, &video);
  EXPECT_NE(video.Get("interpretation_media_text").find("文字稿"), std::string::npos);
  EXPECT_FALSE(video.Get("interpretation_video_url").empty());
  p.media_text = "大家好，今天解读……";
  p.video_url = "https://video.example.cn/jd/1.mp4";
  FieldErrors fine;
  ValidatePolicyFacets(p, &fine);
  EXPECT_TRUE(fine.empty());
}

// ---------------------------------------------------------------------------
// The release gate and the terms, through the service

class PolicyServiceTest : public CatalogueServiceTest {
 protected:
  int64_t Policy(const std::string& title) {
    Item p = NewItem(title, "2026-11-25");
    p.policy.needs_interpretation = true;
    return Create(p);
  }
  Item Interpretation(int64_t policy, InterpretationForm form = InterpretationForm::kText) {
    Item i = NewItem("《" + Get(policy).title + "》政策解读");
    i.policy.interprets_id = policy;
    i.policy.form = form;
    i.policy.sections = {"依据条例。", "便民。", "三项措施。", "全市。", "", "自发布之日起施行。", "市局，0531-1"};
    return i;
  }
  void ThreeStages(int64_t id) {
    Submit(id);
    MustApprove(r1_, id);
    MustApprove(r2_, id);
    MustApprove(r3_, id);
  }
  void AttachFile(int64_t item, const std::string& type) {
    ASSERT_TRUE(db_->Transact([&](soci::session& sql) {
                     long long id = item;
                     std::string name = "jd." + type.substr(type.find('/') + 1);
                     sql << "INSERT INTO attachments (item_id, name, content_type, size, sha256, created_at) "
                            "VALUES (:i, :n, :t, 10, 'abc', 1)",
                         soci::use(id), soci::use(name), soci::use(type);
                     return Status::Ok();
                   })
                    .ok());
  }
  bool Audited(int64_t id, const std::string& action) {
    auto actions = Actions(id);
    return std::find(actions.begin(), actions.end(), action) != actions.end();
  }
};

TEST_P(PolicyServiceTest, PolicyWaitsForItsInterpretationThenBothGoOutTogether) {
  const int64_t policy = Policy("关于支持个体工商户发展的若干措施");
  ThreeStages(policy);
  Item waiting = Get(policy);
  EXPECT_EQ(waiting.state, State::kInReview);
  EXPECT_TRUE(service_->AwaitsRelease(waiting));
  EXPECT_TRUE(waiting.index_no.empty());
  // Nothing more to approve: the reason says what it waits for.
  Status again = Approve(r1_, policy);
  EXPECT_NE(again.message().find("待政策解读审定后同步发布"), std::string::npos) << again.message();

  std::vector<int64_t> notified;
  service_->SetPublicationListener([&](const Item& i) { notified.push_back(i.id); });
  clock_.Advance(3600);
  const int64_t interpretation = Create(Interpretation(policy));
  Item draft = Get(interpretation);
  EXPECT_EQ(draft.policy.interprets_id, policy);
  EXPECT_EQ(draft.body_md.rfind("## 一、背景依据\n\n依据条例。", 0), 0u) << draft.body_md;
  EXPECT_EQ(draft.policy.sections.size(), InterpretationSections().size());
  ThreeStages(interpretation);
  Item p = Get(policy), i = Get(interpretation);
  EXPECT_EQ(p.state, State::kPublished);
  EXPECT_EQ(i.state, State::kPublished);
  EXPECT_EQ(p.published_at, i.published_at);
  EXPECT_FALSE(p.index_no.empty());
  EXPECT_FALSE(i.index_no.empty());
  EXPECT_EQ(notified.size(), 2u);
  EXPECT_TRUE(Audited(policy, "item.release"));
  auto list = service_->Interpretations(policy);
  ASSERT_TRUE(list.ok());
  ASSERT_EQ(list->size(), 1u);
  EXPECT_EQ(list->front().id, interpretation);
}

TEST_P(PolicyServiceTest, AnInterpretationApprovedFirstWaitsForItsPolicy) {
  const int64_t policy = Policy("关于进一步优化营商环境的意见");
  const int64_t interpretation = Create(Interpretation(policy));
  ThreeStages(interpretation);
  Item held = Get(interpretation);
  EXPECT_TRUE(service_->AwaitsRelease(held));
  EXPECT_NE(Approve(r1_, interpretation).message().find("待所解读的政策发布时同步发布"), std::string::npos);
  // Sent back while it waits, it waits no more: the policy waits again.
  FieldErrors errors;
  ASSERT_TRUE(service_->Reject(r1_.actor, r1_.user, interpretation, "解读口径再核实", &errors).ok());
  ThreeStages(policy);
  EXPECT_EQ(Get(policy).state, State::kInReview);
  ThreeStages(interpretation);
  EXPECT_EQ(Get(policy).state, State::kPublished);
  EXPECT_EQ(Get(interpretation).state, State::kPublished);
}

TEST_P(PolicyServiceTest, TheInterpretationOfAPublishedPolicyGoesOutAtOnce) {
  const int64_t policy = Create(NewItem("已发布的政策", "2026-11-25"));
  ThreeStages(policy);
  ASSERT_EQ(Get(policy).state, State::kPublished);
  const int64_t interpretation = Create(Interpretation(policy));
  ThreeStages(interpretation);
  EXPECT_EQ(Get(interpretation).state, State::kPublished);
}

TEST_P(PolicyServiceTest, AScheduledPolicyTakesItsWaitingInterpretationWithIt) {
  Item p = NewItem("定时发布的政策", "2026-11-25");
  p.policy.needs_interpretation = true;
  p.publish_at = kNow + 86400;
  const int64_t policy = Create(p);
  const int64_t interpretation = Create(Interpretation(policy));
  ThreeStages(interpretation);
  ThreeStages(policy);
  EXPECT_EQ(Get(policy).state, State::kScheduled);
  EXPECT_TRUE(service_->AwaitsRelease(Get(interpretation)));
  clock_.Set(kNow + 86400 + 60);
  auto due = service_->PublishDue();
  ASSERT_TRUE(due.ok());
  EXPECT_EQ(due.value(), 2);
  EXPECT_EQ(Get(policy).state, State::kPublished);
  EXPECT_EQ(Get(interpretation).state, State::kPublished);
}

TEST_P(PolicyServiceTest, TheOfficeMayWaiveTheInterpretationWithARecordedReason) {
  const int64_t policy = Policy("紧急发布的通告");
  ThreeStages(policy);
  FieldErrors errors;
  // Not an editor's or a reviewer's to decide.
  EXPECT_EQ(service_->WaiveInterpretation(editor_.actor, editor_.user, policy, "紧急", &errors).code(), Code::kDenied);
  EXPECT_EQ(service_->WaiveInterpretation(r3_.actor, r3_.user, policy, "紧急", &errors).code(), Code::kDenied);
  FieldErrors blank;
  EXPECT_EQ(service_->WaiveInterpretation(officer_.actor, officer_.user, policy, "  ", &blank).code(), Code::kInvalid);
  EXPECT_FALSE(blank.Get("waiver_reason").empty());
  FieldErrors ok;
  Status s = service_->WaiveInterpretation(officer_.actor, officer_.user, policy, "突发事件应急处置，须立即发布", &ok);
  ASSERT_TRUE(s.ok()) << s.message();
  Item p = Get(policy);
  EXPECT_EQ(p.state, State::kPublished);
  EXPECT_EQ(p.policy.waiver_reason, "突发事件应急处置，须立即发布");
  EXPECT_EQ(p.policy.waiver_by, officer_.user.id);
  EXPECT_EQ(p.policy.waiver_at, kNow);
  EXPECT_TRUE(Audited(policy, "item.waive_interpretation"));
  FieldErrors twice;
  EXPECT_EQ(service_->WaiveInterpretation(officer_.actor, officer_.user, policy, "再次", &twice).code(),
            Code::kConflict);
}

TEST_P(PolicyServiceTest, AFormCannotRecordAWaiverNorMoveAnInterpretation) {
  Item p = NewItem("带豁免字段提交的政策");
  p.policy.needs_interpretation = true;
  p.policy.waiver_reason = "自己写的理由";
  p.policy.waiver_by = editor_.user.id;
  const int64_t policy = Create(p);
  EXPECT_TRUE(Get(policy).policy.waiver_reason.empty());
  const int64_t other = Policy("另一项政策");
  const int64_t interpretation = Create(Interpretation(policy));
  Item edited = Get(interpretation);
  edited.policy.interprets_id = other;
  FieldErrors errors;
  ASSERT_TRUE(service_->UpdateDraft(editor_.actor, editor_.user, edited, &errors).ok());
  EXPECT_EQ(Get(interpretation).policy.interprets_id, policy);
  ThreeStages(policy);
  EXPECT_TRUE(service_->AwaitsRelease(Get(policy)));
}

TEST_P(PolicyServiceTest, AnInterpretationBelongsToAPolicyOfTheSameAgency) {
  Item elsewhere = NewItem("青岛的政策");
  elsewhere.agency_id = other_;
  Staff qingdao = MakeStaff("qd-editor", {{access::Role::kEditor, other_, 0}});
  const int64_t foreign = Create(elsewhere, qingdao);
  Item i = Interpretation(Policy("本市政策"));
  i.policy.interprets_id = foreign;
  FieldErrors errors;
  EXPECT_FALSE(service_->CreateDraft(editor_.actor, editor_.user, i, &errors).ok());
  EXPECT_FALSE(errors.Get("interpretation_form").empty());
}

TEST_P(PolicyServiceTest, GraphicAndVideoInterpretationsCarryTheirMedia) {
  const int64_t policy = Policy("图解政策");
  Item graphic = Interpretation(policy, InterpretationForm::kGraphic);
  FieldErrors missing;
  EXPECT_FALSE(service_->CreateDraft(editor_.actor, editor_.user, graphic, &missing).ok());
  EXPECT_FALSE(missing.Get("interpretation_media_text").empty());
  graphic.policy.media_text = "图中第一部分：三项减负措施……";
  const int64_t g = Create(graphic);
  Status refused = service_->Submit(editor_.actor, editor_.user, g);
  EXPECT_NE(refused.message().find("图解须上传图片"), std::string::npos) << refused.message();
  AttachFile(g, "image/png");
  Submit(g);

  Item video = Interpretation(policy, InterpretationForm::kVideo);
  video.policy.media_text = "视频文字稿";
  const int64_t v = Create(video);
  EXPECT_NE(service_->Submit(editor_.actor, editor_.user, v).message().find("视频"), std::string::npos);
  Item with_link = Get(v);
  with_link.policy.video_url = "https://video.example.cn/jd.mp4";
  FieldErrors errors;
  ASSERT_TRUE(service_->UpdateDraft(editor_.actor, editor_.user, with_link, &errors).ok());
  Submit(v);
}

TEST_P(PolicyServiceTest, EnterpriseTermsAreKeptListedOpenFirstAndFiltered) {
  auto terms = [](const char* audiences, const char* dept, const char* starts, const char* ends) {
    EnterpriseTerms t;
    t.audiences = SplitAudiences(audiences);
    t.department = dept;
    t.contact = "0531-12345";
    t.conditions = "在本市登记注册。";
    t.materials = "1. 申请表";
    t.procedure = "网上申报";
    t.basis = "《若干措施》";
    if (*starts) t.starts_on = Date::Parse(starts).value();
    if (*ends) t.ends_on = Date::Parse(ends).value();
    return t;
  };
  struct Made {
    const char* title;
    EnterpriseTerms t;
  };
  // kNow is 2026-11-26.
  std::vector<Made> made = {{"已截止的补贴", terms("小微企业", "登记注册处", "2026-01-01", "2026-06-30")},
                            {"申报中的贷款贴息", terms("小微企业、个体工商户", "信用监管处", "2026-11-01", "")},
                            {"未开始的奖励", terms("高新技术企业", "知识产权处", "2027-01-01", "2027-03-31")}};
  std::vector<int64_t> ids;
  for (const auto& m : made) {
    Item item = NewItem(m.title);
    item.enterprise = m.t;
    ids.push_back(Create(item));
    ThreeStages(ids.back());
    clock_.Advance(60);
  }
  Item kept = Get(ids[1]);
  ASSERT_TRUE(kept.enterprise);
  EXPECT_EQ(kept.enterprise->audiences, (std::vector<std::string>{"小微企业", "个体工商户"}));
  EXPECT_EQ(DateText(kept.enterprise->starts_on), "2026-11-01");
  EXPECT_FALSE(kept.enterprise->ends_on);

  store::EnterpriseFilter f;
  f.today = "2026-11-26";
  auto all = service_->ListEnterprise(f);
  ASSERT_TRUE(all.ok()) << all.status().message();
  ASSERT_EQ(all->total, 3);
  std::vector<std::string> order;
  for (const auto& i : all->items) order.push_back(i.title);
  EXPECT_EQ(order, (std::vector<std::string>{"申报中的贷款贴息", "未开始的奖励", "已截止的补贴"}));
  f.audience = "小微企业";
  EXPECT_EQ(service_->ListEnterprise(f)->total, 2);
  f.audience = "小微";  // whole audiences only
  EXPECT_EQ(service_->ListEnterprise(f)->total, 0);
  f.audience.clear();
  f.department = "知识产权处";
  EXPECT_EQ(service_->ListEnterprise(f)->total, 1);
  auto choices = service_->EnterpriseChoices();
  ASSERT_TRUE(choices.ok());
  EXPECT_EQ(choices->first.size(), 3u);
  EXPECT_EQ(choices->second, (std::vector<std::string>{"信用监管处", "登记注册处", "知识产权处"}));

  // A revision carries the terms and replaces them when published.
  auto draft = service_->Revise(editor_.actor, editor_.user, ids[1]);
  ASSERT_TRUE(draft.ok()) << draft.status().message();
  Item rev = Get(draft.value());
  ASSERT_TRUE(rev.enterprise);
  rev.enterprise->contact = "0531-99999";
  rev.change_note = "更新联系电话";
  FieldErrors errors;
  ASSERT_TRUE(service_->UpdateDraft(editor_.actor, editor_.user, rev, &errors).ok());
  ThreeStages(draft.value());
  EXPECT_EQ(Get(ids[1]).enterprise->contact, "0531-99999");
  EXPECT_EQ(service_->ListEnterprise(store::EnterpriseFilter{})->total, 3);
}

INSTANTIATE_TEST_SUITE_P(Backends, PolicyServiceTest,
                         ::testing::Values(storage::Backend::kSqlite, storage::Backend::kPostgres),
                         [](const auto& info) {
                           return info.param == storage::Backend::kSqlite ? std::string("Sqlite")
                                                                          : std::string("Postgres");
                         });

}  // namespace
}  // namespace gk::catalogue
