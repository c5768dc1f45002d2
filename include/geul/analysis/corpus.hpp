// geul — corpus analysis: many articles in, stories out.
//
//   std::vector<geul::Document> docs = …;                 // parse_article(bytes) each
//   geul::Corpus c = geul::analyze_corpus(docs);
//   for (const geul::Story& s : c.stories) …               // documents, merged summary, quotes, timeline
//   for (const geul::VariantGroup& g : c.variants) …       // one person, every spelling and mention
//
// Two stages, so the work scales out (docs/scale.md):
//  1. Per article, independently: extract_features(doc) → ArticleFeatures —
//     a MinHash sketch of the body's character shingles (analysis/sketch.hpp),
//     the content terms with counts, the event dates, the people it names
//     (analysis/names.hpp), its best summary sentences (analysis/summarize.hpp),
//     its quotes (analysis/quotes.hpp) and its dated statements. A feature
//     record is a few kilobytes and holds every text the results quote, so the
//     second stage never needs the articles again.
//  2. Across articles: analyze_features(features) (all at once, agglomerative)
//     or CorpusStream (one at a time, bounded memory).
//
// Near-duplicates: the Jaccard similarity of the shingle sets, estimated from
// the MinHash signatures, and the containment of the smaller in the larger
// (a portal reprint with boilerplate, a shortened copy). A pair is reported
// when either reaches its threshold.
//
// Stories (documents about the same event). A story is a profile: the sum of
// its articles' unit term vectors, the people they name and their event
// dates. Two profiles are similar by
//    s = max(c, 0.65 · c + 0.35 · people) × date factor
// where c is the mean cosine over the pairs of their articles (tf·idf of the
// content terms, names left out: average linkage, so a story that absorbed
// unrelated articles looks like the background and attracts nothing), and
// `people` the share of the smaller side's principal people (named by two of
// its articles or more; all of them for one or two articles) that the other
// side names too: people shared add evidence, different people (the
// witnesses each outlet interviewed) take none away. People match across
// spellings: Korean names when spelled the same, foreign ones when their
// transliteration distance is small and their originals or given names do
// not disagree. Event dates are the dates of the first three body sentences
// (9일, 6월 9일, 2023년 6월 9일; a day alone resolved against the published
// date) and the published date, unless the lead dates the event more than a
// week before it (a later post about an earlier event). The date factor is
// 1.2 when two dates are within two days, 1.0 within a week, 0.3 when only
// days of month disagree, 0.25 when full dates are more than a week apart,
// 0.9 when nothing compares; the most precise pairs decide, and a story of
// more than three articles compares its three most stated dates.
// analyze_features merges the most similar pair of stories while
// s ≥ story_threshold (agglomerative; past agglomerative_limit articles,
// incremental as in CorpusStream).
//
// Name variants: every person named in an article is one node; nodes join
// when they are the same person (the rules above, plus, across stories: the
// same original, the same full foreign name, or the same role), never when
// the join would put two people of one article into one group, or two
// members whose originals or given names disagree (a surname written alone
// in a third article must not join Aleksi and Samuli Laitinen). The
// canonical form is the Latin original when one is given, else the fullest
// spelling seen most often.
//
// Per story: a merged summary, the quotes grouped by the speaker's unified
// name, and a timeline of dated statements. The summary takes the articles'
// best sentences (people's spellings unified first) scored by their
// single-article score, how strongly the other outlets report the same thing
// and position, times the article's weight (how much the others echo it;
// less for a page with no outlet). A sentence saying what a chosen one says
// — cosine ≥ same_statement, most of its character trigrams in it, or most
// of its words already said by the chosen sentences together (half as much
// for a second lede: outlets' ledes report one event) — is never chosen; the
// outlets that said it too are listed, and the first article of identical
// copies is credited.
//
// Deterministic: ties go to the earlier document and position; no clock, no
// locale, no iteration over unordered containers into results.
#ifndef GEUL_ANALYSIS_CORPUS_HPP
#define GEUL_ANALYSIS_CORPUS_HPP

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "entities.hpp"
#include "keywords.hpp"
#include "names.hpp"
#include "quotes.hpp"
#include "sketch.hpp"
#include "summarize.hpp"
#include "../json.hpp"
#include "../news/dates.hpp"
#include "../news/document.hpp"
#include "../text/offsets.hpp"
#include "../text/sentences.hpp"
#include "../text/tokens.hpp"

