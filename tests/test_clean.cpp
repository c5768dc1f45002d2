// The news normalization profile: every rule, its option, the change list and the offset map.
#include <doctest/doctest.h>

#include <geul/text/clean.hpp>
#include <geul/unicode/normalize.hpp>

#include "test_support.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

using geul::ChangeKind;
using geul::NewsNormalizeOptions;
using geul::normalize_news;
using geul::NormalizedNews;
using geul::Span;

namespace {

std::string norm(const std::string& s, const NewsNormalizeOptions& o = {}) { return normalize_news(s, o).text; }

bool has_change(const NormalizedNews& r, ChangeKind k) {
  for (auto& c : r.changes)
    if (c.kind == k) return true;
  return false;
}

// Offset-map invariants: every output code point maps into the input,
// mapped ranges are monotone, and together they cover the whole input.
void check_map(const std::string& input, const NormalizedNews& r) {
  REQUIRE(r.map.source_size() == input.size());
  REQUIRE(r.map.output_size() == r.text.size());
  std::size_t covered = 0;
  geul::for_each_code_point(r.text, [&](char32_t, std::size_t off, std::size_t n) {
    Span s = r.map.map({off, off + n});
    REQUIRE(s.end <= input.size());
    REQUIRE(s.begin <= covered);
    REQUIRE(s.end >= covered);
    covered = s.end;
  });
  if (!r.text.empty()) REQUIRE(covered == input.size());
}

struct Case {
  const char* name;
  std::string in, out;
  ChangeKind kind;
};

}  // namespace

