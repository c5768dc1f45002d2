// geul corpus [--json] [-k N] FILE…
// geul corpus --jsonl | --features | --from-features   (JSON Lines on stdin and stdout)
#ifndef GEUL_CLI_CORPUS_HPP
#define GEUL_CLI_CORPUS_HPP

#include <geul/analysis/corpus.hpp>
#include <geul/analysis/corpus_json.hpp>
#include <geul/geul.hpp>

#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "common.hpp"

namespace cli {

inline const char* corpus_usage =
    "usage: geul corpus [--json] [-k N] [--encoding E] FILE…\n"
    "       geul corpus --jsonl [--window N] [-k N] < articles.jsonl > stories.jsonl\n"
    "       geul corpus --features < articles.jsonl > features.jsonl\n"
    "       geul corpus --from-features [--window N] [-k N] < features.jsonl > stories.jsonl\n"
    "  Groups news articles into stories (the same event in several outlets),\n"
    "  unifies the spellings of people's names, finds near-duplicates, and\n"
    "  writes a merged summary per story with its quotes and timeline.\n"
    "  FILE…            one article per file, analysed together (documents are\n"
    "                   numbered in argument order)\n"
    "  --json           JSON {documents, stories, variants, duplicates} (docs/json.md)\n"
    "  -k N             sentences of a merged summary (default 5)\n"
    "  --jsonl          stream: one article per line {\"id\": …, \"text\": …} on stdin;\n"
    "                   one closed story per line on stdout (memory stays bounded)\n"
    "  --features       the per-article stage alone: {\"id\", \"features\"} per line\n"
    "  --from-features  the corpus stage alone, reading --features lines\n"
    "  --window N       (streams) a story with no new article among the last N\n"
    "                   articles is closed and written (default 1000)\n";

// The JSON Lines reader and the input ids are shared (common.hpp).

inline std::string format_corpus(const geul::Corpus& c, const std::vector<std::string>& files,
                                 const std::vector<geul::ArticleFeatures>& fs) {
  std::string out;
  char buf[96];
  for (std::size_t s = 0; s < c.stories.size(); ++s) {
    const geul::Story& st = c.stories[s];
    std::snprintf(buf, sizeof buf, "story %zu (%zu article%s)\n", s + 1, st.documents.size(), st.documents.size() == 1 ? "" : "s");
    out += buf;
    for (std::size_t d : st.documents) {
      std::snprintf(buf, sizeof buf, "  [%zu] ", d);
      out += buf + files[d];
      if (!fs[d].title.empty()) out += " — " + fs[d].title;
      out += '\n';
    }
    if (!st.summary.empty()) out += "  summary:\n";
    for (const geul::SummaryItem& x : st.summary) {
      std::snprintf(buf, sizeof buf, "  - [%zu] ", x.document);
      out += buf + x.text;
      for (std::size_t i = 0; i < x.also.size(); ++i) {
        std::snprintf(buf, sizeof buf, "%s%zu", i ? ", " : "  (also ", x.also[i]);
        out += buf;
      }
      out += x.also.empty() ? "\n" : ")\n";
    }
    if (!st.quotes.empty()) out += "  quotes:\n";
    for (const geul::SpeakerQuotes& q : st.quotes) {
      out += "    " + (q.speaker.empty() ? std::string("(?)") : q.speaker) + ":\n";
      for (const geul::QuoteRef& r : q.quotes) {
        std::snprintf(buf, sizeof buf, "      [%zu] \"", r.document);
        out += buf + r.text + "\"\n";
      }
    }
    if (!st.timeline.empty()) out += "  timeline:\n";
    for (const geul::TimelineEntry& t : st.timeline) {
      std::snprintf(buf, sizeof buf, "    %-10s [%zu] ", t.date.iso().c_str(), t.document);
      out += buf + t.text + '\n';
    }
    out += '\n';
  }
  if (!c.variants.empty()) out += "people:\n";
  for (const geul::VariantGroup& g : c.variants) {
    out += "  " + g.canonical + ":";
    for (std::size_t i = 0; i < g.forms.size(); ++i) out += (i ? ", " : " ") + g.forms[i];
    std::snprintf(buf, sizeof buf, " (%zu mention%s)\n", g.mentions.size(), g.mentions.size() == 1 ? "" : "s");
    out += buf;
  }
  if (!c.duplicates.empty()) out += "\nduplicates:\n";
  for (const geul::Duplicate& d : c.duplicates) {
    std::snprintf(buf, sizeof buf, "  [%zu] ~ [%zu]  similarity %.2f, containment %.2f\n", d.a, d.b, d.similarity, d.containment);
    out += buf;
  }
  return out;
}

inline bool read_positive(std::string_view s, std::size_t& out) {
  if (s.empty() || s.size() > 9) return false;
  std::size_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + static_cast<std::size_t>(c - '0');
  }
  if (v == 0) return false;
  out = v;
  return true;
}

