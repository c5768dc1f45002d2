// Name variants (analysis/entities.hpp, find_aliases) on any bytes and on
// parsed articles: both forms of every alias lie inside the text, on code
// point boundaries, are non-empty, do not overlap, and their texts are what
// the spans say.
#include <cstdint>
#include <string>
#include <vector>

#include <geul/analysis/entities.hpp>
#include <geul/news/parse.hpp>

#include "fuzz_common.hpp"

namespace {

void check(std::string_view text, const std::vector<geul::Alias>& aliases) {
  const std::string starts = fuzz::code_point_starts(text);
  for (const geul::Alias& a : aliases) {
    for (geul::Span s : {a.long_form, a.short_form}) {
      FUZZ_CHECK(s.begin < s.end && s.end <= text.size());
      FUZZ_CHECK(starts[s.begin] && starts[s.end]);
    }
    FUZZ_CHECK(a.long_form.end <= a.short_form.begin || a.short_form.end <= a.long_form.begin);
    FUZZ_CHECK(a.long_text == text.substr(a.long_form.begin, a.long_form.size()));
    FUZZ_CHECK(a.short_text == text.substr(a.short_form.begin, a.short_form.size()));
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view in = fuzz::as_view(data, size);
  const std::string text = geul::decode_utf8(in).text;
  check(text, geul::find_aliases(text));
  check(in, geul::find_aliases(in));
  const geul::Document doc = geul::parse_article(in);
  check(doc.text, geul::find_aliases(doc));
  return 0;
}
