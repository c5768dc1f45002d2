// geul — OffsetMap: maps byte ranges of a transformed text back to the source.
//
// A map is a sorted list of edits; bytes between edits are copied unchanged
// (identity), so a map of an untouched text is empty and costs nothing.
// An edit is atomic: a range that starts or ends inside it maps to the whole
// source range of the edit. Deleted source bytes (an edit with an empty output
// side) belong to the output byte before them, or to the first output byte when
// they are at the very start, so mapping consecutive output ranges partitions
// the whole source.
#ifndef GEUL_TEXT_OFFSETS_HPP
#define GEUL_TEXT_OFFSETS_HPP

#include <algorithm>
#include <cstddef>
#include <vector>

#include "../config.hpp"

namespace geul {

struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
  constexpr std::size_t size() const noexcept { return end - begin; }
  constexpr bool empty() const noexcept { return begin == end; }
  friend constexpr bool operator==(Span a, Span b) noexcept {
    return a.begin == b.begin && a.end == b.end;
  }
  friend constexpr bool operator!=(Span a, Span b) noexcept { return !(a == b); }
};

// One non-identity region: output [out_begin,out_end) came from source [in_begin,in_end).
struct Edit {
  std::size_t out_begin, out_end, in_begin, in_end;
};

class OffsetMap {
 public:
  OffsetMap() = default;
  // The identity map of a text of `size` bytes.
  explicit OffsetMap(std::size_t size) : in_size_(size), out_size_(size) {}

  std::size_t source_size() const noexcept { return in_size_; }
  std::size_t output_size() const noexcept { return out_size_; }
  const std::vector<Edit>& edits() const noexcept { return edits_; }
  bool is_identity() const noexcept { return edits_.empty() && in_size_ == out_size_; }

  // Source position where output byte `o` begins.
  std::size_t map_begin(std::size_t o) const noexcept {
    if (o == 0) return 0;
    if (o >= out_size_) return in_size_;
    const Edit* e = last_edit_starting_at_or_before(o);
    if (!e) return o;
    if (o < e->out_end) return e->in_begin;  // inside an atomic edit
    return o - e->out_end + e->in_end;       // after it (deletions at o stay before)
  }

  // Source position where the output ending at byte `o` (exclusive) ends.
  std::size_t map_end(std::size_t o) const noexcept {
    if (o >= out_size_) return in_size_;
    if (o == 0) {
      // Only deletions at the very start could sit here; they belong to byte 0.
      return 0;
    }
    const Edit* e = last_edit_starting_at_or_before(o);
    if (e && e->out_begin == o && e->out_end == o) return e->in_end;  // deletion at o
    e = last_edit_starting_before(o);
    if (!e) return o;
    if (o <= e->out_end) return e->in_end;
    return o - e->out_end + e->in_end;
  }

  // The source bytes that produced exactly these output bytes: like map(),
  // but deletions next to the range are left out (used to report a change).
  Span map_tight(Span out) const noexcept {
    std::size_t b, e;
    const Edit* at = last_edit_starting_at_or_before(out.begin);
    if (!at) b = out.begin;
    else if (at->out_begin == out.begin && at->out_end == out.begin) b = at->in_end;  // skip a deletion
    else if (out.begin < at->out_end) b = at->in_begin;
    else b = out.begin - at->out_end + at->in_end;
    const Edit* before = last_edit_starting_before(out.end);
    if (!before) e = out.end;
    else if (out.end <= before->out_end) e = before->in_end;
    else e = out.end - before->out_end + before->in_end;
    if (out.begin == out.end) e = b;
    return {b, std::max(b, e)};
  }

  Span map(Span out) const noexcept {
    std::size_t b = map_begin(out.begin);
    std::size_t e = map_end(out.end);
    if (out.begin == out.end) e = b;
    return {b, std::max(b, e)};
  }

 private:
  friend class OffsetMapBuilder;

  const Edit* last_edit_starting_at_or_before(std::size_t o) const noexcept {
    auto it = std::upper_bound(edits_.begin(), edits_.end(), o,
                               [](std::size_t v, const Edit& e) { return v < e.out_begin; });
    return it == edits_.begin() ? nullptr : &*(it - 1);
  }
  const Edit* last_edit_starting_before(std::size_t o) const noexcept {
    auto it = std::lower_bound(edits_.begin(), edits_.end(), o,
                               [](const Edit& e, std::size_t v) { return e.out_begin < v; });
    return it == edits_.begin() ? nullptr : &*(it - 1);
  }

  std::vector<Edit> edits_;
  std::size_t in_size_ = 0;
  std::size_t out_size_ = 0;
};

