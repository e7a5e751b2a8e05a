#include "applications/service.h"

#include <sodium.h>
#include <soci/soci.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

#include "auth/store.h"
#include "catalogue/model.h"
#include "catalogue/store.h"
#include "common/idcard.h"
#include "common/strings.h"
#include "common/uscc.h"

namespace gk::applications {
namespace {

constexpr size_t kMaxDescriptionBytes = 15000;  // about 5,000 Chinese characters
constexpr size_t kMaxFieldBytes = 600;

auth::AuditEntry Entry(const Application& a, const std::string& action, const std::string& summary) {
  auth::AuditEntry e;
  e.agency_id = a.agency_id;
  e.action = action;
  e.object_type = "application";
  e.object_id = std::to_string(a.id);
  e.summary = summary;
  return e;
}

std::string Hex(const unsigned char* p, size_t n) {
  static const char* digits = "0123456789abcdef";
  std::string s;
  for (size_t i = 0; i < n; ++i) {
    s += digits[p[i] >> 4];
    s += digits[p[i] & 15];
  }
  return s;
}

std::string HashCode(const std::string& code) {
  unsigned char out[32];
  crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char*>(code.data()), code.size(), nullptr, 0);
  return Hex(out, sizeof out);
}

// 12 characters without look-alikes (0/O, 1/I/L), grouped "ABCD-EFGH-JKMN".
std::string NewTrackingCode() {
  static const char* alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
  std::string s;
  for (int i = 0; i < 12; ++i) {
    if (i && i % 4 == 0) s += '-';
    s += alphabet[randombytes_uniform(31)];
  }
  return s;
}

// What a person typed as a tracking code, made comparable.
std::string NormalizeCode(const std::string& in) {
  std::string s;
  for (char c : in) {
    if (c == '-' || c == ' ') continue;
    s += static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
  }
  if (s.size() != 12) return s;
  return s.substr(0, 4) + "-" + s.substr(4, 4) + "-" + s.substr(8, 4);
}

bool TooLong(const std::string& s, size_t max = kMaxFieldBytes) { return s.size() > max; }

std::string Join(const std::vector<std::string>& v) {
  std::string s;
  for (const auto& x : v) s += x;
  return s;
}

}  // namespace

ApplicationService::ApplicationService(std::shared_ptr<storage::Database> db, const gk::Clock& clock,
                                       const WorkCalendar& calendar, ApplicationsOptions options)
    : db_(std::move(db)), clock_(clock), calendar_(calendar), options_(std::move(options)) {}

Date ApplicationService::Today() const { return Date::FromUnixTime(clock_.Now()); }

std::string ApplicationService::ChineseDate(const std::string& ymd) {
  auto d = Date::Parse(ymd);
  if (!d.ok()) return ymd;
  return std::to_string(d->year()) + "年" + std::to_string(d->month()) + "月" + std::to_string(d->day()) + "日";
}

std::string ApplicationService::Merge(const std::string& text, const std::map<std::string, std::string>& values) {
  std::string out;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t open = text.find("{{", pos);
    if (open == std::string::npos) break;
    size_t close = text.find("}}", open + 2);
    if (close == std::string::npos) break;
    std::string name = std::string(Trim(text.substr(open + 2, close - open - 2)));
    out += text.substr(pos, open - pos);
    auto it = values.find(name);
    out += it != values.end() ? it->second : text.substr(open, close + 2 - open);
    pos = close + 2;
  }
  return out + text.substr(pos);
}

std::string ApplicationService::MergeLetter(const std::string& text,
                                            const std::map<std::string, std::string>& values) {
  std::string out;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t end = text.find("\n\n", pos);
    std::string para = text.substr(pos, end == std::string::npos ? std::string::npos : end - pos);
    bool drop = false;
    for (const auto& name : Unfilled(para)) {
      auto it = values.find(name.substr(2, name.size() - 4));
      if (it != values.end() && Trim(it->second).empty()) drop = true;
    }
    if (!drop) out += (out.empty() ? "" : "\n\n") + Merge(para, values);
    if (end == std::string::npos) break;
    pos = end + 2;
  }
  return out;
}

std::vector<std::string> ApplicationService::Unfilled(const std::string& text) {
  std::vector<std::string> out;
  for (size_t pos = text.find("{{"); pos != std::string::npos; pos = text.find("{{", pos + 2)) {
    size_t close = text.find("}}", pos + 2);
    if (close == std::string::npos) break;
    std::string name = std::string(Trim(text.substr(pos + 2, close - pos - 2)));
    out.push_back("{{" + name + "}}");
  }
  return out;
}

// Art. 29: what an application must state, checked all at once.
Status ApplicationService::Validate(Application& a, FieldErrors* errors) {
  FieldErrors local;
  FieldErrors& e = errors ? *errors : local;
  a.applicant_name = std::string(Trim(a.applicant_name));
  a.description = std::string(Trim(a.description));
  a.phone = std::string(Trim(a.phone));
  a.email = std::string(Trim(a.email));
  a.address = std::string(Trim(a.address));
  if (a.applicant_name.empty()) e.Add("applicant_name", IsOrganisation(a.applicant_type) ? "请填写单位名称。" : "请填写姓名。");
  else if (TooLong(a.applicant_name, 300)) e.Add("applicant_name", "名称过长（不超过 100 个字）。");
  if (!InList(IdTypes(), a.id_type)) {
    e.Add("id_type", "请选择证件类型。");
  } else {
    const bool org_doc = a.id_type == "uscc" || a.id_type == "other_org_id";
    if (org_doc != IsOrganisation(a.applicant_type))
      e.Add("id_type", IsOrganisation(a.applicant_type) ? "法人或其他组织请填写统一社会信用代码或其他组织机构证明。"
                                                         : "自然人请填写居民身份证或其他有效身份证件。");
    if (a.id_type == "resident_id") {
      a.id_number = NormalizeIdNumber(a.id_number);
      if (Status s = ValidateResidentId(a.id_number); !s.ok()) e.Add("id_number", s.message());
    } else if (a.id_type == "uscc") {
      a.id_number = NormalizeUscc(a.id_number);
      if (Status s = ValidateUscc(a.id_number); !s.ok()) e.Add("id_number", s.message());
    } else {
      a.id_number = std::string(Trim(a.id_number));
      if (a.id_number.empty()) e.Add("id_number", "请填写证件号码。");
      else if (TooLong(a.id_number, 60)) e.Add("id_number", "证件号码过长。");
    }
  }
  if (IsOrganisation(a.applicant_type) && Trim(a.contact_person).empty())
    e.Add("contact_person", "请填写联系人。");
  if (a.phone.empty() && a.email.empty() && a.address.empty())
    e.Add("phone", "请至少填写一种联系方式（电话、电子邮箱或通信地址）。");
  if (!a.phone.empty()) {
    int digits = 0;
    bool bad = false;
    for (char c : a.phone) {
      if (c >= '0' && c <= '9') ++digits;
      else if (c != '-' && c != ' ' && c != '+' && c != '(' && c != ')') bad = true;
    }
    if (bad || digits < 7 || digits > 20) e.Add("phone", "电话号码格式不正确。");
  }
  if (!a.email.empty()) {
    size_t at = a.email.find('@');
    if (at == std::string::npos || at == 0 || a.email.find('.', at) == std::string::npos || TooLong(a.email, 200) ||
        a.email.find(' ') != std::string::npos)
      e.Add("email", "电子邮箱格式不正确。");
  }
  if (TooLong(a.address)) e.Add("address", "通信地址过长。");
  if (TooLong(a.contact_person, 200)) e.Add("contact_person", "联系人过长。");
  if (TooLong(a.postcode, 20)) e.Add("postcode", "邮政编码过长。");
  if (a.description.size() < 12) e.Add("description", "请具体描述所需政府信息（名称、文号或便于查询的其他特征）。");
  else if (a.description.size() > kMaxDescriptionBytes) e.Add("description", "描述过长（不超过 5000 字）。一件申请请只提一项内容。");
  if (!InList(Media(), a.medium)) e.Add("medium", "请选择获取信息的形式。");
  if (!InList(Deliveries(), a.delivery)) e.Add("delivery", "请选择获取信息的方式。");
  if (a.delivery == "email" && a.email.empty()) e.Add("email", "选择电子邮件方式的，请填写电子邮箱。");
  if (a.delivery == "post" && a.address.empty()) e.Add("address", "选择邮寄方式的，请填写通信地址。");
  if (!InList(Channels(), a.channel)) e.Add("channel", "请选择申请渠道。");
  return e.ToStatus();
}

