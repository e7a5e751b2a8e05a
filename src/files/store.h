// Files kept for the domains (附件 of catalogue items, the attachments of
// applications, and later the files of other public forms): checked by their
// content (magic bytes), not by the name or type the browser sent, and
// stored content-addressed under <data>/files/<sha256[0:2]>/<sha256>. The
// rows naming them belong to the domains; files once written are never
// altered (another row may share them).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "common/status.h"

namespace gk::files {

// The accepted formats (issue 3): PDF, OFD, DOC/DOCX, XLS/XLSX, WPS/ET,
// JPG/PNG, ZIP. Returns the MIME type when `data` really is a file of the
// kind its name's extension says; Invalid with a Chinese message otherwise.
Result<std::string> DetectFileType(std::string_view filename, std::string_view data);

// A file checked and written to the content-addressed store, not yet named
// by any row.
struct StoredFile {
  std::string name;          // the name sent, without control characters
  std::string content_type;  // from the detected format
  int64_t size = 0;
  std::string sha256;  // hex; the file's name on disk
};

class FileStore {
 public:
  explicit FileStore(std::string dir) : dir_(std::move(dir)) {}

  // Checks a file (name, type by content) and writes its bytes (fsynced,
  // then renamed into place) under their SHA-256, unless they are there
  // already.
  Result<StoredFile> Store(const std::string& filename, std::string_view data);
  // Where the bytes stored under `sha256` are, for streaming them (never
  // read whole into memory; the server answers Range requests on them);
  // Unavailable when the file is missing.
  struct Located {
    std::string path;
    int64_t size = 0;
  };
  Result<Located> Locate(const std::string& sha256) const;

 private:
  std::string PathFor(const std::string& sha256) const;

  std::string dir_;
};

// "512 B", "12.3 KB", "4.5 MB": a file's size for people.
std::string HumanSize(int64_t bytes);

// RFC 6266 Content-Disposition with an ASCII fallback and the UTF-8 name.
std::string ContentDisposition(const std::string& filename);

}  // namespace gk::files
