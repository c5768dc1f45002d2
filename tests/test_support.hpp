// Helpers shared by the test suites.
#ifndef GEUL_TEST_SUPPORT_HPP
#define GEUL_TEST_SUPPORT_HPP

#include <cstdio>
#include <string>

namespace test_support {

// The whole file as bytes, or "" when it cannot be read (tests then fail on content).
inline std::string read_file(const std::string& path) {
  std::string out;
  if (std::FILE* f = std::fopen(path.c_str(), "rb")) {
    char buf[4096];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
    std::fclose(f);
  }
  return out;
}

}  // namespace test_support

#endif  // GEUL_TEST_SUPPORT_HPP
