#include "auth/audit.h"

#include <soci/soci.h>

#include <algorithm>

namespace gk::auth {

void WriteAudit(soci::session& sql, const Actor& actor, int64_t at, const AuditEntry& e) {
  long long t = at;
  long long actor_id = actor.user_id;
  soci::indicator actor_ind = actor.user_id == 0 ? soci::i_null : soci::i_ok;
  long long agency_id = e.agency_id;
  soci::indicator agency_ind = e.agency_id == 0 ? soci::i_null : soci::i_ok;
  sql << "INSERT INTO audit_log (at, actor_id, actor_name, ip, agency_id, action, object_type, object_id, summary, "
         "before_json, after_json) VALUES (:at, :aid, :aname, :ip, :agency, :action, :otype, :oid, :summary, :before, "
         ":after)",
      soci::use(t), soci::use(actor_id, actor_ind), soci::use(actor.name), soci::use(actor.ip),
      soci::use(agency_id, agency_ind), soci::use(e.action), soci::use(e.object_type), soci::use(e.object_id),
      soci::use(e.summary), soci::use(e.before_json), soci::use(e.after_json);
}

Status ListAudit(storage::Database& db, const AuditFilter& f, std::vector<AuditEntry>* out, int64_t* total) {
  // Every filter is bound whether set or not ("... OR :x_any = 1"), so the
  // SQL is one fixed text and each named binding is used exactly once.
  std::string where =
      " WHERE (actor_name = :actor OR :actor_any = 1) AND (action LIKE :action OR :action_any = 1)"
      " AND (object_type = :otype OR :otype_any = 1) AND (at >= :from) AND (at < :to)";
  if (!f.all_agencies) {
    // Numbers only, so they can stand in the SQL text.
    std::string ids = "0";
    for (int64_t id : f.agencies) ids += "," + std::to_string(id);
    where += " AND agency_id IN (" + ids + ")";
  }
  std::string actor = f.actor, action = f.action + "%", otype = f.object_type;
  int actor_any = f.actor.empty(), action_any = f.action.empty(), otype_any = f.object_type.empty();
  long long from = f.from, to = f.to > 0 ? f.to : (1LL << 62);
  return db.Read([&](soci::session& sql) {
    long long count = 0;
    sql << "SELECT COUNT(*) FROM audit_log" + where, soci::use(actor, "actor"), soci::use(actor_any, "actor_any"),
        soci::use(action, "action"), soci::use(action_any, "action_any"), soci::use(otype, "otype"),
        soci::use(otype_any, "otype_any"), soci::use(from, "from"), soci::use(to, "to"), soci::into(count);
    *total = count;
    int per_page = std::clamp(f.per_page, 1, 500);
    long long offset = static_cast<long long>(std::max(1, f.page) - 1) * per_page;
    AuditEntry e;
    long long id = 0, at = 0, aid = 0, agency = 0;
    soci::statement st =
        (sql.prepare << "SELECT id, at, COALESCE(actor_id, 0), actor_name, ip, COALESCE(agency_id, 0), action, "
                        "object_type, object_id, "
                        "summary, before_json, after_json FROM audit_log" +
                            where + " ORDER BY id DESC LIMIT " + std::to_string(per_page) + " OFFSET " +
                            std::to_string(offset),
         soci::into(id), soci::into(at), soci::into(aid), soci::into(e.actor_name), soci::into(e.ip),
         soci::into(agency), soci::into(e.action), soci::into(e.object_type), soci::into(e.object_id),
         soci::into(e.summary), soci::into(e.before_json), soci::into(e.after_json), soci::use(actor, "actor"),
         soci::use(actor_any, "actor_any"), soci::use(action, "action"), soci::use(action_any, "action_any"),
         soci::use(otype, "otype"), soci::use(otype_any, "otype_any"), soci::use(from, "from"), soci::use(to, "to"));
    st.execute();
    while (st.fetch()) {
      e.id = id;
      e.at = at;
      e.actor_id = aid;
      e.agency_id = agency;
      out->push_back(e);
    }
    return Status::Ok();
  });
}

Status ListAuditActions(storage::Database& db, std::vector<std::string>* out) {
  return db.Read([&](soci::session& sql) {
    soci::rowset<std::string> rs = (sql.prepare << "SELECT DISTINCT action FROM audit_log ORDER BY action");
    for (const auto& a : rs) out->push_back(a);
    return Status::Ok();
  });
}

AuditEntry ObjectEntry(const std::string& object_type, int64_t agency_id, int64_t id, const std::string& action,
                       const std::string& summary) {
  AuditEntry e;
  e.agency_id = agency_id;
  e.action = action;
  e.object_type = object_type;
  e.object_id = id ? std::to_string(id) : "";
  e.summary = summary;
  return e;
}

}  // namespace gk::auth
