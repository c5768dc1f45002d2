// geul — WebAssembly bindings: one plain C entry point that exchanges UTF-8.
//
// JS writes the UTF-8 strings of a call into wasm memory and passes a table
// of (pointer, length) pairs: the operation's name, the input text, then
// key/value option pairs. The answer is JSON text in a malloc'd block that JS
// reads and frees. No embind (it needs RTTI), no exceptions, no state kept
// between calls: every call is a pure function of its strings.
//
// The JSON is byte for byte what the native CLI prints for the same input and
// options (tests/wasm checks it); wasm/geul.js adds the JS string indices.
//
// Adding an operation = one `op_<name>` function below + one row in `ops[]`
// (+ one entry in the JS op table and geul.d.ts).
#include <geul/analysis/report.hpp>
#include <geul/geul.hpp>
#include <geul/text/sentences.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#ifdef __EMSCRIPTEN__
#include <emscripten/emscripten.h>
#define GEUL_WASM_EXPORT extern "C" EMSCRIPTEN_KEEPALIVE
#else
#define GEUL_WASM_EXPORT extern "C"  // also builds natively (sanitizer runs, debugging)
#endif

namespace {

// One call: the input text and key/value options, all views into JS-written memory.
struct Request {
  std::string_view input;
  std::vector<std::pair<std::string_view, std::string_view>> options;

