// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The method's vocabulary as enums, each with the stable key used in the
// .mizan file and the JSON format. Keys never change once released: they are
// the file format. Names follow the method's own words (METHOD.md).

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>

namespace mizan {

// The nine blocks of the Business Model Canvas, in the canonical order of the
// file format.
enum class BlockId : std::uint8_t {
    CustomerSegments,
    ValuePropositions,
    Channels,
    CustomerRelationships,
    RevenueStreams,
    KeyResources,
    KeyActivities,
    KeyPartners,
    CostStructure,
};
inline constexpr std::size_t kBlockCount = 9;

enum class TextDirection : std::uint8_t { Auto, LeftToRight, RightToLeft };

// Customer segment market types (Business Model Canvas).
enum class MarketType : std::uint8_t { Mass, Niche, Segmented, Diversified, MultiSided };

// CR7: do you own the channel or use a partner's?
enum class ChannelOwnership : std::uint8_t { Owned, Partner };
enum class ChannelReach : std::uint8_t { Direct, Indirect };

// The five channel phases of the canvas; TP3's lifecycle maps onto them.
enum class ChannelPhase : std::uint8_t { Awareness, Evaluation, Purchase, Delivery, AfterSales };

// CR9: the concrete means a channel offers and a plan uses.
enum class Means : std::uint8_t {
    TollFreeLine,
    Phone,
    Email,
    SocialNetworks,
    Chat,
    InPerson,
    WebSelfService,
    MobileApp,
    VideoCall,
    Sms,
    PostalMail,
    Events,
    Forum,
    KnowledgeBase,
};

// CR4: depth of the relationship.
enum class Depth : std::uint8_t { Deep, InBetween, Shallow };

// CR5/CR11: the six relationship types, then CR12's further kinds and RT9's
// personal touches, EX1's tailored offers.
enum class Mechanism : std::uint8_t {
    PersonalAssistance,
    DedicatedPersonalAssistance,
    SelfService,
    AutomatedServices,
    Communities,
    CoCreation,
    Newsletters,
    Blogs,
    EventsAndConferences,
    CallCentre,
    LockIn,
    Manuals,
    LoyaltyProgram,
    NetworkEffects,
    Webinars,
    Tutorials,
    Workshops,
    Sponsorship,
    ReferralProgram,
    Transactional,
    PartnerProgram,
    LongTermCommitment,
    PersonalTouches,
    TailoredOffers,
};

// CR2/CR6: why the relationship exists.
enum class Focus : std::uint8_t { Acquisition, Retention, Growth };

// CR10: the voice's tone.
enum class Tone : std::uint8_t { Formal, Friendly, Expert, Playful, Caring, Inspiring };

// CR3, CR11: what the people in Key Resources do for customers. Owners
// covers the owner or founders serving customers themselves.
enum class TeamKind : std::uint8_t {
    Owners,
    Sales,
    AccountManagement,
    Support,
    ServiceStaff,
    Community,
    Marketing,
    Other,
};

// What a key resource, activity or partner provides that a relationship
// mechanism depends on (CR11, RT12, TP4, EX2, EX5).
enum class Capability : std::uint8_t {
    Platform,                // software platform the automated services run on (CR11)
    CustomerData,            // customer data the automation learns from (CR11, EX1)
    CommunityManagement,     // someone moderating and running the community (CR11)
    ReviewCollection,        // a way to collect reviews and ideas (CR11 co-creation)
    SatisfactionSurveys,     // perception measured by surveys (RT6, RT12, RM6)
    OutcomeMeasurement,      // was the problem solved, and when (EX5)
    SharedCustomerRecord,    // history carried between channels, CRM (TP4, RT7)
};

// TP3: the customer's lifecycle.
enum class LifecycleStage : std::uint8_t { Shopping, Purchase, Delivery, Payment, Use, AfterSales };

// RM5: where a touchpoint sits.
enum class Office : std::uint8_t { Front, Back };

// EX5: what a touchpoint's measure counts.
enum class MeasureKind : std::uint8_t { Outcome, Activity };

// RT7, RT9: kinds of planned relationship actions.
enum class ActionKind : std::uint8_t {
    Newsletter,
    Survey,
    Event,
    Webinar,
    BirthdayMessage,
    AnniversaryMessage,
    LoyaltyCampaign,
    Call,
    Other,
};

enum class Recurrence : std::uint8_t { Once, Weekly, Monthly, Quarterly, Yearly };

template <typename E>
struct EnumKeys;  // specialised below: static constexpr std::array<std::pair<E, std::string_view>, N> table

#define MIZAN_ENUM_KEYS(E, ...)                                                   \
    template <>                                                                   \
    struct EnumKeys<E> {                                                          \
        static constexpr std::pair<E, std::string_view> table[] = {__VA_ARGS__}; \
    };

MIZAN_ENUM_KEYS(BlockId,
                {BlockId::CustomerSegments, "customer_segments"},
                {BlockId::ValuePropositions, "value_propositions"},
                {BlockId::Channels, "channels"},
                {BlockId::CustomerRelationships, "customer_relationships"},
                {BlockId::RevenueStreams, "revenue_streams"},
                {BlockId::KeyResources, "key_resources"},
                {BlockId::KeyActivities, "key_activities"},
                {BlockId::KeyPartners, "key_partners"},
                {BlockId::CostStructure, "cost_structure"})
MIZAN_ENUM_KEYS(TextDirection,
                {TextDirection::Auto, "auto"},
                {TextDirection::LeftToRight, "ltr"},
                {TextDirection::RightToLeft, "rtl"})
MIZAN_ENUM_KEYS(MarketType,
                {MarketType::Mass, "mass"},
                {MarketType::Niche, "niche"},
                {MarketType::Segmented, "segmented"},
                {MarketType::Diversified, "diversified"},
                {MarketType::MultiSided, "multi_sided"})
MIZAN_ENUM_KEYS(ChannelOwnership,
                {ChannelOwnership::Owned, "owned"},
                {ChannelOwnership::Partner, "partner"})
MIZAN_ENUM_KEYS(ChannelReach,
                {ChannelReach::Direct, "direct"},
                {ChannelReach::Indirect, "indirect"})
MIZAN_ENUM_KEYS(ChannelPhase,
                {ChannelPhase::Awareness, "awareness"},
                {ChannelPhase::Evaluation, "evaluation"},
                {ChannelPhase::Purchase, "purchase"},
                {ChannelPhase::Delivery, "delivery"},
                {ChannelPhase::AfterSales, "after_sales"})
MIZAN_ENUM_KEYS(Means,
                {Means::TollFreeLine, "toll_free_line"},
                {Means::Phone, "phone"},
                {Means::Email, "email"},
                {Means::SocialNetworks, "social_networks"},
                {Means::Chat, "chat"},
                {Means::InPerson, "in_person"},
                {Means::WebSelfService, "web_self_service"},
                {Means::MobileApp, "mobile_app"},
                {Means::VideoCall, "video_call"},
                {Means::Sms, "sms"},
                {Means::PostalMail, "postal_mail"},
                {Means::Events, "events"},
                {Means::Forum, "forum"},
                {Means::KnowledgeBase, "knowledge_base"})
MIZAN_ENUM_KEYS(Depth,
                {Depth::Deep, "deep"},
                {Depth::InBetween, "in_between"},
                {Depth::Shallow, "shallow"})
MIZAN_ENUM_KEYS(Mechanism,
                {Mechanism::PersonalAssistance, "personal_assistance"},
                {Mechanism::DedicatedPersonalAssistance, "dedicated_personal_assistance"},
                {Mechanism::SelfService, "self_service"},
                {Mechanism::AutomatedServices, "automated_services"},
                {Mechanism::Communities, "communities"},
                {Mechanism::CoCreation, "co_creation"},
                {Mechanism::Newsletters, "newsletters"},
                {Mechanism::Blogs, "blogs"},
                {Mechanism::EventsAndConferences, "events_and_conferences"},
                {Mechanism::CallCentre, "call_centre"},
                {Mechanism::LockIn, "lock_in"},
                {Mechanism::Manuals, "manuals"},
                {Mechanism::LoyaltyProgram, "loyalty_program"},
                {Mechanism::NetworkEffects, "network_effects"},
                {Mechanism::Webinars, "webinars"},
                {Mechanism::Tutorials, "tutorials"},
                {Mechanism::Workshops, "workshops"},
                {Mechanism::Sponsorship, "sponsorship"},
                {Mechanism::ReferralProgram, "referral_program"},
                {Mechanism::Transactional, "transactional"},
                {Mechanism::PartnerProgram, "partner_program"},
                {Mechanism::LongTermCommitment, "long_term_commitment"},
                {Mechanism::PersonalTouches, "personal_touches"},
                {Mechanism::TailoredOffers, "tailored_offers"})
MIZAN_ENUM_KEYS(Focus,
                {Focus::Acquisition, "acquisition"},
                {Focus::Retention, "retention"},
                {Focus::Growth, "growth"})
MIZAN_ENUM_KEYS(Tone,
                {Tone::Formal, "formal"},
                {Tone::Friendly, "friendly"},
                {Tone::Expert, "expert"},
                {Tone::Playful, "playful"},
                {Tone::Caring, "caring"},
                {Tone::Inspiring, "inspiring"})
MIZAN_ENUM_KEYS(TeamKind,
                {TeamKind::Owners, "owners"},
                {TeamKind::Sales, "sales"},
                {TeamKind::AccountManagement, "account_management"},
                {TeamKind::Support, "support"},
                {TeamKind::ServiceStaff, "service_staff"},
                {TeamKind::Community, "community"},
                {TeamKind::Marketing, "marketing"},
                {TeamKind::Other, "other"})
MIZAN_ENUM_KEYS(Capability,
                {Capability::Platform, "platform"},
                {Capability::CustomerData, "customer_data"},
                {Capability::CommunityManagement, "community_management"},
                {Capability::ReviewCollection, "review_collection"},
                {Capability::SatisfactionSurveys, "satisfaction_surveys"},
                {Capability::OutcomeMeasurement, "outcome_measurement"},
                {Capability::SharedCustomerRecord, "shared_customer_record"})

MIZAN_ENUM_KEYS(LifecycleStage,
                {LifecycleStage::Shopping, "shopping"},
                {LifecycleStage::Purchase, "purchase"},
                {LifecycleStage::Delivery, "delivery"},
                {LifecycleStage::Payment, "payment"},
                {LifecycleStage::Use, "use"},
                {LifecycleStage::AfterSales, "after_sales"})
MIZAN_ENUM_KEYS(Office, {Office::Front, "front"}, {Office::Back, "back"})
MIZAN_ENUM_KEYS(MeasureKind, {MeasureKind::Outcome, "outcome"}, {MeasureKind::Activity, "activity"})
MIZAN_ENUM_KEYS(ActionKind,
                {ActionKind::Newsletter, "newsletter"},
                {ActionKind::Survey, "survey"},
                {ActionKind::Event, "event"},
                {ActionKind::Webinar, "webinar"},
                {ActionKind::BirthdayMessage, "birthday_message"},
                {ActionKind::AnniversaryMessage, "anniversary_message"},
                {ActionKind::LoyaltyCampaign, "loyalty_campaign"},
                {ActionKind::Call, "call"},
                {ActionKind::Other, "other"})
MIZAN_ENUM_KEYS(Recurrence,
                {Recurrence::Once, "once"},
                {Recurrence::Weekly, "weekly"},
                {Recurrence::Monthly, "monthly"},
                {Recurrence::Quarterly, "quarterly"},
                {Recurrence::Yearly, "yearly"})

#undef MIZAN_ENUM_KEYS

template <typename E>
constexpr std::string_view toKey(E value)
{
    for (const auto& [v, key] : EnumKeys<E>::table)
        if (v == value)
            return key;
    return {};
}

template <typename E>
constexpr std::optional<E> fromKey(std::string_view key)
{
    for (const auto& [v, k] : EnumKeys<E>::table)
        if (k == key)
            return v;
    return std::nullopt;
}

// All values of an enum, in key-table order.
template <typename E>
constexpr auto allValues()
{
    constexpr auto n = std::size(EnumKeys<E>::table);
    std::array<E, n> out{};
    for (std::size_t i = 0; i < n; ++i)
        out[i] = EnumKeys<E>::table[i].first;
    return out;
}

template <typename E>
constexpr std::size_t enumCount()
{
    return std::size(EnumKeys<E>::table);
}

}  // namespace mizan
