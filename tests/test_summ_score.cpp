#include <doctest/doctest.h>

#include "../bench/summ_baselines.hpp"
#include "../bench/summ_score.hpp"

#include <string>
#include <vector>

// The summarization scorer and baselines of bench/bench_summ.cpp on the team's
// own toy vectors. Every expected value is worked out by hand from the
// definitions in bench/summ_score.hpp and bench/summ_baselines.hpp.

namespace {
using bench::summ::Indices;
using bench::summ::Tokens;
using S = std::vector<std::string>;
}  // namespace

TEST_CASE("eojeol tokens: punctuation and symbols deleted, then split at whitespace") {
  using bench::summ::eojeol_tokens;
  CHECK(eojeol_tokens("미·중 무역, 3.5% 성장!") == Tokens{"미중", "무역", "35", "성장"});
  // ASCII and fullwidth letters fold to lower-case ASCII; Hanja stays a word.
  CHECK(eojeol_tokens("AI와 \xEF\xBC\xA7\xEF\xBC\x97 美 대통령") == Tokens{"ai와", "g7", "美", "대통령"});
  // A token made only of symbols disappears; NBSP and ideographic space separate.
  CHECK(eojeol_tokens("가 … 나\xC2\xA0다\xE3\x80\x80라") == Tokens{"가", "나", "다", "라"});
  CHECK(eojeol_tokens("  \"…\"  ").empty());
  CHECK(eojeol_tokens("").empty());
}

TEST_CASE("character tokens: one per Hangul syllable, letter or digit") {
  using bench::summ::char_tokens;
  CHECK(char_tokens("AI 반도체, 3%") == Tokens{"a", "i", "반", "도", "체", "3"});
  CHECK(char_tokens("ㅋㅋ 美") == Tokens{"ㅋ", "ㅋ", "美"});
  CHECK(char_tokens("— · …").empty());
}

TEST_CASE("P/R/F1 from counts, with the zero rule") {
  auto r = bench::summ::prf(2, 3, 4);
  CHECK(r.precision == doctest::Approx(2.0 / 3));
  CHECK(r.recall == doctest::Approx(0.5));
  CHECK(r.f1 == doctest::Approx(4.0 / 7));
  auto none = bench::summ::prf(0, 3, 4);
  CHECK(none.f1 == 0);
}

TEST_CASE("index P/R/F1 against gold indices, empty sets and duplicates") {
  using bench::summ::index_prf;
  auto both_empty = index_prf({}, {});
  CHECK(both_empty.precision == 1);
  CHECK(both_empty.recall == 1);
  CHECK(both_empty.f1 == 1);
  auto nothing_chosen = index_prf({}, {1});
  CHECK(nothing_chosen.precision == 0);
  CHECK(nothing_chosen.recall == 0);
  CHECK(nothing_chosen.f1 == 0);
  auto no_gold = index_prf({1}, {});
  CHECK(no_gold.precision == 0);
  CHECK(no_gold.recall == 0);
  CHECK(no_gold.f1 == 0);
  // {2, 2, 5} is the set {2, 5}: one of two right, one of two found.
  auto dup = index_prf({5, 2, 2}, {3, 2});
  CHECK(dup.precision == doctest::Approx(0.5));
  CHECK(dup.recall == doctest::Approx(0.5));
  CHECK(dup.f1 == doctest::Approx(0.5));
  auto lead = index_prf({0, 1, 2}, {0, 2, 4, 7});
  CHECK(lead.precision == doctest::Approx(2.0 / 3));
  CHECK(lead.recall == doctest::Approx(0.5));
  CHECK(lead.f1 == doctest::Approx(4.0 / 7));
}

TEST_CASE("ROUGE-N: clipped n-gram overlap") {
  using bench::summ::rouge_n;
  // System 가×2 나 다, reference 가×3 라 나: overlap min(2,3) + 1 = 3.
  Tokens sys{"가", "나", "가", "다"}, ref{"가", "가", "가", "라", "나"};
  auto r1 = rouge_n(sys, ref, 1);
  CHECK(r1.precision == doctest::Approx(0.75));
  CHECK(r1.recall == doctest::Approx(0.6));
  CHECK(r1.f1 == doctest::Approx(2.0 / 3));
  CHECK(rouge_n(sys, ref, 2).f1 == 0);  // 가나 나가 가다 vs 가가 가가 가라 라나
  auto r2 = rouge_n({"a", "b", "c", "d"}, {"a", "b", "c"}, 2);
  CHECK(r2.precision == doctest::Approx(2.0 / 3));
  CHECK(r2.recall == doctest::Approx(1.0));
  CHECK(r2.f1 == doctest::Approx(0.8));
  // Bigram keys keep token boundaries: (ab, c) is not (a, bc).
  CHECK(rouge_n({"ab", "c"}, {"a", "bc"}, 2).f1 == 0);
  // Clipping: a repeated system bigram counts only as often as the reference has it.
  auto clipped = rouge_n({"x", "y", "x", "y"}, {"x", "y", "z"}, 2);  // xy yx xy vs xy yz
  CHECK(clipped.precision == doctest::Approx(1.0 / 3));
  CHECK(clipped.recall == doctest::Approx(0.5));
  // Too short for a bigram: no n-grams on one side gives 0.
  CHECK(rouge_n({"x"}, {"x", "y"}, 2).f1 == 0);
}

