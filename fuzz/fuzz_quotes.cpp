// Quote and speaker finding (analysis/quotes.hpp) on any bytes and on parsed
// articles: every span lies inside the analysed text, the content lies inside
// its quotation, quotations are in order and nest or stay apart (never cross),
// and a quote has a speaker exactly when it has an attribution and no
// `unresolved` reason. Options (nesting depth, byte caps) vary with the hash.
#include <cstdint>
#include <string>
#include <vector>

#include <geul/analysis/quotes.hpp>
#include <geul/news/parse.hpp>

#include "fuzz_common.hpp"

namespace {

void check(std::string_view text, const std::vector<geul::Quote>& quotes, const geul::QuoteOptions& o) {
  const std::string starts = fuzz::code_point_starts(text);
  for (std::size_t i = 0; i < quotes.size(); ++i) {
    const geul::Quote& q = quotes[i];
    FUZZ_CHECK(q.span.begin < q.span.end && q.span.end <= text.size());
    FUZZ_CHECK(starts[q.span.begin] && starts[q.span.end]);
    FUZZ_CHECK(q.content.begin >= q.span.begin && q.content.begin <= q.content.end && q.content.end <= q.span.end);
    // A quotation between marks closes within max_quote_bytes (a label quote,
    // [이름 : 말], has no marks and no such cap).
    const std::string_view open = text.substr(q.span.begin, 3);
    const bool marked = open[0] == '"' || open[0] == '\'' || open == "\u201C" || open == "\u2018";
    if (marked) FUZZ_CHECK(q.span.size() <= std::max<std::size_t>(o.max_quote_bytes, 1) + 6);  // + the marks
    FUZZ_CHECK(q.speaker.begin <= q.speaker.end && q.speaker.end <= text.size());
    FUZZ_CHECK(q.mention.begin <= q.mention.end && q.mention.end <= text.size());
    FUZZ_CHECK(fuzz::valid_utf8(q.speaker_text) && fuzz::valid_utf8(q.verb));
    const bool resolved = q.attribution != geul::QuoteAttribution::none;
    FUZZ_CHECK(resolved == !q.speaker.empty());
    FUZZ_CHECK(resolved == (q.unresolved == nullptr));
    FUZZ_CHECK(resolved == !q.speaker_text.empty());
    if (i > 0) {
      const geul::Quote& p = quotes[i - 1];
      FUZZ_CHECK(p.span.begin <= q.span.begin);
    }
    for (std::size_t k = 0; k < i; ++k) {  // laminar: nested or disjoint
      const geul::Span a = quotes[k].span, b = q.span;
      bool disjoint = a.end <= b.begin || b.end <= a.begin;
      bool nested = (a.begin <= b.begin && b.end <= a.end) || (b.begin <= a.begin && a.end <= b.end);
      FUZZ_CHECK(disjoint || nested);
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view in = fuzz::as_view(data, size);
  const std::string text = geul::decode_utf8(in).text;  // the finders expect valid UTF-8
  geul::QuoteOptions defaults;
  check(text, geul::find_quotes(text), defaults);
  check(in, geul::find_quotes(in), defaults);  // and survive raw bytes

  std::uint64_t h = fuzz::hash(in);
  geul::QuoteOptions o;
  o.max_nesting = h % 4;
  o.max_quote_bytes = (h >> 2) % 200;
  o.max_speaker_words = (h >> 10) % 4;
  o.max_window_words = (h >> 12) % 12;
  o.max_remembered_speakers = (h >> 16) % 3;
  check(text, geul::find_quotes(text, o), o);

  const geul::Document doc = geul::parse_article(in);
  check(doc.text, geul::find_quotes(doc), defaults);
  return 0;
}