Clock ApplicationService::ClockOf(const std::vector<Event>& events) const {
  std::vector<ClockEvent> ce;
  for (const auto& e : events) {
    ClockEvent c;
    auto on = Date::Parse(e.on);
    if (on.ok()) c.on = *on;
    if (auto u = Date::Parse(e.until); u.ok()) c.until = *u;
    c.days = e.days;
    if (e.kind == "receive") c.kind = ClockEventKind::kReceived;
    else if (e.kind == "request_correction") c.kind = ClockEventKind::kCorrectionRequested;
    else if (e.kind == "receive_correction") c.kind = ClockEventKind::kCorrectionReceived;
    else if (e.kind == "send_consultation") c.kind = ClockEventKind::kConsultationSent;
    else if (e.kind == "answer_consultation") c.kind = ClockEventKind::kConsultationAnswered;
    else if (e.kind == "extend") c.kind = ClockEventKind::kExtended;
    else if (e.kind == "notify_fee") c.kind = ClockEventKind::kFeeNotified;
    else if (e.kind == "pay_fee" || e.kind == "waive_fee") c.kind = ClockEventKind::kFeeSettled;
    else if (e.kind == "sign_off" || e.kind == "withdraw") c.kind = ClockEventKind::kClosed;
    else continue;
    if (!on.ok() && c.kind != ClockEventKind::kExtended) continue;
    ce.push_back(c);
  }
  return ComputeClock(ce, calendar_, Today(), options_.clock);
}

void ApplicationService::Record(soci::session& sql, Application& a, Event e) {
  e.application_id = a.id;
  e.at = clock_.Now();
  store::InsertEvent(sql, e);
  Clock c = ClockOf(store::Events(sql, a.id));
  a.due_on = c.due && !c.closed ? c.due->ToString() : "";
  a.waiting_until = c.waiting_until ? c.waiting_until->ToString() : "";
}