// Builds a map while a transformation walks its input left to right.
class OffsetMapBuilder {
 public:
  // `n` bytes copied unchanged.
  void copy(std::size_t n) noexcept {
    in_ += n;
    out_ += n;
  }
  // `in_len` source bytes became `out_len` output bytes.
  void replace(std::size_t in_len, std::size_t out_len) {
    if (in_len == 0 && out_len == 0) return;
    auto& v = map_.edits_;
    // Merge with a touching edit when either side is empty, so that no two
    // edits share a start (deletions and insertions glue to their neighbour).
    if (!v.empty() && v.back().out_end == out_ && v.back().in_end == in_ &&
        (in_len == 0 || out_len == 0 || v.back().in_begin == v.back().in_end ||
         v.back().out_begin == v.back().out_end)) {
      v.back().out_end += out_len;
      v.back().in_end += in_len;
    } else {
      v.push_back(Edit{out_, out_ + out_len, in_, in_ + in_len});
    }
    in_ += in_len;
    out_ += out_len;
  }
  std::size_t source_pos() const noexcept { return in_; }
  std::size_t output_pos() const noexcept { return out_; }
  // Room for this many edits in all: a map built in one go grows without
  // copying (fresh pages the kernel charges for).
  void reserve(std::size_t edits) { map_.edits_.reserve(edits); }
  // The edits so far (text/clean.hpp composes a stage's map from them
  // without making an OffsetMap first).
  const std::vector<Edit>& edits() const noexcept { return map_.edits_; }

  OffsetMap finish() {
    map_.in_size_ = in_;
    map_.out_size_ = out_;
    return std::move(map_);
  }

 private:
  OffsetMap map_;
  std::size_t in_ = 0, out_ = 0;
};

// Chains two stages given by their edits: `fe` maps mid -> source (source
// size `first_in_size`), `se` maps output -> mid (output size
// `second_out_size`). The result maps output -> source. Edits of either map
// that overlap in mid coordinates (or touch an empty one) merge into one
// edit, so none is cut. (Stages that are still building their edits, as in
// text/clean.hpp, compose without making an OffsetMap first.)
inline OffsetMap compose_edits(const std::vector<Edit>& fe, std::size_t first_in_size,
                               const std::vector<Edit>& se, std::size_t second_out_size) {
  // Identity-zone translation after the last edit owned so far (nullptr: none).
  auto to_source = [](std::size_t mid, const Edit* last) {
    return last ? mid - last->out_end + last->in_end : mid;
  };
  auto to_output = [](std::size_t mid, const Edit* last) {
    return last ? mid - last->in_end + last->out_end : mid;
  };
  OffsetMapBuilder builder;
  const Edit* first_owned = nullptr;   // last edit of `first` already emitted
  const Edit* second_owned = nullptr;  // last edit of `second` already emitted
  std::size_t i = 0, j = 0;
  while (i < fe.size() || j < se.size()) {
    const Edit* f_before = first_owned;
    const Edit* s_before = second_owned;
    // Seed the interval with the edit that starts first in mid coordinates.
    std::size_t b, e;
    if (j == se.size() || (i < fe.size() && fe[i].out_begin <= se[j].in_begin)) {
      b = fe[i].out_begin, e = fe[i].out_end, first_owned = &fe[i++];
    } else {
      b = se[j].in_begin, e = se[j].in_end, second_owned = &se[j++];
    }
    // Absorb edits overlapping [b,e), or touching it when one side is empty.
    auto absorbs = [&](std::size_t start, std::size_t end) {
      return start < e || (start == e && (start == end || b == e));
    };
    for (bool grew = true; grew;) {
      grew = false;
      for (; i < fe.size() && absorbs(fe[i].out_begin, fe[i].out_end); grew = true) {
        e = std::max(e, fe[i].out_end);
        first_owned = &fe[i++];
      }
      for (; j < se.size() && absorbs(se[j].in_begin, se[j].in_end); grew = true) {
        e = std::max(e, se[j].in_end);
        second_owned = &se[j++];
      }
    }
    std::size_t o0 = to_output(b, s_before), o1 = to_output(e, second_owned);
    std::size_t s0 = to_source(b, f_before), s1 = to_source(e, first_owned);
    GEUL_ASSERT(o0 - builder.output_pos() == s0 - builder.source_pos());
    builder.copy(o0 - builder.output_pos());
    builder.replace(s1 - s0, o1 - o0);
  }
  std::size_t tail = second_out_size - builder.output_pos();
  GEUL_ASSERT(tail == first_in_size - builder.source_pos());
  (void)first_in_size;
  builder.copy(tail);
  return builder.finish();
}

// Chains two stages: `first` maps mid -> source, `second` maps output -> mid.
// The result maps output -> source (see compose_edits).
inline OffsetMap compose(const OffsetMap& first, const OffsetMap& second) {
  GEUL_ASSERT(first.output_size() == second.source_size());
  return compose_edits(first.edits(), first.source_size(), second.edits(), second.output_size());
}

}  // namespace geul

#endif  // GEUL_TEXT_OFFSETS_HPP
