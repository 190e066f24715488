#include "review/annotate.hpp"

#include <algorithm>
#include <set>

namespace cc::review {

namespace {

void apply(const Analysis& analysis, Finding& finding, const Record* record) {
  finding.verdict = record ? std::string(to_string(record->verdict)) : std::string();
  finding.verdict_note = record ? record->note : std::string();
  finding.verdict_reviewer = record ? record->reviewer : std::string();
  // A verdict recorded without evidence (an older store, or `review mark` before any
  // session) cannot be judged stale.
  finding.verdict_stale =
      record && !record->evidence.empty() && record->evidence != evidence_text(analysis, finding);
}

}  // namespace

Annotation annotate(const std::vector<Record>& latest, Analysis& analysis) {
  auto lookup = [&latest](const std::string& id) -> const Record* {
    auto it =
        std::lower_bound(latest.begin(), latest.end(), id,
                         [](const Record& r, const std::string& key) { return r.finding < key; });
    return it != latest.end() && it->finding == id ? &*it : nullptr;
  };
  Annotation out;
  std::set<std::string> produced;
  for (auto* list : {&analysis.findings, &analysis.suppressed}) {
    for (Finding& finding : *list) {
      apply(analysis, finding, lookup(finding.id.str()));
      produced.insert(finding.id.str());
    }
  }
  out.findings = analysis.findings.size();
  for (const Finding& finding : analysis.findings) {
    if (finding.verdict_stale) {
      ++out.stale;
    } else if (!finding.verdict.empty()) {
      ++out.reviewed;
    }
  }
  for (const Record& record : latest) {
    if (!produced.count(record.finding)) out.resolved.push_back(record);
  }
  return out;
}

Annotation annotate(const Store& store, Analysis& analysis) {
  return annotate(store.latest_all(), analysis);
}

Annotation annotate(const std::string& store_path, Analysis& analysis) {
  Store store(store_path, Store::Open::MustExist);
  return annotate(store, analysis);
}

bool is_dismissed(const Finding& finding) {
  return finding.verdict == to_string(Verdict::Dismissed) && !finding.verdict_stale;
}

bool needs_review(const Finding& finding) {
  return finding.verdict.empty() || finding.verdict_stale;
}

std::string describe(const Annotation& annotation) {
  std::string out = std::to_string(annotation.reviewed) + " of " +
                    std::to_string(annotation.findings) + " findings reviewed";
  if (annotation.stale) out += ", " + std::to_string(annotation.stale) + " stale";
  if (!annotation.resolved.empty()) {
    out += ", " + std::to_string(annotation.resolved.size()) +
           (annotation.resolved.size() == 1 ? " verdict" : " verdicts") +
           " resolved by source change";
  }
  return out;
}

}  // namespace cc::review
