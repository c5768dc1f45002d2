// The tokenizer and stemmer (text/tokens.hpp) on any bytes: tokens are
// non-empty, in order, disjoint, inside the text, on code point boundaries,
// hold no white space; a stem is a non-empty prefix of its token; the
// callback and vector forms agree. Character n-grams: Dice is in [0,1],
// symmetric, and 1 for a string with itself.
#include <cstdint>
#include <vector>

#include <geul/text/tokens.hpp>

#include "fuzz_common.hpp"

namespace {

bool white_space(char32_t c) {
  return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0x85 || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = fuzz::as_view(data, size);
  const std::string starts = fuzz::code_point_starts(text);
  for (bool stem : {true, false}) {
    geul::TokenOptions o;
    o.stem = stem;
    const std::vector<geul::Token> tokens = geul::tokenize(text, o);
    std::size_t pos = 0;
    for (const geul::Token& t : tokens) {
      FUZZ_CHECK(t.span.begin >= pos && t.span.begin < t.span.end && t.span.end <= size);
      FUZZ_CHECK(starts[t.span.begin] && starts[t.span.end]);
      FUZZ_CHECK(t.stem.begin == t.span.begin && t.stem.begin < t.stem.end && t.stem.end <= t.span.end);
      FUZZ_CHECK(starts[t.stem.end]);
      if (!stem) FUZZ_CHECK(t.stem == t.span && t.suffix == geul::SuffixKind::none);
      if (t.suffix == geul::SuffixKind::none) FUZZ_CHECK(t.stem == t.span);
      geul::for_each_code_point(geul::token_text(text, t), [&](char32_t c, std::size_t, std::size_t) {
        FUZZ_CHECK(!white_space(c));
      });
      FUZZ_CHECK(geul::stem_text(text, t).size() == t.stem.size());
      pos = t.span.end;
    }
    std::size_t k = 0;
    geul::for_each_token(text, o, [&](const geul::Token& t) {
      FUZZ_CHECK(k < tokens.size() && tokens[k].span == t.span && tokens[k].stem == t.stem);
      ++k;
    });
    FUZZ_CHECK(k == tokens.size());
  }

  // n-grams over two halves of the input.
  const std::string_view a = text.substr(0, size / 2), b = text.substr(size / 2);
  for (std::size_t n : {1, 2, 3}) {
    double ab = geul::ngram_dice(a, b, n), ba = geul::ngram_dice(b, a, n);
    FUZZ_CHECK(ab >= 0.0 && ab <= 1.0 && ab == ba);
    FUZZ_CHECK(geul::ngram_dice(a, a, n) == 1.0);
    std::size_t grams = 0;
    geul::for_each_char_ngram(text, n, [&](std::string_view g) {
      FUZZ_CHECK(!g.empty() && g.size() <= 4 * n);
      ++grams;
    });
    (void)grams;
  }
  return 0;
}
