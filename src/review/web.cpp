#include "review/web.hpp"

#include <sys/random.h>
#include <kainjow/mustache.hpp>

#include <atomic>
#include <csignal>
#include <ostream>

#include "core/error.hpp"
#include "review/web_templates.hpp"

namespace cc::review {

namespace {

using Data = kainjow::mustache::data;

// Set by SIGINT and SIGTERM; lock-free, so a signal handler may store to it.
std::atomic<bool> g_stop{false};
static_assert(std::atomic<bool>::is_always_lock_free);
void on_stop(int) {
  g_stop = true;
}

// Compares in time independent of where the strings differ.
bool same_secret(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  unsigned char difference = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    difference |= static_cast<unsigned char>(a[i] ^ b[i]);
  }
  return difference == 0;
}

std::string render_page(const char* body_template, Data& data) {
  kainjow::mustache::mustache page(std::string(templates::kHead) + body_template +
                                   templates::kFoot);
  std::string out = page.render(data);
  if (!page.is_valid()) throw std::logic_error("review page template: " + page.error_message());
  return out;
}

Data list() {
  return Data(Data::type::list);
}

Data flag(bool value) {
  return value ? Data(Data::type::bool_true) : Data(Data::type::bool_false);
}

std::string location(const Analysis& analysis, const Claim& claim) {
  const Document& document = analysis.documents[claim.source];
  Origin origin = document.locate(claim.span.start);
  return document.path + ":" + std::to_string(origin.line) + ":" + std::to_string(origin.column);
}

Data sentence_parts(const Analysis& analysis, const Evidence& evidence) {
  const Claim& claim = analysis.claims[evidence.claim];
  const Document& document = analysis.documents[claim.source];
  Span extent = analysis.sentence_extent(claim);
  Data parts = list();
  auto part = [&parts, &document](Span span, bool highlight) {
    Data item;
    item.set("text", std::string(document.slice(span)));
    item.set("highlight", flag(highlight));
    parts.push_back(item);
  };
  uint32_t at = extent.start;
  for (const Span& highlight : evidence.highlights) {
    if (highlight.start < at || highlight.end > extent.end) continue;
    part(Span{at, highlight.start}, false);
    part(highlight, true);
    at = highlight.end;
  }
  part(Span{at, extent.end}, false);
  return parts;
}

Data diff_tokens(const std::vector<DiffToken>& diff) {
  Data tokens = list();
  for (const DiffToken& token : diff) {
    Data item;
    item.set("text", token.text);
    item.set("deleted", flag(token.op == DiffToken::Op::Delete));
    item.set("inserted", flag(token.op == DiffToken::Op::Insert));
    item.set("equal", flag(token.op == DiffToken::Op::Equal));
    tokens.push_back(item);
  }
  return tokens;
}

void set_verdict(Data& data, std::string_view verdict, std::string_view reviewer,
                 std::string_view note) {
  data.set("has_verdict", flag(!verdict.empty()));
  data.set("verdict", std::string(verdict));
  data.set("reviewer", std::string(reviewer));
  data.set("has_note", flag(!note.empty()));
  data.set("note", std::string(note));
}

http::Response forbidden(const std::string& message) {
  http::Response response;
  response.status = 403;
  response.content_type = "text/plain; charset=utf-8";
  response.body = message + "\n";
  return response;
}

}  // namespace

std::string random_token() {
  unsigned char bytes[16];
  size_t got = 0;
  while (got < sizeof bytes) {
    ssize_t n = ::getrandom(bytes + got, sizeof bytes - got, 0);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) throw UsageError("review --web: no random source for the access token");
    got += static_cast<size_t>(n);
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (unsigned char byte : bytes) {
    out += kHex[byte >> 4];
    out += kHex[byte & 0xF];
  }
  return out;
}

WebApp::WebApp(Review& review, std::string token, uint16_t port)
    : review_(review), token_(std::move(token)), port_(port) {}

bool WebApp::allowed_host(const std::string& host) const {
  // A page on another site can reach 127.0.0.1 through a name that resolves to it (DNS
  // rebinding); such requests name that other host.
  std::string port = ":" + std::to_string(port_);
  return host == "127.0.0.1" + port || host == "localhost" + port;
}

bool WebApp::allowed_origin(const std::string& origin) const {
  if (origin.empty()) return true;  // not sent by every client for same-origin forms
  std::string port = ":" + std::to_string(port_);
  return origin == "http://127.0.0.1" + port || origin == "http://localhost" + port;
}

std::string WebApp::link(const std::string& path, const std::string& id,
                         bool unreviewed_only) const {
  std::string out = path + "?token=" + token_;
  if (!id.empty()) out += "&id=" + http::percent_encode(id);
  if (path != "/") out += std::string("&filter=") + (unreviewed_only ? "unreviewed" : "all");
  return out;
}

