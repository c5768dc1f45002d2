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
#include <random>
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

// ── News pages (bench_parse, bench_summarize) ───────────────────────────────
namespace pages {

inline constexpr const char* navigation[] = {"본문 바로가기", "전체메뉴", "검색", "로그인", "한빛일보 최신기사",
                                             "경제", "사회 > 교육", "서울맑음 / 3.2 °", "11.28 (목)",
                                             "컨텐츠 바로가기"};
inline constexpr const char* widgets[] = {"공유", "댓글 0", "글자크기 조절", "인쇄",
                                          "좋아요", "기사 스크랩", "URL복사", "공감 12"};
inline constexpr const char* titles[] = {
    "시내버스 새벽 노선 5개 늘린다…출근길 혼잡 줄인다",
    "\"전기요금 고지서 보고 놀랐다\"…소상공인 냉방비 부담 커져",
    "중소 제조업체 10곳 중 4곳 \"내년 채용 줄일 것\"",
    "지역 도서관 야간 개방 확대…수험생 발길 이어져",
    "해상풍력 단지 인허가 기간 절반으로 줄인다",
    "[이슈 분석] 반도체 장비 수출 석 달째 증가",
    "농산물 산지 가격 급락…배추 한 포기 1천원대",
    "청년 임대주택 경쟁률 82대 1…관리비가 변수",
};
inline constexpr const char* sentences[] = {
    "시는 다음 달부터 새벽 시간대 버스 노선을 다섯 개 더 늘린다고 밝혔다.",
    "새 노선은 주요 산업단지와 지하철역을 잇는 구간에 우선 배치된다.",
    "교통카드 이용 기록을 분석한 결과 새벽 4시 전후 승차 인원이 하루 평균 500명을 넘었다.",
    "운수업계는 기사 구하기가 갈수록 어려워지고 있다며 인건비 지원을 요구하고 있다.",
    "한 버스회사 대표는 \"야간 근무를 맡을 기사가 부족해 배차 간격을 지키기 어렵다\"고 말했다.",
    "전문가들은 수요가 많은 구간부터 단계적으로 늘려야 한다고 입을 모은다.",
    "정부는 올해 안에 관련 지침을 고쳐 지자체의 재정 부담을 덜어 주기로 했다.",
    "업계에 따르면 지난달 전력 사용량은 1년 전보다 8% 늘었다.",
    "소상공인연합회 관계자는 \"냉방비가 임대료만큼 나온다는 하소연이 많다\"고 전했다.",
    "조사 대상 기업의 41%가 내년 채용 규모를 올해보다 줄이겠다고 답했다.",
    "특히 종업원 50인 미만 기업에서 채용을 줄이겠다는 응답이 많았다.",
    "도서관은 평일 운영 시간을 밤 11시까지 한 시간 늘린다.",
    "늦은 시간 귀가하는 이용객을 위해 주변 골목 조명도 밝게 바꾼다.",
    "인허가 절차가 길어지면서 사업비가 처음 계획보다 30% 가까이 늘었다.",
    "업계는 특별법이 통과돼야 착공 시점을 앞당길 수 있다고 본다.",
    "산지 가격은 떨어졌지만 소비자 가격은 여전히 높은 수준에 머물러 있다.",
    "유통 단계를 줄이는 직거래 장터를 늘려야 한다는 목소리가 나온다.",
    "관리비를 더하면 주변 원룸 월세와 큰 차이가 없다는 지적도 있다.",
    "연구팀은 올해 안에 시험 설비를 짓고 내년부터 실증에 들어갈 계획이다.",
    "협회는 다음 주 회원사를 대상으로 설명회를 열 예정이다.",
};
inline constexpr const char* captions[] = {
    "21일 오전 시내 한 정류장에서 시민들이 버스를 기다리고 있다. 2024.05.21. photo@newsis.com",
    "도서관 열람실에서 학생들이 공부하고 있다. [한빛시 제공. 재판매 및 DB 금지]",
    "산업단지 전경. /사진=뉴스1",
    "해상풍력 단지 조감도 (사진=한빛에너지 제공)",
};
inline constexpr const char* reporters[] = {"윤하람", "정다온", "서하준", "민예솔", "한다해", "배소윤"};
inline constexpr const char* outlets[][2] = {
    {"뉴시스", "newsis.com"}, {"연합뉴스", "yna.co.kr"}, {"한빛일보", "hanbit.example"}, {"뉴스1", "news1.kr"}};

// One body sentence of 9-17 words with a single finite predicate at the end
// (append_korean_sentence scatters 했다/있다 mid-sentence, which a sentence
// splitter rightly cuts into fragments); about 130 bytes, like real news
// sentences. One in eight is a quote with a speaker verb.
inline constexpr const char* connectives[] = {"위해", "통해", "따르면", "가운데", "이후", "함께", "대해", "관련해", "앞서"};
inline constexpr const char* finals[] = {"밝혔다.", "말했다.", "전했다.", "설명했다.", "발표했다.", "강조했다.",
                                         "덧붙였다.", "예상된다.", "보인다.", "나타났다.", "계획이다.", "전망이다."};

inline void append_body_sentence(Rng& rng, std::string& s) {
  const std::size_t words = 9 + rng.below(9);
  const bool quoted = rng.below(8) == 0;
  if (quoted) s += '"';
  for (std::size_t i = 0; i + 1 < words; ++i) {
    if (i) s += ' ';
    std::size_t k = rng.below(100);
    if (k < 65) {
      s += any(rng, nouns);
      s += any(rng, particles);
    } else if (k < 75) {
      s += any(rng, adverbs);
    } else if (k < 85) {
      append_number(rng, s);
    } else if (k < 95) {
      s += any(rng, connectives);
    } else {
      s += any(rng, latin);
      s += any(rng, particles);
    }
  }
  s += quoted ? "\"고 " : " ";
  s += quoted ? "말했다." : any(rng, finals);
}

// A news page generator: the team's headlines, sentences, captions and page
// furniture, in three layouts (line-per-paragraph pages, glued crawler bodies
// on one line, broadcast transcripts; 80/10/10). `page()` makes pages of
// 1-4 KB (bench_parse's mix; its sequence is fixed by the seed, so keep the
// draws of `page()` as they are). `article(bytes)` makes a page of about
// `bytes` bytes: the body grows past the usual paragraph count until the page
// reaches the size, and half of its sentences are then generated from the
// vocabulary above (append_body_sentence) so that long bodies do not repeat
// the 20 written sentences over and over.
struct Generator {
  std::mt19937 rng{20240521};
  Rng words{0x5EED0F6E03ull};
  std::size_t body_target = 0;  // page bytes before the closing lines; 0 = page()'s own counts

