// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/vocabulary.h"

#include "core/model/translate_noop.h"

#include <unordered_map>

namespace mizan {

namespace {


constexpr Term kTerms[] = {
    // Blocks
    {"block:customer_segments", QT_TRANSLATE_NOOP("Vocabulary", "Customer segments"), "", ""},
    {"block:value_propositions", QT_TRANSLATE_NOOP("Vocabulary", "Value propositions"), "", ""},
    {"block:channels", QT_TRANSLATE_NOOP("Vocabulary", "Channels"), "", ""},
    {"block:customer_relationships", QT_TRANSLATE_NOOP("Vocabulary", "Customer relationships"), "", ""},
    {"block:revenue_streams", QT_TRANSLATE_NOOP("Vocabulary", "Revenue streams"), "", ""},
    {"block:key_resources", QT_TRANSLATE_NOOP("Vocabulary", "Key resources"), "", ""},
    {"block:key_activities", QT_TRANSLATE_NOOP("Vocabulary", "Key activities"), "", ""},
    {"block:key_partners", QT_TRANSLATE_NOOP("Vocabulary", "Key partners"), "", ""},
    {"block:cost_structure", QT_TRANSLATE_NOOP("Vocabulary", "Cost structure"), "", ""},

    {"direction:auto", QT_TRANSLATE_NOOP("Vocabulary", "Follow the text"), "", ""},
    {"direction:ltr", QT_TRANSLATE_NOOP("Vocabulary", "Left to right"), "", ""},
    {"direction:rtl", QT_TRANSLATE_NOOP("Vocabulary", "Right to left"), "", ""},

    {"market:mass", QT_TRANSLATE_NOOP("Vocabulary", "Mass market"), QT_TRANSLATE_NOOP("Vocabulary", "One large group with broadly similar needs."), ""},
    {"market:niche", QT_TRANSLATE_NOOP("Vocabulary", "Niche market"), QT_TRANSLATE_NOOP("Vocabulary", "A specific, specialised group."), ""},
    {"market:segmented", QT_TRANSLATE_NOOP("Vocabulary", "Segmented"), QT_TRANSLATE_NOOP("Vocabulary", "Groups with slightly different needs and problems."), ""},
    {"market:diversified", QT_TRANSLATE_NOOP("Vocabulary", "Diversified"), QT_TRANSLATE_NOOP("Vocabulary", "Unrelated groups with very different needs."), ""},
    {"market:multi_sided", QT_TRANSLATE_NOOP("Vocabulary", "Multi-sided platform"), QT_TRANSLATE_NOOP("Vocabulary", "Two or more interdependent groups."), ""},

    {"ownership:owned", QT_TRANSLATE_NOOP("Vocabulary", "Owned"), QT_TRANSLATE_NOOP("Vocabulary", "Your own channel: you shape the relationship it carries."), "CR3"},
    {"ownership:partner", QT_TRANSLATE_NOOP("Vocabulary", "Partner"), QT_TRANSLATE_NOOP("Vocabulary", "A partner's channel: relationships through it are mostly shallow."), "CR4"},
    {"reach:direct", QT_TRANSLATE_NOOP("Vocabulary", "Direct"), QT_TRANSLATE_NOOP("Vocabulary", "You reach the customer yourself."), ""},
    {"reach:indirect", QT_TRANSLATE_NOOP("Vocabulary", "Indirect"), QT_TRANSLATE_NOOP("Vocabulary", "You reach the customer through intermediaries."), ""},

    {"phase:awareness", QT_TRANSLATE_NOOP("Vocabulary", "Awareness"), QT_TRANSLATE_NOOP("Vocabulary", "How customers come to know the offer."), ""},
    {"phase:evaluation", QT_TRANSLATE_NOOP("Vocabulary", "Evaluation"), QT_TRANSLATE_NOOP("Vocabulary", "How customers judge the value proposition."), ""},
    {"phase:purchase", QT_TRANSLATE_NOOP("Vocabulary", "Purchase"), QT_TRANSLATE_NOOP("Vocabulary", "How customers buy."), "TP3"},
    {"phase:delivery", QT_TRANSLATE_NOOP("Vocabulary", "Delivery"), QT_TRANSLATE_NOOP("Vocabulary", "How the value proposition reaches them."), "TP3"},
    {"phase:after_sales", QT_TRANSLATE_NOOP("Vocabulary", "After-sales"), QT_TRANSLATE_NOOP("Vocabulary", "Support after the purchase."), "TP3"},

    {"means:toll_free_line", QT_TRANSLATE_NOOP("Vocabulary", "Toll-free line"), "", "CR9"},
    {"means:phone", QT_TRANSLATE_NOOP("Vocabulary", "Telephone"), "", "CR9"},
    {"means:email", QT_TRANSLATE_NOOP("Vocabulary", "E-mail"), "", "CR9"},
    {"means:social_networks", QT_TRANSLATE_NOOP("Vocabulary", "Social networks"), "", "CR9"},
    {"means:chat", QT_TRANSLATE_NOOP("Vocabulary", "Chat"), "", "CR9"},
    {"means:in_person", QT_TRANSLATE_NOOP("Vocabulary", "In person"), "", "CR11"},
    {"means:web_self_service", QT_TRANSLATE_NOOP("Vocabulary", "Web self-service"), "", "CR11"},
    {"means:mobile_app", QT_TRANSLATE_NOOP("Vocabulary", "Mobile app"), "", ""},
    {"means:video_call", QT_TRANSLATE_NOOP("Vocabulary", "Video call"), "", ""},
    {"means:sms", QT_TRANSLATE_NOOP("Vocabulary", "Text messages"), "", ""},
    {"means:postal_mail", QT_TRANSLATE_NOOP("Vocabulary", "Letters by post"), "", "RT9"},
    {"means:events", QT_TRANSLATE_NOOP("Vocabulary", "Events"), "", "CR12"},
    {"means:forum", QT_TRANSLATE_NOOP("Vocabulary", "Online forum"), "", "RT10"},
    {"means:knowledge_base", QT_TRANSLATE_NOOP("Vocabulary", "Knowledge base"), "", "RT10"},

    {"depth:deep", QT_TRANSLATE_NOOP("Vocabulary", "Deep"), QT_TRANSLATE_NOOP("Vocabulary", "Continuous contact; leaving becomes costly for the customer."), "CR4"},
    {"depth:in_between", QT_TRANSLATE_NOOP("Vocabulary", "In between"), QT_TRANSLATE_NOOP("Vocabulary", "Regular but limited contact."), "CR4"},
    {"depth:shallow", QT_TRANSLATE_NOOP("Vocabulary", "Shallow"), QT_TRANSLATE_NOOP("Vocabulary", "Limited contact; the customer can leave at no cost."), "CR4"},

    {"mechanism:personal_assistance", QT_TRANSLATE_NOOP("Vocabulary", "Personal assistance"),
     QT_TRANSLATE_NOOP("Vocabulary", "Human interaction: point of sale, call centre, e-mail, social networks."), "CR11"},
    {"mechanism:dedicated_personal_assistance", QT_TRANSLATE_NOOP("Vocabulary", "Dedicated personal assistance"),
     QT_TRANSLATE_NOOP("Vocabulary", "One representative per client, as for key accounts."), "CR11"},
    {"mechanism:self_service", QT_TRANSLATE_NOOP("Vocabulary", "Self-service"), QT_TRANSLATE_NOOP("Vocabulary", "No direct relationship: you provide the means."), "CR11"},
    {"mechanism:automated_services", QT_TRANSLATE_NOOP("Vocabulary", "Automated services"),
     QT_TRANSLATE_NOOP("Vocabulary", "Self-service with automation that recognises the user and recommends."), "CR11"},
    {"mechanism:communities", QT_TRANSLATE_NOOP("Vocabulary", "Communities"), QT_TRANSLATE_NOOP("Vocabulary", "Places where users help each other."), "CR11"},
    {"mechanism:co_creation", QT_TRANSLATE_NOOP("Vocabulary", "Co-creation"), QT_TRANSLATE_NOOP("Vocabulary", "Customers add value, for example with reviews."), "CR11"},
    {"mechanism:newsletters", QT_TRANSLATE_NOOP("Vocabulary", "Newsletters"), QT_TRANSLATE_NOOP("Vocabulary", "Regular news sent to customers."), "CR12"},
    {"mechanism:blogs", QT_TRANSLATE_NOOP("Vocabulary", "Blogs"), QT_TRANSLATE_NOOP("Vocabulary", "Useful articles customers come back for."), "CR12"},
    {"mechanism:events_and_conferences", QT_TRANSLATE_NOOP("Vocabulary", "Events and conferences"), QT_TRANSLATE_NOOP("Vocabulary", "Meeting customers in person."), "CR12"},
    {"mechanism:call_centre", QT_TRANSLATE_NOOP("Vocabulary", "Call centre or toll-free line"), QT_TRANSLATE_NOOP("Vocabulary", "A number customers can always call."), "CR12"},
    {"mechanism:lock_in", QT_TRANSLATE_NOOP("Vocabulary", "Lock-in"), QT_TRANSLATE_NOOP("Vocabulary", "Leaving means losing something: data, set-up, compatibility."), "CR12"},
    {"mechanism:manuals", QT_TRANSLATE_NOOP("Vocabulary", "Manuals with the product"), QT_TRANSLATE_NOOP("Vocabulary", "Guidance shipped with what you sell."), "CR12"},
    {"mechanism:loyalty_program", QT_TRANSLATE_NOOP("Vocabulary", "Loyalty program"), QT_TRANSLATE_NOOP("Vocabulary", "Points, miles and rewards for staying."), "CR12"},
    {"mechanism:network_effects", QT_TRANSLATE_NOOP("Vocabulary", "Network effects"), QT_TRANSLATE_NOOP("Vocabulary", "The product is worth more as more people use it."), "CR12"},
    {"mechanism:webinars", QT_TRANSLATE_NOOP("Vocabulary", "Webinars"), QT_TRANSLATE_NOOP("Vocabulary", "Online sessions that teach and keep in touch."), "CR12"},
    {"mechanism:tutorials", QT_TRANSLATE_NOOP("Vocabulary", "Tutorials"), QT_TRANSLATE_NOOP("Vocabulary", "Step-by-step help customers follow alone."), "CR12"},
    {"mechanism:workshops", QT_TRANSLATE_NOOP("Vocabulary", "Workshops"), QT_TRANSLATE_NOOP("Vocabulary", "Hands-on sessions with customers."), "CR12"},
    {"mechanism:sponsorship", QT_TRANSLATE_NOOP("Vocabulary", "Sponsorship"), QT_TRANSLATE_NOOP("Vocabulary", "Supporting what customers care about."), "CR12"},
    {"mechanism:referral_program", QT_TRANSLATE_NOOP("Vocabulary", "Referral program"), QT_TRANSLATE_NOOP("Vocabulary", "Customers rewarded for bringing others."), "CR12"},
    {"mechanism:transactional", QT_TRANSLATE_NOOP("Vocabulary", "Purely transactional"), QT_TRANSLATE_NOOP("Vocabulary", "No attempt at a relationship, like a fuel station."),
     "CR12"},
    {"mechanism:partner_program", QT_TRANSLATE_NOOP("Vocabulary", "Partner program"), QT_TRANSLATE_NOOP("Vocabulary", "A structured relationship with reselling partners."),
     "CR12"},
    {"mechanism:long_term_commitment", QT_TRANSLATE_NOOP("Vocabulary", "Long-term commitment"), QT_TRANSLATE_NOOP("Vocabulary", "Contracts that bind for years, like a bank loan."),
     "CR12"},
    {"mechanism:personal_touches", QT_TRANSLATE_NOOP("Vocabulary", "Personal touches"),
     QT_TRANSLATE_NOOP("Vocabulary", "Birthday and anniversary messages, handwritten letters, a call on their day."), "RT9"},
    {"mechanism:tailored_offers", QT_TRANSLATE_NOOP("Vocabulary", "Tailored offers"), QT_TRANSLATE_NOOP("Vocabulary", "Offers built from what you know about the customer."),
     "EX1"},

    {"focus:acquisition", QT_TRANSLATE_NOOP("Vocabulary", "Acquisition"), QT_TRANSLATE_NOOP("Vocabulary", "Win new customers."), "CR2"},
    {"focus:retention", QT_TRANSLATE_NOOP("Vocabulary", "Retention"), QT_TRANSLATE_NOOP("Vocabulary", "Keep the customers you have."), "CR2"},
    {"focus:growth", QT_TRANSLATE_NOOP("Vocabulary", "Growth"), QT_TRANSLATE_NOOP("Vocabulary", "Sell more to each segment: repeat and cross-selling."), "CR2"},

    {"tone:formal", QT_TRANSLATE_NOOP("Vocabulary", "Formal"), "", "CR10"},
    {"tone:friendly", QT_TRANSLATE_NOOP("Vocabulary", "Friendly"), "", "CR10"},
    {"tone:expert", QT_TRANSLATE_NOOP("Vocabulary", "Expert"), "", "CR10"},
    {"tone:playful", QT_TRANSLATE_NOOP("Vocabulary", "Playful"), "", "CR10"},
    {"tone:caring", QT_TRANSLATE_NOOP("Vocabulary", "Caring"), "", "CR10"},
    {"tone:inspiring", QT_TRANSLATE_NOOP("Vocabulary", "Inspiring"), "", "CR10"},

    {"team:owners", QT_TRANSLATE_NOOP("Vocabulary", "Owner or founders"),
     QT_TRANSLATE_NOOP("Vocabulary", "The owner or founders, serving customers themselves."), "CR3"},
    {"team:sales", QT_TRANSLATE_NOOP("Vocabulary", "Sales"), "", "CR3"},
    {"team:account_management", QT_TRANSLATE_NOOP("Vocabulary", "Account management"),
     QT_TRANSLATE_NOOP("Vocabulary", "One representative per client: key accounts."), "CR11"},
    {"team:support", QT_TRANSLATE_NOOP("Vocabulary", "Customer support"),
     QT_TRANSLATE_NOOP("Vocabulary", "A call centre, a help desk, e-mail or chat answered by people."), "CR11"},
    {"team:service_staff", QT_TRANSLATE_NOOP("Vocabulary", "Service staff"),
     QT_TRANSLATE_NOOP("Vocabulary", "People at the counter, on the shop floor or on site."), "CR11"},
    {"team:community", QT_TRANSLATE_NOOP("Vocabulary", "Community"), "", "CR11"},
    {"team:marketing", QT_TRANSLATE_NOOP("Vocabulary", "Marketing"), "", "CR3"},
    {"team:other", QT_TRANSLATE_NOOP("Vocabulary", "Other"), "", ""},

    {"capability:platform", QT_TRANSLATE_NOOP("Vocabulary", "Software platform"), QT_TRANSLATE_NOOP("Vocabulary", "What automated services run on."), "CR11"},
    {"capability:customer_data", QT_TRANSLATE_NOOP("Vocabulary", "Customer data"), QT_TRANSLATE_NOOP("Vocabulary", "What automation learns from."), "CR11"},
    {"capability:community_management", QT_TRANSLATE_NOOP("Vocabulary", "Community management"), QT_TRANSLATE_NOOP("Vocabulary", "Someone who runs and moderates the community."),
     "CR11"},
    {"capability:review_collection", QT_TRANSLATE_NOOP("Vocabulary", "Review and idea collection"), QT_TRANSLATE_NOOP("Vocabulary", "A way for customers to add reviews and ideas."),
     "CR11"},
    {"capability:satisfaction_surveys", QT_TRANSLATE_NOOP("Vocabulary", "Satisfaction surveys"), QT_TRANSLATE_NOOP("Vocabulary", "Perception measured by asking customers."),
     "RM6"},
    {"capability:outcome_measurement", QT_TRANSLATE_NOOP("Vocabulary", "Outcome measurement"), QT_TRANSLATE_NOOP("Vocabulary", "Whether the problem was solved, and when."), "EX5"},
    {"capability:shared_customer_record", QT_TRANSLATE_NOOP("Vocabulary", "Shared customer record"),
     QT_TRANSLATE_NOOP("Vocabulary", "History that follows the customer from channel to channel."), "TP4"},

    {"stage:shopping", QT_TRANSLATE_NOOP("Vocabulary", "Shopping"), "", "TP3"},
    {"stage:purchase", QT_TRANSLATE_NOOP("Vocabulary", "Purchase"), "", "TP3"},
    {"stage:delivery", QT_TRANSLATE_NOOP("Vocabulary", "Delivery"), "", "TP3"},
    {"stage:payment", QT_TRANSLATE_NOOP("Vocabulary", "Payment"), "", "TP3"},
    {"stage:use", QT_TRANSLATE_NOOP("Vocabulary", "Use"), "", "TP3"},
    {"stage:after_sales", QT_TRANSLATE_NOOP("Vocabulary", "After-sales service"), "", "TP3"},
    {"office:front", QT_TRANSLATE_NOOP("Vocabulary", "Front office"), QT_TRANSLATE_NOOP("Vocabulary", "Where the customer sees you."), "RM5"},
    {"office:back", QT_TRANSLATE_NOOP("Vocabulary", "Back office"), QT_TRANSLATE_NOOP("Vocabulary", "After-sales, accounting, the store: judged by every contact too."), "RM5"},
    {"measure:outcome", QT_TRANSLATE_NOOP("Vocabulary", "Outcome"), QT_TRANSLATE_NOOP("Vocabulary", "Was the problem solved, and when."), "EX5"},
    {"measure:activity", QT_TRANSLATE_NOOP("Vocabulary", "Activity"), QT_TRANSLATE_NOOP("Vocabulary", "How fast, how often: what was done."), "EX5"},
    {"action:newsletter", QT_TRANSLATE_NOOP("Vocabulary", "Newsletter"), "", "RT8"},
    {"action:survey", QT_TRANSLATE_NOOP("Vocabulary", "Satisfaction survey"), "", "RT12"},
    {"action:event", QT_TRANSLATE_NOOP("Vocabulary", "Event"), "", "CR12"},
    {"action:webinar", QT_TRANSLATE_NOOP("Vocabulary", "Webinar"), "", "CR12"},
    {"action:birthday_message", QT_TRANSLATE_NOOP("Vocabulary", "Birthday message"), "", "RT9"},
    {"action:anniversary_message", QT_TRANSLATE_NOOP("Vocabulary", "Anniversary message"), "", "RT9"},
    {"action:loyalty_campaign", QT_TRANSLATE_NOOP("Vocabulary", "Loyalty campaign"), "", "CR12"},
    {"action:call", QT_TRANSLATE_NOOP("Vocabulary", "Personal call"), "", "RT9"},
    {"action:other", QT_TRANSLATE_NOOP("Vocabulary", "Other"), "", "RT7"},
    {"recurrence:once", QT_TRANSLATE_NOOP("Vocabulary", "Once"), "", ""},
    {"recurrence:weekly", QT_TRANSLATE_NOOP("Vocabulary", "Every week"), "", ""},
    {"recurrence:monthly", QT_TRANSLATE_NOOP("Vocabulary", "Every month"), "", ""},
    {"recurrence:quarterly", QT_TRANSLATE_NOOP("Vocabulary", "Every quarter"), "", ""},
    {"recurrence:yearly", QT_TRANSLATE_NOOP("Vocabulary", "Every year"), "", ""},

    // The guided questions' own words, used as labels of question ids.
    {"question:depth", QT_TRANSLATE_NOOP("Vocabulary", "Depth"), "", "CR4"},
    {"question:mechanism", QT_TRANSLATE_NOOP("Vocabulary", "Mechanism"), "", "CR5"},
    {"question:focus", QT_TRANSLATE_NOOP("Vocabulary", "Focus"), "", "CR6"},
    {"question:channel", QT_TRANSLATE_NOOP("Vocabulary", "Channel"), "", "CR7"},
    {"question:ownership", QT_TRANSLATE_NOOP("Vocabulary", "Channel ownership"), "", "CR7"},
    {"question:means", QT_TRANSLATE_NOOP("Vocabulary", "Concrete means"), "", "CR9"},
    {"question:voice", QT_TRANSLATE_NOOP("Vocabulary", "Voice"), "", "CR10"},
};


template <typename E>
struct Prefix;
template <> struct Prefix<BlockId> { static constexpr std::string_view v = "block"; };
template <> struct Prefix<TextDirection> { static constexpr std::string_view v = "direction"; };
template <> struct Prefix<MarketType> { static constexpr std::string_view v = "market"; };
template <> struct Prefix<ChannelOwnership> { static constexpr std::string_view v = "ownership"; };
template <> struct Prefix<ChannelReach> { static constexpr std::string_view v = "reach"; };
template <> struct Prefix<ChannelPhase> { static constexpr std::string_view v = "phase"; };
template <> struct Prefix<Means> { static constexpr std::string_view v = "means"; };
template <> struct Prefix<Depth> { static constexpr std::string_view v = "depth"; };
template <> struct Prefix<Mechanism> { static constexpr std::string_view v = "mechanism"; };
template <> struct Prefix<Focus> { static constexpr std::string_view v = "focus"; };
template <> struct Prefix<Tone> { static constexpr std::string_view v = "tone"; };
template <> struct Prefix<TeamKind> { static constexpr std::string_view v = "team"; };
template <> struct Prefix<Capability> { static constexpr std::string_view v = "capability"; };
template <> struct Prefix<LifecycleStage> { static constexpr std::string_view v = "stage"; };
template <> struct Prefix<Office> { static constexpr std::string_view v = "office"; };
template <> struct Prefix<MeasureKind> { static constexpr std::string_view v = "measure"; };
template <> struct Prefix<ActionKind> { static constexpr std::string_view v = "action"; };
template <> struct Prefix<Recurrence> { static constexpr std::string_view v = "recurrence"; };

constexpr const char* kPartnersQ[] = {QT_TRANSLATE_NOOP("Vocabulary", "Who are our key partners?"), QT_TRANSLATE_NOOP("Vocabulary", "Who are our key suppliers?"),
                                      QT_TRANSLATE_NOOP("Vocabulary", "Which key resources do we acquire from partners?"),
                                      QT_TRANSLATE_NOOP("Vocabulary", "Which key activities do partners perform?")};
constexpr const char* kActivitiesQ[] = {QT_TRANSLATE_NOOP("Vocabulary", "What key activities do our value propositions require?"),
                                        QT_TRANSLATE_NOOP("Vocabulary", "Our distribution channels? Customer relationships?"),
                                        QT_TRANSLATE_NOOP("Vocabulary", "Revenue streams?")};
constexpr const char* kResourcesQ[] = {QT_TRANSLATE_NOOP("Vocabulary", "What key resources do our value propositions require?"),
                                       QT_TRANSLATE_NOOP("Vocabulary", "Our distribution channels? Customer relationships?"),
                                       QT_TRANSLATE_NOOP("Vocabulary", "Who in the team can give personal assistance?")};
constexpr const char* kValueQ[] = {QT_TRANSLATE_NOOP("Vocabulary", "What value do we deliver to the customer?"),
                                   QT_TRANSLATE_NOOP("Vocabulary", "Which one of our customers' problems are we helping to solve?"),
                                   QT_TRANSLATE_NOOP("Vocabulary", "Which customer needs are we satisfying?")};
constexpr const char* kRelationshipsQ[] = {
    QT_TRANSLATE_NOOP("Vocabulary", "What type of relationship does each customer segment expect us to establish and maintain with them?"),
    QT_TRANSLATE_NOOP("Vocabulary", "Deep or shallow? Which mechanism? Acquisition, retention or growth?"),
    QT_TRANSLATE_NOOP("Vocabulary", "Does the segment's channel support it, and do we have the people for it?")};
constexpr const char* kChannelsQ[] = {QT_TRANSLATE_NOOP("Vocabulary", "Through which channels do our customer segments want to be reached?"),
                                      QT_TRANSLATE_NOOP("Vocabulary", "Which channels do we own, and which are partners'?"),
                                      QT_TRANSLATE_NOOP("Vocabulary", "Which ones work best? Which ones are most cost-efficient?")};
constexpr const char* kSegmentsQ[] = {QT_TRANSLATE_NOOP("Vocabulary", "For whom are we creating value?"), QT_TRANSLATE_NOOP("Vocabulary", "Who are our most important customers?")};
constexpr const char* kCostsQ[] = {QT_TRANSLATE_NOOP("Vocabulary", "What are the most important costs inherent in our business model?"),
                                   QT_TRANSLATE_NOOP("Vocabulary", "Which key resources are most expensive?"),
                                   QT_TRANSLATE_NOOP("Vocabulary", "Which key activities are most expensive?")};
constexpr const char* kRevenueQ[] = {QT_TRANSLATE_NOOP("Vocabulary", "For what value are our customers really willing to pay?"),
                                     QT_TRANSLATE_NOOP("Vocabulary", "How are they paying now? How would they prefer to pay?"),
                                     QT_TRANSLATE_NOOP("Vocabulary", "How much does each revenue stream contribute to overall revenues?")};

const BlockInfo kBlocks[] = {
    {BlockId::CustomerSegments, kTerms[0].label, kSegmentsQ},
    {BlockId::ValuePropositions, kTerms[1].label, kValueQ},
    {BlockId::Channels, kTerms[2].label, kChannelsQ},
    {BlockId::CustomerRelationships, kTerms[3].label, kRelationshipsQ},
    {BlockId::RevenueStreams, kTerms[4].label, kRevenueQ},
    {BlockId::KeyResources, kTerms[5].label, kResourcesQ},
    {BlockId::KeyActivities, kTerms[6].label, kActivitiesQ},
    {BlockId::KeyPartners, kTerms[7].label, kPartnersQ},
    {BlockId::CostStructure, kTerms[8].label, kCostsQ},
};

}  // namespace

const Term* findTerm(std::string_view qualifiedKey)
{
    static const auto index = [] {
        std::unordered_map<std::string_view, const Term*> m;
        for (const Term& t : kTerms)
            m.emplace(t.key, &t);
        return m;
    }();
    const auto it = index.find(qualifiedKey);
    return it == index.end() ? nullptr : it->second;
}

template <typename E>
std::string_view termPrefix()
{
    return Prefix<E>::v;
}

template std::string_view termPrefix<BlockId>();
template std::string_view termPrefix<TextDirection>();
template std::string_view termPrefix<MarketType>();
template std::string_view termPrefix<ChannelOwnership>();
template std::string_view termPrefix<ChannelReach>();
template std::string_view termPrefix<ChannelPhase>();
template std::string_view termPrefix<Means>();
template std::string_view termPrefix<Depth>();
template std::string_view termPrefix<Mechanism>();
template std::string_view termPrefix<Focus>();
template std::string_view termPrefix<Tone>();
template std::string_view termPrefix<TeamKind>();
template std::string_view termPrefix<Capability>();
template std::string_view termPrefix<LifecycleStage>();
template std::string_view termPrefix<Office>();
template std::string_view termPrefix<MeasureKind>();
template std::string_view termPrefix<ActionKind>();
template std::string_view termPrefix<Recurrence>();

const BlockInfo& blockInfo(BlockId block)
{
    return kBlocks[static_cast<std::size_t>(block)];
}

}  // namespace mizan
