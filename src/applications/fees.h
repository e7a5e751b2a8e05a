// 信息处理费 (processing fee), 国办函〔2020〕109号 (RULES.md §2): one method
// per application, never both, each progressive (超额累进).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace gk::applications {

enum class FeeMethod {
  kNone,            // free (the default; Art. 42)
  kPerApplication,  // 按件计收: by the applicant's n-th application this calendar month
  kPerPage,         // 按量计收: by pages of paper copies, e-mail or media
};

const char* FeeMethodCode(FeeMethod m);   // "none", "per-application", "per-page"
const char* FeeMethodLabel(FeeMethod m);  // "不收费", "按件计收", "按量计收"
bool ParseFeeMethod(std::string_view code, FeeMethod* out);

// An amount with its working, one line per band, in Chinese, e.g.
//   "第 1–30 页免费"
//   "第 31–100 页：70 页 × 10 元 = 700 元"
//   "第 101–150 页：50 页 × 20 元 = 1000 元"
//   "合计 1700 元"
struct Fee {
  int64_t yuan = 0;
  std::vector<std::string> working;
};

// 按量计收: 1–30 pages free; 31–100 at 10 元; 101–200 at 20 元; 201 and up
// at 40 元 a page. pages <= 0 costs nothing.
Fee PerPageFee(int pages);

// 按件计收 for the applicant's `nth` application in a calendar month: 1–10
// free; 11–30 at 100 元; from the 31st every band of 10 adds 100 元
// (31–40: 200, 41–50: 300, ...). nth <= 0 costs nothing.
Fee PerApplicationFee(int nth);

}  // namespace gk::applications
