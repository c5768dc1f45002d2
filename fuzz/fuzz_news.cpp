// The news normalization profile (text/clean.hpp): on any bytes, the output is
// valid UTF-8, the OffsetMap keeps its contract (monotone, every output byte
// maps inside the input, consecutive ranges partition the input, unchanged
// bytes are copies), and the change list lies inside the input, in order,
// quoting the input bytes it replaced; normalizing twice changes nothing.
// Options vary with the input's hash.
#include <cstdint>
#include <string>

#include <geul/text/clean.hpp>

#include "fuzz_common.hpp"

namespace {

geul::NewsNormalizeOptions variant(std::uint64_t h) {
  geul::NewsNormalizeOptions o = (h & 1) ? geul::NewsNormalizeOptions::strict() : geul::NewsNormalizeOptions{};
  h >>= 1;
  auto bit = [&h]() {
    bool b = h & 1;
    h >>= 1;
    return b;
  };
  if (bit()) o.compose = !o.compose;
  if (bit()) o.spaces = !o.spaces;
  if (bit()) o.invisible = !o.invisible;
  if (bit()) o.line_breaks = !o.line_breaks;
  if (bit()) o.collapse_spaces = !o.collapse_spaces;
  if (bit()) o.enclosed = !o.enclosed;
  if (bit()) o.hanja_abbreviations = !o.hanja_abbreviations;
  if (bit()) o.quotes = o.quotes == geul::QuoteStyle::keep ? geul::QuoteStyle::ascii : geul::QuoteStyle::keep;
  o.ellipsis = static_cast<geul::EllipsisStyle>((h & 3) % 3);
  h >>= 2;
  o.max_repeat = h & 3;  // 0 keeps every repeat
  h >>= 2;
  if (bit()) o.decode.strip_bom = false;
  if (bit()) o.decode.normalize_newlines = false;
  if (bit()) o.max_changes = h & 7;  // the cap and its diagnostic
  return o;
}

void check(std::string_view in, const geul::NewsNormalizeOptions& o) {
  geul::NormalizedNews r = geul::normalize_news(in, o);
  FUZZ_CHECK(fuzz::valid_utf8(r.text));
  fuzz::check_offset_map(r.map, in, r.text);

  std::size_t prev = 0;
  for (const geul::Change& c : r.changes) {
    FUZZ_CHECK(c.source.begin <= c.source.end && c.source.end <= in.size());
    FUZZ_CHECK(c.source.begin >= prev);  // sorted by source position
    prev = c.source.begin;
    FUZZ_CHECK(c.before == in.substr(c.source.begin, c.source.size()));
    FUZZ_CHECK(fuzz::valid_utf8(c.after));
  }
  FUZZ_CHECK(r.changes.size() <= o.max_changes);
  if (!o.record_changes) FUZZ_CHECK(r.changes.empty());
  bool capped = false;
  for (const geul::Diagnostic& d : r.diagnostics) {
    FUZZ_CHECK(d.offset <= in.size() && d.length <= in.size() - d.offset);
    capped = capped || d.kind == geul::DiagnosticKind::limit_reached;
  }
  if (r.changes.size() < o.max_changes) FUZZ_CHECK(!capped);

  // The change list is bookkeeping only: turning it off changes nothing else.
  geul::NewsNormalizeOptions quiet = o;
  quiet.record_changes = false;
  geul::NormalizedNews q = geul::normalize_news(in, quiet);
  FUZZ_CHECK(q.text == r.text);
  FUZZ_CHECK(q.map.edits().size() == r.map.edits().size());
  FUZZ_CHECK(q.changes.empty());
  if (r.map.is_identity()) FUZZ_CHECK(r.text == in);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view in = fuzz::as_view(data, size);
  check(in, geul::NewsNormalizeOptions{});
  // Normalizing normalized text changes nothing (default and strict profiles).
  for (const geul::NewsNormalizeOptions& o : {geul::NewsNormalizeOptions{}, geul::NewsNormalizeOptions::strict()}) {
    const std::string once = geul::normalize_news(in, o).text;
    geul::NormalizedNews twice = geul::normalize_news(once, o);
    FUZZ_CHECK(twice.text == once && twice.map.is_identity());
  }
  check(in, variant(fuzz::hash(in)));
  return 0;
}
