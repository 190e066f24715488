#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "core/model.hpp"
#include "core/text.hpp"
#include "core/utf8.hpp"
#include "file_fixture.hpp"
#include "ingest/ingest.hpp"
#include "ingest/source_map.hpp"
#include "ingest/text_builder.hpp"

using namespace cc;

namespace {

using testing::parse_all;
using testing::parse_one;

// The message of the InputError that parsing throws, or "no error".
std::string error_of(std::string_view name, std::string_view bytes,
                     const ingest::Options& options = {}) {
  try {
    parse_all(name, bytes, options);
  } catch (const InputError& error) {
    return error.what();
  }
  return "no error";
}

// Original line and column of the first occurrence of `needle` in the document's text.
Origin origin_of(const Document& doc, std::string_view needle) {
  size_t at = doc.text.find(needle);
  REQUIRE_MESSAGE(at != std::string::npos, "'" << needle << "' not in: " << doc.text);
  return doc.locate(static_cast<uint32_t>(at));
}

// The rest of the original line from `origin` on (lines end at \n, \r\n or \r).
std::string_view at_origin(std::string_view file, Origin origin) {
  size_t pos = 0;
  for (uint32_t line = 1; line < origin.line; ++line) pos = ingest::line_at(file, pos).next;
  size_t end = ingest::line_at(file, pos).content_end;
  for (uint32_t column = 1; column < origin.column && pos < end; ++column) {
    utf8::decode(file, pos);
  }
  return file.substr(pos, end - pos);
}

// The offset-map contract, checked word by word: each word of the text is found verbatim
// at its original position. Only for inputs whose text has no decoded entities or escapes.
void check_words_verbatim(const Document& doc, std::string_view file) {
  for (const text::Word& word : text::words(doc.text)) {
    std::string_view written = doc.slice(word.span);
    Origin origin = doc.locate(word.span.start);
    INFO("word '" << written << "' at " << origin.line << ":" << origin.column);
    CHECK(at_origin(file, origin).substr(0, written.size()) == written);
  }
}

using testing::read_bytes;
using testing::TempDir;

std::string hostile(const std::string& name) {
  return read_bytes(std::filesystem::path(CROSSCHECK_SOURCE_DIR) / "tests" / "hostile" / name);
}

}  // namespace

TEST_CASE("ingest::format_for") {
  using ingest::Format;
  CHECK(ingest::format_for("a.txt") == Format::Text);
  CHECK(ingest::format_for("dir/A.TXT") == Format::Text);
  CHECK(ingest::format_for("a.md") == Format::Markdown);
  CHECK(ingest::format_for("a.Markdown") == Format::Markdown);
  CHECK(ingest::format_for("a.html") == Format::Html);
  CHECK(ingest::format_for("a.HTM") == Format::Html);
  CHECK(ingest::format_for("a.json") == Format::Json);
  CHECK(ingest::format_for("a.jsonl") == Format::JsonLines);
  CHECK_FALSE(ingest::format_for("a.docx"));
  CHECK_FALSE(ingest::format_for("README"));
  CHECK_FALSE(ingest::format_for("json"));
}

TEST_CASE("ingest::text_builder anchors") {
  std::string source = "alpha beta\ngamma &amp; delta";
  ingest::FileMap map(source);
  ingest::TextBuilder out;
  out.copy(map, 0, 5);   // "alpha"
  out.space(map, 5, 6);  // the single source space keeps the run going
  out.copy(map, 6, 10);  // "beta"
  out.paragraph_break();
  out.copy(map, 11, 16);  // "gamma", on line 2
  out.space();
  out.replace(map, 17, "&");
  out.space(map, 22, 23);
  out.copy(map, 23, 28);
  Document doc;
  out.finish(doc);
  CHECK(doc.text == "alpha beta\ngamma & delta");
  CHECK(doc.origin.anchors().size() == 4);  // alpha, gamma, &, delta
  CHECK(origin_of(doc, "beta").column == 7);
  CHECK(origin_of(doc, "&").column == 7);
  CHECK(origin_of(doc, "delta").line == 2);
  CHECK(origin_of(doc, "delta").column == 13);
}

TEST_CASE("ingest::text_builder separators never lead, trail or double") {
  std::string source = "x";
  ingest::FileMap map(source);
  ingest::TextBuilder out;
  out.paragraph_break();
  out.space();
  out.copy(map, 0, 1);
  out.space();
  out.paragraph_break();
  out.space();
  out.copy(map, 0, 1);
  out.paragraph_break();
  Document doc;
  out.finish(doc);
  CHECK(doc.text == "x\nx");
}

