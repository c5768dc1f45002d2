// Sentence splitting (text/sentences.hpp) on any bytes: spans are non-empty,
// in order, inside the text, start and end on code point boundaries, neither
// begin nor end with white space, and everything between them is white space,
// so no non-space byte is ever dropped. Hard line breaks never sit inside a
// sentence; the length valve holds; the callback and vector forms agree.
#include <cstdint>
#include <vector>

#include <geul/text/sentences.hpp>

#include "fuzz_common.hpp"

namespace {

// Unicode White_Space (PropList.txt), written out here, not taken from geul.
bool white_space(char32_t c) {
  return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0x85 || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

char32_t cp_at(std::string_view s, std::size_t i, std::size_t& len) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  char32_t c;
  len = geul::detail::decode_one(p + i, p + s.size(), c);
  return c;
}

void check(std::string_view text, const geul::SentenceOptions& o) {
  const std::vector<geul::Sentence> got = geul::split_sentences(text, o);
  const std::string starts = fuzz::code_point_starts(text);
  std::size_t pos = 0;  // end of the previous sentence
  for (const geul::Sentence& s : got) {
    FUZZ_CHECK(s.span.begin < s.span.end && s.span.end <= text.size());
    FUZZ_CHECK(s.span.begin >= pos);
    FUZZ_CHECK(starts[s.span.begin] && starts[s.span.end]);
    for (std::size_t i = pos, len; i < s.span.begin; i += len)  // the gap: only white space
      FUZZ_CHECK(white_space(cp_at(text, i, len)));
    std::size_t len;
    FUZZ_CHECK(!white_space(cp_at(text, s.span.begin, len)));
    std::size_t last = s.span.end - 1;
    while (!starts[last]) --last;
    FUZZ_CHECK(!white_space(cp_at(text, last, len)));
    if (o.line_breaks == geul::LineBreaks::hard)
      FUZZ_CHECK(text.substr(s.span.begin, s.span.size()).find('\n') == std::string_view::npos);
    if (o.max_sentence_bytes > 0) FUZZ_CHECK(s.span.size() <= std::max<std::size_t>(o.max_sentence_bytes, 4));
    pos = s.span.end;
  }
  for (std::size_t i = pos, len; i < text.size(); i += len) FUZZ_CHECK(white_space(cp_at(text, i, len)));

  std::size_t k = 0;
  geul::for_each_sentence(text, o, [&](const geul::Sentence& s) {
    FUZZ_CHECK(k < got.size() && got[k].span == s.span && got[k].end == s.end);
    ++k;
  });
  FUZZ_CHECK(k == got.size());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = fuzz::as_view(data, size);
  check(text, geul::SentenceOptions{});
  std::uint64_t h = fuzz::hash(text);
  geul::SentenceOptions o;
  o.line_breaks = (h & 1) ? geul::LineBreaks::soft : geul::LineBreaks::hard;
  o.split_on_endings = (h & 2) == 0;
  o.split_on_emoticons = (h & 4) == 0;
  o.max_sentence_bytes = (h >> 3) % 97;  // small valves (0 = none) reach the cutting code
  o.max_bracket_bytes = (h >> 10) % 300;
  check(text, o);
  return 0;
}
