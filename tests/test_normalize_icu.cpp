// Differential test: geul's normalization against ICU's Normalizer2 on generated
// strings rich in Hangul (syllables, conjoining and old jamo, compatibility
// jamo), combining marks of many classes, compatibility characters and random
// code points from all planes. Any difference fails, with the input shown.
#include <doctest/doctest.h>

#include <geul/unicode/normalize.hpp>

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/uversion.h>

#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

using geul::NormalForm;

namespace {

// splitmix64: small, deterministic, good enough for test data.
struct Rng {
  std::uint64_t state;
  std::uint64_t next() {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  std::uint32_t below(std::uint32_t n) { return static_cast<std::uint32_t>(next() % n); }
  char32_t in(char32_t lo, char32_t hi) { return lo + below(hi - lo + 1); }
};

struct Range {
  char32_t lo, hi;
};

// Code point families, each drawn with its own weight.
const Range hangul_syllables[] = {{0xAC00, 0xD7A3}};
const Range modern_jamo[] = {{0x1100, 0x1112}, {0x1161, 0x1175}, {0x11A8, 0x11C2}};
const Range old_jamo[] = {{0x1113, 0x115F}, {0x1160, 0x1160}, {0x1176, 0x11A7}, {0x11C3, 0x11FF},
                          {0xA960, 0xA97C}, {0xD7B0, 0xD7C6}, {0xD7CB, 0xD7FB}};
const Range compat_jamo[] = {{0x3131, 0x318E}, {0xFFA0, 0xFFBE}, {0xFFC2, 0xFFDC}, {0x3200, 0x321E},
                             {0x3260, 0x327E}, {0x320E, 0x321C}};
const Range combining_marks[] = {{0x0300, 0x036F}, {0x0483, 0x0489}, {0x0591, 0x05C7}, {0x0610, 0x061A},
                                 {0x064B, 0x065F}, {0x0670, 0x0670}, {0x0711, 0x0711}, {0x093C, 0x094D},
                                 {0x09BC, 0x09D7}, {0x0E31, 0x0E4E}, {0x0F18, 0x0F19}, {0x0F71, 0x0F87},
                                 {0x1AB0, 0x1ACE}, {0x1DC0, 0x1DFF}, {0x20D0, 0x20F0}, {0x302A, 0x302F},
                                 {0x3099, 0x309A}, {0xFE20, 0xFE2F}, {0x110B9, 0x110BA}, {0x11127, 0x11134},
                                 {0x1133B, 0x1134D}, {0x1D165, 0x1D1AD}, {0x1E8D0, 0x1E8D6}, {0x1E944, 0x1E94A}};
const Range composable_bases[] = {{0x0041, 0x005A}, {0x0061, 0x007A}, {0x00C0, 0x024F}, {0x0370, 0x03FF},
                                  {0x0400, 0x04FF}, {0x0900, 0x0DFF}, {0x1000, 0x109F}, {0x1B05, 0x1B44},
                                  {0x1E00, 0x1FFF}, {0x3040, 0x30FF}, {0x11099, 0x110AB}, {0x11131, 0x11132},
                                  {0x11347, 0x11357}, {0x114B9, 0x114BE}, {0x115B8, 0x115B9}, {0x11935, 0x11938}};
const Range compat_chars[] = {{0x00A0, 0x00FF}, {0x0132, 0x0149}, {0x1D2C, 0x1D7F}, {0x2000, 0x2060},
                              {0x2070, 0x209F}, {0x2100, 0x218B}, {0x2460, 0x24FF}, {0x2F00, 0x2FD5},
                              {0x3000, 0x3003}, {0x309B, 0x309F}, {0x3131, 0x318E}, {0x3190, 0x319F},
                              {0x3220, 0x33FF}, {0xF900, 0xFAD9}, {0xFB00, 0xFB4F}, {0xFB50, 0xFDFF},
                              {0xFE10, 0xFE6B}, {0xFE70, 0xFEFF}, {0xFF01, 0xFFEE}, {0x1D400, 0x1D7FF},
                              {0x1F100, 0x1F2FF}, {0x2F800, 0x2FA1D}, {0x0F73, 0x0F81}, {0x0340, 0x0344}};

template <std::size_t N>
char32_t pick(Rng& rng, const Range (&ranges)[N]) {
  const Range& r = ranges[rng.below(N)];
  return rng.in(r.lo, r.hi);
}

char32_t random_code_point(Rng& rng) {
  std::uint32_t k = rng.below(100);
  if (k < 20) return pick(rng, hangul_syllables);
  if (k < 35) return pick(rng, modern_jamo);
  if (k < 40) return pick(rng, old_jamo);
  if (k < 46) return pick(rng, compat_jamo);
  if (k < 62) return pick(rng, combining_marks);
  if (k < 72) return pick(rng, composable_bases);
  if (k < 84) return pick(rng, compat_chars);
  if (k < 90) return static_cast<char32_t>(rng.in(0x20, 0x7E));
  // Anything in any plane (unassigned too), except surrogates.
  for (;;) {
    char32_t cp = rng.below(5) == 0 ? rng.in(0, 0xFFFF) : rng.in(0, 0x10FFFF);
    if (cp < 0xD800 || cp > 0xDFFF) return cp;
  }
}

std::string random_string(Rng& rng) {
  std::string s;
  std::uint32_t n = 1 + rng.below(rng.below(4) == 0 ? 40 : 12);
  for (std::uint32_t i = 0; i < n; ++i) {
    // Korean-shaped bursts: L V (T) sequences, so composition paths are hit often.
    if (rng.below(6) == 0) {
      geul::append_utf8(s, rng.in(0x1100, 0x1112));
      geul::append_utf8(s, rng.in(0x1161, 0x1175));
      if (rng.below(2)) geul::append_utf8(s, rng.in(0x11A8, 0x11C2));
      continue;
    }
    geul::append_utf8(s, random_code_point(rng));
  }
  return s;
}

std::string hex(const std::string& s) {
  std::string out;
  for (unsigned char c : s) {
    char buf[4];
    std::snprintf(buf, sizeof buf, "%02X", c);
    if (!out.empty()) out += ' ';
    out += buf;
  }
  return out;
}

const icu::Normalizer2* icu_instance(NormalForm form) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = nullptr;
  switch (form) {
    case NormalForm::nfc: n = icu::Normalizer2::getNFCInstance(status); break;
    case NormalForm::nfd: n = icu::Normalizer2::getNFDInstance(status); break;
    case NormalForm::nfkc: n = icu::Normalizer2::getNFKCInstance(status); break;
    case NormalForm::nfkd: n = icu::Normalizer2::getNFKDInstance(status); break;
  }
  REQUIRE(U_SUCCESS(status));
  return n;
}

std::string icu_normalize(const icu::Normalizer2* n, const std::string& s) {
  std::string out;
  icu::StringByteSink<std::string> sink(&out);
  UErrorCode status = U_ZERO_ERROR;
  n->normalizeUTF8(0, icu::StringPiece(s.data(), static_cast<std::int32_t>(s.size())), sink, nullptr, status);
  REQUIRE(U_SUCCESS(status));
  return out;
}

bool icu_is_normalized(const icu::Normalizer2* n, const std::string& s) {
  UErrorCode status = U_ZERO_ERROR;
  bool r = n->isNormalizedUTF8(icu::StringPiece(s.data(), static_cast<std::int32_t>(s.size())), status);
  REQUIRE(U_SUCCESS(status));
  return r;
}

constexpr std::size_t strings_per_form = 120000;

// Long Korean-shaped strings for the sixteen-byte fast path: syllable runs with
// ASCII, and every so often something the window must stop at (a trailing
// jamo after a syllable, a code point just outside the syllable block, marks).
std::string long_hangul_string(Rng& rng) {
  std::string s;
  std::uint32_t pieces = 20 + rng.below(300);
  for (std::uint32_t i = 0; i < pieces; ++i) {
    std::uint32_t k = rng.below(100);
    if (k < 45) geul::append_utf8(s, rng.in(0xAC00, 0xD7A3));
    else if (k < 55) s += ' ';
    else if (k < 65) s += static_cast<char>(rng.in(0x21, 0x7E));
    else if (k < 70) geul::append_utf8(s, rng.in(0x11A8, 0x11C2));  // may join the syllable before
    else if (k < 73) geul::append_utf8(s, rng.in(0x1161, 0x1175));
    else if (k < 78) {
      geul::append_utf8(s, rng.in(0x1100, 0x1112));
      geul::append_utf8(s, rng.in(0x1161, 0x1175));
      if (rng.below(2)) geul::append_utf8(s, rng.in(0x11A7, 0x11C3));
    } else if (k < 82) {
      // Around the syllable block's UTF-8 (EA B0 80 .. ED 9E A3), including the
      // combining marks that share its lead bytes (U+A66F, U+A8E0, U+AAB0, U+ABED).
      const Range edges[] = {{0xA000, 0xA0FF}, {0xA66F, 0xA67D}, {0xA8E0, 0xA8F1}, {0xAAB0, 0xAAC1},
                             {0xABE3, 0xABFF}, {0xD7A4, 0xD7FF}, {0xE000, 0xE0FF}, {0x9FF0, 0x9FFF},
                             {0xAC00, 0xAC00}, {0xD7A3, 0xD7A3}, {0xFFA0, 0xFFDC}};
      geul::append_utf8(s, pick(rng, edges));
    } else if (k < 87) {
      geul::append_utf8(s, pick(rng, combining_marks));
    } else if (k < 92) {
      geul::append_utf8(s, pick(rng, compat_chars));
    } else if (k < 96) {
      geul::append_utf8(s, pick(rng, compat_jamo));
    } else {
      geul::append_utf8(s, random_code_point(rng));
    }
  }
  return s;
}

// The same normalizer with the portable scalar scanner forced (no SIMD).
std::string geul_scalar(const std::string& in, NormalForm form) {
  std::string out;
  geul::detail::StringSink sink{&out};
  geul::detail::ByteWriter<geul::detail::StringSink> w(sink);
  geul::detail::NoMap m;
  const auto* b = reinterpret_cast<const unsigned char*>(in.data());
  const auto* e = b + in.size();
  switch (form) {
    case NormalForm::nfc: geul::detail::normalize_bytes<NormalForm::nfc, false>(b, e, w, m); break;
    case NormalForm::nfd: geul::detail::normalize_bytes<NormalForm::nfd, false>(b, e, w, m); break;
    case NormalForm::nfkc: geul::detail::normalize_bytes<NormalForm::nfkc, false>(b, e, w, m); break;
    case NormalForm::nfkd: geul::detail::normalize_bytes<NormalForm::nfkd, false>(b, e, w, m); break;
  }
  return out;
}

}  // namespace

