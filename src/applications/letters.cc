// Letters (告知书) of disclosure applications; see letters.h.
#include "applications/letters.h"

#include <soci/soci.h>

#include <fstream>
#include <sstream>

#include "applications/store.h"
#include "auth/store.h"
#include "common/china_time.h"
#include "common/strings.h"
#include "text/markdown.h"

namespace gk::applications {

LetterService::LetterService(std::shared_ptr<storage::Database> db, const gk::Clock& clock,
                             const WorkCalendar& calendar, const ApplicationsOptions& options)
    : db_(std::move(db)), clock_(clock), calendar_(calendar), options_(options) {}

Date LetterService::Today() const { return ChinaToday(clock_); }

std::string LetterService::ChineseDate(const std::optional<Date>& d) {
  if (!d) return "";
  return std::to_string(d->year()) + "年" + std::to_string(d->month()) + "月" + std::to_string(d->day()) + "日";
}

namespace {

// A merged value with its braces written as character references, which
// Markdown renders as the braces: nothing inserted can form a {{placeholder}}
// that a later merge (on issue) would fill or Unfilled would report.
std::string Inert(const std::string& value) {
  if (value.find_first_of("{}") == std::string::npos) return value;
  std::string out;
  for (char c : value) out += c == '{' ? "&#123;" : c == '}' ? "&#125;" : std::string(1, c);
  return out;
}

// A letter goes out complete: no placeholder may be left in it (a draft
// reply gets its number and date at sign-off).
Status CheckFilled(const Letter& l) {
  std::string names;
  for (const auto& n : LetterService::Unfilled(l.body_md))
    if (l.issued || (n != "{{letter_no}}" && n != "{{today}}")) names += n;
  if (names.empty()) return Status::Ok();
  return Status::Invalid("文书中仍有未填写的内容 " + names + "，请在文书中填写或删除所在段落。", "letter_body");
}

}  // namespace

std::string LetterService::Merge(const std::string& text, const std::map<std::string, std::string>& values) {
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
    out += it != values.end() ? Inert(it->second) : text.substr(open, close + 2 - open);
    pos = close + 2;
  }
  return out + text.substr(pos);
}

