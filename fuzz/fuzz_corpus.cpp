// Corpus analysis (analysis/corpus.hpp) on small random sets of articles: the
// input is split on form feeds ('\f') into 1–8 documents, each parsed and
// analysed together, with options picked from a hash of the input. Checked:
// every document is in exactly one story, all indices are valid; every span
// (variant mentions, summary sentences, quotes, timeline statements) lies
// inside its document and its text is what the document says there; the
// duplicate pairs are ordered with similarities in [0,1]; the corpus JSON
// parses back into the same shape; a corpus stage fed from feature records
// (corpus_json.hpp) writes the same bytes as one fed directly; and the
// streaming stage (CorpusStream) puts every document in one closed story.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include <geul/analysis/corpus.hpp>
#include <geul/analysis/corpus_json.hpp>
#include <geul/news/parse.hpp>

#include "fuzz_common.hpp"
#include "json_check.hpp"

namespace {

constexpr std::size_t max_documents = 8;

struct Input {
  std::vector<std::string_view> pieces;  // the documents' bytes
  std::vector<geul::Document> docs;
};

bool in_unit(double x) { return std::isfinite(x) && x >= 0.0 && x <= 1.0 + 1e-9; }

// Is `text` what document d says at input bytes `source`: some occurrence of
// it in the normalized text maps exactly onto those bytes? (Normalization may
// have changed the bytes — NBSP, fullwidth, ill-formed UTF-8 — so the
// normalized text is compared through the document's maps.)
bool says_at(const Input& in, std::size_t d, std::string_view text, geul::Span source) {
  const geul::Document& doc = in.docs[d];
  const std::string_view piece = in.pieces[d];
  if (source.begin > source.end || source.end > piece.size()) return false;
  // Unchanged input: the bytes themselves.
  if (doc.input_map.is_identity() && doc.map.is_identity()) return piece.substr(source.begin, source.size()) == text;
  if (text.empty()) return true;  // nothing to find; the span is checked above
  for (std::size_t at = doc.text.find(text); at != std::string::npos; at = doc.text.find(text, at + 1)) {
    const geul::Span mapped = doc.input_span(doc.map.map({at, at + text.size()}));
    if (mapped == source) return true;
  }
  return false;
}

bool contains(const std::vector<std::size_t>& v, std::size_t x) {
  for (std::size_t y : v)
    if (y == x) return true;
  return false;
}

void check_also(const std::vector<std::size_t>& also, std::size_t self, const std::vector<std::size_t>& story) {
  for (std::size_t i = 0; i < also.size(); ++i) {
    FUZZ_CHECK(also[i] != self && contains(story, also[i]));
    if (i > 0) FUZZ_CHECK(also[i - 1] < also[i]);
  }
}

void check_story(const Input& in, const geul::Story& s, std::size_t variant_count, const geul::CorpusOptions& o) {
  FUZZ_CHECK(s.summary.size() <= o.summary_sentences);
  for (const geul::SummaryItem& x : s.summary) {
    FUZZ_CHECK(contains(s.documents, x.document));
    FUZZ_CHECK(says_at(in, x.document, x.text, x.source));
    FUZZ_CHECK(std::isfinite(x.score));
    check_also(x.also, x.document, s.documents);
  }
  for (const geul::SpeakerQuotes& sq : s.quotes) {
    FUZZ_CHECK(!sq.quotes.empty());
    for (const geul::QuoteRef& q : sq.quotes) {
      FUZZ_CHECK(contains(s.documents, q.document));
      FUZZ_CHECK(says_at(in, q.document, q.text, q.source));
      for (std::size_t a : q.also) FUZZ_CHECK(a != q.document && contains(s.documents, a));
    }
  }
  FUZZ_CHECK(s.timeline.size() <= o.timeline_entries);
  // In date order: partial dates are placed next to the story's most named
  // full date, so the full dates among them are in order.
  const geul::TimelineEntry* last_full = nullptr;
  for (std::size_t i = 0; i < s.timeline.size(); ++i) {
    const geul::TimelineEntry& t = s.timeline[i];
    FUZZ_CHECK(contains(s.documents, t.document));
    FUZZ_CHECK(says_at(in, t.document, t.text, t.source));
    FUZZ_CHECK(t.date.day > 0);
    if (!geul::detail::corpus::full_date(t.date)) continue;
    if (last_full) FUZZ_CHECK(!geul::detail::corpus::date_less(t.date, last_full->date));
    last_full = &t;
  }
  for (std::size_t i = 0; i < s.variants.size(); ++i) {
    FUZZ_CHECK(s.variants[i] < variant_count);
    if (i > 0) FUZZ_CHECK(s.variants[i - 1] < s.variants[i]);
  }
}

void check_variant(const Input& in, const geul::VariantGroup& g, const std::vector<std::size_t>* documents) {
  FUZZ_CHECK(!g.mentions.empty() && !g.forms.empty() && !g.canonical.empty());
  for (std::size_t i = 0; i < g.mentions.size(); ++i) {
    const geul::VariantMention& m = g.mentions[i];
    FUZZ_CHECK(m.document < in.docs.size());
    if (documents) FUZZ_CHECK(contains(*documents, m.document));
    FUZZ_CHECK(!m.text.empty() && !m.source.empty());
    FUZZ_CHECK(says_at(in, m.document, m.text, m.source));
    bool listed = false;
    for (const std::string& f : g.forms) listed = listed || f == m.text;
    FUZZ_CHECK(listed);
    if (i > 0) {  // by document, then position
      const geul::VariantMention& p = g.mentions[i - 1];
      FUZZ_CHECK(p.document < m.document || (p.document == m.document && p.source.begin <= m.source.begin));
    }
  }
}

void check_duplicates(const std::vector<geul::Duplicate>& ds, std::size_t n) {
  for (std::size_t i = 0; i < ds.size(); ++i) {
    const geul::Duplicate& d = ds[i];
    FUZZ_CHECK(d.a < d.b && d.b < n);
    FUZZ_CHECK(in_unit(d.similarity) && in_unit(d.containment));
    if (i > 0) FUZZ_CHECK(ds[i - 1].a < d.a || (ds[i - 1].a == d.a && ds[i - 1].b < d.b));
  }
}

std::size_t json_size(const fuzz::Json* j) {
  FUZZ_CHECK(j && j->kind == fuzz::Json::number && j->text.find_first_not_of("0123456789") == std::string::npos);
  return static_cast<std::size_t>(std::stoull(j->text));
}

const fuzz::Json& json_array(const fuzz::Json* j, std::size_t size) {
  FUZZ_CHECK(j && j->kind == fuzz::Json::array && j->items.size() == size);
  return *j;
}

// The batch JSON ("geul corpus --json") parses back into the same shape.
void check_json(const std::string& json, const geul::Corpus& c, std::size_t n) {
  fuzz::Json j;
  FUZZ_CHECK(fuzz::parse_json(json, j) && j.kind == fuzz::Json::object);
  json_array(j.get("documents"), n);
  const fuzz::Json& stories = json_array(j.get("stories"), c.stories.size());
  for (std::size_t s = 0; s < c.stories.size(); ++s) {
    const geul::Story& st = c.stories[s];
    const fuzz::Json& docs = json_array(stories.items[s].get("documents"), st.documents.size());
    for (std::size_t k = 0; k < st.documents.size(); ++k) FUZZ_CHECK(json_size(&docs.items[k]) == st.documents[k]);
    const fuzz::Json& summary = json_array(stories.items[s].get("summary"), st.summary.size());
    for (std::size_t k = 0; k < st.summary.size(); ++k) {
      const fuzz::Json* text = summary.items[k].get("text");
      FUZZ_CHECK(text && text->text == st.summary[k].text);
      FUZZ_CHECK(json_size(summary.items[k].get("start")) == st.summary[k].source.begin);
    }
    json_array(stories.items[s].get("quotes"), st.quotes.size());
    json_array(stories.items[s].get("timeline"), st.timeline.size());
  }
  const fuzz::Json& variants = json_array(j.get("variants"), c.variants.size());
  for (std::size_t v = 0; v < c.variants.size(); ++v) {
    const fuzz::Json& mentions = json_array(variants.items[v].get("mentions"), c.variants[v].mentions.size());
    for (std::size_t k = 0; k < mentions.items.size(); ++k) {
      const fuzz::Json* text = mentions.items[k].get("text");
      FUZZ_CHECK(text && text->text == c.variants[v].mentions[k].text);
    }
  }
  const fuzz::Json& dups = json_array(j.get("duplicates"), c.duplicates.size());
  for (std::size_t k = 0; k < c.duplicates.size(); ++k)
    FUZZ_CHECK(json_size(dups.items[k].get("a")) == c.duplicates[k].a && json_size(dups.items[k].get("b")) == c.duplicates[k].b);
}

geul::CorpusOptions options_from(std::uint64_t h) {
  geul::CorpusOptions o;
  if (h & 1) return o;  // the defaults half of the time
  o.minhash_size = (h >> 1) % 25;  // 0 and 1 included: degenerate, never a crash
  o.shingle_size = (h >> 6) % 7;
  o.duplicate_threshold = static_cast<double>((h >> 9) % 11) / 10.0;
  o.containment_threshold = static_cast<double>((h >> 13) % 11) / 10.0;
  static constexpr double story_thresholds[] = {0.0, 0.05, 0.2, 0.5, 1.0};
  o.story_threshold = story_thresholds[(h >> 17) % 5];
  o.agglomerative_limit = (h >> 20) & 1 ? 2000 : (h >> 21) % 3;  // the incremental clustering too
  o.summary_sentences = (h >> 23) % 7;
  o.candidates_per_article = (h >> 26) % 9;
  o.dated_per_article = (h >> 30) % 7;
  o.timeline_entries = (h >> 33) % 16;
  o.max_terms = (h >> 37) & 1 ? 200 : (h >> 38) % 9;
  o.window = (h >> 42) % 5;
  o.max_story_documents = (h >> 45) % 6;
  return o;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  fuzz::self_test_json_reader();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view all = fuzz::as_view(data, size);
  Input in;
  std::string_view rest = all;
  for (;;) {
    const std::size_t ff = in.pieces.size() + 1 < max_documents ? rest.find('\f') : std::string_view::npos;
    in.pieces.push_back(rest.substr(0, ff));
    if (ff == std::string_view::npos) break;
    rest.remove_prefix(ff + 1);
  }
  const std::size_t n = in.pieces.size();
  for (std::string_view p : in.pieces) in.docs.push_back(geul::parse_article(p));
  const geul::CorpusOptions o = options_from(fuzz::hash(all));

  std::vector<geul::ArticleFeatures> features;
  for (const geul::Document& d : in.docs) features.push_back(geul::extract_features(d, o));
  const geul::Corpus c = geul::analyze_features(features, o);

  // Stories: a partition of the documents, by first document.
  std::vector<int> story_of(n, -1);
  for (std::size_t s = 0; s < c.stories.size(); ++s) {
    const geul::Story& st = c.stories[s];
    FUZZ_CHECK(!st.documents.empty());
    for (std::size_t k = 0; k < st.documents.size(); ++k) {
      const std::size_t d = st.documents[k];
      FUZZ_CHECK(d < n && story_of[d] == -1);
      story_of[d] = static_cast<int>(s);
      if (k > 0) FUZZ_CHECK(st.documents[k - 1] < d);
    }
    if (s > 0) FUZZ_CHECK(c.stories[s - 1].documents.front() < st.documents.front());
    check_story(in, st, c.variants.size(), o);
  }
  for (std::size_t d = 0; d < n; ++d) FUZZ_CHECK(story_of[d] != -1);
  for (const geul::VariantGroup& g : c.variants) check_variant(in, g, nullptr);
  check_duplicates(c.duplicates, n);

  std::vector<std::string> files;
  for (std::size_t d = 0; d < n; ++d) files.push_back("doc" + std::to_string(d));
  std::string json;
  {
    geul::JsonWriter w(json);
    geul::write_json(w, c, files, features);
  }
  check_json(json, c, n);

  // The convenience call is the same pipeline.
  {
    const geul::Corpus again = geul::analyze_corpus(in.docs, o);
    std::string json2;
    geul::JsonWriter w(json2);
    geul::write_json(w, again, files, features);
    FUZZ_CHECK(json2 == json);
  }

  // Through feature records (the distributed form): the same bytes.
  {
    std::vector<geul::ArticleFeatures> reread(n);
    for (std::size_t d = 0; d < n; ++d) {
      std::string error;
      FUZZ_CHECK(geul::read_features(geul::features_to_json(features[d]), reread[d], &error));
    }
    const geul::Corpus c2 = geul::analyze_features(reread, o);
    std::string json2;
    geul::JsonWriter w(json2);
    geul::write_json(w, c2, files, reread);
    FUZZ_CHECK(json2 == json);
  }

  // Streaming: every document in exactly one closed story, each line valid JSON.
  {
    geul::CorpusStream stream(o);
    std::vector<int> closed_in(n, -1);
    std::size_t stories = 0;
    auto on_story = [&](geul::StreamStory&& s) {
      FUZZ_CHECK(s.number == stories);
      FUZZ_CHECK(!s.story.documents.empty() && s.titles.size() == s.story.documents.size());
      FUZZ_CHECK(s.story.documents.size() <= std::max<std::size_t>(1, o.max_story_documents));
      for (std::size_t d : s.story.documents) {
        FUZZ_CHECK(d < n && closed_in[d] == -1);
        closed_in[d] = static_cast<int>(stories);
      }
      check_story(in, s.story, s.variants.size(), o);
      for (const geul::VariantGroup& g : s.variants) check_variant(in, g, &s.story.documents);
      check_duplicates(s.duplicates, n);
      for (const geul::Duplicate& d : s.duplicates) FUZZ_CHECK(contains(s.story.documents, d.a) && contains(s.story.documents, d.b));
      std::string line;
      geul::JsonWriter w(line);
      geul::write_json(w, s, [](geul::JsonWriter& jw, std::size_t d) { jw.value(d); });
      fuzz::Json j;
      FUZZ_CHECK(fuzz::parse_json(line, j) && j.kind == fuzz::Json::object);
      FUZZ_CHECK(json_size(j.get("story")) == s.number);
      json_array(j.get("documents"), s.story.documents.size());
      json_array(j.get("people"), s.variants.size());
      ++stories;
    };
    for (geul::ArticleFeatures& f : features) stream.add(std::move(f), on_story);
    stream.finish(on_story);
    FUZZ_CHECK(stream.open_stories() == 0);
    for (std::size_t d = 0; d < n; ++d) FUZZ_CHECK(closed_in[d] != -1);
  }
  return 0;
}