// The streaming modes: articles or feature records in, stories out.
inline int corpus_stream(const geul::CorpusOptions& options, bool from_features) {
  geul::CorpusStream stream(options);
  std::map<std::size_t, InputId> ids;  // arrival → id, for the open stories only
  std::size_t arrival = 0, skipped = 0;
  std::string out;
  auto on_story = [&](geul::StreamStory&& s) {
    out.clear();
    geul::JsonWriter w(out);
    geul::write_json(w, s, [&](geul::JsonWriter& jw, std::size_t d) { write_id(jw, ids.at(d)); });
    out.push_back('\n');
    write_output(out);
    for (std::size_t d : s.story.documents) ids.erase(d);
  };
  for_each_input_line([&](std::string_view line, std::size_t number) {
    geul::detail::json::Value v;
    std::string error;
    if (!geul::detail::json::parse(line, v, error) || v.type != geul::detail::json::Type::object) {
      std::fprintf(stderr, "geul corpus: line %zu skipped: %s\n", number, error.empty() ? "not an object" : error.c_str());
      ++skipped;
      return;
    }
    geul::ArticleFeatures f;
    if (from_features) {
      const geul::detail::json::Value* fv = v.get("features");
      if (!fv || !geul::read_features(*fv, f, &error)) {
        std::fprintf(stderr, "geul corpus: line %zu skipped: %s\n", number, fv ? error.c_str() : "no \"features\"");
        ++skipped;
        return;
      }
    } else {
      const geul::detail::json::Value* t = v.get("text");
      if (!t || t->type != geul::detail::json::Type::string) {
        std::fprintf(stderr, "geul corpus: line %zu skipped: no \"text\" string\n", number);
        ++skipped;
        return;
      }
      f = geul::extract_features(geul::parse_article(t->text), options);
    }
    ids[arrival++] = read_id(v.get("id"), number);
    stream.add(std::move(f), on_story);
  });
  stream.finish(on_story);
  if (skipped) std::fprintf(stderr, "geul corpus: %zu line%s skipped\n", skipped, skipped == 1 ? "" : "s");
  return 0;
}

// The per-article stage: one feature line per article line.
inline int corpus_features(const geul::CorpusOptions& options) {
  std::string out;
  std::size_t skipped = 0;
  for_each_input_line([&](std::string_view line, std::size_t number) {
    geul::detail::json::Value v;
    std::string error;
    const geul::detail::json::Value* t = nullptr;
    if (!geul::detail::json::parse(line, v, error) || v.type != geul::detail::json::Type::object ||
        !(t = v.get("text")) || t->type != geul::detail::json::Type::string) {
      std::fprintf(stderr, "geul corpus: line %zu skipped: %s\n", number, error.empty() ? "no \"text\" string" : error.c_str());
      ++skipped;
      return;
    }
    const geul::ArticleFeatures f = geul::extract_features(geul::parse_article(t->text), options);
    out.clear();
    geul::JsonWriter w(out);
    w.begin_object().key("id");
    write_id(w, read_id(v.get("id"), number));
    w.key("features");
    geul::write_json(w, f);
    w.end_object();
    out.push_back('\n');
    write_output(out);
  });
  if (skipped) std::fprintf(stderr, "geul corpus: %zu line%s skipped\n", skipped, skipped == 1 ? "" : "s");
  return 0;
}

inline int cmd_corpus(const Args& args) {
  Parsed p = parse_args(args, {"--help", "-h", "--json", "--jsonl", "--features", "--from-features"},
                        {"-k", "--window", "--encoding"});
  if (!p.error.empty()) return fail("corpus", p.error + "\n" + corpus_usage, 2);
  if (p.has("--help") || p.has("-h")) {
    write_output(corpus_usage);
    return 0;
  }
  geul::CorpusOptions options;
  if (p.has("-k") && !read_positive(p.get("-k"), options.summary_sentences))
    return fail("corpus", "-k needs a positive whole number, got '" + std::string(p.get("-k")) + "'", 2);
  if (p.has("--window") && !read_positive(p.get("--window"), options.window))
    return fail("corpus", "--window needs a positive whole number, got '" + std::string(p.get("--window")) + "'", 2);
  const int modes = p.has("--jsonl") + p.has("--features") + p.has("--from-features");
  if (modes > 1) return fail("corpus", "--jsonl, --features and --from-features exclude each other", 2);
  if (modes == 1) {
    if (!p.positional.empty()) return fail("corpus", "the stream modes read stdin, not files", 2);
    if (p.has("--json")) return fail("corpus", "the stream modes always write JSON Lines", 2);
    if (p.has("--features")) return corpus_features(options);
    return corpus_stream(options, p.has("--from-features"));
  }
  if (p.has("--window")) return fail("corpus", "--window goes with --jsonl or --from-features", 2);
  if (p.positional.empty()) return fail("corpus", std::string("expects one or more article files\n") + corpus_usage, 2);

  geul::ParseOptions parse_options;
  int status = 0;
  if (!encoding_option("corpus", p, parse_options.encoding, status)) return status;
  std::vector<std::string> files;
  std::vector<geul::ArticleFeatures> features;
  for (std::string_view path : p.positional) {
    std::string bytes, error;
    if (!read_input(path, bytes, error)) return fail("corpus", error);
    const geul::Document doc = geul::parse_article(bytes, parse_options);
    features.push_back(geul::extract_features(doc, options));
    files.emplace_back(path);
  }
  const geul::Corpus c = geul::analyze_features(features, options);
  if (p.has("--json")) {
    std::string json;
    geul::JsonWriter w(json);
    geul::write_json(w, c, files, features);
    json.push_back('\n');
    write_output(json);
  } else {
    write_output(format_corpus(c, files, features));
  }
  return 0;
}

}  // namespace cli

#endif  // GEUL_CLI_CORPUS_HPP