std::string LetterService::MergeLetter(const std::string& text, const std::map<std::string, std::string>& values) {
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

std::vector<std::string> LetterService::Unfilled(const std::string& text) {
  std::vector<std::string> out;
  for (size_t pos = text.find("{{"); pos != std::string::npos; pos = text.find("{{", pos + 2)) {
    size_t close = text.find("}}", pos + 2);
    if (close == std::string::npos) break;
    std::string name = std::string(Trim(text.substr(pos + 2, close - pos - 2)));
    out.push_back("{{" + name + "}}");
  }
  return out;
}

Result<std::string> LetterService::Template(LetterType type) const {
  const std::string kind = LetterTypeCode(type);
  if (kind.empty()) return Status::NotFound("没有这种文书模板。");
  std::ifstream in(options_.letters_dir + "/" + kind + ".md");
  if (!in) return Status::NotFound("没有文书模板 " + kind + ".md。");
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::map<std::string, std::string> LetterService::MergeValues(soci::session& sql, const CaseFile& f,
                                                              const ActionInput& in) {
  const Application& a = f.app;
  std::map<std::string, std::string> v;
  auto agency = auth::store::FindAgency(sql, a.agency_id);
  v["agency_name"] = agency ? agency->name : "";
  v["agency_address"] = options_.agency_address;
  v["agency_phone"] = options_.agency_phone;
  v["today"] = ChineseDate(Today());
  // Typed by the applicant: merged as text, never as Markdown.
  v["applicant_name"] = text::EscapeMarkdown(a.applicant_name);
  v["application_no"] = a.number;
  // Registered after the fact: the applicant submitted on the day received.
  v["submitted_on"] = ChineseDate(a.channel == "online" || !a.received_on ? ChinaDate(a.submitted_at) : *a.received_on);
  v["received_on"] = ChineseDate(a.received_on);
  v["description"] = text::EscapeMarkdown(a.description);
  if (f.clock.due) {
    v["due_on"] = ChineseDate(f.clock.due);
    v["extended_due_on"] = v["due_on"];
  }
  v["extension_days"] = std::to_string(in.days > 0 ? in.days : f.clock.extension_days);
  v["explanation"] = in.explanation.empty() ? a.explanation : in.explanation;
  v["holder_agency"] = in.holder_agency.empty() ? a.holder_agency : in.holder_agency;
  v["withheld"] = in.withheld.empty() ? a.withheld : in.withheld;
  v["legal_basis"] = in.legal_basis.empty() ? a.legal_basis : in.legal_basis;
  std::string index_no = in.public_index_no.empty() ? a.public_index_no : in.public_index_no;
  v["public_link"] = index_no.empty()              ? ""
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
    if (e.kind == Action::kRequestCorrection) {
      v["correction_items"] = e.note;
      v["correction_until"] = ChineseDate(e.until);
    } else if (e.kind == Action::kExtend) {
      v["extension_reason"] = e.note;
    } else if (e.kind == Action::kSendConsultation) {
      v["third_party"] = e.note;
      if (e.on)
        v["consultation_until"] =
            ChineseDate(calendar_.AddWorkingDays(*e.on, options_.clock.consultation_days, nullptr));
    } else if (e.kind == Action::kNotifyFee) {
      if (e.on)
        v["fee_pay_until"] = ChineseDate(calendar_.AddWorkingDays(*e.on, options_.clock.fee_payment_days, nullptr));
    }
  }
  if (!in.note.empty() && v["correction_items"].empty()) v["correction_items"] = in.note;
  if (!in.third_party.empty()) v["third_party"] = in.third_party;
  return v;
}

Result<std::string> LetterService::Draft(const CaseFile& file, LetterType type, const ActionInput& in) {
  auto tpl = Template(type);
  if (!tpl.ok()) return tpl.status();
  std::string out;
  Status s = db_->Read([&](soci::session& sql) {
    auto values = MergeValues(sql, file, in);
    // Left for issue: what the action itself decides.
    for (const char* later :
         {"letter_no", "correction_until", "extended_due_on", "extension_days", "consultation_until", "fee_amount",
          "fee_working", "fee_pay_until", "fee_method", "correction_items", "extension_reason", "third_party",
          "explanation", "public_link", "holder_agency", "withheld", "legal_basis"})
      if (type != ReplyLetter(kOutcomeLapsedCorrection) && type != ReplyLetter(kOutcomeLapsedFee)) values.erase(later);
    values.erase("letter_no");
    // What is not known yet (the receipt date before 接收确认, contacts not
    // configured) stays a placeholder: issuing fills it or drops its paragraph.
    for (auto it = values.begin(); it != values.end();)
      it = Trim(it->second).empty() ? values.erase(it) : std::next(it);
    out = Merge(*tpl, values);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

Letter LetterService::New(soci::session& sql, const CaseFile& file, LetterType type, const ActionInput& in,
                          bool issue) {
  Letter l;
  l.application_id = file.app.id;
  l.type = type;
  l.to_applicant = type.kind != LetterKind::kConsultation;
  l.created_at = clock_.Now();
  std::string body = in.letter_body;
  if (Trim(body).empty()) {
    auto tpl = Template(type);
    body = tpl.ok() ? *tpl : std::string("# ") + LetterTypeLabel(type) + "\n\n{{applicant_name}}：\n\n";
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
    l.issued_on = today;
  }
  l.body_md = MergeLetter(body, values);
  l.title = Trim(in.letter_title).empty() ? std::string(LetterTypeLabel(type)) : std::string(Trim(in.letter_title));
  return l;
}

Status LetterService::Write(soci::session& sql, const CaseFile& file, LetterType type, const ActionInput& in,
                            int64_t by) {
  const bool draft = type.kind == LetterKind::kReply;  // replies wait for sign-off
  Letter l = New(sql, file, type, in, !draft);
  if (Status s = CheckFilled(l); !s.ok()) return s;
  l.issued_by = draft ? 0 : by;
  // One draft reply at a time: a new draft replaces the old one.
  bool replaced = false;
  if (draft)
    for (const auto& old : file.letters)
      if (!old.issued && old.type.kind == LetterKind::kReply) {
        l.id = old.id;
        store::UpdateDraftLetter(sql, l);
        replaced = true;
      }
  if (!replaced) store::InsertLetter(sql, l);
  return Status::Ok();
}

Status LetterService::IssueReply(soci::session& sql, const CaseFile& file, const access::User& signer) {
  bool issued = false;
  for (auto l : file.letters) {
    if (l.issued || l.type.kind != LetterKind::kReply) continue;
    ActionInput edited;
    edited.letter_title = l.title;
    edited.letter_body = l.body_md;
    Letter fresh = New(sql, file, l.type, edited, true);
    l.number = fresh.number;
    l.body_md = fresh.body_md;
    l.issued_on = fresh.issued_on;
    l.issued_by = signer.id;
    l.signed_by_name = signer.display_name.empty() ? signer.username : signer.display_name;
    l.signed_at = clock_.Now();
    if (Status s = CheckFilled(l); !s.ok()) return s;
    store::IssueLetter(sql, l);
    issued = true;
  }
  if (!issued) return Status::Conflict("没有待审签的答复告知书。");
  return Status::Ok();
}

}  // namespace gk::applications
