// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vocabulary.h"

#include "core/translate_noop.h"

#include <unordered_map>

namespace mizan {

namespace {

#define V(text) QT_TRANSLATE_NOOP("Vocabulary", text)

constexpr Term kTerms[] = {
    // Blocks
    {"block:customer_segments", V("Customer segments"), "", ""},
    {"block:value_propositions", V("Value propositions"), "", ""},
    {"block:channels", V("Channels"), "", ""},
    {"block:customer_relationships", V("Customer relationships"), "", ""},
    {"block:revenue_streams", V("Revenue streams"), "", ""},
    {"block:key_resources", V("Key resources"), "", ""},
    {"block:key_activities", V("Key activities"), "", ""},
    {"block:key_partners", V("Key partners"), "", ""},
    {"block:cost_structure", V("Cost structure"), "", ""},

    {"direction:auto", V("Follow the text"), "", ""},
    {"direction:ltr", V("Left to right"), "", ""},
    {"direction:rtl", V("Right to left"), "", ""},

    {"market:mass", V("Mass market"), V("One large group with broadly similar needs."), ""},
    {"market:niche", V("Niche market"), V("A specific, specialised group."), ""},
    {"market:segmented", V("Segmented"), V("Groups with slightly different needs and problems."), ""},
    {"market:diversified", V("Diversified"), V("Unrelated groups with very different needs."), ""},
    {"market:multi_sided", V("Multi-sided platform"), V("Two or more interdependent groups."), ""},

    {"ownership:owned", V("Owned"), V("Your own channel: you shape the relationship it carries."), "CR3"},
    {"ownership:partner", V("Partner"), V("A partner's channel: relationships through it are mostly shallow."), "CR4"},
    {"reach:direct", V("Direct"), V("You reach the customer yourself."), ""},
    {"reach:indirect", V("Indirect"), V("You reach the customer through intermediaries."), ""},

    {"phase:awareness", V("Awareness"), V("How customers come to know the offer."), ""},
    {"phase:evaluation", V("Evaluation"), V("How customers judge the value proposition."), ""},
    {"phase:purchase", V("Purchase"), V("How customers buy."), "TP3"},
    {"phase:delivery", V("Delivery"), V("How the value proposition reaches them."), "TP3"},
    {"phase:after_sales", V("After-sales"), V("Support after the purchase."), "TP3"},

    {"means:toll_free_line", V("Toll-free line"), "", "CR9"},
    {"means:phone", V("Telephone"), "", "CR9"},
    {"means:email", V("E-mail"), "", "CR9"},
    {"means:social_networks", V("Social networks"), "", "CR9"},
    {"means:chat", V("Chat"), "", "CR9"},
    {"means:in_person", V("In person"), "", "CR11"},
    {"means:web_self_service", V("Web self-service"), "", "CR11"},
    {"means:mobile_app", V("Mobile app"), "", ""},
    {"means:video_call", V("Video call"), "", ""},
    {"means:sms", V("Text messages"), "", ""},
    {"means:postal_mail", V("Letters by post"), "", "RT9"},
    {"means:events", V("Events"), "", "CR12"},
    {"means:forum", V("Online forum"), "", "RT10"},
    {"means:knowledge_base", V("Knowledge base"), "", "RT10"},

    {"depth:deep", V("Deep"), V("Continuous contact; leaving becomes costly for the customer."), "CR4"},
    {"depth:in_between", V("In between"), V("Regular but limited contact."), "CR4"},
    {"depth:shallow", V("Shallow"), V("Limited contact; the customer can leave at no cost."), "CR4"},

    {"mechanism:personal_assistance", V("Personal assistance"),
     V("Human interaction: point of sale, call centre, e-mail, social networks."), "CR11"},
    {"mechanism:dedicated_personal_assistance", V("Dedicated personal assistance"),
     V("One representative per client, as for key accounts."), "CR11"},
    {"mechanism:self_service", V("Self-service"), V("No direct relationship: you provide the means."), "CR11"},
    {"mechanism:automated_services", V("Automated services"),
     V("Self-service with automation that recognises the user and recommends."), "CR11"},
    {"mechanism:communities", V("Communities"), V("Places where users help each other."), "CR11"},
    {"mechanism:co_creation", V("Co-creation"), V("Customers add value, for example with reviews."), "CR11"},
    {"mechanism:newsletters", V("Newsletters"), V("Regular news sent to customers."), "CR12"},
    {"mechanism:blogs", V("Blogs"), V("Useful articles customers come back for."), "CR12"},
    {"mechanism:events_and_conferences", V("Events and conferences"), V("Meeting customers in person."), "CR12"},
    {"mechanism:call_centre", V("Call centre or toll-free line"), V("A number customers can always call."), "CR12"},
    {"mechanism:lock_in", V("Lock-in"), V("Leaving means losing something: data, set-up, compatibility."), "CR12"},
    {"mechanism:manuals", V("Manuals with the product"), V("Guidance shipped with what you sell."), "CR12"},
    {"mechanism:loyalty_program", V("Loyalty program"), V("Points, miles and rewards for staying."), "CR12"},
    {"mechanism:network_effects", V("Network effects"), V("The product is worth more as more people use it."), "CR12"},
    {"mechanism:webinars", V("Webinars"), V("Online sessions that teach and keep in touch."), "CR12"},
    {"mechanism:tutorials", V("Tutorials"), V("Step-by-step help customers follow alone."), "CR12"},
    {"mechanism:workshops", V("Workshops"), V("Hands-on sessions with customers."), "CR12"},
    {"mechanism:sponsorship", V("Sponsorship"), V("Supporting what customers care about."), "CR12"},
    {"mechanism:referral_program", V("Referral program"), V("Customers rewarded for bringing others."), "CR12"},
    {"mechanism:transactional", V("Purely transactional"), V("No attempt at a relationship, like a fuel station."),
     "CR12"},
    {"mechanism:partner_program", V("Partner program"), V("A structured relationship with reselling partners."),
     "CR12"},
    {"mechanism:long_term_commitment", V("Long-term commitment"), V("Contracts that bind for years, like a bank loan."),
     "CR12"},
    {"mechanism:personal_touches", V("Personal touches"),
     V("Birthday and anniversary messages, handwritten letters, a call on their day."), "RT9"},
    {"mechanism:tailored_offers", V("Tailored offers"), V("Offers built from what you know about the customer."),
     "EX1"},

    {"focus:acquisition", V("Acquisition"), V("Win new customers."), "CR2"},
    {"focus:retention", V("Retention"), V("Keep the customers you have."), "CR2"},
    {"focus:growth", V("Growth"), V("Sell more to each segment: repeat and cross-selling."), "CR2"},

    {"tone:formal", V("Formal"), "", "CR10"},
    {"tone:friendly", V("Friendly"), "", "CR10"},
    {"tone:expert", V("Expert"), "", "CR10"},
    {"tone:playful", V("Playful"), "", "CR10"},
    {"tone:caring", V("Caring"), "", "CR10"},
    {"tone:inspiring", V("Inspiring"), "", "CR10"},

    {"team:sales", V("Sales"), "", "CR3"},
    {"team:marketing", V("Marketing"), "", "CR3"},
    {"team:support", V("Customer support"), "", "CR3"},
    {"team:community", V("Community"), "", "CR11"},
    {"team:other", V("Other"), "", ""},

    {"capability:platform", V("Software platform"), V("What automated services run on."), "CR11"},
    {"capability:customer_data", V("Customer data"), V("What automation learns from."), "CR11"},
    {"capability:community_management", V("Community management"), V("Someone who runs and moderates the community."),
     "CR11"},
    {"capability:review_collection", V("Review and idea collection"), V("A way for customers to add reviews and ideas."),
     "CR11"},
    {"capability:satisfaction_surveys", V("Satisfaction surveys"), V("Perception measured by asking customers."),
     "RM6"},
    {"capability:outcome_measurement", V("Outcome measurement"), V("Whether the problem was solved, and when."), "EX5"},
    {"capability:shared_customer_record", V("Shared customer record"),
     V("History that follows the customer from channel to channel."), "TP4"},

    // The guided questions' own words, used as labels of question ids.
    {"question:depth", V("Depth"), "", "CR4"},
    {"question:mechanism", V("Mechanism"), "", "CR5"},
    {"question:focus", V("Focus"), "", "CR6"},
    {"question:channel", V("Channel"), "", "CR7"},
    {"question:ownership", V("Channel ownership"), "", "CR7"},
    {"question:means", V("Concrete means"), "", "CR9"},
    {"question:voice", V("Voice"), "", "CR10"},
};

#undef V

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

#define Q(text) QT_TRANSLATE_NOOP("Vocabulary", text)
constexpr const char* kPartnersQ[] = {Q("Who are our key partners?"), Q("Who are our key suppliers?"),
                                      Q("Which key resources do we acquire from partners?"),
                                      Q("Which key activities do partners perform?")};
constexpr const char* kActivitiesQ[] = {Q("What key activities do our value propositions require?"),
                                        Q("Our distribution channels? Customer relationships?"),
                                        Q("Revenue streams?")};
constexpr const char* kResourcesQ[] = {Q("What key resources do our value propositions require?"),
                                       Q("Our distribution channels? Customer relationships?"),
                                       Q("Who in the team can give personal assistance?")};
constexpr const char* kValueQ[] = {Q("What value do we deliver to the customer?"),
                                   Q("Which one of our customers' problems are we helping to solve?"),
                                   Q("Which customer needs are we satisfying?")};
constexpr const char* kRelationshipsQ[] = {
    Q("What type of relationship does each customer segment expect us to establish and maintain with them?"),
    Q("Deep or shallow? Which mechanism? Acquisition, retention or growth?"),
    Q("Does the segment's channel support it, and do we have the people for it?")};
constexpr const char* kChannelsQ[] = {Q("Through which channels do our customer segments want to be reached?"),
                                      Q("Which channels do we own, and which are partners'?"),
                                      Q("Which ones work best? Which ones are most cost-efficient?")};
constexpr const char* kSegmentsQ[] = {Q("For whom are we creating value?"), Q("Who are our most important customers?")};
constexpr const char* kCostsQ[] = {Q("What are the most important costs inherent in our business model?"),
                                   Q("Which key resources are most expensive?"),
                                   Q("Which key activities are most expensive?")};
constexpr const char* kRevenueQ[] = {Q("For what value are our customers really willing to pay?"),
                                     Q("How are they paying now? How would they prefer to pay?"),
                                     Q("How much does each revenue stream contribute to overall revenues?")};
#undef Q

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

const BlockInfo& blockInfo(BlockId block)
{
    return kBlocks[static_cast<std::size_t>(block)];
}

}  // namespace mizan