TEST_CASE("ICU is the version this test expects") {
  CHECK(U_ICU_VERSION_MAJOR_NUM == 72);  // Unicode 15.0, like our tables
  CHECK(std::string(geul::detail::unicode_version) == "15.0.0");
}

TEST_CASE("geul and ICU agree on generated strings, for every form") {
  const NormalForm forms[] = {NormalForm::nfc, NormalForm::nfd, NormalForm::nfkc, NormalForm::nfkd};
  std::size_t total = 0;
  for (NormalForm form : forms) {
    const icu::Normalizer2* icu = icu_instance(form);
    Rng rng{0x67E0C0DEull + static_cast<std::uint64_t>(form)};
    std::size_t compared = 0, differences = 0, changed = 0;
    for (std::size_t i = 0; i < strings_per_form; ++i) {
      std::string in = random_string(rng);
      std::string ours = geul::normalize(in, form);
      std::string theirs = icu_normalize(icu, in);
      ++compared;
      changed += ours != in;
      if (ours != theirs) {
        if (++differences <= 10)
          FAIL_CHECK(geul::to_string(form) << " differs on " << hex(in) << ": geul " << hex(ours) << ", ICU "
                                           << hex(theirs));
      }
      bool normal = geul::is_normalized(in, form);
      if (normal != icu_is_normalized(icu, in)) {
        if (++differences <= 10) FAIL_CHECK(geul::to_string(form) << " is_normalized differs on " << hex(in));
      }
      geul::QuickCheck qc = geul::quick_check(in, form);
      if ((qc == geul::QuickCheck::yes && !normal) || (qc == geul::QuickCheck::no && normal)) {
        if (++differences <= 10) FAIL_CHECK(geul::to_string(form) << " quick_check contradicts on " << hex(in));
      }
    }
    std::printf("normalize vs ICU %d.%d, %s: %zu strings compared (%zu changed by normalization), %zu differences\n",
                U_ICU_VERSION_MAJOR_NUM, U_ICU_VERSION_MINOR_NUM, geul::to_string(form), compared, changed,
                differences);
    CHECK(differences == 0);
    CHECK(compared >= 100000);
    CHECK(changed > compared / 4);  // the generator really exercises the normalizer
    total += compared;
  }
  std::printf("normalize vs ICU: %zu strings compared in total\n", total);
}

