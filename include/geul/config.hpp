// geul — configuration macros: version, assertions, exception detection.
#ifndef GEUL_CONFIG_HPP
#define GEUL_CONFIG_HPP

#define GEUL_VERSION_MAJOR 0
#define GEUL_VERSION_MINOR 1
#define GEUL_VERSION_PATCH 0
#define GEUL_VERSION_STRING "0.1.0"

// Programming errors (not bad input: bad input is reported as diagnostics).
// Users may define GEUL_ASSERT before including geul to route these elsewhere.
#ifndef GEUL_ASSERT
#include <cstdio>
#include <cstdlib>
#define GEUL_ASSERT(cond)                                                        \
  do {                                                                           \
    if (!(cond)) {                                                               \
      std::fprintf(stderr, "geul: assertion failed: %s (%s:%d)\n", #cond,        \
                   __FILE__, __LINE__);                                          \
      std::abort();                                                              \
    }                                                                            \
  } while (0)
#endif

// geul never throws; this only tells whether the surrounding build has exceptions.
#if defined(__cpp_exceptions) || defined(__EXCEPTIONS) || defined(_CPPUNWIND)
#define GEUL_HAS_EXCEPTIONS 1
#else
#define GEUL_HAS_EXCEPTIONS 0
#endif

#if defined(__GNUC__) || defined(__clang__)
#define GEUL_LIKELY(x) __builtin_expect(!!(x), 1)
#define GEUL_UNLIKELY(x) __builtin_expect(!!(x), 0)
#else
#define GEUL_LIKELY(x) (x)
#define GEUL_UNLIKELY(x) (x)
#endif

namespace geul {
inline constexpr const char* version() noexcept { return GEUL_VERSION_STRING; }
}  // namespace geul

#endif  // GEUL_CONFIG_HPP
