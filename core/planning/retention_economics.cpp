// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/planning/retention_economics.h"

#include <cmath>

namespace mizan {

namespace {

std::optional<double> lifetime(double ratePercent)
{
    if (ratePercent >= 100.0)
        return std::nullopt;  // nobody leaves: no finite lifetime
    return 100.0 / (100.0 - ratePercent);
}

}  // namespace

RetentionFigures computeRetention(const RetentionInputs& in, int periods)
{
    RetentionFigures f;
    f.retentionCost = in.retentionCost;
    if (!f.retentionCost && in.acquisitionCost) {
        f.retentionCost = *in.acquisitionCost / kAcquisitionToRetentionRatio;
        f.retentionCostIsDefault = true;
    }
    if (!in.retentionRate)
        return f;
    const double r = *in.retentionRate;
    const double improved = std::min(100.0, r + kRetentionImprovementPoints);
    f.lifetimePeriods = lifetime(r);

    if (in.marginPerPeriod && f.retentionCost) {
        const double net = *in.marginPerPeriod - *f.retentionCost;
        const double acquisition = in.acquisitionCost.value_or(0.0);
        if (f.lifetimePeriods)
            f.lifetimeValue = net * *f.lifetimePeriods - acquisition;
        if (const auto improvedLifetime = lifetime(improved))
            f.lifetimeValuePlus5 = net * *improvedLifetime - acquisition;
        if (net > 0)
            f.paybackPeriods = acquisition / net;
        if (f.lifetimeValue && f.lifetimeValuePlus5 && *f.lifetimeValue != 0.0)
            f.profitEffectPercent = (*f.lifetimeValuePlus5 - *f.lifetimeValue) / std::fabs(*f.lifetimeValue) * 100.0;
    }
    if (in.customers) {
        double now = static_cast<double>(*in.customers), better = now;
        for (int t = 0; t <= periods; ++t) {
            f.customersOverTime.push_back(now);
            f.customersOverTimePlus5.push_back(better);
            now *= r / 100.0;
            better *= improved / 100.0;
        }
    }
    return f;
}

}  // namespace mizan
