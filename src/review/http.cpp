#include "review/http.hpp"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <chrono>
#include <cstring>

#include "core/error.hpp"

namespace cc::review::http {

namespace {

constexpr size_t kMaxConnections = 64;
constexpr auto kRequestTimeout = std::chrono::seconds(10);

bool is_token_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || std::strchr("!#$%&'*+-.^_`|~", c);
}

bool is_target_char(char c) {
  return c > 0x20 && c < 0x7F;
}

char lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

bool parse_request_line(std::string_view line, Request& out) {
  size_t first = line.find(' ');
  size_t second = first == std::string_view::npos ? first : line.find(' ', first + 1);
  if (second == std::string_view::npos) return false;
  std::string_view method = line.substr(0, first);
  std::string_view target = line.substr(first + 1, second - first - 1);
  std::string_view version = line.substr(second + 1);
  if (method.empty() || version.size() != 8 || version.substr(0, 7) != "HTTP/1." ||
      (version[7] != '0' && version[7] != '1') || target.empty() || target.front() != '/') {
    return false;
  }
  for (char c : method) {
    if (!is_token_char(c)) return false;
  }
  for (char c : target) {
    if (!is_target_char(c)) return false;
  }
  out.method = method;
  size_t question = target.find('?');
  out.path = target.substr(0, question);
  out.query = question == std::string_view::npos ? "" : target.substr(question + 1);
  return true;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

const char* reason(int status) {
  switch (status) {
    case 200:
      return "OK";
    case 303:
      return "See Other";
    case 400:
      return "Bad Request";
    case 403:
      return "Forbidden";
    case 404:
      return "Not Found";
    case 405:
      return "Method Not Allowed";
    case 408:
      return "Request Timeout";
    case 413:
      return "Content Too Large";
    case 415:
      return "Unsupported Media Type";
    default:
      return status >= 500 ? "Internal Server Error" : "Error";
  }
}

void send_all(int fd, const std::string& data) {
  // The connection is blocking with a send timeout; a client that stops reading is dropped.
  size_t sent = 0;
  while (sent < data.size()) {
    ssize_t n = ::send(fd, data.data() + sent, data.size() - sent, MSG_NOSIGNAL);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;
    sent += static_cast<size_t>(n);
  }
}

Response plain_error(int status, const std::string& message) {
  Response response;
  response.status = status;
  response.content_type = "text/plain; charset=utf-8";
  response.body = message + "\n";
  return response;
}

struct Connection {
  int fd = -1;
  std::string received;
  std::chrono::steady_clock::time_point deadline;
};

}  // namespace

std::string Request::header(std::string_view name) const {
  for (const auto& [key, value] : headers) {
    if (key == name) return value;
  }
  return {};
}

Parse parse_request(std::string_view bytes, Request& out) {
  size_t end = bytes.find("\r\n\r\n");
  if (end == std::string_view::npos) {
    return bytes.size() > kMaxHeaderBytes ? Parse::TooLarge : Parse::Incomplete;
  }
  if (end + 4 > kMaxHeaderBytes) return Parse::TooLarge;
  out = Request{};
  std::string_view head = bytes.substr(0, end);
  size_t line_end = head.find("\r\n");
  if (!parse_request_line(head.substr(0, line_end), out)) return Parse::Bad;
  std::string content_length;
  while (line_end != std::string_view::npos) {
    size_t start = line_end + 2;
    line_end = head.find("\r\n", start);
    std::string_view line = head.substr(
        start, line_end == std::string_view::npos ? std::string_view::npos : line_end - start);
    size_t colon = line.find(':');
    if (colon == 0 || colon == std::string_view::npos) return Parse::Bad;
    std::string name;
    for (char c : line.substr(0, colon)) {
      if (!is_token_char(c)) return Parse::Bad;  // also refuses folded lines
      name += lower(c);
    }
    std::string value(trim(line.substr(colon + 1)));
    for (char c : value) {
      if ((c < 0x20 && c != '\t') || c == 0x7F) return Parse::Bad;
    }
    if (name == "transfer-encoding") return Parse::Bad;
    if (name == "content-length") {
      if (value.empty() || value.size() > 9 ||
          value.find_first_not_of("0123456789") != std::string::npos ||
          (!content_length.empty() && content_length != value)) {
        return Parse::Bad;
      }
      content_length = value;
    }
    out.headers.emplace_back(std::move(name), std::move(value));
  }
  size_t length = content_length.empty() ? 0 : std::stoul(content_length);
  if (length > kMaxBodyBytes) return Parse::TooLarge;
  size_t body_start = end + 4;
  if (bytes.size() < body_start + length) return Parse::Incomplete;
  out.body = bytes.substr(body_start, length);
  return Parse::Complete;
}

std::string serialize(const Response& response) {
  std::string out =
      "HTTP/1.1 " + std::to_string(response.status) + " " + reason(response.status) + "\r\n";
  out += "Content-Type: " + response.content_type + "\r\n";
  out += "Content-Length: " + std::to_string(response.body.size()) + "\r\n";
  if (!response.location.empty()) out += "Location: " + response.location + "\r\n";
  out +=
      "Connection: close\r\n"
      "Cache-Control: no-store\r\n"
      "Referrer-Policy: same-origin\r\n"
      "X-Content-Type-Options: nosniff\r\n"
      "X-Frame-Options: DENY\r\n"
      "Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'; "
      "form-action 'self'; frame-ancestors 'none'; base-uri 'none'\r\n"
      "\r\n";
  out += response.body;
  return out;
}

std::string percent_decode(std::string_view text, bool plus_is_space) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '+' && plus_is_space) {
      out += ' ';
    } else if (c == '%' && i + 2 < text.size() && hex_value(text[i + 1]) >= 0 &&
               hex_value(text[i + 2]) >= 0) {
      out += static_cast<char>(hex_value(text[i + 1]) * 16 + hex_value(text[i + 2]));
      i += 2;
    } else {
      out += c;
    }
  }
  return out;
}

