// Normalization throughput: geul vs ICU's Normalizer2::normalizeUTF8, same process.
//
// Inputs are generated here from a vocabulary the team wrote (no corpus text):
//   korean_nfc  >= 20 MB of Korean news-like text, precomposed (already NFC)
//   korean_nfd  the same text fully decomposed (conjoining jamo)
//   mixed       Latin and Hangul words interleaved
// If a corpus directory is given and has seeds/*.txt, those real articles are
// also measured (repeated to the same size) as `corpus`; they are only read.
//
// Prints key=value lines: normalize.<form>.<input>.{geul_mbps,icu_mbps,ratio_vs_icu}
// (MB = 10^6 input bytes per second, best of `runs` runs each).
#include <geul/unicode/normalize.hpp>

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <dirent.h>
#include <string>
#include <vector>

#include "news_text.hpp"

using namespace bench;

namespace {

const icu::Normalizer2* icu_for(geul::NormalForm form) {
  UErrorCode st = U_ZERO_ERROR;
  switch (form) {
    case geul::NormalForm::nfc: return icu::Normalizer2::getNFCInstance(st);
    case geul::NormalForm::nfd: return icu::Normalizer2::getNFDInstance(st);
    case geul::NormalForm::nfkc: return icu::Normalizer2::getNFKCInstance(st);
    case geul::NormalForm::nfkd: return icu::Normalizer2::getNFKDInstance(st);
  }
  return nullptr;
}

std::string icu_normalize(const icu::Normalizer2* n, const std::string& in) {
  std::string out;
  icu::StringByteSink<std::string> sink(&out, static_cast<std::int32_t>(in.size()));
  UErrorCode st = U_ZERO_ERROR;
  n->normalizeUTF8(0, icu::StringPiece(in.data(), static_cast<std::int32_t>(in.size())), sink, nullptr, st);
  if (U_FAILURE(st)) std::fprintf(stderr, "ICU error %s\n", u_errorName(st));
  return out;
}

int failures = 0;

void measure(const char* input_name, const std::string& in, geul::NormalForm form) {
  const icu::Normalizer2* icu = icu_for(form);
  std::string ours = geul::normalize(in, form);
  std::string theirs = icu_normalize(icu, in);
  if (ours != theirs) {
    std::fprintf(stderr, "bench_normalize: %s.%s: geul and ICU outputs differ!\n", geul::to_string(form), input_name);
    ++failures;
  }
  std::size_t sink = 0;
  double tg = best_seconds([&] { sink += geul::normalize(in, form).size(); });
  double ti = best_seconds([&] { sink += icu_normalize(icu, in).size(); });
  double mb = static_cast<double>(in.size()) / 1e6;
  const char* f = geul::to_string(form);
  std::printf("normalize.%s.%s.geul_mbps=%.0f\n", f, input_name, mb / tg);
  std::printf("normalize.%s.%s.icu_mbps=%.0f\n", f, input_name, mb / ti);
  std::printf("normalize.%s.%s.ratio_vs_icu=%.2f\n", f, input_name, ti / tg);
  std::fflush(stdout);
  if (sink == 0) std::puts("");  // keeps the work observable
}

}  // namespace

int main(int argc, char** argv) {
  std::string korean = korean_text(target_bytes);
  std::string korean_nfd = geul::normalize(korean, geul::NormalForm::nfd);
  std::string mixed = mixed_text(target_bytes);
  std::printf("normalize.tables_bytes=%zu\n", geul::detail::normalization_table_bytes);
  std::printf("normalize.input.korean_nfc.bytes=%zu\n", korean.size());
  std::printf("normalize.input.korean_nfd.bytes=%zu\n", korean_nfd.size());
  std::printf("normalize.input.mixed.bytes=%zu\n", mixed.size());
  std::printf("normalize.runs=%d\n", runs);

  using geul::NormalForm;
  measure("korean_nfc", korean, NormalForm::nfc);
  measure("korean_nfc", korean, NormalForm::nfkc);
  measure("korean_nfc", korean, NormalForm::nfd);
  measure("korean_nfd", korean_nfd, NormalForm::nfc);
  measure("korean_nfd", korean_nfd, NormalForm::nfkc);
  measure("mixed", mixed, NormalForm::nfc);
  measure("mixed", mixed, NormalForm::nfkc);

  std::string corpus_dir = argc > 1 ? argv[1] : "../shared/corpus";
  std::string corpus = read_corpus(corpus_dir);
  if (corpus.empty()) {
    std::printf("# bench_normalize: no corpus at %s (seeds/*.txt); generated inputs only\n", corpus_dir.c_str());
  } else {
    std::printf("normalize.input.corpus.bytes=%zu\n", corpus.size());
    measure("corpus", corpus, NormalForm::nfc);
    measure("corpus", corpus, NormalForm::nfkc);
  }
  return failures == 0 ? 0 : 1;
}
