// The Hangul toolkit (hangul.hpp). Every two input bytes make one syllable
// (11,172 of them), and on such syllable strings the inverses must hold:
// assemble ∘ disassemble, compose ∘ decompose, untransliterate ∘ transliterate
// and typing the keys back (qwerty_to_hangul ∘ hangul_to_qwerty) give the text
// back; decompose_syllables is NFD; the choseong string has one initial per
// syllable and finds the text at 0. Numbers from eight input bytes read back
// (hangul_to_number ∘ number_to_hangul, both forms). The raw input goes
// through every string function too: the output is always valid UTF-8.
#include <climits>
#include <cstdint>
#include <cstring>
#include <string>

#include <geul/hangul.hpp>
#include <geul/unicode/normalize.hpp>

#include "fuzz_common.hpp"

namespace h = geul::hangul;

namespace {

void syllable_invariants(char32_t s) {
  auto ix = h::syllable_index(s);
  FUZZ_CHECK(ix && h::syllable_from_index(ix->choseong, ix->jungseong, ix->jongseong) == s);
  auto j = h::disassemble_syllable(s);
  FUZZ_CHECK(j && h::combine_character(j->choseong, j->jungseong, j->jongseong) == s);
  FUZZ_CHECK(h::choseong_of(s) == j->choseong);
  FUZZ_CHECK(h::has_batchim(s) == (ix->jongseong != 0));
  FUZZ_CHECK(h::to_compatibility_jamo(0x1100 + static_cast<char32_t>(ix->choseong)) == j->choseong);
  FUZZ_CHECK(h::to_choseong_jamo(j->choseong) == 0x1100 + static_cast<char32_t>(ix->choseong));
  if (ix->jongseong) FUZZ_CHECK(h::to_jongseong_jamo(j->jongseong) == 0x11A7 + static_cast<char32_t>(ix->jongseong));
}

void syllable_text_invariants(const std::string& s, std::size_t syllables) {
  FUZZ_CHECK(h::assemble(h::disassemble(s)) == s);
  const std::string nfd = h::decompose_syllables(s);
  FUZZ_CHECK(nfd == geul::normalize(s, geul::NormalForm::nfd));
  FUZZ_CHECK(h::compose_syllables(nfd) == s);
  FUZZ_CHECK(geul::normalize(nfd, geul::NormalForm::nfc) == s);
  const std::string cho = h::get_choseong(s);
  FUZZ_CHECK(geul::count_code_points(cho) == syllables && cho.size() == 3 * syllables);
  if (syllables) {
    auto found = h::choseong_search(s, cho);
    FUZZ_CHECK(found && found->begin == 0 && found->end == s.size());
    FUZZ_CHECK(h::choseong_includes(s, s));
  }
  auto back = h::untransliterate(h::transliterate(s));
  FUZZ_CHECK(back && *back == s);
  FUZZ_CHECK(h::qwerty_to_hangul(h::hangul_to_qwerty(s)) == s);
  FUZZ_CHECK(h::is_hangul(s) == (syllables > 0));
  FUZZ_CHECK(h::jamo_distance(s, s) == 0);
}

void number_invariants(std::int64_t n) {
  for (bool spacing : {false, true})
    for (bool omit : {false, true}) {
      geul::hangul::NumberOptions o;
      o.spacing = spacing;
      o.omit_leading_one = omit;
      const std::string words = h::number_to_hangul(n, o);
      FUZZ_CHECK(fuzz::valid_utf8(words));
      auto back = h::hangul_to_number(words);
      FUZZ_CHECK(back && *back == n);
    }
  for (bool spacing : {false, true})
    for (bool commas : {false, true}) {
      geul::hangul::MixedNumberOptions o;
      o.spacing = spacing;
      o.thousands_separator = commas;
      auto back = h::hangul_to_number(h::number_to_hangul_mixed(n, o));
      FUZZ_CHECK(back && *back == n);
    }
}

void any_text(std::string_view t) {
  const std::string outputs[] = {
      h::disassemble(t),          h::assemble(t),           h::remove_last_jamo(t),  h::decompose_syllables(t),
      h::compose_syllables(t),    h::get_choseong(t),       h::hangul_to_qwerty(t),  h::qwerty_to_hangul(t),
      h::qwerty_to_jamo(t),       h::standard_pronunciation(t), h::romanize(t),      h::romanize_name(t),
      h::transliterate(t)};
  for (const std::string& o : outputs) FUZZ_CHECK(fuzz::valid_utf8(o));
  for (const std::string& g : h::disassemble_to_groups(t)) FUZZ_CHECK(fuzz::valid_utf8(g) && !g.empty());
  auto u = h::untransliterate(t);
  if (u) FUZZ_CHECK(fuzz::valid_utf8(*u));
  (void)h::hangul_to_number(t);
  auto digits = h::number_to_hangul(t);
  if (digits) FUZZ_CHECK(fuzz::valid_utf8(*digits));
  const std::string with = h::josa(t, "이/가");
  FUZZ_CHECK(with.compare(0, t.size(), t) == 0);  // the word is copied as given
  (void)h::final_sound(t);
  const std::string_view half_a = t.substr(0, t.size() / 2), half_b = t.substr(t.size() / 2);
  for (const geul::Span& s : h::choseong_search_all(half_a, half_b))
    FUZZ_CHECK(s.begin < s.end && s.end <= half_a.size());
  // Quadratic by nature (edit distance): compare short prefixes only.
  const std::string_view short_a = half_a.substr(0, 200), short_b = half_b.substr(0, 200);
  FUZZ_CHECK(h::jamo_distance(short_a, short_b) == h::jamo_distance(short_b, short_a));
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  for (std::int64_t n : {INT64_MIN, INT64_MIN + 1, INT64_MAX, std::int64_t{0}, std::int64_t{-1}, std::int64_t{10000}})
    number_invariants(n);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view in = fuzz::as_view(data, size);
  std::string syllables;
  std::size_t count = 0;
  for (std::size_t i = 0; i + 1 < size; i += 2) {
    char32_t s = h::first_syllable + static_cast<char32_t>((data[i] << 8 | data[i + 1]) % 11172);
    syllable_invariants(s);
    geul::append_utf8(syllables, s);
    ++count;
  }
  syllable_text_invariants(syllables, count);

  if (size >= 8) {
    std::int64_t n;
    std::memcpy(&n, data, 8);
    number_invariants(n);
    number_invariants(n % 100000);  // small numbers too
  }
  any_text(in);
  return 0;
}
