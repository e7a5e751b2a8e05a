#include "web/share.h"

#include <qrencode.h>

#include <memory>

#include "http/forms.h"

namespace gk::web {

std::optional<std::string> QrSvg(const std::string& text) {
  std::unique_ptr<QRcode, decltype(&QRcode_free)> code(QRcode_encodeString8bit(text.c_str(), 0, QR_ECLEVEL_M),
                                                       &QRcode_free);
  if (!code) return std::nullopt;
  constexpr int kQuiet = 4;
  const int width = code->width;
  const int size = width + 2 * kQuiet;
  std::string path;
  path.reserve(static_cast<size_t>(width * width) * 4);
  for (int y = 0; y < width; ++y) {
    // Runs of dark modules on a row become one rectangle each: h = run length.
    for (int x = 0; x < width;) {
      if (!(code->data[y * width + x] & 1)) {
        ++x;
        continue;
      }
      int run = 1;
      while (x + run < width && (code->data[y * width + x + run] & 1)) ++run;
      path += "M" + std::to_string(x + kQuiet) + " " + std::to_string(y + kQuiet) + "h" + std::to_string(run) +
              "v1h-" + std::to_string(run) + "z";
      x += run;
    }
  }
  const std::string n = std::to_string(size);
  return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + n + " " + n + "\" width=\"" +
         std::to_string(size * 4) + "\" height=\"" + std::to_string(size * 4) +
         "\" shape-rendering=\"crispEdges\"><rect width=\"" + n + "\" height=\"" + n +
         "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>\n";
}

std::string QrImagePath(const std::string& path) { return "/share/qr.svg?path=" + http::PercentEncode(path); }

void AddPageTools(ctemplate::TemplateDictionary& d, const std::string& path) {
  auto* inc = d.AddIncludeDictionary("SHARE");
  inc->SetFilename("public/_share.tpl");
  inc->SetValue("QR_URL", QrImagePath(path));
}

}  // namespace gk::web
