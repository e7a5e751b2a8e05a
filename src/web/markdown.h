// Markdown for item bodies, through cmark in its safe default mode: raw HTML
// is dropped and javascript:/vbscript:/file:/data: links are removed. Never
// pass CMARK_OPT_UNSAFE.
#pragma once

#include <string>
#include <string_view>

namespace gk::web {

// HTML for a template variable named *_HTML (emitted with :none).
std::string RenderMarkdown(std::string_view markdown);
// Plain text, for search and summaries.
std::string MarkdownToText(std::string_view markdown);

}  // namespace gk::web
