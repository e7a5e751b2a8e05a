// The rules of 双随机 draw records: lists imported as versions, a draw's
// plan prepared and announced, its seed locked and its draw run (the
// algorithm of draw.h), inspection results recorded against it. Every
// change is checked against the transition table (draw_workflow.h) in the
// draw's agency and written with its audit entry in one transaction.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "access/model.h"
#include "access/scope.h"
#include "common/changes.h"
#include "common/clock.h"
#include "common/status.h"
#include "storage/database.h"
#include "supervision/draw_model.h"
#include "supervision/draw_store.h"
#include "supervision/draw_workflow.h"

namespace gk::supervision {

// A list as staff upload it: CSV with the id in the first column, the name
// in the second and an optional note in the third; a first row naming the
// columns (统一社会信用代码 / 执法证号 ...) is skipped.
struct ListUpload {
  int64_t agency_id = 0;
  ListKind kind = ListKind::kTargets;
  std::string name;
  std::string csv;
};

// The fields of the plan, as typed.
struct DrawForm {
  int64_t agency_id = 0;
  std::string title;
  std::string scope;
  std::string target_list_id;
  std::string inspector_list_id;
  std::string n;
  std::string m;
  std::string seed_source;
};

// SHA-256 of a list's canonical ids, one per line, each followed by "\n":
// what `sha256sum` says of the list download.
std::string ListSha256(const std::vector<std::string>& canonical_ids);
// The list download itself.
std::string ListText(const std::vector<std::string>& canonical_ids);

// Parses an upload: the entries, or every bad row ("第 3 行：…") in
// `row_errors`. Targets need a valid 统一社会信用代码 (GB 32100 check digit);
// certificate numbers 1–40 letters, digits or hyphens; names are required;
// an id listed twice is an error.
std::vector<ListEntry> ParseListCsv(ListKind kind, const std::string& csv, std::vector<std::string>* row_errors);

class DrawService {
 public:
  DrawService(std::shared_ptr<storage::Database> db, const Clock& clock);
  void SetChangeAnnouncer(const ChangeAnnouncer* changes) { changes_ = changes; }

  static constexpr size_t kMaxListEntries = 200000;

  // Lists. Invalid with the problems in `errors` (name, agency) and
  // `row_errors` (rows); nothing is stored unless every row is right.
  Result<DrawList> ImportList(const access::Actor& actor, const access::User& user, const ListUpload& upload,
                              FieldErrors* errors, std::vector<std::string>* row_errors);
  // The lists of the given agencies (every agency for null), newest first.
  Result<std::vector<DrawList>> Lists(const std::vector<int64_t>* agency_ids);
  Result<DrawList> GetList(int64_t id);
  Result<std::vector<ListEntry>> Entries(int64_t list_id, int limit, int offset);
  Result<std::vector<std::string>> CanonicalIds(int64_t list_id);

  // Draws.
  Result<int64_t> Create(const access::Actor& actor, const access::User& user, const DrawForm& form,
                         FieldErrors* errors);
  Status Update(const access::Actor& actor, const access::User& user, int64_t id, const DrawForm& form,
                FieldErrors* errors);
  Status AddExclusion(const access::Actor& actor, const access::User& user, int64_t id, Exclusion e,
                      FieldErrors* errors);
  Status RemoveExclusion(const access::Actor& actor, const access::User& user, int64_t id, const std::string& target,
                         const std::string& inspector);
  // Freezes the plan and computes the input hash.
  Status Announce(const access::Actor& actor, const access::User& user, int64_t id);
  Status LockSeed(const access::Actor& actor, const access::User& user, int64_t id, const std::string& seed,
                  FieldErrors* errors);
  Status Run(const access::Actor& actor, const access::User& user, int64_t id);
  Status Cancel(const access::Actor& actor, const access::User& user, int64_t id, const std::string& reason,
                FieldErrors* errors);
  Status RecordInspection(const access::Actor& actor, const access::User& user, int64_t id, const Inspection& i,
                          FieldErrors* errors);

  Result<DrawView> Get(int64_t id);
  Result<store::DrawPage> List(const store::DrawFilter& f);
  // The algorithm's input as the draw froze it (canonical lists, exclusions,
  // seed, n, m): what the JSON and the downloads publish.
  Result<DrawInput> Input(const DrawRecord& d);
  // The names behind the ids of a draw's result: target and inspector entries.
  Result<std::map<std::string, ListEntry>> Names(const DrawRecord& d, ListKind kind);
  // The actions the user's scope allows now (the page offers these).
  static std::vector<DrawAction> Allowed(const DrawView& v, const access::Scope& scope);

 private:
  using Apply = std::function<Status(soci::session&, DrawRecord&, DrawFacts&)>;
  // One transition: reads the draw, refuses with every reason, applies the
  // change, writes it if nobody moved the draw meanwhile, audits it.
  Status Transition(const access::Actor& actor, const access::User& user, int64_t id, DrawAction action,
                    const std::string& summary, const Apply& apply);
  Status ValidateForm(soci::session& sql, const access::User& user, const DrawForm& form, DrawRecord* d,
                      FieldErrors* errors);
  void Changed(const DrawRecord& d) const;

  std::shared_ptr<storage::Database> db_;
  const Clock& clock_;
  const ChangeAnnouncer* changes_ = nullptr;
};

}  // namespace gk::supervision
