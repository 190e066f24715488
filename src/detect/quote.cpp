#include "detect/quote.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>

#include "align/lexicon.hpp"
#include "core/diff.hpp"
#include "detect/common.hpp"
#include "ruleengine/ruleset.hpp"

namespace cc::detect {

namespace {

// Changes listed in a summary before "and N more".
constexpr size_t kListedChanges = 6;

// A run of consecutive changed words: what one source has where the other has something else.
struct Hunk {
  std::vector<size_t> removed;  // token indices in the first quote
  std::vector<size_t> added;    // token indices in the second quote
  bool leading = false;         // before the first common word
  bool trailing = false;        // after the last common word
  size_t first_at = 0;          // where it starts: the index of the next word of each quote
  size_t second_at = 0;
};

// How much a hunk changes the quote, from least to most.
enum class Change { Spelling, Form, Synonym, Wording, Antonym, Negation };

std::vector<Hunk> hunks(const std::vector<text::DiffStep>& steps) {
  std::vector<Hunk> out;
  bool seen_equal = false;
  Hunk current;
  auto flush = [&](bool at_end) {
    if (current.removed.empty() && current.added.empty()) return;
    current.leading = !seen_equal;
    current.trailing = at_end;
    out.push_back(current);
    current = Hunk{};
  };
  size_t first = 0, second = 0;  // words of each quote read so far
  for (const auto& step : steps) {
    if (step.op != DiffToken::Op::Equal && current.removed.empty() && current.added.empty()) {
      current.first_at = first;
      current.second_at = second;
    }
    if (step.op == DiffToken::Op::Equal) {
      flush(false);
      seen_equal = true;
      ++first;
      ++second;
    } else if (step.op == DiffToken::Op::Delete) {
      current.removed.push_back(step.first);
      ++first;
    } else {
      current.added.push_back(step.second);
      ++second;
    }
  }
  flush(true);
  return out;
}

// True when the punctuation between two words of `text` ends a clause.
bool clause_mark_between(const std::vector<text::Word>& words, std::string_view text,
                         size_t before) {
  if (before + 1 >= words.size()) return false;
  std::string_view gap =
      text.substr(words[before].span.end, words[before + 1].span.start - words[before].span.end);
  return gap.find_first_of(",;:.!?") != std::string_view::npos;
}

// A quote joined from two pieces ("...in a rockfall," he said. "That is why...") that
// leaves out the clauses the other quote has at the end of its first piece: "A, and B,
// C" / "A, C". The extra words are a run set off by punctuation on both sides, and the
// shorter quote starts a new sentence where they would stand. A cut, not a rewording.
bool piece_cut(const std::vector<text::Word>& extra_words, std::string_view extra_text,
               const std::vector<size_t>& run, const std::vector<text::Word>& other_words,
               std::string_view other_text, size_t junction) {
  if (run.empty() || run.front() == 0 || junction == 0 || junction >= other_words.size())
    return false;
  for (size_t k = 1; k < run.size(); ++k) {
    if (run[k] != run[k - 1] + 1) return false;
  }
  if (!clause_mark_between(extra_words, extra_text, run.front() - 1) ||
      !clause_mark_between(extra_words, extra_text, run.back()) ||
      !clause_mark_between(other_words, other_text, junction - 1))
    return false;
  char opening = other_text[other_words[junction].span.start];
  return opening >= 'A' && opening <= 'Z';
}

// The words of a hunk side as written; pieces of one contraction are shown once.
std::string shown(const std::vector<text::Word>& tokens, const std::vector<size_t>& indices,
                  std::string_view text) {
  std::string out;
  Span last{UINT32_MAX, UINT32_MAX};
  for (size_t i : indices) {
    if (tokens[i].span == last) continue;
    last = tokens[i].span;
    if (!out.empty()) out += ' ';
    out += text.substr(tokens[i].span.start, tokens[i].span.size());
  }
  return out.empty() ? "(nothing)" : out;
}

// The letters of a hunk side in a spelling-neutral form: hyphens and apostrophes dropped,
// British spellings mapped to American ones ("neighbourhood", "organise", "defence",
// "travelled"), so that two sides that differ only in spelling compare equal.
std::string joined(const std::vector<text::Word>& tokens, const std::vector<size_t>& indices,
                   const std::unordered_map<std::string, std::string>& ordinals) {
  std::string out;
  for (size_t i : indices) {
    // Each hyphenated part on its own, an ordinal as its rank ("eleventh-hour" = "11th hour").
    const std::string& norm = tokens[i].norm;
    for (size_t start = 0; start <= norm.size();) {
      size_t dash = norm.find('-', start);
      std::string part = norm.substr(start, dash == std::string::npos ? dash : dash - start);
      std::erase(part, '\'');
      if (auto it = ordinals.find(part); it != ordinals.end()) part = it->second;
      out += american_spelling(std::move(part));
      if (dash == std::string::npos) break;
      start = dash + 1;
    }
  }
  return out;
}

// True when a one-sided hunk only spells out minutes of a clock time ("6 p.m." / "6:00").
bool only_zeros(const std::vector<text::Word>& tokens, const std::vector<size_t>& indices) {
  return !indices.empty() && std::all_of(indices.begin(), indices.end(),
                                         [&](size_t i) { return tokens[i].norm == "00"; });
}

std::string_view label(Change change) {
  switch (change) {
    case Change::Spelling:
      return "spelling";
    case Change::Form:
      return "form";
    case Change::Synonym:
      return "synonym";
    case Change::Wording:
      return "wording";
    case Change::Antonym:
      return "opposite";
    case Change::Negation:
      return "negation";
  }
  return "wording";
}

}  // namespace

QuoteDetector::QuoteDetector(const rules::RuleSet& rules) {
  // Ordinals in words and in figures compare as their rank: "twelfth" = "12th" = "12".
  if (const auto* table = rules.table("quantities/ordinals")) {
    for (const auto& row : table->rows()) {
      if (row.size() < 2) continue;
      const std::string rank(row[1]);
      ordinals_.emplace(text::fold(row[0]), rank);
      for (std::string_view suffix : {"st", "nd", "rd", "th"}) {
        ordinals_.emplace(rank + std::string(suffix), rank);
      }
    }
  }
  if (const auto* table = rules.table("common/negations")) {
    for (const auto& row : table->rows()) negations_.insert(text::fold(row.front()));
  }
  if (const auto* table = rules.table("common/negation_idioms")) {
    for (const auto& row : table->rows()) idioms_.insert(text::fold(row.front()));
  }
}

bool QuoteDetector::negates(const std::vector<text::Word>& words, size_t i) const {
  if (!negations_.count(words[i].norm)) return false;
  return i + 1 >= words.size() || !idioms_.count(words[i].norm + " " + words[i + 1].norm);
}

bool QuoteDetector::contiguous_run(const std::vector<text::Word>& whole,
                                   const std::vector<text::Word>& part) {
  if (part.empty() || part.size() > whole.size()) return false;
  auto same = [](const text::Word& x, const text::Word& y) { return x.norm == y.norm; };
  return std::search(whole.begin(), whole.end(), part.begin(), part.end(), same) != whole.end();
}

void QuoteDetector::run(const Context& context, std::vector<Finding>& out) const {
  const Analysis& analysis = context.analysis;
  const align::Lexicon& lexicon = context.lexicon;
  align::Stemmer stemmer;
  auto keys = [&](const text::Word& word) { return lexicon.keys(word.norm, stemmer); };
  auto related = [&](const text::Word& x, const text::Word& y, bool opposite) {
    for (const auto& kx : keys(x)) {
      for (const auto& ky : keys(y)) {
        if (opposite ? lexicon.antonyms(kx, ky) : lexicon.synonyms(kx, ky)) return true;
      }
    }
    return false;
  };

  // The finding of two quotes of one speaker worded apart, `a` first; none when the words
  // agree or one quote is a cut of the other.
  auto compare = [&](const Claim& a, const Claim& b, const Link& link) -> std::optional<Finding> {
    auto words_a = lexicon.tokens(a.detail->object);
    auto words_b = lexicon.tokens(b.detail->object);
    // One quote a run of the other's words is a cut, wherever the diff lines up a repeated
    // word: "I have never seen the river rise so quickly" is the second half of "I have
    // farmed here for 40 years, [he said,] and I have never seen the river rise so quickly".
    if (contiguous_run(words_a, words_b) || contiguous_run(words_b, words_a)) return std::nullopt;
    auto steps = text::diff_words(words_a, words_b);
    size_t common = text::common_words(steps);

    std::vector<std::pair<Hunk, Change>> changes;
    for (auto& hunk : hunks(steps)) {
      // Words only one side has at either end are a cut (one source quoted less), not a
      // change of wording.
      bool one_sided = hunk.removed.empty() || hunk.added.empty();
      if (one_sided && (hunk.leading || hunk.trailing) && common > 0) continue;
      if (one_sided && common > 0 &&
          (hunk.added.empty() ? piece_cut(words_a, a.detail->object, hunk.removed, words_b,
                                          b.detail->object, hunk.second_at)
                              : piece_cut(words_b, b.detail->object, hunk.added, words_a,
                                          a.detail->object, hunk.first_at)))
        continue;
      if (!one_sided &&
          joined(words_a, hunk.removed, ordinals_) == joined(words_b, hunk.added, ordinals_))
        continue;
      if (one_sided && (only_zeros(words_a, hunk.removed) || only_zeros(words_b, hunk.added))) {
        continue;
      }
      size_t negations_removed = 0, negations_added = 0;
      for (size_t i : hunk.removed) negations_removed += negates(words_a, i);
      for (size_t i : hunk.added) negations_added += negates(words_b, i);
      Change change = Change::Wording;
      if (negations_removed != negations_added) {
        change = Change::Negation;
      } else {
        bool opposite = false, every_synonym = !one_sided;
        for (size_t i : hunk.removed) {
          bool partner = false;
          for (size_t j : hunk.added) {
            opposite = opposite || related(words_a[i], words_b[j], true);
            partner = partner || related(words_a[i], words_b[j], false);
          }
          every_synonym = every_synonym && partner;
        }
        for (size_t j : hunk.added) {
          bool partner = false;
          for (size_t i : hunk.removed) partner = partner || related(words_a[i], words_b[j], false);
          every_synonym = every_synonym && partner;
        }
        bool same_word = hunk.removed.size() == 1 && hunk.added.size() == 1 &&
                         lexicon.key(words_a[hunk.removed[0]].norm, stemmer) ==
                             lexicon.key(words_b[hunk.added[0]].norm, stemmer);
        change = opposite        ? Change::Antonym
                 : same_word     ? Change::Form
                 : every_synonym ? Change::Synonym
                                 : Change::Wording;
      }
      changes.emplace_back(std::move(hunk), change);
    }
    if (changes.empty()) return std::nullopt;  // identical words, punctuation only, or a cut

    Change worst = Change::Spelling;
    for (const auto& [hunk, change] : changes) worst = std::max(worst, change);
    bool flips = worst >= Change::Antonym;
    Finding finding;
    finding.type = "quote";
    finding.level = flips ? Level::Contradiction : Level::Divergence;
    finding.rule = worst == Change::Negation  ? "contradiction.quote-negation"
                   : worst == Change::Antonym ? "contradiction.quote-antonym"
                   : worst != Change::Wording ? "divergence.quote-synonym"
                                              : "divergence.quote";
    finding.score = link.score;
    std::string speaker(analysis.entity_name(a.detail->speaker));
    const Document& doc_a = analysis.documents[a.source];
    const Document& doc_b = analysis.documents[b.source];

    Evidence first{a.index, {}};
    Evidence second{b.index, {}};
    std::string changed;
    size_t shown_changes = 0;
    size_t synonym_swaps = 0;
    for (const auto& [hunk, change] : changes) {
      synonym_swaps += change == Change::Synonym || change == Change::Form;
      for (size_t i : hunk.removed) {
        Span span{a.span.start + words_a[i].span.start, a.span.start + words_a[i].span.end};
        if (first.highlights.empty() || first.highlights.back() != span)
          first.highlights.push_back(span);
      }
      for (size_t i : hunk.added) {
        Span span{b.span.start + words_b[i].span.start, b.span.start + words_b[i].span.end};
        if (second.highlights.empty() || second.highlights.back() != span)
          second.highlights.push_back(span);
      }
      if (shown_changes++ < kListedChanges) {
        changed += (changed.empty() ? "" : "; ") + std::string("“") +
                   shown(words_a, hunk.removed, a.detail->object) + "” → “" +
                   shown(words_b, hunk.added, b.detail->object) + "”";
        if (change != Change::Wording) changed += " (" + std::string(label(change)) + ")";
      }
    }
    if (changes.size() > kListedChanges) {
      changed += "; and " + std::to_string(changes.size() - kListedChanges) + " more";
    }
    // Highlights index the document; quote words were split from the squeezed object text,
    // so map them back only when the object is the verbatim span.
    if (doc_a.slice(a.span) != a.detail->object) first.highlights.clear();
    if (doc_b.slice(b.span) != b.detail->object) second.highlights.clear();
    finding.evidence = {std::move(first), std::move(second)};

    std::pair<bool, Span> last_shown{false, Span{UINT32_MAX, UINT32_MAX}};
    for (const auto& step : steps) {
      bool inserted = step.op == DiffToken::Op::Insert;
      const auto& word = inserted ? words_b[step.second] : words_a[step.first];
      const std::string& object = inserted ? b.detail->object : a.detail->object;
      // A contraction's pieces share one span of one quote: show the word once.
      if (last_shown == std::pair(inserted, word.span)) continue;
      last_shown = {inserted, word.span};
      finding.diff.push_back(DiffToken{step.op, object.substr(word.span.start, word.span.size())});
    }

    std::string meaning =
        worst == Change::Negation
            ? "A negation appears in one version only, so the two quotes say opposite things. "
        : worst == Change::Antonym
            ? "A word is replaced by its opposite, so the two quotes say opposite things. "
        : worst != Change::Wording
            ? "Every change swaps a word for a synonym or another form of it: the sense is kept, "
              "the words are not. "
            : "";
    finding.summary = (flips ? "Quote by " + speaker + " changes meaning between sources: "
                             : "Quote by " + speaker + " worded differently: ") +
                      changed;
    finding.explanation =
        doc_a.id + " and " + doc_b.id + " quote " + speaker + "; " + std::to_string(common) +
        " of " + std::to_string(std::max(words_a.size(), words_b.size())) + " words agree" +
        (synonym_swaps ? ", " + std::to_string(synonym_swaps) + " synonym swap" +
                             (synonym_swaps == 1 ? "" : "s")
                       : std::string()) +
        ". " + meaning + "Aligned because: " + link.reason + ".";
    return finding;
  };

  // Pairs worded apart, then one finding per source quoting the way fewer sources do, with
  // every source quoting it the other way as further evidence: a draft that rewords a quote
  // ten wires give alike gets one finding, not ten. On a tie, the way of the earliest source
  // is reported (in `check`, the draft's).
  struct Pair {
    const Claim* a;
    const Claim* b;
    const Link* link;
  };
  auto wording = [&](const Claim& claim) {
    std::string key;
    for (const auto& word : lexicon.tokens(claim.detail->object)) key += word.norm + ' ';
    return key;
  };
  struct Group {
    std::map<std::string, std::set<uint32_t>> writers;  // wording -> sources quoting it
    std::vector<std::pair<Pair, std::pair<std::string, std::string>>> pairs;
  };
  std::map<std::tuple<std::string, std::string, std::string>, Group> groups;
  for (const Link& link : analysis.links) {
    const Claim& a = analysis.claims[link.first];
    const Claim& b = analysis.claims[link.second];
    if (a.kind != ClaimKind::Quote || b.kind != ClaimKind::Quote) continue;
    // Different speakers are the attribution detector's; both must be named and equal.
    if (a.detail->speaker.empty() || a.detail->speaker != b.detail->speaker ||
        !comparable(context, a, b))
      continue;
    if (!compare(a, b, link)) continue;
    std::string wa = wording(a), wb = wording(b);
    Group& group = groups[{a.detail->speaker, std::min(wa, wb), std::max(wa, wb)}];
    group.writers[wa].insert(a.source);
    group.writers[wb].insert(b.source);
    group.pairs.push_back({Pair{&a, &b, &link}, {std::move(wa), std::move(wb)}});
  }
  for (const auto& [key, group] : groups) {
    const std::set<uint32_t>& one = group.writers.at(std::get<1>(key));
    const std::set<uint32_t>& two = group.writers.at(std::get<2>(key));
    bool first_main = fewer_sources(one, two);
    const std::string& main_wording = first_main ? std::get<1>(key) : std::get<2>(key);
    // Per source quoting the reported way: the other sources and the pair with each,
    // oriented (its quote, the other's); the strongest link speaks for the finding.
    std::map<uint32_t, std::map<uint32_t, Pair>> by_main;
    for (const auto& [pair, words] : group.pairs) {
      bool flip = words.first != main_wording;
      Pair oriented{flip ? pair.b : pair.a, flip ? pair.a : pair.b, pair.link};
      auto [it, fresh] = by_main[oriented.a->source].try_emplace(oriented.b->source, oriented);
      if (!fresh && oriented.link->score > it->second.link->score) it->second = oriented;
    }
    for (const auto& [main_source, others] : by_main) {
      const Pair* lead = nullptr;
      for (const auto& [other_source, pair] : others) {
        if (!lead || pair.link->score > lead->link->score) lead = &pair;
      }
      std::optional<Finding> finding = compare(*lead->a, *lead->b, *lead->link);
      if (!finding) continue;
      if (others.size() > 1) {
        std::vector<uint32_t> also;
        for (const auto& [other_source, pair] : others) {
          if (&pair == lead) continue;
          also.push_back(other_source);
          // Its own words marked: the second evidence of its own pair with the main quote.
          std::optional<Finding> own = compare(*pair.a, *pair.b, *pair.link);
          finding->evidence.push_back(own && own->evidence.size() == 2
                                          ? std::move(own->evidence[1])
                                          : Evidence{pair.b->index, {}});
        }
        finding->explanation += " " + source_list(analysis, also) +
                                (also.size() == 1 ? " quotes" : " quote") + " it as " +
                                analysis.documents[lead->b->source].id + " does.";
      }
      out.push_back(std::move(*finding));
    }
  }
}

}  // namespace cc::detect
