#include "search/layout.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <system_error>

namespace gk::search::internal {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kStubKeyword = "auto ";

Status ErrnoStatus(const std::string& what, const std::string& path) {
  return Status::Unavailable("搜索索引写入失败：" + what + " " + path + ": " + std::strerror(errno));
}

// Writes `content` to `path` and flushes it to disk.
Status WriteFileSynced(const std::string& path, const std::string& content) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return ErrnoStatus("open", path);
  bool ok = ::write(fd, content.data(), content.size()) == static_cast<ssize_t>(content.size()) && ::fsync(fd) == 0;
  Status s = ok ? Status::Ok() : ErrnoStatus("write", path);
  ::close(fd);
  return s;
}

void SyncDirectory(const std::string& dir) {
  int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);  // best effort: the rename is already visible to this process
  ::close(fd);
}

}  // namespace

Result<std::string> ReadCurrent(const std::string& dir) {
  fs::path path = fs::path(dir) / kCurrentFile;
  std::error_code ec;
  if (!fs::exists(path, ec)) return Status::NotFound("no CURRENT in " + dir);
  std::ifstream in(path);
  std::string line;
  if (!in || !std::getline(in, line) || line.rfind(kStubKeyword, 0) != 0) {
    return Status::Unavailable("搜索索引目录已损坏：无法读取 " + path.string());
  }
  std::string name = line.substr(kStubKeyword.size());
  if (!IsGenerationName(name)) {
    return Status::Unavailable("搜索索引目录已损坏：" + path.string() + " 内容无效");
  }
  return name;
}

Status WriteCurrent(const std::string& dir, const std::string& generation) {
  std::string tmp = (fs::path(dir) / "CURRENT.tmp").string();
  std::string final_path = (fs::path(dir) / kCurrentFile).string();
  Status s = WriteFileSynced(tmp, std::string(kStubKeyword) + generation + "\n");
  if (!s.ok()) return s;
  if (std::rename(tmp.c_str(), final_path.c_str()) != 0) return ErrnoStatus("rename", tmp);
  SyncDirectory(dir);
  return Status::Ok();
}

bool IsGenerationName(std::string_view name) {
  if (name.size() != 7 || name[0] != 'g') return false;
  for (char c : name.substr(1)) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

std::string GenerationName(unsigned long n) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "g%06lu", n % 1000000);
  return buf;
}

std::string NextGenerationName(const std::string& dir) {
  unsigned long highest = 0;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    std::string name = entry.path().filename().string();
    if (IsGenerationName(name)) highest = std::max(highest, std::stoul(name.substr(1)));
  }
  return GenerationName(highest + 1);
}

std::string GenerationPath(const std::string& dir, const std::string& generation) {
  return (fs::path(dir) / generation).string();
}

bool IsEmptyDirectory(const std::string& dir) {
  std::error_code ec;
  return fs::is_empty(dir, ec) && !ec;
}

void RemoveOtherGenerations(const std::string& dir, const std::string& keep) {
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    std::string name = entry.path().filename().string();
    if (IsGenerationName(name) && name != keep) {
      std::error_code ignored;
      fs::remove_all(entry.path(), ignored);
    }
  }
}

}  // namespace gk::search::internal
