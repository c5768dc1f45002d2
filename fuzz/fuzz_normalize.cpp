// Unicode normalization (unicode/normalize.hpp), all four forms, differential
// against ICU 72 (the same Unicode 15.0): same output byte for byte. Also: the
// portable scanner (what WebAssembly runs) equals the SIMD one, every API
// (value, output iterator, with map) agrees, the map keeps its contract, the
// quick check never says yes to text that normalization changes, and
// normalizing is idempotent.
#include <cstdint>
#include <iterator>
#include <string>
#include <vector>

#include <unicode/unorm2.h>
#include <unicode/ustring.h>

#include <geul/unicode/normalize.hpp>

#include "fuzz_common.hpp"
#include "icu_utf8.hpp"

namespace {

using geul::NormalForm;

const UNormalizer2* icu_instance(NormalForm f) {
  UErrorCode err = U_ZERO_ERROR;
  const UNormalizer2* n = nullptr;
  switch (f) {
    case NormalForm::nfc: n = unorm2_getNFCInstance(&err); break;
    case NormalForm::nfd: n = unorm2_getNFDInstance(&err); break;
    case NormalForm::nfkc: n = unorm2_getNFKCInstance(&err); break;
    case NormalForm::nfkd: n = unorm2_getNFKDInstance(&err); break;
  }
  FUZZ_CHECK(U_SUCCESS(err) && n);
  return n;
}

// ICU on valid UTF-8 (the caller repairs first).
std::string icu_normalize(NormalForm f, std::string_view utf8) {
  std::vector<UChar> src(utf8.size() + 1);
  int32_t len = 0;
  UErrorCode err = U_ZERO_ERROR;
  u_strFromUTF8(src.data(), static_cast<int32_t>(src.size()), &len, utf8.data(), static_cast<int32_t>(utf8.size()),
                &err);
  FUZZ_CHECK(U_SUCCESS(err));
  // NFKD can grow a code unit up to 18 (U+FDFA); measure first, then write.
  err = U_ZERO_ERROR;
  int32_t need = unorm2_normalize(icu_instance(f), src.data(), len, nullptr, 0, &err);
  FUZZ_CHECK(err == U_BUFFER_OVERFLOW_ERROR || U_SUCCESS(err));
  std::vector<UChar> dst(static_cast<std::size_t>(need) + 1);
  err = U_ZERO_ERROR;
  int32_t n = unorm2_normalize(icu_instance(f), src.data(), len, dst.data(), static_cast<int32_t>(dst.size()), &err);
  FUZZ_CHECK(U_SUCCESS(err));
  return fuzz::icu_to_utf8(dst.data(), n);
}

template <NormalForm F>
std::string portable(std::string_view s) {
  std::string out;
  geul::detail::StringSink sink{&out};
  geul::detail::ByteWriter<geul::detail::StringSink> w(sink);
  geul::detail::NoMap m;
  const auto* b = reinterpret_cast<const unsigned char*>(s.data());
  geul::detail::normalize_bytes<F, false>(b, b + s.size(), w, m);
  return out;
}

std::string portable(NormalForm f, std::string_view s) {
  switch (f) {
    case NormalForm::nfc: return portable<NormalForm::nfc>(s);
    case NormalForm::nfd: return portable<NormalForm::nfd>(s);
    case NormalForm::nfkc: return portable<NormalForm::nfkc>(s);
    case NormalForm::nfkd: return portable<NormalForm::nfkd>(s);
  }
  return {};
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view in = fuzz::as_view(data, size);
  // Ill-formed input is read as decode_utf8 repairs it (one U+FFFD per maximal subpart).
  geul::DecodeOptions raw;
  raw.strip_bom = false;
  raw.normalize_newlines = false;
  const std::string repaired = geul::decode_utf8(in, raw).text;

  for (NormalForm f : {NormalForm::nfc, NormalForm::nfd, NormalForm::nfkc, NormalForm::nfkd}) {
    const std::string out = geul::normalize(in, f);
    FUZZ_CHECK(fuzz::valid_utf8(out));
    FUZZ_CHECK(out == icu_normalize(f, repaired));
    FUZZ_CHECK(out == geul::normalize(repaired, f));
    FUZZ_CHECK(out == portable(f, in));

    std::string via_iterator;
    geul::normalize_to(in, f, std::back_inserter(via_iterator));
    FUZZ_CHECK(via_iterator == out);
    geul::NormalizedText with_map = geul::normalize_with_map(in, f);
    FUZZ_CHECK(with_map.text == out);
    fuzz::check_offset_map(with_map.map, in, out);

    FUZZ_CHECK(geul::normalize(out, f) == out);  // idempotent
    FUZZ_CHECK(geul::is_normalized(out, f));
    FUZZ_CHECK(geul::is_normalized(in, f) == (out == in));
    if (geul::quick_check(in, f) == geul::QuickCheck::yes) FUZZ_CHECK(out == in);
    if (f == NormalForm::nfd || f == NormalForm::nfkd) FUZZ_CHECK(geul::quick_check(in, f) != geul::QuickCheck::maybe);
  }
  return 0;
}
