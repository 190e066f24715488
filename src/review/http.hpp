// A deliberately small HTTP/1.1 server for the web review session: loopback only, one
// request per connection, no keep-alive, no chunked bodies, hard size limits. Parsing is
// separate from the sockets so that it can be tested on bytes.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace cc::review::http {

constexpr size_t kMaxHeaderBytes = 16 * 1024;  // request line and headers
constexpr size_t kMaxBodyBytes = 64 * 1024;    // a form with a note is far smaller

struct Request {
  std::string method;  // "GET", "POST", ...
  std::string path;    // the target before '?', still percent-encoded
  std::string query;   // the target after '?', still percent-encoded
  std::vector<std::pair<std::string, std::string>> headers;  // names lower-cased
  std::string body;

  // The first header with this lower-case name; empty when absent.
  std::string header(std::string_view name) const;
};

struct Response {
  int status = 200;
  std::string content_type = "text/html; charset=utf-8";
  std::string body;
  std::string location;  // Location header for redirects; empty for none
};

enum class Parse { Incomplete, Complete, Bad, TooLarge };

// Parses the bytes received so far on a connection. Incomplete: wait for more. Bad: not a
// request this server accepts (malformed, chunked, conflicting lengths). TooLarge: over
// the limits above.
Parse parse_request(std::string_view bytes, Request& out);

// The response as bytes, with the headers every page of the session carries (no caching,
// the address (with its token) never sent to another site, a content security policy that allows no
// script and no outside resource).
std::string serialize(const Response& response);

// Percent-decoding; with `plus_is_space`, '+' is a space (form bodies and queries).
// Malformed escapes are kept literally.
std::string percent_decode(std::string_view text, bool plus_is_space = true);
// Percent-encoding of everything but unreserved characters (RFC 3986).
std::string percent_encode(std::string_view text);
// application/x-www-form-urlencoded pairs; the first value of a repeated name wins.
std::map<std::string, std::string> parse_form(std::string_view text);

// Listens on 127.0.0.1 only.
class Server {
 public:
  // `port` 0 takes any free port. Throws UsageError when the port cannot be bound.
  explicit Server(uint16_t port);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  uint16_t port() const { return port_; }

  // Answers requests with `handler` until `stop` becomes true (a signal handler or another
  // thread sets it). Connections are served as their requests complete, so an idle one (a browser's
  // speculative connection) never blocks the others; each has ten seconds to send its
  // request.
  void serve(const std::function<Response(const Request&)>& handler, const std::atomic<bool>& stop);

 private:
  int listener_ = -1;
  uint16_t port_ = 0;
};

}  // namespace cc::review::http
