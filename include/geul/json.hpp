// geul — a small JSON writer (deterministic output; strings must be valid UTF-8) and reader.
#ifndef GEUL_JSON_HPP
#define GEUL_JSON_HPP

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "unicode/utf8.hpp"

namespace geul {

// Appends `s` as a JSON string literal (quotes included). Ill-formed UTF-8
// (e.g. the raw bytes of a repair) is written as U+FFFD so the JSON stays valid.
inline void append_json_string(std::string& out, std::string_view s) {
  static const char hex[] = "0123456789abcdef";
  out.push_back('"');
  std::size_t run = 0;  // start of the pending verbatim run
  const auto* bytes = reinterpret_cast<const unsigned char*>(s.data());
  for (std::size_t i = 0; i < s.size(); ++i) {
    unsigned char c = bytes[i];
    if (c >= 0x80) {
      char32_t cp;
      std::size_t n = detail::decode_one(bytes + i, bytes + s.size(), cp);
      if (cp != replacement_character || (n == 3 && c == 0xEF)) {
        i += n - 1;
        continue;
      }
      out.append(s.data() + run, i - run);
      out += "\xEF\xBF\xBD";
      i += n - 1;
      run = i + 1;
      continue;
    }
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out.append(s.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        out += "\\u00";
        out.push_back(hex[c >> 4]);
        out.push_back(hex[c & 15]);
    }
  }
  out.append(s.data() + run, s.size() - run);
  out.push_back('"');
}

// Streaming writer: commas are inserted automatically.
//   JsonWriter w; w.begin_object(); w.key("a"); w.value(1); w.end_object();
class JsonWriter {
 public:
  explicit JsonWriter(std::string& out) : out_(out) {}

  JsonWriter& begin_object() { return open('{'); }
  JsonWriter& end_object() { return close('}'); }
  JsonWriter& begin_array() { return open('['); }
  JsonWriter& end_array() { return close(']'); }

  JsonWriter& key(std::string_view k) {
    separate();
    append_json_string(out_, k);
    out_.push_back(':');
    after_key_ = true;
    return *this;
  }
  JsonWriter& value(std::string_view s) {
    separate();
    append_json_string(out_, s);
    return *this;
  }
  JsonWriter& value(const char* s) { return s ? value(std::string_view(s)) : null(); }
  JsonWriter& value(bool b) {
    separate();
    out_ += b ? "true" : "false";
    return *this;
  }
  template <class T, std::enable_if_t<std::is_integral_v<T> && !std::is_same_v<T, bool>, int> = 0>
  JsonWriter& value(T v) {
    separate();
    if constexpr (std::is_signed_v<T>) out_ += std::to_string(static_cast<long long>(v));
    else out_ += std::to_string(static_cast<unsigned long long>(v));
    return *this;
  }
  // Numbers are printed with 6 significant digits, the same on every platform.
  JsonWriter& value(double d) {
    separate();
    if (!(d == d) || d > 1e300 || d < -1e300) {
      out_ += "null";
      return *this;
    }
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6g", d);
    out_ += buf;
    return *this;
  }
  JsonWriter& null() {
    separate();
    out_ += "null";
    return *this;
  }

 private:
  JsonWriter& open(char c) {
    separate();
    out_.push_back(c);
    first_.push_back(true);
    return *this;
  }
  JsonWriter& close(char c) {
    out_.push_back(c);
    if (!first_.empty()) first_.pop_back();
    return *this;
  }
  void separate() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (!first_.empty()) {
      if (!first_.back()) out_.push_back(',');
      first_.back() = false;
    }
  }

  std::string& out_;
  std::vector<bool> first_;
  bool after_key_ = false;
};

// A small JSON reader (for the corpus records, `geul corpus --jsonl` input
// and the tests' gold files): RFC 8259 values, strings with every escape
// (\uXXXX surrogate pairs included; a lone surrogate reads as U+FFFD),
// nesting up to 64 levels; never throws — a malformed input returns false
// with a message and the byte offset.
namespace detail {
namespace json {

enum class Type : unsigned char { null, boolean, number, string, array, object };

struct Value {
  Type type = Type::null;
  bool boolean = false;
  double number = 0;
  std::string text;  // string value, or the number as written
  std::vector<Value> items;
  std::vector<std::pair<std::string, Value>> members;

  const Value* get(std::string_view key) const {
    for (const auto& m : members)
      if (m.first == key) return &m.second;
    return nullptr;
  }
};

class Parser {
 public:
  explicit Parser(std::string_view s) : s_(s) {}

  bool parse(Value& out, std::string& error) {
    skip();
    if (!value(out, 0)) {
      error = message_ + " at byte " + std::to_string(pos_);
      return false;
    }
    skip();
    if (pos_ != s_.size()) {
      error = "unexpected characters after the value at byte " + std::to_string(pos_);
      return false;
    }
    return true;
  }