TEST_CASE("each rule of the news profile") {
  const Case cases[] = {
      // composition: NFD (macOS file names, PDFs) and conjoining jamo compose; compatibility jamo never glue.
      {"nfd", "\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB\xE1\x84\x80\xE1\x85\xAE\xE1\x86\xA8", "한국", ChangeKind::composition},
      {"cjk compat ideograph", "\xEF\xA4\x80 시장", "\xE8\xB1\x88 시장", ChangeKind::cjk_compatibility},
      // spaces
      {"nbsp", "서울\xC2\xA0시청", "서울 시청", ChangeKind::space},
      {"ideographic space", "기자\xE3\x80\x80회견", "기자 회견", ChangeKind::space},
      {"thin and narrow spaces", "1\xE2\x80\x89" "000\xE2\x80\xAF원", "1 000 원", ChangeKind::space},
      {"hangul filler", "닉네임\xE3\x85\xA4끝", "닉네임 끝", ChangeKind::space},
      {"collapse run", "정부는   오늘\t\t발표했다", "정부는 오늘 발표했다", ChangeKind::collapse_space},
      {"trim line ends", "  첫 줄  \n\t둘째 줄 ", "첫 줄\n둘째 줄", ChangeKind::collapse_space},
      // invisibles and controls
      {"zero width space", "중소\xE2\x80\x8B벤처", "중소벤처", ChangeKind::invisible},
      {"soft hyphen", "스타트\xC2\xAD업", "스타트업", ChangeKind::invisible},
      {"bidi marks", "\xE2\x80\x8F기사\xE2\x80\xAE본문\xE2\x80\xAC", "기사본문", ChangeKind::invisible},
      {"bom in the middle", "가\xEF\xBB\xBF나", "가나", ChangeKind::invisible},
      {"word joiner", "가\xE2\x81\xA0나", "가나", ChangeKind::invisible},
      {"zwj between words", "가\xE2\x80\x8D나", "가나", ChangeKind::invisible},
      {"c0 controls", "본문\x01\x1F끝\x7F", "본문끝", ChangeKind::invisible},
      {"c1 controls", "본문\xC2\x80\xC2\x9F끝", "본문끝", ChangeKind::invisible},
      {"line separator", "첫 문장\xE2\x80\xA8둘째", "첫 문장\n둘째", ChangeKind::line_break},
      {"form feed", "쪽\x0C다음", "쪽\n다음", ChangeKind::line_break},
      // width
      {"fullwidth ascii", "\xEF\xBC\xA1\xEF\xBC\xA9 \xEF\xBC\x92\xEF\xBC\x90\xEF\xBC\x92\xEF\xBC\x95년", "AI 2025년", ChangeKind::fullwidth},
      {"fullwidth won", "\xEF\xBF\xA6" "1000", "\xE2\x82\xA9" "1000", ChangeKind::fullwidth},
      {"halfwidth jamo", "\xEF\xBE\xA1\xEF\xBE\xA1 \xEF\xBF\x82", "ㄱㄱ ㅏ", ChangeKind::halfwidth},
      // enclosed
      {"parenthesized ju", "㈜한빛전자", "(주)한빛전자", ChangeKind::enclosed},
      {"parenthesized stock ideograph", "㈱대한", "(株)대한", ChangeKind::enclosed},
      {"circled jamo", "㉠ 항목 ㉡ 항목", "ㄱ 항목 ㄴ 항목", ChangeKind::enclosed},
      {"circled syllable", "㉮안 ㉯안", "가안 나안", ChangeKind::enclosed},
      {"parenthesized jamo", "㈀ 첫째", "(ㄱ) 첫째", ChangeKind::enclosed},
      {"parenthesized morning", "㈜ ㈝ 10시", "(주) (오전) 10시", ChangeKind::enclosed},
      // quotes
      {"curly double", "“좋다”고 말했다", "\"좋다\"고 말했다", ChangeKind::quote},
      {"curly single", "‘반도체 전쟁’", "'반도체 전쟁'", ChangeKind::quote},
      {"low-9", "„인용‟", "\"인용\"", ChangeKind::quote},
      {"corner brackets", "「기사」와 『책』", "'기사'와 \"책\"", ChangeKind::quote},
      {"halfwidth corner", "｢단독｣", "'단독'", ChangeKind::halfwidth},
      // dots
      {"katakana middle dot", "한・미", "한·미", ChangeKind::middle_dot},
      {"halfwidth middle dot", "한･일", "한·일", ChangeKind::middle_dot},
      {"hyphenation point", "정치‧경제", "정치·경제", ChangeKind::middle_dot},
      {"bullet operator", "노사∙정", "노사·정", ChangeKind::middle_dot},
      {"dot operator", "여⋅야", "여·야", ChangeKind::middle_dot},
      {"arae-a between words", "정치ㆍ경제ㆍ사회", "정치·경제·사회", ChangeKind::middle_dot},
      {"ellipsis from periods", "글쎄요... 모르겠다", "글쎄요… 모르겠다", ChangeKind::ellipsis},
      {"ellipsis from many periods", "그런데.....", "그런데…", ChangeKind::ellipsis},
      {"ellipsis from middle dots", "아니···그게", "아니…그게", ChangeKind::ellipsis},
      {"ellipsis from katakana dots", "음・・・", "음…", ChangeKind::ellipsis},
      {"two-dot leader", "그래서‥", "그래서…", ChangeKind::ellipsis},
      {"midline ellipsis", "결국⋯", "결국…", ChangeKind::ellipsis},
      {"double ellipsis", "그런데……", "그런데…", ChangeKind::ellipsis},
      // tildes and dashes
      {"wave dash", "10〜20%", "10~20%", ChangeKind::tilde},
      {"tilde operator", "3∼4일", "3~4일", ChangeKind::tilde},
      {"fullwidth tilde", "오전 9시～12시", "오전 9시~12시", ChangeKind::fullwidth},
      {"en dash", "2024–2025 시즌", "2024-2025 시즌", ChangeKind::dash},
      {"non-breaking hyphen", "K‑팝", "K-팝", ChangeKind::dash},
      {"minus sign", "−3.9도", "-3.9도", ChangeKind::dash},
      {"horizontal bar", "그 결과―놀랍게도", "그 결과—놀랍게도", ChangeKind::dash},
      // repeats
      {"laughing jamo", "ㅋㅋㅋㅋㅋㅋ 진짜", "ㅋㅋㅋ 진짜", ChangeKind::repeat},
      {"crying jamo", "ㅠㅠㅠㅠㅠ", "ㅠㅠㅠ", ChangeKind::repeat},
      {"exclamations", "대박!!!!!!", "대박!!!", ChangeKind::repeat},
      {"questions", "정말????", "정말???", ChangeKind::repeat},
      {"tildes repeated", "안녕~~~~~", "안녕~~~", ChangeKind::repeat},
      {"hearts", "사랑해♥♥♥♥♥", "사랑해♥♥♥", ChangeKind::repeat},
      // hanja headline abbreviations
      {"alone before comma", "美, 금리 동결", "미국, 금리 동결", ChangeKind::hanja_abbreviation},
      {"alone before space", "北 미사일 발사", "북한 미사일 발사", ChangeKind::hanja_abbreviation},
      {"with particle", "中에서 열린 회의", "중국에서 열린 회의", ChangeKind::hanja_abbreviation},
      {"particle re-picked", "美는 반대했다", "미국은 반대했다", ChangeKind::hanja_abbreviation},
      {"particle re-picked i/ga", "佛가 나섰다", "프랑스가 나섰다", ChangeKind::hanja_abbreviation},
      {"particle kept", "日은 침묵", "일본은 침묵", ChangeKind::hanja_abbreviation},
      {"bound noun", "北측 제안", "북한측 제안", ChangeKind::hanja_abbreviation},
      {"run read by syllable", "美中 갈등", "미중 갈등", ChangeKind::hanja_abbreviation},
      {"three-way run", "韓美日 정상회의", "한미일 정상회의", ChangeKind::hanja_abbreviation},
      {"with modern reading", "韓露 관계", "한러 관계", ChangeKind::hanja_abbreviation},
      {"ruling and opposition", "與野 합의", "여야 합의", ChangeKind::hanja_abbreviation},
      {"surname", "尹 \"개혁 완수\"", "윤 \"개혁 완수\"", ChangeKind::hanja_abbreviation},
      {"title prefix", "前 장관", "전 장관", ChangeKind::hanja_abbreviation},
      {"in quotes", "'美 관세' 여파", "'미국 관세' 여파", ChangeKind::hanja_abbreviation},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    NormalizedNews r = normalize_news(c.in);
    CHECK(r.text == c.out);
    CHECK(has_change(r, c.kind));
    check_map(c.in, r);
  }
}

