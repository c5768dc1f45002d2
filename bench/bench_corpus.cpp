// Corpus analysis at scale: the `geul corpus --jsonl` path (one JSON line per
// article parsed, the per-article stage, CorpusStream, one JSON line per
// closed story) over 1k, 10k and 100k generated articles, each run in a
// child process whose peak resident memory (getrusage via wait4, ru_maxrss)
// is reported. Memory must stay flat as the input grows: the stream keeps
// only the stories active within its window (1000 articles).
//
// Articles of about 3 KB, generated (no corpus text): page furniture from
// bench/news_text.hpp (navigation, widgets, outlets, reporters), a headline
// and a lead paragraph from the story's plan, then sentences of invented
// nouns drawn from a 20,000-word vocabulary with a Zipf-like law (a third
// of them the story's own topic words) with the team's particles and
// endings. Stories have one to four articles arriving close together, each
// story its own invented words (three random syllables), foreign name and
// date. The run
// also reports how well the stories come back (pairwise precision and
// recall of "same story", against the generated truth). Then the corpus
// stage alone on synthetic feature records, 50k and 400k of them, to show
// that its memory does not move at all.
//
// Usage: bench_corpus [CORPUS] [MAX] [--dump]   (the corpus is not used; MAX
// caps the largest run, default 100000; --dump writes the first MAX generated
// articles as JSON Lines instead). Prints key=value lines.
#include <geul/analysis/corpus.hpp>
#include <geul/analysis/corpus_json.hpp>
#include <geul/geul.hpp>

#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <queue>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "news_text.hpp"

namespace {

const char* const syllables[] = {"카", "로", "베", "니", "타", "르", "소", "미", "데", "리", "바", "렌", "토", "스",
                                 "키", "나", "벨", "도", "라", "온", "피", "에", "모", "린", "하", "젠", "루", "시",
                                 "코", "브", "다", "엘", "파", "무", "테", "릭", "노", "산", "비", "오", "게", "탄"};
const char* const latin_syllables[] = {"ka", "ro", "be", "ni", "ta", "r", "so", "mi", "de", "ri", "ba", "ren", "to",
                                       "s", "ki", "na", "bel", "do", "ra", "on", "pi", "e", "mo", "rin", "ha", "zen",
                                       "ru", "si", "ko", "b", "da", "el", "pa", "mu", "te", "rik", "no", "san", "bi",
                                       "o", "ge", "tan"};
constexpr std::size_t n_syllables = sizeof syllables / sizeof syllables[0];

struct Coined {
  std::string hangul, latin;
};

Coined coin(bench::Rng& r, int n) {
  Coined c;
  for (int i = 0; i < n; ++i) {
    const std::size_t k = r.below(n_syllables);
    c.hangul += syllables[k];
    c.latin += latin_syllables[k];
  }
  if (!c.latin.empty()) c.latin[0] = static_cast<char>(c.latin[0] - 'a' + 'A');
  return c;
}

struct StoryPlan {
  std::size_t id;
  Coined a, b, c, given, surname;
  int month, day;
  std::vector<std::size_t> topic;  // nouns of the shared vocabulary this story keeps using
  std::size_t size;                // articles
};

// A vocabulary of invented nouns drawn with a Zipf-like law (rank r with
// weight 1/r): unrelated articles share the common ones, as real news does,
// and rarely the rest.
class Vocabulary {
 public:
  explicit Vocabulary(std::size_t size) {
    bench::Rng r{0xABCDEFull};
    for (std::size_t i = 0; i < size; ++i) words_.push_back(coin(r, 2 + static_cast<int>(r.below(2))).hangul);
    double sum = 0;
    for (std::size_t i = 0; i < size; ++i) cumulative_.push_back(sum += 1.0 / static_cast<double>(i + 1));
  }
  std::size_t draw(bench::Rng& r) const {
    const double x = static_cast<double>(r.next() >> 11) * (1.0 / 9007199254740992.0) * cumulative_.back();
    return static_cast<std::size_t>(std::lower_bound(cumulative_.begin(), cumulative_.end(), x) - cumulative_.begin());
  }
  const std::string& word(std::size_t i) const { return words_[i]; }
  std::size_t size() const { return words_.size(); }

