// Golden tests: parse every fixture article (tests/data/articles/*.txt) and
// compare with its hand-made gold (X.gold.json, format in that folder's
// README). Gold strings are raw source text; both sides are compared after the
// same news normalization. Prints per-field accuracy and body token F1 (bag of
// eojeol), the figures docs/evaluation.md quotes.
#include <doctest/doctest.h>

#include <geul/geul.hpp>

#include <algorithm>
#include <cstdio>
#include <dirent.h>
#include <map>
#include <string>
#include <vector>

namespace {

// ---------------------------------------------------------------- a small JSON reader (tests only)

struct Json {
  enum Kind { null, boolean, number, string, array, object } kind = null;
  bool b = false;
  double n = 0;
  std::string s;
  std::vector<Json> items;
  std::vector<std::pair<std::string, Json>> fields;

  const Json& operator[](const std::string& key) const {
    static const Json none;
    for (const auto& f : fields)
      if (f.first == key) return f.second;
    return none;
  }
  bool is_null() const { return kind == null; }
};

struct JsonReader {
  const std::string& t;
  std::size_t i = 0;
  bool ok = true;

  void ws() {
    while (i < t.size() && (t[i] == ' ' || t[i] == '\n' || t[i] == '\r' || t[i] == '\t')) ++i;
  }
  bool eat(char c) {
    ws();
    if (i < t.size() && t[i] == c) {
      ++i;
      return true;
    }
    return false;
  }
  std::string str() {
    std::string out;
    if (!eat('"')) {
      ok = false;
      return out;
    }
    while (i < t.size() && t[i] != '"') {
      char c = t[i++];
      if (c != '\\') {
        out += c;
        continue;
      }
      char e = t[i++];
      switch (e) {
        case 'n': out += '\n'; break;
        case 't': out += '\t'; break;
        case 'r': out += '\r'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'u': {
          unsigned cp = static_cast<unsigned>(std::stoul(t.substr(i, 4), nullptr, 16));
          i += 4;
          if (cp >= 0xD800 && cp < 0xDC00 && t.compare(i, 2, "\\u") == 0) {
            unsigned lo = static_cast<unsigned>(std::stoul(t.substr(i + 2, 4), nullptr, 16));
            i += 6;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
          }
          geul::append_utf8(out, static_cast<char32_t>(cp));
          break;
        }
        default: out += e;
      }
    }
    ++i;
    return out;
  }
  Json value() {
    Json v;
    ws();
    if (i >= t.size()) {
      ok = false;
      return v;
    }
    char c = t[i];
    if (c == '{') {
      v.kind = Json::object;
      ++i;
      if (eat('}')) return v;
      do {
        std::string k = str();
        if (!eat(':')) ok = false;
        v.fields.emplace_back(k, value());
      } while (eat(','));
      if (!eat('}')) ok = false;
    } else if (c == '[') {
      v.kind = Json::array;
      ++i;
      if (eat(']')) return v;
      do v.items.push_back(value());
      while (eat(','));
      if (!eat(']')) ok = false;
    } else if (c == '"') {
      v.kind = Json::string;
      v.s = str();
    } else if (t.compare(i, 4, "null") == 0) {
      i += 4;
    } else if (t.compare(i, 4, "true") == 0) {
      v.kind = Json::boolean, v.b = true, i += 4;
    } else if (t.compare(i, 5, "false") == 0) {
      v.kind = Json::boolean, i += 5;
    } else {
      v.kind = Json::number;
      std::size_t used = 0;
      v.n = std::stod(t.substr(i, 32), &used);
      i += used;
    }
    return v;
  }
};

Json parse_json(const std::string& text, bool& ok) {
  JsonReader r{text};
  Json v = r.value();
  ok = r.ok;
  return v;
}

std::string read_file(const std::string& path) {
  std::string out;
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return out;
  char buf[1 << 15];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
  std::fclose(f);
  return out;
}

std::vector<std::string> fixture_names() {
  std::vector<std::string> names;
  std::string dir = std::string(GEUL_TEST_DATA_DIR) + "/articles";
  if (DIR* d = opendir(dir.c_str())) {
    while (dirent* e = readdir(d)) {
      std::string n = e->d_name;
      if (n.size() > 4 && n.compare(n.size() - 4, 4, ".txt") == 0) names.push_back(n.substr(0, n.size() - 4));
    }
    closedir(d);
  }
  std::sort(names.begin(), names.end());
  return names;
}

// The same profile the parser uses, applied to a raw gold string.
std::string norm(const std::string& raw) {
  geul::NewsNormalizeOptions o;
  o.record_changes = false;
  std::string t = geul::normalize_news(raw, o).text;
  std::size_t b = t.find_first_not_of(" \n"), e = t.find_last_not_of(" \n");
  return b == std::string::npos ? std::string() : t.substr(b, e - b + 1);
}

std::string str_or_empty(const Json& v) { return v.kind == Json::string ? v.s : std::string(); }

std::vector<std::string> norm_list(const Json& v) {
  std::vector<std::string> out;
  for (const Json& x : v.items) out.push_back(norm(x.s));
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
  std::vector<std::string> names = fixture_names();
  REQUIRE(names.size() >= 54);
  const char* fields[] = {"title", "subtitles", "outlet", "reporters", "dateline", "published", "modified", "series",
                          "photo_credits", "body", "captions", "boilerplate"};
  std::map<std::string, int> right;
  double f1_sum = 0;
  int reasons_right = 0, reasons_total = 0;
  for (const std::string& name : names) {
    CAPTURE(name);
    std::string base = std::string(GEUL_TEST_DATA_DIR) + "/articles/" + name;
    std::string text = read_file(base + ".txt");
    bool ok = false;
    Json gold = parse_json(read_file(base + ".gold.json"), ok);
    REQUIRE(ok);
    geul::Document doc = geul::parse_article(text);
    const geul::Metadata& m = doc.metadata;

    std::map<std::string, bool> same;
    same["title"] = m.title == norm(str_or_empty(gold["title"]));
    same["subtitles"] = m.subtitles == norm_list(gold["subtitles"]);
    same["outlet"] = m.outlet == str_or_empty(gold["outlet"]);
    std::vector<std::string> gold_reporters, got_reporters;
    for (const Json& r : gold["reporters"].items) gold_reporters.push_back(r["name"].s + " <" + str_or_empty(r["email"]) + ">");
    for (const geul::Reporter& r : m.reporters) got_reporters.push_back(r.name + " <" + r.email + ">");
    same["reporters"] = gold_reporters == got_reporters;
    same["dateline"] = m.dateline == str_or_empty(gold["dateline"]);
    same["published"] = m.published.iso() == str_or_empty(gold["published"]);
    same["modified"] = m.modified.iso() == str_or_empty(gold["modified"]);
    same["series"] = m.series == norm(str_or_empty(gold["series"]));
    std::vector<std::string> gold_credits;
    for (const Json& c : gold["photo_credits"].items) gold_credits.push_back(c.s);
    same["photo_credits"] = sorted(gold_credits) == sorted(m.photo_credits);

    std::vector<std::string> body, captions, boiler;
    std::vector<std::pair<std::string, std::string>> reasons;
    for (const geul::Block& b : doc.blocks) {
      std::string t(doc.text_of(b));
      if (geul::is_article_text(b.role)) body.push_back(t);
      else if (b.role == geul::BlockRole::caption) captions.push_back(t);
      else if (b.role == geul::BlockRole::boilerplate) boiler.push_back(t), reasons.emplace_back(t, geul::to_string(b.reason));
    }
    std::vector<std::string> gold_body = norm_list(gold["body"]);
    same["body"] = body == gold_body;
    same["captions"] = captions == norm_list(gold["captions"]);
    std::vector<std::string> gold_boiler;
    for (const Json& bp : gold["boilerplate"].items) {
      gold_boiler.push_back(norm(bp["text"].s));
      ++reasons_total;
      for (auto& r : reasons)
        if (r.first == gold_boiler.back() && r.second == bp["reason"].s) {
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
  for (const std::string& name : fixture_names()) {
    CAPTURE(name);
    std::string text = read_file(std::string(GEUL_TEST_DATA_DIR) + "/articles/" + name + ".txt");
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
