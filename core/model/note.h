// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A note on the canvas. Most notes are free text; notes in some blocks also
// carry the structured answers the method asks for (segment, channel,
// relationship plan, team, capabilities). Every answer may be unset: a canvas
// in progress is valid.

#include "core/model/enum_set.h"
#include "core/model/enums.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace mizan {

using NoteId = std::string;

// Where the customer meets the company at one lifecycle stage (TP3),
// through one of the segment's channels.
struct Touchpoint {
    LifecycleStage stage = LifecycleStage::Shopping;
    NoteId channel;                                   // empty: not tied to a channel
    std::string activity;                             // what happens
    std::optional<Office> office;                     // RM5
    std::string owner;                                // RT7: someone responsible
    std::string experience;                           // EX3: the experience aimed for
    std::optional<MeasureKind> measureKind;           // EX5
    std::string measure;
    std::optional<bool> satisfactionSurveyed;         // RT6, RM6; unset: not answered

    friend bool operator==(const Touchpoint&, const Touchpoint&) = default;
};

// Why customers leave, in percent (RT2's figures by default).
struct LeavingReasons {
    double service = 68;
    double product = 13;
    double competitors = 9;
    double other = 10;

    friend bool operator==(const LeavingReasons&, const LeavingReasons&) = default;
};

// The segment's retention economics (RT1, RT2, RT5); the figures derived
// from them are in retention_economics.h.
struct RetentionInputs {
    std::optional<std::int64_t> customers;
    std::optional<double> retentionRate;              // percent kept per period
    std::optional<double> acquisitionCost;            // per new customer
    std::optional<double> retentionCost;              // per customer per period; default acquisition / 6 (RT5)
    std::optional<double> marginPerPeriod;            // per customer
    LeavingReasons leavingReasons;

    friend bool operator==(const RetentionInputs&, const RetentionInputs&) = default;
};

// RT3, RT4, EX4: who the customers are and the journey they follow.
struct Persona {
    std::string name;
    std::string who;
    std::string goals;
    std::string means;                                // how they reach their goals
    std::string motivation;
    std::string firstExperience;
    std::string personalisation;
    std::string change;
    std::string satisfaction;
    std::string loyalty;

    friend bool operator==(const Persona&, const Persona&) = default;
};

// A customer segment; the note's text is the segment's name.
struct CustomerSegment {
    std::string description;
    std::optional<MarketType> market;
    std::optional<std::int64_t> estimatedSize;        // number of customers
    std::optional<double> revenuePerCustomer;         // per year, in the canvas currency
    std::string colour;                               // "#rrggbb"; shown on every note linked to it
    std::vector<Touchpoint> touchpoints;              // TP3
    std::optional<RetentionInputs> economics;         // RT1, RT5
    std::vector<Persona> personas;                    // RT4, EX4

    friend bool operator==(const CustomerSegment&, const CustomerSegment&) = default;
};

// A channel; the note's text is the channel's name.
struct Channel {
    std::optional<ChannelOwnership> ownership;        // CR7
    std::optional<ChannelReach> reach;
    EnumSet<ChannelPhase> phases;
    std::vector<NoteId> segments;                     // segments it serves (CR8)
    EnumSet<Means> means;                             // means it offers (CR9)

    friend bool operator==(const Channel&, const Channel&) = default;
};

// The voice of a relationship on one of its channels (CR10, RM4).
struct ChannelVoice {
    NoteId channel;
    Tone tone = Tone::Formal;

    friend bool operator==(const ChannelVoice&, const ChannelVoice&) = default;
};

// The relationship plan for one customer segment (CR1), answering CR4-CR10.
// It lives on a note in the Customer Relationships block.
struct RelationshipPlan {
    NoteId segment;                                   // CR1: one plan per segment
    std::optional<Depth> depth;                       // CR4
    EnumSet<Mechanism> mechanisms;                    // CR5, CR11, CR12
    EnumSet<Focus> focus;                             // CR2, CR6
    std::vector<NoteId> channels;                     // CR7: ownership comes from the channel
    EnumSet<Means> means;                             // CR9
    std::optional<Tone> voiceTone;                    // CR10
    std::string voiceText;                            // CR10
    std::vector<ChannelVoice> channelVoices;          // RM4: tone used on a given channel
    std::string privacyStance;                        // EX2

    friend bool operator==(const RelationshipPlan&, const RelationshipPlan&) = default;
};

// People in Key Resources (CR3): what they do, how many they are, and
// whom they serve. Capacity is judged per segment from the people who
// serve it; a team that names nobody may serve anyone (not answered).
struct Team {
    std::optional<TeamKind> kind;
    std::optional<std::int64_t> headcount;
    std::vector<NoteId> serves;                       // customer segments or channels

    friend bool operator==(const Team&, const Team&) = default;
};

struct Note {
    NoteId id;
    std::string text;                                 // UTF-8, any script, multi-line
    std::string colour;                               // "#rrggbb", empty for the block's default
    TextDirection direction = TextDirection::Auto;
    std::vector<std::string> tags;
    std::vector<NoteId> links;                        // e.g. value proposition -> segment

    std::optional<CustomerSegment> segment;           // only in Customer Segments
    std::optional<Channel> channel;                   // only in Channels
    std::optional<RelationshipPlan> plan;             // only in Customer Relationships
    std::optional<Team> team;                         // only in Key Resources
    EnumSet<Capability> capabilities;                 // Key Resources, Activities, Partners

    friend bool operator==(const Note&, const Note&) = default;
};

// Which structured parts a note may carry in a given block.
bool blockAllowsSegment(BlockId block);
bool blockAllowsChannel(BlockId block);
bool blockAllowsPlan(BlockId block);
bool blockAllowsTeam(BlockId block);
bool blockAllowsCapabilities(BlockId block);

// The note as it may stand in block: structured parts the block cannot
// hold are dropped (a channel moved to Key Partners becomes plain text).
Note adaptedToBlock(Note note, BlockId block);

// The first line of the note's text, trimmed: how findings and lists name it.
std::string displayName(const Note& note);

}  // namespace mizan
