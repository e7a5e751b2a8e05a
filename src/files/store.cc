#include "files/store.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>

#include "common/sha256.h"
#include "http/forms.h"

namespace gk::files {
namespace {

bool StartsWith(std::string_view data, std::string_view magic) { return data.substr(0, magic.size()) == magic; }

bool IsOle2(std::string_view d) { return StartsWith(d, std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)); }

bool IsZip(std::string_view d) { return StartsWith(d, "PK\x03\x04") || StartsWith(d, "PK\x05\x06"); }

// Office Open XML and OFD are ZIP files whose member names say what they are;
// the local file headers hold those names in the clear.
bool ZipHasMember(std::string_view d, std::string_view prefix) { return d.find(prefix) != std::string_view::npos; }

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

// Writes atomically and durably: temp file, fsync, rename.
Status WriteFile(const std::string& path, std::string_view data) {
  std::error_code ec;
  std::filesystem::create_directories(std::filesystem::path(path).parent_path(), ec);
  if (ec) return Status::Unavailable("无法创建附件目录：" + ec.message());
  std::string tmp = path + ".tmp";
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0640);
  if (fd < 0) return Status::Unavailable("无法写入附件");
  size_t off = 0;
  while (off < data.size()) {
    ssize_t n = ::write(fd, data.data() + off, data.size() - off);
    if (n <= 0) {
      ::close(fd);
      return Status::Unavailable("写入附件失败");
    }
    off += static_cast<size_t>(n);
  }
  bool ok = ::fsync(fd) == 0;
  ::close(fd);
  if (!ok || std::rename(tmp.c_str(), path.c_str()) != 0) return Status::Unavailable("保存附件失败");
  return Status::Ok();
}

}  // namespace

Result<std::string> DetectFileType(std::string_view filename, std::string_view d) {
  std::string name(filename);
  auto dot = name.rfind('.');
  std::string ext = dot == std::string::npos ? "" : Lower(name.substr(dot + 1));
  if (d.empty()) return Status::Invalid("文件是空的", "file");
  struct Kind {
    const char* ext;
    const char* type;
    bool (*matches)(std::string_view);
  };
  static const Kind kKinds[] = {
      {"pdf", "application/pdf", [](std::string_view x) { return StartsWith(x, "%PDF-"); }},
      {"ofd", "application/ofd", [](std::string_view x) { return IsZip(x) && ZipHasMember(x, "OFD.xml"); }},
      {"doc", "application/msword", IsOle2},
      {"xls", "application/vnd.ms-excel", IsOle2},
      {"wps", "application/vnd.ms-works", IsOle2},
      {"et", "application/vnd.ms-excel", IsOle2},
      {"docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
       [](std::string_view x) { return IsZip(x) && ZipHasMember(x, "word/"); }},
      {"xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
       [](std::string_view x) { return IsZip(x) && ZipHasMember(x, "xl/"); }},
      {"jpg", "image/jpeg", [](std::string_view x) { return StartsWith(x, "\xFF\xD8\xFF"); }},
      {"jpeg", "image/jpeg", [](std::string_view x) { return StartsWith(x, "\xFF\xD8\xFF"); }},
      {"png", "image/png", [](std::string_view x) { return StartsWith(x, "\x89PNG\r\n\x1A\n"); }},
      // ISO base media (MP4): a box of type "ftyp" first.
      {"mp4", "video/mp4", [](std::string_view x) { return x.size() >= 12 && x.substr(4, 4) == "ftyp"; }},
      {"zip", "application/zip", IsZip},
  };
  for (const auto& k : kKinds) {
    if (ext != k.ext) continue;
    if (k.matches(d)) return std::string(k.type);
    return Status::Invalid("文件内容与扩展名 ." + ext + " 不符，请确认文件没有损坏或被改名", "file");
  }
  return Status::Invalid("不支持的文件类型：只接受 PDF、OFD、DOC/DOCX、XLS/XLSX、WPS/ET、JPG/PNG、MP4 和 ZIP", "file");
}

std::string ContentDisposition(const std::string& filename) {
  std::string ascii;
  for (unsigned char c : filename)
    ascii += (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') ? static_cast<char>(c) : '_';
  return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + http::PercentEncode(filename);
}

std::string FileStore::PathFor(const std::string& sha) const { return dir_ + "/" + sha.substr(0, 2) + "/" + sha; }

Result<StoredFile> FileStore::Store(const std::string& filename_in, std::string_view data) {
  StoredFile f;
  for (char c : filename_in)
    if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7f) f.name += c;
  if (f.name.empty()) return Status::Invalid("请选择要上传的文件", "file");
  if (f.name.size() > 240) return Status::Invalid("文件名过长", "file");
  auto type = DetectFileType(f.name, data);
  if (!type.ok()) return type.status();
  f.content_type = type.value();
  f.size = static_cast<int64_t>(data.size());
  f.sha256 = Sha256Hex(data);
  const std::string path = PathFor(f.sha256);
  if (!std::filesystem::exists(path)) {
    if (Status w = WriteFile(path, data); !w.ok()) return w;
  }
  return f;
}

Result<FileStore::Located> FileStore::Locate(const std::string& sha256) const {
  Located f{PathFor(sha256), 0};
  std::error_code ec;
  const auto size = std::filesystem::file_size(f.path, ec);
  if (ec) return Status::Unavailable("附件文件缺失");
  f.size = static_cast<int64_t>(size);
  return f;
}

std::string HumanSize(int64_t bytes) {
  char buf[32];
  if (bytes < 1024) std::snprintf(buf, sizeof buf, "%lld B", static_cast<long long>(bytes));
  else if (bytes < 1024 * 1024) std::snprintf(buf, sizeof buf, "%.1f KB", static_cast<double>(bytes) / 1024);
  else std::snprintf(buf, sizeof buf, "%.1f MB", static_cast<double>(bytes) / (1024 * 1024));
  return buf;
}

}  // namespace gk::files
