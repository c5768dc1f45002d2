// geul — types of the JavaScript API (geul.js, and globalThis.geul in geul.single.js).
//
// Offsets. Every position is reported twice:
//   start / end          UTF-8 byte offsets, exactly as the native library and
//                        the CLI JSON give them (end exclusive);
//   startJs / endJs      the same positions as JS string (UTF-16 code unit)
//                        indices into the string you passed in, so that
//                        input.slice(x.startJs, x.endJs) is the text the
//                        native offsets point at.
// Diagnostics have offset / length (bytes) and offsetJs / lengthJs.
// JS indices are added only when the input was a string (not for Uint8Array input).
// A lone surrogate in an input string is read as U+FFFD (3 UTF-8 bytes, 1 index).
//
// Field names are the CLI's JSON field names (snake_case values such as
// "hanja_abbreviation"); options are camelCase.

/** Thrown for invalid options and when the WebAssembly instance has stopped. */
export declare class GeulError extends Error {
  name: 'GeulError';
}

/** Options for creating an instance; passed to the Emscripten module. */
export interface InitOptions {
  /** The bytes of geul-core.wasm. Needed in Node (its loader would try fetch() on a path). */
  wasmBinary?: ArrayBuffer | Uint8Array;
  /** Where to find geul-core.wasm (default: next to geul-core.js). */
  locateFile?: (path: string, scriptDirectory: string) => string;
  /** Instantiate yourself (e.g. from a precompiled WebAssembly.Module in a worker). */
  instantiateWasm?: (
    imports: WebAssembly.Imports,
    receiveInstance: (instance: WebAssembly.Instance, module?: WebAssembly.Module) => void,
  ) => WebAssembly.Exports | {} | false;
  print?: (text: string) => void;
  printErr?: (text: string) => void;
}

export type NormalForm = 'nfc' | 'nfd' | 'nfkc' | 'nfkd';

export type ChangeKind =
  | 'repair' | 'composition' | 'cjk_compatibility' | 'space' | 'collapse_space' | 'invisible' | 'line_break'
  | 'fullwidth' | 'halfwidth' | 'enclosed' | 'quote' | 'middle_dot' | 'ellipsis' | 'tilde' | 'dash' | 'repeat'
  | 'hanja_abbreviation';

export type DiagnosticKind =
  | 'invalid_utf8' | 'bom_removed' | 'newline_converted' | 'empty_input' | 'binary_input' | 'limit_reached'
  | 'invalid_encoding' | 'encoding_converted' | 'other';

/** Input encodings (geul::Encoding). 'auto' detects; 'utf-16' takes the byte order from the BOM. */
export type EncodingName = 'auto' | 'utf-8' | 'utf-16' | 'utf-16le' | 'utf-16be' | 'cp949' | 'euc-kr';

/** decode(): the bytes as UTF-8 text (docs/encoding.md). */
export interface DecodeResult {
  text: string;
  /** What was decoded: never 'auto' or 'utf-16' (euc-kr when auto found no CP949-only code). */
  encoding: Exclude<EncodingName, 'auto' | 'utf-16'>;
  /** Of the detection, 0..1 (1 when the encoding was given or a BOM decided). */
  confidence: number;
  /** A byte order mark was removed. */
  bom: boolean;
  /** Offsets and lengths are bytes of the input (no offsetJs: the input is bytes). */
  diagnostics: Array<Pick<Diagnostic, 'kind' | 'offset' | 'length' | 'message'>>;
}

/** The news profile's switches (see geul::NewsNormalizeOptions); used only with `profile`. */
export interface NewsOptions {
  compose?: boolean;
  spaces?: boolean;
  invisible?: boolean;
  lineBreaks?: boolean;
  collapseSpaces?: boolean;
  fullwidth?: boolean;
  halfwidth?: boolean;
  enclosed?: boolean;
  quotes?: 'keep' | 'ascii';
  middleDots?: boolean;
  ellipsis?: 'keep' | 'unicode' | 'ascii';
  tildes?: boolean;
  dashes?: boolean;
  /** ㅋㅋㅋㅋㅋ → ㅋㅋㅋ; 0 keeps every repeat. */
  maxRepeat?: number;
  hanjaAbbreviations?: boolean;
}

