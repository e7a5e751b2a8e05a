#include "catalogue/attachments.h"

#include <soci/soci.h>

#include <optional>

#include "catalogue/store.h"
#include "catalogue/workflow.h"

namespace gk::catalogue {
namespace {

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

Result<int64_t> AttachmentStore::Add(const access::Actor& actor, const access::User& user, CatalogueService& catalogue,
                                     int64_t item_id, const std::string& filename_in, std::string_view data) {
  auto item = catalogue.Get(item_id);
  if (!item.ok()) return item.status();
  auto refusals = catalogue.Refusals(Action::kEdit, item.value(), user);
  if (!refusals.empty()) return Status::Denied("只能为可编辑的草稿添加附件：" + refusals.front());
  return Insert(actor, item.value(), user.id, filename_in, data);
}

Result<int64_t> AttachmentStore::AddImported(const access::Actor& actor, CatalogueService& catalogue, int64_t item_id,
                                             const std::string& filename, std::string_view data) {
  auto item = catalogue.Get(item_id);
  if (!item.ok()) return item.status();
  if (item->state != State::kPublished) return Status::Conflict("只能为已导入的已发布信息添加附件");
  return Insert(actor, item.value(), 0, filename, data);
}

Result<int64_t> AttachmentStore::Insert(const access::Actor& actor, const Item& item, int64_t editor_id,
                                        const std::string& filename_in, std::string_view data) {
  const int64_t item_id = item.id;
  auto stored = files_.Store(filename_in, data);
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
        soci::use(item_key), soci::use(filename), soci::use(*type), soci::use(size), soci::use(sha), soci::use(at),
        soci::into(new_id);
    id = new_id;
    // Adding a file is editing: the person may no longer review the item.
    if (editor_id != 0) store::RecordEdit(sql, item_id, editor_id, now);
    const std::string summary = "添加附件：" + filename + "（" + std::to_string(data.size()) + " 字节）";
    auth::WriteAudit(sql, actor, now, AttachmentAudit(item, "item.attach", summary));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return id;
}

Status AttachmentStore::Remove(const access::Actor& actor, const access::User& user, CatalogueService& catalogue,
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
