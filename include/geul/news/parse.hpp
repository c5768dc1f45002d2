// geul — the news parser: raw scraped text → Document (news/document.hpp).
//
//   Document doc = geul::parse_article(bytes);   // never fails, never throws
//   doc.metadata.title, doc.metadata.reporters, doc.body(), doc.blocks …
//
// Data flow, in one direction:
//  0. Encoding (ParseOptions::encoding, default auto_detect; unicode/encoding.hpp):
//     input detected (or declared) as CP949, EUC-KR or UTF-16 is decoded to
//     UTF-8 first. Document::source is then the decoded text, Document::encoding
//     says what it was, Document::input_map maps source back to the input bytes,
//     and diagnostics are in input bytes. UTF-8 input (with or without BOM)
//     goes on unchanged, so its results do not depend on this step.
//  1. normalize_news (text/clean.hpp): repaired, NFC, news profile; keeps the
//     OffsetMap to the input bytes.
//  2. Segmentation: lines, trimmed; blank lines are remembered. A line whose
//     whole shape is unknown is cut at inline markers (rules.hpp find_markers:
//     date stamps, byline prefixes, photo credits, copyright statements,
//     reporter e-mails), which splits glued crawler bodies; a photo credit
//     glued into a body takes the sentence before it as its caption
//     (text/sentences.hpp).
//  3. Features: every piece gets its shape (rules.hpp classify_piece), its
//     length, how it ends, and whether it repeats an earlier piece.
//  4. The scoring step (assign_roles below), documented there: the article
//     body region, the headline, then one role per piece from its shape, its
//     position relative to headline and body, and its neighbours.
//  5. Metadata from the roles: title and series, decks, reporters and
//     e-mails, outlet (votes, news/outlets.hpp), dateline, published and
//     modified dates (news/dates.hpp), photo credits, language.
//  6. Blocks: one per piece (body runs of one glued line merged); whitespace
//     goes to the block before it, so the blocks partition the input.
//
// Worst cases stay linear: every rule looks at a bounded window, and sentence
// splitting runs only where a glued caption must be cut off a body run.
#ifndef GEUL_NEWS_PARSE_HPP
#define GEUL_NEWS_PARSE_HPP

#include <algorithm>
#include <cstddef>
#include <cstdio>
#include <initializer_list>
#include <iterator>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "../diagnostics.hpp"
#include "../text/clean.hpp"
#include "../text/offsets.hpp"
#include "../text/sentences.hpp"
#include "dates.hpp"
#include "document.hpp"
#include "outlets.hpp"
#include "rules.hpp"
#include "scan.hpp"

namespace geul {

struct ParseOptions {
  Encoding encoding = Encoding::auto_detect;             // stage 0: auto_detect, utf8 (no detection), cp949 …
  NewsNormalizeOptions normalize = quiet_news_profile();  // stage 1 (change list off: not needed here)
  bool split_glued_lines = true;                         // cut glued crawler lines at inline markers
  bool detect_duplicates = true;                         // a repeated headline/paragraph is boilerplate

