// Search queries (src/search/query_builder.h): what a visitor types into the
// search box, with filters, built into Xapian queries and run against a
// small in-memory index. The first line of the input is the topic filter,
// the second the validity filter, the rest the query text; the first byte's
// low bit picks the sort. Xapian may only throw on database errors, and an
// in-memory database has none, so any exception is a finding.
#include <xapian.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "fuzz_util.h"
#include "search/query_builder.h"
#include "search/terms.h"

namespace {

using gk::fuzz::Check;
using gk::search::internal::BuildQuery;
using gk::search::internal::BuiltQuery;

Xapian::WritableDatabase* Index() {
  static Xapian::WritableDatabase* db = [] {
    auto* d = new Xapian::WritableDatabase(std::string(), Xapian::DB_BACKEND_INMEMORY);
    gk::search::Document a;
    a.id = 1;
    a.title = "关于2023年第一批食品安全监督抽检信息的通告";
    a.index_no = "11370100MB28696235/2023-00001";
    a.doc_no = "济市监发〔2023〕1号";
    a.summary = "食品安全抽检结果";
    a.body_text = "本次抽检食用农产品、粮食加工品共 120 批次。";
    a.published_at = 1672531200;
    d->add_document(gk::search::internal::BuildXapianDocument(a));
    gk::search::Document b = a;
    b.id = 2;
    b.title = "市场监管局工作动态 work report";
    b.index_no = "11370100MB28696235/2024-00002";
    b.published_at = 1704067200;
    d->add_document(gk::search::internal::BuildXapianDocument(b));
    return d;
  }();
  return db;
}

void Run(const Xapian::Query& q, gk::search::internal::Order order) {
  if (q.empty()) return;
  Xapian::Enquire enquire(*Index());
  enquire.set_query(q);
  gk::search::internal::ApplyOrder(order, enquire);
  (void)enquire.get_mset(0, 10);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  gk::search::Query q;
  q.sort = size > 0 && (data[0] & 1) ? gk::search::Query::kNewest : gk::search::Query::kRelevance;
  auto [topic, rest] = gk::fuzz::SplitFirstLine(in);
  auto [validity, text] = gk::fuzz::SplitFirstLine(rest);
  q.topic = std::string(topic.substr(0, 64));
  q.validity = std::string(validity.substr(0, 64));
  // The HTTP layer only passes valid UTF-8 on (PercentDecode); Xapian
  // 1.4.22's QueryParser leaks on some malformed input, which gongkai
  // never gives it.
  if (!gk::http::IsValidUtf8(text)) return 0;
  q.text = std::string(text);
  try {
    BuiltQuery built = BuildQuery(q, *Index());
    (void)built.query.get_description();
    Run(built.query, built.order);
    Run(built.dated, built.order);
    Run(built.exact, built.order);
    Run(built.highlight, built.order);
  } catch (const Xapian::Error& e) {
    std::fprintf(stderr, "Xapian error: %s\n", e.get_description().c_str());
    std::abort();
  }
  return 0;
}
