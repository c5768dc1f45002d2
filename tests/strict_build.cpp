// Compiled with -fno-exceptions -fno-rtti -Wall -Wextra -Werror (see tests/CMakeLists.txt):
// every public header, used the way an embedded program would. Exit status 0 = all checks held.
#include <geul/geul.hpp>

#include <cstdint>
#include <cstdio>
#include <string>

static int failures = 0;
#define STRICT_CHECK(cond)                                       \
  do {                                                           \
    if (!(cond)) {                                               \
      std::fprintf(stderr, "strict_build: failed: %s\n", #cond); \
      ++failures;                                                \
    }                                                            \
  } while (0)

static_assert(GEUL_HAS_EXCEPTIONS == 0, "this translation unit must be built with -fno-exceptions");

int main() {
  // UTF-8 repair with its offset map.
  geul::DecodedText t = geul::decode_utf8("\xEF\xBB\xBF\xEB\x89\xB4\xEC\x8A\xA4\r\n\xFF");
  STRICT_CHECK(t.text == "\xEB\x89\xB4\xEC\x8A\xA4\n\xEF\xBF\xBD");
  STRICT_CHECK(t.diagnostics.size() == 3);
  STRICT_CHECK(t.map.map({0, 3}) == (geul::Span{0, 6}));

  // JSON writer.
  std::string json;
  geul::JsonWriter w(json);
  w.begin_object().key("text").value(t.text).key("n").value(3).end_object();
  STRICT_CHECK(json == "{\"text\":\"\xEB\x89\xB4\xEC\x8A\xA4\\n\xEF\xBF\xBD\",\"n\":3}");

  // Unicode normalization: NFD Hangul composes under NFC.
  STRICT_CHECK(geul::normalize("\xE1\x84\x80\xE1\x85\xA1", geul::NormalForm::nfc) == "\xEA\xB0\x80");
  STRICT_CHECK(geul::is_normalized("\xEA\xB0\x80", geul::NormalForm::nfc));
  char buf[16];
  char* end = geul::normalize_to("\xEA\xB0\x80", geul::NormalForm::nfd, buf);
  STRICT_CHECK(std::string(buf, end) == "\xE1\x84\x80\xE1\x85\xA1");

  // The news profile with its change list.
  geul::NormalizedNews news = geul::normalize_news("\xE7\xBE\x8E\xEB\x8A\x94 \xE2\x80\x9C\xEA\xB0\x80\xE2\x80\x9D");  // 美는 “가”
  STRICT_CHECK(news.text == "\xEB\xAF\xB8\xEA\xB5\xAD\xEC\x9D\x80 \"\xEA\xB0\x80\"");              // 미국은 "가"
  STRICT_CHECK(news.changes.size() == 3);

  // The Hangul toolkit.
  STRICT_CHECK(geul::hangul::qwerty_to_hangul("dkssud") == "\xEC\x95\x88\xEB\x85\x95");  // 안녕
  STRICT_CHECK(geul::hangul::josa("AI", "\xEC\x9D\xB4/\xEA\xB0\x80") == "AI\xEA\xB0\x80");  // AI가
  STRICT_CHECK(geul::hangul::number_to_hangul(std::int64_t{10000}) == "\xEB\xA7\x8C");  // 만

  if (failures == 0) std::puts("strict_build: ok");
  return failures == 0 ? 0 : 1;
}
