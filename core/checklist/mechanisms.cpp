// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/checklist/mechanisms.h"

#include <utility>

namespace mizan::mechanisms {

EnumSet<Mechanism> personal()
{
    return {Mechanism::PersonalAssistance, Mechanism::CallCentre};
}

EnumSet<Mechanism> needingPeople()
{
    return personal().united({Mechanism::DedicatedPersonalAssistance});
}

EnumSet<Mechanism> shallow()
{
    return {Mechanism::SelfService, Mechanism::AutomatedServices, Mechanism::Transactional, Mechanism::Manuals,
            Mechanism::Newsletters, Mechanism::Blogs,             Mechanism::Tutorials};
}

EnumSet<Mechanism> nonRetaining()
{
    return {Mechanism::Transactional, Mechanism::Sponsorship, Mechanism::Manuals, Mechanism::ReferralProgram};
}

EnumSet<Mechanism> growing()
{
    // What sells more to each account. Newsletters, personal touches and
    // events keep customers; they do not by themselves grow the account.
    return {Mechanism::TailoredOffers,     Mechanism::LoyaltyProgram,   Mechanism::ReferralProgram,
            Mechanism::PartnerProgram,     Mechanism::DedicatedPersonalAssistance,
            Mechanism::PersonalAssistance, Mechanism::AutomatedServices};
}

EnumSet<Mechanism> selfServing()
{
    return {Mechanism::SelfService, Mechanism::AutomatedServices, Mechanism::Communities};
}

EnumSet<Mechanism> dataHungry()
{
    return {Mechanism::AutomatedServices, Mechanism::TailoredOffers};
}

bool clash(Tone a, Tone b)
{
    // The far ends of the register: a formal or expert voice and a playful one.
    static constexpr std::pair<Tone, Tone> clashing[] = {{Tone::Formal, Tone::Playful}, {Tone::Expert, Tone::Playful}};
    for (const auto& [x, y] : clashing)
        if ((a == x && b == y) || (a == y && b == x))
            return true;
    return false;
}

}  // namespace mizan::mechanisms