  bool has(std::string_view key) const {
    for (const auto& kv : options)
      if (kv.first == key) return true;
    return false;
  }
  std::string_view get(std::string_view key, std::string_view fallback = {}) const {
    for (const auto& kv : options)
      if (kv.first == key) return kv.second;
    return fallback;
  }
  // JS sends booleans as "1" / "0"; an absent key is the fallback.
  bool flag(std::string_view key, bool fallback = false) const {
    if (!has(key)) return fallback;
    return get(key) == "1";
  }
  // A non-negative decimal count; absent or malformed keeps the fallback.
  std::size_t count(std::string_view key, std::size_t fallback) const {
    std::string_view v = get(key);
    if (v.empty() || v.size() > 15) return fallback;
    std::size_t n = 0;
    for (char c : v) {
      if (c < '0' || c > '9') return fallback;
      n = n * 10 + static_cast<std::size_t>(c - '0');
    }
    return n;
  }
};

// An operation writes JSON to `out` and returns true, or writes an error
// message (plain text, for a JS Error) and returns false.
using Operation = bool (*)(const Request&, std::string& out);

bool fail(std::string& out, std::string message) {
  out = std::move(message);
  return false;
}

void write_diagnostics(geul::JsonWriter& w, const geul::Diagnostics& diagnostics) {
  w.begin_array();
  for (const geul::Diagnostic& d : diagnostics) {
    w.begin_object().key("kind").value(geul::to_string(d.kind)).key("offset").value(d.offset);
    w.key("length").value(d.length).key("message").value(d.message).end_object();
  }
  w.end_array();
}

// ───────────────────────────── normalize ─────────────────────────────

// Fine-grained switches of the news profile (the explorer's settings); each
// overrides the profile's value only when present.
bool apply_news_options(const Request& r, geul::NewsNormalizeOptions& o, std::string& error) {
  struct Switch {
    std::string_view key;
    bool geul::NewsNormalizeOptions::*field;
  };
  static constexpr Switch switches[] = {
      {"compose", &geul::NewsNormalizeOptions::compose},
      {"spaces", &geul::NewsNormalizeOptions::spaces},
      {"invisible", &geul::NewsNormalizeOptions::invisible},
      {"lineBreaks", &geul::NewsNormalizeOptions::line_breaks},
      {"collapseSpaces", &geul::NewsNormalizeOptions::collapse_spaces},
      {"fullwidth", &geul::NewsNormalizeOptions::fullwidth},
      {"halfwidth", &geul::NewsNormalizeOptions::halfwidth},
      {"enclosed", &geul::NewsNormalizeOptions::enclosed},
      {"middleDots", &geul::NewsNormalizeOptions::middle_dots},
      {"tildes", &geul::NewsNormalizeOptions::tildes},
      {"dashes", &geul::NewsNormalizeOptions::dashes},
      {"hanjaAbbreviations", &geul::NewsNormalizeOptions::hanja_abbreviations},
  };
  for (const Switch& s : switches)
    if (r.has(s.key)) o.*s.field = r.flag(s.key);
  if (r.has("quotes")) {
    std::string_view q = r.get("quotes");
    if (q == "keep") o.quotes = geul::QuoteStyle::keep;
    else if (q == "ascii") o.quotes = geul::QuoteStyle::ascii;
    else return fail(error, "unknown quotes style '" + std::string(q) + "' (keep, ascii)");
  }
  if (r.has("ellipsis")) {
    std::string_view e = r.get("ellipsis");
    if (e == "keep") o.ellipsis = geul::EllipsisStyle::keep;
    else if (e == "unicode") o.ellipsis = geul::EllipsisStyle::unicode;
    else if (e == "ascii") o.ellipsis = geul::EllipsisStyle::ascii;
    else return fail(error, "unknown ellipsis style '" + std::string(e) + "' (keep, unicode, ascii)");
  }
  o.max_repeat = r.count("maxRepeat", o.max_repeat);
  return true;
}

// Mirrors `geul normalize [--form F | --profile P] [--changes]`: with
// `changes` the JSON is the CLI's {text, changes, diagnostics}; without it
// {text, diagnostics}. `edits` (WASM only) adds the offset map's edits.
bool op_normalize(const Request& r, std::string& out) {
  if (r.has("form") && r.has("profile"))
    return fail(out, "form and profile cannot be combined (the profiles already apply NFC)");
  geul::NormalForm form = geul::NormalForm::nfc;
  if (r.has("form") && !geul::parse_normal_form(r.get("form"), form))
    return fail(out, "unknown form '" + std::string(r.get("form")) + "' (nfc, nfd, nfkc, nfkd)");
  bool profile = r.has("profile");
  bool changes = r.flag("changes");
  geul::NewsNormalizeOptions options;
  if (profile) {
    std::string_view name = r.get("profile");
    if (name == "strict") options = geul::NewsNormalizeOptions::strict();
    else if (name != "news") return fail(out, "unknown profile '" + std::string(name) + "' (news, strict)");
    if (!apply_news_options(r, options, out)) return false;
    options.record_changes = changes;
  }

  geul::NormalizedNews result;
  if (profile) {
    result = geul::normalize_news(r.input, options);
  } else {
    // A plain Unicode form: repair, then normalize; changes are the form's edits.
    geul::DecodedText decoded = geul::decode_utf8(r.input);
    geul::NormalizedText n = geul::normalize_with_map(decoded.text, form);
    result.map = geul::compose(decoded.map, n.map);
    result.text = std::move(n.text);
    result.diagnostics = std::move(decoded.diagnostics);
    if (changes) {
      for (const geul::Edit& e : result.map.edits()) {
        result.changes.push_back({geul::ChangeKind::composition,
                                  {e.in_begin, e.in_end},
                                  std::string(r.input.substr(e.in_begin, e.in_end - e.in_begin)),
                                  result.text.substr(e.out_begin, e.out_end - e.out_begin)});
      }
    }
  }

  geul::JsonWriter w(out);
  w.begin_object().key("text").value(result.text);
  if (changes) {
    w.key("changes").begin_array();
    for (const geul::Change& c : result.changes) {
      w.begin_object().key("kind").value(profile ? geul::to_string(c.kind) : geul::to_string(form));
      w.key("start").value(c.source.begin).key("end").value(c.source.end);
      w.key("before").value(c.before).key("after").value(c.after).end_object();
    }
    w.end_array();
  }
  // Not in the CLI: the offset map itself, so a page can align the normalized
  // text with the input exactly (changes may overlap when one character went
  // through several rules; the edits never do).
  if (r.flag("edits")) {
    w.key("edits").begin_array();
    for (const geul::Edit& e : result.map.edits()) {
      w.begin_object().key("start").value(e.in_begin).key("end").value(e.in_end);
      w.key("out_start").value(e.out_begin).key("out_end").value(e.out_end).end_object();
    }
    w.end_array();
  }
  w.key("diagnostics");
  write_diagnostics(w, result.diagnostics);
  w.end_object();
  return true;
}

// ───────────────────────────── sentences ─────────────────────────────

// Mirrors `geul split --json`: the input is repaired (decode_utf8: invalid
// bytes, BOM, CRLF) and split; [{start, end, text}] with start/end mapped back
// to byte offsets into the input as given, text from the repaired text.
bool op_split(const Request& r, std::string& out) {
  geul::SentenceOptions options;
  if (r.has("lineBreaks")) {
    std::string_view lb = r.get("lineBreaks");
    if (lb == "hard") options.line_breaks = geul::LineBreaks::hard;
    else if (lb == "soft") options.line_breaks = geul::LineBreaks::soft;
    else return fail(out, "unknown lineBreaks '" + std::string(lb) + "' (hard, soft)");
  }
  options.split_on_endings = r.flag("splitOnEndings", options.split_on_endings);
  options.split_on_emoticons = r.flag("splitOnEmoticons", options.split_on_emoticons);
  options.max_sentence_bytes = r.count("maxSentenceBytes", options.max_sentence_bytes);
  geul::DecodedText decoded = geul::decode_utf8(r.input);
  const std::string& text = decoded.text;
  geul::JsonWriter w(out);
  w.begin_array();
  geul::for_each_sentence(text, options, [&](const geul::Sentence& s) {
    geul::Span source = decoded.map.map(s.span);
    w.begin_object().key("start").value(source.begin).key("end").value(source.end);
    w.key("text").value(geul::sentence_text(text, s)).end_object();
  });
  w.end_array();
  return true;
}

// ───────────────────────────── parse ─────────────────────────────

// The parser's options: the news switches of its normalization stage (as for
// normalize) and its own two switches. No options = the CLI's defaults.
bool parse_options(const Request& r, geul::ParseOptions& o, std::string& error) {
  if (!apply_news_options(r, o.normalize, error)) return false;
  o.split_glued_lines = r.flag("splitGluedLines", o.split_glued_lines);
  o.detect_duplicates = r.flag("detectDuplicates", o.detect_duplicates);
  return true;
}

// Mirrors `geul parse --json`: geul::to_json(Document), offsets = input bytes.
bool op_parse(const Request& r, std::string& out) {
  geul::ParseOptions options;
  if (!parse_options(r, options, out)) return false;
  out = geul::to_json(geul::parse_article(r.input, options));
  return true;
}

// Mirrors `geul summarize --json [-k N] [--chars N]`: parse, then
// geul::analyze + geul::to_json(doc, analysis); offsets = input bytes.
// `sentences`/`maxChars` are -k/--chars; the parse options apply too.
bool op_summarize(const Request& r, std::string& out) {
  geul::ParseOptions parse;
  if (!parse_options(r, parse, out)) return false;
  geul::AnalysisOptions options;
  options.summary.sentences = r.count("sentences", options.summary.sentences);
  options.summary.max_chars = r.count("maxChars", options.summary.max_chars);
  if (options.summary.sentences == 0 && options.summary.max_chars == 0)
    return fail(out, "sentences: 0 needs a maxChars budget");
  geul::Document doc = geul::parse_article(r.input, parse);
  out = geul::to_json(doc, geul::analyze(doc, options));
  return true;
}

// ───────────────────────────── corpus ─────────────────────────────

// Mirrors `geul corpus --json [-k N] FILE…`. The input is the documents as a
// JSON array, in order: {"name": string, "text": string} objects or plain
// strings (named "document 1", "document 2" … by position). `name` is the
// JSON's `file`; offsets are bytes of each document's text (after JSON
// unescaping, i.e. its UTF-8). `sentences` is -k.
bool op_corpus(const Request& r, std::string& out) {
  namespace json = geul::detail::json;
  geul::CorpusOptions options;
  if (r.has("sentences")) {
    options.summary_sentences = r.count("sentences", 0);
    if (options.summary_sentences == 0) return fail(out, "sentences must be a positive whole number (the CLI's -k)");
  }
  json::Value documents;
  std::string error;
  if (!json::parse(r.input, documents, error)) return fail(out, "the documents are not valid JSON: " + error);
  if (documents.type != json::Type::array)
    return fail(out, "documents must be an array of {name, text} objects or strings");
  if (documents.items.empty()) return fail(out, "documents is empty: a corpus needs at least one document");
  std::vector<std::string> names;
  std::vector<geul::ArticleFeatures> features;
  names.reserve(documents.items.size());
  features.reserve(documents.items.size());
  for (std::size_t i = 0; i < documents.items.size(); ++i) {
    const json::Value& d = documents.items[i];
    const std::string where = "documents[" + std::to_string(i) + "]";
    const std::string* text = nullptr;
    std::string name = "document " + std::to_string(i + 1);
    if (d.type == json::Type::string) {
      text = &d.text;
    } else if (d.type == json::Type::object) {
      const json::Value* t = d.get("text");
      if (!t || t->type != json::Type::string) return fail(out, where + ".text must be a string");
      text = &t->text;
      if (const json::Value* n = d.get("name"); n && n->type == json::Type::string) name = n->text;
      else if (n && n->type != json::Type::null) return fail(out, where + ".name must be a string");
    } else {
      return fail(out, where + " must be a {name, text} object or a string");
    }
    features.push_back(geul::extract_features(geul::parse_article(*text), options));
    names.push_back(std::move(name));
  }
  const geul::Corpus corpus = geul::analyze_features(features, options);
  geul::JsonWriter w(out);
  geul::write_json(w, corpus, names, features);
  return true;
}

// ───────────────────────────── Hangul toolkit ─────────────────────────────

namespace hg = geul::hangul;

bool string_result(std::string& out, std::string_view s) {
  geul::append_json_string(out, s);
  return true;
}
bool optional_result(std::string& out, const std::optional<std::string>& s) {
  if (!s) out += "null";
  else geul::append_json_string(out, *s);
  return true;
}

bool op_disassemble(const Request& r, std::string& out) { return string_result(out, hg::disassemble(r.input)); }
bool op_assemble(const Request& r, std::string& out) { return string_result(out, hg::assemble(r.input)); }
bool op_remove_last_jamo(const Request& r, std::string& out) {
  return string_result(out, hg::remove_last_jamo(r.input));
}

bool op_choseong(const Request& r, std::string& out) {
  hg::ChoseongOptions o;
  o.keep_non_hangul = r.flag("keepNonHangul");
  return string_result(out, hg::get_choseong(r.input, o));
}

// Every match as [{start, end}] (byte offsets into the input).
bool op_choseong_search(const Request& r, std::string& out) {
  hg::ChoseongSearchOptions o;
  o.skip_spaces = r.flag("skipSpaces", o.skip_spaces);
  o.partial_last_syllable = r.flag("partialLastSyllable", o.partial_last_syllable);
  geul::JsonWriter w(out);
  w.begin_array();
  for (geul::Span s : hg::choseong_search_all(r.input, r.get("query"), o))
    w.begin_object().key("start").value(s.begin).key("end").value(s.end).end_object();
  w.end_array();
  return true;
}

bool op_josa(const Request& r, std::string& out) {
  hg::JosaOptions o;
  o.mark_unknown = r.flag("markUnknown", o.mark_unknown);
  return string_result(out, hg::josa(r.input, r.get("pair"), o));
}
bool op_pick_josa(const Request& r, std::string& out) {
  return string_result(out, hg::pick_josa(r.input, r.get("pair")));
}

bool op_romanize(const Request& r, std::string& out) {
  if (r.flag("translit")) return string_result(out, hg::transliterate(r.input));
  if (r.flag("name")) return string_result(out, hg::romanize_name(r.input, r.flag("hyphenate")));
  hg::RomanizeOptions o;
  o.hyphenate = r.flag("hyphenate");
  o.capitalize = r.flag("capitalize");
  o.aspirate_after_obstruent = !r.flag("keepH");
  o.sound_changes = !r.flag("spelling");
  return string_result(out, hg::romanize(r.input, o));
}

bool op_pronounce(const Request& r, std::string& out) {
  hg::PronunciationOptions o;
  o.tensification = r.flag("tensification", o.tensification);
  return string_result(out, hg::standard_pronunciation(r.input, o));
}

bool op_qwerty_to_hangul(const Request& r, std::string& out) {
  return string_result(out, hg::qwerty_to_hangul(r.input));
}
bool op_hangul_to_qwerty(const Request& r, std::string& out) {
  return string_result(out, hg::hangul_to_qwerty(r.input));
}

// The input is the number as decimal text (JS sends numbers and bigints that way).
bool op_number_to_hangul(const Request& r, std::string& out) {
  hg::NumberOptions o;
  o.spacing = r.flag("spacing");
  o.omit_leading_one = !r.flag("formal");
  return optional_result(out, hg::number_to_hangul(r.input, o));
}

bool op_number_to_hangul_mixed(const Request& r, std::string& out) {
  std::optional<std::int64_t> v = hg::hangul_to_number(r.input);  // digits are accepted too
  if (!v) return optional_result(out, std::nullopt);
  hg::MixedNumberOptions o;
  o.spacing = r.flag("spacing", o.spacing);
  o.thousands_separator = r.flag("thousandsSeparator", o.thousands_separator);
  return string_result(out, hg::number_to_hangul_mixed(*v, o));
}

// The value as a decimal JSON string (or null): JSON numbers lose precision
// above 2^53 in JS, so the JS layer turns it into a number or a BigInt.
bool op_hangul_to_number(const Request& r, std::string& out) {
  std::optional<std::int64_t> v = hg::hangul_to_number(r.input);
  return optional_result(out, v ? std::optional<std::string>(std::to_string(*v)) : std::nullopt);
}

// ───────────────────────────── encodings ─────────────────────────────

// decode(bytes, encoding = "auto"): raw bytes (CP949, EUC-KR, UTF-16, UTF-8) →
// {text, encoding, confidence, bom, diagnostics} (unicode/encoding.hpp;
// diagnostic offsets are input bytes).
bool op_decode(const Request& r, std::string& out) {
  geul::Encoding encoding = geul::Encoding::auto_detect;
  if (r.has("encoding") && !geul::parse_encoding_name(r.get("encoding"), encoding))
    return fail(out, "unknown encoding '" + std::string(r.get("encoding")) + "' (auto, utf-8, cp949, euc-kr, utf-16)");
  geul::DecodeResult d = geul::decode_to_utf8(r.input, encoding);
  geul::JsonWriter w(out);
  w.begin_object().key("text").value(d.text).key("encoding").value(geul::to_string(d.encoding));
  w.key("confidence").value(d.confidence).key("bom").value(d.bom).key("diagnostics");
  write_diagnostics(w, d.diagnostics);
  w.end_object();
  return true;
}

bool op_version(const Request&, std::string& out) { return string_result(out, geul::version()); }

struct Entry {
  std::string_view name;
  Operation run;
};

// The operations JS can call, by name.
constexpr Entry ops[] = {
    {"normalize", op_normalize},
    {"split", op_split},
    {"parse", op_parse},
    {"summarize", op_summarize},
    {"corpus", op_corpus},
    {"disassemble", op_disassemble},
    {"assemble", op_assemble},
    {"removeLastJamo", op_remove_last_jamo},
    {"choseong", op_choseong},
    {"choseongSearch", op_choseong_search},
    {"josa", op_josa},
    {"pickJosa", op_pick_josa},
    {"romanize", op_romanize},
    {"pronounce", op_pronounce},
    {"qwertyToHangul", op_qwerty_to_hangul},
    {"hangulToQwerty", op_hangul_to_qwerty},
    {"numberToHangul", op_number_to_hangul},
    {"numberToHangulMixed", op_number_to_hangul_mixed},
    {"hangulToNumber", op_hangul_to_number},
    {"decode", op_decode},
    {"version", op_version},
};

}  // namespace

