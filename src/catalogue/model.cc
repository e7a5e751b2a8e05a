#include "catalogue/model.h"

#include <array>

#include "common/strings.h"

namespace gk::catalogue {
namespace {

template <typename E, size_t N>
bool ParseCode(std::string_view code, const std::array<E, N>& all, const char* (*to_code)(E), E* out) {
  for (E e : all) {
    if (code == to_code(e)) {
      *out = e;
      return true;
    }
  }
  return false;
}

constexpr std::array kStates = {State::kDraft,     State::kSubmitted, State::kInReview,
                                State::kScheduled, State::kPublished, State::kWithdrawn};
constexpr std::array kValidities = {Validity::kNone, Validity::kValid, Validity::kInvalid, Validity::kRepealed,
                                    Validity::kAmended};
constexpr std::array kDisclosures = {Disclosure::kProactive, Disclosure::kOnRequest, Disclosure::kExempt};

}  // namespace

bool ContentIsPublic(const Item& item) {
  return item.state == State::kPublished && item.disclosure == Disclosure::kProactive;
}

const char* StateCode(State s) {
  switch (s) {
    case State::kDraft:
      return "draft";
    case State::kSubmitted:
      return "submitted";
    case State::kInReview:
      return "in_review";
    case State::kScheduled:
      return "scheduled";
    case State::kPublished:
      return "published";
    case State::kWithdrawn:
      return "withdrawn";
  }
  return "";
}

const char* StateLabel(State s) {
  switch (s) {
    case State::kDraft:
      return "草稿";
    case State::kSubmitted:
      return "待审核";
    case State::kInReview:
      return "审核中";
    case State::kScheduled:
      return "定时发布";
    case State::kPublished:
      return "已发布";
    case State::kWithdrawn:
      return "已撤回";
  }
  return "";
}

bool ParseState(std::string_view code, State* out) { return ParseCode(code, kStates, StateCode, out); }

const char* ValidityCode(Validity v) {
  switch (v) {
    case Validity::kNone:
      return "";
    case Validity::kValid:
      return "valid";
    case Validity::kInvalid:
      return "invalid";
    case Validity::kRepealed:
      return "repealed";
    case Validity::kAmended:
      return "amended";
  }
  return "";
}

const char* ValidityLabel(Validity v) {
  switch (v) {
    case Validity::kNone:
      return "";
    case Validity::kValid:
      return "有效";
    case Validity::kInvalid:
      return "失效";
    case Validity::kRepealed:
      return "废止";
    case Validity::kAmended:
      return "修订";
  }
  return "";
}

bool ParseValidity(std::string_view code, Validity* out) { return ParseCode(code, kValidities, ValidityCode, out); }

const char* DisclosureCode(Disclosure d) {
  switch (d) {
    case Disclosure::kProactive:
      return "proactive";
    case Disclosure::kOnRequest:
      return "on_request";
    case Disclosure::kExempt:
      return "exempt";
  }
  return "";
}

const char* DisclosureLabel(Disclosure d) {
  switch (d) {
    case Disclosure::kProactive:
      return "主动公开";
    case Disclosure::kOnRequest:
      return "依申请公开";
    case Disclosure::kExempt:
      return "不予公开";
  }
  return "";
}

bool ParseDisclosure(std::string_view code, Disclosure* out) {
  return ParseCode(code, kDisclosures, DisclosureCode, out);
}

// 国务院公文主题分类, top level (RULES.md §4).
const std::vector<std::string>& Topics() {
  static const std::vector<std::string> k = {"国务院组织机构",
                                             "综合政务",
                                             "国民经济管理、国有资产监管",
                                             "财政、金融、审计",
                                             "国土资源、能源",
                                             "农业、林业、水利",
                                             "工业、交通",
                                             "商贸、海关、旅游",
                                             "市场监管、安全生产监管",
                                             "城乡建设、环境保护",
                                             "科技、教育",
                                             "文化、广电、新闻出版",
                                             "卫生、体育",
                                             "人口与计划生育、妇女儿童工作",
                                             "劳动、人事、监察",
                                             "公安、安全、司法",
                                             "民政、扶贫、救灾",
                                             "民族、宗教",
                                             "对外事务",
                                             "港澳台侨工作",
                                             "国防",
                                             "其他"};
  return k;
}

const std::vector<std::string>& Genres() {
  static const std::vector<std::string> k = {"通知", "公告", "通告", "决定", "意见", "办法",
                                             "规定", "细则", "方案", "报告", "函",   "解读", "其他"};
  return k;
}

const std::vector<std::string>& DefaultCategories() {
  static const std::vector<std::string> k = {"其他文件", "政策文件", "规划计划", "人事信息",
                                             "财政信息", "行政执法", "通知公告", "工作动态"};
  return k;
}

std::string ChineseOrdinal(int n) {
  static const char* kDigits[] = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  if (n < 1 || n > 99) return "";
  std::string s;
  if (n >= 10) s += (n / 10 == 1 ? "" : kDigits[n / 10]) + std::string("十");
  s += kDigits[n % 10];
  return "（" + s + "）";
}

// 政府信息公开条例 (2019) 第二十条, items (一)–(十五) (RULES.md §1).
std::string Art20Label(int n) {
  static const char* kItems[] = {
      "行政法规、规章和规范性文件",
      "机关职能、机构设置、办公地址、办公时间、联系方式、负责人姓名",
      "国民经济和社会发展规划、专项规划、区域规划及相关政策",
      "国民经济和社会发展统计信息",
      "行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果",
      "行政处罚、行政强制的依据、条件、程序以及本机关认为具有一定社会影响的行政处罚决定",
      "财政预算、决算",
      "行政事业性收费项目及其依据、标准",
      "政府集中采购项目的目录、标准及实施情况",
      "重大建设项目的批准和实施情况",
      "扶贫、教育、医疗、社会保障、促进就业等方面的政策、措施及其实施情况",
      "突发公共事件的应急预案、预警信息及应对情况",
      "环境保护、公共卫生、安全生产、食品药品、产品质量的监督检查情况",
      "公务员招考的职位、名额、报考条件等事项以及录用结果",
      "法律、法规、规章和国家有关规定规定应当主动公开的其他政府信息",
  };
  if (n < 1 || n > 15) return "";
  return ChineseOrdinal(n) + kItems[n - 1];
}

bool IsItemDate(Date d) { return d.year() >= 1949 && d.year() <= 2100; }

std::string ItemDateError(std::string_view field) {
  if (field == "published_on") return "发布日期格式应为 年-月-日，例如 2020-09-16";
  if (field == "validity_changed_on") return "有效性变更日期格式应为 年-月-日，例如 2024-05-01";
  if (field == "normative_effective_on") return "实施日期格式应为 年-月-日，例如 2024-05-01";
  if (field == "normative_expires_on") return "有效期至格式应为 年-月-日，例如 2029-04-30";
  return "成文日期格式应为 年-月-日，例如 2020-09-16";
}

std::optional<Date> ReadItemDate(std::string_view field, std::string_view text, FieldErrors* errors) {
  const std::string trimmed = Trim(text);
  if (trimmed.empty()) return std::nullopt;
  auto d = Date::Parse(trimmed);
  if (d.ok() && IsItemDate(*d)) return *d;
  errors->Add(std::string(field), ItemDateError(field));
  return std::nullopt;
}

}  // namespace gk::catalogue