  static NewsNormalizeOptions quiet_news_profile() {
    NewsNormalizeOptions o;
    o.record_changes = false;
    return o;
  }
};

namespace detail {
namespace news {

constexpr std::size_t no_index = static_cast<std::size_t>(-1);

struct Segment {
  Span span;                          // normalized text, trimmed
  std::size_t line = 0;               // 0-based line number
  std::size_t dup_of = no_index;      // an earlier segment with the same text
  std::size_t date = no_index;        // index into Parsed::dates for date shapes
  PieceInfo info;                     // shape and length (rules.hpp)
  bool blank_before = true;           // a blank line (or the start) precedes it
  bool line_start = true, line_end = true;
  bool body_like = false;
  BlockRole role = BlockRole::boilerplate;
  BoilerplateReason reason = BoilerplateReason::other;
};

struct Parsed {
  std::string_view text;
  std::vector<Segment> segs;
  std::vector<DateLine> dates;
  std::size_t title = no_index;
  std::size_t region_begin = no_index, region_end = no_index;  // body region [begin, end]
};

// ------------------------------------------------------------------ segmentation

inline void push_piece(Parsed& p, std::size_t b, std::size_t e, std::size_t line, bool& blank, bool first, bool last,
                       const PieceInfo* forced, const DateLine* forced_date = nullptr) {
  std::string_view whole = p.text.substr(b, e - b);
  std::string_view t = trim(whole);
  if (t.empty()) return;
  b += static_cast<std::size_t>(t.data() - whole.data());
  e = b + t.size();
  Segment s;
  s.span = {b, e};
  s.line = line;
  s.blank_before = blank;
  s.line_start = first;
  s.line_end = last;
  DateLine date;
  if (forced) {
    s.info = *forced;
    if (forced_date) date = *forced_date;
  } else {
    s.info = classify_piece(t, &date);
  }
  if (s.info.shape == Shape::date_line || s.info.shape == Shape::bare_timestamp) {
    s.date = p.dates.size();
    p.dates.push_back(date);
  }
  p.segs.push_back(s);
  blank = false;
}

// The start of the caption that ends with a credit at `credit_begin`, inside
// the plain run [run_begin, credit_begin) of a glued line: the last sentence of
// the run, with bracket-only sentences before it ([태안=뉴시스]) included.
inline std::size_t glued_caption_start(std::string_view line, std::size_t run_begin, std::size_t credit_begin) {
  std::string_view run = line.substr(run_begin, credit_begin - run_begin);
  std::vector<Sentence> sentences = split_sentences(run);
  if (sentences.empty()) return credit_begin;
  std::size_t k = sentences.size() - 1;
  auto bracket_only = [&](const Sentence& s) {
    std::string_view t = trim(sentence_text(run, s));
    return t.size() >= 2 && count_cps(t) <= 30 &&
           ((t.front() == '[' && t.back() == ']') || (t.front() == '(' && t.back() == ')'));
  };
  while (k > 0 && bracket_only(sentences[k])) --k;      // "…있다. (공동취재사진)" keeps its sentence
  while (k > 0 && bracket_only(sentences[k - 1])) --k;  // "[태안=뉴시스] …" keeps its bracket
  return run_begin + sentences[k].span.begin;
}

inline void cut_line(Parsed& p, std::size_t b, std::size_t e, std::size_t line_no, bool& blank,
                     std::vector<Marker>& markers, const PieceInfo& whole) {
  std::string_view line = p.text.substr(b, e - b);
  find_markers(line, markers);
  if (markers.empty()) {
    push_piece(p, b, e, line_no, blank, true, true, &whole);  // shape none: no date
    return;
  }
  // Plan the pieces: plain runs between markers, and the markers themselves. A
  // photo credit takes the sentence before it as its caption; when that
  // sentence follows a byline marker directly ([서울=뉴시스] 홍길동 기자 = …
  // 2024.05.21. photo@newsis.com), the marker is the photographer's prefix and
  // belongs to the caption.
  struct Piece {
    std::size_t from, to;
    Shape shape;  // Shape::none: a plain run, classified on its own
    BoilerplateReason why;
  };
  std::vector<Piece> pieces;
  std::size_t pos = 0;
  auto plain = [&](std::size_t from, std::size_t to) {
    if (to > from) pieces.push_back(Piece{from, to, Shape::none, BoilerplateReason::none});
  };
  for (const Marker& m : markers) {
    if (m.kind == MarkerKind::credit) {
      std::size_t start = glued_caption_start(line, pos, m.begin);
      if (start == pos && !pieces.empty() && pieces.back().shape == Shape::byline && pieces.back().to == pos) {
        start = pieces.back().from;
        pieces.pop_back();
        // Yonhap prints a photo title before the prefix: "기조연설하는 한빛 부사장 (서울=연합뉴스) …"
        if (!pieces.empty() && pieces.back().shape == Shape::none && pieces.back().to == start) {
          Piece& run = pieces.back();
          std::size_t t = glued_caption_start(line, run.from, start);
          std::string_view title = trim(line.substr(t, start - t));
          if (t > run.from && count_cps(title) <= 40 && !read_ending(title).sentence && !read_ending(title).bare_final)
            start = t, run.to = t;
        }
      } else {
        plain(pos, start);
      }
      pieces.push_back(Piece{start, m.end, Shape::caption, BoilerplateReason::none});
    } else {
      plain(pos, m.begin);
      switch (m.kind) {
        case MarkerKind::date: pieces.push_back(Piece{m.begin, m.end, Shape::date_line, BoilerplateReason::none}); break;
        case MarkerKind::byline: pieces.push_back(Piece{m.begin, m.end, Shape::byline, BoilerplateReason::none}); break;
        case MarkerKind::copyright:
          pieces.push_back(Piece{m.begin, m.end, Shape::copyright, BoilerplateReason::copyright});
          break;
        case MarkerKind::soft_copyright:
          pieces.push_back(Piece{m.begin, m.end, Shape::soft_copyright, BoilerplateReason::copyright});
          break;
        case MarkerKind::end_mark:
          pieces.push_back(Piece{m.begin, m.end, Shape::turn_marker, BoilerplateReason::other});
          break;
        case MarkerKind::credit: break;
      }
    }
    pos = m.end;
  }
  plain(pos, line.size());
  // A caption that now spans the whole line is one caption line.
  for (const Piece& pc : pieces) {
    bool first = pc.from == 0, last = pc.to == line.size();
    if (pc.shape == Shape::none) {
      push_piece(p, b + pc.from, b + pc.to, line_no, blank, first, last, nullptr);
      continue;
    }
    // The marker says what the piece is; a date stamp keeps the date classify_piece read.
    DateLine date;
    PieceInfo forced = classify_piece(trim(line.substr(pc.from, pc.to - pc.from)), &date);
    if (!(pc.shape == Shape::date_line && (forced.shape == Shape::date_line || forced.shape == Shape::bare_timestamp))) {
      forced.shape = pc.shape;
      forced.reason = pc.why;
    }
    push_piece(p, b + pc.from, b + pc.to, line_no, blank, first, last, &forced, &date);
  }
}

inline void segment(Parsed& p, const ParseOptions& o) {
  std::string_view text = p.text;
  std::vector<Marker> markers;
  bool blank = true;
  std::size_t line_no = 0;
  for (std::size_t ls = 0; ls < text.size(); ++line_no) {
    std::size_t le = text.find('\n', ls);
    if (le == std::string_view::npos) le = text.size();
    std::size_t b = ls, e = le;
    while (b < e && (text[b] == ' ' || text[b] == '\t')) ++b;
    while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t')) --e;
    if (b == e) {
      blank = true;
    } else {
      DateLine date;
      PieceInfo whole = classify_piece(text.substr(b, e - b), &date);
      if (whole.shape != Shape::none || !o.split_glued_lines)
        push_piece(p, b, e, line_no, blank, true, true, &whole, &date);
      else
        cut_line(p, b, e, line_no, blank, markers, whole);
    }
    ls = le + 1;
  }
}

// ------------------------------------------------------------------ features

inline std::string_view seg_text(const Parsed& p, const Segment& s) {
  return p.text.substr(s.span.begin, s.span.size());
}

// Shapes that may be article text (the rest are recognised page furniture).
inline bool content_shape(Shape s) noexcept {
  return s == Shape::none || s == Shape::heading_bullet || s == Shape::list_bullet || s == Shape::promo_bullet ||
         s == Shape::speaker_turn || s == Shape::caption;
}

inline void mark_duplicates(Parsed& p) {
  std::unordered_map<std::string_view, std::size_t> first;  // lookup only; never iterated
  first.reserve(p.segs.size());
  for (std::size_t i = 0; i < p.segs.size(); ++i) {
    Segment& s = p.segs[i];
    if (!content_shape(s.info.shape) || s.info.cps < 8) continue;
    auto ins = first.emplace(seg_text(p, s), i);
    if (!ins.second) s.dup_of = ins.first->second;
  }
}

// Does the piece read like article prose: a sentence of some length, or a long
// run with sentence stops inside?
inline bool is_body_like(const Segment& s) noexcept {
  if (s.dup_of != no_index) return false;
  switch (s.info.shape) {
    case Shape::none:
    case Shape::speaker_turn:
      break;
    case Shape::list_bullet:
      if (s.info.cps >= 40) return true;  // a long bullet line is article text, with or without a period
      break;
    case Shape::heading_bullet:
      if (s.info.cps < 40 || !s.info.ending.sentence) return false;
      break;
    default:
      return false;
  }
  if (s.info.ending.declarative && s.info.cps >= 4) return true;  // 본문이 짧다.
  if (s.info.ending.sentence && s.info.cps >= 10) return true;
  // A long run of text is prose with stops inside, or ending in a final
  // ending even without its period (…말했다); no headline or menu is that long.
  return (s.info.cps >= 80 && s.info.inner_stops >= 1) || (s.info.cps >= 150 && s.info.ending.bare_final);
}

// Header metadata: a date line, or a byline standing as its own line (a
// prefix cut off the first paragraph, [서울=뉴시스]홍길동 기자 =, is not).
inline bool is_header_meta(const Segment& m) noexcept {
  Shape s = m.info.shape;
  return s == Shape::date_line || s == Shape::bare_timestamp || s == Shape::email_line ||
         (s == Shape::byline && m.line_end);
}

// Hard-wrapped text (a paragraph cut into lines mid-sentence): a run of at
// least three plain lines with no blank line between, each of 15–120 code
// points, where at least one line in four ends a sentence or has a stop inside,
// is prose line by line, although most of its lines end mid-sentence.
inline void mark_wrapped_paragraphs(Parsed& p) {
  const std::size_t n = p.segs.size();
  for (std::size_t i = 0; i < n;) {
    auto plain = [&](std::size_t k) {
      const Segment& s = p.segs[k];
      return s.info.shape == Shape::none && s.dup_of == no_index && s.line_start && s.line_end && s.info.cps >= 15 &&
             s.info.cps <= 120;
    };
    if (!plain(i)) {
      ++i;
      continue;
    }
    std::size_t j = i + 1;
    while (j < n && !p.segs[j].blank_before && plain(j)) ++j;
    std::size_t lines = j - i, stops = 0, prose = 0;
    for (std::size_t k = i; k < j; ++k) {
      const Segment& s = p.segs[k];
      stops += s.info.ending.sentence || s.info.inner_stops > 0 || contains(seg_text(p, s), ". ");
      prose += s.body_like;
    }
    if (lines >= 3 && stops * 4 >= lines && prose < lines)
      for (std::size_t k = i; k < j; ++k) p.segs[k].body_like = true;
    i = j;
  }
}

// Text whose sentences lost their periods (…결과가 나왔다): when more plain
// pieces end in a bare final ending (다 요 죠 까, no period) than in sentence
// punctuation — on a normal page only headlines do — a bare final ending also
// reads as prose, from 20 code points on.
inline void relax_if_no_prose(Parsed& p) {
  std::size_t bare = 0, punctuated = 0;
  for (const Segment& s : p.segs) {
    if (s.info.shape != Shape::none || s.dup_of != no_index || s.info.cps < 15) continue;
    bare += s.info.ending.bare_final;
    punctuated += s.info.ending.sentence;
  }
  if (bare <= punctuated || bare < 2) return;
  for (std::size_t i = 0; i < p.segs.size(); ++i) {
    Segment& s = p.segs[i];
    if (!s.body_like && s.dup_of == no_index && s.info.ending.bare_final && s.info.cps >= 20 &&
        (s.info.shape == Shape::none || s.info.shape == Shape::list_bullet || s.info.shape == Shape::speaker_turn))
      s.body_like = true;
  }
}

// Does a blank line, a date line or a byline follow piece i?
inline bool stands_alone(const Parsed& p, std::size_t i) {
  return i + 1 >= p.segs.size() || p.segs[i + 1].blank_before || is_header_meta(p.segs[i + 1]);
}

// Related lists whose timestamps are glued to the next title ("Title A" /
// "2024-10-22 17:40:11Title B" / …): the line before the first stamped line is
// an item too, even when it ends with a question mark.
inline bool heads_timestamped_list(const Parsed& p, std::size_t i) {
  if (i + 1 >= p.segs.size() || p.segs[i + 1].info.shape != Shape::timestamped) return false;
  const Segment& s = p.segs[i];
  std::string_view next = seg_text(p, p.segs[i + 1]);
  return s.info.cps <= 120 && !s.info.ending.declarative && !next.empty() && (is_digit(static_cast<unsigned char>(next[0])) || next[0] == '[');
}

// How a piece that is not prose affects the body region: it may sit inside an
// article (neutral), count toward the gap that ends a run of prose, end the run
// (a list header: a later run may still join), or end the zone (a copyright
// line or a comment section: nothing after it joins the article).
enum class Gap : unsigned char { neutral, counts, ends_run, ends_zone };

inline Gap gap_kind(const Segment& s) noexcept {
  switch (s.info.shape) {
    case Shape::copyright:
    case Shape::comment:
      return Gap::ends_zone;
    case Shape::related_header:
    case Shape::ranking_header:
      return Gap::ends_run;
    case Shape::caption:
    case Shape::credit_only:
    case Shape::soft_copyright:
    case Shape::turn_marker:
    case Shape::heading_bullet:
    case Shape::list_bullet:
    case Shape::promo_bullet:
    case Shape::speaker_turn:
    case Shape::image_widget:
    case Shape::advertisement:
    case Shape::date_line:
    case Shape::byline:
    case Shape::email_line:
    case Shape::signoff:
    case Shape::credit_line:
    case Shape::note:
    case Shape::programme_data:
      return Gap::neutral;
    default:
      return Gap::counts;
  }
}

// ------------------------------------------------------------------ the scoring step

// Tuning constants of the scoring step (see assign_roles).
struct Scoring {
  static constexpr int max_gap = 3;                 // unknown short pieces allowed inside an article
  static constexpr double join_fraction = 0.3;      // a second run joins the article if this heavy
  static constexpr double header_fraction = 0.2;    // prose before a date line lighter than this is a deck
  static constexpr std::size_t title_min_cps = 6, title_max_cps = 200, deck_min_cps = 8;
};

inline bool has_headline_punctuation(std::string_view t) noexcept {
  return contains(t, "…") || contains(t, "'") || contains(t, "\"") || contains(t, ",") || contains(t, "·") ||
         contains(t, "?") || contains(t, "!") || contains(t, ":");
}

inline bool has_hangul(std::string_view t) noexcept {
  for (std::size_t i = 0; i < t.size();) {
    std::size_t len;
    if (is_hangul_syllable(cp_at(t, i, &len))) return true;
    i += len ? len : 1;
  }
  return false;
}

// Could this piece be a headline or deck line? (Shape and length only.)
inline bool headline_shaped(const Parsed& p, const Segment& s, std::size_t min_cps) {
  if (s.info.shape != Shape::none || s.dup_of != no_index) return false;
  if (s.info.cps < min_cps || s.info.cps > Scoring::title_max_cps) return false;
  std::string_view t = seg_text(p, s);
  return contains(t, " ");
}

// Finds the body region: runs of prose pieces (is_body_like, wrapped lines
// included) joined across neutral pieces and at most max_gap unknown ones; a
// related/ranking header ends a run. The heaviest run (by code points) and the
// runs of at least join_fraction of its weight in the same zone (zones are
// split by copyright lines and comment headers) make the region, with ▲ lists
// that close it. Prose before a date line near the start of the region is a
// deck, not body.
inline void find_region(Parsed& p) {
  struct Run {
    std::size_t first, last, mass, zone;
  };
  std::vector<Run> runs;
  std::size_t zone = 0;
  int gap = 0;
  bool open = false;
  for (Segment& s : p.segs) s.body_like = is_body_like(s);
  mark_wrapped_paragraphs(p);
  for (std::size_t i = 0; i < p.segs.size(); ++i)
    if (heads_timestamped_list(p, i)) p.segs[i].body_like = false;
  relax_if_no_prose(p);
  // A short opening line that ends without a statement (…용도는? / …나왔다) and
  // stands alone, with no headline candidate before it, is the headline.
  for (std::size_t i = 0; i < p.segs.size(); ++i) {
    Segment& s = p.segs[i];
    if (!s.body_like) {
      if (headline_shaped(p, s, Scoring::title_min_cps)) break;
      continue;
    }
    if (s.info.shape == Shape::none && s.info.cps <= 50 && s.info.inner_stops == 0 && !s.info.ending.declarative &&
        stands_alone(p, i) && i + 1 < p.segs.size())
      s.body_like = false;
    break;
  }
  for (std::size_t i = 0; i < p.segs.size(); ++i) {
    Segment& s = p.segs[i];
    if (s.body_like) {
      if (!open) runs.push_back(Run{i, i, 0, zone}), open = true;
      runs.back().last = i;
      runs.back().mass += s.info.cps;
      gap = 0;
      continue;
    }
    Gap g = gap_kind(s);
    if (s.dup_of != no_index && s.info.shape == Shape::none) g = Gap::counts;
    if (g == Gap::ends_zone) {
      open = false;
      ++zone;
    } else if (g == Gap::ends_run) {
      open = false;
    } else if (g == Gap::counts && open && ++gap > Scoring::max_gap) {
      open = false;
    }
  }
  if (runs.empty()) return;
  std::size_t best = 0;
  for (std::size_t k = 1; k < runs.size(); ++k)
    if (runs[k].mass > runs[best].mass) best = k;
  std::size_t first = runs[best].first, last = runs[best].last, mass = 0;
  for (const Run& r : runs) {
    if (r.zone != runs[best].zone || static_cast<double>(r.mass) < Scoring::join_fraction * static_cast<double>(runs[best].mass)) continue;
    first = std::min(first, r.first);
    last = std::max(last, r.last);
    mass += r.mass;
  }
  // A deck that reads like prose, then the date line, then the article.
  std::size_t before = 0;
  for (std::size_t i = first; i <= last; ++i) {
    const Segment& s = p.segs[i];
    if (s.body_like) before += s.info.cps;
    if ((s.info.shape == Shape::date_line || s.info.shape == Shape::bare_timestamp) &&
        static_cast<double>(before) < Scoring::header_fraction * static_cast<double>(mass)) {
      std::size_t j = i + 1;
      while (j <= last && !p.segs[j].body_like) ++j;
      if (j <= last) first = j, before = 0;
    }
  }
  // Bullet lines right after the last paragraph (▲ … lists closing an article) belong to it.
  while (last + 1 < p.segs.size() && p.segs[last + 1].info.shape == Shape::list_bullet &&
         p.segs[last + 1].dup_of == no_index)
    ++last;
  p.region_begin = first;
  p.region_end = last;
}

// The headline: the best headline-shaped piece before the body region. Score:
// length (up to 40 code points), headline punctuation (… ' " , ·), Hangul,
// a date line or byline within the next four pieces or just before (else a
// blank line under it, worth half), being the first candidate; a short piece
// or one that ends like a sentence loses. Ties go to the earlier piece.
inline void find_title(Parsed& p) {
  std::size_t end = p.region_begin == no_index ? p.segs.size() : p.region_begin;
  double best_score = -1e9;
  bool first = true;
  for (std::size_t i = 0; i < end; ++i) {
    const Segment& s = p.segs[i];
    if (!headline_shaped(p, s, Scoring::title_min_cps) || s.info.ending.declarative) continue;
    std::string_view t = seg_text(p, s);
    double score = std::min<double>(static_cast<double>(s.info.cps), 40.0) / 40.0;
    if (has_headline_punctuation(t)) score += 0.5;
    if (has_hangul(t)) score += 0.5;
    bool near_meta = i > 0 && is_header_meta(p.segs[i - 1]);
    for (std::size_t k = i + 1; k < p.segs.size() && k <= i + 4 && !near_meta; ++k) near_meta = is_header_meta(p.segs[k]);
    if (near_meta) score += 1.0;
    else if (stands_alone(p, i)) score += 0.5;  // a blank line under a headline
    if (first) score += 0.5;
    if (s.info.cps < 10) score -= 1.0;
    if (s.info.ending.sentence) score -= 0.5;
    first = false;
    if (score > best_score) best_score = score, p.title = i;
  }
}

// The role of a piece from its shape alone, where the shape decides it.
inline bool role_from_shape(Segment& s) {
  auto set = [&](BlockRole r, BoilerplateReason why = BoilerplateReason::none) {
    s.role = r;
    s.reason = r == BlockRole::boilerplate ? why : BoilerplateReason::none;
    return true;
  };
  switch (s.info.shape) {
    case Shape::date_line: return set(BlockRole::date);
    case Shape::byline:
    case Shape::email_line:
    case Shape::signoff:
    case Shape::credit_line: return set(BlockRole::byline);
    case Shape::caption:
    case Shape::credit_only: return set(BlockRole::caption);
    case Shape::turn_marker:
    case Shape::image_widget:
    case Shape::soft_copyright:
    case Shape::print_edition:
    case Shape::date_widget:
    case Shape::timestamped:
    case Shape::copyright:
    case Shape::contact:
    case Shape::navigation:
    case Shape::widget:
    case Shape::comment:
    case Shape::advertisement:
    case Shape::ranking_header:
    case Shape::related_header:
    case Shape::hashtags:
    case Shape::programme_data:
    case Shape::note:
    case Shape::promo:
    case Shape::outlet_line: return set(BlockRole::boilerplate, s.info.reason);
    default: return false;
  }
}

// The scoring step: one role per piece.
//  a. Body region (find_region) and headline (find_title).
//  b. Each piece: a repeat of earlier article text is `duplicate`; a shape that
//     decides its role alone (date, byline, caption, the boilerplate shapes)
//     gets it; the rest by position:
//       before the body:  the headline; headline-shaped pieces after it are
//                         decks (subtitle); other pieces are navigation before
//                         the headline and widgets after it; a date-time alone
//                         is a date.
//       in the body:      heading (◆ ■ 1. …), list item (▲ - · …), a short ▶
//                         line is a heading (a longer one or one asking for
//                         제보/구독 is promo), lines under a 관련기사 header up
//                         to the next paragraph are related, everything else body.
//       after the body:   list items take the reason of the last list header
//                         (관련 뉴스 → related, 많이 본 뉴스 → widget); pieces
//                         shaped like headlines are related, the rest other;
//                         ▶ lines promo; a date-time alone is a date unless it
//                         closes a related list.
//  c. Neighbours: a credit alone (ⓒ 박소정) makes the line before it a caption;
//     lines glued under an AD or promo line (no blank line) share its reason;
//     a tail line right before a timestamped related line is related.
inline void assign_roles(Parsed& p) {
  find_region(p);
  find_title(p);
  const std::size_t n = p.segs.size();
  const std::size_t rb = p.region_begin, re = p.region_end;
  const bool has_region = rb != no_index;
  BoilerplateReason tail_mode = BoilerplateReason::none;
  BoilerplateReason box_mode = BoilerplateReason::none;  // a 관련기사 box inside the article
  for (std::size_t i = 0; i < n; ++i) {
    Segment& s = p.segs[i];
    auto set = [&](BlockRole r, BoilerplateReason why = BoilerplateReason::none) {
      s.role = r;
      s.reason = r == BlockRole::boilerplate ? why : BoilerplateReason::none;
    };
    if (s.dup_of != no_index) {
      BlockRole first = p.segs[s.dup_of].role;
      if (first == BlockRole::title || first == BlockRole::subtitle || is_article_text(first) ||
          first == BlockRole::caption) {
        set(BlockRole::boilerplate, BoilerplateReason::duplicate);
        continue;
      }
    }
    bool before = !has_region || i < rb;
    bool inside = has_region && i >= rb && i <= re;
    bool after = has_region && i > re;
    if (after && (s.info.shape == Shape::related_header || s.info.shape == Shape::ranking_header))
      tail_mode = s.info.reason;
    if (inside && (s.info.shape == Shape::related_header || s.info.shape == Shape::ranking_header))
      box_mode = s.info.reason;
    else if (s.body_like)
      box_mode = BoilerplateReason::none;
    if (i == p.title) {
      set(BlockRole::title);
      continue;
    }
    if (role_from_shape(s)) continue;
    Shape sh = s.info.shape;
    if (before) {
      if (sh == Shape::bare_timestamp) set(BlockRole::date);
      else if (p.title != no_index && i > p.title && headline_shaped(p, s, Scoring::deck_min_cps) && !s.body_like)
        set(BlockRole::subtitle);
      else if (s.body_like) set(BlockRole::boilerplate, BoilerplateReason::other);
      else if (sh == Shape::promo_bullet) set(BlockRole::boilerplate, BoilerplateReason::promo);
      else if (p.title == no_index || i < p.title) set(BlockRole::boilerplate, BoilerplateReason::navigation);
      else set(BlockRole::boilerplate, BoilerplateReason::widget);
    } else if (inside) {
      if (box_mode != BoilerplateReason::none && !s.body_like) set(BlockRole::boilerplate, box_mode);
      else if (sh == Shape::heading_bullet) set(s.body_like ? BlockRole::body : BlockRole::heading);
      else if (sh == Shape::list_bullet) set(BlockRole::list_item);
      else if (sh == Shape::promo_bullet) {
        // ▶ 관람 정보 is a heading; ▶ 관련기사 …, ☞ …, a ▶ headline are links out
        std::string_view t = seg_text(p, s);
        bool heading = (starts_with(t, "▶") || starts_with(t, "►")) && s.info.cps <= 25 && !s.info.ending.sentence &&
                       !contains_any(t, promo_phrases) && !contains_any(t, promo_phrases_weak) &&
                       !contains_any(t, related_phrases);
        set(heading ? BlockRole::heading : BlockRole::boilerplate,
            contains_any(t, related_phrases) ? BoilerplateReason::related : BoilerplateReason::promo);
      }
      else if (sh == Shape::bare_timestamp) set(BlockRole::date);
      else set(BlockRole::body);
    } else if (after) {
      if (sh == Shape::bare_timestamp) {
        bool closes_list = i > 0 && (p.segs[i - 1].info.shape == Shape::timestamped ||
                                     p.segs[i - 1].reason == BoilerplateReason::related);
        if (closes_list) set(BlockRole::boilerplate, BoilerplateReason::related);
        else set(BlockRole::date);
      } else if (sh == Shape::promo_bullet) {
        set(BlockRole::boilerplate, BoilerplateReason::promo);
      } else if (tail_mode != BoilerplateReason::none && !s.body_like) {
        set(BlockRole::boilerplate, tail_mode);
      } else if (!s.body_like && s.info.cps >= Scoring::deck_min_cps && contains(seg_text(p, s), " ")) {
        set(BlockRole::boilerplate, BoilerplateReason::related);
      } else {
        set(BlockRole::boilerplate, BoilerplateReason::other);
      }
    }
  }
  // c. neighbours
  for (std::size_t i = 1; i < n; ++i) {
    Segment& s = p.segs[i];
    Segment& prev = p.segs[i - 1];
    // A credit alone (ⓒ 박소정, /사진=한빛일보 DB, <사진제공=…>) under a line makes that line its caption.
    if (s.info.shape == Shape::credit_only && !s.blank_before && prev.info.cps <= 200 &&
        (prev.info.shape == Shape::none || prev.info.shape == Shape::list_bullet) &&
        (is_article_text(prev.role) || prev.role == BlockRole::subtitle ||
         (prev.role == BlockRole::boilerplate && prev.reason != BoilerplateReason::duplicate)))
      prev.role = BlockRole::caption, prev.reason = BoilerplateReason::none;
    if (!s.blank_before && !s.body_like && s.role != BlockRole::title && s.info.shape == Shape::none &&
        prev.role == BlockRole::boilerplate &&
        (prev.reason == BoilerplateReason::advertisement || prev.reason == BoilerplateReason::promo))
      s.role = BlockRole::boilerplate, s.reason = prev.reason;
    if (has_region && i > re && s.info.shape == Shape::timestamped && prev.info.shape == Shape::none &&
        prev.role == BlockRole::boilerplate && i - 1 > re)
      prev.reason = BoilerplateReason::related;
  }
}

// ------------------------------------------------------------------ metadata

inline void add_reporter(Metadata& m, std::string_view name, std::string_view email) {
  for (Reporter& r : m.reporters) {
    if (r.name == name) {
      if (r.email.empty() && !email.empty()) r.email.assign(email);
      return;
    }
  }
  m.reporters.push_back(Reporter{std::string(name), std::string(email)});
}

inline void add_unique(std::vector<std::string>& v, std::string_view s) {
  if (s.empty()) return;
  for (const std::string& x : v)
    if (x == s) return;
  v.emplace_back(s);
}

// The outlet named by a copyright statement: <저작권자(c) 연합뉴스, …>, ⓒ 한겨레신문 : …,
// Copyright by JTBC(https://…), 저작권자 © CBS 노컷뉴스 무단전재 …
inline std::string_view copyright_outlet(std::string_view s) noexcept {
  static constexpr std::string_view skip[] = {"(c)", "(C)", "<", "[", "(", "저작권자", "Copyright", "COPYRIGHT",
                                              "copyright", "ⓒ", "©", "Ⓒ", "by ", "By ", " ", ":", "＆"};
  std::size_t i = 0;
  for (bool again = true; again && i < s.size();) {
    again = false;
    int year;
    if (read_number(s, i, year, 4) == 4 && (i + 4 == s.size() || s[i + 4] == ' ' || s[i + 4] == '-')) {
      i += 4;  // Copyright © 2024 X
      again = true;
      continue;
    }
    for (std::string_view k : skip)
      if (s.compare(i, k.size(), k) == 0) {
        i += k.size();
        again = true;
        break;
      }
  }
  std::size_t e = i;
  while (e < s.size()) {
    char c = s[e];
    if (c == ',' || c == '(' || c == '&' || c == '<' || c == '>' || c == ']' || c == '|') break;
    if (c == '.' && (e + 1 >= s.size() || s[e + 1] == ' ')) break;
    if (c == ' ') {
      std::string_view rest = s.substr(e + 1);
      if (starts_with(rest, "무단") || starts_with(rest, "All") || starts_with(rest, "all") || starts_with(rest, "-") ||
          starts_with(rest, ":") || starts_with(rest, "&") || starts_with(rest, "＆") || starts_with(rest, "재배포") ||
          starts_with(rest, "Co.") || starts_with(rest, "Inc"))
        break;
    }
    ++e;
  }
  std::string_view name = trim(s.substr(i, e - i));
  std::size_t cps = count_cps(name);
  if (cps < 2 || cps > 20) return {};
  return name;
}

// The outlet is voted for by what names it: a byline bracket ([서울=뉴시스],
// [디지털데일리 …]), an outlet before a reporter (CBS노컷뉴스 홍길동 기자), a
// sign-off (KBS 뉴스 …입니다) or a copyright line count 3; a reporter's e-mail
// domain 2; an outlet-name line 1. Names map to the table's canonical name;
// an unknown name stays as written. The heaviest wins; ties go to the earliest.
struct OutletVotes {
  struct Vote {
    std::string name;
    int weight;
    std::size_t order;
  };
  std::vector<Vote> votes;
  std::size_t next = 0;
  void add(std::string_view raw, int weight) {
    raw = trim(raw);
    if (raw.empty()) return;
    const Outlet* o = find_outlet(raw);
    std::string name = o ? std::string(o->name) : std::string(raw);
    for (Vote& v : votes)
      if (v.name == name) {
        v.weight += weight;
        return;
      }
    votes.push_back(Vote{std::move(name), weight, next++});
  }
  void add_domain(std::string_view email, int weight) {
    if (const Outlet* o = find_outlet_by_domain(email)) add(o->name, weight);
  }
  std::string winner() const {
    const Vote* best = nullptr;
    for (const Vote& v : votes)
      if (!best || v.weight > best->weight) best = &v;  // ties: the earliest
    return best ? best->name : std::string();
  }
};

// Reporters (and their e-mails), the outlet named in a byline, the dateline
// place and photo credits of one byline-role piece.
inline void read_byline(std::string_view t, Shape shape, Metadata& m, OutletVotes& votes, std::string& pending_email,
                        bool& dateline_set) {
  ByteRange em = find_email(t);
  if (!em.empty()) votes.add_domain(t.substr(em.begin, em.size()), 2);
  if (shape == Shape::signoff) {
    ByteRange r = signoff_name(t);
    if (!r.empty()) {
      add_reporter(m, t.substr(r.begin, r.size()), {});
      if (const Outlet* o = outlet_at_end(t.substr(0, r.begin))) votes.add(o->name, 3);
    }
    return;
  }
  if (shape == Shape::credit_line) {
    // 촬영기자:정우진/영상편집:서다온 — the camera operator is credited, the editor is not
    for (std::string_view label : {std::string_view("촬영기자"), std::string_view("영상취재"), std::string_view("촬영"),
                                   std::string_view("사진")}) {
      std::size_t p = t.find(label);
      if (p == std::string_view::npos) continue;
      std::size_t j = skip_spaces(t, p + label.size());
      if (j < t.size() && (t[j] == ':' || t[j] == '=')) {
        j = skip_spaces(t, j + 1);
        std::size_t e = hangul_run_after(t, j);
        if (is_hangul_name(t.substr(j, e - j))) add_unique(m.photo_credits, t.substr(j, e - j));
        break;
      }
    }
    return;
  }
  if (starts_with(t, "◎공감언론") || starts_with(t, "◎ 공감언론")) {
    std::string_view rest = trim(t.substr(t.find("언론") + 6));
    std::size_t len;
    if (const Outlet* o = find_outlet_prefix(rest, len)) votes.add(o->name, 3);
  }
  // [서울=뉴시스] 홍길동 기자 = / [디지털데일리 홍길동 기자] / [파이낸셜뉴스]
  Prefix pre = match_byline_prefix(t, 0, true);
  if (pre.length) {
    if (!pre.outlet.empty()) votes.add(pre.outlet, 3);
    if (!pre.place.empty() && !dateline_set) m.dateline.assign(pre.place), dateline_set = true;
  }
  // 대구=홍길동 기자, 신안/글·사진=홍길동 기자: a place before '=' or before '/글'
  if (!dateline_set && !pre.length) {
    std::size_t e = hangul_run_after(t, 0);
    if (e > 0 && e < t.size() && count_cps(t.substr(0, e)) <= 8) {
      std::string_view rest = t.substr(e);
      bool place = starts_with(rest, "/글") || starts_with(rest, "/사진");
      NameAt probe;
      if (rest[0] == '=')  // 대구=홍길동 기자, 광주=홍길동·김철수 기자
        place = find_reporter_name(t, e, probe, 80) && probe.begin >= e + 1 &&
                only_names(t.substr(e + 1, probe.begin - e - 1));
      if (place) m.dateline.assign(t.substr(0, e)), dateline_set = true;
    }
  }
  // CBS노컷뉴스 홍길동 기자: an outlet in front of the name
  {
    std::size_t len;
    std::string_view lead = t;
    if (starts_with(lead, "/")) lead.remove_prefix(1);
    if (const Outlet* o = find_outlet_prefix(lead, len)) votes.add(o->name, 3);
  }
  // Names with their positions: 황보준/이채원 기자, 홍길동·김철수 기자, (서울=뉴스1) 홍길동 김철수 기자 =,
  // 기자명 홍길동, 글·사진=남궁윤 기자 (also a photo credit), 사진=홍길동 기자 (only a photo credit).
  struct Named {
    std::string_view name;
    std::size_t at;     // where the name's group starts (황보준/이채원 기자: both at 황보준)
    bool photo_only;
  };
  std::vector<Named> names;
  if (starts_with(t, "기자명")) {
    std::size_t j = skip_spaces(t, 9);
    if (j < t.size() && t[j] == ':') j = skip_spaces(t, j + 1);
    std::size_t e = hangul_run_after(t, j);
    if (is_hangul_name(t.substr(j, e - j))) names.push_back(Named{t.substr(j, e - j), j, false});
  }
  std::size_t from = 0;
  NameAt n;
  while (find_reporter_name(t, from, n)) {
    std::size_t first = names.size();
    names.push_back(Named{t.substr(n.begin, n.end - n.begin), n.begin, false});
    std::size_t b = n.begin;
    for (int guard = 0; guard < 4 && b > 0; ++guard) {  // co-authors before this name share its title
      std::size_t sep_len = 0;
      if (t[b - 1] == '/' || t[b - 1] == ',') sep_len = 1;
      else if (b >= 2 && t.compare(b - 2, 2, "\xC2\xB7") == 0) sep_len = 2;  // ·
      else if (t[b - 1] == ' ') sep_len = 1;
      if (!sep_len) break;
      std::size_t e2 = b - sep_len;
      std::size_t b2 = hangul_run_before(t, e2);
      std::string_view other = t.substr(b2, e2 - b2);
      if (!is_hangul_name(other) || is_one_of(other, not_names) || find_outlet(other)) break;
      if (t[b - 1] == ' ') {  // "홍길동 김철수 기자": only right after a bracket, '=' or the start
        char32_t lead = cp_before(t, b2);
        if (b2 != 0 && lead != ')' && lead != ']' && lead != '=' && lead != ' ') break;
        if (lead == ' ') {
          char32_t lead2 = cp_before(t, b2 - 1);
          if (lead2 != ')' && lead2 != ']' && lead2 != '=') break;
        }
      }
      names.insert(names.begin() + static_cast<std::ptrdiff_t>(first), Named{other, b2, false});
      b = b2;
    }
    std::string_view lead = t.substr(0, b);
    bool photo = contains(lead, "사진") && (ends_with(trim(lead), "=") || ends_with(trim(lead), ":"));
    bool writer = contains(lead, "글") || contains(lead, "취재");
    for (std::size_t k = first; k < names.size(); ++k) names[k].at = b;
    if (photo) {
      for (std::size_t k = first; k < names.size(); ++k) {
        add_unique(m.photo_credits, names[k].name);
        names[k].photo_only = !writer;
      }
    }
    from = n.title_end;
  }
  // E-mails go to the nearest name before them in this piece (or after them: "hong@x.com 홍길동 기자"),
  // else to the first reporter without one; an e-mail before any reporter waits for the next.
  std::vector<std::pair<std::string_view, std::size_t>> emails;
  for (std::size_t k = 0; k < t.size();) {
    ByteRange r = find_email(t, k);
    if (r.empty()) break;
    emails.emplace_back(t.substr(r.begin, r.size()), r.begin);
    k = r.end;
  }
  std::vector<std::string_view> given(names.size());
  for (const auto& e : emails) {
    std::size_t pick = no_index;  // the first free name of the last group before the e-mail
    for (std::size_t k = 0; k < names.size(); ++k)
      if (!names[k].photo_only && names[k].at < e.second && given[k].empty() &&
          (pick == no_index || names[k].at != names[pick].at))
        pick = k;
    if (pick == no_index)
      for (std::size_t k = 0; k < names.size(); ++k)
        if (!names[k].photo_only && given[k].empty()) {
          pick = k;
          break;
        }
    if (pick != no_index) {
      given[pick] = e.first;
      continue;
    }
    bool placed = false;
    for (Reporter& r : m.reporters)
      if (r.email.empty()) {
        r.email.assign(e.first);
        placed = true;
        break;
      }
    if (!placed && pending_email.empty()) pending_email.assign(e.first);
  }
  for (std::size_t k = 0; k < names.size(); ++k) {
    if (names[k].photo_only) continue;
    std::string_view mail = given[k];
    if (mail.empty() && !pending_email.empty()) {
      add_reporter(m, names[k].name, pending_email);
      pending_email.clear();
      continue;
    }
    add_reporter(m, names[k].name, mail);
  }
}

// Who a caption credits: (사진=X 제공), [X 제공. …], /사진=X, X 제공, ⓒ News1 홍길동 기자,
// [서울=뉴시스] 홍길동 기자 = …, ⓒ 홍길동, <사진제공=X>, … 연합뉴스, … 홍길동 기자.
inline void read_caption_credit(std::string_view t, Metadata& m) {
  auto clean = [](std::string_view x) {
    x = trim(x);
    if (ends_with(x, "제공")) x = trim(x.substr(0, x.size() - 6));
    if (ends_with(x, "기자")) x = trim(x.substr(0, x.size() - 6));
    return x;
  };
  Prefix pre = match_byline_prefix(t, 0, true);
  if (pre.length && !pre.name.empty()) {
    add_unique(m.photo_credits, pre.name);
    return;
  }
  // A photo title, then the prefix: "기조연설하는 … (서울=연합뉴스) 홍길동 기자 = …"
  for (std::size_t k = t.find(") "); k != std::string_view::npos && k < 200; k = t.find(") ", k + 1)) {
    NameAt n;
    if (t.rfind('=', k) != std::string_view::npos && find_reporter_name(t, k + 2, n, 40) && n.begin == k + 2) {
      add_unique(m.photo_credits, t.substr(n.begin, n.end - n.begin));
      return;
    }
  }
  if (std::size_t p = t.find("ⓒ News1"); p != std::string_view::npos) {
    NameAt n;
    if (find_reporter_name(t, p, n)) add_unique(m.photo_credits, t.substr(n.begin, n.end - n.begin));
    return;
  }
  for (std::string_view mark : {std::string_view("사진="), std::string_view("사진제공="), std::string_view("사진 제공=")}) {
    std::size_t p = t.rfind(mark);
    if (p == std::string_view::npos) continue;
    std::size_t e = p + mark.size();
    std::size_t stop = t.find_first_of(")]>", e);
    add_unique(m.photo_credits, clean(t.substr(e, (stop == std::string_view::npos ? t.size() : stop) - e)));
    return;
  }
  if (ends_with(t, "]")) {
    std::size_t o = t.rfind('[');
    if (o != std::string_view::npos) {
      std::string_view in = t.substr(o + 1, t.size() - o - 2);
      std::size_t cut = in.find('.');
      in = in.substr(0, cut == std::string_view::npos ? in.size() : cut);
      if (ends_with(trim(in), "제공")) add_unique(m.photo_credits, clean(in));
      return;
    }
  }
  if (ends_with(t, ")")) {
    std::size_t o = t.rfind('(');
    if (o != std::string_view::npos && ends_with(t.substr(o + 1, t.size() - o - 2), "제공")) {
      add_unique(m.photo_credits, clean(t.substr(o + 1, t.size() - o - 2)));
      return;
    }
  }
  if (starts_with(t, "ⓒ")) {
    add_unique(m.photo_credits, trim(t.substr(3)));
    return;
  }
  std::size_t c = caption_credit_start(t);
  if (c != std::string_view::npos && c > 0) {
    std::string_view tail = trim(t.substr(c));
    if (ends_with(tail, "제공") || is_caption_agency(tail) || ends_with(tail, "기자")) add_unique(m.photo_credits, clean(tail));
  }
}

inline void extract_metadata(const Parsed& p, const std::vector<Block>& blocks, std::string_view text, Metadata& m) {
  OutletVotes votes;
  std::string pending_email;
  bool dateline_set = false;
  for (std::size_t i = 0; i < p.segs.size(); ++i) {
    const Segment& s = p.segs[i];
    std::string_view t = seg_text(p, s);
    switch (s.role) {
      case BlockRole::title: {
        std::string_view title = t;
        if (starts_with(title, "[") || starts_with(title, "【")) {
          std::string_view close = starts_with(title, "[") ? "]" : "】";
          std::size_t c = title.find(close);
          if (c != std::string_view::npos && c <= 90) {
            std::string_view series = trim(title.substr(starts_with(title, "[") ? 1 : 3, c - (starts_with(title, "[") ? 1 : 3)));
            std::string_view rest = trim(title.substr(c + close.size()));
            if (!series.empty() && !rest.empty()) m.series.assign(series), title = rest;
          }
        }
        m.title.assign(title);
        break;
      }
      case BlockRole::subtitle:
        m.subtitles.emplace_back(t);
        break;
      case BlockRole::date:
        if (s.info.cps > 24 && (contains(t, "기자") || !find_email(t).empty()))  // 홍길동 기자 hong@x.com | 입력 …
          read_byline(t, Shape::byline, m, votes, pending_email, dateline_set);
        if (s.date != no_index) {
          const DateLine& d = p.dates[s.date];
          if (m.published.empty() && !d.published.empty()) m.published = d.published;
          if (m.modified.empty() && !d.modified.empty()) m.modified = d.modified;
          // 글: 박소정(sojeongp) 편집: … — the author of a date line
          std::string_view a = d.author;
          if (starts_with(a, "글")) {
            std::size_t j = skip_spaces(a, 3);
            if (j < a.size() && a[j] == ':') j = skip_spaces(a, j + 1);
            std::size_t e = hangul_run_after(a, j);
            if (is_hangul_name(a.substr(j, e - j))) add_reporter(m, a.substr(j, e - j), {});
          }
        }
        break;
      case BlockRole::byline:
        read_byline(t, s.info.shape, m, votes, pending_email, dateline_set);
        break;
      case BlockRole::caption:
        read_caption_credit(t, m);
        break;
      case BlockRole::body:
        // a byline prefix cut from this paragraph is its own segment; nothing here
        break;
      case BlockRole::boilerplate:
        if (s.info.shape == Shape::copyright) votes.add(copyright_outlet(t), 3);
        else if (s.info.shape == Shape::outlet_line) {
          std::size_t len;
          if (const Outlet* o = find_outlet(t)) votes.add(o->name, 1);
          else if (const Outlet* o2 = find_outlet_prefix(t, len)) votes.add(o2->name, 1);
        }
        break;
      default:
        break;
    }
  }
  m.outlet = votes.winner();
  if (m.published.empty()) {
    int seen = 0;
    for (const Block& b : blocks) {
      if (b.role != BlockRole::body) continue;
      if (int day = report_day_from_lead(text.substr(b.span.begin, b.span.size()))) {
        m.published.day = day;
        break;
      }
      if (++seen == 3) break;
    }
  }
  // language: letters of the article text
  std::size_t hangul = 0, latin = 0;
  for (const Block& b : blocks) {
    if (!is_article_text(b.role) && b.role != BlockRole::title) continue;
    // Lead bytes EA–ED start U+A000–U+DFFF, almost all Hangul syllables in news text.
    for (unsigned char c : text.substr(b.span.begin, b.span.size())) {
      hangul += static_cast<unsigned char>(c - 0xEA) < 4;
      latin += static_cast<unsigned char>((c | 0x20) - 'a') < 26;
    }
  }
  m.language = hangul + latin == 0 ? "und" : hangul * 10 >= (hangul + latin) * 3 ? "ko" : latin > hangul ? "en" : "und";
}

// ------------------------------------------------------------------ blocks

inline void build_blocks(const Parsed& p, const OffsetMap& map, std::size_t source_size, std::vector<Block>& out) {
  out.clear();
  out.reserve(p.segs.size());
  for (std::size_t i = 0; i < p.segs.size(); ++i) {
    const Segment& s = p.segs[i];
    // Body runs of one glued line are one block.
    if (!out.empty() && s.role == BlockRole::body && out.back().role == BlockRole::body && i > 0 &&
        p.segs[i - 1].role == BlockRole::body && p.segs[i - 1].line == s.line) {
      out.back().span.end = s.span.end;
      continue;
    }
    Block b;
    b.role = s.role;
    b.reason = s.role == BlockRole::boilerplate ? s.reason : BoilerplateReason::none;
    b.span = s.span;
    out.push_back(b);
  }
  // The partition: block k owns normalized [start_k, start_{k+1}), mapped to the source.
  for (std::size_t k = 0; k < out.size(); ++k) {
    std::size_t b = k == 0 ? 0 : map.map_begin(out[k].span.begin);
    std::size_t e = k + 1 == out.size() ? source_size : map.map_begin(out[k + 1].span.begin);
    out[k].source = Span{b, std::max(b, e)};
  }
}

inline std::size_t count_replacements(std::string_view t) noexcept {
  std::size_t n = 0;
  for (std::size_t i = t.find("\xEF\xBF\xBD"); i != std::string_view::npos; i = t.find("\xEF\xBF\xBD", i + 3)) ++n;
  return n;
}

}  // namespace news
}  // namespace detail

// Parses raw news text (bytes as scraped: any encoding problems are repaired and
// reported) into a Document. Never fails: bad input gives a Document with
// diagnostics. Linear in the input size.
inline Document parse_article(std::string_view raw_input, const ParseOptions& options = {}) {
  using namespace detail::news;
  Document doc;
  // Stage 0: a legacy encoding (or UTF-16) becomes UTF-8; UTF-8 stays as it is.
  DecodeResult decoded;
  std::string_view input = raw_input;
  if (options.encoding != Encoding::utf8) {
    EncodingGuess guess = detail::resolve_encoding(raw_input, options.encoding);
    if (guess.encoding != Encoding::utf8) {
      decoded = decode_to_utf8(raw_input, options.encoding);  // detects again: same answer, and it says so
      doc.encoding = decoded.encoding;
      doc.input_map = std::move(decoded.map);
      input = decoded.text;
    }
  }
  doc.source.assign(input);
  NormalizedNews norm = normalize_news(input, options.normalize);
  doc.text = std::move(norm.text);
  doc.map = std::move(norm.map);
  doc.diagnostics = std::move(norm.diagnostics);

  Parsed p;
  p.text = doc.text;
  segment(p, options);
  if (options.detect_duplicates) mark_duplicates(p);
  assign_roles(p);
  build_blocks(p, doc.map, input.size(), doc.blocks);
  extract_metadata(p, doc.blocks, doc.text, doc.metadata);

  if (doc.blocks.empty() && !input.empty()) {
    Block b;
    b.role = BlockRole::boilerplate;
    b.reason = BoilerplateReason::other;
    b.source = Span{0, input.size()};
    b.span = Span{0, 0};
    doc.blocks.push_back(b);
  }
  if (p.segs.empty()) {
    doc.diagnostics.push_back({DiagnosticKind::empty_input, 0, input.size(), "no text to parse (empty or only whitespace)"});
  } else {
    std::size_t bad = count_replacements(doc.text);
    std::size_t cps = count_cps(doc.text);
    if (bad >= 16 && bad * 10 >= cps)
      doc.diagnostics.push_back({DiagnosticKind::binary_input, 0, input.size(),
                                 std::to_string(bad) + " of " + std::to_string(cps) +
                                     " characters are U+FFFD: this is probably not text"});
    bool body = false;
    for (const Block& b : doc.blocks) body = body || b.role == BlockRole::body;
    if (!body)
      doc.diagnostics.push_back({DiagnosticKind::other, 0, input.size(), "no article body recognised"});
  }
  if (needs_conversion(doc.encoding)) {
    // Diagnostics in input bytes: the decoder's first, then the later stages' mapped back.
    for (Diagnostic& d : doc.diagnostics) {
      Span in = doc.input_span(Span{d.offset, d.offset + d.length});
      d.offset = in.begin;
      d.length = in.size();
    }
    doc.diagnostics.insert(doc.diagnostics.begin(), std::make_move_iterator(decoded.diagnostics.begin()),
                           std::make_move_iterator(decoded.diagnostics.end()));
  }
  return doc;
}

}  // namespace geul

#endif  // GEUL_NEWS_PARSE_HPP
