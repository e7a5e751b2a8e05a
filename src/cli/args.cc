#include <cstdio>

#include <algorithm>

#include "cli/commands.h"

namespace gk::cli {

namespace {

bool IsFlag(const std::string& name) {
  return name == "demo" || name == "help" || name == "version" || name == "publish" || name == "quick";
}

}  // namespace

bool ParseArgs(int argc, char** argv, Args* out, std::string* error) {
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a.starts_with("--")) {
      std::string name = a.substr(2), value;
      auto eq = name.find('=');
      if (eq != std::string::npos) {
        value = name.substr(eq + 1);
        name = name.substr(0, eq);
        out->options.emplace(name, value);
      } else if (IsFlag(name)) {
        out->flags.push_back(name);
      } else if (i + 1 < argc) {
        out->options.emplace(name, argv[++i]);
      } else {
        *error = "选项 --" + name + " 缺少取值";
        return false;
      }
    } else if (a == "-h") {
      out->flags.push_back("help");
    } else {
      out->words.push_back(a);
    }
  }
  return true;
}

std::string Opt(const Args& a, const std::string& name) {
  auto it = a.options.find(name);
  return it == a.options.end() ? "" : it->second;
}

bool HasFlag(const Args& a, const std::string& f) {
  return std::find(a.flags.begin(), a.flags.end(), f) != a.flags.end();
}

int Fail(const std::string& message) {
  std::fprintf(stderr, "gongkai: %s\n", message.c_str());
  return 1;
}

int FailStatus(const Status& s) {
  std::string field = s.field().empty() ? "" : "（" + s.field() + "）";
  return Fail(s.message() + field);
}

void ShowProgress(const char* label, int64_t done, int64_t total) {
  int width = 40;
  int filled = total > 0 ? static_cast<int>(width * done / total) : width;
  std::fprintf(stderr, "\r%s [%s%s] %lld/%lld", label, std::string(static_cast<size_t>(filled), '#').c_str(),
               std::string(static_cast<size_t>(width - filled), '.').c_str(), static_cast<long long>(done),
               static_cast<long long>(total));
  std::fflush(stderr);
}

}  // namespace gk::cli
