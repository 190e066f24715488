// A review of one run's findings, shared by the terminal, line and web sessions: the
// findings with their current verdicts, and the decisions a reviewer takes on them.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.hpp"
#include "review/annotate.hpp"
#include "review/store.hpp"

namespace cc::review {

class Review {
 public:
  // Annotates `analysis` from `store`; `store` must outlive the Review.
  Review(Analysis analysis, Store& store, std::string reviewer);

  const Analysis& analysis() const { return analysis_; }
  const std::vector<Finding>& findings() const { return analysis_.findings; }
  const Finding& finding(size_t index) const { return analysis_.findings.at(index); }
  const std::string& reviewer() const { return reviewer_; }
  const Annotation& annotation() const { return annotation_; }
  const Store& store() const { return store_; }

  // Index of the finding with this id.
  std::optional<size_t> find(std::string_view id) const;

  // Reads the current verdicts again: another reviewer may have written to the store.
  void refresh();

  // Records a verdict on finding `index` with the evidence as it is now; committed to the
  // store before returning (throws UsageError when the store cannot be written).
  void mark(size_t index, Verdict verdict, std::string note);
  // Records `note` with the finding's current verdict. False (nothing written) when the
  // finding has no verdict yet.
  bool set_note(size_t index, std::string note);

  // Every verdict given on finding `index`, oldest first.
  std::vector<Record> history(size_t index) const;

  // "2 of 6 reviewed" (and ", 1 stale" when some are).
  std::string progress() const;

 private:
  Analysis analysis_;
  Store& store_;
  std::string reviewer_;
  Annotation annotation_;
};

// Where a reviewer is in a Review: the finding shown, the way back, and whether only
// findings that need review (no verdict, or a stale one) are visited.
class Session {
 public:
  // Starts at the first finding that needs review (the first finding when none does).
  explicit Session(Review& review);

  Review& review() { return review_; }
  const Review& review() const { return review_; }

  // The finding shown; nullopt when there is none to show (no findings, or the filter is on
  // and every finding is reviewed).
  std::optional<size_t> current() const { return current_; }
  bool unreviewed_only() const { return unreviewed_only_; }

  // The next visited finding after the current one, wrapping around (skip).
  void next();
  // The finding shown before this one; false when there is none.
  bool back();
  // Shows the finding with this id; false when there is none.
  bool go_to(std::string_view id);
  // Visits only findings that need review, or all of them again.
  void toggle_filter();

  // Marks the current finding and moves on. The note typed before the verdict (pending)
  // goes with it unless `note` is given.
  void mark(Verdict verdict, std::optional<std::string> note = std::nullopt);
  // Sets the note on the current finding: saved at once when it has a verdict, else kept
  // pending until it gets one. Returns true when saved.
  bool note(std::string text);
  const std::string& pending_note() const { return pending_note_; }

 private:
  bool visible(size_t index) const;
  std::optional<size_t> first_visible_from(size_t start) const;
  void show(std::optional<size_t> index, bool remember);

  Review& review_;
  std::optional<size_t> current_;
  std::vector<size_t> trail_;  // findings shown before, most recent last
  bool unreviewed_only_ = false;
  std::string pending_note_;
};

}  // namespace cc::review
