#include "applications/service.h"

#include "common/secrets.h"

#include <soci/soci.h>
#include <sodium.h>

#include <algorithm>

#include "access/scope.h"
#include "auth/store.h"
#include "common/china_time.h"
#include "common/idcard.h"
#include "common/strings.h"
#include "common/uscc.h"

namespace gk::applications {
namespace {

constexpr size_t kMaxDescriptionBytes = 15000;  // about 5,000 Chinese characters
constexpr size_t kMaxFieldBytes = 600;

}  // namespace

auth::AuditEntry ApplicationService::Entry(const Application& a, const std::string& action,
                                           const std::string& summary) {
  auth::AuditEntry e;
  e.agency_id = a.agency_id;
  e.action = action;
  e.object_type = "application";
  e.object_id = std::to_string(a.id);
  e.summary = summary;
  return e;
}

namespace {


bool TooLong(const std::string& s, size_t max = kMaxFieldBytes) { return s.size() > max; }

}  // namespace

ApplicationService::ApplicationService(std::shared_ptr<storage::Database> db, const gk::Clock& clock,
                                       const WorkCalendar& calendar, ApplicationsOptions options)
    : db_(std::move(db)),
      clock_(clock),
      calendar_(calendar),
      options_(std::move(options)),
      letters_(db_, clock_, calendar_, options_),
      reports_(db_) {}

Date ApplicationService::Today() const { return ChinaToday(clock_); }

// Art. 29: what an application must state, checked all at once.
Status ApplicationService::Validate(Application& a, FieldErrors* errors) {
  FieldErrors local;
  FieldErrors& e = errors ? *errors : local;
  a.applicant_name = std::string(Trim(a.applicant_name));
  a.description = std::string(Trim(a.description));
  a.phone = std::string(Trim(a.phone));
  a.email = std::string(Trim(a.email));
  a.address = std::string(Trim(a.address));
  if (a.applicant_name.empty())
    e.Add("applicant_name", IsOrganisation(a.applicant_type) ? "请填写单位名称。" : "请填写姓名。");
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
  if (IsOrganisation(a.applicant_type) && Trim(a.contact_person).empty()) e.Add("contact_person", "请填写联系人。");
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
  else if (a.description.size() > kMaxDescriptionBytes)
    e.Add("description", "描述过长（不超过 5000 字）。一件申请请只提一项内容。");
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
    if (e.on) c.on = *e.on;
    if (e.until) c.until = *e.until;
    c.days = e.days;
    const Action* action = e.kind.action();
    const auto kind = action ? ClockKind(*action) : std::nullopt;
    if (!kind) continue;
    c.kind = *kind;
    if (!e.on && c.kind != ClockEventKind::kExtended) continue;
    ce.push_back(c);
  }
  return ComputeClock(ce, calendar_, Today(), options_.clock);
}

void ApplicationService::Record(soci::session& sql, Application& a, Event e) {
  e.application_id = a.id;
  e.at = clock_.Now();
  store::InsertEvent(sql, e);
  Clock c = ClockOf(store::Events(sql, a.id));
  a.due_on = c.closed ? std::nullopt : c.due;
  a.waiting_until = c.waiting_until;
}

Status ApplicationService::CheckOnline(Application a, FieldErrors* errors) {
  a.channel = "online";
  a.state = State::kSubmitted;
  return Validate(a, errors);
}

