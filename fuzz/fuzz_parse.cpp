// The news parser (news/parse.hpp) on any bytes: the blocks partition the
// input exactly (the first begins at 0, each begins where the previous ends,
// the last ends at the input size), each block's text lies inside the
// normalized text, in order; the normalized text and its map keep their
// contract; and to_json parses back (strict RFC 8259 reader in json_check.hpp)
// into the same blocks, body and metadata.
#include <cstdint>
#include <string>

#include <geul/news/parse.hpp>

#include "fuzz_common.hpp"
#include "json_check.hpp"

namespace {

bool same_string(const fuzz::Json* j, const std::string& s) {
  if (!j) return false;
  if (s.empty()) return j->kind == fuzz::Json::null;  // empty strings are null
  return j->kind == fuzz::Json::string && j->text == s;
}

std::size_t as_size(const fuzz::Json* j) {
  FUZZ_CHECK(j && j->kind == fuzz::Json::number);
  FUZZ_CHECK(j->text.find_first_not_of("0123456789") == std::string::npos);
  return static_cast<std::size_t>(std::stoull(j->text));
}

void check(std::string_view in, const geul::ParseOptions& o) {
  const geul::Document doc = geul::parse_article(in, o);
  // Input in a legacy encoding is decoded first: the blocks then partition the
  // decoded text (doc.source) and input_map leads back to the input bytes.
  const bool decoded = doc.encoding != geul::Encoding::utf8;
  if (decoded) {
    FUZZ_CHECK(o.encoding != geul::Encoding::utf8);
    FUZZ_CHECK(fuzz::valid_utf8(doc.source));
    fuzz::check_offset_map(doc.input_map, in, doc.source, false);
  } else {
    FUZZ_CHECK(doc.source == in);
    FUZZ_CHECK(doc.input_map.is_identity());
  }
  const std::string_view src = doc.source;
  FUZZ_CHECK(fuzz::valid_utf8(doc.text));
  fuzz::check_offset_map(doc.map, src, doc.text);

  // The partition.
  if (src.empty()) FUZZ_CHECK(doc.blocks.empty());
  else FUZZ_CHECK(!doc.blocks.empty());
  std::size_t at = 0, text_at = 0;
  for (const geul::Block& b : doc.blocks) {
    FUZZ_CHECK(b.source.begin == at && b.source.begin <= b.source.end);
    at = b.source.end;
    FUZZ_CHECK(b.span.begin <= b.span.end && b.span.end <= doc.text.size());
    FUZZ_CHECK(b.span.begin >= text_at || b.span.empty());
    if (!b.span.empty()) text_at = b.span.end;
    FUZZ_CHECK((b.role == geul::BlockRole::boilerplate) == (b.reason != geul::BoilerplateReason::none));
    // A block's text comes from inside its own source bytes.
    if (!b.span.empty()) {
      geul::Span src = doc.map.map(b.span);
      FUZZ_CHECK(src.begin >= b.source.begin && src.end <= b.source.end);
    }
    FUZZ_CHECK(fuzz::valid_utf8(doc.text_of(b)));
  }
  FUZZ_CHECK(at == src.size());
  for (const geul::Diagnostic& d : doc.diagnostics)
    FUZZ_CHECK(d.offset <= in.size() && d.length <= in.size() - d.offset);

  // JSON: parses back into what the Document says.
  const std::string json = geul::to_json(doc);
  fuzz::Json j;
  FUZZ_CHECK(fuzz::parse_json(json, j));
  FUZZ_CHECK(j.kind == fuzz::Json::object);
  const geul::Metadata& m = doc.metadata;
  FUZZ_CHECK(same_string(j.get("title"), m.title));
  FUZZ_CHECK(same_string(j.get("outlet"), m.outlet));
  FUZZ_CHECK(same_string(j.get("dateline"), m.dateline));
  FUZZ_CHECK(same_string(j.get("series"), m.series));
  FUZZ_CHECK(same_string(j.get("published"), m.published.iso()));
  FUZZ_CHECK(same_string(j.get("modified"), m.modified.iso()));
  const fuzz::Json* subtitles = j.get("subtitles");
  FUZZ_CHECK(subtitles && subtitles->items.size() == m.subtitles.size());
  for (std::size_t i = 0; i < m.subtitles.size(); ++i) FUZZ_CHECK(subtitles->items[i].text == m.subtitles[i]);
  const fuzz::Json* reporters = j.get("reporters");
  FUZZ_CHECK(reporters && reporters->items.size() == m.reporters.size());
  const fuzz::Json* blocks = j.get("blocks");
  FUZZ_CHECK(blocks && blocks->kind == fuzz::Json::array && blocks->items.size() == doc.blocks.size());
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    const fuzz::Json& jb = blocks->items[i];
    const geul::Block& b = doc.blocks[i];
    const geul::Span in_bytes = doc.input_span(b);
    FUZZ_CHECK(in_bytes.begin <= in_bytes.end && in_bytes.end <= in.size());
    FUZZ_CHECK(as_size(jb.get("start")) == in_bytes.begin && as_size(jb.get("end")) == in_bytes.end);
    if (decoded)
      FUZZ_CHECK(as_size(jb.get("utf8_start")) == b.source.begin && as_size(jb.get("utf8_end")) == b.source.end);
    FUZZ_CHECK(jb.get("text") && jb.get("text")->text == doc.text_of(b));
    FUZZ_CHECK(jb.get("role") && jb.get("role")->text == geul::to_string(b.role));
  }
  const fuzz::Json* body = j.get("body");
  FUZZ_CHECK(body && body->kind == fuzz::Json::string && body->text == doc.body());
  const fuzz::Json* diags = j.get("diagnostics");
  FUZZ_CHECK(diags && diags->items.size() == doc.diagnostics.size());
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  fuzz::self_test_json_reader();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view in = fuzz::as_view(data, size);
  check(in, geul::ParseOptions{});
  std::uint64_t h = fuzz::hash(in);
  geul::ParseOptions o;
  o.split_glued_lines = (h & 1) == 0;
  if (h & 16) o.encoding = geul::Encoding::utf8;  // no detection
  o.detect_duplicates = (h & 2) == 0;
  if (h & 4) o.normalize = geul::NewsNormalizeOptions::strict();
  if (h & 8) o.normalize.record_changes = true;
  if (h & 31) check(in, o);
  return 0;
}