/** `geul normalize [--form F | --profile P] [--changes]`. Default: form 'nfc'. */
export interface NormalizeOptions extends NewsOptions {
  /** A Unicode normalization form (after UTF-8 repair, BOM and CRLF handling). */
  form?: NormalForm;
  /** The news profile: 'news' (every rule) or 'strict' (lossless fixes only). Not with `form`. */
  profile?: 'news' | 'strict';
  /** Report every change (the CLI's --changes). */
  changes?: boolean;
  /**
   * Also return the offset map's edits (not in the CLI): sorted, never overlapping,
   * so the normalized text can be aligned with the input exactly.
   */
  edits?: boolean;
}

/** One region where the normalized text differs from the input; text between edits is copied unchanged. */
export interface Edit {
  /** Byte offsets into the input as given. */
  start: number;
  end: number;
  /** Byte offsets into the normalized text (out_start === out_end: the input bytes were deleted). */
  out_start: number;
  out_end: number;
  startJs: number;
  endJs: number;
  /** JS indices into the normalized text (`result.text`). */
  out_startJs: number;
  out_endJs: number;
}

export interface Change {
  /** The rule; for a plain `form`, the form's name ('nfc' …). */
  kind: ChangeKind | NormalForm;
  /** Byte offsets into the input as given. */
  start: number;
  end: number;
  /** The input text that was replaced, and what replaced it. */
  before: string;
  after: string;
  startJs: number;
  endJs: number;
}

export interface Diagnostic {
  kind: DiagnosticKind;
  /** Byte offset and length in the input as given. */
  offset: number;
  length: number;
  message: string;
  offsetJs: number;
  lengthJs: number;
}

export interface NormalizeResult {
  /** The normalized text. */
  text: string;
  /** Present when `changes: true`, in source order. */
  changes?: Change[];
  /** Present when `edits: true`, in order. */
  edits?: Edit[];
  diagnostics: Diagnostic[];
}

/** `geul split [--soft-lines] [--max-bytes N]`. */
export interface SplitOptions {
  /** 'hard' (default): every line break ends a sentence; 'soft': only a blank line does. */
  lineBreaks?: 'hard' | 'soft';
  /** Korean sentence-final endings followed by a space end a sentence (default true). */
  splitOnEndings?: boolean;
  /** Emoticons (ㅋㅋ, ^^, emoji) after a sentence end it (default true). */
  splitOnEmoticons?: boolean;
  /** Longest sentence in bytes before it is cut (default 3072; 0 = no limit). */
  maxSentenceBytes?: number;
}

export interface Sentence {
  /** Byte offsets into the input as given (the input is repaired first: BOM, CRLF, invalid UTF-8). */
  start: number;
  end: number;
  /** The sentence (from the repaired text: CRLF inside appears as LF). */
  text: string;
  startJs: number;
  endJs: number;
}

/** `geul parse`: the news switches of its normalization stage, and the parser's own. */
export interface ParseOptions extends NewsOptions {
  /** Cut glued crawler lines at inline markers (date stamps, bylines, credits; default true). */
  splitGluedLines?: boolean;
  /** A repeated headline or paragraph is boilerplate (reason 'duplicate'; default true). */
  detectDuplicates?: boolean;
}

export type BlockRole =
  | 'title' | 'subtitle' | 'date' | 'byline' | 'caption' | 'heading' | 'list_item' | 'body' | 'boilerplate';

export type BoilerplateReason =
  | 'navigation' | 'widget' | 'promo' | 'related' | 'copyright' | 'comment' | 'advertisement' | 'duplicate' | 'other';

export interface Block {
  role: BlockRole;
  /** Why a boilerplate block is boilerplate; null for every other role. */
  reason: BoilerplateReason | null;
  /** Byte offsets into the input as given; the blocks partition the input (whitespace goes to the block before it). */
  start: number;
  end: number;
  /** The block's content, normalized (news profile) and trimmed. */
  text: string;
  startJs: number;
  endJs: number;
}

export interface Reporter {
  name: string;
  email: string | null;
}

/** `geul parse --json` (docs/json.md). Empty strings are null. */
export interface Document {
  title: string | null;
  subtitles: string[];
  outlet: string | null;
  reporters: Reporter[];
  /** Place of the dateline (서울, 세종 …). */
  dateline: string | null;
  /** ISO-8601, only as precise as the text: 2023-06-09T14:54, 2023-06-09, --06-09 … */
  published: string | null;
  modified: string | null;
  /** [series tag] in front of the headline, without brackets. */
  series: string | null;
  blocks: Block[];
  /** Body, heading and list-item blocks joined with '\n'. */
  body: string;
  diagnostics: Diagnostic[];
}

