// geul — the line rules of the news parser: what a piece of a page looks like.
//
// Everything here looks at one piece of normalized text (a line, or a piece of
// a glued line) and says what its *shape* is (classify_piece), or finds the
// places where a glued line must be cut (find_markers). It never decides a
// role: news/parse.hpp combines these shapes with position and neighbours in
// its one scoring step. One rule, one place; the keyword tables are below.
//
// Piece shapes (classify_piece tries them in this order; the first match wins):
//   turn_marker     [앵커] [리포트] [기자] <앵커> <기자> ◀ 앵커 ▶ ◀ 리포트 ▶, and a wire story's (끝)
//   image_widget    <이미지를 클릭하시면 크게 보실 수 있습니다>
//   soft_copyright  *재판매 및 DB 금지 (short; sits between captions and body)
//   print_edition   지면A12, 지면 : 2024-05-09 1면
//   contact         a legal-footer line (footer_labels): 주소 : …, 등록일 : 2010.01.01 (before dates)
//   date_line       입력 2024.05.21 11:03 | 수정 …, 2024/03/05 10:12 송고, March 4, 2025
//   date_widget     11.28 (목) — a date with a weekday, no time, no keyword
//   bare_timestamp  2024-10-22 15:37:19 — a date-time alone, without keyword
//   timestamped     a short line starting or ending with a date-time: related news
//   caption         one or two sentences ending in a photo credit (see caption_credit_start)
//   credit_only     ⓒ 박소정, <사진제공=양평군>, (사진=연합뉴스) alone on a line
//   copyright       ⓒ © Ⓒ (c) Copyright 저작권자 무단 전재 재배포 금지 All rights reserved
//                   (not a statement: "…무단 전재로 금지된다." is prose)
//   byline          홍길동 기자 hong@x.com, /홍길동 기자(…), 대구=홍길동 기자, CBS노컷뉴스 홍길동 기자,
//                   [디지털데일리 홍길동 기자], ◎공감언론 뉴시스 hong@newsis.com, 기자명 홍길동
//                   (short, no sentence, at most 20 other characters after the name)
//   email_line      an e-mail address alone
//   signoff         KBS 뉴스 홍길동입니다. / 지금까지 …에서 YTN 홍길동입니다.
//   credit_line     촬영기자:정우진/영상편집:서다온, (영상취재 : 구자민, 영상편집 : 설은우)
//   contact         미디어 문의: … press@… (not a sentence)
//   navigation      navigation_lines, "… 바로가기", breadcrumbs "A > B", "이전 글: …"
//   widget          widget_lines (+ a count: 좋아요 0, 공감 24), widget_words in short lines
//                   (…기사보내기, 글씨 키우기), weather "서울맑음 / -3.9 °"
//   comment         댓글, 댓글 12, 댓글 첫 댓글을 작성해보세요
//   advertisement   AD, 광고, [광고] …
//   ranking_header  많이 본 뉴스, 인기 기사, 지금 뜨는 뉴스
//   related_header  관련 뉴스, 관련기사, [뉴스핌 베스트 기사], 이 블로그 … 카테고리 글
//   hashtags        #a #b #c
//   programme_data  ■ 진행 : 윤서아 앵커 (radio programme data)
//   note            * …, ※ … (disclaimers) and portal notices (portal_notices: 자동요약 …);
//                   the reason is promo when a promo phrase is in it, else other
//   promo           promo_phrases (제보를 기다립니다, 채널 추가 …), or promo_phrases_weak
//                   (구독하기, 뉴스레터, 신청하기 …) in a line that is not a sentence
//   outlet_line     경향신문, KBS 뉴스, YTN 라디오, 이코노믹리뷰 언론사 이미지
//   speaker_turn    ◇ 윤서아> …, ◆ 위하람> … (radio transcript turns: body)
//   promo_bullet    ▶ …, ☞ …, ▷ … (a heading inside an article, a promo after it)
//   heading_bullet  ◆ …, ■ …, ● …, 1. … (short, no sentence end)
//   list_bullet     ▲ …, - …, · …, • …, ① …, and numbered lines that are sentences
//   none            anything else: title, deck, body … (decided by the scoring step)
#ifndef GEUL_NEWS_RULES_HPP
#define GEUL_NEWS_RULES_HPP

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <vector>

#include "dates.hpp"
#include "document.hpp"
#include "outlets.hpp"
#include "scan.hpp"

