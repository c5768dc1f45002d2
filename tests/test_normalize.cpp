// Unicode normalization: the full NormalizationTest.txt conformance suite (all
// parts, all lines, every invariant of its header, for all four forms), plus
// the team's own vectors for Hangul, quick checks, normalize_to and offset maps.
#include <doctest/doctest.h>

#include <geul/unicode/normalize.hpp>

#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <new>
#include <string>
#include <vector>

using geul::NormalForm;
using geul::normalize;
using geul::QuickCheck;

// Counts heap allocations, to check normalize_to's promise (see its test).
// (GCC's -Wmismatched-new-delete cannot see that this new pairs with this delete.)
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
#endif
static std::size_t heap_allocations = 0;
static void* counted_malloc(std::size_t n) noexcept {
  ++heap_allocations;
  return std::malloc(n ? n : 1);
}
void* operator new(std::size_t n) {
  if (void* p = counted_malloc(n)) return p;
  std::abort();
}
void* operator new[](std::size_t n) { return operator new(n); }
void* operator new(std::size_t n, const std::nothrow_t&) noexcept { return counted_malloc(n); }
void* operator new[](std::size_t n, const std::nothrow_t&) noexcept { return counted_malloc(n); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { std::free(p); }

namespace {

const NormalForm all_forms[] = {NormalForm::nfc, NormalForm::nfd, NormalForm::nfkc, NormalForm::nfkd};

std::string utf8_of(const std::vector<char32_t>& cps) {
  std::string s;
  for (char32_t c : cps) geul::append_utf8(s, c);
  return s;
}

std::string hex(const std::string& s) {
  std::string out;
  geul::for_each_code_point(s, [&](char32_t cp, std::size_t, std::size_t) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%s%04X", out.empty() ? "" : " ", static_cast<unsigned>(cp));
    out += buf;
  });
  return out;
}

std::string ucd_dir() {
  const char* env = std::getenv("GEUL_UCD_DIR");
  return env ? env : "/usr/share/unicode";
}

// Everything the API promises about one (input, form): the four entry points agree,
// is_normalized is exact, quick_check never lies, and the map is well-formed.
std::size_t check_api_consistency(const std::string& in, NormalForm form, const std::string& expected) {
  std::string via_iterator;
  geul::normalize_to(in, form, std::back_inserter(via_iterator));
  CHECK(via_iterator == expected);
  geul::NormalizedText mapped = geul::normalize_with_map(in, form);
  CHECK(mapped.text == expected);
  CHECK(mapped.map.source_size() == in.size());
  CHECK(mapped.map.output_size() == expected.size());
  bool normal = expected == in;
  CHECK(geul::is_normalized(in, form) == normal);
  QuickCheck qc = geul::quick_check(in, form);
  if (qc == QuickCheck::yes) CHECK(normal);
  if (qc == QuickCheck::no) CHECK(!normal);
  if (form == NormalForm::nfd || form == NormalForm::nfkd) CHECK(qc != QuickCheck::maybe);
  return 6;  // comparisons above (quick_check adds up to 2 more)
}

}  // namespace

