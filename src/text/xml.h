// Text for XML documents (feeds, sitemaps).
#pragma once

#include <string>
#include <string_view>

namespace gk::text {

// Text for XML content and attributes: & < > " ' escaped, and the control
// characters XML 1.0 forbids dropped.
std::string XmlEscape(std::string_view s);

}  // namespace gk::text