TEST_CASE("ingest::source maps") {
  std::string file = "a\r\nb\rc\n\xc3\xa9t\xc3\xa9 x";
  ingest::FileMap map(file);
  CHECK(map.origin(0).line == 1);
  CHECK(map.origin(3).line == 2);
  CHECK(map.origin(5).line == 3);
  CHECK(map.origin(13).line == 4);
  CHECK(map.origin(13).column == 5);  // "été x": x is the fifth character
  CHECK(map.origin(7).column == 1);   // walking back on a line restarts from its start
  CHECK(map.run_end(0) == 3);

  std::string json = "{\"b\": \"x\\u00e9\\ny\"}";
  ingest::FileMap json_map(json);
  ingest::JsonStringMap body(json_map, 6);
  CHECK(body.buffer() == "x\xc3\xa9\ny");
  CHECK(body.origin(0).column == 8);   // "x"
  CHECK(body.origin(1).column == 9);   // "\u00e9" points at its backslash
  CHECK(body.origin(3).column == 15);  // "\n"
  CHECK(body.origin(4).column == 17);  // "y"
  CHECK(body.run_end(0) == 1);
}

TEST_CASE("ingest::txt") {
  std::string file = "\n  Headline here  \nSecond line, caf\xc3\xa9 au lait.\r\nThird\rFourth";
  Document doc = parse_one("story.txt", file);
  CHECK(doc.title == "Headline here");
  CHECK(doc.text == "\n  Headline here  \nSecond line, caf\xc3\xa9 au lait.\nThird\nFourth");
  CHECK(origin_of(doc, "au").line == 3);
  CHECK(origin_of(doc, "au").column == 19);  // é counts as one column
  CHECK(origin_of(doc, "Fourth").line == 5);
  CHECK(origin_of(doc, "Fourth").column == 1);
  check_words_verbatim(doc, file);
  CHECK(doc.path == "story.txt");
  CHECK(doc.record == 0);
}

TEST_CASE("ingest::txt BOM and CRLF") {
  std::string file = hostile("bom-crlf.txt");
  Document doc = parse_one("bom-crlf.txt", file);
  CHECK(doc.title == "BOM Title");
  CHECK(doc.text == "BOM Title\nSecond line\nThird line\nFourth line\n");
  CHECK(origin_of(doc, "BOM").column == 1);  // the BOM takes no column
  CHECK(origin_of(doc, "Fourth").line == 4);
  CHECK(origin_of(doc, "line\nFourth").column == 7);
}

TEST_CASE("ingest::markdown front matter and markup") {
  std::string file =
      "---\n"
      "title: \"Talks in Washington\"\n"
      "source: Example Wire\n"
      "url: https://example.com/talks\n"
      "published: 2025-08-18\n"
      "---\n"
      "# Heading with *emphasis* ##\n"
      "\n"
      "Leaders **met** on Monday, said `officials` in [a statement](https://x.test/(s)),\n"
      "and ![a photo](p.jpg) was taken.\n"
      "\n"
      "- first item\n"
      "* second _item_ with snake_case and 5 * 3\n"
      "12. third item\n"
      "\n"
      "> quoted\n"
      "> words\n"
      "\n"
      "```python\n"
      "code = 'dropped'\n"
      "```\n"
      "Escaped \\*stars\\* stay.\n"
      "<!-- a comment\n"
      "over lines -->\n"
      "Reference [link][ref] and [plain brackets].\n"
      "***\n";
  Document doc = parse_one("draft.md", file);
  CHECK(doc.title == "Talks in Washington");
  CHECK(doc.outlet == "Example Wire");
  CHECK(doc.url == "https://example.com/talks");
  REQUIRE(doc.published);
  CHECK(doc.published->iso() == "2025-08-18");
  CHECK(doc.text ==
        "Heading with emphasis\n"
        "Leaders met on Monday, said officials in a statement, and a photo was taken.\n"
        "first item\n"
        "second item with snake_case and 5 * 3\n"
        "third item\n"
        "quoted words\n"
        "Escaped *stars* stay.\n"
        "Reference link and [plain brackets].");
  CHECK(origin_of(doc, "Heading").line == 7);
  CHECK(origin_of(doc, "Heading").column == 3);
  CHECK(origin_of(doc, "Monday").line == 9);
  CHECK(origin_of(doc, "Monday").column == 20);
  CHECK(origin_of(doc, "statement").column == 51);
  CHECK(origin_of(doc, "photo").line == 10);
  CHECK(origin_of(doc, "photo").column == 9);
  CHECK(origin_of(doc, "*stars").column == 10);
  check_words_verbatim(doc, file);
}

TEST_CASE("ingest::markdown title fallbacks") {
  CHECK(parse_one("a.md", "Intro line\n\n## First heading\n").title == "First heading");
  CHECK(parse_one("a.md", "Setext *title*\n===\nBody.\n").title == "Setext title");
  CHECK(parse_one("a.md", "\n\nJust **text** here.\nMore.\n").title == "Just text here. More.");
  Document wrapped = parse_one("a.md", "A sentence that\nwraps over lines.\n");
  CHECK(wrapped.text == "A sentence that wraps over lines.");
  CHECK(origin_of(wrapped, "wraps").line == 2);
}

