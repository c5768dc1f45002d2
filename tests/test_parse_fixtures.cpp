// Golden tests: parse every fixture article (tests/data/articles/*.txt) and
// compare with its hand-made gold (X.gold.json, format in that folder's
// README). Gold strings are raw source text; both sides are compared after the
// same news normalization. Prints per-field accuracy and body token F1 (bag of
// eojeol), the figures docs/evaluation.md quotes.
#include <doctest/doctest.h>

#include <geul/geul.hpp>

#include <algorithm>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "test_support.hpp"

namespace {

using geul::detail::json::Type;
using geul::detail::json::Value;

using test_support::json_field;

// The same profile the parser uses, applied to a raw gold string.
std::string norm(const std::string& raw) {
  geul::NewsNormalizeOptions o;
  o.record_changes = false;
  std::string t = geul::normalize_news(raw, o).text;
  std::size_t b = t.find_first_not_of(" \n"), e = t.find_last_not_of(" \n");
  return b == std::string::npos ? std::string() : t.substr(b, e - b + 1);
}

std::string str_or_empty(const Value& v) { return v.type == Type::string ? v.text : std::string(); }

std::vector<std::string> norm_list(const Value& v) {
  std::vector<std::string> out;
  for (const Value& x : v.items) out.push_back(norm(x.text));
  return out;
}

std::map<std::string, int> bag_of_eojeol(const std::vector<std::string>& paragraphs) {
  std::map<std::string, int> bag;
  for (const std::string& p : paragraphs) {
    std::size_t i = 0;
    while (i < p.size()) {
      while (i < p.size() && (p[i] == ' ' || p[i] == '\n')) ++i;
      std::size_t j = i;
      while (j < p.size() && p[j] != ' ' && p[j] != '\n') ++j;
      if (j > i) ++bag[p.substr(i, j - i)];
      i = j;
    }
  }
  return bag;
}

double token_f1(const std::vector<std::string>& gold, const std::vector<std::string>& got) {
  auto g = bag_of_eojeol(gold), p = bag_of_eojeol(got);
  long inter = 0, ng = 0, np = 0;
  for (auto& kv : g) {
    ng += kv.second;
    auto it = p.find(kv.first);
    if (it != p.end()) inter += std::min(kv.second, it->second);
  }
  for (auto& kv : p) np += kv.second;
  if (ng == 0 && np == 0) return 1.0;
  if (inter == 0) return 0.0;
  double prec = static_cast<double>(inter) / static_cast<double>(np), rec = static_cast<double>(inter) / static_cast<double>(ng);
  return 2 * prec * rec / (prec + rec);
}

std::vector<std::string> sorted(std::vector<std::string> v) {
  std::sort(v.begin(), v.end());
  return v;
}

}  // namespace

