// The application service's reading side: lists and the dashboard, the
// staff-only full-text index and similar cases, the audit of exports and
// the sign-off settings. The annual tables and statistics are
// ApplicationReports (report_service.h).
#include <soci/soci.h>

#include <algorithm>
#include <stdexcept>
#include <set>

#include "access/scope.h"
#include "applications/service.h"
#include "auth/store.h"
#include "common/china_time.h"
#include "common/strings.h"

namespace gk::applications {

namespace {

// An application as the staff-only index sees it. Personal data stays out:
// only what was asked and decided.
search::Document ToDocument(const Application& a) {
  search::Document d;
  d.id = a.id;
  d.index_no = a.number;
  d.title = std::string(Utf8Prefix(a.description, 120));
  d.body_text = a.description + "\n" + a.explanation + "\n" + a.legal_basis + "\n" + a.withheld + "\n" + a.dept_answer;
  d.agency_id = a.agency_id;
  d.topic = a.topic;
  d.year = ChinaDate(a.submitted_at).year();
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
  static const std::set<std::string> kCommon = {"申请", "公开", "政府", "信息", "请公", "提供", "关于",
                                                "相关", "本人", "贵局", "有关", "情况", "以及", "要求"};
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
  // A page of applications at a time, by id: at 200,000 applications the
  // whole table in memory was hundreds of megabytes.
  constexpr int kPage = 500;
  std::vector<Application> page;
  size_t i = 0;
  int64_t after = 0;
  Status failure;
  Status s = index_->Rebuild(
      [&](search::Document* d) {
        if (i >= page.size()) {
          store::Filter f;
          f.after_id = after;
          f.limit = kPage;
          failure = db_->Read([&](soci::session& sql) {
            page = store::List(sql, f, nullptr);
            return Status::Ok();
          });
          // Thrown: Index::Rebuild then keeps the old index (a partial one must not replace it).
          if (!failure.ok()) throw std::runtime_error(failure.message());
          i = 0;
          if (page.empty()) return false;
          after = page.back().id;
        }
        *d = ToDocument(page[i++]);
        return true;
      },
      nullptr);
  return failure.ok() ? s : failure;
}

Result<int> ApplicationService::RecomputeOpen() {
  int changed = 0;
  Status s = db_->Transact([&](soci::session& sql) {
    store::Filter f;
    f.states = {State::kProcessing, State::kCorrection, State::kConsulting, State::kFeePending, State::kSignOff};
    f.limit = 10000000;
    for (auto& a : store::List(sql, f, nullptr)) {
      Clock c = ClockOf(store::Events(sql, a.id));
      const std::optional<Date> due = c.closed ? std::nullopt : c.due;
      if (due == a.due_on && c.waiting_until == a.waiting_until) continue;
      a.due_on = due;
      a.waiting_until = c.waiting_until;
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
    f.due_to = today.AddDays(-1);
    c.overdue = store::Count(sql, f);
    f.due_from = today;
    f.due_to = calendar_.AddWorkingDays(today, 3, nullptr);
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
    std::string probe(Utf8Prefix(app.description, 18));
    if (probe.size() >= 6) {
      store::Filter g = f;
      g.id_number.clear();
      g.text = probe;
      for (auto& a : store::List(sql, g, nullptr))
        if (std::none_of(out.begin(), out.end(), [&](const Application& x) { return x.id == a.id; })) out.push_back(a);
    }
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

Status ApplicationService::AuditExport(const access::Actor& actor, int64_t agency_id, const std::string& summary) {
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

Status ApplicationService::SetSigners(const access::Actor& actor, const access::User* by, int64_t agency_id,
                                      const std::vector<int64_t>& ids) {
  return db_->Transact([&](soci::session& sql) {
    auto agency = auth::store::FindAgency(sql, agency_id);
    if (!agency) return Status::NotFound("机构不存在。");
    const auto ancestors = access::AgencyAncestors(sql, agency_id);
    if (by && !access::AllowsFor(*by, access::Permission::kManageAgencies, agency_id, ancestors))
      return Status::Denied("您不能管理该机构。");
    std::string names;
    for (int64_t id : ids) {
      auto u = auth::store::FindUser(sql, id);
      if (!u) return Status::Invalid("用户不存在。", "signers");
      if (!access::AllowsFor(*u, access::Permission::kHandleApplications, agency_id, ancestors))
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

}  // namespace gk::applications