TEST_CASE("NormalizationTest.txt: every line, every invariant, every form") {
  std::string cmd = "bzcat '" + ucd_dir() + "/NormalizationTest.txt.bz2'";
  FILE* f = popen(cmd.c_str(), "r");
  REQUIRE(f != nullptr);

  std::vector<bool> listed_in_part1(0x110000, false);
  std::string part;
  std::size_t lines = 0, checks = 0, api_checks = 0, part1_lines = 0;
  char line[4096];
  while (std::fgets(line, sizeof line, f)) {
    std::string l(line);
    if (l.rfind("@Part", 0) == 0) {
      part = l.substr(0, l.find_first_of(" \t\r\n"));
      continue;
    }
    if (l.empty() || l[0] == '#' || l[0] == '\n') continue;
    // c1;c2;c3;c4;c5; # comment
    std::vector<std::vector<char32_t>> cols;
    std::size_t pos = 0;
    for (int c = 0; c < 5; ++c) {
      std::size_t semi = l.find(';', pos);
      REQUIRE(semi != std::string::npos);
      std::vector<char32_t> cps;
      const char* s = l.c_str() + pos;
      const char* e = l.c_str() + semi;
      while (s < e) {
        char* next;
        unsigned long v = std::strtoul(s, &next, 16);
        if (next == s) break;
        cps.push_back(static_cast<char32_t>(v));
        s = next;
      }
      cols.push_back(cps);
      pos = semi + 1;
    }
    ++lines;
    if (part == "@Part1") {
      ++part1_lines;
      REQUIRE(cols[0].size() == 1);
      listed_in_part1[cols[0][0]] = true;
    }
    std::string c[6];
    for (int i = 0; i < 5; ++i) c[i + 1] = utf8_of(cols[i]);
    auto expect = [&](NormalForm form, int target, std::initializer_list<int> sources) {
      for (int src : sources) {
        std::string got = normalize(c[src], form);
        if (got != c[target])
          FAIL_CHECK(geul::to_string(form) << "(c" << src << " = " << hex(c[src]) << ") = " << hex(got)
                                           << ", expected c" << target << " = " << hex(c[target]));
        ++checks;
      }
    };
    // The header's CONFORMANCE invariants, part 1.
    expect(NormalForm::nfc, 2, {1, 2, 3});
    expect(NormalForm::nfc, 4, {4, 5});
    expect(NormalForm::nfd, 3, {1, 2, 3});
    expect(NormalForm::nfd, 5, {4, 5});
    expect(NormalForm::nfkc, 4, {1, 2, 3, 4, 5});
    expect(NormalForm::nfkd, 5, {1, 2, 3, 4, 5});
    // And the other entry points agree on every column.
    for (int src = 1; src <= 5; ++src)
      for (NormalForm form : all_forms) api_checks += check_api_consistency(c[src], form, normalize(c[src], form));
  }
  int status = pclose(f);
  CHECK(status == 0);

  // Invariant 2: every code point not listed in Part 1 is unchanged by all forms.
  // (Checked for all code points, assigned or not, except surrogates.)
  std::size_t invariant_cps = 0, invariant_checks = 0;
  char buf[64];
  for (char32_t cp = 0; cp <= 0x10FFFF; ++cp) {
    if ((cp >= 0xD800 && cp <= 0xDFFF) || listed_in_part1[cp]) continue;
    char in[4];
    std::size_t n = geul::detail::encode_one(cp, in);
    std::string_view x(in, n);
    ++invariant_cps;
    for (NormalForm form : all_forms) {
      char* end = geul::normalize_to(x, form, buf);
      if (std::string_view(buf, static_cast<std::size_t>(end - buf)) != x)
        FAIL_CHECK("U+" << hex(std::string(x)) << " changed under " << geul::to_string(form));
      if (geul::quick_check(x, form) == QuickCheck::no) FAIL_CHECK("quick_check no for U+" << hex(std::string(x)));
      invariant_checks += 2;
    }
  }

  std::printf("NormalizationTest.txt: %zu lines (%zu in Part 1), %zu header-invariant checks, %zu API consistency checks; "
              "%zu code points outside Part 1 invariant under all forms (%zu checks)\n",
              lines, part1_lines, checks, api_checks, invariant_cps, invariant_checks);
  CHECK(lines == 19074);  // every data line of the 15.0.0 file was read
  CHECK(checks == lines * 20);
  CHECK(part1_lines > 10000);
}

// ---------------------------------------------------------------------------
// The team's own vectors (derived from UAX #15 and Unicode ch. 3.12).

