// Helpers shared by the test suites.
#ifndef GEUL_TEST_SUPPORT_HPP
#define GEUL_TEST_SUPPORT_HPP

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include <geul/json.hpp>

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

// The team's fixture articles: names of tests/data/articles/*.txt without the
// extension, sorted (base + ".txt" is the article, base + ".gold.json" its gold).
inline std::vector<std::string> fixture_names() {
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(std::string(GEUL_TEST_DATA_DIR) + "/articles", ec))
    if (e.path().extension() == ".txt") names.push_back(e.path().stem().string());
  std::sort(names.begin(), names.end());
  return names;
}

// A member of a parsed JSON object (gold files), or null when it is absent.
inline const geul::detail::json::Value& json_field(const geul::detail::json::Value& v, const char* key) {
  static const geul::detail::json::Value none;
  const geul::detail::json::Value* f = v.get(key);
  return f ? *f : none;
}

inline std::string fixture_path(const std::string& name, const char* extension = ".txt") {
  return std::string(GEUL_TEST_DATA_DIR) + "/articles/" + name + extension;
}

}  // namespace test_support

#endif  // GEUL_TEST_SUPPORT_HPP