TEST_CASE("things the profile must leave alone") {
  const char* unchanged[] = {
      "가ㄳ 그리고 ㅋㅋㅋ",        // compatibility jamo: NFKC would glue 가ㄳ into 갃
      "中企 지원책 발표",          // 中 inside a word: 중소기업, not 중국
      "6月 9日 기자회견",          // dates after digits
      "美術館 개관",               // 美 inside a Hanja word
      "訪美 일정",                 // abbreviation after a Hanja
      "尹대통령",                  // followed by a noun, not a particle: ambiguous, left as is
      "3.14와 2023.06.09. 일정",   // decimals and dates are not ellipses
      "했다.…",                    // a period followed by an ellipsis keeps its period
      "1000000원과 ㅋㅋㅋ",        // digits never capped; three repeats allowed
      "① 첫째 ② 둘째",             // circled numbers stay list markers
      "A·B 그리고 한·미",          // canonical middle dot untouched
      "emoji 👨\xE2\x80\x8D👩\xE2\x80\x8D👧 family",  // ZWJ inside an emoji sequence is kept
  };
  for (const char* s : unchanged) {
    CAPTURE(s);
    std::string in = s;
    NormalizedNews r = normalize_news(in);
    CHECK(r.text == in);
    CHECK(r.changes.empty());
    CHECK(r.map.is_identity());
  }
}

TEST_CASE("every rule can be turned off") {
  struct Off {
    std::string in;
    void (*disable)(NewsNormalizeOptions&);
  } offs[] = {
      {"\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB", [](NewsNormalizeOptions& o) { o.compose = false; }},
      {"서울\xC2\xA0시청", [](NewsNormalizeOptions& o) { o.spaces = false; }},
      {"중소\xE2\x80\x8B벤처", [](NewsNormalizeOptions& o) { o.invisible = false; }},
      {"첫\xE2\x80\xA8둘째", [](NewsNormalizeOptions& o) { o.line_breaks = false; }},
      {"정부는   오늘", [](NewsNormalizeOptions& o) { o.collapse_spaces = false; }},
      {"\xEF\xBC\xA1\xEF\xBC\xA9", [](NewsNormalizeOptions& o) { o.fullwidth = false; }},
      {"\xEF\xBE\xA1", [](NewsNormalizeOptions& o) { o.halfwidth = false; }},
      {"㈜한빛", [](NewsNormalizeOptions& o) { o.enclosed = false; }},
      {"“좋다”", [](NewsNormalizeOptions& o) { o.quotes = geul::QuoteStyle::keep; }},
      {"한・미", [](NewsNormalizeOptions& o) { o.middle_dots = false; }},
      {"글쎄... 그래서‥", [](NewsNormalizeOptions& o) { o.ellipsis = geul::EllipsisStyle::keep; }},
      {"10〜20", [](NewsNormalizeOptions& o) { o.tildes = false; }},
      {"2024–2025", [](NewsNormalizeOptions& o) { o.dashes = false; }},
      {"ㅋㅋㅋㅋㅋㅋ", [](NewsNormalizeOptions& o) { o.max_repeat = 0; }},
      {"美, 금리", [](NewsNormalizeOptions& o) { o.hanja_abbreviations = false; }},
  };
  for (const Off& c : offs) {
    CAPTURE(c.in);
    NewsNormalizeOptions o;
    CHECK(normalize_news(c.in, o).text != c.in);  // the rule fires by default
    c.disable(o);
    CHECK(normalize_news(c.in, o).text == c.in);
  }
}

TEST_CASE("ellipsis and repeat settings") {
  NewsNormalizeOptions o;
  o.ellipsis = geul::EllipsisStyle::ascii;
  CHECK(norm("글쎄… 그래서..... 음···", o) == "글쎄... 그래서... 음...");
  o.max_repeat = 1;
  CHECK(norm("ㅋㅋㅋㅋ!!", o) == "ㅋ!");
  o.max_repeat = 5;
  CHECK(norm("ㅎㅎㅎㅎㅎㅎㅎㅎ", o) == "ㅎㅎㅎㅎㅎ");
}

TEST_CASE("strict profile keeps punctuation, width and Hanja") {
  NewsNormalizeOptions strict = NewsNormalizeOptions::strict();
  std::string in = "美 “관세”  ㈜한빛 ＡＩ ㅋㅋㅋㅋㅋ 10〜20… \xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB\xC2\xA0끝\xE2\x80\x8B";
  NormalizedNews r = normalize_news(in, strict);
  CHECK(r.text == "美 “관세”  ㈜한빛 ＡＩ ㅋㅋㅋㅋㅋ 10〜20… 한 끝");
  check_map(in, r);
}

TEST_CASE("the change list: kind, source span, before, after") {
  std::string in = "“美 관세”\xC2\xA0\xEF\xBC\x91\xEF\xBC\x90%";
  NormalizedNews r = normalize_news(in);
  CHECK(r.text == "\"미국 관세\" 10%");
  REQUIRE(r.changes.size() == 5);
  CHECK(r.changes[0].kind == ChangeKind::quote);
  CHECK(r.changes[0].source == Span{0, 3});
  CHECK(r.changes[0].before == "“");
  CHECK(r.changes[0].after == "\"");
  CHECK(r.changes[1].kind == ChangeKind::hanja_abbreviation);
  CHECK(r.changes[1].before == "美");
  CHECK(r.changes[1].after == "미국");
  CHECK(r.changes[2].kind == ChangeKind::quote);
  CHECK(r.changes[3].kind == ChangeKind::space);
  CHECK(r.changes[3].before == "\xC2\xA0");
  CHECK(r.changes[4].kind == ChangeKind::fullwidth);
  CHECK(r.changes[4].before == "\xEF\xBC\x91\xEF\xBC\x90");  // adjacent changes of a kind merge
  CHECK(r.changes[4].after == "10");
  // Each change's source span holds exactly its `before` text.
  for (auto& c : r.changes) CHECK(in.substr(c.source.begin, c.source.size()) == c.before);
  // The output "미국" maps back to 美.
  std::size_t at = r.text.find("미국");
  CHECK(r.map.map({at, at + 6}) == Span{3, 6});
}

