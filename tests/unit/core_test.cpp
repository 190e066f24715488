#include <doctest/doctest.h>
#include <stdlib.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "core/error.hpp"
#include "core/model.hpp"
#include "core/output.hpp"
#include "core/text.hpp"
#include "core/utf8.hpp"

using namespace cc;

TEST_CASE("core::utf8 validation") {
  CHECK(utf8::is_valid("plain ascii"));
  CHECK(utf8::is_valid("Zelens\xca\xb9kyi \xe2\x80\x9cquote\xe2\x80\x9d"));
  CHECK(utf8::find_invalid("ab\xff") == 2);
  CHECK(utf8::find_invalid("\xc0\xaf") == 0);  // overlong '/'
  CHECK(utf8::find_invalid("x"
                           "\xed\xa0\x80") == 1);      // surrogate
  CHECK(utf8::find_invalid("\xf4\x90\x80\x80") == 0);  // above U+10FFFF
  CHECK(utf8::find_invalid("\xe2\x80") == 0);          // truncated
  CHECK(utf8::count_code_points("\xe2\x80\x9c"
                                "ab"
                                "\xe2\x80\x9d") == 4);
}

TEST_CASE("core::text words") {
  auto words = text::words("U.S. President Donald Trump’s “three-year war” isn’t over.");
  REQUIRE(words.size() == 8);
  CHECK(words[0].norm == "u.s.");
  CHECK(words[3].norm == "trump's");
  CHECK(words[4].norm == "three-year");
  CHECK(words[6].norm == "isn't");
  CHECK(words[7].norm == "over");
}

TEST_CASE("core::text fold") {
  // ASCII is lower-cased eight bytes at a time and the rest byte by byte; typographic
  // apostrophes, quotes and hyphens fold wherever they fall.
  CHECK(text::fold("") == "");
  CHECK(text::fold("NATO") == "nato");
  CHECK(text::fold("@AZ[`az{ 09") == "@az[`az{ 09");
  CHECK(text::fold("The QUICK Brown FOX Jumps") == "the quick brown fox jumps");
  CHECK(text::fold("Trump\xE2\x80\x99s") == "trump's");
  CHECK(text::fold("ABCDEFGH\xE2\x80\x9CQuoted\xE2\x80\x9D Non\xE2\x80\x91Stop") ==
        "abcdefgh\"quoted\" non-stop");
  CHECK(text::fold("Z\xC3\x89LENSKYY Kyiv") == "z\xC3\x89lenskyy kyiv");  // É stays as written
  std::string reused = "a longer string that is replaced entirely";
  text::fold_into("Short", reused);
  CHECK(reused == "short");
}

TEST_CASE("core::dates") {
  auto date = parse_date("2025-08-18T14:00:00Z");
  REQUIRE(date);
  CHECK(date->iso() == "2025-08-18");
  CHECK(weekday(*date) == 0);  // a Monday
  CHECK(civil_from_days(days_from_civil(*date)) == *date);
  CHECK_FALSE(parse_date("2025-02-30"));
  CHECK_FALSE(parse_date("18 August 2025"));
}

TEST_CASE("core::offset map") {
  OffsetMap map;
  map.add({0, 1, 1});
  map.add({6, 2, 3});
  std::string text = "héllo\nworld";
  CHECK(map.locate(text, 0).line == 1);
  CHECK(map.locate(text, 3).column == 3);  // 'l' after the two-byte 'é'
  CHECK(map.locate(text, 8).line == 2);
  CHECK(map.locate(text, 8).column == 5);
}