/** `geul summarize -k N --chars N`, plus (for text input) the options of parse. */
export interface SummarizeOptions extends ParseOptions {
  /** At most this many sentences (default 3; 0 = no count limit, then maxChars is needed). */
  sentences?: number;
  /** At most this many characters (code points) in all (default 0 = no limit). */
  maxChars?: number;
}

export interface SentenceFeatures {
  centrality: number;
  position: number;
  title: number;
  length: number;
  penalty: number;
  redundancy: number;
}

export interface SummarySentence {
  /** The sentence's 0-based index among the article's body sentences. */
  index: number;
  /** Byte offsets into the input as given. */
  start: number;
  end: number;
  /** The sentence, normalized. */
  text: string;
  score: number;
  features: SentenceFeatures;
  startJs: number;
  endJs: number;
}

export interface Keyword {
  text: string;
  score: number;
  count: number;
}

export interface Quote {
  /** The quoted words, without the quote marks. */
  text: string;
  /** Byte offsets of the quote (with its marks) into the input as given. */
  start: number;
  end: number;
  speaker: string | null;
  /** The reporting verb (말했다, 밝혔다 …), as written. */
  verb: string | null;
  /** Where the speaker is named, when the text names one near the quote. */
  speaker_start?: number;
  speaker_end?: number;
  /** Present when the speaker could not be resolved to a name: why (e.g. a pronoun or a bare title). */
  unresolved?: string;
  startJs: number;
  endJs: number;
  speaker_startJs?: number;
  speaker_endJs?: number;
}

export interface AliasPair {
  long: string;
  short: string;
  kind: string;
}

/** `geul summarize --json` (docs/json.md). */
export interface Analysis {
  /** In the order of the article. */
  summary: SummarySentence[];
  keywords: Keyword[];
  quotes: Quote[];
  aliases: AliasPair[];
}

/** One input of analyzeCorpus: a named text, or a plain string (named "document 1", "document 2" … by position). */
export type CorpusDocument = string | { name?: string | null; text: string };

/** `geul corpus --json -k N`. */
export interface CorpusOptions {
  /** Sentences of each story's merged summary (the CLI's -k; default 5; at least 1). */
  sentences?: number;
}

/** A span of one document of the corpus: `document` is its index in the input array. */
export interface CorpusSpan {
  document: number;
  /** Byte offsets into that document's text (UTF-8), as the CLI gives them for the file. */
  start: number;
  end: number;
  /** The normalized text of the span. */
  text: string;
  /** JS indices into that document's text: documents[document].text.slice(startJs, endJs). */
  startJs: number;
  endJs: number;
}

export interface CorpusDocumentInfo {
  /** The document's name (`file` in the CLI's JSON). */
  file: string;
  title: string | null;
  outlet: string | null;
  /** ISO-8601 prefix, as precise as the text gives it. */
  published: string | null;
}

export interface StorySentence extends CorpusSpan {
  score: number;
  /** Other documents that say the same thing (source badges). */
  also: number[];
}

export interface StoryQuote extends CorpusSpan {
  verb: string | null;
  /** Other documents quoting the same words. */
  also: number[];
}

export interface StorySpeaker {
  /** The unified name (a variant group's canonical form), the speaker as written, or null when unknown. */
  speaker: string | null;
  quotes: StoryQuote[];
}

export interface TimelineEntry extends CorpusSpan {
  /** ISO-8601 prefix as precise as stated: '2025-07-01', '--06-09', '---04'. */
  date: string | null;
}

export interface Story {
  /** Ascending document indices. */
  documents: number[];
  /** The merged summary, lead sentences first, near-duplicates across documents removed. */
  summary: StorySentence[];
  /** Every direct quote of the story once, grouped by speaker (unknown speaker last). */
  quotes: StorySpeaker[];
  /** Sentences that state a date, by date. */
  timeline: TimelineEntry[];
  /** Indices into `variants` of the people named in the story. */
  variants: number[];
}

export interface VariantMention {
  document: number;
  /** The spelling at this place. */
  text: string;
  start: number;
  end: number;
  startJs: number;
  endJs: number;
}

export interface VariantGroup {
  /** The Latin original when one is given, else the fullest spelling seen most often. */
  canonical: string;
  /** Every mention, by document and position. */
  mentions: VariantMention[];
  /** 'foreign': spellings merged by transliteration distance; 'korean': identical spellings only. */
  kind: 'foreign' | 'korean';
  /** The distinct spellings, most frequent first. */
  forms: string[];
}