TEST_CASE("repairs and composition are changes too") {
  std::string in = "\xEF\xBB\xBF가\xFF\r\n\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB";
  NormalizedNews r = normalize_news(in);
  CHECK(r.text == "가\xEF\xBF\xBD\n한");
  CHECK(has_change(r, ChangeKind::repair));
  CHECK(has_change(r, ChangeKind::composition));
  CHECK(r.diagnostics.size() == 3);  // BOM, invalid byte, CRLF
  check_map(in, r);
  // The CJK compatibility ideograph keeps its original in the change list.
  NormalizedNews cjk = normalize_news("\xEF\xA9\x9E");  // U+FA5E
  REQUIRE(cjk.changes.size() == 1);
  CHECK(cjk.changes[0].kind == ChangeKind::cjk_compatibility);
  CHECK(cjk.changes[0].before == "\xEF\xA9\x9E");
}

TEST_CASE("removing an invisible character between conjoining jamo recomposes") {
  // ᄒ ZWSP ᅡ ᆫ: NFC cannot compose across the ZWSP; after removal it must.
  std::string in = "\xE1\x84\x92\xE2\x80\x8B\xE1\x85\xA1\xE1\x86\xAB";
  CHECK(norm(in) == "한");
}

TEST_CASE("empty, whitespace-only and huge repeats") {
  CHECK(norm("").empty());
  CHECK(norm("   \n\t \n") == "\n\n");  // line structure kept: the newlines stay
  std::string many(300000, '!');
  NormalizedNews r = normalize_news(many);
  CHECK(r.text == "!!!");
  REQUIRE(r.changes.size() == 1);
  CHECK(r.changes[0].source == Span{3, 300000});
}

TEST_CASE("the change list is capped with a diagnostic") {
  std::string in;
  for (int i = 0; i < 100; ++i) in += "가\xC2\xA0나 ";
  NewsNormalizeOptions o;
  o.max_changes = 10;
  NormalizedNews r = normalize_news(in, o);
  CHECK(r.changes.size() == 10);
  REQUIRE(!r.diagnostics.empty());
  CHECK(r.diagnostics.back().kind == geul::DiagnosticKind::limit_reached);
  o.record_changes = false;
  CHECK(normalize_news(in, o).changes.empty());
}

TEST_CASE("offset map properties on random noisy inputs") {
  // Random strings from a pool of everything the profile touches.
  const char* pool[] = {"가", "한", " ", "  ", "\t", "\n", "\r\n", "\r", "\xC2\xA0", "\xE3\x80\x80", "\xE2\x80\x8B",
                        "\xC2\xAD", "\xE2\x80\x8F", "\xEF\xBB\xBF", "\xEF\xBC\xA1", "\xEF\xBE\xA1", "㈜", "㉠", "㈱",
                        "“", "”", "‘", "「", "』", "・", "ㆍ", "·", ".", "…", "‥", "〜", "–", "―", "ㅋ", "!",
                        "美", "中", "北", "는", "에서", "企", "A", "1", "\xE1\x84\x92", "\xE1\x85\xA1", "\xE1\x86\xAB",
                        "\xEF\xA4\x80", "\xFF", "\xE1\x80", "\x01", "\xE2\x80\xA8", "👨", "\xE2\x80\x8D"};
  std::uint64_t state = 0xC0FFEEull;
  auto next = [&] {
    state ^= state << 13, state ^= state >> 7, state ^= state << 17;
    return state;
  };
  for (int iter = 0; iter < 5000; ++iter) {
    std::string in;
    std::size_t n = next() % 30;
    for (std::size_t i = 0; i < n; ++i) in += pool[next() % (sizeof pool / sizeof *pool)];
    NormalizedNews r = normalize_news(in);
    CAPTURE(in);
    REQUIRE(geul::is_valid_utf8(r.text));
    REQUIRE(geul::is_normalized(r.text, geul::NormalForm::nfc));
    check_map(in, r);
    // Idempotent: normalizing the output again changes nothing.
    REQUIRE(norm(r.text) == r.text);
    // Every change's span lies inside the input and holds its `before`.
    for (auto& c : r.changes) {
      REQUIRE(c.source.end <= in.size());
      REQUIRE(in.substr(c.source.begin, c.source.size()) == c.before);
    }
  }
}