TEST_CASE("Hangul syllables decompose algorithmically and recompose") {
  // 한국 = U+D55C U+AD6D: both LVT.
  std::string nfc = "\xED\x95\x9C\xEA\xB5\xAD";
  std::string nfd = "\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB"   // ᄒ ᅡ ᆫ
                    "\xE1\x84\x80\xE1\x85\xAE\xE1\x86\xA8";  // ᄀ ᅮ ᆨ
  CHECK(normalize(nfc, NormalForm::nfd) == nfd);
  CHECK(normalize(nfc, NormalForm::nfkd) == nfd);
  CHECK(normalize(nfd, NormalForm::nfc) == nfc);
  CHECK(normalize(nfd, NormalForm::nfkc) == nfc);
  CHECK(normalize(nfc, NormalForm::nfc) == nfc);
  // A sentence with spaces, ASCII and punctuation around the syllables.
  std::string sentence = "\xEC\x98\xA4\xEB\x8A\x98 \xEB\x82\xA0\xEC\x94\xA8\xEB\x8A\x94 \"\xEB\xA7\x91\xEC\x9D\x8C\" (25\xE2\x84\x83).";
  CHECK(normalize(normalize(sentence, NormalForm::nfd), NormalForm::nfc) == sentence);
  CHECK(normalize(sentence, NormalForm::nfc) == sentence);
}

TEST_CASE("conjoining jamo sequences") {
  auto nfc = [](std::vector<char32_t> cps) { return normalize(utf8_of(cps), NormalForm::nfc); };
  CHECK(nfc({0x1100, 0x1161}) == utf8_of({0xAC00}));                   // L V -> 가
  CHECK(nfc({0x1100, 0x1161, 0x11A8}) == utf8_of({0xAC01}));           // L V T -> 각
  CHECK(nfc({0x1112, 0x1175, 0x11C2}) == utf8_of({0xD7A3}));           // the last syllable 힣
  CHECK(nfc({0xAC00, 0x11A8}) == utf8_of({0xAC01}));                   // LV syllable + T
  CHECK(nfc({0xAC01, 0x11A8}) == utf8_of({0xAC01, 0x11A8}));           // LVT + T: no
  CHECK(nfc({0xAC00, 0x1161}) == utf8_of({0xAC00, 0x1161}));           // LV + V: no
  CHECK(nfc({0x1100, 0x1161, 0x1161}) == utf8_of({0xAC00, 0x1161}));   // only one V joins
  CHECK(nfc({0x1100, 0x1161, 0x11A7}) == utf8_of({0xAC00, 0x11A7}));   // U+11A7 is not a T
  CHECK(nfc({0x1100, 0x1176}) == utf8_of({0x1100, 0x1176}));           // old Hangul V: no syllable
  CHECK(nfc({0x113C, 0x1161}) == utf8_of({0x113C, 0x1161}));           // old Hangul L: no syllable
  CHECK(nfc({0x1100, 0x0300, 0x1161}) == utf8_of({0x1100, 0x0300, 0x1161}));  // blocked by a mark
  CHECK(nfc({0x1100, 0x1161, 0x0300}) == utf8_of({0xAC00, 0x0300}));   // mark after the syllable stays
  CHECK(nfc({0x1161, 0x11A8}) == utf8_of({0x1161, 0x11A8}));           // V T without L
  CHECK(nfc({0x1100, 0x1100, 0x1161}) == utf8_of({0x1100, 0xAC00}));
  CHECK(nfc({0x1100, 0x1161, 0x11A8, 0x1100, 0x1161}) == utf8_of({0xAC01, 0xAC00}));
  // NFD keeps jamo as they are; a trailing T after a syllable stays separate.
  CHECK(normalize(utf8_of({0xAC00, 0x11A8}), NormalForm::nfd) == utf8_of({0x1100, 0x1161, 0x11A8}));
}