namespace geul {
namespace detail {
namespace news {

enum class Shape : unsigned char {
  none,
  turn_marker,
  image_widget,
  soft_copyright,
  print_edition,
  date_line,
  date_widget,
  bare_timestamp,
  timestamped,
  caption,
  credit_only,
  copyright,
  byline,
  email_line,
  signoff,
  credit_line,
  contact,
  navigation,
  widget,
  comment,
  advertisement,
  ranking_header,
  related_header,
  hashtags,
  programme_data,
  note,
  promo,
  outlet_line,
  speaker_turn,
  promo_bullet,
  heading_bullet,
  list_bullet,
};

// ------------------------------------------------------------------ tables

// Whole lines that are navigation (compared after trimming).
inline constexpr std::string_view navigation_lines[] = {
    "본문 바로가기", "본문바로가기", "컨텐츠 바로가기", "콘텐츠 바로가기", "컨텐츠로 건너뛰기", "콘텐츠로 건너뛰기",
    "본문으로 건너뛰기", "메뉴", "전체메뉴", "전체 메뉴", "검색", "검색하기", "원문보기", "원문 보기", "기사원문",
    "기사 원문", "목록", "목록으로", "목록 보기", "목록보기", "홈", "HOME", "Home", "뉴스홈", "이전 글", "다음 글",
    "이전글", "다음글", "이전기사", "다음기사", "로그인", "로그아웃", "회원가입", "블로그 홈", "카페 홈", "맨 위로",
    "맨위로", "TOP", "Top", "닫기", "더보기", "더 보기", "전체보기", "Newsroom", "Blog", "Blogs", "News", ">", "<",
    "»", "«", "|", "Skip to content", "Menu", "Search", "사이트맵", "최신기사", "뒤로가기", "뒤로", "이전", "다음",
};

// Whole lines that are widgets; a trailing count is allowed (좋아요 0, 공감 24).
inline constexpr std::string_view widget_lines[] = {
    "공유", "공유하기", "기사 공유하기", "기사공유", "공유 닫기", "인쇄", "인쇄하기", "기사 인쇄하기", "프린트",
    "글자크기", "글자 크기", "글자크기조정", "글자크기 조정", "글자크기 조절", "글자크기 설정", "글씨크기", "글씨 크기",
    "글씨크기 조절하기", "글자 크기 조절", "폰트", "폰트 크기", "가", "가가", "가가가", "가나다라마바사", "스크랩",
    "기사 스크랩", "기사스크랩", "URL복사", "URL 복사", "링크복사", "링크 복사", "주소복사", "좋아요", "싫어요", "추천",
    "추천하기", "구독", "구독하기", "클린뷰", "이웃추가", "본문 기타 기능", "번역", "듣기", "음성으로 듣기", "기사 듣기",
    "뉴스 듣기", "북마크", "저장", "기사 저장", "페이스북", "트위터", "카카오톡", "카카오스토리", "밴드", "네이버",
    "카카오", "메일", "이메일", "주소복사가 완료되었습니다", "URL이 복사되었습니다", "복사되었습니다", "공감",
    "SNS 퍼가기", "요약", "요약보기", "AI 요약", "텍스트 음성 변환 서비스 사용하기", "쏠쏠정보", "흥미진진",
    "공감백배", "분석탁월", "후속강추", "응원", "화나요", "슬퍼요", "후속기사 원해요", "기사 추천", "다크모드",
};

// Words that make a short line (≤ 15 code points) a button or counter.
inline constexpr std::string_view widget_words[] = {"좋아요", "공유", "인쇄", "스크랩", "복사하기", "글씨", "글자 크기",
                                                    "글자크기", "폰트", "보내기", "북마크", "구독", "추천수", "조회수",
                                                    "조회 ", "듣기", "번역", "요약봇", "기사저장", "SNS"};

// Notices that portals print around an article (they read like sentences).
inline constexpr std::string_view portal_notices[] = {"자동요약", "본문 보기를 권장", "섹션으로 분류", "섹션 정보는",
                                                      "카테고리로 분류", "언론사가 분류", "언론사는 한 기사를",
                                                      "언론사는 개별 기사를", "기사 섹션 분류 안내",
                                                      "언론사 편집 뉴스", "구독해보세요", "구독하세요"};

inline constexpr std::string_view comment_lines[] = {"댓글", "댓글쓰기", "댓글 쓰기", "댓글보기", "댓글 보기", "나도 한마디"};

inline constexpr std::string_view advertisement_lines[] = {"AD", "광고", "ADVERTISEMENT", "Advertisement", "Sponsored"};

// Headers of ranking widgets (their items are widgets too).
inline constexpr std::string_view ranking_phrases[] = {"많이 본", "많이본", "인기 기사", "인기기사", "랭킹",
                                                       "지금 뜨는", "실시간 인기", "가장 많이 읽은", "핫뉴스"};

// Headers of related-news lists (their items are related too).
inline constexpr std::string_view related_phrases[] = {"관련 뉴스", "관련뉴스", "관련기사", "관련 기사", "베스트 기사",
                                                       "추천 기사", "추천기사", "다른 기사", "주요뉴스", "주요 뉴스",
                                                       "카테고리 글", "함께 보면", "함께 볼", "관련 글", "이전 기사"};

// Phrases of promotion lines (short lines only): asking for 제보, subscriptions,
// newsletters, calls to action. The first group marks a promo even in a sentence
// ("MBC 뉴스는 24시간 여러분의 제보를 기다립니다."); the second only in a line
// that is not one ("온라인으로 신청하기 어려운 …다." is body).
inline constexpr std::string_view promo_phrases[] = {
    "제보를 기다립니다", "제보하기", "제보는 카카오톡", "제보가 뉴스", "제보 :", "채널 추가", "채널추가",
    "시민기자가 되어", "[카카오톡]", "카카오톡 :", "카카오톡:", "[메일]", "기자를 후원",
};
inline constexpr std::string_view promo_phrases_weak[] = {"구독하기", "구독하고", "구독하세요", "구독 신청", "뉴스레터",
                                                          "앱 다운", "상담하기", "신청하기", "바로가기"};

// Words that make a bracketed line a broadcast turn marker.
inline constexpr std::string_view turn_words[] = {"앵커", "리포트", "기자", "앵커멘트", "기자멘트", "앵커 멘트",
                                                  "기자 멘트", "녹취", "인터뷰", "현장음", "브릿지", "클로징",
                                                  "오프닝", "싱크", "CG", "자막", "끝"};  // (끝): a wire story's end mark

// Labels of a newspaper's legal footer (주소 : …, 발행인 : …, 등록일 : 2010.01.01).
inline constexpr std::string_view footer_labels[] = {
    "주소", "본사", "대표전화", "전화", "팩스", "발행인", "편집인", "발행·편집인", "발행인·편집인", "청소년보호책임자",
    "등록번호", "등록일", "등록일자", "사업자등록번호", "제호", "개인정보관리책임자", "개인정보보호책임자",
    "인터넷신문등록번호", "발행일자", "통신판매업신고"};

// Labels of radio programme data lines (■ 진행 : …).
inline constexpr std::string_view programme_labels[] = {"방송", "진행", "대담", "출연", "연출", "작가", "PD", "일시",
                                                        "장소", "방송시간", "제작", "기획", "구성", "프로그램"};

// Title words that follow a reporter's name in a byline.
inline constexpr std::string_view reporter_titles[] = {"선임기자", "전문기자", "수습기자", "인턴기자", "객원기자",
                                                       "기자", "특파원", "논설위원", "편집위원", "통신원"};

// Two-syllable words that stand before 기자 but are no name (취재기자, 사진기자 …).
inline constexpr std::string_view not_names[] = {"취재", "촬영", "사진", "영상", "담당", "편집", "현장", "방송",
                                                 "여성", "남성", "신입", "경력", "지역", "주재", "출입", "전담",
                                                 "소속", "해당", "다른", "모든", "각사", "언론", "동료", "일부",
                                                 "기자명", "작성자", "글쓴이", "기자", "특파원", "앵커"};

// Photo and news agencies whose name may end a caption (… 모습. 연합뉴스).
inline constexpr std::string_view caption_agencies[] = {"연합뉴스", "뉴스1", "뉴시스", "AP", "AFP", "EPA", "로이터",
                                                        "AP연합뉴스", "AFP연합뉴스", "EPA연합뉴스", "로이터연합뉴스",
                                                        "게티이미지", "게티이미지뱅크", "게티이미지코리아",
                                                        "셔터스톡", "신화", "교도", "UPI", "AP뉴시스", "AFP뉴시스"};

// Credit words that start a camera-credit line (촬영기자:…, 영상취재: …).
inline constexpr std::string_view credit_labels[] = {"촬영기자", "영상취재", "영상편집", "촬영", "영상", "사진",
                                                     "그래픽", "편집", "취재"};

// Program names that follow an outlet name on an outlet line (KBS 뉴스, MBC 뉴스데스크).
inline constexpr std::string_view outlet_line_suffixes[] = {"뉴스", "라디오", "뉴스데스크", "뉴스룸", "뉴스 9",
                                                            "뉴스9", "언론사 이미지", "뉴스투데이", "8뉴스",
                                                            "뉴스광장", "뉴스특보", "뉴스센터", "TV", "뉴스룸 LIVE"};

// ------------------------------------------------------------------ shape features

template <std::size_t N>
bool is_one_of(std::string_view s, const std::string_view (&table)[N]) noexcept {
  for (std::string_view t : table)
    if (s == t) return true;
  return false;
}

template <std::size_t N>
bool contains_any(std::string_view s, const std::string_view (&table)[N]) noexcept {
  for (std::string_view t : table)
    if (contains(s, t)) return true;
  return false;
}

// Drops a trailing count: "좋아요 0" → "좋아요", "공감 24" → "공감".
inline std::string_view without_count(std::string_view s) noexcept {
  std::size_t e = s.size();
  while (e > 0 && is_digit(static_cast<unsigned char>(s[e - 1]))) --e;
  if (e == s.size() || e == 0) return s;
  while (e > 0 && s[e - 1] == ' ') --e;
  return s.substr(0, e);
}

inline bool is_closing_mark(char32_t c) noexcept {
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D || c == 0x2019 || c == 0x300D ||
         c == 0x300F || c == 0xBB;
}

inline bool is_emoticon_cp(char32_t c) noexcept {
  return c == 0x314B || c == 0x314E || c == 0x3160 || c == 0x315C || c == '^' || c == '~' || c == ';' ||
         (c >= 0x1F300 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF) || c == 0xFE0F;
}

struct Ending {
  bool sentence = false;     // ends like a sentence: 다. / 요? / 했어요 ㅎㅎ / "…다."
  bool declarative = false;  // ends in 다. 요. 죠. 니다. (a headline never does)
  bool bare_final = false;   // ends in a final ending with no period: …나왔다, …했어요 (headlines do too)
};

// How the piece ends (see Ending).
inline Ending read_ending(std::string_view s) noexcept {
  Ending r;
  std::size_t e = s.size();
  bool emoticon = false;
  for (int guard = 0; guard < 16 && e > 0; ++guard) {  // trailing spaces, closers, emoticons
    std::size_t len;
    char32_t c = cp_before(s, e, &len);
    if (c == ' ') {
      e -= len;
    } else if (is_closing_mark(c)) {
      if (c == ')' && e >= 2 && (s[e - 2] == ':' || s[e - 2] == '-')) emoticon = true;  // :) :-)
      e -= len;
    } else if (is_emoticon_cp(c) || (c == ':' && emoticon)) {
      emoticon = true;
      e -= len;
    } else {
      break;
    }
  }
  std::size_t len;
  char32_t last = cp_before(s, e, &len);
  if (last == '.' || last == '!' || last == '?' || last == 0x3002) {
    std::size_t k = e - len;
    char32_t before;
    while (true) {  // ?!, ..
      std::size_t l2;
      before = cp_before(s, k, &l2);
      if (before == '.' || before == '!' || before == '?') k -= l2;
      else break;
    }
    while (is_closing_mark(before)) {  // …했다'. is rare but "그랬다". happens
      std::size_t l2;
      cp_before(s, k, &l2);
      k -= l2;
      before = cp_before(s, k);
    }
    if (is_hangul_syllable(before)) {
      r.sentence = true;
      r.declarative = last == '.' && (before == U'다' || before == U'요' || before == U'죠');
    } else if (last != '.' && (is_digit(before) || is_latin(before) || before == '%' || before == ')')) {
      r.sentence = true;  // "…3.5%?" — but a period after a digit ends dates (2023. 9. 24.), not sentences
    } else if (last == '.' && before >= 'a' && before <= 'z' && count_cps(s) >= 40) {
      r.sentence = true;  // an English sentence
    }
    return r;
  }
  if (last == U'다' || last == U'요' || last == U'죠' || last == U'까') r.bare_final = true;
  // Report style without a period: …추진함, …예정임, …완료됨 (long enough not to be a headline).
  if ((last == U'함' || last == U'임' || last == U'됨' || last == U'음') && count_cps(s) >= 30) {
    r.sentence = true;
    return r;
  }
  if (emoticon && is_hangul_syllable(last)) {
    static constexpr char32_t endings[] = {U'요', U'다', U'죠', U'네', U'어', U'아', U'지', U'까', U'음', U'게'};
    for (char32_t x : endings) r.sentence = r.sentence || last == x;
  }
  return r;
}

// Sentence stops inside a piece: a period, ! or ? after Hangul, followed by a space.
inline std::size_t count_inner_stops(std::string_view s) noexcept {
  std::size_t n = 0;
  for (std::size_t i = 1; i + 1 < s.size(); ++i) {
    char c = s[i];
    if ((c == '.' || c == '?' || c == '!') && s[i + 1] == ' ') {
      char32_t b = cp_before(s, i);
      n += is_hangul_syllable(b) || (b >= 'a' && b <= 'z');
    }
  }
  return n;
}

// ------------------------------------------------------------------ reporters

struct NameAt {
  std::size_t begin = 0, end = 0;  // the name's bytes
  std::size_t title_end = 0;       // past 기자 / 특파원
};

// Finds "NAME 기자" (or 특파원, 선임기자 …) at or after byte `from`: NAME is 2–4
// Hangul syllables right before the title (one space allowed), and the title
// is followed by the end, a space or punctuation (not 기자가, 기자입니다).
// `window` bounds the search (bytes after `from`): callers scanning long text stay linear.
inline bool find_reporter_name(std::string_view s, std::size_t from, NameAt& out,
                               std::size_t window = std::string_view::npos) noexcept {
  constexpr std::size_t npos = std::string_view::npos;
  const std::string_view hay = s.substr(0, window == npos ? s.size() : std::min(s.size(), from + window));
  static constexpr std::string_view titles[] = {"기자", "특파원", "논설위원", "편집위원", "통신원"};
  static constexpr std::string_view qualifiers[] = {"선임", "전문", "수습", "인턴", "객원"};
  while (from < hay.size()) {
    std::size_t k = npos;
    std::string_view title;
    for (std::string_view t : titles) {
      std::size_t p = hay.find(t, from);
      if (p < k) k = p, title = t;
    }
    if (k == npos) return false;
    std::size_t after = k + title.size();
    std::size_t title_begin = k;
    for (std::string_view q : qualifiers)
      if (title_begin >= q.size() && s.compare(title_begin - q.size(), q.size(), q) == 0) {
        title_begin -= q.size();
        break;
      }
    char32_t next = cp_at(s, after);
    bool ok_next = next == 0 || next == ' ' || next == '=' || next == '(' || next == ')' || next == ']' ||
                   next == ',' || next == 0xB7 || next == '/' || next == '>' || next == '|' || next == '.' ||
                   next == ':' || is_latin(next) || is_digit(next);
    std::size_t name_end = title_begin;
    if (name_end > 0 && s[name_end - 1] == ' ') --name_end;
    std::size_t name_begin = hangul_run_before(s, name_end);
    std::string_view name = s.substr(name_begin, name_end - name_begin);
    if (ok_next && is_hangul_name(name) && !is_one_of(name, not_names)) {
      out = NameAt{name_begin, name_end, after};
      return true;
    }
    from = k + 1;
  }
  return false;
}

// ------------------------------------------------------------------ captions

inline bool is_caption_agency(std::string_view s) noexcept {
  for (std::string_view a : caption_agencies)
    if (s == a) return true;
  return false;
}

// caption_credit_start's rules, applied to the last bytes of a piece.
inline std::size_t caption_credit_in_tail(std::string_view s) noexcept {
  constexpr std::size_t npos = std::string_view::npos;
  // date + e-mail at the end
  if (std::size_t at = s.rfind('@'); at != npos) {
    ByteRange em = email_around(s, at);
    if (!em.empty() && em.end == s.size() && em.begin >= 2 && s[em.begin - 1] == ' ') {
      std::size_t d = em.begin - 1;
      while (d > 0 && (is_digit(static_cast<unsigned char>(s[d - 1])) || s[d - 1] == '.')) --d;
      DateTime dt;
      if (d < em.begin - 1 && parse_datetime(s, d, dt) && dt.year > 0) return d;
    }
  }
  // date/outlet [ⓒ …] at the end: find the last "/" preceded by a date
  for (std::size_t slash = s.rfind('/'); slash != npos && slash > 0 && s.size() - slash < 80;
       slash = slash ? s.rfind('/', slash - 1) : npos) {
    std::size_t d = slash;
    while (d > 0 && (is_digit(static_cast<unsigned char>(s[d - 1])) || s[d - 1] == '.')) --d;
    DateTime dt;
    if (d < slash && parse_datetime(s, d, dt) && dt.year > 0 && d + 8 <= slash) return d;
    if (slash == 0) break;
  }
  char32_t last = cp_before(s, s.size());
  // a bracket at the end: [X 제공. 재판매 및 DB 금지], (사진=X), (X 제공), <사진제공=X>
  if (last == ']' || last == ')' || last == '>') {
    char open = last == ']' ? '[' : last == ')' ? '(' : '<';
    std::size_t o = s.rfind(open);
    if (o != npos && s.size() - o <= 120) {
      std::string_view in = s.substr(o + 1, s.size() - o - 2);
      bool credit = starts_with(in, "사진=") || starts_with(in, "사진 =") || starts_with(in, "사진제공") ||
                    starts_with(in, "사진 제공") || starts_with(in, "사진출처") || ends_with(in, "제공") ||
                    contains(in, "제공.") || contains(in, "DB 금지") || starts_with(in, "자료사진") ||
                    in == "공동취재사진";
      if (credit) return o;
    }
  }
  // /사진=X, / 사진=X at the end
  static constexpr std::string_view slash_marks[] = {"/사진", "/ 사진"};
  for (std::string_view mark : slash_marks) {
    std::size_t p = s.rfind(mark);
    if (p != npos && s.size() - p <= 60 && p > 0) return p;
  }
  // after a sentence end: "X 제공", an agency, "NAME 기자"
  std::size_t stop = s.rfind(". ");
  if (stop != npos && stop > 0 && s.size() - stop <= 60) {
    std::string_view tail = trim(s.substr(stop + 1));
    std::size_t start = s.size() - tail.size();
    if (tail.empty() || contains(tail, ". ")) return npos;
    if (ends_with(tail, " 제공") || ends_with(tail, "제공")) return start;
    if (starts_with(tail, "/") && count_cps(tail) <= 20) return start;  // … 모습. /한빛일보 DB
    if (is_caption_agency(tail)) return start;
    NameAt n;
    if (ends_with(tail, "기자") && find_reporter_name(tail, 0, n) && n.begin == 0 && n.title_end == tail.size())
      return start;
  }
  return npos;
}

// If `whole` ends with a photo credit, the byte where the credit starts; else npos.
// Credits: "… 2023.06.09. photo@newsis.com" (date + e-mail), "… 2024.11.12/뉴스1
// ⓒ News1 고은비 기자" (date/outlet), "[X 제공. 재판매 및 DB 금지]", "(사진=X)",
// "(X 제공)", "<사진제공=X>", "/사진=X", and after a sentence end: "X 제공",
// "/X DB", an agency name (연합뉴스, AFP …) or "NAME 기자".
inline std::size_t caption_credit_start(std::string_view whole) noexcept {
  constexpr std::size_t npos = std::string_view::npos;
  if (whole.empty()) return npos;
  // Every credit sits in the last 160 bytes; look only there (offsets are re-based at the end).
  std::size_t base = whole.size() > 160 ? whole.size() - 160 : 0;
  while (base > 0 && (static_cast<unsigned char>(whole[base]) & 0xC0) == 0x80) --base;
  std::size_t r = caption_credit_in_tail(whole.substr(base));
  return r == npos ? npos : base + r;
}

// The whole piece is a credit: ⓒ 박소정, <사진제공=양평군>, (사진=X), 사진=X, /사진=X.
inline bool is_credit_only(std::string_view s) noexcept {
  std::size_t n = count_cps(s);
  if (n > 40) return false;
  if (starts_with(s, "ⓒ") || starts_with(s, "©") || starts_with(s, "Ⓒ")) {
    std::string_view rest = trim(s.substr(starts_with(s, "©") ? 2 : 3));
    return !rest.empty() && n <= 16 && !contains(rest, "무단") && !contains(rest, "rights") &&
           !contains(rest, "Rights") && !find_outlet(rest) && !contains(rest, ".");
  }
  std::string_view in = s;
  if ((starts_with(s, "<") && ends_with(s, ">")) || (starts_with(s, "(") && ends_with(s, ")")) ||
      (starts_with(s, "[") && ends_with(s, "]")))
    in = trim(s.substr(1, s.size() - 2));
  if (starts_with(in, "/")) in = trim(in.substr(1));
  return starts_with(in, "사진=") || starts_with(in, "사진제공") || starts_with(in, "사진 제공") ||
         starts_with(in, "사진 =") || starts_with(in, "자료사진") || (in != s && ends_with(in, " 제공") && n <= 30);
}

// ------------------------------------------------------------------ bylines

struct Prefix {
  std::size_t length = 0;        // bytes of the prefix, trailing spaces included
  std::string_view place;        // 서울 in [서울=뉴시스]
  std::string_view outlet;       // 뉴시스
  std::string_view name;         // 홍길동 (joint bylines: "홍길동 김철수", as written)
};

// "홍길동 " / "홍길동·김철수 ": only names (2–4 syllables) separated by spaces, '·', ',' or '/'.
inline bool only_names(std::string_view s) noexcept {
  std::size_t i = 0;
  while (i < s.size()) {
    if (s[i] == ' ' || s[i] == ',' || s[i] == '/') {
      ++i;
      continue;
    }
    if (s.compare(i, 2, "\xC2\xB7") == 0) {
      i += 2;
      continue;
    }
    std::size_t e = hangul_run_after(s, i);
    if (e == i || !is_hangul_name(s.substr(i, e - i))) return false;
    i = e;
  }
  return true;
}

inline bool looks_like_outlet(std::string_view s) noexcept {
  if (find_outlet(s)) return true;
  static constexpr std::string_view suffixes[] = {"뉴스", "일보", "신문", "경제", "데일리", "타임스", "투데이", "방송",
                                                  "뉴스24", "TV", "닷컴", "저널", "포스트", "미디어", "리뷰", "통신"};
  for (std::string_view x : suffixes)
    if (ends_with(s, x) && s.size() > x.size()) return true;
  return false;
}

// A dateline/byline prefix at s[i..]:
//   [서울=뉴시스] 홍길동 기자 =   (서울=연합뉴스) 홍길동 기자 =   [서울=뉴스핌] 홍길동 기자 =
//   [디지털데일리 홍길동 기자]   [헤럴드경제=홍길동 기자]   [스포츠서울 | 여주=홍길동 기자]
//   [홍길동 기자]   [파이낸셜뉴스]   (서울=연합뉴스)   홍길동 기자 =
// Forms without a reporter name are accepted only at a line start.
inline Prefix match_byline_prefix(std::string_view s, std::size_t i, bool line_start) noexcept {
  Prefix p;
  if (i >= s.size()) return p;
  char open = s[i];
  std::size_t pos;
  if (open == '[' || open == '(') {
    char close = open == '[' ? ']' : ')';
    std::size_t c = s.substr(0, std::min(s.size(), i + 81)).find(close, i + 1);
    if (c == std::string_view::npos) return p;
    std::string_view in = trim(s.substr(i + 1, c - i - 1));
    if (in.empty()) return p;
    pos = c + 1;
    std::string_view outlet_part, rest = in;
    if (std::size_t bar = in.find('|'); bar != std::string_view::npos) {
      outlet_part = trim(in.substr(0, bar));
      rest = trim(in.substr(bar + 1));
    }
    NameAt n;
    bool named_inside = find_reporter_name(rest, 0, n) && n.title_end == rest.size();
    std::size_t eq = rest.find('=');
    if (named_inside) {
      p.name = rest.substr(n.begin, n.end - n.begin);
      std::string_view before = trim(rest.substr(0, n.begin));
      if (!before.empty() && before.back() == '=') before = trim(before.substr(0, before.size() - 1));
      if (!before.empty()) {
        if (looks_like_outlet(before) && outlet_part.empty()) p.outlet = before;  // [헤럴드경제=홍길동 기자]
        else p.place = before;                                                   // [스포츠서울 | 여주=홍길동 기자]
      }
      if (!outlet_part.empty()) p.outlet = outlet_part;
      // [디지털데일리 홍길동 기자]: the outlet is the text before the name, without '='
      if (p.outlet.empty() && !p.place.empty() && eq == std::string_view::npos) p.outlet = p.place, p.place = {};
    } else if (eq != std::string_view::npos) {
      std::string_view a = trim(rest.substr(0, eq)), b = trim(rest.substr(eq + 1));
      if (a.empty() || b.empty() || count_cps(a) > 12) return p;
      // (서울=한빛통신): an unknown outlet is accepted after a Hangul place name
      bool place_like = hangul_run_after(a, 0) == a.size() && count_cps(a) <= 8;
      if (!looks_like_outlet(b) && !(place_like && count_cps(b) <= 10 && !contains(b, " "))) return p;
      p.place = a, p.outlet = b;
      // the reporter(s) follow the bracket: "홍길동 기자 =", "홍길동 김철수 기자 ="
      std::size_t j = skip_spaces(s, pos);
      NameAt m;
      if (find_reporter_name(s, j, m, 60) && m.begin >= j && m.begin - j <= 40 && only_names(s.substr(j, m.begin - j))) {
        p.name = s.substr(j, m.end - j);
        pos = skip_spaces(s, m.title_end);
        if (pos < s.size() && s[pos] == '=') ++pos;
      } else if (!line_start) {
        return Prefix{};  // a bare [서울=뉴시스] mid-line starts a caption, not a byline
      }
    } else {
      if (!line_start || !find_outlet(in)) return p;  // [오늘의 경제] is a series tag, not an outlet
      p.outlet = in;  // [파이낸셜뉴스]
    }
  } else {
    NameAt m;
    if (!line_start || !find_reporter_name(s, i, m, 40) || m.begin != i) return p;
    std::size_t j = skip_spaces(s, m.title_end);
    if (j >= s.size() || s[j] != '=') return p;
    p.name = s.substr(m.begin, m.end - m.begin);
    pos = j + 1;
  }
  p.length = skip_spaces(s, pos) - i;
  return p;
}

// An outlet name or alias that `before` ends with (optionally followed by 뉴스): KBS 뉴스, MBC뉴스, YTN.
inline const Outlet* outlet_at_end(std::string_view before) noexcept {
  before = trim(before);
  if (ends_with(before, "뉴스") && !find_outlet(before)) {
    std::string_view stem = trim(before.substr(0, before.size() - 6));
    for (const Outlet& o : outlet_table)
      if (ends_with(stem, o.name) && (stem.size() == std::string_view(o.name).size() ||
                                      stem[stem.size() - std::string_view(o.name).size() - 1] == ' '))
        return &o;
  }
  for (const Outlet& o : outlet_table) {
    std::string_view name(o.name);
    if (ends_with(before, name) && (before.size() == name.size() || before[before.size() - name.size() - 1] == ' '))
      return &o;
  }
  return find_outlet(before);
}

// "KBS 뉴스 홍길동입니다." → the name's range; empty if not a sign-off.
inline ByteRange signoff_name(std::string_view s) noexcept {
  std::string_view t = s;
  if (ends_with(t, ".")) t.remove_suffix(1);
  if (!ends_with(t, "입니다")) return {};
  std::size_t end = t.size() - std::string_view("입니다").size();
  std::size_t begin = hangul_run_before(t, end);
  if (!is_hangul_name(t.substr(begin, end - begin))) return {};
  std::string_view before = trim(t.substr(0, begin));
  if (before.empty() || !outlet_at_end(before)) return {};
  return {begin, end};
}

// ------------------------------------------------------------------ classification

// Cheap facts from one pass over the bytes, used to skip rules that cannot
// match: digits, copyright cues, the number of code points, and a 256-bit
// Bloom filter of the code points (a phrase whose first two characters are
// not in it cannot occur, so most phrase-table searches end before they
// start). Only the first 1024 bytes are read for cues (the rules that use them
// look at pieces shorter than that); beyond, only code points are counted.
struct Cues {
  bool digit = false;         // an ASCII digit (dates, timestamps, date credits)
  bool copyright = false;     // ⓒ © Ⓒ (c) Copyright 저작권 무단 재배포 rights
  bool complete = true;       // the cues cover the whole piece
  std::size_t cps = 0;        // code points
  unsigned long long bloom[4] = {0, 0, 0, 0};

