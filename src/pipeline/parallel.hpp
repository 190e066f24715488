// Running independent items on several threads with results that never depend on timing.
#pragma once

#include <cstddef>
#include <functional>

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

}  // namespace cc::pipeline
