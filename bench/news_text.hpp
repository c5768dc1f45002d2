// Shared by the benchmarks: news-like text generated from a vocabulary the team
// wrote (no corpus text), a deterministic PRNG, best-of-N timing, and reading the
// optional corpus directory (only read at run time, never copied).
#ifndef GEUL_BENCH_NEWS_TEXT_HPP
#define GEUL_BENCH_NEWS_TEXT_HPP

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <dirent.h>
#include <string>
#include <vector>

namespace bench {

inline constexpr std::size_t target_bytes = 21u * 1000u * 1000u;
inline constexpr int runs = 7;

struct Rng {
  std::uint64_t state;
  std::uint64_t next() {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
};

// The team's vocabulary: common news words, particles, endings, a few Latin
// abbreviations, numbers and the punctuation Korean articles use.
const char* const nouns[] = {
    "정부", "대통령", "국회", "장관", "발표", "경제", "성장률", "물가", "상승", "하락", "기업", "투자", "시장",
    "금리", "중앙은행", "서울", "부산", "지역", "주민", "경찰", "사건", "조사", "결과", "관계자", "설명", "계획",
    "예정", "올해", "지난해", "내년", "분기", "매출", "영업이익", "증가", "감소", "전망", "정책", "지원", "확대",
    "추진", "논의", "회의", "협의", "합의", "국민", "사회", "문제", "해결", "방안", "마련", "교육", "학생",
    "학교", "대학", "병원", "환자", "의료", "날씨", "기온", "태풍", "외교", "안보", "선거", "후보", "여당",
    "야당", "의원", "법안", "통과", "반대", "찬성", "기자", "보도", "인터뷰", "전문가", "분석", "수출", "수입",
    "반도체", "자동차", "배터리", "일자리", "청년", "노인", "복지", "예산", "세금", "부동산", "아파트", "가격",
    "거래", "은행", "대출", "소비자", "생산", "공장", "기술", "연구", "개발", "인공지능", "플랫폼", "서비스",
    "이용자", "규제", "위원회", "대표", "회장", "사장", "직원", "노조", "파업", "협상", "재판", "검찰", "법원",
    "판결", "혐의", "수사", "피해", "사고", "화재", "소방", "구조", "안전", "점검", "환경", "기후", "에너지"};
const char* const particles[] = {"은", "는", "이", "가", "을", "를", "의", "에", "에서", "으로", "로",
                                 "와", "과", "도", "만", "까지", "부터", "에게", "보다", ""};
const char* const predicates[] = {"밝혔다", "말했다", "전했다", "강조했다", "덧붙였다", "나타났다", "설명했다",
                                  "발표했다", "예상된다", "보인다", "했다", "있다", "없다", "됐다", "것으로",
                                  "위해", "대한", "대해", "통해", "관련", "따르면", "함께", "가운데", "이후"};
const char* const adverbs[] = {"이번", "최근", "현재", "오전", "오후", "특히", "다만", "또한", "하지만", "그러나",
                               "모두", "이미", "아직", "다시", "크게", "계속"};
const char* const latin[] = {"AI", "GDP", "OECD", "CEO", "IT", "K-pop", "ESG", "SNS", "LG", "IMF", "5G", "EU"};
const char* const english[] = {"the", "government", "said", "market", "economy", "growth", "of", "and", "in",
                               "to", "a", "report", "analysts", "expected", "percent", "company", "shares",
                               "rose", "fell", "quarter", "investors", "Seoul", "Korea", "technology", "data",
                               "policy", "minister", "on", "Tuesday", "according", "officials", "new", "plan"};
// Non-ASCII punctuation seen in Korean articles (·, “ ”, ‘ ’, …, ㎞, ℃).
const char* const symbols[] = {"\xC2\xB7", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x98", "\xE2\x80\x99",
                               "\xE2\x80\xA6", "\xE3\x8E\x9E", "\xE2\x84\x83"};

template <std::size_t N>
const char* any(Rng& rng, const char* const (&words)[N]) {
  return words[rng.below(N)];
}

inline void append_number(Rng& rng, std::string& s) {
  switch (rng.below(5)) {
    case 0: s += std::to_string(1 + rng.below(31)) + "일"; break;
    case 1: s += std::to_string(2000 + rng.below(26)) + "년"; break;
    case 2: s += std::to_string(rng.below(100)) + "." + std::to_string(rng.below(10)) + "%"; break;
    case 3: s += std::to_string(1 + rng.below(9)) + "만" + std::to_string(rng.below(10)) + "000명"; break;
    default: s += std::to_string(1 + rng.below(999)) + "억원"; break;
  }
}

// One Korean sentence of 6-14 tokens.
inline void append_korean_sentence(Rng& rng, std::string& s) {
  std::size_t words = 6 + rng.below(9);
  bool quoted = rng.below(6) == 0;
  if (quoted) s += "\xE2\x80\x9C";
  for (std::size_t i = 0; i < words; ++i) {
    if (i) s += ' ';
    std::size_t k = rng.below(100);
    if (k < 55) {
      s += any(rng, nouns);
      s += any(rng, particles);
    } else if (k < 75) {
      s += any(rng, predicates);
    } else if (k < 85) {
      s += any(rng, adverbs);
    } else if (k < 92) {
      append_number(rng, s);
    } else if (k < 97) {
      s += any(rng, latin);
      s += any(rng, particles);
    } else {
      s += any(rng, nouns);
      s += any(rng, symbols);
    }
  }
  s += rng.below(8) == 0 ? "다고 말했다." : "다.";
  if (quoted) s += "\xE2\x80\x9D";
}

inline std::string korean_text(std::size_t bytes) {
  Rng rng{0x5EED0F6E01ull};
  std::string s;
  s.reserve(bytes + 4096);
  while (s.size() < bytes) {
    std::size_t sentences = 3 + rng.below(5);
    for (std::size_t i = 0; i < sentences; ++i) {
      if (i) s += ' ';
      append_korean_sentence(rng, s);
    }
    s += '\n';
  }
  return s;
}

inline std::string mixed_text(std::size_t bytes) {
  Rng rng{0x5EED0F6E02ull};
  std::string s;
  s.reserve(bytes + 4096);
  while (s.size() < bytes) {
    std::size_t words = 8 + rng.below(12);
    for (std::size_t i = 0; i < words; ++i) {
      if (i) s += ' ';
      if (rng.below(2)) {
        s += any(rng, english);
      } else {
        s += any(rng, nouns);
        s += any(rng, particles);
      }
    }
    s += ".\n";
  }
  return s;
}

inline std::string read_corpus(const std::string& dir) {
  std::string seeds = dir + "/seeds";
  DIR* d = opendir(seeds.c_str());
  if (!d) return {};
  std::vector<std::string> names;
  while (dirent* e = readdir(d)) {
    std::string n = e->d_name;
    if (n.size() > 4 && n.compare(n.size() - 4, 4, ".txt") == 0) names.push_back(n);
  }
  closedir(d);
  std::sort(names.begin(), names.end());
  std::string all;
  for (const std::string& n : names) {
    FILE* f = std::fopen((seeds + "/" + n).c_str(), "rb");
    if (!f) continue;
    char buf[65536];
    std::size_t k;
    while ((k = std::fread(buf, 1, sizeof buf, f)) > 0) all.append(buf, k);
    std::fclose(f);
    all += '\n';
  }
  if (all.empty()) return {};
  std::string big;
  big.reserve(target_bytes + all.size());
  while (big.size() < target_bytes) big += all;
  return big;
}

template <class F>
inline double best_seconds(F&& f) {
  double best = 1e30;
  for (int i = 0; i < runs; ++i) {
    auto t0 = std::chrono::steady_clock::now();
    f();
    auto t1 = std::chrono::steady_clock::now();
    best = std::min(best, std::chrono::duration<double>(t1 - t0).count());
  }
  return best;
}

}  // namespace bench

#endif  // GEUL_BENCH_NEWS_TEXT_HPP
