// geul quickstart: the 30-second example from the README, compiled and run as a test.
#include <geul/geul.hpp>

#include <cstdio>
#include <string>

int main() {
  // Scraped bytes: a BOM, Windows line endings, one broken byte, and NFD Hangul.
  std::string raw = "\xEF\xBB\xBF[\xEC\x84\x9C\xEC\x9A\xB8] \xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB\r\n\xFF";

  geul::DecodedText text = geul::decode_utf8(raw);               // valid UTF-8 + diagnostics
  std::string nfc = geul::normalize(text.text, geul::NormalForm::nfc);  // 한 composed

  std::printf("%s\n", nfc.c_str());
  for (const geul::Diagnostic& d : text.diagnostics)
    std::printf("byte %zu: %s\n", d.offset, d.message.c_str());
  return nfc == "[\xEC\x84\x9C\xEC\x9A\xB8] \xED\x95\x9C\n\xEF\xBF\xBD" ? 0 : 1;
}
