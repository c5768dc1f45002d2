// A user's program: includes the umbrella header and checks one real result.
#include <geul/geul.hpp>

#include <cstdio>

int main() {
  geul::DecodedText t = geul::decode_utf8("\xEF\xBB\xBF\xEA\xB8\x80\r\n");  // BOM + "글" + CRLF
  bool ok = t.text == "\xEA\xB8\x80\n";
  std::printf("geul %s: %s\n", geul::version(), ok ? "ok" : "FAILED");
  return ok ? 0 : 1;
}
