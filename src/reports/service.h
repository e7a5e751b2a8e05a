// 年度报告: the 公开办 compiles the agency's annual report for a year from
// the records (tables 二, 三, 四 — model.h), writes sections 一, 五 and 六
// (一 offered pre-filled from the figures, 五 with last year's problems
// beside it), enters what the records do not hold (the fee; enforcement
// figures kept elsewhere), and drafts it as a catalogue item in the
// 政府信息公开年度报告 column once the balance rule holds. Staff enter the
// published figures of years before the platform so that the year-on-year
// checks work. Every change is audited.
#pragma once

#include <functional>
#include <memory>
#include <string>

#include "access/model.h"
#include "common/clock.h"
#include "common/status.h"
#include "reports/model.h"
#include "storage/database.h"

namespace gk::reports {

// Where the figures come from, wired by the composition root (reports/
// includes no other domain).
struct Sources {
  std::function<Result<std::string>(int64_t agency)> agency_name;
  std::function<Result<std::vector<NormativeRecord>>(int64_t agency)> normative;
  std::function<Result<ApplicationFigures>(int64_t agency, int year)> applications;
  std::function<Result<EnforcementCounts>(int64_t agency, int year)> enforcement;
  std::function<Result<Activity>(int64_t agency, int year)> activity;
};

// The years a report may be compiled for: 2008 (the first 条例) to next year.
bool IsReportYear(int year);

class ReportService {
 public:
  ReportService(std::shared_ptr<storage::Database> db, const Clock& clock, Sources sources)
      : db_(std::move(db)), clock_(clock), sources_(std::move(sources)) {}
  Date Today() const;

  // The report of the agency's year as it stands: the entries saved, the
  // figures from the records, the checks. No permission check: the CLI and
  // the console's pages (which check kCompileReports) call it.
  Result<AnnualReport> Compose(int64_t agency, int year);
  // Saves what staff enter (kCompileReports in the agency).
  Status SaveEntries(const access::Actor& actor, const access::User& user, int64_t agency, int year, Entries entries,
                     FieldErrors* errors);
  // Records the report as drafted for publication (its JSON, compared with
  // by next year's checks); Invalid naming the blocking findings when the
  // balance rule fails.
  Status RecordDrafted(const access::Actor& actor, const access::User& user, const AnnualReport& report);
  // A year before the platform: the report's figures as published, in its
  // template (prior.h); every problem at once. Conflict for a year drafted
  // here. Audited.
  Status EnterPrior(const access::Actor& actor, const access::User& user, int64_t agency, int year,
                    const PriorReport& report, FieldErrors* errors);
  // The report's JSON as last drafted for publication here; NotFound when it
  // never was (a year whose figures were only entered included).
  Result<std::string> Drafted(int64_t agency, int year);
  // The report's JSON as recorded, drafted here or entered (prior.h); ""
  // when there is none.
  Result<std::string> Recorded(int64_t agency, int year);
  // The figures entered for a year before the platform, if any.
  Result<std::optional<PriorReport>> Entered(int64_t agency, int year);

 private:
  std::shared_ptr<storage::Database> db_;
  const Clock& clock_;
  Sources sources_;
};

}  // namespace gk::reports
