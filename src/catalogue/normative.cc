#include "catalogue/normative.h"

#include "catalogue/model.h"

namespace gk::catalogue {

const char* NormativeKindCode(NormativeKind k) {
  switch (k) {
    case NormativeKind::kRule: return "rule";
    case NormativeKind::kNormative: return "normative";
    case NormativeKind::kNone: break;
  }
  return "";
}

const char* NormativeKindLabel(NormativeKind k) {
  switch (k) {
    case NormativeKind::kRule: return "规章";
    case NormativeKind::kNormative: return "行政规范性文件";
    case NormativeKind::kNone: break;
  }
  return "";
}

bool ParseNormativeKind(std::string_view code, NormativeKind* out) {
  for (auto k : {NormativeKind::kNone, NormativeKind::kRule, NormativeKind::kNormative})
    if (code == NormativeKindCode(k)) {
      *out = k;
      return true;
    }
  return false;
}

void ValidateNormative(const NormativeFacets& n, FieldErrors* errors) {
  if (n.Empty()) return;
  auto in_range = [](const std::optional<Date>& d) { return !d || (d->year() >= 1949 && d->year() <= 2100); };
  if (!in_range(n.effective_on)) errors->Add("normative_effective_on", "实施日期应在 1949 至 2100 年之间");
  if (!in_range(n.expires_on)) errors->Add("normative_expires_on", "有效期至应在 1949 至 2100 年之间");
  if (n.effective_on && n.expires_on && *n.expires_on < *n.effective_on)
    errors->Add("normative_expires_on", "有效期至不能早于实施日期");
}

Date NormativeIssuedOn(const Item& item) {
  if (item.written_on) return *item.written_on;
  if (item.published_on) return *item.published_on;
  return Date();
}

std::optional<Date> NormativeCeasedOn(const Item& item) {
  std::optional<Date> ceased;
  if (item.validity == Validity::kInvalid || item.validity == Validity::kRepealed ||
      item.validity == Validity::kAmended)
    ceased = item.validity_changed_on ? item.validity_changed_on : item.published_on;
  if (item.normative.expires_on && item.normative.expires_on->year() < 9999) {
    const Date lapsed = item.normative.expires_on->AddDays(1);
    if (!ceased || lapsed < *ceased) ceased = lapsed;
  }
  return ceased;
}

bool InForceOn(const Item& item, Date day) {
  if (NormativeIssuedOn(item) > day) return false;
  const auto ceased = NormativeCeasedOn(item);
  return !ceased || *ceased > day;
}

}  // namespace gk::catalogue
