#!/usr/bin/env python3
"""Generates include/geul/unicode/tables.hpp: the Unicode normalization tables.

Usage: tools/gen_unicode_tables.py [--output FILE] [--ucd DIR]

Reads Debian's `unicode-data` files (UnicodeData.txt, DerivedNormalizationProps.txt)
and writes compact constexpr tables for geul/unicode/normalize.hpp. Python 3
standard library only; the output is a pure function of the input files.

Layout (the C++ side in normalize.hpp depends on it):
  * A three-stage trie maps a code point below `norm_trie_limit` to a 16-bit
    offset into `norm_extra` (0 = inert: ccc 0, no mapping, no composition, a
    boundary for every form). Hangul syllables are left inert: the C++ code
    handles them algorithmically before any lookup.
  * `norm_extra` (uint16 units) holds one entry per distinct property set:
      unit 0..1: a 32-bit header, low unit first
         bits  0-7   canonical combining class
         bits  8-9   NFC_QC  (0 yes, 1 maybe, 2 no)
         bits 10-11  NFKC_QC
         bits 12-15  boundary before the character for NFC, NFKC, NFD, NFKD
                     (its decomposition starts with a starter that, for the
                     composed forms, never combines with a preceding character)
         bits 16-19  canonical decomposition length in UTF-16 units (0 = none)
         bits 20-24  compatibility decomposition length in UTF-16 units, only
                     when it differs from the canonical one (0 = same)
         bit  25     first character of a canonical composition pair
         bits 26-31  1-based index of the character as a pair's second (0 = none)
      then the full (recursive) canonical decomposition, the full compatibility
      decomposition, both as UTF-16; then, for a pair's first, its index into
      `comp_first_begin`.
  * `comp_pairs[comp_first_begin[i] .. comp_first_begin[i+1])`: the pairs of
    first #i as `composite | second_index << 21`, excluding
    Full_Composition_Exclusion (Hangul L+V and LV+T are algorithmic).
"""

import argparse
import os
import sys

HANGUL_S_BASE, HANGUL_S_COUNT = 0xAC00, 11172
HANGUL_L_BASE, HANGUL_V_BASE, HANGUL_T_BASE = 0x1100, 0x1161, 0x11A7
HANGUL_V_COUNT, HANGUL_T_COUNT = 21, 28
HANGUL_N_COUNT = HANGUL_V_COUNT * HANGUL_T_COUNT

QC_VALUE = {"Y": 0, "M": 1, "N": 2}


def is_hangul_syllable(cp):
    return HANGUL_S_BASE <= cp < HANGUL_S_BASE + HANGUL_S_COUNT


def read_version(path):
    with open(path, encoding="utf-8") as f:
        first = f.readline().strip()
    # "# DerivedNormalizationProps-15.0.0.txt"
    name = first.lstrip("# ").rsplit(".txt", 1)[0]
    return name.rsplit("-", 1)[1]


