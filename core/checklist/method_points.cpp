// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/checklist/method_points.h"

#include "core/model/translate_noop.h"

#include <algorithm>

namespace mizan {

namespace {


// docs/method.md, point by point: what the source documents teach.
constexpr MethodPoint kPoints[] = {
    {"CR1", QT_TRANSLATE_NOOP("Method", "The block says how you interact with each customer segment before, during and after delivering value. It is set per segment.")},
    {"CR2", QT_TRANSLATE_NOOP("Method", "Motivations: acquire customers, retain them, grow each segment (boost sales).")},
    {"CR3", QT_TRANSLATE_NOOP("Method", "The channels you own shape the relationships you can have. Without a sales or marketing team, \"dedicated personal assistance\" makes no sense: nobody exists to give it. Checking this is how you test whether the model holds together.")},
    {"CR4", QT_TRANSLATE_NOOP("Method", "Question 1, depth: deep (continuous contact) or shallow (limited contact), or in between. Through partner channels a relationship is mostly shallow. A deep relationship makes leaving costly for the customer (high switching cost); a shallow one cannot.")},
    {"CR5", QT_TRANSLATE_NOOP("Method", "Question 2, mechanism: automated, self-service, community, personal assistance, dedicated personal assistance.")},
    {"CR6", QT_TRANSLATE_NOOP("Method", "Question 3, focus: acquisition or retention.")},
    {"CR7", QT_TRANSLATE_NOOP("Method", "Question 4, channel: do you own it, or use a partner's?")},
    {"CR8", QT_TRANSLATE_NOOP("Method", "Then: does this segment's current channel support the answers? If yes, good. If not, change the answers or the channel.")},
    {"CR9", QT_TRANSLATE_NOOP("Method", "Then pick concrete means that fit the answers and the channel: e.g. personal assistance through a toll-free number, e-mail, or social networks.")},
    {"CR10", QT_TRANSLATE_NOOP("Method", "Your voice must fit the audience's expectations and the chosen mechanism.")},
    {"CR11", QT_TRANSLATE_NOOP("Method", "Relationship types: personal assistance (human interaction: point of sale, call centre, e-mail, social); dedicated personal assistance (one representative per client, key accounts); self-service (no direct relationship, you provide the means); automated services (self-service plus automation that recognises the user and recommends: simulated personal relationship); communities (places where users help each other); co-creation (customers add value, e.g. reviews).")},
    {"CR12", QT_TRANSLATE_NOOP("Method", "Further examples: newsletters, blogs, events and conferences, call centre or toll-free line, lock-in, manuals shipped with the product, loyalty programs (points, miles), network effects, webinars, tutorials, workshops, sponsorship, referral programs, purely transactional (a fuel station: no attempt at a relationship), partner programs, long-term commitments (B2B contracts, a bank loan).")},
    {"RT1", QT_TRANSLATE_NOOP("Method", "For small and mid-sized businesses, raising retention by 5% raises profit by 25% to 85%.")},
    {"RT2", QT_TRANSLATE_NOOP("Method", "Why customers leave: 68% are unhappy with service quality, 13% the product, 9% competitors.")},
    {"RT3", QT_TRANSLATE_NOOP("Method", "Know your customers: follow each customer's journey (landing to leaving) and analyse motivation, first experience, personalisation, change, satisfaction, loyalty.")},
    {"RT4", QT_TRANSLATE_NOOP("Method", "Build buyer personas to reach the right customers with the right material at the right time.")},
    {"RT5", QT_TRANSLATE_NOOP("Method", "Winning a new customer costs about 6 times as much as keeping one.")},
    {"RT6", QT_TRANSLATE_NOOP("Method", "Define customer expectations. Keeping 19 promises of 20 is not enough: one failure erases trust. Survey service level at every contact; leave no request unanswered; promise deadlines you can beat (can fix in 5 minutes: promise half an hour).")},
    {"RT7", QT_TRANSLATE_NOOP("Method", "Keep the relationship alive: CRM tools, an annual calendar of to-do lists, help in daily activities, anticipate incidents, regular contact about new offers, someone responsible for every customer.")},
    {"RT8", QT_TRANSLATE_NOOP("Method", "Social channels, useful news, an e-mail strategy, a blog.")},
    {"RT9", QT_TRANSLATE_NOOP("Method", "Personal touches: birthday and anniversary messages, handwritten letters, special offers for top customers, a personal call on their day.")},
    {"RT10", QT_TRANSLATE_NOOP("Method", "Loyalty rests on customer-service KPIs and consistent service; self-service knowledge base; expert advice; online groups.")},
    {"RT11", QT_TRANSLATE_NOOP("Method", "Keep a set of KPIs that measures growth.")},
    {"RT12", QT_TRANSLATE_NOOP("Method", "Feedback surveys: every customer counts; monitor individual feedback; it shows what to fix and what to be proud of, and predicts trends.")},
    {"EX1", QT_TRANSLATE_NOOP("Method", "Firms chase relationships through more contact, data harvesting and tailored offers.")},
    {"EX2", QT_TRANSLATE_NOOP("Method", "Customers do not want relationships: they value anonymity (69% of about 6,000 online consumers very or extremely worried about losing control of personal data), follow their own agendas (3% of packaged-goods site visitors look for lifestyle content), and stay suspicious.")},
    {"EX3", QT_TRANSLATE_NOOP("Method", "Make every touchpoint a satisfying experience; redesign internal processes, not customers (a hotel built one unified contact centre instead of asking callers to pick the right number).")},
    {"EX4", QT_TRANSLATE_NOOP("Method", "Meet today's goals, do not count on loyalty; scenario questions: who are the users, what are their goals, how do they reach them.")},
    {"EX5", QT_TRANSLATE_NOOP("Method", "Measure the outcome (was the problem solved, and when), not the activity (how fast a reply went out).")},
    {"TP1", QT_TRANSLATE_NOOP("Method", "Touchpoints drive purchase decisions today; each is an opportunity and a risk.")},
    {"TP2", QT_TRANSLATE_NOOP("Method", "Identify the customer and segment, their needs and priorities, then serve them at each touchpoint as their life events change.")},
    {"TP3", QT_TRANSLATE_NOOP("Method", "The lifecycle: shopping, purchase, receipt (delivery), payment, use, after-sales service; through one channel or several.")},
    {"TP4", QT_TRANSLATE_NOOP("Method", "Customers want one long relationship and the same experience whatever the channel: staff know them, what they ordered, their preferences and history pass to the next touchpoint, data is shared across channels.")},
    {"TP5", QT_TRANSLATE_NOOP("Method", "A company that treats touchpoints as mere distribution and payment points is siloed and confuses customers.")},
    {"TP6", QT_TRANSLATE_NOOP("Method", "Products look alike; the experience is what keeps customers.")},
    {"RM1", QT_TRANSLATE_NOOP("Method", "The relationship is every exchange between company and customer, across all sales channels and touchpoints; CRM adds data and technology.")},
    {"RM2", QT_TRANSLATE_NOOP("Method", "Goals: more revenue per account (repeat and cross-selling), better customer profitability, no slow drain to competitors.")},
    {"RM3", QT_TRANSLATE_NOOP("Method", "Three levers: satisfaction (analyse and meet needs exactly), experience (memorable moments along the purchase journey), engagement (customers who recommend you, ambassadors, suggestions).")},
    {"RM4", QT_TRANSLATE_NOOP("Method", "Watch multichannel consistency: the messages of every channel must agree.")},
    {"RM5", QT_TRANSLATE_NOOP("Method", "Control every touchpoint, back office included (after-sales, accounting, the store): service quality is judged by every contact.")},
    {"RM6", QT_TRANSLATE_NOOP("Method", "Measure perception with satisfaction surveys, not only internal indicators.")},
    {"RM7", QT_TRANSLATE_NOOP("Method", "Social networks multiply the stakes: customers want to share opinions, good or bad.")},
};


}  // namespace

std::span<const MethodPoint> methodPoints()
{
    return kPoints;
}

const MethodPoint* findMethodPoint(std::string_view id)
{
    const auto it = std::find_if(std::begin(kPoints), std::end(kPoints), [&](const MethodPoint& p) { return p.id == id; });
    return it == std::end(kPoints) ? nullptr : &*it;
}

}  // namespace mizan
