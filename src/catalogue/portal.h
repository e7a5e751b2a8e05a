// Where each hosted agency's public portal lives (集约化 consolidated
// hosting): one installation serves the site's own agency (the first
// top-level one, access::SiteAgency) at the site's root — /xxgk,
// /columns/CODE, /topics/CODE — and every other agency under its own prefix
// — /agencies/ID/xxgk, /agencies/ID/columns/CODE, /agencies/ID/topics/CODE.
// The addresses are built here only, so that pages, feeds and tests agree.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "catalogue/model.h"

namespace gk::catalogue {

// 专题 (topic column): a themed column of the work plan 一(一) ("围绕……重点
// 领域设置公开专栏"). Marked by its code: it begins with "zt-", as the default
// tree's four (zt-spyp, …) and the console's code hint do. Codes are fixed at
// creation, so a column is a topic for all its life.
bool IsTopicColumn(const Column& c);

// The topic columns that head a topic: those whose parent is not itself a
// topic column, in the order of `columns` (an agency's tree as listed).
std::vector<Column> TopLevelTopics(const std::vector<Column>& columns);

// The ancestors of `c` in `columns`, outermost first (not `c` itself). Stops
// at a missing parent and at a cycle rather than looping.
std::vector<Column> ColumnTrail(const std::vector<Column>& columns, const Column& c);

// One column of a tree listing with its depth (0 for a top-level column).
struct TreeRow {
  Column column;
  int depth = 0;
};
// `columns` depth-first, each column's children after it in their listed
// order; a column whose parent is missing counts as top-level.
std::vector<TreeRow> ColumnTree(const std::vector<Column>& columns);

// The public addresses of one agency's portal.
class Portal {
 public:
  Portal(int64_t agency_id, bool site) : agency_id_(agency_id), site_(site) {}

  int64_t agency_id() const { return agency_id_; }
  // The site's own agency: its portal is the site's root.
  bool site() const { return site_; }

  // The agency's page (机构概况): /agencies/ID.
  std::string Home() const;
  // 政府信息公开 with its four parts: /xxgk or /agencies/ID/xxgk.
  std::string Xxgk() const;
  // Every column of the agency as a tree: /agencies/ID/columns.
  std::string ColumnIndex() const;
  // A column's list or page: /columns/CODE or /agencies/ID/columns/CODE.
  std::string ColumnPath(const Column& c) const;
  // A topic column's landing page: /topics/CODE or /agencies/ID/topics/CODE.
  std::string TopicPath(const Column& c) const;
  // Where a link to the column should lead: 政府信息公开 for the xxgk
  // column, the landing page for a topic, else the column page.
  std::string PageOf(const Column& c) const;
  // The RSS and Atom feeds of a column (beside its column page).
  std::string RssOf(const Column& c) const { return ColumnPath(c) + "/feed.xml"; }
  std::string AtomOf(const Column& c) const { return ColumnPath(c) + "/atom.xml"; }
  // The agency's feeds (its newest items): /agencies/ID/feed.xml, atom.xml.
  std::string Rss() const { return Home() + "/feed.xml"; }
  std::string Atom() const { return Home() + "/atom.xml"; }
  // The site search narrowed to the agency: /search?agency=ID.
  std::string Search() const;

 private:
  std::string Prefix() const;  // "" or "/agencies/ID"

  int64_t agency_id_;
  bool site_;
};

}  // namespace gk::catalogue