http::Response WebApp::handle(const http::Request& request) {
  if (!allowed_host(request.header("host"))) {
    return forbidden("crosscheck review: requests must be addressed to 127.0.0.1:" +
                     std::to_string(port_));
  }
  bool is_get = request.method == "GET";
  if (!is_get && request.method != "POST") {
    http::Response response = forbidden("method not allowed");
    response.status = 405;
    return response;
  }
  auto fields = http::parse_form(is_get ? request.query : request.body);
  auto token = fields.find("token");
  if (token == fields.end() || !same_secret(token->second, token_)) {
    return forbidden(
        "crosscheck review: this address needs the access token printed by `crosscheck review "
        "--web`");
  }
  review_.refresh();  // another reviewer may have written meanwhile
  if (request.method == "POST") {
    if (request.path != "/mark") return forbidden("no such form");
    if (!allowed_origin(request.header("origin"))) return forbidden("cross-origin form refused");
    std::string type = request.header("content-type");
    if (type.rfind("application/x-www-form-urlencoded", 0) != 0) {
      http::Response response = forbidden("expected a form");
      response.status = 415;
      return response;
    }
    return mark(fields);
  }
  bool unreviewed_only = fields.count("filter") && fields["filter"] == "unreviewed";
  if (request.path == "/") return overview();
  if (request.path == "/finding") {
    auto index = review_.find(fields["id"]);
    if (index) return finding_page(*index, unreviewed_only, "");
  }
  Data data;
  data.set("heading", "Not found");
  data.set("message", "There is no such page or finding in this run.");
  data.set("title", "Not found");
  data.set("progress", review_.progress());
  data.set("reviewed", std::to_string(review_.annotation().reviewed));
  data.set("total", std::to_string(review_.findings().size()));
  data.set("session_reviewer", review_.reviewer());
  http::Response response;
  response.status = 404;
  response.body = render_page(templates::kError, data);
  return response;
}

http::Response WebApp::overview() {
  Data data;
  data.set("title", "Findings");
  data.set("progress", review_.progress());
  data.set("reviewed", std::to_string(review_.annotation().reviewed));
  data.set("total", std::to_string(review_.findings().size()));
  data.set("session_reviewer", review_.reviewer());
  Data findings = list();
  std::string first_unreviewed;
  for (const Finding& finding : review_.findings()) {
    Data item;
    item.set("href", link("/finding", finding.id.str(), false));
    item.set("id", finding.id.str());
    item.set("level", std::string(to_string(finding.level)));
    item.set("type", finding.type.str());
    item.set("summary", finding.summary.str());
    set_verdict(item, finding.verdict, finding.verdict_reviewer, finding.verdict_note);
    item.set("stale", flag(finding.verdict_stale));
    findings.push_back(item);
    if (first_unreviewed.empty() && needs_review(finding)) {
      first_unreviewed = link("/finding", finding.id.str(), true);
    }
  }
  data.set("has_findings", flag(!review_.findings().empty()));
  data.set("findings", findings);
  data.set("first_unreviewed", first_unreviewed);
  data.set("first", review_.findings().empty()
                        ? std::string()
                        : link("/finding", review_.finding(0).id.str(), false));
  Data resolved = list();
  for (const Record& record : review_.annotation().resolved) {
    Data item;
    item.set("id", record.finding);
    item.set("summary", snapshot_summary(record.snapshot));
    set_verdict(item, std::string(to_string(record.verdict)), record.reviewer, record.note);
    resolved.push_back(item);
  }
  data.set("has_resolved", flag(!review_.annotation().resolved.empty()));
  data.set("resolved", resolved);
  http::Response response;
  response.body = render_page(templates::kOverview, data);
  return response;
}

