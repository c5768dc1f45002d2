// Summaries (analysis/summarize.hpp) of parsed articles and of pre-split lines:
// chosen sentences are candidates, in document order, distinct, within the
// sentence and character budgets, inside a body block of the document, with
// finite scores and features in their documented ranges.
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include <geul/analysis/summarize.hpp>
#include <geul/news/parse.hpp>

#include "fuzz_common.hpp"

namespace {

void check(std::string_view text, const geul::Summary& s, const geul::SummaryOptions& o) {
  std::size_t chars = 0;
  for (std::size_t i = 0; i < s.candidates.size(); ++i) {
    const geul::SummarySentence& c = s.candidates[i];
    FUZZ_CHECK(c.span.begin <= c.span.end && c.span.end <= text.size());
    FUZZ_CHECK(std::isfinite(c.score));
    const geul::SentenceFeatures& f = c.features;
    FUZZ_CHECK(f.centrality >= 0 && f.centrality <= 1.0 + 1e-9);
    FUZZ_CHECK(f.title >= 0 && f.title <= 1.0 + 1e-9 && f.length >= 0 && f.length <= 1.0 + 1e-9);
    FUZZ_CHECK(f.position > 0 && f.position <= 1.0);
    if (i > 0) FUZZ_CHECK(s.candidates[i - 1].span.begin <= c.span.begin);
  }
  for (std::size_t i = 0; i < s.sentences.size(); ++i) {
    const geul::SummarySentence& x = s.sentences[i];
    FUZZ_CHECK(x.index < s.candidates.size() && s.candidates[x.index].span == x.span);
    if (i > 0) FUZZ_CHECK(s.sentences[i - 1].index < x.index);  // original order, no repeats
    chars += geul::count_code_points(text.substr(x.span.begin, x.span.size()));
  }
  if (o.sentences > 0) FUZZ_CHECK(s.sentences.size() <= o.sentences);
  if (o.max_chars > 0 && s.sentences.size() > 1) FUZZ_CHECK(chars <= o.max_chars);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view in = fuzz::as_view(data, size);
  const geul::Document doc = geul::parse_article(in);
  std::uint64_t h = fuzz::hash(in);
  geul::SummaryOptions o;
  o.sentences = h % 6;
  o.max_chars = (h >> 3) % 3 == 0 ? (h >> 5) % 300 : 0;
  o.dense_graph_limit = (h >> 14) % 2 ? 300 : (h >> 15) % 8;  // the windowed graph on small inputs too
  o.graph_window = 1 + (h >> 18) % 5;
  for (const geul::SummaryOptions& opt : {geul::SummaryOptions{}, o}) {
    const geul::Summary s = geul::summarize(doc, opt);
    check(doc.text, s, opt);
    for (const geul::SummarySentence& x : s.candidates) {  // only body sentences are candidates
      bool in_body = false;
      for (const geul::Block& b : doc.blocks)
        in_body = in_body || (b.role == geul::BlockRole::body && b.span.begin <= x.span.begin && x.span.end <= b.span.end);
      FUZZ_CHECK(in_body);
    }
  }

  // Pre-split lines: the input's lines, the first one as the title.
  const std::string text = geul::decode_utf8(in).text;
  std::vector<std::string_view> lines;
  std::string_view rest = text;
  while (!rest.empty() && lines.size() < 400) {
    std::size_t nl = rest.find('\n');
    lines.push_back(rest.substr(0, nl));
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
  }
  std::string_view title = lines.empty() ? std::string_view() : lines.front();
  const geul::Summary s = geul::summarize_lines(lines, title, o);
  std::string joined;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i) joined += '\n';
    joined.append(lines[i]);
  }
  check(joined, s, o);
  return 0;
}