namespace geul {

struct CorpusOptions {
  // Near-duplicates
  std::size_t minhash_size = 128;       // hash functions of a signature
  std::size_t shingle_size = 5;         // code points per shingle (whitespace skipped)
  double duplicate_threshold = 0.5;     // estimated Jaccard at or above: a duplicate pair
  double containment_threshold = 0.8;   // or this share of the smaller article in the larger
  // Stories
  double story_threshold = 0.2;         // similarity at or above which stories merge
  std::size_t max_terms = 200;          // content terms kept per article (most frequent)
  double name_distance = 0.13;          // transliteration distance of one foreign name's spellings
  std::size_t agglomerative_limit = 2000;  // analyze_features: more articles are clustered incrementally
  // Merged summary
  std::size_t summary_sentences = 5;
  std::size_t candidates_per_article = 8;  // best sentences of each article considered
  double same_statement = 0.45;            // cosine at or above: two sentences say the same thing
  double covered = 0.6;                    // share of a sentence's terms already said: not chosen
  // Timeline
  std::size_t dated_per_article = 6;
  std::size_t timeline_entries = 15;
  // CorpusStream: a story with no new article among the last `window` articles is closed,
  // and so is a story that reaches max_story_documents articles
  std::size_t window = 1000;
  std::size_t max_story_documents = 1000;
};

// One content term of an article and how often it occurs.
struct TermCount {
  std::uint64_t hash = 0;   // fnv1a64 of the lower-cased stem
  std::uint32_t count = 0;
};

// A candidate sentence for a merged summary.
struct CorpusSentence {
  Span source;            // bytes of the article's input
  std::string text;
  std::size_t index = 0;  // position among the article's body sentences
  double score = 0;       // the article's own summary score, divided by its best
};

struct CorpusQuote {
  Span source;           // the quoted words (without marks), input bytes
  std::string text;
  std::string speaker;   // as written (이영 중기부 장관); empty when unknown
  Span speaker_source;   // input bytes; empty when unknown
  std::string verb;
};

// A sentence that states a date (the timeline).
struct DatedStatement {
  DateTime date;   // as precise as stated, resolved against the published date where it can be
  Span source;     // the sentence, input bytes
  std::string text;
};

// What the corpus stage needs of one article (extract_features).
struct ArticleFeatures {
  std::string title;
  std::string outlet;
  DateTime published;
  MinHash sketch;                        // body shingles
  std::vector<TermCount> terms;          // content stems without names, sorted by hash
  std::vector<DateTime> event_dates;     // published + dates of the lead, resolved
  std::vector<NameEntity> names;         // people; mention spans are INPUT bytes (as given)
  std::vector<CorpusSentence> sentences; // the article's best sentences, in order
  std::vector<CorpusQuote> quotes;
  std::vector<DatedStatement> dated;
};

// ---------------------------------------------------------------- results

struct SummaryItem {
  std::size_t document = 0;       // input index
  Span source;                    // input bytes of that document
  std::string text;
  double score = 0;
  std::vector<std::size_t> also;  // other documents that say the same thing
};

struct VariantMention {
  std::size_t document = 0;
  Span source;
  std::string text;
};

struct VariantGroup {
  std::string canonical;
  NameKind kind = NameKind::foreign;
  std::vector<std::string> forms;        // distinct spellings, most frequent first
  std::vector<VariantMention> mentions;  // by document, then position
};

struct QuoteRef {
  std::size_t document = 0;
  Span source;
  std::string text;
  std::string verb;
  std::vector<std::size_t> also;  // other documents quoting the same words
};

struct SpeakerQuotes {
  std::string speaker;  // the canonical name, or the speaker as written; empty: unknown
  std::vector<QuoteRef> quotes;
};

struct TimelineEntry {
  DateTime date;
  std::size_t document = 0;
  Span source;
  std::string text;
};

struct Story {
  std::vector<std::size_t> documents;  // ascending
  std::vector<SummaryItem> summary;
  std::vector<SpeakerQuotes> quotes;
  std::vector<TimelineEntry> timeline;  // by date
  std::vector<std::size_t> variants;    // indices into Corpus::variants of the people named in it
};

struct Duplicate {
  std::size_t a = 0, b = 0;  // a < b
  double similarity = 0;     // estimated Jaccard
  double containment = 0;    // estimated share of the smaller in the larger
};

struct Corpus {
  std::vector<Story> stories;         // by first document
  std::vector<VariantGroup> variants; // by first mention
  std::vector<Duplicate> duplicates;  // by (a, b)
};

namespace detail {
namespace corpus {

// --------------------------------------------------------------- dates

// Days since 1970-01-01 (proleptic Gregorian; Howard Hinnant's algorithm).
inline long days_from_civil(int y, int m, int d) noexcept {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = static_cast<long>(y) - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

inline bool full_date(const DateTime& d) noexcept { return d.year > 0 && d.month > 0 && d.day > 0; }

inline DateTime day_part(const DateTime& d) {
  DateTime out;
  out.year = d.year, out.month = d.month, out.day = d.day;
  return out;
}

// What the words before a day alone say about its month (지난달 4일, 다음
// 달 6일, 오는 25일, 지난 4일).
enum class DayHint { none, previous_month, this_month, next_month, upcoming, past };

// Fills a partial date from the published date. A day alone gets the month
// its hint names; without one, the published month (the previous one when
// the day is later than the published day: news reports what happened);
// 오는 (upcoming) takes the published month or the next, 지난 (past) the
// published month or the previous. A month-day gets the year that puts it at
// most half a year before the published date or at most a quarter after it
// (events announced ahead: 10월 6일 개최 예정); otherwise no year is guessed
// (a blog post about last year's event keeps none).
inline DateTime resolve(DateTime d, const DateTime& published, DayHint hint = DayHint::none) {
  if (!full_date(published) || d.day < 0) return d;
  if (d.year < 0 && d.month < 0) {
    d.year = published.year, d.month = published.month;
    int shift = 0;
    switch (hint) {
      case DayHint::previous_month: shift = -1; break;
      case DayHint::next_month: shift = 1; break;
      case DayHint::this_month: break;
      case DayHint::upcoming: shift = d.day < published.day ? 1 : 0; break;
      case DayHint::past: shift = d.day > published.day ? -1 : 0; break;
      case DayHint::none: shift = d.day > published.day + 1 ? -1 : 0; break;
    }
    if (shift < 0 && --d.month == 0) d.month = 12, --d.year;
    if (shift > 0 && ++d.month == 13) d.month = 1, ++d.year;
    return d;
  }
  if (d.year < 0 && d.month > 0) {
    const long pub = days_from_civil(published.year, published.month, published.day);
    for (int year = published.year - 1; year <= published.year + 1; ++year) {
      const long ahead = days_from_civil(year, d.month, d.day) - pub;
      if (ahead >= -183 && ahead <= 92) {
        d.year = year;
        break;
      }
    }
  }
  return d;
}

// How two event dates relate: 2 within two days, 1 within a week, 0 not
// comparable, -1 days of month disagree (month unknown), -2 full dates
// more than a week apart.
inline int compare_dates(const DateTime& a, const DateTime& b) noexcept {
  if (a.day < 0 || b.day < 0) return 0;
  if (full_date(a) && full_date(b)) {
    const long d = std::labs(days_from_civil(a.year, a.month, a.day) - days_from_civil(b.year, b.month, b.day));
    return d <= 2 ? 2 : d <= 7 ? 1 : -2;
  }
  if (a.month > 0 && b.month > 0) {
    if (a.year > 0 && b.year > 0 && a.year != b.year) return -2;
    if (a.month != b.month) return -1;
    const int d = std::abs(a.day - b.day);
    return d <= 2 ? 2 : d <= 7 ? 1 : -1;
  }
  int d = std::abs(a.day - b.day);
  d = std::min(d, 31 - d);
  return d <= 2 ? 2 : d <= 3 ? 1 : -1;
}

// How precisely two dates compare: 3 both full, 2 month and day, 1 day only.
inline int comparison_level(const DateTime& a, const DateTime& b) noexcept {
  if (full_date(a) && full_date(b)) return 3;
  if (a.month > 0 && b.month > 0) return 2;
  return 1;
}

// The relation of two sets of event dates: the best relation among the
// pairs that compare most precisely (two full dates outweigh a day of month
// that happens to agree).
inline int compare_date_sets(const std::vector<DateTime>& a, const std::vector<DateTime>& b) noexcept {
  int best = 0, level = 0;
  for (const DateTime& x : a)
    for (const DateTime& y : b) {
      const int c = compare_dates(x, y);
      if (c == 0) continue;
      const int l = comparison_level(x, y);
      if (l > level) level = l, best = c;
      else if (l == level) best = std::max(best, c);
    }
  return best;
}

inline double date_factor(int relation) noexcept {
  switch (relation) {
    case 2: return 1.2;
    case 1: return 1.0;
    case -1: return 0.3;
    case -2: return 0.25;
    default: return 0.9;
  }
}

// The hint the words right before byte i give a day alone.
inline DayHint day_hint(std::string_view s, std::size_t i) noexcept {
  const std::string_view before = s.substr(0, i);
  auto ends = [&](std::string_view w) { return detail::news::ends_with(before, w); };
  if (ends("다음 달 ") || ends("다음달 ") || ends("내달 ")) return DayHint::next_month;
  if (ends("지난달 ") || ends("지난 달 ") || ends("전달 ")) return DayHint::previous_month;
  if (ends("이달 ") || ends("이번 달 ") || ends("이번달 ")) return DayHint::this_month;
  if (ends("오는 ")) return DayHint::upcoming;
  if (ends("지난 ")) return DayHint::past;
  return DayHint::none;
}

// Dates stated in `s`: full dates, month-day, and days alone (9일, 지난
// 4일) that are not durations (3일간, 5일째). Calls f(DateTime, pos, DayHint)
// (the hint is for a day alone; none otherwise).
template <class F>
void for_each_date(std::string_view s, F&& f) {
  using namespace detail::news;
  for (std::size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (!(c >= '0' && c <= '9') || (i > 0 && (is_digit(cp_before(s, i)) || is_latin(cp_before(s, i)) || cp_before(s, i) == '.'))) {
      ++i;
      continue;
    }
    DateTime d;
    std::size_t n = parse_datetime(s, i, d, true);
    if (n > 0) {
      if (d.day > 0) f(d, i, DayHint::none);
      i += n;
      continue;
    }
    int day = 0;
    n = read_number(s, i, day, 2);
    if (n > 0 && !is_digit(cp_at(s, i + n)) && s.compare(i + n, 3, "일") == 0 && day >= 1 && day <= 31) {
      const std::string_view rest = s.substr(i + n + 3);
      const bool duration = rest.compare(0, 3, "간") == 0 || rest.compare(0, 3, "째") == 0 ||
                            rest.compare(0, 3, "분") == 0 || rest.compare(0, 3, "치") == 0 ||
                            rest.compare(0, 3, "당") == 0 || rest.compare(0, 3, "만") == 0;
      const bool after_count = i >= 4 && (s.compare(i - 4, 4, "\xEA\xB0\x9C ") == 0);  // "개 "
      if (!duration && !after_count) {
        DateTime x;
        x.day = day;
        f(x, i, day_hint(s, i));
      }
    }
    i += std::max<std::size_t>(n, 1);
  }
}

// ---------------------------------------------------------------- terms

inline void lower_ascii(std::string& s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
}

// Is the content term of a token worth counting for story similarity?
inline bool story_term(std::string_view text, const Token& t) {
  if (t.kind == TokenKind::number || t.kind == TokenKind::other) return false;
  const std::string_view st = stem_text(text, t);
  if (detail::news::count_cps(st) < 2) return false;
  if (t.kind == TokenKind::hangul && !t.likely_noun) return false;
  if (seg::is_function_word(st) || seg::is_function_word(token_text(text, t)) || kw::is_stop_noun(st)) return false;
  return true;
}

// ---------------------------------------------------------------- vectors

using Vec = summ::Vec;  // sorted (hash, weight)

inline double norm(const Vec& v) noexcept {
  double n = 0;
  for (const summ::Term& t : v) n += t.weight * t.weight;
  return std::sqrt(n);
}

inline void add_to(Vec& acc, const Vec& v, double scale = 1.0) {
  Vec out;
  out.reserve(acc.size() + v.size());
  std::size_t i = 0, j = 0;
  while (i < acc.size() || j < v.size()) {
    if (j == v.size() || (i < acc.size() && acc[i].hash < v[j].hash)) out.push_back(acc[i++]);
    else if (i == acc.size() || v[j].hash < acc[i].hash) out.push_back({v[j].hash, v[j].weight * scale}), ++j;
    else out.push_back({acc[i].hash, acc[i].weight + v[j].weight * scale}), ++i, ++j;
  }
  acc.swap(out);
}

// Character trigrams of a sentence (whitespace skipped), sorted and unique.
inline std::vector<std::uint64_t> trigrams(std::string_view s) {
  std::vector<std::uint64_t> g;
  for_each_char_ngram(s, 3, [&](std::string_view x) { g.push_back(fnv1a64(x)); });
  std::sort(g.begin(), g.end());
  g.erase(std::unique(g.begin(), g.end()), g.end());
  return g;
}

// Share of the smaller trigram set found in the larger.
inline double trigram_containment(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
  if (a.empty() || b.empty()) return 0;
  std::size_t i = 0, j = 0, common = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] == b[j]) ++common, ++i, ++j;
    else if (a[i] < b[j]) ++i;
    else ++j;
  }
  return static_cast<double>(common) / static_cast<double>(std::min(a.size(), b.size()));
}

// ---------------------------------------------------------------- people

inline std::string fold_original(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == ' ' || c == '-' || c == '.' || c == '\'') continue;
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

inline bool shares_role(const NameEntity& a, const NameEntity& b) {
  for (const std::string& x : a.roles)
    for (const std::string& y : b.roles)
      if (x == y) return true;
  return false;
}

// Could `a` and `b` (from two articles) be one person by name alone?
// `distance` receives the transliteration distance of the surnames.
inline bool names_agree(const NameEntity& a, const NameEntity& b, double threshold, double& distance) {
  distance = 1.0;
  if (a.kind == NameKind::korean || b.kind == NameKind::korean) {
    const std::string_view x = a.kind == NameKind::korean ? std::string_view(a.surname) : std::string_view(a.surname);
    const std::string_view y = b.kind == NameKind::korean ? std::string_view(b.surname) : std::string_view(b.surname);
    if (x != y) return false;
    if (a.kind != b.kind) {  // a Korean-looking word that another article spells as a foreign surname
      const NameEntity& f = a.kind == NameKind::foreign ? a : b;
      if (f.given.empty() && f.original.empty()) return false;
    }
    distance = 0;
    return true;
  }
  if (!a.original.empty() && !b.original.empty()) {
    if (fold_original(a.original) != fold_original(b.original)) return false;
    distance = a.surname == b.surname ? 0.0 : transliteration_distance(a.surname, b.surname);
    return true;
  }
  distance = a.surname == b.surname ? 0.0 : transliteration_distance(a.surname, b.surname);
  if (distance > threshold) return false;
  if (!a.given.empty() && !b.given.empty() && a.given != b.given &&
      transliteration_distance(a.given, b.given) > 2 * threshold)
    return false;
  return true;
}

// Do `a` and `b` say they are two people, whatever links them: different
// originals, or foreign given names too far apart to be two spellings of
// one (Aleksi and Ilmari Heikkinen). A surname alone says nothing.
inline bool names_conflict(const NameEntity& a, const NameEntity& b, double threshold) {
  if (!a.original.empty() && !b.original.empty()) return fold_original(a.original) != fold_original(b.original);
  return a.kind == NameKind::foreign && b.kind == NameKind::foreign && !a.given.empty() && !b.given.empty() &&
         a.given != b.given && transliteration_distance(a.given, b.given) > 2 * threshold;
}

// ---------------------------------------------------------------- profiles

// Profiles keep at most this many distinct people and dates: a huge story
// stays cheap to compare.
inline constexpr std::size_t max_profile_people = 64;
inline constexpr std::size_t max_profile_dates = 64;

struct Profile {
  std::vector<std::size_t> members;       // ascending
  Vec terms;                              // sum of the members' unit tf·idf vectors
  std::vector<const NameEntity*> people;  // distinct anchored people of the members
  std::vector<std::size_t> people_counts; // members naming each
  std::vector<DateTime> dates;            // distinct event dates of the members
  std::vector<std::size_t> date_counts;   // members stating each date
};

// The dates a story is about: for a story of more than three articles, the
// three most stated (a long story mentions many dates; the event's own are
// the common ones).
inline std::vector<DateTime> principal_dates(const Profile& p) {
  if (p.members.size() <= 3 || p.dates.size() <= 3) return p.dates;
  std::vector<std::size_t> order(p.dates.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return p.date_counts[a] > p.date_counts[b]; });
  return {p.dates[order[0]], p.dates[order[1]], p.dates[order[2]]};
}

