#!/usr/bin/env python3
"""Generates include/geul/unicode/cp949_tables.hpp: the CP949 / EUC-KR tables.

Usage: tools/gen_cp949_tables.py [--output FILE]

The authority is Python's own `cp949` codec (the Unified Hangul Code, which
glibc's iconv CP949 matches code for code; tests/test_encoding.cpp checks that
differential on every two-byte code). Python 3 standard library only; the
output is a pure function of the codec and of the syllable list below.

Layout (geul/unicode/encoding.hpp depends on it):
  * `cp949_ks_hangul[2350]`: the KS X 1001 Hangul syllables, rows B0..C8
    (trail bytes A1..FE), as code points. They are in code point order.
  * `cp949_ks_other[64 * 94]`: every other KS X 1001 row the codec maps:
    symbols, rows A1..AC (slots 0..11), and Hanja, rows CA..FD (slots
    12..63); 0 = unmapped. Rows AD..AF, C9 and FE have no mapping.
  * The 8,822 Unified Hangul Code extension syllables (leads 81..C6, trails
    41..5A, 61..7A, 81..FE below the KS X 1001 square) are *not* stored: in
    code order they are exactly the syllables U+AC00..U+D7A3 missing from
    `cp949_ks_hangul`, in code point order, so the n-th one is found with a
    binary search over that table (the generator asserts this).
  * `hangul_syllable_tier[11172 / 4]`: two bits per syllable for encoding
    detection: 0 = not in KS X 1001, 1 = KS X 1001, 2 = KS X 1001 and one of
    the frequent syllables listed below (written by the team for common news
    words, particles and endings; not derived from any corpus).
"""

import argparse
import os
import sys

S_BASE, S_COUNT = 0xAC00, 11172

# Frequent syllables of Korean news text: particles, verb endings and the
# syllables of common news words, written down by the team.
FREQUENT = """
이 다 의 는 에 하 고 을 가 기 지 서 로 한 대 사 정 자 일 도 으 인 수 리 시 부 국 있 니 해 어 전 제 아 를 들
주 장 상 원 나 보 계 적 여 거 라 스 소 연 구 성 면 위 마 게 동 은 공 관 세 경 요 과 생 것 중 화 내 무 조 행
없 문 실 그 학 만 했 되 신 비 개 데 우 발 회 물 분 미 유 선 안 방 모 교 후 와 체 통 저 치 당 결 업 목 명 바
영 민 진 금 오 및 재 심 간 산 법 단 말 용 현 최 작 노 까 번 때 운 입 음 차 식 출 날 래 강 건 본 청 반 표 양
알 파 권 김 박 역 월 년 억 천 등 약 측 밝 혔 었 습 합 됐 며 련 따 르 함 께 올 난 매 증 감 망 책 확 추 논 협
육 병 환 료 씨 온 태 풍 외 야 찬 터 뷰 석 배 복 예 격 술 능 플 랫 폼 직 판 검 찰 혐 피 점 너 할 될 된 던 많
같 받 져 줄 갈 달 러 백 십 첫 두 네 섯 덟 홉 열 님 앞 뒤 속 밖 곳 또 더 잘 못 각 새 큰 높 낮 좋 크 빠 늦 았
였 겠 죠 처 럼 랑 런 렇 씀 각 람 희 러 른 로 운 번 근 특 히 직 계 속 률 승 락 투 앙 울 건 설 획 익 망 의 송
대 령 씨 울 길 홍 손 윤 황 안 송 류 전 홍 고 문 양 손 배 조 백 허 유 남 심 노 하 곽 성 차 주 우 구 민 진 나
지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 라 왕 금 옥 육 인 맹 제 모 탁
국 어 은 편 용 예 경 봉 사 부 가 복 태 목 형 피 두 감 음 빈 동 온 호 범 좌 팽 승 간 상 갈 서 시 단 견 당
미 워 왜 뭐 얼 데 든 듯 뿐 거 껏 쯤 씩 째 듯 만 간 중 측 쪽 편 층 항 양 점 률 량 액 비 가 금 료 세 권 증
"""


def frequent_syllables():
    out = set()
    for ch in FREQUENT.split():
        assert len(ch) == 1 and S_BASE <= ord(ch) < S_BASE + S_COUNT, ch
        out.add(ord(ch))
    return out


def decode_pair(lead, trail):
    try:
        s = bytes([lead, trail]).decode("cp949")
    except UnicodeDecodeError:
        return None
    assert len(s) == 1, (lead, trail, s)
    return ord(s)


def extension_codes():
    """The Unified Hangul Code extension region, in code order."""
    for lead in range(0x81, 0xC7):
        for trail in list(range(0x41, 0x5B)) + list(range(0x61, 0x7B)) + list(range(0x81, 0xFF)):
            if lead >= 0xA1 and trail >= 0xA1:
                continue  # the KS X 1001 square
            yield lead, trail


