// The public search page: one box, filters, relevance or date order,
// highlighted snippets, pagination; partial matches when few items match
// every word, 「您是不是要找」 suggestions; every query is recorded without
// personal data for analytics.
#include <algorithm>

#include "access/model.h"
#include "auth/routes.h"
#include "catalogue/indexing.h"
#include "catalogue/routes.h"
#include "catalogue/search_analytics.h"
#include "catalogue/search_log.h"
#include "common/china_time.h"
#include "common/strings.h"
#include "http/forms.h"
#include "text/content_check.h"
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

// True when a column name and a query are the same words, or one holds the
// other and is at least half as long (公告 ~ 通知公告), two characters or more.
bool NamesColumn(const std::string& name, const std::string& query) {
  const bool name_longer = name.size() >= query.size();
  const std::string& longer = name_longer ? name : query;
  const std::string& shorter = name_longer ? query : name;
  const size_t n = Utf8Length(shorter);
  return n >= 2 && 2 * n >= Utf8Length(longer) && longer.find(shorter) != std::string::npos;
}

void AddSuggestion(ctemplate::TemplateDictionary& d, ctemplate::TemplateDictionary*& suggest, const std::string& label,
                   const std::string& url) {
  if (!suggest) suggest = d.AddSectionDictionary("SUGGEST");
  auto* link = suggest->AddSectionDictionary("LINKS");
  link->SetValue("LABEL", label);
  link->SetValue("URL", url);
}

// Up to three columns of `agency` named by the query, linked in the
// agency's portal.
void AddColumnSuggestions(Context& ctx, ctemplate::TemplateDictionary& d, ctemplate::TemplateDictionary*& suggest,
                          const std::string& query, int64_t agency) {
  constexpr size_t kMaxColumns = 3;
  auto all = auth::Svc(ctx)->ListAgencies();
  auto list = Deps(ctx).catalogue->Columns(agency);
  if (!ctx.Got(all) || !ctx.Got(list)) return;
  const Portal portal = PortalFor(all.value(), agency);
  size_t columns = 0;
  for (const auto& c : list.value()) {
    if (columns == kMaxColumns || !NamesColumn(NormalizeSearch(c.name), query)) continue;
    AddSuggestion(d, suggest, "栏目：" + c.name, portal.PageOf(c));
    ++columns;
  }
}

// SUGGEST (LINKS (LABEL URL)), 「您是不是要找」: the query's 文号 with 〔 〕
// when typed with other brackets, columns of `agency` named by the query, and, when few items match every word, a frequent search a
// slip away from it.
void FillSuggestions(Context& ctx, ctemplate::TemplateDictionary& d, const std::string& text, int64_t agency,
                     const search::Results& results) {
  ctemplate::TemplateDictionary* suggest = nullptr;
  // A 文号 typed with other brackets matches already; offer its proper form.
  if (std::string doc_no = text::CorrectDocNoBrackets(text); !doc_no.empty())
    AddSuggestion(d, suggest, doc_no, "/search?q=" + http::PercentEncode(doc_no));
  if (agency) AddColumnSuggestions(ctx, d, suggest, NormalizeSearch(text), agency);
  if (results.full_total >= search::Index::kPartialBelow || !Deps(ctx).frequent_searches) return;
  if (std::string often = Deps(ctx).frequent_searches->Suggest(text); !often.empty())
    AddSuggestion(d, suggest, often, "/search?q=" + http::PercentEncode(often));
}

// PARTIAL (NONE | FEW (FULL)): the notice above partial matches.
void FillPartial(ctemplate::TemplateDictionary& d, const search::Results& results) {
  if (!results.partial) return;
  auto* partial = d.AddSectionDictionary("PARTIAL");
  if (results.full_total == 0) {
    partial->ShowSection("NONE");
  } else {
    partial->AddSectionDictionary("FEW")->SetIntValue("FULL", static_cast<long>(results.full_total));
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
  q.partial = true;
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
  int64_t columns_of = q.agency_id;  // whose columns a query may name
  if (auto list = auth::Svc(ctx)->ListAgencies(); ctx.Got(list)) {
    for (const auto& a : list.value()) agencies.emplace_back(std::to_string(a.id), a.name);
    if (const access::Agency* site = access::SiteAgency(list.value()); site && !columns_of) columns_of = site->id;
  }
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
    const std::string logged(Utf8Prefix(q.text, 200));
    // Queued: written in batches off the request path (catalogue/search_log.h).
    // The items matching every word, so that searches finding only partial
    // matches show as what they are.
    if (Deps(ctx).search_log)
      Deps(ctx).search_log->Add({ctx.services().clock->Now(), logged, filters, results->full_total});
    if (Deps(ctx).frequent_searches) Deps(ctx).frequent_searches->Note(logged, results->full_total);
    FillOtherRecords(ctx, d, q.text);
    FillSuggestions(ctx, d, q.text, columns_of, results.value());
  }
  FillPartial(d, results.value());
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
    if (hit.partial) row->ShowSection("PARTIAL_HIT");
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

namespace {

// 搜索分析 (console): the searches that found nothing or little, by week.
Response SearchAnalyticsPage(Request& req, Context& ctx) {
  constexpr size_t kPerWeek = 30;
  int weeks = 4;
  for (int n : {1, 4, 8, 13, 26})
    if (req.Query("weeks") == std::to_string(n)) weeks = n;
  auto found = MissedSearches(*ctx.services().db, ctx.services().clock->Now(), weeks, kPerWeek);
  if (!found.ok()) return ctx.FromStatus(found.status());
  Page page("搜索分析", "console/search_analytics.tpl");
  auto& d = page.content();
  for (int n : {1, 4, 8, 13, 26})
    web::AddOption(d, "WEEK_OPTIONS", std::to_string(n), "最近 " + std::to_string(n) + " 周", std::to_string(weeks));
  for (const auto& w : found.value()) {
    auto* week = d.AddSectionDictionary("WEEKS");
    week->SetValue("ID", "week-" + w.monday.ToString());
    week->SetValue("MONDAY", w.monday.ToString());
    week->SetValue("SUNDAY", w.monday.AddDays(6).ToString());
    week->SetIntValue("SEARCHES", static_cast<long>(w.searches));
    week->SetIntValue("MISSED", static_cast<long>(w.missed));
    if (w.top.empty()) week->ShowSection("NONE");
    else week->ShowSection("HAS_ROWS");
    for (const auto& m : w.top) {
      auto* row = week->AddSectionDictionary("ROWS");
      row->SetValue("QUERY", m.query);
      row->SetValue("SEARCH_URL", "/search?q=" + http::PercentEncode(m.query));
      row->SetIntValue("COUNT", static_cast<long>(m.count));
      row->SetIntValue("RESULTS", static_cast<long>(m.results));
    }
  }
  return ctx.ConsolePage(page, "/console/search-analytics");
}

}  // namespace

void RegisterSearchRoutes(web::Site& site) {
  site.Add("GET", "/search", web::Public(), SearchPage);
  site.Add("GET", "/console/search-analytics", web::Staff(access::Permission::kCheckSiteHealth), SearchAnalyticsPage);
}

}  // namespace gk::catalogue
