#include "detect/quote.hpp"

#include <algorithm>

#include "core/diff.hpp"
#include "core/text.hpp"
#include "ruleengine/ruleset.hpp"

namespace cc::detect {

namespace {

// A run of consecutive changed words: what one source has where the other has something else.
struct Hunk {
  std::vector<size_t> removed;  // word indices in the first quote
  std::vector<size_t> added;    // word indices in the second quote
  bool leading = false;         // before the first common word
  bool trailing = false;        // after the last common word
};

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
  for (const auto& step : steps) {
    if (step.op == DiffToken::Op::Equal) {
      flush(false);
      seen_equal = true;
    } else if (step.op == DiffToken::Op::Delete) {
      current.removed.push_back(step.first);
    } else {
      current.added.push_back(step.second);
    }
  }
  flush(true);
  return out;
}

std::string quoted_words(const std::vector<text::Word>& words, const std::vector<size_t>& indices,
                         std::string_view text) {
  std::string out;
  for (size_t i : indices) {
    if (!out.empty()) out += ' ';
    out += text.substr(words[i].span.start, words[i].span.size());
  }
  return out.empty() ? "(nothing)" : out;
}

}  // namespace

QuoteDetector::QuoteDetector(const rules::RuleSet& rules) {
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

void QuoteDetector::run(const Context& context, std::vector<Finding>& out) const {
  const Analysis& analysis = context.analysis;
  for (const Link& link : analysis.links) {
    const Claim& a = analysis.claims[link.first];
    const Claim& b = analysis.claims[link.second];
    if (a.kind != ClaimKind::Quote || b.kind != ClaimKind::Quote) continue;
    auto words_a = text::words(a.object);
    auto words_b = text::words(b.object);
    auto steps = text::diff_words(words_a, words_b);
    size_t common = text::common_words(steps);
    std::vector<Hunk> changes;
    for (auto& hunk : hunks(steps)) {
      // Words only one side has at either end are a cut (one source quoted less), not a
      // change of wording.
      bool one_sided = hunk.removed.empty() || hunk.added.empty();
      if (one_sided && (hunk.leading || hunk.trailing) && common > 0) continue;
      changes.push_back(std::move(hunk));
    }
    if (changes.empty()) continue;  // identical words, punctuation only, or a cut

    bool flips = false;
    for (const auto& hunk : changes) {
      size_t negations_removed = 0, negations_added = 0;
      for (size_t i : hunk.removed) negations_removed += negates(words_a, i);
      for (size_t i : hunk.added) negations_added += negates(words_b, i);
      if (negations_removed != negations_added) flips = true;
    }

    Finding finding;
    finding.type = "quote";
    finding.level = flips ? Level::Contradiction : Level::Divergence;
    finding.rule = flips ? "contradiction.quote-negation" : "divergence.quote";
    finding.score = link.score;
    std::string speaker(analysis.entity_name(a.speaker));
    const Document& doc_a = analysis.documents[a.source];
    const Document& doc_b = analysis.documents[b.source];

    Evidence first{a.index, {}};
    Evidence second{b.index, {}};
    std::string changed;
    size_t shown = 0;
    for (const auto& hunk : changes) {
      for (size_t i : hunk.removed) {
        first.highlights.push_back(
            Span{a.span.start + words_a[i].span.start, a.span.start + words_a[i].span.end});
      }
      for (size_t i : hunk.added) {
        second.highlights.push_back(
            Span{b.span.start + words_b[i].span.start, b.span.start + words_b[i].span.end});
      }
      if (shown++ < 6) {
        changed += (changed.empty() ? "" : "; ") + std::string("“") +
                   quoted_words(words_a, hunk.removed, a.object) + "” → “" +
                   quoted_words(words_b, hunk.added, b.object) + "”";
      }
    }
    if (changes.size() > 6) changed += "; and " + std::to_string(changes.size() - 6) + " more";
    // Highlights index the document; quote words were split from the squeezed object text,
    // so map them back only when the object is the verbatim span.
    if (doc_a.slice(a.span) != a.object) first.highlights.clear();
    if (doc_b.slice(b.span) != b.object) second.highlights.clear();
    finding.evidence = {std::move(first), std::move(second)};

    for (const auto& step : steps) {
      DiffToken token;
      token.op = step.op;
      const auto& word =
          step.op == DiffToken::Op::Insert ? words_b[step.second] : words_a[step.first];
      const std::string& object = step.op == DiffToken::Op::Insert ? b.object : a.object;
      token.text = object.substr(word.span.start, word.span.size());
      finding.diff.push_back(std::move(token));
    }

    finding.summary = (flips ? "Quote by " + speaker + " changes meaning between sources: "
                             : "Quote by " + speaker + " worded differently: ") +
                      changed;
    finding.explanation =
        doc_a.id + " and " + doc_b.id + " quote " + speaker + "; " + std::to_string(common) +
        " of " + std::to_string(std::max(words_a.size(), words_b.size())) + " words agree. " +
        (flips ? "A negation appears in one version only, so the two quotes say opposite things. "
               : "") +
        "Aligned because: " + link.reason + ".";
    out.push_back(std::move(finding));
  }
}

}  // namespace cc::detect