TEST_CASE("NFKC folds compatibility jamo into syllables (why geul warns about it)") {
  // 가 + ㄳ (U+3133, compatibility jamo) -> 갃 under NFKC; NFC leaves it alone.
  std::string ga_gs = "\xEA\xB0\x80\xE3\x84\xB3";
  CHECK(normalize(ga_gs, NormalForm::nfkc) == utf8_of({0xAC03}));
  CHECK(normalize(ga_gs, NormalForm::nfc) == ga_gs);
  // ㅋㅋㅋ -> three conjoining choseong ᄏ.
  CHECK(normalize("\xE3\x85\x8B\xE3\x85\x8B\xE3\x85\x8B", NormalForm::nfkc) == utf8_of({0x110F, 0x110F, 0x110F}));
  // ㄱ ㅏ (compatibility jamo) become L V and compose.
  CHECK(normalize(utf8_of({0x3131, 0x314F}), NormalForm::nfkc) == utf8_of({0xAC00}));
  // Halfwidth ﾡ (U+FFA1) -> ᄀ; enclosed ㈜ (U+321C) -> (주); circled ㉠ (U+3260) -> ᄀ.
  CHECK(normalize(utf8_of({0xFFA1}), NormalForm::nfkc) == utf8_of({0x1100}));
  CHECK(normalize(utf8_of({0x321C}), NormalForm::nfkc) == "(" + utf8_of({0xC8FC}) + ")");
  CHECK(normalize(utf8_of({0x321C}), NormalForm::nfkd) == utf8_of({'(', 0x110C, 0x116E, ')'}));
  CHECK(normalize(utf8_of({0x3260}), NormalForm::nfkc) == utf8_of({0x1100}));
  // Fullwidth and other compatibility characters.
  CHECK(normalize("\xEF\xBC\xA1\xEF\xBC\x91", NormalForm::nfkc) == "A1");   // Ａ１
  CHECK(normalize("\xE2\x80\xA6", NormalForm::nfkc) == "...");              // …
  CHECK(normalize("\xE2\x80\xA6", NormalForm::nfc) == "\xE2\x80\xA6");
  // CJK compatibility ideographs fold even under NFC (U+F900 -> U+8C48).
  CHECK(normalize(utf8_of({0xF900}), NormalForm::nfc) == utf8_of({0x8C48}));
}

TEST_CASE("canonical ordering and composition with blocking") {
  // e + U+0301 (ccc 230) + U+0323 (ccc 220): reordered, then ẹ́ (U+1EB9 U+0301).
  std::string e = utf8_of({'e', 0x0301, 0x0323});
  CHECK(normalize(e, NormalForm::nfd) == utf8_of({'e', 0x0323, 0x0301}));
  CHECK(normalize(e, NormalForm::nfc) == utf8_of({0x1EB9, 0x0301}));
  // Same ccc blocks: a + U+0301 + U+0301 -> á + U+0301.
  CHECK(normalize(utf8_of({'a', 0x0301, 0x0301}), NormalForm::nfc) == utf8_of({0xE1, 0x0301}));
  // Composition exclusion: U+0958 stays decomposed under NFC.
  CHECK(normalize(utf8_of({0x0958}), NormalForm::nfc) == utf8_of({0x0915, 0x093C}));
  // A long run of marks in reverse ccc order (longer than the inline buffer).
  std::vector<char32_t> marks{'o'};
  for (int i = 0; i < 100; ++i) {
    marks.push_back(0x0301);  // 230
    marks.push_back(0x0316);  // 220
  }
  std::string got = normalize(utf8_of(marks), NormalForm::nfd);
  std::vector<char32_t> want{'o'};
  for (int i = 0; i < 100; ++i) want.push_back(0x0316);
  for (int i = 0; i < 100; ++i) want.push_back(0x0301);
  CHECK(got == utf8_of(want));
  // NFC: the first U+0301 is not blocked (220 < 230) and joins o -> ó; the rest stay.
  want[0] = 0xF3;
  want.erase(want.begin() + 101);
  CHECK(normalize(utf8_of(marks), NormalForm::nfc) == utf8_of(want));
}

TEST_CASE("ill-formed UTF-8 reads as U+FFFD per maximal subpart") {
  const std::string fffd = "\xEF\xBF\xBD";
  CHECK(normalize("a\xFF" "b", NormalForm::nfc) == "a" + fffd + "b");
  CHECK(normalize("\xE1\x84", NormalForm::nfc) == fffd);                 // truncated jamo: one subpart
  CHECK(normalize("\xE1\x84\x80\xE1\x85", NormalForm::nfc) == utf8_of({0x1100}) + fffd);
  CHECK(normalize("\xF0\x80\x80", NormalForm::nfd) == fffd + fffd + fffd);
  CHECK(normalize(fffd, NormalForm::nfkc) == fffd);                      // a real U+FFFD is kept
  CHECK(geul::quick_check("\xC3", NormalForm::nfc) == QuickCheck::no);
  CHECK(!geul::is_normalized("\xC3", NormalForm::nfd));
  CHECK(normalize(std::string("a\0b", 3), NormalForm::nfc) == std::string("a\0b", 3));
}

