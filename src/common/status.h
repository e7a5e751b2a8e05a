// Status and Result<T>: errors as values across module boundaries.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace gk {

enum class Code {
  kOk = 0,
  kInvalid,          // bad input from a person or client (400 / form error)
  kNotFound,         // 404
  kConflict,         // unique key taken, state changed under us (409)
  kDenied,           // authenticated but not allowed (403)
  kUnauthenticated,  // no valid session (401 / redirect to login)
  kTooMany,          // throttled (429)
  kUnavailable,      // database or search unreachable (503)
  kInternal,         // a bug (500)
};

// A Status is ok or carries a code, a message for people (Simplified Chinese
// where shown to users) and optionally the field it concerns.
class [[nodiscard]] Status {
 public:
  Status() = default;
  static Status Ok() { return Status(); }
  static Status Error(Code c, std::string msg, std::string field = {}) {
    Status s;
    s.code_ = c;
    s.message_ = std::move(msg);
    s.field_ = std::move(field);
    return s;
  }
  static Status Invalid(std::string msg, std::string field = {}) {
    return Error(Code::kInvalid, std::move(msg), std::move(field));
  }
  static Status NotFound(std::string msg) { return Error(Code::kNotFound, std::move(msg)); }
  static Status Conflict(std::string msg, std::string field = {}) {
    return Error(Code::kConflict, std::move(msg), std::move(field));
  }
  static Status Denied(std::string msg) { return Error(Code::kDenied, std::move(msg)); }
  static Status Unavailable(std::string msg) { return Error(Code::kUnavailable, std::move(msg)); }
  static Status Internal(std::string msg) { return Error(Code::kInternal, std::move(msg)); }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }
  const std::string& field() const { return field_; }

 private:
  Code code_ = Code::kOk;
  std::string message_;
  std::string field_;
};

// Result<T> holds a T or a non-ok Status.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status s) : v_(std::move(s)) {}     // NOLINT: REQUIRES: !s.ok()
  bool ok() const { return std::holds_alternative<T>(v_); }
  const T& value() const& { return std::get<T>(v_); }
  T& value() & { return std::get<T>(v_); }
  T&& value() && { return std::get<T>(std::move(v_)); }
  const T& operator*() const { return value(); }
  const T* operator->() const { return &value(); }
  T* operator->() { return &value(); }
  Status status() const { return ok() ? Status::Ok() : std::get<Status>(v_); }

 private:
  std::variant<T, Status> v_;
};

}  // namespace gk

#include <map>

namespace gk {

// Validation errors of a form, by field name, all at once so a person can fix
// everything in one go.
class FieldErrors {
 public:
  void Add(const std::string& field, std::string message) { errors_.emplace(field, std::move(message)); }
  bool empty() const { return errors_.empty(); }
  const std::map<std::string, std::string>& all() const { return errors_; }
  std::string Get(const std::string& field) const {
    auto it = errors_.find(field);
    return it == errors_.end() ? std::string() : it->second;
  }
  // Invalid with the first message, or Ok when empty.
  Status ToStatus() const {
    if (errors_.empty()) return Status::Ok();
    return Status::Invalid(errors_.begin()->second, errors_.begin()->first);
  }

 private:
  std::map<std::string, std::string> errors_;
};

}  // namespace gk
