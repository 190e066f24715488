// Fuzz target: document ingest (ingest::parse) in every format.
//
// Input: one byte choosing the format (txt, md, html, json, jsonl), then the file's bytes.
// A bad file must end in an InputError; anything else escaping, a crash, a hang or a
// document breaking its invariants is a bug.
#include <cstdlib>

#include "core/error.hpp"
#include "core/utf8.hpp"
#include "fuzz.hpp"
#include "ingest/ingest.hpp"

namespace {

constexpr const char* kNames[] = {"fuzz.txt", "fuzz.md", "fuzz.html", "fuzz.json", "fuzz.jsonl"};

void require(bool condition) {
  if (!condition) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const char* name = kNames[data[0] % 5];
  std::string_view bytes = cc::fuzz::view(data + 1, size - 1);
  cc::ingest::Options options;
  options.max_input_size = 1 << 20;
  try {
    for (const cc::Document& document :
         cc::ingest::parse(name, bytes, *cc::ingest::format_for(name), options)) {
      // What every later stage relies on: valid UTF-8 text, '\n' line ends, and an
      // origin for every offset that lies inside the original file.
      require(cc::utf8::is_valid(document.text));
      require(document.text.find('\r') == std::string::npos);
      for (uint32_t offset = 0; offset < document.text.size(); offset += 1 + offset / 8) {
        cc::Origin origin = document.locate(offset);
        require(origin.line >= 1 && origin.column >= 1);
      }
    }
  } catch (const cc::InputError&) {
    // a clear one-line error: the expected outcome for bad input
  }
  return 0;
}