def build():
    ks_hangul = [decode_pair(l, t) for l in range(0xB0, 0xC9) for t in range(0xA1, 0xFF)]
    assert len(ks_hangul) == 2350 and all(c is not None for c in ks_hangul)
    assert ks_hangul == sorted(ks_hangul)

    other_rows = list(range(0xA1, 0xAD)) + list(range(0xCA, 0xFE))
    assert len(other_rows) == 64
    ks_other = []
    for l in other_rows:
        for t in range(0xA1, 0xFF):
            c = decode_pair(l, t)
            assert c is None or 0 < c <= 0xFFFF
            ks_other.append(c or 0)
    # Nothing mapped outside the rows stored above.
    for l in list(range(0xAD, 0xB0)) + [0xC9, 0xFE]:
        for t in range(0xA1, 0xFF):
            assert decode_pair(l, t) is None, (l, t)

    # The extension: every mapped code, and exactly the missing syllables in order.
    ext = []
    for l, t in extension_codes():
        c = decode_pair(l, t)
        if c is not None:
            ext.append(c)
    ks_set = set(ks_hangul)
    missing = [c for c in range(S_BASE, S_BASE + S_COUNT) if c not in ks_set]
    assert ext == missing and len(ext) == 8822, len(ext)
    # ... and nothing else in the whole two-byte space decodes.
    mapped_ks_other = sum(1 for c in ks_other if c)
    total = sum(1 for l in range(0x81, 0xFF) for t in range(0x00, 0x100) if decode_pair(l, t) is not None)
    assert total == 2350 + mapped_ks_other + 8822, total
    # Single bytes: ASCII only.
    for b in range(0x80, 0x100):
        try:
            bytes([b]).decode("cp949")
            raise AssertionError(b)
        except UnicodeDecodeError:
            pass

    freq = frequent_syllables()
    assert freq <= ks_set, sorted(chr(c) for c in freq - ks_set)
    tiers = []
    for c in range(S_BASE, S_BASE + S_COUNT):
        tiers.append(2 if c in freq else 1 if c in ks_set else 0)
    packed = []
    for i in range(0, len(tiers), 4):
        v = 0
        for k, t in enumerate(tiers[i:i + 4]):
            v |= t << (2 * k)
        packed.append(v)
    return ks_hangul, ks_other, packed, mapped_ks_other, len(freq)


def emit_array(out, ctype, name, values, per_line, fmt):
    out.append(f"inline constexpr {ctype} {name}[{len(values)}] = {{")
    for i in range(0, len(values), per_line):
        out.append("    " + ",".join(fmt(v) for v in values[i:i + per_line]) + ",")
    out.append("};")


def render():
    ks_hangul, ks_other, packed, mapped_other, nfreq = build()
    size = 2 * len(ks_hangul) + 2 * len(ks_other) + len(packed)
    out = []
    out.append("// GENERATED by tools/gen_cp949_tables.py from Python's cp949 codec. Do not edit.")
    out.append("// The layout is described in that script; geul/unicode/encoding.hpp reads it.")
    out.append(f"// {size} bytes of tables: {len(ks_hangul)} KS X 1001 syllables, {mapped_other} other KS X 1001")
    out.append(f"// codes (symbols, Hanja) in {len(ks_other)} slots, and a 2-bit tier per syllable")
    out.append(f"// ({nfreq} frequent). The 8,822 extension syllables are computed, not stored.")
    out.append("#ifndef GEUL_UNICODE_CP949_TABLES_HPP")
    out.append("#define GEUL_UNICODE_CP949_TABLES_HPP")
    out.append("")
    out.append("#include <cstddef>")
    out.append("#include <cstdint>")
    out.append("")
    out.append("namespace geul {")
    out.append("namespace detail {")
    out.append("")
    out.append(f"inline constexpr std::size_t cp949_tables_bytes = {size};")
    out.append("")
    emit_array(out, "std::uint16_t", "cp949_ks_hangul", ks_hangul, 12, lambda v: f"0x{v:04X}")
    out.append("")
    out.append("// Rows A1..AC then CA..FD, 94 trail bytes (A1..FE) each; 0 = unmapped.")
    emit_array(out, "std::uint16_t", "cp949_ks_other", ks_other, 12, lambda v: f"0x{v:04X}")
    out.append("")
    out.append("// Two bits per syllable U+AC00 + i, low bits first: 0 extension, 1 KS X 1001, 2 frequent.")
    emit_array(out, "std::uint8_t", "hangul_syllable_tier", packed, 16, lambda v: f"0x{v:02X}")
    out.append("")
    out.append("}  // namespace detail")
    out.append("}  // namespace geul")
    out.append("")
    out.append("#endif  // GEUL_UNICODE_CP949_TABLES_HPP")
    return "\n".join(out) + "\n"


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default = os.path.join(here, "..", "include", "geul", "unicode", "cp949_tables.hpp")
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--output", default=default)
    args = ap.parse_args()
    text = render()
    with open(args.output, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
