// geul normalize [--form nfc|nfd|nfkc|nfkd] [FILE|-]
#ifndef GEUL_CLI_NORMALIZE_HPP
#define GEUL_CLI_NORMALIZE_HPP

#include <geul/geul.hpp>

#include "common.hpp"

namespace cli {

inline const char* normalize_usage =
    "usage: geul normalize [--form nfc|nfd|nfkc|nfkd] [FILE|-]\n"
    "  Repairs invalid UTF-8 (U+FFFD), strips a BOM, converts CRLF/CR to LF,\n"
    "  then applies the Unicode normalization form (default nfc).\n"
    "  Repairs are reported on stderr.\n";

inline int cmd_normalize(const Args& args) {
  Parsed p = parse_args(args, {"--help", "-h"}, {"--form"});
  if (!p.error.empty()) return fail("normalize", p.error + "\n" + normalize_usage, 2);
  if (p.has("--help") || p.has("-h")) {
    write_output(normalize_usage);
    return 0;
  }
  geul::NormalForm form = geul::NormalForm::nfc;
  if (p.has("--form") && !geul::parse_normal_form(p.get("--form"), form))
    return fail("normalize", "unknown form '" + std::string(p.get("--form")) + "' (nfc, nfd, nfkc, nfkd)", 2);
  std::string input;
  int status = 0;
  if (!read_single_input("normalize", p, input, status)) return status;

  geul::DecodedText decoded = geul::decode_utf8(input);
  for (const auto& d : decoded.diagnostics)
    std::fprintf(stderr, "geul normalize: note: byte %zu: %s\n", d.offset, d.message.c_str());
  write_output(geul::normalize(decoded.text, form));
  return 0;
}

}  // namespace cli

#endif  // GEUL_CLI_NORMALIZE_HPP