 private:
  std::vector<std::string> words_;
  std::vector<double> cumulative_;
};

// Articles in arrival order: stories of 1–4 articles, members spread over
// the next few dozen arrivals. Generated on the fly in O(1) memory per
// pending story (plans are derived from the story number), so the harness
// itself stays flat; only the truth (the story of each arrival, 4 bytes)
// is kept for scoring.
class Stream {
 public:
  explicit Stream(std::size_t n) : n_(n), vocab_(20000) {}

  // The story of the next arrival (call once per arrival, in order).
  std::size_t next_story() {
    while (allocated_ < n_ && (pending_.empty() || allocated_ * 8 <= pending_.top().key)) {
      const StoryPlan p = plan(stories_);
      bench::Rng r{0xD1CEull ^ (stories_ * 0x9E3779B97F4A7C15ull)};
      const std::size_t base = allocated_;
      std::size_t members = 0;
      for (std::size_t i = 0; i < p.size && allocated_ < n_; ++i, ++allocated_, ++members)
        pending_.push({base * 8 + r.below(40 * 8), stories_, i});
      same_true_ += members * (members - 1) / 2;
      ++stories_;
    }
    const std::size_t s = pending_.top().story;
    pending_.pop();
    story_of_.push_back(static_cast<std::uint32_t>(s));
    return s;
  }
  std::size_t story_of(std::size_t arrival) const { return story_of_[arrival]; }
  unsigned long long same_story_pairs() const { return same_true_; }

  // The i-th article (i = the number of next_story() calls so far minus one)
  // as a JSON line {"id": i, "text": …}: page furniture, a headline and lead
  // from the story's plan, and about 3 KB of sentences from the vocabulary
  // (a third of their nouns the story's topic words).
  std::string line(std::size_t i, std::size_t story) const {
    const StoryPlan p = plan(story);
    bench::Rng r{0x5EEDull + i * 0x9E3779B97F4A7C15ull};
    using namespace bench::pages;
    auto pick = [&](auto& list) { return list[r.below(sizeof list / sizeof list[0])]; };
    std::string page;
    for (int k = 1 + static_cast<int>(r.below(3)); k > 0; --k) (page += pick(navigation)) += '\n';
    page += p.a.hangul + " " + p.b.hangul + ", " + p.c.hangul + " 사업 시작\n";
    char date[64];
    std::snprintf(date, sizeof date, "입력 2024/%02d/%02d %02d:%02d\n", p.month, p.day, 8 + static_cast<int>(r.below(12)),
                  static_cast<int>(r.below(60)));
    page += date;
    (page += pick(widgets)) += "\n\n";
    const auto& outlet = outlets[r.below(4)];
    page += std::string("(서울=") + outlet[0] + ") " + pick(reporters) + " 기자 = ";
    page += p.a.hangul + " " + p.b.hangul + "가 " + std::to_string(p.day) + "일 " + p.c.hangul +
            " 사업을 시작한다고 밝혔다. " + p.given.hangul + " " + p.surname.hangul + "(" + p.given.latin + " " +
            p.surname.latin + ") " + p.a.hangul + " 대표는 \"" + p.b.hangul + " 기술로 " + p.c.hangul +
            " 시장을 열겠다\"고 말했다. " + p.surname.hangul + " 대표는 " + p.a.hangul + " " + p.c.hangul + " 설비에 " +
            std::to_string(100 + story % 900) + "억원을 투자한다.\n\n";
    while (page.size() < 3000) {
      for (int sentence = 0; sentence < 3; ++sentence) {
        for (int w = 5 + static_cast<int>(r.below(6)); w > 0; --w) {
          const std::size_t noun = r.below(3) == 0 ? p.topic[r.below(p.topic.size())] % vocab_.size() : vocab_.draw(r);
          page += vocab_.word(noun);
          page += pick(bench::particles);
          page += ' ';
        }
        page += pick(finals);
        page += ' ';
      }
      page.back() = '\n';
      page += '\n';
    }
    page += std::string("<저작권자(c) ") + outlet[0] + ", 무단 전재-재배포 금지>\n";
    std::string out = "{\"id\":" + std::to_string(i) + ",\"text\":";
    geul::append_json_string(out, page);
    out += "}";
    return out;
  }

