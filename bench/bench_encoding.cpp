// Legacy-encoding throughput: geul's CP949 (and UTF-16LE) decoder against glibc
// iconv on >= 20 MB of generated Korean news text encoded to CP949 (and UTF-16LE),
// plus detection throughput, in the same run. The decoded text is checked
// against iconv's and against the original before any number is printed.
//
// Prints key=value lines: encoding.<input>.{bytes,iconv_mbps,geul_mbps,ratio_vs_iconv,
// geul_mapped_mbps}, encoding.detect.<input>_mbps, encoding.tables_bytes.
// MB/s count input bytes (the encoded text).
#include <geul/unicode/encoding.hpp>

#include <iconv.h>

#include <cstdio>
#include <string>

#include "news_text.hpp"

using namespace bench;

namespace {

bool iconv_convert(const char* to, const char* from, const std::string& in, std::string& out) {
  iconv_t cd = iconv_open(to, from);
  if (cd == reinterpret_cast<iconv_t>(-1)) return false;
  out.resize(in.size() * 2 + 16);
  char* ip = const_cast<char*>(in.data());
  std::size_t il = in.size();
  char* op = &out[0];
  std::size_t ol = out.size();
  std::size_t r = iconv(cd, &ip, &il, &op, &ol);
  iconv_close(cd);
  out.resize(out.size() - ol);
  return r != static_cast<std::size_t>(-1) && il == 0;
}

// The generated text, with a few syllables outside KS X 1001 (the team's words
// 똠방각하, 햏자, 뷁) every ~40 lines so the extension path is measured too.
std::string source_text(bool extension) {
  std::string s = korean_text(30u * 1000u * 1000u);
  if (!extension) return s;
  std::string out;
  out.reserve(s.size() + s.size() / 100);
  std::size_t lines = 0;
  const char* words[] = {" 똠방각하", " 햏자", " 뷁"};
  for (char c : s) {
    if (c == '\n' && ++lines % 40 == 0) out += words[lines / 40 % 3];
    out += c;
  }
  return out;
}

int run(const char* name, const char* charset, geul::Encoding encoding, const std::string& utf8) {
  std::string bytes;
  if (!iconv_convert(charset, "UTF-8", utf8, bytes)) {
    std::printf("encoding.%s.error=cannot encode the generated text\n", name);
    return 1;
  }
  // Correctness first: the same text as iconv and as the original.
  std::string ours, theirs;
  std::size_t bad = geul::decode_to_utf8_append(bytes, encoding, ours);
  if (!iconv_convert("UTF-8", charset, bytes, theirs) || ours != theirs || ours != utf8 || bad != 0) {
    std::printf("encoding.%s.error=decoded text differs from iconv's\n", name);
    return 1;
  }
  double iconv_s = best_seconds([&] {
    std::string out;
    iconv_convert("UTF-8", charset, bytes, out);
  });
  double geul_s = best_seconds([&] {
    std::string out;
    out.reserve(bytes.size() * 3 / 2 + 16);
    geul::decode_to_utf8_append(bytes, encoding, out);
  });
  double mapped_s = best_seconds([&] { (void)geul::decode_to_utf8(bytes, encoding); });
  double detect_s = best_seconds([&] { (void)geul::detect_encoding(bytes); });
  double mb = static_cast<double>(bytes.size()) / 1e6;
  std::printf("encoding.%s.bytes=%zu\n", name, bytes.size());
  std::printf("encoding.%s.iconv_mbps=%.0f\n", name, mb / iconv_s);
  std::printf("encoding.%s.geul_mbps=%.0f\n", name, mb / geul_s);
  std::printf("encoding.%s.ratio_vs_iconv=%.2f\n", name, iconv_s / geul_s);
  std::printf("encoding.%s.geul_mapped_mbps=%.0f\n", name, mb / mapped_s);
  std::printf("encoding.detect.%s_mbps=%.0f\n", name, mb / detect_s);
  geul::EncodingGuess g = geul::detect_encoding(bytes);
  std::printf("encoding.detect.%s=%s\n", name, geul::to_string(g.encoding));
  return 0;
}

}  // namespace

int main(int, char**) {
  std::string plain = source_text(false), extended = source_text(true);
  int rc = 0;
  rc |= run("cp949", "CP949", geul::Encoding::cp949, plain);
  rc |= run("cp949_extension", "CP949", geul::Encoding::cp949, extended);
  rc |= run("utf16le", "UTF-16LE", geul::Encoding::utf16le, plain);
  // Detection on UTF-8 (what most inputs are): how much auto costs before parsing.
  double s = best_seconds([&] { (void)geul::detect_encoding(plain); });
  std::printf("encoding.detect.utf8_mbps=%.0f\n", static_cast<double>(plain.size()) / 1e6 / s);
  std::string ascii;
  for (std::size_t i = 0; ascii.size() < target_bytes; ++i) ascii += "The index rose 1.2 percent in Seoul on Tuesday. ";
  s = best_seconds([&] { (void)geul::detect_encoding(ascii); });
  std::printf("encoding.detect.ascii_mbps=%.0f\n", static_cast<double>(ascii.size()) / 1e6 / s);
  std::printf("encoding.tables_bytes=%zu\n", geul::detail::cp949_tables_bytes);
  return rc;
}