// tests/data/noise: a team-written article dense with every kind of noise; the
// expected output was derived by hand from the rules (see its README).
TEST_CASE("the team's noisy news fixture") {
  std::string in = test_support::read_file(GEUL_TEST_DATA_DIR "/noise/news-noise.txt");
  std::string expected = test_support::read_file(GEUL_TEST_DATA_DIR "/noise/news-noise.expected.txt");
  REQUIRE(in.size() > 1000);
  REQUIRE(!expected.empty());
  NormalizedNews r = normalize_news(in);
  CHECK(r.text == expected);
  check_map(in, r);
  for (auto& c : r.changes) CHECK(in.substr(c.source.begin, c.source.size()) == c.before);
  // Every kind of rule fired somewhere in it.
  for (ChangeKind k : {ChangeKind::space, ChangeKind::invisible, ChangeKind::fullwidth, ChangeKind::halfwidth,
                       ChangeKind::enclosed, ChangeKind::quote, ChangeKind::middle_dot, ChangeKind::ellipsis,
                       ChangeKind::tilde, ChangeKind::dash, ChangeKind::repeat, ChangeKind::hanja_abbreviation,
                       ChangeKind::composition, ChangeKind::cjk_compatibility, ChangeKind::collapse_space}) {
    CAPTURE(geul::to_string(k));
    CHECK(has_change(r, k));
  }
  // Strict mode only repairs, composes and fixes spaces/invisibles: no Hanja expansion.
  NormalizedNews strict = normalize_news(in, NewsNormalizeOptions::strict());
  CHECK_FALSE(has_change(strict, ChangeKind::hanja_abbreviation));
  CHECK_FALSE(has_change(strict, ChangeKind::quote));
  check_map(in, strict);
}

// ── Differential check of the one-scan pipeline ────────────────────────────
// normalize_news skips the repair and NFC stages on clean input, lists where
// the contextual rules must look instead of scanning twice, rewrites in place
// and composes the maps once. The reference below is the plain pipeline it
// replaced: every stage over every character, with the same rules
// (substitute_one, contextual_step); results must match byte for byte.
namespace reference {

using geul::Change;
using geul::NewsNormalizeOptions;
using geul::OffsetMap;
using geul::OffsetMapBuilder;

struct ChangeLog {
  std::vector<Change> items;
  std::size_t dropped = 0;
  bool enabled;
  std::size_t cap;
  void add(ChangeKind k, std::size_t begin, std::size_t end, std::string_view after) {
    if (!enabled) return;
    if (!items.empty() && items.back().kind == k && items.back().source.end == begin) {
      items.back().source.end = end;
      items.back().after.append(after);
      return;
    }
    if (items.size() >= cap) {
      ++dropped;
      return;
    }
    items.push_back(Change{k, {begin, end}, std::string(), std::string(after)});
  }
};

struct Rewriter {
  std::string_view in;
  ChangeLog& log;
  std::string out;
  OffsetMapBuilder map;
  std::size_t pos = 0;
  void copy_to(std::size_t i) {
    if (i > pos) {
      out.append(in.data() + pos, i - pos);
      map.copy(i - pos);
      pos = i;
    }
  }
  void replace(std::size_t begin, std::size_t end, std::string_view with, ChangeKind k) {
    copy_to(begin);
    out.append(with);
    map.replace(end - begin, with.size());
    log.add(k, begin, end, with);
    pos = end;
  }
};

void substitute_pass(std::string_view s, const NewsNormalizeOptions& o, Rewriter& w) {
  for (std::size_t i = 0, len; i < s.size(); i += len) {
    char32_t c = geul::detail::decode_at(s, i, len);
    if (geul::detail::substitute_skip.len[static_cast<unsigned char>(s[i])]) continue;
    std::size_t next_len;
    geul::detail::Substitution sub;
    geul::detail::substitute_one(c, geul::detail::decode_before(s, i), geul::detail::decode_at(s, i + len, next_len),
                                 o, sub);
    if (sub.changed) w.replace(i, i + len, sub.text(), sub.kind);
  }
}

void contextual_pass(std::string_view s, const NewsNormalizeOptions& o, Rewriter& w) {
  for (std::size_t i = 0; i < s.size();) i = geul::detail::contextual_step(s, i, o, w);
}

NormalizedNews normalize_news(std::string_view input, const NewsNormalizeOptions& o) {
  NormalizedNews r;
  std::vector<Change> changes;
  std::size_t dropped = 0;
  auto add_edits = [&](const OffsetMap& stage, const OffsetMap& to_source, ChangeKind kind, std::string_view stage_out,
                       std::string_view stage_in) {
    if (!o.record_changes) return;
    for (const geul::Edit& e : stage.edits()) {
      ChangeKind k = kind;
      if (kind == ChangeKind::composition) {
        geul::for_each_code_point(stage_in.substr(e.in_begin, e.in_end - e.in_begin),
                                  [&](char32_t c, std::size_t, std::size_t) {
                                    if ((c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F))
                                      k = ChangeKind::cjk_compatibility;
                                  });
      }
      if (changes.size() >= o.max_changes) {
        ++dropped;
        continue;
      }
      changes.push_back(Change{k, to_source.map_tight({e.in_begin, e.in_end}), std::string(),
                               std::string(stage_out.substr(e.out_begin, e.out_end - e.out_begin))});
    }
  };
  geul::DecodedText decoded = geul::decode_utf8(input, o.decode);
  r.diagnostics = std::move(decoded.diagnostics);
  OffsetMap to_source = std::move(decoded.map);
  std::string text = std::move(decoded.text);
  add_edits(to_source, OffsetMap(input.size()), ChangeKind::repair, text, input);
  auto compose_stage = [&](bool enabled) {
    if (!enabled) return;
    geul::NormalizedText nfc = geul::normalize_with_map(text, geul::NormalForm::nfc);
    if (nfc.map.edits().empty()) return;
    add_edits(nfc.map, to_source, ChangeKind::composition, nfc.text, text);
    to_source = geul::compose(to_source, nfc.map);
    text = std::move(nfc.text);
  };
  compose_stage(o.compose);
  bool rewritten = false;
  auto rule_stage = [&](void (*pass)(std::string_view, const NewsNormalizeOptions&, Rewriter&)) {
    ChangeLog log{{}, 0, o.record_changes, o.max_changes - std::min(o.max_changes, changes.size())};
    Rewriter w{text, log, {}, {}, 0};
    pass(text, o, w);
    w.copy_to(text.size());
    OffsetMap stage = w.map.finish();
    if (stage.edits().empty()) return;
    rewritten = true;
    for (Change& c : log.items) {
      c.source = to_source.map_tight(c.source);
      changes.push_back(std::move(c));
    }
    dropped += log.dropped;
    to_source = geul::compose(to_source, stage);
    text = std::move(w.out);
  };
  rule_stage(substitute_pass);
  rule_stage(contextual_pass);
  compose_stage(o.compose && rewritten);
  if (dropped) {
    r.diagnostics.push_back({geul::DiagnosticKind::limit_reached, 0, 0,
                             std::to_string(dropped) + " further changes were made but not listed (max_changes)"});
  }
  if (o.record_changes) {
    std::stable_sort(changes.begin(), changes.end(),
                     [](const Change& a, const Change& b) { return a.source.begin < b.source.begin; });
    for (Change& c : changes) c.before.assign(input.substr(c.source.begin, c.source.size()));
  }
  r.changes = std::move(changes);
  r.text = std::move(text);
  r.map = std::move(to_source);
  return r;
}

}  // namespace reference

