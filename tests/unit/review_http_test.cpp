#include <doctest/doctest.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <thread>

#include "review/http.hpp"

using namespace cc::review::http;

TEST_CASE("review::http parses requests as they arrive") {
  Request request;
  std::string get = "GET /finding?id=ab&token=x HTTP/1.1\r\nHost: 127.0.0.1:8\r\nX-A:  b \r\n\r\n";
  for (size_t cut = 0; cut < get.size(); ++cut) {
    CHECK(parse_request(get.substr(0, cut), request) == Parse::Incomplete);
  }
  REQUIRE(parse_request(get, request) == Parse::Complete);
  CHECK(request.method == "GET");
  CHECK(request.path == "/finding");
  CHECK(request.query == "id=ab&token=x");
  CHECK(request.header("host") == "127.0.0.1:8");
  CHECK(request.header("x-a") == "b");
  CHECK(request.header("missing").empty());

  std::string post = "POST /mark HTTP/1.1\r\nContent-Length: 7\r\n\r\nid=1&v=";
  CHECK(parse_request(post.substr(0, post.size() - 1), request) == Parse::Incomplete);
  REQUIRE(parse_request(post, request) == Parse::Complete);
  CHECK(request.body == "id=1&v=");
}

TEST_CASE("review::http refuses what it does not support") {
  Request request;
  const char* bad[] = {
      "GET\r\n\r\n",
      "GET /x\r\n\r\n",
      "GET x HTTP/1.1\r\n\r\n",  // not an origin-form target
      "GET http://evil/ HTTP/1.1\r\n\r\n",
      "GET /x HTTP/2.0\r\n\r\n",
      "G(T /x HTTP/1.1\r\n\r\n",
      "GET /x HTTP/1.1\r\nNo colon\r\n\r\n",
      "GET /x HTTP/1.1\r\n folded: header\r\n\r\n",
      "GET /x HTTP/1.1\r\nA: b\x01\r\n\r\n",
      "POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n",
      "POST /x HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab",
      "POST /x HTTP/1.1\r\nContent-Length: -1\r\n\r\n",
      "POST /x HTTP/1.1\r\nContent-Length: 1e3\r\n\r\n",
  };
  for (const char* text : bad) {
    CAPTURE(text);
    CHECK(parse_request(text, request) == Parse::Bad);
  }
  std::string big_header = "GET /x HTTP/1.1\r\nA: " + std::string(kMaxHeaderBytes, 'a');
  CHECK(parse_request(big_header, request) == Parse::TooLarge);
  std::string big_body =
      "POST /x HTTP/1.1\r\nContent-Length: " + std::to_string(kMaxBodyBytes + 1) + "\r\n\r\n";
  CHECK(parse_request(big_body, request) == Parse::TooLarge);
}

TEST_CASE("review::http forms and percent-encoding") {
  CHECK(percent_decode("a+b%20c%2Bd%zz%4") == "a b c+d%zz%4");
  CHECK(percent_decode("a+b", false) == "a+b");
  CHECK(percent_encode("a b/\xc3\xa9-_.~") == "a%20b%2F%C3%A9-_.~");
  auto form = parse_form("note=line+one%0Aline+two&id=abc&id=second&&flag");
  CHECK(form["note"] == "line one\nline two");
  CHECK(form["id"] == "abc");
  CHECK(form.count("flag") == 1);
  CHECK(form["flag"].empty());
}

TEST_CASE("review::http responses carry the session's headers") {
  Response response;
  response.status = 303;
  response.location = "/finding?token=t";
  response.body = "x";
  std::string bytes = serialize(response);
  CHECK(bytes.rfind("HTTP/1.1 303 See Other\r\n", 0) == 0);
  CHECK(bytes.find("Location: /finding?token=t\r\n") != std::string::npos);
  CHECK(bytes.find("Content-Length: 1\r\n") != std::string::npos);
  CHECK(bytes.find("Content-Security-Policy: default-src 'none'") != std::string::npos);
  CHECK(bytes.find("Cache-Control: no-store") != std::string::npos);
  CHECK(bytes.substr(bytes.size() - 5) == "\r\n\r\nx");
}

namespace {

int connect_to(uint16_t port) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(port);
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  REQUIRE(::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
  return fd;
}

std::string exchange(int fd, const std::string& request) {
  ::send(fd, request.data(), request.size(), MSG_NOSIGNAL);
  std::string reply;
  char buffer[4096];
  pollfd wait{fd, POLLIN, 0};
  while (::poll(&wait, 1, 5000) > 0) {
    ssize_t got = ::recv(fd, buffer, sizeof buffer, 0);
    if (got <= 0) break;
    reply.append(buffer, static_cast<size_t>(got));
  }
  ::close(fd);
  return reply;
}

}  // namespace

TEST_CASE("review::http server answers on loopback while another connection idles") {
  Server server(0);
  REQUIRE(server.port() != 0);
  std::atomic<bool> stop{false};
  std::thread serving([&] {
    server.serve(
        [](const Request& request) {
          Response response;
          response.body = request.method + " " + request.path + " " + request.body;
          return response;
        },
        stop);
  });
  int idle = connect_to(server.port());  // a browser's speculative connection: sends nothing
  std::string reply =
      exchange(connect_to(server.port()), "POST /echo HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello");
  CHECK(reply.rfind("HTTP/1.1 200 OK", 0) == 0);
  CHECK(reply.find("\r\n\r\nPOST /echo hello") != std::string::npos);
  reply = exchange(connect_to(server.port()), "BROKEN\r\n\r\n");
  CHECK(reply.rfind("HTTP/1.1 400", 0) == 0);
  stop = true;
  serving.join();
  ::close(idle);
}
