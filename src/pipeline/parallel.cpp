#include "pipeline/parallel.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace cc::pipeline {

unsigned threads_for(size_t count, unsigned jobs) {
  return static_cast<unsigned>(std::max<size_t>(1, std::min<size_t>(jobs, count)));
}

void for_each_item(size_t count, unsigned jobs,
                   const std::function<void(size_t item, unsigned thread)>& work) {
  unsigned threads = threads_for(count, jobs);
  if (threads == 1) {
    for (size_t item = 0; item < count; ++item) work(item, 0);
    return;
  }
  std::atomic<size_t> next{0};
  std::atomic<bool> failed{false};
  std::mutex error_mutex;
  size_t error_item = count;
  std::exception_ptr error;
  auto run = [&](unsigned thread) {
    for (size_t item = next++; item < count && !failed; item = next++) {
      try {
        work(item, thread);
      } catch (...) {
        std::lock_guard<std::mutex> lock(error_mutex);
        if (item < error_item) {
          error_item = item;
          error = std::current_exception();
        }
        failed = true;
      }
    }
  };
  // The calling thread is worker 0: one thread fewer to start, and one heap arena fewer
  // (glibc gives each thread its own; what a story keeps is then spread over fewer).
  std::vector<std::thread> pool;
  pool.reserve(threads - 1);
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(run, t);
  run(0);
  for (auto& thread : pool) thread.join();
  if (error) std::rethrow_exception(error);
}

}  // namespace cc::pipeline