namespace {

// Everything a caller can observe, as one string (a mismatch prints where).
std::string observable(const NormalizedNews& r) {
  std::string s = "text:" + r.text + "\nmap:" + std::to_string(r.map.source_size()) + "," +
                  std::to_string(r.map.output_size());
  for (const geul::Edit& e : r.map.edits())
    s += " " + std::to_string(e.out_begin) + "-" + std::to_string(e.out_end) + "<" + std::to_string(e.in_begin) + "-" +
         std::to_string(e.in_end);
  s += "\nchanges:";
  for (const geul::Change& c : r.changes)
    s += std::string("\n ") + geul::to_string(c.kind) + " " + std::to_string(c.source.begin) + "-" +
         std::to_string(c.source.end) + " [" + c.before + "] -> [" + c.after + "]";
  s += "\ndiagnostics:";
  for (const geul::Diagnostic& d : r.diagnostics)
    s += "\n " + std::to_string(static_cast<int>(d.kind)) + "@" + std::to_string(d.offset) + "+" +
         std::to_string(d.length) + " " + d.message;
  return s;
}

NewsNormalizeOptions option_variant(std::uint64_t h) {
  NewsNormalizeOptions o = (h & 1) ? NewsNormalizeOptions::strict() : NewsNormalizeOptions{};
  h >>= 1;
  auto flip = [&h](bool& b) {
    if (h & 1) b = !b;
    h >>= 1;
  };
  flip(o.compose), flip(o.spaces), flip(o.invisible), flip(o.line_breaks), flip(o.collapse_spaces);
  flip(o.fullwidth), flip(o.halfwidth), flip(o.enclosed), flip(o.middle_dots), flip(o.tildes), flip(o.dashes);
  flip(o.hanja_abbreviations), flip(o.decode.strip_bom), flip(o.decode.normalize_newlines), flip(o.record_changes);
  if (h & 1) o.quotes = o.quotes == geul::QuoteStyle::keep ? geul::QuoteStyle::ascii : geul::QuoteStyle::keep;
  h >>= 1;
  o.ellipsis = static_cast<geul::EllipsisStyle>((h & 3) % 3);
  h >>= 2;
  o.max_repeat = h & 3;
  h >>= 2;
  if (h & 1) o.max_changes = (h >> 1) & 7;
  return o;
}

}  // namespace