// Adds the people of `from` (with the number of articles naming each) to
// `into`: one person named in several articles counts once, with the sum.
inline void add_people(Profile& into, const std::vector<const NameEntity*>& from, const std::vector<std::size_t>& counts,
                       double threshold) {
  for (std::size_t k = 0; k < from.size(); ++k) {
    std::size_t found = into.people.size();
    double d;
    for (std::size_t j = 0; j < into.people.size() && found == into.people.size(); ++j)
      if (names_agree(*from[k], *into.people[j], threshold, d)) found = j;
    if (found < into.people.size()) into.people_counts[found] += counts[k];
    else if (into.people.size() < max_profile_people) into.people.push_back(from[k]), into.people_counts.push_back(counts[k]);
  }
}

// The people a story is about: all of them for one or two articles, else
// those named by at least two of its articles (at most 16, most named
// first) — a witness one outlet interviewed says little about the story.
inline std::vector<const NameEntity*> principal_people(const Profile& p) {
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < p.people.size(); ++i)
    if (p.members.size() <= 2 || p.people_counts[i] >= 2) order.push_back(i);
  if (order.empty())
    for (std::size_t i = 0; i < p.people.size(); ++i) order.push_back(i);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return p.people_counts[a] > p.people_counts[b]; });
  if (order.size() > 16) order.resize(16);
  std::vector<const NameEntity*> out;
  for (std::size_t i : order) out.push_back(p.people[i]);
  return out;
}

// Share of the smaller side's principal people found on the other side; -1
// when either names nobody.
inline double people_overlap(const std::vector<const NameEntity*>& x, const std::vector<const NameEntity*>& y,
                             double threshold) {
  if (x.empty() || y.empty()) return -1;
  std::size_t matched = 0;
  std::vector<char> used(y.size(), 0);
  for (const NameEntity* e : x)
    for (std::size_t j = 0; j < y.size(); ++j) {
      double d;
      if (!used[j] && names_agree(*e, *y[j], threshold, d)) {
        used[j] = 1;
        ++matched;
        break;
      }
    }
  return static_cast<double>(matched) / static_cast<double>(std::min(x.size(), y.size()));
}

// Average linkage in term space: the mean cosine over all pairs of members
// (the profiles hold sums of unit vectors). Unlike the cosine of the sums, it
// does not grow with a story's size: a story that has absorbed many
// unrelated articles looks like the background and attracts nothing.
inline double mean_cosine(const Profile& a, const Profile& b) noexcept {
  const double n = static_cast<double>(a.members.size()) * static_cast<double>(b.members.size());
  return n > 0 ? summ::dot(a.terms, b.terms) / n : 0.0;
}

inline double profile_similarity(const Profile& a, const Profile& b, const CorpusOptions& o) {
  const double cos = mean_cosine(a, b);
  const double people = people_overlap(principal_people(a), principal_people(b), o.name_distance);
  // People named on both sides add evidence; different people (outlets
  // interview different witnesses) take none away.
  const double s = people < 0 ? cos : std::max(cos, 0.65 * cos + 0.35 * people);
  return s * date_factor(compare_date_sets(principal_dates(a), principal_dates(b)));
}

inline void merge_profile(Profile& into, const Profile& from, double threshold) {
  std::vector<std::size_t> m;
  std::merge(into.members.begin(), into.members.end(), from.members.begin(), from.members.end(), std::back_inserter(m));
  into.members.swap(m);
  add_to(into.terms, from.terms);
  add_people(into, from.people, from.people_counts, threshold);
  for (std::size_t k = 0; k < from.dates.size(); ++k) {
    const auto it = std::find(into.dates.begin(), into.dates.end(), from.dates[k]);
    if (it != into.dates.end()) into.date_counts[static_cast<std::size_t>(it - into.dates.begin())] += from.date_counts[k];
    else if (into.dates.size() < max_profile_dates) into.dates.push_back(from.dates[k]), into.date_counts.push_back(from.date_counts[k]);
  }
}

// Inverse document frequency of a term in `df` of `n` articles, smoothed:
// ln(1 + (n+1)/df). A term every article has still counts (a corpus of a
// few reports of one event shares most of its words: they must meet).
inline double corpus_idf(double n, double df) noexcept { return std::log(1.0 + (n + 1.0) / df); }

// The unit tf·idf vector of an article's terms.
template <class Idf>
Vec article_vector(const ArticleFeatures& f, Idf&& idf) {
  Vec v;
  v.reserve(f.terms.size());
  for (const TermCount& t : f.terms)
    v.push_back({t.hash, (1.0 + std::log(static_cast<double>(t.count))) * idf(t.hash)});
  const double n = norm(v);
  if (n > 0)
    for (summ::Term& t : v) t.weight /= n;
  return v;
}

inline Profile article_profile(const ArticleFeatures& f, std::size_t index, Vec vec, double threshold) {
  Profile p;
  p.members.push_back(index);
  p.terms = std::move(vec);
  std::vector<const NameEntity*> anchored;
  for (const NameEntity& e : f.names)
    if (e.anchored) anchored.push_back(&e);
  add_people(p, anchored, std::vector<std::size_t>(anchored.size(), 1), threshold);
  for (const DateTime& d : f.event_dates)
    if (p.dates.size() < max_profile_dates && std::find(p.dates.begin(), p.dates.end(), d) == p.dates.end())
      p.dates.push_back(d), p.date_counts.push_back(1);
  return p;
}

// Agglomerative clustering: merge the most similar pair while it reaches
// the threshold. Returns the member lists, by first member.
inline std::vector<std::vector<std::size_t>> cluster(std::vector<Profile> ps, const CorpusOptions& o) {
  const std::size_t n = ps.size();
  std::vector<char> alive(n, 1);
  std::vector<std::vector<double>> sim(n, std::vector<double>(n, 0.0));
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = i + 1; j < n; ++j) sim[i][j] = sim[j][i] = profile_similarity(ps[i], ps[j], o);
  for (;;) {
    std::size_t bi = n, bj = n;
    double best = o.story_threshold;
    for (std::size_t i = 0; i < n; ++i) {
      if (!alive[i]) continue;
      for (std::size_t j = i + 1; j < n; ++j)
        if (alive[j] && sim[i][j] >= best && (bi == n || sim[i][j] > best)) best = sim[i][j], bi = i, bj = j;
    }
    if (bi == n) break;
    merge_profile(ps[bi], ps[bj], o.name_distance);
    alive[bj] = 0;
    for (std::size_t k = 0; k < n; ++k)
      if (alive[k] && k != bi) sim[bi][k] = sim[k][bi] = profile_similarity(ps[bi], ps[k], o);
  }
  std::vector<std::vector<std::size_t>> out;
  for (std::size_t i = 0; i < n; ++i)
    if (alive[i]) out.push_back(ps[i].members);
  std::sort(out.begin(), out.end());
  return out;
}

