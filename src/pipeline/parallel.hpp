// Running independent items on several threads with results that never depend on timing.
#pragma once

#include <cstddef>
#include <exception>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <system_error>

namespace cc::pipeline {

// Runs work(item, thread) for every item in [0, count) on up to `jobs` threads (thread is
// 0 .. threads-1, for per-thread state). Items are handed out one at a time, so uneven
// items balance. When items throw, the exception of the lowest item is rethrown after
// every thread stopped, whatever the timing. Callers write results by item, never in
// completion order.
void for_each_item(size_t count, unsigned jobs,
                   const std::function<void(size_t item, unsigned thread)>& work);

// How many threads for_each_item uses for `count` items.
unsigned threads_for(size_t count, unsigned jobs);

// A value built on a second thread from the moment it is constructed, for start-up work
// that nothing needs until later (the aligner is built while the documents are read and
// extracted). get() waits for it; an exception thrown while building is rethrown by every
// get(), the same one each time. When no thread can be started the value is built by the
// first get() instead. The destructor waits for the build to end, so whatever the build
// reads must outlive this object (declare it after what it reads).
template <typename T>
class Background {
 public:
  // `build` returns a std::unique_ptr<T>.
  template <typename Build>
  explicit Background(Build build) : future_(start(build)) {}
  ~Background() {
    if (future_.valid()) future_.wait();
  }
  Background(const Background&) = delete;
  Background& operator=(const Background&) = delete;

  // Safe to call from several threads at once.
  const T& get() const {
    join();
    if (error_) std::rethrow_exception(error_);
    return *value_;
  }
  // Waits for the build to end; what it threw is kept for get().
  void wait() const { join(); }
  // Waits, then hands the value over (null when the build threw); get() must not be called
  // after.
  std::unique_ptr<T> take() {
    join();
    return std::move(value_);
  }

 private:
  template <typename Build>
  static std::future<std::unique_ptr<T>> start(Build& build) {
    try {
      return std::async(std::launch::async, build);
    } catch (const std::system_error&) {
      return std::async(std::launch::deferred, build);
    }
  }
  void join() const {
    std::call_once(joined_, [this] {
      try {
        value_ = future_.get();
      } catch (...) {
        error_ = std::current_exception();
      }
    });
  }

  mutable std::future<std::unique_ptr<T>> future_;
  mutable std::once_flag joined_;
  mutable std::unique_ptr<T> value_;
  mutable std::exception_ptr error_;
};

}  // namespace cc::pipeline
