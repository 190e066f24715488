// Entity mentions and speaker resolution.
//
// Persons come from the entities pack (a title or a known first name before a
// capitalised name) and from capitalised runs of two or more words that no dictionary
// knows ("Gabrielius Landsbergis"): the WordNet lexicon says which capitalised words are
// ordinary English words ("Oval Office", "White House" are not names of people).
// Places and organisations come from tables; an all-capitals word is an organisation
// ("NATO"), and so is a capitalised run ending with an organisation word ("Institute").
#include <algorithm>
#include <map>
#include <optional>
#include <unordered_set>

#include "core/text.hpp"
#include "extract/impl.hpp"

namespace cc::extract {

namespace {

// The longest organisation name read as "HEAD of NAME" ("Association of Retired Police
// Officers" is five words).
constexpr size_t kMaxOrganisationWords = 9;

// True when a mention of `mentions` (sorted by offset) overlaps [start, end).
bool overlaps(const std::vector<Mention>& mentions, uint32_t start, uint32_t end) {
  constexpr uint32_t kLongestName = 256;
  auto [first, last] = mentions_in(mentions, start > kLongestName ? start - kLongestName : 0, end);
  return std::any_of(first, last,
                     [&](const Mention& m) { return m.offset < end && start < m.end; });
}

bool is_acronym(std::string_view word) {
  size_t letters = 0;
  for (char c : word) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++letters;
  }
  return letters >= 2 && letters <= 6;
}

// The word without a possessive ending: "Ukraine’s" -> "Ukraine", "Davis'" -> "Davis".
std::string_view without_possessive(std::string_view word) {
  for (std::string_view suffix : {"\xE2\x80\x99s", "'s", "\xE2\x80\x99", "'"}) {
    if (word.size() > suffix.size() && word.substr(word.size() - suffix.size()) == suffix)
      return word.substr(0, word.size() - suffix.size());
  }
  return word;
}

std::string join_surface(std::string_view text, const std::vector<Token>& tokens, size_t from,
                         size_t to) {
  std::string out;
  for (size_t i = from; i < to; ++i) {
    if (i > from) out += ' ';
    std::string_view word = text.substr(tokens[i].span.start, tokens[i].span.size());
    out += tokens[i].possessive ? without_possessive(word) : word;
  }
  return out;
}

// A capitalised word that could continue a person's name: not a common word, a title, a
// nationality or a month.
bool name_like_word(const Extractor::Impl& impl, const Document& document, const Token& token) {
  if (!token.capitalised) return false;
  std::string_view word = without_possessive(document.slice(token.span));
  // "Europeans": a nationality in the plural.
  bool plural_demonym = word.size() > 3 && word.back() == 's' &&
                        impl.names.is_demonym(word.substr(0, word.size() - 1));
  return !impl.lexicon.is_common(token.lower) && !impl.names.is_title(word) &&
         !impl.names.is_demonym(word) && !plural_demonym && !impl.calendar_words.count(word) &&
         !is_acronym(word) && word.find('\'') == std::string_view::npos &&
         word.find("\xE2\x80\x99") == std::string_view::npos;
}

// A capitalised hyphenated word ending in lower case ("Oslo-based"): a modifier.
bool modifier_compound(std::string_view text, const Token& token) {
  return token.capitalised &&
         normalize::is_modifier_compound(text.substr(token.span.start, token.span.size()));
}

bool is_particle(std::string_view word) {
  return word == "von" || word == "der" || word == "de" || word == "van" || word == "al" ||
         word == "den" || word == "du" || word == "da" || word == "di" || word == "bin" ||
         word == "la" || word == "le";
}

Mention make_mention(EntityType type, Span span, std::string name, std::string key,
                     std::string surface) {
  Mention mention;
  mention.offset = span.start;
  mention.end = span.end;
  mention.type = type;
  mention.name = std::move(name);
  mention.key = std::move(key);
  mention.surface = std::move(surface);
  return mention;
}

// Places and organisations (longest phrase first) inside the capitalised run
// [from, to); persons in what is left. Appends to `out`.
void classify_run(const Extractor::Impl& impl, const Document& document,
                  const std::vector<Token>& tokens, size_t from, size_t to, bool sentence_start,
                  bool heading, std::vector<Mention>& out) {
  std::string_view text = document.text;
  // name_like_word of each token of the run, worked out when first asked.
  std::vector<signed char> name_like(to - from, -1);
  auto name_like_at = [&](size_t k) {
    signed char& known = name_like[k - from];
    if (known < 0) known = name_like_word(impl, document, tokens[k]) ? 1 : 0;
    return known == 1;
  };
  size_t i = from;
  size_t unknown_start = from;
  auto flush_unknown = [&](size_t end) {
    if (heading) {
      unknown_start = end;
      return;
    }
    // An organisation: two to four words ending in a word such as "Agency" or "Airlines",
    // whatever the first ("Aviation Safety Agency" opening a sentence).
    size_t whole = unknown_start;
    if (whole < end && tokens[whole].lower == "the") ++whole;
    if (end - whole >= 2 && end - whole <= 4 &&
        impl.org_heads.count(
            std::string(text.substr(tokens[end - 1].span.start, tokens[end - 1].span.size())))) {
      std::string surface = join_surface(text, tokens, whole, end);
      out.push_back(make_mention(EntityType::Organization,
                                 Span{tokens[whole].span.start, tokens[end - 1].span.end}, surface,
                                 normalize::key_of(surface), surface));
      unknown_start = end;
      return;
    }
    // A person: two to four words, none a common word, a title, a nationality or a month.
    size_t begin = unknown_start;
    while (begin < end) {
      const Token& t = tokens[begin];
      std::string_view word = text.substr(t.span.start, t.span.size());
      bool skip = impl.names.is_title(word) || impl.names.is_demonym(word) ||
                  (begin == from && sentence_start && impl.lexicon.is_common(t.lower) &&
                   !(end - begin >= 2 && impl.lexicon.is_world_given_name(word))) ||
                  impl.calendar_words.count(word);
      if (!skip) break;
      ++begin;
    }
    size_t count = end - begin;
    unknown_start = end;
    if (count == 1 && name_like_at(begin) &&
        std::all_of(text.begin() + tokens[begin].span.start, text.begin() + tokens[begin].span.end,
                    [](char c) { return c != '.' && (c < '0' || c > '9'); })) {
      // A single name no table knows ("Ketsoyan", "Zelensky"): a person, a place or a
      // firm; typed Other until a full name with that surname makes it a person.
      std::string surface = join_surface(text, tokens, begin, end);
      out.push_back(make_mention(EntityType::Other, tokens[begin].span,
                                 impl.names.canonical(surface), impl.names.key(surface), surface));
      return;
    }
    if (count < 2 || count > 4) return;
    std::string last(text.substr(tokens[end - 1].span.start, tokens[end - 1].span.size()));
    if (impl.org_heads.count(last)) {
      std::string surface = join_surface(text, tokens, begin, end);
      out.push_back(make_mention(EntityType::Organization,
                                 Span{tokens[begin].span.start, tokens[end - 1].span.end}, surface,
                                 normalize::key_of(surface), surface));
      return;
    }
    // A surname no dictionary knows ("Gabrielius Landsbergis"), a known first name
    // ("Mark Rutte"), or a first name no dictionary knows before a surname that is also a
    // word ("Emmanuel Macron"). "Oval Office", "White House" and headlines in title case
    // ("Potential Putin-Zelenskyy Meeting") are none of these.
    for (size_t k = begin; k < end; ++k) {
      const Token& t = tokens[k];
      std::string_view word = text.substr(t.span.start, t.span.size());
      // Initials before a surname are a person's ("K. Mehta", "A.J. Smith").
      if (k + 1 < end &&
          (normalize::is_initials(word) || (word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z')))
        continue;
      if (is_acronym(word) || t.digit || impl.calendar_words.count(word)) return;
    }
    bool given = impl.lexicon.is_given_name(
        std::string(text.substr(tokens[begin].span.start, tokens[begin].span.size())));
    bool unknown_surname = !impl.lexicon.is_common(tokens[end - 1].lower);
    bool unknown_first = count == 2 && !impl.lexicon.is_common(tokens[begin].lower);
    if (!given && !unknown_surname && !unknown_first) return;
    std::string surface = join_surface(text, tokens, begin, end);
    // A run opening with an article or a place word and no first name names a place or a
    // title more often than a person ("La Rosière", "Le Mans", "El Paso", "San Telmo",
    // "Port Harcourt"): not a person a pronoun could stand for. ("Marine Le Pen" opens with
    // her first name; "Le Pen" alone is joined to her later, as a surname is.)
    static const std::unordered_set<std::string_view> kPlaceOpeners = {
        "la", "le",    "les",  "el",   "los",   "las",  "san",  "santa", "saint",
        "st", "sankt", "port", "fort", "mount", "lake", "cape", "bad"};
    if (!given && kPlaceOpeners.count(tokens[begin].lower)) {
      out.push_back(make_mention(EntityType::Other,
                                 Span{tokens[begin].span.start, tokens[end - 1].span.end},
                                 impl.names.canonical(surface), impl.names.key(surface), surface));
      return;
    }
    Mention mention =
        make_mention(EntityType::Person, Span{tokens[begin].span.start, tokens[end - 1].span.end},
                     impl.names.canonical(surface), impl.names.key(surface), surface);
    out.push_back(std::move(mention));
  };
  // The run's first word past a leading "The".
  size_t opening = from < to && tokens[from].lower == "the" ? from + 1 : from;
  while (i < to) {
    // "the Women's Institute": the head word after a possessive inside the run is not a
    // name of its own.
    if (i > from && tokens[i - 1].possessive) {
      ++i;
      continue;
    }
    bool found = false;
    for (size_t length = std::min<size_t>(4, to - i); length >= 1 && !found; --length) {
      // An organisation's head word ending a run is that organisation's ("the Motorists
      // Union", "Springfield Police"), not a place of that name ("Union", "Police").
      if (length == 1 && i > opening && i + 1 == to &&
          impl.org_heads.count(
              std::string(text.substr(tokens[i].span.start, tokens[i].span.size()))))
        continue;
      // "Tara Reid", "Paris Hilton": a place name followed by a name-like word is a person.
      if (i + length < to && name_like_at(i + length)) continue;
      std::string surface = join_surface(text, tokens, i, i + length);
      std::string canonical = impl.names.canonical(surface);
      Span span{tokens[i].span.start, tokens[i + length - 1].span.end};
      if (const auto* place = impl.lexicon.place(canonical); place || impl.lexicon.place(surface)) {
        if (!place) place = impl.lexicon.place(surface);
        flush_unknown(i);
        out.push_back(make_mention(EntityType::Place, span, place->canonical,
                                   normalize::key_of(place->canonical), surface));
        found = true;
      } else if (const auto* organization = impl.lexicon.organization(surface);
                 organization && (organization->curated || length > 1 ||
                                  !impl.lexicon.is_common(tokens[i].lower))) {
        // WordNet files "Allies" and "International" as organisations: one common word
        // names one only when a curated table says so.
        flush_unknown(i);
        out.push_back(make_mention(EntityType::Organization, span, organization->canonical,
                                   normalize::key_of(organization->canonical), surface));
        found = true;
      }
      if (found) {
        i += length;
        unknown_start = i;
      }
    }
    if (found) continue;
    std::string_view word = text.substr(tokens[i].span.start, tokens[i].span.size());
    // An acronym is an organisation ("NATO"), unless it opens a name ("JD Vance").
    bool opens_name = i + 1 < to && name_like_at(i + 1);
    if (is_acronym(word) && !impl.names.is_demonym(word) && !opens_name) {
      flush_unknown(i);
      out.push_back(make_mention(EntityType::Organization, tokens[i].span, std::string(word),
                                 normalize::key_of(word), std::string(word)));
      unknown_start = i + 1;
    }
    ++i;
  }
  flush_unknown(to);
}

// Whether sentence `index` (its words: `tokens`) is a heading in title case
// ("Ceasefire Complications"): one that names nobody new.
bool heading_at(const Document& document, uint32_t index, const std::vector<Token>& tokens) {
  size_t capitalised = 0;
  size_t content = 0;
  for (const auto& token : tokens) {
    if (token.closed != normalize::Closed::None) continue;
    ++content;
    if (token.capitalised) ++capitalised;
  }
  // A heading has no full stop: "Trump welcomed Zelenskyy to the Oval Office." is a
  // sentence full of names.
  std::string_view sentence = document.slice(document.sentences[index].span);
  if (!sentence.empty() &&
      (sentence.back() == '.' || sentence.back() == '?' || sentence.back() == '!'))
    return false;
  return content >= 2 && capitalised * 10 >= content * 7;
}

}  // namespace

std::vector<Mention> find_mentions(const Extractor::Impl& impl, DocumentState& state) {
  const Document& document = state.document;
  std::string_view text = document.text;
  std::vector<Mention> out;
  std::vector<char> heading(document.sentences.size());
  for (uint32_t i = 0; i < heading.size(); ++i)
    heading[i] = heading_at(document, i, state.sentence_tokens[i]);
  // 1. Persons the entities pack finds: a title or a first name before a name.
  for (const auto& sentence : impl.match_sentences(impl.entities, document)) {
    for (const auto& match : sentence.matches) {
      auto name = match.capture("name");
      if (!name) continue;
      bool titled = match.rule->id == "person.titled";
      std::string phrase(document.slice(titled ? match.span : *name));
      normalize::SpeakerPhrase parsed = impl.names.parse(phrase);
      if (parsed.form != normalize::SpeakerPhrase::Form::Name || parsed.name.empty()) continue;
      if (heading[sentence.sentence]) {
        // A title-case heading: "... But Major Challenges Remain" names nobody.
        bool all_common = true;
        for (const auto& word : text::words(parsed.name)) {
          if (!impl.lexicon.is_common(word.norm) ||
              impl.lexicon.is_given_name(
                  std::string(parsed.name.substr(word.span.start, word.span.size()))))
            all_common = false;
        }
        if (all_common) continue;
      }
      if (!titled) {
        // "Betty Ford Clinic" is an organisation named after a person.
        auto last_space = parsed.name.find_last_of(' ');
        if (impl.org_heads.count(parsed.name.substr(last_space + 1))) continue;
        // "Will Ukraine ..." at a sentence start is no first name: every word is common.
        // A first name that is no function word keeps it one ("John Smith said", "Peter
        // Hall said": surnames that are also words).
        bool all_common = true;
        auto words = text::words(parsed.name);
        for (const auto& word : words) {
          if (!impl.lexicon.is_common(word.norm)) all_common = false;
        }
        if (all_common && words.size() >= 2) {
          std::string first(parsed.name.substr(words[0].span.start, words[0].span.size()));
          if (impl.lexicon.is_given_name(first) &&
              impl.lexicon.closed(words[0].norm) == normalize::Closed::None)
            all_common = false;
        }
        if (all_common) continue;
      }
      Mention mention;
      mention.offset = name->start;
      mention.end = name->end;
      mention.type = EntityType::Person;
      mention.name = impl.names.canonical(parsed.name);
      mention.key = impl.names.key(parsed.name);
      mention.title = parsed.title;
      mention.demonym = parsed.demonym;
      mention.surface = parsed.name;
      if (!overlaps(out, mention.offset, mention.end)) out.push_back(std::move(mention));
    }
  }
  // 2. Capitalised runs: places, organisations and names nobody introduced.
  std::vector<Mention> found;
  uint32_t sentence_index = 0;
  for ([[maybe_unused]] const Sentence& sentence : document.sentences) {
    bool is_heading = heading[sentence_index] != 0;
    const auto& tokens = state.sentence_tokens[sentence_index++];
    size_t i = 0;
    while (i < tokens.size()) {
      if (!tokens[i].capitalised) {
        // A nationality before a lower-case noun names its country: "Ukrainian territory".
        if (i > 0 && tokens[i - 1].capitalised && tokens[i].gap == 0 && !tokens[i].digit) {
          std::string previous(text.substr(tokens[i - 1].span.start, tokens[i - 1].span.size()));
          if (auto it = impl.demonym_places.find(previous); it != impl.demonym_places.end()) {
            found.push_back(make_mention(EntityType::Place, tokens[i - 1].span, it->second,
                                         normalize::key_of(it->second), previous));
          }
        }
        ++i;
        continue;
      }
      // "Oslo-based", "Kremlin-backed": a modifier, not the first word of the name
      // after it ("Oslo-based Nordvik Holdings" names Nordvik Holdings).
      if (modifier_compound(text, tokens[i])) {
        ++i;
        continue;
      }
      size_t end = i + 1;
      // An initial's period does not end the run: "K. Mehta".
      auto initial_before = [&](size_t k) {
        const Token& before = tokens[k - 1];
        if (tokens[k].gap != kBreak || before.span.size() != 1 || !before.capitalised ||
            !tokens[k].capitalised)
          return false;
        std::string_view between =
            text.substr(before.span.end, tokens[k].span.start - before.span.end);
        return between.size() >= 2 && between[0] == '.' &&
               between.find_first_not_of(' ', 1) == std::string_view::npos;
      };
      // A common noun's possessive before an organisation's head word is inside the name:
      // "the Motorists' Union", "the Women's Institute" (not "Russia's Parliament").
      auto possessive_org = [&](size_t k) {
        const Token& before = tokens[k - 1];
        return before.possessive && before.capitalised && tokens[k].capitalised &&
               (impl.lexicon.is_common(before.lower) ||
                impl.lexicon.is_common(impl.lexicon.noun_lemma(before.lower))) &&
               impl.org_heads.count(
                   std::string(text.substr(tokens[k].span.start, tokens[k].span.size())));
      };
      while (end < tokens.size() && (tokens[end].gap == 0 || initial_before(end)) &&
             (!tokens[end - 1].possessive || possessive_org(end))) {
        if (modifier_compound(text, tokens[end])) break;
        if (tokens[end].capitalised) {
          ++end;
        } else if (is_particle(tokens[end].lower) && !tokens[end].possessive) {
          // "Ursula von der Leyen", "Charles de Gaulle": particles inside a name.
          size_t next = end;
          while (next < tokens.size() && is_particle(tokens[next].lower) && tokens[next].gap == 0)
            ++next;
          if (next >= tokens.size() || !tokens[next].capitalised || tokens[next].gap != 0) break;
          end = next + 1;
        } else {
          break;
        }
      }
      // "Association of Retired Police Officers", "Ministry of Health", "Bank of
      // England": a run ending in an organisation's head word, then "of" (and "the"), then
      // capitalised words, is one organisation.
      if (!is_heading && end + 1 < tokens.size() && tokens[end].lower == "of" &&
          tokens[end].gap == 0 && !tokens[end - 1].possessive &&
          impl.org_heads.count(
              std::string(text.substr(tokens[end - 1].span.start, tokens[end - 1].span.size())))) {
        size_t k = end + 1;
        if (k < tokens.size() && tokens[k].lower == "the" && tokens[k].gap == 0) ++k;
        size_t last = k;
        while (last < tokens.size() && tokens[last].capitalised && !tokens[last].digit &&
               (last == k || (tokens[last].gap == 0 && !tokens[last - 1].possessive)))
          ++last;
        size_t first = i;
        if (tokens[first].lower == "the" && first + 1 < end) ++first;
        if (last > k && last - first <= kMaxOrganisationWords) {
          std::string surface = join_surface(text, tokens, first, last);
          found.push_back(make_mention(EntityType::Organization,
                                       Span{tokens[first].span.start, tokens[last - 1].span.end},
                                       surface, normalize::key_of(surface), surface));
          i = last;
          continue;
        }
      }
      classify_run(impl, document, tokens, i, end, i == 0 || (tokens[i].gap & kQuoteMark),
                   is_heading, found);
      i = end;
    }
  }
  // `out` holds the pack's persons, in text order; names found in runs give way to them.
  std::vector<Mention> persons = out;
  for (auto& mention : found) {
    if (mention.type != EntityType::Place && overlaps(persons, mention.offset, mention.end))
      continue;
    out.push_back(std::move(mention));
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const Mention& a, const Mention& b) { return a.offset < b.offset; });
  return out;
}

void add_surname_mentions(const Document& document, std::vector<Mention>& mentions) {
  // Both the canonical and the written surname: "Zelenskyy" and "Zelensky".
  std::map<std::string, const Mention*> by_surname;
  for (const auto& person : mentions) {
    if (person.type != EntityType::Person) continue;
    for (const std::string* name : {&person.name, &person.surface}) {
      auto space = name->find_last_of(' ');
      std::string surname = space == std::string::npos ? *name : name->substr(space + 1);
      if (surname.size() < 3) continue;
      by_surname.emplace(surname, &person);
    }
  }
  std::string_view text = document.text;
  std::vector<Mention> found;
  for (const auto& [surname, person] : by_surname) {
    for (size_t at = text.find(surname); at != std::string_view::npos;
         at = text.find(surname, at + 1)) {
      size_t end = at + surname.size();
      bool starts = at == 0 || !text::is_ascii_alnum(text[at - 1]);
      bool ends = end == text.size() || !text::is_ascii_alnum(text[end]);
      if (!starts || !ends) continue;
      // A single name found earlier as Other ("Zelensky") is this person's surname.
      auto [first, last] =
          mentions_in(mentions, static_cast<uint32_t>(at), static_cast<uint32_t>(at) + 1);
      auto other =
          std::find_if(first, last, [&](const Mention& m) { return m.type == EntityType::Other; });
      if (other == last) other = mentions.end();
      auto writable = mentions.begin() + (other - mentions.cbegin());
      if (other != mentions.end()) {
        uint32_t other_end = writable->end;
        *writable = *person;
        writable->offset = static_cast<uint32_t>(at);
        writable->end = other_end;
        writable->title.clear();
        writable->demonym.clear();
        continue;
      }
      if (overlaps(mentions, static_cast<uint32_t>(at), static_cast<uint32_t>(end))) continue;
      Mention mention = *person;
      mention.offset = static_cast<uint32_t>(at);
      mention.end = static_cast<uint32_t>(end);
      mention.title.clear();
      mention.demonym.clear();
      found.push_back(std::move(mention));
    }
  }
  mentions.insert(mentions.end(), found.begin(), found.end());
  std::stable_sort(mentions.begin(), mentions.end(),
                   [](const Mention& a, const Mention& b) { return a.offset < b.offset; });
}

namespace {

// True when the mention at `offset` looks like the subject of a clause: not the object of
// a preposition, and opening the sentence or a clause (after a comma or a subordinating
// word) or followed by a lower-case word (a verb, most of the time).
bool looks_like_subject(std::string_view text, Span sentence, uint32_t offset, uint32_t end) {
  static const std::vector<std::string_view> kPrepositions = {
      "with",   "of",      "to",      "for",   "by",     "from",   "at",    "in",   "on",
      "about",  "against", "between", "among", "than",   "like",   "under", "over", "into",
      "toward", "towards", "before",  "after", "behind", "beside", "and",   "or"};
  if (offset == sentence.start) return true;
  std::string_view before = text.substr(sentence.start, offset - sentence.start);
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  if (!before.empty() && before.back() == ',') return true;
  // Only capitalised words before it, a title: "Finance Minister Lena Hartmann said".
  bool titled = !before.empty();
  for (size_t at = 0; at < before.size(); at = before.find(' ', at) + 1) {
    if (!(before[at] >= 'A' && before[at] <= 'Z')) titled = false;
    if (before.find(' ', at) == std::string_view::npos) break;
  }
  if (titled) return true;
  size_t word_start = before.find_last_of(' ');
  std::string previous =
      text::fold(before.substr(word_start == std::string_view::npos ? 0 : word_start + 1));
  for (auto preposition : kPrepositions) {
    if (previous == preposition) return false;
  }
  // Followed by a lower-case word: "Zelenskyy welcomed", "Trump’s position" (after the
  // whole name: "Laura Mickevicius said").
  size_t after = std::max(offset, std::min(end, sentence.end) - 1);
  while (after < sentence.end && text[after] != ' ') ++after;
  while (after < sentence.end && text[after] == ' ') ++after;
  if (after >= sentence.end || text[after] < 'a' || text[after] > 'z') return false;
  // Not a conjunction: "Imad Askhar and Hassan Askhar were" is half of a subject.
  size_t next = after;
  while (next < sentence.end && text[next] >= 'a' && text[next] <= 'z') ++next;
  std::string_view word = text.substr(after, next - after);
  return word != "and" && word != "or" && word != "nor";
}

// True when only capitalised words (a title, no article) or nothing stand before `offset`
// in the sentence: "Finance Minister Lena Hartmann said", "Hartmann said" (not "The
// union's leader, Marta Kovacs").
bool opens_sentence(std::string_view text, Span sentence, uint32_t offset) {
  std::string_view before = text.substr(sentence.start, offset - sentence.start);
  for (size_t at = 0; at < before.size();) {
    while (at < before.size() && before[at] == ' ') ++at;
    if (at >= before.size()) break;
    if (!(before[at] >= 'A' && before[at] <= 'Z')) return false;
    size_t end = before.find(' ', at);
    std::string_view word = before.substr(at, end == std::string_view::npos ? end : end - at);
    if (word == "The" || word == "A" || word == "An") return false;
    at = end;
    if (at == std::string_view::npos) break;
  }
  return true;
}

// True when `offset` lies inside a quotation opened earlier in its sentence (curly, straight
// or `` '' marks).
bool inside_quotation(std::string_view text, Span sentence, uint32_t offset) {
  bool open = false;
  for (size_t at = sentence.start; at < offset && at < text.size(); ++at) {
    std::string_view rest = text.substr(at);
    if (rest.starts_with("\u201c") || rest.starts_with("``")) {
      open = true;
    } else if (rest.starts_with("\u201d") || rest.starts_with("''")) {
      open = false;
    } else if (text[at] == '"') {
      open = !open;
    }
  }
  return open;
}

// True when the words before `offset` in its sentence are a role and what qualifies it,
// the first capitalised ("Defence lawyer Ana Silva said ...", "Chief prosecutor Ivo Rand"):
// the person then opens the sentence as after a title.
bool after_role(std::string_view text, Span sentence, uint32_t offset,
                const normalize::Names& names) {
  auto words = text::words(text.substr(sentence.start, offset - sentence.start));
  if (words.size() < 2 || words.size() > 4) return false;
  char first = text[sentence.start + words.front().span.start];
  return first >= 'A' && first <= 'Z' && names.is_role(words.back().norm);
}

// True when the person at `offset` is the speaker of an inverted cue that closes its
// sentence: "X took on too many orders, said shipping consultant Jana Novak." (a cue verb after
// the clause's comma, then nothing or a role), the person ending the sentence. The sentence
// is what that person said: a pronoun speaker in the next sentence is that person,
// not the subject of what was said.
bool inverted_speaker(std::string_view text, Span sentence, uint32_t offset, uint32_t end,
                      const normalize::Names& names) {
  static const std::unordered_set<std::string_view> kCues = {
      "said",     "says",  "added", "adds",     "explained", "noted",    "warned",   "argued",
      "insisted", "wrote", "told",  "stressed", "recalled",  "observed", "cautioned"};
  std::string_view before = text.substr(sentence.start, offset - sentence.start);
  size_t comma = before.rfind(',');
  if (comma == std::string_view::npos) return false;
  auto words = text::words(before.substr(comma + 1));
  if (words.empty() || words.size() > 5 || !kCues.count(words.front().norm)) return false;
  // Only a role between ("said aviation analyst"), not a clause ("said he backed King").
  if (words.size() > 1 && !names.is_role(words.back().norm) && !names.is_title(words.back().norm))
    return false;
  // The person closes the sentence: only its final punctuation (and a closing quote) after.
  for (uint32_t at = end; at < sentence.end; ++at) {
    char c = text[at];
    if (c != '.' && c != ' ' && c != '"' && c != '\'' && c != '\n' &&
        static_cast<unsigned char>(c) < 0x80)
      return false;
  }
  return true;
}

// The person a role phrase ("the Russian leader", "the prime minister") stands for: the
// last named before `offset` with that title or nationality.
const Mention* role_holder(const std::vector<Mention>& mentions, uint32_t offset,
                           const normalize::SpeakerPhrase& phrase, std::string_view text = {}) {
  // The role noun written in lower case right before the person's name ("chief district
  // officer Mira Tamang"), which no title list holds: that person holds the role too.
  auto written_before = [&](const Mention& m) {
    if (text.empty() || phrase.title.empty() || m.offset < phrase.title.size() + 1) return false;
    std::string_view before = text.substr(0, m.offset);
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    if (before.size() < phrase.title.size()) return false;
    std::string_view last = before.substr(before.size() - phrase.title.size());
    if (text::fold(last) != phrase.title) return false;
    return before.size() == phrase.title.size() ||
           !text::is_ascii_alnum(before[before.size() - phrase.title.size() - 1]);
  };
  for (auto it = mentions.rbegin(); it != mentions.rend(); ++it) {
    if (it->offset >= offset || it->type != EntityType::Person) continue;
    bool demonym_ok = phrase.demonym.empty() || it->demonym == phrase.demonym;
    bool title_ok = phrase.title.empty() || it->title == phrase.title || phrase.title == "leader" ||
                    phrase.title == "official" || (phrase.demonym.empty() && written_before(*it));
    if (demonym_ok && title_ok && (!phrase.demonym.empty() || !phrase.title.empty())) return &*it;
  }
  return nullptr;
}

// The role phrase that opens a sentence as its subject, "The prime minister announced",
// "The company's lawyer said": "The", at most three words ending with the title or role
// noun, and a lower-case word after it. Nullopt when the sentence opens otherwise.
std::optional<normalize::SpeakerPhrase> opening_role(const Document& document, uint32_t sentence,
                                                     const normalize::Names& names) {
  constexpr size_t kMaxWords = 4;
  if (sentence >= document.sentences.size()) return std::nullopt;
  Span span = document.sentences[sentence].span;
  std::string_view text = document.slice(span);
  if (!text.starts_with("The ")) return std::nullopt;
  auto words = text::words(text.substr(0, std::min<size_t>(text.size(), 80)));
  for (size_t j = 1; j < kMaxWords && j + 1 < words.size(); ++j) {
    uint32_t end = words[j].span.end;
    normalize::SpeakerPhrase phrase = names.parse(text.substr(0, end));
    if (phrase.form != normalize::SpeakerPhrase::Form::Role || phrase.title.empty()) continue;
    if (!phrase.title.ends_with(words[j].norm)) continue;
    char next = text[words[j + 1].span.start];
    if (next < 'a' || next > 'z') return std::nullopt;
    return phrase;
  }
  return std::nullopt;
}

}  // namespace

const Mention* antecedent(const Document& document, const std::vector<Mention>& mentions,
                          uint32_t offset, const normalize::SpeakerPhrase& phrase,
                          const normalize::Names& names) {
  if (phrase.form == normalize::SpeakerPhrase::Form::Pronoun && phrase.plural) return nullptr;
  if (phrase.form == normalize::SpeakerPhrase::Form::Pronoun) {
    // The subject of its own sentence, then of the sentence before, then any person named
    // in its sentence, then the last person named.
    // Walking back from the pronoun, the first mention found is the latest, which wins
    // ties; past the sentence before, nothing can beat what was found.
    uint32_t here = sentence_at(document, offset);
    const Mention* best = nullptr;
    int best_score = 0;
    // A role phrase opening the sentence before stands for its holder, as a name opening
    // it would ("The prime minister met Kalnins in her office. ... she said").
    if (here > 0) {
      if (auto role = opening_role(document, here - 1, names)) {
        if (const Mention* holder = role_holder(mentions, offset, *role)) {
          best = holder;
          best_score = 9;
        }
      }
    }
    auto end = mentions_in(mentions, 0, offset).second;
    // A single name typed Other is a person's surname when a person with that surname was
    // named before ("Agency Director K. Mehta ... Mehta said"): the mention finder
    // types it Other, and only clustering later joins it to the person.
    auto surname_of_person = [&](const Mention& single) {
      if (single.type != EntityType::Other) return false;
      return std::any_of(mentions.begin(), mentions.end(), [&](const Mention& m) {
        if (m.type != EntityType::Person || m.offset >= single.offset) return false;
        return m.key == single.key || (m.key.size() > single.key.size() &&
                                       m.key.compare(m.key.size() - single.key.size(),
                                                     single.key.size(), single.key) == 0 &&
                                       m.key[m.key.size() - single.key.size() - 1] == ' ');
      });
    };
    // A name right before a lower-case title and a person's name qualifies that person
    // ("Brevik Tjorn chief executive Anders Dahl", an employer the mention finder may take
    // for a person): it is nobody's antecedent, and the person it qualifies opens the
    // sentence when it does.
    auto qualifies = [&](const Mention& m, const Mention& next) {
      if (next.type != EntityType::Person || next.offset <= m.end) return false;
      std::string_view between(document.text.data() + m.end, next.offset - m.end);
      if (between.size() > 40 || between.size() < 3 || between.front() != ' ' ||
          between.back() != ' ')
        return false;
      between = between.substr(1, between.size() - 2);
      return std::all_of(between.begin(), between.end(),
                         [](char c) { return c == ' ' || (c >= 'a' && c <= 'z') || c == '-'; }) &&
             (names.is_title(between) || !names.parse("the " + std::string(between)).title.empty());
    };
    // A single name set off by a role ("Vaitkus, the energy minister, said") is a person
    // whoever the mention finder took it for.
    auto role_apposition = [&](const Mention& single) {
      if (single.type != EntityType::Other) return false;
      std::string_view after = std::string_view(document.text).substr(single.end);
      if (!after.starts_with(", the ") && !after.starts_with(", a ")) return false;
      size_t comma = after.find(',', 2);
      if (comma == std::string_view::npos || comma > 60) return false;
      auto words = text::words(after.substr(2, comma - 2));
      return words.size() >= 2 && words.size() <= 5 && names.is_role(words.back().norm);
    };
    for (auto it = end; it != mentions.begin();) {
      const Mention& person = *--it;
      if (person.type != EntityType::Person && !surname_of_person(person) &&
          !role_apposition(person))
        continue;
      uint32_t where = sentence_at(document, person.offset);
      if (where + 1 < here && best) break;
      if (it + 1 != mentions.end() && qualifies(person, *(it + 1))) continue;
      // A person named inside the quote the pronoun closes is who the speaker talks about
      // ("“... watching Johnny Carson host the Oscars ...,” he said").
      if (where == here &&
          inside_quotation(document.text, document.sentences[where].span, person.offset))
        continue;
      Span span = document.sentences[where].span;
      bool subject = looks_like_subject(document.text, span, person.offset, person.end);
      // In the sentence before, the person who opens it is its subject ("Finance Minister
      // X, in a statement, thanked Y for his service."): preferred over a later one that
      // only looks like a subject.
      bool opens = (subject && (opens_sentence(document.text, span, person.offset) ||
                                after_role(document.text, span, person.offset, names))) ||
                   (where + 1 == here &&
                    inverted_speaker(document.text, span, person.offset, person.end, names));
      if (it != mentions.begin() && qualifies(*(it - 1), person) &&
          opens_sentence(document.text, span, (it - 1)->offset)) {
        subject = opens = true;
      }
      int score = 2;
      if (where == here)
        score = subject ? 10 : 6;
      else if (where + 1 == here)
        score = opens ? 9 : subject ? 8 : 4;
      if (score > best_score) {
        best = &person;
        best_score = score;
      }
      if (where + 1 < here) break;  // the last person named before the sentence before
    }
    return best;
  }
  // A role phrase ("the Russian leader") needs a person with that title or nationality.
  return role_holder(mentions, offset, phrase, document.text);
}

const Mention* sentence_subject(const std::vector<Mention>& mentions, Span sentence,
                                uint32_t before) {
  for (const auto& person : mentions) {
    if (person.type == EntityType::Person && person.offset >= sentence.start &&
        person.offset < before)
      return &person;
  }
  return nullptr;
}

namespace {

// A capitalised phrase names someone when it had a title, has a word no dictionary
// knows, or ends with the surname of a person named before ("Trump"); "Meanwhile" and
// "The Mayor" alone do not.
bool name_like(const Extractor::Impl& impl, const std::vector<Mention>& mentions,
               const normalize::SpeakerPhrase& phrase) {
  if (!phrase.title.empty()) return true;
  auto words = text::words(phrase.name);
  if (words.empty()) return false;
  for (const auto& word : words) {
    if (!impl.lexicon.is_common(word.norm)) return true;
  }
  // A whole last word of the key: "it" is not the end of "Fahrenheit".
  const std::string& last = words.back().norm;
  return std::any_of(mentions.begin(), mentions.end(), [&](const Mention& m) {
    return m.key.size() >= last.size() &&
           m.key.compare(m.key.size() - last.size(), last.size(), last) == 0 &&
           (m.key.size() == last.size() ||
            !text::is_ascii_alnum(m.key[m.key.size() - last.size() - 1]));
  });
}

}  // namespace

std::optional<Span> speaker_span(const Extractor::Impl& impl, const Document& document,
                                 const std::vector<Mention>& mentions, const rules::Match& match) {
  std::optional<Span> speaker = match.capture("speaker");
  std::optional<Span> apposition = match.capture("apposition");
  if (!speaker || !apposition) return speaker;
  if (impl.names.parse(document.slice(*speaker)).form != normalize::SpeakerPhrase::Form::Role)
    return speaker;
  std::string_view text = document.slice(*apposition);
  size_t first = text.find_first_not_of(" \t\n");
  size_t last = text.find_last_not_of(" \t\n");
  if (first == std::string_view::npos) return speaker;
  // A title with its period before the name ("Dr. Ana Ruiz"): the mention is the name.
  if (size_t dot = text.find(". ", first);
      dot != std::string_view::npos && dot - first <= 4 && text.find(' ', first) > dot) {
    first = text.find_first_not_of(" \t\n", dot + 1);
    if (first == std::string_view::npos || first > last) return speaker;
  }
  Span name{apposition->start + static_cast<uint32_t>(first),
            apposition->start + static_cast<uint32_t>(last + 1)};
  for (const Mention& mention : mentions) {
    if (mention.type == EntityType::Person && mention.offset == name.start &&
        mention.end == name.end)
      return name;
  }
  return speaker;
}

std::string resolve_speaker(const Extractor::Impl& impl, const Document& document,
                            std::vector<Mention>& mentions, std::string_view phrase_text,
                            uint32_t offset, std::string* display) {
  // "Janis Kluge of the German Institute ...": the person is before the affiliation; but
  // an organisation's head word before "of" names it whole ("The Association of Retired
  // Police Officers", found among the mentions).
  // An organisation before a role and a name speaks through them: "Department of
  // Corrections spokeswoman Michelle Lyons" is Michelle Lyons.
  for (const auto& mention : mentions) {
    if (mention.type != EntityType::Organization || mention.offset < offset ||
        mention.offset > offset + 4 || mention.end > offset + phrase_text.size())
      continue;
    if (mention.end == offset + phrase_text.size()) {
      if (display) *display = mention.name;
      return mention.key;
    }
    size_t rest = mention.end - offset;
    while (rest < phrase_text.size() && phrase_text[rest] == ' ') ++rest;
    if (rest < phrase_text.size() && phrase_text[rest] >= 'a' && phrase_text[rest] <= 'z') {
      offset += static_cast<uint32_t>(rest);
      phrase_text = phrase_text.substr(rest);
    }
    break;
  }
  for (std::string_view joint : {" of ", " from ", " at "}) {
    size_t at = phrase_text.find(joint);
    if (at != std::string_view::npos && at > 0) phrase_text = phrase_text.substr(0, at);
  }
  normalize::SpeakerPhrase phrase = impl.names.parse(phrase_text);
  if (phrase.form == normalize::SpeakerPhrase::Form::Name && !phrase.name.empty()) {
    // "the Academy", "the Kremlin": an institution speaks.
    bool institution = (phrase_text.substr(0, 4) == "the " || phrase_text.substr(0, 4) == "The ") &&
                       phrase.title.empty();
    if (institution) {
      std::string name(phrase_text.substr(4));
      if (display) *display = name;
      std::string key = normalize::key_of(name);
      if (!overlaps(mentions, offset, offset + static_cast<uint32_t>(phrase_text.size()))) {
        Mention mention = make_mention(
            EntityType::Organization,
            Span{offset, offset + static_cast<uint32_t>(phrase_text.size())}, name, key, name);
        mentions.insert(
            std::upper_bound(mentions.begin(), mentions.end(), mention.offset,
                             [](uint32_t value, const Mention& m) { return value < m.offset; }),
            std::move(mention));
      }
      return key;
    }
    if (!name_like(impl, mentions, phrase)) return {};
    // A named organisation or place speaks for itself ("the Kremlin said").
    for (const auto& mention : mentions) {
      if (mention.offset >= offset && mention.offset < offset + phrase_text.size() &&
          mention.type != EntityType::Person && mention.surface == phrase.name) {
        if (display) *display = mention.name;
        return mention.key;
      }
    }
    // A person named inside the phrase with fewer words ("Neurologist Lars Haugen": the
    // sentence's first word is a common noun, which the mention finder left out) is the
    // speaker as the mention finder read it, so that "Haugen" later resolves to one name.
    for (const auto& mention : mentions) {
      if (mention.type == EntityType::Person && mention.offset > offset &&
          mention.end <= offset + phrase_text.size() &&
          mention.surface.size() < phrase.name.size() &&
          std::string_view(phrase.name).substr(phrase.name.size() - mention.surface.size()) ==
              mention.surface &&
          phrase.name[phrase.name.size() - mention.surface.size() - 1] == ' ') {
        if (display) *display = mention.name;
        return mention.key;
      }
    }
    // The name's own words, not the title's: "NASA Director K. Mehta" holds the
    // organisation "NASA", which would otherwise keep the person out of the mentions.
    Mention person;
    person.offset = offset;
    person.end = offset + static_cast<uint32_t>(phrase_text.size());
    if (size_t at = phrase_text.rfind(phrase.name); at != std::string_view::npos && at > 0) {
      person.offset = offset + static_cast<uint32_t>(at);
      person.end = person.offset + static_cast<uint32_t>(phrase.name.size());
    }
    person.name = impl.names.canonical(phrase.name);
    person.key = impl.names.key(phrase.name);
    person.title = phrase.title;
    person.demonym = phrase.demonym;
    person.surface = phrase.name;
    if (display) *display = person.name;
    std::string key = person.key;
    if (!overlaps(mentions, person.offset, person.end)) {
      mentions.insert(
          std::upper_bound(mentions.begin(), mentions.end(), person.offset,
                           [](uint32_t value, const Mention& m) { return value < m.offset; }),
          std::move(person));
    }
    return key;
  }
  const Mention* person = antecedent(document, mentions, offset, phrase, impl.names);
  if (!person) return {};
  if (display) *display = person->name;
  return person->key;
}

}  // namespace cc::extract
