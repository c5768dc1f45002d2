// geul — problems found in the input, reported as data (geul never throws).
#ifndef GEUL_DIAGNOSTICS_HPP
#define GEUL_DIAGNOSTICS_HPP

#include <cstddef>
#include <string>
#include <vector>

namespace geul {

enum class DiagnosticKind {
  invalid_utf8,      // an ill-formed byte sequence, replaced by U+FFFD
  bom_removed,       // a leading byte order mark was stripped
  newline_converted, // CRLF or lone CR turned into LF
  empty_input,       // nothing (or only whitespace) to work on
  binary_input,      // many control / replacement characters: probably not text
  limit_reached,     // a documented cap was hit; the rest degraded gracefully
  invalid_encoding,  // an ill-formed sequence in CP949, EUC-KR or UTF-16, replaced by U+FFFD
  encoding_converted,  // the input was converted to UTF-8 from another encoding (unicode/encoding.hpp)
  other,
};

inline const char* to_string(DiagnosticKind k) noexcept {
  switch (k) {
    case DiagnosticKind::invalid_utf8: return "invalid_utf8";
    case DiagnosticKind::bom_removed: return "bom_removed";
    case DiagnosticKind::newline_converted: return "newline_converted";
    case DiagnosticKind::empty_input: return "empty_input";
    case DiagnosticKind::binary_input: return "binary_input";
    case DiagnosticKind::limit_reached: return "limit_reached";
    case DiagnosticKind::invalid_encoding: return "invalid_encoding";
    case DiagnosticKind::encoding_converted: return "encoding_converted";
    case DiagnosticKind::other: return "other";
  }
  return "other";
}

struct Diagnostic {
  DiagnosticKind kind = DiagnosticKind::other;
  std::size_t offset = 0;  // byte offset in the input as given
  std::size_t length = 0;  // bytes of input concerned
  std::string message;     // for a person
};

using Diagnostics = std::vector<Diagnostic>;

}  // namespace geul

#endif  // GEUL_DIAGNOSTICS_HPP
