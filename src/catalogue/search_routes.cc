// The public search page: one box, filters, relevance or date order,
// highlighted snippets, pagination; every query is recorded without
// personal data for analytics.
#include <algorithm>

#include "auth/routes.h"
#include "catalogue/indexing.h"
#include "catalogue/routes.h"
#include "catalogue/search_log.h"
#include "common/china_time.h"
#include "common/strings.h"
#include "http/forms.h"
#include "web/forms.h"

namespace gk::catalogue {
namespace {

using http::Request;
using http::Response;
using web::Context;
using web::Page;

void SelectOptions(ctemplate::TemplateDictionary& d, const char* section,
                   const std::vector<std::pair<std::string, std::string>>& options, const std::string& selected) {
  for (const auto& [value, label] : options) {
    auto* o = d.AddSectionDictionary(section);
    o->SetValue("VALUE", value);
    o->SetValue("LABEL", label);
    if (value == selected) o->ShowSection("SELECTED");
  }
}

// OTHER (RECORDS (LABEL COUNT URL)): the other public records matching
// `text`, when there are any. A store that fails is left out: the page
// still answers from the index.
void FillOtherRecords(Context& ctx, ctemplate::TemplateDictionary& d, const std::string& text) {
  const std::string query(Utf8Prefix(Trim(text), 200));
  ctemplate::TemplateDictionary* other = nullptr;
  for (const auto& r : Deps(ctx).other_records) {
    auto n = r.count(query);
    if (!n.ok() || n.value() == 0) continue;
    if (!other) other = d.AddSectionDictionary("OTHER");
    auto* row = other->AddSectionDictionary("RECORDS");
    row->SetValue("LABEL", r.label);
    row->SetIntValue("COUNT", static_cast<long>(n.value()));
    row->SetValue("URL", r.url_prefix + http::PercentEncode(query));
  }
}

Response SearchPage(Request& req, Context& ctx) {
  Page page("搜索", "public/search.tpl");
  auto& d = page.content();
  search::Query q;
  q.text = req.Query("q");
  q.topic = req.Query("topic");
  q.validity = req.Query("validity");
  q.year = static_cast<int>(web::ParseId(req.Query("year")));
  q.column_id = web::ParseId(req.Query("column"));
  q.agency_id = web::ParseId(req.Query("agency"));
  q.sort = req.Query("sort") == "date" ? search::Query::kNewest : search::Query::kRelevance;
  q.page = static_cast<int>(std::max<int64_t>(1, web::ParseId(req.Query("page"))));
  q.per_page = 20;
  d.SetValue("Q", q.text);
  std::vector<std::pair<std::string, std::string>> topics = {{"", "全部主题"}};
  for (const auto& t : Topics()) topics.emplace_back(t, t);
  SelectOptions(d, "TOPIC_OPTIONS", topics, q.topic);
  SelectOptions(d, "VALIDITY_OPTIONS",
                {{"", "全部"}, {"valid", "有效"}, {"invalid", "失效"}, {"repealed", "废止"}, {"amended", "修订"}},
                q.validity);
  std::vector<std::pair<std::string, std::string>> years = {{"", "全部年份"}};
  int this_year = ChinaToday(*ctx.services().clock).year();
  for (int y = this_year; y >= this_year - 10; --y) years.emplace_back(std::to_string(y), std::to_string(y) + "年");
  SelectOptions(d, "YEAR_OPTIONS", years, q.year ? std::to_string(q.year) : "");
  std::vector<std::pair<std::string, std::string>> agencies = {{"", "全部机构"}};
  if (auto list = auth::Svc(ctx)->ListAgencies(); ctx.Got(list))
    for (const auto& a : list.value()) agencies.emplace_back(std::to_string(a.id), a.name);
  SelectOptions(d, "AGENCY_OPTIONS", agencies, q.agency_id ? std::to_string(q.agency_id) : "");
  d.ShowSection(q.sort == search::Query::kNewest ? "SORT_DATE" : "SORT_RELEVANCE");
  const bool searched =
      !q.text.empty() || !q.topic.empty() || !q.validity.empty() || q.year || q.column_id || q.agency_id;
  if (!searched) {
    d.ShowSection("PROMPT");
    return ctx.PublicPage(page, "");
  }
  if (!Deps(ctx).search) return ctx.ErrorPage(503, "搜索服务暂时不可用，请稍后再试。");
  auto results = Deps(ctx).search->Search(q);
  if (!results.ok()) return ctx.ErrorPage(503, "搜索服务暂时不可用，请稍后再试。");
  if (!q.text.empty() && q.page == 1) {
    std::string filters = q.topic + "|" + q.validity + "|" + (q.year ? std::to_string(q.year) : "");
    // Queued: written in batches off the request path (catalogue/search_log.h).
    if (Deps(ctx).search_log)
      Deps(ctx).search_log->Add(
          {ctx.services().clock->Now(), std::string(Utf8Prefix(q.text, 200)), filters, results->total});
  }
  if (!q.text.empty() && q.page == 1) FillOtherRecords(ctx, d, q.text);
  auto* found = d.AddSectionDictionary("RESULTS");
  found->SetIntValue("TOTAL", static_cast<long>(results->total));
  // Beyond this the index estimates the count (search/index.h).
  if (results->total > search::Index::kExactTotalUpTo) found->SetValue("ABOUT", "约 ");
  for (const auto& hit : results->hits) {
    auto* row = d.AddSectionDictionary("HITS");
    row->SetValue("URL", hit.url);
    row->SetValue("TITLE_HTML", hit.title_html);
    row->SetValue("SNIPPET_HTML", hit.snippet_html);
    row->SetValue("INDEX_NO", hit.index_no);
    row->SetValue("DATE", ChinaDate(hit.published_at).ToString());
  }
  if (results->hits.empty()) d.ShowSection("NO_RESULTS");
  std::string base = "/search?q=" + http::PercentEncode(q.text) + "&topic=" + http::PercentEncode(q.topic) +
                     "&validity=" + http::PercentEncode(q.validity) +
                     "&year=" + (q.year ? std::to_string(q.year) : "") +
                     "&agency=" + (q.agency_id ? std::to_string(q.agency_id) : "") +
                     "&sort=" + (q.sort == search::Query::kNewest ? "date" : "relevance") + "&";
  web::SetPagination(d, base, q.page, q.per_page, std::min<int64_t>(results->total, 10000));
  auto r = ctx.PublicPage(page, "");
  r.SetHeader("Cache-Control", "no-store");
  return r;
}

}  // namespace

void RegisterSearchRoutes(web::Site& site) { site.Add("GET", "/search", web::Public(), SearchPage); }

}  // namespace gk::catalogue
