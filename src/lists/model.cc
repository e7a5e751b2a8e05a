#include "lists/model.h"

#include "common/strings.h"

namespace gk::lists {
namespace {

using T = FieldType;

// The lists. Field labels are the column names of the national and
// provincial templates of each list, so a spreadsheet kept for them
// imports as it is.
std::vector<KindDef> Kinds() {
  return {
      // 执法主体: who may enforce, and within what (国办发〔2018〕118号 二(一)).
      {"bodies",
       "执法主体",
       "行政执法事前公开",
       "本机关及所属具有行政执法资格的单位，以及各自的执法职责、区域和依据。",
       {
           {"name", "主体名称", T::kText, true, true},
           {"nature", "主体性质", T::kChoice, true, true, {"行政机关", "法律法规授权组织", "受委托组织"}},
           {"uscc", "统一社会信用代码", T::kUscc},
           {"area", "执法区域", T::kText, false, true, {}, "例如：本市行政区域内"},
           {"duties", "主要职责", T::kLongText},
           {"basis", "执法依据", T::kLongText},
           {"address", "办公地址", T::kText},
           {"phone", "联系电话", T::kText, false, true},
       },
       "nature"},
      // 权责清单: each power, its legal basis and who exercises it.
      {"powers",
       "权责清单",
       "行政执法事前公开",
       "本机关依法行使的行政职权事项，以及每项职权的设定依据、实施主体、责任事项和追责情形。",
       {
           {"name", "事项名称", T::kText, true, true},
           {"category", "事项类别", T::kChoice, true, true,
            {"行政许可", "行政处罚", "行政强制", "行政征收", "行政给付", "行政检查", "行政确认", "行政奖励",
             "行政裁决", "其他行政权力"}},
           {"code", "事项编码", T::kText},
           {"basis", "设定依据", T::kLongText, true, false, {}, "法律、法规、规章的名称和条款"},
           {"body", "实施主体", T::kText, true, true},
           {"duties", "责任事项", T::kLongText},
           {"accountability", "追责情形", T::kLongText},
       },
       "category"},
      // 执法流程: the steps of each kind of enforcement.
      {"procedures",
       "执法流程",
       "行政执法事前公开",
       "行政许可、行政处罚、行政强制和行政检查的办理流程、时限和当事人的救济途径。",
       {
           {"name", "流程名称", T::kText, true, true},
           {"category", "适用类别", T::kChoice, true, true, {"行政许可", "行政处罚", "行政强制", "行政检查", "其他"}},
           {"scope", "适用范围", T::kLongText},
           {"steps", "流程步骤", T::kSteps, true, false, {}, "每行一个步骤，按办理顺序填写"},
           {"time_limit", "办理时限", T::kText, false, true},
           {"basis", "法律依据", T::kLongText},
           {"remedy", "救济途径", T::kLongText, false, false, {}, "例如：行政复议、行政诉讼的机关和期限"},
       },
       "category"},
      // 办事指南: what a person needs to know to get a service done.
      {"guides",
       "办事指南",
       "政务服务",
       "本机关办理的政务服务事项：依据、条件、材料、流程、时限、收费、地点和咨询电话。",
       {
           {"name", "事项名称", T::kText, true, true},
           {"type", "事项类型", T::kChoice, false, true, {"行政许可", "行政确认", "公共服务", "其他"}},
           {"basis", "设定依据", T::kLongText, true},
           {"conditions", "受理条件", T::kLongText},
           {"materials", "申请材料", T::kSteps, false, false, {}, "每行一项材料"},
           {"process", "办理流程", T::kSteps, false, false, {}, "每行一个步骤"},
           {"time_limit", "办理时限", T::kText, false, true, {}, "例如：法定 20 个工作日，承诺 5 个工作日"},
           {"fees", "收费标准", T::kText, false, false, {}, "不收费的写“不收费”"},
           {"place", "办理地点", T::kText},
           {"phone", "咨询电话", T::kText, false, true},
           {"online", "网上办理", T::kUrl, false, false, {}, "以 http:// 或 https:// 开头的网址"},
       },
       "type"},
      // 证明事项清单 (国办发〔2019〕54号 on 告知承诺制).
      {"certificates",
       "证明事项清单",
       "政务服务",
       "本机关办事时要求提供的证明材料：保留的、已取消的和实行告知承诺的，以及每项的设定依据。",
       {
           {"name", "证明名称", T::kText, true, true},
           {"status", "状态", T::kChoice, true, true, {"保留", "取消", "告知承诺"}},
           {"basis", "设定依据", T::kLongText, true},
           {"issuer", "开具单位", T::kText, false, true},
           {"used_for", "适用事项", T::kText},
           {"note", "办理方式", T::kLongText, false, false, {},
            "取消的写明取消后如何办理，告知承诺的写明承诺内容和核查方式"},
       },
       "status"},
  };
}

}  // namespace

const FieldDef* KindDef::Field(std::string_view key) const {
  for (const auto& f : fields)
    if (key == f.key) return &f;
  return nullptr;
}

const std::vector<KindDef>& AllKinds() {
  static const std::vector<KindDef> k = Kinds();
  return k;
}

const KindDef* FindKind(std::string_view code) {
  for (const auto& k : AllKinds())
    if (code == k.code) return &k;
  return nullptr;
}

const char* EntryStateCode(EntryState s) {
  switch (s) {
    case EntryState::kDraft:
      return "draft";
    case EntryState::kPublished:
      return "published";
    case EntryState::kWithdrawn:
      return "withdrawn";
  }
  return "";
}

const char* EntryStateLabel(EntryState s) {
  switch (s) {
    case EntryState::kDraft:
      return "草稿";
    case EntryState::kPublished:
      return "已公开";
    case EntryState::kWithdrawn:
      return "已撤下";
  }
  return "";
}

bool ParseEntryState(std::string_view code, EntryState* out) {
  for (EntryState s : {EntryState::kDraft, EntryState::kPublished, EntryState::kWithdrawn})
    if (code == EntryStateCode(s)) {
      *out = s;
      return true;
    }
  return false;
}

std::string Entry::Value(const std::string& key) const {
  auto it = fields.find(key);
  return it == fields.end() ? std::string() : it->second;
}

std::string Entry::Title() const {
  const KindDef* k = FindKind(kind);
  return k ? Value(k->title_field().key) : "";
}

std::string SearchText(const Entry& e) {
  std::string out;
  for (const auto& [key, value] : e.fields) {
    if (value.empty()) continue;
    out += value;
    out += '\n';
  }
  return out;
}

std::vector<std::string> StepLines(std::string_view value) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= value.size()) {
    size_t end = value.find('\n', start);
    if (end == std::string_view::npos) end = value.size();
    std::string line = Trim(value.substr(start, end - start));
    start = end + 1;
    // A numbering the writer typed: "1." "1、" "1）" "(1)" "（1）" "第1步".
    std::string_view rest = line;
    for (std::string_view open : {"(", "（"})
      if (rest.substr(0, open.size()) == open) {
        rest.remove_prefix(open.size());
        break;
      }
    size_t digits = 0;
    while (digits < rest.size() && rest[digits] >= '0' && rest[digits] <= '9') ++digits;
    if (digits > 0 && digits <= 3) {
      std::string_view after = rest.substr(digits);
      for (std::string_view sep : {"、", ".", "．", "）", ")"})
        if (after.substr(0, sep.size()) == sep) {
          line = Trim(after.substr(sep.size()));
          break;
        }
    }
    if (!line.empty()) out.push_back(line);
  }
  return out;
}

}  // namespace gk::lists