TEST_CASE("quick_check and is_normalized") {
  std::string ga = utf8_of({0xAC00});
  CHECK(geul::quick_check(ga, NormalForm::nfc) == QuickCheck::yes);
  CHECK(geul::quick_check(ga, NormalForm::nfd) == QuickCheck::no);
  CHECK(geul::quick_check(utf8_of({0x1100, 0x1161}), NormalForm::nfc) == QuickCheck::maybe);
  CHECK(!geul::is_normalized(utf8_of({0x1100, 0x1161}), NormalForm::nfc));
  CHECK(geul::is_normalized(utf8_of({0x1100, 0x1161}), NormalForm::nfd));
  CHECK(geul::quick_check(utf8_of({0xAC00, 0x11A8}), NormalForm::nfc) == QuickCheck::maybe);
  CHECK(!geul::is_normalized(utf8_of({0xAC00, 0x11A8}), NormalForm::nfc));
  // maybe, yet normalized: a T that cannot join an LVT syllable.
  CHECK(geul::quick_check(utf8_of({0xAC01, 0x11A8}), NormalForm::nfc) == QuickCheck::maybe);
  CHECK(geul::is_normalized(utf8_of({0xAC01, 0x11A8}), NormalForm::nfc));
  CHECK(geul::quick_check(utf8_of({0x3131}), NormalForm::nfkc) == QuickCheck::no);
  CHECK(geul::quick_check(utf8_of({0x3131}), NormalForm::nfc) == QuickCheck::yes);
  CHECK(geul::quick_check(utf8_of({'e', 0x0301, 0x0323}), NormalForm::nfd) == QuickCheck::no);
  CHECK(geul::quick_check(utf8_of({'e', 0x0323, 0x0301}), NormalForm::nfd) == QuickCheck::yes);
  CHECK(geul::quick_check("plain ASCII text, long enough for the 8-byte path", NormalForm::nfkd) == QuickCheck::yes);
  CHECK(geul::is_normalized("", NormalForm::nfc));
}

TEST_CASE("normalize_to writes through any output iterator") {
  std::string nfd = utf8_of({0x1100, 0x1161, 0x11A8, ' ', 'A', 0x0301});
  char buf[32];
  char* end = geul::normalize_to(nfd, NormalForm::nfc, buf);
  CHECK(std::string(buf, end) == utf8_of({0xAC01, ' ', 0xC1}));
  std::vector<char> v;
  geul::normalize_to(nfd, NormalForm::nfc, std::back_inserter(v));
  CHECK(std::string(v.begin(), v.end()) == utf8_of({0xAC01, ' ', 0xC1}));
  // Output longer than the internal chunk buffer.
  std::string big;
  for (int i = 0; i < 3000; ++i) big += utf8_of({0xD55C});  // 한
  std::string out;
  geul::normalize_to(big, NormalForm::nfd, std::back_inserter(out));
  CHECK(out.size() == 3000 * 9);
  CHECK(out == normalize(big, NormalForm::nfd));
}

TEST_CASE("normalize_to allocates nothing up to the documented segment length") {
  // A base with 63 marks in reverse ccc order: one segment of 64 code points.
  std::string marks = "q";
  for (int i = 0; i < 63; ++i) marks += utf8_of({i % 2 ? char32_t{0x0316} : char32_t{0x0301}});
  std::string korean_nfd = normalize(std::string(200, ' ') + utf8_of({0xD55C, 0xAE00, ' ', 0x3131, 0xAC00}), NormalForm::nfd);
  std::string mixed = utf8_of({'A', 0x030A, 0x212B, 0xFB01, 0x321C, 0xAC00, 0x11A8, 0xF900}) + "\xFF";
  static char out[4096];
  for (NormalForm form : all_forms) {
    for (const std::string* in : {&marks, &korean_nfd, &mixed}) {
      std::string expected = normalize(*in, form);
      std::size_t before = heap_allocations;
      char* end = geul::normalize_to(*in, form, out);
      std::size_t allocated = heap_allocations - before;
      CHECK(allocated == 0);
      CHECK(std::string(out, end) == expected);
    }
  }
  // Beyond the inline capacity the heap is used, and the result stays right.
  std::string longer = marks;
  for (int i = 0; i < 40; ++i) longer += utf8_of({char32_t{0x0316}});
  std::string expected = normalize(longer, NormalForm::nfd);
  std::size_t before = heap_allocations;
  char* end = geul::normalize_to(longer, NormalForm::nfd, out);
  CHECK(heap_allocations > before);
  CHECK(std::string(out, end) == expected);
}

