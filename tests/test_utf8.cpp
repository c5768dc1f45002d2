// UTF-8 layer: decoding, maximal-subpart repair, BOM and newline handling, offset maps.
#include <doctest/doctest.h>

#include <geul/unicode/utf8.hpp>

#include <cstdint>
#include <string>
#include <vector>

using geul::DecodedText;
using geul::decode_utf8;
using geul::DiagnosticKind;

namespace {

std::string fffd(int n) {
  std::string s;
  for (int i = 0; i < n; ++i) s += "\xEF\xBF\xBD";
  return s;
}

std::size_t count_kind(const DecodedText& t, DiagnosticKind k) {
  std::size_t n = 0;
  for (auto& d : t.diagnostics) n += d.kind == k;
  return n;
}

}  // namespace

TEST_CASE("decode_one reads every well-formed length") {
  struct V {
    const char* bytes;
    char32_t cp;
    std::size_t len;
  } vectors[] = {
      {"A", U'A', 1},         {"\x7F", 0x7F, 1},          {"\xC2\x80", 0x80, 2},
      {"\xDF\xBF", 0x7FF, 2}, {"\xE0\xA0\x80", 0x800, 3}, {"\xEA\xB8\x80", U'글', 3},
      {"\xED\x9F\xBF", 0xD7FF, 3}, {"\xEE\x80\x80", 0xE000, 3}, {"\xEF\xBF\xBD", 0xFFFD, 3},
      {"\xF0\x90\x80\x80", 0x10000, 4}, {"\xF4\x8F\xBF\xBF", 0x10FFFF, 4},
  };
  for (const V& v : vectors) {
    std::string s(v.bytes);
    auto* p = reinterpret_cast<const unsigned char*>(s.data());
    char32_t cp = 0;
    CHECK(geul::detail::decode_one(p, p + s.size(), cp) == v.len);
    CHECK(cp == v.cp);
    char buf[4];
    CHECK(geul::detail::encode_one(v.cp, buf) == v.len);
    CHECK(std::string(buf, v.len) == s);
  }
}

// Each row: ill-formed input and the number of U+FFFD that the maximal-subpart
// practice (Unicode 15 ch. 3, Table 3-8 and the surrounding text) produces.
TEST_CASE("repair replaces each maximal subpart with one U+FFFD") {
  struct V {
    std::string in;
    std::string out;
  } vectors[] = {
      {"\x80", fffd(1)},                          // lone continuation byte
      {"\x80\x80", fffd(2)},                      // each stray continuation is its own subpart
      {"\xC0\xAF", fffd(2)},                      // C0 can never start a sequence (overlong)
      {"\xC1\xBF", fffd(2)},
      {"\xE0\x80\xAF", fffd(3)},                  // E0 needs A0..BF next: 80 is not a continuation of it
      {"\xED\xA0\x80", fffd(3)},                  // surrogate D800 encoded: ED needs 80..9F
      {"\xF0\x80\x80\x80", fffd(4)},              // overlong 4-byte
      {"\xF4\x90\x80\x80", fffd(4)},              // above U+10FFFF
      {"\xF5\x80", fffd(2)},                      // F5..FF never valid
      {"\xFF", fffd(1)},
      {"\xE1\x80", fffd(1)},                      // truncated 3-byte: one subpart
      {"\xF1\x80\x80", fffd(1)},                  // truncated 4-byte: one subpart
      {"\xE1\x80" "A", fffd(1) + "A"},            // truncation followed by ASCII
      {"\xEA\xB8" "\xEA\xB8\x80", fffd(1) + "\xEA\xB8\x80"},  // truncated syllable before a good one
      {"a\xF0\x9F\x98" "b", "a" + fffd(1) + "b"},
      // Unicode's own example: 61 F1 80 80 E1 80 C2 62 80 63 80 BF 64
      {"\x61\xF1\x80\x80\xE1\x80\xC2\x62\x80\x63\x80\xBF\x64",
       "a" + fffd(3) + "b" + fffd(1) + "c" + fffd(2) + "d"},
  };
  for (const V& v : vectors) {
    CAPTURE(v.in);
    DecodedText t = decode_utf8(v.in);
    CHECK(t.text == v.out);
    CHECK(geul::is_valid_utf8(t.text));
    CHECK_FALSE(geul::is_valid_utf8(v.in));
    CHECK(count_kind(t, DiagnosticKind::invalid_utf8) >= 1);
    CHECK(t.map.source_size() == v.in.size());
    CHECK(t.map.output_size() == t.text.size());
  }
}

TEST_CASE("valid text passes through untouched, including a real U+FFFD") {
  std::string s = "샘 알트만(Sam Altman) \xEF\xBF\xBD ok \xF0\x9F\x98\x80 끝.";
  DecodedText t = decode_utf8(s);
  CHECK(t.text == s);
  CHECK(t.diagnostics.empty());
  CHECK(t.map.is_identity());
  CHECK(geul::is_valid_utf8(s));
  CHECK(geul::valid_utf8_prefix(s) == s.size());
}

