// The human check of the public forms (the application form today; comments,
// messages and ratings when they come): a small sum whose answer travels
// signed (HMAC with the installation's secret), valid for two hours and
// spent when answered right. The form shows it with the shared partial
// templates/public/_human_check.tpl (fields check_answer and check_token).
#pragma once

#include <functional>
#include <string_view>

#include <ctemplate/template.h>

#include <cstdint>
#include <string>

#include "common/status.h"
#include "http/message.h"
#include "storage/database.h"

namespace gk::web {

struct HumanCheck {
  std::string question;  // "三加五等于几？…"
  std::string token;     // expiry "-" nonce "." HMAC of the head and the answer
};

// The field the answer is posted in, under which a refusal is reported.
inline constexpr const char* kHumanCheckField = "check_answer";
inline constexpr const char* kHumanCheckRefused = "验证题答案不正确、已过期或已使用过，请重新作答。";
inline constexpr int64_t kHumanCheckSeconds = 7200;

// A new question and its token, valid until now + kHumanCheckSeconds. The
// key is the installation's (kept in the database), so a form served by one
// instance, or before a restart, is checked alike by any other.
HumanCheck NewHumanCheck(storage::Database& db, int64_t now);

// True when `answer` is the right one for `token`, the token has not expired
// and was not spent before; the token is spent then (web::UseOnce), so one
// solved sum does not carry any number of submissions.
bool HumanCheckPasses(storage::Database& db, const std::string& token, const std::string& answer, int64_t now);

// HumanCheckPasses on a posted form's check_token and check_answer; on a
// refusal adds kHumanCheckRefused under kHumanCheckField to `errors`.
bool VerifyHumanCheck(storage::Database& db, const http::Request& req, int64_t now, FieldErrors* errors);

// The gate of a public form that takes submissions (a rating, a comment, a
// message), in the order the standard asks: every problem at once — the
// human check and `check` (the fields, nothing stored) — then the address's
// limit (AllowAttempt on `bucket`, `per_hour`), which only a form without
// problems spends. True when the form may be submitted; otherwise `errors`
// holds the problems (answer the form again, 400) or, when it is empty, the
// address reached its limit (answer 429).
bool PassPublicForm(storage::Database& db, const http::Request& req, int64_t now, std::string_view bucket,
                    int per_hour, const std::function<void(FieldErrors*)>& check, FieldErrors* errors);

// Includes a new human check in a form's dictionary: the include HUMAN_CHECK
// (public/_human_check.tpl) with CHECK_QUESTION, CHECK_TOKEN and, when
// `errors` has one for kHumanCheckField, the section ERR_CHECK_ANSWER (MSG).
void AddHumanCheck(ctemplate::TemplateDictionary& d, storage::Database& db, int64_t now,
                   const FieldErrors& errors = {});

}  // namespace gk::web
