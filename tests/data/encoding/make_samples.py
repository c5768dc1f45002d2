#!/usr/bin/env python3
"""Writes the CLI test inputs of this directory: the team's short texts in
UTF-8 (the reference) and in CP949, EUC-KR and UTF-16. Run it from anywhere;
the outputs are committed (tests/cli/run.cmake reads them).

  article.utf8.txt     a short news article, UTF-8
  article.cp949.txt    the same in CP949 (a shop name uses 똠, outside EUC-KR)
  notice.utf8.txt      a short notice, UTF-8
  notice.euc-kr.txt    the same in EUC-KR
  notice.utf16le.txt   the same in UTF-16LE with a BOM
  notice.utf16be.txt   the same in UTF-16BE without a BOM
  headline.cp949.txt   a three-word headline in CP949 (14 bytes)
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))

ARTICLE = """골목 상권 살리기 나선 구청…\"빈 점포 절반 줄인다\"

(서울=가상뉴스) 이하늘 기자 = 서울의 한 구청이 오래된 골목 상권의 빈 점포를 줄이기 위해 임대료 지원에 나선다.

구청은 2일 이런 내용의 '골목 활력 계획'을 발표했다. 계획에 따르면 청년 창업자가 빈 점포에 입점하면 첫해 임대료의 절반을 지원한다.

20년째 분식집 '똠방각하'를 운영하는 한 상인은 \"손님이 다시 늘었으면 좋겠다\"고 말했다.

이하늘 기자 haneul@example.com
"""

NOTICE = """[알림] 도서관 휴관 안내

시설 점검으로 5월 20일(월)부터 22일(수)까지 휴관합니다.
반납은 무인 반납함을 이용해 주십시오. 문의: 02-123-4567
"""

HEADLINE = "속보 국회 통과\n"


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def main():
    write("article.utf8.txt", ARTICLE.encode("utf-8"))
    write("article.cp949.txt", ARTICLE.encode("cp949"))
    write("notice.utf8.txt", NOTICE.encode("utf-8"))
    write("notice.euc-kr.txt", NOTICE.encode("cp949"))  # only KS X 1001 characters: EUC-KR bytes
    NOTICE.encode("cp949").decode("euc_kr")  # (check: strict EUC-KR reads it)
    write("notice.utf16le.txt", b"\xff\xfe" + NOTICE.encode("utf-16-le"))
    write("notice.utf16be.txt", NOTICE.encode("utf-16-be"))
    write("headline.cp949.txt", HEADLINE.encode("cp949"))


if __name__ == "__main__":
    main()