TEST_CASE("ingest::markdown front matter variants") {
  Document doc =
      parse_one("a.md", "---\npublisher: Daily\ndate: 2024-02-29T10:00:00Z\n---\nBody\n");
  CHECK(doc.outlet == "Daily");
  REQUIRE(doc.published);
  CHECK(doc.published->iso() == "2024-02-29");
  CHECK(doc.title == "Body");
  CHECK(origin_of(doc, "Body").line == 5);

  // Without a closing line, "---" is only a thematic break.
  CHECK(parse_one("a.md", "---\nNo front matter here.\n").text == "No front matter here.");
  CHECK(parse_one("a.md", "---\n---\nEmpty front matter.\n").text == "Empty front matter.");
}

TEST_CASE("ingest::markdown front matter errors") {
  CHECK(error_of("bad.md", hostile("bad-front-matter.md"))
            .starts_with("bad.md: invalid front matter at line "));
  CHECK(error_of("a.md", "---\ntitle: ok\n  bad: [indent\n---\nBody\n")
            .starts_with("a.md: invalid front matter at line 3"));
  CHECK(error_of("a.md", "---\n- a list\n---\nBody\n") ==
        "a.md: invalid front matter at line 2: expected fields such as title: and published:");
  CHECK(error_of("a.md", "---\ntitle: [a, b]\n---\nBody\n") ==
        "a.md: invalid front matter at line 2: title must be text");
  CHECK(error_of("a.md", "---\ntitle: t\npublished: last Monday\n---\nBody\n") ==
        "a.md: invalid front matter at line 3: published must be a date (YYYY-MM-DD)");
  // yaml-cpp stops deep nesting itself (its depth guard) before the stack runs out.
  std::string deep = "---\ntitle: " + std::string(100000, '[') + "\n---\nBody\n";
  CHECK(error_of("a.md", deep).starts_with("a.md: invalid front matter at line "));
  CHECK(error_of("a.md", deep).ends_with(": nested too deeply"));
}

TEST_CASE("ingest::markdown suppressions") {
  std::string file =
      "Intro.\n"
      "<!-- crosscheck-disable-next-line quote: wording confirmed with the desk -->\n"
      "\n"
      "Trump called it \"pointless\".\n"
      "<!-- crosscheck-disable-next-line * -->\n"
      "Everything silenced here.\n"
      "<!-- crosscheck-disable-next-line -->\n"
      "No type means every type.\n"
      "<!-- an ordinary comment -->\n"
      "<!-- crosscheck-disable-next-lines numeric -->\n"
      "Not a directive above.\n";
  Document doc = parse_one("draft.md", file);
  REQUIRE(doc.suppressions.size() == 3);
  CHECK(doc.suppressions[0].type == "quote");
  CHECK(doc.suppressions[0].reason == "wording confirmed with the desk");
  CHECK(doc.suppressions[0].directive_line == 2);
  CHECK(doc.suppressions[0].line == 4);  // the next non-empty line
  CHECK(doc.suppressions[1].type == "*");
  CHECK(doc.suppressions[1].reason.empty());
  CHECK(doc.suppressions[1].line == 6);
  CHECK(doc.suppressions[2].type == "*");
  CHECK(doc.suppressions[2].line == 8);
  CHECK(doc.text.find("crosscheck") == std::string::npos);
}

TEST_CASE("ingest::html article text") {
  std::string file =
      "<!DOCTYPE html>\n"
      "<html><head><title>Page &amp; title</title>\n"
      "<meta property=\"og:site_name\" content=\"The Daily\">\n"
      "<script>var s = \"<p>not text</p>\";</script>\n"
      "</head><body>\n"
      "<nav><a href=\"/\">Home</a></nav>\n"
      "<header><h1>Site header</h1></header>\n"
      "<p>First &mdash; paragraph with <b>bold</b>   text.</p>\n"
      "<p>\n"
      "  Caf&eacute; and &#8220;quotes&#x201D;&nbsp;and&#xZZ; more.\n"
      "</p>\n"
      "<figure><img src=x><figcaption>A caption</figcaption></figure>\n"
      "<DIV CLASS='a>b'>Upper and quoted</DIV><ul><li>one<li>two</ul>\n"
      "<aside>Related stories</aside><form><button>Subscribe</button></form>\n"
      "<p>a < b, &unknown; &amp</p>\n"
      "<footer>Copyright</footer>\n"
      "</body></html>\n";
  Document doc = parse_one("page.html", file);
  CHECK(doc.text ==
        "First \xe2\x80\x94 paragraph with bold text.\n"
        "Caf\xc3\xa9 and \xe2\x80\x9cquotes\xe2\x80\x9d and&#xZZ; more.\n"
        "Upper and quoted\none\ntwo\n"
        "a < b, &unknown; &amp");
  CHECK(doc.title == "Page & title");
  CHECK(doc.outlet == "The Daily");
  CHECK(origin_of(doc, "paragraph").line == 8);
  CHECK(origin_of(doc, "paragraph").column == 18);
  CHECK(origin_of(doc, "\xe2\x80\x94").column == 10);  // the entity itself
  CHECK(origin_of(doc, "quotes").line == 10);
  CHECK(origin_of(doc, "quotes").column == 26);  // after "&#8220;"
  CHECK(origin_of(doc, "and&").column == 46);
  CHECK(origin_of(doc, "Upper").line == 13);
  CHECK(origin_of(doc, "Upper").column == 18);
}