  void add(char32_t c) noexcept {
    unsigned h = (static_cast<unsigned>(c) * 2654435761u) >> 24;  // 8 bits
    bloom[h >> 6] |= 1ull << (h & 63);
  }
  bool has_cp(char32_t c) const noexcept {
    unsigned h = (static_cast<unsigned>(c) * 2654435761u) >> 24;
    return (bloom[h >> 6] >> (h & 63)) & 1;
  }
};

// Could `needle` occur in the text these cues describe?
inline bool may_contain(const Cues& c, std::string_view needle) noexcept {
  if (!c.complete) return true;
  std::size_t len;
  char32_t a = cp_at(needle, 0, &len);
  if (!c.has_cp(a)) return false;
  return len >= needle.size() || c.has_cp(cp_at(needle, len));
}

template <std::size_t N>
bool contains_any(std::string_view s, const Cues& cue, const std::string_view (&table)[N]) noexcept {
  for (std::string_view t : table)
    if (may_contain(cue, t) && contains(s, t)) return true;
  return false;
}

inline bool has(std::string_view s, const Cues& cue, std::string_view needle) noexcept {
  return may_contain(cue, needle) && contains(s, needle);
}

inline Cues read_cues(std::string_view s) noexcept {
  Cues c;
  const auto* b = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  const std::size_t cue_end = n < 1024 ? n : 1024;
  for (std::size_t i = cue_end; i < n; ++i) c.cps += (b[i] & 0xC0) != 0x80;
  if (cue_end < n) c.complete = false, c.digit = c.copyright = true;  // unknown: let the rules look
  for (std::size_t i = 0; i < cue_end; ++i) {
    unsigned char x = b[i];
    if ((x & 0xC0) != 0x80) {
      ++c.cps;
      char32_t cp = x;
      if (x >= 0xE0 && x < 0xF0 && i + 2 < n) cp = ((x & 0x0Fu) << 12) | ((b[i + 1] & 0x3Fu) << 6) | (b[i + 2] & 0x3Fu);
      else if (x >= 0xC0 && x < 0xE0 && i + 1 < n) cp = ((x & 0x1Fu) << 6) | (b[i + 1] & 0x3Fu);
      else if (x >= 0xF0) cp = cp_at(s, i);
      c.add(cp);
    }
    if (x < 0x80) {
      if (x >= '0' && x <= '9') c.digit = true;
      else if ((x == 'c' || x == 'C') && i > 0 && b[i - 1] == '(' && i + 1 < n && b[i + 1] == ')') c.copyright = true;
      else if ((x == 'C' || x == 'c') && s.compare(i + 1, 8, "opyright") == 0) c.copyright = true;
      else if ((x == 'r' || x == 'R') && s.compare(i + 1, 5, "ights") == 0) c.copyright = true;
      continue;
    }
    if (i + 2 >= n) continue;
    unsigned char y = b[i + 1], z = b[i + 2];
    if ((x == 0xE2 && ((y == 0x93 && z == 0x92) || (y == 0x92 && z == 0xB8))) || (x == 0xC2 && y == 0xA9) ||
        (x == 0xEC && y == 0xA0 && z == 0x80 && s.compare(i + 3, 3, "작") == 0) ||  // 저작
        (x == 0xEB && y == 0xAC && z == 0xB4 && s.compare(i + 3, 3, "단") == 0) ||  // 무단
        (x == 0xEC && y == 0x9E && z == 0xAC && s.compare(i + 3, 3, "배") == 0))    // 재배
      c.copyright = true;
  }
  return c;
}

struct PieceInfo {
  Shape shape = Shape::none;
  BoilerplateReason reason = BoilerplateReason::none;  // for boilerplate shapes
  Ending ending;
  std::uint32_t cps = 0;                                // code points (capped at 2^32-1)
  std::uint32_t inner_stops = 0;
};

inline bool is_turn_marker(std::string_view s) noexcept {
  std::string_view in;
  if ((starts_with(s, "[") && ends_with(s, "]")) || (starts_with(s, "<") && ends_with(s, ">")) ||
      (starts_with(s, "(") && ends_with(s, ")")))
    in = trim(s.substr(1, s.size() - 2));
  else if (starts_with(s, "◀") && ends_with(s, "▶"))
    in = trim(s.substr(3, s.size() - 6));
  else if (starts_with(s, "【") && ends_with(s, "】"))
    in = trim(s.substr(3, s.size() - 6));
  else
    return false;
  return is_one_of(in, turn_words);
}

// A line starting with a date-time and going on with a title (2024-10-22
// 17:40:11[DD브리핑] …, [02/04 09:40] …), or a title ending with one.
inline bool is_timestamped_line(std::string_view s) noexcept {
  DateTime d;
  std::size_t i = starts_with(s, "[") ? 1 : 0;
  if (std::size_t n = parse_datetime(s, i, d, true)) {
    if (d.hour >= 0) {
      std::size_t j = i + n;
      if (i == 1 && j < s.size() && s[j] == ']') ++j;
      return j < s.size() && count_cps(s.substr(j)) >= 4;
    }
  }
  // ends with a date-time: scan back for the start of a date at one of the last spaces
  std::size_t sp = s.size();
  for (int k = 0; k < 3 && sp != std::string_view::npos && sp > 0; ++k) {
    sp = s.rfind(' ', sp - 1);
    if (sp == std::string_view::npos) break;
    std::size_t n = parse_datetime(s, sp + 1, d, false);
    if (n && sp + 1 + n == s.size() && d.hour >= 0 && count_cps(s.substr(0, sp)) >= 4) return true;
  }
  return false;
}

// A legal-footer line: it starts with a footer label and a colon (주소 : …, 등록일 : …).
inline bool is_footer_line(std::string_view s) noexcept {
  for (std::string_view label : footer_labels) {
    if (!starts_with(s, label)) continue;
    std::size_t j = skip_spaces(s, label.size());
    if (j < s.size() && s[j] == ':') return true;
  }
  return false;
}

inline bool is_weather_widget(std::string_view s, std::size_t cps) noexcept {
  return cps <= 25 && (contains(s, "°") || contains(s, "℃")) && contains(s, "/");
}

inline bool is_breadcrumb(std::string_view s, std::size_t cps) noexcept {
  return cps <= 40 && (contains(s, " > ") || contains(s, " › ") || contains(s, " » "));
}

inline bool is_hashtag_line(std::string_view s) noexcept {
  if (!starts_with(s, "#")) return false;
  std::size_t words = 0;
  for (std::size_t i = 0; i < s.size();) {
    while (i < s.size() && s[i] == ' ') ++i;
    if (i >= s.size()) break;
    if (s[i] != '#') return false;
    ++words;
    while (i < s.size() && s[i] != ' ') ++i;
  }
  return words >= 1;
}

inline const char32_t heading_bullets[] = {U'◆', U'■', U'●', U'◇', U'□', U'▣', U'◈', U'★', U'☆', U'◎', U'♦', U'◉'};
inline const char32_t list_bullets[] = {U'▲', U'△', U'▼', U'▽', U'-', U'·', U'•', U'‧', U'∙', U'○', U'◦', U'ㆍ', U'□'};
inline const char32_t promo_bullets[] = {U'▶', U'►', U'☞', U'▷', U'➤', U'➡', U'→', U'▸'};

template <std::size_t N>
bool is_in(char32_t c, const char32_t (&table)[N]) noexcept {
  for (char32_t t : table)
    if (c == t) return true;
  return false;
}

// 1. 2) (3) ① 가. at the start: a numbered line.
inline bool starts_numbered(std::string_view s) noexcept {
  std::size_t i = 0;
  if (starts_with(s, "(")) i = 1;
  int v;
  std::size_t n = read_number(s, i, v, 2);
  if (n) {
    std::size_t j = i + n;
    if (j < s.size() && (s[j] == '.' || s[j] == ')') && j + 1 < s.size() && s[j + 1] == ' ') return true;
    return false;
  }
  char32_t c = cp_at(s, 0);
  return c >= 0x2460 && c <= 0x2473;  // ① … ⑳
}

inline bool is_programme_data(std::string_view s) noexcept {
  char32_t b = cp_at(s, 0);
  if (b != U'■' && b != U'□' && b != U'▣') return false;
  std::size_t colon = s.find(':');
  if (colon == std::string_view::npos || colon > 30) return false;
  std::string_view label = trim(s.substr(3, colon - 3));
  return is_one_of(label, programme_labels);
}

inline bool is_speaker_turn(std::string_view s) noexcept {
  char32_t b = cp_at(s, 0);
  if (b != U'◇' && b != U'◆' && b != U'○' && b != U'●' && b != U'■' && b != U'□' && b != U'▣' && b != U'◎')
    return false;
  std::size_t gt = s.find('>');
  if (gt == std::string_view::npos || gt > 90) return false;
  std::string_view who = s.substr(3, gt - 3);
  return !contains(who, ". ") && count_cps(who) <= 30;
}

inline bool is_email_line(std::string_view s) noexcept {
  std::string_view in = s;
  while (!in.empty() && (in.front() == '(' || in.front() == '<' || in.front() == '[')) in.remove_prefix(1);
  while (!in.empty() && (in.back() == ')' || in.back() == '>' || in.back() == ']')) in.remove_suffix(1);
  in = trim(in);
  ByteRange r = find_email(in);
  return !r.empty() && r.begin == 0 && r.end == in.size();
}

inline bool is_credit_line(std::string_view s, std::size_t cps) noexcept {
  if (cps > 80) return false;
  std::string_view in = starts_with(s, "(") ? s.substr(1) : s;
  for (std::string_view label : credit_labels) {
    if (!starts_with(in, label)) continue;
    std::size_t j = skip_spaces(in, label.size());
    if (j < in.size() && (in[j] == ':' || in[j] == '=')) return true;
  }
  return false;
}

// Is the piece a byline: short, no sentence, and a reporter name with a title?
inline bool is_byline(std::string_view s, std::size_t cps) noexcept {
  if (cps > 80 || contains(s, "다.") || contains(s, "요.") || contains(s, "다 ")) return false;
  if (starts_with(s, "◎공감언론") || starts_with(s, "◎ 공감언론"))  // not the long 제보 footer that starts alike
    return cps <= 40 && !contains(s, "제보");
  if (starts_with(s, "기자명")) {  // 기자명 홍길동 (CMS header)
    std::size_t j = skip_spaces(s, 9);
    if (j < s.size() && s[j] == ':') j = skip_spaces(s, j + 1);
    std::size_t e = hangul_run_after(s, j);
    if (is_hangul_name(s.substr(j, e - j))) return true;
  }
  NameAt n;
  if (!find_reporter_name(s, 0, n)) return false;
  // Little else may stand around the name: an outlet, a place, an e-mail, a
  // second name ("[한빛일보 홍길동 기자] 본문이 이어진다" is a paragraph with a prefix).
  std::size_t other = 0;
  ByteRange em = find_email(s);
  for (std::size_t i = n.title_end; i < s.size();) {
    if (!em.empty() && i == em.begin) {
      i = em.end;
      continue;
    }
    std::size_t len;
    cp_at(s, i, &len);
    other += s[i] != ' ';
    i += len ? len : 1;
  }
  return other <= 20;
}

// 경향신문, KBS 뉴스, MBC 뉴스데스크, YTN 라디오, 이코노믹리뷰 언론사 이미지.
inline bool is_outlet_line(std::string_view s) noexcept {
  if (find_outlet(s) || ends_with(s, "언론사 이미지")) return true;
  for (const Outlet& o : outlet_table) {
    bool hit = false;
    auto check = [&](std::string_view name) {
      if (name.empty() || name[0] != s[0] || !starts_with(s, name)) return false;
      hit = is_one_of(trim(s.substr(name.size())), outlet_line_suffixes);
      return hit;
    };
    if (check(o.name) || any_piece(o.aliases, check)) return true;
  }
  return false;
}

inline BoilerplateReason note_reason(std::string_view s) noexcept {
  return contains_any(s, promo_phrases) || contains_any(s, promo_phrases_weak) ? BoilerplateReason::promo
                                                                                : BoilerplateReason::other;
}

// Classifies one trimmed piece of normalized text by its shape (see the table
// at the top). For date_line and bare_timestamp, `date` (if given) receives the dates.
inline PieceInfo classify_piece(std::string_view s, DateLine* date = nullptr) noexcept {
  PieceInfo r;
  const Cues cue = read_cues(s);
  r.cps = static_cast<std::uint32_t>(std::min<std::size_t>(cue.cps, 0xFFFFFFFFu));
  r.ending = read_ending(s);
  r.inner_stops = r.cps > 40 ? static_cast<std::uint32_t>(std::min<std::size_t>(count_inner_stops(s), 0xFFFFFFFFu)) : 0;
  auto shape = [&](Shape sh, BoilerplateReason why = BoilerplateReason::none) {
    r.shape = sh;
    r.reason = why;
    return r;
  };
  using R = BoilerplateReason;
  const std::size_t n = r.cps;
  if (n == 0) return shape(Shape::none);
  if (n <= 20 && is_turn_marker(s)) return shape(Shape::turn_marker, R::other);
  if ((n <= 60 && (has(s, cue, "이미지를 클릭") || has(s, cue, "사진을 클릭") || has(s, cue, "클릭하시면 크게"))) ||
      (n <= 20 && (has(s, cue, "크게보기") || has(s, cue, "사진 확대") || has(s, cue, "이미지 확대") || s == "[사진]")))
    return shape(Shape::image_widget, R::widget);
  if (n <= 25 && has(s, cue, "재판매") && has(s, cue, "금지")) return shape(Shape::soft_copyright, R::copyright);
  if (n <= 30 && starts_with(s, "지면")) return shape(Shape::print_edition, R::widget);
  if (n <= 200 && is_footer_line(s)) return shape(Shape::contact, R::other);
  if (n <= 120 && cue.digit && !r.ending.declarative) {
    DateLine dl;
    if (parse_date_line(s, dl)) {
      if (date) *date = dl;
      if (dl.has_weekday_only) return shape(Shape::date_widget, R::widget);
      if (!dl.has_keyword) {
        bool full = !dl.published.empty() && dl.published.year > 0;
        if (full) return shape(Shape::bare_timestamp);
      } else if (!dl.published.empty() || !dl.modified.empty()) {
        return shape(Shape::date_line);
      }
    }
    // 11.28 (목): month.day and a weekday only
    int a;
    std::size_t k = read_number(s, 0, a, 2);
    if (k && k < s.size() && s[k] == '.' && n <= 12 && parse_weekday(s, k + 3 < s.size() ? k + 3 : s.size()))
      return shape(Shape::date_widget, R::widget);
  }
  if (n <= 160 && cue.digit && is_timestamped_line(s)) return shape(Shape::timestamped, R::related);
  if (n <= 350) {
    // A caption is a sentence or two before its credit; a paragraph that ends
    // with a photo reference (…밝혔다. 이어 …했다. (사진=한빛대)) stays prose.
    std::size_t c = caption_credit_start(s);
    if (c != std::string_view::npos) {
      std::string_view before = trim(s.substr(0, c));
      std::size_t stops = count_inner_stops(before) + (read_ending(before).sentence ? 1 : 0);
      std::size_t len = count_cps(before);
      if (len >= 4 && len <= 250 && stops <= 2) return shape(Shape::caption);
    }
  }
  if (is_credit_only(s)) return shape(Shape::credit_only);
  if (n <= 250 && cue.copyright && !r.ending.declarative) {
    bool mark = has(s, cue, "ⓒ") || has(s, cue, "©") || has(s, cue, "Ⓒ") || has(s, cue, "(c)") ||
                has(s, cue, "(C)") || has(s, cue, "Copyright") || has(s, cue, "COPYRIGHT") || has(s, cue, "저작권자");
    bool words = has(s, cue, "무단") || has(s, cue, "rights") || has(s, cue, "Rights") || has(s, cue, "RIGHTS") ||
                 has(s, cue, "금지") || has(s, cue, "재배포");
    if ((mark && (words || n <= 40)) || (words && (has(s, cue, "무단 전재") || has(s, cue, "무단전재") ||
                                                   has(s, cue, "재배포 금지") || has(s, cue, "재배포금지"))))
      return shape(Shape::copyright, R::copyright);
  }
  if (n <= 80) {
    if (is_email_line(s)) return shape(Shape::email_line);
    if (ByteRange so = signoff_name(s); !so.empty()) return shape(Shape::signoff);
    if (is_credit_line(s, n)) return shape(Shape::credit_line);
    if (is_byline(s, n)) return shape(Shape::byline);
  }
  if (n <= 100 && !r.ending.sentence && has(s, cue, "문의") &&
      (!find_email(s).empty() || has(s, cue, "02-") || has(s, cue, "전화")))
    return shape(Shape::contact, R::other);
  if (n <= 40) {
    std::string_view bare = without_count(s);
    if (is_one_of(s, navigation_lines) || (n <= 15 && ends_with(s, "바로가기")) || starts_with(s, "이전 글") ||
        starts_with(s, "다음 글") || starts_with(s, "이전글") || starts_with(s, "다음글") || is_breadcrumb(s, n) ||
        ends_with(s, " 최신기사"))
      return shape(Shape::navigation, R::navigation);
    if (is_one_of(s, widget_lines) || is_one_of(bare, widget_lines) || (n <= 15 && contains_any(s, cue, widget_words) && !contains_any(s, cue, promo_phrases) &&
         !contains_any(s, cue, promo_phrases_weak)) ||
        is_weather_widget(s, n) || has(s, cue, "기사보내기") || has(s, cue, "글씨 키우기") || has(s, cue, "글씨 줄이기"))
      return shape(Shape::widget, R::widget);
    if (is_one_of(bare, comment_lines) || (n <= 20 && starts_with(s, "댓글")))
      return shape(Shape::comment, R::comment);
    if (is_one_of(s, advertisement_lines) || starts_with(s, "[광고]") || starts_with(s, "(광고)") ||
        starts_with(s, "[AD]"))
      return shape(Shape::advertisement, R::advertisement);
    if (n <= 30 && !r.ending.sentence && contains_any(s, cue, ranking_phrases))
      return shape(Shape::ranking_header, R::widget);
    if (n <= 30 && !r.ending.sentence && contains_any(s, cue, related_phrases))
      return shape(Shape::related_header, R::related);
  }
  if (n <= 120 && contains_any(s, cue, portal_notices)) return shape(Shape::note, note_reason(s));
  if (is_hashtag_line(s)) return shape(Shape::hashtags, R::other);
  if (n <= 80 && is_programme_data(s)) return shape(Shape::programme_data, R::other);
  if ((starts_with(s, "*") || starts_with(s, "※")) && n <= 200) return shape(Shape::note, note_reason(s));
  if ((n <= 200 && contains_any(s, cue, promo_phrases)) ||
      (n <= 80 && !r.ending.sentence && contains_any(s, cue, promo_phrases_weak)))
    return shape(Shape::promo, R::promo);
  if (n <= 30) {
    if (is_outlet_line(s)) return shape(Shape::outlet_line, R::other);
  }
  char32_t first = cp_at(s, 0);
  if (is_speaker_turn(s)) return shape(Shape::speaker_turn);
  if (is_in(first, promo_bullets)) return shape(Shape::promo_bullet);
  if (is_in(first, heading_bullets) || starts_numbered(s)) {
    if (n <= 80 && !r.ending.declarative) return shape(Shape::heading_bullet);
    return shape(Shape::list_bullet);
  }
  if (is_in(first, list_bullets) && (first != U'-' || cp_at(s, 1) == ' ')) return shape(Shape::list_bullet);
  return shape(Shape::none);
}

// ------------------------------------------------------------------ glued lines

enum class MarkerKind : unsigned char { date, byline, credit, copyright, soft_copyright, end_mark };

struct Marker {
  std::size_t begin, end;  // bytes of the line
  MarkerKind kind;
};

// Is byte `i` of the line at a sentence boundary (start, or after ". " / "다 " …)?
inline bool after_sentence_end(std::string_view s, std::size_t i) noexcept {
  std::size_t j = i;
  while (j > 0 && s[j - 1] == ' ') --j;
  if (j == 0) return true;
  char32_t c = cp_before(s, j);
  return c == '.' || c == '!' || c == '?' || c == '"' || c == '\'' || c == ']' || c == '>' || c == ')';
}

// A date stamp with its keyword around byte `i` (a digit): 기사등록 2024/04/11
// 09:47:12, 송고 2024.03.29 14:08, 2024/06/20 11:05 송고. Returns [begin,end) or empty.
inline ByteRange date_stamp_at(std::string_view s, std::size_t i) noexcept {
  DateTime d;
  std::size_t n = parse_datetime(s, i, d);
  if (!n || d.year < 0) return {};
  std::size_t end = i + n;
  // keyword before (with at most one space or colon between)
  std::size_t k = i;
  while (k > 0 && (s[k - 1] == ' ' || s[k - 1] == ':')) --k;
  std::size_t run = hangul_run_before(s, k);
  DateKind kind;
  if (run < k) {
    std::string_view word = s.substr(run, k - run);
    std::size_t m = match_date_keyword(word, 0, kind);
    if (m && m == word.size()) return {run, end};
  }
  // keyword after: 2024/06/20 11:05 송고
  std::size_t a = skip_spaces(s, end);
  std::size_t m = match_date_keyword(s, a, kind);
  if (m && kind == DateKind::published) return {i, a + m};
  return {};
}

// A photo credit that may sit in the middle of a glued line:
//   2024.04.11. photo@newsis.com   (date + e-mail)
//   2024.3.29/뉴스1 ⓒ News1 홍길동 기자
//   [X 제공. 재판매 및 DB 금지]   [X 제공]   (사진=X)   (X 제공)   — each optionally followed by date + e-mail
inline ByteRange credit_at(std::string_view s, std::size_t i) noexcept {
  auto date_email = [&](std::size_t at) -> std::size_t {  // date + e-mail at `at`: its end, or 0
    DateTime d;
    std::size_t n = parse_datetime(s, at, d);
    if (!n || d.year < 0 || d.hour >= 0) return 0;
    std::size_t j = at + n;
    if (j >= s.size() || s[j] != ' ') return 0;
    std::size_t at_sign = s.substr(0, std::min(s.size(), j + 41)).find('@', j);
    if (at_sign == std::string_view::npos) return 0;
    ByteRange em = email_around(s, at_sign);
    if (em.empty() || em.begin != j + 1) return 0;
    return em.end;
  };
  char c = s[i];
  if (is_digit(static_cast<unsigned char>(c))) {
    if (std::size_t e = date_email(i)) return {i, e};
    DateTime d;
    std::size_t n = parse_datetime(s, i, d);
    if (n && d.year > 0 && d.hour < 0 && i + n < s.size() && s[i + n] == '/') {
      std::size_t j = i + n + 1;
      std::size_t len = 0;
      std::string_view rest = s.substr(j);
      if (!find_outlet_prefix(rest, len) && !starts_with(rest, "사진")) return {};
      if (!len) len = rest.find(' ') == std::string_view::npos ? rest.size() : rest.find(' ');
      j += len;
      std::size_t k = skip_spaces(s, j);
      if (starts_with(s.substr(k), "ⓒ") || starts_with(s.substr(k), "©")) {
        k = skip_spaces(s, k + (starts_with(s.substr(k), "ⓒ") ? 3 : 2));
        while (k < s.size() && s[k] != ' ') ++k;  // News1
        j = k;
        NameAt nm;
        std::size_t k2 = skip_spaces(s, k);
        if (find_reporter_name(s, k2, nm, 40) && nm.begin == k2) j = nm.title_end;
      }
      return {i, j};
    }
    return {};
  }
  if (c == '[' || c == '(') {
    char close = c == '[' ? ']' : ')';
    std::size_t e = s.substr(0, std::min(s.size(), i + 101)).find(close, i + 1);
    if (e == std::string_view::npos) return {};
    std::string_view in = s.substr(i + 1, e - i - 1);
    bool credit = starts_with(in, "사진=") || starts_with(in, "사진 =") || starts_with(in, "사진제공") ||
                  ends_with(in, " 제공") || contains(in, "제공.") || contains(in, "DB 금지");
    if (!credit) return {};
    std::size_t end = e + 1;
    std::size_t k = skip_spaces(s, end);
    if (k < s.size() && is_digit(static_cast<unsigned char>(s[k])))
      if (std::size_t de = date_email(k)) end = de;
    return {i, end};
  }
  return {};
}

// The copyright statement starting at byte i, to its closing bracket or the end of the line.
inline ByteRange copyright_at(std::string_view s, std::size_t i, bool at_boundary) noexcept {
  std::string_view rest = s.substr(i);
  bool distinctive = starts_with(rest, "<저작권자") || starts_with(rest, "[저작권자") ||
                     starts_with(rest, "Copyright") || starts_with(rest, "[ⓒ") || starts_with(rest, "<ⓒ");
  bool start = distinctive || starts_with(rest, "ⓒ") || starts_with(rest, "©") || starts_with(rest, "Ⓒ") ||
               starts_with(rest, "저작권자");
  if (!start || (!distinctive && !at_boundary)) return {};
  std::string_view window = rest.substr(0, 200);
  if (!contains(window, "무단") && !contains(window, "rights") && !contains(window, "Rights") &&
      !contains(window, "재배포") && !contains(window, "저작권"))
    return {};
  if (rest[0] == '<' || rest[0] == '[') {
    std::size_t close = rest.substr(0, 400).find(rest[0] == '<' ? '>' : ']');
    if (close != std::string_view::npos) return {i, i + close + 1};
  }
  return {i, s.size()};
}

// Finds where a glued line must be cut: date stamps, byline prefixes, photo
// credits, copyright statements, reporter e-mails. Markers are in order and do
// not overlap.
inline void find_markers(std::string_view s, std::vector<Marker>& out) {
  out.clear();
  std::size_t i = 0;
  auto push = [&](std::size_t b, std::size_t e, MarkerKind k) {
    if (!out.empty() && out.back().end > b) {  // overlaps the previous marker: skip this byte
      ++i;
      return;
    }
    // consecutive dates merge: 입력 … 수정 …
    if (!out.empty() && k == MarkerKind::date && out.back().kind == MarkerKind::date &&
        skip_spaces(s, out.back().end) == b) {
      out.back().end = e;
    } else {
      out.push_back(Marker{b, e, k});
    }
    i = e;
  };
  // Bytes that may start a marker: digits [ ( * < @ C, and the lead bytes of ⓒ Ⓒ ◎ (E2), © (C2), 저 (EC).
  static constexpr struct Triggers {
    bool on[256];
    constexpr Triggers() : on() {
      for (int d = '0'; d <= '9'; ++d) on[d] = true;
      for (unsigned char c : {'[', '(', '*', '<', '@', 'C'}) on[c] = true;
      on[0xE2] = on[0xC2] = on[0xEC] = true;
    }
  } triggers;
  const auto* bytes = reinterpret_cast<const unsigned char*>(s.data());
  while (i < s.size()) {
    while (i < s.size() && !triggers.on[bytes[i]]) ++i;
    if (i >= s.size()) break;
    unsigned char c = bytes[i];
    bool at_start = i == 0;
    if (c >= '0' && c <= '9') {
      if (i == 0 || !is_word_cp(cp_before(s, i))) {
        ByteRange r = credit_at(s, i);
        if (!r.empty()) {
          push(r.begin, r.end, MarkerKind::credit);
          continue;
        }
        r = date_stamp_at(s, i);
        if (!r.empty() && r.begin >= (out.empty() ? 0 : out.back().end)) {
          push(r.begin, r.end, MarkerKind::date);
          continue;
        }
      }
      while (i < s.size() && is_digit(static_cast<unsigned char>(s[i]))) ++i;
      continue;
    }
    if (c == '[' || c == '(') {
      if (starts_with(s.substr(i), "(끝)")) {  // a wire story's end mark
        push(i, i + 5, MarkerKind::end_mark);
        continue;
      }
      ByteRange r = credit_at(s, i);
      if (!r.empty()) {
        push(r.begin, r.end, MarkerKind::credit);
        continue;
      }
      if (c == '[') {
        r = copyright_at(s, i, at_start || after_sentence_end(s, i) ||
                                   (!out.empty() && skip_spaces(s, out.back().end) == i));
        if (!r.empty()) {
          push(r.begin, r.end, MarkerKind::copyright);
          continue;
        }
      }
      // A prefix that names its reporter ([서울=뉴시스]홍길동 기자 =) cuts anywhere; a
      // bare one ([파이낸셜뉴스], (서울=연합뉴스)) only at the line start.
      Prefix p = match_byline_prefix(s, i, at_start);
      if (p.length && (at_start || !p.name.empty())) {
        push(i, i + p.length, MarkerKind::byline);
        continue;
      }
      ++i;
      continue;
    }
    if (c == '*' && starts_with(s.substr(i), "*재판매")) {
      std::size_t e = s.substr(0, std::min(s.size(), i + 60)).find("금지", i);
      if (e != std::string_view::npos) {
        push(i, e + 6, MarkerKind::soft_copyright);
        continue;
      }
    }
    auto boundary_here = [&] { return at_start || after_sentence_end(s, i) || (!out.empty() && skip_spaces(s, out.back().end) == i); };
    bool cue = (c == '<' && i + 1 < s.size()) || (c == 'C' && starts_with(s.substr(i), "Copyright")) ||
               (c == 0xE2 && (starts_with(s.substr(i), "ⓒ") || starts_with(s.substr(i), "Ⓒ"))) ||
               (c == 0xC2 && starts_with(s.substr(i), "©")) ||
               (c == 0xEC && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0 &&
                starts_with(s.substr(i), "저작권자"));
    if (cue) {
      ByteRange r = copyright_at(s, i, boundary_here());
      if (!r.empty()) {
        push(r.begin, r.end, MarkerKind::copyright);
        continue;
      }
    }
    if (c == 0xE2 && (starts_with(s.substr(i), "◎공감언론") || starts_with(s.substr(i), "◎ 공감언론"))) {
      // ◎공감언론 뉴시스 hong@newsis.com — the outlet and an e-mail right after it (not the long 제보 footer)
      std::size_t at = s.substr(0, std::min(s.size(), i + 60)).find('@', i);
      ByteRange em = at == std::string_view::npos ? ByteRange{} : email_around(s, at);
      if (!em.empty() && !contains(s.substr(i, em.begin - i), "제보")) {
        push(i, em.end, MarkerKind::byline);
        continue;
      }
    }

    if (c == '@') {
      ByteRange em = email_around(s, i);
      if (!em.empty() && (em.end == s.size() || s[em.end] == ' ') && em.begin >= (out.empty() ? 0 : out.back().end)) {
        // extend back over "홍길동 기자 " and require a sentence boundary before
        std::size_t b = em.begin;
        std::size_t k = b;
        while (k > 0 && s[k - 1] == ' ') --k;
        if (ends_with(s.substr(0, k), "기자")) {
          std::size_t ne = k - 6;
          if (ne > 0 && s[ne - 1] == ' ') --ne;
          std::size_t nb = hangul_run_before(s, ne);
          if (is_hangul_name(s.substr(nb, ne - nb))) b = nb;
        }
        std::size_t floor = out.empty() ? 0 : out.back().end;
        if (b >= floor && (b == 0 || skip_spaces(s, floor) == b || after_sentence_end(s, b))) {
          push(b, em.end, MarkerKind::byline);
          continue;
        }
      }
      ++i;
      continue;
    }
    ++i;
  }
}

}  // namespace news
}  // namespace detail
}  // namespace geul

#endif  // GEUL_NEWS_RULES_HPP
