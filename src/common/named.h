// An enum's stored codes and Chinese labels in one table, and the three
// lookups every domain model writes for it:
//
//   constexpr Named<State> kStates[] = {{State::kDraft, "draft", "草稿"}, …};
//   const char* StateCode(State s) { return NamedCode(kStates, s); }
//   bool ParseState(std::string_view c, State* out) { return ParseNamed(kStates, c, out); }
#pragma once

#include <cstddef>
#include <string_view>

namespace gk {

template <typename E>
struct Named {
  E value;
  const char* code;   // stored and in URLs, e.g. "draft"
  const char* label;  // shown, e.g. "草稿"
};

// "" when `v` is not in the table.
template <typename E, size_t N>
const char* NamedCode(const Named<E> (&table)[N], E v) {
  for (const auto& n : table)
    if (n.value == v) return n.code;
  return "";
}

template <typename E, size_t N>
const char* NamedLabel(const Named<E> (&table)[N], E v) {
  for (const auto& n : table)
    if (n.value == v) return n.label;
  return "";
}

// The value whose code is `code`; false (and `out` untouched) when none.
template <typename E, size_t N>
bool ParseNamed(const Named<E> (&table)[N], std::string_view code, E* out) {
  for (const auto& n : table)
    if (code == n.code) {
      *out = n.value;
      return true;
    }
  return false;
}

}  // namespace gk
