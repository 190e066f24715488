// JUnit XML for CI systems other than GitHub: one test suite per source, one test case per
// finding whose main evidence is in that source. A finding at or above Meta::fail_on is a
// failure, a suppressed one or one a reviewer dismissed is skipped, any other passes with its
// text in system-out.
#include <sstream>

#include "core/utf8.hpp"
#include "report/common.hpp"
#include "report/report.hpp"

namespace cc::report {

namespace {

// Escapes XML metacharacters and replaces characters XML 1.0 does not allow.
std::string xml_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t at = 0;
  while (at < text.size()) {
    char32_t c = utf8::decode(text, at);
    switch (c) {
      case '&':
        out += "&amp;";
        continue;
      case '<':
        out += "&lt;";
        continue;
      case '>':
        out += "&gt;";
        continue;
      case '"':
        out += "&quot;";
        continue;
      case '\'':
        out += "&apos;";
        continue;
      default:
        break;
    }
    bool allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) ||
                   (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
    utf8::append(out, allowed ? c : U'\uFFFD');
  }
  return out;
}

std::string sentence(const Analysis& analysis, const Claim& claim) {
  return std::string(analysis.documents[claim.source].slice(analysis.sentence_extent(claim)));
}

// The body of a failure or system-out: where, the sentences, why.
std::string details(const Analysis& analysis, const Finding& finding) {
  std::string out;
  for (const Evidence& evidence : finding.evidence) {
    const Claim& claim = analysis.claims[evidence.claim];
    out += place_text(place_of(analysis, claim)) + " (" + analysis.documents[claim.source].id +
           "): " + sentence(analysis, claim) + "\n";
  }
  out += finding.explanation + "\nrule " + finding.rule + ", id " + finding.id + "\n";
  return out;
}

struct Case {
  const Finding* finding;
  bool suppressed;
};

}  // namespace

void to_junit(const Analysis& analysis, const Meta& meta, const Sink& sink) {
  std::vector<std::vector<Case>> by_source(analysis.documents.size());
  for (const auto* list : {&analysis.findings, &analysis.suppressed}) {
    for (const Finding& finding : *list) {
      if (finding.evidence.empty()) continue;
      uint32_t source = analysis.claims[finding.evidence.front().claim].source;
      by_source[source].push_back({&finding, list == &analysis.suppressed});
    }
  }
  auto fails = [&meta](const Case& c) {
    return !c.suppressed && !dismissed_by_review(*c.finding) && meta.fail_on &&
           c.finding->level >= *meta.fail_on;
  };
  auto skips = [](const Case& c) { return c.suppressed || dismissed_by_review(*c.finding); };
  size_t tests = 0, failures = 0, skipped = 0;
  for (const auto& cases : by_source) {
    for (const Case& c : cases) {
      ++tests;
      failures += fails(c);
      skipped += skips(c);
    }
  }
  PieceStream pieces(sink);
  std::ostringstream& out = pieces.out();
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << "<testsuites name=\"crosscheck\" tests=\"" << tests << "\" failures=\"" << failures
      << "\" errors=\"0\" skipped=\"" << skipped << "\">\n";
  for (size_t source = 0; source < analysis.documents.size(); ++source) {
    pieces.flush();
    const Document& document = analysis.documents[source];
    const auto& cases = by_source[source];
    size_t suite_failures = 0, suite_skipped = 0;
    for (const Case& c : cases) {
      suite_failures += fails(c);
      suite_skipped += skips(c);
    }
    out << "  <testsuite name=\"" << xml_escape(document.path) << "\" tests=\"" << cases.size()
        << "\" failures=\"" << suite_failures << "\" errors=\"0\" skipped=\"" << suite_skipped
        << "\">\n";
    for (const Case& c : cases) {
      pieces.flush();
      const Finding& finding = *c.finding;
      Place place = place_of(analysis, analysis.claims[finding.evidence.front().claim]);
      out << "    <testcase classname=\"crosscheck." << xml_escape(finding.rule) << "\" name=\""
          << xml_escape(finding.summary + " [" + finding.id + "]") << "\" file=\""
          << xml_escape(document.path) << "\" line=\"" << place.start.line << "\">\n";
      if (c.suppressed) {
        out << "      <skipped message=\""
            << xml_escape("suppressed: " + (finding.suppressed_by.empty()
                                                ? std::string("suppressed")
                                                : finding.suppressed_by))
            << "\"/>\n";
      } else if (dismissed_by_review(finding)) {
        out << "      <skipped message=\"" << xml_escape(verdict_text(finding)) << "\"/>\n";
      } else if (fails(c)) {
        out << "      <failure type=\"" << xml_escape(finding.rule) << "\" message=\""
            << xml_escape(std::string(level_title(finding.level)) + ": " + finding.summary) << "\">"
            << xml_escape(details(analysis, finding)) << "</failure>\n";
      } else {
        out << "      <system-out>" << xml_escape(details(analysis, finding)) << "</system-out>\n";
      }
      out << "    </testcase>\n";
    }
    out << "  </testsuite>\n";
  }
  out << "</testsuites>\n";
  pieces.flush(true);
}

std::string to_junit(const Analysis& analysis, const Meta& meta) {
  return joined([&](const Sink& sink) { to_junit(analysis, meta, sink); });
}

}  // namespace cc::report
