#include "catalogue/attachments.h"

#include <fcntl.h>
#include <sodium.h>
#include <soci/soci.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "catalogue/store.h"
#include "catalogue/workflow.h"
#include "http/forms.h"

namespace gk::catalogue {
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

std::string Sha256Hex(std::string_view data) {
  unsigned char h[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(h, reinterpret_cast<const unsigned char*>(data.data()), data.size());
  char hex[2 * crypto_hash_sha256_BYTES + 1];
  sodium_bin2hex(hex, sizeof hex, h, sizeof h);
  return hex;
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

auth::AuditEntry AttachmentAudit(const Item& item, const char* action, std::string summary) {
  auth::AuditEntry e;
  e.agency_id = item.agency_id;
  e.action = action;
  e.object_type = "item";
  e.object_id = std::to_string(item.id);
  e.summary = std::move(summary);
  return e;
}

Attachment Row(long long id, long long item, const std::string& name, const std::string& type, long long size,
               const std::string& sha, long long at) {
  return Attachment{id, item, name, type, size, sha, at};
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
      {"zip", "application/zip", IsZip},
  };
  for (const auto& k : kKinds) {
    if (ext != k.ext) continue;
    if (k.matches(d)) return std::string(k.type);
    return Status::Invalid("文件内容与扩展名 ." + ext + " 不符，请确认文件没有损坏或被改名", "file");
  }
  return Status::Invalid("不支持的文件类型：只接受 PDF、OFD、DOC/DOCX、XLS/XLSX、WPS/ET、JPG/PNG 和 ZIP", "file");
}

std::string ContentDisposition(const std::string& filename) {
  std::string ascii;
  for (unsigned char c : filename) ascii += (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') ? static_cast<char>(c) : '_';
  return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + http::PercentEncode(filename);
}

std::string AttachmentStore::PathFor(const std::string& sha) const {
  return dir_ + "/" + sha.substr(0, 2) + "/" + sha;
}

Result<int64_t> AttachmentStore::Add(const auth::Actor& actor, const auth::User& user, CatalogueService& catalogue,
                                     int64_t item_id, const std::string& filename_in, std::string_view data) {
  auto item = catalogue.Get(item_id);
  if (!item.ok()) return item.status();
  auto refusals = catalogue.Refusals(Action::kEdit, item.value(), user);
  if (!refusals.empty()) return Status::Denied("只能为可编辑的草稿添加附件：" + refusals.front());
  auto stored = Store(filename_in, data);
  if (!stored.ok()) return stored.status();
  const std::string& filename = stored->name;
  const std::string& sha = stored->sha256;
  const std::string* type = &stored->content_type;
  const int64_t now = clock_.Now();
  int64_t id = 0;
  Status s = db_->Transact([&](soci::session& sql) {
    long long item_key = item_id, size = static_cast<long long>(data.size()), at = now, new_id = 0;
    sql << "INSERT INTO attachments (item_id, name, content_type, size, sha256, created_at) "
           "VALUES (:i, :n, :t, :s, :h, :a) RETURNING id",
        soci::use(item_key), soci::use(filename), soci::use(*type), soci::use(size), soci::use(sha),
        soci::use(at), soci::into(new_id);
    id = new_id;
    // Adding a file is editing: the person may no longer review the item.
    store::RecordEdit(sql, item_id, user.id, now);
    const std::string summary = "添加附件：" + filename + "（" + std::to_string(data.size()) + " 字节）";
    auth::WriteAudit(sql, actor, now, AttachmentAudit(item.value(), "item.attach", summary));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return id;
}

Result<StoredFile> AttachmentStore::Store(const std::string& filename_in, std::string_view data) {
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

Result<AttachmentStore::Located> AttachmentStore::Locate(const std::string& sha256) const {
  Located f{PathFor(sha256), 0};
  std::error_code ec;
  const auto size = std::filesystem::file_size(f.path, ec);
  if (ec) return Status::Unavailable("附件文件缺失");
  f.size = static_cast<int64_t>(size);
  return f;
}

Status AttachmentStore::Remove(const auth::Actor& actor, const auth::User& user, CatalogueService& catalogue,
                               int64_t item_id, int64_t attachment_id) {
  auto item = catalogue.Get(item_id);
  if (!item.ok()) return item.status();
  auto refusals = catalogue.Refusals(Action::kEdit, item.value(), user);
  if (!refusals.empty()) return Status::Denied("只能删除可编辑草稿的附件：" + refusals.front());
  auto a = Get(attachment_id);
  if (!a.ok() || a->item_id != item_id) return Status::NotFound("附件不存在");
  const int64_t now = clock_.Now();
  // The row goes; the bytes stay (another item may share them, and files
  // once published are never altered).
  return db_->Transact([&](soci::session& sql) {
    long long id = attachment_id;
    sql << "DELETE FROM attachments WHERE id = :id", soci::use(id);
    store::RecordEdit(sql, item_id, user.id, now);
    auth::WriteAudit(sql, actor, now, AttachmentAudit(item.value(), "item.detach", "删除附件：" + a->name));
    return Status::Ok();
  });
}

Result<std::vector<Attachment>> AttachmentStore::List(int64_t item_id) {
  std::vector<Attachment> out;
  Status s = db_->Read([&](soci::session& sql) {
    long long id = 0, item = item_id, size = 0, at = 0;
    std::string name, type, sha;
    soci::statement st = (sql.prepare << "SELECT id, name, content_type, size, sha256, created_at FROM attachments "
                                         "WHERE item_id = :i ORDER BY id",
                          soci::into(id), soci::into(name), soci::into(type), soci::into(size), soci::into(sha),
                          soci::into(at), soci::use(item));
    st.execute();
    while (st.fetch()) out.push_back(Row(id, item_id, name, type, size, sha, at));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

Result<Attachment> AttachmentStore::Get(int64_t id) {
  std::optional<Attachment> a;
  Status s = db_->Read([&](soci::session& sql) {
    long long key = id, item = 0, size = 0, at = 0;
    std::string name, type, sha;
    sql << "SELECT item_id, name, content_type, size, sha256, created_at FROM attachments WHERE id = :i",
        soci::into(item), soci::into(name), soci::into(type), soci::into(size), soci::into(sha), soci::into(at),
        soci::use(key);
    if (sql.got_data()) a = Row(id, item, name, type, size, sha, at);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  if (!a) return Status::NotFound("附件不存在");
  return *a;
}

}  // namespace gk::catalogue
