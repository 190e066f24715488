// SHA-256 (FIPS 180-4) and base64, for the HTML report's Content-Security-Policy: the
// policy allows only the report's own script and style, named by their hashes.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace cc::report {

std::array<uint8_t, 32> sha256(std::string_view data);
// Standard base64 with padding (RFC 4648, section 4).
std::string base64(const uint8_t* data, size_t size);
// "'sha256-<base64>'", a CSP source expression for an inline element with this content.
std::string csp_hash(std::string_view content);

}  // namespace cc::report
