// geul (글) — Korean news text: document model, normalization, sentences, summaries.
// Umbrella header: includes every public part of the library.
#ifndef GEUL_GEUL_HPP
#define GEUL_GEUL_HPP

#include "analysis/corpus.hpp"
#include "analysis/corpus_json.hpp"
#include "analysis/entities.hpp"
#include "analysis/keywords.hpp"
#include "analysis/names.hpp"
#include "analysis/quotes.hpp"
#include "analysis/report.hpp"
#include "analysis/sketch.hpp"
#include "analysis/summarize.hpp"
#include "config.hpp"
#include "diagnostics.hpp"
#include "hangul.hpp"
#include "json.hpp"
#include "news/document.hpp"
#include "news/parse.hpp"
#include "text/clean.hpp"
#include "text/offsets.hpp"
#include "text/sentences.hpp"
#include "text/tokens.hpp"
#include "unicode/encoding.hpp"
#include "unicode/normalize.hpp"
#include "unicode/utf8.hpp"

#endif  // GEUL_GEUL_HPP
