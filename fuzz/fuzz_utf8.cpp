// UTF-8 repair (unicode/utf8.hpp): decode_utf8 against ICU's converter, which
// substitutes maximal subparts too; the map accounts for every input byte.
#include <cstdint>
#include <string>
#include <vector>

#include <unicode/ustring.h>

#include <geul/unicode/utf8.hpp>

#include "fuzz_common.hpp"
#include "icu_utf8.hpp"

namespace {

// ICU: UTF-8 -> UTF-16 with U+FFFD per maximal subpart, then back to UTF-8.
std::string icu_repair(std::string_view in, int32_t& substitutions) {
  std::vector<UChar> u16(in.size() + 1);
  int32_t len = 0;
  UErrorCode err = U_ZERO_ERROR;
  u_strFromUTF8WithSub(u16.data(), static_cast<int32_t>(u16.size()), &len, in.data(),
                       static_cast<int32_t>(in.size()), 0xFFFD, &substitutions, &err);
  FUZZ_CHECK(U_SUCCESS(err));
  return fuzz::icu_to_utf8(u16.data(), len);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view in = fuzz::as_view(data, size);

  // Pure repair: nothing but ill-formed sequences changes, exactly as ICU does it.
  geul::DecodeOptions raw;
  raw.strip_bom = false;
  raw.normalize_newlines = false;
  geul::DecodedText r = geul::decode_utf8(in, raw);
  int32_t subs = 0;
  FUZZ_CHECK(r.text == icu_repair(in, subs));
  FUZZ_CHECK(fuzz::valid_utf8(r.text));
  fuzz::check_offset_map(r.map, in, r.text);
  std::size_t listed = 0;
  for (const geul::Diagnostic& d : r.diagnostics) {
    FUZZ_CHECK(d.offset <= size && d.length <= size - d.offset);
    if (d.kind == geul::DiagnosticKind::invalid_utf8 && d.length > 0) ++listed;
  }
  FUZZ_CHECK(listed == std::min<std::size_t>(static_cast<std::size_t>(subs), raw.max_diagnostics));
  for (const geul::Edit& e : r.map.edits()) {  // each edit is U+FFFD for 1..3 bytes, or a run of them
    FUZZ_CHECK((e.out_end - e.out_begin) % 3 == 0 && e.out_end > e.out_begin);
    FUZZ_CHECK(e.in_end - e.in_begin <= e.out_end - e.out_begin);
  }

  // The validators agree with the independent one.
  FUZZ_CHECK(geul::is_valid_utf8(in) == fuzz::valid_utf8(in));
  std::size_t prefix = geul::valid_utf8_prefix(in);
  FUZZ_CHECK(prefix <= size && fuzz::valid_utf8(in.substr(0, prefix)));
  FUZZ_CHECK(prefix == size || !fuzz::valid_utf8(in.substr(0, prefix + 4 <= size ? prefix + 4 : size)));
  std::size_t cps = 0;
  geul::for_each_code_point(in, [&](char32_t cp, std::size_t off, std::size_t len) {
    FUZZ_CHECK(len >= 1 && len <= 4 && off + len <= size && cp <= 0x10FFFF);
    ++cps;
  });
  FUZZ_CHECK(cps == geul::count_code_points(in));
  FUZZ_CHECK(cps == geul::count_code_points(r.text));

  // Default options: BOM stripped, CR and CRLF become LF, the rest as above.
  geul::DecodedText d = geul::decode_utf8(in);
  FUZZ_CHECK(fuzz::valid_utf8(d.text));
  FUZZ_CHECK(d.text.find('\r') == std::string::npos);
  fuzz::check_offset_map(d.map, in, d.text);
  std::string expect = r.text;
  if (expect.compare(0, 3, "\xEF\xBB\xBF") == 0 && in.compare(0, 3, "\xEF\xBB\xBF") == 0) expect.erase(0, 3);
  std::string folded;
  for (std::size_t i = 0; i < expect.size(); ++i) {
    if (expect[i] == '\r') {
      folded += '\n';
      if (i + 1 < expect.size() && expect[i + 1] == '\n') ++i;
    } else {
      folded += expect[i];
    }
  }
  FUZZ_CHECK(d.text == folded);
  // Repairing repaired text changes nothing.
  geul::DecodedText again = geul::decode_utf8(d.text, raw);
  FUZZ_CHECK(again.text == d.text && again.map.is_identity());
  return 0;
}
