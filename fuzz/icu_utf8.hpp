// UTF-16 from ICU back to UTF-8, for the harnesses that compare with ICU
// (normalization, UTF-8 repair).
#ifndef GEUL_FUZZ_ICU_UTF8_HPP
#define GEUL_FUZZ_ICU_UTF8_HPP

#include <cstddef>
#include <cstdint>
#include <string>

#include <unicode/ustring.h>

#include "fuzz_common.hpp"

namespace fuzz {

inline std::string icu_to_utf8(const UChar* s, int32_t n) {
  std::string out(static_cast<std::size_t>(n) * 3 + 1, '\0');
  int32_t out_len = 0;
  UErrorCode err = U_ZERO_ERROR;
  u_strToUTF8(out.data(), static_cast<int32_t>(out.size()), &out_len, s, n, &err);
  FUZZ_CHECK(U_SUCCESS(err));
  out.resize(static_cast<std::size_t>(out_len));
  return out;
}

}  // namespace fuzz

#endif  // GEUL_FUZZ_ICU_UTF8_HPP
