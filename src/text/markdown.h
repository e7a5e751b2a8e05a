// Markdown for item bodies, through cmark in its safe default mode: raw HTML
// is dropped and javascript:/vbscript:/file:/data: links are removed. Never
// pass CMARK_OPT_UNSAFE.
#pragma once

#include <string>
#include <string_view>

namespace gk::text {

// HTML for a template variable named *_HTML (emitted with :none).
std::string RenderMarkdown(std::string_view markdown);
// `text` as Markdown that renders as exactly that text: characters that
// could start emphasis, code, links, HTML, entities or a table cell are
// backslash-escaped everywhere; a heading, list, quote or rule marker at
// the start of a line is escaped there. For text typed by people merged into
// Markdown (the applicant's words in a letter). Braces are left as they are.
std::string EscapeMarkdown(std::string_view text);
// Plain text, for search and summaries.
std::string MarkdownToText(std::string_view markdown);

}  // namespace gk::text
