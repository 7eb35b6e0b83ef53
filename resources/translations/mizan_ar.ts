<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Checklist</name>
    <message>
        <source>How deep is the relationship with {segment}: continuous contact, or limited?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which mechanisms will carry the relationship?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is the relationship for: winning, keeping or growing customers?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which channels does it run through? Do you own them, or use a partner&apos;s?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which concrete means fit these answers and the channels?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which voice fits {segment} and the chosen mechanisms?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the channel of {segment} support these answers?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer depth, mechanism, focus and channel to see whether the channel supports them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: {channels} support these answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet. Change the answers or the channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer segment with no relationship plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relationship is set per segment: how you interact with it before, during and after delivering value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment {segment} has no relationship plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note to Customer Relationships for {segment} and answer its questions: depth, mechanism, focus, channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A relationship plan with questions still unanswered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth, mechanism, focus and channel are the four questions that define the relationship; the rest of the checklist depends on them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan for {segment} leaves unanswered: {questions}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer {questions} in the plan for {segment}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two or more relationship plans for the same segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A segment has one relationship: several plans contradict each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment {segment} has {count} relationship plans: {plans}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge them into one plan, or point each plan at the segment it is really about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A relationship plan that names no customer segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A relationship is always with a given segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan {plan} is not tied to any customer segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the segment this plan is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer segment that no channel serves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relationship runs through the segment&apos;s channel: without one, none of the answers can be delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No channel serves segment {segment}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {segment} to the segments served by one of your channels, or add a channel for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A channel that serves no customer segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A channel exists to reach segments; one that reaches none costs without carrying any relationship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel {channel} serves no customer segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the segments {channel} serves, or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan that runs through a channel which does not serve its segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segment&apos;s current channel must support the answers; a channel that does not reach the segment cannot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan for {segment} runs through {channels}, which do not serve {segment}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {segment} to the segments {channels} serve, or pick channels that do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal or dedicated personal assistance with nobody to give it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a sales, support or marketing team, personal assistance makes no sense: nobody exists to give it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan for {segment} relies on {mechanisms}, but Key Resources list nobody in sales, support or marketing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the team that will give this assistance to Key Resources, or choose a mechanism that needs no people, such as self-service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dedicated personal assistance for a segment far larger than the team can cover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dedicated assistance means one representative per client; the team must be able to cover the segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment {segment} has about {size} customers, but {people} people in sales and support can give dedicated assistance to about {capacity}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grow the team, keep dedicated assistance for key accounts only, or choose personal assistance for the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dedicated personal assistance for a mass-market segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dedicated assistance is one representative per client, as for key accounts; a mass market cannot be served that way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment {segment} is a mass market, yet its plan offers dedicated personal assistance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep dedicated assistance for a smaller key-account segment; serve the mass market with personal assistance, self-service or automation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal assistance whose people appear nowhere in the Cost Structure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people who give personal assistance are a cost; a model that leaves them out looks more profitable than it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan for {segment} relies on {mechanisms}, but no cost in Cost Structure is linked to {teams}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a cost for {teams} to Cost Structure and link it to the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal assistance with no concrete means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal assistance reaches customers through concrete means: a toll-free number, e-mail, social networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan for {segment} offers {mechanisms} but names no concrete means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the means: for example a toll-free line, e-mail, chat or social networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deep relationship that runs only through partner channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through partner channels a relationship is mostly shallow: the partner, not you, has the contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan for {segment} is deep, but it runs only through partner channels: {channels}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an owned channel for {segment}, or plan a shallower relationship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deep relationship built only from shallow mechanisms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deep relationship needs continuous contact; self-service, automation, transactions and one-way broadcasts give limited contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan for {segment} is deep, but its mechanisms are all shallow: {mechanisms}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a mechanism with real contact (personal assistance, a community, co-creation), or call the relationship shallow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shallow relationship that offers dedicated personal assistance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dedicated assistance is the deepest contact there is; a shallow plan with it contradicts itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan for {segment} is called shallow but offers dedicated personal assistance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Either the relationship is deeper than stated, or dedicated assistance is more than this segment needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention or growth focus with no mechanism that keeps customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping customers takes mechanisms made for it: loyalty programs, communities, dedicated assistance, long-term commitments, lock-in, personal touches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan for {segment} aims at {focus}, but none of its mechanisms keeps customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a retention mechanism such as a loyalty program, a community or personal touches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention or growth focus with no channel covering after-sales.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers are kept after the sale: the lifecycle ends with after-sales service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan for {segment} aims at {focus}, but none of its channels covers after-sales.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover after-sales in one of the plan&apos;s channels, or add a channel that does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquisition focus with no channel covering awareness or evaluation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customers must first hear of you and judge the offer: the channel has to support that answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan for {segment} aims at acquisition, but none of its channels covers awareness or evaluation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add awareness or evaluation to one of the plan&apos;s channels, or add a channel that covers them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A retention-focused segment with no way of measuring satisfaction or outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback surveys show what to fix and predict trends; measure the outcome, not only the activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan for {segment} aims at retention, but nothing in Key Resources, Activities or Partners measures satisfaction or outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a satisfaction survey or an outcome measure (was the problem solved, and when) to Key Activities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Means the plan uses that none of the segment&apos;s channels offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The concrete means must fit the channel: a means no channel offers cannot be delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan for {segment} uses {means}, which none of its channels offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer {means} in one of the plan&apos;s channels, or choose means the channels have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A relationship plan with no voice, on the plan or on each of its channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your voice must fit the audience&apos;s expectations and the chosen mechanism.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan for {segment} has no voice set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the tone you speak to {segment} in, and describe it in a sentence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different voices for the same segment on different channels of its plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The messages of every channel must agree: one segment, one voice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment {segment} is spoken to in different tones on different channels: {tones}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one tone for {segment} on every channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A community with nobody managing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A community is a place where users help each other; someone has to run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan for {segment} builds a community, but no team or activity manages one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add community management to Key Activities, or a community team to Key Resources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A community with no place to meet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users can only help each other where they meet: a forum, social networks, events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan for {segment} builds a community, but none of its channels offers a forum, social networks or events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer a forum, social networks or events in one of the plan&apos;s channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automated services with no platform or no customer data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automated services recognise the user and recommend: they need a platform to run on and data to learn from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan for {segment} uses automated services, but the canvas has no {missing}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {missing} to Key Resources, Activities or Partners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-creation with no way to collect reviews or ideas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-creation means customers add value, for example with reviews; something has to gather them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan for {segment} relies on co-creation, but nothing collects reviews or ideas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add review and idea collection to Key Activities or Key Resources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data-hungry mechanisms with no stated privacy stance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers value anonymity: 69% are very or extremely worried about losing control of their personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan for {segment} uses {mechanisms}, which feed on personal data, but states no privacy stance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State what data you collect from {segment}, why, and what they control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer segment no value proposition is linked to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve each segment by its needs and priorities: a segment with no value proposition has nothing to be served.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value proposition is linked to segment {segment}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the value proposition that serves {segment} to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A segment with revenue per customer but no revenue stream linked to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal is more revenue per account; revenue the canvas cannot trace to a stream is a guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment {segment} brings revenue per customer, but no revenue stream is linked to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the revenue stream {segment} pays into.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>%1 is already open in another Mizan window (%2). Switch to that window to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have permission to change %1, so it opens read-only. Use Save As to keep a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open in another Mizan window; close it there before recovering your changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This canvas has no file yet: use Save As.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open in another Mizan window (%2); close it there first or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lay out right to left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;PNG image (*.png);;SVG drawing (*.svg);;Mizan JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mizan exports .pdf, .png, .svg and .json files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That resolution makes an image too large; choose fewer dots per inch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image could not be encoded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormBuilder</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no notes in %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Method</name>
    <message>
        <source>The block says how you interact with each customer segment before, during and after delivering value. It is set per segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motivations: acquire customers, retain them, grow each segment (boost sales).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channels you own shape the relationships you can have. Without a sales or marketing team, &quot;dedicated personal assistance&quot; makes no sense: nobody exists to give it. Checking this is how you test whether the model holds together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question 1, depth: deep (continuous contact) or shallow (limited contact), or in between. Through partner channels a relationship is mostly shallow. A deep relationship makes leaving costly for the customer (high switching cost); a shallow one cannot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question 2, mechanism: automated, self-service, community, personal assistance, dedicated personal assistance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question 3, focus: acquisition or retention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question 4, channel: do you own it, or use a partner&apos;s?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then: does this segment&apos;s current channel support the answers? If yes, good. If not, change the answers or the channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then pick concrete means that fit the answers and the channel: e.g. personal assistance through a toll-free number, e-mail, or social networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your voice must fit the audience&apos;s expectations and the chosen mechanism.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship types: personal assistance (human interaction: point of sale, call centre, e-mail, social); dedicated personal assistance (one representative per client, key accounts); self-service (no direct relationship, you provide the means); automated services (self-service plus automation that recognises the user and recommends: simulated personal relationship); communities (places where users help each other); co-creation (customers add value, e.g. reviews).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Further examples: newsletters, blogs, events and conferences, call centre or toll-free line, lock-in, manuals shipped with the product, loyalty programs (points, miles), network effects, webinars, tutorials, workshops, sponsorship, referral programs, purely transactional (a fuel station: no attempt at a relationship), partner programs, long-term commitments (B2B contracts, a bank loan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For small and mid-sized businesses, raising retention by 5% raises profit by 25% to 85%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why customers leave: 68% are unhappy with service quality, 13% the product, 9% competitors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Know your customers: follow each customer&apos;s journey (landing to leaving) and analyse motivation, first experience, personalisation, change, satisfaction, loyalty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build buyer personas to reach the right customers with the right material at the right time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winning a new customer costs about 6 times as much as keeping one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Define customer expectations. Keeping 19 promises of 20 is not enough: one failure erases trust. Survey service level at every contact; leave no request unanswered; promise deadlines you can beat (can fix in 5 minutes: promise half an hour).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the relationship alive: CRM tools, an annual calendar of to-do lists, help in daily activities, anticipate incidents, regular contact about new offers, someone responsible for every customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social channels, useful news, an e-mail strategy, a blog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal touches: birthday and anniversary messages, handwritten letters, special offers for top customers, a personal call on their day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyalty rests on customer-service KPIs and consistent service; self-service knowledge base; expert advice; online groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a set of KPIs that measures growth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback surveys: every customer counts; monitor individual feedback; it shows what to fix and what to be proud of, and predicts trends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firms chase relationships through more contact, data harvesting and tailored offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers do not want relationships: they value anonymity (69% of about 6,000 online consumers very or extremely worried about losing control of personal data), follow their own agendas (3% of packaged-goods site visitors look for lifestyle content), and stay suspicious.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make every touchpoint a satisfying experience; redesign internal processes, not customers (a hotel built one unified contact centre instead of asking callers to pick the right number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meet today&apos;s goals, do not count on loyalty; scenario questions: who are the users, what are their goals, how do they reach them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure the outcome (was the problem solved, and when), not the activity (how fast a reply went out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoints drive purchase decisions today; each is an opportunity and a risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identify the customer and segment, their needs and priorities, then serve them at each touchpoint as their life events change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lifecycle: shopping, purchase, receipt (delivery), payment, use, after-sales service; through one channel or several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers want one long relationship and the same experience whatever the channel: staff know them, what they ordered, their preferences and history pass to the next touchpoint, data is shared across channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A company that treats touchpoints as mere distribution and payment points is siloed and confuses customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products look alike; the experience is what keeps customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relationship is every exchange between company and customer, across all sales channels and touchpoints; CRM adds data and technology.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals: more revenue per account (repeat and cross-selling), better customer profitability, no slow drain to competitors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three levers: satisfaction (analyse and meet needs exactly), experience (memorable moments along the purchase journey), engagement (customers who recommend you, ambassadors, suggestions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch multichannel consistency: the messages of every channel must agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control every touchpoint, back office included (after-sales, accounting, the store): service quality is judged by every contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure perception with satisfaction surveys, not only internal indicators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social networks multiply the stakes: customers want to share opinions, good or bad.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteWords</name>
    <message>
        <source>%1 customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n phases</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>For %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix: notes continued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue per customer per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan yet (CR1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth (CR4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanisms (CR5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus (CR6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ownership not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels (CR7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Means (CR9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice (CR10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy stance (EX2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the channel support it? (CR8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings: the blocks hold together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business Model Canvas by Strategyzer AG (strategyzer.com), CC BY-SA 3.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▸ Continued in the appendix, page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▸ Continued in the appendix</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Customer segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value propositions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left to right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right to left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mass market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One large group with broadly similar needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niche market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A specific, specialised group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segmented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups with slightly different needs and problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diversified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unrelated groups with very different needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-sided platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two or more interdependent groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own channel: you shape the relationship it carries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A partner&apos;s channel: relationships through it are mostly shallow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You reach the customer yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You reach the customer through intermediaries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awareness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How customers come to know the offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How customers judge the value proposition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How customers buy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the value proposition reaches them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After-sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support after the purchase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toll-free line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web self-service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters by post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuous contact; leaving becomes costly for the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular but limited contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shallow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limited contact; the customer can leave at no cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Human interaction: point of sale, call centre, e-mail, social networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dedicated personal assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One representative per client, as for key accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No direct relationship: you provide the means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automated services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-service with automation that recognises the user and recommends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places where users help each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-creation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers add value, for example with reviews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newsletters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular news sent to customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blogs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Useful articles customers come back for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events and conferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting customers in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call centre or toll-free line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number customers can always call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaving means losing something: data, set-up, compatibility.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manuals with the product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance shipped with what you sell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyalty program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points, miles and rewards for staying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product is worth more as more people use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webinars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online sessions that teach and keep in touch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutorials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step-by-step help customers follow alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hands-on sessions with customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sponsorship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporting what customers care about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers rewarded for bringing others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purely transactional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attempt at a relationship, like a fuel station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A structured relationship with reselling partners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-term commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts that bind for years, like a bank loan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal touches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday and anniversary messages, handwritten letters, a call on their day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tailored offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers built from what you know about the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquisition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win new customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the customers you have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell more to each segment: repeat and cross-selling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friendly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What automated services run on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What automation learns from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone who runs and moderates the community.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and idea collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A way for customers to add reviews and ideas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction surveys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perception measured by asking customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the problem was solved, and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared customer record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History that follows the customer from channel to channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concrete means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who are our key partners?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who are our key suppliers?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which key resources do we acquire from partners?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which key activities do partners perform?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What key activities do our value propositions require?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our distribution channels? Customer relationships?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue streams?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What key resources do our value propositions require?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who in the team can give personal assistance?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What value do we deliver to the customer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which one of our customers&apos; problems are we helping to solve?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which customer needs are we satisfying?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What type of relationship does each customer segment expect us to establish and maintain with them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep or shallow? Which mechanism? Acquisition, retention or growth?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the segment&apos;s channel support it, and do we have the people for it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through which channels do our customer segments want to be reached?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which channels do we own, and which are partners&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which ones work best? Which ones are most cost-efficient?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For whom are we creating value?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who are our most important customers?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What are the most important costs inherent in our business model?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which key resources are most expensive?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which key activities are most expensive?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For what value are our customers really willing to pay?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How are they paying now? How would they prefer to pay?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much does each revenue stream contribute to overall revenues?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::ui::BlockItem</name>
    <message>
        <source>+%1 more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::ui::CanvasScene</name>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n notes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::ui::CanvasView</name>
    <message>
        <source>Canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nine blocks of the business model canvas and their notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::ui::DocumentTab</name>
    <message>
        <source>Document status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mizan cannot keep a copy of your changes, so editing is paused: %1 Save the canvas elsewhere to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::ui::FindingsPanel</name>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings: the blocks hold together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings, %3 advice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::ui::MainWindow</name>
    <message>
        <source>Open canvases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mizan canvases (*.mizan *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer did not accept the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Mizan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mizan %1&lt;/h3&gt;&lt;p&gt;A Business Model Canvas editor and customer-relationship planner.&lt;/p&gt;&lt;p&gt;The Business Model Canvas is by Strategyzer AG (strategyzer.com), published under the Creative Commons Attribution-Share Alike 3.0 licence (CC BY-SA 3.0).&lt;/p&gt;&lt;p&gt;Mizan is free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click in a block to add a note there; double-click a note to edit it; drag notes to move them; Escape ends editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from &amp;example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coffee roastery (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tailoring atelier (Arabic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dental clinic (Hebrew)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;as...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to &amp;fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Segment colours on notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Mizan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Mizan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover unsaved changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mizan closed without saving your changes to “%1” (last edited %2). Recover them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot recover %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mizan canvas (*.mizan);;Mizan JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the canvas &amp;left to right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::ui::PlannerPanel</name>
    <message>
        <source>Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a canvas to plan its relationships.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a customer segment to plan its relationship, or a channel, plan or team to answer its questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated number of customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue per customer per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How will you interact with this segment before, during and after delivering value?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How deep is the relationship?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which mechanisms carry it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More ways to keep in touch (CR12):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is it for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which channels does it run through?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ownership not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the channel support these answers?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which concrete means?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which voice?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it sounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What data you keep, why, and what the customer controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the plan&apos;s note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segment this plan is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phases it covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments it serves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Means it offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This resource is a team of people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it provides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments that pay it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this cost pays for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mizan::ui::PresentationWindow</name>
    <message>
        <source>Presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation of the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>+%n more notes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No findings here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
