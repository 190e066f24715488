#include "graph/claim_graph.hpp"

// Boost.Graph's edge storage trips GCC 12's -Wmaybe-uninitialized at -O2 (a false
// positive inside adjacency_list.hpp); it is silenced for this file only. Clang has no such
// warning (and -Werror rejects the unknown name), so the pragma is for GCC alone.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/filtered_graph.hpp>
#include <functional>

namespace cc::graph {

namespace {
struct EdgeProperties {
  EdgeKind kind;
  double score;
};
// Edges live in a vector (the last parameter), not the default std::list: a big run adds
// millions of same-event edges, and one heap node per edge dominated alignment time.
using Graph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                          EdgeProperties, boost::no_property, boost::vecS>;
}  // namespace

struct ClaimGraph::Impl {
  Graph graph;
};

ClaimGraph::ClaimGraph(uint32_t claims, uint32_t entities)
    : impl_(std::make_unique<Impl>(Impl{Graph(claims + entities)})), claims_(claims) {}
ClaimGraph::~ClaimGraph() = default;
ClaimGraph::ClaimGraph(ClaimGraph&&) noexcept = default;
ClaimGraph& ClaimGraph::operator=(ClaimGraph&&) noexcept = default;

void ClaimGraph::add_edge(uint32_t from, uint32_t to, EdgeKind kind, double score) {
  boost::add_edge(from, to, EdgeProperties{kind, score}, impl_->graph);
}

std::vector<Edge> ClaimGraph::edges(EdgeKind kind) const {
  std::vector<Edge> out;
  const Graph& g = impl_->graph;
  size_t count = 0;  // the exact size first: a run keeps the same-event edges a while
  for (auto [it, end] = boost::edges(g); it != end; ++it) count += g[*it].kind == kind;
  out.reserve(count);
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    const EdgeProperties& p = g[*it];
    if (p.kind != kind) continue;
    out.push_back(Edge{static_cast<uint32_t>(boost::source(*it, g)),
                       static_cast<uint32_t>(boost::target(*it, g)), p.kind, p.score});
  }
  return out;
}

size_t ClaimGraph::edge_count() const {
  return boost::num_edges(impl_->graph);
}

std::vector<std::vector<uint32_t>> ClaimGraph::claim_components(
    std::initializer_list<EdgeKind> kinds) const {
  const Graph& g = impl_->graph;
  std::vector<EdgeKind> wanted(kinds);
  auto keep = [&g, &wanted](const Graph::edge_descriptor& e) {
    return std::find(wanted.begin(), wanted.end(), g[e].kind) != wanted.end();
  };
  boost::filtered_graph<Graph, std::function<bool(const Graph::edge_descriptor&)>> view(g, keep);
  std::vector<int> component(boost::num_vertices(g));
  boost::connected_components(view, component.data());
  std::vector<std::vector<uint32_t>> groups;
  std::vector<int> slot(boost::num_vertices(g), -1);
  for (uint32_t claim = 0; claim < claims_; ++claim) {
    int c = component[claim];
    if (slot[static_cast<size_t>(c)] < 0) {
      slot[static_cast<size_t>(c)] = static_cast<int>(groups.size());
      groups.emplace_back();
    }
    groups[static_cast<size_t>(slot[static_cast<size_t>(c)])].push_back(claim);
  }
  return groups;
}

}  // namespace cc::graph
