#include <doctest/doctest.h>

#include "review/finding_view.hpp"
#include "review/text_layout.hpp"
#include "review_fixture.hpp"

using namespace cc;
using namespace cc::review;

TEST_CASE("review::layout keeps control characters away from the terminal") {
  CHECK(sanitize("a\x1b[2Jb") == "a [2Jb");
  CHECK(sanitize("line\nbreak\ttab") == "line break tab");
  CHECK(sanitize("\xc2\x9b"
                 "31m") == " 31m");  // C1 CSI
  CHECK(sanitize("abc\xe2\x80\xae"
                 "def") == "abcdef");                           // right-to-left override
  CHECK(sanitize("Zelens\xca\xb9kyi") == "Zelens\xca\xb9kyi");  // letters stay
  CHECK(sanitize("bad \xff byte") == "bad \xef\xbf\xbd byte");  // invalid UTF-8 replaced
}

TEST_CASE("review::layout measures and wraps by display width") {
  CHECK(display_width("abc") == 3);
  CHECK(display_width("\xe6\x97\xa5\xe6\x9c\xac") == 4);  // two wide CJK characters
  CHECK(display_width("e\xcc\x81") == 1);                 // e + combining acute
  std::vector<Piece> text{{"the meeting", Style::Plain},
                          {"started", Style::Highlight},
                          {", at a location to be decided between the leaders", Style::Plain}};
  for (size_t width : {5u, 12u, 20u, 80u}) {
    for (const Line& line : wrap(text, width)) CHECK(display_width(render(line, false)) <= width);
  }
  // Pieces join without spaces: the comma stays on its word.
  auto lines = wrap({{"meeting", Style::Highlight}, {", at", Style::Plain}}, 80);
  REQUIRE(lines.size() == 1);
  CHECK(render(lines[0], false) == "meeting, at");
  // A word longer than the line is cut.
  lines = wrap({{"abcdefghij", Style::Plain}}, 4);
  REQUIRE(lines.size() == 3);
  CHECK(render(lines[2], false) == "ij");
}

TEST_CASE("review::layout marks the diff in plain text and colours it on a terminal") {
  std::vector<Piece> diff{{"All the ", Style::Plain},
                          {"details have to", Style::Deleted},
                          {" ", Style::Plain},
                          {"main points", Style::Inserted},
                          {" be hammered", Style::Plain}};
  auto lines = wrap(diff, 100, true);
  REQUIRE(lines.size() == 1);
  CHECK(render(lines[0], false) == "All the [-details have to-] {+main points+} be hammered");
  std::string colored = render(lines[0], true);
  CHECK(colored.find("\x1b[9;31mdetails have to\x1b[0m") != std::string::npos);
  CHECK(colored.find("[-") == std::string::npos);
  for (const Line& line : wrap(diff, 16, true)) {
    CHECK(display_width(render(line, false)) <= 16);
  }
}

TEST_CASE("review::layout renders a finding for the line session") {
  testing::TempDir dir;
  Store store(dir.file("s.db"));
  Review review(testing::two_sources(), store, "cy");
  for (size_t width : {60u, 120u}) {
    auto lines = render_finding(review, 0, {width, false});
    std::string all;
    for (const std::string& line : lines) {
      CHECK(display_width(line) <= width);
      CHECK(line.find('\x1b') == std::string::npos);  // the article's escape is gone
      all += line + "\n";
    }
    CHECK(all.find("0123456789abcdef") != std::string::npos);
    CHECK(all.find("s1 story/a.txt:1:") != std::string::npos);
    CHECK(all.find("[-<script>alert(1)</script>-] {+maybe+}") != std::string::npos);
    CHECK(all.find("Verdict: not reviewed yet") != std::string::npos);
  }
}
