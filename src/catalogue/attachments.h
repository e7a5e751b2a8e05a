// 附件 attachments of catalogue items: the rows naming an item's files; the
// bytes, checked by content, are kept by files::FileStore.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "access/model.h"
#include "auth/audit.h"
#include "catalogue/service.h"
#include "common/status.h"
#include "files/store.h"
#include "storage/database.h"

namespace gk::catalogue {

struct Attachment {
  int64_t id = 0;
  int64_t item_id = 0;
  std::string name;          // as shown and offered for download
  std::string content_type;  // from the detected format
  int64_t size = 0;
  std::string sha256;  // hex; the file's name on disk
  int64_t created_at = 0;
};

class AttachmentStore {
 public:
  AttachmentStore(std::shared_ptr<storage::Database> db, files::FileStore& files, const Clock& clock)
      : db_(std::move(db)), files_(files), clock_(clock) {}

  // Adds a file to a draft the user may edit. The bytes are on disk
  // (fsynced) before the row that names them is committed.
  Result<int64_t> Add(const access::Actor& actor, const access::User& user, CatalogueService& catalogue,
                      int64_t item_id, const std::string& filename, std::string_view data);
  // Adds a file to an item put in as published (demo data, imports from the
  // command line), which never was a draft. No web route calls it.
  Result<int64_t> AddImported(const access::Actor& actor, CatalogueService& catalogue, int64_t item_id,
                              const std::string& filename, std::string_view data);
  Status Remove(const access::Actor& actor, const access::User& user, CatalogueService& catalogue, int64_t item_id,
                int64_t attachment_id);
  Result<std::vector<Attachment>> List(int64_t item_id);
  Result<Attachment> Get(int64_t id);

 private:
  // Stores the bytes, then the row, audited; `editor_id` (0 none) is
  // recorded as an editor of the item.
  Result<int64_t> Insert(const access::Actor& actor, const Item& item, int64_t editor_id, const std::string& filename,
                         std::string_view data);

  std::shared_ptr<storage::Database> db_;
  files::FileStore& files_;
  const Clock& clock_;
};

}  // namespace gk::catalogue
