<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Checklist</name>
    <message>
        <source>How deep is the relationship with {segment}: continuous contact, or limited?</source>
        <translation>How deep is the relationship with {segment}: continuous contact, or limited?</translation>
    </message>
    <message>
        <source>Which mechanisms will carry the relationship?</source>
        <translation>Which mechanisms will carry the relationship?</translation>
    </message>
    <message>
        <source>What is the relationship for: winning, keeping or growing customers?</source>
        <translation>What is the relationship for: winning, keeping or growing customers?</translation>
    </message>
    <message>
        <source>Which channels does it run through? Do you own them, or use a partner&apos;s?</source>
        <translation>Which channels does it run through? Do you own them, or use a partner&apos;s?</translation>
    </message>
    <message>
        <source>Which concrete means fit these answers and the channels?</source>
        <translation>Which concrete means fit these answers and the channels?</translation>
    </message>
    <message>
        <source>Which voice fits {segment} and the chosen mechanisms?</source>
        <translation>Which voice fits {segment} and the chosen mechanisms?</translation>
    </message>
    <message>
        <source>Does the channel of {segment} support these answers?</source>
        <translation>Does the channel of {segment} support these answers?</translation>
    </message>
    <message>
        <source>Answer depth, mechanism, focus and channel to see whether the channel supports them.</source>
        <translation>Answer depth, mechanism, focus and channel to see whether the channel supports them.</translation>
    </message>
    <message>
        <source>Yes: {channels} support these answers.</source>
        <translation>Yes: {channels} support these answers.</translation>
    </message>
    <message>
        <source>Not yet. Change the answers or the channel:</source>
        <translation>Not yet. Change the answers or the channel:</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>“{name}”</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>A customer segment with no relationship plan.</source>
        <translation>A customer segment with no relationship plan.</translation>
    </message>
    <message>
        <source>The relationship is set per segment: how you interact with it before, during and after delivering value.</source>
        <translation>The relationship is set per segment: how you interact with it before, during and after delivering value.</translation>
    </message>
    <message>
        <source>Segment {segment} has no relationship plan.</source>
        <translation>Segment {segment} has no relationship plan.</translation>
    </message>
    <message>
        <source>Add a note to Customer Relationships for {segment} and answer its questions: depth, mechanism, focus, channel.</source>
        <translation>Add a note to Customer Relationships for {segment} and answer its questions: depth, mechanism, focus, channel.</translation>
    </message>
    <message>
        <source>Two or more relationship plans for the same segment.</source>
        <translation>Two or more relationship plans for the same segment.</translation>
    </message>
    <message>
        <source>A segment has one relationship: several plans contradict each other.</source>
        <translation>A segment has one relationship: several plans contradict each other.</translation>
    </message>
    <message>
        <source>Segment {segment} has {count} relationship plans: {plans}.</source>
        <translation>Segment {segment} has {count} relationship plans: {plans}.</translation>
    </message>
    <message>
        <source>Merge them into one plan, or point each plan at the segment it is really about.</source>
        <translation>Merge them into one plan, or point each plan at the segment it is really about.</translation>
    </message>
    <message>
        <source>A relationship plan that names no customer segment.</source>
        <translation>A relationship plan that names no customer segment.</translation>
    </message>
    <message>
        <source>A relationship is always with a given segment.</source>
        <translation>A relationship is always with a given segment.</translation>
    </message>
    <message>
        <source>The plan {plan} is not tied to any customer segment.</source>
        <translation>The plan {plan} is not tied to any customer segment.</translation>
    </message>
    <message>
        <source>Choose the segment this plan is for.</source>
        <translation>Choose the segment this plan is for.</translation>
    </message>
    <message>
        <source>A customer segment that no channel serves.</source>
        <translation>A customer segment that no channel serves.</translation>
    </message>
    <message>
        <source>The relationship runs through the segment&apos;s channel: without one, none of the answers can be delivered.</source>
        <translation>The relationship runs through the segment&apos;s channel: without one, none of the answers can be delivered.</translation>
    </message>
    <message>
        <source>No channel serves segment {segment}.</source>
        <translation>No channel serves segment {segment}.</translation>
    </message>
    <message>
        <source>Add {segment} to the segments served by one of your channels, or add a channel for it.</source>
        <translation>Add {segment} to the segments served by one of your channels, or add a channel for it.</translation>
    </message>
    <message>
        <source>A plan that runs through a channel which does not serve its segment.</source>
        <translation>A plan that runs through a channel which does not serve its segment.</translation>
    </message>
    <message>
        <source>The segment&apos;s current channel must support the answers; a channel that does not reach the segment cannot.</source>
        <translation>The segment&apos;s current channel must support the answers; a channel that does not reach the segment cannot.</translation>
    </message>
    <message>
        <source>The plan for {segment} runs through {channels}, which do not serve {segment}.</source>
        <translation>The plan for {segment} runs through {channels}, which do not serve {segment}.</translation>
    </message>
    <message>
        <source>Add {segment} to the segments {channels} serve, or pick channels that do.</source>
        <translation>Add {segment} to the segments {channels} serve, or pick channels that do.</translation>
    </message>
    <message>
        <source>Grow the team, keep dedicated assistance for key accounts only, or choose personal assistance for the rest.</source>
        <translation>Grow the team, keep dedicated assistance for key accounts only, or choose personal assistance for the rest.</translation>
    </message>
    <message>
        <source>Dedicated personal assistance for a mass-market segment.</source>
        <translation>Dedicated personal assistance for a mass-market segment.</translation>
    </message>
    <message>
        <source>Dedicated assistance is one representative per client, as for key accounts; a mass market cannot be served that way.</source>
        <translation>Dedicated assistance is one representative per client, as for key accounts; a mass market cannot be served that way.</translation>
    </message>
    <message>
        <source>Segment {segment} is a mass market, yet its plan offers dedicated personal assistance.</source>
        <translation>Segment {segment} is a mass market, yet its plan offers dedicated personal assistance.</translation>
    </message>
    <message>
        <source>Keep dedicated assistance for a smaller key-account segment; serve the mass market with personal assistance, self-service or automation.</source>
        <translation>Keep dedicated assistance for a smaller key-account segment; serve the mass market with personal assistance, self-service or automation.</translation>
    </message>
    <message>
        <source>The people who give personal assistance are a cost; a model that leaves them out looks more profitable than it is.</source>
        <translation>The people who give personal assistance are a cost; a model that leaves them out looks more profitable than it is.</translation>
    </message>
    <message>
        <source>A deep relationship that runs only through partner channels.</source>
        <translation>A deep relationship that runs only through partner channels.</translation>
    </message>
    <message>
        <source>Through partner channels a relationship is mostly shallow: the partner, not you, has the contact.</source>
        <translation>Through partner channels a relationship is mostly shallow: the partner, not you, has the contact.</translation>
    </message>
    <message>
        <source>The plan for {segment} is deep, but it runs only through partner channels: {channels}.</source>
        <translation>The plan for {segment} is deep, but it runs only through partner channels: {channels}.</translation>
    </message>
    <message>
        <source>Add an owned channel for {segment}, or plan a shallower relationship.</source>
        <translation>Add an owned channel for {segment}, or plan a shallower relationship.</translation>
    </message>
    <message>
        <source>A deep relationship built only from shallow mechanisms.</source>
        <translation>A deep relationship built only from shallow mechanisms.</translation>
    </message>
    <message>
        <source>A deep relationship needs continuous contact; self-service, automation, transactions and one-way broadcasts give limited contact.</source>
        <translation>A deep relationship needs continuous contact; self-service, automation, transactions and one-way broadcasts give limited contact.</translation>
    </message>
    <message>
        <source>The plan for {segment} is deep, but its mechanisms are all shallow: {mechanisms}.</source>
        <translation>The plan for {segment} is deep, but its mechanisms are all shallow: {mechanisms}.</translation>
    </message>
    <message>
        <source>Add a mechanism with real contact (personal assistance, a community, co-creation), or call the relationship shallow.</source>
        <translation>Add a mechanism with real contact (personal assistance, a community, co-creation), or call the relationship shallow.</translation>
    </message>
    <message>
        <source>A shallow relationship that offers dedicated personal assistance.</source>
        <translation>A shallow relationship that offers dedicated personal assistance.</translation>
    </message>
    <message>
        <source>Dedicated assistance is the deepest contact there is; a shallow plan with it contradicts itself.</source>
        <translation>Dedicated assistance is the deepest contact there is; a shallow plan with it contradicts itself.</translation>
    </message>
    <message>
        <source>The plan for {segment} is called shallow but offers dedicated personal assistance.</source>
        <translation>The plan for {segment} is called shallow but offers dedicated personal assistance.</translation>
    </message>
    <message>
        <source>Either the relationship is deeper than stated, or dedicated assistance is more than this segment needs.</source>
        <translation>Either the relationship is deeper than stated, or dedicated assistance is more than this segment needs.</translation>
    </message>
    <message>
        <source>Customers are kept after the sale: the lifecycle ends with after-sales service.</source>
        <translation>Customers are kept after the sale: the lifecycle ends with after-sales service.</translation>
    </message>
    <message>
        <source>New customers must first hear of you and judge the offer: the channel has to support that answer.</source>
        <translation>New customers must first hear of you and judge the offer: the channel has to support that answer.</translation>
    </message>
    <message>
        <source>The concrete means must fit the channel: a means no channel offers cannot be delivered.</source>
        <translation>The concrete means must fit the channel: a means no channel offers cannot be delivered.</translation>
    </message>
    <message>
        <source>Offer {means} in one of the plan&apos;s channels, or choose means the channels have.</source>
        <translation>Offer {means} in one of the plan&apos;s channels, or choose means the channels have.</translation>
    </message>
    <message>
        <source>A community is a place where users help each other; someone has to run it.</source>
        <translation>A community is a place where users help each other; someone has to run it.</translation>
    </message>
    <message>
        <source>A community with no place to meet.</source>
        <translation>A community with no place to meet.</translation>
    </message>
    <message>
        <source>Users can only help each other where they meet: a forum, social networks, events.</source>
        <translation>Users can only help each other where they meet: a forum, social networks, events.</translation>
    </message>
    <message>
        <source>The plan for {segment} builds a community, but none of its channels offers a forum, social networks or events.</source>
        <translation>The plan for {segment} builds a community, but none of its channels offers a forum, social networks or events.</translation>
    </message>
    <message>
        <source>Offer a forum, social networks or events in one of the plan&apos;s channels.</source>
        <translation>Offer a forum, social networks or events in one of the plan&apos;s channels.</translation>
    </message>
    <message>
        <source>Automated services with no platform or no customer data.</source>
        <translation>Automated services with no platform or no customer data.</translation>
    </message>
    <message>
        <source>Automated services recognise the user and recommend: they need a platform to run on and data to learn from.</source>
        <translation>Automated services recognise the user and recommend: they need a platform to run on and data to learn from.</translation>
    </message>
    <message>
        <source>Add {missing} to Key Resources, Activities or Partners.</source>
        <translation>Add {missing} to Key Resources, Activities or Partners.</translation>
    </message>
    <message>
        <source>Co-creation with no way to collect reviews or ideas.</source>
        <translation>Co-creation with no way to collect reviews or ideas.</translation>
    </message>
    <message>
        <source>Co-creation means customers add value, for example with reviews; something has to gather them.</source>
        <translation>Co-creation means customers add value, for example with reviews; something has to gather them.</translation>
    </message>
    <message>
        <source>Data-hungry mechanisms with no stated privacy stance.</source>
        <translation>Data-hungry mechanisms with no stated privacy stance.</translation>
    </message>
    <message>
        <source>Customers value anonymity: 69% are very or extremely worried about losing control of their personal data.</source>
        <translation>Customers value anonymity: 69% are very or extremely worried about losing control of their personal data.</translation>
    </message>
    <message>
        <source>The plan for {segment} uses {mechanisms}, which feed on personal data, but states no privacy stance.</source>
        <translation>The plan for {segment} uses {mechanisms}, which feed on personal data, but states no privacy stance.</translation>
    </message>
    <message>
        <source>State what data you collect from {segment}, why, and what they control.</source>
        <translation>State what data you collect from {segment}, why, and what they control.</translation>
    </message>
    <message>
        <source>A customer segment no value proposition is linked to.</source>
        <translation>A customer segment no value proposition is linked to.</translation>
    </message>
    <message>
        <source>Serve each segment by its needs and priorities: a segment with no value proposition has nothing to be served.</source>
        <translation>Serve each segment by its needs and priorities: a segment with no value proposition has nothing to be served.</translation>
    </message>
    <message>
        <source>No value proposition is linked to segment {segment}.</source>
        <translation>No value proposition is linked to segment {segment}.</translation>
    </message>
    <message>
        <source>Link the value proposition that serves {segment} to it.</source>
        <translation>Link the value proposition that serves {segment} to it.</translation>
    </message>
    <message>
        <source>A segment with revenue per customer but no revenue stream linked to it.</source>
        <translation>A segment with revenue per customer but no revenue stream linked to it.</translation>
    </message>
    <message>
        <source>The goal is more revenue per account; revenue the canvas cannot trace to a stream is a guess.</source>
        <translation>The goal is more revenue per account; revenue the canvas cannot trace to a stream is a guess.</translation>
    </message>
    <message>
        <source>Segment {segment} brings revenue per customer, but no revenue stream is linked to it.</source>
        <translation>Segment {segment} brings revenue per customer, but no revenue stream is linked to it.</translation>
    </message>
    <message>
        <source>Link the revenue stream {segment} pays into.</source>
        <translation>Link the revenue stream {segment} pays into.</translation>
    </message>
    <message>
        <source>A lifecycle stage where the segment meets no touchpoint.</source>
        <translation>A lifecycle stage where the segment meets no touchpoint.</translation>
    </message>
    <message>
        <source>The lifecycle runs from shopping to after-sales service; a stage with no touchpoint is a moment nobody designed.</source>
        <translation>The lifecycle runs from shopping to after-sales service; a stage with no touchpoint is a moment nobody designed.</translation>
    </message>
    <message>
        <source>Segment {segment} has touchpoints, but none at: {stages}.</source>
        <translation>Segment {segment} has touchpoints, but none at: {stages}.</translation>
    </message>
    <message>
        <source>Map what happens to {segment} at {stages}, or say why nothing does.</source>
        <translation>Map what happens to {segment} at {stages}, or say why nothing does.</translation>
    </message>
    <message>
        <source>Touchpoints only in the front office.</source>
        <translation>Touchpoints only in the front office.</translation>
    </message>
    <message>
        <source>Service quality is judged by every contact, back office included: after-sales, accounting, the store.</source>
        <translation>Service quality is judged by every contact, back office included: after-sales, accounting, the store.</translation>
    </message>
    <message>
        <source>The touchpoints of {segment} are all front office; none is in the back office.</source>
        <translation>The touchpoints of {segment} are all front office; none is in the back office.</translation>
    </message>
    <message>
        <source>Add the back-office contacts {segment} meets: invoices, returns, accounting, after-sales.</source>
        <translation>Add the back-office contacts {segment} meets: invoices, returns, accounting, after-sales.</translation>
    </message>
    <message>
        <source>Measure the outcome (was the problem solved, and when), not the activity (how fast a reply went out).</source>
        <translation>Measure the outcome (was the problem solved, and when), not the activity (how fast a reply went out).</translation>
    </message>
    <message>
        <source>Customers want the same experience on every channel: their history must pass to the next touchpoint.</source>
        <translation>Customers want the same experience on every channel: their history must pass to the next touchpoint.</translation>
    </message>
    <message>
        <source>Segment {segment} meets you on {count} channels, but nothing carries its history between them.</source>
        <translation>Segment {segment} meets you on {count} channels, but nothing carries its history between them.</translation>
    </message>
    <message>
        <source>how deep the relationship is</source>
        <translation>how deep the relationship is</translation>
    </message>
    <message>
        <source>which mechanisms carry it</source>
        <translation>which mechanisms carry it</translation>
    </message>
    <message>
        <source>whether it is to win, keep or grow customers</source>
        <translation>whether it is to win, keep or grow customers</translation>
    </message>
    <message>
        <source>which channels it runs through</source>
        <translation>which channels it runs through</translation>
    </message>
    <message>
        <source>who owns {notes}: you or a partner</source>
        <translation>who owns {notes}: you or a partner</translation>
    </message>
    <message>
        <source>the phases covered by {notes}</source>
        <translation>the phases covered by {notes}</translation>
    </message>
    <message>
        <source>the means offered by {notes}</source>
        <translation>the means offered by {notes}</translation>
    </message>
    <message>
        <source>the headcount of {notes}</source>
        <translation>the headcount of {notes}</translation>
    </message>
    <message>
        <source>the role of {notes}</source>
        <translation>the role of {notes}</translation>
    </message>
    <message>
        <source>the segments served by {notes}</source>
        <translation>the segments served by {notes}</translation>
    </message>
    <message>
        <source>which cost in Cost Structure pays for {notes}</source>
        <translation>which cost in Cost Structure pays for {notes}</translation>
    </message>
    <message>
        <source>the voice it speaks in</source>
        <translation>the voice it speaks in</translation>
    </message>
    <message>
        <source>whether its touchpoints are surveyed for satisfaction</source>
        <translation>whether its touchpoints are surveyed for satisfaction</translation>
    </message>
    <message>
        <source>whether its touchpoints at {labels} are front or back office</source>
        <translation>whether its touchpoints at {labels} are front or back office</translation>
    </message>
    <message>
        <source>who is responsible for its touchpoints at {labels}</source>
        <translation>who is responsible for its touchpoints at {labels}</translation>
    </message>
    <message>
        <source>who its personas are, what they want and how they get it</source>
        <translation>who its personas are, what they want and how they get it</translation>
    </message>
    <message>
        <source> and </source>
        <translation> and </translation>
    </message>
    <message>
        <source>A channel that names no customer segment.</source>
        <translation>A channel that names no customer segment.</translation>
    </message>
    <message>
        <source>Channel {channel} names no customer segment.</source>
        <translation>Channel {channel} names no customer segment.</translation>
    </message>
    <message>
        <source>Choose the segments {channel} serves, or remove it if it serves none.</source>
        <translation>Choose the segments {channel} serves, or remove it if it serves none.</translation>
    </message>
    <message>
        <source>Keeping or growing customers whom only partners meet after the sale, with no record of your own.</source>
        <translation>Keeping or growing customers whom only partners meet after the sale, with no record of your own.</translation>
    </message>
    <message>
        <source>Through partner channels the partner holds the customer; keeping them takes your own record of who they are.</source>
        <translation>Through partner channels the partner holds the customer; keeping them takes your own record of who they are.</translation>
    </message>
    <message>
        <source>The plan for {segment} aims at {focus}, but after the sale {segment} deals only with partners ({channels}), and nothing keeps a record of these customers for you.</source>
        <translation>The plan for {segment} aims at {focus}, but after the sale {segment} deals only with partners ({channels}), and nothing keeps a record of these customers for you.</translation>
    </message>
    <message>
        <source>Keep your own record of {segment} (an account, a CRM, a loyalty card), or serve it after the sale through a channel of your own.</source>
        <translation>Keep your own record of {segment} (an account, a CRM, a loyalty card), or serve it after the sale through a channel of your own.</translation>
    </message>
    <message>
        <source>Moments that decide the experience, left to partners.</source>
        <translation>Moments that decide the experience, left to partners.</translation>
    </message>
    <message>
        <source>Service quality is judged by every contact: at delivery, payment and after-sales the customer judges you by what the partner does.</source>
        <translation>Service quality is judged by every contact: at delivery, payment and after-sales the customer judges you by what the partner does.</translation>
    </message>
    <message>
        <source>At {stages}, {segment} is served by partners ({channels}): the experience there is theirs to make.</source>
        <translation>At {stages}, {segment} is served by partners ({channels}): the experience there is theirs to make.</translation>
    </message>
    <message>
        <source>Agree service levels with them and ask {segment} how those moments went, or bring them in-house.</source>
        <translation>Agree service levels with them and ask {segment} how those moments went, or bring them in-house.</translation>
    </message>
    <message>
        <source>Customers who leave before paying back what winning them cost.</source>
        <translation>Customers who leave before paying back what winning them cost.</translation>
    </message>
    <message>
        <source>Winning a customer costs about 6 times as much as keeping one: each customer must stay long enough to pay it back.</source>
        <translation>Winning a customer costs about 6 times as much as keeping one: each customer must stay long enough to pay it back.</translation>
    </message>
    <message>
        <source>Winning a customer of {segment} costs {acquisition}, but a customer stays about {periods} periods and brings {brings} in that time: each one won loses money.</source>
        <translation>Winning a customer of {segment} costs {acquisition}, but a customer stays about {periods} periods and brings {brings} in that time: each one won loses money.</translation>
    </message>
    <message>
        <source>Only winning customers, while most of them leave.</source>
        <translation>Only winning customers, while most of them leave.</translation>
    </message>
    <message>
        <source>For small and mid-sized businesses, keeping 5% more customers raises profit by 25% to 85%; winning one costs about 6 times as much as keeping one.</source>
        <translation>For small and mid-sized businesses, keeping 5% more customers raises profit by 25% to 85%; winning one costs about 6 times as much as keeping one.</translation>
    </message>
    <message>
        <source>The plan for {segment} only wins customers, but keeps {rate}% of them each period.</source>
        <translation>The plan for {segment} only wins customers, but keeps {rate}% of them each period.</translation>
    </message>
    <message>
        <source>A plan to keep customers whose mechanisms keep nobody.</source>
        <translation>A plan to keep customers whose mechanisms keep nobody.</translation>
    </message>
    <message>
        <source>A purely transactional relationship (a fuel station) makes no attempt at a relationship; keeping customers needs contact, service, loyalty or personal touches.</source>
        <translation>A purely transactional relationship (a fuel station) makes no attempt at a relationship; keeping customers needs contact, service, loyalty or personal touches.</translation>
    </message>
    <message>
        <source>The plan for {segment} aims at keeping customers, but its mechanisms keep nobody: {mechanisms}.</source>
        <translation>The plan for {segment} aims at keeping customers, but its mechanisms keep nobody: {mechanisms}.</translation>
    </message>
    <message>
        <source>Add a mechanism that keeps {segment}: personal assistance, a loyalty program, a community, a newsletter or personal touches.</source>
        <translation>Add a mechanism that keeps {segment}: personal assistance, a loyalty program, a community, a newsletter or personal touches.</translation>
    </message>
    <message>
        <source>A plan to grow a segment with nothing that sells more to each customer.</source>
        <translation>A plan to grow a segment with nothing that sells more to each customer.</translation>
    </message>
    <message>
        <source>Growing a segment means more revenue per account: repeat purchase, cross-selling, up-selling.</source>
        <translation>Growing a segment means more revenue per account: repeat purchase, cross-selling, up-selling.</translation>
    </message>
    <message>
        <source>The plan for {segment} aims at growth, but none of its mechanisms sells more to each customer: {mechanisms}.</source>
        <translation>The plan for {segment} aims at growth, but none of its mechanisms sells more to each customer: {mechanisms}.</translation>
    </message>
    <message>
        <source>Add what grows each account of {segment}: tailored offers, cross- or up-selling by your people, loyalty tiers, referral or a partner program.</source>
        <translation>Add what grows each account of {segment}: tailored offers, cross- or up-selling by your people, loyalty tiers, referral or a partner program.</translation>
    </message>
    <message>
        <source>A plan to keep customers with no channel after the sale.</source>
        <translation>A plan to keep customers with no channel after the sale.</translation>
    </message>
    <message>
        <source>The plan for {segment} aims at keeping customers, but none of its channels covers after-sales: {channels}.</source>
        <translation>The plan for {segment} aims at keeping customers, but none of its channels covers after-sales: {channels}.</translation>
    </message>
    <message>
        <source>Cover after-sales in one of the channels of {segment}, or add a channel that does.</source>
        <translation>Cover after-sales in one of the channels of {segment}, or add a channel that does.</translation>
    </message>
    <message>
        <source>A plan to win customers with no channel where they can find you.</source>
        <translation>A plan to win customers with no channel where they can find you.</translation>
    </message>
    <message>
        <source>The plan for {segment} aims at acquisition, but none of its channels covers awareness or evaluation: {channels}.</source>
        <translation>The plan for {segment} aims at acquisition, but none of its channels covers awareness or evaluation: {channels}.</translation>
    </message>
    <message>
        <source>Add awareness or evaluation to one of the channels of {segment}, or add a channel that covers them.</source>
        <translation>Add awareness or evaluation to one of the channels of {segment}, or add a channel that covers them.</translation>
    </message>
    <message>
        <source>Survey service level at every contact; measure perception, and the outcome rather than the activity.</source>
        <translation>Survey service level at every contact; measure perception, and the outcome rather than the activity.</translation>
    </message>
    <message>
        <source>Survey {segment} at its touchpoints, or measure the outcome (was the problem solved, and when), and link it to {segment}.</source>
        <translation>Survey {segment} at its touchpoints, or measure the outcome (was the problem solved, and when), and link it to {segment}.</translation>
    </message>
    <message>
        <source>Means the plan uses that none of its channels offers.</source>
        <translation>Means the plan uses that none of its channels offers.</translation>
    </message>
    <message>
        <source>Voices for one segment that contradict each other across its channels.</source>
        <translation>Voices for one segment that contradict each other across its channels.</translation>
    </message>
    <message>
        <source>The messages of every channel must agree; a voice may adapt to each mechanism, but not swing from formal to playful.</source>
        <translation>The messages of every channel must agree; a voice may adapt to each mechanism, but not swing from formal to playful.</translation>
    </message>
    <message>
        <source>Segment {segment} is spoken to in clashing voices on different channels: {tones}.</source>
        <translation>Segment {segment} is spoken to in clashing voices on different channels: {tones}.</translation>
    </message>
    <message>
        <source>Keep one voice for {segment}: let it adapt to each channel without contradicting itself.</source>
        <translation>Keep one voice for {segment}: let it adapt to each channel without contradicting itself.</translation>
    </message>
    <message>
        <source>A community with nobody running it.</source>
        <translation>A community with nobody running it.</translation>
    </message>
    <message>
        <source>The plan for {segment} builds a community, but no team or activity runs one for {segment}.</source>
        <translation>The plan for {segment} builds a community, but no team or activity runs one for {segment}.</translation>
    </message>
    <message>
        <source>Add community management to Key Activities, or a community team to Key Resources, and say it serves {segment}.</source>
        <translation>Add community management to Key Activities, or a community team to Key Resources, and say it serves {segment}.</translation>
    </message>
    <message>
        <source>The plan for {segment} uses automated services, but nothing serving {segment} provides {missing}.</source>
        <translation>The plan for {segment} uses automated services, but nothing serving {segment} provides {missing}.</translation>
    </message>
    <message>
        <source>The plan for {segment} relies on co-creation, but nothing collects reviews or ideas from {segment}.</source>
        <translation>The plan for {segment} relies on co-creation, but nothing collects reviews or ideas from {segment}.</translation>
    </message>
    <message>
        <source>Add review and idea collection to Key Activities or Key Resources, linked to {segment}.</source>
        <translation>Add review and idea collection to Key Activities or Key Resources, linked to {segment}.</translation>
    </message>
    <message>
        <source>Dedicated personal assistance with nobody to give it.</source>
        <translation>Dedicated personal assistance with nobody to give it.</translation>
    </message>
    <message>
        <source>The plan for {segment} offers dedicated personal assistance, but nobody in Key Resources serves {segment}.</source>
        <translation>The plan for {segment} offers dedicated personal assistance, but nobody in Key Resources serves {segment}.</translation>
    </message>
    <message>
        <source>Add the people who will be each client&apos;s representative to Key Resources and say they serve {segment}, or offer personal assistance or self-service instead.</source>
        <translation>Add the people who will be each client&apos;s representative to Key Resources and say they serve {segment}, or offer personal assistance or self-service instead.</translation>
    </message>
    <message>
        <source>Personal assistance with nobody to give it.</source>
        <translation>Personal assistance with nobody to give it.</translation>
    </message>
    <message>
        <source>Personal assistance is human interaction: at the point of sale, in a call centre, by e-mail; someone has to give it.</source>
        <translation>Personal assistance is human interaction: at the point of sale, in a call centre, by e-mail; someone has to give it.</translation>
    </message>
    <message>
        <source>The plan for {segment} relies on {mechanisms}, but nobody in Key Resources serves {segment}.</source>
        <translation>The plan for {segment} relies on {mechanisms}, but nobody in Key Resources serves {segment}.</translation>
    </message>
    <message>
        <source>Say in Key Resources who answers {segment} (a team, or the owner), or choose a mechanism that needs no people, such as self-service.</source>
        <translation>Say in Key Resources who answers {segment} (a team, or the owner), or choose a mechanism that needs no people, such as self-service.</translation>
    </message>
    <message>
        <source>Dedicated personal assistance for a segment far larger than its people can cover.</source>
        <translation>Dedicated personal assistance for a segment far larger than its people can cover.</translation>
    </message>
    <message>
        <source>Dedicated assistance means one representative per client; the people who serve the segment must be able to cover it.</source>
        <translation>Dedicated assistance means one representative per client; the people who serve the segment must be able to cover it.</translation>
    </message>
    <message>
        <source>Personal assistance promised to far more customers than its people can answer.</source>
        <translation>Personal assistance promised to far more customers than its people can answer.</translation>
    </message>
    <message>
        <source>Personal assistance is human interaction: each person can only answer so many customers.</source>
        <translation>Personal assistance is human interaction: each person can only answer so many customers.</translation>
    </message>
    <message>
        <source>Add people, or let self-service, automation or a community take the routine questions of {segment}.</source>
        <translation>Add people, or let self-service, automation or a community take the routine questions of {segment}.</translation>
    </message>
    <message>
        <source>People who give assistance, with no cost linked to them.</source>
        <translation>People who give assistance, with no cost linked to them.</translation>
    </message>
    <message>
        <source>The plan for {segment} relies on {mechanisms} from {teams}, but no cost in Cost Structure is linked to them.</source>
        <translation>The plan for {segment} relies on {mechanisms} from {teams}, but no cost in Cost Structure is linked to them.</translation>
    </message>
    <message>
        <source>Link the cost that pays for {teams} to them, or add one to Cost Structure.</source>
        <translation>Link the cost that pays for {teams} to them, or add one to Cost Structure.</translation>
    </message>
    <message>
        <source>Answers the checklist needs before it can judge a segment.</source>
        <translation>Answers the checklist needs before it can judge a segment.</translation>
    </message>
    <message>
        <source>An unanswered question is unknown, not &quot;no&quot;: the checklist asks for it instead of guessing.</source>
        <translation>An unanswered question is unknown, not &quot;no&quot;: the checklist asks for it instead of guessing.</translation>
    </message>
    <message>
        <source>Still to answer for {segment}: {questions}.</source>
        <translation>Still to answer for {segment}: {questions}.</translation>
    </message>
    <message>
        <source>Answer these in the planner or in the notes they name; until then the checklist does not judge what depends on them.</source>
        <translation>Answer these in the planner or in the notes they name; until then the checklist does not judge what depends on them.</translation>
    </message>
    <message>
        <source>A touchpoint measured by activity, not by outcome.</source>
        <translation>A touchpoint measured by activity, not by outcome.</translation>
    </message>
    <message>
        <source>At the {stage} stage, {segment} is measured by activity ({measure}), not by whether its problem was solved.</source>
        <translation>At the {stage} stage, {segment} is measured by activity ({measure}), not by whether its problem was solved.</translation>
    </message>
    <message>
        <source>Measure the outcome of {segment} at {stage}: was the problem solved, and when.</source>
        <translation>Measure the outcome of {segment} at {stage}: was the problem solved, and when.</translation>
    </message>
    <message>
        <source>A segment met on several channels with no shared customer record.</source>
        <translation>A segment met on several channels with no shared customer record.</translation>
    </message>
    <message>
        <source>Add a shared customer record (a CRM) to Key Resources or Activities, serving {segment}.</source>
        <translation>Add a shared customer record (a CRM) to Key Resources or Activities, serving {segment}.</translation>
    </message>
    <message>
        <source>the concrete means of the plan&apos;s {labels}</source>
        <translation>the concrete means of the plan&apos;s {labels}</translation>
    </message>
    <message>
        <source>A channel exists to reach segments: say which ones, so the checklist can judge what it supports.</source>
        <translation>A channel exists to reach segments: say which ones, so the checklist can judge what it supports.</translation>
    </message>
    <message>
        <source>Keep the customers of {segment} longer (a retention focus), win them for less, or earn more per period.</source>
        <translation>Keep the customers of {segment} longer (a retention focus), win them for less, or earn more per period.</translation>
    </message>
    <message>
        <source>Add retention to the plan&apos;s focus for {segment}: 5 more points kept is worth 25% to 85% more profit.</source>
        <translation>Add retention to the plan&apos;s focus for {segment}: 5 more points kept is worth 25% to 85% more profit.</translation>
    </message>
    <message>
        <source>A plan to keep customers with nothing that measures how they fare.</source>
        <translation>A plan to keep customers with nothing that measures how they fare.</translation>
    </message>
    <message>
        <source>The plan for {segment} aims at keeping customers, but nothing measures how {segment} fares: no satisfaction survey and no outcome measure serves it.</source>
        <translation>The plan for {segment} aims at keeping customers, but nothing measures how {segment} fares: no satisfaction survey and no outcome measure serves it.</translation>
    </message>
    <message>
        <source>A plan to keep customers measured by internal indicators only, never by asking them.</source>
        <translation>A plan to keep customers measured by internal indicators only, never by asking them.</translation>
    </message>
    <message>
        <source>Measure perception with satisfaction surveys, not only internal indicators: the customer is the one who judges you.</source>
        <translation>Measure perception with satisfaction surveys, not only internal indicators: the customer is the one who judges you.</translation>
    </message>
    <message>
        <source>The plan for {segment} aims at keeping customers and measures outcomes, but never asks {segment} how satisfied it is.</source>
        <translation>The plan for {segment} aims at keeping customers and measures outcomes, but never asks {segment} how satisfied it is.</translation>
    </message>
    <message>
        <source>Add a short satisfaction survey for {segment} at the touchpoints that matter most, and link it to {segment}.</source>
        <translation>Add a short satisfaction survey for {segment} at the touchpoints that matter most, and link it to {segment}.</translation>
    </message>
    <message>
        <source>Without people to give it (a seller, an account manager, the owner), dedicated personal assistance makes no sense: nobody exists to give it.</source>
        <translation>Without people to give it (a seller, an account manager, the owner), dedicated personal assistance makes no sense: nobody exists to give it.</translation>
    </message>
    <message>
        <source>Segment {segment} has about {size} customers, but the people who could serve it ({people}) give dedicated assistance to about {capacity} (one representative looks after about {ratio} accounts).</source>
        <translation>Segment {segment} has about {size} customers, but the people who could serve it ({people}) give dedicated assistance to about {capacity} (one representative looks after about {ratio} accounts).</translation>
    </message>
    <message>
        <source>Segment {segment} has about {size} customers, but the people who could serve it ({people}) can give personal assistance to about {capacity} (about {ratio} customers each).</source>
        <translation>Segment {segment} has about {size} customers, but the people who could serve it ({people}) can give personal assistance to about {capacity} (about {ratio} customers each).</translation>
    </message>
    <message>
        <source>which note of Customer Relationships is its plan</source>
        <translation>which note of Customer Relationships is its plan</translation>
    </message>
    <message>
        <source>which channel reaches it</source>
        <translation>which channel reaches it</translation>
    </message>
    <message>
        <source>who in Key Resources serves it (its plan relies on {labels})</source>
        <translation>who in Key Resources serves it (its plan relies on {labels})</translation>
    </message>
    <message>
        <source>about how many customers it has</source>
        <translation>about how many customers it has</translation>
    </message>
    <message>
        <source>whether it is served by {notes} (say so with a link)</source>
        <translation>whether it is served by {notes} (say so with a link)</translation>
    </message>
    <message>
        <source>whether its touchpoints&apos; measures count outcomes or activity</source>
        <translation>whether its touchpoints&apos; measures count outcomes or activity</translation>
    </message>
    <message>
        <source>whether {notes} gives it {labels} (tick it in the planner if so)</source>
        <translation>whether {notes} gives it {labels} (tick it in the planner if so)</translation>
    </message>
    <message>
        <source>which value proposition serves it</source>
        <translation>which value proposition serves it</translation>
    </message>
    <message>
        <source>which revenue stream it pays into</source>
        <translation>which revenue stream it pays into</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>The plan for {segment} counts on means that none of its channels offers: {means}.</source>
        <translation>The plan for {segment} counts on means that none of its channels offers: {means}.</translation>
    </message>
    <message>
        <source>Dedicated personal assistance, but nobody who serves the segment can be each client&apos;s representative.</source>
        <translation>Dedicated personal assistance, but nobody who serves the segment can be each client&apos;s representative.</translation>
    </message>
    <message>
        <source>Dedicated assistance is one representative per client: someone who meets customers, not a community moderator or the production team.</source>
        <translation>Dedicated assistance is one representative per client: someone who meets customers, not a community moderator or the production team.</translation>
    </message>
    <message>
        <source>The plan for {segment} offers dedicated personal assistance, but the people who serve it ({teams}) do not meet clients as their representative.</source>
        <translation>The plan for {segment} offers dedicated personal assistance, but the people who serve it ({teams}) do not meet clients as their representative.</translation>
    </message>
    <message>
        <source>Name the representatives of {segment} (sales, account management, support, or the owner) in Key Resources, or choose a mechanism {teams} can carry.</source>
        <translation>Name the representatives of {segment} (sales, account management, support, or the owner) in Key Resources, or choose a mechanism {teams} can carry.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Subjects: %1</source>
        <translation>Subjects: %1</translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation>Method: %1</translation>
    </message>
    <message>
        <source>Suggestion: %1</source>
        <translation>Suggestion: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln piece(s) of advice</source>
        <translation>
            <numerusform>%Ln piece of advice</numerusform>
            <numerusform>%Ln pieces of advice</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>(rests on a suggested answer)</source>
        <translation>(rests on a suggested answer)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln suggestion(s) read from the notes&apos; words</source>
        <translation>
            <numerusform>%Ln suggestion read from the notes&apos; words</numerusform>
            <numerusform>%Ln suggestions read from the notes&apos; words</numerusform>
        </translation>
    </message>
    <message>
        <source>(from: “%1”)</source>
        <translation>(from: “%1”)</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Linked notes</source>
        <translation>Linked notes</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Relationship calendar</source>
        <translation>Relationship calendar</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Added to %1</source>
        <translation>Added to %1</translation>
    </message>
    <message>
        <source>Removed from %1</source>
        <translation>Removed from %1</translation>
    </message>
    <message>
        <source>Moved from %1 to %2</source>
        <translation>Moved from %1 to %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>%1 is already open in another Mizan window (%2). Switch to that window to edit it.</source>
        <translation>%1 is already open in another Mizan window (%2). Switch to that window to edit it.</translation>
    </message>
    <message>
        <source>You do not have permission to change %1, so it opens read-only. Use Save As to keep a copy.</source>
        <translation>You do not have permission to change %1, so it opens read-only. Use Save As to keep a copy.</translation>
    </message>
    <message>
        <source>%1 is open in another Mizan window; close it there before recovering your changes.</source>
        <translation>%1 is open in another Mizan window; close it there before recovering your changes.</translation>
    </message>
    <message>
        <source>Untitled canvas</source>
        <translation>Untitled canvas</translation>
    </message>
    <message>
        <source>This canvas has no file yet: use Save As.</source>
        <translation>This canvas has no file yet: use Save As.</translation>
    </message>
    <message>
        <source>%1 is open in another Mizan window (%2); close it there first or choose another name.</source>
        <translation>%1 is open in another Mizan window (%2); close it there first or choose another name.</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggestion(s)</source>
        <translation>
            <numerusform>Accept %n suggestion</numerusform>
            <numerusform>Accept %n suggestions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dismiss %n suggestion(s)</source>
        <translation>
            <numerusform>Dismiss %n suggestion</numerusform>
            <numerusform>Dismiss %n suggestions</numerusform>
        </translation>
    </message>
    <message>
        <source>Versions are kept inside .mizan documents. Save this canvas as a .mizan document first.</source>
        <translation>Versions are kept inside .mizan documents. Save this canvas as a .mizan document first.</translation>
    </message>
    <message>
        <source>Restore version “%1”</source>
        <translation>Restore version “%1”</translation>
    </message>
    <message>
        <source>Theirs is not known in full for this conflict: edit the note by hand instead.</source>
        <translation>Theirs is not known in full for this conflict: edit the note by hand instead.</translation>
    </message>
    <message>
        <source>Keeping theirs would break a reference: %1</source>
        <translation>Keeping theirs would break a reference: %1</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Keep theirs</translation>
    </message>
    <message>
        <source>Reload from disk</source>
        <translation>Reload from disk</translation>
    </message>
    <message>
        <source>Merge the version on disk</source>
        <translation>Merge the version on disk</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>Merge %1</translation>
    </message>