TEST_CASE("code point helpers") {
  CHECK(geul::canonical_combining_class(0x0301) == 230);
  CHECK(geul::canonical_combining_class(0x0323) == 220);
  CHECK(geul::canonical_combining_class(0x302E) == 224);  // Hangul single dot tone mark
  CHECK(geul::canonical_combining_class(0xAC00) == 0);
  CHECK(geul::canonical_combining_class(0x1E944) == 230);  // Adlam (supplementary plane)
  CHECK(geul::canonical_combining_class(0x110000) == 0);
  geul::Decomposition d = geul::decompose(0xD7A3);
  CHECK(std::vector<char32_t>(d.begin(), d.end()) == std::vector<char32_t>{0x1112, 0x1175, 0x11C2});
  d = geul::decompose(0x1E9B, true);  // ẛ: compat s + dot above; canonical ſ + dot above
  CHECK(std::vector<char32_t>(d.begin(), d.end()) == std::vector<char32_t>{'s', 0x0307});
  d = geul::decompose(0x1E9B);
  CHECK(std::vector<char32_t>(d.begin(), d.end()) == std::vector<char32_t>{0x017F, 0x0307});
  d = geul::decompose(0xFDFA, true);
  CHECK(d.size == 18);
  d = geul::decompose('a');
  CHECK((d.size == 1 && d.code_points[0] == 'a'));
  CHECK(geul::compose(0x1100, 0x1161) == 0xAC00);
  CHECK(geul::compose(0xAC00, 0x11A8) == 0xAC01);
  CHECK(geul::compose(0xAC01, 0x11A8) == 0);
  CHECK(geul::compose('e', 0x0301) == 0xE9);
  CHECK(geul::compose(0x0915, 0x093C) == 0);  // excluded
  CHECK(geul::compose(0x11099, 0x110BA) == 0x1109A);  // Kaithi, supplementary
  CHECK(geul::compose('x', 0x0301) == 0);
}

TEST_CASE("normal form names") {
  NormalForm f = NormalForm::nfc;
  CHECK(geul::parse_normal_form("NFKD", f));
  CHECK(f == NormalForm::nfkd);
  CHECK(geul::parse_normal_form("nfd", f));
  CHECK(f == NormalForm::nfd);
  CHECK(!geul::parse_normal_form("nfx", f));
  CHECK(!geul::parse_normal_form("", f));
  CHECK(f == NormalForm::nfd);
  for (NormalForm g : all_forms) {
    NormalForm back = NormalForm::nfc;
    CHECK(geul::parse_normal_form(geul::to_string(g), back));
    CHECK(back == g);
  }
}

// ---------------------------------------------------------------------------
// Offset maps.

namespace {

// Properties every map must have: ranges stay inside the input, are monotone,
// and mapping consecutive output pieces covers the whole input.
void check_map_properties(const std::string& in, NormalForm form) {
  geul::NormalizedText r = geul::normalize_with_map(in, form);
  CAPTURE(hex(in));
  CAPTURE(geul::to_string(form));
  REQUIRE(r.map.source_size() == in.size());
  REQUIRE(r.map.output_size() == r.text.size());
  CHECK(r.map.map({0, r.text.size()}) == (geul::Span{0, in.size()}));
  std::size_t covered = 0, last_begin = 0;
  std::size_t o = 0;
  while (o < r.text.size()) {
    char32_t cp;
    std::size_t n = geul::detail::decode_one(reinterpret_cast<const unsigned char*>(r.text.data()) + o,
                                             reinterpret_cast<const unsigned char*>(r.text.data()) + r.text.size(), cp);
    geul::Span s = r.map.map({o, o + n});
    CHECK(s.end <= in.size());
    CHECK(s.begin <= s.end);
    CHECK(s.begin >= last_begin);  // monotone
    CHECK(s.begin <= covered);     // no gap
    covered = std::max(covered, s.end);
    last_begin = s.begin;
    // Unchanged bytes map to themselves.
    o += n;
  }
  if (!r.text.empty()) CHECK(covered == in.size());
  // Identity when nothing changed.
  if (r.text == in) CHECK(r.map.is_identity());
}

}  // namespace