TEST_CASE("core::a document cut to excerpts slices and locates as the whole one") {
  // Lines of mixed ASCII and multi-byte letters, anchored at every line start with
  // columns that do not start at 1 (as markup stripped by ingest would leave them).
  std::mt19937 random(7);
  Document whole;
  whole.id = "s1";
  const std::vector<std::string> words = {"été", "news", "Straße", "a", "“quoted”", "x"};
  for (uint32_t line = 1; line <= 40; ++line) {
    whole.origin.add({static_cast<uint32_t>(whole.text.size()), line * 2, 1 + line % 3});
    size_t count = 1 + random() % 12;
    for (size_t w = 0; w < count; ++w) whole.text += words[random() % words.size()] + " ";
    whole.text += "\n";
  }
  const auto size = static_cast<uint32_t>(whole.text.size());
  for (int round = 0; round < 50; ++round) {
    std::vector<Span> pieces;
    for (int i = 0; i < 1 + round % 6; ++i) {
      uint32_t start = random() % size;
      uint32_t end = std::min<uint32_t>(size, start + random() % 80);
      pieces.push_back({start, end});
    }
    Document cut = whole;
    cut.keep_excerpts(pieces);
    CHECK(cut.text.size() <= whole.text.size());
    for (const Span& piece : pieces) {
      for (uint32_t at = piece.start; at <= piece.end; ++at) {
        Origin got = cut.locate(at);
        Origin want = whole.locate(at);
        CHECK(got.line == want.line);
        CHECK(got.column == want.column);
        CHECK(cut.slice(Span{piece.start, at}) == whole.slice(Span{piece.start, at}));
      }
    }
    // A byte outside every piece is a programming error, not an empty string.
    bool outside_found = false;
    for (uint32_t at = 0; at < size && !outside_found; ++at) {
      bool inside = false;
      for (const Span& piece : pieces) inside = inside || (at >= piece.start && at <= piece.end);
      if (inside) continue;
      outside_found = true;
      CHECK_THROWS_AS((void)cut.slice(Span{at, at + 1}), std::logic_error);
      CHECK_THROWS_AS((void)cut.locate(at), std::logic_error);
    }
    CHECK_THROWS_AS(cut.keep_excerpts(pieces), std::logic_error);
  }
}

TEST_CASE("core::claim detail: shared empty until written, deep copies, reset") {
  Claim fresh;
  const Claim& read = fresh;
  CHECK(read.detail->subject.empty());
  CHECK(read.detail->value.kind == Value::Kind::None);
  CHECK(!fresh.detail.owned());  // reading did not allocate

  Claim written;
  written.detail->subject = "volodymyr zelenskyy";
  written.detail->keywords = {"meet", "talk"};
  CHECK(written.detail.owned());
  CHECK(fresh.detail->subject.empty());  // the shared empty detail was not touched

  Claim copy = written;
  copy.detail->subject = "donald trump";
  CHECK(written.detail->subject == "volodymyr zelenskyy");  // the copy is deep
  CHECK(copy.detail->keywords == written.detail->keywords);

  Claim moved = std::move(copy);
  CHECK(moved.detail->subject == "donald trump");
  copy = written;  // a moved-from claim can be assigned again
  CHECK(copy.detail->subject == "volodymyr zelenskyy");

  written.detail.reset();
  CHECK(!written.detail.owned());
  CHECK(std::as_const(written).detail->keywords.empty());
  Claim empty_copy = written;
  CHECK(!empty_copy.detail.owned());  // copying a claim without detail allocates none
}

