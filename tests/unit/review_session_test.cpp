#include <doctest/doctest.h>

#include "review/annotate.hpp"
#include "review/session.hpp"
#include "review_fixture.hpp"

using namespace cc;
using namespace cc::review;

TEST_CASE("review::annotate shows verdicts, stale evidence and resolved findings") {
  testing::TempDir dir;
  Store store(dir.file("s.db"));
  Analysis before = testing::two_sources();
  Record confirmed;
  confirmed.finding = before.findings[0].id;
  confirmed.verdict = Verdict::Dismissed;
  confirmed.reviewer = "ann";
  confirmed.note = "same meaning";
  confirmed.evidence = evidence_text(before, before.findings[0]);
  store.add(confirmed);
  Record gone = confirmed;
  gone.finding = "1111111111111111";
  store.add(gone);

  Analysis same = testing::two_sources();
  Annotation annotation = annotate(store, same);
  const Finding& finding = same.findings[0];
  CHECK(finding.verdict == "dismissed");
  CHECK(finding.verdict_note == "same meaning");
  CHECK(finding.verdict_reviewer == "ann");
  CHECK_FALSE(finding.verdict_stale);
  CHECK(is_dismissed(finding));
  CHECK_FALSE(needs_review(finding));
  CHECK(same.findings[1].verdict.empty());
  CHECK(needs_review(same.findings[1]));
  CHECK(annotation.reviewed == 1);
  CHECK(annotation.stale == 0);
  REQUIRE(annotation.resolved.size() == 1);
  CHECK(annotation.resolved[0].finding == "1111111111111111");
  CHECK(describe(annotation) == "1 of 2 findings reviewed, 1 verdict resolved by source change");

  // The second source now says something else: same finding id, different evidence.
  Analysis edited = testing::two_sources("surely");
  annotation = annotate(store, edited);
  CHECK(edited.findings[0].verdict == "dismissed");
  CHECK(edited.findings[0].verdict_stale);
  CHECK_FALSE(is_dismissed(edited.findings[0]));  // `check` fails on it again
  CHECK(needs_review(edited.findings[0]));
  CHECK(annotation.reviewed == 0);
  CHECK(annotation.stale == 1);
  CHECK(describe(annotation) ==
        "0 of 2 findings reviewed, 1 stale, 1 verdict resolved by source change");
}

TEST_CASE("review::session moves through findings and records verdicts") {
  testing::TempDir dir;
  Store store(dir.file("s.db"));
  Review review(testing::two_sources(), store, "bea");
  Session session(review);
  REQUIRE(session.current() == 0u);
  CHECK(review.progress() == "0 of 2 reviewed");

  // A note typed before the verdict goes with it.
  CHECK_FALSE(session.note("typed first"));
  CHECK(session.pending_note() == "typed first");
  session.mark(Verdict::Confirmed);
  CHECK(session.current() == 1u);
  CHECK(session.pending_note().empty());
  CHECK(review.progress() == "1 of 2 reviewed");
  auto stored = store.latest(review.finding(0).id);
  REQUIRE(stored);
  CHECK(stored->note == "typed first");
  CHECK(stored->reviewer == "bea");
  CHECK(stored->evidence == evidence_text(review.analysis(), review.finding(0)));
  CHECK(snapshot_summary(stored->snapshot) == review.finding(0).summary);

  // Back to the finding just marked; a note on it is saved at once, as a new row.
  CHECK(session.back());
  CHECK(session.current() == 0u);
  CHECK_FALSE(session.back());
  CHECK(session.note("second thoughts"));
  CHECK(review.history(0).size() == 2);
  CHECK(review.finding(0).verdict == "confirmed");
  CHECK(review.finding(0).verdict_note == "second thoughts");

  // Only unreviewed: the marked finding is left out.
  session.toggle_filter();
  CHECK(session.unreviewed_only());
  CHECK(session.current() == 1u);
  session.next();
  CHECK(session.current() == 1u);
  session.mark(Verdict::NeedsSource, std::string("explicit"));
  CHECK_FALSE(session.current());  // nothing left
  CHECK(review.progress() == "2 of 2 reviewed");
  session.toggle_filter();
  CHECK(session.current());
  CHECK(session.go_to("fedcba9876543210"));
  CHECK(session.current() == 1u);
  CHECK_FALSE(session.go_to("nope"));

  // A new session on the same store starts where the review was left.
  Review again(testing::two_sources(), store, "bea");
  CHECK(again.progress() == "2 of 2 reviewed");
}

TEST_CASE("review::session sees another reviewer's verdicts on refresh") {
  testing::TempDir dir;
  Store mine(dir.file("s.db"));
  Store theirs(dir.file("s.db"));
  Review review(testing::two_sources(), mine, "me");
  Record record;
  record.finding = review.finding(1).id;
  record.verdict = Verdict::Dismissed;
  record.reviewer = "them";
  theirs.add(record);
  CHECK(review.finding(1).verdict.empty());
  review.refresh();
  CHECK(review.finding(1).verdict == "dismissed");
  CHECK(review.finding(1).verdict_reviewer == "them");
}
