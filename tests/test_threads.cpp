// Thread safety: geul has no global mutable state, so the same calls made from
// several threads at once give the same results as made from one. This suite
// runs in the normal build and, built with -fsanitize=thread, as the CTest
// test `sanitize_threads` (tests/sanitize/), where any data race fails it.
#include <doctest/doctest.h>


#include <algorithm>
#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include <geul/analysis/entities.hpp>
#include <geul/analysis/keywords.hpp>
#include <geul/analysis/quotes.hpp>
#include <geul/analysis/summarize.hpp>
#include <geul/hangul.hpp>
#include <geul/news/parse.hpp>
#include <geul/text/clean.hpp>
#include <geul/text/sentences.hpp>
#include <geul/text/tokens.hpp>
#include <geul/unicode/encoding.hpp>
#include <geul/unicode/normalize.hpp>
#include <geul/unicode/utf8.hpp>

#include "test_support.hpp"

namespace {

// The team's fixture articles (tests/data/articles/*.txt), in name order.
std::vector<std::string> fixture_articles() {
  std::vector<std::string> texts;
  for (const std::string& n : test_support::fixture_names()) texts.push_back(test_support::read_file(test_support::fixture_path(n)));
  return texts;
}

// Everything the public API computes for one text, flattened into a string.
std::string digest(const std::string& raw) {
  std::string out;
  geul::DecodedText decoded = geul::decode_utf8(raw);
  out += decoded.text;
  for (geul::NormalForm f : {geul::NormalForm::nfc, geul::NormalForm::nfd, geul::NormalForm::nfkc, geul::NormalForm::nfkd})
    out += geul::normalize(decoded.text, f);
  geul::NormalizedNews news = geul::normalize_news(raw);
  out += news.text;
  for (const geul::Change& c : news.changes) out += std::to_string(c.source.begin) + c.after;
  for (const geul::Sentence& s : geul::split_sentences(news.text))
    out += std::to_string(s.span.begin) + ':' + std::to_string(s.span.end) + ' ';
  for (const geul::Token& t : geul::tokenize(news.text))
    out += std::to_string(t.span.begin) + ':' + std::to_string(t.stem.end) + ' ';
  const geul::Document doc = geul::parse_article(raw);
  out += geul::to_json(doc);
  for (const geul::SummarySentence& x : geul::summarize(doc).sentences) out += std::to_string(x.span.begin) + ' ';
  for (const geul::Quote& q : geul::find_quotes(doc)) out += q.speaker_text + q.verb;
  for (const geul::Alias& a : geul::find_aliases(doc)) out += a.long_text + a.short_text;
  for (const geul::Keyword& k : geul::extract_keywords(doc)) out += k.text;
  out += geul::decode_to_utf8(raw, geul::Encoding::cp949).text;
  out += geul::hangul::romanize(news.text.substr(0, 300));
  out += geul::hangul::get_choseong(news.text);
  out += geul::hangul::disassemble(news.text.substr(0, 300));
  return out;
}

}  // namespace

TEST_CASE("threads: every API gives the same results from four threads at once as from one") {
  const std::vector<std::string> articles = fixture_articles();
  REQUIRE(articles.size() >= 20);
  std::vector<std::string> expected;
  for (const std::string& a : articles) expected.push_back(digest(a));

  constexpr int threads = 4;
  std::atomic<int> mismatches{0};
  std::atomic<int> done{0};
  std::vector<std::thread> pool;
  for (int t = 0; t < threads; ++t) {
    pool.emplace_back([&, t] {
      // Each thread walks the articles from a different start, so different
      // calls overlap in time.
      for (std::size_t k = 0; k < articles.size(); ++k) {
        std::size_t i = (k + static_cast<std::size_t>(t) * articles.size() / threads) % articles.size();
        if (digest(articles[i]) != expected[i]) ++mismatches;
        ++done;
      }
    });
  }
  for (std::thread& th : pool) th.join();
  CHECK(done.load() == threads * static_cast<int>(articles.size()));
  CHECK(mismatches.load() == 0);
}

TEST_CASE("threads: one shared input read by all threads at once") {
  // The same string object (not copies) is read concurrently; results agree.
  const std::string shared =
      "[속보] 한빛시 “야간 버스 늘린다”…美 금리 동결\n\n(한빛=가상뉴스) 김하늘 기자 = 시는 9일 계획을 밝혔다. "
      "ㅋㅋㅋㅋ 반응도 있었다.\n\nsky@example.com\n";
  const std::string expected = digest(shared);
  std::atomic<int> mismatches{0};
  std::vector<std::thread> pool;
  for (int t = 0; t < 4; ++t)
    pool.emplace_back([&] {
      for (int k = 0; k < 20; ++k)
        if (digest(shared) != expected) ++mismatches;
    });
  for (std::thread& th : pool) th.join();
  CHECK(mismatches.load() == 0);
}