TEST_CASE("ingest::html scope") {
  SUBCASE("articles win") {
    Document doc = parse_one(
        "a.html",
        "<body><p>Teaser</p><article><p>One</p></article><aside><article>Ad</article></aside>"
        "<div>Between</div><article>Two</article></body>");
    CHECK(doc.text == "One\nTwo");
  }
  SUBCASE("then main") {
    Document doc = parse_one("a.html", "<body><p>Menu</p><main><p>Main text</p></main></body>");
    CHECK(doc.text == "Main text");
  }
  SUBCASE("then the body, without the head") {
    Document doc = parse_one("a.html",
                             "<html><head><title>T</title><meta charset=utf-8>Stray"
                             "<p>Body text</p>");
    CHECK(doc.text == "Body text");
    CHECK(doc.title == "T");
  }
  SUBCASE("a fragment") {
    CHECK(parse_one("a.html", "Just <em>text</em>, no tags around it.").text ==
          "Just text, no tags around it.");
  }
  SUBCASE("an article hidden in an aside does not count") {
    Document doc = parse_one("a.html", "<p>Real text</p><aside><article>Promo</article></aside>");
    CHECK(doc.text == "Real text");
  }
}

TEST_CASE("ingest::html metadata") {
  std::string head =
      "<head><title>Title element</title>"
      "<meta property=\"og:title\" content=\"OG &amp; title\">"
      "<meta name=\"date\" content=\"2024-01-01\">"
      "<meta property=\"og:url\" content=\"https://example.com/og\">"
      "<link rel=\"alternate canonical\" href=\"https://example.com/canonical\">"
      "<meta property=\"article:published_time\" content=\"2025-08-18T09:00:00Z\">"
      "</head>";
  Document doc = parse_one("a.html", head + "<body><p>Text</p></body>");
  CHECK(doc.title == "OG & title");
  CHECK(doc.url == "https://example.com/canonical");
  REQUIRE(doc.published);
  CHECK(doc.published->iso() == "2025-08-18");

  Document fallback =
      parse_one("a.html",
                "<meta property=og:url content=https://example.com/og>"
                "<header><h1>The <i>first</i>\n heading</h1></header><h1>Second</h1>"
                "<time datetime=\"yesterday\">x</time><time datetime=\"2025-03-04\">y</time>"
                "<meta name=date content=2024-01-01><p>Text</p>");
  CHECK(fallback.title == "The first heading");
  CHECK(fallback.url == "https://example.com/og");
  REQUIRE(fallback.published);
  CHECK(fallback.published->iso() == "2025-03-04");

  Document none = parse_one("a.html",
                            "<meta property='article:published_time' content='soon'>"
                            "<p>Text</p>");
  CHECK_FALSE(none.published);
  CHECK(none.title.empty());
}

TEST_CASE("ingest::html suppressions") {
  std::string file =
      "<p>Intro.</p>\n"
      "<!-- crosscheck-disable-next-line numeric: the two figures use different bases -->\n"
      "<div>\n"
      "  <p>Twenty percent of the land.</p>\n"
      "</div>\n";
  Document doc = parse_one("a.html", file);
  REQUIRE(doc.suppressions.size() == 1);
  CHECK(doc.suppressions[0].type == "numeric");
  CHECK(doc.suppressions[0].reason == "the two figures use different bases");
  CHECK(doc.suppressions[0].directive_line == 2);
  CHECK(doc.suppressions[0].line == 4);  // the line of the next text
}

TEST_CASE("ingest::html hostile") {
  Document doc = parse_one("scripts.html", hostile("scripts.html"));
  CHECK(doc.text ==
        "Safe text one.\nUnclosed paragraph bold italic\nSecond block\n"
        "Last words < stray and kept");
  CHECK(doc.title == "Hostile page");
  CHECK(origin_of(doc, "Second").line == 9);
  CHECK(origin_of(doc, "Second").column == 27);

  // A quote that never closes ends at the next '>', so the text after it survives.
  CHECK(parse_one("a.html", "<p class=\"open>Text after</p>").text == "Text after");
  // An unclosed comment runs to the end, as in a browser.
  CHECK(error_of("a.html", "<!-- <p>hidden</p>") == "a.html: no article text found");
  CHECK(parse_one("a.html", "<p>x</p><!-->y").text == "x\ny");
  CHECK(parse_one("a.html", "<p>&#0;&#xD800;&#x110000;&#150;&#99999999999999;</p>").text ==
        "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xe2\x80\x93\xef\xbf\xbd");
  CHECK(parse_one("a.html", "<p>&nbsp;</p><p>&#160; x &nbsp;</p>").text == "x");
}