  template <std::size_t N>
  const char* pick(const char* const (&a)[N]) {
    return a[rng() % N];
  }
  int range(int lo, int hi) { return lo + static_cast<int>(rng() % static_cast<unsigned>(hi - lo + 1)); }

  void body_sentence(std::string& p) {
    if (body_target && words.below(2)) append_body_sentence(words, p);
    else p += pick(sentences);
  }
  bool short_of_target(const std::string& p) const { return p.size() < body_target; }

  std::string article(std::size_t bytes) {
    body_target = bytes > 400 ? bytes - 400 : 1;  // the closing lines add about 400 bytes
    std::string p = page();
    body_target = 0;
    return p;
  }

  std::string page() {
    std::string p;
    const char* reporter = pick(reporters);
    const auto& outlet = outlets[rng() % 4];
    const char* name = outlet[0];
    std::string date = "2024/0" + std::to_string(range(1, 9)) + "/1" + std::to_string(range(0, 9)) + " 1" +
                       std::to_string(range(0, 9)) + ":" + std::to_string(range(10, 59));
    int layout = range(0, 9);
    if (layout == 0) {  // glued crawler body: one line
      p += pick(titles);
      p += " 기사등록 " + date + " ";
      p += pick(captions);
      p += " *재판매 및 DB 금지 [서울=";
      p += name;
      p += "]";
      p += reporter;
      p += " 기자 = ";
      for (int i = range(6, 14); i > 0 || short_of_target(p); --i) body_sentence(p), p += ' ';
      p += "◎공감언론 ";
      p += name;
      p += " mail@";
      p += outlet[1];
      p += "\n";
      return p;
    }
    for (int i = range(2, 6); i > 0; --i) (p += pick(navigation)) += '\n';
    p += pick(titles);
    p += "\n입력 " + date + "\n";
    for (int i = range(1, 4); i > 0; --i) (p += pick(widgets)) += '\n';
    p += '\n';
    if (layout == 1) {  // transcript
      p += "[앵커]\n";
      for (int i = range(2, 3); i > 0; --i) body_sentence(p), p += '\n';
      p += "\n[리포트]\n";
      for (int i = range(6, 12); i > 0 || short_of_target(p); --i) body_sentence(p), p += '\n';
      p += "KBS 뉴스 ";
      p += reporter;
      p += "입니다.\n\n촬영기자:정우솔/영상편집:서다해\n";
    } else {
      (p += pick(captions)) += "\n\n";
      p += "(서울=";
      p += name;
      p += ") ";
      p += reporter;
      p += " 기자 = ";
      for (int para = range(5, 11); para > 0 || short_of_target(p); --para) {
        for (int i = range(1, 3); i > 0; --i) body_sentence(p), p += ' ';
        p.back() = '\n';
        p += '\n';
        if (range(0, 7) == 0) p += "◆ 남은 과제는\n";
      }
      p += reporter;
      p += " 기자 mail@";
      p += outlet[1];
      p += "\n\n";
    }
    p += "<저작권자(c) ";
    p += name;
    p += ", 무단 전재-재배포, AI 학습 및 활용 금지>\n\n관련 뉴스\n";
    for (int i = range(2, 4); i > 0; --i) {
      p += pick(titles);
      p += " 2024-0" + std::to_string(range(1, 9)) + "-1" + std::to_string(range(0, 9)) + " 09:41\n";
    }
    return p;
  }
};

}  // namespace pages

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