export interface DuplicatePair {
  /** Document indices, a < b. */
  a: number;
  b: number;
  /** Estimated Jaccard similarity of the character shingles. */
  similarity: number;
  /** Estimated share of the smaller document found in the larger. */
  containment: number;
}

/** `geul corpus --json` (docs/json.md), with JS indices on every span. */
export interface CorpusResult {
  documents: CorpusDocumentInfo[];
  stories: Story[];
  variants: VariantGroup[];
  duplicates: DuplicatePair[];
}

export interface ChoseongOptions {
  /** Keep digits, Latin and punctuation too (default: only initials and whitespace). */
  keepNonHangul?: boolean;
}

export interface ChoseongSearchOptions {
  /** Spaces in the text that the query lacks are skipped (default true). */
  skipSpaces?: boolean;
  /** The last query syllable may be unfinished, as while typing (default true). */
  partialLastSyllable?: boolean;
}

export interface ChoseongMatch {
  start: number;
  end: number;
  startJs: number;
  endJs: number;
  /** text.slice(startJs, endJs) */
  text: string;
}

export interface JosaOptions {
  /** When the reading is unknown (Hanja, emoji), write both forms: "漢字이(가)" (default true). */
  markUnknown?: boolean;
}

/** The Revised Romanization of Korean; `name` and `translit` select other modes. */
export interface RomanizeOptions {
  /** 제2항: hyphen where syllables could be misread (Jung-ang); with `name`, in the given name. */
  hyphenate?: boolean;
  /** 제3항: capital first letter of each word. */
  capitalize?: boolean;
  /** Nouns: keep h after ㄱ ㄷ ㅂ (묵호 Mukho). */
  keepH?: boolean;
  /** No sound changes (syllable by syllable). */
  spelling?: boolean;
  /** A personal name, family name first: 한복남 → "Han Boknam". */
  name?: boolean;
  /** Letter-by-letter transliteration (reversible). */
  translit?: boolean;
}

export interface PronounceOptions {
  /** Write tensification (default true). */
  tensification?: boolean;
}

export interface NumberOptions {
  /** Space between 만-groups: "일억 이천삼백사십오만 육천칠백팔십구". */
  spacing?: boolean;
  /** Formal reading with 일십/일백/일천/일만. */
  formal?: boolean;
}

export interface MixedNumberOptions {
  /** "1억 2,345만 6,789" (default true); false: "1억2,345만6,789". */
  spacing?: boolean;
  /** Commas inside a group (default true). */
  thousandsSeparator?: boolean;
}

/** Operation names accepted by rawJson. */
export type Operation =
  | 'normalize' | 'split' | 'parse' | 'summarize' | 'corpus' | 'disassemble' | 'assemble' | 'removeLastJamo' | 'choseong' | 'choseongSearch' | 'josa'
  | 'pickJosa' | 'romanize' | 'pronounce' | 'qwertyToHangul' | 'hangulToQwerty' | 'numberToHangul'
  | 'numberToHangulMixed' | 'hangulToNumber' | 'decode' | 'version';

/** The API of one WebAssembly instance (createGeul), also offered as top-level functions after init(). */
export interface Geul {
  /** The library version ("0.1.0"). */
  version(): string;
  /** Raw bytes (a dropped file) in CP949, EUC-KR, UTF-16 or UTF-8 → UTF-8 text; encoding defaults to 'auto'. */
  decode(bytes: Uint8Array, encoding?: EncodingName): DecodeResult;
  /**
   * The JSON the native library writes for `op`, byte for byte (no JS indices).
   * `options` are the option keys of the matching function below; choseongSearch
   * takes its query and josa/pickJosa their pair as options ({ query }, { pair }).
   */
  rawJson(op: Operation, input: string | Uint8Array, options?: Record<string, string | number | boolean>): string;

  /** Repair + a Unicode form or the news profile. A Uint8Array input is taken as raw bytes (like a file). */
  normalize(input: string | Uint8Array, options?: NormalizeOptions): NormalizeResult;
  /** Sentences of `text` (every character outside them is whitespace). */
  splitSentences(text: string, options?: SplitOptions): Sentence[];
  /** A news article → metadata and blocks (`geul parse --json`). A Uint8Array is raw bytes (no JS indices). */
  parse(input: string | Uint8Array, options?: ParseOptions): Document;
  /**
   * Summary, keywords, quotes and aliases (`geul summarize --json`), of a text or of a
   * Document returned by parse() (analyzed as it was parsed; then only `sentences` and
   * `maxChars` may be given).
   */
  summarize(input: string | Uint8Array | Document, options?: SummarizeOptions): Analysis;
  /**
   * Several articles analysed together (`geul corpus --json -k N` on the same texts as
   * files, in the same order; `file` is the name): stories, name-variant groups, merged
   * summaries with their sources, quotes by speaker, timelines, near-duplicates.
   * Not an array, an empty array or a text that is not a string: GeulError.
   * rawJson('corpus', JSON.stringify(documents), options) gives the JSON text.
   */
  analyzeCorpus(documents: CorpusDocument[], options?: CorpusOptions): CorpusResult;