</context>
<context>
    <name>Economics</name>
    <message>
        <source>Customers leave before paying back what winning them cost: each customer won loses %1 over the time they stay. Keep them longer, win them for less, or earn more per period (RT5).</source>
        <translation>Customers leave before paying back what winning them cost: each customer won loses %1 over the time they stay. Keep them longer, win them for less, or earn more per period (RT5).</translation>
    </message>
</context>
<context>
    <name>ErrorWords</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <source>You do not have permission to read %1.</source>
        <translation>You do not have permission to read %1.</translation>
    </message>
    <message>
        <source>%1 is not a Mizan canvas.</source>
        <translation>%1 is not a Mizan canvas.</translation>
    </message>
    <message>
        <source>%1 belongs to another application, not to Mizan.</source>
        <translation>%1 belongs to another application, not to Mizan.</translation>
    </message>
    <message>
        <source>%1 is damaged or incomplete, so Mizan cannot open it.</source>
        <translation>%1 is damaged or incomplete, so Mizan cannot open it.</translation>
    </message>
    <message>
        <source>%1 was made by a newer Mizan. Update Mizan to open it.</source>
        <translation>%1 was made by a newer Mizan. Update Mizan to open it.</translation>
    </message>
    <message>
        <source>%1 does not follow the Mizan format.</source>
        <translation>%1 does not follow the Mizan format.</translation>
    </message>
    <message>
        <source>%1 is too large or too deeply nested to open.</source>
        <translation>%1 is too large or too deeply nested to open.</translation>
    </message>
    <message>
        <source>Mizan could not write %1; the canvas is unchanged.</source>
        <translation>Mizan could not write %1; the canvas is unchanged.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Lay out right to left</source>
        <translation>Lay out right to left</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Page size</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Export canvas</source>
        <translation>Export canvas</translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;PNG image (*.png);;SVG drawing (*.svg);;Mizan JSON (*.json)</source>
        <translation>PDF report (*.pdf);;PNG image (*.png);;SVG drawing (*.svg);;Mizan JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not export %1</source>
        <translation>Could not export %1</translation>
    </message>
    <message>
        <source>Mizan exports .pdf, .png, .svg and .json files.</source>
        <translation>Mizan exports .pdf, .png, .svg and .json files.</translation>
    </message>
    <message>
        <source>The PDF could not be drawn.</source>
        <translation>The PDF could not be drawn.</translation>
    </message>
    <message>
        <source>That resolution makes an image too large; choose fewer dots per inch.</source>
        <translation>That resolution makes an image too large; choose fewer dots per inch.</translation>
    </message>
    <message>
        <source>The image could not be encoded.</source>
        <translation>The image could not be encoded.</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Export cancelled</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Nothing was written.</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Advice</translation>
    </message>