TEST_CASE("the one-scan pipeline matches the stage-by-stage reference") {
  // Pieces the rules act on (and what makes the input need repair or NFC),
  // next to plain text that is long enough for the sixteen-byte windows.
  const char* noise[] = {
      " ", "  ", "   ", "\t", "\n", "\r\n", "\r", "\x0B", "\x0C", "\x01", "\x7F", "\xC2\x85", "\xC2\xA0",
      "\xE3\x80\x80", "\xE2\x80\x89", "\xE3\x85\xA4", "\xEF\xBE\xA0", "\xE2\x80\x8B", "\xC2\xAD", "\xE2\x80\x8F",
      "\xEF\xBB\xBF", "\xE2\x80\x8D", "\xE2\x80\xA8", "\xEF\xBC\xA1", "\xEF\xBC\x8E", "\xEF\xBC\x81", "\xEF\xBD\x9E",
      "\xEF\xBE\xA1", "\xEF\xBF\x82", "\xEF\xBD\xA5", "㈜", "㉠", "㈱", "㊙", "“", "”", "‘", "「", "』", "・", "ㆍ", "·",
      ".", "..", "…", "‥", "⋯", "〜", "–", "―", "ㅋ", "ㅋㅋㅋㅋ", "ㅎ", "!", "!!!!", "?", "~", "^", "♥", "美", "中",
      "北", "與", "日", "美中", "는", "은", "에서", "측", "企", "A", "a", "1", "9", "다.", "했다", "👨",
      "\xE1\x84\x92", "\xE1\x85\xA1", "\xE1\x86\xAB", "\xCC\x81", "\xE3\x82\x99", "\xEF\xA4\x80", "\xED\x9E\xA3",
      "\xEF\xBF\xBD", "\xFF", "\xE1\x80", "\xC3", "\xED\xA0\x80", "\xEA\xB0"};
  const char* plain[] = {"정부는 ", "오늘 ", "발표했다", "시장", "한국어 문장과 ", "English words ", "2024년 ", "3.5% "};
  std::uint64_t state = 0x5EED1234ull;
  auto next = [&] {
    state ^= state << 13, state ^= state >> 7, state ^= state << 17;
    return state;
  };
  for (int iter = 0; iter < 12000; ++iter) {
    std::string in;
    const bool clean = next() % 2 == 0;  // no repair or NFC needed: the one-scan route
    std::size_t pieces = next() % 24;
    for (std::size_t i = 0; i < pieces; ++i) {
      if (next() % 3 == 0) {
        std::size_t runs = 1 + next() % 3;
        while (runs--) in += plain[next() % (sizeof plain / sizeof *plain)];
      }
      std::string_view piece = noise[next() % (sizeof noise / sizeof *noise)];
      if (clean && (piece == "\r\n" || piece == "\r" || piece == "\xEF\xBB\xBF" || piece.front() == '\xE1' ||
                    piece == "\xCC\x81" || piece == "\xE3\x82\x99" || piece == "\xEF\xA4\x80" || piece == "\xFF" ||
                    piece == "\xC3" || piece == "\xED\xA0\x80" || piece == "\xEA\xB0"))
        piece = " ";
      in += piece;
    }
    const NewsNormalizeOptions o = iter % 4 == 0 ? NewsNormalizeOptions{} : option_variant(next());
    CAPTURE(in);
    CAPTURE(iter);
    NormalizedNews r = normalize_news(in, o);
    const std::string expected = observable(reference::normalize_news(in, o));
    REQUIRE(observable(r) == expected);  // read through the compact list
    r.changes.vector();
    REQUIRE(observable(r) == expected);  // and once turned into a vector
  }
}

TEST_CASE("long inputs are normalized in pieces split at line breaks, with the same result") {
  // The pieces of the one-scan test, with more line breaks, normalized in
  // pieces of a few bytes (each ends at the first LF past its size) and in
  // one piece: text, map, changes and diagnostics must be the same.
  const char* noise[] = {"\n", "\n", "\r\n", "\r", " ", "  ", "\t", "\xC2\xA0", "\xE2\x80\x8B", "\xEF\xBB\xBF",
                         "\xE2\x80\x8D", "\xE2\x80\xA8", "\xEF\xBC\xA1", "㈜", "“", "」", "・", "ㆍ", ".", "..",
                         "…", "〜", "–", "ㅋㅋㅋㅋ", "!!!!", "美", "美中", "는", "에서", "\xE1\x84\x92", "\xE1\x85\xA1",
                         "\xCC\x81", "\xEF\xA4\x80", "\xFF", "\xE1\x80", "\xED\xA0\x80", "👨", "정부는 ", "발표했다", "다\r\n", "A\r\n", "7\r\n", "\xE2\x80\x8B\r\n", "다\r\r\n", "다.\r\n", "..\r\n", "…\r\n"};
  std::uint64_t state = 0x91ECE5ull;
  auto next = [&] {
    state ^= state << 13, state ^= state >> 7, state ^= state << 17;
    return state;
  };
  for (int iter = 0; iter < 3000; ++iter) {
    std::string in;
    const std::size_t count = next() % 40;
    for (std::size_t i = 0; i < count; ++i) in += noise[next() % (sizeof noise / sizeof *noise)];
    NewsNormalizeOptions o = iter % 3 == 0 ? NewsNormalizeOptions{} : option_variant(next());
    o.decode.max_diagnostics = next() % 4;  // the listing cap is shared by the pieces
    const bool capped = o.max_changes < 8;
    CAPTURE(in);
    CAPTURE(iter);
    const NormalizedNews whole = geul::detail::normalize_news_in_pieces(in, o, SIZE_MAX);
    for (std::size_t piece : {std::size_t{1}, std::size_t{4}, std::size_t{16}}) {
      CAPTURE(piece);
      NormalizedNews parts = geul::detail::normalize_news_in_pieces(in, o, piece);
      if (!capped) {
        REQUIRE(observable(parts) == observable(whole));
        continue;
      }
      // Capped: as many changes are listed (the first pieces' first, where
      // one call lists each stage's first), and both say that more were
      // made (how many may differ: changes that touch are counted as one
      // when both are listed).
      REQUIRE(parts.text == whole.text);
      REQUIRE(parts.changes.size() == whole.changes.size());
      REQUIRE(parts.diagnostics.size() == whole.diagnostics.size());
      for (std::size_t d = 0; d < parts.diagnostics.size(); ++d) {
        REQUIRE(parts.diagnostics[d].kind == whole.diagnostics[d].kind);
        if (parts.diagnostics[d].kind != geul::DiagnosticKind::limit_reached)
          REQUIRE(parts.diagnostics[d].message == whole.diagnostics[d].message);
      }
    }
  }
  // The public call on a text longer than one piece.
  std::string big;
  while (big.size() < 3 * geul::detail::news_piece_bytes) big += "  美는 “발표”했다…ㅋㅋㅋㅋ\xC2\xA0끝\r\n";
  big += "\xFF";
  CHECK(observable(normalize_news(big)) == observable(geul::detail::normalize_news_in_pieces(big, {}, SIZE_MAX)));
}

