// Login throttling (the rule; AuthService::Login applies it). Three counts of
// failed logins within auth.lockout_seconds:
//   - one account from one client address ("ua:NAME|ADDR"): at
//     login_max_failures that address is locked out of that account until
//     lockout_seconds after the earliest of those failures. Others are not:
//     an outsider who types wrong passwords locks out only themselves;
//   - one address over all accounts ("ip:ADDR"): at login_ip_max_failures the
//     address is locked out of every account the same way;
//   - one account over all addresses ("u:NAME"): at login_slowdown_after the
//     account is slowed down, not locked: each further attempt must come at
//     least 1, 2, 4, ... seconds (at most login_slowdown_max_seconds) after
//     the latest failure, else it is refused ("try again in N seconds")
//     without being checked. Guessing from many addresses is slowed to a
//     crawl while the owner waits a minute at most.
// Addresses are counted by AddressGroup (IPv6 by its /64).
#pragma once

#include <string>

#include "auth/store.h"
#include "common/status.h"
#include "config/config.h"

namespace gk::auth {

// Longest user name a login attempt may carry (ValidateUsername allows 32);
// longer gets the generic failure, and nothing is stored.
constexpr size_t kMaxLoginNameBytes = 64;

// The failure-count keys of one login attempt.
struct LoginKeys {
  LoginKeys(const std::string& username, const std::string& client_address);
  std::string pair;     // this account from this address
  std::string address;  // this address, any account
  std::string account;  // this account, any address
};

// The failures counted for an attempt.
struct LoginCounts {
  store::FailureCount pair, address, account;
};

// Seconds the account-wide slowdown asks between failures once the account
// has `failures` of them in the window: 0 below login_slowdown_after, then
// 1, 2, 4, ... up to login_slowdown_max_seconds.
int64_t SlowdownSeconds(int64_t failures, const config::Config::Auth& o);

// Ok when an attempt may be checked now; otherwise kTooMany with the message
// for the login page (minutes for a lock, seconds for a slowdown).
Status ThrottleLogin(const LoginCounts& c, const config::Config::Auth& o, int64_t now);

}  // namespace gk::auth