// The most specific terms of a vector (highest weight), for candidate lookup.
inline std::vector<std::uint64_t> key_terms(const Vec& v, std::size_t k = 12) {
  std::vector<summ::Term> t(v.begin(), v.end());
  std::stable_sort(t.begin(), t.end(), [](const summ::Term& a, const summ::Term& b) { return a.weight > b.weight; });
  std::vector<std::uint64_t> out;
  for (std::size_t i = 0; i < t.size() && i < k; ++i) out.push_back(t[i].hash);
  return out;
}

// Incremental clustering for corpora too large for the agglomerative pass:
// in input order, each article joins the most similar story that shares one
// of its key terms (or opens one). Linear in practice.
inline std::vector<std::vector<std::size_t>> cluster_incremental(std::vector<Profile> ps, const CorpusOptions& o) {
  std::vector<Profile> stories;
  std::map<std::uint64_t, std::vector<std::size_t>> index;  // key term → stories
  for (Profile& p : ps) {
    const std::vector<std::uint64_t> keys = key_terms(p.terms);
    std::vector<std::size_t> candidates;
    for (std::uint64_t k : keys) {
      auto it = index.find(k);
      if (it != index.end()) candidates.insert(candidates.end(), it->second.begin(), it->second.end());
    }
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    std::size_t best = SIZE_MAX;
    double best_sim = o.story_threshold;
    for (std::size_t s : candidates) {
      const double sim = profile_similarity(stories[s], p, o);
      if (sim >= best_sim && (best == SIZE_MAX || sim > best_sim)) best = s, best_sim = sim;
    }
    if (best == SIZE_MAX) {
      best = stories.size();
      stories.push_back(std::move(p));
    } else {
      merge_profile(stories[best], p, o.name_distance);
    }
    for (std::uint64_t k : keys) {
      std::vector<std::size_t>& v = index[k];
      if (std::find(v.begin(), v.end(), best) == v.end()) v.push_back(best);
    }
  }
  std::vector<std::vector<std::size_t>> out;
  for (Profile& s : stories) out.push_back(std::move(s.members));
  std::sort(out.begin(), out.end());
  return out;
}

// ---------------------------------------------------------------- name groups

struct NameNode {
  std::size_t document;
  const NameEntity* entity;
  std::size_t story;
};

// Groups the people of all documents (see the header comment). `story_of`
// gives each document's story. Returns groups of node indices, each with at
// least one anchored node.
inline std::vector<std::vector<std::size_t>> group_names(const std::vector<NameNode>& nodes, double threshold) {
  const std::size_t n = nodes.size();
  struct Pair {
    double distance;
    std::size_t a, b;
  };
  std::vector<Pair> pairs;
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = i + 1; j < n; ++j) {
      const NameNode& x = nodes[i];
      const NameNode& y = nodes[j];
      if (x.document == y.document) continue;
      if (!x.entity->anchored && !y.entity->anchored) continue;
      double d;
      if (!names_agree(*x.entity, *y.entity, threshold, d)) continue;
      const bool same_story = x.story == y.story;
      if (!same_story) {
        // Across stories: the same spelling of a foreign name with its given
        // name or original, the same original, or the same name and role.
        if (!x.entity->anchored || !y.entity->anchored) continue;
        const bool same_original = !x.entity->original.empty() && !y.entity->original.empty();
        const bool same_full = x.entity->kind == NameKind::foreign && y.entity->kind == NameKind::foreign &&
                               x.entity->name == y.entity->name && !x.entity->given.empty();
        if (!(same_original || same_full || shares_role(*x.entity, *y.entity))) continue;
      }
      pairs.push_back({d + (same_story ? 0.0 : 0.5), i, j});
    }
  std::stable_sort(pairs.begin(), pairs.end(), [](const Pair& p, const Pair& q) {
    if (p.distance != q.distance) return p.distance < q.distance;
    if (p.a != q.a) return p.a < q.a;
    return p.b < q.b;
  });
  std::vector<std::size_t> parent(n);
  for (std::size_t i = 0; i < n; ++i) parent[i] = i;
  std::vector<std::vector<std::size_t>> docs(n);  // documents of each root's group
  for (std::size_t i = 0; i < n; ++i) docs[i].push_back(nodes[i].document);
  // Members of each root's group that say who they are (a given name or an
  // original): a surname alone must not join two people into one group.
  std::vector<std::vector<std::size_t>> named(n);
  for (std::size_t i = 0; i < n; ++i)
    if (!nodes[i].entity->given.empty() || !nodes[i].entity->original.empty()) named[i].push_back(i);
  auto find = [&](std::size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  };
  for (const Pair& p : pairs) {
    std::size_t a = find(p.a), b = find(p.b);
    if (a == b) continue;
    // Two people of one article are two people.
    bool clash = false;
    for (std::size_t d : docs[a])
      if (std::binary_search(docs[b].begin(), docs[b].end(), d)) clash = true;
    for (std::size_t x = 0; x < named[a].size() && !clash; ++x)
      for (std::size_t y : named[b])
        if (names_conflict(*nodes[named[a][x]].entity, *nodes[y].entity, threshold)) clash = true;
    if (clash) continue;
    if (b < a) std::swap(a, b);
    parent[b] = a;
    std::vector<std::size_t> m;
    std::merge(docs[a].begin(), docs[a].end(), docs[b].begin(), docs[b].end(), std::back_inserter(m));
    docs[a].swap(m);
    docs[b].clear();
    // One member per distinct original and given name is enough to judge a
    // conflict: the lists stay as short as the spellings (a name in 10,000
    // articles is not 10,000 checks per join).
    for (std::size_t y : named[b]) {
      const NameEntity& e = *nodes[y].entity;
      bool seen = false;
      for (std::size_t x : named[a])
        seen = seen || (nodes[x].entity->given == e.given && nodes[x].entity->original == e.original &&
                        nodes[x].entity->kind == e.kind);
      if (!seen) named[a].push_back(y);
    }
    named[b].clear();
  }
  std::map<std::size_t, std::vector<std::size_t>> groups;
  for (std::size_t i = 0; i < n; ++i) groups[find(i)].push_back(i);
  std::vector<std::vector<std::size_t>> out;
  for (auto& g : groups) {
    bool anchored = false;
    for (std::size_t i : g.second) anchored = anchored || nodes[i].entity->anchored;
    if (anchored) out.push_back(std::move(g.second));
  }
  return out;
}

