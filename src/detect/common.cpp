#include "detect/common.hpp"

#include <algorithm>
#include <cmath>

#include "align/lexicon.hpp"
#include "align/values.hpp"
#include "core/text.hpp"

namespace cc::detect {

bool comparable(const Context& context, const Claim& a, const Claim& b) {
  if (a.index == b.index) return false;
  return context.options.within_source || a.source != b.source;
}

bool tentative(const Claim& claim) {
  return claim.modality == Modality::Hedged || claim.modality == Modality::Planned;
}

bool both_tentative(const Claim& a, const Claim& b) {
  return tentative(a) && tentative(b);
}

std::string predicate_of(const Claim& claim) {
  if (!claim.predicate_class.empty()) return text::fold(claim.predicate_class);
  if (claim.kind == ClaimKind::Quote) return {};
  return text::fold(claim.predicate);
}

const std::string& actor_of(const Claim& claim) {
  return claim.subject.empty() ? claim.speaker : claim.subject;
}

bool different_actors(const Claim& a, const Claim& b) {
  const std::string& x = actor_of(a);
  const std::string& y = actor_of(b);
  if (x.empty() || y.empty() || x == y) return false;
  auto names = [](const Claim& claim, const std::string& key) {
    return std::find(claim.entities.begin(), claim.entities.end(), key) != claim.entities.end();
  };
  return !names(a, y) && !names(b, x);
}

bool times_compatible(const Claim& a, const Claim& b) {
  auto overlap = align::dates_overlap(a.time, b.time);
  return !overlap || *overlap;
}

std::optional<std::pair<double, double>> when(const Analysis& analysis, const Claim& claim) {
  if (auto days = align::days(claim.time)) return std::pair(days->low, days->high);
  const Document& document = analysis.documents[claim.source];
  if (!document.published) return std::nullopt;
  double day = static_cast<double>(days_from_civil(*document.published));
  return std::pair(day, day);
}

std::string who(const Analysis& analysis, const Claim& claim) {
  std::string out = analysis.documents[claim.source].id;
  const std::string& actor = actor_of(claim);
  if (!actor.empty()) out += " (" + std::string(analysis.entity_name(actor)) + ")";
  return out;
}

std::string gist(const Analysis& analysis, const Claim& claim, size_t bytes) {
  std::string_view own = analysis.documents[claim.source].slice(claim.span);
  return "“" + text::truncate(text::squeeze_spaces(own), bytes) + "”";
}

std::optional<Span> find_words(const Analysis& analysis, const Claim& claim,
                               std::string_view words) {
  auto wanted = text::words(words);
  if (wanted.empty()) return std::nullopt;
  Span extent = analysis.sentence_extent(claim);
  auto found = text::words(analysis.documents[claim.source].slice(extent));
  for (size_t i = 0; i + wanted.size() <= found.size(); ++i) {
    bool match = true;
    for (size_t j = 0; match && j < wanted.size(); ++j) match = found[i + j].norm == wanted[j].norm;
    if (match) {
      return Span{extent.start + found[i].span.start,
                  extent.start + found[i + wanted.size() - 1].span.end};
    }
  }
  return std::nullopt;
}

std::vector<std::string> content_keys(const Claim& claim, const align::Lexicon& lexicon,
                                      align::Stemmer& stemmer) {
  std::vector<std::string> out;
  if (!claim.keywords.empty()) {
    out = claim.keywords;
  } else {
    for (const auto& word : text::words(claim.object)) {
      if (word.norm.size() < 3 || lexicon.stopword(word.norm)) continue;
      out.push_back(lexicon.key(word.norm, stemmer));
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

Finding pair_finding(const Link& link, const Claim& first, const Claim& second, Level level,
                     std::string type, std::string rule, std::string summary,
                     std::string explanation) {
  Finding finding;
  finding.level = level;
  finding.type = std::move(type);
  finding.rule = std::move(rule);
  finding.summary = std::move(summary);
  finding.explanation = std::move(explanation);
  if (!link.reason.empty()) finding.explanation += " Aligned because: " + link.reason + ".";
  finding.score = link.score;
  finding.evidence = {Evidence{first.index, {}}, Evidence{second.index, {}}};
  return finding;
}

void highlight(const Analysis& analysis, Evidence& evidence, std::string_view words) {
  if (words.empty()) return;
  if (auto span = find_words(analysis, analysis.claims[evidence.claim], words)) {
    evidence.highlights.push_back(*span);
  }
}

std::string format_days(double low, double high) {
  auto day = [](double value) {
    // Values come from untrusted text: keep the conversion to an integer defined.
    if (!std::isfinite(value) || std::fabs(value) > 1e7) return std::string("?");
    return civil_from_days(static_cast<int64_t>(std::floor(value))).iso();
  };
  std::string first = day(low);
  std::string last = day(high);
  return first == last ? first : first + " to " + last;
}

}  // namespace cc::detect
