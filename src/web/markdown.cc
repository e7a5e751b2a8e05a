#include "web/markdown.h"

#include <cmark.h>

#include <cstdlib>

namespace gk::web {

std::string RenderMarkdown(std::string_view md) {
  char* html = cmark_markdown_to_html(md.data(), md.size(), CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8);
  std::string out = html ? html : "";
  std::free(html);
  return out;
}

std::string MarkdownToText(std::string_view md) {
  cmark_node* doc = cmark_parse_document(md.data(), md.size(), CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8);
  std::string out;
  cmark_iter* it = cmark_iter_new(doc);
  for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
    cmark_node* node = cmark_iter_get_node(it);
    cmark_node_type type = cmark_node_get_type(node);
    if (ev == CMARK_EVENT_ENTER && (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE || type == CMARK_NODE_CODE_BLOCK)) {
      if (const char* lit = cmark_node_get_literal(node)) out += lit;
    } else if (ev == CMARK_EVENT_ENTER && (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK)) {
      out += ' ';
    } else if (ev == CMARK_EVENT_EXIT && (type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING ||
                                          type == CMARK_NODE_ITEM)) {
      out += '\n';
    }
  }
  cmark_iter_free(it);
  cmark_node_free(doc);
  return out;
}

}  // namespace gk::web
