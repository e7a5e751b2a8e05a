#include "supervision/sampling_store.h"

#include "storage/sql_text.h"

namespace gk::supervision::store {
namespace {

constexpr const char* kBatchCols =
    "id, agency_id, state, title, notice_no, intro, file_name, total, failed, published_on, withdraw_reason, "
    "withdrawn_at, COALESCE(created_by, 0), created_at, updated_at";

struct BatchRow {
  long long id = 0, agency = 0, total = 0, failed = 0, withdrawn_at = 0, created_by = 0, created = 0, updated = 0;
  std::string state, title, notice_no, intro, file_name, published_on, withdraw_reason;

  void Bind(soci::statement& st) {
    st.exchange(soci::into(id)), st.exchange(soci::into(agency)), st.exchange(soci::into(state));
    st.exchange(soci::into(title)), st.exchange(soci::into(notice_no)), st.exchange(soci::into(intro));
    st.exchange(soci::into(file_name)), st.exchange(soci::into(total)), st.exchange(soci::into(failed));
    st.exchange(soci::into(published_on)), st.exchange(soci::into(withdraw_reason));
    st.exchange(soci::into(withdrawn_at)), st.exchange(soci::into(created_by)), st.exchange(soci::into(created));
    st.exchange(soci::into(updated));
  }
  SamplingBatch Take() const {
    SamplingBatch b;
    b.id = id;
    b.agency_id = agency;
    ParseBatchState(state, &b.state);
    b.title = title;
    b.notice_no = notice_no;
    b.intro = intro;
    b.file_name = file_name;
    b.total = total;
    b.failed = failed;
    b.published_on = DateOf(published_on);
    b.withdraw_reason = withdraw_reason;
    b.withdrawn_at = withdrawn_at;
    b.created_by = created_by;
    b.created_at = created;
    b.updated_at = updated;
    return b;
  }
};

// What q matches: the row's words joined, lower-cased ASCII left as typed.
std::string SearchText(const SampleResult& r) {
  std::string s = r.product + " " + r.brand + " " + r.spec + " " + r.producer + " " + r.sampled_entity + " " +
                  r.category + " " + r.lab;
  for (const auto& f : r.failed_items) s += " " + f.item;
  return s;
}

const char* SortColumn(ResultSort s) {
  switch (s) {
    case ResultSort::kSeq:
      return "r.seq";
    case ResultSort::kProduct:
      return "r.product";
    case ResultSort::kProducer:
      return "r.producer";
    case ResultSort::kSampledEntity:
      return "r.sampled_entity";
    case ResultSort::kSampledOn:
      return "r.sampled_on";
    case ResultSort::kVerdict:
      return "r.passed";
    case ResultSort::kCategory:
      return "r.category";
  }
  return "r.seq";
}

}  // namespace

int64_t InsertBatch(soci::session& sql, const SamplingBatch& b) {
  long long id = 0, agency = b.agency_id, by = b.created_by, at = b.created_at, total = b.total, failed = b.failed;
  std::string state = BatchStateCode(b.state), published = DateText(b.published_on);
  soci::indicator by_ind = by == 0 ? soci::i_null : soci::i_ok;
  sql << "INSERT INTO sampling_batches (agency_id, state, title, notice_no, intro, file_name, total, failed, "
         "published_on, created_by, created_at, updated_at) VALUES (:a, :s, :t, :n, :i, :f, :tot, :fail, :p, :by, "
         ":at, :up) RETURNING id",
      soci::use(agency), soci::use(state), soci::use(b.title), soci::use(b.notice_no), soci::use(b.intro),
      soci::use(b.file_name), soci::use(total), soci::use(failed), soci::use(published), soci::use(by, by_ind),
      soci::use(at), soci::use(at), soci::into(id);
  return id;
}

bool UpdateBatch(soci::session& sql, const SamplingBatch& b, BatchState expected) {
  long long id = b.id, withdrawn_at = b.withdrawn_at, updated = b.updated_at;
  std::string state = BatchStateCode(b.state), was = BatchStateCode(expected), published = DateText(b.published_on);
  soci::statement st =
      (sql.prepare << "UPDATE sampling_batches SET state = :s, title = :t, notice_no = :n, intro = :i, "
                      "published_on = :p, withdraw_reason = :r, withdrawn_at = :w, updated_at = :u "
                      "WHERE id = :id AND state = :was",
       soci::use(state), soci::use(b.title), soci::use(b.notice_no), soci::use(b.intro), soci::use(published),
       soci::use(b.withdraw_reason), soci::use(withdrawn_at), soci::use(updated), soci::use(id), soci::use(was));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

std::optional<SamplingBatch> FindBatch(soci::session& sql, int64_t id) {
  BatchRow r;
  if (!storage::SelectById(sql, std::string("SELECT ") + kBatchCols + " FROM sampling_batches WHERE id = :id", id,
                           [&](soci::statement& st) { r.Bind(st); }))
    return std::nullopt;
  return r.Take();
}

BatchPage ListBatches(soci::session& sql, const BatchFilter& f) {
  std::vector<std::string> binds;
  std::string where = " WHERE 1 = 1";
  if (f.public_only) where += " AND state = 'published'";
  if (f.agency_ids) where += " AND agency_id IN (" + storage::IdList(*f.agency_ids) + ")";
  if (f.year > 0) {
    where += " AND published_on LIKE :year";
    binds.push_back(std::to_string(f.year) + "-%");
  }
  if (!f.text.empty()) {
    where += " AND (title LIKE :q1 ESCAPE '!' OR EXISTS (SELECT 1 FROM sampling_results r WHERE r.batch_id = "
             "sampling_batches.id AND r.search_text LIKE :q2 ESCAPE '!'))";
    binds.push_back(storage::LikeContains(f.text));
    binds.push_back(storage::LikeContains(f.text));
  }
  BatchPage page;
  page.total = storage::CountRows(sql, "SELECT COUNT(*) FROM sampling_batches" + where, binds);
  long long limit = f.limit, offset = f.offset;
  BatchRow r;
  soci::statement st(sql);
  st.alloc();
  const std::string order = f.public_only ? " ORDER BY published_on DESC, id DESC"
                                          : " ORDER BY CASE state WHEN 'draft' THEN 0 ELSE 1 END, updated_at DESC, "
                                            "id DESC";
  st.prepare(std::string("SELECT ") + kBatchCols + " FROM sampling_batches" + where + order +
             " LIMIT :lim OFFSET :off");
  r.Bind(st);
  for (auto& b : binds) st.exchange(soci::use(b));
  st.exchange(soci::use(limit));
  st.exchange(soci::use(offset));
  st.define_and_bind();
  st.execute(false);
  while (st.fetch()) page.batches.push_back(r.Take());
  return page;
}

void ReplaceResults(soci::session& sql, int64_t batch_id, const std::vector<SampleResult>& rows) {
  long long batch = batch_id;
  sql << "DELETE FROM sampling_results WHERE batch_id = :b", soci::use(batch);
  long long seq = 0, passed = 0, failed = 0;
  std::string product, brand, spec, batch_no, producer, address, entity, province, sampled_on, items, lab, category,
      remark, search;
  soci::statement st =
      (sql.prepare << "INSERT INTO sampling_results (batch_id, seq, product, brand, spec, batch_no, producer, "
                      "producer_address, sampled_entity, sampled_province, sampled_on, passed, failed_items, lab, "
                      "category, remark, search_text) VALUES (:b, :seq, :p, :br, :sp, :bn, :pr, :pa, :se, :prov, "
                      ":on, :ok, :fi, :lab, :cat, :rem, :st)",
       soci::use(batch), soci::use(seq), soci::use(product), soci::use(brand), soci::use(spec), soci::use(batch_no),
       soci::use(producer), soci::use(address), soci::use(entity), soci::use(province), soci::use(sampled_on),
       soci::use(passed), soci::use(items), soci::use(lab), soci::use(category), soci::use(remark),
       soci::use(search));
  for (const auto& r : rows) {
    ++seq;
    product = r.product, brand = r.brand, spec = r.spec, batch_no = r.batch_no, producer = r.producer;
    address = r.producer_address, entity = r.sampled_entity, province = r.sampled_province;
    sampled_on = DateText(r.sampled_on);
    passed = r.passed ? 1 : 0;
    items = FailedItemsJson(r.failed_items);
    lab = r.lab, category = r.category, remark = r.remark;
    search = SearchText(r);
    failed += r.passed ? 0 : 1;
    st.execute(true);
  }
  long long total = static_cast<long long>(rows.size());
  sql << "UPDATE sampling_batches SET total = :t, failed = :f WHERE id = :b", soci::use(total), soci::use(failed),
      soci::use(batch);
}

const char* ResultSortCode(ResultSort s) {
  switch (s) {
    case ResultSort::kSeq:
      return "seq";
    case ResultSort::kProduct:
      return "product";
    case ResultSort::kProducer:
      return "producer";
    case ResultSort::kSampledEntity:
      return "sampled_entity";
    case ResultSort::kSampledOn:
      return "sampled_on";
    case ResultSort::kVerdict:
      return "result";
    case ResultSort::kCategory:
      return "category";
  }
  return "seq";
}

bool ParseResultSort(std::string_view code, ResultSort* out) {
  for (ResultSort s : {ResultSort::kSeq, ResultSort::kProduct, ResultSort::kProducer, ResultSort::kSampledEntity,
                       ResultSort::kSampledOn, ResultSort::kVerdict, ResultSort::kCategory})
    if (code == ResultSortCode(s)) {
      *out = s;
      return true;
    }
  return false;
}

ResultPage ListResults(soci::session& sql, const ResultFilter& f) {
  std::vector<std::string> binds;
  std::string where = " WHERE 1 = 1";
  if (f.public_only) where += " AND b.state = 'published'";
  if (f.batch_id > 0) where += " AND r.batch_id = " + std::to_string(f.batch_id);
  if (f.passed) where += *f.passed ? " AND r.passed = 1" : " AND r.passed = 0";
  if (!f.company.empty()) {
    where += " AND (r.producer = :c1 OR r.sampled_entity = :c2)";
    binds.push_back(f.company);
    binds.push_back(f.company);
  }
  if (!f.category.empty()) {
    where += " AND r.category = :cat";
    binds.push_back(f.category);
  }
  if (!f.text.empty()) {
    where += " AND r.search_text LIKE :q ESCAPE '!'";
    binds.push_back(storage::LikeContains(f.text));
  }
  const std::string from = " FROM sampling_results r JOIN sampling_batches b ON b.id = r.batch_id";
  ResultPage page;
  page.total = storage::CountRows(sql, "SELECT COUNT(*)" + from + where, binds);
  const std::string dir = f.descending ? " DESC" : " ASC";
  // Across notices the newest notice comes first; within one, the file's order.
  std::string order = " ORDER BY ";
  if (f.sort != ResultSort::kSeq) order += std::string(SortColumn(f.sort)) + dir + ", ";
  if (f.batch_id == 0) order += "b.published_on DESC, b.id DESC, ";
  order += "r.seq" + (f.sort == ResultSort::kSeq ? dir : std::string(" ASC"));
  long long limit = f.limit, offset = f.offset, id = 0, batch = 0, seq = 0, passed = 1;
  std::string product, brand, spec, batch_no, producer, address, entity, province, sampled_on, items, lab, category,
      remark, title, published_on;
  soci::statement st(sql);
  st.alloc();
  st.prepare("SELECT r.id, r.batch_id, r.seq, r.product, r.brand, r.spec, r.batch_no, r.producer, "
             "r.producer_address, r.sampled_entity, r.sampled_province, r.sampled_on, r.passed, r.failed_items, r.lab, "
             "r.category, r.remark, b.title, b.published_on" +
             from + where + order + " LIMIT :lim OFFSET :off");
  for (auto* v : {&id, &batch, &seq}) st.exchange(soci::into(*v));
  for (auto* v : {&product, &brand, &spec, &batch_no, &producer, &address, &entity, &province, &sampled_on})
    st.exchange(soci::into(*v));
  st.exchange(soci::into(passed));
  for (auto* v : {&items, &lab, &category, &remark, &title, &published_on}) st.exchange(soci::into(*v));
  for (auto& b : binds) st.exchange(soci::use(b));
  st.exchange(soci::use(limit));
  st.exchange(soci::use(offset));
  st.define_and_bind();
  st.execute(false);
  while (st.fetch()) {
    ResultRow row;
    auto& r = row.result;
    r.id = id, r.batch_id = batch, r.seq = seq;
    r.product = product, r.brand = brand, r.spec = spec, r.batch_no = batch_no, r.producer = producer;
    r.producer_address = address, r.sampled_entity = entity, r.sampled_province = province;
    r.sampled_on = DateOf(sampled_on);
    r.passed = passed != 0;
    r.failed_items = FailedItemsFromJson(items);
    r.lab = lab, r.category = category, r.remark = remark;
    row.batch_title = title;
    row.batch_published_on = DateOf(published_on);
    page.rows.push_back(std::move(row));
  }
  return page;
}

std::vector<std::string> Categories(soci::session& sql, int64_t batch_id) {
  std::vector<std::string> out;
  long long batch = batch_id;
  std::string c;
  soci::statement st = (sql.prepare << "SELECT DISTINCT category FROM sampling_results WHERE batch_id = :b AND "
                                       "category <> '' ORDER BY category",
                        soci::use(batch), soci::into(c));
  st.execute();
  while (st.fetch()) out.push_back(c);
  return out;
}

}  // namespace gk::supervision::store