 private:
  bool fail(const char* m) {
    if (message_.empty()) message_ = m;
    return false;
  }
  void skip() {
    while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\n' || s_[pos_] == '\r')) ++pos_;
  }
  bool literal(std::string_view word) {
    if (s_.compare(pos_, word.size(), word) != 0) return fail("invalid literal");
    pos_ += word.size();
    return true;
  }
  bool hex4(unsigned& v) {
    if (pos_ + 4 > s_.size()) return fail("short \\u escape");
    v = 0;
    for (int i = 0; i < 4; ++i) {
      const char c = s_[pos_++];
      v <<= 4;
      if (c >= '0' && c <= '9') v |= static_cast<unsigned>(c - '0');
      else if (c >= 'a' && c <= 'f') v |= static_cast<unsigned>(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F') v |= static_cast<unsigned>(c - 'A' + 10);
      else return fail("bad \\u escape");
    }
    return true;
  }
  bool string(std::string& out) {
    ++pos_;  // the opening quote
    out.clear();
    while (pos_ < s_.size()) {
      const char c = s_[pos_];
      if (c == '"') {
        ++pos_;
        return true;
      }
      if (static_cast<unsigned char>(c) < 0x20) return fail("control character in a string");
      if (c != '\\') {
        out += c;
        ++pos_;
        continue;
      }
      if (++pos_ >= s_.size()) break;
      const char e = s_[pos_++];
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
          unsigned v;
          if (!hex4(v)) return false;
          char32_t cp = v;
          if (v >= 0xD800 && v <= 0xDBFF) {  // a high surrogate needs its low half
            // Only a following \uDC00–\uDFFF is taken with it; anything else
            // (\u0041 too) is left for the next round: the lone half reads as U+FFFD.
            cp = replacement_character;
            const std::size_t mark = pos_;
            unsigned low;
            if (s_.compare(pos_, 2, "\\u") == 0) {
              pos_ += 2;
              if (hex4(low) && low >= 0xDC00 && low <= 0xDFFF) cp = 0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00);
              else pos_ = mark, message_.clear();  // re-read as its own escape (an error there is reported then)
            }
          } else if (v >= 0xDC00 && v <= 0xDFFF) {
            cp = replacement_character;
          }
          append_utf8(out, cp);
          break;
        }
        default:
          return fail("bad escape");
      }
    }
    return fail("unterminated string");
  }
  bool number(Value& out) {
    const std::size_t start = pos_;
    if (s_[pos_] == '-') ++pos_;
    bool digits = false;
    while (pos_ < s_.size() && ((s_[pos_] >= '0' && s_[pos_] <= '9') || s_[pos_] == '.' || s_[pos_] == 'e' ||
                                s_[pos_] == 'E' || s_[pos_] == '+' || s_[pos_] == '-')) {
      digits = digits || (s_[pos_] >= '0' && s_[pos_] <= '9');
      ++pos_;
    }
    if (!digits) return fail("bad number");
    out.type = Type::number;
    out.text.assign(s_.substr(start, pos_ - start));
    char* end = nullptr;
    out.number = std::strtod(out.text.c_str(), &end);
    if (!end || *end != '\0') return fail("bad number");
    return true;
  }
  bool value(Value& out, int depth) {
    if (depth > 64) return fail("nesting too deep");
    if (pos_ >= s_.size()) return fail("unexpected end of input");
    const char c = s_[pos_];
    if (c == '{') {
      out.type = Type::object;
      ++pos_;
      skip();
      if (pos_ < s_.size() && s_[pos_] == '}') return ++pos_, true;
      for (;;) {
        skip();
        if (pos_ >= s_.size() || s_[pos_] != '"') return fail("expected a key");
        std::string key;
        if (!string(key)) return false;
        skip();
        if (pos_ >= s_.size() || s_[pos_] != ':') return fail("expected ':'");
        ++pos_;
        skip();
        out.members.emplace_back(std::move(key), Value());
        if (!value(out.members.back().second, depth + 1)) return false;
        skip();
        if (pos_ < s_.size() && s_[pos_] == ',') {
          ++pos_;
          continue;
        }
        if (pos_ < s_.size() && s_[pos_] == '}') return ++pos_, true;
        return fail("expected ',' or '}'");
      }
    }
    if (c == '[') {
      out.type = Type::array;
      ++pos_;
      skip();
      if (pos_ < s_.size() && s_[pos_] == ']') return ++pos_, true;
      for (;;) {
        skip();
        out.items.emplace_back();
        if (!value(out.items.back(), depth + 1)) return false;
        skip();
        if (pos_ < s_.size() && s_[pos_] == ',') {
          ++pos_;
          continue;
        }
        if (pos_ < s_.size() && s_[pos_] == ']') return ++pos_, true;
        return fail("expected ',' or ']'");
      }
    }
    if (c == '"') {
      out.type = Type::string;
      return string(out.text);
    }
    if (c == 't') return out.type = Type::boolean, out.boolean = true, literal("true");
    if (c == 'f') return out.type = Type::boolean, out.boolean = false, literal("false");
    if (c == 'n') return out.type = Type::null, literal("null");
    if (c == '-' || (c >= '0' && c <= '9')) return number(out);
    return fail("unexpected character");
  }

  std::string_view s_;
  std::size_t pos_ = 0;
  std::string message_;
};

// Parses one JSON value (the whole of `s`).
inline bool parse(std::string_view s, Value& out, std::string& error) { return Parser(s).parse(out, error); }

}  // namespace json
}  // namespace detail

}  // namespace geul

#endif  // GEUL_JSON_HPP
