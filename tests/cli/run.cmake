# CLI golden tests: each case runs the geul binary and checks exit status,
# stdout (against a .expected file) and stderr (against a regular expression).
# Expected files were produced from the team's inputs by Python's unicodedata
# (an independent implementation) and reviewed by hand.
file(MAKE_DIRECTORY ${WORK})
set(failures 0)

function(geul_case name)
  cmake_parse_arguments(C "" "RC;STDIN;EXPECT;STDERR" "ARGS" ${ARGN})
  set(extra "")
  if(C_STDIN)
    set(extra INPUT_FILE ${DIR}/${C_STDIN})
  endif()
  execute_process(COMMAND ${GEUL} ${C_ARGS} ${extra}
    RESULT_VARIABLE rc OUTPUT_FILE ${WORK}/${name}.out ERROR_VARIABLE err)
  set(ok TRUE)
  if(NOT rc EQUAL C_RC)
    message(SEND_ERROR "${name}: exit status ${rc}, expected ${C_RC} (stderr: ${err})")
    set(ok FALSE)
  endif()
  if(C_EXPECT)
    execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${WORK}/${name}.out ${DIR}/${C_EXPECT} RESULT_VARIABLE diff)
    if(NOT diff EQUAL 0)
      message(SEND_ERROR "${name}: stdout differs from ${C_EXPECT} (see ${WORK}/${name}.out)")
      set(ok FALSE)
    endif()
  endif()
  if(C_STDERR AND NOT err MATCHES "${C_STDERR}")
    message(SEND_ERROR "${name}: stderr '${err}' does not match '${C_STDERR}'")
    set(ok FALSE)
  endif()
  if(ok)
    message(STATUS "ok   ${name}")
  endif()
endfunction()

geul_case(version RC 0 ARGS --version)
file(READ ${WORK}/version.out version_out)
if(NOT version_out MATCHES "^geul [0-9]+\\.[0-9]+\\.[0-9]+\n$")
  message(SEND_ERROR "version: unexpected output '${version_out}'")
endif()
geul_case(help RC 0 ARGS --help)
geul_case(no_command RC 2 ARGS STDERR "usage: geul")
geul_case(unknown_command RC 2 ARGS frobnicate STDERR "unknown command 'frobnicate'")

# summarize: pre-split lines (bylines, e-mails and captions never chosen), usage errors.
geul_case(summarize_sentences_json RC 0 ARGS summarize --sentences --json -k 3 --title "세수 12조원 부족" ${DIR}/summarize-lines.txt EXPECT summarize-lines.expected.json)
geul_case(summarize_bad_k RC 2 ARGS summarize -k x STDERR "-k needs a whole number, got 'x'")
geul_case(summarize_zero_k RC 2 ARGS summarize -k 0 STDERR "-k 0 needs a --chars budget")
geul_case(summarize_title_alone RC 2 ARGS summarize --title x STDERR "--title goes with --sentences")

geul_case(normalize_default_nfc RC 0 ARGS normalize ${DIR}/normalize-input.txt EXPECT normalize-nfc.expected
  STDERR "byte 193: invalid UTF-8.*converted 2 CR or CRLF")
geul_case(normalize_nfd RC 0 ARGS normalize --form nfd ${DIR}/normalize-input.txt EXPECT normalize-nfd.expected)
geul_case(normalize_nfkc RC 0 ARGS normalize --form=nfkc ${DIR}/normalize-input.txt EXPECT normalize-nfkc.expected)
geul_case(normalize_nfkd RC 0 ARGS normalize --form NFKD ${DIR}/normalize-input.txt EXPECT normalize-nfkd.expected)
geul_case(normalize_stdin RC 0 ARGS normalize - STDIN normalize-input.txt EXPECT normalize-nfc.expected)
geul_case(normalize_stdin_implicit RC 0 ARGS normalize STDIN normalize-input.txt EXPECT normalize-nfc.expected)
geul_case(normalize_bad_form RC 2 ARGS normalize --form nfx ${DIR}/normalize-input.txt STDERR "unknown form 'nfx'")
geul_case(normalize_missing_file RC 1 ARGS normalize ${DIR}/no-such-file.txt STDERR "cannot open .*no-such-file.txt")
geul_case(normalize_unknown_option RC 2 ARGS normalize --fast STDERR "unknown option '--fast'")
geul_case(normalize_form_without_value RC 2 ARGS normalize --form STDERR "needs a value")
geul_case(normalize_two_files RC 2 ARGS normalize a b STDERR "at most one input file")