def parse_unicode_data(path):
    ccc, mapping = {}, {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split(";")
            if len(fields) < 6:
                continue
            cp = int(fields[0], 16)
            if int(fields[3]):
                ccc[cp] = int(fields[3])
            if fields[5]:
                parts = fields[5].split()
                compat = parts[0].startswith("<")
                if compat:
                    parts = parts[1:]
                mapping[cp] = (compat, [int(x, 16) for x in parts])
    return ccc, mapping


def parse_properties(path):
    """Returns {property: {cp: value}} for a UCD property file."""
    props = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            fields = [x.strip() for x in line.split(";")]
            bounds = fields[0].split("..")
            lo, hi = int(bounds[0], 16), int(bounds[-1], 16)
            value = fields[2] if len(fields) > 2 else True
            table = props.setdefault(fields[1], {})
            for cp in range(lo, hi + 1):
                table[cp] = value
    return props


def utf16(cps):
    units = []
    for cp in cps:
        if cp >= 0x10000:
            cp -= 0x10000
            units += [0xD800 | (cp >> 10), 0xDC00 | (cp & 0x3FF)]
        else:
            units.append(cp)
    return units


def build(ucd):
    version = read_version(os.path.join(ucd, "DerivedNormalizationProps.txt"))
    ccc, mapping = parse_unicode_data(os.path.join(ucd, "UnicodeData.txt"))
    props = parse_properties(os.path.join(ucd, "DerivedNormalizationProps.txt"))
    full_exclusion = props["Full_Composition_Exclusion"]
    nfc_qc, nfkc_qc = props["NFC_QC"], props["NFKC_QC"]

    def full_decomposition(cp, compat):
        if is_hangul_syllable(cp):
            s = cp - HANGUL_S_BASE
            out = [HANGUL_L_BASE + s // HANGUL_N_COUNT,
                   HANGUL_V_BASE + (s % HANGUL_N_COUNT) // HANGUL_T_COUNT]
            if s % HANGUL_T_COUNT:
                out.append(HANGUL_T_BASE + s % HANGUL_T_COUNT)
            return out
        if cp in mapping and (compat or not mapping[cp][0]):
            out = []
            for x in mapping[cp][1]:
                out += full_decomposition(x, compat)
            return out
        return [cp]

    # Canonical composition pairs (primary composites).
    pairs = {}
    for cp in sorted(mapping):
        compat, d = mapping[cp]
        if not compat and len(d) == 2 and cp not in full_exclusion:
            pairs[(d[0], d[1])] = cp
    firsts = sorted({a for a, _ in pairs})
    seconds = sorted({b for _, b in pairs})
    first_index = {cp: i for i, cp in enumerate(firsts)}
    second_index = {cp: i + 1 for i, cp in enumerate(seconds)}
    assert len(seconds) <= 63, "second index needs more than 6 bits"
    assert all(ccc.get(c, 0) == 0 for c in firsts), "a pair's first is a non-starter"
    assert all(ccc.get(c, 0) == 0 for c in pairs.values()), "a composite is a non-starter"
    assert max(pairs.values()) < (1 << 21)

    hangul_v = set(range(HANGUL_V_BASE, HANGUL_V_BASE + HANGUL_V_COUNT))
    hangul_t = set(range(HANGUL_T_BASE + 1, HANGUL_T_BASE + HANGUL_T_COUNT))
    combines_backward = set(seconds) | hangul_v | hangul_t
    # NFC_QC=Maybe is exactly "can combine with a preceding starter".
    assert combines_backward == {c for c, v in nfc_qc.items() if v == "M"}
    assert combines_backward == {c for c, v in nfkc_qc.items() if v == "M"}

    # The C++ side derives NFD_QC / NFKD_QC from "has a decomposition".
    nfd_no = {c for c, v in props["NFD_QC"].items() if v == "N"}
    nfkd_no = {c for c, v in props["NFKD_QC"].items() if v == "N"}
    hangul = set(range(HANGUL_S_BASE, HANGUL_S_BASE + HANGUL_S_COUNT))
    assert nfd_no == {c for c, (compat, _) in mapping.items() if not compat} | hangul
    assert nfkd_no == set(mapping) | hangul

    def boundary_before(cp, compat, compose):
        first = full_decomposition(cp, compat)[0]
        return ccc.get(first, 0) == 0 and not (compose and first in combines_backward)

    interesting = set(ccc) | set(mapping) | set(firsts) | combines_backward
    interesting |= set(nfc_qc) | set(nfkc_qc)
    interesting = sorted(c for c in interesting if not is_hangul_syllable(c))

    # Entry 0: inert.
    inert = [0xF000, 0]
    extra = list(inert)
    entry_offset = {tuple(inert): 0}
    value = {}
    max_canon_units = max_compat_units = 0
    for cp in interesting:
        canon = full_decomposition(cp, False)
        compat = full_decomposition(cp, True)
        canon_units = utf16(canon) if canon != [cp] else []
        compat_units = utf16(compat) if compat != canon else []
        assert len(canon_units) < 16 and len(compat_units) < 32
        max_canon_units = max(max_canon_units, len(canon_units))
        max_compat_units = max(max_compat_units, len(compat_units))
        header = ccc.get(cp, 0)
        header |= QC_VALUE[nfc_qc.get(cp, "Y")] << 8
        header |= QC_VALUE[nfkc_qc.get(cp, "Y")] << 10
        header |= boundary_before(cp, False, True) << 12
        header |= boundary_before(cp, True, True) << 13
        header |= boundary_before(cp, False, False) << 14
        header |= boundary_before(cp, True, False) << 15
        header |= len(canon_units) << 16
        header |= len(compat_units) << 20
        header |= (cp in first_index) << 25
        header |= second_index.get(cp, 0) << 26
        units = [header & 0xFFFF, header >> 16] + canon_units + compat_units
        if cp in first_index:
            units.append(first_index[cp])
        key = tuple(units)
        if key not in entry_offset:
            entry_offset[key] = len(extra)
            extra += units
        value[cp] = entry_offset[key]
    assert len(extra) < 0x10000

    comp_first_begin, comp_pairs = [], []
    for f in firsts:
        comp_first_begin.append(len(comp_pairs))
        for (a, b), c in sorted(pairs.items(), key=lambda kv: kv[0][1]):
            if a == f:
                comp_pairs.append(c | second_index[b] << 21)
    comp_first_begin.append(len(comp_pairs))

    # The longest full decomposition in code points (for fixed-size buffers).
    max_decomposition = max(len(full_decomposition(c, True)) for c in mapping)

    limit = ((max(value) >> 12) + 1) << 12
    trie = choose_trie(value, limit)

    return {
        "version": version,
        "extra": extra,
        "comp_first_begin": comp_first_begin,
        "comp_pairs": comp_pairs,
        "trie": trie,
        "limit": limit,
        "max_decomposition": max_decomposition,
        "entries": len(entry_offset),
        "pairs": len(pairs),
        "max_canon_units": max_canon_units,
        "max_compat_units": max_compat_units,
    }


def width_of(values):
    m = max(values) if values else 0
    return 1 if m < 0x100 else 2 if m < 0x10000 else 4


def make_trie(value, limit, shift3, shift2):
    """Three stages: cp >> (shift3+shift2) -> stage1 -> stage2 block -> stage3 block."""
    blocks3, stage2_full = {}, []
    data3 = []
    for b in range(limit >> shift3):
        blk = tuple(value.get((b << shift3) + i, 0) for i in range(1 << shift3))
        if blk not in blocks3:
            blocks3[blk] = len(blocks3)
            data3 += blk
        stage2_full.append(blocks3[blk])
    blocks2, stage1, data2 = {}, [], []
    step = 1 << shift2
    for i in range(0, len(stage2_full), step):
        blk = tuple(stage2_full[i:i + step])
        if blk not in blocks2:
            blocks2[blk] = len(blocks2)
            data2 += blk
        stage1.append(blocks2[blk])
    size = len(stage1) * width_of(stage1) + len(data2) * width_of(data2) + len(data3) * 2
    return {"shift3": shift3, "shift2": shift2, "stage1": stage1, "stage2": data2,
            "stage3": data3, "bytes": size}


def choose_trie(value, limit):
    best = None
    for shift3 in range(3, 8):
        for shift2 in range(2, 8):
            t = make_trie(value, limit, shift3, shift2)
            if best is None or t["bytes"] < best["bytes"]:  # first smallest wins: deterministic
                best = t
    return best


CTYPE = {1: "std::uint8_t", 2: "std::uint16_t", 4: "std::uint32_t"}


def emit_array(out, name, values, width=None, per_line=None):
    width = width or width_of(values)
    digits = {1: 2, 2: 4, 4: 6}[width]
    per_line = per_line or {1: 20, 2: 14, 4: 10}[width]
    out.append(f"inline constexpr {CTYPE[width]} {name}[{len(values)}] = {{")
    for i in range(0, len(values), per_line):
        chunk = values[i:i + per_line]
        out.append("    " + ",".join(f"0x{v:0{digits}X}" for v in chunk) + ",")
    out.append("};")
    return len(values) * width


def render(t, script_name):
    trie = t["trie"]
    out = []
    out.append("// GENERATED FILE: do not edit.")
    out.append(f"// Generated by {script_name} from the Unicode Character Database {t['version']}")
    out.append("// (Debian unicode-data: UnicodeData.txt, DerivedNormalizationProps.txt).")
    out.append("// Layout: see the script's docstring; used by geul/unicode/normalize.hpp.")
    out.append("#ifndef GEUL_UNICODE_TABLES_HPP")
    out.append("#define GEUL_UNICODE_TABLES_HPP")
    out.append("")
    out.append("#include <cstddef>")
    out.append("#include <cstdint>")
    out.append("")
    out.append("namespace geul {")
    out.append("namespace detail {")
    out.append("")
    out.append(f'inline constexpr const char* unicode_version = "{t["version"]}";')
    out.append(f"inline constexpr char32_t norm_trie_limit = 0x{t['limit']:X};  // inert at and above")
    out.append(f"inline constexpr unsigned norm_trie_shift3 = {trie['shift3']};")
    out.append(f"inline constexpr unsigned norm_trie_shift2 = {trie['shift2']};")
    out.append(f"inline constexpr std::size_t max_decomposition_length = {t['max_decomposition']};")
    out.append(f"// {t['entries']} distinct property entries, {t['pairs']} composition pairs.")
    out.append("")
    total = 0
    total += emit_array(out, "norm_trie_stage1", trie["stage1"])
    total += emit_array(out, "norm_trie_stage2", trie["stage2"])
    total += emit_array(out, "norm_trie_stage3", trie["stage3"], width=2)
    total += emit_array(out, "norm_extra", t["extra"], width=2)
    total += emit_array(out, "comp_first_begin", t["comp_first_begin"], width=2)
    total += emit_array(out, "comp_pairs", t["comp_pairs"], width=4)
    out.append("")
    out.append(f"inline constexpr std::size_t normalization_table_bytes = {total};")
    out.append("")
    out.append("}  // namespace detail")
    out.append("}  // namespace geul")
    out.append("")
    out.append("#endif  // GEUL_UNICODE_TABLES_HPP")
    return "\n".join(out) + "\n", total


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--output", default=os.path.join(here, "..", "include", "geul", "unicode", "tables.hpp"))
    ap.add_argument("--ucd", default="/usr/share/unicode")
    args = ap.parse_args()
    tables = build(args.ucd)
    text, total = render(tables, "tools/gen_unicode_tables.py")
    with open(args.output, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    trie = tables["trie"]
    print(f"gen_unicode_tables: UCD {tables['version']}: {total} table bytes "
          f"(trie {trie['bytes']} with shifts {trie['shift3']}/{trie['shift2']}, "
          f"extra {len(tables['extra']) * 2}, pairs {len(tables['comp_pairs']) * 4 + len(tables['comp_first_begin']) * 2}; "
          f"{tables['entries']} entries) -> {args.output}", file=sys.stderr)


if __name__ == "__main__":
    main()
