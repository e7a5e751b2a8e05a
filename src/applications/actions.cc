// The handlers of the workflow's actions; see actions.h. Each checks its own
// input and applies its change; the driver (perform.cc) does the rest.
#include "applications/actions.h"

#include <algorithm>
#include <cctype>

#include "applications/store.h"
#include "auth/content_rules.h"
#include "auth/store.h"
#include "catalogue/model.h"
#include "catalogue/store.h"
#include "common/china_time.h"
#include "common/strings.h"
#include "text/field_check.h"

namespace gk::applications::actions {
namespace {

// Working days a 协查 department has to answer unless told otherwise.
constexpr int kAssistAnswerDays = 5;

// The date typed (trimmed); none when left empty.
std::optional<Result<Date>> GivenDate(const std::string& typed) {
  const std::string t = Trim(typed);
  if (t.empty()) return std::nullopt;
  return Date::Parse(t);
}

// The first and the last day of the calendar month of `d`.
std::pair<Date, Date> MonthOf(Date d) {
  const Date first = *Date::FromYmd(d.year(), d.month(), 1);
  const Date next = d.month() == 12 ? *Date::FromYmd(d.year() + 1, 1, 1) : *Date::FromYmd(d.year(), d.month() + 1, 1);
  return {first, next.AddDays(-1)};
}

}  // namespace

// Art. 31: an online application is received on the day the agency confirms it.
Status Receive(Step& s) {
  if (s.on < ChinaDate(s.app.submitted_at)) s.errors.Add("on", "接收确认日期不能早于网上提交日期。");
  s.app.received_on = s.on;
  return Status::Ok();
}

// Art. 30: what to correct, told once, with a reasonable period.
Status RequestCorrection(Step& s) {
  s.RequireNote("请写明需要补正的事项（一次性告知）。");
  Date until = s.calendar.AddWorkingDays(s.on, s.options.correction_period_days, nullptr);
  if (auto u = GivenDate(s.in.until)) {
    if (!u->ok() || **u <= s.on) s.errors.Add("until", "补正期限应为发出告知之后的日期。");
    else until = **u;
  }
  s.event.until = until;
  return Status::Ok();
}

// Art. 30: the corrected application; the clock restarts from its receipt.
Status ReceiveCorrection(Step& s) {
  if (!s.event.note.empty()) s.app.description += "\n\n【补正内容 " + s.on.ToString() + "】" + s.event.note;
  return Status::Ok();
}

// Art. 30: the period ran out (Refusals checks it): 其他处理·1, for sign-off.
Status LapseCorrection(Step& s) {
  s.app.outcome = kOutcomeLapsedCorrection;
  return Status::Ok();
}

// Art. 32, 34: the third party or agency asked.
Status SendConsultation(Step& s) {
  s.event.note = Trim(s.in.third_party);
  if (s.event.note.empty()) s.errors.Add("third_party", "请填写征求意见的第三方或有关机关。");
  return Status::Ok();
}

Status AnswerConsultation(Step&) { return Status::Ok(); }

// Art. 33: at most 20 more working days, with a reason (Refusals: once, by the head).
Status Extend(Step& s) {
  const int max = s.options.clock.max_extension_days;
  if (s.in.days < 1 || s.in.days > max)
    s.errors.Add("days", "延长的工作日数应为 1 到 " + std::to_string(max) + "（条例第三十三条）。");
  s.RequireNote("请写明延期理由。");
  s.event.days = s.in.days;
  return Status::Ok();
}

// 国办函〔2020〕109号: one method, never both; nothing to pay within the free band.
Status NotifyFee(Step& s) {
  Application& app = s.app;
  const FeeMethod m = s.in.fee_method;
  if (m == FeeMethod::kPerPage) {
    if (s.in.pages < 1 || s.in.pages > 1000000) s.errors.Add("pages", "请填写页数。");
    app.fee_quantity = s.in.pages;
    app.fee_yuan = PerPageFee(s.in.pages).yuan;
  } else if (m == FeeMethod::kPerApplication) {
    // 按件计收: the applicant's n-th application received this calendar month.
    if (app.received_on) {
      const auto month = MonthOf(*app.received_on);
      Status r = s.Read([&](soci::session& sql) {
        app.fee_quantity = static_cast<int>(
            store::CountReceivedBy(sql, app.agency_id, app.id_number, month.first, month.second, app.id));
        return Status::Ok();
      });
      if (!r.ok()) return r;
    }
    app.fee_yuan = PerApplicationFee(app.fee_quantity).yuan;
  } else {
    s.errors.Add("fee_method", "请选择计费方式（按件计收或按量计收，二者只能选其一）。");
  }
  app.fee_method = m;
  if (s.errors.empty() && app.fee_yuan <= 0)
    s.errors.Add("fee_method", "按规定本申请不收取信息处理费（" +
                                   std::string(m == FeeMethod::kPerPage ? "30 页以内免费" : "本月第 10 件以内免费") +
                                   "）。");
  s.event.note = std::string(FeeMethodLabel(m)) + " " + std::to_string(app.fee_yuan) + " 元";
  return Status::Ok();
}

Status PayFee(Step&) { return Status::Ok(); }

Status WaiveFee(Step& s) {
  s.RequireNote("请写明减免理由。");
  return Status::Ok();
}

// 国办函〔2020〕109号: unpaid in time (Refusals checks it): 其他处理·2, for sign-off.
Status LapseFee(Step& s) {
  s.app.outcome = kOutcomeLapsedFee;
  return Status::Ok();
}

// 协查: a department of the case's agency, with an internal answer date.
Status Assign(Step& s) {
  bool found = false;
  Status r = s.Read([&](soci::session& sql) {
    auto d = auth::store::FindDepartment(sql, s.in.department_id);
    if (d && d->agency_id == s.app.agency_id) {
      found = true;
      s.event.note = d->name;
    }
    return Status::Ok();
  });
  if (!r.ok()) return r;
  if (!found) s.errors.Add("department_id", "请选择本机关的处室或单位。");
  Date due = s.calendar.AddWorkingDays(s.today, kAssistAnswerDays, nullptr);
  if (auto u = GivenDate(s.in.until)) {
    if (!u->ok() || **u < s.today) s.errors.Add("until", "协查答复日期应为今天或之后的日期。");
    else due = **u;
  }
  s.event.until = due;
  s.app.department_id = s.in.department_id;
  s.app.dept_due_on = due;
  s.app.dept_answer.clear();
  return Status::Ok();
}

Status DeptAnswer(Step& s) {
  s.RequireNote("请写明本部门掌握的相关信息情况。");
  s.app.dept_answer = s.event.note;
  s.audit_note = false;  // the answer stays in the case
  return Status::Ok();
}

Status JointReview(Step& s) {
  s.RequireNote("请填写会商意见。");
  s.app.joint_review = true;
  s.app.joint_notes +=
      (s.app.joint_notes.empty() ? "" : "\n") + s.on.ToString() + " " + s.user.display_name + "：" + s.event.note;
  return Status::Ok();
}

// Art. 36, 37: the outcome and what each kind of reply must say.
namespace {

// Digits and letters only, upper-cased: 138-0531-0001 and 13805310001 agree.
std::string Bare(std::string_view v) {
  std::string out;
  for (char c : v)
    if (std::isalnum(static_cast<unsigned char>(c))) out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

// 发布前内容检查 of the reply letter's own words (work plan 四(三); the
// letter goes to the applicant and may be shown to others by them): no
// secret marking anywhere, and no personal information but the applicant's
// own (their identity number, phone, e-mail) — except in 负责公开的机关及联系方式,
// which holds another office's contact details by design. Checks `letter`
// (the reply as written) and the decision's fields; each problem is added
// to `errors` under its field.
void CheckReplyContent(Step& s, std::string_view letter) {
  std::vector<text::WordingRule> wording;
  if (!s.Read([&](soci::session& sql) {
         wording = auth::LoadWordingRules(sql);
         return Status::Ok();
       }).ok())
    return;
  const Application& a = s.app;
  const std::vector<std::string> own = {Bare(a.id_number), Bare(a.phone), Bare(a.email)};
  text::CheckOptions options;
  options.wording = wording;
  const auto found = text::CheckFields({{"letter_body", "答复告知书", letter},
                                        {"explanation", "说明", a.explanation},
                                        {"withheld", "不予公开的部分及理由", a.withheld},
                                        {"legal_basis", "法律依据和理由", a.legal_basis},
                                        {"holder_agency", "负责公开的机关及联系方式", a.holder_agency}},
                                       options);
  for (const auto& f : found) {
    if (!f.finding.blocking) continue;
    const bool personal = f.finding.kind == text::FindingKind::kPersonalInfo;
    if (personal && (f.field == "holder_agency" || std::find(own.begin(), own.end(), Bare(f.finding.text)) != own.end()))
      continue;
    s.errors.Add(f.field, f.label + "含" + f.finding.message + "“" + f.finding.text + "”：答复告知书不得载有" +
                              (personal ? "申请人以外的个人信息" : "涉密标识") + "，请删改。");
  }
}

}  // namespace

Status DraftDecision(Step& s) {
  if (!s.in.outcome || !ValidOutcome(*s.in.outcome)) {
    s.errors.Add("outcome", "请选择办理结果。");
    return Status::Ok();
  }
  const Outcome o = *s.in.outcome;
  Application& app = s.app;
  app.outcome = o;
  app.explanation = Trim(s.in.explanation);
  app.public_index_no = Trim(s.in.public_index_no);
  app.holder_agency = Trim(s.in.holder_agency);
  app.legal_basis = Trim(s.in.legal_basis);
  app.withheld = Trim(s.in.withheld);
  if (!app.public_index_no.empty()) {
    bool found = false;
    Status r = s.Read([&](soci::session& sql) {
      auto item = catalogue::store::FindItemByIndexNo(sql, app.public_index_no);
      found = item && item->state == catalogue::State::kPublished;
      return Status::Ok();
    });
    if (!r.ok()) return r;
    if (!found) s.errors.Add("public_index_no", "没有已发布的索引号为 " + app.public_index_no + " 的信息。");
  }
  if (o.row == 2 && app.withheld.empty())
    s.errors.Add("withheld", "部分公开须写明不予公开的部分及理由（条例第三十七条）。");
  if (o.row == 3 && app.legal_basis.empty())
    s.errors.Add("legal_basis", "不予公开须写明法律依据和理由（条例第三十六条第三项）。");
  if (o.row == 4 && o.sub == 1 && app.explanation.empty() && app.holder_agency.empty())
    s.errors.Add("holder_agency", "请说明信息不存在，或写明负责公开该信息的机关及其联系方式（条例第三十六条）。");
  if (o.row == 5 && o.sub == 1 && app.explanation.empty())
    s.errors.Add("explanation", "请告知申请人不作为政府信息公开申请处理，并告知通过相应渠道提出（条例第三十九条）。");
  CheckReplyContent(s, s.in.letter_body);
  s.event.note = OutcomeLabel(o);
  return Status::Ok();
}

Status SendBack(Step& s) {
  s.RequireNote("请写明退回意见。");
  return Status::Ok();
}

// 审签: the draft reply is issued, numbered and dated today; the case closes today.
Status SignOff(Step& s) {
  // Again, on the draft as it stands (the wording list may have changed).
  for (const auto& l : s.before.letters)
    if (!l.issued && l.type.kind == LetterKind::kReply) CheckReplyContent(s, l.body_md);
  s.app.closed_on = s.today;
  s.event.on = s.today;
  s.in_transaction = [&s](soci::session& sql, const CaseFile& now) { return s.letters.IssueReply(sql, now, s.user); };
  return Status::Ok();
}

// The applicant withdraws: 其他处理·3, closed on the day given.
Status Withdraw(Step& s) {
  s.app.outcome = kOutcomeWithdrawn;
  s.app.closed_on = s.on;
  if (s.event.note.empty()) s.event.note = "申请人撤回申请";
  return Status::Ok();
}

Status Archive(Step&) { return Status::Ok(); }

// 行政复议 / 行政诉讼 (table 四): a new record, or the result of a pending one, once.
Status Appeal(Step& s) {
  applications::Appeal ap = s.in.appeal;
  ap.application_id = s.app.id;
  const bool update = ap.id != 0;
  if (!update && ap.kind != "reconsideration" && ap.kind != "litigation")
    s.errors.Add("appeal_kind", "请选择行政复议或行政诉讼。");
  if (!update && !ap.filed_on) s.errors.Add("filed_on", "请填写提起日期（形如 2026-11-26）。");
  if (!InList(AppealResults(), ap.result)) s.errors.Add("result", "请选择结果。");
  if (ap.result != "pending" && !ap.decided_on) s.errors.Add("decided_on", "已审结的，请填写审结日期。");
  if (ap.result == "pending") ap.decided_on.reset();
  if (ap.kind == "reconsideration") ap.after_reconsideration = false;
  if (update && ap.result == "pending") s.errors.Add("result", "请选择审结结果。");
  s.event.note =
      update ? std::string("复议/诉讼审结：") + LabelOf(AppealResults(), ap.result) + " " + DateText(ap.decided_on)
             : std::string(ap.kind == "reconsideration" ? "行政复议" : "行政诉讼") + "：" + ap.body + "（" +
                   LabelOf(AppealResults(), ap.result) + "）";
  const int64_t at = s.at;
  s.in_transaction = [ap, at](soci::session& sql, const CaseFile&) {
    if (ap.id == 0) store::InsertAppeal(sql, ap, at);
    else if (!store::UpdateAppealResult(sql, ap)) return Status::Conflict("该复议或诉讼已登记结果。");
    return Status::Ok();
  };
  return Status::Ok();
}

// 主题分类: one of the 22 national topics.
Status SetTopic(Step& s) {
  const auto& topics = catalogue::Topics();
  if (std::find(topics.begin(), topics.end(), s.in.topic) == topics.end()) s.errors.Add("topic", "请选择主题分类。");
  s.app.topic = s.in.topic;
  s.event.note = s.in.topic;
  return Status::Ok();
}

}  // namespace gk::applications::actions