inline VariantGroup make_group(const std::vector<NameNode>& nodes, const std::vector<std::size_t>& members) {
  VariantGroup g;
  g.kind = NameKind::korean;
  std::vector<std::pair<std::string, std::size_t>> originals, names, forms;
  auto bump = [](std::vector<std::pair<std::string, std::size_t>>& v, const std::string& s) {
    for (auto& x : v)
      if (x.first == s) return void(++x.second);
    v.push_back({s, 1});
  };
  for (std::size_t i : members) {
    const NameEntity& e = *nodes[i].entity;
    if (e.kind == NameKind::foreign) g.kind = NameKind::foreign;
    if (!e.original.empty()) bump(originals, e.original);
    for (const NameMention& m : e.mentions) {
      g.mentions.push_back({nodes[i].document, m.span, m.text});
      bump(forms, m.text);
      // The fullest spellings count for the canonical form.
      if (m.text == e.name) bump(names, m.text);
    }
  }
  auto most = [](const std::vector<std::pair<std::string, std::size_t>>& v) {
    std::size_t best = 0;
    for (std::size_t k = 1; k < v.size(); ++k)
      if (v[k].second > v[best].second) best = k;
    return v[best].first;
  };
  if (!originals.empty()) g.canonical = most(originals);
  else if (!names.empty()) {
    // Prefer full names (with a given name) over a surname seen alone.
    std::vector<std::pair<std::string, std::size_t>> full;
    for (auto& x : names)
      if (x.first.find(' ') != std::string::npos) full.push_back(x);
    g.canonical = most(full.empty() ? names : full);
  } else if (!forms.empty()) {
    g.canonical = most(forms);
  }
  std::stable_sort(forms.begin(), forms.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  for (auto& f : forms) g.forms.push_back(f.first);
  std::sort(g.mentions.begin(), g.mentions.end(), [](const VariantMention& a, const VariantMention& b) {
    return a.document != b.document ? a.document < b.document : a.source.begin < b.source.begin;
  });
  return g;
}

// ---------------------------------------------------------------- story parts

struct Candidate {
  std::size_t document;
  const CorpusSentence* sentence;
  Vec vec;
  std::vector<std::uint64_t> grams;
  bool lead = false;  // the article's first candidate: its lede
};

// tf·isf unit vectors over the candidates (isf = log(1 + N/df), as the
// single-article summarizer weighs its sentences).
inline void weigh_isf(std::vector<Candidate>& cs) {
  std::vector<std::uint64_t> all;
  for (const Candidate& c : cs)
    for (const summ::Term& t : c.vec) all.push_back(t.hash);
  std::sort(all.begin(), all.end());
  const double nd = static_cast<double>(cs.size());
  for (Candidate& c : cs) {
    for (summ::Term& t : c.vec) {
      const auto range = std::equal_range(all.begin(), all.end(), t.hash);
      const double df = static_cast<double>(range.second - range.first);
      const double tf = t.weight >= 1 ? 1.0 + std::log(t.weight) : t.weight;
      t.weight = tf * std::log(1.0 + nd / df);
    }
    const double n = norm(c.vec);
    if (n > 0)
      for (summ::Term& t : c.vec) t.weight /= n;
  }
}

inline bool same_statement(const Candidate& a, const Candidate& b, double threshold) {
  return summ::dot(a.vec, b.vec) >= threshold || trigram_containment(a.grams, b.grams) >= 0.6;
}

// `text` with every spelling of a person replaced by the canonical name (so
// 알트만 and 올트먼 meet), longest spellings first, at word starts only.
inline std::string canonical_names(std::string_view text, const std::vector<std::pair<std::string, std::string>>& forms) {
  std::string out(text);
  for (const auto& f : forms) {
    if (f.first.empty() || f.first == f.second) continue;
    for (std::size_t pos = out.find(f.first); pos != std::string::npos; pos = out.find(f.first, pos)) {
      const char32_t before = pos ? detail::news::cp_before(out, pos) : U' ';
      if (detail::news::is_hangul_syllable(before) || detail::news::is_latin(before)) {
        pos += f.first.size();
        continue;
      }
      out.replace(pos, f.first.size(), f.second);
      pos += f.second.size();
    }
  }
  return out;
}

// Share of a's (unit) weight on terms that `covered` has.
inline double coverage(const Vec& a, const Vec& covered) noexcept {
  double s = 0;
  std::size_t i = 0, j = 0;
  while (i < a.size() && j < covered.size()) {
    if (a[i].hash == covered[j].hash) s += a[i].weight * a[i].weight, ++i, ++j;
    else if (a[i].hash < covered[j].hash) ++i;
    else ++j;
  }
  return s;
}

inline std::vector<SummaryItem> merged_summary(const std::vector<const ArticleFeatures*>& fs,
                                               const std::vector<std::size_t>& ids,
                                               const std::vector<std::pair<std::string, std::string>>& forms,
                                               const CorpusOptions& o) {
  std::vector<Candidate> cs;
  std::vector<summ::Term> raw;
  for (std::size_t k = 0; k < fs.size(); ++k)
    for (const CorpusSentence& s : fs[k]->sentences) {
      raw.clear();
      const std::string text = canonical_names(s.text, forms);
      summ::collect_terms(text, raw);
      cs.push_back({ids[k], &s, summ::merge_terms(raw), trigrams(text), &s == &fs[k]->sentences.front()});
    }
  std::vector<SummaryItem> out;
  if (cs.empty()) return out;
  const std::size_t n = cs.size();
  weigh_isf(cs);
  // Support: how strongly the other documents report the same thing.
  std::vector<double> score(n), support(n, 0.0);
  const double others = static_cast<double>(fs.size() > 1 ? fs.size() - 1 : 1);
  for (std::size_t i = 0; i < n; ++i) {
    std::map<std::size_t, double> best;  // document → best similarity
    for (std::size_t j = 0; j < n; ++j)
      if (cs[j].document != cs[i].document) {
        double& b = best[cs[j].document];
        b = std::max(b, summ::dot(cs[i].vec, cs[j].vec));
      }
    for (const auto& b : best) support[i] += b.second;
    support[i] /= others;
  }
  // A document's weight: how much the others echo it (its mean support,
  // relative to the best document's), lower for a text with no outlet (a
  // blog, a crawled page without source).
  std::map<std::size_t, std::pair<double, std::size_t>> echo;  // document → (support sum, count)
  for (std::size_t i = 0; i < n; ++i) echo[cs[i].document].first += support[i], ++echo[cs[i].document].second;
  double best_echo = 0;
  for (const auto& e : echo) best_echo = std::max(best_echo, e.second.first / static_cast<double>(e.second.second));
  std::map<std::size_t, double> weight;
  for (std::size_t k = 0; k < fs.size(); ++k) {
    const auto& e = echo[ids[k]];
    const double mean = e.second ? e.first / static_cast<double>(e.second) : 0;
    weight[ids[k]] = (0.5 + 0.5 * (best_echo > 0 ? mean / best_echo : 1.0)) * (fs[k]->outlet.empty() ? 0.85 : 1.0);
  }
  for (std::size_t i = 0; i < n; ++i) {
    const double position = 1.0 / (1.0 + static_cast<double>(cs[i].sentence->index) / 3.0);
    score[i] = (0.5 * cs[i].sentence->score + 0.3 * support[i] + 0.2 * position) * weight[cs[i].document];
  }
  std::vector<std::size_t> chosen;
  std::vector<double> max_sim(n, 0.0);
  std::vector<char> blocked(n, 0);
  Vec said;  // the terms of the chosen sentences
  bool lead_chosen = false;
  while (chosen.size() < o.summary_sentences) {
    std::size_t best = n;
    double best_value = 0;
    for (std::size_t i = 0; i < n; ++i) {
      if (blocked[i]) continue;
      const double v = score[i] - 0.5 * max_sim[i];
      if (best == n || v > best_value) best = i, best_value = v;
    }
    if (best == n) break;
    // The same sentence in several articles (a wire copy): credit the first.
    for (std::size_t i = 0; i < n; ++i)
      if (!blocked[i] && cs[i].document < cs[best].document && trigram_containment(cs[i].grams, cs[best].grams) >= 0.9 &&
          cs[i].grams.size() * 10 >= cs[best].grams.size() * 9 && cs[best].grams.size() * 10 >= cs[i].grams.size() * 9)
        best = i;
    chosen.push_back(best);
    blocked[best] = 1;
    add_to(said, cs[best].vec);
    lead_chosen = lead_chosen || cs[best].lead;
    for (std::size_t i = 0; i < n; ++i) {
      if (blocked[i]) continue;
      // Said already: by one chosen sentence, or by all of them together.
      // Ledes of one story report one event: a second lede must bring
      // mostly new words.
      const double cov = coverage(cs[i].vec, said);
      if (same_statement(cs[i], cs[best], o.same_statement) || cov >= o.covered ||
          (cs[i].lead && lead_chosen && cov >= o.covered / 2))
        blocked[i] = 1;
      max_sim[i] = std::max(max_sim[i], summ::dot(cs[i].vec, cs[best].vec));
    }
  }
  // Lead sentences first, then by document.
  std::sort(chosen.begin(), chosen.end(), [&](std::size_t a, std::size_t b) {
    if (cs[a].sentence->index != cs[b].sentence->index) return cs[a].sentence->index < cs[b].sentence->index;
    return cs[a].document < cs[b].document;
  });
  for (std::size_t i : chosen) {
    SummaryItem item;
    item.document = cs[i].document;
    item.source = cs[i].sentence->source;
    item.text = cs[i].sentence->text;
    item.score = score[i];
    for (std::size_t j = 0; j < n; ++j)
      if (cs[j].document != cs[i].document && same_statement(cs[i], cs[j], o.same_statement) &&
          std::find(item.also.begin(), item.also.end(), cs[j].document) == item.also.end())
        item.also.push_back(cs[j].document);
    std::sort(item.also.begin(), item.also.end());
    out.push_back(std::move(item));
  }
  return out;
}

// The name group a quote's speaker belongs to (via the mentions of its
// document that overlap the speaker span), else the speaker as written.
inline std::string speaker_name(const CorpusQuote& q, std::size_t document, const std::vector<VariantGroup>& groups,
                                const std::vector<std::size_t>& candidates) {
  if (q.speaker.empty()) return std::string();
  for (std::size_t g : candidates)
    for (const VariantMention& m : groups[g].mentions)
      if (m.document == document && m.source.begin < q.speaker_source.end && q.speaker_source.begin < m.source.end)
        return groups[g].canonical;
  return q.speaker;
}

inline std::vector<SpeakerQuotes> story_quotes(const std::vector<const ArticleFeatures*>& fs,
                                               const std::vector<std::size_t>& ids,
                                               const std::vector<VariantGroup>& groups,
                                               const std::vector<std::size_t>& story_groups) {
  std::vector<SpeakerQuotes> out;
  struct Seen {
    std::size_t speaker, quote;
    std::vector<std::uint64_t> grams;
  };
  std::vector<Seen> seen;
  for (std::size_t k = 0; k < fs.size(); ++k)
    for (const CorpusQuote& q : fs[k]->quotes) {
      const std::string who = speaker_name(q, ids[k], groups, story_groups);
      std::vector<std::uint64_t> grams = trigrams(q.text);
      bool dup = false;
      for (Seen& s : seen)
        if (trigram_containment(s.grams, grams) >= 0.7 && (out[s.speaker].speaker == who || who.empty())) {
          std::vector<std::size_t>& also = out[s.speaker].quotes[s.quote].also;
          if (out[s.speaker].quotes[s.quote].document != ids[k] &&
              std::find(also.begin(), also.end(), ids[k]) == also.end())
            also.push_back(ids[k]);
          dup = true;
          break;
        }
      if (dup) continue;
      std::size_t g = out.size();
      for (std::size_t i = 0; i < out.size(); ++i)
        if (out[i].speaker == who) g = i;
      if (g == out.size()) out.push_back({who, {}});
      out[g].quotes.push_back({ids[k], q.source, q.text, q.verb, {}});
      seen.push_back({g, out[g].quotes.size() - 1, std::move(grams)});
    }
  // Unknown speakers last; the others by number of quotes, then first appearance.
  std::stable_sort(out.begin(), out.end(), [](const SpeakerQuotes& a, const SpeakerQuotes& b) {
    if (a.speaker.empty() != b.speaker.empty()) return b.speaker.empty();
    return a.quotes.size() > b.quotes.size();
  });
  return out;
}

inline bool date_less(const DateTime& a, const DateTime& b) noexcept {
  if (a.year != b.year) return a.year < b.year;
  if (a.month != b.month) return a.month < b.month;
  if (a.day != b.day) return a.day < b.day;
  if (a.hour != b.hour) return a.hour < b.hour;
  return a.minute < b.minute;
}

// The full date a story's articles name most often among their event dates
// (the earliest of equals); none when they name no full date.
inline DateTime story_reference_date(const std::vector<const ArticleFeatures*>& fs) {
  std::vector<DateTime> all;
  for (const ArticleFeatures* f : fs)
    for (const DateTime& d : f->event_dates)
      if (full_date(d)) all.push_back(day_part(d));
  std::sort(all.begin(), all.end(), date_less);
  DateTime best;
  std::size_t best_count = 0;
  for (std::size_t i = 0; i < all.size();) {
    std::size_t j = i;
    while (j < all.size() && all[j] == all[i]) ++j;
    if (j - i > best_count) best = all[i], best_count = j - i;
    i = j;
  }
  return best;
}

// Where a partial date belongs next to a story's reference date, for
// ordering only (the timeline shows dates as stated): a day alone on the
// nearest such day of the reference's month or the months around it, a
// month-day as resolve() reads it against the reference.
inline DateTime placed_near(const DateTime& d, const DateTime& ref) {
  if (!full_date(ref) || full_date(d) || d.day < 1) return d;
  if (d.month > 0) return resolve(d, ref);
  const long at = days_from_civil(ref.year, ref.month, ref.day);
  DateTime best = d;
  long best_gap = 0;
  for (int shift = -1; shift <= 1; ++shift) {
    int y = ref.year, m = ref.month + shift;
    if (m == 0) m = 12, --y;
    if (m == 13) m = 1, ++y;
    const long first = days_from_civil(y, m, 1);
    const long length = (m == 12 ? days_from_civil(y + 1, 1, 1) : days_from_civil(y, m + 1, 1)) - first;
    if (d.day > length) continue;
    const long gap = std::labs(first + d.day - 1 - at);
    if (best.year < 0 || gap < best_gap) {
      best = d;
      best.year = y, best.month = m;
      best_gap = gap;
    }
  }
  return best;
}

inline std::vector<TimelineEntry> story_timeline(const std::vector<const ArticleFeatures*>& fs,
                                                 const std::vector<std::size_t>& ids, const CorpusOptions& o) {
  struct Item {
    TimelineEntry entry;
    std::vector<std::uint64_t> grams;
    DateTime place;  // where it goes in order
  };
  std::vector<Item> items;
  const DateTime reference = story_reference_date(fs);
  auto precision = [](const DateTime& d) { return (d.year > 0) + (d.month > 0) + (d.day > 0); };
  for (std::size_t k = 0; k < fs.size(); ++k)
    for (const DatedStatement& d : fs[k]->dated) {
      Item it{{d.date, ids[k], d.source, d.text}, trigrams(d.text), placed_near(d.date, reference)};
      bool dup = false;
      for (Item& x : items) {
        const double c = trigram_containment(x.grams, it.grams);
        if ((x.entry.date == it.entry.date && c >= 0.6) || c >= 0.85) {
          // One statement in several articles: keep the most precisely dated.
          if (precision(it.entry.date) > precision(x.entry.date)) x = std::move(it);
          dup = true;
          break;
        }
      }
      if (!dup) items.push_back(std::move(it));
    }
  std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
    return date_less(a.place, b.place);
  });
  std::vector<TimelineEntry> out;
  for (Item& it : items) {
    if (out.size() >= o.timeline_entries) break;
    out.push_back(std::move(it.entry));
  }
  return out;
}