TEST_CASE("long Hangul-heavy strings: geul (fast path and scalar path) equals ICU") {
  std::size_t compared = 0, differences = 0, bytes = 0;
  for (NormalForm form : {NormalForm::nfc, NormalForm::nfd, NormalForm::nfkc, NormalForm::nfkd}) {
    const icu::Normalizer2* icu = icu_instance(form);
    Rng rng{0x10C0DEull + static_cast<std::uint64_t>(form)};
    for (int i = 0; i < 20000; ++i) {
      std::string in = long_hangul_string(rng);
      std::string theirs = icu_normalize(icu, in);
      std::string ours = geul::normalize(in, form);
      bytes += in.size();
      ++compared;
      if (ours != theirs && ++differences <= 10)
        FAIL_CHECK(geul::to_string(form) << " differs on " << hex(in));
      if (geul_scalar(in, form) != theirs && ++differences <= 10)
        FAIL_CHECK(geul::to_string(form) << " (scalar path) differs on " << hex(in));
      if (geul::normalize_with_map(in, form).text != theirs && ++differences <= 10)
        FAIL_CHECK(geul::to_string(form) << " (with map) differs on " << hex(in));
    }
  }
  std::printf("normalize vs ICU on long Hangul-heavy strings: %zu strings (%zu bytes) compared, %zu differences\n",
              compared, bytes, differences);
  CHECK(differences == 0);
}

