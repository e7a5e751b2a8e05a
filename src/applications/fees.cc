// 信息处理费 by 国办函〔2020〕109号 (政府信息公开信息处理费管理办法), RULES.md §2.
#include "applications/fees.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>

namespace gk::applications {
namespace {

// A band of the per-page scale: pages first..last (last < 0: no upper end)
// at yuan_per_page each.
struct PageBand {
  int64_t first;
  int64_t last;
  int64_t yuan_per_page;
};

constexpr PageBand kPageBands[] = {
    {1, 30, 0},
    {31, 100, 10},
    {101, 200, 20},
    {201, -1, 40},
};

// "第 31–100 页", or "第 31 页" for a single page.
std::string PageRange(int64_t first, int64_t last) {
  if (first == last) return "第 " + std::to_string(first) + " 页";
  return "第 " + std::to_string(first) + "–" + std::to_string(last) + " 页";
}

std::string Total(int64_t yuan) { return "合计 " + std::to_string(yuan) + " 元"; }

}  // namespace

const char* FeeMethodCode(FeeMethod m) {
  switch (m) {
    case FeeMethod::kNone:
      return "none";
    case FeeMethod::kPerApplication:
      return "per-application";
    case FeeMethod::kPerPage:
      return "per-page";
  }
  return "";
}

const char* FeeMethodLabel(FeeMethod m) {
  switch (m) {
    case FeeMethod::kNone:
      return "不收费";
    case FeeMethod::kPerApplication:
      return "按件计收";
    case FeeMethod::kPerPage:
      return "按量计收";
  }
  return "";
}

bool ParseFeeMethod(std::string_view code, FeeMethod* out) {
  for (FeeMethod m : {FeeMethod::kNone, FeeMethod::kPerApplication, FeeMethod::kPerPage}) {
    if (code == FeeMethodCode(m)) {
      *out = m;
      return true;
    }
  }
  return false;
}

Fee PerPageFee(int pages) {
  Fee fee;
  if (pages <= 0) {
    fee.working.push_back("共 0 页，不收费");
    fee.working.push_back(Total(0));
    return fee;
  }
  // Progressive: each page is charged at the rate of the band it falls in.
  for (const PageBand& band : kPageBands) {
    if (pages < band.first) break;
    const int64_t last = band.last < 0 ? pages : std::min<int64_t>(pages, band.last);
    const std::string range = PageRange(band.first, last);
    if (band.yuan_per_page == 0) {
      fee.working.push_back(range + "免费");
      continue;
    }
    const int64_t count = last - band.first + 1;
    const int64_t amount = count * band.yuan_per_page;
    fee.yuan += amount;
    fee.working.push_back(range + "：" + std::to_string(count) + " 页 × " + std::to_string(band.yuan_per_page) +
                          " 元 = " + std::to_string(amount) + " 元");
  }
  fee.working.push_back(Total(fee.yuan));
  return fee;
}

Fee PerApplicationFee(int nth) {
  Fee fee;
  if (nth <= 0) {
    fee.working.push_back("本月尚无申请，不收费");
    fee.working.push_back(Total(0));
    return fee;
  }
  const std::string which = "本月第 " + std::to_string(nth) + " 件：";
  if (nth <= 10) {
    fee.working.push_back(which + "第 1–10 件免费");
  } else {
    // 11–30 form one band at 100 元; from the 31st, bands of 10, each 100 元 dearer.
    int64_t first = 11, last = 30, rate = 100;
    if (nth > 30) {
      const int64_t band = (static_cast<int64_t>(nth) - 31) / 10;
      first = 31 + band * 10;
      last = first + 9;
      rate = 200 + band * 100;
    }
    fee.yuan = rate;
    fee.working.push_back(which + "第 " + std::to_string(first) + "–" + std::to_string(last) + " 件按 " +
                          std::to_string(rate) + " 元/件计收");
  }
  fee.working.push_back(Total(fee.yuan));
  return fee;
}

}  // namespace gk::applications
