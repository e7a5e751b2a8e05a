#include "storage/sql_text.h"

#include <soci/soci.h>

namespace gk::storage {

std::string IdList(const std::vector<int64_t>& ids) {
  std::string s;
  for (int64_t id : ids) s += (s.empty() ? "" : ",") + std::to_string(id);
  return s.empty() ? "0" : s;
}

bool SelectById(soci::session& sql, const std::string& select, int64_t id,
                const std::function<void(soci::statement&)>& bind_columns) {
  long long key = id;
  soci::statement st(sql);
  st.alloc();
  st.prepare(select);
  bind_columns(st);
  st.exchange(soci::use(key));
  st.define_and_bind();
  return st.execute(true);
}

void FetchPage(soci::session& sql, const std::string& select, std::vector<std::string>& binds, int64_t limit,
               int64_t offset, const std::function<void(soci::statement&)>& bind_columns,
               const std::function<void()>& each_row) {
  long long lim = limit, off = offset;
  soci::statement st(sql);
  st.alloc();
  st.prepare(select + " LIMIT :lim OFFSET :off");
  bind_columns(st);
  for (auto& b : binds) st.exchange(soci::use(b));
  st.exchange(soci::use(lim));
  st.exchange(soci::use(off));
  st.define_and_bind();
  st.execute(false);
  while (st.fetch()) each_row();
}

int64_t CountRows(soci::session& sql, const std::string& count_sql, std::vector<std::string>& binds) {
  long long n = 0;
  soci::statement st(sql);
  st.alloc();
  st.prepare(count_sql);
  st.exchange(soci::into(n));
  for (auto& b : binds) st.exchange(soci::use(b));
  st.define_and_bind();
  st.execute(true);
  return n;
}

std::string LikeContains(std::string_view text) {
  std::string p = "%";
  for (char c : text) {
    if (c == '%' || c == '_' || c == '!') p += '!';
    p += c;
  }
  return p + "%";
}

}  // namespace gk::storage