TEST_CASE("diagnostics carry the byte offset and length of each repair") {
  std::string s = "가나\xFF다\xE1\x80";
  DecodedText t = decode_utf8(s);
  REQUIRE(count_kind(t, DiagnosticKind::invalid_utf8) == 2);
  CHECK(t.diagnostics[0].offset == 6);
  CHECK(t.diagnostics[0].length == 1);
  CHECK(t.diagnostics[1].offset == 10);
  CHECK(t.diagnostics[1].length == 2);
  CHECK(geul::valid_utf8_prefix(s) == 6);
  // The repaired U+FFFD maps back to exactly the bad bytes.
  CHECK(t.map.map({6, 9}) == geul::Span{6, 7});
  CHECK(t.map.map({9, 12}) == geul::Span{7, 10});
  CHECK(t.map.map({12, 15}) == geul::Span{10, 12});
}

TEST_CASE("leading BOM is stripped, a BOM elsewhere is text") {
  DecodedText t = decode_utf8("\xEF\xBB\xBF제목\xEF\xBB\xBF");
  CHECK(t.text == "제목\xEF\xBB\xBF");
  CHECK(count_kind(t, DiagnosticKind::bom_removed) == 1);
  CHECK(t.map.map({0, 3}) == geul::Span{0, 6});  // the BOM belongs to the first character
  geul::DecodeOptions keep;
  keep.strip_bom = false;
  CHECK(decode_utf8("\xEF\xBB\xBF" "a", keep).text == "\xEF\xBB\xBF" "a");
}

TEST_CASE("CRLF and lone CR become LF; the map keeps the original bytes") {
  DecodedText t = decode_utf8("첫 줄\r\n둘째 줄\r셋째\n넷째\r\n");
  CHECK(t.text == "첫 줄\n둘째 줄\n셋째\n넷째\n");
  CHECK(count_kind(t, DiagnosticKind::newline_converted) == 1);  // one summary, not one per line
  // "둘째" is at [8,14) in the output and at [9,15) in the input.
  CHECK(t.map.map({8, 14}) == geul::Span{9, 15});
  // The LF after "첫 줄" stands for the whole CRLF; the lone CR maps to itself.
  CHECK(t.map.map({7, 8}) == geul::Span{7, 9});
  CHECK(t.map.map({0, 8}) == geul::Span{0, 9});
  CHECK(t.map.map({21, 22}) == geul::Span{22, 23});
  geul::DecodeOptions keep;
  keep.normalize_newlines = false;
  CHECK(decode_utf8("a\r\nb", keep).text == "a\r\nb");
  // A CR at the very end and long ASCII runs containing CRs.
  CHECK(decode_utf8("abcdefghij\rklmnopqrstuvwxyz\r").text == "abcdefghij\nklmnopqrstuvwxyz\n");
}

TEST_CASE("diagnostics are capped; the rest is counted in a summary") {
  std::string bad(1000, '\xFF');
  DecodedText t = decode_utf8(bad);
  CHECK(t.text == fffd(1000));
  geul::DecodeOptions o;
  CHECK(t.diagnostics.size() == o.max_diagnostics + 1);
  CHECK(t.diagnostics.back().message.find("936 further") != std::string::npos);
}

TEST_CASE("empty input") {
  DecodedText t = decode_utf8("");
  CHECK(t.text.empty());
  CHECK(t.diagnostics.empty());
  CHECK(t.map.source_size() == 0);
  CHECK(geul::count_code_points("") == 0);
}

TEST_CASE("count_code_points and for_each_code_point agree with decode") {
  std::string s = "AI가 \xFF글";
  CHECK(geul::count_code_points(s) == 6);
  std::vector<std::size_t> offsets;
  std::vector<char32_t> cps;
  geul::for_each_code_point(s, [&](char32_t cp, std::size_t off, std::size_t) {
    cps.push_back(cp);
    offsets.push_back(off);
  });
  CHECK(cps == std::vector<char32_t>{U'A', U'I', U'가', U' ', 0xFFFD, U'글'});
  CHECK(offsets == std::vector<std::size_t>{0, 1, 2, 5, 6, 7});
}

// Random bytes: output is valid, the map covers the input, and decoding the
// output again changes nothing.
TEST_CASE("random byte strings") {
  std::uint64_t state = 0x9E3779B97F4A7C15ull;
  auto next = [&] {
    state ^= state << 13, state ^= state >> 7, state ^= state << 17;
    return state;
  };
  const unsigned char interesting[] = {0x00, 0x0D, 0x0A, 0x41, 0x7F, 0x80, 0xBF, 0xC2, 0xDF, 0xE0,
                                       0xEA, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF, 0xBB, 0xB8, 0x90};
  for (int iter = 0; iter < 20000; ++iter) {
    std::string s;
    std::size_t len = next() % 24;
    for (std::size_t i = 0; i < len; ++i)
      s.push_back(static_cast<char>(next() % 3 ? interesting[next() % sizeof interesting] : next() & 0xFF));
    DecodedText t = decode_utf8(s);
    REQUIRE(geul::is_valid_utf8(t.text));
    REQUIRE(t.map.source_size() == s.size());
    REQUIRE(t.map.output_size() == t.text.size());
    DecodedText again = decode_utf8(t.text);
    REQUIRE(again.text == t.text);
    // Mapping every code point of the output partitions the input.
    std::size_t covered = 0;
    geul::for_each_code_point(t.text, [&](char32_t, std::size_t off, std::size_t n) {
      geul::Span src = t.map.map({off, off + n});
      REQUIRE(src.begin == covered);
      covered = src.end;
    });
    REQUIRE(covered == s.size());
  }
}
