#include "ingest/ingest.hpp"
// Implementation arrives with the ingest work; see ingest.hpp for the contract.
