#include "consultations/store.h"

#include <nlohmann/json.hpp>

#include "storage/sql_text.h"

namespace gk::consultations::store {
namespace {

constexpr const char* kCols =
    "c.id, c.agency_id, COALESCE(a.name, ''), c.title, c.draft_md, c.explanation_md, c.how_to, c.opens_on, "
    "c.closes_on, c.short_reason, c.articles, c.identity, c.moderation, c.state, c.published_on, c.withdraw_reason, "
    "c.withdrawn_at, c.report_md, c.report_published_on, c.report_counts, COALESCE(c.created_by, 0), c.created_at, "
    "c.updated_at, c.published_comments, c.all_comments";
constexpr const char* kFrom = " FROM consultations c LEFT JOIN agencies a ON a.id = c.agency_id";

// The report's counts and reasons as stored: {"by":[undecided, adopted, partly,
// not_adopted, out_of_scope], "reasons":[{"decision","reason","count"}]}.
std::string ReportCountsJson(const Consultation& c) {
  if (!c.report_published_on) return "";
  nlohmann::json reasons = nlohmann::json::array();
  for (const auto& r : c.report_reasons)
    reasons.push_back({{"decision", DecisionCode(r.decision)}, {"reason", r.reason}, {"count", r.count}});
  return nlohmann::json{{"by", c.report_counts.by}, {"reasons", reasons}}.dump();
}

void ReadReportCounts(const std::string& text, Consultation* c) {
  if (text.empty()) return;
  auto j = nlohmann::json::parse(text, nullptr, false);
  if (j.is_discarded() || !j.contains("by") || !j["by"].is_array() || j["by"].size() != c->report_counts.by.size())
    return;
  for (size_t i = 0; i < c->report_counts.by.size(); ++i) c->report_counts.by[i] = j["by"][i].get<int64_t>();
  for (const auto& r : j.value("reasons", nlohmann::json::array())) {
    DecisionReason out;
    ParseDecision(r.value("decision", ""), &out.decision);
    out.reason = r.value("reason", "");
    out.count = r.value("count", int64_t{0});
    c->report_reasons.push_back(std::move(out));
  }
}

struct Row {
  long long id = 0, agency = 0, articles = 0, withdrawn_at = 0, created_by = 0, created = 0, updated = 0,
            published_comments = 0, all_comments = 0;
  std::string agency_name, title, draft, explanation, how_to, opens, closes, short_reason, identity, moderation, state,
      published_on, withdraw_reason, report, report_on, report_counts;

  void Bind(soci::statement& st) {
    for (auto* v : {&id, &agency}) st.exchange(soci::into(*v));
    for (auto* v : {&agency_name, &title, &draft, &explanation, &how_to, &opens, &closes, &short_reason})
      st.exchange(soci::into(*v));
    st.exchange(soci::into(articles));
    for (auto* v : {&identity, &moderation, &state, &published_on, &withdraw_reason}) st.exchange(soci::into(*v));
    st.exchange(soci::into(withdrawn_at));
    for (auto* v : {&report, &report_on, &report_counts}) st.exchange(soci::into(*v));
    for (auto* v : {&created_by, &created, &updated, &published_comments, &all_comments}) st.exchange(soci::into(*v));
  }
  Consultation Take() const {
    Consultation c;
    c.id = id;
    c.agency_id = agency;
    c.agency_name = agency_name;
    c.title = title;
    c.draft_md = draft;
    c.explanation_md = explanation;
    c.how_to = how_to;
    if (auto d = DateOf(opens)) c.opens_on = *d;
    if (auto d = DateOf(closes)) c.closes_on = *d;
    c.short_reason = short_reason;
    c.articles = static_cast<int>(articles);
    ParseIdentity(identity, &c.identity);
    ParseModeration(moderation, &c.moderation);
    ParseState(state, &c.state);
    c.published_on = DateOf(published_on);
    c.withdraw_reason = withdraw_reason;
    c.withdrawn_at = withdrawn_at;
    c.report_md = report;
    c.report_published_on = DateOf(report_on);
    ReadReportCounts(report_counts, &c);
    c.created_by = created_by;
    c.created_at = created;
    c.updated_at = updated;
    c.published_comments = published_comments;
    c.all_comments = all_comments;
    return c;
  }
};

constexpr const char* kCommentCols =
    "id, consultation_id, article, author_name, contact, body, public_body, state, hide_reason, held_for, code_hash, "
    "decision, decision_reason, decided_at, created_at, updated_at";

struct CommentRow {
  long long id = 0, consultation = 0, article = 0, decided_at = 0, created = 0, updated = 0;
  std::string name, contact, body, public_body, state, hide_reason, held_for, code_hash, decision, reason;