// The layout JS writes: one (pointer, length) pair per string (8 bytes on wasm32).
struct GeulString {
  const char* data;
  std::size_t size;
};

// The answer: status 0 = `bytes` are JSON, 1 = `bytes` are an error message.
struct GeulResult {
  std::uint32_t status;
  std::uint32_t size;
  char bytes[1];
};

GEUL_WASM_EXPORT void* geul_malloc(std::size_t size) { return std::malloc(size ? size : 1); }
GEUL_WASM_EXPORT void geul_free(void* p) { std::free(p); }

// strings[0] = operation name, strings[1] = input text, then key/value pairs.
// Returns a GeulResult the caller frees with geul_free (null only if out of memory).
GEUL_WASM_EXPORT GeulResult* geul_call(const GeulString* strings, std::size_t count) {
  std::string out;
  bool ok = false;
  if (count < 2 || count % 2 != 0) {
    out = "geul_call: expected the operation, the input and key/value pairs";
  } else {
    std::string_view name(strings[0].data, strings[0].size);
    Request request;
    request.input = std::string_view(strings[1].data, strings[1].size);
    for (std::size_t i = 2; i + 1 < count; i += 2)
      request.options.emplace_back(std::string_view(strings[i].data, strings[i].size),
                                   std::string_view(strings[i + 1].data, strings[i + 1].size));
    const Entry* entry = nullptr;
    for (const Entry& e : ops)
      if (e.name == name) entry = &e;
    if (entry) ok = entry->run(request, out);
    else out = "unknown operation '" + std::string(name) + "'";
  }
  auto* result = static_cast<GeulResult*>(std::malloc(offsetof(GeulResult, bytes) + out.size() + 1));
  if (!result) return nullptr;
  result->status = ok ? 0 : 1;
  result->size = static_cast<std::uint32_t>(out.size());
  std::memcpy(result->bytes, out.data(), out.size());
  result->bytes[out.size()] = '\0';
  return result;
}
