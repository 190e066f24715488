#include "review/session.hpp"

namespace cc::review {

Review::Review(Analysis analysis, Store& store, std::string reviewer)
    : analysis_(std::move(analysis)), store_(store), reviewer_(std::move(reviewer)) {
  refresh();
}

std::optional<size_t> Review::find(std::string_view id) const {
  for (size_t i = 0; i < analysis_.findings.size(); ++i) {
    if (analysis_.findings[i].id == id) return i;
  }
  return std::nullopt;
}

void Review::refresh() {
  annotation_ = annotate(store_, analysis_);
}

void Review::mark(size_t index, Verdict verdict, std::string note) {
  const Finding& finding = analysis_.findings.at(index);
  Record record;
  record.finding = finding.id;
  record.verdict = verdict;
  record.note = std::move(note);
  record.reviewer = reviewer_;
  record.evidence = evidence_text(analysis_, finding);
  record.snapshot = snapshot(analysis_, finding);
  store_.add(std::move(record));
  refresh();
}

bool Review::set_note(size_t index, std::string note) {
  refresh();
  const Finding& finding = analysis_.findings.at(index);
  auto verdict = parse_verdict(finding.verdict);
  if (!verdict) return false;
  mark(index, *verdict, std::move(note));
  return true;
}

std::vector<Record> Review::history(size_t index) const {
  return store_.history(analysis_.findings.at(index).id);
}

std::string Review::progress() const {
  std::string out = std::to_string(annotation_.reviewed) + " of " +
                    std::to_string(annotation_.findings) + " reviewed";
  if (annotation_.stale) out += ", " + std::to_string(annotation_.stale) + " stale";
  return out;
}

Session::Session(Review& review) : review_(review) {
  // Coming back to a review continues where it was left: at the first finding that needs
  // review, or the first of all when every finding has a verdict.
  for (size_t i = 0; i < review_.findings().size() && !current_; ++i) {
    if (needs_review(review_.finding(i))) current_ = i;
  }
  if (!current_) current_ = first_visible_from(0);
}

bool Session::visible(size_t index) const {
  return !unreviewed_only_ || needs_review(review_.finding(index));
}

std::optional<size_t> Session::first_visible_from(size_t start) const {
  size_t count = review_.findings().size();
  for (size_t step = 0; step < count; ++step) {
    size_t index = (start + step) % count;
    if (visible(index)) return index;
  }
  return std::nullopt;
}

void Session::show(std::optional<size_t> index, bool remember) {
  if (remember && current_ && index != current_) trail_.push_back(*current_);
  if (index != current_) pending_note_.clear();
  current_ = index;
}

void Session::next() {
  show(first_visible_from(current_ ? *current_ + 1 : 0), true);
}

bool Session::back() {
  if (trail_.empty()) return false;
  size_t previous = trail_.back();
  trail_.pop_back();
  show(previous, false);
  return true;
}

bool Session::go_to(std::string_view id) {
  auto index = review_.find(id);
  if (!index) return false;
  show(index, true);
  return true;
}

void Session::toggle_filter() {
  unreviewed_only_ = !unreviewed_only_;
  if (!current_ || !visible(*current_)) show(first_visible_from(current_ ? *current_ : 0), true);
}

void Session::mark(Verdict verdict, std::optional<std::string> note) {
  if (!current_) return;
  review_.mark(*current_, verdict, note ? std::move(*note) : pending_note_);
  pending_note_.clear();
  next();
}

bool Session::note(std::string text) {
  if (!current_) return false;
  if (review_.set_note(*current_, text)) {
    pending_note_.clear();
    return true;
  }
  pending_note_ = std::move(text);
  return false;
}

}  // namespace cc::review
