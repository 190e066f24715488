// The claim graph: claims and entities as vertices, typed edges between them (mentions,
// same-entity, same-event, aligned, contradicts, diverges). Boost.Graph stays inside
// claim_graph.cpp so that this header is cheap to include.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <memory>
#include <vector>

namespace cc::graph {

enum class EdgeKind : uint8_t {
  Mentions,     // claim -> entity it names
  SameEntity,   // entity -> entity resolved as one referent
  SameEvent,    // claim -> claim about the same event (blocking key shared)
  Aligned,      // claim -> claim stating the same fact (score above threshold)
  Contradicts,  // claim -> claim a finding says cannot both be true
  Diverges,     // claim -> claim a finding says differ (misquote, tone, ...)
};

// One edge as stored.
struct Edge {
  uint32_t from = 0;  // vertex id
  uint32_t to = 0;    // vertex id
  EdgeKind kind = EdgeKind::Aligned;
  double score = 0;  // alignment score, or 1 for structural edges
};

class ClaimGraph {
 public:
  // Vertices 0..claims-1 are claims (by claim index); claims..claims+entities-1 are entities.
  ClaimGraph(uint32_t claims, uint32_t entities);
  ~ClaimGraph();
  ClaimGraph(ClaimGraph&&) noexcept;
  ClaimGraph& operator=(ClaimGraph&&) noexcept;

  uint32_t claim_vertex(uint32_t claim) const { return claim; }
  uint32_t entity_vertex(uint32_t entity) const { return claims_ + entity; }
  uint32_t claim_count() const { return claims_; }

  void add_edge(uint32_t from, uint32_t to, EdgeKind kind, double score = 1.0);
  // Every edge of the given kind, in insertion order.
  std::vector<Edge> edges(EdgeKind kind) const;
  size_t edge_count() const;
  // Connected components of claim vertices over edges of the given kinds; singletons
  // included. Each component is sorted; components are ordered by their smallest claim.
  std::vector<std::vector<uint32_t>> claim_components(std::initializer_list<EdgeKind> kinds) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  uint32_t claims_ = 0;
};

}  // namespace cc::graph