TEST_CASE("LCS length and ROUGE-L") {
  using bench::summ::lcs_length;
  CHECK(lcs_length({"A", "B", "C", "B", "D", "A", "B"}, {"B", "D", "C", "A", "B", "A"}) == 4);
  CHECK(lcs_length({"B", "D", "C", "A", "B", "A"}, {"A", "B", "C", "B", "D", "A", "B"}) == 4);
  CHECK(lcs_length({}, {"a"}) == 0);
  CHECK(lcs_length({"a", "b"}, {"a", "b"}) == 2);
  CHECK(lcs_length({"a", "b", "c"}, {"c", "b", "a"}) == 1);
  CHECK(lcs_length({"가", "나"}, {"다", "라"}) == 0);
  // a c e in common: P 3/5, R 3/4.
  auto l = bench::summ::rouge_l({"a", "b", "c", "d", "e"}, {"a", "x", "c", "e"});
  CHECK(l.precision == doctest::Approx(0.6));
  CHECK(l.recall == doctest::Approx(0.75));
  CHECK(l.f1 == doctest::Approx(2.0 / 3));
}

TEST_CASE("an article's scores under both tokenizations") {
  S sentences{"반도체 수출이 늘었다", "수출 증가", "날씨 맑음"};
  CHECK(bench::summ::join_sentences(sentences, {2, 0, 0, 9}) == "반도체 수출이 늘었다 날씨 맑음");
  auto s = bench::summ::score_article(sentences, {1}, {1, 0});
  CHECK(s.index.precision == 1);
  CHECK(s.index.recall == doctest::Approx(0.5));
  // eojeol: [수출 증가] vs [반도체 수출이 늘었다 수출 증가]
  CHECK(s.rouge1[0].f1 == doctest::Approx(4.0 / 7));
  CHECK(s.rouge2[0].f1 == doctest::Approx(0.4));
  CHECK(s.rougeL[0].f1 == doctest::Approx(4.0 / 7));
  // characters: 수출증가 (4) vs 반도체수출이늘었다수출증가 (13)
  CHECK(s.rouge1[1].f1 == doctest::Approx(8.0 / 17));
  CHECK(s.rouge2[1].f1 == doctest::Approx(0.4));  // 3 of 12 reference bigrams
  CHECK(s.rougeL[1].f1 == doctest::Approx(8.0 / 17));
}

TEST_CASE("macro averages over articles and pooled (micro) index counts") {
  bench::summ::ScoreTotals t;
  S five{"가", "나", "다", "라", "마", "바", "사", "아", "자"};
  t.add(bench::summ::score_article(five, {0, 1, 2}, {0}));                 // P 1/3, R 1, F1 1/2
  t.add(bench::summ::score_article(five, {0, 1, 2}, {3, 4, 5, 6, 7, 8}));  // all 0
  CHECK(t.articles == 2);
  CHECK(t.index_macro().precision == doctest::Approx(1.0 / 6));
  CHECK(t.index_macro().recall == doctest::Approx(0.5));
  CHECK(t.index_macro().f1 == doctest::Approx(0.25));
  CHECK(t.index_micro().precision == doctest::Approx(1.0 / 6));
  CHECK(t.index_micro().recall == doctest::Approx(1.0 / 7));
  CHECK(t.mean(t.rouge1[0]) == doctest::Approx((0.5 + 0) / 2));  // 가 of 가: P 1/3, R 1
}

