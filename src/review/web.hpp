// The review session in a browser: pages served on 127.0.0.1 only, every request carrying
// a random access token, decisions written to the same store as the terminal session.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <string>

#include "review/http.hpp"
#include "review/session.hpp"

namespace cc::review {

// 32 random hex digits from the kernel's random source. Throws UsageError if unavailable.
std::string random_token();

// The pages and the one form of the web session, without sockets (tested on its own).
class WebApp {
 public:
  // Serves `review` to requests addressed to 127.0.0.1:`port` or localhost:`port` that
  // carry `token`.
  WebApp(Review& review, std::string token, uint16_t port);

  // GET /            every finding with its verdict, progress, resolved verdicts
  // GET /finding     one finding (?id=ID&filter=all|unreviewed) with the verdict form
  // POST /mark       records a verdict (form: id, verdict, note, filter) and redirects (303)
  //                  to the next finding to review
  // Anything without the token, for another host, or (POST) from another origin: 403.
  http::Response handle(const http::Request& request);

 private:
  http::Response overview();
  http::Response finding_page(size_t index, bool unreviewed_only, const std::string& message);
  http::Response mark(const std::map<std::string, std::string>& form);
  std::string link(const std::string& path, const std::string& id, bool unreviewed_only) const;
  bool allowed_host(const std::string& host) const;
  bool allowed_origin(const std::string& origin) const;

  Review& review_;
  std::string token_;
  uint16_t port_;
};

// Serves the review until SIGINT or SIGTERM, printing its address (with the token) on
// `log`. Throws UsageError when the port cannot be bound.
void serve_web(Review& review, uint16_t port, std::ostream& log);

}  // namespace cc::review