TEST_CASE("ingest::html 5 MB on one line") {
  std::string file = "<html><body><article>";
  for (int i = 0; file.size() < (5U << 20); ++i) {
    file += "<p>Paragraph " + std::to_string(i) + " &amp; <b>bold</b> words&#8217; end.</p>";
  }
  file += "<p>Final words.</p></article></body></html>";
  Document doc = parse_one("big.html", file);
  CHECK(doc.text.starts_with("Paragraph 0 & bold words\xe2\x80\x99 end.\nParagraph 1 &"));
  CHECK(doc.text.ends_with("\nFinal words."));
  Origin last = origin_of(doc, "Final");
  CHECK(last.line == 1);
  CHECK(last.column ==
        file.size() - std::string("Final words.</p></article></body></html>").size() + 1);
}

TEST_CASE("ingest::json simple object") {
  std::string file =
      "{\n"
      "  \"title\": \"  Simple   title \",\n"
      "  \"outlet\": \"Example News\",\n"
      "  \"url\": \"https://example.com/s\",\n"
      "  \"published\": \"2025-08-18T12:00:00Z\",\n"
      "  \"body\": \"First line.\\nSecond \\\"quoted\\\" line with caf\\u00e9 words.\"\n"
      "}\n";
  Document doc = parse_one("s.json", file);
  CHECK(doc.title == "Simple title");
  CHECK(doc.outlet == "Example News");
  CHECK(doc.url == "https://example.com/s");
  REQUIRE(doc.published);
  CHECK(doc.published->iso() == "2025-08-18");
  CHECK(doc.text == "First line.\nSecond \"quoted\" line with caf\xc3\xa9 words.");
  CHECK(origin_of(doc, "First").line == 6);
  CHECK(origin_of(doc, "First").column == 12);
  CHECK(origin_of(doc, "Second").column == 25);
  CHECK(origin_of(doc, "quoted").column == 34);
  CHECK(origin_of(doc, "words").column == 63);

  Document alt = parse_one("s.json", "{\"headline\": \"H\", \"text\": \"Body text\"}");
  CHECK(alt.title == "H");
  CHECK(alt.text == "Body text");
}

TEST_CASE("ingest::json ninjs 2") {
  std::string file =
      "{\n"
      "  \"uri\": \"https://example.com/n2\",\n"
      "  \"headline\": \"Ninjs two\",\n"
      "  \"versioncreated\": \"2025-08-19T08:00:00Z\",\n"
      "  \"firstcreated\": \"2025-08-18T08:00:00Z\",\n"
      "  \"provider\": {\"name\": \"Provider Wire\"},\n"
      "  \"body_html\": \"<p>Leaders met in <b>Washington</b>.</p><p>Talks &amp; more.</p>\"\n"
      "}\n";
  Document doc = parse_one("n2.json", file);
  CHECK(doc.title == "Ninjs two");
  CHECK(doc.outlet == "Provider Wire");
  CHECK(doc.url == "https://example.com/n2");
  REQUIRE(doc.published);
  CHECK(doc.published->iso() == "2025-08-19");
  CHECK(doc.text == "Leaders met in Washington.\nTalks & more.");
  CHECK(origin_of(doc, "Washington").line == 7);
  CHECK(origin_of(doc, "Washington").column == 38);
  CHECK(origin_of(doc, "more").column == 72);

  Document plain = parse_one(
      "n2.json",
      "{\"copyrightholder\": \"Holder\", \"body_text\": \"Plain.\", \"body_html\": \"<p>x\"}");
  CHECK(plain.text == "Plain.");
  CHECK(plain.outlet == "Holder");
}

TEST_CASE("ingest::json ninjs 3") {
  std::string file =
      "{\n"
      "  \"uri\": \"urn:newsml:example.com:20250818:1\",\n"
      "  \"contentCreated\": \"2025-08-17T22:00:00+02:00\",\n"
      "  \"versionCreated\": \"2025-08-18T16:02:28+02:00\",\n"
      "  \"headlines\": [\n"
      "    {\"role\": \"short\", \"value\": \"Short\"},\n"
      "    {\"role\": \"main\", \"value\": \"Main headline\"}\n"
      "  ],\n"
      "  \"infoSources\": [{\"name\": \"Info Source\"}],\n"
      "  \"bodies\": [\n"
      "    {\"role\": \"main\", \"contentType\": \"text/vnd.IPTC.NITF\", \"value\": \"<nitf/>\"},\n"
      "    {\"role\": \"main\", \"contentType\": \"text/html\",\n"
      "     \"value\": \"<section><p>F\\u00fcr die Zuschauer</p><p>Zweiter "
      "Absatz</p></section>\"}\n"
      "  ]\n"
      "}\n";
  Document doc = parse_one("n3.json", file);
  CHECK(doc.title == "Main headline");
  CHECK(doc.outlet == "Info Source");
  CHECK(doc.url == "urn:newsml:example.com:20250818:1");
  REQUIRE(doc.published);
  CHECK(doc.published->iso() == "2025-08-17");
  CHECK(doc.text == "F\xc3\xbcr die Zuschauer\nZweiter Absatz");
  CHECK(origin_of(doc, "F\xc3\xbcr").line == 13);
  CHECK(origin_of(doc, "F\xc3\xbcr").column == 28);
  CHECK(origin_of(doc, "die").column == 37);
  CHECK(origin_of(doc, "Absatz").column == 65);

  SUBCASE("text/plain with role main is preferred") {
    Document pick = parse_one(
        "n3.json",
        "{\"bodies\": [{\"role\": \"main\", \"contenttype\": \"text/html\", \"value\": "
        "\"<p>html</p>\"},"
        "{\"role\": \"other\", \"contenttype\": \"text/plain\", \"value\": \"other plain\"},"
        "{\"role\": \"main\", \"contenttype\": \"text/plain\", \"value\": \"main plain\"}],"
        "\"copyrightHolder\": \"Holder\", \"provider\": {\"name\": \"Provider\"}}");
    CHECK(pick.text == "main plain");
    CHECK(pick.outlet == "Holder");
  }
}