Result<std::string> ApplicationService::LoadTemplate(const std::string& kind) const {
  for (char c : kind)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return Status::NotFound("没有这种文书模板。");
  std::ifstream in(options_.letters_dir + "/" + kind + ".md");
  if (!in) return Status::NotFound("没有文书模板 " + kind + ".md。");
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::map<std::string, std::string> ApplicationService::MergeValues(soci::session& sql, const CaseFile& f,
                                                                   const ActionInput& in) {
  const Application& a = f.app;
  std::map<std::string, std::string> v;
  auto agency = auth::store::FindAgency(sql, a.agency_id);
  v["agency_name"] = agency ? agency->name : "";
  v["agency_address"] = options_.agency_address;
  v["agency_phone"] = options_.agency_phone;
  v["today"] = ChineseDate(Today().ToString());
  v["applicant_name"] = a.applicant_name;
  v["application_no"] = a.number;
  // Registered after the fact: the applicant submitted on the day received.
  v["submitted_on"] = ChineseDate(a.channel == "online" || a.received_on.empty()
                                      ? Date::FromUnixTime(a.submitted_at).ToString()
                                      : a.received_on);
  v["received_on"] = ChineseDate(a.received_on);
  v["description"] = a.description;
  if (f.clock.due) {
    v["due_on"] = ChineseDate(f.clock.due->ToString());
    v["extended_due_on"] = v["due_on"];
  }
  v["extension_days"] = std::to_string(in.days > 0 ? in.days : f.clock.extension_days);
  v["explanation"] = in.explanation.empty() ? a.explanation : in.explanation;
  v["holder_agency"] = in.holder_agency.empty() ? a.holder_agency : in.holder_agency;
  v["withheld"] = in.withheld.empty() ? a.withheld : in.withheld;
  v["legal_basis"] = in.legal_basis.empty() ? a.legal_basis : in.legal_basis;
  std::string index_no = in.public_index_no.empty() ? a.public_index_no : in.public_index_no;
  v["public_link"] = index_no.empty()                ? ""
                     : options_.public_url.empty() ? "本机关网站“政府信息公开”栏目（索引号 " + index_no + "）"
                                                   : options_.public_url + "/items/" + index_no;
  v["reconsideration_body"] = options_.reconsideration_body;
  v["court"] = options_.court;
  if (a.fee_method != FeeMethod::kNone) {
    v["fee_method"] = FeeMethodLabel(a.fee_method);
    v["fee_amount"] = std::to_string(a.fee_yuan);  // the templates write "{{fee_amount}}元"
    Fee fee = a.fee_method == FeeMethod::kPerPage ? PerPageFee(a.fee_quantity) : PerApplicationFee(a.fee_quantity);
    std::string working;
    for (const auto& line : fee.working) working += "- " + line + "\n";
    v["fee_working"] = working;
  }
  // Values of the latest event of each kind, for the letters that follow them.
  for (const auto& e : f.events) {
    if (e.kind == "request_correction") {
      v["correction_items"] = e.note;
      v["correction_until"] = ChineseDate(e.until);
    } else if (e.kind == "extend") {
      v["extension_reason"] = e.note;
    } else if (e.kind == "send_consultation") {
      v["third_party"] = e.note;
      if (auto on = Date::Parse(e.on); on.ok())
        v["consultation_until"] =
            ChineseDate(calendar_.AddWorkingDays(*on, options_.clock.consultation_days, nullptr).ToString());
    } else if (e.kind == "notify_fee") {
      if (auto on = Date::Parse(e.on); on.ok())
        v["fee_pay_until"] =
            ChineseDate(calendar_.AddWorkingDays(*on, options_.clock.fee_payment_days, nullptr).ToString());
    }
  }
  if (!in.note.empty() && v["correction_items"].empty()) v["correction_items"] = in.note;
  if (!in.third_party.empty()) v["third_party"] = in.third_party;
  return v;
}

std::string ApplicationService::LetterKindFor(Action a, const std::string& outcome) {
  switch (a) {
    case Action::kReceive: return "acknowledgement";
    case Action::kRequestCorrection: return "correction";
    case Action::kExtend: return "extension";
    case Action::kSendConsultation: return "consultation";
    case Action::kNotifyFee: return "fee";
    case Action::kLapseCorrection: return "reply-6-1";
    case Action::kLapseFee: return "reply-6-2";
    case Action::kDraftDecision: {
      Outcome o;
      if (!ParseOutcome(outcome, &o)) return "";
      return o.sub ? "reply-" + std::to_string(o.row) + "-" + std::to_string(o.sub) : "reply-" + std::to_string(o.row);
    }
    default: return "";
  }
}

Result<std::string> ApplicationService::DraftLetter(const CaseFile& file, const std::string& kind,
                                                   const ActionInput& in) {
  auto tpl = LoadTemplate(kind);
  if (!tpl.ok()) return tpl.status();
  std::string out;
  Status s = db_->Read([&](soci::session& sql) {
    auto values = MergeValues(sql, file, in);
    // Left for issue: what the action itself decides.
    for (const char* later : {"letter_no", "correction_until", "extended_due_on", "extension_days",
                              "consultation_until", "fee_amount", "fee_working", "fee_pay_until", "fee_method",
                              "correction_items", "extension_reason", "third_party", "explanation", "public_link",
                              "holder_agency", "withheld", "legal_basis"})
      if (kind != "reply-6-1" && kind != "reply-6-2") values.erase(later);
    values.erase("letter_no");
    // What is not known yet (the receipt date before 接收确认, contacts not
    // configured) stays a placeholder: issuing fills it or drops its paragraph.
    for (auto it = values.begin(); it != values.end();) it = Trim(it->second).empty() ? values.erase(it) : std::next(it);
    out = Merge(*tpl, values);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

Letter ApplicationService::NewLetter(soci::session& sql, const CaseFile& file, const std::string& kind,
                                     const ActionInput& in, bool issue) {
  Letter l;
  l.application_id = file.app.id;
  l.kind = kind;
  l.to_applicant = kind != "consultation";
  l.created_at = clock_.Now();
  std::string body = in.letter_body;
  if (Trim(body).empty()) {
    auto tpl = LoadTemplate(kind);
    body = tpl.ok() ? *tpl : std::string("# ") + LetterKindLabel(kind) + "\n\n{{applicant_name}}：\n\n";
  }
  auto values = MergeValues(sql, file, in);
  const Date today = Today();
  if (!issue) values.erase("today");  // a draft is dated when it is signed off
  if (issue) {
    auto agency = auth::store::FindAgency(sql, file.app.agency_id);
    std::string prefix = agency && !agency->short_name.empty() ? agency->short_name : (agency ? agency->name : "");
    int64_t serial = store::NextSerial(sql, "letter:" + std::to_string(file.app.agency_id), today.year());
    l.number = prefix + "依申〔" + std::to_string(today.year()) + "〕" + std::to_string(serial) + "号";
    values["letter_no"] = l.number;
    l.issued = true;
    l.issued_on = today.ToString();
  }
  l.body_md = MergeLetter(body, values);
  l.title = Trim(in.letter_title).empty() ? std::string(LetterKindLabel(kind)) : std::string(Trim(in.letter_title));
  return l;
}

Result<Submitted> ApplicationService::SubmitOnline(const auth::Actor& actor, Application a, FieldErrors* errors,
                                                   const std::vector<ApplicationFile>& files) {
  a.channel = "online";
  a.state = State::kSubmitted;
  if (Status s = Validate(a, errors); !s.ok()) return s;
  Submitted out;
  out.tracking_code = NewTrackingCode();
  Status s = db_->Transact([&](soci::session& sql) {
    const int64_t now = clock_.Now();
    if (!auth::store::FindAgency(sql, a.agency_id)) return Status::NotFound("受理机关不存在。");
    a.submitted_at = a.created_at = a.updated_at = now;
    const int year = Date::FromUnixTime(now).year();
    char number[32];
    std::snprintf(number, sizeof number, "%d-%06lld", year,
                  static_cast<long long>(store::NextSerial(sql, "application", year)));
    a.number = number;
    a.id = store::Insert(sql, a, HashCode(out.tracking_code));
    for (ApplicationFile f : files) {
      f.application_id = a.id;
      store::InsertFile(sql, f, now);
    }
    Event e;
    e.kind = "submit";
    e.note = files.empty() ? "网上提交" : "网上提交（附件 " + std::to_string(files.size()) + " 个）";
    Record(sql, a, e);
    store::Update(sql, a);
    auth::WriteAudit(sql, actor, now, Entry(a, "application.submit", "网上提交政府信息公开申请 " + a.number));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  out.id = a.id;
  out.number = a.number;
  Reindex(a.id);
  return out;
}

Result<Submitted> ApplicationService::Register(const auth::Actor& actor, const auth::User& user, Application a,
                                               const std::string& received_on, const std::string& letter_body,
                                               FieldErrors* errors) {
  FieldErrors local;
  FieldErrors& e = errors ? *errors : local;
  auto received = Date::Parse(received_on);
  if (!received.ok()) e.Add("received_on", "请填写收到申请的日期（形如 2026-11-26）。");
  else if (*received > Today()) e.Add("received_on", "收到日期不能晚于今天。");
  if (a.channel == "online") e.Add("channel", "网上申请由申请人在网站提交，请选择其他渠道。");
  a.state = State::kProcessing;
  if (!Validate(a, &e).ok() || !e.empty()) return e.ToStatus();
  Submitted out;
  out.tracking_code = NewTrackingCode();
  Status s = db_->Transact([&](soci::session& sql) {
    std::vector<int64_t> ancestors;
    for (auto ag = auth::store::FindAgency(sql, a.agency_id); ag && ag->parent_id; ag = auth::store::FindAgency(sql, ag->parent_id))
      ancestors.push_back(ag->parent_id);
    if (!auth::AllowsFor(user, auth::Permission::kHandleApplications, a.agency_id, ancestors))
      return Status::Denied("您没有在该机构登记申请的权限。");
    const int64_t now = clock_.Now();
    a.submitted_at = a.created_at = a.updated_at = now;
    a.created_by = user.id;
    a.received_on = received->ToString();
    const int year = Date::FromUnixTime(now).year();
    char number[32];
    std::snprintf(number, sizeof number, "%d-%06lld", year,
                  static_cast<long long>(store::NextSerial(sql, "application", year)));
    a.number = number;
    a.id = store::Insert(sql, a, HashCode(out.tracking_code));
    Event reg;
    reg.kind = "register";
    reg.note = LabelOf(Channels(), a.channel);
    reg.user_id = user.id;
    Record(sql, a, reg);
    Event rec;
    rec.kind = "receive";
    rec.on = a.received_on;
    rec.user_id = user.id;
    Record(sql, a, rec);
    store::Update(sql, a);
    CaseFile file;
    file.app = a;
    file.events = store::Events(sql, a.id);
    file.clock = ClockOf(file.events);
    ActionInput in;
    in.letter_body = letter_body;
    Letter ack = NewLetter(sql, file, "acknowledgement", in, true);
    ack.issued_by = user.id;
    store::InsertLetter(sql, ack);
    auth::WriteAudit(sql, actor, now, Entry(a, "application.register", "登记政府信息公开申请 " + a.number));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  out.id = a.id;
  out.number = a.number;
  Reindex(a.id);
  return out;
}

namespace {

std::vector<int64_t> AncestorsOf(soci::session& sql, int64_t agency_id) {
  std::vector<int64_t> out;
  int64_t cur = agency_id;
  for (int depth = 0; depth < 32 && cur != 0; ++depth) {
    auto a = auth::store::FindAgency(sql, cur);
    if (!a || a->parent_id == 0) break;
    out.push_back(a->parent_id);
    cur = a->parent_id;
  }
  return out;
}

}  // namespace


namespace {

// An application as the staff-only index sees it. Personal data stays out:
// only what was asked and decided.
search::Document ToDocument(const Application& a) {
  search::Document d;
  d.id = a.id;
  d.index_no = a.number;
  std::string title = a.description.substr(0, std::min<size_t>(a.description.size(), 120));
  while (!title.empty() && (static_cast<unsigned char>(title.back()) & 0xC0) == 0x80) title.pop_back();
  if (!title.empty() && (static_cast<unsigned char>(title.back()) & 0x80)) title.pop_back();
  d.title = title;
  d.body_text = a.description + "\n" + a.explanation + "\n" + a.legal_basis + "\n" + a.withheld + "\n" + a.dept_answer;
  d.agency_id = a.agency_id;
  d.topic = a.topic;
  d.year = Date::FromUnixTime(a.submitted_at).year();
  d.published_at = a.submitted_at;
  d.url = "/console/applications/" + std::to_string(a.id);
  return d;
}

}  // namespace

// A similarity query for a description: its distinct Chinese two-character
// sequences joined by OR, so BM25 ranks first what shares most of them
// (the search itself ANDs words, for people narrowing a search). Words
// every application has are left out.
static std::string SimilarityQuery(const std::string& text, const std::string& agency_name) {
  static const std::set<std::string> kCommon = {"申请", "公开", "政府", "信息", "请公", "提供", "关于", "相关",
                                                "本人", "贵局", "有关", "情况", "以及", "要求"};
  std::vector<std::string> chars;  // the current run of CJK characters
  std::set<std::string> seen;
  std::string out;
  int terms = 0;
  auto flush = [&] {
    for (size_t i = 0; i + 1 < chars.size() && terms < 40; ++i) {
      std::string bigram = chars[i] + chars[i + 1];
      // The agency's own name (济南, 市场, 监督 …) says nothing about the request.
      if (kCommon.count(bigram) || agency_name.find(bigram) != std::string::npos || !seen.insert(bigram).second)
        continue;
      out += (out.empty() ? "" : " OR ") + bigram;
      ++terms;
    }
    chars.clear();
  };
  for (size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : 4;
    if (len == 3 && i + 3 <= text.size()) {
      unsigned cp = ((c & 0x0F) << 12) | ((static_cast<unsigned char>(text[i + 1]) & 0x3F) << 6) |
                    (static_cast<unsigned char>(text[i + 2]) & 0x3F);
      if (cp >= 0x4E00 && cp <= 0x9FFF) {
        chars.push_back(text.substr(i, 3));
        i += 3;
        continue;
      }
    }
    flush();
    i += len;
  }
  flush();
  return out;
}

void ApplicationService::Reindex(int64_t id) {
  if (!index_) return;
  auto f = Get(id);
  if (!f.ok()) return;
  (void)index_->Upsert(ToDocument(f->app));  // best effort: LIKE search still works
}

Status ApplicationService::RebuildIndex() {
  if (!index_) return Status::Unavailable("申请检索索引不可用。");
  std::vector<Application> all;
  Status s = db_->Read([&](soci::session& sql) {
    store::Filter f;
    f.order_by_due = false;
    f.limit = 10000000;
    all = store::List(sql, f, nullptr);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  size_t i = 0;
  return index_->Rebuild(
      [&](search::Document* d) {
        if (i >= all.size()) return false;
        *d = ToDocument(all[i++]);
        return true;
      },
      nullptr);
}

Result<int> ApplicationService::RecomputeOpen() {
  int changed = 0;
  Status s = db_->Transact([&](soci::session& sql) {
    store::Filter f;
    f.states = {State::kProcessing, State::kCorrection, State::kConsulting, State::kFeePending, State::kSignOff};
    f.limit = 10000000;
    for (auto& a : store::List(sql, f, nullptr)) {
      Clock c = ClockOf(store::Events(sql, a.id));
      std::string due = c.due && !c.closed ? c.due->ToString() : "";
      std::string waiting = c.waiting_until ? c.waiting_until->ToString() : "";
      if (due == a.due_on && waiting == a.waiting_until) continue;
      a.due_on = due;
      a.waiting_until = waiting;
      store::Update(sql, a);
      ++changed;
    }
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return changed;
}

Result<std::vector<int64_t>> ApplicationService::SearchIds(const std::string& text,
                                                           const std::vector<int64_t>& agencies, int limit) {
  if (!index_) return Status::Unavailable("申请检索索引不可用。");
  search::Query q;
  q.text = text.substr(0, 1000);
  if (agencies.size() == 1) q.agency_id = agencies[0];
  q.per_page = std::clamp(limit, 1, 100);
  auto r = index_->Search(q);
  if (!r.ok()) return r.status();
  std::vector<int64_t> ids;
  for (const auto& h : r->hits) ids.push_back(h.id);
  return ids;
}

Result<CaseFile> ApplicationService::Get(int64_t id) {
  CaseFile f;
  Status s = db_->Read([&](soci::session& sql) {
    auto a = store::Find(sql, id);
    if (!a) return Status::NotFound("没有这件申请。");
    f.app = *a;
    f.events = store::Events(sql, id);
    f.letters = store::Letters(sql, id);
    f.appeals = store::Appeals(sql, id);
    f.files = store::Files(sql, id);
    f.signers = store::Signers(sql, a->agency_id);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  f.clock = ClockOf(f.events);
  return f;
}

Result<CaseFile> ApplicationService::Open(const auth::Actor& actor, const auth::User& user, int64_t id) {
  auto f = Get(id);
  if (!f.ok()) return f;
  // Personal data: staff of the handling agency with a role in the case
  // (the 公开办, or the department assigned to search); every view audited.
  Status s = db_->Transact([&](soci::session& sql) {
    auto ancestors = AncestorsOf(sql, f->app.agency_id);
    bool officer = auth::AllowsFor(user, auth::Permission::kHandleApplications, f->app.agency_id, ancestors);
    bool department = f->app.department_id != 0 &&
                      auth::AllowsFor(user, auth::Permission::kAnswerApplications, f->app.agency_id, ancestors) &&
                      std::any_of(user.roles.begin(), user.roles.end(), [&](const auth::RoleGrant& g) {
                        return g.department_id == f->app.department_id;
                      });
    if (!officer && !department) return Status::Denied("您不是这件申请的承办人员，不能查看。");
    auth::WriteAudit(sql, actor, clock_.Now(),
                     Entry(f->app, "application.view",
                           "查看申请 " + f->app.number + (officer ? "（含申请人个人信息）" : "（协查）")));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return f;
}

Result<CaseFile> ApplicationService::Lookup(const std::string& number, const std::string& code) {
  const Status not_found = Status::NotFound("申请编号或查询码不正确。");
  std::string n = std::string(Trim(number));
  std::string c = NormalizeCode(code);
  if (n.empty() || n.size() > 20 || c.size() != 14) return not_found;
  int64_t id = 0;
  std::string hash;
  Status s = db_->Read([&](soci::session& sql) {
    auto a = store::FindByNumber(sql, n, &hash);
    if (a) id = a->id;
    return Status::Ok();
  });
  if (!s.ok()) return s;
  std::string want = HashCode(c);
  // Compared in constant time; a missing number costs the same hash.
  if (id == 0 || hash.size() != want.size() || sodium_memcmp(hash.data(), want.data(), want.size()) != 0)
    return not_found;
  return Get(id);
}

Result<CaseFacts> ApplicationService::Facts(const auth::User& user, const Application& app) {
  CaseFacts f;
  f.today = Today();
  Status s = db_->Read([&](soci::session& sql) {
    f.agency_ancestors = AncestorsOf(sql, app.agency_id);
    auto events = store::Events(sql, app.id);
    f.clock = ClockOf(events);
    for (const auto& e : events) {
      if (e.kind == "request_correction") f.correction_requested = true;
      if (e.kind == "extend") f.extended = true;
      if (e.kind == "draft_decision" || e.kind == "lapse_correction" || e.kind == "lapse_fee") f.drafted_by = e.user_id;
    }
    auto signers = store::Signers(sql, app.agency_id);
    f.is_signer = std::find(signers.begin(), signers.end(), user.id) != signers.end();
    f.in_department = app.department_id != 0 && std::any_of(user.roles.begin(), user.roles.end(), [&](const auto& g) {
                        return g.department_id == app.department_id;
                      });
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return f;
}

std::vector<std::string> ApplicationService::Refusals(Action a, const CaseFile& file, const auth::User& user) {
  auto f = Facts(user, file.app);
  if (!f.ok()) return {f.status().message()};
  return applications::Refusals(a, file.app, user, *f);
}

Status ApplicationService::Perform(const auth::Actor& actor, const auth::User& user, int64_t id, Action action,
                                   const ActionInput& in, FieldErrors* errors) {
  FieldErrors local;
  FieldErrors& err = errors ? *errors : local;
  auto file = Get(id);
  if (!file.ok()) return file.status();
  auto facts = Facts(user, file->app);
  if (!facts.ok()) return facts.status();
  auto why = applications::Refusals(action, file->app, user, *facts);
  if (!why.empty()) {
    return Permitted(action, file->app, user, *facts) ? Status::Conflict(Join(why)) : Status::Denied(Join(why));
  }
  const Date today = Today();
  // The date the step happened: today unless given; never in the future
  // and never before the application was filed.
  Date on = today;
  if (!Trim(in.on).empty()) {
    auto d = Date::Parse(std::string(Trim(in.on)));
    if (!d.ok()) err.Add("on", "日期格式不正确（形如 2026-11-26）。");
    else if (*d > today) err.Add("on", "日期不能晚于今天。");
    else if (auto received = Date::Parse(file->app.received_on); received.ok() && *d < *received)
      err.Add("on", "日期不能早于收到申请的日期（" + file->app.received_on + "）。");
    else if (!received.ok() && *d < Date::FromUnixTime(file->app.submitted_at))
      err.Add("on", "日期不能早于申请提交的日期。");
    else on = *d;
  }
  Application app = file->app;
  Event ev;
  ev.kind = ActionCode(action);
  ev.on = on.ToString();
  ev.user_id = user.id;
  ev.note = std::string(Trim(in.note));
  std::string letter_kind = LetterKindFor(action, in.outcome);
  bool issue_letter = !letter_kind.empty();
  bool draft_only = false;  // reply letters wait for sign-off
  Appeal appeal;
  auto need_note = [&](const char* message) {
    if (ev.note.empty()) err.Add("note", message);
  };

  switch (action) {
    case Action::kReceive:
      if (on < Date::FromUnixTime(app.submitted_at)) err.Add("on", "接收确认日期不能早于网上提交日期。");
      app.received_on = ev.on;
      break;
    case Action::kRequestCorrection: {
      need_note("请写明需要补正的事项（一次性告知）。");
      Date until = calendar_.AddWorkingDays(on, options_.correction_period_days, nullptr);
      if (!Trim(in.until).empty()) {
        auto u = Date::Parse(std::string(Trim(in.until)));
        if (!u.ok() || *u <= on) err.Add("until", "补正期限应为发出告知之后的日期。");
        else until = *u;
      }
      ev.until = until.ToString();
      break;
    }
    case Action::kReceiveCorrection:
      if (!ev.note.empty()) app.description += "\n\n【补正内容 " + ev.on + "】" + ev.note;
      break;
    case Action::kLapseCorrection:
      app.outcome = "6.1";
      draft_only = true;
      break;
    case Action::kSendConsultation:
      ev.note = std::string(Trim(in.third_party));
      if (ev.note.empty()) err.Add("third_party", "请填写征求意见的第三方或有关机关。");
      break;
    case Action::kAnswerConsultation:
      break;
    case Action::kExtend:
      if (in.days < 1 || in.days > options_.clock.max_extension_days)
        err.Add("days", "延长的工作日数应为 1 到 " + std::to_string(options_.clock.max_extension_days) + "（条例第三十三条）。");
      need_note("请写明延期理由。");
      ev.days = in.days;
      break;
    case Action::kNotifyFee: {
      FeeMethod m = FeeMethod::kNone;
      ParseFeeMethod(in.fee_method, &m);
      if (m == FeeMethod::kPerPage) {
        if (in.pages < 1 || in.pages > 1000000) err.Add("pages", "请填写页数。");
        app.fee_quantity = in.pages;
        app.fee_yuan = PerPageFee(in.pages).yuan;
      } else if (m == FeeMethod::kPerApplication) {
        // 按件计收: the applicant's n-th application received this calendar month.
        auto received = Date::Parse(app.received_on);
        if (received.ok()) {
          std::string month = app.received_on.substr(0, 8);
          Status s = db_->Read([&](soci::session& sql) {
            app.fee_quantity = static_cast<int>(
                store::CountReceivedBy(sql, app.agency_id, app.id_number, month + "01", month + "31", app.id));
            return Status::Ok();
          });
          if (!s.ok()) return s;
        }
        app.fee_yuan = PerApplicationFee(app.fee_quantity).yuan;
      } else {
        err.Add("fee_method", "请选择计费方式（按件计收或按量计收，二者只能选其一）。");
      }
      app.fee_method = m;
      if (err.empty() && app.fee_yuan <= 0)
        err.Add("fee_method", "按规定本申请不收取信息处理费（" +
                                  std::string(m == FeeMethod::kPerPage ? "30 页以内免费" : "本月第 10 件以内免费") + "）。");
      ev.note = std::string(FeeMethodLabel(m)) + " " + std::to_string(app.fee_yuan) + " 元";
      break;
    }
    case Action::kPayFee:
      break;
    case Action::kWaiveFee:
      need_note("请写明减免理由。");
      break;
    case Action::kLapseFee:
      app.outcome = "6.2";
      draft_only = true;
      break;
    case Action::kAssign: {
      bool found = false;
      Status s = db_->Read([&](soci::session& sql) {
        auto d = auth::store::FindDepartment(sql, in.department_id);
        if (d && d->agency_id == app.agency_id) {
          found = true;
          ev.note = d->name;
        }
        return Status::Ok();
      });
      if (!s.ok()) return s;
      if (!found) err.Add("department_id", "请选择本机关的处室或单位。");
      Date due = calendar_.AddWorkingDays(today, 5, nullptr);
      if (!Trim(in.until).empty()) {
        auto u = Date::Parse(std::string(Trim(in.until)));
        if (!u.ok() || *u < today) err.Add("until", "协查答复日期应为今天或之后的日期。");
        else due = *u;
      }
      ev.until = due.ToString();
      app.department_id = in.department_id;
      app.dept_due_on = ev.until;
      app.dept_answer.clear();
      break;
    }
    case Action::kDeptAnswer:
      need_note("请写明本部门掌握的相关信息情况。");
      app.dept_answer = ev.note;
      break;
    case Action::kJointReview:
      need_note("请填写会商意见。");
      app.joint_review = true;
      app.joint_notes += (app.joint_notes.empty() ? "" : "\n") + ev.on + " " + user.display_name + "：" + ev.note;
      break;
    case Action::kDraftDecision: {
      Outcome o;
      if (!ParseOutcome(in.outcome, &o)) {
        err.Add("outcome", "请选择办理结果。");
        break;
      }
      app.outcome = OutcomeCode(o);
      app.explanation = std::string(Trim(in.explanation));
      app.public_index_no = std::string(Trim(in.public_index_no));
      app.holder_agency = std::string(Trim(in.holder_agency));
      app.legal_basis = std::string(Trim(in.legal_basis));
      app.withheld = std::string(Trim(in.withheld));
      // Art. 36, 37: what each kind of reply must say.
      if (!app.public_index_no.empty()) {
        bool found = false;
        Status q = db_->Read([&](soci::session& sql) {
          auto item = catalogue::store::FindItemByIndexNo(sql, app.public_index_no);
          found = item && item->state == catalogue::State::kPublished;
          return Status::Ok();
        });
        if (!q.ok()) return q;
        if (!found) err.Add("public_index_no", "没有已发布的索引号为 " + app.public_index_no + " 的信息。");
      }
      if (o.row == 2 && app.withheld.empty()) err.Add("withheld", "部分公开须写明不予公开的部分及理由（条例第三十七条）。");
      if (o.row == 3 && app.legal_basis.empty()) err.Add("legal_basis", "不予公开须写明法律依据和理由（条例第三十六条第三项）。");
      if (o.row == 4 && o.sub == 1 && app.explanation.empty() && app.holder_agency.empty())
        err.Add("holder_agency", "请说明信息不存在，或写明负责公开该信息的机关及其联系方式（条例第三十六条）。");
      if (o.row == 5 && o.sub == 1 && app.explanation.empty())
        err.Add("explanation", "请告知申请人不作为政府信息公开申请处理，并告知通过相应渠道提出（条例第三十九条）。");
      ev.note = OutcomeLabel(o);
      draft_only = true;
      break;
    }
    case Action::kSendBack:
      need_note("请写明退回意见。");
      break;
    case Action::kSignOff:
      app.closed_on = today.ToString();
      ev.on = app.closed_on;
      break;
    case Action::kWithdraw:
      app.outcome = "6.3";
      app.closed_on = ev.on;
      if (ev.note.empty()) ev.note = "申请人撤回申请";
      break;
    case Action::kArchive:
      break;
    case Action::kAppeal: {
      Appeal& ap = appeal;
      ap = in.appeal;
      ap.application_id = app.id;
      const bool update = ap.id != 0;  // the result of a pending appeal
      if (!update && ap.kind != "reconsideration" && ap.kind != "litigation")
        err.Add("appeal_kind", "请选择行政复议或行政诉讼。");
      if (!update && !Date::Parse(ap.filed_on).ok()) err.Add("filed_on", "请填写提起日期（形如 2026-11-26）。");
      if (!InList(AppealResults(), ap.result)) err.Add("result", "请选择结果。");
      if (ap.result != "pending" && !Date::Parse(ap.decided_on).ok())
        err.Add("decided_on", "已审结的，请填写审结日期。");
      if (ap.result == "pending") ap.decided_on.clear();
      if (ap.kind == "reconsideration") ap.after_reconsideration = false;
      if (update && ap.result == "pending") err.Add("result", "请选择审结结果。");
      ev.note = update ? std::string("复议/诉讼审结：") + LabelOf(AppealResults(), ap.result) + " " + ap.decided_on
                       : std::string(ap.kind == "reconsideration" ? "行政复议" : "行政诉讼") + "：" + ap.body + "（" +
                             LabelOf(AppealResults(), ap.result) + "）";
      break;
    }
    case Action::kSetTopic: {
      const auto& topics = catalogue::Topics();
      if (std::find(topics.begin(), topics.end(), in.topic) == topics.end()) err.Add("topic", "请选择主题分类。");
      app.topic = in.topic;
      ev.note = in.topic;
      break;
    }
  }
  if (!err.empty()) return err.ToStatus();

  app.state = NextState(action, app.state);
  app.updated_at = clock_.Now();
  Status done = db_->Transact([&](soci::session& sql) {
    // The state may have moved since it was read: refuse rather than overwrite.
    auto current = store::Find(sql, id);
    if (!current || current->state != file->app.state || current->updated_at != file->app.updated_at)
      return Status::Conflict("这件申请刚被他人处理过，请刷新后重试。");
    Record(sql, app, ev);
    if (action == Action::kSignOff) app.due_on.clear();
    store::Update(sql, app);
    if (action == Action::kAppeal) {
      if (appeal.id == 0) store::InsertAppeal(sql, appeal, clock_.Now());
      else if (!store::UpdateAppealResult(sql, appeal)) return Status::Conflict("该复议或诉讼已登记结果。");
    }
    CaseFile now;
    now.app = app;
    now.events = store::Events(sql, app.id);
    now.letters = store::Letters(sql, app.id);
    now.clock = ClockOf(now.events);
    // A letter goes out complete: no placeholder may be left in it.
    auto unfilled = [](const Letter& l) -> Status {
      std::string names;
      for (const auto& n : Unfilled(l.body_md))
        if (l.issued || (n != "{{letter_no}}" && n != "{{today}}")) names += n;  // a draft gets both at sign-off
      if (names.empty()) return Status::Ok();
      return Status::Invalid("文书中仍有未填写的内容 " + names + "，请在文书中填写或删除所在段落。", "letter_body");
    };
    if (issue_letter) {
      Letter l = NewLetter(sql, now, letter_kind, in, !draft_only);
      if (Status u = unfilled(l); !u.ok()) return u;
      l.issued_by = draft_only ? 0 : user.id;
      // One draft reply at a time: a new draft replaces the old one.
      bool replaced = false;
      if (draft_only)
        for (const auto& old : now.letters)
          if (!old.issued && old.kind.starts_with("reply")) {
            l.id = old.id;
            store::UpdateDraftLetter(sql, l);
            sql << "UPDATE application_letters SET kind = :k WHERE id = :i AND issued = 0", soci::use(l.kind),
                soci::use(l.id);
            replaced = true;
          }
      if (!replaced) store::InsertLetter(sql, l);
    }
    if (action == Action::kSignOff) {
      // 审签: the draft reply is issued, numbered and dated, with the signer.
      bool issued = false;
      for (auto l : now.letters) {
        if (l.issued || !l.kind.starts_with("reply")) continue;
        ActionInput edited;
        edited.letter_title = l.title;
        edited.letter_body = l.body_md;
        Letter fresh = NewLetter(sql, now, l.kind, edited, true);
        l.number = fresh.number;
        l.body_md = fresh.body_md;
        l.issued_on = fresh.issued_on;
        l.issued_by = user.id;
        l.signed_by_name = user.display_name.empty() ? user.username : user.display_name;
        l.signed_at = clock_.Now();
        if (Status u = unfilled(l); !u.ok()) return u;
        store::IssueLetter(sql, l);
        issued = true;
      }
      if (!issued) return Status::Conflict("没有待审签的答复告知书。");
    }
    auth::WriteAudit(sql, actor, clock_.Now(),
                     Entry(app, std::string("application.") + ActionCode(action),
                           std::string(ActionLabel(action)) + "：" + app.number +
                               (ev.note.empty() || action == Action::kDeptAnswer ? "" : "（" + ev.note.substr(0, 300) + "）")));
    return Status::Ok();
  });
  if (done.ok()) Reindex(id);
  return done;
}

Result<std::vector<Application>> ApplicationService::List(const store::Filter& f, int64_t* total) {
  std::vector<Application> out;
  Status s = db_->Read([&](soci::session& sql) {
    out = store::List(sql, f, total);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

Result<Counts> ApplicationService::Dashboard(const std::vector<int64_t>& agencies) {
  Counts c;
  const Date today = Today();
  const std::vector<State> running = {State::kProcessing, State::kConsulting, State::kSignOff};
  Status s = db_->Read([&](soci::session& sql) {
    store::Filter f;
    f.agencies = agencies;
    f.states = {State::kSubmitted};
    c.to_confirm = store::Count(sql, f);
    f.states = {State::kProcessing, State::kCorrection, State::kConsulting, State::kFeePending, State::kSignOff};
    c.open = store::Count(sql, f);
    f.states = {State::kCorrection, State::kFeePending};
    c.waiting_applicant = store::Count(sql, f);
    f.states = {State::kConsulting};
    c.waiting_third_party = store::Count(sql, f);
    f.states = {State::kSignOff};
    c.sign_off = store::Count(sql, f);
    f.states = running;
    f.due_to = today.AddDays(-1).ToString();
    c.overdue = store::Count(sql, f);
    f.due_from = today.ToString();
    f.due_to = calendar_.AddWorkingDays(today, 3, nullptr).ToString();
    c.due_soon = store::Count(sql, f);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return c;
}

Result<std::vector<Application>> ApplicationService::Related(const Application& app) {
  std::vector<Application> out;
  Status s = db_->Read([&](soci::session& sql) {
    store::Filter f;
    f.agencies = {app.agency_id};
    f.exclude_id = app.id;
    f.order_by_due = false;
    f.limit = 20;
    f.id_number = app.id_number;
    out = store::List(sql, f, nullptr);
    // Similar requests: by full-text search when the index is there.
    auto agency = auth::store::FindAgency(sql, app.agency_id);
    const std::string similar = SimilarityQuery(app.description, agency ? agency->name : "");
    if (index_ && !similar.empty()) {
      auto ids = SearchIds(similar, {app.agency_id}, 12);
      if (ids.ok()) {
        store::Filter g = f;
        g.id_number.clear();
        g.use_ids = true;
        g.ids = ids.value();
        for (auto& a : store::List(sql, g, nullptr))
          if (std::none_of(out.begin(), out.end(), [&](const Application& x) { return x.id == a.id; }))
            out.push_back(a);
        return Status::Ok();
      }
    }
    // Without the index: the same opening words of the description.
    std::string probe = app.description.substr(0, std::min<size_t>(app.description.size(), 18));
    while (!probe.empty() && (static_cast<unsigned char>(probe.back()) & 0xC0) == 0x80) probe.pop_back();
    if (!probe.empty() && (static_cast<unsigned char>(probe.back()) & 0x80)) probe.pop_back();
    if (probe.size() >= 6) {
      store::Filter g = f;
      g.id_number.clear();
      g.text = probe;
      for (auto& a : store::List(sql, g, nullptr))
        if (std::none_of(out.begin(), out.end(), [&](const Application& x) { return x.id == a.id; }))
          out.push_back(a);
    }
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

Result<AnnualTables> ApplicationService::Tables(int year, const std::vector<int64_t>& agencies) {
  if (year < 2000 || year > 9998) return Status::Invalid("年份无效。", "year");
  std::vector<ReportCase> cases;
  std::vector<ReportAppeal> appeals;
  Status s = db_->Read([&](soci::session& sql) {
    cases = store::ReportCases(sql, agencies, std::to_string(year) + "-01-01", std::to_string(year) + "-12-31");
    appeals = store::ReportAppeals(sql, agencies, year);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return ComputeTables(year, cases, appeals);
}

Result<ApplicationService::Stats> ApplicationService::Statistics(const std::vector<int64_t>& agencies,
                                                               const std::string& from, const std::string& to) {
  Stats st;
  Status s = db_->Read([&](soci::session& sql) {
    // Fixed expressions only; the dates are bound.
    st.by_month = store::CountBy(sql, agencies, "substr(received_on, 1, 7)", from, to);
    st.by_channel = store::CountBy(sql, agencies, "channel", from, to);
    st.by_type = store::CountBy(sql, agencies, "applicant_type", from, to);
    st.by_department = store::CountBy(sql, agencies, "CAST(COALESCE(department_id, 0) AS TEXT)", from, to);
    st.by_topic = store::CountBy(sql, agencies, "topic", from, to);
    st.by_outcome = store::CountBy(sql, agencies, "CASE WHEN closed_on = '' THEN '' ELSE outcome END", from, to);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  for (const auto& [k, n] : st.by_channel) st.total += n;
  return st;
}

Status ApplicationService::AuditExport(const auth::Actor& actor, int64_t agency_id, const std::string& summary) {
  return db_->Transact([&](soci::session& sql) {
    auth::AuditEntry e;
    e.agency_id = agency_id;
    e.action = "application.export";
    e.object_type = "application";
    e.summary = summary;
    auth::WriteAudit(sql, actor, clock_.Now(), e);
    return Status::Ok();
  });
}

Result<std::vector<int64_t>> ApplicationService::Signers(int64_t agency_id) {
  std::vector<int64_t> out;
  Status s = db_->Read([&](soci::session& sql) {
    out = store::Signers(sql, agency_id);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

Status ApplicationService::SetSigners(const auth::Actor& actor, const auth::User* by, int64_t agency_id,
                                      const std::vector<int64_t>& ids) {
  return db_->Transact([&](soci::session& sql) {
    auto agency = auth::store::FindAgency(sql, agency_id);
    if (!agency) return Status::NotFound("机构不存在。");
    const auto ancestors = AncestorsOf(sql, agency_id);
    if (by && !auth::AllowsFor(*by, auth::Permission::kManageAgencies, agency_id, ancestors))
      return Status::Denied("您不能管理该机构。");
    std::string names;
    for (int64_t id : ids) {
      auto u = auth::store::FindUser(sql, id);
      if (!u) return Status::Invalid("用户不存在。", "signers");
      if (!auth::AllowsFor(*u, auth::Permission::kHandleApplications, agency_id, ancestors))
        return Status::Invalid("审签人须为本机关公开办人员：" + u->username, "signers");
      names += (names.empty() ? "" : "、") + (u->display_name.empty() ? u->username : u->display_name);
    }
    store::SetSigners(sql, agency_id, ids);
    auth::AuditEntry e;
    e.agency_id = agency_id;
    e.action = "application.signers";
    e.object_type = "agency";
    e.object_id = std::to_string(agency_id);
    e.summary = "设置依申请公开答复审签人：" + (names.empty() ? std::string("（无）") : names);
    auth::WriteAudit(sql, actor, clock_.Now(), e);
    return Status::Ok();
  });
}

std::vector<int64_t> ApplicationService::HandledAgencies(const auth::User& user, bool* all) {
  *all = false;
  std::vector<int64_t> out;
  for (const auto& g : user.roles)
    if (g.agency_id == 0 && auth::AllowsFor(user, auth::Permission::kHandleApplications, 1, {}) &&
        (g.role == auth::Role::kOfficer))
      *all = true;
  if (*all) return out;
  Status s = db_->Read([&](soci::session& sql) {
    for (const auto& a : auth::store::ListAgencies(sql)) {
      if (auth::AllowsFor(user, auth::Permission::kHandleApplications, a.id, AncestorsOf(sql, a.id)) ||
          auth::AllowsFor(user, auth::Permission::kAnswerApplications, a.id, AncestorsOf(sql, a.id)))
        out.push_back(a.id);
    }
    return Status::Ok();
  });
  if (!s.ok()) out.clear();
  return out;
}

}  // namespace gk::applications
