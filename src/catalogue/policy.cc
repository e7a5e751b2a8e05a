#include "catalogue/policy.h"

#include <algorithm>

#include "common/strings.h"

namespace gk::catalogue {

const char* InterpretationFormCode(InterpretationForm f) {
  switch (f) {
    case InterpretationForm::kText:
      return "text";
    case InterpretationForm::kGraphic:
      return "graphic";
    case InterpretationForm::kVideo:
      return "video";
  }
  return "text";
}

const char* InterpretationFormLabel(InterpretationForm f) {
  switch (f) {
    case InterpretationForm::kText:
      return "文字解读";
    case InterpretationForm::kGraphic:
      return "图解";
    case InterpretationForm::kVideo:
      return "视频解读";
  }
  return "";
}

bool ParseInterpretationForm(std::string_view code, InterpretationForm* out) {
  for (auto f : {InterpretationForm::kText, InterpretationForm::kGraphic, InterpretationForm::kVideo}) {
    if (code == InterpretationFormCode(f)) {
      *out = f;
      return true;
    }
  }
  return false;
}

// Work plan 一(二): 解读 covers the background and basis, the purpose, the main
// content and measures, the scope, the key terms, when it takes effect, and
// who interprets it with how to reach them.
const std::vector<std::string>& InterpretationSections() {
  static const std::vector<std::string> k = {"背景依据",   "出台目的", "主要内容和重要举措", "适用范围",
                                             "关键词解释", "执行时间", "解读机关及联系方式"};
  return k;
}

std::string ComposeSections(const std::vector<std::string>& texts) {
  static const char* kNumerals[] = {"一", "二", "三", "四", "五", "六", "七"};
  const auto& titles = InterpretationSections();
  std::string out;
  int n = 0;
  for (size_t i = 0; i < titles.size() && i < texts.size(); ++i) {
    std::string text = Trim(texts[i]);
    if (text.empty()) continue;
    if (!out.empty()) out += "\n\n";
    out += std::string("## ") + kNumerals[n++] + "、" + titles[i] + "\n\n" + text;
  }
  return out;
}

EnterprisePhase PhaseOn(const EnterpriseTerms& t, Date today) {
  if (t.starts_on && today < *t.starts_on) return EnterprisePhase::kUpcoming;
  if (t.ends_on && today > *t.ends_on) return EnterprisePhase::kClosed;
  return EnterprisePhase::kOpen;
}

const char* PhaseLabel(EnterprisePhase p) {
  switch (p) {
    case EnterprisePhase::kOpen:
      return "申报中";
    case EnterprisePhase::kUpcoming:
      return "未开始";
    case EnterprisePhase::kClosed:
      return "已截止";
  }
  return "";
}

const char* PhaseCode(EnterprisePhase p) {
  switch (p) {
    case EnterprisePhase::kOpen:
      return "open";
    case EnterprisePhase::kUpcoming:
      return "upcoming";
    case EnterprisePhase::kClosed:
      return "closed";
  }
  return "";
}

std::vector<std::string> SplitAudiences(std::string_view typed) {
  static const std::string_view kSeparators[] = {"、", "，", "；", ",", ";", "\n", "\r"};
  std::vector<std::string> out;
  std::string current;
  auto flush = [&] {
    std::string a = Trim(current);
    current.clear();
    if (!a.empty() && std::find(out.begin(), out.end(), a) == out.end()) out.push_back(a);
  };
  for (size_t i = 0; i < typed.size();) {
    bool split = false;
    for (auto sep : kSeparators) {
      if (typed.substr(i, sep.size()) == sep) {
        flush();
        i += sep.size();
        split = true;
        break;
      }
    }
    if (!split) current += typed[i++];
  }
  flush();
  return out;
}

void ValidateEnterprise(const EnterpriseTerms& t, FieldErrors* errors) {
  if (t.audiences.empty()) errors->Add("enterprise_audiences", "请填写惠企政策的适用对象");
  if (t.audiences.size() > 20) errors->Add("enterprise_audiences", "适用对象不超过 20 类");
  for (const auto& a : t.audiences) {
    if (Utf8Length(a) > 30 || a.find('|') != std::string::npos) {
      errors->Add("enterprise_audiences", "每类适用对象不超过 30 个字，且不含“|”");
      break;
    }
  }
  if (Trim(t.department).empty()) errors->Add("enterprise_department", "请填写承办部门");
  else if (Utf8Length(t.department) > 60) errors->Add("enterprise_department", "承办部门不超过 60 个字");
  if (Trim(t.contact).empty()) errors->Add("enterprise_contact", "请填写联系方式");
  else if (Utf8Length(t.contact) > 200) errors->Add("enterprise_contact", "联系方式不超过 200 个字");
  struct Long {
    const char* field;
    const std::string* text;
    const char* name;
  };
  for (const Long& l :
       {Long{"enterprise_conditions", &t.conditions, "申请条件"},
        Long{"enterprise_materials", &t.materials, "申报材料清单"},
        Long{"enterprise_procedure", &t.procedure, "办理流程"}, Long{"enterprise_basis", &t.basis, "政策依据"}}) {
    if (Utf8Length(*l.text) > 5000) errors->Add(l.field, std::string(l.name) + "不超过 5000 个字");
  }
  if (Trim(t.conditions).empty()) errors->Add("enterprise_conditions", "请填写申请条件");
  if (t.starts_on && t.ends_on && *t.ends_on < *t.starts_on)
    errors->Add("enterprise_ends_on", "截止日期不能早于开始日期");
}

void ValidatePolicyFacets(const PolicyFacets& p, FieldErrors* errors) {
  if (p.needs_interpretation && p.interprets_id != 0)
    errors->Add("interpretation_form", "政策解读本身不需要再配发解读");
  if (p.interprets_id == 0) return;
  if (p.form == InterpretationForm::kGraphic && Trim(p.media_text).empty())
    errors->Add("interpretation_media_text", "图解须附完整的文字说明，供无法看图的读者阅读");
  if (p.form == InterpretationForm::kVideo && Trim(p.media_text).empty())
    errors->Add("interpretation_media_text", "视频解读须附文字稿");
  if (Utf8Length(p.media_text) > 20000) errors->Add("interpretation_media_text", "文字说明不超过 20000 个字");
  std::string url = Trim(p.video_url);
  if (!url.empty() && url.rfind("https://", 0) != 0 && url.rfind("http://", 0) != 0)
    errors->Add("interpretation_video_url", "视频链接须以 https:// 或 http:// 开头");
  if (url.size() > 500) errors->Add("interpretation_video_url", "视频链接过长");
  if (url.find_first_of("\"<> ") != std::string::npos)
    errors->Add("interpretation_video_url", "视频链接含有不允许的字符");
}

}  // namespace gk::catalogue