TEST_CASE("every fixture article parses like its gold annotation") {
  std::vector<std::string> names = test_support::fixture_names();
  REQUIRE(names.size() >= 54);
  const char* fields[] = {"title", "subtitles", "outlet", "reporters", "dateline", "published", "modified", "series",
                          "photo_credits", "body", "captions", "boilerplate"};
  std::map<std::string, int> right;
  double f1_sum = 0;
  int reasons_right = 0, reasons_total = 0;
  for (const std::string& name : names) {
    CAPTURE(name);
    std::string base = std::string(GEUL_TEST_DATA_DIR) + "/articles/" + name;
    std::string text = test_support::read_file(base + ".txt");
    Value gold;
    std::string error;
    REQUIRE(geul::detail::json::parse(test_support::read_file(base + ".gold.json"), gold, error));
    geul::Document doc = geul::parse_article(text);
    const geul::Metadata& m = doc.metadata;

    std::map<std::string, bool> same;
    same["title"] = m.title == norm(str_or_empty(json_field(gold, "title")));
    same["subtitles"] = m.subtitles == norm_list(json_field(gold, "subtitles"));
    same["outlet"] = m.outlet == str_or_empty(json_field(gold, "outlet"));
    std::vector<std::string> gold_reporters, got_reporters;
    for (const Value& r : json_field(gold, "reporters").items) gold_reporters.push_back(json_field(r, "name").text + " <" + str_or_empty(json_field(r, "email")) + ">");
    for (const geul::Reporter& r : m.reporters) got_reporters.push_back(r.name + " <" + r.email + ">");
    same["reporters"] = gold_reporters == got_reporters;
    same["dateline"] = m.dateline == str_or_empty(json_field(gold, "dateline"));
    same["published"] = m.published.iso() == str_or_empty(json_field(gold, "published"));
    same["modified"] = m.modified.iso() == str_or_empty(json_field(gold, "modified"));
    same["series"] = m.series == norm(str_or_empty(json_field(gold, "series")));
    std::vector<std::string> gold_credits;
    for (const Value& c : json_field(gold, "photo_credits").items) gold_credits.push_back(c.text);
    same["photo_credits"] = sorted(gold_credits) == sorted(m.photo_credits);

    std::vector<std::string> body, captions, boiler;
    std::vector<std::pair<std::string, std::string>> reasons;
    for (const geul::Block& b : doc.blocks) {
      std::string t(doc.text_of(b));
      if (geul::is_article_text(b.role)) body.push_back(t);
      else if (b.role == geul::BlockRole::caption) captions.push_back(t);
      else if (b.role == geul::BlockRole::boilerplate) boiler.push_back(t), reasons.emplace_back(t, geul::to_string(b.reason));
    }
    std::vector<std::string> gold_body = norm_list(json_field(gold, "body"));
    same["body"] = body == gold_body;
    same["captions"] = captions == norm_list(json_field(gold, "captions"));
    std::vector<std::string> gold_boiler;
    for (const Value& bp : json_field(gold, "boilerplate").items) {
      gold_boiler.push_back(norm(json_field(bp, "text").text));
      ++reasons_total;
      for (auto& r : reasons)
        if (r.first == gold_boiler.back() && r.second == json_field(bp, "reason").text) {
          ++reasons_right;
          r.first.clear();  // each parser block counts once
          break;
        }
    }
    same["boilerplate"] = sorted(gold_boiler) == sorted(boiler);
    double f1 = token_f1(gold_body, body);
    f1_sum += f1;

    // What the parser is meant to get right on the team's own articles: every field.
    CHECK(same["title"]);
    CHECK(same["subtitles"]);
    CHECK(same["outlet"]);
    CHECK(same["reporters"]);
    CHECK(same["dateline"]);
    CHECK(same["published"]);
    CHECK(same["modified"]);
    CHECK(same["series"]);
    CHECK(same["photo_credits"]);
    CHECK(same["body"]);
    CHECK(same["captions"]);
    CHECK(same["boilerplate"]);
    for (const char* f : fields) right[f] += same[f];
  }
  const double n = static_cast<double>(names.size());
  std::printf("parse fixtures: %zu articles\n", names.size());
  for (const char* f : fields) std::printf("  %-14s %3d/%zu = %.3f\n", f, right[f], names.size(), right[f] / n);
  std::printf("  body token F1 (bag of eojeol, mean) = %.4f\n", f1_sum / n);
  std::printf("  boilerplate reasons %d/%d = %.3f\n", reasons_right, reasons_total,
              reasons_total ? static_cast<double>(reasons_right) / reasons_total : 1.0);
  CHECK(f1_sum / n >= 0.95);
  // Reasons are softer (an outlet's blog name may read as navigation); most must agree.
  CHECK(static_cast<double>(reasons_right) >= 0.95 * reasons_total);
}

TEST_CASE("every fixture's blocks partition its bytes and round-trip through JSON offsets") {
  for (const std::string& name : test_support::fixture_names()) {
    CAPTURE(name);
    std::string text = test_support::read_file(test_support::fixture_path(name));
    geul::Document doc = geul::parse_article(text);
    std::size_t pos = 0;
    for (const geul::Block& b : doc.blocks) {
      REQUIRE(b.source.begin == pos);
      REQUIRE(b.source.end >= b.source.begin);
      pos = b.source.end;
      // The block's content lies inside its source bytes.
      geul::Span content = doc.map.map(b.span);
      CHECK(content.begin >= b.source.begin);
      CHECK(content.end <= b.source.end);
      CHECK((b.reason == geul::BoilerplateReason::none) == (b.role != geul::BlockRole::boilerplate));
    }
    CHECK(pos == text.size());
    CHECK(geul::to_json(doc) == geul::to_json(geul::parse_article(text)));  // deterministic
  }
}
