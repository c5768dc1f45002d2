// Legacy encodings (unicode/encoding.hpp) on any bytes, in every encoding and
// with detection: the text is valid UTF-8, the map back to the input bytes is
// monotone and covers them, diagnostics lie inside the input, the result names
// a concrete encoding with a confidence in [0,1], and decode_to_utf8_append
// agrees. Differential against glibc's iconv (which the header says matches
// CP949 on every two-byte code): whenever iconv decodes the whole input
// without an error, geul gives the same text.
#include <iconv.h>

#include <cstdint>
#include <cstring>
#include <string>

#include <geul/unicode/encoding.hpp>

#include "fuzz_common.hpp"

namespace {

using geul::Encoding;

// iconv's UTF-8 for the whole input, or false when it finds an error.
bool iconv_decode(const char* from, std::string_view in, std::string& out) {
  iconv_t cd = iconv_open("UTF-8", from);
  if (cd == reinterpret_cast<iconv_t>(-1)) return false;
  out.assign(in.size() * 4 + 16, '\0');
  char* src = const_cast<char*>(in.data());
  std::size_t src_left = in.size();
  char* dst = out.data();
  std::size_t dst_left = out.size();
  bool ok = iconv(cd, &src, &src_left, &dst, &dst_left) != static_cast<std::size_t>(-1) && src_left == 0;
  iconv_close(cd);
  out.resize(out.size() - dst_left);
  return ok;
}

// Does UTF-8 text contain a C1 control (U+0080..U+009F)?
bool has_c1(std::string_view s) {
  for (std::size_t i = 0; i + 1 < s.size(); ++i)
    if (static_cast<unsigned char>(s[i]) == 0xC2 && static_cast<unsigned char>(s[i + 1]) < 0xA0) return true;
  return false;
}

void check(std::string_view in, Encoding requested) {
  geul::DecodeResult r = geul::decode_to_utf8(in, requested);
  FUZZ_CHECK(fuzz::valid_utf8(r.text));
  FUZZ_CHECK(r.encoding != Encoding::auto_detect && r.encoding != Encoding::utf16);
  FUZZ_CHECK(r.confidence >= 0.0 && r.confidence <= 1.0);
  if (requested != Encoding::auto_detect && requested != Encoding::utf16) FUZZ_CHECK(r.encoding == requested);
  fuzz::check_offset_map(r.map, in, r.text, r.encoding == Encoding::utf8);
  for (const geul::Diagnostic& d : r.diagnostics)
    FUZZ_CHECK(d.offset <= in.size() && d.length <= in.size() - d.offset);

  // The plain form: the same text, except that it keeps a BOM as U+FEFF.
  std::string appended = "x";
  geul::decode_to_utf8_append(in, r.encoding, appended);
  std::string expect = "x" + (r.bom ? std::string("\xEF\xBB\xBF") : std::string()) + r.text;
  FUZZ_CHECK(appended == expect);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view in = fuzz::as_view(data, size);
  for (Encoding e : {Encoding::auto_detect, Encoding::utf8, Encoding::utf16, Encoding::utf16le, Encoding::utf16be,
                     Encoding::cp949, Encoding::euc_kr})
    check(in, e);

  // Detection is what decode_to_utf8 does with auto_detect.
  geul::EncodingGuess g = geul::detect_encoding(in);
  FUZZ_CHECK(g.encoding != Encoding::auto_detect && g.encoding != Encoding::utf16);
  geul::DecodeResult detected = geul::decode_to_utf8(in);
  FUZZ_CHECK(detected.encoding == g.encoding ||
             (g.encoding == Encoding::cp949 && detected.encoding == Encoding::euc_kr));

  // Differential: valid input decodes as iconv decodes it.
  std::string ref;
  if (iconv_decode("CP949", in, ref)) FUZZ_CHECK(geul::decode_to_utf8(in, Encoding::cp949).text == ref);
  // glibc's EUC-KR passes 0x80..0x9F through as C1 controls; geul (like the
  // WHATWG decoder) rejects them: compare only where that does not arise.
  if (iconv_decode("EUC-KR", in, ref) && !has_c1(ref))
    FUZZ_CHECK(geul::decode_to_utf8(in, Encoding::euc_kr).text == ref);
  const bool has_bom16 = size >= 2 && ((data[0] == 0xFF && data[1] == 0xFE) || (data[0] == 0xFE && data[1] == 0xFF));
  if (!has_bom16) {  // iconv keeps a BOM as U+FEFF; geul removes it
    if (iconv_decode("UTF-16LE", in, ref)) FUZZ_CHECK(geul::decode_to_utf8(in, Encoding::utf16le).text == ref);
    if (iconv_decode("UTF-16BE", in, ref)) FUZZ_CHECK(geul::decode_to_utf8(in, Encoding::utf16be).text == ref);
  }
  return 0;
}
