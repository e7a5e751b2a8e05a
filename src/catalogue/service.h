// The catalogue's rules: drafts, the review workflow with separation of
// duties, index numbers, publication (now or scheduled), withdrawal, and the
// Art. 26 timeliness check. Every change is audited in its own transaction.
#pragma once

#include "common/changes.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "access/model.h"
#include "auth/audit.h"
#include "catalogue/cleanup.h"
#include "catalogue/content.h"
#include "catalogue/model.h"
#include "catalogue/store.h"
#include "catalogue/workflow.h"
#include "common/calendar.h"
#include "common/clock.h"
#include "common/status.h"
#include "storage/database.h"

namespace gk::catalogue {

struct CatalogueOptions {
  // Review stages in order (三审: 初审 复审 终审 by default).
  std::vector<std::string> stages = {"初审", "复审", "终审"};
  // 后段码 of the index number: YYYY year, MM month, N... zero-padded serial.
  std::string index_pattern = "YYYY-NNNNN";
  // Working days in (from, to] (the State Council calendar); unset: Monday
  // to Friday.
  std::function<int(Date from, Date to)> working_days_between;
};

// Called after an item was published or withdrawn, outside the transaction:
// the search index follows (the page cache follows the announcement).
using PublicationListener = std::function<void(const Item& item)>;

struct Page {
  std::vector<Item> items;
  int64_t total = 0;
};

class CatalogueService {
 public:
  CatalogueService(std::shared_ptr<storage::Database> db, const Clock& clock, CatalogueOptions options);

  const CatalogueOptions& options() const { return options_; }
  void SetPublicationListener(PublicationListener l) { listener_ = std::move(l); }
  // Where publications and withdrawals are announced, after the listener ran
  // (the page cache follows).
  void SetChangeAnnouncer(const ChangeAnnouncer* changes) { changes_ = changes; }

  // The default column tree of an agency (idempotent: existing codes kept).
  Status SeedColumns(int64_t agency_id);
  Result<std::vector<Column>> Columns(int64_t agency_id);
  Result<Column> GetColumn(int64_t id);
  Result<Column> GetColumnByCode(int64_t agency_id, const std::string& code);

  // Both add every problem with the item to `errors` and save nothing when
  // there is any, including problems already in `errors` when called (those
  // the form found while reading what was typed, such as a malformed date).
  Result<int64_t> CreateDraft(const access::Actor& actor, const access::User& user, Item item, FieldErrors* errors);
  Status UpdateDraft(const access::Actor& actor, const access::User& user, Item item, FieldErrors* errors);
  Status Submit(const access::Actor& actor, const access::User& user, int64_t id);
  // Approves the next stage; the last one publishes (or schedules). At the
  // last stage an item formed more than 20 working days ago needs
  // `late_reason` (Art. 26).
  // Personal information or a secret marking in the item (content.h) blocks
  // the approval unless `content_reason` records why it may go out; the
  // reason is kept with the review and audited.
  Status Approve(const access::Actor& actor, const access::User& user, int64_t id, const std::string& comment,
                 const std::string& late_reason, FieldErrors* errors, const std::string& content_reason = "");
  // The content check of the item as it stands (content.h), with the
  // installation's wording list.
  Result<std::vector<ItemFinding>> CheckContent(const Item& item);
  // The one-click fix: the finding at [start, end) of `field` whose text is
  // `text` replaced by its suggestion, saved as an edit of the draft.
  // Conflict when the text changed and the finding is no longer there.
  Status FixContent(const access::Actor& actor, const access::User& user, int64_t id, const std::string& field,
                    size_t start, size_t end, const std::string& text, FieldErrors* errors);
  Status Reject(const access::Actor& actor, const access::User& user, int64_t id, const std::string& comment,
                FieldErrors* errors);
  Status Withdraw(const access::Actor& actor, const access::User& user, int64_t id, const std::string& reason,
                  FieldErrors* errors);
  // Publishes scheduled items that fell due (the scheduler calls it; also at
  // start, for what fell due while stopped). Returns how many.
  Result<int> PublishDue();
  // Puts an item in as published with its existing index number (import,
  // demo data). The number must be free.
  Result<int64_t> ImportPublished(const access::Actor& actor, Item item);
  // Imports many such items in one transaction: all or none. Audits each item
  // and notifies the listener after the commit. Returns how many.
  Result<int> ImportPublishedBatch(const access::Actor& actor, std::vector<Item> items);

