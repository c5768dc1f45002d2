// News-profile throughput: geul::normalize_news on >= 20 MB of generated noisy
// news-like text, against ICU's NFKC (what a C++ user would otherwise reach for,
// although NFKC is wrong for Korean) and geul's plain NFC, measured in the same run.
//
// Prints key=value lines: clean.<profile>.<input>.{geul_mbps,ratio_vs_icu_nfkc,ratio_vs_geul_nfc}
// and clean.news.noisy.changes (how many rule applications the input triggers).
#include <geul/text/clean.hpp>

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>

#include <cstdio>
#include <string>

#include "news_text.hpp"

using namespace bench;

namespace {

// Page noise the profile exists for, sprinkled between the generated sentences.
const char* const noise[] = {
    "\xC2\xA0",              // NBSP
    "\xE2\x80\x8B",          // zero-width space
    "\xE3\x80\x80",          // ideographic space
    "\xEF\xBC\xA1\xEF\xBC\xA9",  // ＡＩ
    "\xE3\x88\x9C",          // ㈜
    "...",                   // ASCII ellipsis
    "\xE3\x83\xBB",          // ・
    "\xE3\x85\x8B\xE3\x85\x8B\xE3\x85\x8B\xE3\x85\x8B\xE3\x85\x8B",  // ㅋㅋㅋㅋㅋ
    "!!!!!",
    " \xE7\xBE\x8E\xEB\x8A\x94 ",  // 美는
    "\xE3\x80\x8C",          // 「
    "\xE2\x80\x93",          // en dash
    "   ",                   // a space run
    "\xE3\x86\x8D",          // ㆍ
};

std::string noisy_text(std::size_t bytes) {
  std::string clean = korean_text(bytes);
  Rng rng{0x5EED0F6E03ull};
  std::string s;
  s.reserve(clean.size() + clean.size() / 8);
  for (char c : clean) {
    s.push_back(c);
    // After roughly one space in twelve, insert one noise item.
    if (c == ' ' && rng.below(12) == 0) s += noise[rng.below(sizeof noise / sizeof *noise)];
  }
  return s;
}

double icu_nfkc_seconds(const std::string& in) {
  UErrorCode st = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFKCInstance(st);
  return best_seconds([&] {
    std::string out;
    icu::StringByteSink<std::string> sink(&out);
    UErrorCode e = U_ZERO_ERROR;
    n->normalizeUTF8(0, icu::StringPiece(in.data(), static_cast<int32_t>(in.size())), sink, nullptr, e);
  });
}

void report(const char* profile, const char* input, const std::string& in, const geul::NewsNormalizeOptions& o,
            double icu_s, double nfc_s) {
  std::size_t sink = 0;
  double s = best_seconds([&] { sink += geul::normalize_news(in, o).text.size(); });
  double mb = static_cast<double>(in.size()) / 1e6;
  std::printf("clean.%s.%s.geul_mbps=%.0f\n", profile, input, mb / s);
  std::printf("clean.%s.%s.ratio_vs_icu_nfkc=%.2f\n", profile, input, icu_s / s);
  std::printf("clean.%s.%s.ratio_vs_geul_nfc=%.2f\n", profile, input, nfc_s / s);
  if (sink == 0) std::printf("clean.%s.%s.empty_output=1\n", profile, input);
}

}  // namespace

int main(int, char**) {
  struct Input {
    const char* name;
    std::string text;
  } inputs[] = {{"noisy", noisy_text(target_bytes)}, {"clean", korean_text(target_bytes)}};
  for (const Input& in : inputs) {
    double icu_s = icu_nfkc_seconds(in.text);
    double nfc_s = best_seconds([&] { (void)geul::normalize(in.text, geul::NormalForm::nfc); });
    double mb = static_cast<double>(in.text.size()) / 1e6;
    std::printf("clean.%s.bytes=%zu\n", in.name, in.text.size());
    std::printf("clean.%s.icu_nfkc_mbps=%.0f\n", in.name, mb / icu_s);
    std::printf("clean.%s.geul_nfc_mbps=%.0f\n", in.name, mb / nfc_s);
    report("news", in.name, in.text, geul::NewsNormalizeOptions{}, icu_s, nfc_s);
    geul::NewsNormalizeOptions quiet;
    quiet.record_changes = false;
    report("news_no_changes", in.name, in.text, quiet, icu_s, nfc_s);
    report("strict", in.name, in.text, geul::NewsNormalizeOptions::strict(), icu_s, nfc_s);
    if (std::string(in.name) == "noisy")
      std::printf("clean.news.noisy.changes=%zu\n", geul::normalize_news(in.text).changes.size());
  }
  return 0;
}
