// A minimal embedded news reader: bytes in, normalized (NFC) article, its
// headline and a three-sentence summary out. It is what `make bench` builds
// the way embedded users build (-Os, -fno-exceptions, -fno-rtti, unused
// sections dropped, stripped) to report geul's code size (size.sh here).
// No iostream: stdio only.
#include <cstdio>
#include <string>

#include <geul/analysis/summarize.hpp>
#include <geul/news/parse.hpp>
#include <geul/unicode/normalize.hpp>

int main() {
  std::string input;
  char buf[4096];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, stdin)) > 0) input.append(buf, n);

  const std::string nfc = geul::normalize(input, geul::NormalForm::nfc);
  const geul::Document doc = geul::parse_article(nfc);
  const geul::Summary summary = geul::summarize(doc);

  std::printf("title: %s\n", doc.metadata.title.c_str());
  for (const geul::SummarySentence& s : summary.sentences)
    std::printf("- %.*s\n", static_cast<int>(s.span.size()), doc.text.data() + s.span.begin);
  return 0;
}
