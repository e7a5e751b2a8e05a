#include "catalogue/portal.h"

#include <algorithm>
#include <map>
#include <set>

namespace gk::catalogue {
namespace {

const Column* Find(const std::vector<Column>& columns, int64_t id) {
  for (const auto& c : columns)
    if (c.id == id) return &c;
  return nullptr;
}

void AddSubtree(const std::multimap<int64_t, const Column*>& children, const Column& c, int depth,
                std::set<int64_t>* seen, std::vector<TreeRow>* out) {
  if (!seen->insert(c.id).second) return;
  out->push_back({c, depth});
  auto [from, to] = children.equal_range(c.id);
  for (auto it = from; it != to; ++it) AddSubtree(children, *it->second, depth + 1, seen, out);
}

}  // namespace

bool IsTopicColumn(const Column& c) { return c.code.starts_with("zt-"); }

std::vector<Column> TopLevelTopics(const std::vector<Column>& columns) {
  std::vector<Column> out;
  for (const auto& c : columns) {
    if (!IsTopicColumn(c)) continue;
    const Column* parent = c.parent_id ? Find(columns, c.parent_id) : nullptr;
    if (parent && IsTopicColumn(*parent)) continue;
    out.push_back(c);
  }
  return out;
}

std::vector<Column> ColumnTrail(const std::vector<Column>& columns, const Column& c) {
  std::vector<Column> trail;
  std::set<int64_t> seen = {c.id};
  for (const Column* p = c.parent_id ? Find(columns, c.parent_id) : nullptr; p && seen.insert(p->id).second;
       p = p->parent_id ? Find(columns, p->parent_id) : nullptr)
    trail.push_back(*p);
  std::reverse(trail.begin(), trail.end());
  return trail;
}

std::vector<TreeRow> ColumnTree(const std::vector<Column>& columns) {
  std::multimap<int64_t, const Column*> children;  // insertion order kept per key
  for (const auto& c : columns)
    if (c.parent_id && Find(columns, c.parent_id)) children.emplace(c.parent_id, &c);
  std::vector<TreeRow> out;
  std::set<int64_t> seen;
  for (const auto& c : columns)
    if (!c.parent_id || !Find(columns, c.parent_id)) AddSubtree(children, c, 0, &seen, &out);
  return out;
}

std::string Portal::Prefix() const { return site_ ? "" : Home(); }

std::string Portal::Home() const { return "/agencies/" + std::to_string(agency_id_); }

std::string Portal::Xxgk() const { return Prefix() + "/xxgk"; }

std::string Portal::ColumnIndex() const { return Home() + "/columns"; }

std::string Portal::ColumnPath(const Column& c) const { return Prefix() + "/columns/" + c.code; }

std::string Portal::TopicPath(const Column& c) const { return Prefix() + "/topics/" + c.code; }

std::string Portal::PageOf(const Column& c) const {
  if (c.code == "xxgk") return Xxgk();
  if (IsTopicColumn(c)) return TopicPath(c);
  return ColumnPath(c);
}

std::string Portal::Search() const { return "/search?agency=" + std::to_string(agency_id_); }

}  // namespace gk::catalogue
