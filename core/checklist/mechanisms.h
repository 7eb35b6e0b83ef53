// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Families of relationship mechanisms the rules reason with (CR4, CR11,
// CR12, RT7-RT10, RM2, EX1), and which tones clash (CR10, RM4).

#include "core/model/enum_set.h"

namespace mizan::mechanisms {

// Human assistance shared by many customers: a counter, a call centre (CR11).
EnumSet<Mechanism> personal();
// Personal or dedicated: mechanisms that need people (CR3, CR11).
EnumSet<Mechanism> needingPeople();
// Limited contact: the customer meets a tool, a document or a broadcast (CR4).
EnumSet<Mechanism> shallow();
// Mechanisms that keep no customer: a transaction, a sponsorship, a manual,
// a referral (which wins new ones) (CR12, RT7-RT10).
EnumSet<Mechanism> nonRetaining();
// Mechanisms that sell more to each account: tailored offers and
// recommendations, cross- and up-selling by people, loyalty tiers, referral,
// partner programs (CR2, RM2).
EnumSet<Mechanism> growing();
// What takes routine questions off the people: self-service, automation,
// a community (CR11).
EnumSet<Mechanism> selfServing();
// Mechanisms that feed on personal data (EX1, EX2).
EnumSet<Mechanism> dataHungry();

// Two tones that cannot be one voice (RM4); neighbouring tones (formal and
// expert, friendly and playful, ...) are the voice fitting each mechanism (CR10).
bool clash(Tone a, Tone b);

}  // namespace mizan::mechanisms