</context>
<context>
    <name>FormBuilder</name>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>There are no notes in %1 yet.</source>
        <translation>There are no notes in %1 yet.</translation>
    </message>
    <message>
        <source>Answer a question</source>
        <translation>Answer a question</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Use the automatic colour again</source>
        <translation>Use the automatic colour again</translation>
    </message>
    <message>
        <source>Automatic %1</source>
        <translation>Automatic %1</translation>
    </message>
    <message>
        <source>Choose a colour...</source>
        <translation>Choose a colour...</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>&quot;{text}&quot;</source>
        <translation>&quot;{text}&quot;</translation>
    </message>
    <message>
        <source>Mizan JSON</source>
        <translation>Mizan JSON</translation>
    </message>
    <message>
        <source>Leantime</source>
        <translation>Leantime</translation>
    </message>
    <message>
        <source>the Business Model Canvas app (RedPhoenixQ)</source>
        <translation>the Business Model Canvas app (RedPhoenixQ)</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>line {line}</translation>
    </message>
    <message>
        <source>element {element}, line {line}</source>
        <translation>element {element}, line {line}</translation>
    </message>
    <message>
        <source>item {item}</source>
        <translation>item {item}</translation>
    </message>
    <message>
        <source>{notes} note in {blocks} block from {format}.</source>
        <translation>{notes} note in {blocks} block from {format}.</translation>
    </message>
    <message>
        <source>{notes} notes in {blocks} block from {format}.</source>
        <translation>{notes} notes in {blocks} block from {format}.</translation>
    </message>
    <message>
        <source>{notes} notes in {blocks} blocks from {format}.</source>
        <translation>{notes} notes in {blocks} blocks from {format}.</translation>
    </message>
    <message>
        <source>No notes from {format}: the canvas is empty.</source>
        <translation>No notes from {format}: the canvas is empty.</translation>
    </message>
    <message>
        <source>{where}: {excerpt} is in no block; kept in {block}, tagged {tag}.</source>
        <translation>{where}: {excerpt} is in no block; kept in {block}, tagged {tag}.</translation>
    </message>
    <message>
        <source>{where}: {excerpt} is under {section}, which is not a block; kept in {block}, tagged {tag}.</source>
        <translation>{where}: {excerpt} is under {section}, which is not a block; kept in {block}, tagged {tag}.</translation>
    </message>
    <message>
        <source>The file names no title: the canvas is called {title} after the file.</source>
        <translation>The file names no title: the canvas is called {title} after the file.</translation>
    </message>
    <message>
        <source>Language {language}, guessed from the script of the text.</source>
        <translation>Language {language}, guessed from the script of the text.</translation>
    </message>
    <message>
        <source>The file was UTF-16 text; it was read as such.</source>
        <translation>The file was UTF-16 text; it was read as such.</translation>
    </message>
    <message>
        <source>line {line}: the placeholder {excerpt} under {section} was left out.</source>
        <translation>line {line}: the placeholder {excerpt} under {section} was left out.</translation>
    </message>
    <message>
        <source>The export does not name the kind of board (no key on &lt;canvas&gt;); it was read as a Business Model Canvas.</source>
        <translation>The export does not name the kind of board (no key on &lt;canvas&gt;); it was read as a Business Model Canvas.</translation>
    </message>
    <message>
        <source>{count} empty item was left out.</source>
        <translation>{count} empty item was left out.</translation>
    </message>
    <message>
        <source>{count} empty items were left out.</source>
        <translation>{count} empty items were left out.</translation>
    </message>
    <message>
        <source>Leantime&apos;s statuses are kept as tags (Draft, In review, Valid, On hold, Invalid).</source>
        <translation>Leantime&apos;s statuses are kept as tags (Draft, In review, Valid, On hold, Invalid).</translation>
    </message>
    <message>
        <source>Not imported: the items&apos; {fields}.</source>
        <translation>Not imported: the items&apos; {fields}.</translation>
    </message>
    <message>
        <source>authors</source>
        <translation>authors</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>dates</translation>
    </message>
    <message>
        <source>Not imported: the items&apos; fields {fields}.</source>
        <translation>Not imported: the items&apos; fields {fields}.</translation>
    </message>
    <message>
        <source>The save is from version {version} of the app; Mizan knows its saves up to version {known} and read it the same way.</source>
        <translation>The save is from version {version} of the app; Mizan knows its saves up to version {known} and read it the same way.</translation>
    </message>
    <message>
        <source>{count} relation between items became a link from the first item to the second.</source>
        <translation>{count} relation between items became a link from the first item to the second.</translation>
    </message>
    <message>
        <source>{count} relations between items became links from the first item to the second.</source>
        <translation>{count} relations between items became links from the first item to the second.</translation>
    </message>
    <message>
        <source>{count} relation to groups, sliders or left-out items could not be kept.</source>
        <translation>{count} relation to groups, sliders or left-out items could not be kept.</translation>
    </message>
    <message>
        <source>{count} relations to groups, sliders or left-out items could not be kept.</source>
        <translation>{count} relations to groups, sliders or left-out items could not be kept.</translation>
    </message>
    <message>
        <source>The Extended BMC&apos;s {segment} was read as {block}.</source>
        <translation>The Extended BMC&apos;s {segment} was read as {block}.</translation>
    </message>
    <message>
        <source>{count} slider was left out: a canvas has no sliders.</source>
        <translation>{count} slider was left out: a canvas has no sliders.</translation>
    </message>
    <message>
        <source>{count} sliders were left out: a canvas has no sliders.</source>
        <translation>{count} sliders were left out: a canvas has no sliders.</translation>
    </message>
    <message>
        <source>{count} item with no name or text (an icon only) was left out.</source>
        <translation>{count} item with no name or text (an icon only) was left out.</translation>
    </message>
    <message>
        <source>{count} items with no name or text (an icon only) were left out.</source>
        <translation>{count} items with no name or text (an icon only) were left out.</translation>
    </message>
    <message>
        <source>{count} node of an unknown kind was left out.</source>
        <translation>{count} node of an unknown kind was left out.</translation>
    </message>
    <message>
        <source>{count} nodes of an unknown kind were left out.</source>
        <translation>{count} nodes of an unknown kind were left out.</translation>
    </message>
    <message>
        <source>The group {group} holds no notes: its name was not kept.</source>
        <translation>The group {group} holds no notes: its name was not kept.</translation>
    </message>
    <message>
        <source>The names of the groups items were in are kept as tags.</source>
        <translation>The names of the groups items were in are kept as tags.</translation>
    </message>
    <message>
        <source>Page {page} ({count} note) was not imported: Mizan reads the page that was open, {open}. Open the other page in the app and save to import it.</source>
        <translation>Page {page} ({count} note) was not imported: Mizan reads the page that was open, {open}. Open the other page in the app and save to import it.</translation>
    </message>
    <message>
        <source>Page {page} ({count} notes) was not imported: Mizan reads the page that was open, {open}. Open the other page in the app and save to import it.</source>
        <translation>Page {page} ({count} notes) was not imported: Mizan reads the page that was open, {open}. Open the other page in the app and save to import it.</translation>
    </message>
    <message>
        <source>Read as a table separated by {separator}, with a header row: blocks in column {block}, text in column {text}.</source>
        <translation>Read as a table separated by {separator}, with a header row: blocks in column {block}, text in column {text}.</translation>
    </message>
    <message>
        <source>Read as a table separated by {separator}, without a header row: blocks in column {block}, text in column {text}.</source>
        <translation>Read as a table separated by {separator}, without a header row: blocks in column {block}, text in column {text}.</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>commas</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>semicolons</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabs</translation>
    </message>
    <message>
        <source>Columns not imported: {columns}.</source>
        <translation>Columns not imported: {columns}.</translation>
    </message>
    <message>
        <source>{count} row with no text was left out (line {lines}).</source>
        <translation>{count} row with no text was left out (line {lines}).</translation>
    </message>
    <message>
        <source>{count} rows with no text were left out (lines {lines}).</source>
        <translation>{count} rows with no text were left out (lines {lines}).</translation>
    </message>
    <message>
        <source>{count} rows with no text were left out (the first at lines {lines}).</source>
        <translation>{count} rows with no text were left out (the first at lines {lines}).</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>File too large</translation>
    </message>
    <message>
        <source>The file is {size} MiB; Mizan imports canvases of up to {limit} MiB.</source>
        <translation>The file is {size} MiB; Mizan imports canvases of up to {limit} MiB.</translation>
    </message>
    <message>
        <source>A .mizan document</source>
        <translation>A .mizan document</translation>
    </message>
    <message>
        <source>This is a .mizan document (an SQLite database), not a file to import: open it as it is.</source>
        <translation>This is a .mizan document (an SQLite database), not a file to import: open it as it is.</translation>
    </message>
    <message>
        <source>Not valid UTF-16</source>
        <translation>Not valid UTF-16</translation>
    </message>
    <message>
        <source>The file starts as UTF-16 text, but the two bytes at offset {offset} are half of a character.</source>
        <translation>The file starts as UTF-16 text, but the two bytes at offset {offset} are half of a character.</translation>
    </message>
    <message>
        <source>Empty file</source>
        <translation>Empty file</translation>
    </message>
    <message>
        <source>The file is empty: there is no canvas in it.</source>
        <translation>The file is empty: there is no canvas in it.</translation>
    </message>
    <message>
        <source>Not UTF-8 text</source>
        <translation>Not UTF-8 text</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text: the byte {byte} at offset {offset} (line {line}) is not valid UTF-8. Save the file as UTF-8 and import it again.</source>
        <translation>The file is not UTF-8 text: the byte {byte} at offset {offset} (line {line}) is not valid UTF-8. Save the file as UTF-8 and import it again.</translation>
    </message>
    <message>
        <source>Not a canvas</source>
        <translation>Not a canvas</translation>
    </message>
    <message>
        <source>The file holds binary data (a NUL byte at offset {offset}), not text.</source>
        <translation>The file holds binary data (a NUL byte at offset {offset}), not text.</translation>
    </message>
    <message>
        <source>This XML or HTML file is not a Leantime canvas export (it has no &lt;canvas&gt; element).</source>
        <translation>This XML or HTML file is not a Leantime canvas export (it has no &lt;canvas&gt; element).</translation>
    </message>
    <message>
        <source>No block for the notes</source>
        <translation>No block for the notes</translation>
    </message>
    <message>
        <source>The {count} note of the file is in no block of the Business Model Canvas, so Mizan cannot tell where it goes.</source>
        <translation>The {count} note of the file is in no block of the Business Model Canvas, so Mizan cannot tell where it goes.</translation>
    </message>
    <message>
        <source>None of the {count} notes of the file is in a block of the Business Model Canvas, so Mizan cannot tell where they go.</source>
        <translation>None of the {count} notes of the file is in a block of the Business Model Canvas, so Mizan cannot tell where they go.</translation>
    </message>
    <message>
        <source>No canvas blocks</source>
        <translation>No canvas blocks</translation>
    </message>
    <message>
        <source>The file has no heading that names a block of the Business Model Canvas (such as &quot;## Key partners&quot; or &quot;## Customer segments&quot;, in English, French, Arabic or Hebrew), so Mizan cannot tell where its notes go.</source>
        <translation>The file has no heading that names a block of the Business Model Canvas (such as &quot;## Key partners&quot; or &quot;## Customer segments&quot;, in English, French, Arabic or Hebrew), so Mizan cannot tell where its notes go.</translation>
    </message>
    <message>
        <source>The file has no heading that names a block of the Business Model Canvas (such as &quot;## Key partners&quot; or &quot;## Customer segments&quot;, in English, French, Arabic or Hebrew), so Mizan cannot tell where its notes go. Its headings are {headings}.</source>
        <translation>The file has no heading that names a block of the Business Model Canvas (such as &quot;## Key partners&quot; or &quot;## Customer segments&quot;, in English, French, Arabic or Hebrew), so Mizan cannot tell where its notes go. Its headings are {headings}.</translation>
    </message>
    <message>
        <source>The file has no heading that names a block of the Business Model Canvas (such as &quot;## Key partners&quot; or &quot;## Customer segments&quot;, in English, French, Arabic or Hebrew), so Mizan cannot tell where its notes go. Its headings include {headings}.</source>
        <translation>The file has no heading that names a block of the Business Model Canvas (such as &quot;## Key partners&quot; or &quot;## Customer segments&quot;, in English, French, Arabic or Hebrew), so Mizan cannot tell where its notes go. Its headings include {headings}.</translation>
    </message>
    <message>
        <source>Cut short</source>
        <translation>Cut short</translation>
    </message>
    <message>
        <source>The Leantime export ends inside {element} opened at line {line}: the file is incomplete. Export the board from Leantime again.</source>
        <translation>The Leantime export ends inside {element} opened at line {line}: the file is incomplete. Export the board from Leantime again.</translation>
    </message>
    <message>
        <source>Not a Leantime canvas</source>
        <translation>Not a Leantime canvas</translation>
    </message>
    <message>
        <source>Expected {element} at line {line}, as Leantime&apos;s canvas export starts; this XML file is something else.</source>
        <translation>Expected {element} at line {line}, as Leantime&apos;s canvas export starts; this XML file is something else.</translation>
    </message>
    <message>
        <source>Not a Business Model Canvas</source>
        <translation>Not a Business Model Canvas</translation>
    </message>
    <message>
        <source>This Leantime export holds a {board} board (line {line}); Mizan imports Leantime&apos;s Business Model Canvas boards ({known}).</source>
        <translation>This Leantime export holds a {board} board (line {line}); Mizan imports Leantime&apos;s Business Model Canvas boards ({known}).</translation>
    </message>
    <message>
        <source>Damaged save</source>
        <translation>Damaged save</translation>
    </message>
    <message>
        <source>The Business Model Canvas save is not valid JSON: {reason} at line {line}, column {column}. The file may be cut short.</source>
        <translation>The Business Model Canvas save is not valid JSON: {reason} at line {line}, column {column}. The file may be cut short.</translation>
    </message>
    <message>
        <source>Not a Business Model Canvas save</source>
        <translation>Not a Business Model Canvas save</translation>
    </message>
    <message>
        <source>The JSON file has no &quot;pages&quot; list, as saves of the Business Model Canvas app have.</source>
        <translation>The JSON file has no &quot;pages&quot; list, as saves of the Business Model Canvas app have.</translation>
    </message>
    <message>
        <source>Empty save</source>
        <translation>Empty save</translation>
    </message>
    <message>
        <source>The Business Model Canvas save has no pages.</source>
        <translation>The Business Model Canvas save has no pages.</translation>
    </message>
    <message>
        <source>Invalid save</source>
        <translation>Invalid save</translation>
    </message>
    <message>
        <source>Page {page} of the save has no &quot;nodes&quot; list.</source>
        <translation>Page {page} of the save has no &quot;nodes&quot; list.</translation>
    </message>
    <message>
        <source>No canvas on the page</source>
        <translation>No canvas on the page</translation>
    </message>
    <message>
        <source>The open page {page} of the save has none of the Business Model Canvas&apos;s blocks (it uses the empty template), so Mizan cannot tell where its items go.</source>
        <translation>The open page {page} of the save has none of the Business Model Canvas&apos;s blocks (it uses the empty template), so Mizan cannot tell where its items go.</translation>
    </message>
    <message>
        <source>No block column</source>
        <translation>No block column</translation>
    </message>
    <message>
        <source>Mizan found no column that names the canvas&apos;s blocks. Give the table a header row with a &quot;Block&quot; column and a &quot;Text&quot; column, or put a block&apos;s name (such as &quot;Key partners&quot;) in one column of every row.</source>
        <translation>Mizan found no column that names the canvas&apos;s blocks. Give the table a header row with a &quot;Block&quot; column and a &quot;Text&quot; column, or put a block&apos;s name (such as &quot;Key partners&quot;) in one column of every row.</translation>
    </message>
    <message>
        <source>The quoted field that opens at line {line} is never closed: the file may be cut short.</source>
        <translation>The quoted field that opens at line {line} is never closed: the file may be cut short.</translation>
    </message>
    <message>
        <source>No row of the table names a block of the Business Model Canvas: the block column holds {names}.</source>
        <translation>No row of the table names a block of the Business Model Canvas: the block column holds {names}.</translation>
    </message>
</context>
<context>
    <name>Method</name>
    <message>
        <source>The block says how you interact with each customer segment before, during and after delivering value. It is set per segment.</source>
        <translation>The block says how you interact with each customer segment before, during and after delivering value. It is set per segment.</translation>
    </message>
    <message>
        <source>Motivations: acquire customers, retain them, grow each segment (boost sales).</source>
        <translation>Motivations: acquire customers, retain them, grow each segment (boost sales).</translation>
    </message>
    <message>
        <source>The channels you own shape the relationships you can have. Without a sales or marketing team, &quot;dedicated personal assistance&quot; makes no sense: nobody exists to give it. Checking this is how you test whether the model holds together.</source>
        <translation>The channels you own shape the relationships you can have. Without a sales or marketing team, &quot;dedicated personal assistance&quot; makes no sense: nobody exists to give it. Checking this is how you test whether the model holds together.</translation>
    </message>
    <message>
        <source>Question 1, depth: deep (continuous contact) or shallow (limited contact), or in between. Through partner channels a relationship is mostly shallow. A deep relationship makes leaving costly for the customer (high switching cost); a shallow one cannot.</source>
        <translation>Question 1, depth: deep (continuous contact) or shallow (limited contact), or in between. Through partner channels a relationship is mostly shallow. A deep relationship makes leaving costly for the customer (high switching cost); a shallow one cannot.</translation>
    </message>
    <message>
        <source>Question 2, mechanism: automated, self-service, community, personal assistance, dedicated personal assistance.</source>
        <translation>Question 2, mechanism: automated, self-service, community, personal assistance, dedicated personal assistance.</translation>
    </message>
    <message>
        <source>Question 3, focus: acquisition or retention.</source>
        <translation>Question 3, focus: acquisition or retention.</translation>
    </message>
    <message>
        <source>Question 4, channel: do you own it, or use a partner&apos;s?</source>
        <translation>Question 4, channel: do you own it, or use a partner&apos;s?</translation>
    </message>
    <message>
        <source>Then: does this segment&apos;s current channel support the answers? If yes, good. If not, change the answers or the channel.</source>
        <translation>Then: does this segment&apos;s current channel support the answers? If yes, good. If not, change the answers or the channel.</translation>
    </message>
    <message>
        <source>Then pick concrete means that fit the answers and the channel: e.g. personal assistance through a toll-free number, e-mail, or social networks.</source>
        <translation>Then pick concrete means that fit the answers and the channel: e.g. personal assistance through a toll-free number, e-mail, or social networks.</translation>
    </message>
    <message>
        <source>Your voice must fit the audience&apos;s expectations and the chosen mechanism.</source>
        <translation>Your voice must fit the audience&apos;s expectations and the chosen mechanism.</translation>
    </message>
    <message>
        <source>Relationship types: personal assistance (human interaction: point of sale, call centre, e-mail, social); dedicated personal assistance (one representative per client, key accounts); self-service (no direct relationship, you provide the means); automated services (self-service plus automation that recognises the user and recommends: simulated personal relationship); communities (places where users help each other); co-creation (customers add value, e.g. reviews).</source>
        <translation>Relationship types: personal assistance (human interaction: point of sale, call centre, e-mail, social); dedicated personal assistance (one representative per client, key accounts); self-service (no direct relationship, you provide the means); automated services (self-service plus automation that recognises the user and recommends: simulated personal relationship); communities (places where users help each other); co-creation (customers add value, e.g. reviews).</translation>
    </message>
    <message>
        <source>Further examples: newsletters, blogs, events and conferences, call centre or toll-free line, lock-in, manuals shipped with the product, loyalty programs (points, miles), network effects, webinars, tutorials, workshops, sponsorship, referral programs, purely transactional (a fuel station: no attempt at a relationship), partner programs, long-term commitments (B2B contracts, a bank loan).</source>
        <translation>Further examples: newsletters, blogs, events and conferences, call centre or toll-free line, lock-in, manuals shipped with the product, loyalty programs (points, miles), network effects, webinars, tutorials, workshops, sponsorship, referral programs, purely transactional (a fuel station: no attempt at a relationship), partner programs, long-term commitments (B2B contracts, a bank loan).</translation>
    </message>
    <message>
        <source>For small and mid-sized businesses, raising retention by 5% raises profit by 25% to 85%.</source>
        <translation>For small and mid-sized businesses, raising retention by 5% raises profit by 25% to 85%.</translation>
    </message>
    <message>
        <source>Why customers leave: 68% are unhappy with service quality, 13% the product, 9% competitors.</source>
        <translation>Why customers leave: 68% are unhappy with service quality, 13% the product, 9% competitors.</translation>
    </message>
    <message>
        <source>Know your customers: follow each customer&apos;s journey (landing to leaving) and analyse motivation, first experience, personalisation, change, satisfaction, loyalty.</source>
        <translation>Know your customers: follow each customer&apos;s journey (landing to leaving) and analyse motivation, first experience, personalisation, change, satisfaction, loyalty.</translation>
    </message>
    <message>
        <source>Build buyer personas to reach the right customers with the right material at the right time.</source>
        <translation>Build buyer personas to reach the right customers with the right material at the right time.</translation>
    </message>
    <message>
        <source>Winning a new customer costs about 6 times as much as keeping one.</source>
        <translation>Winning a new customer costs about 6 times as much as keeping one.</translation>
    </message>
    <message>
        <source>Define customer expectations. Keeping 19 promises of 20 is not enough: one failure erases trust. Survey service level at every contact; leave no request unanswered; promise deadlines you can beat (can fix in 5 minutes: promise half an hour).</source>
        <translation>Define customer expectations. Keeping 19 promises of 20 is not enough: one failure erases trust. Survey service level at every contact; leave no request unanswered; promise deadlines you can beat (can fix in 5 minutes: promise half an hour).</translation>
    </message>
    <message>
        <source>Keep the relationship alive: CRM tools, an annual calendar of to-do lists, help in daily activities, anticipate incidents, regular contact about new offers, someone responsible for every customer.</source>
        <translation>Keep the relationship alive: CRM tools, an annual calendar of to-do lists, help in daily activities, anticipate incidents, regular contact about new offers, someone responsible for every customer.</translation>
    </message>
    <message>
        <source>Social channels, useful news, an e-mail strategy, a blog.</source>
        <translation>Social channels, useful news, an e-mail strategy, a blog.</translation>
    </message>
    <message>
        <source>Personal touches: birthday and anniversary messages, handwritten letters, special offers for top customers, a personal call on their day.</source>
        <translation>Personal touches: birthday and anniversary messages, handwritten letters, special offers for top customers, a personal call on their day.</translation>
    </message>
    <message>
        <source>Loyalty rests on customer-service KPIs and consistent service; self-service knowledge base; expert advice; online groups.</source>
        <translation>Loyalty rests on customer-service KPIs and consistent service; self-service knowledge base; expert advice; online groups.</translation>
    </message>
    <message>
        <source>Keep a set of KPIs that measures growth.</source>
        <translation>Keep a set of KPIs that measures growth.</translation>
    </message>
    <message>
        <source>Feedback surveys: every customer counts; monitor individual feedback; it shows what to fix and what to be proud of, and predicts trends.</source>
        <translation>Feedback surveys: every customer counts; monitor individual feedback; it shows what to fix and what to be proud of, and predicts trends.</translation>
    </message>
    <message>
        <source>Firms chase relationships through more contact, data harvesting and tailored offers.</source>
        <translation>Firms chase relationships through more contact, data harvesting and tailored offers.</translation>
    </message>
    <message>
        <source>Customers do not want relationships: they value anonymity (69% of about 6,000 online consumers very or extremely worried about losing control of personal data), follow their own agendas (3% of packaged-goods site visitors look for lifestyle content), and stay suspicious.</source>
        <translation>Customers do not want relationships: they value anonymity (69% of about 6,000 online consumers very or extremely worried about losing control of personal data), follow their own agendas (3% of packaged-goods site visitors look for lifestyle content), and stay suspicious.</translation>
    </message>
    <message>
        <source>Make every touchpoint a satisfying experience; redesign internal processes, not customers (a hotel built one unified contact centre instead of asking callers to pick the right number).</source>
        <translation>Make every touchpoint a satisfying experience; redesign internal processes, not customers (a hotel built one unified contact centre instead of asking callers to pick the right number).</translation>
    </message>
    <message>
        <source>Meet today&apos;s goals, do not count on loyalty; scenario questions: who are the users, what are their goals, how do they reach them.</source>
        <translation>Meet today&apos;s goals, do not count on loyalty; scenario questions: who are the users, what are their goals, how do they reach them.</translation>
    </message>
    <message>
        <source>Measure the outcome (was the problem solved, and when), not the activity (how fast a reply went out).</source>
        <translation>Measure the outcome (was the problem solved, and when), not the activity (how fast a reply went out).</translation>
    </message>
    <message>
        <source>Touchpoints drive purchase decisions today; each is an opportunity and a risk.</source>
        <translation>Touchpoints drive purchase decisions today; each is an opportunity and a risk.</translation>
    </message>
    <message>
        <source>Identify the customer and segment, their needs and priorities, then serve them at each touchpoint as their life events change.</source>
        <translation>Identify the customer and segment, their needs and priorities, then serve them at each touchpoint as their life events change.</translation>
    </message>
    <message>
        <source>The lifecycle: shopping, purchase, receipt (delivery), payment, use, after-sales service; through one channel or several.</source>
        <translation>The lifecycle: shopping, purchase, receipt (delivery), payment, use, after-sales service; through one channel or several.</translation>
    </message>
    <message>
        <source>Customers want one long relationship and the same experience whatever the channel: staff know them, what they ordered, their preferences and history pass to the next touchpoint, data is shared across channels.</source>
        <translation>Customers want one long relationship and the same experience whatever the channel: staff know them, what they ordered, their preferences and history pass to the next touchpoint, data is shared across channels.</translation>
    </message>
    <message>
        <source>A company that treats touchpoints as mere distribution and payment points is siloed and confuses customers.</source>
        <translation>A company that treats touchpoints as mere distribution and payment points is siloed and confuses customers.</translation>
    </message>
    <message>
        <source>Products look alike; the experience is what keeps customers.</source>
        <translation>Products look alike; the experience is what keeps customers.</translation>
    </message>
    <message>
        <source>The relationship is every exchange between company and customer, across all sales channels and touchpoints; CRM adds data and technology.</source>
        <translation>The relationship is every exchange between company and customer, across all sales channels and touchpoints; CRM adds data and technology.</translation>
    </message>
    <message>
        <source>Goals: more revenue per account (repeat and cross-selling), better customer profitability, no slow drain to competitors.</source>
        <translation>Goals: more revenue per account (repeat and cross-selling), better customer profitability, no slow drain to competitors.</translation>
    </message>
    <message>
        <source>Three levers: satisfaction (analyse and meet needs exactly), experience (memorable moments along the purchase journey), engagement (customers who recommend you, ambassadors, suggestions).</source>
        <translation>Three levers: satisfaction (analyse and meet needs exactly), experience (memorable moments along the purchase journey), engagement (customers who recommend you, ambassadors, suggestions).</translation>
    </message>
    <message>
        <source>Watch multichannel consistency: the messages of every channel must agree.</source>
        <translation>Watch multichannel consistency: the messages of every channel must agree.</translation>
    </message>
    <message>
        <source>Control every touchpoint, back office included (after-sales, accounting, the store): service quality is judged by every contact.</source>
        <translation>Control every touchpoint, back office included (after-sales, accounting, the store): service quality is judged by every contact.</translation>
    </message>
    <message>
        <source>Measure perception with satisfaction surveys, not only internal indicators.</source>
        <translation>Measure perception with satisfaction surveys, not only internal indicators.</translation>
    </message>
    <message>
        <source>Social networks multiply the stakes: customers want to share opinions, good or bad.</source>
        <translation>Social networks multiply the stakes: customers want to share opinions, good or bad.</translation>
    </message>
</context>
<context>
    <name>NoteWords</name>
    <message>
        <source>%1 customers</source>
        <translation>%1 customers</translation>
    </message>
    <message numerus="yes">
        <source>%n phases</source>
        <translation>
            <numerusform>%n phase</numerusform>
            <numerusform>%n phases</numerusform>
        </translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>For %1</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Not answered</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <source>Appendix: notes continued</source>
        <translation>Appendix: notes continued</translation>
    </message>
    <message>
        <source>Relationship plan: %1</source>
        <translation>Relationship plan: %1</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Market</translation>
    </message>
    <message>
        <source>Estimated customers</source>
        <translation>Estimated customers</translation>
    </message>
    <message>
        <source>Revenue per customer per year</source>
        <translation>Revenue per customer per year</translation>
    </message>
    <message>
        <source>Relationship plan</source>
        <translation>Relationship plan</translation>
    </message>
    <message>
        <source>No plan yet (CR1).</source>
        <translation>No plan yet (CR1).</translation>
    </message>
    <message>
        <source>Depth (CR4)</source>
        <translation>Depth (CR4)</translation>
    </message>
    <message>
        <source>Mechanisms (CR5)</source>
        <translation>Mechanisms (CR5)</translation>
    </message>
    <message>
        <source>Focus (CR6)</source>
        <translation>Focus (CR6)</translation>
    </message>
    <message>
        <source>ownership not set</source>
        <translation>ownership not set</translation>
    </message>
    <message>
        <source>Channels (CR7)</source>
        <translation>Channels (CR7)</translation>
    </message>
    <message>
        <source>Means (CR9)</source>
        <translation>Means (CR9)</translation>
    </message>
    <message>
        <source>Voice (CR10)</source>
        <translation>Voice (CR10)</translation>
    </message>
    <message>
        <source>Voice on %1</source>
        <translation>Voice on %1</translation>
    </message>
    <message>
        <source>Privacy stance (EX2)</source>
        <translation>Privacy stance (EX2)</translation>
    </message>
    <message>
        <source>Does the channel support it? (CR8)</source>
        <translation>Does the channel support it? (CR8)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>No findings: the blocks hold together.</source>
        <translation>No findings: the blocks hold together.</translation>
    </message>
    <message>
        <source>Untitled canvas</source>
        <translation>Untitled canvas</translation>
    </message>
    <message>
        <source>Business Model Canvas by Strategyzer AG (strategyzer.com), CC BY-SA 3.0</source>
        <translation>Business Model Canvas by Strategyzer AG (strategyzer.com), CC BY-SA 3.0</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>▸ Continued in the appendix, page %1</source>
        <translation>▸ Continued in the appendix, page %1</translation>
    </message>
    <message>
        <source>▸ Continued in the appendix</source>
        <translation>▸ Continued in the appendix</translation>
    </message>
    <message>
        <source>Touchpoints (TP3)</source>
        <translation>Touchpoints (TP3)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>What happens</translation>
    </message>
    <message>
        <source>Office (RM5)</source>
        <translation>Office (RM5)</translation>
    </message>
    <message>
        <source>Owner (RT7)</source>
        <translation>Owner (RT7)</translation>
    </message>
    <message>
        <source>Measure (EX5)</source>
        <translation>Measure (EX5)</translation>
    </message>
    <message>
        <source>Retention economics (RT1, RT5)</source>
        <translation>Retention economics (RT1, RT5)</translation>
    </message>
    <message>
        <source>Lifetime value of a customer</source>
        <translation>Lifetime value of a customer</translation>
    </message>
    <message>
        <source>Periods to pay back winning a customer</source>
        <translation>Periods to pay back winning a customer</translation>
    </message>
    <message>
        <source>Effect of 5 more points kept on that value (%)</source>
        <translation>Effect of 5 more points kept on that value (%)</translation>
    </message>
    <message>
        <source>Published reference (RT1)</source>
        <translation>Published reference (RT1)</translation>
    </message>
    <message>
        <source>5% more retention: 25% to 85% more profit</source>
        <translation>5% more retention: 25% to 85% more profit</translation>
    </message>
    <message>
        <source>Why customers leave (RT2)</source>
        <translation>Why customers leave (RT2)</translation>
    </message>
    <message>
        <source>service %1%, product %2%, competitors %3%, other %4%</source>
        <translation>service %1%, product %2%, competitors %3%, other %4%</translation>
    </message>
    <message>
        <source>Persona: %1</source>
        <translation>Persona: %1</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>Who they are</translation>
    </message>
    <message>
        <source>Goals and how they reach them (EX4)</source>
        <translation>Goals and how they reach them (EX4)</translation>
    </message>
    <message>
        <source>Journey (RT3)</source>
        <translation>Journey (RT3)</translation>
    </message>
    <message>
        <source>Relationship calendar</source>
        <translation>Relationship calendar</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>First date</source>
        <translation>First date</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Repeats</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Every segment</source>
        <translation>Every segment</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody named</source>
        <translation>Nobody named</translation>
    </message>
    <message>
        <source>Whom these serve is not said: %1</source>
        <translation>Whom these serve is not said: %1</translation>
    </message>
    <message>
        <source>People who serve it (CR3)</source>
        <translation>People who serve it (CR3)</translation>
    </message>
    <message>
        <source>Surveyed (RM6)</source>
        <translation>Surveyed (RM6)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Rests on a suggested answer, not yet confirmed.</source>
        <translation>Rests on a suggested answer, not yet confirmed.</translation>
    </message>
    <message>
        <source>What this means</source>
        <translation>What this means</translation>
    </message>
    <message>
        <source>An empty canvas: nothing to check yet.</source>
        <translation>An empty canvas: nothing to check yet.</translation>
    </message>
    <message>
        <source>No customer segment yet: the checklist judges each segment&apos;s relationship.</source>
        <translation>No customer segment yet: the checklist judges each segment&apos;s relationship.</translation>
    </message>
</context>
<context>
    <name>Starters</name>
    <message>
        <source>Subscription</source>
        <translation>Subscription</translation>
    </message>
    <message>
        <source>A recurring offer: subscribers won once and kept month after month.</source>
        <translation>A recurring offer: subscribers won once and kept month after month.</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Two sides, buyers and sellers, each a segment with its own relationship.</source>
        <translation>Two sides, buyers and sellers, each a segment with its own relationship.</translation>
    </message>
    <message>
        <source>B2B services</source>
        <translation>B2B services</translation>
    </message>
    <message>
        <source>Business clients served by account managers, and smaller ones served online.</source>
        <translation>Business clients served by account managers, and smaller ones served online.</translation>
    </message>
    <message>
        <source>Local shop</source>
        <translation>Local shop</translation>
    </message>
    <message>
        <source>A neighbourhood shop: regulars, passers-by, the counter and the owner.</source>
        <translation>A neighbourhood shop: regulars, passers-by, the counter and the owner.</translation>
    </message>
    <message>
        <source>Coffee roastery (English)</source>
        <translation>Coffee roastery (English)</translation>
    </message>
    <message>
        <source>Subscribers, cafés and gift buyers; a finished canvas with a few contradictions to find.</source>
        <translation>Subscribers, cafés and gift buyers; a finished canvas with a few contradictions to find.</translation>
    </message>
    <message>
        <source>Tailoring atelier (Arabic)</source>
        <translation>Tailoring atelier (Arabic)</translation>
    </message>
    <message>
        <source>Brides, companies ordering uniforms and everyday clients, written right to left.</source>
        <translation>Brides, companies ordering uniforms and everyday clients, written right to left.</translation>
    </message>
    <message>
        <source>Dental clinic (Hebrew)</source>
        <translation>Dental clinic (Hebrew)</translation>
    </message>
    <message>
        <source>Families, implant patients and local employers, written right to left.</source>
        <translation>Families, implant patients and local employers, written right to left.</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <source>Segment it is for</source>
        <translation>Segment it is for</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Mechanism</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Focus</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Depth</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Means</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voice</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Ownership</translation>
    </message>
    <message>
        <source>Phase it covers</source>
        <translation>Phase it covers</translation>
    </message>
    <message>
        <source>Means it offers</source>
        <translation>Means it offers</translation>
    </message>
    <message>
        <source>Segment it serves</source>
        <translation>Segment it serves</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Headcount</translation>
    </message>
    <message>
        <source>Whom the team serves</source>
        <translation>Whom the team serves</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Market</translation>
    </message>
    <message>
        <source>Estimated customers</source>
        <translation>Estimated customers</translation>
    </message>
    <message>
        <source>What it provides</source>
        <translation>What it provides</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Customer segments</source>
        <translation>Customer segments</translation>
    </message>
    <message>
        <source>Value propositions</source>
        <translation>Value propositions</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>Customer relationships</source>
        <translation>Customer relationships</translation>
    </message>
    <message>
        <source>Revenue streams</source>
        <translation>Revenue streams</translation>
    </message>
    <message>
        <source>Key resources</source>
        <translation>Key resources</translation>
    </message>
    <message>
        <source>Key activities</source>
        <translation>Key activities</translation>
    </message>
    <message>
        <source>Key partners</source>
        <translation>Key partners</translation>
    </message>
    <message>
        <source>Cost structure</source>
        <translation>Cost structure</translation>
    </message>
    <message>
        <source>Follow the text</source>
        <translation>Follow the text</translation>
    </message>
    <message>
        <source>Left to right</source>
        <translation>Left to right</translation>
    </message>
    <message>
        <source>Right to left</source>
        <translation>Right to left</translation>
    </message>
    <message>
        <source>Mass market</source>
        <translation>Mass market</translation>
    </message>
    <message>
        <source>One large group with broadly similar needs.</source>
        <translation>One large group with broadly similar needs.</translation>
    </message>
    <message>
        <source>Niche market</source>
        <translation>Niche market</translation>
    </message>
    <message>
        <source>A specific, specialised group.</source>
        <translation>A specific, specialised group.</translation>
    </message>
    <message>
        <source>Segmented</source>
        <translation>Segmented</translation>
    </message>
    <message>
        <source>Groups with slightly different needs and problems.</source>
        <translation>Groups with slightly different needs and problems.</translation>
    </message>
    <message>
        <source>Diversified</source>
        <translation>Diversified</translation>
    </message>
    <message>
        <source>Unrelated groups with very different needs.</source>
        <translation>Unrelated groups with very different needs.</translation>
    </message>
    <message>
        <source>Multi-sided platform</source>
        <translation>Multi-sided platform</translation>
    </message>
    <message>
        <source>Two or more interdependent groups.</source>
        <translation>Two or more interdependent groups.</translation>
    </message>
    <message>
        <source>Owned</source>
        <translation>Owned</translation>
    </message>
    <message>
        <source>Your own channel: you shape the relationship it carries.</source>
        <translation>Your own channel: you shape the relationship it carries.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>A partner&apos;s channel: relationships through it are mostly shallow.</source>
        <translation>A partner&apos;s channel: relationships through it are mostly shallow.</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direct</translation>
    </message>
    <message>
        <source>You reach the customer yourself.</source>
        <translation>You reach the customer yourself.</translation>
    </message>
    <message>
        <source>Indirect</source>
        <translation>Indirect</translation>
    </message>
    <message>
        <source>You reach the customer through intermediaries.</source>
        <translation>You reach the customer through intermediaries.</translation>
    </message>
    <message>
        <source>Awareness</source>
        <translation>Awareness</translation>
    </message>
    <message>
        <source>How customers come to know the offer.</source>
        <translation>How customers come to know the offer.</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>How customers judge the value proposition.</source>
        <translation>How customers judge the value proposition.</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Purchase</translation>
    </message>
    <message>
        <source>How customers buy.</source>
        <translation>How customers buy.</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>How the value proposition reaches them.</source>
        <translation>How the value proposition reaches them.</translation>
    </message>
    <message>
        <source>After-sales</source>
        <translation>After-sales</translation>
    </message>
    <message>
        <source>Support after the purchase.</source>
        <translation>Support after the purchase.</translation>
    </message>
    <message>
        <source>Toll-free line</source>
        <translation>Toll-free line</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Social networks</source>
        <translation>Social networks</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Web self-service</source>
        <translation>Web self-service</translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation>Mobile app</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Video call</translation>
    </message>
    <message>
        <source>Text messages</source>
        <translation>Text messages</translation>
    </message>
    <message>
        <source>Letters by post</source>
        <translation>Letters by post</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Online forum</source>
        <translation>Online forum</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Knowledge base</translation>
    </message>
    <message>
        <source>Deep</source>
        <translation>Deep</translation>
    </message>
    <message>
        <source>Continuous contact; leaving becomes costly for the customer.</source>
        <translation>Continuous contact; leaving becomes costly for the customer.</translation>
    </message>
    <message>
        <source>In between</source>
        <translation>In between</translation>
    </message>
    <message>
        <source>Regular but limited contact.</source>
        <translation>Regular but limited contact.</translation>
    </message>
    <message>
        <source>Shallow</source>
        <translation>Shallow</translation>
    </message>
    <message>
        <source>Limited contact; the customer can leave at no cost.</source>
        <translation>Limited contact; the customer can leave at no cost.</translation>
    </message>
    <message>
        <source>Personal assistance</source>
        <translation>Personal assistance</translation>
    </message>
    <message>
        <source>Human interaction: point of sale, call centre, e-mail, social networks.</source>
        <translation>Human interaction: point of sale, call centre, e-mail, social networks.</translation>
    </message>
    <message>
        <source>Dedicated personal assistance</source>
        <translation>Dedicated personal assistance</translation>
    </message>
    <message>
        <source>One representative per client, as for key accounts.</source>
        <translation>One representative per client, as for key accounts.</translation>
    </message>
    <message>
        <source>Self-service</source>
        <translation>Self-service</translation>
    </message>
    <message>
        <source>No direct relationship: you provide the means.</source>
        <translation>No direct relationship: you provide the means.</translation>
    </message>
    <message>
        <source>Automated services</source>
        <translation>Automated services</translation>
    </message>
    <message>
        <source>Self-service with automation that recognises the user and recommends.</source>
        <translation>Self-service with automation that recognises the user and recommends.</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>Communities</translation>
    </message>
    <message>
        <source>Places where users help each other.</source>
        <translation>Places where users help each other.</translation>
    </message>
    <message>
        <source>Co-creation</source>
        <translation>Co-creation</translation>
    </message>
    <message>
        <source>Customers add value, for example with reviews.</source>
        <translation>Customers add value, for example with reviews.</translation>
    </message>
    <message>
        <source>Newsletters</source>
        <translation>Newsletters</translation>
    </message>
    <message>
        <source>Regular news sent to customers.</source>
        <translation>Regular news sent to customers.</translation>
    </message>
    <message>
        <source>Blogs</source>
        <translation>Blogs</translation>
    </message>
    <message>
        <source>Useful articles customers come back for.</source>
        <translation>Useful articles customers come back for.</translation>
    </message>
    <message>
        <source>Events and conferences</source>
        <translation>Events and conferences</translation>
    </message>
    <message>
        <source>Meeting customers in person.</source>
        <translation>Meeting customers in person.</translation>
    </message>
    <message>
        <source>Call centre or toll-free line</source>
        <translation>Call centre or toll-free line</translation>
    </message>
    <message>
        <source>A number customers can always call.</source>
        <translation>A number customers can always call.</translation>
    </message>
    <message>
        <source>Lock-in</source>
        <translation>Lock-in</translation>
    </message>
    <message>
        <source>Leaving means losing something: data, set-up, compatibility.</source>
        <translation>Leaving means losing something: data, set-up, compatibility.</translation>
    </message>
    <message>
        <source>Manuals with the product</source>
        <translation>Manuals with the product</translation>
    </message>
    <message>
        <source>Guidance shipped with what you sell.</source>
        <translation>Guidance shipped with what you sell.</translation>
    </message>
    <message>
        <source>Loyalty program</source>
        <translation>Loyalty program</translation>
    </message>
    <message>
        <source>Points, miles and rewards for staying.</source>
        <translation>Points, miles and rewards for staying.</translation>
    </message>
    <message>
        <source>Network effects</source>
        <translation>Network effects</translation>
    </message>
    <message>
        <source>The product is worth more as more people use it.</source>
        <translation>The product is worth more as more people use it.</translation>
    </message>
    <message>
        <source>Webinars</source>
        <translation>Webinars</translation>
    </message>
    <message>
        <source>Online sessions that teach and keep in touch.</source>
        <translation>Online sessions that teach and keep in touch.</translation>
    </message>
    <message>
        <source>Tutorials</source>
        <translation>Tutorials</translation>
    </message>
    <message>
        <source>Step-by-step help customers follow alone.</source>
        <translation>Step-by-step help customers follow alone.</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>Hands-on sessions with customers.</source>
        <translation>Hands-on sessions with customers.</translation>
    </message>
    <message>
        <source>Sponsorship</source>
        <translation>Sponsorship</translation>
    </message>
    <message>
        <source>Supporting what customers care about.</source>
        <translation>Supporting what customers care about.</translation>
    </message>
    <message>
        <source>Referral program</source>
        <translation>Referral program</translation>
    </message>
    <message>
        <source>Customers rewarded for bringing others.</source>
        <translation>Customers rewarded for bringing others.</translation>
    </message>
    <message>
        <source>Purely transactional</source>
        <translation>Purely transactional</translation>
    </message>
    <message>
        <source>No attempt at a relationship, like a fuel station.</source>
        <translation>No attempt at a relationship, like a fuel station.</translation>
    </message>
    <message>
        <source>Partner program</source>
        <translation>Partner program</translation>
    </message>
    <message>
        <source>A structured relationship with reselling partners.</source>
        <translation>A structured relationship with reselling partners.</translation>
    </message>
    <message>
        <source>Long-term commitment</source>
        <translation>Long-term commitment</translation>
    </message>
    <message>
        <source>Contracts that bind for years, like a bank loan.</source>
        <translation>Contracts that bind for years, like a bank loan.</translation>
    </message>
    <message>
        <source>Personal touches</source>
        <translation>Personal touches</translation>
    </message>
    <message>
        <source>Birthday and anniversary messages, handwritten letters, a call on their day.</source>
        <translation>Birthday and anniversary messages, handwritten letters, a call on their day.</translation>
    </message>
    <message>
        <source>Tailored offers</source>
        <translation>Tailored offers</translation>
    </message>
    <message>
        <source>Offers built from what you know about the customer.</source>
        <translation>Offers built from what you know about the customer.</translation>
    </message>
    <message>
        <source>Acquisition</source>
        <translation>Acquisition</translation>
    </message>
    <message>
        <source>Win new customers.</source>
        <translation>Win new customers.</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>Keep the customers you have.</source>
        <translation>Keep the customers you have.</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Growth</translation>
    </message>
    <message>
        <source>Sell more to each segment: repeat and cross-selling.</source>
        <translation>Sell more to each segment: repeat and cross-selling.</translation>
    </message>
    <message>
        <source>Formal</source>
        <translation>Formal</translation>
    </message>
    <message>
        <source>Friendly</source>
        <translation>Friendly</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
    <message>
        <source>Playful</source>
        <translation>Playful</translation>
    </message>
    <message>
        <source>Caring</source>
        <translation>Caring</translation>
    </message>
    <message>
        <source>Inspiring</source>
        <translation>Inspiring</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Customer support</source>
        <translation>Customer support</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Software platform</source>
        <translation>Software platform</translation>
    </message>
    <message>
        <source>What automated services run on.</source>
        <translation>What automated services run on.</translation>
    </message>
    <message>
        <source>Customer data</source>
        <translation>Customer data</translation>
    </message>
    <message>
        <source>What automation learns from.</source>
        <translation>What automation learns from.</translation>
    </message>
    <message>
        <source>Community management</source>
        <translation>Community management</translation>
    </message>
    <message>
        <source>Someone who runs and moderates the community.</source>
        <translation>Someone who runs and moderates the community.</translation>
    </message>
    <message>
        <source>Review and idea collection</source>
        <translation>Review and idea collection</translation>
    </message>
    <message>
        <source>A way for customers to add reviews and ideas.</source>
        <translation>A way for customers to add reviews and ideas.</translation>
    </message>
    <message>
        <source>Satisfaction surveys</source>
        <translation>Satisfaction surveys</translation>
    </message>
    <message>
        <source>Perception measured by asking customers.</source>
        <translation>Perception measured by asking customers.</translation>
    </message>
    <message>
        <source>Outcome measurement</source>
        <translation>Outcome measurement</translation>
    </message>
    <message>
        <source>Whether the problem was solved, and when.</source>
        <translation>Whether the problem was solved, and when.</translation>
    </message>
    <message>
        <source>Shared customer record</source>
        <translation>Shared customer record</translation>
    </message>
    <message>
        <source>History that follows the customer from channel to channel.</source>
        <translation>History that follows the customer from channel to channel.</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Depth</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Mechanism</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Focus</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Channel ownership</source>
        <translation>Channel ownership</translation>
    </message>
    <message>
        <source>Concrete means</source>
        <translation>Concrete means</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voice</translation>
    </message>
    <message>
        <source>Who are our key partners?</source>
        <translation>Who are our key partners?</translation>
    </message>
    <message>
        <source>Who are our key suppliers?</source>
        <translation>Who are our key suppliers?</translation>
    </message>
    <message>
        <source>Which key resources do we acquire from partners?</source>
        <translation>Which key resources do we acquire from partners?</translation>
    </message>
    <message>
        <source>Which key activities do partners perform?</source>
        <translation>Which key activities do partners perform?</translation>
    </message>
    <message>
        <source>What key activities do our value propositions require?</source>
        <translation>What key activities do our value propositions require?</translation>
    </message>
    <message>
        <source>Our distribution channels? Customer relationships?</source>
        <translation>Our distribution channels? Customer relationships?</translation>
    </message>
    <message>
        <source>Revenue streams?</source>
        <translation>Revenue streams?</translation>
    </message>
    <message>
        <source>What key resources do our value propositions require?</source>
        <translation>What key resources do our value propositions require?</translation>
    </message>
    <message>
        <source>Who in the team can give personal assistance?</source>
        <translation>Who in the team can give personal assistance?</translation>
    </message>
    <message>
        <source>What value do we deliver to the customer?</source>
        <translation>What value do we deliver to the customer?</translation>
    </message>
    <message>
        <source>Which one of our customers&apos; problems are we helping to solve?</source>
        <translation>Which one of our customers&apos; problems are we helping to solve?</translation>
    </message>
    <message>
        <source>Which customer needs are we satisfying?</source>
        <translation>Which customer needs are we satisfying?</translation>
    </message>
    <message>
        <source>What type of relationship does each customer segment expect us to establish and maintain with them?</source>
        <translation>What type of relationship does each customer segment expect us to establish and maintain with them?</translation>
    </message>
    <message>
        <source>Deep or shallow? Which mechanism? Acquisition, retention or growth?</source>
        <translation>Deep or shallow? Which mechanism? Acquisition, retention or growth?</translation>
    </message>
    <message>
        <source>Does the segment&apos;s channel support it, and do we have the people for it?</source>
        <translation>Does the segment&apos;s channel support it, and do we have the people for it?</translation>
    </message>
    <message>
        <source>Through which channels do our customer segments want to be reached?</source>
        <translation>Through which channels do our customer segments want to be reached?</translation>
    </message>
    <message>
        <source>Which channels do we own, and which are partners&apos;?</source>
        <translation>Which channels do we own, and which are partners&apos;?</translation>
    </message>
    <message>
        <source>Which ones work best? Which ones are most cost-efficient?</source>
        <translation>Which ones work best? Which ones are most cost-efficient?</translation>
    </message>
    <message>
        <source>For whom are we creating value?</source>
        <translation>For whom are we creating value?</translation>
    </message>
    <message>
        <source>Who are our most important customers?</source>
        <translation>Who are our most important customers?</translation>
    </message>
    <message>
        <source>What are the most important costs inherent in our business model?</source>
        <translation>What are the most important costs inherent in our business model?</translation>
    </message>
    <message>
        <source>Which key resources are most expensive?</source>
        <translation>Which key resources are most expensive?</translation>
    </message>
    <message>
        <source>Which key activities are most expensive?</source>
        <translation>Which key activities are most expensive?</translation>
    </message>
    <message>
        <source>For what value are our customers really willing to pay?</source>
        <translation>For what value are our customers really willing to pay?</translation>
    </message>
    <message>
        <source>How are they paying now? How would they prefer to pay?</source>
        <translation>How are they paying now? How would they prefer to pay?</translation>
    </message>
    <message>
        <source>How much does each revenue stream contribute to overall revenues?</source>
        <translation>How much does each revenue stream contribute to overall revenues?</translation>
    </message>
    <message>
        <source>Shopping</source>
        <translation>Shopping</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Use</translation>
    </message>
    <message>
        <source>After-sales service</source>
        <translation>After-sales service</translation>
    </message>
    <message>
        <source>Front office</source>
        <translation>Front office</translation>
    </message>
    <message>
        <source>Where the customer sees you.</source>
        <translation>Where the customer sees you.</translation>
    </message>
    <message>
        <source>Back office</source>
        <translation>Back office</translation>
    </message>
    <message>
        <source>After-sales, accounting, the store: judged by every contact too.</source>
        <translation>After-sales, accounting, the store: judged by every contact too.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Was the problem solved, and when.</source>
        <translation>Was the problem solved, and when.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>How fast, how often: what was done.</source>
        <translation>How fast, how often: what was done.</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <source>Satisfaction survey</source>
        <translation>Satisfaction survey</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webinar</translation>
    </message>
    <message>
        <source>Birthday message</source>
        <translation>Birthday message</translation>
    </message>
    <message>
        <source>Anniversary message</source>
        <translation>Anniversary message</translation>
    </message>
    <message>
        <source>Loyalty campaign</source>
        <translation>Loyalty campaign</translation>
    </message>
    <message>
        <source>Personal call</source>
        <translation>Personal call</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Once</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Every week</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Every month</translation>
    </message>
    <message>
        <source>Every quarter</source>
        <translation>Every quarter</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>Every year</translation>
    </message>
    <message>
        <source>Owner or founders</source>
        <translation>Owner or founders</translation>
    </message>
    <message>
        <source>The owner or founders, serving customers themselves.</source>
        <translation>The owner or founders, serving customers themselves.</translation>
    </message>
    <message>
        <source>Account management</source>
        <translation>Account management</translation>
    </message>
    <message>
        <source>One representative per client: key accounts.</source>
        <translation>One representative per client: key accounts.</translation>
    </message>
    <message>
        <source>A call centre, a help desk, e-mail or chat answered by people.</source>
        <translation>A call centre, a help desk, e-mail or chat answered by people.</translation>
    </message>
    <message>
        <source>Service staff</source>
        <translation>Service staff</translation>
    </message>
    <message>
        <source>People at the counter, on the shop floor or on site.</source>
        <translation>People at the counter, on the shop floor or on site.</translation>
    </message>
</context>
<context>
    <name>mizan::ui::BlockItem</name>
    <message>
        <source>+%1 more</source>
        <translation>+%1 more</translation>
    </message>
    <message>
        <source>Double-click to add a note</source>
        <translation>Double-click to add a note</translation>
    </message>
</context>
<context>
    <name>mizan::ui::CalendarDialog</name>
    <message>
        <source>Relationship calendar</source>
        <translation>Relationship calendar</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Add action</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Remove action</translation>
    </message>
    <message>
        <source>Export to calendar (.ics)</source>
        <translation>Export to calendar (.ics)</translation>
    </message>
    <message>
        <source>Remove calendar action</source>
        <translation>Remove calendar action</translation>
    </message>
    <message>
        <source>Export the calendar</source>
        <translation>Export the calendar</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Could not export the calendar</source>
        <translation>Could not export the calendar</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Mechanism</translation>
    </message>
    <message>
        <source>First date</source>
        <translation>First date</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Repeats</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Every segment</source>
        <translation>Every segment</translation>
    </message>
    <message>
        <source>Calendar action</source>
        <translation>Calendar action</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>Owner (RT7)</source>
        <translation>Owner (RT7)</translation>
    </message>
    <message>
        <source>Add calendar action</source>
        <translation>Add calendar action</translation>
    </message>
    <message>
        <source>Edit calendar action</source>
        <translation>Edit calendar action</translation>
    </message>
</context>
<context>
    <name>mizan::ui::CanvasScene</name>
    <message>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Delete note</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n notes</source>
        <translation>
            <numerusform>Delete %n note</numerusform>
            <numerusform>Delete %n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Edit note</translation>
    </message>
    <message>
        <source>Move note</source>
        <translation>Move note</translation>
    </message>
</context>
<context>
    <name>mizan::ui::CanvasView</name>
    <message>
        <source>Canvas</source>
        <translation>Canvas</translation>
    </message>
    <message>
        <source>The nine blocks of the business model canvas and their notes</source>
        <translation>The nine blocks of the business model canvas and their notes</translation>
    </message>
</context>
<context>
    <name>mizan::ui::ComparisonWindow</name>
    <message>
        <source>A comparison: read-only.</source>
        <translation>A comparison: read-only.</translation>
    </message>
    <message>
        <source>Compare “%1” with “%2”</source>
        <translation>Compare “%1” with “%2”</translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation>Changes (%1)</translation>
    </message>
    <message>
        <source>Findings (+%1 −%2)</source>
        <translation>Findings (+%1 −%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt;: the notes as they are in “%2”, marked by what changed since “%1”.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt;: the notes as they are in “%2”, marked by what changed since “%1”.</translation>
    </message>
    <message>
        <source>The canvas</source>
        <translation>The canvas</translation>
    </message>
    <message>
        <source>The two versions are the same.</source>
        <translation>The two versions are the same.</translation>
    </message>
    <message>
        <source>Appeared (%1)</source>
        <translation>Appeared (%1)</translation>
    </message>
    <message>
        <source>Disappeared (%1)</source>
        <translation>Disappeared (%1)</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Moved</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
</context>
<context>
    <name>mizan::ui::ConflictsPanel</name>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>edited: %1</source>
        <translation>edited: %1</translation>
    </message>
    <message>
        <source>The canvas</source>
        <translation>The canvas</translation>
    </message>
    <message>
        <source>Deleted on one side, edited on the other</source>
        <translation>Deleted on one side, edited on the other</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>No merge conflicts.</source>
        <translation>No merge conflicts.</translation>
    </message>
    <message>
        <source>Cannot keep theirs</source>
        <translation>Cannot keep theirs</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Theirs</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Keep Mine</translation>
    </message>
    <message>
        <source>Keep Theirs</source>
        <translation>Keep Theirs</translation>
    </message>
    <message>
        <source>Edit the Note</source>
        <translation>Edit the Note</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) from a merge: for each, keep yours, keep theirs, or edit the note. Yours is on the canvas until you choose.</source>
        <translation>
            <numerusform>%Ln conflict from a merge: keep yours, keep theirs, or edit the note. Yours is on the canvas until you choose.</numerusform>
            <numerusform>%Ln conflicts from a merge: for each, keep yours, keep theirs, or edit the note. Yours is on the canvas until you choose.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mizan::ui::DocumentTab</name>
    <message>
        <source>Document status</source>
        <translation>Document status</translation>
    </message>
    <message>
        <source>Find in notes</source>
        <translation>Find in notes</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Close find bar</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>No match</translation>
    </message>
    <message>
        <source>Mizan cannot keep a copy of your changes, so editing is paused: %1 Save the canvas elsewhere to keep it.</source>
        <translation>Mizan cannot keep a copy of your changes, so editing is paused: %1 Save the canvas elsewhere to keep it.</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Read-only: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>%1 was changed on disk by another program, and you have unsaved edits. Merge the two: changes to different notes combine, and a note changed both ways is listed as a conflict.</source>
        <translation>%1 was changed on disk by another program, and you have unsaved edits. Merge the two: changes to different notes combine, and a note changed both ways is listed as a conflict.</translation>
    </message>
    <message>
        <source>Merge with My Edits</source>
        <translation>Merge with My Edits</translation>
    </message>
    <message>
        <source>%1 was changed on disk by another program.</source>
        <translation>%1 was changed on disk by another program.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Keep Mine</translation>
    </message>
    <message>
        <source>Keep the canvas as it is here: the next save writes over the file on disk</source>
        <translation>Keep the canvas as it is here: the next save writes over the file on disk</translation>
    </message>
    <message>
        <source>A sync client left a conflicting copy of %1: %2. Merge it in to keep the edits made in it.</source>
        <translation>A sync client left a conflicting copy of %1: %2. Merge it in to keep the edits made in it.</translation>
    </message>
    <message>
        <source>Merge It In</source>
        <translation>Merge It In</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Not Now</translation>
    </message>
    <message>
        <source>Cannot read the other version</source>
        <translation>Cannot read the other version</translation>
    </message>
    <message>
        <source>Merged with conflicts</source>
        <translation>Merged with conflicts</translation>
    </message>
    <message numerus="yes">
        <source>%Ln note field(s) were changed both ways. Yours is kept on the canvas for now; the Conflicts panel lists each one to keep yours, keep theirs, or edit.</source>
        <translation>
            <numerusform>%Ln note field was changed both ways. Yours is kept on the canvas for now; the Conflicts panel lists it to keep yours, keep theirs, or edit.</numerusform>
            <numerusform>%Ln note fields were changed both ways. Yours is kept on the canvas for now; the Conflicts panel lists each one to keep yours, keep theirs, or edit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mizan::ui::FindingsPanel</name>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>No findings: the blocks hold together.</source>
        <translation>No findings: the blocks hold together.</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings, %3 advice</source>
        <translation>%1 errors, %2 warnings, %3 advice</translation>
    </message>
    <message>
        <source>Rests on a suggested answer: accept the note&apos;s suggestions to confirm it.</source>
        <translation>Rests on a suggested answer: accept the note&apos;s suggestions to confirm it.</translation>
    </message>
    <message>
        <source>An empty canvas: start with your customer segments, the people you create value for. Double-click in Customer Segments to add one.</source>
        <translation>An empty canvas: start with your customer segments, the people you create value for. Double-click in Customer Segments to add one.</translation>
    </message>
    <message>
        <source>No customer segment yet: the checklist judges each segment&apos;s relationship. Add the customers you create value for in Customer Segments.</source>
        <translation>No customer segment yet: the checklist judges each segment&apos;s relationship. Add the customers you create value for in Customer Segments.</translation>
    </message>
</context>
<context>
    <name>mizan::ui::HelpDialog</name>
    <message>
        <source>Mizan help</source>
        <translation>Mizan help</translation>
    </message>
    <message>
        <source>Customer relationships</source>
        <translation>Customer relationships</translation>
    </message>
    <message>
        <source>Retention strategies</source>
        <translation>Retention strategies</translation>
    </message>
    <message>
        <source>Experiences, not relationships</source>
        <translation>Experiences, not relationships</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Touchpoints</translation>
    </message>
    <message>
        <source>Relationship marketing</source>
        <translation>Relationship marketing</translation>
    </message>
    <message>
        <source>Every finding cites the points of the method it rests on. This is what they say.</source>
        <translation>Every finding cites the points of the method it rests on. This is what they say.</translation>
    </message>
    <message>
        <source>The method</source>
        <translation>The method</translation>
    </message>
    <message>
        <source>Checklist rules</source>
        <translation>Checklist rules</translation>
    </message>
    <message>
        <source>Double-click in a block to add a note there; double-click a note, or press F2 or Enter, to edit it; Escape ends editing. The arrow keys walk the notes; drag notes to move them; Space+drag or the middle button pans. In presentation mode: arrows and PageUp/PageDown step, F findings, B blank, T timer, Esc leaves.</source>
        <translation>Double-click in a block to add a note there; double-click a note, or press F2 or Enter, to edit it; Escape ends editing. The arrow keys walk the notes; drag notes to move them; Space+drag or the middle button pans. In presentation mode: arrows and PageUp/PageDown step, F findings, B blank, T timer, Esc leaves.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Mizan %1&lt;/h2&gt;&lt;p&gt;A Business Model Canvas editor and customer-relationship planner.&lt;/p&gt;&lt;p&gt;The Business Model Canvas is by Strategyzer AG (strategyzer.com), published under the Creative Commons Attribution-Share Alike 3.0 licence (CC BY-SA 3.0).&lt;/p&gt;&lt;p&gt;Mizan is free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Mizan %1&lt;/h2&gt;&lt;p&gt;A Business Model Canvas editor and customer-relationship planner.&lt;/p&gt;&lt;p&gt;The Business Model Canvas is by Strategyzer AG (strategyzer.com), published under the Creative Commons Attribution-Share Alike 3.0 licence (CC BY-SA 3.0).&lt;/p&gt;&lt;p&gt;Mizan is free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
</context>
<context>
    <name>mizan::ui::HistoryPanel</name>
    <message>
        <source>No change to the notes</source>
        <translation>No change to the notes</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Versions are kept in .mizan documents: save this canvas as one to keep its history.</source>
        <translation>Versions are kept in .mizan documents: save this canvas as one to keep its history.</translation>
    </message>
    <message>
        <source>No versions yet. Save a version before a workshop or a pitch; the first save of a new day also keeps the canvas as it stood at the end of the last day.</source>
        <translation>No versions yet. Save a version before a workshop or a pitch; the first save of a new day also keeps the canvas as it stood at the end of the last day.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <source>Save a Version…</source>
        <translation>Save a Version…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Open the version read-only in a new tab</source>
        <translation>Open the version read-only in a new tab</translation>
    </message>
    <message>
        <source>Compare with Now</source>
        <translation>Compare with Now</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Make the canvas what this version holds (Undo takes it back)</source>
        <translation>Make the canvas what this version holds (Undo takes it back)</translation>
    </message>
    <message numerus="yes">
        <source>The first version: %Ln note(s)</source>
        <translation>
            <numerusform>The first version: %Ln note</numerusform>
            <numerusform>The first version: %Ln notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln added</source>
        <translation>
            <numerusform>%Ln added</numerusform>
            <numerusform>%Ln added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln removed</source>
        <translation>
            <numerusform>%Ln removed</numerusform>
            <numerusform>%Ln removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln moved</source>
        <translation>
            <numerusform>%Ln moved</numerusform>
            <numerusform>%Ln moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed</source>
        <translation>
            <numerusform>%Ln changed</numerusform>
            <numerusform>%Ln changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln version(s)</source>
        <translation>
            <numerusform>%Ln version</numerusform>
            <numerusform>%Ln versions</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare the Two</source>
        <translation>Compare the Two</translation>
    </message>
    <message>
        <source>Select two versions (Ctrl+click) to compare them with each other</source>
        <translation>Select two versions (Ctrl+click) to compare them with each other</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
</context>
<context>
    <name>mizan::ui::MainWindow</name>
    <message>
        <source>Open canvases</source>
        <translation>Open canvases</translation>
    </message>
    <message>
        <source>Open canvas</source>
        <translation>Open canvas</translation>
    </message>
    <message>
        <source>Mizan canvases (*.mizan *.json);;All files (*)</source>
        <translation>Mizan canvases (*.mizan *.json);;All files (*)</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Could not export</translation>
    </message>
    <message>
        <source>Could not print</source>
        <translation>Could not print</translation>
    </message>
    <message>
        <source>The printer did not accept the document.</source>
        <translation>The printer did not accept the document.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>New from &amp;example</source>
        <translation>New from &amp;example</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>&amp;New canvas</source>
        <translation>&amp;New canvas</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Open...</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save &amp;as...</source>
        <translation>Save &amp;as...</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Select &amp;all</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>&amp;Add note</translation>
    </message>
    <message>
        <source>&amp;Edit note</source>
        <translation>&amp;Edit note</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>&amp;Find...</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Find &amp;next</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <source>Zoom to &amp;fit</source>
        <translation>Zoom to &amp;fit</translation>
    </message>
    <message>
        <source>&amp;Segment colours on notes</source>
        <translation>&amp;Segment colours on notes</translation>
    </message>
    <message>
        <source>&amp;About Mizan</source>
        <translation>&amp;About Mizan</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Export...</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Print...</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Presentation mode</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Planner</source>
        <translation>Planner</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>Zoom %1%</translation>
    </message>
    <message>
        <source>%1[*] — Mizan</source>
        <translation>%1[*] — Mizan</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>Cannot open %1</translation>
    </message>
    <message>
        <source>Untitled canvas</source>
        <translation>Untitled canvas</translation>
    </message>
    <message>
        <source>Cannot create a canvas</source>
        <translation>Cannot create a canvas</translation>
    </message>
    <message>
        <source>Recover unsaved changes?</source>
        <translation>Recover unsaved changes?</translation>
    </message>
    <message>
        <source>Mizan closed without saving your changes to “%1” (last edited %2). Recover them?</source>
        <translation>Mizan closed without saving your changes to “%1” (last edited %2). Recover them?</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Recover</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Decide later</translation>
    </message>
    <message>
        <source>Cannot recover %1</source>
        <translation>Cannot recover %1</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exported %1</translation>
    </message>
    <message>
        <source>Could not save %1</source>
        <translation>Could not save %1</translation>
    </message>
    <message>
        <source>Save canvas</source>
        <translation>Save canvas</translation>
    </message>
    <message>
        <source>Mizan canvas (*.mizan);;Mizan JSON (*.json)</source>
        <translation>Mizan canvas (*.mizan);;Mizan JSON (*.json)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing?</source>
        <translation>Save the changes to “%1” before closing?</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Cut</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Paste</translation>
    </message>
    <message>
        <source>Keep the canvas &amp;left to right</source>
        <translation>Keep the canvas &amp;left to right</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Relationship &amp;calendar...</source>
        <translation>Relationship &amp;calendar...</translation>
    </message>
    <message>
        <source>The &amp;method</source>
        <translation>The &amp;method</translation>
    </message>
    <message>
        <source>Checklist &amp;rules</source>
        <translation>Checklist &amp;rules</translation>
    </message>
    <message>
        <source>Cannot import %1</source>
        <translation>Cannot import %1</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>Imported %1</translation>
    </message>
    <message>
        <source>The canvas has no file yet: save it to keep it. What was guessed or left out is in the details.</source>
        <translation>The canvas has no file yet: save it to keep it. What was guessed or left out is in the details.</translation>
    </message>
    <message>
        <source>Import a canvas</source>
        <translation>Import a canvas</translation>
    </message>
    <message>
        <source>Canvases from other tools (*.md *.markdown *.txt *.csv *.tsv *.xml *.json);;All files (*)</source>
        <translation>Canvases from other tools (*.md *.markdown *.txt *.csv *.tsv *.xml *.json);;All files (*)</translation>
    </message>
    <message>
        <source>Export as Markdown</source>
        <translation>Export as Markdown</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Import...</translation>
    </message>
    <message>
        <source>Open a canvas made in another tool: Markdown, CSV, Leantime&apos;s export, the Business Model Canvas app</source>
        <translation>Open a canvas made in another tool: Markdown, CSV, Leantime&apos;s export, the Business Model Canvas app</translation>
    </message>
    <message>
        <source>Export as &amp;Markdown...</source>
        <translation>Export as &amp;Markdown...</translation>
    </message>
    <message>
        <source>New from &amp;template</source>
        <translation>New from &amp;template</translation>
    </message>
    <message>
        <source>Include suggested answers ✦</source>
        <translation>Include suggested answers ✦</translation>
    </message>
    <message>
        <source>Check the canvas with the answers the notes&apos; words suggest taken as answers; the findings that rest on them are marked ✦.</source>
        <translation>Check the canvas with the answers the notes&apos; words suggest taken as answers; the findings that rest on them are marked ✦.</translation>
    </message>
    <message>
        <source>Mizan can read what is still readable into a new canvas; %1 itself is left as it is.</source>
        <translation>Mizan can read what is still readable into a new canvas; %1 itself is left as it is.</translation>
    </message>
    <message>
        <source>Salvage...</source>
        <translation>Salvage...</translation>
    </message>
    <message>
        <source>Nothing to salvage in %1</source>
        <translation>Nothing to salvage in %1</translation>
    </message>
    <message>
        <source>%1 (salvaged)</source>
        <translation>%1 (salvaged)</translation>
    </message>
    <message>
        <source>%1 of %2 notes recovered.</source>
        <translation>%1 of %2 notes recovered.</translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) lost their segment.</source>
        <translation>
            <numerusform>%n plan lost its segment.</numerusform>
            <numerusform>%n plans lost their segment.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) to lost notes dropped.</source>
        <translation>
            <numerusform>%n link to lost notes dropped.</numerusform>
            <numerusform>%n links to lost notes dropped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) left out as unreadable.</source>
        <translation>
            <numerusform>%n note left out as unreadable.</numerusform>
            <numerusform>%n notes left out as unreadable.</numerusform>
        </translation>
    </message>
    <message>
        <source>Salvaged %1</source>
        <translation>Salvaged %1</translation>
    </message>
    <message>
        <source>The canvas has no file yet: save it to keep it.</source>
        <translation>The canvas has no file yet: save it to keep it.</translation>
    </message>
    <message>
        <source>Exporting %1...</source>
        <translation>Exporting %1...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Drawing page %1 of %2...</source>
        <translation>Drawing page %1 of %2...</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written</source>
        <translation>Export cancelled; nothing was written</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>Cannot compare</translation>
    </message>
    <message>
        <source>Compare with a file</source>
        <translation>Compare with a file</translation>
    </message>
    <message>
        <source>Mizan canvases (*.mizan *.json)</source>
        <translation>Mizan canvases (*.mizan *.json)</translation>
    </message>
    <message>
        <source>Save a &amp;Version...</source>
        <translation>Save a &amp;Version...</translation>
    </message>
    <message>
        <source>Keep the canvas as it is now under a name (&quot;Workshop 3&quot;), inside the .mizan file</source>
        <translation>Keep the canvas as it is now under a name (&quot;Workshop 3&quot;), inside the .mizan file</translation>
    </message>
    <message>
        <source>Compare &amp;with File...</source>
        <translation>Compare &amp;with File...</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Save the canvas as a .mizan document first.</source>
        <translation>Save the canvas as a .mizan document first.</translation>
    </message>
    <message>
        <source>Save a version</source>
        <translation>Save a version</translation>
    </message>
    <message>
        <source>Versions are kept inside .mizan documents. Choose where to save this canvas as one; the version is saved in it.</source>
        <translation>Versions are kept inside .mizan documents. Choose where to save this canvas as one; the version is saved in it.</translation>
    </message>
    <message>
        <source>Mizan canvas (*.mizan)</source>
        <translation>Mizan canvas (*.mizan)</translation>
    </message>
    <message>
        <source>A name for the canvas as it is now, to find it again (&quot;Workshop 3&quot;, &quot;Investor deck&quot;):</source>
        <translation>A name for the canvas as it is now, to find it again (&quot;Workshop 3&quot;, &quot;Investor deck&quot;):</translation>
    </message>
    <message>
        <source>Could not save the version</source>
        <translation>Could not save the version</translation>
    </message>
    <message>
        <source>Version “%1” saved</source>
        <translation>Version “%1” saved</translation>
    </message>
    <message>
        <source>Cannot open the version</source>
        <translation>Cannot open the version</translation>
    </message>
    <message>
        <source>%1 — version “%2”</source>
        <translation>%1 — version “%2”</translation>
    </message>
    <message>
        <source>Version “%1” of %2, read-only. Restore it from the History panel to make it the canvas again, or use Save As to keep it as a file of its own.</source>
        <translation>Version “%1” of %2, read-only. Restore it from the History panel to make it the canvas again, or use Save As to keep it as a file of its own.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Cannot restore the version</source>
        <translation>Cannot restore the version</translation>
    </message>
    <message>
        <source>Version restored: Undo takes it back</source>
        <translation>Version restored: Undo takes it back</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Yours</translation>
    </message>
    <message>
        <source>On disk</source>
        <translation>On disk</translation>
    </message>
    <message>
        <source>Rename the version</source>
        <translation>Rename the version</translation>
    </message>
    <message>
        <source>A name for this version (leave it empty to make it the day&apos;s automatic version):</source>
        <translation>A name for this version (leave it empty to make it the day&apos;s automatic version):</translation>
    </message>
    <message>
        <source>Cannot rename the version</source>
        <translation>Cannot rename the version</translation>
    </message>
    <message>
        <source>Delete the version “%1” from the history of %2?</source>
        <translation>Delete the version “%1” from the history of %2?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln version(s) from the history of %1?</source>
        <translation>
            <numerusform>Delete %Ln version from the history of %1?</numerusform>
            <numerusform>Delete %Ln versions from the history of %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete versions</source>
        <translation>Delete versions</translation>
    </message>
    <message>
        <source>The other versions stay as they are. The history in the file changes when you save the canvas; until then, closing without saving keeps the version.</source>
        <translation>The other versions stay as they are. The history in the file changes when you save the canvas; until then, closing without saving keeps the version.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Cannot delete the version</source>
        <translation>Cannot delete the version</translation>
    </message>
    <message numerus="yes">
        <source>%Ln version(s) deleted: saving the canvas writes the history</source>
        <translation>
            <numerusform>%Ln version deleted: saving the canvas writes the history</numerusform>
            <numerusform>%Ln versions deleted: saving the canvas writes the history</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Merge a Copy In...</source>
        <translation>&amp;Merge a Copy In...</translation>
    </message>
    <message>
        <source>Combine another copy of this canvas (a client&apos;s edits, a colleague&apos;s copy) with yours; what was changed both ways is listed in the Conflicts panel</source>
        <translation>Combine another copy of this canvas (a client's edits, a colleague's copy) with yours; what was changed both ways is listed in the Conflicts panel</translation>
    </message>
    <message>
        <source>Merge a copy of this canvas</source>
        <translation>Merge a copy of this canvas</translation>
    </message>
    <message>
        <source>Cannot merge</source>
        <translation>Cannot merge</translation>
    </message>
    <message>
        <source>%1 merged in: Undo takes it back</source>
        <translation>%1 merged in: Undo takes it back</translation>
    </message>
    <message>
        <source>This is the canvas&apos;s own file: choose another copy of it.</source>
        <translation>This is the canvas's own file: choose another copy of it.</translation>
    </message>
</context>
<context>
    <name>mizan::ui::NoteItem</name>
    <message numerus="yes">
        <source>Its words suggest %n answer(s): select the note to see them in the planner.</source>
        <translation>
            <numerusform>Its words suggest %n answer: select the note to see it in the planner.</numerusform>
            <numerusform>Its words suggest %n answers: select the note to see them in the planner.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mizan::ui::PlannerPanel</name>
    <message>
        <source>Planner</source>
        <translation>Planner</translation>
    </message>
    <message>
        <source>Open a canvas to plan its relationships.</source>
        <translation>Open a canvas to plan its relationships.</translation>
    </message>
    <message>
        <source>Select a customer segment to plan its relationship, or a channel, plan or team to answer its questions.</source>
        <translation>Select a customer segment to plan its relationship, or a channel, plan or team to answer its questions.</translation>
    </message>
    <message>
        <source>Customer segment</source>
        <translation>Customer segment</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Market</translation>
    </message>
    <message>
        <source>Estimated number of customers</source>
        <translation>Estimated number of customers</translation>
    </message>
    <message>
        <source>Revenue per customer per year</source>
        <translation>Revenue per customer per year</translation>
    </message>
    <message>
        <source>Segment colour</source>
        <translation>Segment colour</translation>
    </message>
    <message>
        <source>Relationship plan</source>
        <translation>Relationship plan</translation>
    </message>
    <message>
        <source>How will you interact with this segment before, during and after delivering value?</source>
        <translation>How will you interact with this segment before, during and after delivering value?</translation>
    </message>
    <message>
        <source>Plan the relationship</source>
        <translation>Plan the relationship</translation>
    </message>
    <message>
        <source>Relationship with %1</source>
        <translation>Relationship with %1</translation>
    </message>
    <message>
        <source>How deep is the relationship?</source>
        <translation>How deep is the relationship?</translation>
    </message>
    <message>
        <source>Which mechanisms carry it?</source>
        <translation>Which mechanisms carry it?</translation>
    </message>
    <message>
        <source>More ways to keep in touch (CR12):</source>
        <translation>More ways to keep in touch (CR12):</translation>
    </message>
    <message>
        <source>What is it for?</source>
        <translation>What is it for?</translation>
    </message>
    <message>
        <source>Which channels does it run through?</source>
        <translation>Which channels does it run through?</translation>
    </message>
    <message>
        <source>ownership not set</source>
        <translation>ownership not set</translation>
    </message>
    <message>
        <source>Does the channel support these answers?</source>
        <translation>Does the channel support these answers?</translation>
    </message>
    <message>
        <source>Channel verdict</source>
        <translation>Channel verdict</translation>
    </message>
    <message>
        <source>Which concrete means?</source>
        <translation>Which concrete means?</translation>
    </message>
    <message>
        <source>Which voice?</source>
        <translation>Which voice?</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>Tone</translation>
    </message>
    <message>
        <source>How it sounds</source>
        <translation>How it sounds</translation>
    </message>
    <message>
        <source>Privacy stance</source>
        <translation>Privacy stance</translation>
    </message>
    <message>
        <source>What data you keep, why, and what the customer controls</source>
        <translation>What data you keep, why, and what the customer controls</translation>
    </message>
    <message>
        <source>Show the plan&apos;s note</source>
        <translation>Show the plan&apos;s note</translation>
    </message>
    <message>
        <source>The segment this plan is for</source>
        <translation>The segment this plan is for</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>Change segment</source>
        <translation>Change segment</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Ownership</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Reach</translation>
    </message>
    <message>
        <source>Phases it covers</source>
        <translation>Phases it covers</translation>
    </message>
    <message>
        <source>Segments it serves</source>
        <translation>Segments it serves</translation>
    </message>
    <message>
        <source>Means it offers</source>
        <translation>Means it offers</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>This resource is a team of people</source>
        <translation>This resource is a team of people</translation>
    </message>
    <message>
        <source>Change team</source>
        <translation>Change team</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Headcount</translation>
    </message>
    <message>
        <source>What it provides</source>
        <translation>What it provides</translation>
    </message>
    <message>
        <source>Segments that pay it</source>
        <translation>Segments that pay it</translation>
    </message>
    <message>
        <source>What this cost pays for</source>
        <translation>What this cost pays for</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Text direction</source>
        <translation>Text direction</translation>
    </message>
    <message>
        <source>Note colour</source>
        <translation>Note colour</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Tags, separated by commas</translation>
    </message>
    <message>
        <source>Touchpoints, economics and personas...</source>
        <translation>Touchpoints, economics and personas...</translation>
    </message>
    <message>
        <source>The segment&apos;s touchpoints across its lifecycle (TP3), what keeping it is worth (RT1, RT5) and its personas (RT4)</source>
        <translation>The segment&apos;s touchpoints across its lifecycle (TP3), what keeping it is worth (RT1, RT5) and its personas (RT4)</translation>
    </message>
    <message>
        <source>Whom this team serves</source>
        <translation>Whom this team serves</translation>
    </message>
    <message>
        <source>Leave empty while it is not decided: the checklist then asks instead of judging.</source>
        <translation>Leave empty while it is not decided: the checklist then asks instead of judging.</translation>
    </message>
    <message>
        <source>Segments:</source>
        <translation>Segments:</translation>
    </message>
    <message>
        <source>Channels (it serves their segments):</source>
        <translation>Channels (it serves their segments):</translation>
    </message>
</context>
<context>
    <name>mizan::ui::PresentationWindow</name>
    <message>
        <source>Presentation</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <source>Presentation of the canvas</source>
        <translation>Presentation of the canvas</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>No notes yet.</translation>
    </message>
    <message numerus="yes">
        <source>+%n more notes</source>
        <translation>
            <numerusform>+%n more note</numerusform>
            <numerusform>+%n more notes</numerusform>
        </translation>
    </message>
    <message>
        <source>No findings here.</source>
        <translation>No findings here.</translation>
    </message>
</context>
<context>
    <name>mizan::ui::SegmentWorkbook</name>
    <message>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>Where this segment meets you, stage by stage (TP3). Double-click a cell to describe the touchpoint: what happens, front or back office (RM5), who owns it (RT7), the experience aimed for (EX3), how it is measured (EX5) and whether satisfaction is surveyed (RT6).</source>
        <translation>Where this segment meets you, stage by stage (TP3). Double-click a cell to describe the touchpoint: what happens, front or back office (RM5), who owns it (RT7), the experience aimed for (EX3), how it is measured (EX5) and whether satisfaction is surveyed (RT6).</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Touchpoints</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Customers kept per period (%)</source>
        <translation>Customers kept per period (%)</translation>
    </message>
    <message>
        <source>Cost of winning a customer</source>
        <translation>Cost of winning a customer</translation>
    </message>
    <message>
        <source>Cost of keeping a customer, per period</source>
        <translation>Cost of keeping a customer, per period</translation>
    </message>
    <message>
        <source>Margin per customer, per period</source>
        <translation>Margin per customer, per period</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why customers leave (%), RT2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Why customers leave (%), RT2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Service quality</source>
        <translation>Service quality</translation>
    </message>
    <message>
        <source>The product</source>
        <translation>The product</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Competitors</translation>
    </message>
    <message>
        <source>Other reasons</source>
        <translation>Other reasons</translation>
    </message>
    <message>
        <source>Retention figures</source>
        <translation>Retention figures</translation>
    </message>
    <message>
        <source>Retention economics</source>
        <translation>Retention economics</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Add persona</source>
        <translation>Add persona</translation>
    </message>
    <message>
        <source>Remove persona</source>
        <translation>Remove persona</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>Who they are</translation>
    </message>
    <message>
        <source>Their goals (EX4)</source>
        <translation>Their goals (EX4)</translation>
    </message>
    <message>
        <source>How they reach them (EX4)</source>
        <translation>How they reach them (EX4)</translation>
    </message>
    <message>
        <source>Motivation (RT3)</source>
        <translation>Motivation (RT3)</translation>
    </message>
    <message>
        <source>First experience (RT3)</source>
        <translation>First experience (RT3)</translation>
    </message>
    <message>
        <source>Personalisation (RT3)</source>
        <translation>Personalisation (RT3)</translation>
    </message>
    <message>
        <source>Change (RT3)</source>
        <translation>Change (RT3)</translation>
    </message>
    <message>
        <source>Satisfaction (RT3)</source>
        <translation>Satisfaction (RT3)</translation>
    </message>
    <message>
        <source>Loyalty (RT3)</source>
        <translation>Loyalty (RT3)</translation>
    </message>
    <message>
        <source>Edit persona</source>
        <translation>Edit persona</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>New persona</translation>
    </message>
    <message>
        <source>%1: touchpoints, economics and personas</source>
        <translation>%1: touchpoints, economics and personas</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Any channel</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>No owner</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Owner: %1</translation>
    </message>
    <message>
        <source>Measured by %1</source>
        <translation>Measured by %1</translation>
    </message>
    <message>
        <source>Touchpoint: %1</source>
        <translation>Touchpoint: %1</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>What happens</translation>
    </message>
    <message>
        <source>Office (RM5)</source>
        <translation>Office (RM5)</translation>
    </message>
    <message>
        <source>Who owns it (RT7)</source>
        <translation>Who owns it (RT7)</translation>
    </message>
    <message>
        <source>Experience aimed for (EX3)</source>
        <translation>Experience aimed for (EX3)</translation>
    </message>
    <message>
        <source>Measured by (EX5)</source>
        <translation>Measured by (EX5)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove touchpoint</source>
        <translation>Remove touchpoint</translation>
    </message>
    <message>
        <source>Edit touchpoint</source>
        <translation>Edit touchpoint</translation>
    </message>
    <message>
        <source>Not enough answers</source>
        <translation>Not enough answers</translation>
    </message>
    <message>
        <source>Cost of keeping a customer (6 to 1, RT5)</source>
        <translation>Cost of keeping a customer (6 to 1, RT5)</translation>
    </message>
    <message>
        <source>Cost of keeping a customer</source>
        <translation>Cost of keeping a customer</translation>
    </message>
    <message>
        <source>Expected lifetime, in periods</source>
        <translation>Expected lifetime, in periods</translation>
    </message>
    <message>
        <source>Lifetime value of a customer</source>
        <translation>Lifetime value of a customer</translation>
    </message>
    <message>
        <source>Periods to pay back winning a customer</source>
        <translation>Periods to pay back winning a customer</translation>
    </message>
    <message>
        <source>Lifetime value with 5 more points kept</source>
        <translation>Lifetime value with 5 more points kept</translation>
    </message>
    <message>
        <source>Effect of 5 more points kept on that value</source>
        <translation>Effect of 5 more points kept on that value</translation>
    </message>
    <message>
        <source>Published reference: for small and mid-sized businesses, 5% more retention raises profit by %1 to %2% (RT1).</source>
        <translation>Published reference: for small and mid-sized businesses, 5% more retention raises profit by %1 to %2% (RT1).</translation>
    </message>
    <message>
        <source>Customers over time</source>
        <translation>Customers over time</translation>
    </message>
    <message>
        <source>Today&apos;s retention</source>
        <translation>Today&apos;s retention</translation>
    </message>
    <message>
        <source>5 more points kept</source>
        <translation>5 more points kept</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Periods</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <source>Yes, surveyed</source>
        <translation>Yes, surveyed</translation>
    </message>
    <message>
        <source>No, not surveyed</source>
        <translation>No, not surveyed</translation>
    </message>
    <message>
        <source>Satisfaction surveyed here (RT6, RM6)</source>
        <translation>Satisfaction surveyed here (RT6, RM6)</translation>
    </message>
</context>
<context>
    <name>mizan::ui::StartPage</name>
    <message>
        <source>Mizan</source>
        <translation>Mizan</translation>
    </message>
    <message>
        <source>Fill in the nine blocks of your business model, plan each customer segment&apos;s relationship, and see where the blocks contradict each other.</source>
        <translation>Fill in the nine blocks of your business model, plan each customer segment&apos;s relationship, and see where the blocks contradict each other.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>New empty canvas</source>
        <translation>New empty canvas</translation>
    </message>
    <message>
        <source>The nine blocks, empty: begin with your customer segments.</source>
        <translation>The nine blocks, empty: begin with your customer segments.</translation>
    </message>
    <message>
        <source>Open a canvas...</source>
        <translation>Open a canvas...</translation>
    </message>
    <message>
        <source>A .mizan file, or a canvas saved as JSON.</source>
        <translation>A .mizan file, or a canvas saved as JSON.</translation>
    </message>
    <message>
        <source>Import from another tool...</source>
        <translation>Import from another tool...</translation>
    </message>
    <message>
        <source>Markdown, CSV, Leantime&apos;s export, the Business Model Canvas app.</source>
        <translation>Markdown, CSV, Leantime&apos;s export, the Business Model Canvas app.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Templates</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Examples</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Recent</translation>
    </message>
    <message>
        <source>The canvases you open will be listed here.</source>
        <translation>The canvases you open will be listed here.</translation>
    </message>
</context>
<context>
    <name>mizan::ui::SuggestionList</name>
    <message>
        <source>Suggested answers</source>
        <translation>Suggested answers</translation>
    </message>
    <message>
        <source>Suggested: &lt;b&gt;%1&lt;/b&gt; — from: “%2”</source>
        <translation>Suggested: &lt;b&gt;%1&lt;/b&gt; — from: “%2”</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Accept the suggestion “%1”</source>
        <translation>Accept the suggestion “%1”</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Dismiss the suggestion “%1”: it will not be proposed again</source>
        <translation>Dismiss the suggestion “%1”: it will not be proposed again</translation>
    </message>
</context>
<context>
    <name>mizan::ui::SuggestionSummary</name>
    <message>
        <source>Suggestions from the note&apos;s words</source>
        <translation>Suggestions from the note&apos;s words</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>Accept all</translation>
    </message>
    <message>
        <source>Accept every suggested answer of this note (one undo step)</source>
        <translation>Accept every suggested answer of this note (one undo step)</translation>
    </message>
    <message>
        <source>Dismiss all</source>
        <translation>Dismiss all</translation>
    </message>
    <message>
        <source>Dismiss every suggested answer of this note</source>
        <translation>Dismiss every suggested answer of this note</translation>
    </message>
    <message numerus="yes">
        <source>The note&apos;s words suggest %n answer(s), shown under their questions. Nothing is answered until you accept.</source>
        <translation>
            <numerusform>The note&apos;s words suggest %n answer, shown under its question. Nothing is answered until you accept.</numerusform>
            <numerusform>The note&apos;s words suggest %n answers, shown under their questions. Nothing is answered until you accept.</numerusform>
        </translation>
    </message>
</context>
</TS>
