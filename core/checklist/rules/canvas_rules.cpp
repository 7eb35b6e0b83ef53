// SPDX-License-Identifier: GPL-3.0-or-later
// The rest of the canvas as a consultant reads it around a segment (TP2,
// RM2, RT4, EX4): what it is offered, what it pays, who its people are.

#include "core/checklist/rule.h"
#include "core/checklist/segment_check.h"
#include "core/model/translate_noop.h"

#include <algorithm>

namespace mizan {

namespace {

// Whether a link joins the segment to a note of the block, either way.
bool linkedTo(SegmentCheck& c, BlockId block)
{
    const auto in = [&](const NoteId& x) {
        const NoteRecord* r = c.index.record(x);
        return r && r->block == block;
    };
    const auto& from = c.index.linkedFrom(c.id);
    return std::any_of(c.note.links.begin(), c.note.links.end(), in) || std::any_of(from.begin(), from.end(), in);
}

const Rule kRules[] = {
    {{"segment.no_value_proposition", Severity::Warning, "TP2",
      QT_TRANSLATE_NOOP("Checklist", "A customer segment no value proposition is linked to."),
      QT_TRANSLATE_NOOP("Checklist", "Serve each segment by its needs and priorities: a segment with no value proposition has "
                                     "nothing to be served."),
      "A warning, given when every value proposition is linked to other segments; one linked to nothing may be this "
      "segment's and is asked about (in a canvas of one segment, it is).",
      QT_TRANSLATE_NOOP("Checklist", "No value proposition is linked to segment {segment}."),
      QT_TRANSLATE_NOOP("Checklist", "Link the value proposition that serves {segment} to it.")},
     [](SegmentCheck& c) {
         if (linkedTo(c, BlockId::ValuePropositions))
             return;
         c.read(fact::UnlinkedOffers | fact::blockFilled(BlockId::ValuePropositions));
         const bool empty = c.canvas.notes(BlockId::ValuePropositions).empty();
         if (!empty && c.singleSegment())
             return;
         if (empty || !c.index.unlinkedOffers().empty())
             c.ask("ask.value_proposition", {}, "TP2");
         else
             c.report(c.finding("segment.no_value_proposition", c.self()).note("segment", c.self()));
     }},

    {{"segment.no_revenue_stream", Severity::Advice, "RM2",
      QT_TRANSLATE_NOOP("Checklist", "A segment with revenue per customer but no revenue stream linked to it."),
      QT_TRANSLATE_NOOP("Checklist", "The goal is more revenue per account; revenue the canvas cannot trace to a stream is a "
                                     "guess."),
      "Advice: the revenue is given, only its stream is not traced.",
      QT_TRANSLATE_NOOP("Checklist", "Segment {segment} brings revenue per customer, but no revenue stream is linked to it."),
      QT_TRANSLATE_NOOP("Checklist", "Link the revenue stream {segment} pays into.")},
     [](SegmentCheck& c) {
         if (c.segment.revenuePerCustomer.value_or(0) <= 0 || linkedTo(c, BlockId::RevenueStreams))
             return;
         c.read(fact::UnlinkedRevenue | fact::blockFilled(BlockId::RevenueStreams));
         const bool empty = c.canvas.notes(BlockId::RevenueStreams).empty();
         if (!empty && c.singleSegment())
             return;
         if (empty || !c.index.unlinkedRevenue().empty())
             c.ask("ask.revenue_stream", {}, "RM2");
         else
             c.report(c.finding("segment.no_revenue_stream", c.self()).note("segment", c.self()));
     }},
};

}  // namespace

std::span<const Rule> canvasRules()
{
    return kRules;
}

}  // namespace mizan
