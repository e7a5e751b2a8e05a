// Pieces of CatalogueService that its source files share (service.cc,
// generated.cc, import_service.cc …): the audit entry of an item, its JSON for the audit log, the
// trimmed and consistent form of an item as typed, and a refused action's
// status. Internal to catalogue/.
#pragma once

#include <soci/soci.h>

#include <string>
#include <vector>

#include "auth/audit.h"
#include "catalogue/model.h"
#include "catalogue/workflow.h"
#include "common/status.h"

namespace gk::catalogue::internal {

auth::AuditEntry Entry(const Item& item, std::string action, std::string summary, std::string before = {},
                       std::string after = {});
// The fields the audit log keeps of an item, as JSON.
std::string ToAuditJson(const Item& i);
// The item as typed, trimmed; a change date and successor only where the
// validity calls for them; its columns sorted and unique.
Item Normalized(Item item);
// A refused action: Conflict when the item's state does not admit it
// (someone else moved it on), Denied when this user may not.
Status Refused(Action action, const Item& item, const std::vector<std::string>& reasons);
// The columns and the drafting department (承办处室) must be the publishing
// agency's own.
void CheckColumns(soci::session& sql, const Item& item, FieldErrors* errors);

}  // namespace gk::catalogue::internal
