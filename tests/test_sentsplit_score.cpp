#include <doctest/doctest.h>

#include "../bench/sentsplit_score.hpp"

#include <string>
#include <string_view>
#include <vector>

// The scorer of bench/bench_sentsplit.cpp on the team's own toy documents.
// Expected values are worked out by hand from the scoring rules.

namespace {
using G = std::vector<std::string>;
using P = std::vector<std::string_view>;
}  // namespace

TEST_CASE("dataset files: one gold sentence per line, blank line between documents") {
  auto docs = sentsplit::load_dataset("하나다. \n둘이다.\n\n셋이다.\r\n");
  REQUIRE(docs.size() == 2);
  CHECK(docs[0].gold == G{"하나다. ", "둘이다."});
  CHECK(docs[0].text == "하나다. 둘이다.");  // lines joined with nothing
  CHECK(docs[1].gold == G{"셋이다."});
  CHECK(docs[1].text == "셋이다.");
  // Two blank lines in a row give an empty document, as the reference loader does.
  auto with_empty = sentsplit::load_dataset("가.\n\n\n나.");
  REQUIRE(with_empty.size() == 3);
  CHECK(with_empty[1].gold.empty());
  CHECK(sentsplit::load_dataset("").empty());
}

TEST_CASE("exact matches, whitespace ignored") {
  G gold{"하나다. ", "둘이다."};
  auto s = sentsplit::score_document(gold, P{"하나다.", "둘이다."});
  CHECK(s.exact == std::vector<int>{1, 1});
  CHECK(s.f1 == std::vector<double>{1.0, 1.0});
  CHECK(s.length_penalty == doctest::Approx(1.0));
  // Whitespace inside a prediction does not matter either.
  auto t = sentsplit::score_document(G{"새 정책이 나왔다."}, P{"새정책이 나 왔다."});
  CHECK(t.exact == std::vector<int>{1});
}

TEST_CASE("one prediction over two golds: Dice, best gold only, ties to the later gold") {
  // Gold spans [0,4) and [4,8) in code points, the prediction [0,8).
  G gold{"하나다. ", "둘이다."};
  auto s = sentsplit::score_document(gold, P{"하나다. 둘이다."});
  CHECK(s.exact == std::vector<int>{0, 0});
  CHECK(s.f1[0] == doctest::Approx(0.0));
  CHECK(s.f1[1] == doctest::Approx(2.0 * 4 / (4 + 8)));
  CHECK(s.length_penalty == doctest::Approx(1.0));  // min(1, 2/1)
  sentsplit::Totals t;
  t.add(s);
  CHECK(t.mean_em() == doctest::Approx(0.0));
  CHECK(t.mean_f1() == doctest::Approx(1.0 / 3));
  CHECK(t.mean_nf1() == doctest::Approx(1.0 / 3));
}

TEST_CASE("two predictions inside one gold: the gold keeps the best, NF1 pays the extra") {
  G gold{"하나다. 둘이다."};
  auto s = sentsplit::score_document(gold, P{"하나다.", "둘이다!"});  // 둘이다! is not in the gold
  // The second prediction is not found; it is placed after the first one.
  CHECK(s.f1[0] == doctest::Approx(2.0 * 4 / (8 + 4)));
  CHECK(s.length_penalty == doctest::Approx(0.5));
  sentsplit::Totals t;
  t.add(s);
  CHECK(t.mean_f1() == doctest::Approx(2.0 / 3));
  CHECK(t.mean_nf1() == doctest::Approx(1.0 / 3));
  CHECK(t.gold == 1);
  CHECK(t.predicted == 2);
}

TEST_CASE("a partial overlap scores by Dice over code points") {
  // Gold [0,3) "가나다" and [3,6) "라마바"; prediction [0,4) then [4,6).
  G gold{"가나다", "라마바"};
  auto s = sentsplit::score_document(gold, P{"가나다라", "마바"});
  CHECK(s.f1[0] == doctest::Approx(2.0 * 3 / (3 + 4)));
  CHECK(s.f1[1] == doctest::Approx(2.0 * 2 / (3 + 2)));
  CHECK(s.exact == std::vector<int>{0, 0});
}

TEST_CASE("an empty prediction counts and, as in the reference, ends the matching") {
  G gold{"가.", "나."};
  // The baseline's trailing empty piece only costs NF1.
  auto tail = sentsplit::score_document(gold, P{"가.", "나.", ""});
  CHECK(tail.exact == std::vector<int>{1, 1});
  CHECK(tail.length_penalty == doctest::Approx(2.0 / 3));
  // An empty piece first walks past every gold: nothing after it matches.
  auto head = sentsplit::score_document(gold, P{"", "가.", "나."});
  CHECK(head.f1 == std::vector<double>{0.0, 0.0});
}

TEST_CASE("the regex baseline splits at a space after . ! ? and drops that space") {
  P pieces = sentsplit::baseline_split("가. 나!  다? 라");
  CHECK(pieces == P{"가.", "나!", " 다?", "라"});
  CHECK(sentsplit::baseline_split("끝났다. ") == P{"끝났다.", ""});
  CHECK(sentsplit::baseline_split("첫째다.\u3000둘째다.\u00a0셋째") == P{"첫째다.", "둘째다.", "셋째"});
  CHECK(sentsplit::baseline_split("") == P{""});
  CHECK(sentsplit::baseline_split("마침표.없이붙음") == P{"마침표.없이붙음"});
}

TEST_CASE("totals average over gold sentences across documents") {
  sentsplit::Totals all;
  all.add(sentsplit::score_document(G{"가.", "나."}, P{"가.", "나."}));  // 2 golds, perfect
  all.add(sentsplit::score_document(G{"다. 라."}, P{"다.", "라."}));    // 1 gold, split in two
  CHECK(all.gold == 3);
  CHECK(all.predicted == 4);
  CHECK(all.mean_em() == doctest::Approx(2.0 / 3));
  CHECK(all.mean_f1() == doctest::Approx((1.0 + 1.0 + 2.0 / 3) / 3));
  CHECK(all.mean_nf1() == doctest::Approx((1.0 + 1.0 + 1.0 / 3) / 3));
  sentsplit::Totals none;
  CHECK(none.mean_nf1() == doctest::Approx(0.0));
}

TEST_CASE("Python's whitespace set") {
  CHECK(sentsplit::is_python_space(U' '));
  CHECK(sentsplit::is_python_space(0x1F));   // Python counts the information separators
  CHECK(sentsplit::is_python_space(0x3000));
  CHECK_FALSE(sentsplit::is_python_space(0x200B));  // zero width space is not whitespace
  CHECK_FALSE(sentsplit::is_python_space(0xFEFF));
  CHECK(sentsplit::strip_space("가 나\t다\n") == U"가나다");
}