inline void find_duplicates(const std::vector<const ArticleFeatures*>& fs, const std::vector<std::size_t>& ids,
                            const CorpusOptions& o, std::vector<Duplicate>& out) {
  for (std::size_t i = 0; i < fs.size(); ++i)
    for (std::size_t j = i + 1; j < fs.size(); ++j) {
      const MinHash& a = fs[i]->sketch;
      const MinHash& b = fs[j]->sketch;
      const double jac = estimate_jaccard(a, b);
      if (jac <= 0) continue;
      const bool a_smaller = a.items <= b.items;
      const double contain = a_smaller ? estimate_containment(a, b) : estimate_containment(b, a);
      if (jac >= o.duplicate_threshold || (contain >= o.containment_threshold && std::min(a.items, b.items) >= 20)) {
        Duplicate d;
        d.a = std::min(ids[i], ids[j]);
        d.b = std::max(ids[i], ids[j]);
        d.similarity = jac;
        d.containment = contain;
        out.push_back(d);
      }
    }
}

// A story's parts from its articles (ids: their document numbers).
inline Story build_story(const std::vector<const ArticleFeatures*>& fs, const std::vector<std::size_t>& ids,
                         const std::vector<VariantGroup>& groups, const CorpusOptions& o) {
  Story s;
  s.documents = ids;
  for (std::size_t g = 0; g < groups.size(); ++g)
    for (const VariantMention& m : groups[g].mentions)
      if (std::binary_search(ids.begin(), ids.end(), m.document)) {
        s.variants.push_back(g);
        break;
      }
  // Every spelling of the story's people → its canonical name, longest first.
  std::vector<std::pair<std::string, std::string>> forms;
  for (std::size_t g : s.variants)
    for (const std::string& f : groups[g].forms) forms.push_back({f, groups[g].canonical});
  std::stable_sort(forms.begin(), forms.end(), [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  s.summary = merged_summary(fs, ids, forms, o);
  s.quotes = story_quotes(fs, ids, groups, s.variants);
  s.timeline = story_timeline(fs, ids, o);
  return s;
}

// Variant groups of a set of documents, given each document's story.
inline std::vector<VariantGroup> variant_groups(const std::vector<const ArticleFeatures*>& fs,
                                                const std::vector<std::size_t>& ids,
                                                const std::vector<std::size_t>& story_of, const CorpusOptions& o) {
  std::vector<NameNode> nodes;
  for (std::size_t k = 0; k < fs.size(); ++k)
    for (const NameEntity& e : fs[k]->names) nodes.push_back({ids[k], &e, story_of[k]});
  std::vector<VariantGroup> out;
  for (const auto& g : group_names(nodes, o.name_distance)) out.push_back(make_group(nodes, g));
  std::sort(out.begin(), out.end(), [](const VariantGroup& a, const VariantGroup& b) {
    const VariantMention& x = a.mentions.front();
    const VariantMention& y = b.mentions.front();
    return x.document != y.document ? x.document < y.document : x.source.begin < y.source.begin;
  });
  return out;
}

inline double round6(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.6g", x);
  return std::strtod(buf, nullptr);
}

// A span of doc.text in bytes of the input as given (through the
// normalization map and, for decoded input, the decoding map).
inline Span input_bytes(const Document& doc, Span s) { return doc.input_span(doc.map.map(s)); }

}  // namespace corpus
}  // namespace detail

// ------------------------------------------------------------ stage 1

