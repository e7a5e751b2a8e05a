#include "supervision/draw_verify.h"

#include <nlohmann/json.hpp>

#include "common/strings.h"

namespace gk::supervision {
namespace {

using nlohmann::json;

// The strings of an array member; false when it is not an array of strings.
bool Strings(const json& j, const char* name, std::vector<std::string>* out) {
  if (!j.contains(name) || !j[name].is_array()) return false;
  for (const auto& v : j[name]) {
    if (!v.is_string()) return false;
    out->push_back(v.get<std::string>());
  }
  return true;
}

}  // namespace

std::string DrawJson(const DrawInput& input, const DrawResult& result) {
  json j;
  j["seed"] = input.seed;
  j["algorithm_version"] = kAlgorithmVersion;
  j["targets"] = result.targets;
  j["inspectors"] = result.inspectors;
  j["exclusions"] = json::array();
  for (const auto& [t, i] : input.exclusions) j["exclusions"].push_back({t, i});
  j["n"] = input.n;
  j["m"] = input.m;
  j["input_sha256"] = result.input_sha256;
  j["result"] = json::array();
  for (const auto& a : result.result) j["result"].push_back({{"target", a.target}, {"inspectors", a.inspectors}});
  return j.dump(2);
}

Result<Verification> VerifyJson(const std::string& text, int64_t max_work) {
  json j = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) return Status::Invalid("文件不是有效的 JSON 对象");
  std::vector<std::string> problems;
  DrawInput in;
  if (j.contains("seed") && j["seed"].is_string()) in.seed = j["seed"].get<std::string>();
  else problems.push_back("缺少字符串成员 seed");
  if (!j.contains("algorithm_version") || !j["algorithm_version"].is_number_integer())
    problems.push_back("缺少整数成员 algorithm_version");
  else if (j["algorithm_version"].get<int64_t>() != kAlgorithmVersion)
    problems.push_back("不支持的算法版本 " + j["algorithm_version"].dump() + "（本程序实现版本 " +
                       std::to_string(kAlgorithmVersion) + "）");
  if (!Strings(j, "targets", &in.targets)) problems.push_back("targets 须为字符串数组");
  if (!Strings(j, "inspectors", &in.inspectors)) problems.push_back("inspectors 须为字符串数组");
  bool exclusions_ok = j.contains("exclusions") && j["exclusions"].is_array();
  if (exclusions_ok)
    for (const auto& e : j["exclusions"]) {
      if (!e.is_array() || e.size() != 2 || !e[0].is_string() || !e[1].is_string()) {
        exclusions_ok = false;
        break;
      }
      in.exclusions.emplace_back(e[0].get<std::string>(), e[1].get<std::string>());
    }
  if (!exclusions_ok) problems.push_back("exclusions 须为 [检查对象, 检查人员] 数组的数组");
  for (const char* name : {"n", "m"}) {
    if (!j.contains(name) || !j[name].is_number_integer() || j[name].get<int64_t>() < 0 ||
        j[name].get<int64_t>() > 1000000)
      problems.push_back(std::string("缺少整数成员 ") + name);
  }
  if (!j.contains("input_sha256") || !j["input_sha256"].is_string()) problems.push_back("缺少字符串成员 input_sha256");
  std::vector<Assignment> published;
  bool result_ok = j.contains("result") && j["result"].is_array();
  if (result_ok)
    for (const auto& r : j["result"]) {
      Assignment a;
      if (!r.is_object() || !r.contains("target") || !r["target"].is_string() ||
          !Strings(r, "inspectors", &a.inspectors)) {
        result_ok = false;
        break;
      }
      a.target = r["target"].get<std::string>();
      published.push_back(std::move(a));
    }
  if (!result_ok) problems.push_back("result 须为 {target, inspectors} 对象的数组");
  if (!problems.empty()) {
    std::string message;
    for (const auto& p : problems) message += (message.empty() ? "" : "；") + p;
    return Status::Invalid(message);
  }
  in.n = static_cast<int>(j["n"].get<int64_t>());
  in.m = static_cast<int>(j["m"].get<int64_t>());
  const int64_t work =
      static_cast<int64_t>(in.targets.size()) + int64_t{in.n} * (static_cast<int64_t>(in.inspectors.size()) + in.m);
  if (max_work > 0 && work > max_work)
    return Status::Invalid("这次抽查规模过大，本页不能重算（可用命令行 gongkai draw verify 或文档中的脚本核验）");
  auto run = Draw(in);
  if (!run.ok()) return Status::Invalid("无法按公布的参数重新计算：" + run.status().message());

  Verification v;
  v.recomputed = std::move(run).value();
  if (Canonical(in.targets) != in.targets || Canonical(in.inspectors) != in.inspectors)
    v.differences.push_back("公布的名单不是规范顺序（去重并按 UTF-8 字节排序）");
  if (j["input_sha256"].get<std::string>() != v.recomputed.input_sha256)
    v.differences.push_back("输入哈希不符：公布 " + j["input_sha256"].get<std::string>() + "，重新计算 " +
                            v.recomputed.input_sha256);
  const auto& again = v.recomputed.result;
  if (published.size() != again.size())
    v.differences.push_back("公布的结果有 " + std::to_string(published.size()) + " 个检查对象，重新计算为 " +
                            std::to_string(again.size()) + " 个");
  for (size_t i = 0; i < std::min(published.size(), again.size()); ++i) {
    if (published[i].target != again[i].target)
      v.differences.push_back("第 " + std::to_string(i + 1) + " 个检查对象：公布 " + published[i].target +
                              "，重新计算 " + again[i].target);
    else if (published[i].inspectors != again[i].inspectors)
      v.differences.push_back("检查对象 " + again[i].target + " 的检查人员：公布 " +
                              Join(published[i].inspectors, "、") + "，重新计算 " + Join(again[i].inspectors, "、"));
  }
  v.matches = v.differences.empty();
  return v;
}

}  // namespace gk::supervision
