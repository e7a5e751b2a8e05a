// The command line's shared pieces (arguments, failures, progress) and the
// commands kept in files of their own: import_commands.cc (gongkai import),
// report_commands.cc (report, check, health). main.cc has the rest and the
// dispatch.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "access/model.h"
#include "common/status.h"

namespace gk::app {
class App;
}
namespace gk::config {
struct Config;
}

namespace gk::cli {

struct Args {
  std::vector<std::string> words;                   // command words and positionals
  std::multimap<std::string, std::string> options;  // --name value
  std::vector<std::string> flags;                   // --demo, --help
};

// argv as words, --name value options and flags; false with `error` set
// when an option lacks its value.
bool ParseArgs(int argc, char** argv, Args* out, std::string* error);
// The option's (first) value, "" when absent.
std::string Opt(const Args& a, const std::string& name);
bool HasFlag(const Args& a, const std::string& f);
// "gongkai: message" on stderr; returns the exit code 1.
int Fail(const std::string& message);
int FailStatus(const Status& s);
// "\r重建索引 [#####.....] 5/10" on stderr.
void ShowProgress(const char* label, int64_t done, int64_t total);

// Who acts from the command line, for the audit log.
inline const access::Actor kCli{0, "命令行", ""};

int CmdImport(const Args& args, app::App& app);
int CmdReport(const Args& args, app::App& app);
int CmdCheck(const Args& args, const config::Config& config);
int CmdHealth(const Args& args, app::App& app);

}  // namespace gk::cli