TEST_CASE("core::claim detail: packed and unpacked, every field comes back") {
  std::mt19937 random(20261205);
  auto word = [&random](size_t longest) {
    std::string out(random() % (longest + 1), 'a');
    for (char& c : out) c = static_cast<char>(random() % 256);  // any byte, NUL included
    return out;
  };
  auto words = [&](size_t most) {
    std::vector<std::string> out(random() % (most + 1));
    for (std::string& w : out) w = word(200);
    return out;
  };
  auto value = [&]() {
    Value out;
    out.kind = static_cast<Value::Kind>(random() % 4);
    if (out.kind == Value::Kind::Number || out.kind == Value::Kind::Date) {
      out.low = static_cast<double>(random()) / 7.0;
      out.high = -out.low * 1e300;
      out.tolerance = 0.1;
      out.low_open = random() % 2 == 0;
      out.high_open = random() % 2 == 0;
    }
    out.unit = word(10);
    out.text = word(300);
    return out;
  };
  for (int round = 0; round < 200; ++round) {
    Claim claim;
    ClaimDetail& d = *claim.detail;
    d.subject = word(40);
    d.predicate = word(20);
    d.object = word(round == 0 ? 100000 : 500);  // a long quote: a length of several bytes
    d.speaker = word(30);
    d.speaker_text = word(30);
    d.cue = word(10);
    d.attribution = words(3);
    d.value = value();
    d.rule = word(40);
    d.predicate_class = word(10);
    d.entities = words(6);
    d.keywords = words(20);
    d.counted = word(10);
    d.trend = word(4);
    d.time = value();
    d.polarity_cue = word(8);
    d.modality_cue = word(8);
    const ClaimDetail before = d;
    claim.detail.pack();
    REQUIRE(claim.detail.packed());
    CHECK(!claim.detail.owned());
    const Claim& packed = claim;
    CHECK_THROWS_AS((void)packed.detail->subject, std::logic_error);  // never read as empty
    Claim copy = claim;                                               // copies the bytes
    ClaimDetail scratch;
    for (const Claim* c : {&claim, &copy}) {
      const ClaimDetail& after = c->detail.view(scratch);
      CHECK(after.subject == before.subject);
      CHECK(after.predicate == before.predicate);
      CHECK(after.object == before.object);
      CHECK(after.speaker == before.speaker);
      CHECK(after.speaker_text == before.speaker_text);
      CHECK(after.cue == before.cue);
      CHECK(after.attribution == before.attribution);
      CHECK(after.rule == before.rule);
      CHECK(after.predicate_class == before.predicate_class);
      CHECK(after.entities == before.entities);
      CHECK(after.keywords == before.keywords);
      CHECK(after.counted == before.counted);
      CHECK(after.trend == before.trend);
      CHECK(after.polarity_cue == before.polarity_cue);
      CHECK(after.modality_cue == before.modality_cue);
      for (auto [a, b] : {std::pair{&after.value, &before.value}, {&after.time, &before.time}}) {
        CHECK(a->kind == b->kind);
        CHECK(a->low == b->low);
        CHECK(a->high == b->high);
        CHECK(a->tolerance == b->tolerance);
        CHECK(a->low_open == b->low_open);
        CHECK(a->high_open == b->high_open);
        CHECK(a->unit == b->unit);
        CHECK(a->text == b->text);
      }
    }
    // Writing unpacks it for good.
    claim.detail->cue = "say";
    CHECK(claim.detail.owned());
    CHECK(!claim.detail.packed());
    CHECK(std::as_const(claim).detail->object == before.object);
  }
}

TEST_CASE("core::read_file reads every byte, to the limit and no further") {
  char pattern[] = "/tmp/crosscheck-read-XXXXXX";
  REQUIRE(::mkdtemp(pattern) != nullptr);
  const std::filesystem::path dir = pattern;
  auto write = [&](const std::string& name, const std::string& content) {
    std::ofstream(dir / name, std::ios::binary) << content;
    return (dir / name).string();
  };
  std::string empty = write("empty.txt", "");
  CHECK(read_file(empty, 100).empty());
  // Sizes around the probe and growth steps: each file comes back whole, byte for byte.
  std::mt19937 random(7);
  for (size_t size :
       {size_t{1}, size_t{4095}, size_t{4096}, size_t{4097}, size_t{65536}, size_t{200000}}) {
    std::string content(size, '\0');
    for (char& c : content) c = static_cast<char>(random());
    std::string path = write("file.bin", content);
    CAPTURE(size);
    CHECK(read_file(path, size) == content);  // exactly at the limit
    CHECK(read_file(path, size * 3) == content);
    CHECK_THROWS_AS(read_file(path, size - 1), InputError);
  }
  // A file whose size the kernel does not know in advance (procfs says 0) is read to its end,
  // and still refused past the limit.
  std::string status = read_file("/proc/self/status", 1 << 20);
  CHECK(status.find("Name:") != std::string::npos);
  CHECK_THROWS_AS(read_file("/proc/self/status", 8), InputError);
  std::filesystem::remove_all(dir);
}

