#include "auth/throttle.h"

#include <algorithm>

#include "common/netaddr.h"

namespace gk::auth {
namespace {

std::string Minutes(int64_t seconds) { return std::to_string(std::max<int64_t>(1, (seconds + 59) / 60)); }

Status Locked(const store::FailureCount& c, const config::Config::Auth& o, int64_t now) {
  return Status::Error(Code::kTooMany, "登录失败次数过多，已暂时锁定，请在 " +
                                           Minutes(c.oldest + o.lockout_seconds - now) +
                                           " 分钟后再试。如需帮助请联系系统管理员。");
}

}  // namespace

LoginKeys::LoginKeys(const std::string& username, const std::string& client_address) {
  const std::string group = AddressGroup(client_address);
  pair = "ua:" + username + "|" + group;
  address = "ip:" + group;
  account = "u:" + username;
}

int64_t SlowdownSeconds(int64_t failures, const config::Config::Auth& o) {
  if (failures < o.login_slowdown_after) return 0;
  const int64_t doublings = std::min<int64_t>(failures - o.login_slowdown_after, 30);
  return std::min<int64_t>(int64_t{1} << doublings, o.login_slowdown_max_seconds);
}

Status ThrottleLogin(const LoginCounts& c, const config::Config::Auth& o, int64_t now) {
  if (c.pair.count >= o.login_max_failures) return Locked(c.pair, o, now);
  if (c.address.count >= o.login_ip_max_failures) return Locked(c.address, o, now);
  const int64_t wait = c.account.latest + SlowdownSeconds(c.account.count, o) - now;
  if (c.account.count >= o.login_slowdown_after && wait > 0)
    return Status::Error(Code::kTooMany, "该账号近期登录失败次数较多，请在 " + std::to_string(wait) + " 秒后再试。");
  return Status::Ok();
}

}  // namespace gk::auth