TEST_CASE("ingest::json errors") {
  CHECK(error_of("a.json", "{\"title\": \"No body\"}") ==
        "a.json: no article body (expected body, body_text, body_html or bodies)");
  CHECK(error_of("a.json", "{\"body\": 42}") ==
        "a.json: no article body (expected body, body_text, body_html or bodies)");
  CHECK(error_of("a.json", "[{\"body\": \"x\"}]") ==
        "a.json: expected a JSON object (one article), found array");
  CHECK(error_of("a.json", "{\n  \"body\": tru\n}") ==
        "a.json: invalid JSON: parse error at line 2, column 14: syntax error while parsing "
        "value - invalid literal; last read: '\"body\": tru<U+000A>'");
  CHECK(error_of("a.json", "{\"body\": \"x\"")
            .starts_with("a.json: invalid JSON: parse error at line 1, column 13: syntax error "
                         "while parsing object"));
  CHECK(error_of("a.json", "{\"body\": \"\\ud800\"}").starts_with("a.json: invalid JSON"));
  CHECK(error_of("a.json", "{\"body\": \" \\n \"}") == "a.json: no article text found");
}

TEST_CASE("ingest::json deep nesting") {
  CHECK(error_of("deep.json", hostile("deep.json")) ==
        "deep.json: JSON nested deeper than 256 levels at line 1, column 265");
  std::string million(1000000, '[');
  million += std::string(1000000, ']');
  CHECK(error_of("a.json", million) ==
        "a.json: JSON nested deeper than 256 levels at line 1, column 257");
  // Brackets inside strings do not nest.
  std::string brackets = "{\"body\": \"" + std::string(1000, '[') + " text\"}";
  CHECK(parse_one("a.json", brackets).text.ends_with(" text"));
  std::string deep_ok =
      "{\"body\": \"ok\", \"x\": " + std::string(254, '[') + std::string(254, ']') + "}";
  CHECK(parse_one("a.json", deep_ok).text == "ok");
}

TEST_CASE("ingest::jsonl") {
  std::string file =
      "{\"title\": \"One\", \"body\": \"First record.\"}\n"
      "\n"
      "{\"headline\": \"Two\", \"body_html\": \"<p>Second <i>record</i>.</p>\", "
      "\"published\": \"2025-08-18\"}\r\n";
  auto docs = parse_all("feed.jsonl", file);
  REQUIRE(docs.size() == 2);
  CHECK(docs[0].record == 1);
  CHECK(docs[0].title == "One");
  CHECK(docs[0].text == "First record.");
  CHECK(docs[1].record == 3);
  CHECK(docs[1].text == "Second record.");
  CHECK(origin_of(docs[1], "record").line == 3);
  CHECK(origin_of(docs[1], "record").column == 48);
  CHECK(docs[1].path == "feed.jsonl");

  // nlohmann skips a BOM at the start of a record; the body must still be found.
  auto with_bom = parse_all("feed.jsonl", "{\"body\": \"a\"}\n\xef\xbb\xbf{\"body\": \"b c\"}");
  REQUIRE(with_bom.size() == 2);
  CHECK(with_bom[1].text == "b c");
  CHECK(origin_of(with_bom[1], "c").column == 14);  // the BOM inside the file is a character

  CHECK(error_of("feed.jsonl", "{\"body\": \"ok\"}\n{\"body\": x}\n") ==
        "feed.jsonl:2: invalid JSON: parse error at line 2, column 10: syntax error while "
        "parsing value - invalid literal; last read: '\"body\": x'");
  CHECK(error_of("feed.jsonl", "{\"body\": \"ok\"}\n\n\n{\"title\": \"t\"}") ==
        "feed.jsonl:4: no article body (expected body, body_text, body_html or bodies)");
  CHECK(error_of("feed.jsonl",
                 "{\"body\": \"ok\"}\n{\"body\": \"<p>\", \"x\": 1}\n"
                 "{\"body_html\": \"<script>x</script>\"}") ==
        "feed.jsonl:3: no article text found");
  CHECK(error_of("feed.jsonl", "{\"body\": \"ok\"}\n" + std::string(300, '[')) ==
        "feed.jsonl:2: JSON nested deeper than 256 levels at line 2, column 257");
}

