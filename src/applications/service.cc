#include "applications/service.h"

#include <sodium.h>
#include <soci/soci.h>

#include <algorithm>

#include "auth/scope.h"
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

Status ApplicationService::CheckOnline(Application a, FieldErrors* errors) {
  a.channel = "online";
  a.state = State::kSubmitted;
  return Validate(a, errors);
}

Result<Submitted> ApplicationService::SubmitOnline(const auth::Actor& actor, Application a, FieldErrors* errors,
                                                   const std::vector<ApplicationFile>& files) {
  a.channel = "online";
  a.state = State::kSubmitted;
  if (Status s = Validate(a, errors); !s.ok()) return s;  // also normalises `a`
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
    if (!auth::AllowsFor(user, auth::Permission::kHandleApplications, a.agency_id,
                         auth::AgencyAncestors(sql, a.agency_id)))
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
    const bool officer = auth::AllowsFor(user, auth::Permission::kHandleApplications, f->app.agency_id,
                                         auth::AgencyAncestors(sql, f->app.agency_id));
    const bool department =
        auth::DepartmentAllows(user, auth::Permission::kAnswerApplications, f->app.department_id);
    if (!officer && !department) return Status::Denied("您不是这件申请的承办人员，不能查看。");
    f->personal = officer;
    if (!officer) {
      StripPersonal(&f->app);
      f->letters.clear();
      f->files.clear();
    }
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
    f.agency_ancestors = auth::AgencyAncestors(sql, app.agency_id);
    auto events = store::Events(sql, app.id);
    f.clock = ClockOf(events);
    for (const auto& e : events) {
      if (e.kind == "request_correction") f.correction_requested = true;
      if (e.kind == "extend") f.extended = true;
      if (e.kind == "draft_decision" || e.kind == "lapse_correction" || e.kind == "lapse_fee") f.drafted_by = e.user_id;
    }
    auto signers = store::Signers(sql, app.agency_id);
    f.is_signer = std::find(signers.begin(), signers.end(), user.id) != signers.end();
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

}  // namespace gk::applications