  // Starts (or continues) a revision of a published item: a draft copy that
  // passes the normal review and then replaces the item's content.
  Result<int64_t> Revise(const access::Actor& actor, const access::User& user, int64_t id);
  // Writes `g` into its item (see GeneratedItem) and returns the id of the
  // draft to check and submit: new, refreshed, or the open revision of the
  // published item. Conflict while the item (or its revision) is in review;
  // a withdrawn item is followed by a new one. The text replaces what was
  // typed into the draft since.
  Result<int64_t> PutGenerated(const access::Actor& actor, const access::User& user, const GeneratedItem& g,
                               FieldErrors* errors);
  // Where the item drafted from `source` stands, if there is one.
  Result<std::optional<GeneratedItemStatus>> GeneratedStatus(const std::string& source);
  // 政策解读 (policy.h). A policy needing an interpretation passes its last
  // review stage and waits (AwaitsRelease) until an interpretation of it has
  // passed all of its own; the two go out in one transaction, whichever was
  // approved second. An interpretation approved before its policy waits the
  // same way; one of a policy already published goes out at once.
  //
  // The interpretations of a policy (not revisions), any state, oldest first.
  Result<std::vector<Item>> Interpretations(int64_t policy_id);
  // Published 规章 and 行政规范性文件 (normative.h) of the agencies (null:
  // all), with their facet and the fields their lists show, not their
  // bodies (store::NormativeItems): the annual report's table 二, the
  // expiry warnings, cleanups and the public 现行有效 list.
  Result<std::vector<Item>> NormativeDocuments(const std::vector<int64_t>* agencies);
  // Items of the agency published in `year` now in one of `states`, in all
  // and by column (the annual report's overview).
  Result<store::YearPublications> PublishedInYear(int64_t agency_id, int year, const std::vector<State>& states);
  // 规章和行政规范性文件清理 (cleanup.h), by the 公开办 (kCleanupNormative in
  // the cleanup's agency). A draft keeps its header and decisions as typed
  // (SaveCleanup; the documents must be the agency's published ones); Decide
  // validates, applies every decision to its document (有效性, 有效性变更日期,
  // 有效期至, a version and a history row each), marks the cleanup decided and
  // drafts the result list in the agency's 法规文件 column (fdnr-fgwj) for
  // review — all in one transaction — then reindexes the documents. Audited.
  Result<std::vector<Cleanup>> Cleanups(const std::vector<int64_t>* agencies);
  Result<Cleanup> GetCleanup(int64_t id);
  Result<int64_t> CreateCleanup(const access::Actor& actor, const access::User& user, Cleanup c, FieldErrors* errors);
  Status SaveCleanup(const access::Actor& actor, const access::User& user, Cleanup c, FieldErrors* errors);
  // Returns the id of the drafted result list.
  Result<int64_t> DecideCleanup(const access::Actor& actor, const access::User& user, int64_t id,
                                FieldErrors* errors);
  // A document's 有效性 history (validity_history), oldest first.
  Result<std::vector<ValidityChange>> ValidityHistory(int64_t item_id);
  // 负面清单 (negative.h): an agency's entries (0: every agency's), retired
  // ones too when asked; saved (new when id is 0) and retired or restored by
  // the 公开办 (kManageNegativeList in the entry's agency), audited.
  Result<std::vector<NegativeEntry>> NegativeList(int64_t agency_id, bool with_retired);
  Result<NegativeEntry> GetNegative(int64_t id);
  Result<int64_t> SaveNegative(const access::Actor& actor, const access::User& user, NegativeEntry e,
                               FieldErrors* errors);
  Status RetireNegative(const access::Actor& actor, const access::User& user, int64_t id, bool retired);
  // Site health (health/, through the composition root): see store.h.
  Result<std::vector<store::ColumnStat>> ColumnStats();
  Result<int64_t> LastPublication(int64_t agency_id);
  // Published items in id order, `batch` at a time, without their facets;
  // `visit` sees each batch.
  Status ForEachPublished(int batch, const std::function<void(const std::vector<Item>&)>& visit);
  Result<std::vector<store::PublishedFile>> PublishedFiles();
  // The published items' index numbers, sorted (the link check).
  Result<std::vector<std::string>> SortedPublishedIndexNos();
  Result<std::vector<Item>> PoliciesWithoutInterpretation();
  // Lets a policy go out without its interpretation: the 公开办's reason is
  // recorded on the item and audited; a policy already waiting is published
  // (or scheduled) at once.
  Status WaiveInterpretation(const access::Actor& actor, const access::User& user, int64_t id,
                             const std::string& reason, FieldErrors* errors);
  bool AwaitsRelease(const Item& item) const {
    return catalogue::AwaitsRelease(item, static_cast<int>(options_.stages.size()));
  }
  // 惠企政策 as published, open ones first (store::ListEnterprise).
  Result<Page> ListEnterprise(store::EnterpriseFilter filter);
  // The 适用对象 and 承办部门 in use, for the filters of /policies.
  Result<std::pair<std::vector<std::string>, std::vector<std::string>>> EnterpriseChoices();

