#include <doctest/doctest.h>

#include "graph/claim_graph.hpp"

using namespace cc::graph;

TEST_CASE("graph::claim graph typed edges and components") {
  ClaimGraph graph(5, 2);  // claims 0..4, entities at vertices 5 and 6
  CHECK(graph.entity_vertex(1) == 6);
  graph.add_edge(0, 1, EdgeKind::Aligned, 0.9);
  graph.add_edge(1, 2, EdgeKind::Aligned, 0.7);
  graph.add_edge(3, 4, EdgeKind::SameEvent, 0.2);
  graph.add_edge(0, graph.entity_vertex(0), EdgeKind::Mentions);
  graph.add_edge(3, graph.entity_vertex(0), EdgeKind::Mentions);
  graph.add_edge(0, 2, EdgeKind::Contradicts);
  CHECK(graph.edges(EdgeKind::Aligned).size() == 2);
  CHECK(graph.edges(EdgeKind::Contradicts).front().from == 0);
  CHECK(graph.edge_count() == 6);
  // Facts follow aligned edges only: a shared entity or a same-event edge joins nothing.
  auto facts = graph.claim_components({EdgeKind::Aligned});
  REQUIRE(facts.size() == 3);
  CHECK(facts[0] == std::vector<uint32_t>{0, 1, 2});
  CHECK(facts[1] == std::vector<uint32_t>{3});
  CHECK(facts[2] == std::vector<uint32_t>{4});
  auto events = graph.claim_components({EdgeKind::Aligned, EdgeKind::SameEvent});
  CHECK(events.size() == 2);
}
