// 依申请转主动 (proactive.h): candidates, decisions and the year's count.
#include "applications/proactive.h"

#include <soci/soci.h>

#include <algorithm>

#include "access/scope.h"
#include "applications/service.h"
#include "applications/store.h"
#include "auth/audit.h"
#include "catalogue/store.h"
#include "common/china_time.h"
#include "common/strings.h"
#include "http/forms.h"

namespace gk::applications {
namespace {

constexpr size_t kMaxReason = 500;

bool Disclosed(const Application& a) {
  return (a.state == State::kClosed || a.state == State::kArchived) && a.outcome &&
         (a.outcome->row == 1 || a.outcome->row == 2) && a.outcome->sub == 0;
}

}  // namespace

const char* ProactiveChoiceCode(ProactiveChoice c) { return c == ProactiveChoice::kPublish ? "publish" : "unsuitable"; }
const char* ProactiveChoiceLabel(ProactiveChoice c) {
  return c == ProactiveChoice::kPublish ? "已转为主动公开" : "不宜主动公开";
}
bool ParseProactiveChoice(std::string_view code, ProactiveChoice* out) {
  if (code == "publish") *out = ProactiveChoice::kPublish;
  else if (code == "unsuitable") *out = ProactiveChoice::kUnsuitable;
  else return false;
  return true;
}

Result<std::vector<ProactiveCandidate>> ApplicationService::ProactiveCandidates(const std::vector<int64_t>& agencies) {
  std::vector<Application> apps;
  Status s = db_->Read([&](soci::session& sql) {
    const std::string since = Today().AddDays(-kProactiveWindowDays).ToString();
    std::vector<int64_t> ids;
    for (int64_t agency : agencies) {
      long long id = 0, a = agency, n = kProactiveMaxCandidates;
      soci::statement st = (sql.prepare << "SELECT id FROM applications WHERE agency_id = :a AND outcome IN ('1', '2') "
                                           "AND closed_on >= :s AND NOT EXISTS (SELECT 1 FROM proactive_decisions p "
                                           "WHERE p.application_id = applications.id) "
                                           "ORDER BY closed_on DESC, id DESC LIMIT :n",
                            soci::into(id), soci::use(a), soci::use(since), soci::use(n));
      st.execute();
      while (st.fetch()) ids.push_back(id);
    }
    if (ids.empty()) return Status::Ok();
    store::Filter f;
    f.use_ids = true;
    f.ids = ids;
    f.order_by_due = false;
    f.limit = static_cast<int>(ids.size());
    apps = store::List(sql, f, nullptr);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  std::vector<ProactiveCandidate> out;
  for (auto& a : apps) {
    if (!Disclosed(a)) continue;
    ProactiveCandidate c;
    auto related = Related(a);
    if (!related.ok()) return related.status();
    for (const auto& r : related.value())
      if (r.id_number != a.id_number || a.id_number.empty()) ++c.similar;
    c.app = std::move(a);
    out.push_back(std::move(c));
  }
  std::stable_sort(out.begin(), out.end(), [](const ProactiveCandidate& x, const ProactiveCandidate& y) {
    if (x.similar != y.similar) return x.similar > y.similar;
    return DateText(x.app.closed_on) > DateText(y.app.closed_on);
  });
  if (out.size() > static_cast<size_t>(kProactiveMaxCandidates)) out.resize(kProactiveMaxCandidates);
  return out;
}

Result<std::vector<ProactiveDecision>> ApplicationService::ProactiveDecisions(const std::vector<int64_t>& agencies,
                                                                              int year) {
  std::vector<ProactiveDecision> out;
  Status s = db_->Read([&](soci::session& sql) {
    for (int64_t agency : agencies) {
      long long id = 0, a = agency;
      std::string number, description, decision, index_no, reason, on;
      const std::string from = std::to_string(year) + "-01-01", to = std::to_string(year) + "-12-31";
      soci::statement st =
          (sql.prepare << "SELECT p.application_id, a.number, a.description, p.decision, p.index_no, p.reason, "
                          "p.decided_on FROM proactive_decisions p JOIN applications a ON a.id = p.application_id "
                          "WHERE p.agency_id = :a AND p.decided_on >= :f AND p.decided_on <= :t "
                          "ORDER BY p.decided_on DESC, p.application_id DESC",
           soci::into(id), soci::into(number), soci::into(description), soci::into(decision), soci::into(index_no),
           soci::into(reason), soci::into(on), soci::use(a), soci::use(from), soci::use(to));
      st.execute();
      while (st.fetch()) {
        ProactiveDecision d;
        d.application_id = id;
        d.application_number = number;
        d.description = description;
        ParseProactiveChoice(decision, &d.choice);
        d.index_no = index_no;
        d.reason = reason;
        if (auto date = DateOf(on)) d.decided_on = *date;
        out.push_back(std::move(d));
      }
    }
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

Result<int64_t> ApplicationService::ProactiveCount(int64_t agency_id, int year) {
  long long n = 0;
  Status s = db_->Read([&](soci::session& sql) {
    long long a = agency_id;
    const std::string from = std::to_string(year) + "-01-01", to = std::to_string(year) + "-12-31";
    sql << "SELECT COUNT(*) FROM proactive_decisions WHERE agency_id = :a AND decision = 'publish' "
           "AND decided_on >= :f AND decided_on <= :t",
        soci::into(n), soci::use(a), soci::use(from), soci::use(to);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return static_cast<int64_t>(n);
}

Status ApplicationService::DecideProactive(const access::Actor& actor, const access::User& user, int64_t id,
                                           const std::string& choice_code, const std::string& index_no,
                                           const std::string& reason, FieldErrors* errors) {
  *errors = FieldErrors();
  ProactiveChoice choice = ProactiveChoice::kUnsuitable;
  const bool chosen = ParseProactiveChoice(choice_code, &choice);
  if (!chosen) errors->Add("choice", "请选择转为主动公开或不宜主动公开。");
  const std::string index = Trim(index_no), why = Trim(reason);
  if (chosen && choice == ProactiveChoice::kUnsuitable)
    http::CheckText("reason", why, "不宜主动公开的理由", kMaxReason, true, errors);
  if (chosen && choice == ProactiveChoice::kPublish && index.empty())
    errors->Add("index_no", "请填写已主动公开的信息的索引号。");
  const Date today = Today();
  const int64_t now = clock_.Now();
  return db_->Transact([&](soci::session& sql) {
    auto app = store::Find(sql, id);
    if (!app) return Status::NotFound("该申请不存在");
    std::vector<int64_t> ancestors;
    if (Status may = access::RequireIn(sql, user, access::Permission::kHandleApplications, app->agency_id, &ancestors);
        !may.ok())
      return may;
    if (!Disclosed(*app)) return Status::Conflict("只有已办结且予以公开或部分公开的申请可以转为主动公开。");
    long long decided = 0;
    sql << "SELECT COUNT(*) FROM proactive_decisions WHERE application_id = :id", soci::into(decided), soci::use(id);
    if (decided > 0) return Status::Conflict("该申请已记录是否转为主动公开。");
    if (chosen && choice == ProactiveChoice::kPublish && !index.empty()) {
      auto item = catalogue::store::FindItemByIndexNo(sql, index);
      if (!item || item->state != catalogue::State::kPublished || item->agency_id != app->agency_id)
        errors->Add("index_no", "本机关没有已发布的索引号为 " + index + " 的信息。");
    }
    if (!errors->empty()) return errors->ToStatus();
    const std::string code = ProactiveChoiceCode(choice), on = today.ToString();
    const std::string kept_index = choice == ProactiveChoice::kPublish ? index : "";
    const std::string kept_reason = choice == ProactiveChoice::kUnsuitable ? why : "";
    long long app_id = id, agency = app->agency_id, by = user.id, at = now;
    sql << "INSERT INTO proactive_decisions (application_id, agency_id, decision, index_no, reason, decided_on, "
           "decided_by, decided_at) VALUES (:i, :a, :d, :x, :r, :o, :b, :t)",
        soci::use(app_id), soci::use(agency), soci::use(code), soci::use(kept_index), soci::use(kept_reason),
        soci::use(on), soci::use(by), soci::use(at);
    const std::string summary = "依申请转主动：申请 " + app->number + " " + ProactiveChoiceLabel(choice) +
                                (choice == ProactiveChoice::kPublish ? "（索引号 " + index + "）" : "：" + why);
    auth::WriteAudit(sql, actor, now, Entry(*app, "application.proactive", summary));
    return Status::Ok();
  });
}

}  // namespace gk::applications