  Result<std::vector<Version>> Versions(int64_t id);
  // 相关信息: items linked from this one (outgoing) or in both directions.
  Result<std::vector<Item>> Related(int64_t id, bool both_ways);

  Result<Item> Get(int64_t id);
  // Up to `limit` items (any state) changed after (updated_at, id) =
  // (`after_time`, `after_id`), oldest change first: for keeping a search
  // index in step with changes made by other processes.
  Result<std::vector<Item>> ChangedSince(int64_t after_time, int64_t after_id, int limit);
  Result<Item> GetByIndexNo(const std::string& index_no);
  Result<std::vector<ReviewEvent>> Reviews(int64_t id);
  Result<Page> List(const store::ItemFilter& filter);
  Result<std::vector<int>> PublishedYears(int64_t column_id);
  // Published items' (index_no, published_on), newest first: how many, and
  // `limit` of them from `offset` (the sitemap's files, one at a time).
  Result<int64_t> CountPublishedIndexNos();
  // Published items after `after_id` in id order, at most `limit`, with their
  // columns (not their facets): the search index's rebuild, a page at a time.
  Result<std::vector<Item>> PublishedAfter(int64_t after_id, int limit);
  Result<std::vector<std::pair<std::string, std::optional<Date>>>> PublishedIndexNos(int64_t offset, int64_t limit);
  // Staff see the items of agencies they hold a role in (or an ancestor of).
  bool CanSee(const Item& item, const access::User& user);
  // What `user` may do to `item` now, and why not (for the buttons).
  std::vector<std::string> Refusals(Action action, const Item& item, const access::User& user);
  // True when the item was (or would be, if published `on`) published more
  // than 20 working days after its 成文日期 — Art. 26.
  bool Late(const Item& item, Date on) const;
  std::string StageName(int stage) const;  // 1-based

  // Validates the metadata; every problem at once.
  void Validate(const Item& item, FieldErrors* errors) const;
  // "11370100MB28696235/2020-00757" from the agency code and serial.
  std::string FormatIndexNo(const std::string& uscc, Date date, int64_t serial) const;

 private:
  ReviewFacts Facts(soci::session& sql, const Item& item);
  Status Publish(soci::session& sql, Item& item, int64_t now);
  // After `policy` was published: its interpretations waiting for it go out
  // too, in the same transaction; their ids are added to `published`.
  Status ReleaseInterpretations(soci::session& sql, const access::Actor& actor, const Item& policy, int64_t now,
                                std::vector<int64_t>* published);
  // A policy whose interpretation was just approved: published now with
  // them, or scheduled when its time is later.
  Status ReleasePolicy(soci::session& sql, const access::Actor& actor, Item& policy, int64_t now,
                       std::vector<int64_t>* published);
  // At the last stage of a first publication: why the item must wait
  // instead ("" when it may go out), and the counterpart that was waiting for
  // it (a policy released by its interpretation's approval), if any.
  std::string HoldReason(soci::session& sql, const Item& item, std::optional<Item>* waiting_policy);
  // The facets of an item being saved: checks the policy it interprets and
  // keeps what a form may not set (the waiver).
  void CheckFacets(soci::session& sql, Item& item, const Item* before, FieldErrors* errors);
  // The transaction bodies of CreateDraft (on a Normalized, Validated item)
  // and Revise, for PutGenerated to run them inside its own.
  Result<int64_t> InsertDraft(soci::session& sql, const access::Actor& actor, const access::User& user, Item item,
                              FieldErrors* errors);
  Result<int64_t> OpenRevision(soci::session& sql, const access::Actor& actor, const access::User& user, int64_t id);
  // Gives the draft `id` the generated title, summary, body and date.
  Status RefreshGenerated(soci::session& sql, const access::Actor& actor, const access::User& user, int64_t id,
                          const GeneratedItem& g);
  Status PublishRevision(soci::session& sql, Item& revision, int64_t now);
  // PutGenerated's transaction body, for a caller that drafts inside its own.
  Result<int64_t> PutGeneratedIn(soci::session& sql, const access::Actor& actor, const access::User& user,
                                 const GeneratedItem& g, FieldErrors* errors);
  // Resolves item.related_index_nos to published items' ids (errors under "related").
  std::vector<int64_t> ResolveRelated(soci::session& sql, const Item& item, FieldErrors* errors);
  void Notify(int64_t id);
  Result<std::vector<int64_t>> InsertImported(const access::Actor& actor, std::vector<Item> items);

  std::shared_ptr<storage::Database> db_;
  const Clock& clock_;
  CatalogueOptions options_;
  PublicationListener listener_;
  const ChangeAnnouncer* changes_ = nullptr;
};

}  // namespace gk::catalogue
