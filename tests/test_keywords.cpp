#include <doctest/doctest.h>

#include <geul/analysis/keywords.hpp>
#include <geul/analysis/report.hpp>
#include <geul/news/parse.hpp>
#include <geul/text/tokens.hpp>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "test_support.hpp"

namespace {

std::vector<std::string> texts(const std::vector<geul::Keyword>& ks) {
  std::vector<std::string> out;
  for (const auto& k : ks) out.push_back(k.text);
  return out;
}

bool has(const std::vector<std::string>& v, const std::string& s) {
  for (const std::string& x : v)
    if (x == s) return true;
  return false;
}

std::size_t rank_of(const std::vector<std::string>& v, const std::string& s) {
  for (std::size_t i = 0; i < v.size(); ++i)
    if (v[i] == s) return i;
  return v.size();
}

// Is `k` a whole word of `text` once a particle or ending is removed, i.e. the
// stem (or the stem joined by a space to the previous word) of some token?
bool is_whole_stem(const std::string& text, const std::string& k) {
  bool found = false;
  std::string_view prev;
  geul::for_each_token(text, [&](const geul::Token& t) {
    std::string_view st = geul::stem_text(text, t);
    if (st == k) found = true;
    if (!prev.empty() && std::string(prev) + " " + std::string(st) == k) found = true;
    prev = geul::token_text(text, t);
  });
  return found;
}

const char* story =
    "중소벤처기업부(중기부)는 인공지능(AI) 반도체 스타트업 30곳을 선정해 최대 10억원씩 지원한다고 3일 밝혔다.\n"
    "중기부는 올해 인공지능 반도체 분야 예산을 지난해보다 두 배 늘렸다.\n"
    "선정된 스타트업은 설계 검증 장비와 시제품 제작 비용을 지원받는다.\n"
    "중기부 관계자는 인공지능 반도체 스타트업이 해외 시장에 진출하도록 돕겠다고 말했다.\n"
    "업계는 반도체 설계 인력이 부족하다며 인력 양성 예산도 늘려야 한다고 지적했다.\n";

}  // namespace

TEST_CASE("keywords: stems of the story's words, best first") {
  std::vector<std::string> k = texts(geul::extract_keywords(story, "중기부, AI 반도체 스타트업 30곳 지원"));
  REQUIRE(!k.empty());
  CHECK(has(k, "반도체"));
  CHECK(has(k, "스타트업"));
  // Aliases merge: the long form stands for both spellings, the short one is gone.
  CHECK(has(k, "중소벤처기업부"));
  CHECK_FALSE(has(k, "중기부"));
  CHECK(rank_of(k, "중소벤처기업부") < 5);
  // Stop nouns and function words never appear.
  CHECK_FALSE(has(k, "관계자"));
  CHECK_FALSE(has(k, "지난해"));
  CHECK_FALSE(has(k, "올해"));
  // Never a verb stem or a particle-bearing word.
  CHECK_FALSE(has(k, "밝혔다"));
  CHECK_FALSE(has(k, "중기부는"));
}

TEST_CASE("keywords are never truncated words") {
  // Short inputs are where substring-graph methods cut words (떡볶 for 떡볶이).
  const char* short_text = "떡볶이 축제가 열렸다. 떡볶이 가게 50곳이 참여했다. 떡볶이 맛집 지도도 나왔다.";
  std::vector<std::string> k = texts(geul::extract_keywords(short_text, ""));
  REQUIRE(!k.empty());
  CHECK(k[0] == "떡볶이");
  CHECK_FALSE(has(k, "떡볶"));
  for (const std::string& w : k) {
    CAPTURE(w);
    CHECK(is_whole_stem(short_text, w));
  }
  for (const std::string& w : texts(geul::extract_keywords(story, ""))) {
    CAPTURE(w);
    CHECK(is_whole_stem(story, w));
  }
}

TEST_CASE("keyphrases: adjacent words seen twice") {
  std::vector<geul::Keyword> ks = geul::extract_keywords(story, "");
  std::vector<std::string> k = texts(ks);
  CHECK(has(k, "인공지능 반도체"));
  for (const auto& kw : ks) {
    CHECK(kw.score > 0);
    CHECK(kw.score <= 1.0);
    CHECK(kw.count >= 1);
  }
  CHECK(ks[0].score == doctest::Approx(1.0));
  geul::KeywordOptions no_phrases;
  no_phrases.phrases = false;
  for (const std::string& w : texts(geul::extract_keywords(story, "", no_phrases)))
    CHECK(w.find(' ') == std::string::npos);
}

TEST_CASE("title words rank higher; limits and empty input") {
  const char* text = "정부는 배터리 재활용 기준을 새로 만든다. 폐배터리 수거율은 30%에 그친다. 재활용 업체는 12곳이다.";
  std::vector<std::string> with_title = texts(geul::extract_keywords(text, "폐배터리 수거율 높인다"));
  REQUIRE(!with_title.empty());
  CHECK(rank_of(with_title, "폐배터리") <= 1);
  geul::KeywordOptions two;
  two.max_keywords = 2;
  CHECK(geul::extract_keywords(text, "", two).size() == 2);
  CHECK(geul::extract_keywords("", "").empty());
  CHECK(geul::extract_keywords("!!! ... 123 456", "").empty());
}

TEST_CASE("document keywords come from the body; spans point into doc.text") {
  const std::vector<std::string> names = test_support::fixture_names();
  for (const std::string& name : names) {
    geul::Document doc = geul::parse_article(test_support::read_file(test_support::fixture_path(name)));
    CAPTURE(name);
    for (const geul::Keyword& k : geul::extract_keywords(doc)) {
      REQUIRE(k.first.end <= doc.text.size());
      // The first mention starts with the keyword's first word, inside a body block.
      const std::string head = k.text.substr(0, k.text.find(' '));
      CHECK(doc.text.compare(k.first.begin, head.size(), head) == 0);
      bool in_body = false;
      for (const geul::Block& b : doc.blocks)
        in_body = in_body || (b.role == geul::BlockRole::body && b.span.begin <= k.first.begin && k.first.end <= b.span.end);
      CHECK(in_body);
    }
  }
  CHECK(names.size() >= 40);
}

TEST_CASE("pre-split sentences: a byline prefix opening a sentence gives no keywords") {
  const std::vector<std::string_view> lines = {
      "[세종=가상통신] 도은결 기자 = 정부가 반도체 지원책을 내놓았다.", "반도체 업계는 지원책을 반겼다.",
      "반도체 수출은 지난달 늘었다.", "정부는 반도체 세액공제를 확대한다."};
  std::string text;
  const geul::Analysis a = geul::analyze_lines(lines, "", text);
  std::vector<std::string> words;
  for (const geul::Keyword& k : a.keywords) words.push_back(k.text);
  CAPTURE(words.size());
  CHECK(std::find(words.begin(), words.end(), "반도체") != words.end());
  for (const char* prefix_word : {"도은결", "가상통신", "세종"})
    CHECK(std::find(words.begin(), words.end(), prefix_word) == words.end());
  // The first sentence is still a candidate, whole.
  REQUIRE(!a.summary.candidates.empty());
  CHECK(a.summary.candidates[0].span.begin == 0);
}
