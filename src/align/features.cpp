#include "align/features.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <tuple>
#include <unordered_set>

#include "align/lexicon.hpp"
#include "align/sentence_words.hpp"
#include "align/values.hpp"
#include "core/text.hpp"

namespace cc::align {

uint32_t Interner::id(std::string_view text) {
  if (text.empty()) return 0;
  if (auto it = ids_.find(text); it != ids_.end()) return it->second;
  uint32_t id = static_cast<uint32_t>(texts_.size());
  ids_.emplace(std::string(text), id);
  texts_.emplace_back(text);
  return id;
}

uint32_t Interner::find(std::string_view text) const {
  auto it = ids_.find(text);
  return it == ids_.end() ? 0 : it->second;
}

namespace {

// Block keys per list (entities, keywords): the rarest ones make the smallest blocks.
constexpr size_t kKeysPerList = 3;
constexpr size_t kWordKeys = 2;
// A figure whose document gives at most this many of its kind (dimension and counted
// noun) gets a block key of its kind.
constexpr uint32_t kFewOfKind = 3;
// Quotes of at least kAttributionWords words are keyed by this many min-hashes of their
// word pairs.
constexpr size_t kQuoteSketch = 4;
// A shorter quote of a named speaker, at least this long, is keyed by all its words: the
// same short quote in two mouths meets (the scorer then asks its passages to agree).
constexpr size_t kShortQuoteWords = 4;
// Beyond this many places, containment is not worked out (a corpus, not a story).
constexpr size_t kMaxPlaces = 2000;
// Words on each side of a figure that are its own context.
constexpr size_t kLocalWords = 4;
// Block keys from what an event is about: its rarest participants and topic words.
constexpr size_t kTopicKeys = 8;

// Kinds of block key; part of the hash so that keys of different kinds never collide.
enum KeyTag : uint64_t {
  kQuoteSpeaker = 1,
  kQuoteWords,
  kCounted,
  kQuantityEntity,
  kQuantityWord,
  kEventEntity,
  kEventWord,
  kEventActor,
  kFigureKind,
  kCountedGroup,
  kFigureKindGroup,
  kQuoteOpening,
  kQuantityChange,
  kQuoteEnding,
};

uint64_t mix(uint64_t x) {  // splitmix64 finaliser: a cheap, well-spread hash of an integer
  x += 0x9E3779B97F4A7C15ULL;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

uint64_t block_key(KeyTag tag, uint64_t a, uint64_t b = 0) {
  return mix(mix(tag << 56 ^ a) ^ b);
}

void sort_unique(std::vector<uint32_t>& ids) {
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  if (!ids.empty() && ids.front() == 0) ids.erase(ids.begin());
}

// The `count` rarest ids of a list (ties by id) that another claim shares, for block
// keys: an id no other claim has makes a block of one.
std::vector<uint32_t> rarest(const std::vector<uint32_t>& ids,
                             const std::vector<uint32_t>& frequency, size_t count) {
  std::vector<uint32_t> out;
  for (uint32_t id : ids) {
    if (frequency[id] >= 2) out.push_back(id);
  }
  std::sort(out.begin(), out.end(), [&frequency](uint32_t x, uint32_t y) {
    return std::pair(frequency[x], x) < std::pair(frequency[y], y);
  });
  if (out.size() > count) out.resize(count);
  return out;
}

}  // namespace

FeatureBuilder::FeatureBuilder(const Lexicon& lexicon, const Units& units,
                               std::function<bool(std::string_view, std::string_view)> within)
    : lexicon_(lexicon), units_(units), within_(std::move(within)) {}

std::vector<uint32_t> FeatureBuilder::interned(const std::vector<std::string>& keys) {
  std::vector<uint32_t> out;
  out.reserve(keys.size());
  for (const auto& key : keys) out.push_back(interner_.id(key));
  return out;
}

void FeatureBuilder::find_regions(const Analysis& analysis) {
  regions_.clear();
  if (!within_) return;
  std::vector<const Entity*> places;
  for (const auto& entity : analysis.entities) {
    if (entity.type == EntityType::Place) places.push_back(&entity);
  }
  if (places.size() > kMaxPlaces) return;  // a corpus, not a story: no territory reading
  for (const Entity* part : places) {
    for (const Entity* whole : places) {
      if (part != whole && within_(part->key, whole->key)) {
        regions_.push_back(interner_.id(part->key));
        break;
      }
    }
  }
  sort_unique(regions_);
}

namespace {

// The folded word sequences that name an entity in text: its key, its display name and
// surface forms, and a person's surname ("rutte" for "mark rutte").
std::vector<std::vector<std::string>> name_forms(const Analysis& analysis, const std::string& key) {
  std::vector<std::string> names{key};
  auto it = std::lower_bound(analysis.entities.begin(), analysis.entities.end(), key,
                             [](const Entity& e, const std::string& k) { return e.key < k; });
  if (it != analysis.entities.end() && it->key == key) {
    names.push_back(it->name);
    names.insert(names.end(), it->surface_forms.begin(), it->surface_forms.end());
    if (it->type == EntityType::Person) {
      auto parts = text::words(it->name);
      if (parts.size() > 1) names.push_back(parts.back().norm);
    }
  }
  std::vector<std::vector<std::string>> out;
  for (const auto& name : names) {
    std::vector<std::string> words;
    for (const auto& w : text::words(name)) words.push_back(w.norm);
    if (!words.empty()) out.push_back(std::move(words));
  }
  return out;
}

// The words of a figure's own clause, on each side of it, at most kLocalWords each: in
// "55 percent of voice traffic in Saudi Arabia, 52 percent in Egypt" the 52 belongs to
// Egypt. A clause ends at punctuation, a conjunction and another figure ("24 people
// dead and 249 people injured": "injured" is the 249's). A relative clause set off by
// commas between the subject and the figure is skipped: in "Shares in Halden, which
// trade in Oslo, rose 4%" the 4% is the shares'. Returned as the pieces of `text`
// (document offsets) left and right of the figure, and the subject before such a
// relative clause (empty when there is none); `left_words` and `right_words` are the
// words of the sentence on each side.
struct Clause {
  Span left, right, subject;
};
Clause clause_around(const Lexicon& lexicon, std::string_view text, Span extent, Span figure,
                     const SentenceWords::Range& left_words,
                     const SentenceWords::Range& right_words) {
  auto is_mark = [](std::string_view piece) {
    for (std::string_view mark : {",", ";", ":", "(", ")", "\"", "\xE2\x80\x94", "\xE2\x80\x93",
                                  "\xE2\x80\x9C", "\xE2\x80\x9D"}) {
      if (piece.find(mark) != std::string_view::npos) return true;
    }
    return false;
  };
  auto is_figure = [&lexicon](const text::Word& word) {
    return lexicon.number_word(word.norm) || lexicon.conjunction(word.norm) ||
           std::any_of(word.norm.begin(), word.norm.end(),
                       [](char c) { return c >= '0' && c <= '9'; });
  };
  std::string_view before = text.substr(extent.start, figure.start - extent.start);
  std::string_view after = text.substr(figure.end, extent.end - figure.end);
  size_t first = left_words.size();
  for (size_t taken = 0; first > 0 && taken < kLocalWords; ++taken) {
    size_t gap_end = first == left_words.size() ? before.size() : left_words.start(first);
    if (is_mark(before.substr(left_words.end(first - 1), gap_end - left_words.end(first - 1))) ||
        is_figure(left_words[first - 1])) {
      break;
    }
    --first;
  }
  size_t last = 0;
  for (; last < right_words.size() && last < kLocalWords; ++last) {
    size_t gap_start = last == 0 ? 0 : right_words.end(last - 1);
    if (is_mark(after.substr(gap_start, right_words.start(last) - gap_start)) ||
        is_figure(right_words[last])) {
      break;
    }
  }
  Span left{figure.start, figure.start};
  if (first < left_words.size()) left.start = extent.start + left_words.start(first);
  Span right{figure.end, figure.end};
  if (last > 0) right.end = figure.end + right_words.end(last - 1);
  // The clause stopped at a comma: a relative clause ", which ... ," may end there. Its
  // pronoun follows the comma before it, a few words back; the subject is before that.
  auto gap_before = [&](size_t i) {  // the text between word i - 1 (or the start) and word i
    size_t from = i == 0 ? 0 : left_words.end(i - 1);
    return before.substr(from, left_words.start(i) - from);
  };
  auto comma_only = [](std::string_view gap) { return text::trim(gap) == ","; };
  Span subject{left.start, left.start};
  std::string_view stop;  // the gap the clause stopped at, after word first - 1
  if (first > 0) {
    size_t gap_end = first == left_words.size() ? before.size() : left_words.start(first);
    stop = before.substr(left_words.end(first - 1), gap_end - left_words.end(first - 1));
  }
  if (first > 0 && comma_only(stop)) {
    constexpr size_t kRelativeWords = 12;
    for (size_t k = first; k-- > 0 && first - k <= kRelativeWords;) {
      const std::string& word = left_words[k].norm;
      // Or an apposition: "Shares in Kalulu, the largest listed miner, rose 4 percent".
      bool apposition = (word == "the" || word == "a" || word == "an" || word == "its" ||
                         word == "his" || word == "her" || word == "their" ||
                         word.ends_with("'s") || word.ends_with("\xE2\x80\x99s")) &&
                        k > 0 && comma_only(gap_before(k));
      bool pronoun =
          word == "which" || word == "who" || word == "whose" || word == "whom" || apposition;
      if (!pronoun) {
        if (is_mark(gap_before(k)) || is_figure(left_words[k])) break;
        continue;
      }
      if (k == 0 || !comma_only(gap_before(k))) break;
      size_t start = k;  // the subject: up to kLocalWords words before the comma
      for (size_t taken = 0; start > 0 && taken < kLocalWords; ++taken) {
        if ((start < k && is_mark(gap_before(start))) || is_figure(left_words[start - 1])) break;
        --start;
      }
      if (start < k) {
        subject = {extent.start + left_words.start(start), extent.start + left_words.end(k - 1)};
      }
      break;
    }
  }
  return {left, right, subject};
}

bool names_in(const std::vector<text::Word>& words,
              const std::vector<std::vector<std::string>>& forms) {
  for (const auto& form : forms) {
    for (size_t i = 0; i + form.size() <= words.size(); ++i) {
      bool match = true;
      for (size_t j = 0; match && j < form.size(); ++j) {
        std::string_view word = words[i + j].norm;
        if (j + 1 == form.size() && word.size() > 2 && word.substr(word.size() - 2) == "'s") {
          word.remove_suffix(2);
        }
        match = word == form[j];
      }
      if (match) return true;
    }
  }
  return false;
}

}  // namespace

std::vector<ClaimFeatures> FeatureBuilder::build(const Analysis& analysis, Stemmer& stemmer,
                                                 Lexicon::TopicMemo* kept) {
  find_regions(analysis);
  // Who a sentence with a figure names: its capitalised words (a player's name that made
  // no claim still tells whose points they are).
  // Topic keys of the story's words, worked out once each.
  Lexicon::TopicMemo local_memo;
  Lexicon::TopicMemo& memo = kept ? *kept : local_memo;
  // Topic keys of the parts of a day ("afternoon"), which belong to a claim's time.
  std::vector<std::string> day_part_keys;
  for (const auto& part : lexicon_.day_parts()) {
    day_part_keys.push_back(lexicon_.topic_key(part, stemmer, memo));
  }
  // The same pass notes whether the sentence opens with a pronoun.
  struct SentenceNames {
    std::vector<uint32_t> ids;
    bool pronoun_first = false;
  };
  std::map<std::pair<uint32_t, uint32_t>, SentenceNames> sentence_entities;
  std::string name;  // "name:" + key, one buffer
  // The words of the sentences of figures, split once per sentence, not once per figure.
  SentenceWords sentence_words(analysis);
  std::vector<text::Word> scratch;
  std::vector<text::Word> side_words;  // one side of a figure's clause
  // A capitalised word opening its sentence is a name when the story writes it capitalised
  // inside a sentence of figures too ("Bush, who missed several games, ..." beside "Reggie
  // Bush ran for 404 yards"): its sentence then names someone.
  std::vector<std::pair<SentenceNames*, uint32_t>> openings;
  std::unordered_set<uint32_t> inside;
  for (const Claim& claim : analysis.claims) {
    if (claim.kind != ClaimKind::Quantity) continue;
    auto [it, fresh] = sentence_entities.try_emplace({claim.source, claim.sentence});
    const Document& document = analysis.documents[claim.source];
    if (!fresh || claim.sentence >= document.sentences.size()) continue;
    Span extent = document.sentences[claim.sentence].span;
    const auto& words = sentence_words.of(claim.source, extent);
    it->second.pronoun_first = !words.empty() && lexicon_.pronoun(words.front().norm);
    if (!words.empty()) {
      char first = document.text[extent.start + words[0].span.start];
      if (first >= 'A' && first <= 'Z' && !lexicon_.stopword(words[0].norm) &&
          !lexicon_.pronoun(words[0].norm)) {
        name.assign("name:");
        name += lexicon_.topic_key(words[0].norm, stemmer, memo);
        openings.emplace_back(&it->second, interner_.id(name));
      }
    }
    for (size_t i = 1; i < words.size(); ++i) {
      char first = document.text[extent.start + words[i].span.start];
      if (first >= 'A' && first <= 'Z' && !lexicon_.stopword(words[i].norm)) {
        name.assign("name:");
        name += lexicon_.topic_key(words[i].norm, stemmer, memo);
        it->second.ids.push_back(interner_.id(name));
        inside.insert(it->second.ids.back());
      }
    }
  }
  for (auto [names, id] : openings) {
    if (inside.count(id)) names->ids.push_back(id);
  }
  for (auto& [_, names] : sentence_entities) sort_unique(names.ids);
  std::unordered_map<std::string, std::vector<std::vector<std::string>>> forms;
  std::vector<ClaimFeatures> out;
  out.reserve(analysis.claims.size());
  for (const Claim& claim : analysis.claims) {
    ClaimFeatures f;
    f.claim = claim.index;
    f.source = claim.source;
    f.kind = claim.kind;
    f.speaker = interner_.id(claim.detail->speaker);
    const std::string& actor = claim.kind == ClaimKind::Quote && claim.detail->subject.empty()
                                   ? claim.detail->speaker
                                   : claim.detail->subject;
    f.actor = interner_.id(actor);
    f.actor_named = !actor.empty() && std::binary_search(claim.detail->entities.begin(),
                                                         claim.detail->entities.end(), actor);
    // A quote's own predicate is "say"; only an event the extractor found inside it
    // counts. Reported speech is compared by what was said, whatever the verb.
    std::string_view predicate = claim.detail->predicate_class;
    if (predicate.empty() && claim.kind == ClaimKind::ReportedSpeech) predicate = "report";
    if (predicate.empty() && claim.kind != ClaimKind::Quote) predicate = claim.detail->predicate;
    std::string folded_predicate = text::fold(predicate);
    f.predicate = interner_.id(folded_predicate);
    f.family = interner_.id(lexicon_.family(folded_predicate));
    for (const auto& entity : claim.detail->entities) f.entities.push_back(interner_.id(entity));
    if (!claim.detail->subject.empty()) f.entities.push_back(interner_.id(claim.detail->subject));
    sort_unique(f.entities);
    // The content keys of the object, interned when first needed (ids are given in the
    // order texts are first seen, so the order of interning is kept).
    // The object's words, split once for everything below that reads them.
    std::optional<std::vector<text::Word>> object_split;
    auto object_words = [&]() -> const std::vector<text::Word>& {
      if (!object_split) object_split = text::words(claim.detail->object);
      return *object_split;
    };
    std::optional<std::vector<uint32_t>> object_keys;
    auto object_ids = [&]() -> const std::vector<uint32_t>& {
      if (!object_keys) {
        const auto& words = object_words();
        object_keys = interned(
            lexicon_.content_keys(words.data(), words.data() + words.size(), stemmer, memo));
      }
      return *object_keys;
    };
    if (!claim.detail->keywords.empty()) {
      for (const auto& keyword : claim.detail->keywords)
        f.keywords.push_back(interner_.id(keyword));
    } else {
      f.keywords = object_ids();
    }
    // The predicate's own word is compared as the predicate, not as content.
    std::vector<uint32_t> predicate_words;
    for (const auto& word : text::words(folded_predicate)) {
      predicate_words.push_back(interner_.id(lexicon_.key(word.norm, stemmer)));
      predicate_words.push_back(interner_.id(lexicon_.topic_key(word.norm, stemmer, memo)));
    }
    auto drop_predicate = [&](std::vector<uint32_t>& ids) {
      std::erase_if(ids, [&](uint32_t id) {
        return std::find(predicate_words.begin(), predicate_words.end(), id) !=
               predicate_words.end();
      });
    };
    drop_predicate(f.keywords);
    sort_unique(f.keywords);
    // What the claim is about: the object's words and the entities named in it.
    if (claim.kind != ClaimKind::Quantity && !claim.detail->object.empty()) {
      f.topic = object_ids();
      drop_predicate(f.topic);
      sort_unique(f.topic);
      for (const auto& entity : claim.detail->entities) {
        if (entity == actor || entity == claim.detail->speaker) continue;
        auto [it, fresh] = forms.try_emplace(entity);
        if (fresh) it->second = name_forms(analysis, entity);
        if (names_in(object_words(), it->second)) f.participants.push_back(interner_.id(entity));
      }
      sort_unique(f.participants);
      // A name is compared as an entity, not as a word too ("the merger with HP").
      std::vector<uint32_t> name_words;
      for (uint32_t id : f.participants) {
        for (const auto& w : text::words(interner_.text(id))) {
          name_words.push_back(interner_.id(lexicon_.topic_key(w.norm, stemmer, memo)));
        }
      }
      std::erase_if(f.topic, [&](uint32_t id) {
        return std::find(name_words.begin(), name_words.end(), id) != name_words.end();
      });
      // The claim's own time is the temporal detector's to compare: in what the claim is
      // about it counts as "a time", whichever ("will sign the bill on Monday" and
      // "would sign the bill on Tuesday" are about the bill at some time; with the
      // days as words, half of a short object differed and the two plans never met).
      if (claim.detail->time.kind != Value::Kind::None && !claim.detail->time.text.empty()) {
        std::vector<uint32_t> time_words;
        for (const auto& w : text::words(claim.detail->time.text)) {
          uint32_t id = interner_.find(lexicon_.topic_key(w.norm, stemmer, memo));
          if (id) time_words.push_back(id);
        }
        // "by Monday afternoon": the part of the day belongs to the time.
        for (const auto& key : day_part_keys) {
          uint32_t id = interner_.find(key);
          if (id) time_words.push_back(id);
        }
        // The words the time claim spans ("p.m.", "local time": "docked at 6:15 p.m. local
        // time") belong to the time too, though its value ("clock:18:15") does not spell
        // them. Claims are numbered in document order: a sentence's claims are neighbours.
        auto spanned_words = [&](size_t at) {
          const Claim& other = analysis.claims[at];
          if (other.kind != ClaimKind::Time || other.detail->time.text != claim.detail->time.text)
            return;
          const Document& document = analysis.documents[other.source];
          for (const auto& w : text::words(document.slice(other.span))) {
            uint32_t id = interner_.find(lexicon_.topic_key(w.norm, stemmer, memo));
            if (id) time_words.push_back(id);
          }
        };
        auto same_sentence = [&](size_t at) {
          return analysis.claims[at].source == claim.source &&
                 analysis.claims[at].sentence == claim.sentence;
        };
        for (size_t at = claim.index; at > 0 && same_sentence(at - 1); --at) spanned_words(at - 1);
        for (size_t at = claim.index + 1; at < analysis.claims.size() && same_sentence(at); ++at)
          spanned_words(at);
        bool timed = false;
        std::erase_if(f.topic, [&](uint32_t id) {
          bool time = std::find(time_words.begin(), time_words.end(), id) != time_words.end();
          timed = timed || time;
          return time;
        });
        if (timed) {
          f.topic.push_back(interner_.id(kAnyTime));
          sort_unique(f.topic);
        }
      }
      for (uint32_t id : f.topic) {
        for (const auto& word : lexicon_.block_words(interner_.text(id))) {
          f.topic_blocks.push_back(interner_.id(word));
        }
      }
      sort_unique(f.topic_blocks);
    }
    if (claim.kind == ClaimKind::Quantity) {
      if (!claim.detail->counted.empty()) {
        auto words = text::words(claim.detail->counted);
        std::string last = words.empty() ? text::fold(claim.detail->counted) : words.back().norm;
        std::string counted_key = lexicon_.key(last, stemmer);
        f.counted = interner_.id(counted_key);
        // The first group of related_words.tsv it is in (those ids are negative): blocks
        // "27 cargo vessels" with "31 cargo ships".
        if (const std::vector<int>* groups = lexicon_.groups(counted_key)) {
          for (int group : *groups) {
            if (group < 0) {
              f.counted_group = static_cast<uint32_t>(-static_cast<int64_t>(group));
              break;
            }
          }
        }
      }
      auto measure = units_.measure(claim.detail->value);
      f.dimension = interner_.id(
          measure ? (measure->dimension.empty() ? std::string("count") : measure->dimension)
                  : "unit:" + text::fold(claim.detail->value.unit));
      if (measure) {
        f.measured = true;
        f.low = measure->interval.low;
        f.high = measure->interval.high;
      }
      // Context: what the sentence says around the figure.
      const Document& document = analysis.documents[claim.source];
      if (!document.sentences.empty() && claim.span.end <= document.text.size()) {
        Span extent = analysis.sentence_extent(claim);
        auto left_words =
            sentence_words.in(claim.source, extent, Span{extent.start, claim.span.start}, scratch);
        std::vector<text::Word> right_scratch;
        auto right_words = sentence_words.in(claim.source, extent, Span{claim.span.end, extent.end},
                                             right_scratch);
        std::vector<std::string> words =
            lexicon_.content_keys(left_words.begin(), left_words.end(), stemmer, memo);
        auto after = lexicon_.content_keys(right_words.begin(), right_words.end(), stemmer, memo);
        words.insert(words.end(), after.begin(), after.end());
        // A common noun whose figure it is ("the cancellation of 312 flights", "a crowd of
        // 2,000") lies inside the claim's span, but says what the sentence is about as much
        // as the words around it ("412 flights had been cancelled").
        std::vector<std::string> owner_keys;
        if (!f.actor_named && !claim.detail->subject.empty()) {
          auto owner_words = text::words(claim.detail->subject);
          owner_keys = lexicon_.content_keys(
              owner_words.data(), owner_words.data() + owner_words.size(), stemmer, memo);
          words.insert(words.end(), owner_keys.begin(), owner_keys.end());
        }
        // Names are counted once, as names (below).
        if (auto it = sentence_entities.find({claim.source, claim.sentence});
            it != sentence_entities.end()) {
          const auto& ids = it->second.ids;
          std::erase_if(words, [&](const std::string& word) {
            name.assign("name:");
            name += word;
            return std::binary_search(ids.begin(), ids.end(), interner_.find(name));
          });
        }
        f.context = interned(words);
        sort_unique(f.context);
        Clause clause =
            clause_around(lexicon_, document.text, extent, claim.span, left_words, right_words);
        std::vector<std::string> local;
        for (Span side : {clause.subject, clause.left, clause.right}) {
          // A change ("rose to 14", "fell to 20") is compared by its trend, not its verb.
          // A word of letters and digits is one word again; other words are split anew.
          // The side's words are keyed together, so that a two-word member of a word
          // group is one key ("took part" meets "joined").
          side_words.clear();
          for (const auto& word : sentence_words.in(claim.source, extent, side, scratch)) {
            if (lexicon_.trend_word(word.norm)) continue;
            bool plain = !word.norm.empty() &&
                         std::all_of(word.norm.begin(), word.norm.end(), text::is_ascii_alnum);
            if (plain) {
              side_words.push_back(word);
            } else {
              for (auto& part : text::words(word.norm)) side_words.push_back(std::move(part));
            }
          }
          auto keys = lexicon_.content_keys(side_words.data(),
                                            side_words.data() + side_words.size(), stemmer, memo);
          local.insert(local.end(), keys.begin(), keys.end());
        }
        local.insert(local.end(), owner_keys.begin(), owner_keys.end());
        f.local = interned(local);
        sort_unique(f.local);
        {
          // The words between the figure and the noun it counts: "blood" in "14 blood
          // samples" (the noun itself is compared as what is counted).
          std::vector<text::Word> inner_words;
          const auto& own = sentence_words.in(claim.source, extent, claim.span, scratch);
          for (size_t w = 0; w + 1 < own.size(); ++w) {
            const std::string& norm = own[w].norm;
            if (lexicon_.number_word(norm) ||
                std::any_of(norm.begin(), norm.end(), [](char c) { return c >= '0' && c <= '9'; }))
              continue;
            inner_words.push_back(own[w]);
          }
          f.inner = interned(lexicon_.content_keys(
              inner_words.data(), inner_words.data() + inner_words.size(), stemmer, memo));
          sort_unique(f.inner);
        }
        // A figure's clause meets another by news word group too ("pay rise" / "salaries
        // raised"), as an event's object does.
        for (uint32_t id : f.local) {
          // A copy: interning a new word may move the interner's strings.
          const std::string key = interner_.text(id);
          for (const auto& word : lexicon_.block_words(key)) {
            if (word != key) f.local_groups.push_back(interner_.id(word));
          }
        }
        sort_unique(f.local_groups);
      }
      if (auto it = sentence_entities.find({claim.source, claim.sentence});
          it != sentence_entities.end()) {
        f.context_entities = it->second.ids;
        f.pronoun_subject = it->second.pronoun_first;
      }
    }
    if (claim.kind == ClaimKind::Quote) f.quote_words = object_words().size();
    out.push_back(std::move(f));
  }
  // Figures of one kind (dimension and counted noun) per document. A bare count ("23",
  // "two") names no kind, nor do ages, compounds and ranks ("the 26-year-old", "a 10-year
  // deal", "the second front": every person, deal or front has its own): their `kin`
  // stays 0.
  // Durations are not a kind either: a story holds many spans of time of many things
  // ("served 4 1/2 months", "a secret for 30 years"), nor are "times" ("shot seven times",
  // "arrested four times"), nor a year read as a count ("a 1972 movie").
  uint32_t count = interner_.find("count");
  uint32_t duration = interner_.find("duration");
  uint32_t times = interner_.find(lexicon_.key("times", stemmer));
  auto has_kind = [&](const ClaimFeatures& f) {
    if (f.kind != ClaimKind::Quantity || !f.measured) return false;
    const ClaimDetail& detail = *analysis.claims[f.claim].detail;
    if (detail.rule == "quantity.compound" || detail.rule == "quantity.ordinal") return false;
    // (A prison term is: a story gives one or two, "seven years in prison".)
    if ((f.dimension == duration && !f.counted) || (f.counted && f.counted == times)) return false;
    bool year = detail.value.text.size() == 4 &&
                std::all_of(detail.value.text.begin(), detail.value.text.end(),
                            [](char c) { return c >= '0' && c <= '9'; }) &&
                f.low >= 1500 && f.high <= 2100;
    if (year) return false;
    return f.counted != 0 || f.dimension != count;
  };
  std::map<std::tuple<uint32_t, uint32_t, uint32_t>, uint32_t> kinds;
  for (const auto& f : out) {
    if (has_kind(f)) ++kinds[{f.source, f.dimension, f.counted}];
  }
  for (auto& f : out) {
    if (has_kind(f)) f.kin = kinds[{f.source, f.dimension, f.counted}];
  }
  return out;
}

std::vector<uint32_t> document_frequency(const std::vector<ClaimFeatures>& features, size_t ids) {
  std::vector<uint32_t> out(ids, 0);
  for (const auto& f : features) {
    // Each id once per claim, wherever in the claim it appears.
    std::vector<uint32_t> seen(f.entities);
    seen.insert(seen.end(), f.keywords.begin(), f.keywords.end());
    seen.insert(seen.end(), f.topic.begin(), f.topic.end());
    seen.insert(seen.end(), f.topic_blocks.begin(), f.topic_blocks.end());
    seen.insert(seen.end(), f.context.begin(), f.context.end());
    if (f.actor) seen.push_back(f.actor);
    sort_unique(seen);
    for (uint32_t id : seen) ++out[id];
  }
  return out;
}

std::vector<uint64_t> block_keys(const Claim& claim, const ClaimFeatures& f,
                                 const std::vector<uint32_t>& frequency) {
  std::vector<uint64_t> keys;
  // A time claim repeats the time of its event, which is compared as the event's.
  if (f.kind == ClaimKind::Time) return keys;
  // A scene claim is there for a tone finding to cite: it is aligned with nothing.
  if (claim.detail->rule == "event.scene") return keys;
  if (f.kind == ClaimKind::Quote) {
    if (f.speaker) keys.push_back(block_key(kQuoteSpeaker, f.speaker));
    if (f.quote_words >= kAttributionWords) {
      // The smallest hashes of the quote's word pairs (a bottom-k min-hash): quotes with
      // nearly the same words share one of them whoever they are attributed to.
      auto words = text::words(claim.detail->object);
      std::vector<uint64_t> shingles;
      for (size_t i = 0; i + 2 <= words.size(); ++i) {
        // FNV-1a of "first second", fed piece by piece (no string is built).
        shingles.push_back(
            text::fnv1a(words[i + 1].norm, text::fnv1a(" ", text::fnv1a(words[i].norm))));
      }
      std::sort(shingles.begin(), shingles.end());
      shingles.erase(std::unique(shingles.begin(), shingles.end()), shingles.end());
      for (size_t i = 0; i < shingles.size() && i < kQuoteSketch; ++i) {
        keys.push_back(block_key(kQuoteWords, shingles[i]));
      }
      // Its first kAttributionWords words: a quote one source gives whole and another only
      // the opening of ("“One step at a time,” she said. “...”" read as one quote) meet
      // here, and only such quotes (two words, "We are", paired unrelated quotes).
      uint64_t opening = text::fnv1a("quote opening");
      for (size_t i = 0; i < kAttributionWords && i < words.size(); ++i) {
        opening = text::fnv1a(words[i].norm, text::fnv1a(" ", opening));
      }
      keys.push_back(block_key(kQuoteOpening, opening));
      // And its last ones: a source that joins two quotes around one cue ("...," said X.
      // "...") meets another that gives only the second of them.
      uint64_t ending = text::fnv1a("quote ending");
      for (size_t i = words.size() - kAttributionWords; i < words.size(); ++i) {
        ending = text::fnv1a(words[i].norm, text::fnv1a(" ", ending));
      }
      keys.push_back(block_key(kQuoteEnding, ending));
    } else if (f.speaker && f.quote_words >= kShortQuoteWords) {
      uint64_t hash = text::fnv1a("short quote");
      for (const auto& word : text::words(claim.detail->object)) {
        hash = text::fnv1a(word.norm, text::fnv1a(" ", hash));
      }
      keys.push_back(block_key(kQuoteWords, hash));
    }
    if (!f.predicate) return keys;
  }
  if (f.kind == ClaimKind::Quantity) {
    if (f.counted) keys.push_back(block_key(kCounted, f.counted, f.dimension));
    if (f.counted_group) keys.push_back(block_key(kCountedGroup, f.counted_group, f.dimension));
    std::vector<uint32_t> who(f.context_entities);
    if (f.actor) who.push_back(f.actor);
    sort_unique(who);
    for (uint32_t entity : rarest(who, frequency, kKeysPerList)) {
      keys.push_back(block_key(kQuantityEntity, entity, f.dimension));
    }
    if (!f.counted && who.empty()) {
      for (uint32_t word : rarest(f.context, frequency, kWordKeys)) {
        keys.push_back(block_key(kQuantityWord, word, f.dimension));
      }
    }
    // The words of its own clause, which must agree anyway: "shares rose 14 percent in
    // Frankfurt" meets "climbed 19 percent in Frankfurt" even when the sentences name others.
    for (uint32_t word : rarest(f.local, frequency, kWordKeys)) {
      keys.push_back(block_key(kQuantityWord, word, f.dimension));
    }
    for (uint32_t group : f.local_groups)
      keys.push_back(block_key(kQuantityWord, group, f.dimension));
    // A figure told as a change meets the other changes of its dimension: "freight fell 6%
    // last year" / "freight handled by both ports rose 6% last year" share few rare words, and a
    // story holds few changes.
    if (!claim.detail->trend.empty()) keys.push_back(block_key(kQuantityChange, f.dimension));
    // A figure of a kind its document gives at most kFewOfKind times meets the figures of
    // that kind in other documents: the sole figure of a kind in each (Scorer) may be one
    // figure told in other words.
    if (f.measured && f.kin > 0 && f.kin <= kFewOfKind) {
      keys.push_back(block_key(kFigureKind, f.counted, f.dimension));
      if (f.counted_group) {
        keys.push_back(block_key(kFigureKindGroup, f.counted_group, f.dimension));
      }
    }
    return keys;
  }
  // Events meet through their actor and through what they are about: the participants
  // named in their object and its words (by word group: "talks" meets "discussions").
  if (f.actor && frequency[f.actor] >= 2) keys.push_back(block_key(kEventActor, f.family, f.actor));
  for (uint32_t entity : rarest(f.participants, frequency, kKeysPerList)) {
    keys.push_back(block_key(kEventEntity, f.family, entity));
  }
  for (uint32_t word : rarest(f.topic_blocks, frequency, kTopicKeys)) {
    keys.push_back(block_key(kEventWord, f.family, word));
  }
  return keys;
}

uint64_t order_key(const ClaimFeatures& f) {
  uint64_t best = UINT64_MAX;
  for (uint32_t keyword : f.topic.empty() ? f.keywords : f.topic)
    best = std::min(best, mix(keyword));
  return best;
}

}  // namespace cc::align