 private:
  struct Slot {
    std::size_t key, story, member;
    bool operator<(const Slot& o) const {  // a min-heap by (key, story, member)
      if (key != o.key) return key > o.key;
      if (story != o.story) return story > o.story;
      return member > o.member;
    }
  };

  // Everything about story s, from s alone.
  StoryPlan plan(std::size_t s) const {
    bench::Rng r{0xC0FFEEull ^ (s * 0xBF58476D1CE4E5B9ull)};
    StoryPlan p{s, coin(r, 3), coin(r, 3), coin(r, 3), coin(r, 2), coin(r, 3),
                1 + static_cast<int>(r.below(12)), 1 + static_cast<int>(r.below(28)), {}, 1 + r.below(4)};
    for (int k = 0; k < 12; ++k) p.topic.push_back(vocab_.draw(r) + 200);  // topic words: not the commonest
    return p;
  }

  std::size_t n_;
  Vocabulary vocab_;
  std::priority_queue<Slot> pending_;
  std::size_t allocated_ = 0, stories_ = 0;
  unsigned long long same_true_ = 0;
  std::vector<std::uint32_t> story_of_;
};

struct ChildResult {
  double seconds = 0;
  std::size_t stories = 0;
  unsigned long long same_true = 0, same_found = 0, same_both = 0;
  std::size_t bytes = 0;
};

// The --jsonl path in this process (what `geul corpus --jsonl` does per line).
ChildResult run(std::size_t n) {
  ChildResult r;
  Stream input(n);
  geul::CorpusStream stream;
  std::string out;
  auto on_story = [&](geul::StreamStory&& s) {
    out.clear();
    geul::JsonWriter w(out);
    geul::write_json(w, s, [](geul::JsonWriter& jw, std::size_t d) { jw.value(d); });
    ++r.stories;
    const auto& docs = s.story.documents;
    for (std::size_t i = 0; i < docs.size(); ++i)
      for (std::size_t j = i + 1; j < docs.size(); ++j) {
        ++r.same_found;
        if (input.story_of(docs[i]) == input.story_of(docs[j])) ++r.same_both;
      }
  };
  const auto t0 = std::chrono::steady_clock::now();
  for (std::size_t i = 0; i < n; ++i) {
    const std::string line = input.line(i, input.next_story());
    r.bytes += line.size() + 1;
    geul::detail::json::Value v;
    std::string error;
    if (!geul::detail::json::parse(line, v, error)) std::abort();
    const geul::detail::json::Value* text = v.get("text");
    stream.add(geul::extract_features(geul::parse_article(text->text)), on_story);
  }
  stream.finish(on_story);
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  r.same_true = input.same_story_pairs();
  return r;
}

// Stage 2 alone: synthetic feature records (no parsing) straight into
// CorpusStream — stories of three, each with 30 terms of its own and 120
// from a shared pool of 20,000, and six 300-byte summary sentences.
ChildResult run_stage2(std::size_t n) {
  ChildResult r;
  geul::CorpusStream stream;
  const auto t0 = std::chrono::steady_clock::now();
  for (std::uint64_t i = 0; i < n; ++i) {
    geul::ArticleFeatures f;
    f.sketch = geul::MinHash(128);
    for (std::size_t k = 0; k < 128; ++k) f.sketch.values[k] = static_cast<std::uint32_t>(geul::detail::mix64(i * 131 + k));
    f.sketch.items = 500;
    const std::uint64_t story = i / 3;
    for (std::uint64_t t = 0; t < 150; ++t)
      f.terms.push_back({geul::detail::mix64((t < 30 ? story * 1000 + t : (i * 7 + t) % 20000) + 1), static_cast<std::uint32_t>(1 + t % 3)});
    std::sort(f.terms.begin(), f.terms.end(), [](const geul::TermCount& a, const geul::TermCount& b) { return a.hash < b.hash; });
    f.terms.erase(std::unique(f.terms.begin(), f.terms.end(),
                              [](const geul::TermCount& a, const geul::TermCount& b) { return a.hash == b.hash; }),
                  f.terms.end());
    for (std::size_t k = 0; k < 6; ++k) f.sentences.push_back({{0, 300}, std::string(300, 'x'), k, 1.0});
    stream.add(std::move(f), [&](geul::StreamStory&&) { ++r.stories; });
  }
  stream.finish([&](geul::StreamStory&&) { ++r.stories; });
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return r;
}

// Runs `f(n)` in a child process; returns its result and peak RSS (KiB).
template <class F>
bool in_child(F&& f, std::size_t n, ChildResult& r, long& rss) {
  int fds[2];
  if (pipe(fds) != 0) return false;
  const pid_t pid = fork();
  if (pid < 0) return false;
  if (pid == 0) {
    close(fds[0]);
    const ChildResult c = f(n);
    const ssize_t w = write(fds[1], &c, sizeof c);
    _exit(w == static_cast<ssize_t>(sizeof c) ? 0 : 1);
  }
  close(fds[1]);
  const ssize_t got = read(fds[0], &r, sizeof r);
  close(fds[0]);
  int status = 0;
  struct rusage ru {};
  if (wait4(pid, &status, 0, &ru) != pid || got != static_cast<ssize_t>(sizeof r) || !WIFEXITED(status) ||
      WEXITSTATUS(status) != 0)
    return false;
  rss = ru.ru_maxrss;  // KiB on Linux
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t max = argc > 2 ? static_cast<std::size_t>(std::strtoull(argv[2], nullptr, 10)) : 100000;
  if (argc > 3 && std::string(argv[3]) == "--dump") {  // the generated input as JSON Lines, for inspection
    Stream input(max);
    for (std::size_t i = 0; i < max; ++i) {
      const std::size_t story = input.next_story();
      std::string line = input.line(i, story);
      line.insert(line.size() - 1, ",\"story\":" + std::to_string(story));
      std::printf("%s\n", line.c_str());
    }
    return 0;
  }
  std::vector<std::size_t> sizes;
  for (std::size_t n : {std::size_t{1000}, std::size_t{10000}, std::size_t{100000}})
    if (n <= max) sizes.push_back(n);
  long rss_first = 0;
  for (std::size_t n : sizes) {
    ChildResult r;
    long rss = 0;
    if (!in_child(run, n, r, rss)) {
      std::printf("corpus_%zu=failed\n", n);
      return 1;
    }
    if (!rss_first) rss_first = rss;
    const char* unit = n >= 100000 ? "100k" : n >= 10000 ? "10k" : "1k";
    std::printf("corpus_articles_%s=%zu\n", unit, n);
    std::printf("corpus_input_mb_%s=%.1f\n", unit, static_cast<double>(r.bytes) / 1e6);
    std::printf("corpus_peak_rss_kb_%s=%ld\n", unit, rss);
    std::printf("corpus_rss_ratio_%s_over_1k=%.2f\n", unit, static_cast<double>(rss) / static_cast<double>(rss_first));
    std::printf("corpus_articles_per_s_%s=%.0f\n", unit, static_cast<double>(n) / r.seconds);
    std::printf("corpus_mb_per_s_%s=%.2f\n", unit, static_cast<double>(r.bytes) / 1e6 / r.seconds);
    std::printf("corpus_stories_%s=%zu\n", unit, r.stories);
    std::printf("corpus_pair_precision_%s=%.3f\n", unit,
                r.same_found ? static_cast<double>(r.same_both) / static_cast<double>(r.same_found) : 1.0);
    std::printf("corpus_pair_recall_%s=%.3f\n", unit,
                r.same_true ? static_cast<double>(r.same_both) / static_cast<double>(r.same_true) : 1.0);
    std::fflush(stdout);
  }
  // The corpus stage alone, much further: its memory must not move at all.
  long stage2_first = 0;
  for (std::size_t n : {std::size_t{50000}, std::size_t{400000}}) {
    if (n > 4 * max) break;
    ChildResult r;
    long rss = 0;
    if (!in_child(run_stage2, n, r, rss)) return 1;
    if (!stage2_first) stage2_first = rss;
    std::printf("corpus_stage2_records_%zuk=%zu\n", n / 1000, n);
    std::printf("corpus_stage2_peak_rss_kb_%zuk=%ld\n", n / 1000, rss);
    std::printf("corpus_stage2_rss_ratio_%zuk_over_50k=%.2f\n", n / 1000, static_cast<double>(rss) / static_cast<double>(stage2_first));
    std::printf("corpus_stage2_records_per_s_%zuk=%.0f\n", n / 1000, static_cast<double>(n) / r.seconds);
    std::fflush(stdout);
  }
  return 0;
}