TEST_CASE("in-place rewriting: expansions that outgrow the text, and long texts") {
  // Hanja expansions at the very start (no room yet: the rest goes to a new
  // string), after removals (room made), and a text of many windows.
  std::string in = "美 中 北 佛 伊 " + std::string(40, ' ') + "ㅋㅋㅋㅋㅋ 美는 伊가 " + std::string(3, '\t') + "韓美日 정상회의";
  for (const std::string& s : {in, std::string("伊") + in, in + in + in}) {
    CAPTURE(s);
    CHECK(observable(normalize_news(s)) == observable(reference::normalize_news(s, {})));
  }
  std::string article;
  for (int i = 0; i < 2000; ++i) article += i % 7 ? "정부는 “오늘” 발표했다.  ㅋㅋㅋㅋ 美는 \xC2\xA0 " : "\n  줄 끝 \t\n";
  CHECK(observable(normalize_news(article)) == observable(reference::normalize_news(article, {})));
}

TEST_CASE("change records out of order still come out in source order") {
  // Each stage lists its records in source order; the merge falls back to a
  // stable sort if one did not.
  std::vector<geul::detail::ChangeRecord> v = {
      {{5, 6}, 0, ChangeKind::space}, {{1, 2}, 0, ChangeKind::quote}, {{3, 4}, 0, ChangeKind::dash},
      {{1, 3}, 0, ChangeKind::repeat}, {{0, 1}, 0, ChangeKind::tilde}};
  std::vector<std::size_t> order;
  geul::detail::for_each_in_source_order(v, {0, 3}, false, [&](std::size_t j) { order.push_back(j); });
  CHECK(order == std::vector<std::size_t>{4, 1, 3, 2, 0});
  std::vector<geul::detail::ChangeRecord> sorted = {
      {{1, 2}, 0, ChangeKind::quote}, {{3, 4}, 0, ChangeKind::dash}, {{0, 1}, 0, ChangeKind::tilde},
      {{3, 5}, 0, ChangeKind::repeat}};
  order.clear();
  geul::detail::for_each_in_source_order(sorted, {0, 2}, true, [&](std::size_t j) { order.push_back(j); });
  CHECK(order == std::vector<std::size_t>{2, 0, 1, 3});  // ties: the earlier stage first
}

TEST_CASE("the change list: read in place, or turned into a vector once") {
  const std::string in = "“美 관세”\xC2\xA0\xEF\xBC\x91\xEF\xBC\x90% ㅋㅋㅋㅋㅋ";
  const NormalizedNews r = normalize_news(in);
  REQUIRE(r.changes.size() == 6);
  // Const reading makes each Change as it is visited: copies that can be kept.
  std::vector<geul::Change> read(r.changes.begin(), r.changes.end());
  REQUIRE(read.size() == 6);
  CHECK(read[1].before == "美");
  CHECK(read[1].after == "미국");
  CHECK(r.changes[1].after == "미국");
  CHECK(r.changes.front().kind == ChangeKind::quote);
  CHECK(r.changes.back().kind == ChangeKind::repeat);
  CHECK(r.changes.back().before == "ㅋㅋ");
  CHECK(r.changes.back().after.empty());
  // A copy converts to the same vector; non-const access keeps it and allows edits.
  NormalizedNews copy = r;
  std::vector<geul::Change>& v = copy.changes.vector();
  REQUIRE(v.size() == read.size());
  for (std::size_t i = 0; i < v.size(); ++i) {
    CHECK(v[i].kind == read[i].kind);
    CHECK(v[i].source == read[i].source);
    CHECK(v[i].before == read[i].before);
    CHECK(v[i].after == read[i].after);
  }
  for (geul::Change& c : copy.changes) c.source.begin += 100;  // as a caller re-basing offsets would
  CHECK(copy.changes[0].source.begin == r.changes[0].source.begin + 100);
  copy.changes.push_back(geul::Change{ChangeKind::space, {1, 2}, "x", " "});
  CHECK(copy.changes.size() == 7);
  CHECK(r.changes.size() == 6);  // the original is untouched
  std::vector<geul::Change> plain = r.changes;
  CHECK(plain.size() == 6);
  copy.changes.clear();
  CHECK(copy.changes.empty());
  // A list built by hand (the CLI's plain forms) reads the same way.
  geul::ChangeList list;
  list.push_back(geul::Change{ChangeKind::composition, {0, 3}, "abc", "d"});
  const geul::ChangeList& view = list;
  CHECK(view.size() == 1);
  for (const geul::Change& c : view) CHECK(c.after == "d");
}