TEST_CASE("ingest::validation") {
  CHECK(error_of("empty.txt", hostile("empty.txt")) == "empty.txt: empty article");
  CHECK(error_of("whitespace.txt", hostile("whitespace.txt")) == "whitespace.txt: empty article");
  CHECK(error_of("a.txt", "\xef\xbb\xbf \n") == "a.txt: empty article");
  CHECK(error_of("nul.txt", hostile("nul.txt")) == "nul.txt: binary file, not text");
  CHECK(error_of("a.txt", "text\x01\x02\x03\x04") == "a.txt: binary file, not text");
  CHECK(error_of("a.txt", "a few \x1b[1mbold\x1b[0m escape codes pass") == "no error");
  CHECK(error_of("invalid-utf8.txt", hostile("invalid-utf8.txt")) ==
        "invalid-utf8.txt: invalid UTF-8 at line 2, column 18 (byte 34)");
  CHECK(error_of("overlong-utf8.txt", hostile("overlong-utf8.txt")) ==
        "overlong-utf8.txt: invalid UTF-8 at line 2, column 19 (byte 24)");
  CHECK(error_of("a.md", "\xef\xbb\xbf\xc3\xa9\xed\xa0\x80") ==
        "a.md: invalid UTF-8 at line 1, column 2 (byte 5)");  // a surrogate
  CHECK(error_of("a.html", "<script>only code</script><nav>menu</nav>") ==
        "a.html: no article text found");
  CHECK(error_of("a.md", "```\ncode only\n```\n") == "a.md: no article text found");
  ingest::Options small;
  small.max_input_size = 4;
  CHECK(error_of("a.txt", "12345", small) ==
        "a.txt: larger than --max-input-size (4 bytes); raise the limit to read it");
}

TEST_CASE("ingest::hostile files") {
  Document quote = parse_one("never-closed-quote.txt", hostile("never-closed-quote.txt"));
  CHECK(quote.title == "A \"quote that never closes. It goes on");
  check_words_verbatim(quote, hostile("never-closed-quote.txt"));
  CHECK(error_of("deep.json", hostile("deep.json")).find("nested deeper") != std::string::npos);
}

TEST_CASE("ingest::published option") {
  ingest::Options options;
  options.published = Date{2025, 8, 18};
  CHECK(parse_one("a.txt", "No date here.", options).published->iso() == "2025-08-18");
  Document dated = parse_one("a.md", "---\npublished: 2024-01-02\n---\nText\n", options);
  CHECK(dated.published->iso() == "2024-01-02");
}

TEST_CASE("ingest::load folders") {
  TempDir dir;
  dir.write("b.txt", "Bee story.\n");
  dir.write("a/c.md", "# Sea\nText.\n");
  dir.write("a/z.HTML", "<p>Zed</p>");
  dir.write("sub/feed.jsonl",
            "{\"body\": \"one\", \"published\": \"2024-05-06\"}\n{\"body\": \"two\"}\n");
  dir.write(".hidden.txt", "Hidden.\n");
  dir.write(".git/skip.txt", "Hidden folder.\n");
  dir.write("notes.docx", "not an article");
  TempDir elsewhere;
  std::string single = elsewhere.write("one.json", "{\"body\": \"Named file.\"}");
  ingest::Options options;
  options.published = Date{2025, 8, 18};
  // A named file keeps its place in the order the paths were given.
  auto docs = ingest::load({single, dir.str()}, options);
  REQUIRE(docs.size() == 6);
  std::vector<std::string> expected = {single,
                                       dir.str() + "/a/c.md",
                                       dir.str() + "/a/z.HTML",
                                       dir.str() + "/b.txt",
                                       dir.str() + "/sub/feed.jsonl",
                                       dir.str() + "/sub/feed.jsonl"};
  for (size_t i = 0; i < docs.size(); ++i) {
    CHECK(docs[i].id == "s" + std::to_string(i + 1));
    CHECK(docs[i].path == expected[i]);
  }
  CHECK(docs[0].text == "Named file.");
  CHECK(docs[1].title == "Sea");
  CHECK(docs[4].record == 1);
  CHECK(docs[4].published->iso() == "2024-05-06");
  CHECK(docs[5].record == 2);
  CHECK(docs[5].text == "two");
  CHECK(docs[5].published->iso() == "2025-08-18");
}