# The news profile (issue 3): every rule on; strict keeps punctuation, width and Hanja.
geul_case(normalize_profile_news RC 0 ARGS normalize --profile news ${DIR}/news-input.txt EXPECT news-profile.expected)
geul_case(normalize_profile_strict RC 0 ARGS normalize --profile strict ${DIR}/news-input.txt EXPECT news-strict.expected)
geul_case(normalize_changes RC 0 ARGS normalize --profile news --changes ${DIR}/news-input.txt EXPECT news-changes.expected.json)
geul_case(normalize_form_and_profile RC 2 ARGS normalize --form nfc --profile news ${DIR}/news-input.txt STDERR "cannot be combined")
geul_case(normalize_bad_profile RC 2 ARGS normalize --profile tabloid ${DIR}/news-input.txt STDERR "unknown profile 'tabloid'")

# Sentence splitting (issue 4): quote continuation, a decimal, a no-space boundary, an unpunctuated end.
geul_case(split_text RC 0 ARGS split ${DIR}/split-input.txt EXPECT split.expected)
geul_case(split_json RC 0 ARGS split --json ${DIR}/split-input.txt EXPECT split-json.expected)
geul_case(split_stdin RC 0 ARGS split STDIN split-input.txt EXPECT split.expected)

# The Hangul toolkit (issue 3): one case per family of operations.
function(geul_hangul_case name expected)
  geul_case(hangul_${name} RC 0 ARGS hangul ${ARGN})
  file(READ ${WORK}/hangul_${name}.out got)
  string(STRIP "${got}" got)
  if(NOT got STREQUAL expected)
    message(SEND_ERROR "hangul_${name}: got '${got}', expected '${expected}'")
  endif()
endfunction()
geul_hangul_case(disassemble "ㅇㅏㄴㄴㅕㅇ" disassemble 안녕)
geul_hangul_case(assemble "안녕" assemble ㅇㅏㄴㄴㅕㅇ)
geul_hangul_case(choseong "ㅅ ㅇㅌㅁ" choseong 샘 알트만)
geul_hangul_case(josa "오픈AI가" josa 오픈AI 이/가)
geul_hangul_case(qwerty "안녕" qwerty dkssud)
geul_hangul_case(to_qwerty "dkssud" to-qwerty 안녕)
geul_hangul_case(romanize "wangsimni" romanize 왕십리)
geul_hangul_case(number "만이천삼백사십오" number 12345)
geul_hangul_case(to_number "350000000" to-number 3억 5천만)
geul_case(hangul_unknown_op RC 2 ARGS hangul frobnicate STDERR "frobnicate")

# Legacy encodings (issue 10): inputs in tests/data/encoding (make_samples.py), detected or
# declared with --encoding; the output equals that of the UTF-8 original, offsets stay input bytes.
set(ENC ${DIR}/../data/encoding)
function(geul_same_output name other)
  execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${WORK}/${name}.out ${WORK}/${other}.out RESULT_VARIABLE diff)
  if(NOT diff EQUAL 0)
    message(SEND_ERROR "${name}: stdout differs from ${other}'s (see ${WORK})")
  endif()
endfunction()
geul_case(enc_normalize_utf8 RC 0 ARGS normalize --profile news ${ENC}/article.utf8.txt)
geul_case(enc_normalize_cp949 RC 0 ARGS normalize --profile news ${ENC}/article.cp949.txt
  STDERR "note: byte 0: decoded from cp949 \\(detected, confidence 1.00\\)")
geul_same_output(enc_normalize_cp949 enc_normalize_utf8)
geul_case(enc_normalize_cp949_declared RC 0 ARGS normalize --profile news --encoding CP949 - STDIN ../data/encoding/article.cp949.txt
  STDERR "decoded from cp949 \\(as requested\\)")