TEST_CASE("ill-formed UTF-8: geul equals ICU on the U+FFFD-repaired text") {
  // ICU passes ill-formed bytes through; geul reads them as U+FFFD per maximal
  // subpart. So geul(bytes) must equal ICU(decode_utf8(bytes)).
  Rng rng{20240601};
  geul::DecodeOptions keep;
  keep.strip_bom = false;
  keep.normalize_newlines = false;
  // Lone bytes, and cuts inside syllables (EA B0 | ED 9E) and jamo (E1 84).
  const unsigned char noise[] = {0x80, 0xBF, 0xC0, 0xC3, 0xE1, 0xE1, 0x84, 0xEA, 0xEB, 0xED,
                                 0xA0, 0xB0, 0x9E, 0xF0, 0x90, 0xF4, 0xFF};
  std::size_t compared = 0, differences = 0;
  for (NormalForm form : {NormalForm::nfc, NormalForm::nfd, NormalForm::nfkc, NormalForm::nfkd}) {
    const icu::Normalizer2* icu = icu_instance(form);
    for (int i = 0; i < 20000; ++i) {
      std::string in = i % 4 == 0 ? long_hangul_string(rng) : random_string(rng);
      std::uint32_t cuts = 1 + rng.below(i % 4 == 0 ? 12 : 3);
      for (std::uint32_t k = 0; k < cuts; ++k) {
        std::size_t at = rng.below(static_cast<std::uint32_t>(in.size() + 1));
        in.insert(in.begin() + static_cast<std::ptrdiff_t>(at), static_cast<char>(noise[rng.below(sizeof noise)]));
      }
      std::string repaired = geul::decode_utf8(in, keep).text;
      std::string ours = geul::normalize(in, form);
      ++compared;
      std::string theirs = icu_normalize(icu, repaired);
      if (ours != theirs && ++differences <= 10)
        FAIL_CHECK(geul::to_string(form) << " differs on ill-formed " << hex(in));
      if (geul_scalar(in, form) != theirs && ++differences <= 10)
        FAIL_CHECK(geul::to_string(form) << " (scalar path) differs on ill-formed " << hex(in));
      if (geul::is_normalized(in, form) != (ours == in) && ++differences <= 10)
        FAIL_CHECK("is_normalized wrong on ill-formed " << hex(in));
    }
  }
  std::printf("normalize vs ICU on ill-formed input: %zu strings compared, %zu differences\n", compared, differences);
  CHECK(differences == 0);
}
