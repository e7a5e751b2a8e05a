// Letters (告知书) of disclosure applications: the templates in
// templates/letters/ (<kind>.md, contract in its README.md) merged with
// what the case knows, placeholders only known on issue left for it,
// optional paragraphs dropped, numbering per agency and year.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "access/model.h"
#include "applications/case_file.h"
#include "common/calendar.h"
#include "common/clock.h"
#include "common/status.h"
#include "storage/database.h"

namespace soci {
class session;
}

namespace gk::applications {

class LetterService {
 public:
  // `options` is kept by reference (the ApplicationService's own).
  LetterService(std::shared_ptr<storage::Database> db, const gk::Clock& clock, const WorkCalendar& calendar,
                const ApplicationsOptions& options);

  // The letter template merged with what the case knows now. Placeholders
  // only known on issue (dates and amounts of the action) are left as
  // {{name}} and merged when the action writes the letter.
  Result<std::string> Draft(const CaseFile& file, LetterType type, const ActionInput& in);
  // The template as it stands, every placeholder unfilled: the text staff
  // may edit before a case exists (the 登记回执 of a registration).
  Result<std::string> Template(LetterType type) const;

  // A letter of `type` from the edited text in `in` (or the template),
  // merged; `issue`: numbered and dated now. Not saved.
  Letter New(soci::session& sql, const CaseFile& file, LetterType type, const ActionInput& in, bool issue);
  // Writes the letter an action issues (to `by`), or for a reply its draft,
  // which replaces an earlier draft reply and waits for sign-off. Invalid
  // when a placeholder is left that nothing fills.
  Status Write(soci::session& sql, const CaseFile& file, LetterType type, const ActionInput& in, int64_t by);
  // 审签: issues the draft reply with its number and date, signed by
  // `signer`. Conflict when there is none.
  Status IssueReply(soci::session& sql, const CaseFile& file, const access::User& signer);

  // Merges {{name}} placeholders; unknown ones are kept as they are. Values
  // go in with their braces as character references (&#123; &#125;), so no
  // merged value is ever read as a placeholder.
  static std::string Merge(const std::string& text, const std::map<std::string, std::string>& values);
  // Merge for letters: a paragraph (text between blank lines) that uses a
  // known placeholder whose value is empty is left out, so an optional
  // sentence ("已主动公开……{{public_link}}") disappears when it does not apply.
  static std::string MergeLetter(const std::string& text, const std::map<std::string, std::string>& values);
  // The placeholders still in `text` ("{{public_link}}"), in order.
  static std::vector<std::string> Unfilled(const std::string& text);
  // "2026年11月26日"; "" for none.
  static std::string ChineseDate(const std::optional<Date>& d);

 private:
  std::map<std::string, std::string> MergeValues(soci::session& sql, const CaseFile& file, const ActionInput& in);
  Date Today() const;

  std::shared_ptr<storage::Database> db_;
  const gk::Clock& clock_;
  const WorkCalendar& calendar_;
  const ApplicationsOptions& options_;
};

}  // namespace gk::applications
