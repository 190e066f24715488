#include <doctest/doctest.h>

#include <utility>

#include "core/model.hpp"
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
