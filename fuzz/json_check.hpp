// A small, strict JSON reader (RFC 8259) for the harnesses: parses geul's
// output back into a tree so a harness can compare it with the Document it
// came from. Deliberately not geul/json.hpp's reader: that one is lenient by
// design (it passes raw ill-formed bytes through and reads a lone surrogate as
// U+FFFD, as input from other programs needs), and a writer checked by its own
// library's reader would share its blind spots. This one rejects what RFC 8259
// rejects: trailing commas, unescaped control characters, ill-formed UTF-8,
// lone surrogate escapes, leading zeros, trailing garbage.
#ifndef GEUL_FUZZ_JSON_CHECK_HPP
#define GEUL_FUZZ_JSON_CHECK_HPP

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "fuzz_common.hpp"

namespace fuzz {

struct Json {
  enum Kind { null, boolean, number, string, array, object } kind = null;
  bool b = false;
  std::string text;  // string value (decoded) or number literal
  std::vector<Json> items;                             // array
  std::vector<std::pair<std::string, Json>> members;   // object, in order

  const Json* get(std::string_view key) const {
    for (const auto& m : members)
      if (m.first == key) return &m.second;
    return nullptr;
  }
};

class JsonReader {
 public:
  explicit JsonReader(std::string_view s) : s_(s) {}

  // The whole input must be one value (surrounding whitespace allowed).
  bool parse(Json& out) {
    ws();
    if (!value(out, 0)) return false;
    ws();
    return i_ == s_.size();
  }

 private:
  static constexpr int max_depth = 256;

  void ws() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r')) ++i_;
  }
  bool eat(char c) {
    if (i_ < s_.size() && s_[i_] == c) {
      ++i_;
      return true;
    }
    return false;
  }
  bool literal(std::string_view w) {
    if (s_.substr(i_, w.size()) != w) return false;
    i_ += w.size();
    return true;
  }

  bool value(Json& v, int depth) {
    if (depth > max_depth || i_ >= s_.size()) return false;
    char c = s_[i_];
    if (c == '{') return object(v, depth);
    if (c == '[') return array(v, depth);
    if (c == '"') {
      v.kind = Json::string;
      return string(v.text);
    }
    if (c == 't' && literal("true")) return v.kind = Json::boolean, v.b = true, true;
    if (c == 'f' && literal("false")) return v.kind = Json::boolean, v.b = false, true;
    if (c == 'n' && literal("null")) return v.kind = Json::null, true;
    return number(v);
  }

  bool object(Json& v, int depth) {
    v.kind = Json::object;
    ++i_;
    ws();
    if (eat('}')) return true;
    for (;;) {
      ws();
      std::string key;
      if (i_ >= s_.size() || s_[i_] != '"' || !string(key)) return false;
      ws();
      if (!eat(':')) return false;
      ws();
      Json member;
      if (!value(member, depth + 1)) return false;
      v.members.emplace_back(std::move(key), std::move(member));
      ws();
      if (eat('}')) return true;
      if (!eat(',')) return false;
    }
  }

  bool array(Json& v, int depth) {
    v.kind = Json::array;
    ++i_;
    ws();
    if (eat(']')) return true;
    for (;;) {
      ws();
      Json item;
      if (!value(item, depth + 1)) return false;
      v.items.push_back(std::move(item));
      ws();
      if (eat(']')) return true;
      if (!eat(',')) return false;
    }
  }

  bool hex4(unsigned& u) {
    if (s_.size() - i_ < 4) return false;
    u = 0;
    for (int k = 0; k < 4; ++k) {
      char c = s_[i_++];
      unsigned d;
      if (c >= '0' && c <= '9') d = static_cast<unsigned>(c - '0');
      else if (c >= 'a' && c <= 'f') d = static_cast<unsigned>(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F') d = static_cast<unsigned>(c - 'A' + 10);
      else return false;
      u = u * 16 + d;
    }
    return true;
  }

  static void put(std::string& out, char32_t cp) {
    char buf[4];
    out.append(buf, geul::detail::encode_one(cp, buf));
  }

  bool string(std::string& out) {
    ++i_;  // the opening quote
    std::size_t run = i_;
    for (;;) {
      if (i_ >= s_.size()) return false;
      unsigned char c = static_cast<unsigned char>(s_[i_]);
      if (c == '"') {
        out.append(s_.substr(run, i_ - run));
        ++i_;
        return valid_utf8(out);
      }
      if (c < 0x20) return false;
      if (c != '\\') {
        ++i_;
        continue;
      }
      out.append(s_.substr(run, i_ - run));
      ++i_;
      if (i_ >= s_.size()) return false;
      char e = s_[i_++];
      switch (e) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          unsigned u;
          if (!hex4(u)) return false;
          if (u >= 0xDC00 && u <= 0xDFFF) return false;  // lone low surrogate
          if (u >= 0xD800 && u <= 0xDBFF) {
            unsigned lo;
            if (!literal("\\u") || !hex4(lo) || lo < 0xDC00 || lo > 0xDFFF) return false;
            u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
          }
          put(out, static_cast<char32_t>(u));
          break;
        }
        default: return false;
      }
      run = i_;
    }
  }

  bool number(Json& v) {
    std::size_t start = i_;
    eat('-');
    if (eat('0')) {
    } else if (i_ < s_.size() && s_[i_] >= '1' && s_[i_] <= '9') {
      while (i_ < s_.size() && s_[i_] >= '0' && s_[i_] <= '9') ++i_;
    } else {
      return false;
    }
    if (eat('.')) {
      std::size_t d = i_;
      while (i_ < s_.size() && s_[i_] >= '0' && s_[i_] <= '9') ++i_;
      if (i_ == d) return false;
    }
    if (i_ < s_.size() && (s_[i_] == 'e' || s_[i_] == 'E')) {
      ++i_;
      if (!eat('+')) eat('-');
      std::size_t d = i_;
      while (i_ < s_.size() && s_[i_] >= '0' && s_[i_] <= '9') ++i_;
      if (i_ == d) return false;
    }
    v.kind = Json::number;
    v.text.assign(s_.substr(start, i_ - start));
    return true;
  }

  std::string_view s_;
  std::size_t i_ = 0;
};

inline bool parse_json(std::string_view s, Json& out) { return JsonReader(s).parse(out); }

// The reader must reject what is not JSON, or a harness that uses it proves
// nothing: called once at start-up by the harnesses that parse JSON.
inline void self_test_json_reader() {
  const char* good[] = {"{}", "[]", "0", "-0.5e+3", "\"\\u00e9\\ud55c\\uD83D\\uDE00\"", " {\"a\":[1,true,null]} ",
                        "\"\xED\x95\x9C\""};
  const char* bad[] = {"",      "{",        "[1,]",      "{\"a\":1,}", "01",       "1.",     "\"\x01\"",
                       "\"\\x\"", "\"\\ud800\"", "\"\xC0\xAF\"", "[1] x",     "{a:1}",    "\"abc",  "-",
                       "\"\\udc00\"", "\"\xED\xA0\x80\"", "tru", "[\"a\" \"b\"]"};
  Json j;
  for (const char* g : good) FUZZ_CHECK(parse_json(g, j));
  for (const char* b : bad) FUZZ_CHECK(!parse_json(b, j));
  FUZZ_CHECK(parse_json("{\"k\":\"\\u00e9\"}", j) && j.get("k") && j.get("k")->text == "\xC3\xA9");
}

}  // namespace fuzz

#endif  // GEUL_FUZZ_JSON_CHECK_HPP
