#include "core/output.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <utility>

#include "core/error.hpp"

namespace cc {

namespace {

// Writes `content` to an open file descriptor; false with errno set on failure.
bool write_all(int fd, std::string_view content) {
  size_t written = 0;
  while (written < content.size()) {
    ssize_t n = ::write(fd, content.data() + written, content.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    written += static_cast<size_t>(n);
  }
  return true;
}

constexpr size_t kBufferBytes = 256 << 10;  // few writes, little memory

}  // namespace

OutputFile::OutputFile(std::string path) : path_(std::move(path)) {
  namespace fs = std::filesystem;
  buffer_.reserve(kBufferBytes);
  if (path_.empty() || path_ == "-") {
    std::fflush(stdout);  // what was printed through stdio comes first
    fd_ = STDOUT_FILENO;
    return;
  }
  // A device or a pipe ("-o /dev/null", "-o /dev/stdout") is written in place: renaming a
  // temporary file over it would replace the device with a regular file.
  struct stat info {};
  if (::stat(path_.c_str(), &info) == 0 && !S_ISREG(info.st_mode) && !S_ISDIR(info.st_mode)) {
    fd_ = ::open(path_.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd_ < 0) fail(errno);
    return;
  }
  fs::path target(path_);
  fs::path directory = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  std::string pattern = (directory / ("." + target.filename().string() + ".XXXXXX")).string();
  fd_ = ::mkstemp(pattern.data());
  if (fd_ < 0) fail(errno);
  temporary_ = std::move(pattern);
}

OutputFile::~OutputFile() {
  if (fd_ >= 0 && fd_ != STDOUT_FILENO) ::close(fd_);
  if (!committed_ && !temporary_.empty()) ::unlink(temporary_.c_str());
}

void OutputFile::write(std::string_view content) {
  if (buffer_.size() + content.size() > kBufferBytes) {
    flush();
    if (content.size() > kBufferBytes) {
      if (!write_all(fd_, content)) fail(errno);
      return;
    }
  }
  buffer_.append(content);
}

void OutputFile::flush() {
  if (!write_all(fd_, buffer_)) fail(errno);
  buffer_.clear();
}

void OutputFile::commit() {
  flush();
  if (fd_ == STDOUT_FILENO) {
    committed_ = true;
    return;
  }
  if (!temporary_.empty()) ::fchmod(fd_, 0644);
  int fd = fd_;
  fd_ = -1;
  if (::close(fd) != 0) fail(errno);
  if (!temporary_.empty() && ::rename(temporary_.c_str(), path_.c_str()) != 0) fail(errno);
  committed_ = true;
}

void OutputFile::fail(int error) {
  throw UsageError(path_ + ": cannot write: " + std::strerror(error));
}

void write_file_atomically(const std::string& path, std::string_view content) {
  OutputFile out(path);
  out.write(content);
  out.commit();
}

std::string read_file(const std::string& path, uint64_t max_bytes) {
  // O_NONBLOCK: opening a FIFO (a named pipe called "x.txt") would otherwise wait for a
  // writer forever; on a regular file the flag changes nothing.
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) throw InputError(path, std::string("cannot read: ") + std::strerror(errno));
  struct stat info {};
  if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
    ::close(fd);
    throw InputError(path, "not a regular file");
  }
  if (static_cast<uint64_t>(info.st_size) > max_bytes) {
    ::close(fd);
    throw InputError(path, "larger than --max-input-size (" + std::to_string(max_bytes) +
                               " bytes); raise the limit to read it");
  }
  std::string content;
  content.resize(static_cast<size_t>(info.st_size));
  size_t got = 0;
  auto read_some = [&](char* into, size_t size) {
    for (;;) {
      ssize_t n = ::read(fd, into, size);
      if (n >= 0) return static_cast<size_t>(n);
      if (errno == EINTR) continue;
      int saved = errno;
      ::close(fd);
      throw InputError(path, std::string("cannot read: ") + std::strerror(saved));
    }
  };
  auto too_large = [&] {
    ::close(fd);
    throw InputError(path, "larger than --max-input-size (" + std::to_string(max_bytes) +
                               " bytes); raise the limit to read it");
  };
  // Read in chunks and stop at the limit, so a file that grows while we read it
  // (or lies about its size) never makes us buffer more than max_bytes. Once the buffer is
  // full, a small read tells whether more follows: the buffer grows only then, so a file
  // read whole in one go is not followed by a larger zero-filled buffer.
  for (;;) {
    if (got == content.size()) {
      char probe[4096];
      size_t extra = read_some(probe, sizeof probe);
      if (extra == 0) break;
      if (extra > max_bytes - got) too_large();
      content.resize(std::max<uint64_t>(got + extra,
                                        std::min<uint64_t>(max_bytes, content.size() * 2 + 65536)));
      std::memcpy(content.data() + got, probe, extra);
      got += extra;
      continue;
    }
    size_t n = read_some(content.data() + got, content.size() - got);
    if (n == 0) break;
    got += n;
  }
  ::close(fd);
  content.resize(got);
  return content;
}

}  // namespace cc
