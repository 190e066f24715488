#include "core/output.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>

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

}  // namespace

void write_file_atomically(const std::string& path, std::string_view content) {
  namespace fs = std::filesystem;
  // A device or a pipe ("-o /dev/null", "-o /dev/stdout") is written in place: renaming a
  // temporary file over it would replace the device with a regular file.
  struct stat info {};
  if (::stat(path.c_str(), &info) == 0 && !S_ISREG(info.st_mode) && !S_ISDIR(info.st_mode)) {
    int out = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (out < 0) throw UsageError(path + ": cannot write: " + std::strerror(errno));
    bool ok = write_all(out, content);
    int saved = errno;
    if (::close(out) != 0 && ok) {
      ok = false;
      saved = errno;
    }
    if (!ok) throw UsageError(path + ": cannot write: " + std::strerror(saved));
    return;
  }
  fs::path target(path);
  fs::path directory = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  std::string pattern = (directory / ("." + target.filename().string() + ".XXXXXX")).string();
  int fd = ::mkstemp(pattern.data());
  if (fd < 0) throw UsageError(path + ": cannot write: " + std::strerror(errno));
  if (!write_all(fd, content)) {
    int saved = errno;
    ::close(fd);
    ::unlink(pattern.c_str());
    throw UsageError(path + ": cannot write: " + std::strerror(saved));
  }
  ::fchmod(fd, 0644);
  if (::close(fd) != 0 || ::rename(pattern.c_str(), path.c_str()) != 0) {
    int saved = errno;
    ::unlink(pattern.c_str());
    throw UsageError(path + ": cannot write: " + std::strerror(saved));
  }
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
  // Read in chunks and stop at the limit, so a file that grows while we read it
  // (or lies about its size) never makes us buffer more than max_bytes.
  for (;;) {
    if (got == content.size()) {
      if (content.size() >= max_bytes) {
        char probe;
        ssize_t extra = ::read(fd, &probe, 1);
        if (extra > 0) {
          ::close(fd);
          throw InputError(path, "larger than --max-input-size (" + std::to_string(max_bytes) +
                                     " bytes); raise the limit to read it");
        }
        break;
      }
      content.resize(std::min<uint64_t>(max_bytes, content.size() * 2 + 65536));
    }
    ssize_t n = ::read(fd, content.data() + got, content.size() - got);
    if (n < 0) {
      if (errno == EINTR) continue;
      int saved = errno;
      ::close(fd);
      throw InputError(path, std::string("cannot read: ") + std::strerror(saved));
    }
    if (n == 0) break;
    got += static_cast<size_t>(n);
  }
  ::close(fd);
  content.resize(got);
  return content;
}

}  // namespace cc
