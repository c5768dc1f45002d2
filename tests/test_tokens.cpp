#include <doctest/doctest.h>

#include "test_support.hpp"

#include <geul/text/tokens.hpp>

#include <cstdio>
#include <set>
#include <string>
#include <string_view>
#include <vector>

// Every word and sentence below was written by the team for these tests.

namespace {

struct StemCase {
  const char* word;
  const char* stem;
};

std::vector<std::string> words(std::string_view text, const geul::TokenOptions& opt = {}) {
  std::vector<std::string> out;
  for (const geul::Token& t : geul::tokenize(text, opt)) out.emplace_back(geul::token_text(text, t));
  return out;
}

std::vector<std::string> stems(std::string_view text) {
  std::vector<std::string> out;
  for (const geul::Token& t : geul::tokenize(text)) out.emplace_back(geul::stem_text(text, t));
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("stems of words from the team's news sentences") {
  // Particles, plural 들, copulas, 하다/되다 verbs, other endings, and nouns
  // whose last syllable only looks like a particle (국가, 결과, 정도, 회의).
  static const StemCase cases[] = {
      {"떡볶이", "떡볶이"},
      {"뱃놀이가", "뱃놀이"},
      {"해돋이를", "해돋이"},
      {"정책이", "정책"},
      {"올트먼은", "올트먼"},
      {"중기부에서는", "중기부"},
      {"오픈AI와", "오픈AI"},
      {"강조했다", "강조"},
      {"정부는", "정부"},
      {"정부가", "정부"},
      {"정부의", "정부"},
      {"정부를", "정부"},
      {"정부에", "정부"},
      {"정부와", "정부"},
      {"정부도", "정부"},
      {"정부만", "정부"},
      {"정부로", "정부"},
      {"정부에서", "정부"},
      {"정부에게", "정부"},
      {"정부까지", "정부"},
      {"정부부터", "정부"},
      {"정부처럼", "정부"},
      {"정부보다", "정부"},
      {"정부마저", "정부"},
      {"국민은", "국민"},
      {"국민이", "국민"},
      {"국민을", "국민"},
      {"국민과", "국민"},
      {"국민으로", "국민"},
      {"국민에게는", "국민"},
      {"국민의", "국민"},
      {"국민께", "국민"},
      {"서울로", "서울"},
      {"서울에서", "서울"},
      {"서울에서도", "서울"},
      {"서울까지", "서울"},
      {"부산으로", "부산"},
      {"부산으로는", "부산"},
      {"한국과의", "한국"},
      {"미국과", "미국"},
      {"미국의", "미국"},
      {"일본과는", "일본"},
      {"중국에는", "중국"},
      {"중국에도", "중국"},
      {"기업들이", "기업"},
      {"기업들은", "기업"},
      {"기업들의", "기업"},
      {"학생들에게", "학생"},
      {"사람들", "사람"},
      {"시민들과", "시민"},
      {"회사들도", "회사"},
      {"삼성전자는", "삼성전자"},
      {"삼성전자가", "삼성전자"},
      {"현대차와", "현대차"},
      {"네이버에서", "네이버"},
      {"카카오의", "카카오"},
      {"애플이", "애플"},
      {"구글은", "구글"},
      {"엔비디아를", "엔비디아"},
      {"마이크로소프트와", "마이크로소프트"},
      {"알트만은", "알트만"},
      {"알트먼이", "알트먼"},
      {"브록만과", "브록만"},
      {"브로크만의", "브로크만"},
      {"오픈AI는", "오픈AI"},
      {"오픈AI가", "오픈AI"},
      {"챗GPT를", "챗GPT"},
      {"GPT-4o는", "GPT-4o"},
      {"AI가", "AI"},
      {"SK하이닉스는", "SK하이닉스"},
      {"LG전자의", "LG전자"},
      {"3분기에", "3분기"},
      {"2023년에는", "2023년"},
      {"10월부터", "10월"},
      {"5G와", "5G"},
      {"G7에서", "G7"},
      {"K팝의", "K팝"},
      {"1위를", "1위"},
      {"100억원을", "100억원"},
      {"3만명이", "3만명"},
      {"3만", "3만"},
      {"국가", "국가"},
      {"결과", "결과"},
      {"효과", "효과"},
      {"정도", "정도"},
      {"회의", "회의"},
      {"합의", "합의"},
      {"도로", "도로"},
      {"사과", "사과"},
      {"나이", "나이"},
      {"아이", "아이"},
      {"차이", "차이"},
      {"사이", "사이"},
      {"평가", "평가"},
      {"증가", "증가"},
      {"추가", "추가"},
      {"물가", "물가"},
      {"주가", "주가"},
      {"제도", "제도"},
      {"속도", "속도"},
      {"태도", "태도"},
      {"지도", "지도"},
      {"논의", "논의"},
      {"주의", "주의"},
      {"마을", "마을"},
      {"가을", "가을"},
      {"외국인", "외국인"},
      {"개인", "개인"},
      {"국가가", "국가"},
      {"결과를", "결과"},
      {"효과가", "효과"},
      {"정도의", "정도"},
      {"회의에서", "회의"},
      {"합의를", "합의"},
      {"평가는", "평가"},
      {"증가로", "증가"},
      {"추가로", "추가"},
      {"물가가", "물가"},
      {"도로를", "도로"},
      {"사과와", "사과"},
      {"논의가", "논의"},
      {"주가는", "주가"},
      {"외국인이", "외국인"},
      {"발표했다", "발표"},
      {"발표한", "발표"},
      {"발표하는", "발표"},
      {"발표할", "발표"},
      {"발표하며", "발표"},
      {"발표하고", "발표"},
      {"발표해", "발표"},
      {"발표했고", "발표"},
      {"발표했으며", "발표"},
      {"발표했지만", "발표"},
      {"발표했던", "발표"},
      {"발표하기", "발표"},
      {"발표합니다", "발표"},
      {"발표했습니다", "발표"},
      {"발표한다", "발표"},
      {"발표한다고", "발표"},
      {"발표했다고", "발표"},
      {"발표했다며", "발표"},
      {"발표하면서", "발표"},
      {"투자했다", "투자"},
      {"협력하기로", "협력"},
      {"합의하기로", "합의"},
      {"노력하겠다", "노력"},
      {"검토하도록", "검토"},
      {"개최됐다", "개최"},
      {"개최되었다", "개최"},
      {"개최된다", "개최"},
      {"개최되는", "개최"},
      {"개최된", "개최"},
      {"개최될", "개최"},
      {"선정됐다", "선정"},
      {"확정됐고", "확정"},
      {"출시됩니다", "출시"},
      {"성공시켰다", "성공"},
      {"지원받았다", "지원"},
      {"기업이다", "기업"},
      {"사실이다", "사실"},
      {"문제였다", "문제"},
      {"대표이며", "대표"},
      {"원인이었다", "원인"},
      {"목표입니다", "목표"},
      {"먹었다", "먹"},
      {"받았다", "받"},
      {"좋았다", "좋"},
      {"있었다", "있"},
      {"없었다", "없"},
      {"먹었고", "먹"},
      {"읽었던", "읽"},
      {"있습니다", "있"},
      {"없습니다", "없"},
      {"먹는다", "먹"},
      {"좋지만", "좋"},
      {"있으며", "있"},
      {"친구하고", "친구"},
      {"나는", "나"},
      {"그들은", "그들"},
      {"이번", "이번"},
      {"대한민국", "대한민국"},
      {"대한", "대한"},
      {"위한", "위한"},
      {"관한", "관한"},
      {"클릭하시면", "클릭"},
      {"확인하세요", "확인"},
      {"참석하신", "참석"},
      {"방문하셨다", "방문"}
  };
  int checked = 0;
  for (const StemCase& c : cases) {
    INFO("word: " << c.word);
    CHECK(geul::stem(c.word) == std::string_view(c.stem));
    ++checked;
  }
  CHECK(checked >= 150);
}

TEST_CASE("stems of every token in whole sentences") {
  CHECK(stems("올트먼은 중기부에서는 “오픈AI와 협력을 강조했다”고 말했다.") ==
        V{"올트먼", "중기부", "오픈AI", "협력", "강조", "고", "말"});
  CHECK(stems("정부는 3분기에 반도체 지원책을 발표했다.") == V{"정부", "3분기", "반도체", "지원책", "발표"});
  CHECK(stems("삼성전자가 2023년에는 투자를 크게 늘렸다.") ==
        V{"삼성전자", "2023년", "투자", "크게", "늘렸다"});
  CHECK(stems("시민들과 학생들에게 조사 결과를 알렸다.") == V{"시민", "학생", "조사", "결과", "알렸다"});
  CHECK(stems("회의에서 합의를 이끌어 낸 국가가 많지 않았다.") ==
        V{"회의", "합의", "이끌어", "낸", "국가", "많지", "않"});
  CHECK(stems("행사는 서울에서 개최됐고 부산으로 이어진다.") == V{"행사", "서울", "개최", "부산", "이어진다"});
  CHECK(stems("그는 회사 대표이며 오랜 기간 기업들의 협력을 이끌었다.") ==
        V{"그", "회사", "대표", "오랜", "기간", "기업", "협력", "이끌"});
  CHECK(stems("물가가 오르면서 국민의 부담이 커졌다.") == V{"물가", "오르", "국민", "부담", "커졌다"});
  CHECK(stems("네이버와 카카오는 챗GPT를 겨냥한 서비스를 출시합니다.") ==
        V{"네이버", "카카오", "챗GPT", "겨냥", "서비스", "출시"});
  CHECK(stems("GPT-4o는 지난 10월부터 1위를 지켰다.") == V{"GPT-4o", "지난", "10월", "1위", "지켰다"});
}

TEST_CASE("token spans leave punctuation out and keep inner connectors") {
  const std::string text = "“오픈AI와” (주)삼성, 3.14%·1,000명 GX-100을 don't S&P500 help@example.co.kr www.example.com";
  CHECK(words(text) == V{"오픈AI와", "주", "삼성", "3.14%", "1,000명", "GX-100을", "don't", "S&P500",
                         "help@example.co.kr", "www.example.com"});
  auto toks = geul::tokenize(text);
  REQUIRE(!toks.empty());
  // Spans index the original text; stems are prefixes of the spans.
  for (const geul::Token& t : toks) {
    CHECK(t.stem.begin == t.span.begin);
    CHECK(t.stem.end <= t.span.end);
    CHECK(t.stem.end > t.stem.begin);
  }
  CHECK(text.substr(toks[0].span.begin, toks[0].span.end - toks[0].span.begin) == "오픈AI와");
  CHECK(words("끝났다. 다음은... 정말?! 네") == V{"끝났다", "다음은", "정말", "네"});
  CHECK(words("URL은 https://www.example.go.kr/news?id=3 이다") ==
        V{"URL은", "https", "www.example.go.kr", "news", "id", "3", "이다"});
  CHECK(words("") == V{});
  CHECK(words(" .,!? ") == V{});
  CHECK(words("렝카족·싱카족 2023.06.09 10:30 24/7") == V{"렝카족", "싱카족", "2023.06.09", "10:30", "24/7"});
  CHECK(words("東京과 Москва") == V{"東京과", "Москва"});
}

TEST_CASE("token kinds") {
  auto toks = geul::tokenize("정부 Altman 2024 3분기 東京 ㅋㅋ");
  REQUIRE(toks.size() == 6);
  CHECK(toks[0].kind == geul::TokenKind::hangul);
  CHECK(toks[1].kind == geul::TokenKind::latin);
  CHECK(toks[2].kind == geul::TokenKind::number);
  CHECK(toks[3].kind == geul::TokenKind::mixed);
  CHECK(toks[4].kind == geul::TokenKind::other);
  CHECK(toks[5].kind == geul::TokenKind::hangul);
  CHECK(std::string(geul::to_string(geul::TokenKind::mixed)) == "mixed");
}

TEST_CASE("likely nouns") {
  const std::string text = "정부는 투자를 강조했다 그리고 먹었다 오픈AI와 2024 매우 시장 그는 웃음 이끌어 많지 낸";
  auto toks = geul::tokenize(text);
  REQUIRE(toks.size() == 14);
  CHECK(toks[0].likely_noun);                       // 정부는: particle
  CHECK(toks[0].suffix == geul::SuffixKind::particle);
  CHECK(toks[1].likely_noun);                       // 투자를
  CHECK(toks[2].likely_noun);                       // 강조했다: verbal noun + 했다
  CHECK(toks[2].suffix == geul::SuffixKind::ha_verb);
  CHECK_FALSE(toks[3].likely_noun);                 // 그리고: function word
  CHECK_FALSE(toks[4].likely_noun);                 // 먹었다: verb stem
  CHECK(toks[4].suffix == geul::SuffixKind::ending);
  CHECK(toks[5].likely_noun);                       // 오픈AI와
  CHECK_FALSE(toks[6].likely_noun);                 // 2024: number
  CHECK_FALSE(toks[7].likely_noun);                 // 매우
  CHECK(toks[8].likely_noun);                       // 시장: bare noun
  CHECK_FALSE(toks[9].likely_noun);                 // 그는: pronoun
  CHECK(toks[10].likely_noun);                      // 웃음: nominal -음
  CHECK_FALSE(toks[11].likely_noun);                // 이끌어: connective
  CHECK_FALSE(toks[12].likely_noun);                // 많지
  CHECK_FALSE(toks[13].likely_noun);                // 낸
  auto adv = geul::tokenize("굉장히 확실히 시장");
  REQUIRE(adv.size() == 3);
  CHECK_FALSE(adv[0].likely_noun);  // -히 adverbs
  CHECK_FALSE(adv[1].likely_noun);
  CHECK(adv[2].likely_noun);
  auto cop = geul::tokenize("그는 회사 대표이며 사실이다");
  REQUIRE(cop.size() == 4);
  CHECK(cop[2].suffix == geul::SuffixKind::copula);
  CHECK(cop[3].suffix == geul::SuffixKind::copula);
}

TEST_CASE("stemming can be turned off; the callback form allocates nothing") {
  geul::TokenOptions off;
  off.stem = false;
  const std::string text = "올트먼은 강조했다";
  for (const geul::Token& t : geul::tokenize(text, off)) {
    CHECK(t.stem == t.span);
    CHECK(t.suffix == geul::SuffixKind::none);
  }
  int n = 0;
  geul::for_each_token(text, [&](const geul::Token& t) {
    CHECK(t.span.end > t.span.begin);
    ++n;
  });
  CHECK(n == 2);
  // Whole-word stems keep mixed Hangul/Latin/digit tokens intact.
  CHECK(geul::stem("오픈AI") == "오픈AI");
  CHECK(geul::stem("G7") == "G7");
  CHECK(geul::stem("3분기") == "3분기");
  CHECK(geul::stem("") == "");
  geul::SuffixKind k;
  CHECK(geul::stem_length("국민에게", &k) == std::string("국민").size());
  CHECK(k == geul::SuffixKind::particle);
}

TEST_CASE("character n-grams") {
  std::vector<std::string> grams;
  geul::for_each_char_ngram("올트먼", 2, [&](std::string_view g) { grams.emplace_back(g); });
  CHECK(grams == V{"올트", "트먼"});
  grams.clear();
  geul::for_each_char_ngram("오픈 AI", 3, [&](std::string_view g) { grams.emplace_back(g); });
  CHECK(grams == V{"오픈A", "픈AI"});  // whitespace is skipped
  grams.clear();
  geul::for_each_char_ngram("값", 2, [&](std::string_view g) { grams.emplace_back(g); });
  CHECK(grams == V{"값"});  // shorter than n: the string itself
  grams.clear();
  geul::for_each_char_ngram("  ", 2, [&](std::string_view g) { grams.emplace_back(g); });
  CHECK(grams.empty());
  CHECK(geul::ngram_dice("올트먼", "올트먼") == doctest::Approx(1.0));
  CHECK(geul::ngram_dice("올트먼", "올트만") == doctest::Approx(0.5));
  CHECK(geul::ngram_dice("오픈 AI", "오픈AI") == doctest::Approx(1.0));
  CHECK(geul::ngram_dice("정부", "시장") == doctest::Approx(0.0));
  CHECK(geul::ngram_dice("브로크만", "브록만", 1) == doctest::Approx(4.0 / 7));  // 브, 만 shared
  CHECK(geul::ngram_dice("", "") == doctest::Approx(1.0));
  CHECK(geul::char_ngram_hashes("가나다", 2).size() == 2);
  CHECK(geul::fnv1a64("a") == 0xaf63dc4c8601ec8cull);  // FNV-1a 64 test vector
}

TEST_CASE("arbitrary bytes never crash the tokenizer") {
  std::uint32_t state = 7u;
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    for (int k = 0; k < 40; ++k) {
      state = state * 1664525u + 1013904223u;
      text.push_back(static_cast<char>(state >> 24));
    }
    text += "정부는";
    std::size_t last = 0;
    geul::for_each_token(text, [&](const geul::Token& t) {
      CHECK(t.span.begin >= last);
      CHECK(t.span.end <= text.size());
      last = t.span.end;
    });
    geul::ngram_dice(text, "정부", 2);
  }
}

namespace {

// The Hangul words of `text` between `from` and `to` (both must be present).
std::set<std::string> hangul_words(const std::string& text, const std::string& from, const std::string& to) {
  std::set<std::string> out;
  std::size_t b = text.find(from);
  std::size_t e = text.find(to, b == std::string::npos ? 0 : b);
  REQUIRE(b != std::string::npos);
  REQUIRE(e != std::string::npos);
  std::string word;
  geul::for_each_code_point(std::string_view(text).substr(b, e - b), [&](char32_t c, std::size_t, std::size_t) {
    if (c >= 0xAC00 && c <= 0xD7A3) {
      geul::append_utf8(word, c);
    } else if (!word.empty()) {
      out.insert(word);
      word.clear();
    }
  });
  if (!word.empty()) out.insert(word);
  return out;
}

}  // namespace

TEST_CASE("the documented suffix list is the one the stemmer uses") {
  std::size_t count = 0;
  const geul::detail::seg::SuffixRule* rules = geul::detail::seg::suffix_rules(count);
  std::set<std::string> used;
  for (std::size_t i = 0; i < count; ++i) used.insert(std::string(rules[i].text));
  CHECK(used.size() > 100);
  const std::string header = test_support::read_file(std::string(GEUL_SOURCE_DIR) + "/include/geul/text/tokens.hpp");
  CHECK(hangul_words(header, "//  particles", "// Likely nouns") == used);
  const std::string docs = test_support::read_file(std::string(GEUL_SOURCE_DIR) + "/docs/evaluation.md");
  CHECK(hangul_words(docs, "| group | suffixes |", "tests/test_tokens.cpp") == used);
}