std::string percent_encode(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (char c : text) {
    auto byte = static_cast<unsigned char>(c);
    if (std::isalnum(byte) || c == '-' || c == '.' || c == '_' || c == '~') {
      out += c;
    } else {
      out += '%';
      out += kHex[byte >> 4];
      out += kHex[byte & 0xF];
    }
  }
  return out;
}

std::map<std::string, std::string> parse_form(std::string_view text) {
  std::map<std::string, std::string> out;
  while (!text.empty()) {
    size_t amp = text.find('&');
    std::string_view pair = text.substr(0, amp);
    text = amp == std::string_view::npos ? std::string_view() : text.substr(amp + 1);
    if (pair.empty()) continue;
    size_t equals = pair.find('=');
    std::string name = percent_decode(pair.substr(0, equals));
    std::string value =
        equals == std::string_view::npos ? "" : percent_decode(pair.substr(equals + 1));
    out.emplace(std::move(name), std::move(value));
  }
  return out;
}

Server::Server(uint16_t port) {
  listener_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (listener_ < 0) throw UsageError(std::string("review --web: socket: ") + strerror(errno));
  int yes = 1;
  ::setsockopt(listener_, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(port);
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::bind(listener_, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
      ::listen(listener_, 16) != 0) {
    std::string message = strerror(errno);
    ::close(listener_);
    throw UsageError("review --web: cannot listen on 127.0.0.1:" + std::to_string(port) + ": " +
                     message);
  }
  socklen_t size = sizeof address;
  ::getsockname(listener_, reinterpret_cast<sockaddr*>(&address), &size);
  port_ = ntohs(address.sin_port);
}

Server::~Server() {
  if (listener_ >= 0) ::close(listener_);
}

void Server::serve(const std::function<Response(const Request&)>& handler,
                   const std::atomic<bool>& stop) {
  std::vector<Connection> connections;
  auto finish = [](Connection& connection, const Response& response) {
    // Answer with a blocking send bounded by a timeout, then close.
    int flags = ::fcntl(connection.fd, F_GETFL);
    ::fcntl(connection.fd, F_SETFL, flags & ~O_NONBLOCK);
    timeval timeout{5, 0};
    ::setsockopt(connection.fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
    send_all(connection.fd, serialize(response));
    ::close(connection.fd);
    connection.fd = -1;
  };
  while (!stop) {
    std::vector<pollfd> fds{{listener_, POLLIN, 0}};
    for (const Connection& connection : connections) fds.push_back({connection.fd, POLLIN, 0});
    int ready = ::poll(fds.data(), fds.size(), 250);
    if (ready < 0 && errno != EINTR)
      throw UsageError(std::string("review --web: poll: ") + strerror(errno));
    auto now = std::chrono::steady_clock::now();
    for (size_t i = 1; ready > 0 && i < fds.size(); ++i) {
      Connection& connection = connections[i - 1];
      if (!(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
      char buffer[8192];
      ssize_t got = ::recv(connection.fd, buffer, sizeof buffer, 0);
      if (got < 0 && (errno == EAGAIN || errno == EINTR)) continue;
      if (got <= 0) {
        ::close(connection.fd);
        connection.fd = -1;
        continue;
      }
      connection.received.append(buffer, static_cast<size_t>(got));
      Request request;
      switch (parse_request(connection.received, request)) {
        case Parse::Incomplete:
          break;
        case Parse::Bad:
          finish(connection, plain_error(400, "bad request"));
          break;
        case Parse::TooLarge:
          finish(connection, plain_error(413, "request too large"));
          break;
        case Parse::Complete: {
          Response response;
          try {
            response = handler(request);
          } catch (const std::exception& error) {
            response = plain_error(500, std::string("internal error: ") + error.what());
          }
          finish(connection, response);
          break;
        }
      }
    }
    for (Connection& connection : connections) {
      if (connection.fd >= 0 && now > connection.deadline) {
        finish(connection, plain_error(408, "request timeout"));
      }
    }
    std::erase_if(connections, [](const Connection& c) { return c.fd < 0; });
    if (ready > 0 && (fds[0].revents & POLLIN)) {
      int fd = ::accept4(listener_, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
      if (fd >= 0 && connections.size() >= kMaxConnections) {
        ::close(fd);
      } else if (fd >= 0) {
        connections.push_back({fd, {}, now + kRequestTimeout});
      }
    }
  }
  for (Connection& connection : connections) ::close(connection.fd);
}

}  // namespace cc::review::http