geul_same_output(enc_normalize_cp949_declared enc_normalize_utf8)
geul_case(enc_normalize_notice_utf8 RC 0 ARGS normalize ${ENC}/notice.utf8.txt)
geul_case(enc_normalize_euc_kr RC 0 ARGS normalize --encoding euc-kr ${ENC}/notice.euc-kr.txt STDERR "decoded from euc-kr")
geul_same_output(enc_normalize_euc_kr enc_normalize_notice_utf8)
geul_case(enc_normalize_utf16be RC 0 ARGS normalize ${ENC}/notice.utf16be.txt STDERR "decoded from utf-16be \\(detected")
geul_same_output(enc_normalize_utf16be enc_normalize_notice_utf8)
geul_case(enc_normalize_utf16_declared RC 0 ARGS normalize --encoding utf-16 ${ENC}/notice.utf16le.txt
  STDERR "decoded from utf-16le \\(detected by its BOM")
geul_same_output(enc_normalize_utf16_declared enc_normalize_notice_utf8)
geul_case(enc_split_utf16le RC 0 ARGS split --json ${ENC}/notice.utf16le.txt EXPECT encoding-split-utf16le.expected.json
  STDERR "removed a leading byte order mark")
geul_case(enc_split_cp949 RC 0 ARGS split --json ${ENC}/article.cp949.txt EXPECT encoding-split-cp949.expected.json)
geul_case(enc_parse_cp949 RC 0 ARGS parse --json ${ENC}/article.cp949.txt EXPECT encoding-parse-cp949.expected.json
  STDERR "decoded from cp949")
# Declared UTF-8: no decoding, so the CP949 bytes are repaired as broken UTF-8.
geul_case(enc_parse_forced_utf8 RC 0 ARGS parse --json --encoding utf-8 ${ENC}/article.cp949.txt STDERR "invalid UTF-8")
geul_case(enc_hangul_choseong RC 0 ARGS hangul choseong -f ${ENC}/headline.cp949.txt STDERR "decoded from euc-kr")
file(READ ${WORK}/enc_hangul_choseong.out got)
if(NOT got STREQUAL "ㅅㅂ ㄱㅎ ㅌㄱ\n")
  message(SEND_ERROR "enc_hangul_choseong: got '${got}'")
endif()
geul_case(enc_bad_name RC 2 ARGS split --encoding latin-1 ${ENC}/notice.utf8.txt STDERR "unknown encoding 'latin-1'")

# Corpus analysis (issue 8): the stream of JSON Lines (ids as given, one story per line),
# skipped lines, the file mode's JSON, and argument errors.
geul_case(corpus_jsonl RC 0 ARGS corpus --jsonl STDIN corpus-input.jsonl EXPECT corpus-jsonl.expected)
geul_case(corpus_jsonl_small_window RC 0 ARGS corpus --jsonl --window 2 STDIN corpus-input.jsonl)
geul_same_output(corpus_jsonl_small_window corpus_jsonl)
geul_case(corpus_bad_lines RC 0 ARGS corpus --jsonl STDIN corpus-bad-lines.jsonl
  STDERR "line 2 skipped: unterminated string at byte 39\ngeul corpus: line 4 skipped: no \"text\" string\ngeul corpus: 2 lines skipped")
set(STORIES_B ${DIR}/../data/stories/b)
geul_case(corpus_files_json RC 0 ARGS corpus --json ${STORIES_B}/d1-newsis.txt ${STORIES_B}/d2-portal-reprint.txt
  ${STORIES_B}/d3-local-short.txt ${STORIES_B}/d4-kbc.txt ${STORIES_B}/d5-heat.txt)
file(READ ${WORK}/corpus_files_json.out corpus_json)
string(JSON corpus_stories LENGTH "${corpus_json}" stories)
string(JSON corpus_first LENGTH "${corpus_json}" stories 0 documents)
string(JSON corpus_dups LENGTH "${corpus_json}" duplicates)
string(JSON corpus_title GET "${corpus_json}" documents 4 title)
if(NOT corpus_stories EQUAL 2 OR NOT corpus_first EQUAL 4 OR NOT corpus_dups EQUAL 3 OR NOT corpus_title STREQUAL "광주 첫 폭염경보…낮 최고 36도")
  message(SEND_ERROR "corpus_files_json: ${corpus_stories} stories, ${corpus_first} in the first, ${corpus_dups} duplicates, title '${corpus_title}'")
