// bench/applications: N synthetic applications over three years in SQLite
// (and PostgreSQL when GK_BENCH_PG_URL is set); times the annual tables 三/四
// (target under 1 s) and the overdue dashboard (target under 50 ms), each
// against a naive baseline (one COUNT query per table cell; a full scan of
// open cases recomputing each clock from its events).
//
//   applications_bench N DIR
#include <soci/soci.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "applications/service.h"
#include "applications/store.h"
#include "auth/store.h"
#include "common/calendar.h"
#include "common/clock.h"
#include "storage/database.h"

namespace {

using gk::Date;
using gk::Status;
using namespace gk::applications;
using Clock = std::chrono::steady_clock;

double Ms(Clock::time_point a, Clock::time_point b) { return std::chrono::duration<double, std::milli>(b - a).count(); }

template <typename F>
double Median(int runs, F f) {
  std::vector<double> t;
  for (int i = 0; i < runs; ++i) {
    auto a = Clock::now();
    f();
    t.push_back(Ms(a, Clock::now()));
  }
  std::sort(t.begin(), t.end());
  return t[t.size() / 2];
}

std::string CalendarDir() {
  const char* src = std::getenv("GK_SOURCE_DIR");
  return std::string(src && *src ? src : GK_SHARE_DIR) + "/data/calendar";
}

int Run(const std::string& label, std::shared_ptr<gk::storage::Database> db, int n) {
  if (Status m = db->Migrate(nullptr); !m.ok()) {
    std::fprintf(stderr, "migrate: %s\n", m.message().c_str());
    return 1;
  }
  gk::WorkCalendar cal;
  if (!cal.LoadDirectory(CalendarDir()).ok()) return 1;
  gk::FakeClock clock(Date::Parse("2026-11-20")->DaysSinceEpoch() * 86400 + 2 * 3600);
  ApplicationService svc(db, clock, cal, {});
  int64_t agency = 0;
  Status s = db->Transact([&](soci::session& sql) {
    gk::access::Agency a;
    a.name = "基准测试机关";
    a.uscc = "11370100MB28696235";
    agency = gk::auth::store::InsertAgency(sql, a);
    return Status::Ok();
  });
  if (!s.ok()) return 1;

  // Three years of cases: 2024-01-01 .. 2026-11-20; 92% closed.
  std::mt19937 rng(20261126);
  const int64_t first = Date::Parse("2024-01-01")->DaysSinceEpoch();
  const int64_t last = Date::Parse("2026-11-20")->DaysSinceEpoch();
  const auto outcomes = AllOutcomes();
  const State open_states[] = {State::kProcessing, State::kCorrection, State::kConsulting, State::kFeePending,
                               State::kSignOff};
  auto t0 = Clock::now();
  const int batch = 5000;
  for (int done = 0; done < n;) {
    s = db->Transact([&](soci::session& sql) {
      for (int i = 0; i < batch && done + i < n; ++i) {
        Application a;
        a.agency_id = agency;
        a.number = "B" + std::to_string(done + i);
        a.applicant_type = static_cast<ApplicantType>(rng() % 6);
        a.applicant_name = "申请人";
        a.id_type = "resident_id";
        a.id_number = "ID" + std::to_string(rng() % 50000);
        a.description = "基准测试申请";
        Date received = Date::FromDays(first + static_cast<int64_t>(rng() % static_cast<unsigned>(last - first)));
        a.received_on = received;
        a.submitted_at = received.DaysSinceEpoch() * 86400;
        a.created_at = a.updated_at = a.submitted_at;
        Date due = cal.AddWorkingDays(received, 20, nullptr);
        if (rng() % 100 < 92 && received.DaysSinceEpoch() < last - 10) {
          a.state = State::kClosed;
          a.closed_on = received.AddDays(5 + rng() % 30);
          a.outcome = outcomes[rng() % outcomes.size()];
        } else {
          a.state = open_states[rng() % 5];
          a.due_on = due;
        }
        a.id = gk::applications::store::Insert(sql, a, "x");
        gk::applications::store::Update(sql, a);  // outcome and closing date
      }
      return Status::Ok();
    });
    if (!s.ok()) {
      std::fprintf(stderr, "insert: %s\n", s.message().c_str());
      return 1;
    }
    done += batch;
  }
  double insert_ms = Ms(t0, Clock::now());

  double tables = Median(5, [&] { (void)svc.reports().Tables(2025, {agency}); });
  double tables_current = Median(5, [&] { (void)svc.reports().Tables(2026, {agency}); });
  auto t = svc.reports().Tables(2025, {agency});
  // Naive: one COUNT per cell of table 三.
  double naive_tables = Median(3, [&] {
    (void)db->Read([&](soci::session& sql) {
      long long c = 0;
      for (const auto& o : outcomes)
        for (int col = 0; col < 6; ++col)
          sql << "SELECT COUNT(*) FROM applications WHERE agency_id = " + std::to_string(agency) +
                     " AND applicant_type = '" + ApplicantTypes()[static_cast<size_t>(col)].code + "' AND outcome = '" +
                     OutcomeCode(o) + "' AND closed_on BETWEEN '2025-01-01' AND '2025-12-31'",
              soci::into(c);
      return Status::Ok();
    });
  });
  double dashboard = Median(21, [&] { (void)svc.Dashboard({agency}); });
  double overdue_page = Median(21, [&] {
    gk::applications::store::Filter f;
    f.agencies = {agency};
    f.states = {State::kProcessing, State::kConsulting, State::kSignOff};
    f.due_to = *Date::Parse("2026-11-19");
    int64_t total = 0;
    (void)svc.List(f, &total);
  });
  // Naive overdue: load every open case and decide in memory.
  double naive_overdue = Median(5, [&] {
    gk::applications::store::Filter f;
    f.agencies = {agency};
    f.states = {State::kProcessing, State::kConsulting, State::kSignOff};
    f.limit = 1000000;
    f.order_by_due = false;
    int64_t total = 0;
    auto all = svc.List(f, &total);
    int overdue = 0;
    if (all.ok())
      for (const auto& a : all.value()) overdue += a.due_on && *a.due_on < *Date::Parse("2026-11-20");
    (void)overdue;
  });

  std::printf("%s, %d applications over 2024-2026:\n", label.c_str(), n);
  std::printf("  insert                %8.0f applications/s\n", n / (insert_ms / 1000.0));
  std::printf("  annual tables 2025    %8.1f ms  (target < 1000 ms; naive per-cell COUNTs %.1f ms, ratio %.2f)\n",
              tables, naive_tables, naive_tables / tables);
  std::printf("  annual tables 2026    %8.1f ms\n", tables_current);
  std::printf("  overdue dashboard     %8.1f ms  (target < 50 ms; 7 counts)\n", dashboard);
  std::printf("  overdue list page     %8.1f ms  (naive scan of open cases %.1f ms, ratio %.2f)\n", overdue_page,
              naive_overdue, naive_overdue / overdue_page);
  if (t.ok())
    std::printf("  2025: received %lld, closed %lld, balanced %s\n",
                static_cast<long long>(t->t3.received[kApplicantTypes]),
                static_cast<long long>(t->t3.closed_total[kApplicantTypes]), t->balanced ? "yes" : "NO");
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const int n = argc > 1 ? std::atoi(argv[1]) : 200000;
  const std::string dir = argc > 2 ? argv[2] : "/tmp/gongkai-applications-bench";
  gk::storage::DbOptions o;
  o.data_dir = dir;
  auto db = gk::storage::Database::Open(o);
  if (!db.ok()) {
    std::fprintf(stderr, "open: %s\n", db.status().message().c_str());
    return 1;
  }
  int rc = Run("SQLite", db.value(), n);
  if (const char* pg = std::getenv("GK_BENCH_PG_URL"); pg && *pg && rc == 0) {
    gk::storage::DbOptions p;
    p.url = pg;
    auto pdb = gk::storage::Database::Open(p);
    if (!pdb.ok()) {
      std::fprintf(stderr, "open PostgreSQL: %s\n", pdb.status().message().c_str());
      return 1;
    }
    rc = Run("PostgreSQL", pdb.value(), n);
  }
  return rc;
}