http::Response WebApp::finding_page(size_t index, bool unreviewed_only,
                                    const std::string& message) {
  const Analysis& analysis = review_.analysis();
  const Finding& finding = review_.finding(index);
  size_t count = review_.findings().size();
  auto visible = [&](size_t i) { return !unreviewed_only || needs_review(review_.finding(i)); };
  std::optional<size_t> next, back;
  for (size_t step = 1; step < count && !next; ++step) {
    if (visible((index + step) % count)) next = (index + step) % count;
  }
  for (size_t i = index; i-- > 0 && !back;) {
    if (visible(i)) back = i;
  }
  Data data;
  data.set("title", finding.id.str());
  data.set("progress", review_.progress());
  data.set("reviewed", std::to_string(review_.annotation().reviewed));
  data.set("total", std::to_string(count));
  data.set("session_reviewer", review_.reviewer());
  data.set("token", token_);
  data.set("overview", link("/", "", false));
  data.set("has_back", flag(back.has_value()));
  data.set("back", back ? link("/finding", review_.finding(*back).id.str(), unreviewed_only) : "");
  data.set("has_next", flag(next.has_value()));
  data.set("next", next ? link("/finding", review_.finding(*next).id.str(), unreviewed_only) : "");
  data.set("position", std::to_string(index + 1));
  data.set("filter", unreviewed_only ? "unreviewed" : "all");
  data.set("filter_label", unreviewed_only ? "findings that need review" : "all findings");
  data.set("toggle", link("/finding", finding.id.str(), !unreviewed_only));
  data.set("toggle_label", unreviewed_only ? "show all" : "only those that need review");
  data.set("has_message", flag(!message.empty()));
  data.set("message", message);
  data.set("id", finding.id.str());
  data.set("level", std::string(to_string(finding.level)));
  data.set("type", finding.type.str());
  data.set("summary", finding.summary.str());
  data.set("explanation", finding.explanation.str());
  Data evidence = list();
  for (const Evidence& item : finding.evidence) {
    const Claim& claim = analysis.claims[item.claim];
    Data entry;
    entry.set("source", analysis.documents[claim.source].id);
    entry.set("where", location(analysis, claim));
    entry.set("parts", sentence_parts(analysis, item));
    evidence.push_back(entry);
  }
  data.set("evidence", evidence);
  bool has_diff = !finding.diff.empty() && finding.evidence.size() >= 2;
  data.set("has_diff", flag(has_diff));
  if (has_diff) {
    auto source_of = [&](size_t i) {
      return analysis.documents[analysis.claims[finding.evidence[i].claim].source].id;
    };
    data.set("diff_first", source_of(0));
    data.set("diff_second", source_of(1));
    data.set("diff", diff_tokens(finding.diff));
  }
  set_verdict(data, finding.verdict, finding.verdict_reviewer, finding.verdict_note);
  data.set("stale", flag(finding.verdict_stale));
  Data history = list();
  std::vector<Record> records = review_.history(index);
  for (const Record& record : records) {
    Data item;
    item.set("at", record.at);
    set_verdict(item, std::string(to_string(record.verdict)), record.reviewer, record.note);
    history.push_back(item);
  }
  data.set("has_history", flag(!records.empty()));
  data.set("history", history);
  http::Response response;
  response.body = render_page(templates::kFinding, data);
  return response;
}

http::Response WebApp::mark(const std::map<std::string, std::string>& form) {
  auto field = [&form](const char* name) {
    auto it = form.find(name);
    return it == form.end() ? std::string() : it->second;
  };
  auto index = review_.find(field("id"));
  bool unreviewed_only = field("filter") == "unreviewed";
  if (!index) {
    http::Response response = forbidden("no finding " + field("id") + " in this run");
    response.status = 404;
    return response;
  }
  std::string action = field("verdict");
  if (action == "note") {
    if (!review_.set_note(*index, field("note"))) {
      return finding_page(*index, unreviewed_only, "Give a verdict to save the note with it.");
    }
  } else if (auto verdict = parse_verdict(action)) {
    review_.mark(*index, *verdict, field("note"));
  } else if (action != "skip") {
    http::Response response = forbidden("unknown verdict '" + action + "'");
    response.status = 400;
    return response;
  }
  // On to the next finding to look at; the overview when none is left.
  size_t count = review_.findings().size();
  http::Response response;
  response.status = 303;
  response.location = link("/", "", false);
  for (size_t step = 1; step <= count; ++step) {
    size_t next = (*index + step) % count;
    if (!unreviewed_only || needs_review(review_.finding(next))) {
      response.location = link("/finding", review_.finding(next).id.str(), unreviewed_only);
      break;
    }
  }
  return response;
}

void serve_web(Review& review, uint16_t port, std::ostream& log) {
  http::Server server(port);
  std::string token = random_token();
  WebApp app(review, token, server.port());
  g_stop = false;
  struct sigaction action {
  }, previous_int{}, previous_term{};
  sigemptyset(&action.sa_mask);
  action.sa_handler = on_stop;
  sigaction(SIGINT, &action, &previous_int);
  sigaction(SIGTERM, &action, &previous_term);
  log << "crosscheck: review session at http://127.0.0.1:" << server.port() << "/?token=" << token
      << "\n"
      << "crosscheck: verdicts are written to " << review.store().path()
      << "; press Ctrl-C to stop\n"
      << std::flush;
  try {
    server.serve([&app](const http::Request& request) { return app.handle(request); }, g_stop);
  } catch (...) {
    sigaction(SIGINT, &previous_int, nullptr);
    sigaction(SIGTERM, &previous_term, nullptr);
    throw;
  }
  sigaction(SIGINT, &previous_int, nullptr);
  sigaction(SIGTERM, &previous_term, nullptr);
  log << "crosscheck: review session stopped; " << review.progress() << "\n";
}

}  // namespace cc::review