endif()
geul_case(corpus_files_text RC 0 ARGS corpus ${STORIES_B}/d1-newsis.txt ${STORIES_B}/d5-heat.txt)
file(READ ${WORK}/corpus_files_text.out corpus_text)
if(NOT corpus_text MATCHES "^story 1 \\(1 article\\)\n.*story 2 \\(1 article\\)\n.*people:\n  임채윤: 임채윤 \\(1 mention\\)")
  message(SEND_ERROR "corpus_files_text: unexpected output '${corpus_text}'")
endif()
geul_case(corpus_no_files RC 2 ARGS corpus STDERR "expects one or more article files")
geul_case(corpus_modes_exclusive RC 2 ARGS corpus --jsonl --features STDERR "exclude each other")
geul_case(corpus_bad_window RC 2 ARGS corpus --jsonl --window 0 STDERR "--window needs a positive whole number")
geul_case(corpus_window_needs_stream RC 2 ARGS corpus --window 5 ${STORIES_B}/d1-newsis.txt STDERR "--window goes with --jsonl")
geul_case(corpus_stream_no_files RC 2 ARGS corpus --jsonl ${STORIES_B}/d1-newsis.txt STDERR "read stdin, not files")
geul_case(corpus_missing_file RC 1 ARGS corpus ${DIR}/no-such-file.txt STDERR "cannot open .*no-such-file.txt")

# JSON Lines for parse and summarize (many documents per run): one result per input line, in order,
# with the id as given (the line number without one); a bad line gives an error object and the
# rest goes on (a raw NUL byte does not end a line). Each result line is the single-document
# --json output with "id" in front.
geul_case(parse_jsonl RC 0 ARGS parse --jsonl STDIN jsonl-input.jsonl EXPECT parse-jsonl.expected
  STDERR "line 4: unterminated string at byte 74\ngeul parse: line 5: not a JSON object\n.*line 9: control character in a string.*\ngeul parse: 5 lines with errors\n$")
geul_case(summarize_jsonl RC 0 ARGS summarize --jsonl STDIN jsonl-input.jsonl EXPECT summarize-jsonl.expected
  STDERR "geul summarize: 5 lines with errors")
geul_case(summarize_jsonl_sentences RC 0 ARGS summarize --jsonl --sentences -k 2 --title "기본 제목" STDIN jsonl-sentences.jsonl
  EXPECT summarize-jsonl-sentences.expected)
function(geul_jsonl_line_is_json jsonl_case json_case id)
  file(READ ${WORK}/${jsonl_case}.out lines)
  string(FIND "${lines}" "\n" eol)
  string(SUBSTRING "${lines}" 0 ${eol} first)
  string(REPLACE "{\"id\":${id}," "{" first "${first}")
  file(READ ${WORK}/${json_case}.out single)
  if(NOT "${first}\n" STREQUAL "${single}")
    message(SEND_ERROR "${jsonl_case}: the line of id ${id} differs from ${json_case}'s output")
  endif()
endfunction()
geul_case(parse_json_of_jsonl_article RC 0 ARGS parse --json ${DIR}/jsonl-article.txt)
geul_jsonl_line_is_json(parse_jsonl parse_json_of_jsonl_article "\"library\"")
geul_case(summarize_json_of_jsonl_article RC 0 ARGS summarize --json ${DIR}/jsonl-article.txt)
geul_jsonl_line_is_json(summarize_jsonl summarize_json_of_jsonl_article "\"library\"")
geul_case(parse_jsonl_with_file RC 2 ARGS parse --jsonl ${DIR}/jsonl-article.txt STDERR "--jsonl reads stdin, not files")
geul_case(parse_jsonl_and_blocks RC 2 ARGS parse --jsonl --blocks STDERR "--jsonl always writes JSON Lines")
geul_case(summarize_jsonl_and_json RC 2 ARGS summarize --jsonl --json STDERR "--jsonl always writes JSON Lines")
