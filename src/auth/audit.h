// 审计日志 audit log: who changed what, when and from where. Written in the
// same transaction as the change it records; there is no update or delete.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "access/model.h"
#include "common/status.h"
#include "storage/database.h"

namespace gk::auth {

using access::Actor;

struct AuditEntry {
  int64_t id = 0;
  int64_t at = 0;
  int64_t actor_id = 0;
  std::string actor_name;
  std::string ip;
  int64_t agency_id = 0;    // the agency concerned; 0: the installation
  std::string action;       // "user.create", "login.failed", ...
  std::string object_type;  // "user", "agency", ...
  std::string object_id;
  std::string summary;      // one line in Chinese for people
  std::string before_json;  // state before (JSON object) or ""
  std::string after_json;   // state after (JSON object) or ""
};

// The entry of a change to one record of a domain: `object_type` and the
// record's id (none when 0), its agency, `action` ("task.publish") and the
// line for people.
AuditEntry ObjectEntry(const std::string& object_type, int64_t agency_id, int64_t id, const std::string& action,
                       const std::string& summary);

// Appends one entry using the caller's transaction. Throws what SOCI throws.
void WriteAudit(soci::session& sql, const Actor& actor, int64_t at, const AuditEntry& e);

struct AuditFilter {
  std::string actor;        // username, exact
  std::string action;       // prefix, e.g. "user."
  std::string object_type;  // exact
  int64_t from = 0;         // at >= from (0: open)
  int64_t to = 0;           // at < to (0: open)
  int page = 1;
  int per_page = 50;
  // Entries of these agencies only, unless `all_agencies` (installation-wide
  // administrators).
  bool all_agencies = true;
  std::vector<int64_t> agencies;
};

Status ListAudit(storage::Database& db, const AuditFilter& f, std::vector<AuditEntry>* out, int64_t* total);
// Distinct action names, for the filter form.
Status ListAuditActions(storage::Database& db, std::vector<std::string>* out);

}  // namespace gk::auth
