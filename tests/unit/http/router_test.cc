#include "http/router.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

namespace gk::http {
namespace {

// A handler that answers with its own name, so a test can tell which route
// the router picked by calling it.
Handler Named(const std::string& name) {
  return [name](Request&) { return Response::Text(name); };
}

std::string Call(const Router::Match& m) {
  if (m.route == nullptr) return "<none>";
  Request req;
  return m.route->handler(req).body;
}

struct RouteDef {
  std::string method;
  std::string pattern;
};

Router Build(const std::vector<RouteDef>& defs) {
  Router r;
  for (const auto& d : defs) {
    Status s = r.Add(d.method, d.pattern, Named(d.method + " " + d.pattern));
    EXPECT_TRUE(s.ok()) << d.method << " " << d.pattern << ": " << s.message();
  }
  return r;
}

// ---------------------------------------------------------------------------
// Precedence: the same answers whatever the registration order.

const std::vector<RouteDef> kPrecedenceRoutes = {
    {"GET", "/"},
    {"GET", "/items/{id:int}"},
    {"GET", "/items/new"},
    {"GET", "/items/{slug}"},
    {"GET", "/items/{id:int}/edit"},
    {"GET", "/items/{slug}/edit"},
    {"GET", "/items/new/edit"},
    {"GET", "/files/{rest:path}"},
    {"GET", "/files/readme"},
    {"GET", "/{page}"},
    {"GET", "/about"},
};

struct PrecedenceCase {
  std::string path;
  std::string route;  // "<none>" when nothing matches
  std::map<std::string, std::string> params;
};

const PrecedenceCase kPrecedenceCases[] = {
    {"/", "GET /", {}},
    {"/items/new", "GET /items/new", {}},
    {"/items/42", "GET /items/{id:int}", {{"id", "42"}}},
    {"/items/abc", "GET /items/{slug}", {{"slug", "abc"}}},
    {"/items/42x", "GET /items/{slug}", {{"slug", "42x"}}},
    {"/items/42/edit", "GET /items/{id:int}/edit", {{"id", "42"}}},
    {"/items/new/edit", "GET /items/new/edit", {}},
    {"/items/abc/edit", "GET /items/{slug}/edit", {{"slug", "abc"}}},
    {"/files/readme", "GET /files/readme", {}},
    {"/files/a/b/c.txt", "GET /files/{rest:path}", {{"rest", "a/b/c.txt"}}},
    {"/files/readme/more", "GET /files/{rest:path}", {{"rest", "readme/more"}}},
    {"/about", "GET /about", {}},
    {"/contact", "GET /{page}", {{"page", "contact"}}},
    {"/items", "GET /{page}", {{"page", "items"}}},
    {"/items/", "<none>", {}},
    {"/items/42/edit/x", "<none>", {}},
    {"/nothing/here", "<none>", {}},
};

void CheckPrecedence(const Router& r, const std::string& order) {
  for (const auto& c : kPrecedenceCases) {
    Router::Match m = r.Find("GET", c.path);
    EXPECT_EQ(Call(m), c.route) << "path " << c.path << " (" << order << ")";
    if (m.route != nullptr) {
      EXPECT_EQ(m.params, c.params) << "path " << c.path << " (" << order << ")";
    }
  }
}

TEST(RouterTest, LiteralBeatsParameterInRegistrationOrder) { CheckPrecedence(Build(kPrecedenceRoutes), "as listed"); }

TEST(RouterTest, LiteralBeatsParameterInReverseOrder) {
  std::vector<RouteDef> defs(kPrecedenceRoutes.rbegin(), kPrecedenceRoutes.rend());
  CheckPrecedence(Build(defs), "reversed");
}

TEST(RouterTest, LiteralBeatsParameterInEveryRotation) {
  std::vector<RouteDef> defs = kPrecedenceRoutes;
  for (size_t i = 0; i < defs.size(); ++i) {
    std::rotate(defs.begin(), defs.begin() + 1, defs.end());
    CheckPrecedence(Build(defs), "rotation " + std::to_string(i));
  }
}

// A literal segment wins over a parameter in the same position even when the
// parameter route has more segments or more parameters: precedence is decided
// segment by segment from the left, not by a total score.
TEST(RouterTest, LeftmostDifferenceDecides) {
  const std::vector<RouteDef> defs = {
      {"GET", "/{a}/{b}/{c}"}, {"GET", "/x/{rest:path}"},    {"GET", "/a/{x}/b"},
      {"GET", "/a/b/{y}"},     {"GET", "/p/{id:int}/{tab}"}, {"GET", "/p/{name}/{n:int}"},
  };
  const PrecedenceCase cases[] = {
      {"/x/1/2", "GET /x/{rest:path}", {{"rest", "1/2"}}},
      {"/q/1/2", "GET /{a}/{b}/{c}", {{"a", "q"}, {"b", "1"}, {"c", "2"}}},
      {"/a/b/b", "GET /a/b/{y}", {{"y", "b"}}},
      {"/a/c/b", "GET /a/{x}/b", {{"x", "c"}}},
      {"/p/1/2", "GET /p/{id:int}/{tab}", {{"id", "1"}, {"tab", "2"}}},
      {"/p/z/2", "GET /p/{name}/{n:int}", {{"name", "z"}, {"n", "2"}}},
  };
  for (int reversed = 0; reversed < 2; ++reversed) {
    std::vector<RouteDef> order = defs;
    if (reversed) std::reverse(order.begin(), order.end());
    Router r = Build(order);
    for (const auto& c : cases) {
      Router::Match m = r.Find("GET", c.path);
      EXPECT_EQ(Call(m), c.route) << "path " << c.path << (reversed ? " (reversed)" : " (as listed)");
      if (m.route != nullptr && Call(m) == c.route) {
        EXPECT_EQ(m.params, c.params) << c.path;
      }
    }
  }
}

// ---------------------------------------------------------------------------
// Typed parameters

TEST(RouterTest, IntParameter) {
  Router r = Build({{"GET", "/n/{id:int}"}});
  struct Case {
    std::string path;
    bool match;
  };
  const Case cases[] = {
      {"/n/0", true},
      {"/n/7", true},
      {"/n/000123", true},
      {"/n/123456789012345678", true},    // 18 digits
      {"/n/1234567890123456789", false},  // 19 digits: would overflow int64 soon
      {"/n/", false},
      {"/n/-1", false},
      {"/n/+1", false},
      {"/n/1.5", false},
      {"/n/1e3", false},
      {"/n/12a", false},
      {"/n/a12", false},
      {"/n/ 1", false},
      {"/n/１２", false},  // full-width digits are not ASCII digits
      {"/n/1/", false},
      {"/n/1/2", false},
  };
  for (const auto& c : cases) {
    Router::Match m = r.Find("GET", c.path);
    EXPECT_EQ(m.route != nullptr, c.match) << c.path;
    if (c.match && m.route) {
      EXPECT_EQ(m.params.at("id"), c.path.substr(3)) << c.path;
    }
  }
}

TEST(RouterTest, StringParameterIsOneNonEmptySegment) {
  Router r = Build({{"GET", "/u/{name}"}, {"GET", "/u/{name}/x"}});
  Router::Match m = r.Find("GET", "/u/张三");
  ASSERT_NE(m.route, nullptr);
  EXPECT_EQ(m.params.at("name"), "张三");
  EXPECT_EQ(r.Find("GET", "/u/").route, nullptr);
  EXPECT_EQ(r.Find("GET", "/u/a/b").route, nullptr);
  m = r.Find("GET", "/u/a.b-c_d/x");
  ASSERT_NE(m.route, nullptr);
  EXPECT_EQ(m.route->pattern, "/u/{name}/x");
  EXPECT_EQ(m.params.at("name"), "a.b-c_d");
}

TEST(RouterTest, PathParameterTakesTheRest) {
  Router r = Build({{"GET", "/static/{file:path}"}});
  struct Case {
    std::string path;
    std::string file;  // "" when no match
  };
  const Case cases[] = {
      {"/static/a.css", "a.css"},
      {"/static/css/gongkai.1a2b3c4d.css", "css/gongkai.1a2b3c4d.css"},
      {"/static/a/b/", "a/b/"},
      {"/static/", ""},
      {"/static", ""},
      {"/other/a.css", ""},
  };
  for (const auto& c : cases) {
    Router::Match m = r.Find("GET", c.path);
    if (c.file.empty()) {
      EXPECT_EQ(m.route, nullptr) << c.path;
    } else {
      ASSERT_NE(m.route, nullptr) << c.path;
      EXPECT_EQ(m.params.at("file"), c.file) << c.path;
    }
  }
}

TEST(RouterTest, SeveralParameters) {
  Router r = Build({{"GET", "/a/{agency:int}/d/{dept:int}/{tab}"}});
  Router::Match m = r.Find("GET", "/a/3/d/14/people");
  ASSERT_NE(m.route, nullptr);
  EXPECT_EQ(m.params, (std::map<std::string, std::string>{{"agency", "3"}, {"dept", "14"}, {"tab", "people"}}));
}

// ---------------------------------------------------------------------------
// Methods

TEST(RouterTest, HeadMatchesGet) {
  Router r = Build({{"GET", "/page"}, {"POST", "/form"}});
  Router::Match m = r.Find("HEAD", "/page");
  ASSERT_NE(m.route, nullptr);
  EXPECT_EQ(m.route->method, "GET");
  EXPECT_EQ(r.Find("HEAD", "/form").route, nullptr);
}

TEST(RouterTest, WrongMethodListsAllowedMethods) {
  Router r = Build({{"GET", "/x/{id:int}"}, {"POST", "/x/{id:int}"}, {"DELETE", "/x/{id:int}"}, {"PUT", "/y"}});
  Router::Match m = r.Find("PATCH", "/x/5");
  EXPECT_EQ(m.route, nullptr);
  std::vector<std::string> allowed = m.allowed;
  std::sort(allowed.begin(), allowed.end());
  EXPECT_EQ(allowed, (std::vector<std::string>{"DELETE", "GET", "POST"}));

  // A path nothing matches: no route and nothing allowed (404, not 405).
  m = r.Find("GET", "/x/abc");
  EXPECT_EQ(m.route, nullptr);
  EXPECT_TRUE(m.allowed.empty());

  // The matched method is also listed, once.
  m = r.Find("POST", "/x/5");
  ASSERT_NE(m.route, nullptr);
  EXPECT_EQ(std::count(m.allowed.begin(), m.allowed.end(), "POST"), 1);
}

TEST(RouterTest, AllowedCollectsMethodsOfDifferentPatterns) {
  // "/x/new" is matched by the literal GET route and by the parameter POST route.
  Router r = Build({{"GET", "/x/new"}, {"POST", "/x/{name}"}});
  Router::Match m = r.Find("PUT", "/x/new");
  EXPECT_EQ(m.route, nullptr);
  std::vector<std::string> allowed = m.allowed;
  std::sort(allowed.begin(), allowed.end());
  EXPECT_EQ(allowed, (std::vector<std::string>{"GET", "POST"}));
  // POST on the literal path falls through to the parameter route.
  m = r.Find("POST", "/x/new");
  ASSERT_NE(m.route, nullptr);
  EXPECT_EQ(m.route->pattern, "/x/{name}");
}

// ---------------------------------------------------------------------------
// Registration errors

TEST(RouterTest, RejectsDuplicatesAndMalformedPatterns) {
  Router r;
  ASSERT_TRUE(r.Add("GET", "/a/{id:int}", Named("a")).ok());
  struct Case {
    std::string method;
    std::string pattern;
  };
  const Case bad[] = {
      {"GET", "/a/{id:int}"},          // duplicate
      {"GET", ""},                     // empty
      {"GET", "a/b"},                  // not starting with '/'
      {"GET", "/b/{}"},                // empty name
      {"GET", "/b/{:int}"},            // empty name
      {"GET", "/b/{id:float}"},        // unknown type
      {"GET", "/b/{id:}"},             // ':' without a type
      {"GET", "/b/{rest:path}/more"},  // path parameter not last
      {"GET", "/b/{id"},               // unbalanced brace
      {"GET", "/b/id}"},               // unbalanced brace
      {"GET", "/b/x{id}"},             // parameter inside a literal segment
      {"GET", "/b/{a}/{a}"},           // the same parameter name twice
  };
  for (const auto& c : bad) {
    Status s = r.Add(c.method, c.pattern, Named("bad"));
    EXPECT_FALSE(s.ok()) << c.method << " " << c.pattern;
    EXPECT_EQ(s.code(), Code::kInvalid) << c.pattern;
  }
  // Nothing refused was registered.
  EXPECT_EQ(r.routes().size(), 1u);
  // The same pattern with another method is fine.
  EXPECT_TRUE(r.Add("POST", "/a/{id:int}", Named("post")).ok());
  // The first route still answers.
  EXPECT_EQ(Call(r.Find("GET", "/a/1")), "a");
}

TEST(RouterTest, RoutesListedInRegistrationOrder) {
  Router r = Build({{"GET", "/b"}, {"GET", "/a"}, {"POST", "/b"}});
  ASSERT_EQ(r.routes().size(), 3u);
  EXPECT_EQ(r.routes()[0].pattern, "/b");
  EXPECT_EQ(r.routes()[1].pattern, "/a");
  EXPECT_EQ(r.routes()[2].method, "POST");
}

// ---------------------------------------------------------------------------
// Uploads

TEST(RouterTest, BodyLimit) {
  Router r;
  ASSERT_TRUE(r.Add("POST", "/docs/{id:int}/files", Named("upload"), {.upload = true}).ok());
  ASSERT_TRUE(r.Add("POST", "/apply", Named("apply"), {.upload = true, .max_body = 3000}).ok());
  ASSERT_TRUE(r.Add("POST", "/tiny", Named("tiny"), {.upload = true, .max_body = 50}).ok());
  ASSERT_TRUE(r.Add("POST", "/huge", Named("huge"), {.upload = true, .max_body = 1 << 30}).ok());
  ASSERT_TRUE(r.Add("POST", "/docs/{id:int}", Named("form")).ok());
  ASSERT_TRUE(r.Add("GET", "/docs/{id:int}/files", Named("list")).ok());
  struct Case {
    std::string method;
    std::string path;
    int64_t limit;
  };
  // Body limit 100, upload limit 5000.
  const Case cases[] = {
      {"POST", "/docs/1/files", 5000}, {"POST", "/apply", 3000},      {"POST", "/tiny", 50},
      {"POST", "/huge", 5000},  // never above the configured upload limit
      {"POST", "/docs/1", 100},        {"GET", "/docs/1/files", 100}, {"PUT", "/docs/1/files", 100},
      {"POST", "/docs/x/files", 100},  {"POST", "/nowhere", 100},
  };
  for (const auto& c : cases) EXPECT_EQ(r.BodyLimit(c.method, c.path, 100, 5000), c.limit) << c.method << " " << c.path;
}

}  // namespace
}  // namespace gk::http
