// 附件 attachments of catalogue items: checked by content (magic bytes), not
// by the name or type the browser sent, and stored content-addressed.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "auth/audit.h"
#include "auth/model.h"
#include "catalogue/service.h"
#include "common/status.h"
#include "storage/database.h"

namespace gk::catalogue {

struct Attachment {
  int64_t id = 0;
  int64_t item_id = 0;
  std::string name;          // as shown and offered for download
  std::string content_type;  // from the detected format
  int64_t size = 0;
  std::string sha256;        // hex; the file's name on disk
  int64_t created_at = 0;
};

// The accepted formats (issue 3): PDF, OFD, DOC/DOCX, XLS/XLSX, WPS/ET,
// JPG/PNG, ZIP. Returns the MIME type when `data` really is a file of the
// kind its name's extension says; Invalid with a Chinese message otherwise.
Result<std::string> DetectFileType(std::string_view filename, std::string_view data);

// A file checked and written to the content-addressed store, not yet named
// by any row.
struct StoredFile {
  std::string name;
  std::string content_type;
  int64_t size = 0;
  std::string sha256;
};

class AttachmentStore {
 public:
  AttachmentStore(std::shared_ptr<storage::Database> db, std::string files_dir, const Clock& clock)
      : db_(std::move(db)), dir_(std::move(files_dir)), clock_(clock) {}

  // Adds a file to a draft the user may edit. The bytes are on disk
  // (fsynced) before the row that names them is committed.
  Result<int64_t> Add(const auth::Actor& actor, const auth::User& user, CatalogueService& catalogue,
                      int64_t item_id, const std::string& filename, std::string_view data);
  Status Remove(const auth::Actor& actor, const auth::User& user, CatalogueService& catalogue, int64_t item_id,
                int64_t attachment_id);
  Result<std::vector<Attachment>> List(int64_t item_id);
  Result<Attachment> Get(int64_t id);
  // Checks a file (name, type by content) and writes its bytes (fsynced)
  // under their SHA-256; for other domains' files (application attachments).
  Result<StoredFile> Store(const std::string& filename, std::string_view data);
  // Where the bytes stored under `sha256` are, for streaming them (never
  // read whole into memory); Unavailable when the file is missing.
  struct Located {
    std::string path;
    int64_t size = 0;
  };
  Result<Located> Locate(const std::string& sha256) const;

 private:
  std::string PathFor(const std::string& sha256) const;

  std::shared_ptr<storage::Database> db_;
  std::string dir_;
  const Clock& clock_;
};

// RFC 6266 Content-Disposition with an ASCII fallback and the UTF-8 name.
std::string ContentDisposition(const std::string& filename);

}  // namespace gk::catalogue
