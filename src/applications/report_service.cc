// Reports over many applications; see report_service.h.
#include "applications/report_service.h"

#include "applications/store.h"

namespace gk::applications {

Result<AnnualTables> ApplicationReports::Tables(int year, const std::vector<int64_t>& agencies) {
  if (year < 2000 || year > 9998) return Status::Invalid("年份无效。", "year");
  std::vector<ReportCase> cases;
  std::vector<ReportAppeal> appeals;
  Status s = db_->Read([&](soci::session& sql) {
    cases = store::ReportCases(sql, agencies, *Date::FromYmd(year, 1, 1), *Date::FromYmd(year, 12, 31));
    appeals = store::ReportAppeals(sql, agencies, year);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return ComputeTables(year, cases, appeals);
}

Result<ApplicationReports::Stats> ApplicationReports::Statistics(const std::vector<int64_t>& agencies, Date from,
                                                                 Date to) {
  Stats st;
  Status s = db_->Read([&](soci::session& sql) {
    using store::StatsKey;
    st.by_month = store::CountBy(sql, agencies, StatsKey::kMonth, from, to);
    st.by_channel = store::CountBy(sql, agencies, StatsKey::kChannel, from, to);
    st.by_type = store::CountBy(sql, agencies, StatsKey::kApplicantType, from, to);
    st.by_department = store::CountBy(sql, agencies, StatsKey::kDepartment, from, to);
    st.by_topic = store::CountBy(sql, agencies, StatsKey::kTopic, from, to);
    st.by_outcome = store::CountByOutcome(sql, agencies, from, to);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  for (const auto& [k, n] : st.by_channel) st.total += n;
  return st;
}

}  // namespace gk::applications
