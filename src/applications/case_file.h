// What the application services share: their options, one case with
// everything about it (CaseFile), and what staff give with an action
// (ActionInput).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "applications/clock.h"
#include "applications/model.h"

namespace gk::applications {

struct ApplicationsOptions {
  ClockOptions clock;
  // The correction period given to the applicant by default (Art. 30 asks
  // for a reasonable one), in working days.
  int correction_period_days = 15;
  // Directory of the letter templates (<kind>.md).
  std::string letters_dir = "templates/letters";
  // 复议机关 and court named in reply letters (editable in each letter).
  std::string reconsideration_body = "本级人民政府或上一级主管部门";
  std::string court = "有管辖权的人民法院";
  // The agency's contacts and the public site's address, for letters.
  std::string agency_address;
  std::string agency_phone;
  std::string public_url;
};

// Everything about one case.
struct CaseFile {
  Application app;
  std::vector<Event> events;
  std::vector<Letter> letters;
  std::vector<Appeal> appeals;
  std::vector<ApplicationFile> files;  // attached by the applicant
  Clock clock;
  std::vector<int64_t> signers;
  // True for the 公开办 of the case's agency. Otherwise (协查 staff of the
  // assigned department) the applicant's personal data are blanked and the
  // letters and the applicant's files left out: they carry the same data.
  bool personal = false;
};

// Input of an action from the console; which fields count depends on it.
struct ActionInput {
  std::string on;                  // date it happened (default today)
  std::string until;               // correction deadline (default: correction_period_days later)
  int days = 0;                    // extension days
  std::string note;                // reason, comments, third party's answer ...
  std::string third_party;         // consultation: whom
  std::optional<Outcome> outcome;  // draft_decision
  std::string explanation, public_index_no, holder_agency, legal_basis, withheld;
  FeeMethod fee_method = FeeMethod::kNone;  // notify_fee
  int pages = 0;                            // notify_fee per-page
  int64_t department_id = 0;                // assign
  std::string topic;                        // set_topic
  std::string letter_title, letter_body;    // the edited letter; placeholders left are merged on issue
  Appeal appeal;                            // appeal
};

}  // namespace gk::applications
