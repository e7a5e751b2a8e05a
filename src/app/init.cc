#include "app/init.h"

#include <soci/soci.h>

#include "common/uscc.h"

namespace gk::app {
namespace {

const auth::Actor kCli{0, "命令行", ""};

// A valid code from 17 characters: the GB 32100 check digit appended.
std::string WithCheckDigit(const std::string& first17) {
  static const char* kChars = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  int v = UsccCheckDigitValue(first17);
  return v < 0 ? first17 : first17 + kChars[v];
}

// The first user's own organisation: 济南市市场监督管理局 and its structure.
Status CreateDemo(App& app, InitResult* out) {
  auto& auth = *app.services().auth;
  FieldErrors errors;
  auth::Agency bureau;
  bureau.name = "济南市市场监督管理局";
  bureau.short_name = "市市场监管局";
  bureau.uscc = "11370100MB28696235";
  auto bureau_id = auth.CreateAgency(kCli, nullptr, bureau, &errors);
  if (!bureau_id.ok()) return bureau_id.status();
  const char* divisions[] = {"办公室", "政策法规处", "行政审批服务处", "信用监督管理处", "食品生产安全监督管理处",
                             "产品质量安全监督管理处", "价格监督检查与反不正当竞争处", "知识产权促进处", "标准化处",
                             "计量处"};
  const char* affiliates[] = {"济南市市场监管综合执法支队", "济南市食品药品检验检测中心", "济南市计量检定测试院",
                              "济南市产品质量检验院"};
  std::map<std::string, int64_t> dept_ids;
  for (const char* n : divisions) {
    auto id = auth.CreateDepartment(kCli, nullptr, {0, bureau_id.value(), n, auth::DepartmentKind::kDivision}, &errors);
    if (!id.ok()) return id.status();
    dept_ids[n] = id.value();
  }
  for (const char* n : affiliates) {
    auto id = auth.CreateDepartment(kCli, nullptr, {0, bureau_id.value(), n, auth::DepartmentKind::kAffiliate}, &errors);
    if (!id.ok()) return id.status();
  }
  auth::Agency district;
  district.name = "济南市历下区市场监督管理局";
  district.short_name = "历下区市场监管局";
  district.uscc = WithCheckDigit("11370102MB2870153");
  district.parent_id = bureau_id.value();
  auto district_id = auth.CreateAgency(kCli, nullptr, district, &errors);
  if (!district_id.ok()) return district_id.status();
  for (const char* n : {"办公室", "市场监管一科"}) {
    auto id = auth.CreateDepartment(kCli, nullptr, {0, district_id.value(), n, auth::DepartmentKind::kDivision}, &errors);
    if (!id.ok()) return id.status();
  }
  struct DemoUser {
    const char* username;
    const char* name;
    auth::Role role;
    const char* department;
  };
  const DemoUser users[] = {
      {"editor", "王信息", auth::Role::kEditor, "办公室"},
      {"reviewer", "李审核", auth::Role::kReviewer, "政策法规处"},
      {"officer", "张公开", auth::Role::kOfficer, "办公室"},
  };
  for (const auto& u : users) {
    auth::NewUser nu;
    nu.username = u.username;
    nu.display_name = u.name;
    nu.roles = {{u.role, bureau_id.value(), dept_ids[u.department]}};
    auto pw = auth.CreateUser(kCli, nullptr, nu, &errors);
    if (!pw.ok()) return pw.status();
    out->demo_users.push_back({u.username, auth::RoleLabel(u.role), pw.value()});
  }
  return Status::Ok();
}

}  // namespace

Result<InitResult> InitInstallation(App& app, const InitOptions& options) {
  long long users = 0;
  Status s = app.services().db->Read([&](soci::session& sql) {
    sql << "SELECT COUNT(*) FROM users", soci::into(users);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  if (users > 0) return Status::Conflict("该数据目录（或数据库）已经初始化过，不能重复初始化。");
  InitResult r;
  r.admin_username = "admin";
  auth::NewUser admin;
  admin.username = r.admin_username;
  admin.display_name = "系统管理员";
  admin.roles = {{auth::Role::kAdmin, 0, 0}};
  admin.password = options.admin_password;
  FieldErrors errors;
  auto pw = app.services().auth->CreateUser(kCli, nullptr, admin, &errors);
  if (!pw.ok()) return pw.status();
  r.admin_password = pw.value();
  r.must_change = options.admin_password.empty();
  if (options.demo) {
    if (Status d = CreateDemo(app, &r); !d.ok()) return d;
  }
  return r;
}

}  // namespace gk::app