  void Bind(soci::statement& st) {
    for (auto* v : {&id, &consultation, &article}) st.exchange(soci::into(*v));
    for (auto* v :
         {&name, &contact, &body, &public_body, &state, &hide_reason, &held_for, &code_hash, &decision, &reason})
      st.exchange(soci::into(*v));
    for (auto* v : {&decided_at, &created, &updated}) st.exchange(soci::into(*v));
  }
  Comment Take() const {
    Comment c;
    c.id = id;
    c.consultation_id = consultation;
    c.article = static_cast<int>(article);
    c.author_name = name;
    c.contact = contact;
    c.body = body;
    c.public_body = public_body;
    ParseCommentState(state, &c.state);
    c.hide_reason = hide_reason;
    c.held_for = held_for;
    ParseDecision(decision, &c.decision);
    c.decision_reason = reason;
    c.decided_at = decided_at;
    c.created_at = created;
    c.updated_at = updated;
    return c;
  }
};

std::string AgencyClause(const std::vector<int64_t>* ids) {
  return ids ? " AND c.agency_id IN (" + storage::IdList(*ids) + ")" : "";
}

// The rows of `select` as `T`s, read through the row type `R`.
template <typename R, typename T>
std::vector<T> Fetch(soci::session& sql, const std::string& select, std::vector<std::string>& binds, long long limit,
                     long long offset) {
  std::vector<T> out;
  R r;
  storage::FetchPage(sql, select, binds, limit, offset, [&](soci::statement& st) { r.Bind(st); },
                     [&] { out.push_back(r.Take()); });
  return out;
}

}  // namespace

int64_t InsertConsultation(soci::session& sql, const Consultation& c) {
  long long id = 0, agency = c.agency_id, articles = c.articles, by = c.created_by, at = c.created_at;
  soci::indicator by_ind = by == 0 ? soci::i_null : soci::i_ok;
  std::string opens = c.opens_on.ToString(), closes = c.closes_on.ToString(), identity = IdentityCode(c.identity),
              moderation = ModerationCode(c.moderation), state = StateCode(c.state);
  sql << "INSERT INTO consultations (agency_id, title, draft_md, explanation_md, how_to, opens_on, closes_on, "
         "short_reason, articles, identity, moderation, state, created_by, created_at, updated_at) VALUES (:a, :t, "
         ":d, :e, :h, :o, :c, :s, :ar, :i, :m, :st, :by, :cr, :up) RETURNING id",
      soci::use(agency), soci::use(c.title), soci::use(c.draft_md), soci::use(c.explanation_md), soci::use(c.how_to),
      soci::use(opens), soci::use(closes), soci::use(c.short_reason), soci::use(articles), soci::use(identity),
      soci::use(moderation), soci::use(state), soci::use(by, by_ind), soci::use(at), soci::use(at), soci::into(id);
  return id;
}

bool UpdateConsultation(soci::session& sql, const Consultation& c, State expected) {
  long long id = c.id, articles = c.articles, withdrawn_at = c.withdrawn_at, updated = c.updated_at;
  std::string opens = c.opens_on.ToString(), closes = c.closes_on.ToString(), identity = IdentityCode(c.identity),
              moderation = ModerationCode(c.moderation), state = StateCode(c.state), was = StateCode(expected),
              published = DateText(c.published_on), report_on = DateText(c.report_published_on),
              report_counts = ReportCountsJson(c);
  soci::statement st =
      (sql.prepare << "UPDATE consultations SET title = :t, draft_md = :d, explanation_md = :e, how_to = :h, "
                      "opens_on = :o, closes_on = :c, short_reason = :s, articles = :ar, identity = :i, "
                      "moderation = :m, state = :st, published_on = :p, withdraw_reason = :wr, withdrawn_at = :wa, "
                      "report_md = :r, report_published_on = :ro, report_counts = :rc, updated_at = :u "
                      "WHERE id = :id AND state = :was",
       soci::use(c.title), soci::use(c.draft_md), soci::use(c.explanation_md), soci::use(c.how_to), soci::use(opens),
       soci::use(closes), soci::use(c.short_reason), soci::use(articles), soci::use(identity), soci::use(moderation),
       soci::use(state), soci::use(published), soci::use(c.withdraw_reason), soci::use(withdrawn_at),
       soci::use(c.report_md), soci::use(report_on), soci::use(report_counts), soci::use(updated), soci::use(id),
       soci::use(was));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

std::optional<Consultation> FindConsultation(soci::session& sql, int64_t id) {
  Row r;
  if (!storage::SelectById(sql, std::string("SELECT ") + kCols + kFrom + " WHERE c.id = :id", id,
                           [&](soci::statement& st) { r.Bind(st); }))
    return std::nullopt;
  Consultation c = r.Take();
  long long cid = id, fid = 0, size = 0, at = 0;
  std::string name, type, sha;
  soci::statement st = (sql.prepare << "SELECT id, name, content_type, size, sha256, created_at FROM "
                                       "consultation_files WHERE consultation_id = :c ORDER BY id",
                        soci::use(cid), soci::into(fid), soci::into(name), soci::into(type), soci::into(size),
                        soci::into(sha), soci::into(at));
  st.execute();
  while (st.fetch()) c.files.push_back({fid, id, name, type, size, sha, at});
  return c;
}

int64_t InsertFile(soci::session& sql, const ConsultationFile& f) {
  long long id = 0, c = f.consultation_id, size = f.size, at = f.created_at;
  sql << "INSERT INTO consultation_files (consultation_id, name, content_type, size, sha256, created_at) VALUES "
         "(:c, :n, :t, :s, :h, :a) RETURNING id",
      soci::use(c), soci::use(f.name), soci::use(f.content_type), soci::use(size), soci::use(f.sha256), soci::use(at),
      soci::into(id);
  return id;
}

bool DeleteFile(soci::session& sql, int64_t consultation_id, int64_t file_id) {
  long long c = consultation_id, f = file_id;
  soci::statement st = (sql.prepare << "DELETE FROM consultation_files WHERE id = :f AND consultation_id = :c",
                        soci::use(f), soci::use(c));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

ConsultationPage ListConsultations(soci::session& sql, const ConsultationFilter& f) {
  std::vector<std::string> binds;
  std::string where = " WHERE 1 = 1" + AgencyClause(f.agency_ids);
  if (f.public_only) where += " AND c.state = 'published'";
  if (f.state) where += std::string(" AND c.state = '") + StateCode(*f.state) + "'";
  if (f.opened_in > 0 && f.opened_in < 10000) where += " AND c.opens_on LIKE '" + std::to_string(f.opened_in) + "-%'";
  if (f.phase) {
    where += " AND c.state = 'published'";
    switch (*f.phase) {
      case Phase::kUpcoming:
        where += " AND c.opens_on > :today";
        break;
      case Phase::kOpen:
        where += " AND c.opens_on <= :t1 AND c.closes_on >= :t2";
        binds.push_back(f.today);
        break;
      case Phase::kClosed:
        where += " AND c.closes_on < :today";
        break;
    }
    binds.push_back(f.today);
  }
  if (!f.text.empty()) {
    where += " AND (c.title LIKE :q1 ESCAPE '!' OR c.draft_md LIKE :q2 ESCAPE '!')";
    for (int i = 0; i < 2; ++i) binds.push_back(storage::LikeContains(f.text));
  }
  ConsultationPage page;
  page.total = storage::CountRows(sql, std::string("SELECT COUNT(*) FROM consultations c") + where, binds);
  // Open first (closing soonest), then upcoming, then closed (latest first).
  const std::string order =
      f.recently_changed_first ? " ORDER BY c.updated_at DESC, c.id DESC" : " ORDER BY c.closes_on DESC, c.id DESC";
  page.consultations =
      Fetch<Row, Consultation>(sql, std::string("SELECT ") + kCols + kFrom + where + order, binds, f.limit, f.offset);
  return page;
}

int64_t CountReportsDue(soci::session& sql, const std::vector<int64_t>* agency_ids, const std::string& closed_before) {
  std::vector<std::string> binds = {closed_before};
  return storage::CountRows(sql,
                            "SELECT COUNT(*) FROM consultations c WHERE c.state = 'published' AND "
                            "c.report_published_on = '' AND c.closes_on < :d" +
                                AgencyClause(agency_ids),
                            binds);
}

int64_t InsertComment(soci::session& sql, const Comment& c, const std::string& code_hash) {
  long long id = 0, consultation = c.consultation_id, article = c.article, at = c.created_at;
  std::string state = CommentStateCode(c.state);
  sql << "INSERT INTO consultation_comments (consultation_id, article, author_name, contact, body, public_body, "
         "state, held_for, code_hash, created_at, updated_at) VALUES (:c, :ar, :n, :co, :b, :pb, :s, :hf, :h, :cr, "
         ":up) RETURNING id",
      soci::use(consultation), soci::use(article), soci::use(c.author_name), soci::use(c.contact), soci::use(c.body),
      soci::use(c.public_body), soci::use(state), soci::use(c.held_for), soci::use(code_hash), soci::use(at),
      soci::use(at), soci::into(id);
  long long published = c.state == CommentState::kPublished ? 1 : 0;
  sql << "UPDATE consultations SET all_comments = all_comments + 1, published_comments = published_comments + :p "
         "WHERE id = :c",
      soci::use(published), soci::use(consultation);
  return id;
}

std::optional<Comment> FindComment(soci::session& sql, int64_t id, std::string* code_hash) {
  CommentRow r;
  if (!storage::SelectById(sql, std::string("SELECT ") + kCommentCols + " FROM consultation_comments WHERE id = :id",
                           id, [&](soci::statement& st) { r.Bind(st); }))
    return std::nullopt;
  if (code_hash) *code_hash = r.code_hash;
  return r.Take();
}

bool SetCommentState(soci::session& sql, int64_t consultation_id, int64_t id, CommentState state,
                     const std::string& reason, int64_t now) {
  long long c = consultation_id, i = id, at = now;
  std::string s = CommentStateCode(state);
  soci::statement st = (sql.prepare << "UPDATE consultation_comments SET state = :s, hide_reason = :r, updated_at = "
                                       ":u WHERE id = :i AND consultation_id = :c",
                        soci::use(s), soci::use(reason), soci::use(at), soci::use(i), soci::use(c));
  st.execute(true);
  if (st.get_affected_rows() != 1) return false;
  // Counted again (a moderator's step, not the public's): whatever the
  // comment's state was, the count is right after.
  sql << "UPDATE consultations SET published_comments = (SELECT COUNT(*) FROM consultation_comments WHERE "
         "consultation_id = :c1 AND state = 'published') WHERE id = :c2",
      soci::use(c), soci::use(c);
  return true;
}

int64_t SetDecisions(soci::session& sql, int64_t consultation_id, const std::vector<int64_t>& ids, Decision d,
                     const std::string& reason, int64_t by, int64_t now) {
  if (ids.empty()) return 0;
  long long c = consultation_id, who = by, at = now;
  soci::indicator who_ind = by == 0 ? soci::i_null : soci::i_ok;  // the command line has no user row
  std::string code = DecisionCode(d);
  soci::statement st =
      (sql.prepare << "UPDATE consultation_comments SET decision = :d, decision_reason = :r, decided_by = :b, "
                      "decided_at = :a, updated_at = :u WHERE consultation_id = :c AND id IN (" +
                          storage::IdList(ids) + ")",
       soci::use(code), soci::use(reason), soci::use(who, who_ind), soci::use(at), soci::use(at), soci::use(c));
  st.execute(true);
  return st.get_affected_rows();
}

CommentPage ListComments(soci::session& sql, const CommentFilter& f) {
  std::vector<std::string> binds;
  std::string where = " WHERE consultation_id = " + std::to_string(f.consultation_id);
  if (f.state) where += std::string(" AND state = '") + CommentStateCode(*f.state) + "'";
  if (f.decision) where += std::string(" AND decision = '") + DecisionCode(*f.decision) + "'";
  if (f.article >= 0) where += " AND article = " + std::to_string(f.article);
  CommentPage page;
  page.total = storage::CountRows(sql, "SELECT COUNT(*) FROM consultation_comments" + where, binds);
  page.comments = Fetch<CommentRow, Comment>(sql,
                                             std::string("SELECT ") + kCommentCols + " FROM consultation_comments" +
                                                 where + (f.oldest_first ? " ORDER BY id" : " ORDER BY id DESC"),
                                             binds, f.limit, f.offset);
  return page;
}

void ForEachComment(soci::session& sql, int64_t consultation_id, const std::function<void(const Comment&)>& each) {
  constexpr long long kBatch = 1000;
  long long after = 0;
  for (;;) {
    std::vector<std::string> binds;
    auto batch = Fetch<CommentRow, Comment>(
        sql,
        std::string("SELECT ") + kCommentCols + " FROM consultation_comments WHERE consultation_id = " +
            std::to_string(consultation_id) + " AND id > " + std::to_string(after) + " ORDER BY id",
        binds, kBatch, 0);
    for (const auto& c : batch) each(c);
    if (static_cast<long long>(batch.size()) < kBatch) return;
    after = batch.back().id;
  }
}

DecisionCounts CountDecisions(soci::session& sql, int64_t consultation_id) {
  DecisionCounts out;
  long long c = consultation_id, n = 0;
  std::string code;
  soci::statement st = (sql.prepare << "SELECT decision, COUNT(*) FROM consultation_comments WHERE consultation_id = "
                                       ":c GROUP BY decision",
                        soci::use(c), soci::into(code), soci::into(n));
  st.execute();
  while (st.fetch()) {
    Decision d = Decision::kNone;
    ParseDecision(code, &d);
    out.by[static_cast<size_t>(d)] += n;
  }
  return out;
}

std::vector<DecisionReason> ReasonCounts(soci::session& sql, int64_t consultation_id, int limit) {
  std::vector<DecisionReason> out;
  long long c = consultation_id, lim = limit, n = 0;
  std::string code, reason;
  soci::statement st =
      (sql.prepare
           << "SELECT decision, decision_reason, COUNT(*) AS n FROM consultation_comments WHERE "
              "consultation_id = :c AND decision IN ('not_adopted', 'partly', 'out_of_scope') GROUP BY decision, "
              "decision_reason ORDER BY n DESC, decision, decision_reason LIMIT :l",
       soci::use(c), soci::use(lim), soci::into(code), soci::into(reason), soci::into(n));
  st.execute();
  while (st.fetch()) {
    DecisionReason r;
    ParseDecision(code, &r.decision);
    r.reason = reason;
    r.count = n;
    out.push_back(std::move(r));
  }
  return out;
}

std::array<int64_t, 3> CountStates(soci::session& sql, int64_t consultation_id) {
  std::array<int64_t, 3> out{};
  long long c = consultation_id, n = 0;
  std::string code;
  soci::statement st = (sql.prepare << "SELECT state, COUNT(*) FROM consultation_comments WHERE consultation_id = :c "
                                       "GROUP BY state",
                        soci::use(c), soci::into(code), soci::into(n));
  st.execute();
  while (st.fetch()) {
    CommentState s;
    if (ParseCommentState(code, &s)) out[static_cast<size_t>(s)] = n;
  }
  return out;
}

}  // namespace gk::consultations::store
