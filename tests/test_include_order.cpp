// Public headers in an order no other test uses: the news parser and the
// normalizer first, then the analysis headers from the last to the first.
// Each header brings its own includes, so a helper name two headers define
// (a detail:: function in two namespaces found by unqualified lookup) or a
// header that leans on something only an earlier include happened to bring
// fails to compile here. Nothing else in the suite would notice: the umbrella
// header and every other test include them in dependency order.
#include <geul/news/parse.hpp>
#include <geul/text/clean.hpp>
#include <geul/analysis/summarize.hpp>
#include <geul/analysis/sketch.hpp>
#include <geul/analysis/report.hpp>
#include <geul/analysis/quotes.hpp>
#include <geul/analysis/names.hpp>
#include <geul/analysis/keywords.hpp>
#include <geul/analysis/entities.hpp>
#include <geul/analysis/corpus_json.hpp>
#include <geul/analysis/corpus.hpp>
#include <geul/unicode/encoding.hpp>
#include <geul/hangul.hpp>

#include <doctest/doctest.h>

#include <string>

TEST_CASE("headers included parser-first still build and work together") {
  const std::string page =
      "[서울=가상뉴스] 김하늘 기자 = 정부는 오늘 새 정책을 발표했다. 김 장관은 \"시장 안정이 먼저\"라고 말했다.\n"
      "중소벤처기업부(중기부)는 지원을 늘린다고 밝혔다.\n";
  const geul::Document doc = geul::parse_article(page);
  CHECK(!doc.blocks.empty());
  const geul::Summary summary = geul::summarize(doc);
  CHECK(!summary.sentences.empty());
  const geul::Analysis analysis = geul::analyze(doc);
  CHECK(!analysis.quotes.empty());
  CHECK(!analysis.aliases.empty());
  CHECK(geul::normalize_news("美\xC2\xA0대통령").text == "미국 대통령");
  CHECK(geul::hangul::get_choseong("김하늘") == "ㄱㅎㄴ");
}
