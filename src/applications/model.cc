#include "applications/model.h"

#include <array>
#include <charconv>

namespace gk::applications {
namespace {

// 国办公开办函〔2021〕30号, table 三 rows 三（一）–（六）and their sub-reasons.
struct OutcomeRow {
  const char* title;
  const char* short_label;
  std::vector<const char*> subs;
};

const std::array<OutcomeRow, 6>& Rows() {
  static const std::array<OutcomeRow, 6> rows = {{
      {"（一）予以公开", "予以公开", {}},
      {"（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "部分公开", {}},
      {"（三）不予公开",
       "不予公开",
       {"属于国家秘密", "其他法律行政法规禁止公开", "危及“三安全一稳定”", "保护第三方合法权益", "属于三类内部事务信息",
        "属于四类过程性信息", "属于行政执法案卷", "属于行政查询事项"}},
      {"（四）无法提供",
       "无法提供",
       {"本机关不掌握相关政府信息", "没有现成信息需要另行制作", "补正后申请内容仍不明确"}},
      {"（五）不予处理",
       "不予处理",
       {"信访举报投诉类申请", "重复申请", "要求提供公开出版物", "无正当理由大量反复申请",
        "要求行政机关确认或重新出具已获取信息"}},
      {"（六）其他处理",
       "其他处理",
       {"申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "其他"}},
  }};
  return rows;
}

}  // namespace

const std::vector<Choice>& ApplicantTypes() {
  static const std::vector<Choice> v = {{"person", "自然人"},      {"business", "商业企业"},
                                        {"research", "科研机构"},  {"welfare", "社会公益组织"},
                                        {"legal", "法律服务机构"}, {"other_org", "其他"}};
  return v;
}
bool IsOrganisation(ApplicantType t) { return t != ApplicantType::kPerson; }

// Art. 31: how each channel's date of receipt is fixed.
const std::vector<Choice>& Channels() {
  static const std::vector<Choice> v = {{"online", "网上申请"},
                                        {"in_person", "当面提交"},
                                        {"registered_post", "邮政挂号信/EMS"},
                                        {"letter", "平信"},
                                        {"fax", "传真"}};
  return v;
}
const std::vector<Choice>& IdTypes() {
  static const std::vector<Choice> v = {{"resident_id", "居民身份证"},
                                        {"other_id", "其他有效身份证件"},
                                        {"uscc", "统一社会信用代码"},
                                        {"other_org_id", "其他组织机构证明"}};
  return v;
}
const std::vector<Choice>& Media() {
  static const std::vector<Choice> v = {{"paper", "纸质"}, {"electronic", "电子文档"}, {"media", "光盘/存储介质"}};
  return v;
}
const std::vector<Choice>& Deliveries() {
  static const std::vector<Choice> v = {
      {"pickup", "自行领取"}, {"post", "邮寄"}, {"email", "电子邮件"}, {"online", "网上查阅"}};
  return v;
}
const std::vector<Choice>& AppealResults() {
  static const std::vector<Choice> v = {
      {"upheld", "结果维持"}, {"corrected", "结果纠正"}, {"other", "其他结果"}, {"pending", "尚未审结"}};
  return v;
}

const char* LabelOf(const std::vector<Choice>& list, std::string_view code) {
  for (const auto& c : list)
    if (code == c.code) return c.label;
  return "";
}
bool InList(const std::vector<Choice>& list, std::string_view code) {
  for (const auto& c : list)
    if (code == c.code) return true;
  return false;
}

int OutcomeSubCount(int row) {
  return row >= 1 && row <= 6 ? static_cast<int>(Rows()[static_cast<size_t>(row - 1)].subs.size()) : 0;
}
bool ValidOutcome(Outcome o) {
  if (o.row < 1 || o.row > 6) return false;
  int n = OutcomeSubCount(o.row);
  return n == 0 ? o.sub == 0 : o.sub >= 1 && o.sub <= n;
}
std::string OutcomeCode(Outcome o) {
  if (!ValidOutcome(o)) return "";
  return o.sub == 0 ? std::to_string(o.row) : std::to_string(o.row) + "." + std::to_string(o.sub);
}
bool ParseOutcome(std::string_view code, Outcome* out) {
  Outcome o;
  const char* p = code.data();
  const char* end = code.data() + code.size();
  auto r = std::from_chars(p, end, o.row);
  if (r.ec != std::errc()) return false;
  if (r.ptr != end) {
    if (*r.ptr != '.') return false;
    auto r2 = std::from_chars(r.ptr + 1, end, o.sub);
    if (r2.ec != std::errc() || r2.ptr != end) return false;
  }
  if (!ValidOutcome(o) || OutcomeCode(o) != code) return false;  // canonical only: no "03.1"
  *out = o;
  return true;
}
const char* OutcomeRowTitle(int row) { return row >= 1 && row <= 6 ? Rows()[static_cast<size_t>(row - 1)].title : ""; }
const char* OutcomeSubTitle(int row, int sub) {
  if (sub < 1 || sub > OutcomeSubCount(row)) return "";
  return Rows()[static_cast<size_t>(row - 1)].subs[static_cast<size_t>(sub - 1)];
}
std::string OutcomeLabel(Outcome o) {
  if (!ValidOutcome(o)) return "";
  std::string s = Rows()[static_cast<size_t>(o.row - 1)].short_label;
  if (o.sub) s += std::string("·") + OutcomeSubTitle(o.row, o.sub);
  return s;
}
std::vector<Outcome> AllOutcomes() {
  std::vector<Outcome> v;
  for (int row = 1; row <= 6; ++row) {
    int n = OutcomeSubCount(row);
    if (n == 0) v.push_back({row, 0});
    for (int sub = 1; sub <= n; ++sub) v.push_back({row, sub});
  }
  return v;
}

namespace {
constexpr std::array<std::pair<State, Choice>, 8> kStates = {{
    {State::kSubmitted, {"submitted", "待接收确认"}},
    {State::kProcessing, {"processing", "办理中"}},
    {State::kCorrection, {"correction", "待补正"}},
    {State::kConsulting, {"consulting", "征求意见中"}},
    {State::kFeePending, {"fee_pending", "待缴费"}},
    {State::kSignOff, {"sign_off", "待审签"}},
    {State::kClosed, {"closed", "已办结"}},
    {State::kArchived, {"archived", "已归档"}},
}};
}  // namespace

const char* StateCode(State s) {
  for (const auto& [st, c] : kStates)
    if (st == s) return c.code;
  return "";
}
const char* StateLabel(State s) {
  for (const auto& [st, c] : kStates)
    if (st == s) return c.label;
  return "";
}
bool ParseState(std::string_view code, State* out) {
  for (const auto& [st, c] : kStates)
    if (code == c.code) {
      *out = st;
      return true;
    }
  return false;
}

namespace {
constexpr std::array<std::pair<LetterKind, Choice>, 5> kNotices = {{
    {LetterKind::kAcknowledgement, {"acknowledgement", "政府信息公开申请登记回执"}},
    {LetterKind::kCorrection, {"correction", "补正申请告知书"}},
    {LetterKind::kExtension, {"extension", "延期答复告知书"}},
    {LetterKind::kConsultation, {"consultation", "征求意见函"}},
    {LetterKind::kFee, {"fee", "收取信息处理费通知书"}},
}};
}  // namespace

std::string LetterTypeCode(LetterType t) {
  if (t.kind == LetterKind::kReply)
    return "reply-" + std::to_string(t.outcome.row) + (t.outcome.sub ? "-" + std::to_string(t.outcome.sub) : "");
  for (const auto& [k, c] : kNotices)
    if (k == t.kind) return c.code;
  return "";
}

bool ParseLetterType(std::string_view code, LetterType* out) {
  for (const auto& [k, c] : kNotices)
    if (code == c.code) {
      *out = {k, {}};
      return true;
    }
  for (Outcome o : AllOutcomes())
    if (code == LetterTypeCode(ReplyLetter(o))) {
      *out = ReplyLetter(o);
      return true;
    }
  return false;
}

const char* LetterTypeLabel(LetterType t) {
  if (t.kind == LetterKind::kReply) return "政府信息公开申请答复告知书";
  for (const auto& [k, c] : kNotices)
    if (k == t.kind) return c.label;
  return "告知书";
}

void StripPersonal(Application* a) {
  const std::string hidden = "（仅公开办可见）";
  a->applicant_name = hidden;
  for (std::string* field : {&a->contact_person, &a->id_number, &a->phone, &a->email, &a->address, &a->postcode})
    field->clear();
}

}  // namespace gk::applications