  /** 안녕 → ㅇㅏㄴㄴㅕㅇ (compound jamo split: 값 → ㄱㅏㅂㅅ). */
  disassemble(text: string): string;
  /** ㅇㅏㄴㄴㅕㅇ → 안녕 (2-beolsik keyboard automaton). */
  assemble(text: string): string;
  /** Deletes the last jamo: 값 → 갑. */
  removeLastJamo(text: string): string;
  /** Initial consonants: 샘 알트만 → ㅅ ㅇㅌㅁ. */
  choseong(text: string, options?: ChoseongOptions): string;
  /** Every non-overlapping match of a choseong query (ㅅㅇㅌㅁ, 알ㅌ …) in `text`. */
  choseongSearch(text: string, query: string, options?: ChoseongSearchOptions): ChoseongMatch[];
  /** word + the particle that fits: josa('오픈AI', '이/가') → '오픈AI가'. */
  josa(word: string, pair: string, options?: JosaOptions): string;
  /** Only the particle: pickJosa('사과', '을/를') → '를'. */
  pickJosa(word: string, pair: string): string;
  /** Revised Romanization: 왕십리 → wangsimni. */
  romanize(text: string, options?: RomanizeOptions): string;
  /** Standard pronunciation in Hangul: 같이 → 가치. */
  pronounce(text: string, options?: PronounceOptions): string;
  /** Keys typed in Latin mode → Hangul: dkssud → 안녕. */
  qwertyToHangul(keys: string): string;
  /** Hangul → 2-beolsik keys: 안녕 → dkssud. */
  hangulToQwerty(text: string): string;
  /**
   * Sino-Korean reading: 12345 → 만이천삼백사십오. Takes a number, bigint or decimal
   * string ("1,234.5"); null when it is not a number (or a JS number with an exponent).
   */
  numberToHangul(n: number | bigint | string, options?: NumberOptions): string | null;
  /** Digits per 만-group: 123456789 → "1억 2,345만 6,789"; null when not a number. */
  numberToHangulMixed(n: number | bigint | string, options?: MixedNumberOptions): string | null;
  /** Number words → value: "3억 5천만" → 350000000; a bigint beyond ±2^53; null when not a number. */
  hangulToNumber(text: string): number | bigint | null;
}

/** A new, independent instance. */
export declare function createGeul(options?: InitOptions): Promise<Geul>;
/** Creates the shared instance behind the top-level functions (once; later calls return it). */
export declare function init(options?: InitOptions): Promise<Geul>;

export declare const version: Geul['version'];
export declare const decode: Geul['decode'];
export declare const rawJson: Geul['rawJson'];
export declare const normalize: Geul['normalize'];
export declare const splitSentences: Geul['splitSentences'];
export declare const parse: Geul['parse'];
export declare const summarize: Geul['summarize'];
export declare const analyzeCorpus: Geul['analyzeCorpus'];
export declare const disassemble: Geul['disassemble'];
export declare const assemble: Geul['assemble'];
export declare const removeLastJamo: Geul['removeLastJamo'];
export declare const choseong: Geul['choseong'];
export declare const choseongSearch: Geul['choseongSearch'];
export declare const josa: Geul['josa'];
export declare const pickJosa: Geul['pickJosa'];
export declare const romanize: Geul['romanize'];
export declare const pronounce: Geul['pronounce'];
export declare const qwertyToHangul: Geul['qwertyToHangul'];
export declare const hangulToQwerty: Geul['hangulToQwerty'];
export declare const numberToHangul: Geul['numberToHangul'];
export declare const numberToHangulMixed: Geul['numberToHangulMixed'];
export declare const hangulToNumber: Geul['hangulToNumber'];

declare const geul: Geul & {
  init: typeof init;
  createGeul: typeof createGeul;
  GeulError: typeof GeulError;
};
export default geul;