TEST_CASE("core::compact string: one pointer, a string's behaviour") {
  static_assert(sizeof(CompactString) == sizeof(void*));
  CompactString empty;
  CHECK(empty.empty());
  CHECK(empty.size() == 0);
  CHECK(empty.view().empty());
  CHECK(empty == "");
  CompactString text = std::string("inline: story.md:3: checked");
  CHECK(!text.empty());
  CHECK(text.size() == 27);
  CHECK(text == "inline: story.md:3: checked");
  CHECK(text.str() == "inline: story.md:3: checked");
  // Copies are deep, moves leave the source empty, assignments replace.
  CompactString copy = text;
  text = "baseline";
  CHECK(copy == "inline: story.md:3: checked");
  CHECK(text == "baseline");
  CompactString moved = std::move(copy);
  CHECK(moved == "inline: story.md:3: checked");
  CHECK(copy.empty());  // NOLINT(bugprone-use-after-move): moved-from is empty by design
  moved = std::move(text);
  CHECK(moved == "baseline");
  const CompactString& same = moved;
  moved = same;  // self-assignment keeps the text
  CHECK(moved == "baseline");
  moved = std::string();
  CHECK(moved.empty());
  // Concatenation and streaming read like std::string's; bytes are kept as given.
  CompactString verdict = "dismissed", reviewer = "ann";
  CHECK(verdict + " by " + reviewer == "dismissed by ann");
  CHECK("by " + reviewer == "by ann");
  CHECK(std::string("a ") + verdict == "a dismissed");
  std::ostringstream out;
  out << verdict << '|' << CompactString() << '|';
  CHECK(out.str() == "dismissed||");
  const std::string bytes("a\0b\xff", 4);
  CompactString binary = bytes;
  CHECK(binary.size() == 4);
  CHECK(binary.view() == bytes);
}

TEST_CASE("core::span list: one span inline, more on the heap, a vector's behaviour") {
  static_assert(sizeof(SpanList) == 16);
  static_assert(sizeof(Evidence) == 24);
  SpanList list;
  CHECK(list.empty());
  CHECK(list.begin() == list.end());
  list.push_back(Span{3, 7});
  CHECK(list.size() == 1);
  CHECK(list[0] == Span{3, 7});
  CHECK(list.back() == Span{3, 7});
  // Past the inline span: every span kept, in order, through several regrowths.
  for (uint32_t i = 1; i < 20; ++i) list.push_back(Span{10 * i, 10 * i + 2});
  REQUIRE(list.size() == 20);
  CHECK(list[0] == Span{3, 7});
  CHECK(list.back() == Span{190, 192});
  std::vector<Span> seen(list.begin(), list.end());
  CHECK(seen.size() == 20);
  CHECK(std::is_sorted(seen.begin(), seen.end()));
  // Copies are deep, moves leave the source empty, both for one span and for many.
  SpanList copy = list;
  CHECK(copy == list);
  copy.back().end = 195;
  CHECK(list.back() == Span{190, 192});
  SpanList moved = std::move(copy);
  CHECK(moved.size() == 20);
  CHECK(copy.empty());  // NOLINT(bugprone-use-after-move): moved-from is empty by design
  SpanList one{Span{1, 2}};
  SpanList one_moved = std::move(one);
  CHECK(one_moved == SpanList{Span{1, 2}});
  CHECK(one.empty());  // NOLINT(bugprone-use-after-move)
  moved = one_moved;   // many replaced by one
  CHECK(moved.size() == 1);
  CHECK(moved[0] == Span{1, 2});
  // Cleared lists hold nothing and grow again.
  list.clear();
  CHECK(list.empty());
  list.push_back(Span{5, 6});
  list.push_back(Span{8, 9});
  CHECK(list == SpanList{Span{5, 6}, Span{8, 9}});
  // Sorted in place, as a detector sorts its highlights.
  SpanList unsorted{Span{9, 10}, Span{1, 2}, Span{5, 6}};
  std::sort(unsorted.begin(), unsorted.end());
  CHECK(unsorted == SpanList{Span{1, 2}, Span{5, 6}, Span{9, 10}});
}