TEST_CASE("ingest::load errors") {
  TempDir dir;
  CHECK_THROWS_AS(ingest::load({dir.str()}, {}), UsageError);
  CHECK_THROWS_AS(ingest::load({}, {}), UsageError);
  try {
    ingest::load({dir.str() + "/missing.txt"}, {});
    FAIL("expected an InputError");
  } catch (const InputError& error) {
    CHECK(error.file() == dir.str() + "/missing.txt");
    CHECK(std::string(error.what()).ends_with(": no such file or directory"));
  }
  std::string docx = dir.write("a.docx", "x");
  CHECK_THROWS_WITH_AS(ingest::load({docx}, {}),
                       (docx + ": unsupported file type (expected .txt, .md, .markdown, .html, "
                               ".htm, .json or .jsonl)")
                           .c_str(),
                       InputError);
  std::string big = dir.write("big.txt", "0123456789");
  ingest::Options small;
  small.max_input_size = 5;
  CHECK_THROWS_AS(ingest::load({big}, small), InputError);
  std::string empty = dir.write("empty.md", "");
  CHECK_THROWS_WITH_AS(ingest::load({big, empty}, {}), (empty + ": empty article").c_str(),
                       InputError);
}

// Pseudo-random inputs, fixed seed: parse() must either succeed with valid UTF-8 text whose
// anchors point inside the file, or throw InputError; anything else fails the test (and
// the sanitizers watch memory).
TEST_CASE("ingest::random input robustness") {
  static const std::vector<std::string> kPieces = {"<",
                                                   ">",
                                                   "</",
                                                   "<p>",
                                                   "</p>",
                                                   "<article>",
                                                   "</article>",
                                                   "<script>",
                                                   "</script>",
                                                   "<!--",
                                                   "-->",
                                                   "<!-- crosscheck-disable-next-line quote: r -->",
                                                   "&",
                                                   "&amp;",
                                                   "&#",
                                                   "&#x",
                                                   ";",
                                                   "\"",
                                                   "'",
                                                   "=",
                                                   " ",
                                                   "\n",
                                                   "\r",
                                                   "\t",
                                                   "word",
                                                   "\xc3\xa9",
                                                   "\xe2\x80\x9c",
                                                   "---\n",
                                                   "title: x\n",
                                                   "published: 2025-01-01\n",
                                                   "#",
                                                   "*",
                                                   "_",
                                                   "`",
                                                   "```",
                                                   "[",
                                                   "]",
                                                   "(",
                                                   ")",
                                                   "!",
                                                   "\\",
                                                   "-",
                                                   "1.",
                                                   "~~~",
                                                   "===",
                                                   "{",
                                                   "}",
                                                   ":",
                                                   ",",
                                                   "\\u00e9",
                                                   "\\ud83d",
                                                   "\"body\"",
                                                   "\"body_html\"",
                                                   "\"bodies\"",
                                                   "\"value\"",
                                                   "\"headlines\"",
                                                   "\"role\"",
                                                   "\"main\"",
                                                   "\"contenttype\"",
                                                   "\"text/html\"",
                                                   "1",
                                                   "true",
                                                   "null",
                                                   "\xef\xbb\xbf"};
  std::mt19937 random(20250818);
  auto pick = [&](size_t n) { return static_cast<size_t>(random() % n); };
  auto soup = [&]() {
    std::string out;
    for (size_t n = pick(40); n > 0; --n) out += kPieces[pick(kPieces.size())];
    return out;
  };
  auto bytes = [&]() {
    std::string out(pick(120), '\0');
    for (char& c : out) c = static_cast<char>(random() & 0xFF);
    return out;
  };
  auto json_html = [&]() {  // well-formed JSON around random HTML: reaches the body mapping
    std::string escaped;
    for (char c : soup()) {
      if (c == '"' || c == '\\') escaped += '\\';
      escaped += c == '\n'   ? std::string("\\n")
                 : c == '\r' ? "\\r"
                 : c == '\t' ? "\\t"
                             : std::string(1, c);
    }
    return "{\"title\": \"t\",\n \"body_html\": \"" + escaped + "\"}";
  };
  const std::vector<std::string> names = {"r.txt", "r.md", "r.html", "r.json", "r.jsonl"};
  size_t parsed = 0;
  for (int round = 0; round < 3000; ++round) {
    std::string input = round % 3 == 0 ? bytes() : round % 3 == 1 ? soup() : json_html();
    for (const std::string& name : names) {
      auto max_line = static_cast<uint32_t>(std::count(input.begin(), input.end(), '\n') +
                                            std::count(input.begin(), input.end(), '\r') + 1);
      try {
        for (const Document& doc : parse_all(name, input)) {
          ++parsed;
          CHECK(utf8::is_valid(doc.text));
          for (const auto& anchor : doc.origin.anchors()) {
            CHECK(anchor.text_offset < doc.text.size());
            CHECK(anchor.line >= 1);
            CHECK(anchor.line <= max_line);
            CHECK(anchor.column >= 1);
          }
        }
      } catch (const InputError&) {
        // a clean rejection is a fine outcome
      }
    }
  }
  CHECK(parsed > 1000);  // the generator reaches the extractors, not only the checks
}