TEST_CASE("offset map: fully decomposed Korean maps syllable by syllable") {
  // "한국 뉴스" in NFD; NFC gives 3 edits of 9 or 6 bytes -> 3 bytes each.
  std::string nfc = "\xED\x95\x9C\xEA\xB5\xAD \xEB\x89\xB4\xEC\x8A\xA4";
  std::string nfd = normalize(nfc, NormalForm::nfd);
  geul::NormalizedText r = geul::normalize_with_map(nfd, NormalForm::nfc);
  REQUIRE(r.text == nfc);
  const auto& edits = r.map.edits();
  REQUIRE(edits.size() == 4);
  CHECK((edits[0].out_begin == 0 && edits[0].out_end == 3 && edits[0].in_begin == 0 && edits[0].in_end == 9));
  CHECK((edits[1].out_begin == 3 && edits[1].out_end == 6 && edits[1].in_begin == 9 && edits[1].in_end == 18));
  // 뉴 = ᄂ ᅲ (6 bytes) after the space at 18.
  CHECK((edits[2].out_begin == 7 && edits[2].out_end == 10 && edits[2].in_begin == 19 && edits[2].in_end == 25));
  CHECK((edits[3].in_begin == 25 && edits[3].in_end == 31));
  CHECK(r.map.map({7, 10}) == (geul::Span{19, 25}));
  CHECK(r.map.map({6, 7}) == (geul::Span{18, 19}));  // the space is copied
  // And the reverse direction: NFD of the syllables, one edit per syllable.
  geul::NormalizedText d = geul::normalize_with_map(nfc, NormalForm::nfd);
  REQUIRE(d.text == nfd);
  CHECK(d.map.edits().size() == 4);
  CHECK(d.map.map({9, 18}) == (geul::Span{3, 6}));
}

TEST_CASE("offset map: composed segments are single edits, unchanged text is identity") {
  std::string in = "cafe\xCC\x81 ok";  // cafe + U+0301
  geul::NormalizedText r = geul::normalize_with_map(in, NormalForm::nfc);
  CHECK(r.text == "caf\xC3\xA9 ok");
  REQUIRE(r.map.edits().size() == 1);
  CHECK(r.map.map({3, 5}) == (geul::Span{3, 6}));  // é <- e + U+0301
  CHECK(r.map.map({5, 8}) == (geul::Span{6, 9}));
  CHECK(geul::normalize_with_map("plain \xEA\xB0\x80", NormalForm::nfc).map.is_identity());
  // A "maybe" that does not change (LVT + T) is still identity.
  CHECK(geul::normalize_with_map(utf8_of({0xAC01, 0x11A8}), NormalForm::nfc).map.is_identity());
}

TEST_CASE("offset map properties on mixed inputs") {
  const std::vector<std::string> inputs = {
      "",
      "ASCII only",
      utf8_of({0xD55C, 0xAD6D, ' ', 0x1100, 0x1161, 0x11A8, 0x3131, 0x314F}),
      utf8_of({'e', 0x0301, 0x0323, 'x', 0xF900, 0x321C, 0xFDFA, 0x2026}),
      "\xFF\xE1\x84\x80\xE1\x85\xA1\xC3",
      utf8_of({0x0301, 0x1161, 0x11A8, 0xAC00, 0x11A8, 0x11A8, 0x0958, 0x1E9B, 0x0323}),
      utf8_of({0x1100, 0x0300, 0x1161, 0x3260, 0xFFA1, 0xFF21, 0x1D400}),
  };
  for (const std::string& in : inputs)
    for (NormalForm form : all_forms) check_map_properties(in, form);
}
