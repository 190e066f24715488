#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "review/export.hpp"
#include "review/session.hpp"
#include "review_fixture.hpp"

using namespace cc;
using namespace cc::review;
using Json = nlohmann::json;

TEST_CASE("review::export JSON lists every reviewed finding with its history") {
  testing::TempDir dir;
  Store store(dir.file("s.db"));
  Review review(testing::two_sources(), store, "eve");
  review.mark(0, Verdict::NeedsSource, "");
  review.mark(0, Verdict::Confirmed, "checked");
  review.mark(1, Verdict::Dismissed, "");

  Json out = Json::parse(export_json(store).text);
  CHECK(out["schema"] == "crosscheck.review/1");
  REQUIRE(out["reviewed"].size() == 2);
  const Json& first = out["reviewed"][0];
  CHECK(first["finding"] == "0123456789abcdef");
  CHECK(first["verdict"] == "confirmed");
  CHECK(first["note"] == "checked");
  CHECK(first["reviewer"] == "eve");
  CHECK_FALSE(first.contains("state"));
  CHECK(first["as_reviewed"]["summary"] == "Quote by <b>Ada Lovelace</b> worded differently");
  CHECK(first["as_reviewed"]["evidence"][0]["speaker"] == "Ada Lovelace");
  REQUIRE(first["history"].size() == 2);
  CHECK(first["history"][0]["verdict"] == "needs-source");

  Analysis edited = testing::two_sources("surely");
  edited.findings.pop_back();  // the second finding is gone
  annotate(store, edited);
  out = Json::parse(export_json(store, &edited).text);
  CHECK(out["reviewed"][0]["state"] == "stale");
  CHECK(out["reviewed"][1]["state"] == "resolved");
}

TEST_CASE("review::export ClaimReview for confirmed findings") {
  testing::TempDir dir;
  Store store(dir.file("s.db"));
  Analysis analysis = testing::two_sources();
  analysis.documents[0].url = "https://news.example/a";
  analysis.documents[0].published = Date{2025, 8, 18};
  Review review(std::move(analysis), store, "eve");
  review.mark(0, Verdict::Confirmed, "the wire has the other wording");
  review.mark(1, Verdict::Dismissed, "");

  ExportResult result = export_claimreview(store, nullptr, {"https://checks.example/story"});
  CHECK(result.written == 1);
  CHECK(result.left_out == 0);
  Json reviews = Json::parse(result.text);
  REQUIRE(reviews.is_array());
  REQUIRE(reviews.size() == 1);
  const Json& r = reviews[0];
  CHECK(r["@context"] == "https://schema.org");
  CHECK(r["@type"] == "ClaimReview");
  CHECK(r["url"] == "https://checks.example/story#0123456789abcdef");
  CHECK(r["claimReviewed"] ==
        "Ada Lovelace: \xe2\x80\x9cWe will <script>alert(1)</script> win\xe2\x80\x9d");
  CHECK(r["reviewRating"]["@type"] == "Rating");
  CHECK(r["reviewRating"]["alternateName"] == "Quote worded differently in other sources");
  CHECK(r["author"]["@type"] == "Person");
  CHECK(r["author"]["name"] == "eve");
  CHECK(r["datePublished"].get<std::string>().size() == 10);
  CHECK(r["reviewBody"].get<std::string>().find("the wire has the other wording") == 0);
  const Json& item = r["itemReviewed"];
  CHECK(item["@type"] == "Claim");
  CHECK(item["author"]["name"] == "Ada Lovelace");
  CHECK(item["datePublished"] == "2025-08-18");
  REQUIRE(item["appearance"].size() == 2);
  const Json& where = item["appearance"][0];
  CHECK(where["@type"] == "CreativeWork");
  CHECK(where["url"] == "https://news.example/a");
  CHECK(where["headline"] == "Title of story/a.txt");
  CHECK(where["publisher"]["@type"] == "Organization");
  CHECK(where["publisher"]["name"] == "Outlet s1");
  CHECK(where["datePublished"] == "2025-08-18");
  CHECK_FALSE(item["appearance"][1].contains("url"));

  // Against sources that changed, a confirmed verdict on stale evidence is left out.
  Analysis edited = testing::two_sources("surely");
  annotate(store, edited);
  result = export_claimreview(store, &edited);
  CHECK(result.written == 0);
  CHECK(result.left_out == 1);
  CHECK(Json::parse(result.text).empty());
}
