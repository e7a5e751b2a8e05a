// Small string helpers shared by the services.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace gk {

// Without leading and trailing white space: ASCII (space, tab, CR, LF, FF,
// VT) and the ideographic space U+3000 (全角空格) that Chinese input methods
// type. The one Trim of the project.
std::string Trim(std::string_view s);

// The parts with `separator` between them ("；" for refusals, "、" for lists).
std::string Join(const std::vector<std::string>& parts, std::string_view separator);

// Length in bytes of the UTF-8 character starting at s[i]; 1 for a byte that
// does not start a well-formed sequence, so broken input still makes progress.
size_t Utf8CharBytes(std::string_view s, size_t i);
// The longest prefix of `s` of at most `max_bytes` that does not cut a
// UTF-8 sequence.
std::string_view Utf8Prefix(std::string_view s, size_t max_bytes);
// The number of characters (as Utf8CharBytes steps through them).
size_t Utf8Length(std::string_view s);

// What a person typed into a code field, in ASCII where it can be: the
// ideographic space U+3000 becomes ' ', full-width forms U+FF01..U+FF5E
// (Ａ１－) their ASCII letters; surrounding white space trimmed. Other
// characters are kept as they are.
std::string HalfWidthTrimmed(std::string_view input);

}  // namespace gk