TEST_CASE("JSON Lines reader: the fields the benchmark needs, others skipped") {
  bench::summ::Article a;
  REQUIRE(bench::summ::parse_article_line(
      R"({"id": "07", "title": "큰 \"제목\"", "source": "http://x/y?a=1", "meta": {"n": [1, {"z": null}], "ok": true},)"
      R"( "sentences": ["첫 문장", "가\u00b7나 \ud83d\ude00", "tab\there"], "extractive": [0, 2]})",
      a));
  CHECK(a.id == "07");
  CHECK(a.title == "큰 \"제목\"");
  CHECK(a.sentences == S{"첫 문장", "가\xC2\xB7나 \xF0\x9F\x98\x80", "tab\there"});
  CHECK(a.extractive == Indices{0, 2});
  CHECK(bench::summ::parse_article_line(R"({"sentences": [], "extractive": []})", a));
  CHECK(a.sentences.empty());
  CHECK_FALSE(bench::summ::parse_article_line(R"({"sentences": ["a"]})", a));                  // no gold
  CHECK_FALSE(bench::summ::parse_article_line(R"({"sentences": ["a"], "extractive": [0)", a));  // cut off
  CHECK_FALSE(bench::summ::parse_article_line(R"({"sentences": ["a], "extractive": [0]})", a));
  CHECK_FALSE(bench::summ::parse_article_line(R"({"sentences": ["a"], "extractive": [0]} x)", a));

  std::size_t bad = 0;
  auto all = bench::summ::load_articles(
      "{\"sentences\": [\"a\"], \"extractive\": [0]}\n\n{broken\r\n{\"sentences\": [\"b\", \"c\"], \"extractive\": []}",
      bad);
  REQUIRE(all.size() == 2);
  CHECK(bad == 1);
  CHECK(all[1].sentences == S{"b", "c"});
}

TEST_CASE("Lead-k on short and empty documents") {
  using bench::summ::lead_k;
  CHECK(lead_k(5, 3) == Indices{0, 1, 2});
  CHECK(lead_k(2, 3) == Indices{0, 1});
  CHECK(lead_k(0, 3).empty());
  CHECK(lead_k(4, 0).empty());
}

TEST_CASE("multiset Jaccard similarity") {
  auto a = bench::summ::to_multiset({"가", "가", "나"});
  auto b = bench::summ::to_multiset({"가", "다"});
  CHECK(bench::summ::multiset_jaccard(a, b) == doctest::Approx(0.25));  // min 1 / max 2+1+1
  CHECK(bench::summ::multiset_jaccard(a, a) == doctest::Approx(1.0));
  CHECK(bench::summ::multiset_jaccard({}, {}) == 0);
}

TEST_CASE("TextRank: the sentence that links the others wins") {
  // A star: sentence 1 shares two words with each of the others (weight 2/7),
  // and the others share nothing. PageRank: x_center = 0.15/4 + 0.85·3·x_leaf,
  // x_leaf = 0.15/4 + 0.85·x_center/3, so x_center = 0.133125/0.2775 ≈ 0.47973
  // and x_leaf ≈ 0.17342.
  S doc{"반도체 수출 늘었다", "반도체 수출 금리 인상 날씨 맑음", "금리 인상 발표", "날씨 맑음 예보"};
  auto one = bench::summ::textrank(doc, 1);
  CHECK(one.chosen == Indices{1});
  CHECK(one.converged);
  CHECK(one.scores[1] == doctest::Approx(0.133125 / 0.2775).epsilon(1e-4));
  CHECK(one.scores[0] == doctest::Approx(0.0375 + 0.85 / 3 * 0.133125 / 0.2775).epsilon(1e-4));
  CHECK(one.scores[0] + one.scores[1] + one.scores[2] + one.scores[3] == doctest::Approx(1.0));
  // The leaves tie exactly; ties go to the smaller index. Output in original order.
  CHECK(bench::summ::textrank(doc, 2).chosen == Indices{0, 1});
  CHECK(bench::summ::textrank(doc, 3).chosen == Indices{0, 1, 2});
  CHECK(bench::summ::textrank(doc, 10).chosen == Indices{0, 1, 2, 3});

  // A one-token line and a repeat of an earlier line (after trimming spaces and
  // periods) are not nodes: the scores of the others do not change.
  S noisy = doc;
  noisy.insert(noisy.begin(), "반도체");
  noisy.push_back(" 반도체 수출 금리 인상 날씨 맑음. ");
  auto r = bench::summ::textrank(noisy, 5);
  CHECK(r.chosen == Indices{1, 2, 3, 4});
  CHECK(r.scores[0] == -1);
  CHECK(r.scores[5] == -1);
  CHECK(r.scores[2] == doctest::Approx(one.scores[1]).epsilon(1e-9));
}

TEST_CASE("TextRank: weak edges are dropped, and nodes without edges share rank evenly") {
  // Jaccard 1/21 ≈ 0.048 <= 0.05: no edge, so both nodes keep 1/2 and the tie
  // goes to the first sentence.
  S doc{"가 나1 나2 나3 나4 나5 나6 나7 나8 나9 나10", "가 다1 다2 다3 다4 다5 다6 다7 다8 다9 다10"};
  auto r = bench::summ::textrank(doc, 1);
  CHECK(r.scores[0] == doctest::Approx(0.5));
  CHECK(r.scores[1] == doctest::Approx(0.5));
  CHECK(r.chosen == Indices{0});
  CHECK(r.iterations == 1);
  CHECK(bench::summ::textrank({}, 3).chosen.empty());
}
