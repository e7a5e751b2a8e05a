// 公开清单 (public lists): the structured lists an agency keeps public
// besides its documents — 行政执法事前公开 (its enforcement bodies, the
// 权责清单 of its powers, its enforcement procedures; 国办发〔2018〕118号
// 二(一)), 办事指南 (service guides) and the 证明事项清单 (certificates it
// still asks for, has cancelled or accepts a written promise for;
// 国办发〔2019〕54号). Each list is a kind with its fields, defined here in
// code: the console's forms, the import's column names, the public table
// and page and the API all follow the definition, so a new list is one
// more entry in AllKinds(). Plain structs; the workflow is workflow.h, the
// service service.h.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace gk::lists {

enum class FieldType {
  kText,      // one line
  kLongText,  // paragraphs
  kSteps,     // one step or item per line, shown numbered (流程, 材料)
  kChoice,    // one of `choices`
  kUscc,      // a 统一社会信用代码, checked (GB 32100)
  kUrl,       // an http(s) address, shown as a link
};

struct FieldDef {
  const char* key;    // "basis": the form's field, the API's member, an import column
  const char* label;  // "设定依据": the page's label and the import's column name
  FieldType type = FieldType::kText;
  bool required = false;
  bool in_table = false;  // a column of the public and console tables
  std::vector<const char*> choices = {};
  const char* hint = "";  // shown under the form field
};

struct KindDef {
  const char* code;   // "powers": the URL segment
  const char* label;  // "权责清单"
  const char* group;  // "行政执法事前公开" / "政务服务"
  const char* intro;  // one sentence above the public table
  std::vector<FieldDef> fields;  // the first is the entry's title
  const char* filter = "";       // the key of the kChoice field the public table filters by ("" none)

  const FieldDef* Field(std::string_view key) const;
  const FieldDef& title_field() const { return fields.front(); }
};

// Every list, in the order the hub pages show them.
const std::vector<KindDef>& AllKinds();
// The kind whose code is `code`; null when there is none.
const KindDef* FindKind(std::string_view code);

// An entry is written as a draft, published by 公开办, and withdrawn with a
// reason (its URL then answers 410); a withdrawn entry can be published
// again. workflow.h has the table.
enum class EntryState { kDraft, kPublished, kWithdrawn };
const char* EntryStateCode(EntryState s);   // "published"
const char* EntryStateLabel(EntryState s);  // "已公开"
bool ParseEntryState(std::string_view code, EntryState* out);

struct Entry {
  int64_t id = 0;
  int64_t agency_id = 0;
  std::string kind;  // KindDef::code
  std::map<std::string, std::string> fields;  // key → value; absent or "" when empty
  EntryState state = EntryState::kDraft;
  std::string withdraw_reason;
  int64_t created_at = 0, updated_at = 0, published_at = 0, withdrawn_at = 0;

  // The value of `key`, "" when empty.
  std::string Value(const std::string& key) const;
  // The value of the kind's first field.
  std::string Title() const;
};

// The text a search matches: every field's value, one per line.
std::string SearchText(const Entry& e);
// The lines of a kSteps value, each trimmed, blank ones and a leading
// "1." / "1、" / "（1）" numbering left out (the page numbers them again).
std::vector<std::string> StepLines(std::string_view value);

}  // namespace gk::lists
