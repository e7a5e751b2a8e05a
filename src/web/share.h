// Sharing a public page: a QR code of its address (so a reader at a desk can
// open the page on a phone) and the page tools block (templates/public/
// _share.tpl) that holds it beside the print, copy-link and read-aloud
// controls gongkai.js adds.
#pragma once

#include <ctemplate/template.h>

#include <optional>
#include <string>

namespace gk::web {

class Context;

// The QR code (ISO/IEC 18004, error correction level M, 8-bit data) of
// `text` as an SVG document: dark modules as one path on a white square with
// the standard four-module quiet zone. nullopt when `text` is too long for
// any QR version.
std::optional<std::string> QrSvg(const std::string& text);

// The path of the QR image of the page at `path` (a path of this site).
std::string QrImagePath(const std::string& path);

// Includes the page tools (public/_share.tpl) as SHARE in `d`, for the page at `path`.
void AddPageTools(ctemplate::TemplateDictionary& d, const std::string& path);

}  // namespace gk::web
