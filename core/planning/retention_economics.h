// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What keeping customers is worth for one segment (RT1, RT5): from the
// number of customers, the share kept each period, what winning and keeping
// one costs and the margin it brings, the lifetime value, the payback time,
// and the effect of keeping 5 more points, next to the 25-85% the source
// publishes for small and mid-sized businesses (RT1).
//
// Per period t, a customer stays with probability r: expected lifetime is
// 1 / (1 - r) periods; lifetime value = (margin - retention cost) x lifetime
// - acquisition cost; payback = acquisition cost / (margin - retention cost).

#include "core/model/note.h"

#include <optional>
#include <vector>

namespace mizan {

inline constexpr double kAcquisitionToRetentionRatio = 6.0;   // RT5
inline constexpr double kPublishedProfitEffectLow = 25.0;      // RT1, percent
inline constexpr double kPublishedProfitEffectHigh = 85.0;     // RT1, percent
inline constexpr double kRetentionImprovementPoints = 5.0;     // RT1

struct RetentionFigures {
    std::optional<double> retentionCost;        // as given, or acquisition / 6 (RT5)
    bool retentionCostIsDefault = false;
    std::optional<double> lifetimePeriods;      // unset with no churn (100% kept) or no rate
    std::optional<double> lifetimeValue;
    std::optional<double> paybackPeriods;       // unset when a period's margin does not cover keeping the customer
    std::optional<double> lifetimeValuePlus5;
    std::optional<double> profitEffectPercent;  // change in lifetime value from 5 more points kept
    std::vector<double> customersOverTime;      // customers left after each period, from today's base
    std::vector<double> customersOverTimePlus5;
};

RetentionFigures computeRetention(const RetentionInputs& inputs, int periods = 12);

}  // namespace mizan
