// The entity-name detector's second route: one place or institution swapped for another
// in sentences that otherwise tell the same thing ("the injured were flown to Aarhus
// University Hospital" / "the injured were flown to Odense University Hospital"). The first route
// (entity_name.cpp) finds garbles, names a letter or a word apart; a swap shares no spelling with
// the name it replaces.
#include <algorithm>
#include <deque>
#include <map>
#include <set>
#include <unordered_set>

#include "align/lexicon.hpp"
#include "align/sentence_words.hpp"
#include "core/text.hpp"
#include "detect/common.hpp"
#include "detect/entity_name.hpp"
#include "detect/likeness.hpp"

namespace cc::detect {

namespace {

// Two sentences tell the same thing when this share of their content words (Dice, every
// word weighing one: weighing by rarity would need every sentence's words, a tenth of the
// run) and at least this many of them are alike.
constexpr double kSwapAlike = 0.45;
constexpr size_t kSwapShared = 4;
// Share of the names of the source naming fewer that the other must write too (swaps()).
constexpr double kSwapNamesShared = 0.55;
// ... when both name at least this many.
constexpr size_t kSwapNamesCounted = 6;
// People two sources must both name (swaps()).
constexpr size_t kSwapPeople = 2;
// More swaps than this between two sources are no slip (below).
constexpr size_t kSwapsAtMost = 2;

// Words that may stand between a name and the word that places it ("depot in Gdynia",
// "returned to Kresty prison"), and before a name without placing it.
bool swap_filler(std::string_view word) {
  return word == "the" || word == "a" || word == "an" || word == "in" || word == "at" ||
         word == "to" || word == "of" || word == "from" || word == "near" || word == "by" ||
         word == "on" || word == "for" || word == "into";
}

// True when `short_name` is written as the initials of `parts` ("ILO" for "International
// Labour Organization"), connectors left out or not.
bool swap_initials(std::string_view short_name, const std::vector<std::string>& parts,
                   const std::unordered_set<std::string>& connectors) {
  std::string all, content;
  for (const auto& part : parts) {
    if (part.empty()) continue;
    all += part.front();
    if (!connectors.count(part)) content += part.front();
  }
  std::string folded = text::fold(short_name);
  return folded.size() >= 2 && (folded == all || folded == content);
}

// True for a name written in capitals only: an acronym, which one source spells out and
// another does not ("ECB" / "the central bank"), or a dateline ("KANDYAGASH").
bool swap_shouting(std::string_view written) {
  for (char c : written) {
    if (c >= 'a' && c <= 'z') return false;
  }
  return true;
}

}  // namespace

void EntityNameDetector::swaps(
    const Context& context, const std::vector<Name>& names,
    const std::function<bool(const Name&)>& person,
    const std::function<const std::unordered_set<std::string_view>&(uint32_t)>& capitals,
    const std::map<std::pair<uint32_t, uint32_t>, std::vector<uint32_t>>& claims_of,
    const std::set<std::array<uint32_t, 4>>& reported, std::vector<Finding>& out) const {
  const Analysis& analysis = context.analysis;
  const uint32_t sources = static_cast<uint32_t>(analysis.documents.size());
  if (sources < 2) return;
  const align::Lexicon& lexicon = context.lexicon;

  // Two accounts of one event name the same people: at least half of those the one naming
  // fewer names (by surname), and at least two. Two events of one kind told in like
  // words do not (each copy of an article in bench/'s pile has its own names).
  std::map<uint32_t, std::set<std::string_view>> people_of;
  for (const Name& name : names) {
    if (!name.last_word && !name.segment && !name.parts.empty() && person(name))
      people_of[name.source].insert(name.parts.back());
  }
  auto same_people = [&](uint32_t a, uint32_t b) {
    const auto& pa = people_of[a];
    const auto& pb = people_of[b];
    size_t shared = 0;
    for (std::string_view surname : pa) shared += pb.count(surname);
    return shared >= kSwapPeople && 2 * shared >= std::min(pa.size(), pb.size());
  };
  // Each source's names as it writes them (folded words), to tell whether another source
  // writes a name.
  std::vector<std::unordered_set<std::string>> forms_of(sources);
  auto form = [](const std::vector<std::string>& parts) {
    std::string joined;
    for (const auto& part : parts) joined += (joined.empty() ? "" : " ") + part;
    return joined;
  };
  for (const Name& name : names) {
    if (!name.last_word && !name.segment) forms_of[name.source].insert(form(name.parts));
  }
  // And most of their names: two tellings of one event share most of what they name; a
  // source that names little the other names tells another event of the same kind.
  auto same_names = [&](uint32_t a, uint32_t b) {
    const auto& fa = forms_of[a];
    const auto& fb = forms_of[b];
    if (std::min(fa.size(), fb.size()) < kSwapNamesCounted) return true;  // too few to tell
    size_t shared = 0;
    for (const auto& f : fa) shared += fb.count(f);
    return static_cast<double>(shared) >=
           kSwapNamesShared * static_cast<double>(std::min(fa.size(), fb.size()));
  };
  // Sources with a partner naming the same people; the others have no swap to find.
  std::vector<std::vector<bool>> partners(sources, std::vector<bool>(sources, false));
  std::vector<bool> partnered(sources, false);
  for (uint32_t x = 0; x < sources; ++x) {
    for (uint32_t y = x + 1; y < sources; ++y) {
      if (!same_people(x, y) || !same_names(x, y)) continue;
      partners[x][y] = partners[y][x] = true;
      partnered[x] = partnered[y] = true;
    }
  }
  // The names that may be swapped: not people's (a quote's speaker told two ways is the
  // attribution detector's), not a title's, not a day, a month or a people.
  struct Candidate {
    const Name* name = nullptr;
    std::string_view written;     // as the source writes it
    std::vector<bool> lone;       // per source: that source never writes this name
    std::string before, before2;  // the words before it (folded), fillers skipped for before2
    std::string after;            // the word after it (folded)
    std::string after2;           // the first word after it that is no filler
  };
  std::vector<Candidate> candidates;
  std::map<std::pair<uint32_t, uint32_t>, std::vector<size_t>> in_sentence;
  for (const Name& name : names) {
    if (name.last_word || name.segment || name.parts.empty() || !partnered[name.source]) continue;
    bool calendar = std::all_of(name.parts.begin(), name.parts.end(),
                                [&](const std::string& part) { return times_.count(part) > 0; });
    if (calendar) continue;
    // A people ("Somali") is compared only where it qualifies a thing after an article ("an
    // Dutch lifeboat" / "a Belgian lifeboat": whose boat it is), below; a dictionary word,
    // it is no name otherwise.
    bool people = name.parts.size() == 1 && demonyms_.count(name.parts.front()) > 0;
    std::vector<bool> title = titled(name);
    if (std::find(title.begin(), title.end(), true) != title.end()) continue;
    // A name needs a word that is no ordinary word ("Farmers", "Outside Parliament" at a
    // sentence's start are none).
    bool proper = std::any_of(name.parts.begin(), name.parts.end(), [&](const std::string& part) {
      return !connectors_.count(part) && !words_.is_common(part);
    });
    if (!proper && !people) continue;
    const Document& document = analysis.documents[name.source];
    Candidate candidate;
    candidate.name = &name;
    candidate.written = document.slice(Span{name.spans.front().start, name.spans.back().end});
    if (swap_shouting(candidate.written)) continue;
    // A name in brackets is an aside: an outlet's own name after its dateline
    // ("GENEVA (Lake Herald) -"), an acronym.
    {
      std::string_view text = document.text;
      uint32_t start = name.spans.front().start, end = name.spans.back().end;
      if (start > 0 && text[start - 1] == '(' && end < text.size() && text[end] == ')') continue;
    }
    // Places listed in another order ("Lyon and Nice" / "Paris, Nice and
    // Lyon") are no other name.
    if (std::find(name.parts.begin(), name.parts.end(), "and") != name.parts.end()) continue;
    candidate.lone.assign(sources, false);
    bool any = false;
    std::string written_form = form(name.parts);
    for (uint32_t s = 0; s < sources; ++s) {
      if (s == name.source || !partners[name.source][s]) continue;
      const auto& known = capitals(s);
      bool parts_known = std::all_of(name.parts.begin(), name.parts.end(), [&](const auto& part) {
        return connectors_.count(part) > 0 || known.count(part) > 0;
      });
      candidate.lone[s] = !parts_known || !forms_of[s].count(written_form);
      any = any || candidate.lone[s];
    }
    if (!any) continue;
    // Its neighbours in the sentence.
    const auto& words = context.words->of(name.source, document.sentences[name.sentence].span);
    uint32_t base = document.sentences[name.sentence].span.start;
    size_t first = words.size(), last = words.size();
    for (size_t i = 0; i < words.size(); ++i) {
      uint32_t start = base + words[i].span.start, end = base + words[i].span.end;
      if (first == words.size() && end > name.spans.front().start) first = i;
      if (start < name.spans.back().end) last = i;
    }
    if (first == words.size() || last == words.size()) continue;
    // A name of one word is any capitalised word unless the sentence places it: a place
    // after "in", "at", "to", "near", "from" or "into" ("a depot in Gdynia"), or a maker
    // or body after an article and before a noun ("a Ryanair crew"). One opening its
    // sentence may be any word put first.
    if (name.parts.size() == 1) {
      if (first == 0) continue;
      const std::string& previous = words[first - 1].norm;
      bool place = previous == "in" || previous == "at" || previous == "to" || previous == "near" ||
                   previous == "from" || previous == "into";
      bool article = previous == "a" || previous == "an" || previous == "the";
      bool before_noun = last + 1 < words.size() && !lexicon.stopword(words[last + 1].norm) &&
                         words_.is_common(words[last + 1].norm);
      if (!place && !(article && before_noun)) continue;
      if (people && !(article && before_noun)) continue;
    }
    if (last + 1 < words.size()) candidate.after = words[last + 1].norm;
    for (size_t a = last + 1; a < words.size(); ++a) {
      if (swap_filler(words[a].norm)) continue;
      candidate.after2 = words[a].norm;
      break;
    }
    // People's names are the attribution detector's, but for a name that qualifies a
    // thing, as a person's name rarely does: "the Kariba Dam reservoir", "a Ryanair
    // crew" (the normaliser takes two capitalised words for a person).
    if (person(name)) {
      bool determiner =
          first > 0 && (words[first - 1].norm == "the" || words[first - 1].norm == "a" ||
                        words[first - 1].norm == "an");
      auto lower = [&](size_t i) {
        char c = document.text[document.sentences[name.sentence].span.start + words[i].span.start];
        return c >= 'a' && c <= 'z';
      };
      bool thing = last + 1 < words.size() && lower(last + 1) &&
                   !lexicon.stopword(words[last + 1].norm) && !roles_.count(words[last + 1].norm);
      if (!determiner || !thing) continue;
    }
    size_t k = first;
    if (k > 0) candidate.before = words[--k].norm;
    while (k > 0 && swap_filler(words[k].norm)) --k;
    if (k < first && !swap_filler(words[k].norm)) candidate.before2 = words[k].norm;
    in_sentence[{name.source, name.sentence}].push_back(candidates.size());
    candidates.push_back(std::move(candidate));
  }
  if (in_sentence.size() < 2) return;

  // The sentences holding such names, and how alike they are.
  align::Stemmer stemmer;
  align::Lexicon::TopicMemo memo;
  std::deque<SentenceGist> gists;
  std::vector<GistOf> entries;
  std::vector<std::pair<uint32_t, uint32_t>> where;
  for (const auto& [at, members] : in_sentence) {
    const Document& document = analysis.documents[at.first];
    Span extent = document.sentences[at.second].span;
    const auto& words = context.words->of(at.first, extent);
    gists.push_back(read_gist(lexicon, stemmer, memo, document.slice(extent), words,
                              [](size_t) { return false; }));
    entries.push_back(GistOf{at.first, 0, &gists.back()});
    where.push_back(at);
  }
  // Findings per pair of sources (the lower first).
  std::map<std::pair<uint32_t, uint32_t>, std::vector<Finding>> by_pair;
  for (const AlikePair& pair : alike_pairs(entries, {}, kSwapAlike, kSwapShared, true)) {
    auto [source_a, sentence_a] = where[pair.first];
    auto [source_b, sentence_b] = where[pair.second];
    if (reported.count({source_a, sentence_a, source_b, sentence_b})) continue;
    // One name each that the other source never writes.
    auto lone_in = [&](std::pair<uint32_t, uint32_t> at, uint32_t other) {
      std::vector<const Candidate*> found;
      for (size_t c : in_sentence.at(at)) {
        if (candidates[c].lone[other]) found.push_back(&candidates[c]);
      }
      return found;
    };
    auto lone_a = lone_in(where[pair.first], source_b);
    auto lone_b = lone_in(where[pair.second], source_a);
    if (lone_a.size() != 1 || lone_b.size() != 1) continue;
    const Candidate& x = *lone_a.front();
    const Candidate& y = *lone_b.front();
    if (alias(text::fold(x.written), text::fold(y.written))) continue;
    // An acronym and its words are one name ("ILO" / "International Labour Organization");
    // two names with figures are models or roads ("R4" / "R66"); a place and a place
    // inside it are one told more or less closely ("Sicily" / "Italy").
    if (swap_initials(x.written, y.name->parts, connectors_) ||
        swap_initials(y.written, x.name->parts, connectors_))
      continue;
    auto figures = [](std::string_view written) {
      return std::any_of(written.begin(), written.end(),
                         [](char c) { return c >= '0' && c <= '9'; });
    };
    if (figures(x.written) && figures(y.written)) continue;
    if (x.name->parts.size() == 1 && y.name->parts.size() == 1 &&
        same_word(x.name->parts.front(), y.name->parts.front(), x.name->parts.front(),
                  y.name->parts.front()))
      continue;
    // In one place: the same head word ("Aarhus University Hospital" / "Odense University
    // Hospital"), the same word after ("a Ryanair crew" / "an easyJet crew"), or the same word
    // placing them
    // ("a depot in Gdynia" / "a depot in Szczecin").
    const auto& px = x.name->parts;
    const auto& py = y.name->parts;
    bool head =
        px.size() > 1 && py.size() > 1 && px.back() == py.back() && !connectors_.count(px.back());
    // Not before a plural: "Technicolor musicals" / "MGM musicals" are kinds, both true.
    auto singular = [&](const std::string& word) {
      std::string lemma = words_.noun_lemma(word);
      return lemma.empty() || lemma == word;
    };
    bool after = (!x.after.empty() && x.after == y.after && !lexicon.stopword(x.after) &&
                  !swap_filler(x.after) && singular(x.after)) ||
                 (!x.after2.empty() && x.after2 == y.after2 && !lexicon.stopword(x.after2) &&
                  singular(x.after2));
    bool before = !x.before2.empty() && x.before2 == y.before2 && x.before == y.before &&
                  !lexicon.stopword(x.before2);
    if (!head && !after && !before) continue;
    // A name inside the other is one told more or less fully ("Frankfurt" / "Frankfurt
    // Airport").
    // Parts are one when spelt alike or joined by a name-variant row ("Mt" / "Mount").
    auto holds = [&](const std::vector<std::string>& parts, const std::string& part) {
      return std::any_of(parts.begin(), parts.end(), [&](const std::string& other) {
        return other == part || alias(other, part);
      });
    };
    auto inside = [&](const std::vector<std::string>& small, const std::vector<std::string>& big) {
      return std::all_of(small.begin(), small.end(), [&](const std::string& part) {
        return connectors_.count(part) > 0 || holds(big, part);
      });
    };
    if (inside(px, py) || inside(py, px)) continue;
    // The words one name has and the other lacks: one word spelt or inflected two ways
    // ("Charger" / "Chargers", "Opteron" / "Opteron™") is the first route's to judge, and
    // initials are the words they stand for ("L.A. Times" / "Los Angeles Times", "INS" /
    // "Indian Naval Ship").
    auto own = [&](const std::vector<std::string>& mine, const std::vector<std::string>& theirs) {
      std::vector<std::string> found;
      for (const auto& part : mine) {
        if (!connectors_.count(part) && !holds(theirs, part)) found.push_back(part);
      }
      return found;
    };
    auto dx = own(px, py), dy = own(py, px);
    // Names sharing a word of their own, no ordinary word, name one thing told two ways
    // ("Warship Sukanya" / "Indian Naval Ship Sukanya").
    bool proper_shared = std::any_of(px.begin(), px.end(), [&](const std::string& part) {
      return !connectors_.count(part) && !words_.is_common(part) &&
             std::find(py.begin(), py.end(), part) != py.end();
    });
    if (proper_shared) continue;
    if (dx.size() == 1 && dy.size() == 1 &&
        (same_word(dx[0], dy[0], dx[0], dy[0]) || dx[0].starts_with(dy[0]) ||
         dy[0].starts_with(dx[0])))
      continue;
    auto letters_of = [](const std::vector<std::string>& parts) {
      std::string joined;
      for (const auto& part : parts) {
        for (char c : part) {
          if (c != '.') joined += c;
        }
      }
      return joined;
    };
    auto initials_of = [](const std::vector<std::string>& parts) {
      std::string initials;
      for (const auto& part : parts) initials += part.front();
      return initials;
    };
    if (letters_of(dx) == initials_of(dy) || letters_of(dy) == initials_of(dx)) continue;
    auto claims_a = claims_of.find({source_a, sentence_a});
    auto claims_b = claims_of.find({source_b, sentence_b});
    if (claims_a == claims_of.end() || claims_b == claims_of.end()) continue;
    const Document& doc_a = analysis.documents[source_a];
    const Document& doc_b = analysis.documents[source_b];
    std::string next = x.after == y.after ? x.after : x.after2;
    std::string place = head    ? "the same kind of place or body (“" + px.back() + "”)"
                        : after ? "the same place in the sentence (before “" + next + "”)"
                                : "the same place in the sentence (after “" + x.before2 + "”)";
    Finding finding;
    finding.level = Level::Divergence;
    finding.type = "entity-name";
    finding.rule = "divergence.entity-name";
    finding.score = pair.score;
    finding.summary = "“" + std::string(x.written) + "” in " + doc_a.id + " is “" +
                      std::string(y.written) + "” in " + doc_b.id;
    finding.explanation = "The two sentences tell the same thing (" +
                          alike_words(pair.shared, pair.score, false) + ") but name " + place +
                          " differently, and neither source writes the other's name anywhere: "
                          "one of them has probably named the wrong one.";
    finding.evidence.push_back(Evidence{claims_a->second.front(), {}});
    finding.evidence.back().highlights.push_back(
        Span{x.name->spans.front().start, x.name->spans.back().end});
    finding.evidence.push_back(Evidence{claims_b->second.front(), {}});
    finding.evidence.back().highlights.push_back(
        Span{y.name->spans.front().start, y.name->spans.back().end});
    by_pair[{source_a, source_b}].push_back(std::move(finding));
  }
  // One name swapped, or two, is a slip; more are two events of one kind told in the same
  // words ("the fire was under investigation by the X Police"), or a source that names
  // everything its own way.
  for (auto& [sources_pair, findings] : by_pair) {
    if (findings.size() > kSwapsAtMost || !partners[sources_pair.first][sources_pair.second])
      continue;
    for (auto& finding : findings) out.push_back(std::move(finding));
  }
}

}  // namespace cc::detect