Result<Submitted> ApplicationService::SubmitOnline(const access::Actor& actor, Application a, FieldErrors* errors,
                                                   const std::vector<ApplicationFile>& files) {
  a.channel = "online";
  a.state = State::kSubmitted;
  if (Status s = Validate(a, errors); !s.ok()) return s;  // also normalises `a`
  Submitted out;
  out.tracking_code = NewPersonCode();
  Status s = db_->Transact([&](soci::session& sql) {
    const int64_t now = clock_.Now();
    if (!auth::store::FindAgency(sql, a.agency_id)) return Status::NotFound("受理机关不存在。");
    a.submitted_at = a.created_at = a.updated_at = now;
    const int year = ChinaDate(now).year();
    char number[32];
    std::snprintf(number, sizeof number, "%d-%06lld", year,
                  static_cast<long long>(store::NextSerial(sql, "application", year)));
    a.number = number;
    a.id = store::Insert(sql, a, HashToken(out.tracking_code));
    for (ApplicationFile f : files) {
      f.application_id = a.id;
      store::InsertFile(sql, f, now);
    }
    Event e;
    e.kind = Filing::kSubmit;
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

Result<Submitted> ApplicationService::Register(const access::Actor& actor, const access::User& user, Application a,
                                               std::optional<Date> received, const std::string& letter_body,
                                               FieldErrors* errors) {
  FieldErrors local;
  FieldErrors& e = errors ? *errors : local;
  if (!received) e.Add("received_on", "请填写收到申请的日期（形如 2026-11-26）。");
  else if (*received > Today()) e.Add("received_on", "收到日期不能晚于今天。");
  if (a.channel == "online") e.Add("channel", "网上申请由申请人在网站提交，请选择其他渠道。");
  a.state = State::kProcessing;
  if (!Validate(a, &e).ok() || !e.empty()) return e.ToStatus();
  Submitted out;
  out.tracking_code = NewPersonCode();
  Status s = db_->Transact([&](soci::session& sql) {
    if (!access::AllowsFor(user, access::Permission::kHandleApplications, a.agency_id,
                           access::AgencyAncestors(sql, a.agency_id)))
      return Status::Denied("您没有在该机构登记申请的权限。");
    const int64_t now = clock_.Now();
    a.submitted_at = a.created_at = a.updated_at = now;
    a.created_by = user.id;
    a.received_on = *received;
    const int year = ChinaDate(now).year();
    char number[32];
    std::snprintf(number, sizeof number, "%d-%06lld", year,
                  static_cast<long long>(store::NextSerial(sql, "application", year)));
    a.number = number;
    a.id = store::Insert(sql, a, HashToken(out.tracking_code));
    Event reg;
    reg.kind = Filing::kRegister;
    reg.note = LabelOf(Channels(), a.channel);
    reg.user_id = user.id;
    Record(sql, a, reg);
    Event rec;
    rec.kind = Action::kReceive;
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
    Letter ack = letters_.New(sql, file, {LetterKind::kAcknowledgement, {}}, in, true);
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

Result<CaseFile> ApplicationService::Open(const access::Actor& actor, const access::User& user, int64_t id) {
  auto f = Get(id);
  if (!f.ok()) return f;
  // Personal data: staff of the handling agency with a role in the case
  // (the 公开办, or the department assigned to search); every view audited.
  Status s = db_->Transact([&](soci::session& sql) {
    const bool officer = access::AllowsFor(user, access::Permission::kHandleApplications, f->app.agency_id,
                                           access::AgencyAncestors(sql, f->app.agency_id));
    const bool department =
        access::DepartmentAllows(user, access::Permission::kAnswerApplications, f->app.department_id);
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
  std::string c = NormalizePersonCode(code);
  if (n.empty() || n.size() > 20 || c.size() != 14) return not_found;
  int64_t id = 0;
  std::string hash;
  Status s = db_->Read([&](soci::session& sql) {
    auto a = store::FindByNumber(sql, n, &hash);
    if (a) id = a->id;
    return Status::Ok();
  });
  if (!s.ok()) return s;
  std::string want = HashToken(c);
  // Compared in constant time; a missing number costs the same hash.
  if (id == 0 || hash.size() != want.size() || sodium_memcmp(hash.data(), want.data(), want.size()) != 0)
    return not_found;
  return Get(id);
}

Result<CaseFacts> ApplicationService::Facts(const access::User& user, const Application& app) {
  CaseFacts f;
  f.today = Today();
  Status s = db_->Read([&](soci::session& sql) {
    f.agency_ancestors = access::AgencyAncestors(sql, app.agency_id);
    auto events = store::Events(sql, app.id);
    f.clock = ClockOf(events);
    for (const auto& e : events) {
      if (e.kind == Action::kRequestCorrection) f.correction_requested = true;
      if (e.kind == Action::kExtend) f.extended = true;
      if (const Action* a = e.kind.action(); a && DraftsReply(*a)) f.drafted_by = e.user_id;
    }
    auto signers = store::Signers(sql, app.agency_id);
    f.is_signer = std::find(signers.begin(), signers.end(), user.id) != signers.end();
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return f;
}

std::vector<std::string> ApplicationService::Refusals(Action a, const CaseFile& file, const access::User& user) {
  auto f = Facts(user, file.app);
  if (!f.ok()) return {f.status().message()};
  return applications::Refusals(a, file.app, user, *f);
}

}  // namespace gk::applications
