#include <doctest/doctest.h>

#include "review/web.hpp"
#include "review_fixture.hpp"

using namespace cc;
using namespace cc::review;

namespace {

constexpr uint16_t kPort = 4321;
const std::string kToken = "00112233445566778899aabbccddeeff";

http::Request get(const std::string& target, const std::string& host = "127.0.0.1:4321") {
  http::Request request;
  request.method = "GET";
  size_t question = target.find('?');
  request.path = target.substr(0, question);
  request.query = question == std::string::npos ? "" : target.substr(question + 1);
  request.headers = {{"host", host}};
  return request;
}

http::Request post(const std::string& body, const std::string& origin = "") {
  http::Request request;
  request.method = "POST";
  request.path = "/mark";
  request.body = body;
  request.headers = {{"host", "localhost:4321"},
                     {"content-type", "application/x-www-form-urlencoded"}};
  if (!origin.empty()) request.headers.emplace_back("origin", origin);
  return request;
}

}  // namespace

TEST_CASE("review::web needs the token and the loopback host") {
  testing::TempDir dir;
  Store store(dir.file("s.db"));
  Review review(testing::two_sources(), store, "dee");
  WebApp app(review, kToken, kPort);
  CHECK(app.handle(get("/")).status == 403);
  CHECK(app.handle(get("/?token=00112233445566778899aabbccddeefe")).status == 403);
  CHECK(app.handle(get("/?token=" + kToken, "evil.example:4321")).status == 403);
  CHECK(app.handle(get("/?token=" + kToken, "127.0.0.1:9999")).status == 403);
  CHECK(app.handle(get("/?token=" + kToken)).status == 200);
  CHECK(app.handle(get("/?token=" + kToken, "localhost:4321")).status == 200);
  CHECK(app.handle(get("/nowhere?token=" + kToken)).status == 404);
  http::Request put = get("/?token=" + kToken);
  put.method = "PUT";
  CHECK(app.handle(put).status == 405);
  std::string form = "token=" + kToken + "&id=0123456789abcdef&verdict=confirmed";
  CHECK(app.handle(post(form, "http://evil.example")).status == 403);
  CHECK(app.handle(post(form, "null")).status == 403);
  CHECK(app.handle(post("id=0123456789abcdef&verdict=confirmed")).status == 403);
  CHECK(store.latest_all().empty());
}

TEST_CASE("review::web escapes every piece of source text") {
  testing::TempDir dir;
  Store store(dir.file("s.db"));
  Review review(testing::two_sources(), store, "<i>dee</i>");
  WebApp app(review, kToken, kPort);
  for (const std::string& target :
       {"/?token=" + kToken, "/finding?id=0123456789abcdef&token=" + kToken}) {
    http::Response page = app.handle(get(target));
    REQUIRE(page.status == 200);
    CHECK(page.body.find("<script") == std::string::npos);
    CHECK(page.body.find("<b>") == std::string::npos);
    CHECK(page.body.find("<i>dee") == std::string::npos);
    CHECK(page.body.find("&lt;b&gt;Ada Lovelace&lt;/b&gt;") != std::string::npos);
    CHECK(page.body.find("://") == std::string::npos);  // nothing loaded from elsewhere
  }
  http::Response page = app.handle(get("/finding?id=0123456789abcdef&token=" + kToken));
  CHECK(page.body.find("<del>&lt;script&gt;alert(1)&lt;/script&gt;</del>") != std::string::npos);
  CHECK(page.body.find("<ins>maybe</ins>") != std::string::npos);
  CHECK(page.body.find("<mark>&lt;script&gt;alert(1)&lt;/script&gt;</mark>") != std::string::npos);
  CHECK(page.body.find("Ada Lovelace &amp; differ") != std::string::npos);
  CHECK(page.body.find("story/a.txt:1:") != std::string::npos);
  CHECK(page.body.find("reviewer: &lt;i&gt;dee&lt;/i&gt;") != std::string::npos);
}

TEST_CASE("review::web records verdicts from the form and moves on") {
  testing::TempDir dir;
  Store store(dir.file("s.db"));
  Review review(testing::two_sources(), store, "dee");
  WebApp app(review, kToken, kPort);
  std::string base = "token=" + kToken + "&id=0123456789abcdef";

  http::Response response = app.handle(
      post(base + "&verdict=confirmed&note=a+%3Cnote%3E&filter=all", "http://localhost:4321"));
  CHECK(response.status == 303);
  CHECK(response.location == "/finding?token=" + kToken + "&id=fedcba9876543210&filter=all");
  auto stored = store.latest("0123456789abcdef");
  REQUIRE(stored);
  CHECK(stored->verdict == Verdict::Confirmed);
  CHECK(stored->note == "a <note>");
  CHECK(stored->reviewer == "dee");
  CHECK_FALSE(stored->evidence.empty());

  // Only a note: a new row with the same verdict.
  response = app.handle(post(base + "&verdict=note&note=changed"));
  CHECK(response.status == 303);
  CHECK(store.history("0123456789abcdef").size() == 2);
  CHECK(store.latest("0123456789abcdef")->verdict == Verdict::Confirmed);

  // A note on a finding without a verdict is refused with a message, nothing written.
  response = app.handle(
      post("token=" + kToken + "&id=fedcba9876543210&verdict=note&note=x&filter=unreviewed"));
  CHECK(response.status == 200);
  CHECK(response.body.find("Give a verdict") != std::string::npos);
  CHECK_FALSE(store.latest("fedcba9876543210"));

  CHECK(app.handle(post(base + "&verdict=maybe")).status == 400);
  CHECK(app.handle(post("token=" + kToken + "&id=ffffffffffffffff&verdict=confirmed")).status ==
        404);
  response = app.handle(post(base + "&verdict=skip&filter=unreviewed"));
  CHECK(response.status == 303);
  CHECK(response.location.find("id=fedcba9876543210") != std::string::npos);

  // The last one that needs review: back to the overview.
  response = app.handle(
      post("token=" + kToken + "&id=fedcba9876543210&verdict=dismissed&filter=unreviewed"));
  CHECK(response.location == "/?token=" + kToken);
  http::Response overview = app.handle(get("/?token=" + kToken));
  CHECK(overview.body.find("2 of 2 reviewed") != std::string::npos);
}

TEST_CASE("review::web access tokens are random") {
  std::string a = random_token();
  std::string b = random_token();
  CHECK(a.size() == 32);
  CHECK(a.find_first_not_of("0123456789abcdef") == std::string::npos);
  CHECK(a != b);
}