// The features of one parsed article (see the header comment). Pure: the
// same document and options give the same features.
inline ArticleFeatures extract_features(const Document& doc, const CorpusOptions& options = {}) {
  using namespace detail::corpus;
  ArticleFeatures f;
  f.title = doc.metadata.title;
  f.outlet = doc.metadata.outlet;
  f.published = doc.metadata.published;
  const std::string body = doc.body();
  f.sketch = minhash_of(body, options.minhash_size, options.shingle_size);

  // People (with unanchored candidates: the corpus stage confirms them).
  const std::vector<Alias> aliases = find_aliases(doc);
  f.names = find_names(doc, aliases, true);

  // Terms: content stems of the title (twice) and the article text, minus
  // the words that name people.
  std::vector<Span> name_spans;
  for (const NameEntity& e : f.names)
    for (const NameMention& m : e.mentions) name_spans.push_back(m.span);
  std::sort(name_spans.begin(), name_spans.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
  std::map<std::uint64_t, std::uint32_t> counts;
  std::string lower;
  for (const Block& b : doc.blocks) {
    const bool title = b.role == BlockRole::title || b.role == BlockRole::subtitle;
    if (!title && !is_article_text(b.role)) continue;
    const std::string_view t = doc.text_of(b);
    for_each_token(t, [&](const Token& tok) {
      if (!story_term(t, tok)) return;
      const std::size_t at = b.span.begin + tok.span.begin;
      auto it = std::upper_bound(name_spans.begin(), name_spans.end(), at,
                                 [](std::size_t x, const Span& s) { return x < s.begin; });
      if (it != name_spans.begin() && at < std::prev(it)->end) return;  // a name
      lower.assign(stem_text(t, tok));
      lower_ascii(lower);
      counts[fnv1a64(lower)] += title ? 2 : 1;
    });
  }
  std::vector<TermCount> terms;
  for (const auto& c : counts) terms.push_back({c.first, c.second});
  if (terms.size() > options.max_terms) {
    std::stable_sort(terms.begin(), terms.end(), [](const TermCount& a, const TermCount& b) { return a.count > b.count; });
    terms.resize(options.max_terms);
    std::sort(terms.begin(), terms.end(), [](const TermCount& a, const TermCount& b) { return a.hash < b.hash; });
  }
  f.terms = std::move(terms);

  // Body sentences: event dates of the lead, dated statements.
  const DateTime published = day_part(doc.metadata.published);
  std::size_t sentence_index = 0;
  for (const Block& b : doc.blocks) {
    if (b.role != BlockRole::body) continue;
    const std::string_view t = doc.text_of(b);
    for_each_sentence(t, [&](const Sentence& s) {
      const std::string_view st = sentence_text(t, s);
      const Span span{b.span.begin + s.span.begin, b.span.begin + s.span.end};
      DateTime first;
      bool have = false;
      for_each_date(st, [&](const DateTime& d, std::size_t, DayHint hint) {
        const DateTime r = resolve(day_part(d), published, hint);
        if (sentence_index < 3 && std::find(f.event_dates.begin(), f.event_dates.end(), r) == f.event_dates.end())
          f.event_dates.push_back(r);
        if (!have) first = r, have = true;
      });
      if (have && f.dated.size() < options.dated_per_article && detail::news::count_cps(st) >= 15)
        f.dated.push_back({first, input_bytes(doc, span), std::string(st)});
      ++sentence_index;
    });
  }
  // The published date is an event date unless the lead dates the event
  // more than a week before it (a later post about an earlier event).
  bool earlier_event = false;
  for (const DateTime& d : f.event_dates)
    if (d.month > 0 && full_date(published) && (!full_date(d) || compare_dates(d, published) < 0)) earlier_event = true;
  if (!published.empty() && !earlier_event && std::find(f.event_dates.begin(), f.event_dates.end(), published) == f.event_dates.end())
    f.event_dates.insert(f.event_dates.begin(), published);

  // The article's best sentences.
  SummaryOptions so;
  so.sentences = options.candidates_per_article;
  const Summary summary = summarize(doc, so);
  double best = 0;
  for (const SummarySentence& s : summary.sentences) best = std::max(best, s.score);
  for (const SummarySentence& s : summary.sentences) {
    // A quote standing alone, a question to the reader or a fragment is no
    // sentence to merge (the single-article summary keeps them only as filler).
    if (s.features.quote_fragment || s.features.question || s.features.no_predicate) continue;
    CorpusSentence c;
    c.source = input_bytes(doc, s.span);
    c.text = doc.text.substr(s.span.begin, s.span.size());
    c.index = s.index;
    // Rounded to the 6 digits the JSON record keeps, so a corpus stage fed
    // from feature records gives the same bytes as one fed directly.
    c.score = round6(best > 0 ? std::max(0.0, s.score) / best : 0);
    f.sentences.push_back(std::move(c));
  }

  for (const Quote& q : find_quotes(doc)) {
    CorpusQuote c;
    c.source = input_bytes(doc, q.content);
    c.text = doc.text.substr(q.content.begin, q.content.size());
    c.speaker = q.speaker_text;
    if (!q.speaker.empty()) c.speaker_source = input_bytes(doc, q.speaker);
    c.verb = q.verb;
    f.quotes.push_back(std::move(c));
  }
  for (NameEntity& e : f.names)
    for (NameMention& m : e.mentions) m.span = input_bytes(doc, m.span);
  return f;
}

// ------------------------------------------------------------ stage 2 (all at once)

// Stories, name variants and duplicates of articles given by their features
// (document i = features[i]).
inline Corpus analyze_features(const std::vector<ArticleFeatures>& features, const CorpusOptions& options = {}) {
  using namespace detail::corpus;
  Corpus c;
  const std::size_t n = features.size();
  if (n == 0) return c;
  // Exact document frequencies.
  std::map<std::uint64_t, std::uint32_t> df;
  for (const ArticleFeatures& f : features)
    for (const TermCount& t : f.terms) ++df[t.hash];
  const double total = static_cast<double>(n);
  auto idf = [&](std::uint64_t h) {
    auto it = df.find(h);
    const double d = it == df.end() ? 1.0 : it->second;
    return corpus_idf(total, d);
  };
  std::vector<Profile> ps;
  for (std::size_t i = 0; i < n; ++i)
    ps.push_back(article_profile(features[i], i, article_vector(features[i], idf), options.name_distance));
  const std::vector<std::vector<std::size_t>> clusters =
      n <= options.agglomerative_limit ? cluster(std::move(ps), options) : cluster_incremental(std::move(ps), options);

  std::vector<std::size_t> story_of(n, 0);
  for (std::size_t s = 0; s < clusters.size(); ++s)
    for (std::size_t d : clusters[s]) story_of[d] = s;
  std::vector<const ArticleFeatures*> all;
  std::vector<std::size_t> ids;
  for (std::size_t i = 0; i < n; ++i) all.push_back(&features[i]), ids.push_back(i);
  c.variants = variant_groups(all, ids, story_of, options);
  for (const auto& members : clusters) {
    std::vector<const ArticleFeatures*> fs;
    for (std::size_t d : members) fs.push_back(&features[d]);
    c.stories.push_back(build_story(fs, members, c.variants, options));
  }
  find_duplicates(all, ids, options, c.duplicates);
  std::sort(c.duplicates.begin(), c.duplicates.end(),
            [](const Duplicate& a, const Duplicate& b) { return a.a != b.a ? a.a < b.a : a.b < b.b; });
  return c;
}

// The whole pipeline over parsed articles.
inline Corpus analyze_corpus(const std::vector<Document>& documents, const CorpusOptions& options = {}) {
  std::vector<ArticleFeatures> fs;
  fs.reserve(documents.size());
  for (const Document& d : documents) fs.push_back(extract_features(d, options));
  return analyze_features(fs, options);
}

// ------------------------------------------------------------ stage 2 (streaming)

// A story closed by CorpusStream. Document numbers are arrival indices (the
// first article added is 0); `story.variants` index `variants`.
struct StreamStory {
  std::size_t number = 0;  // stories in the order they close
  Story story;
  std::vector<VariantGroup> variants;  // the people of this story
  std::vector<Duplicate> duplicates;   // among its documents
  std::vector<std::string> titles;     // of its documents, in story.documents order
};

// Incremental clustering with bounded memory. Each article joins the open
// story it is most similar to (the same similarity and threshold as
// analyze_features; candidates are the stories sharing one of the article's
// most specific terms or, while few stories are open, every open story) or
// opens a new one. A story with no new article among the last
// `options.window` arrivals is closed: its summary, quotes, timeline,
// people and duplicates are computed from its members and handed to the
// callback, and its memory is freed; a story that reaches
// `max_story_documents` articles is closed at once. Memory therefore holds
// the articles of the open stories: at most `window` recent articles plus
// the older members of stories still growing (bounded by the largest story,
// itself at most max_story_documents). Document frequencies come from a
// fixed-size count-min sketch (FrequencySketch, 2 MB) halved every `window`
// arrivals: a word's rarity is judged among recent articles.
// Unlike the batch stage, a story is never merged with another after the
// fact, and duplicates are reported within a story only.
class CorpusStream {
 public:
  explicit CorpusStream(const CorpusOptions& options = {}) : options_(options) {}

  // Adds the next article; calls on_story(StreamStory&&) for every story
  // this arrival closes.
  template <class F>
  void add(ArticleFeatures features, F&& on_story) {
    using namespace detail::corpus;
    const std::size_t arrival = arrivals_++;
    // Frequencies over recent articles: halved every `window` arrivals, so
    // the sketch never fills up and a word's rarity is judged among its
    // neighbours in time.
    if (arrival > 0 && arrival % std::max<std::size_t>(1, options_.window) == 0) {
      df_.halve();
      recent_ /= 2;
    }
    for (const TermCount& t : features.terms) df_.add(t.hash);
    ++recent_;
    const double total = static_cast<double>(recent_);
    auto idf = [&](std::uint64_t h) {
      const double d = std::max<double>(1.0, df_.estimate(h));
      return corpus_idf(total, d);
    };
    Vec vec = article_vector(features, idf);
    const std::vector<std::uint64_t> keys = key_terms(vec);

    // Candidate stories.
    std::vector<std::size_t> candidates;
    if (open_.size() <= 256) {
      for (const auto& o : open_) candidates.push_back(o.first);
    } else {
      for (std::uint64_t k : keys) {
        auto it = index_.find(k);
        if (it != index_.end()) candidates.insert(candidates.end(), it->second.begin(), it->second.end());
      }
      std::sort(candidates.begin(), candidates.end());
      candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    }
    const Profile probe = article_profile(features, arrival, vec, options_.name_distance);
    std::size_t best = SIZE_MAX;
    double best_sim = options_.story_threshold;
    for (std::size_t id : candidates) {
      const double s = profile_similarity(open_.at(id).profile, probe, options_);
      if (s >= best_sim && (best == SIZE_MAX || s > best_sim)) best = id, best_sim = s;
    }
    if (best == SIZE_MAX) {
      best = next_story_++;
      open_[best];
    }
    OpenStory& story = open_.at(best);
    story.members.push_back(std::move(features));
    story.arrivals.push_back(arrival);
    Profile joined = article_profile(story.members.back(), arrival, std::move(vec), options_.name_distance);
    if (story.arrivals.size() == 1) story.profile = std::move(joined);
    else merge_profile(story.profile, joined, options_.name_distance);
    by_last_.erase({story.last, best});
    story.last = arrival;
    by_last_.insert({arrival, best});
    for (std::uint64_t k : keys) {
      std::vector<std::size_t>& v = index_[k];
      if (std::find(v.begin(), v.end(), best) == v.end()) v.push_back(best), story.keys.push_back(k);
    }
    // A story at its size limit closes now (later articles open a new one);
    // then the stories that fell out of the window.
    if (story.members.size() >= options_.max_story_documents) close(best, on_story);
    while (!by_last_.empty() && by_last_.begin()->first + options_.window <= arrival) close(by_last_.begin()->second, on_story);
  }

  // Closes every open story (end of input), oldest activity first.
  template <class F>
  void finish(F&& on_story) {
    while (!by_last_.empty()) close(by_last_.begin()->second, on_story);
  }

  std::size_t open_stories() const noexcept { return open_.size(); }
  std::size_t open_articles() const noexcept {
    std::size_t n = 0;
    for (const auto& o : open_) n += o.second.members.size();
    return n;
  }

 private:
  struct OpenStory {
    std::deque<ArticleFeatures> members;  // a deque keeps profile pointers valid
    std::vector<std::size_t> arrivals;
    detail::corpus::Profile profile;
    std::size_t last = 0;
    std::vector<std::uint64_t> keys;  // index entries to remove on close
  };

  template <class F>
  void close(std::size_t id, F&& on_story) {
    using namespace detail::corpus;
    OpenStory& o = open_.at(id);
    by_last_.erase({o.last, id});
    for (std::uint64_t k : o.keys) {
      auto it = index_.find(k);
      if (it == index_.end()) continue;
      it->second.erase(std::remove(it->second.begin(), it->second.end(), id), it->second.end());
      if (it->second.empty()) index_.erase(it);
    }
    StreamStory out;
    out.number = closed_++;
    std::vector<const ArticleFeatures*> fs;
    for (const ArticleFeatures& f : o.members) fs.push_back(&f), out.titles.push_back(f.title);
    const std::vector<std::size_t> story_of(fs.size(), 0);
    out.variants = variant_groups(fs, o.arrivals, story_of, options_);
    out.story = build_story(fs, o.arrivals, out.variants, options_);
    find_duplicates(fs, o.arrivals, options_, out.duplicates);
    open_.erase(id);
    on_story(std::move(out));
  }

  CorpusOptions options_;
  FrequencySketch df_{std::size_t{1} << 18};  // 2 MB
  std::size_t arrivals_ = 0, recent_ = 0, next_story_ = 0, closed_ = 0;
  std::map<std::size_t, OpenStory> open_;  // by story id (ordered: deterministic)
  std::set<std::pair<std::size_t, std::size_t>> by_last_;  // (last arrival, story id)
  std::unordered_map<std::uint64_t, std::vector<std::size_t>> index_;  // term → open stories (lookups only)
};

// ------------------------------------------------------------ JSON

namespace detail {
namespace corpus {
inline void write_span(JsonWriter& w, Span s) { w.key("start").value(s.begin).key("end").value(s.end); }
inline void write_date_or_null(JsonWriter& w, const DateTime& d) {
  if (d.empty()) w.null();
  else w.value(std::string_view(d.iso()));
}
inline void write_ids(JsonWriter& w, const std::vector<std::size_t>& v) {
  w.begin_array();
  for (std::size_t x : v) w.value(x);
  w.end_array();
}
}  // namespace corpus
}  // namespace detail

// The document reference of the batch JSON: its input index.
struct WriteIndex {
  void operator()(JsonWriter& w, std::size_t document) const { w.value(document); }
};

template <class WriteDoc = WriteIndex>
void write_json(JsonWriter& w, const VariantGroup& g, WriteDoc&& doc = WriteDoc()) {
  w.begin_object().key("canonical").value(std::string_view(g.canonical)).key("mentions").begin_array();
  for (const VariantMention& m : g.mentions) {
    w.begin_object().key("document");
    doc(w, m.document);
    w.key("text").value(std::string_view(m.text));
    detail::corpus::write_span(w, m.source);
    w.end_object();
  }
  w.end_array();
  w.key("kind").value(to_string(g.kind)).key("forms").begin_array();
  for (const std::string& f : g.forms) w.value(std::string_view(f));
  w.end_array().end_object();
}

// A story's parts: "documents", "summary", then "quotes", "timeline" and
// "variants" (indices). `doc(w, number)` writes a document reference.
template <class WriteDoc = WriteIndex>
void write_story_parts(JsonWriter& w, const Story& s, WriteDoc&& doc = WriteDoc()) {
  using detail::corpus::write_span;
  auto docs = [&](const std::vector<std::size_t>& v) {
    w.begin_array();
    for (std::size_t d : v) doc(w, d);
    w.end_array();
  };
  w.key("documents");
  docs(s.documents);
  w.key("summary").begin_array();
  for (const SummaryItem& x : s.summary) {
    w.begin_object().key("document");
    doc(w, x.document);
    write_span(w, x.source);
    w.key("text").value(std::string_view(x.text)).key("score").value(x.score).key("also");
    docs(x.also);
    w.end_object();
  }
  w.end_array();
  w.key("quotes").begin_array();
  for (const SpeakerQuotes& sq : s.quotes) {
    w.begin_object().key("speaker");
    if (sq.speaker.empty()) w.null();
    else w.value(std::string_view(sq.speaker));
    w.key("quotes").begin_array();
    for (const QuoteRef& q : sq.quotes) {
      w.begin_object().key("document");
      doc(w, q.document);
      write_span(w, q.source);
      w.key("text").value(std::string_view(q.text)).key("verb");
      if (q.verb.empty()) w.null();
      else w.value(std::string_view(q.verb));
      w.key("also");
      docs(q.also);
      w.end_object();
    }
    w.end_array().end_object();
  }
  w.end_array();
  w.key("timeline").begin_array();
  for (const TimelineEntry& t : s.timeline) {
    w.begin_object().key("date");
    detail::corpus::write_date_or_null(w, t.date);
    w.key("document");
    doc(w, t.document);
    write_span(w, t.source);
    w.key("text").value(std::string_view(t.text)).end_object();
  }
  w.end_array();
  w.key("variants");
  detail::corpus::write_ids(w, s.variants);
}

template <class WriteDoc = WriteIndex>
void write_json(JsonWriter& w, const Duplicate& d, WriteDoc&& doc = WriteDoc()) {
  w.begin_object().key("a");
  doc(w, d.a);
  w.key("b");
  doc(w, d.b);
  w.key("similarity").value(d.similarity).key("containment").value(d.containment).end_object();
}

// One line of `geul corpus --jsonl`: a closed story with its people and
// duplicates. `doc(w, arrival)` writes a document reference (the input id).
template <class WriteDoc>
void write_json(JsonWriter& w, const StreamStory& s, WriteDoc&& doc) {
  w.begin_object().key("story").value(s.number);
  write_story_parts(w, s.story, doc);
  w.key("titles").begin_array();
  for (const std::string& t : s.titles) {
    if (t.empty()) w.null();
    else w.value(std::string_view(t));
  }
  w.end_array();
  w.key("people").begin_array();
  for (const VariantGroup& g : s.variants) write_json(w, g, doc);
  w.end_array();
  w.key("duplicates").begin_array();
  for (const Duplicate& d : s.duplicates) write_json(w, d, doc);
  w.end_array();
  w.end_object();
}

// The JSON of docs/json.md ("geul corpus --json"): documents (file names and
// titles in input order), stories, variants, duplicates.
inline void write_json(JsonWriter& w, const Corpus& c, const std::vector<std::string>& files,
                       const std::vector<ArticleFeatures>& features) {
  w.begin_object().key("documents").begin_array();
  for (std::size_t i = 0; i < features.size(); ++i) {
    const ArticleFeatures& f = features[i];
    w.begin_object().key("file");
    if (i < files.size()) w.value(std::string_view(files[i]));
    else w.null();
    w.key("title");
    if (f.title.empty()) w.null();
    else w.value(std::string_view(f.title));
    w.key("outlet");
    if (f.outlet.empty()) w.null();
    else w.value(std::string_view(f.outlet));
    w.key("published");
    detail::corpus::write_date_or_null(w, f.published);
    w.end_object();
  }
  w.end_array();
  w.key("stories").begin_array();
  for (const Story& s : c.stories) {
    w.begin_object();
    write_story_parts(w, s);
    w.end_object();
  }
  w.end_array();
  w.key("variants").begin_array();
  for (const VariantGroup& g : c.variants) write_json(w, g);
  w.end_array();
  w.key("duplicates").begin_array();
  for (const Duplicate& d : c.duplicates) write_json(w, d);
  w.end_array();
  w.end_object();
}

}  // namespace geul

#endif  // GEUL_ANALYSIS_CORPUS_HPP
