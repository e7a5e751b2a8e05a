// Attachments: upload to drafts, removal, and download with a Chinese-safe
// file name. Published items' files are public; others only for staff of
// the item's agency.
#include "catalogue/attachments.h"
#include "catalogue/routes.h"
#include "http/forms.h"
#include "web/forms.h"

namespace gk::catalogue {
namespace {

using http::Request;
using http::Response;
using web::Context;

Response Upload(Request& req, Context& ctx) {
  const int64_t item_id = web::ParseId(req.Param("id"));
  const std::string back = "/console/items/" + std::to_string(item_id);
  const http::UploadedFile* file = nullptr;
  for (const auto& f : req.files)
    if (f.field == "file") file = &f;
  if (file == nullptr) return ctx.RedirectWithFlash(back, "请选择要上传的文件。", false);
  auto id =
      Deps(ctx).attachments->Add(ctx.actor(), *ctx.user(), *Deps(ctx).catalogue, item_id, file->filename, file->data);
  if (!id.ok()) {
    if (id.status().code() == Code::kInvalid || id.status().code() == Code::kDenied)
      return ctx.RedirectWithFlash(back, id.status().message(), false);
    return ctx.FromStatus(id.status());
  }
  return ctx.RedirectWithFlash(back, "已添加附件：" + file->filename);
}

Response Remove(Request& req, Context& ctx) {
  const int64_t item_id = web::ParseId(req.Param("id"));
  Status s = Deps(ctx).attachments->Remove(ctx.actor(), *ctx.user(), *Deps(ctx).catalogue, item_id,
                                           web::ParseId(req.Param("aid")));
  const std::string back = "/console/items/" + std::to_string(item_id);
  if (s.ok()) return ctx.RedirectWithFlash(back, "已删除附件。");
  if (s.code() == Code::kDenied) return ctx.RedirectWithFlash(back, s.message(), false);
  return ctx.FromStatus(s);
}

Response Download(Request& req, Context& ctx) {
  auto a = Deps(ctx).attachments->Get(web::ParseId(req.Param("id")));
  if (!a.ok()) return ctx.FromStatus(a.status());
  auto item = Deps(ctx).catalogue->Get(a->item_id);
  if (!item.ok()) return ctx.FromStatus(item.status());
  const bool is_public = ContentIsPublic(item.value());
  if (!is_public) {
    const access::User* user = ctx.user();
    if (user == nullptr || !Deps(ctx).catalogue->CanSee(item.value(), *user)) return ctx.ErrorPage(404);
  }
  auto file = Deps(ctx).files->Locate(a->sha256);
  if (!file.ok()) return ctx.FromStatus(file.status());
  Response r = Response::File(file->path, file->size, a->content_type);
  r.SetHeader("Content-Disposition", files::ContentDisposition(a->name));
  r.SetHeader("ETag", "\"" + a->sha256 + "\"");
  // The bytes under a content hash never change; who may see them can.
  r.SetHeader("Cache-Control", is_public ? "public, max-age=3600" : "private, no-store");
  return r;
}

}  // namespace

void FillAttachments(Context& ctx, ctemplate::TemplateDictionary& d, int64_t item_id, bool deletable) {
  auto list = Deps(ctx).attachments->List(item_id);
  if (!ctx.Got(list)) return;
  for (const auto& a : list.value()) {
    auto* row = d.AddSectionDictionary("ATTACHMENTS");
    row->SetIntValue("ID", static_cast<long>(a.id));
    row->SetValue("URL", "/files/" + std::to_string(a.id) + "/" + http::PercentEncode(a.name));
    row->SetValue("NAME", a.name);
    row->SetValue("SIZE", files::HumanSize(a.size));
    if (deletable) {
      auto* del = row->AddSectionDictionary("CAN_DELETE");
      del->SetIntValue("ITEM_ID", static_cast<long>(item_id));
      del->SetIntValue("ID", static_cast<long>(a.id));
      del->SetValue("NAME", a.name);
      del->SetValue("CSRF", ctx.CsrfToken());
    }
  }
}

void RegisterAttachmentRoutes(web::Site& site) {
  site.Add("POST", "/console/items/{id:int}/attachments", web::Staff(access::Permission::kEditItems), Upload,
           {.upload = true});
  site.Add("POST", "/console/items/{id:int}/attachments/{aid:int}/delete", web::Staff(access::Permission::kEditItems),
           Remove);
  site.Add("GET", "/files/{id:int}/{name}", web::Public(), Download);
}

}  // namespace gk::catalogue
