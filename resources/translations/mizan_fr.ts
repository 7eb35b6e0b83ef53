<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Checklist</name>
    <message>
        <source>How deep is the relationship with {segment}: continuous contact, or limited?</source>
        <translation>Quelle est la profondeur de la relation avec {segment}&#xa0;: contact continu ou limité&#xa0;?</translation>
    </message>
    <message>
        <source>Which mechanisms will carry the relationship?</source>
        <translation>Quels mécanismes porteront la relation&#xa0;?</translation>
    </message>
    <message>
        <source>What is the relationship for: winning, keeping or growing customers?</source>
        <translation>À quoi sert la relation&#xa0;: conquérir, fidéliser ou développer les clients&#xa0;?</translation>
    </message>
    <message>
        <source>Which channels does it run through? Do you own them, or use a partner&apos;s?</source>
        <translation>Par quels canaux passe-t-elle&#xa0;? Vous appartiennent-ils, ou passez-vous par ceux d&apos;un partenaire&#xa0;?</translation>
    </message>
    <message>
        <source>Which concrete means fit these answers and the channels?</source>
        <translation>Quels moyens concrets correspondent à ces réponses et aux canaux&#xa0;?</translation>
    </message>
    <message>
        <source>Which voice fits {segment} and the chosen mechanisms?</source>
        <translation>Quelle voix convient à {segment} et aux mécanismes choisis&#xa0;?</translation>
    </message>
    <message>
        <source>Does the channel of {segment} support these answers?</source>
        <translation>Le canal de {segment} permet-il de mettre en œuvre ces réponses&#xa0;?</translation>
    </message>
    <message>
        <source>Answer depth, mechanism, focus and channel to see whether the channel supports them.</source>
        <translation>Répondez aux questions de profondeur, de mécanisme, d&apos;objectif et de canal pour savoir si le canal permet de les mettre en œuvre.</translation>
    </message>
    <message>
        <source>Yes: {channels} support these answers.</source>
        <translation>Oui&#xa0;: ces réponses peuvent être mises en œuvre via {channels}.</translation>
    </message>
    <message>
        <source>Not yet. Change the answers or the channel:</source>
        <translation>Pas encore. Modifiez les réponses ou le canal&#xa0;:</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>«&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>A customer segment with no relationship plan.</source>
        <translation>Un segment de clientèle sans plan de relation.</translation>
    </message>
    <message>
        <source>The relationship is set per segment: how you interact with it before, during and after delivering value.</source>
        <translation>La relation se définit par segment&#xa0;: la manière dont vous interagissez avec lui avant, pendant et après la fourniture de la valeur.</translation>
    </message>
    <message>
        <source>Segment {segment} has no relationship plan.</source>
        <translation>Le segment {segment} n&apos;a pas de plan de relation.</translation>
    </message>
    <message>
        <source>Add a note to Customer Relationships for {segment} and answer its questions: depth, mechanism, focus, channel.</source>
        <translation>Ajoutez une note pour {segment} dans le bloc Relations avec les clients et répondez à ses questions&#xa0;: profondeur, mécanisme, objectif, canal.</translation>
    </message>
    <message>
        <source>Two or more relationship plans for the same segment.</source>
        <translation>Plusieurs plans de relation pour le même segment.</translation>
    </message>
    <message>
        <source>A segment has one relationship: several plans contradict each other.</source>
        <translation>Un segment n&apos;a qu&apos;une seule relation&#xa0;: plusieurs plans se contredisent.</translation>
    </message>
    <message>
        <source>Segment {segment} has {count} relationship plans: {plans}.</source>
        <translation>Le segment {segment} a {count} plans de relation&#xa0;: {plans}.</translation>
    </message>
    <message>
        <source>Merge them into one plan, or point each plan at the segment it is really about.</source>
        <translation>Fusionnez-les en un seul plan, ou rattachez chaque plan au segment qu&apos;il concerne réellement.</translation>
    </message>
    <message>
        <source>A relationship plan that names no customer segment.</source>
        <translation>Un plan de relation qui ne nomme aucun segment de clientèle.</translation>
    </message>
    <message>
        <source>A relationship is always with a given segment.</source>
        <translation>Une relation se noue toujours avec un segment donné.</translation>
    </message>
    <message>
        <source>The plan {plan} is not tied to any customer segment.</source>
        <translation>Le plan {plan} n&apos;est rattaché à aucun segment de clientèle.</translation>
    </message>
    <message>
        <source>Choose the segment this plan is for.</source>
        <translation>Choisissez le segment auquel ce plan est destiné.</translation>
    </message>
    <message>
        <source>A customer segment that no channel serves.</source>
        <translation>Un segment de clientèle qu&apos;aucun canal ne dessert.</translation>
    </message>
    <message>
        <source>The relationship runs through the segment&apos;s channel: without one, none of the answers can be delivered.</source>
        <translation>La relation passe par le canal du segment&#xa0;: sans canal, aucune des réponses ne peut être mise en œuvre.</translation>
    </message>
    <message>
        <source>No channel serves segment {segment}.</source>
        <translation>Aucun canal ne dessert le segment {segment}.</translation>
    </message>
    <message>
        <source>Add {segment} to the segments served by one of your channels, or add a channel for it.</source>
        <translation>Ajoutez {segment} aux segments desservis par l&apos;un de vos canaux, ou créez un canal pour lui.</translation>
    </message>
    <message>
        <source>A plan that runs through a channel which does not serve its segment.</source>
        <translation>Un plan qui passe par un canal ne desservant pas son segment.</translation>
    </message>
    <message>
        <source>The segment&apos;s current channel must support the answers; a channel that does not reach the segment cannot.</source>
        <translation>Le canal actuel du segment doit permettre de mettre en œuvre les réponses&#xa0;; un canal qui n&apos;atteint pas le segment ne le peut pas.</translation>
    </message>
    <message>
        <source>The plan for {segment} runs through {channels}, which do not serve {segment}.</source>
        <translation>Le plan pour {segment} passe par des canaux qui ne desservent pas {segment}&#xa0;: {channels}.</translation>
    </message>
    <message>
        <source>Add {segment} to the segments {channels} serve, or pick channels that do.</source>
        <translation>Ajoutez {segment} aux segments desservis par {channels}, ou choisissez des canaux qui le desservent.</translation>
    </message>
    <message>
        <source>Grow the team, keep dedicated assistance for key accounts only, or choose personal assistance for the rest.</source>
        <translation>Renforcez l&apos;équipe, réservez l&apos;assistance dédiée aux grands comptes, ou proposez une assistance personnelle aux autres clients.</translation>
    </message>
    <message>
        <source>Dedicated personal assistance for a mass-market segment.</source>
        <translation>Une assistance personnelle dédiée pour un segment de marché de masse.</translation>
    </message>
    <message>
        <source>Dedicated assistance is one representative per client, as for key accounts; a mass market cannot be served that way.</source>
        <translation>L&apos;assistance dédiée, c&apos;est un représentant par client, comme pour les grands comptes&#xa0;; un marché de masse ne peut pas être servi ainsi.</translation>
    </message>
    <message>
        <source>Segment {segment} is a mass market, yet its plan offers dedicated personal assistance.</source>
        <translation>Le segment {segment} est un marché de masse, et pourtant son plan propose une assistance personnelle dédiée.</translation>
    </message>
    <message>
        <source>Keep dedicated assistance for a smaller key-account segment; serve the mass market with personal assistance, self-service or automation.</source>
        <translation>Réservez l&apos;assistance dédiée à un segment plus restreint de grands comptes&#xa0;; servez le marché de masse par l&apos;assistance personnelle, le libre-service ou l&apos;automatisation.</translation>
    </message>
    <message>
        <source>The people who give personal assistance are a cost; a model that leaves them out looks more profitable than it is.</source>
        <translation>Les personnes qui assurent l&apos;assistance personnelle représentent un coût&#xa0;; un modèle qui les omet paraît plus rentable qu&apos;il ne l&apos;est.</translation>
    </message>
    <message>
        <source>A deep relationship that runs only through partner channels.</source>
        <translation>Une relation profonde qui passe uniquement par des canaux partenaires.</translation>
    </message>
    <message>
        <source>Through partner channels a relationship is mostly shallow: the partner, not you, has the contact.</source>
        <translation>Par des canaux partenaires, une relation est le plus souvent superficielle&#xa0;: c&apos;est le partenaire, et non vous, qui a le contact.</translation>
    </message>
    <message>
        <source>The plan for {segment} is deep, but it runs only through partner channels: {channels}.</source>
        <translation>Le plan pour {segment} prévoit une relation profonde, mais passe uniquement par des canaux partenaires&#xa0;: {channels}.</translation>
    </message>
    <message>
        <source>Add an owned channel for {segment}, or plan a shallower relationship.</source>
        <translation>Ajoutez un canal en propre pour {segment}, ou prévoyez une relation moins profonde.</translation>
    </message>
    <message>
        <source>A deep relationship built only from shallow mechanisms.</source>
        <translation>Une relation profonde construite uniquement sur des mécanismes superficiels.</translation>
    </message>
    <message>
        <source>A deep relationship needs continuous contact; self-service, automation, transactions and one-way broadcasts give limited contact.</source>
        <translation>Une relation profonde exige un contact continu&#xa0;; le libre-service, l&apos;automatisation, les transactions et les diffusions à sens unique n&apos;offrent qu&apos;un contact limité.</translation>
    </message>
    <message>
        <source>The plan for {segment} is deep, but its mechanisms are all shallow: {mechanisms}.</source>
        <translation>Le plan pour {segment} prévoit une relation profonde, mais tous ses mécanismes sont superficiels&#xa0;: {mechanisms}.</translation>
    </message>
    <message>
        <source>Add a mechanism with real contact (personal assistance, a community, co-creation), or call the relationship shallow.</source>
        <translation>Ajoutez un mécanisme offrant un vrai contact (assistance personnelle, communauté, cocréation), ou qualifiez la relation de superficielle.</translation>
    </message>
    <message>
        <source>A shallow relationship that offers dedicated personal assistance.</source>
        <translation>Une relation superficielle qui propose une assistance personnelle dédiée.</translation>
    </message>
    <message>
        <source>Dedicated assistance is the deepest contact there is; a shallow plan with it contradicts itself.</source>
        <translation>L&apos;assistance dédiée est le contact le plus profond qui soit&#xa0;; un plan superficiel qui la propose se contredit.</translation>
    </message>
    <message>
        <source>The plan for {segment} is called shallow but offers dedicated personal assistance.</source>
        <translation>Le plan pour {segment} qualifie la relation de superficielle, mais propose une assistance personnelle dédiée.</translation>
    </message>
    <message>
        <source>Either the relationship is deeper than stated, or dedicated assistance is more than this segment needs.</source>
        <translation>Soit la relation est plus profonde qu&apos;annoncé, soit l&apos;assistance dédiée dépasse les besoins de ce segment.</translation>
    </message>
    <message>
        <source>Customers are kept after the sale: the lifecycle ends with after-sales service.</source>
        <translation>C&apos;est après la vente que l&apos;on garde les clients&#xa0;: le cycle de vie se termine par le service après-vente.</translation>
    </message>
    <message>
        <source>New customers must first hear of you and judge the offer: the channel has to support that answer.</source>
        <translation>Les nouveaux clients doivent d&apos;abord entendre parler de vous et évaluer l&apos;offre&#xa0;: le canal doit permettre de mettre en œuvre cette réponse.</translation>
    </message>
    <message>
        <source>The concrete means must fit the channel: a means no channel offers cannot be delivered.</source>
        <translation>Les moyens concrets doivent correspondre au canal&#xa0;: un moyen qu&apos;aucun canal ne propose ne peut pas être mis en œuvre.</translation>
    </message>
    <message>
        <source>Offer {means} in one of the plan&apos;s channels, or choose means the channels have.</source>
        <translation>Proposez ces moyens dans l&apos;un des canaux du plan ({means}), ou choisissez des moyens que les canaux offrent déjà.</translation>
    </message>
    <message>
        <source>A community is a place where users help each other; someone has to run it.</source>
        <translation>Une communauté est un lieu où les utilisateurs s&apos;entraident&#xa0;; quelqu&apos;un doit l&apos;animer.</translation>
    </message>
    <message>
        <source>A community with no place to meet.</source>
        <translation>Une communauté sans lieu de rencontre.</translation>
    </message>
    <message>
        <source>Users can only help each other where they meet: a forum, social networks, events.</source>
        <translation>Les utilisateurs ne peuvent s&apos;entraider que là où ils se rencontrent&#xa0;: un forum, les réseaux sociaux, des événements.</translation>
    </message>
    <message>
        <source>The plan for {segment} builds a community, but none of its channels offers a forum, social networks or events.</source>
        <translation>Le plan pour {segment} construit une communauté, mais aucun de ses canaux ne propose de forum, de réseaux sociaux ni d&apos;événements.</translation>
    </message>
    <message>
        <source>Offer a forum, social networks or events in one of the plan&apos;s channels.</source>
        <translation>Proposez un forum, des réseaux sociaux ou des événements dans l&apos;un des canaux du plan.</translation>
    </message>
    <message>
        <source>Automated services with no platform or no customer data.</source>
        <translation>Des services automatisés sans plateforme ou sans données clients.</translation>
    </message>
    <message>
        <source>Automated services recognise the user and recommend: they need a platform to run on and data to learn from.</source>
        <translation>Les services automatisés reconnaissent l&apos;utilisateur et font des recommandations&#xa0;: il leur faut une plateforme sur laquelle fonctionner et des données dont apprendre.</translation>
    </message>
    <message>
        <source>Add {missing} to Key Resources, Activities or Partners.</source>
        <translation>Ajoutez aux Ressources, Activités ou Partenaires clés&#xa0;: {missing}.</translation>
    </message>
    <message>
        <source>Co-creation with no way to collect reviews or ideas.</source>
        <translation>De la cocréation sans moyen de recueillir des avis ou des idées.</translation>
    </message>
    <message>
        <source>Co-creation means customers add value, for example with reviews; something has to gather them.</source>
        <translation>La cocréation signifie que les clients ajoutent de la valeur, par exemple avec des avis&#xa0;; il faut un dispositif pour les recueillir.</translation>
    </message>
    <message>
        <source>Data-hungry mechanisms with no stated privacy stance.</source>
        <translation>Des mécanismes gourmands en données sans position déclarée sur la confidentialité.</translation>
    </message>
    <message>
        <source>Customers value anonymity: 69% are very or extremely worried about losing control of their personal data.</source>
        <translation>Les clients tiennent à l&apos;anonymat&#xa0;: 69&#xa0;% sont très ou extrêmement inquiets de perdre le contrôle de leurs données personnelles.</translation>
    </message>
    <message>
        <source>The plan for {segment} uses {mechanisms}, which feed on personal data, but states no privacy stance.</source>
        <translation>Le plan pour {segment} utilise des mécanismes qui se nourrissent de données personnelles ({mechanisms}), mais n&apos;énonce aucune position sur la confidentialité.</translation>
    </message>
    <message>
        <source>State what data you collect from {segment}, why, and what they control.</source>
        <translation>Indiquez quelles données vous collectez auprès de {segment}, pourquoi, et ce que ces clients contrôlent.</translation>
    </message>
    <message>
        <source>A customer segment no value proposition is linked to.</source>
        <translation>Un segment de clientèle auquel aucune proposition de valeur n&apos;est liée.</translation>
    </message>
    <message>
        <source>Serve each segment by its needs and priorities: a segment with no value proposition has nothing to be served.</source>
        <translation>Servez chaque segment selon ses besoins et ses priorités&#xa0;: un segment sans proposition de valeur n&apos;a rien pour être servi.</translation>
    </message>
    <message>
        <source>No value proposition is linked to segment {segment}.</source>
        <translation>Aucune proposition de valeur n&apos;est liée au segment {segment}.</translation>
    </message>
    <message>
        <source>Link the value proposition that serves {segment} to it.</source>
        <translation>Liez à {segment} la proposition de valeur qui le sert.</translation>
    </message>
    <message>
        <source>A segment with revenue per customer but no revenue stream linked to it.</source>
        <translation>Un segment avec un revenu par client mais aucun flux de revenus lié.</translation>
    </message>
    <message>
        <source>The goal is more revenue per account; revenue the canvas cannot trace to a stream is a guess.</source>
        <translation>L&apos;objectif est d&apos;augmenter le revenu par compte&#xa0;; un revenu que le canevas ne peut rattacher à aucun flux n&apos;est qu&apos;une supposition.</translation>
    </message>
    <message>
        <source>Segment {segment} brings revenue per customer, but no revenue stream is linked to it.</source>
        <translation>Le segment {segment} rapporte un revenu par client, mais aucun flux de revenus ne lui est lié.</translation>
    </message>
    <message>
        <source>Link the revenue stream {segment} pays into.</source>
        <translation>Liez le flux de revenus auquel {segment} contribue.</translation>
    </message>
    <message>
        <source>A lifecycle stage where the segment meets no touchpoint.</source>
        <translation>Une étape du cycle de vie où le segment ne rencontre aucun point de contact.</translation>
    </message>
    <message>
        <source>The lifecycle runs from shopping to after-sales service; a stage with no touchpoint is a moment nobody designed.</source>
        <translation>Le cycle de vie va de la recherche au service après-vente&#xa0;; une étape sans point de contact est un moment que personne n&apos;a conçu.</translation>
    </message>
    <message>
        <source>Segment {segment} has touchpoints, but none at: {stages}.</source>
        <translation>Le segment {segment} a des points de contact, mais aucun aux étapes suivantes&#xa0;: {stages}.</translation>
    </message>
    <message>
        <source>Map what happens to {segment} at {stages}, or say why nothing does.</source>
        <translation>Décrivez ce que vit {segment} à ces étapes, ou expliquez pourquoi il ne s&apos;y passe rien&#xa0;: {stages}.</translation>
    </message>
    <message>
        <source>Touchpoints only in the front office.</source>
        <translation>Des points de contact uniquement en front-office.</translation>
    </message>
    <message>
        <source>Service quality is judged by every contact, back office included: after-sales, accounting, the store.</source>
        <translation>La qualité du service se juge à chaque contact, back-office compris&#xa0;: après-vente, comptabilité, magasin.</translation>
    </message>
    <message>
        <source>The touchpoints of {segment} are all front office; none is in the back office.</source>
        <translation>Les points de contact de {segment} sont tous en front-office&#xa0;; aucun n&apos;est en back-office.</translation>
    </message>
    <message>
        <source>Add the back-office contacts {segment} meets: invoices, returns, accounting, after-sales.</source>
        <translation>Ajoutez les contacts de back-office que rencontre {segment}&#xa0;: factures, retours, comptabilité, après-vente.</translation>
    </message>
    <message>
        <source>Measure the outcome (was the problem solved, and when), not the activity (how fast a reply went out).</source>
        <translation>Mesurez le résultat (le problème a-t-il été résolu, et quand), pas l&apos;activité (la rapidité d&apos;envoi d&apos;une réponse).</translation>
    </message>
    <message>
        <source>Customers want the same experience on every channel: their history must pass to the next touchpoint.</source>
        <translation>Les clients veulent la même expérience sur chaque canal&#xa0;: leur historique doit passer au point de contact suivant.</translation>
    </message>
    <message>
        <source>Segment {segment} meets you on {count} channels, but nothing carries its history between them.</source>
        <translation>Le segment {segment} vous rencontre sur plusieurs canaux ({count}), mais rien ne transmet son historique de l&apos;un à l&apos;autre.</translation>
    </message>
    <message>
        <source>how deep the relationship is</source>
        <translation>la profondeur de la relation</translation>
    </message>
    <message>
        <source>which mechanisms carry it</source>
        <translation>les mécanismes qui portent la relation</translation>
    </message>
    <message>
        <source>whether it is to win, keep or grow customers</source>
        <translation>si la relation vise à conquérir, fidéliser ou développer les clients</translation>
    </message>
    <message>
        <source>which channels it runs through</source>
        <translation>les canaux par lesquels passe la relation</translation>
    </message>
    <message>
        <source>who owns {notes}: you or a partner</source>
        <translation>qui possède {notes}&#xa0;: vous ou un partenaire</translation>
    </message>
    <message>
        <source>the phases covered by {notes}</source>
        <translation>les phases couvertes par {notes}</translation>
    </message>
    <message>
        <source>the means offered by {notes}</source>
        <translation>les moyens proposés par {notes}</translation>
    </message>
    <message>
        <source>the headcount of {notes}</source>
        <translation>l&apos;effectif de {notes}</translation>
    </message>
    <message>
        <source>the role of {notes}</source>
        <translation>le rôle de {notes}</translation>
    </message>
    <message>
        <source>the segments served by {notes}</source>
        <translation>les segments servis par {notes}</translation>
    </message>
    <message>
        <source>which cost in Cost Structure pays for {notes}</source>
        <translation>quel coût de la Structure de coûts finance {notes}</translation>
    </message>
    <message>
        <source>the voice it speaks in</source>
        <translation>la voix adoptée pour s&apos;adresser à lui</translation>
    </message>
    <message>
        <source>whether its touchpoints are surveyed for satisfaction</source>
        <translation>si la satisfaction est mesurée par enquête à ses points de contact</translation>
    </message>
    <message>
        <source>whether its touchpoints at {labels} are front or back office</source>
        <translation>si ses points de contact aux étapes {labels} sont en front-office ou en back-office</translation>
    </message>
    <message>
        <source>who is responsible for its touchpoints at {labels}</source>
        <translation>qui est responsable de ses points de contact aux étapes {labels}</translation>
    </message>
    <message>
        <source>who its personas are, what they want and how they get it</source>
        <translation>qui sont ses personas, ce qu&apos;ils veulent et comment ils l&apos;obtiennent</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>A channel that names no customer segment.</source>
        <translation>Un canal qui ne nomme aucun segment de clientèle.</translation>
    </message>
    <message>
        <source>Channel {channel} names no customer segment.</source>
        <translation>Le canal {channel} ne nomme aucun segment de clientèle.</translation>
    </message>
    <message>
        <source>Choose the segments {channel} serves, or remove it if it serves none.</source>
        <translation>Choisissez les segments que {channel} dessert, ou supprimez-le s&apos;il n&apos;en dessert aucun.</translation>
    </message>
    <message>
        <source>Keeping or growing customers whom only partners meet after the sale, with no record of your own.</source>
        <translation>Fidéliser ou développer des clients que seuls des partenaires rencontrent après la vente, sans fichier client à vous.</translation>
    </message>
    <message>
        <source>Through partner channels the partner holds the customer; keeping them takes your own record of who they are.</source>
        <translation>Par des canaux partenaires, c&apos;est le partenaire qui détient le client&#xa0;; pour garder vos clients, il vous faut votre propre fichier qui dit qui ils sont.</translation>
    </message>
    <message>
        <source>The plan for {segment} aims at {focus}, but after the sale {segment} deals only with partners ({channels}), and nothing keeps a record of these customers for you.</source>
        <translation>Le plan pour {segment} est orienté {focus}, mais après la vente, {segment} n&apos;a affaire qu&apos;à des partenaires ({channels}), et rien ne tient pour vous le fichier de ces clients.</translation>
    </message>
    <message>
        <source>Keep your own record of {segment} (an account, a CRM, a loyalty card), or serve it after the sale through a channel of your own.</source>
        <translation>Tenez votre propre fichier de {segment} (un compte client, un CRM, une carte de fidélité), ou servez-le après la vente par un canal en propre.</translation>
    </message>
    <message>
        <source>Moments that decide the experience, left to partners.</source>
        <translation>Des moments décisifs de l&apos;expérience laissés aux partenaires.</translation>
    </message>
    <message>
        <source>Service quality is judged by every contact: at delivery, payment and after-sales the customer judges you by what the partner does.</source>
        <translation>La qualité du service se juge à chaque contact&#xa0;: à la livraison, au paiement et en après-vente, le client vous juge sur ce que fait le partenaire.</translation>
    </message>
    <message>
        <source>At {stages}, {segment} is served by partners ({channels}): the experience there is theirs to make.</source>
        <translation>Le segment {segment} est servi par des partenaires ({channels}) aux étapes suivantes, où l&apos;expérience dépend donc d&apos;eux&#xa0;: {stages}.</translation>
    </message>
    <message>
        <source>Agree service levels with them and ask {segment} how those moments went, or bring them in-house.</source>
        <translation>Convenez avec eux de niveaux de service et demandez à {segment} comment se sont passés ces moments, ou reprenez-les en interne.</translation>
    </message>
    <message>
        <source>Customers who leave before paying back what winning them cost.</source>
        <translation>Des clients qui partent avant d&apos;avoir remboursé ce qu&apos;a coûté leur conquête.</translation>
    </message>
    <message>
        <source>Winning a customer costs about 6 times as much as keeping one: each customer must stay long enough to pay it back.</source>
        <translation>Conquérir un client coûte environ 6 fois plus cher que d&apos;en garder un&#xa0;: chaque client doit rester assez longtemps pour rembourser ce coût.</translation>
    </message>
    <message>
        <source>Winning a customer of {segment} costs {acquisition}, but a customer stays about {periods} periods and brings {brings} in that time: each one won loses money.</source>
        <translation>Conquérir un client de {segment} coûte {acquisition}, mais un client reste environ {periods} périodes et rapporte {brings} pendant ce temps&#xa0;: chaque client conquis fait perdre de l&apos;argent.</translation>
    </message>
    <message>
        <source>Only winning customers, while most of them leave.</source>
        <translation>Seulement conquérir des clients, alors que la plupart partent.</translation>
    </message>
    <message>
        <source>For small and mid-sized businesses, keeping 5% more customers raises profit by 25% to 85%; winning one costs about 6 times as much as keeping one.</source>
        <translation>Pour les petites et moyennes entreprises, garder 5&#xa0;% de clients en plus augmente les bénéfices de 25&#xa0;% à 85&#xa0;%&#xa0;; conquérir un client coûte environ 6 fois plus cher que d&apos;en garder un.</translation>
    </message>
    <message>
        <source>The plan for {segment} only wins customers, but keeps {rate}% of them each period.</source>
        <translation>Le plan pour {segment} ne fait que conquérir des clients, mais n&apos;en garde que {rate}&#xa0;% à chaque période.</translation>
    </message>
    <message>
        <source>A plan to keep customers whose mechanisms keep nobody.</source>
        <translation>Un plan de fidélisation dont les mécanismes ne retiennent personne.</translation>
    </message>
    <message>
        <source>A purely transactional relationship (a fuel station) makes no attempt at a relationship; keeping customers needs contact, service, loyalty or personal touches.</source>
        <translation>Une relation purement transactionnelle (une station-service) ne tente pas de nouer de relation&#xa0;; fidéliser demande du contact, du service, de la fidélité ou des attentions personnelles.</translation>
    </message>
    <message>
        <source>The plan for {segment} aims at keeping customers, but its mechanisms keep nobody: {mechanisms}.</source>
        <translation>Le plan pour {segment} vise à garder les clients, mais ses mécanismes ne retiennent personne&#xa0;: {mechanisms}.</translation>
    </message>
    <message>
        <source>Add a mechanism that keeps {segment}: personal assistance, a loyalty program, a community, a newsletter or personal touches.</source>
        <translation>Ajoutez un mécanisme qui retienne {segment}&#xa0;: assistance personnelle, programme de fidélité, communauté, lettre d&apos;information ou attentions personnelles.</translation>
    </message>
    <message>
        <source>A plan to grow a segment with nothing that sells more to each customer.</source>
        <translation>Un plan de croissance d&apos;un segment sans rien qui vende davantage à chaque client.</translation>
    </message>
    <message>
        <source>Growing a segment means more revenue per account: repeat purchase, cross-selling, up-selling.</source>
        <translation>Développer un segment, c&apos;est augmenter le revenu par compte&#xa0;: achats répétés, ventes croisées, montée en gamme.</translation>
    </message>
    <message>
        <source>The plan for {segment} aims at growth, but none of its mechanisms sells more to each customer: {mechanisms}.</source>
        <translation>Le plan pour {segment} vise la croissance, mais aucun de ses mécanismes ne vend davantage à chaque client&#xa0;: {mechanisms}.</translation>
    </message>
    <message>
        <source>Add what grows each account of {segment}: tailored offers, cross- or up-selling by your people, loyalty tiers, referral or a partner program.</source>
        <translation>Ajoutez ce qui fait grandir chaque compte de {segment}&#xa0;: offres sur mesure, ventes croisées ou montées en gamme par vos équipes, paliers de fidélité, parrainage ou programme partenaires.</translation>
    </message>
    <message>
        <source>A plan to keep customers with no channel after the sale.</source>
        <translation>Un plan de fidélisation sans canal après la vente.</translation>
    </message>
    <message>
        <source>The plan for {segment} aims at keeping customers, but none of its channels covers after-sales: {channels}.</source>
        <translation>Le plan pour {segment} vise à garder les clients, mais aucun de ses canaux ne couvre l&apos;après-vente&#xa0;: {channels}.</translation>
    </message>
    <message>
        <source>Cover after-sales in one of the channels of {segment}, or add a channel that does.</source>
        <translation>Couvrez l&apos;après-vente dans l&apos;un des canaux de {segment}, ou ajoutez un canal qui la couvre.</translation>
    </message>
    <message>
        <source>A plan to win customers with no channel where they can find you.</source>
        <translation>Un plan de conquête sans canal où les clients peuvent vous trouver.</translation>
    </message>
    <message>
        <source>The plan for {segment} aims at acquisition, but none of its channels covers awareness or evaluation: {channels}.</source>
        <translation>Le plan pour {segment} vise l&apos;acquisition, mais aucun de ses canaux ne couvre la notoriété ou l&apos;évaluation&#xa0;: {channels}.</translation>
    </message>
    <message>
        <source>Add awareness or evaluation to one of the channels of {segment}, or add a channel that covers them.</source>
        <translation>Ajoutez la notoriété ou l&apos;évaluation à l&apos;un des canaux de {segment}, ou ajoutez un canal qui les couvre.</translation>
    </message>
    <message>
        <source>Survey service level at every contact; measure perception, and the outcome rather than the activity.</source>
        <translation>Mesurez par enquête le niveau de service à chaque contact&#xa0;; mesurez la perception, et le résultat plutôt que l&apos;activité.</translation>
    </message>
    <message>
        <source>Survey {segment} at its touchpoints, or measure the outcome (was the problem solved, and when), and link it to {segment}.</source>
        <translation>Interrogez {segment} à ses points de contact, ou mesurez le résultat (le problème a-t-il été résolu, et quand), et liez cette mesure à {segment}.</translation>
    </message>
    <message>
        <source>Means the plan uses that none of its channels offers.</source>
        <translation>Des moyens utilisés par le plan qu&apos;aucun de ses canaux ne propose.</translation>
    </message>
    <message>
        <source>Voices for one segment that contradict each other across its channels.</source>
        <translation>Des voix qui se contredisent d&apos;un canal à l&apos;autre pour un même segment.</translation>
    </message>
    <message>
        <source>The messages of every channel must agree; a voice may adapt to each mechanism, but not swing from formal to playful.</source>
        <translation>Les messages de tous les canaux doivent concorder&#xa0;; une voix peut s&apos;adapter à chaque mécanisme, mais pas passer du formel au ludique.</translation>
    </message>
    <message>
        <source>Segment {segment} is spoken to in clashing voices on different channels: {tones}.</source>
        <translation>On s&apos;adresse au segment {segment} avec des voix qui s&apos;opposent selon les canaux&#xa0;: {tones}.</translation>
    </message>
    <message>
        <source>Keep one voice for {segment}: let it adapt to each channel without contradicting itself.</source>
        <translation>Gardez une seule voix pour {segment}&#xa0;: laissez-la s&apos;adapter à chaque canal sans se contredire.</translation>
    </message>
    <message>
        <source>A community with nobody running it.</source>
        <translation>Une communauté que personne n&apos;anime.</translation>
    </message>
    <message>
        <source>The plan for {segment} builds a community, but no team or activity runs one for {segment}.</source>
        <translation>Le plan pour {segment} construit une communauté, mais aucune équipe ni activité n&apos;en anime une pour {segment}.</translation>
    </message>
    <message>
        <source>Add community management to Key Activities, or a community team to Key Resources, and say it serves {segment}.</source>
        <translation>Ajoutez l&apos;animation de communauté aux Activités clés, ou une équipe communauté aux Ressources clés, et indiquez qu&apos;elle sert {segment}.</translation>
    </message>
    <message>
        <source>The plan for {segment} uses automated services, but nothing serving {segment} provides {missing}.</source>
        <translation>Le plan pour {segment} utilise des services automatisés, mais rien de ce qui sert {segment} ne fournit ce qu&apos;il leur faut&#xa0;: {missing}.</translation>
    </message>
    <message>
        <source>The plan for {segment} relies on co-creation, but nothing collects reviews or ideas from {segment}.</source>
        <translation>Le plan pour {segment} repose sur la cocréation, mais rien ne recueille les avis ou les idées de {segment}.</translation>
    </message>
    <message>
        <source>Add review and idea collection to Key Activities or Key Resources, linked to {segment}.</source>
        <translation>Ajoutez la collecte d&apos;avis et d&apos;idées aux Activités clés ou aux Ressources clés, liée à {segment}.</translation>
    </message>
    <message>
        <source>Dedicated personal assistance with nobody to give it.</source>
        <translation>Une assistance personnelle dédiée sans personne pour l&apos;assurer.</translation>
    </message>
    <message>
        <source>The plan for {segment} offers dedicated personal assistance, but nobody in Key Resources serves {segment}.</source>
        <translation>Le plan pour {segment} propose une assistance personnelle dédiée, mais personne dans les Ressources clés ne sert {segment}.</translation>
    </message>
    <message>
        <source>Add the people who will be each client&apos;s representative to Key Resources and say they serve {segment}, or offer personal assistance or self-service instead.</source>
        <translation>Ajoutez aux Ressources clés les personnes qui seront le représentant de chaque client et indiquez qu&apos;elles servent {segment}, ou proposez plutôt une assistance personnelle ou du libre-service.</translation>
    </message>
    <message>
        <source>Personal assistance with nobody to give it.</source>
        <translation>Une assistance personnelle sans personne pour l&apos;assurer.</translation>
    </message>
    <message>
        <source>Personal assistance is human interaction: at the point of sale, in a call centre, by e-mail; someone has to give it.</source>
        <translation>L&apos;assistance personnelle est une interaction humaine&#xa0;: au point de vente, dans un centre d&apos;appels, par courriel&#xa0;; quelqu&apos;un doit l&apos;assurer.</translation>
    </message>
    <message>
        <source>The plan for {segment} relies on {mechanisms}, but nobody in Key Resources serves {segment}.</source>
        <translation>Le plan pour {segment} repose sur l&apos;assistance ({mechanisms}), mais personne dans les Ressources clés ne sert {segment}.</translation>
    </message>
    <message>
        <source>Say in Key Resources who answers {segment} (a team, or the owner), or choose a mechanism that needs no people, such as self-service.</source>
        <translation>Indiquez dans les Ressources clés qui répond à {segment} (une équipe, ou le propriétaire), ou choisissez un mécanisme qui ne demande personne, comme le libre-service.</translation>
    </message>
    <message>
        <source>Dedicated personal assistance for a segment far larger than its people can cover.</source>
        <translation>Une assistance personnelle dédiée pour un segment bien plus grand que ce que ses intervenants peuvent couvrir.</translation>
    </message>
    <message>
        <source>Dedicated assistance means one representative per client; the people who serve the segment must be able to cover it.</source>
        <translation>L&apos;assistance dédiée, c&apos;est un représentant par client&#xa0;; les personnes qui servent le segment doivent pouvoir le couvrir.</translation>
    </message>
    <message>
        <source>Personal assistance promised to far more customers than its people can answer.</source>
        <translation>Une assistance personnelle promise à bien plus de clients que ses intervenants ne peuvent en servir.</translation>
    </message>
    <message>
        <source>Personal assistance is human interaction: each person can only answer so many customers.</source>
        <translation>L&apos;assistance personnelle est une interaction humaine&#xa0;: chaque personne ne peut répondre qu&apos;à un nombre limité de clients.</translation>
    </message>
    <message>
        <source>Add people, or let self-service, automation or a community take the routine questions of {segment}.</source>
        <translation>Ajoutez des personnes, ou confiez les questions courantes de {segment} au libre-service, à l&apos;automatisation ou à une communauté.</translation>
    </message>
    <message>
        <source>People who give assistance, with no cost linked to them.</source>
        <translation>Des personnes qui assurent l&apos;assistance, sans coût qui leur soit lié.</translation>
    </message>
    <message>
        <source>The plan for {segment} relies on {mechanisms} from {teams}, but no cost in Cost Structure is linked to them.</source>
        <translation>Le plan pour {segment} repose sur l&apos;assistance ({mechanisms}) assurée par {teams}, mais aucun coût de la Structure de coûts ne leur est lié.</translation>
    </message>
    <message>
        <source>Link the cost that pays for {teams} to them, or add one to Cost Structure.</source>
        <translation>Liez à {teams} le coût qui les finance, ou ajoutez-en un dans la Structure de coûts.</translation>
    </message>
    <message>
        <source>Answers the checklist needs before it can judge a segment.</source>
        <translation>Des réponses dont la liste de contrôle a besoin pour juger un segment.</translation>
    </message>
    <message>
        <source>An unanswered question is unknown, not &quot;no&quot;: the checklist asks for it instead of guessing.</source>
        <translation>Une question sans réponse est une inconnue, pas un «&#xa0;non&#xa0;»&#xa0;: la liste de contrôle la pose au lieu de deviner.</translation>
    </message>
    <message>
        <source>Still to answer for {segment}: {questions}.</source>
        <translation>Reste à préciser pour {segment}&#xa0;: {questions}.</translation>
    </message>
    <message>
        <source>Answer these in the planner or in the notes they name; until then the checklist does not judge what depends on them.</source>
        <translation>Répondez-y dans le planificateur ou dans les notes qu&apos;elles nomment&#xa0;; d&apos;ici là, la liste de contrôle ne juge pas ce qui en dépend.</translation>
    </message>
    <message>
        <source>A touchpoint measured by activity, not by outcome.</source>
        <translation>Un point de contact mesuré par l&apos;activité, pas par le résultat.</translation>
    </message>
    <message>
        <source>At the {stage} stage, {segment} is measured by activity ({measure}), not by whether its problem was solved.</source>
        <translation>À l&apos;étape {stage}, {segment} est mesuré par l&apos;activité ({measure}), et non par la résolution de son problème.</translation>
    </message>
    <message>
        <source>Measure the outcome of {segment} at {stage}: was the problem solved, and when.</source>
        <translation>Mesurez le résultat pour {segment} à l&apos;étape {stage}&#xa0;: le problème a-t-il été résolu, et quand.</translation>
    </message>
    <message>
        <source>A segment met on several channels with no shared customer record.</source>
        <translation>Un segment rencontré sur plusieurs canaux sans dossier client partagé.</translation>
    </message>
    <message>
        <source>Add a shared customer record (a CRM) to Key Resources or Activities, serving {segment}.</source>
        <translation>Ajoutez un dossier client partagé (un CRM) aux Ressources ou Activités clés, au service de {segment}.</translation>
    </message>
    <message>
        <source>the concrete means of the plan&apos;s {labels}</source>
        <translation>les moyens concrets de {labels} prévus par le plan</translation>
    </message>
    <message>
        <source>A channel exists to reach segments: say which ones, so the checklist can judge what it supports.</source>
        <translation>Un canal existe pour atteindre des segments : dites lesquels, pour que la liste de contrôle juge ce qu&apos;il permet.</translation>
    </message>
    <message>
        <source>Keep the customers of {segment} longer (a retention focus), win them for less, or earn more per period.</source>
        <translation>Gardez plus longtemps les clients de {segment} (un objectif de fidélisation), gagnez-les à moindre coût, ou gagnez davantage par période.</translation>
    </message>
    <message>
        <source>Add retention to the plan&apos;s focus for {segment}: 5 more points kept is worth 25% to 85% more profit.</source>
        <translation>Ajoutez la fidélisation à l&apos;objectif du plan pour {segment} : 5 points de clients gardés en plus valent 25 % à 85 % de bénéfice en plus.</translation>
    </message>
    <message>
        <source>A plan to keep customers with nothing that measures how they fare.</source>
        <translation>Un plan de fidélisation sans rien qui mesure ce que vivent les clients.</translation>
    </message>
    <message>
        <source>The plan for {segment} aims at keeping customers, but nothing measures how {segment} fares: no satisfaction survey and no outcome measure serves it.</source>
        <translation>Le plan pour {segment} vise à garder les clients, mais rien ne mesure ce que vit {segment} : aucune enquête de satisfaction ni aucune mesure des résultats ne le sert.</translation>
    </message>
    <message>
        <source>A plan to keep customers measured by internal indicators only, never by asking them.</source>
        <translation>Un plan de fidélisation mesuré par des indicateurs internes seulement, sans jamais interroger les clients.</translation>
    </message>
    <message>
        <source>Measure perception with satisfaction surveys, not only internal indicators: the customer is the one who judges you.</source>
        <translation>Mesurez la perception par des enquêtes de satisfaction, pas seulement par des indicateurs internes : c&apos;est le client qui vous juge.</translation>
    </message>
    <message>
        <source>The plan for {segment} aims at keeping customers and measures outcomes, but never asks {segment} how satisfied it is.</source>
        <translation>Le plan pour {segment} vise à garder les clients et mesure les résultats, mais ne demande jamais à {segment} s&apos;il est satisfait.</translation>
    </message>
    <message>
        <source>Add a short satisfaction survey for {segment} at the touchpoints that matter most, and link it to {segment}.</source>
        <translation>Ajoutez une courte enquête de satisfaction pour {segment} aux points de contact qui comptent le plus, et liez-la à {segment}.</translation>
    </message>
    <message>
        <source>Without people to give it (a seller, an account manager, the owner), dedicated personal assistance makes no sense: nobody exists to give it.</source>
        <translation>Sans personne pour la donner (un vendeur, un chargé de compte, le patron), l&apos;assistance personnelle dédiée n&apos;a pas de sens : personne n&apos;est là pour la donner.</translation>
    </message>
    <message>
        <source>Segment {segment} has about {size} customers, but the people who could serve it ({people}) give dedicated assistance to about {capacity} (one representative looks after about {ratio} accounts).</source>
        <translation>Le segment {segment} compte environ {size} clients, mais les personnes qui pourraient le servir ({people}) donnent une assistance dédiée à environ {capacity} (un représentant suit environ {ratio} comptes).</translation>
    </message>
    <message>
        <source>Segment {segment} has about {size} customers, but the people who could serve it ({people}) can give personal assistance to about {capacity} (about {ratio} customers each).</source>
        <translation>Le segment {segment} compte environ {size} clients, mais les personnes qui pourraient le servir ({people}) peuvent donner une assistance personnelle à environ {capacity} (environ {ratio} clients chacune).</translation>
    </message>
    <message>
        <source>which note of Customer Relationships is its plan</source>
        <translation>quelle note des Relations clients est son plan</translation>
    </message>
    <message>
        <source>which channel reaches it</source>
        <translation>quel canal l&apos;atteint</translation>
    </message>
    <message>
        <source>who in Key Resources serves it (its plan relies on {labels})</source>
        <translation>qui, dans les Ressources clés, le sert (son plan repose sur {labels})</translation>
    </message>
    <message>
        <source>about how many customers it has</source>
        <translation>combien de clients il compte environ</translation>
    </message>
    <message>
        <source>whether it is served by {notes} (say so with a link)</source>
        <translation>s&apos;il est servi par {notes} (dites-le par un lien)</translation>
    </message>
    <message>
        <source>whether its touchpoints&apos; measures count outcomes or activity</source>
        <translation>si les mesures de ses points de contact comptent des résultats ou de l&apos;activité</translation>
    </message>
    <message>
        <source>whether {notes} gives it {labels} (tick it in the planner if so)</source>
        <translation>si {notes} lui apporte {labels} (si oui, cochez-le dans le planificateur)</translation>
    </message>
    <message>
        <source>which value proposition serves it</source>
        <translation>quelle proposition de valeur le sert</translation>
    </message>
    <message>
        <source>which revenue stream it pays into</source>
        <translation>dans quelle source de revenus il paie</translation>
    </message>
    <message>
        <source>; </source>
        <translation> ; </translation>
    </message>
    <message>
        <source>The plan for {segment} counts on means that none of its channels offers: {means}.</source>
        <translation>Le plan pour {segment} compte sur des moyens qu&apos;aucun de ses canaux n&apos;offre : {means}.</translation>
    </message>
    <message>
        <source>Dedicated personal assistance, but nobody who serves the segment can be each client&apos;s representative.</source>
        <translation>Une assistance personnelle dédiée, mais personne parmi ceux qui servent le segment ne peut être le représentant de chaque client.</translation>
    </message>
    <message>
        <source>Dedicated assistance is one representative per client: someone who meets customers, not a community moderator or the production team.</source>
        <translation>L&apos;assistance dédiée, c&apos;est un représentant par client : quelqu&apos;un qui rencontre les clients, pas un modérateur de communauté ni l&apos;équipe de production.</translation>
    </message>
    <message>
        <source>The plan for {segment} offers dedicated personal assistance, but the people who serve it ({teams}) do not meet clients as their representative.</source>
        <translation>Le plan pour {segment} offre une assistance personnelle dédiée, mais les personnes qui le servent ({teams}) ne rencontrent pas les clients comme leur représentant.</translation>
    </message>
    <message>
        <source>Name the representatives of {segment} (sales, account management, support, or the owner) in Key Resources, or choose a mechanism {teams} can carry.</source>
        <translation>Nommez les représentants de {segment} (ventes, gestion de comptes, support ou le patron) dans les Ressources clés, ou choisissez un mécanisme que {teams} peut porter.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Subjects: %1</source>
        <translation>Notes concernées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation>Méthode&#xa0;: %1</translation>
    </message>
    <message>
        <source>Suggestion: %1</source>
        <translation>Suggestion&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln erreur</numerusform>
            <numerusform>%Ln erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln avertissement</numerusform>
            <numerusform>%Ln avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln piece(s) of advice</source>
        <translation>
            <numerusform>%Ln conseil</numerusform>
            <numerusform>%Ln conseils</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>(rests on a suggested answer)</source>
        <translation>(repose sur une réponse suggérée)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln suggestion(s) read from the notes&apos; words</source>
        <translation>
            <numerusform>%Ln suggestion tirée des mots des notes</numerusform>
            <numerusform>%Ln suggestions tirées des mots des notes</numerusform>
        </translation>
    </message>
    <message>
        <source>(from: “%1”)</source>
        <translation>(d&apos;après&#xa0;: «&#xa0;%1&#xa0;»)</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Linked notes</source>
        <translation>Notes liées</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Relationship calendar</source>
        <translation>Calendrier de la relation client</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Added to %1</source>
        <translation>Ajoutée au bloc %1</translation>
    </message>
    <message>
        <source>Removed from %1</source>
        <translation>Supprimée du bloc %1</translation>
    </message>
    <message>
        <source>Moved from %1 to %2</source>
        <translation>Déplacée du bloc %1 au bloc %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>%1 is already open in another Mizan window (%2). Switch to that window to edit it.</source>
        <translation>%1 est déjà ouvert dans une autre fenêtre Mizan (%2). Passez à cette fenêtre pour le modifier.</translation>
    </message>
    <message>
        <source>You do not have permission to change %1, so it opens read-only. Use Save As to keep a copy.</source>
        <translation>Vous n&apos;avez pas l&apos;autorisation de modifier %1&#xa0;; il s&apos;ouvre donc en lecture seule. Utilisez Enregistrer sous pour en garder une copie.</translation>
    </message>
    <message>
        <source>%1 is open in another Mizan window; close it there before recovering your changes.</source>
        <translation>%1 est ouvert dans une autre fenêtre Mizan&#xa0;; fermez-le dans cette fenêtre avant de récupérer vos modifications.</translation>
    </message>
    <message>
        <source>Untitled canvas</source>
        <translation>Canevas sans titre</translation>
    </message>
    <message>
        <source>This canvas has no file yet: use Save As.</source>
        <translation>Ce canevas n&apos;a pas encore de fichier&#xa0;: utilisez Enregistrer sous.</translation>
    </message>
    <message>
        <source>%1 is open in another Mizan window (%2); close it there first or choose another name.</source>
        <translation>%1 est ouvert dans une autre fenêtre Mizan (%2)&#xa0;; fermez-le d&apos;abord dans cette fenêtre ou choisissez un autre nom.</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggestion(s)</source>
        <translation>
            <numerusform>Accepter %n suggestion</numerusform>
            <numerusform>Accepter %n suggestions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dismiss %n suggestion(s)</source>
        <translation>
            <numerusform>Écarter %n suggestion</numerusform>
            <numerusform>Écarter %n suggestions</numerusform>
        </translation>
    </message>
    <message>
        <source>Versions are kept inside .mizan documents. Save this canvas as a .mizan document first.</source>
        <translation>Les versions sont conservées dans les documents .mizan. Enregistrez d&apos;abord ce canevas comme document .mizan.</translation>
    </message>
    <message>
        <source>Restore version “%1”</source>
        <translation>Restaurer la version «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Theirs is not known in full for this conflict: edit the note by hand instead.</source>
        <translation>Leur version n&apos;est pas entièrement connue pour ce conflit&#xa0;: modifiez plutôt la note à la main.</translation>
    </message>
    <message>
        <source>Keeping theirs would break a reference: %1</source>
        <translation>Garder leur version casserait une référence&#xa0;: %1</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Garder ma version</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Garder leur version</translation>
    </message>
    <message>
        <source>Reload from disk</source>
        <translation>Recharger depuis le disque</translation>
    </message>
    <message>
        <source>Merge the version on disk</source>
        <translation>Fusionner la version du disque</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>Fusionner %1</translation>
    </message>
</context>
<context>
    <name>Economics</name>
    <message>
        <source>Customers leave before paying back what winning them cost: each customer won loses %1 over the time they stay. Keep them longer, win them for less, or earn more per period (RT5).</source>
        <translation>Les clients partent avant d&apos;avoir remboursé ce qu&apos;a coûté leur conquête&#xa0;: chaque client conquis fait perdre %1 sur la durée où il reste. Fidélisez-les plus longtemps, conquérez-les à moindre coût, ou gagnez davantage par période (RT5).</translation>
    </message>
</context>
<context>
    <name>ErrorWords</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <source>You do not have permission to read %1.</source>
        <translation>Vous n’avez pas le droit de lire %1.</translation>
    </message>
    <message>
        <source>%1 is not a Mizan canvas.</source>
        <translation>%1 n’est pas un canevas Mizan.</translation>
    </message>
    <message>
        <source>%1 belongs to another application, not to Mizan.</source>
        <translation>%1 appartient à une autre application, pas à Mizan.</translation>
    </message>
    <message>
        <source>%1 is damaged or incomplete, so Mizan cannot open it.</source>
        <translation>%1 est endommagé ou incomplet : Mizan ne peut pas l’ouvrir.</translation>
    </message>
    <message>
        <source>%1 was made by a newer Mizan. Update Mizan to open it.</source>
        <translation>%1 a été créé par une version plus récente de Mizan. Mettez Mizan à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>%1 does not follow the Mizan format.</source>
        <translation>%1 ne respecte pas le format de Mizan.</translation>
    </message>
    <message>
        <source>%1 is too large or too deeply nested to open.</source>
        <translation>%1 est trop volumineux ou trop imbriqué pour être ouvert.</translation>
    </message>
    <message>
        <source>Mizan could not write %1; the canvas is unchanged.</source>
        <translation>Mizan n’a pas pu écrire %1 ; le canevas n’a pas changé.</translation>
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
        <translation>Paysage</translation>
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
        <translation>Disposer de droite à gauche</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Format de page</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Export canvas</source>
        <translation>Exporter le canevas</translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;PNG image (*.png);;SVG drawing (*.svg);;Mizan JSON (*.json)</source>
        <translation>Rapport PDF (*.pdf);;Image PNG (*.png);;Dessin SVG (*.svg);;JSON Mizan (*.json)</translation>
    </message>
    <message>
        <source>Could not export %1</source>
        <translation>Impossible d&apos;exporter %1</translation>
    </message>
    <message>
        <source>Mizan exports .pdf, .png, .svg and .json files.</source>
        <translation>Mizan exporte des fichiers .pdf, .png, .svg et .json.</translation>
    </message>
    <message>
        <source>The PDF could not be drawn.</source>
        <translation>Le PDF n&apos;a pas pu être dessiné.</translation>
    </message>
    <message>
        <source>That resolution makes an image too large; choose fewer dots per inch.</source>
        <translation>Cette résolution produit une image trop grande&#xa0;; choisissez moins de points par pouce.</translation>
    </message>
    <message>
        <source>The image could not be encoded.</source>
        <translation>L&apos;image n&apos;a pas pu être encodée.</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Export annulé</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Rien n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Conseils</translation>
    </message>
</context>
<context>
    <name>FormBuilder</name>
    <message>
        <source>Edit %1</source>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>There are no notes in %1 yet.</source>
        <translation>Le bloc «&#xa0;%1&#xa0;» ne contient encore aucune note.</translation>
    </message>
    <message>
        <source>Answer a question</source>
        <translation>Répondre à une question</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Changer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Use the automatic colour again</source>
        <translation>Revenir à la couleur automatique</translation>
    </message>
    <message>
        <source>Automatic %1</source>
        <translation>%1&#xa0;: automatique</translation>
    </message>
    <message>
        <source>Choose a colour...</source>
        <translation>Choisir une couleur...</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>&quot;{text}&quot;</source>
        <translation>«&#xa0;{text}&#xa0;»</translation>
    </message>
    <message>
        <source>Mizan JSON</source>
        <translation>JSON Mizan</translation>
    </message>
    <message>
        <source>Leantime</source>
        <translation>Leantime</translation>
    </message>
    <message>
        <source>the Business Model Canvas app (RedPhoenixQ)</source>
        <translation>l&apos;application Business Model Canvas (RedPhoenixQ)</translation>
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
        <translation>ligne {line}</translation>
    </message>
    <message>
        <source>element {element}, line {line}</source>
        <translation>élément {element}, ligne {line}</translation>
    </message>
    <message>
        <source>item {item}</source>
        <translation>élément {item}</translation>
    </message>
    <message>
        <source>{notes} note in {blocks} block from {format}.</source>
        <translation>{notes} note dans {blocks} bloc, importée depuis {format}.</translation>
    </message>
    <message>
        <source>{notes} notes in {blocks} block from {format}.</source>
        <translation>{notes} notes dans {blocks} bloc, importées depuis {format}.</translation>
    </message>
    <message>
        <source>{notes} notes in {blocks} blocks from {format}.</source>
        <translation>{notes} notes dans {blocks} blocs, importées depuis {format}.</translation>
    </message>
    <message>
        <source>No notes from {format}: the canvas is empty.</source>
        <translation>Aucune note importée depuis {format}&#xa0;: le canevas est vide.</translation>
    </message>
    <message>
        <source>{where}: {excerpt} is in no block; kept in {block}, tagged {tag}.</source>
        <translation>{where}&#xa0;: {excerpt} n&apos;est dans aucun bloc&#xa0;; note conservée dans le bloc {block}, avec l&apos;étiquette {tag}.</translation>
    </message>
    <message>
        <source>{where}: {excerpt} is under {section}, which is not a block; kept in {block}, tagged {tag}.</source>
        <translation>{where}&#xa0;: {excerpt} se trouve sous {section}, qui n&apos;est pas un bloc&#xa0;; note conservée dans le bloc {block}, avec l&apos;étiquette {tag}.</translation>
    </message>
    <message>
        <source>The file names no title: the canvas is called {title} after the file.</source>
        <translation>Le fichier n&apos;indique aucun titre&#xa0;: le canevas s&apos;appelle {title}, d&apos;après le nom du fichier.</translation>
    </message>
    <message>
        <source>Language {language}, guessed from the script of the text.</source>
        <translation>Langue {language}, devinée d&apos;après l&apos;écriture du texte.</translation>
    </message>
    <message>
        <source>The file was UTF-16 text; it was read as such.</source>
        <translation>Le fichier était un texte UTF-16&#xa0;; il a été lu comme tel.</translation>
    </message>
    <message>
        <source>line {line}: the placeholder {excerpt} under {section} was left out.</source>
        <translation>ligne {line}&#xa0;: l&apos;espace réservé {excerpt} sous {section} a été écarté.</translation>
    </message>
    <message>
        <source>The export does not name the kind of board (no key on &lt;canvas&gt;); it was read as a Business Model Canvas.</source>
        <translation>L&apos;export n&apos;indique pas le type de tableau (pas de key sur &lt;canvas&gt;)&#xa0;; il a été lu comme un Business Model Canvas.</translation>
    </message>
    <message>
        <source>{count} empty item was left out.</source>
        <translation>{count} élément vide a été écarté.</translation>
    </message>
    <message>
        <source>{count} empty items were left out.</source>
        <translation>{count} éléments vides ont été écartés.</translation>
    </message>
    <message>
        <source>Leantime&apos;s statuses are kept as tags (Draft, In review, Valid, On hold, Invalid).</source>
        <translation>Les statuts de Leantime sont conservés comme étiquettes (Draft, In review, Valid, On hold, Invalid).</translation>
    </message>
    <message>
        <source>Not imported: the items&apos; {fields}.</source>
        <translation>Non importés&#xa0;: les {fields} des éléments.</translation>
    </message>
    <message>
        <source>authors</source>
        <translation>auteurs</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>dates</translation>
    </message>
    <message>
        <source>Not imported: the items&apos; fields {fields}.</source>
        <translation>Non importés&#xa0;: les champs {fields} des éléments.</translation>
    </message>
    <message>
        <source>The save is from version {version} of the app; Mizan knows its saves up to version {known} and read it the same way.</source>
        <translation>La sauvegarde provient de la version {version} de l&apos;application&#xa0;; Mizan connaît ses sauvegardes jusqu&apos;à la version {known} et l&apos;a lue de la même façon.</translation>
    </message>
    <message>
        <source>{count} relation between items became a link from the first item to the second.</source>
        <translation>{count} relation entre éléments est devenue un lien du premier élément vers le second.</translation>
    </message>
    <message>
        <source>{count} relations between items became links from the first item to the second.</source>
        <translation>{count} relations entre éléments sont devenues des liens du premier élément vers le second.</translation>
    </message>
    <message>
        <source>{count} relation to groups, sliders or left-out items could not be kept.</source>
        <translation>{count} relation vers des groupes, des curseurs ou des éléments écartés n&apos;a pas pu être conservée.</translation>
    </message>
    <message>
        <source>{count} relations to groups, sliders or left-out items could not be kept.</source>
        <translation>{count} relations vers des groupes, des curseurs ou des éléments écartés n&apos;ont pas pu être conservées.</translation>
    </message>
    <message>
        <source>The Extended BMC&apos;s {segment} was read as {block}.</source>
        <translation>La section {segment} de l&apos;Extended BMC a été lue comme le bloc {block}.</translation>
    </message>
    <message>
        <source>{count} slider was left out: a canvas has no sliders.</source>
        <translation>{count} curseur a été écarté&#xa0;: un canevas n&apos;a pas de curseurs.</translation>
    </message>
    <message>
        <source>{count} sliders were left out: a canvas has no sliders.</source>
        <translation>{count} curseurs ont été écartés&#xa0;: un canevas n&apos;a pas de curseurs.</translation>
    </message>
    <message>
        <source>{count} item with no name or text (an icon only) was left out.</source>
        <translation>{count} élément sans nom ni texte (une icône seule) a été écarté.</translation>
    </message>
    <message>
        <source>{count} items with no name or text (an icon only) were left out.</source>
        <translation>{count} éléments sans nom ni texte (une icône seule) ont été écartés.</translation>
    </message>
    <message>
        <source>{count} node of an unknown kind was left out.</source>
        <translation>{count} nœud d&apos;un type inconnu a été écarté.</translation>
    </message>
    <message>
        <source>{count} nodes of an unknown kind were left out.</source>
        <translation>{count} nœuds d&apos;un type inconnu ont été écartés.</translation>
    </message>
    <message>
        <source>The group {group} holds no notes: its name was not kept.</source>
        <translation>Le groupe {group} ne contient aucune note&#xa0;: son nom n&apos;a pas été conservé.</translation>
    </message>
    <message>
        <source>The names of the groups items were in are kept as tags.</source>
        <translation>Les noms des groupes dont faisaient partie les éléments sont conservés comme étiquettes.</translation>
    </message>
    <message>
        <source>Page {page} ({count} note) was not imported: Mizan reads the page that was open, {open}. Open the other page in the app and save to import it.</source>
        <translation>La page {page} ({count} note) n&apos;a pas été importée&#xa0;: Mizan lit la page qui était ouverte, {open}. Ouvrez l&apos;autre page dans l&apos;application et enregistrez pour l&apos;importer.</translation>
    </message>
    <message>
        <source>Page {page} ({count} notes) was not imported: Mizan reads the page that was open, {open}. Open the other page in the app and save to import it.</source>
        <translation>La page {page} ({count} notes) n&apos;a pas été importée&#xa0;: Mizan lit la page qui était ouverte, {open}. Ouvrez l&apos;autre page dans l&apos;application et enregistrez pour l&apos;importer.</translation>
    </message>
    <message>
        <source>Read as a table separated by {separator}, with a header row: blocks in column {block}, text in column {text}.</source>
        <translation>Lu comme un tableau séparé par des {separator}, avec une ligne d&apos;en-tête&#xa0;: les blocs dans la colonne {block}, le texte dans la colonne {text}.</translation>
    </message>
    <message>
        <source>Read as a table separated by {separator}, without a header row: blocks in column {block}, text in column {text}.</source>
        <translation>Lu comme un tableau séparé par des {separator}, sans ligne d&apos;en-tête&#xa0;: les blocs dans la colonne {block}, le texte dans la colonne {text}.</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>virgules</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>points-virgules</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabulations</translation>
    </message>
    <message>
        <source>Columns not imported: {columns}.</source>
        <translation>Colonnes non importées&#xa0;: {columns}.</translation>
    </message>
    <message>
        <source>{count} row with no text was left out (line {lines}).</source>
        <translation>{count} ligne sans texte a été écartée (ligne {lines} du fichier).</translation>
    </message>
    <message>
        <source>{count} rows with no text were left out (lines {lines}).</source>
        <translation>{count} lignes sans texte ont été écartées (lignes {lines} du fichier).</translation>
    </message>
    <message>
        <source>{count} rows with no text were left out (the first at lines {lines}).</source>
        <translation>{count} lignes sans texte ont été écartées (les premières aux lignes {lines} du fichier).</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>Fichier trop volumineux</translation>
    </message>
    <message>
        <source>The file is {size} MiB; Mizan imports canvases of up to {limit} MiB.</source>
        <translation>Le fichier fait {size}&#xa0;Mio&#xa0;; Mizan importe les canevas jusqu&apos;à {limit}&#xa0;Mio.</translation>
    </message>
    <message>
        <source>A .mizan document</source>
        <translation>Un document .mizan</translation>
    </message>
    <message>
        <source>This is a .mizan document (an SQLite database), not a file to import: open it as it is.</source>
        <translation>Ceci est un document .mizan (une base de données SQLite), pas un fichier à importer&#xa0;: ouvrez-le tel quel.</translation>
    </message>
    <message>
        <source>Not valid UTF-16</source>
        <translation>UTF-16 non valide</translation>
    </message>
    <message>
        <source>The file starts as UTF-16 text, but the two bytes at offset {offset} are half of a character.</source>
        <translation>Le fichier commence comme un texte UTF-16, mais les deux octets à la position {offset} sont la moitié d&apos;un caractère.</translation>
    </message>
    <message>
        <source>Empty file</source>
        <translation>Fichier vide</translation>
    </message>
    <message>
        <source>The file is empty: there is no canvas in it.</source>
        <translation>Le fichier est vide&#xa0;: il ne contient aucun canevas.</translation>
    </message>
    <message>
        <source>Not UTF-8 text</source>
        <translation>Pas du texte UTF-8</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text: the byte {byte} at offset {offset} (line {line}) is not valid UTF-8. Save the file as UTF-8 and import it again.</source>
        <translation>Le fichier n&apos;est pas du texte UTF-8&#xa0;: l&apos;octet {byte} à la position {offset} (ligne {line}) n&apos;est pas de l&apos;UTF-8 valide. Enregistrez le fichier en UTF-8 et importez-le de nouveau.</translation>
    </message>
    <message>
        <source>Not a canvas</source>
        <translation>Pas un canevas</translation>
    </message>
    <message>
        <source>The file holds binary data (a NUL byte at offset {offset}), not text.</source>
        <translation>Le fichier contient des données binaires (un octet NUL à la position {offset}), pas du texte.</translation>
    </message>
    <message>
        <source>This XML or HTML file is not a Leantime canvas export (it has no &lt;canvas&gt; element).</source>
        <translation>Ce fichier XML ou HTML n&apos;est pas un export de canevas Leantime (il n&apos;a pas d&apos;élément &lt;canvas&gt;).</translation>
    </message>
    <message>
        <source>No block for the notes</source>
        <translation>Aucun bloc pour les notes</translation>
    </message>
    <message>
        <source>The {count} note of the file is in no block of the Business Model Canvas, so Mizan cannot tell where it goes.</source>
        <translation>Le fichier contient {count} note, qui n&apos;est dans aucun bloc du Business Model Canvas&#xa0;: Mizan ne peut donc pas savoir où la placer.</translation>
    </message>
    <message>
        <source>None of the {count} notes of the file is in a block of the Business Model Canvas, so Mizan cannot tell where they go.</source>
        <translation>Aucune des {count} notes du fichier n&apos;est dans un bloc du Business Model Canvas&#xa0;: Mizan ne peut donc pas savoir où les placer.</translation>
    </message>
    <message>
        <source>No canvas blocks</source>
        <translation>Aucun bloc du canevas</translation>
    </message>
    <message>
        <source>The file has no heading that names a block of the Business Model Canvas (such as &quot;## Key partners&quot; or &quot;## Customer segments&quot;, in English, French, Arabic or Hebrew), so Mizan cannot tell where its notes go.</source>
        <translation>Le fichier n&apos;a aucun titre qui nomme un bloc du Business Model Canvas (comme «&#xa0;## Partenaires clés&#xa0;» ou «&#xa0;## Segments de clientèle&#xa0;», en français, en anglais, en arabe ou en hébreu)&#xa0;: Mizan ne peut donc pas savoir où placer ses notes.</translation>
    </message>
    <message>
        <source>The file has no heading that names a block of the Business Model Canvas (such as &quot;## Key partners&quot; or &quot;## Customer segments&quot;, in English, French, Arabic or Hebrew), so Mizan cannot tell where its notes go. Its headings are {headings}.</source>
        <translation>Le fichier n&apos;a aucun titre qui nomme un bloc du Business Model Canvas (comme «&#xa0;## Partenaires clés&#xa0;» ou «&#xa0;## Segments de clientèle&#xa0;», en français, en anglais, en arabe ou en hébreu)&#xa0;: Mizan ne peut donc pas savoir où placer ses notes. Ses titres sont {headings}.</translation>
    </message>
    <message>
        <source>The file has no heading that names a block of the Business Model Canvas (such as &quot;## Key partners&quot; or &quot;## Customer segments&quot;, in English, French, Arabic or Hebrew), so Mizan cannot tell where its notes go. Its headings include {headings}.</source>
        <translation>Le fichier n&apos;a aucun titre qui nomme un bloc du Business Model Canvas (comme «&#xa0;## Partenaires clés&#xa0;» ou «&#xa0;## Segments de clientèle&#xa0;», en français, en anglais, en arabe ou en hébreu)&#xa0;: Mizan ne peut donc pas savoir où placer ses notes. Parmi ses titres&#xa0;: {headings}.</translation>
    </message>
    <message>
        <source>Cut short</source>
        <translation>Fichier tronqué</translation>
    </message>
    <message>
        <source>The Leantime export ends inside {element} opened at line {line}: the file is incomplete. Export the board from Leantime again.</source>
        <translation>L&apos;export Leantime se termine à l&apos;intérieur de {element}, ouvert à la ligne {line}&#xa0;: le fichier est incomplet. Exportez de nouveau le tableau depuis Leantime.</translation>
    </message>
    <message>
        <source>Not a Leantime canvas</source>
        <translation>Pas un canevas Leantime</translation>
    </message>
    <message>
        <source>Expected {element} at line {line}, as Leantime&apos;s canvas export starts; this XML file is something else.</source>
        <translation>{element} était attendu à la ligne {line}, comme au début d&apos;un export de canevas Leantime&#xa0;; ce fichier XML est autre chose.</translation>
    </message>
    <message>
        <source>Not a Business Model Canvas</source>
        <translation>Pas un Business Model Canvas</translation>
    </message>
    <message>
        <source>This Leantime export holds a {board} board (line {line}); Mizan imports Leantime&apos;s Business Model Canvas boards ({known}).</source>
        <translation>Cet export Leantime contient un tableau {board} (ligne {line})&#xa0;; Mizan importe les tableaux Business Model Canvas de Leantime ({known}).</translation>
    </message>
    <message>
        <source>Damaged save</source>
        <translation>Sauvegarde endommagée</translation>
    </message>
    <message>
        <source>The Business Model Canvas save is not valid JSON: {reason} at line {line}, column {column}. The file may be cut short.</source>
        <translation>La sauvegarde Business Model Canvas n&apos;est pas du JSON valide&#xa0;: {reason} à la ligne {line}, colonne {column}. Le fichier est peut-être tronqué.</translation>
    </message>
    <message>
        <source>Not a Business Model Canvas save</source>
        <translation>Pas une sauvegarde Business Model Canvas</translation>
    </message>
    <message>
        <source>The JSON file has no &quot;pages&quot; list, as saves of the Business Model Canvas app have.</source>
        <translation>Le fichier JSON n&apos;a pas de liste «&#xa0;pages&#xa0;», comme en ont les sauvegardes de l&apos;application Business Model Canvas.</translation>
    </message>
    <message>
        <source>Empty save</source>
        <translation>Sauvegarde vide</translation>
    </message>
    <message>
        <source>The Business Model Canvas save has no pages.</source>
        <translation>La sauvegarde Business Model Canvas n&apos;a aucune page.</translation>
    </message>
    <message>
        <source>Invalid save</source>
        <translation>Sauvegarde non valide</translation>
    </message>
    <message>
        <source>Page {page} of the save has no &quot;nodes&quot; list.</source>
        <translation>La page {page} de la sauvegarde n&apos;a pas de liste «&#xa0;nodes&#xa0;».</translation>
    </message>
    <message>
        <source>No canvas on the page</source>
        <translation>Aucun canevas sur la page</translation>
    </message>
    <message>
        <source>The open page {page} of the save has none of the Business Model Canvas&apos;s blocks (it uses the empty template), so Mizan cannot tell where its items go.</source>
        <translation>La page ouverte {page} de la sauvegarde n&apos;a aucun des blocs du Business Model Canvas (elle utilise le modèle vide)&#xa0;: Mizan ne peut donc pas savoir où placer ses éléments.</translation>
    </message>
    <message>
        <source>No block column</source>
        <translation>Aucune colonne de blocs</translation>
    </message>
    <message>
        <source>Mizan found no column that names the canvas&apos;s blocks. Give the table a header row with a &quot;Block&quot; column and a &quot;Text&quot; column, or put a block&apos;s name (such as &quot;Key partners&quot;) in one column of every row.</source>
        <translation>Mizan n&apos;a trouvé aucune colonne qui nomme les blocs du canevas. Donnez au tableau une ligne d&apos;en-tête avec une colonne «&#xa0;Bloc&#xa0;» et une colonne «&#xa0;Texte&#xa0;», ou mettez le nom d&apos;un bloc (comme «&#xa0;Partenaires clés&#xa0;») dans une colonne de chaque ligne.</translation>
    </message>
    <message>
        <source>The quoted field that opens at line {line} is never closed: the file may be cut short.</source>
        <translation>Le champ entre guillemets ouvert à la ligne {line} n&apos;est jamais fermé&#xa0;: le fichier est peut-être tronqué.</translation>
    </message>
    <message>
        <source>No row of the table names a block of the Business Model Canvas: the block column holds {names}.</source>
        <translation>Aucune ligne du tableau ne nomme un bloc du Business Model Canvas&#xa0;: la colonne des blocs contient {names}.</translation>
    </message>
</context>
<context>
    <name>Method</name>
    <message>
        <source>The block says how you interact with each customer segment before, during and after delivering value. It is set per segment.</source>
        <translation>Le bloc décrit comment vous interagissez avec chaque segment de clientèle avant, pendant et après la fourniture de la valeur. Il se définit par segment.</translation>
    </message>
    <message>
        <source>Motivations: acquire customers, retain them, grow each segment (boost sales).</source>
        <translation>Motivations&#xa0;: conquérir des clients, les fidéliser, développer chaque segment (stimuler les ventes).</translation>
    </message>
    <message>
        <source>The channels you own shape the relationships you can have. Without a sales or marketing team, &quot;dedicated personal assistance&quot; makes no sense: nobody exists to give it. Checking this is how you test whether the model holds together.</source>
        <translation>Les canaux que vous possédez déterminent les relations que vous pouvez avoir. Sans équipe commerciale ou marketing, «&#xa0;l&apos;assistance personnelle dédiée&#xa0;» n&apos;a pas de sens&#xa0;: personne n&apos;est là pour l&apos;assurer. C&apos;est en vérifiant ce point que l&apos;on teste la cohérence du modèle.</translation>
    </message>
    <message>
        <source>Question 1, depth: deep (continuous contact) or shallow (limited contact), or in between. Through partner channels a relationship is mostly shallow. A deep relationship makes leaving costly for the customer (high switching cost); a shallow one cannot.</source>
        <translation>Question 1, la profondeur&#xa0;: profonde (contact continu) ou superficielle (contact limité), ou entre les deux. Par des canaux partenaires, une relation est le plus souvent superficielle. Une relation profonde rend le départ coûteux pour le client (coût de changement élevé)&#xa0;; une relation superficielle ne le peut pas.</translation>
    </message>
    <message>
        <source>Question 2, mechanism: automated, self-service, community, personal assistance, dedicated personal assistance.</source>
        <translation>Question 2, le mécanisme&#xa0;: automatisé, libre-service, communauté, assistance personnelle, assistance personnelle dédiée.</translation>
    </message>
    <message>
        <source>Question 3, focus: acquisition or retention.</source>
        <translation>Question 3, l&apos;objectif&#xa0;: acquisition ou fidélisation.</translation>
    </message>
    <message>
        <source>Question 4, channel: do you own it, or use a partner&apos;s?</source>
        <translation>Question 4, le canal&#xa0;: vous appartient-il, ou utilisez-vous celui d&apos;un partenaire&#xa0;?</translation>
    </message>
    <message>
        <source>Then: does this segment&apos;s current channel support the answers? If yes, good. If not, change the answers or the channel.</source>
        <translation>Ensuite&#xa0;: le canal actuel de ce segment permet-il de mettre en œuvre les réponses&#xa0;? Si oui, c&apos;est bien. Sinon, modifiez les réponses ou le canal.</translation>
    </message>
    <message>
        <source>Then pick concrete means that fit the answers and the channel: e.g. personal assistance through a toll-free number, e-mail, or social networks.</source>
        <translation>Puis choisissez des moyens concrets adaptés aux réponses et au canal&#xa0;: par exemple une assistance personnelle par numéro vert, courriel ou réseaux sociaux.</translation>
    </message>
    <message>
        <source>Your voice must fit the audience&apos;s expectations and the chosen mechanism.</source>
        <translation>Votre voix doit correspondre aux attentes du public et au mécanisme choisi.</translation>
    </message>
    <message>
        <source>Relationship types: personal assistance (human interaction: point of sale, call centre, e-mail, social); dedicated personal assistance (one representative per client, key accounts); self-service (no direct relationship, you provide the means); automated services (self-service plus automation that recognises the user and recommends: simulated personal relationship); communities (places where users help each other); co-creation (customers add value, e.g. reviews).</source>
        <translation>Types de relation&#xa0;: assistance personnelle (interaction humaine&#xa0;: point de vente, centre d&apos;appels, courriel, réseaux sociaux)&#xa0;; assistance personnelle dédiée (un représentant par client, grands comptes)&#xa0;; libre-service (pas de relation directe, vous fournissez les moyens)&#xa0;; services automatisés (libre-service complété d&apos;une automatisation qui reconnaît l&apos;utilisateur et fait des recommandations&#xa0;: relation personnelle simulée)&#xa0;; communautés (lieux où les utilisateurs s&apos;entraident)&#xa0;; cocréation (les clients ajoutent de la valeur, par ex. par des avis).</translation>
    </message>
    <message>
        <source>Further examples: newsletters, blogs, events and conferences, call centre or toll-free line, lock-in, manuals shipped with the product, loyalty programs (points, miles), network effects, webinars, tutorials, workshops, sponsorship, referral programs, purely transactional (a fuel station: no attempt at a relationship), partner programs, long-term commitments (B2B contracts, a bank loan).</source>
        <translation>Autres exemples&#xa0;: lettres d&apos;information, blogs, événements et conférences, centre d&apos;appels ou numéro vert, verrouillage (lock-in), manuels fournis avec le produit, programmes de fidélité (points, miles), effets de réseau, webinaires, tutoriels, ateliers, sponsoring, programmes de parrainage, relation purement transactionnelle (une station-service&#xa0;: aucune tentative de relation), programmes partenaires, engagements à long terme (contrats B2B, prêt bancaire).</translation>
    </message>
    <message>
        <source>For small and mid-sized businesses, raising retention by 5% raises profit by 25% to 85%.</source>
        <translation>Pour les petites et moyennes entreprises, augmenter la fidélisation de 5&#xa0;% augmente les bénéfices de 25&#xa0;% à 85&#xa0;%.</translation>
    </message>
    <message>
        <source>Why customers leave: 68% are unhappy with service quality, 13% the product, 9% competitors.</source>
        <translation>Pourquoi les clients partent&#xa0;: 68&#xa0;% sont mécontents de la qualité du service, 13&#xa0;% du produit, 9&#xa0;% partent à cause des concurrents.</translation>
    </message>
    <message>
        <source>Know your customers: follow each customer&apos;s journey (landing to leaving) and analyse motivation, first experience, personalisation, change, satisfaction, loyalty.</source>
        <translation>Connaissez vos clients&#xa0;: suivez le parcours de chaque client (de l&apos;arrivée au départ) et analysez la motivation, la première expérience, la personnalisation, le changement, la satisfaction, la fidélité.</translation>
    </message>
    <message>
        <source>Build buyer personas to reach the right customers with the right material at the right time.</source>
        <translation>Construisez des personas d&apos;acheteurs pour atteindre les bons clients avec le bon contenu au bon moment.</translation>
    </message>
    <message>
        <source>Winning a new customer costs about 6 times as much as keeping one.</source>
        <translation>Conquérir un nouveau client coûte environ 6 fois plus cher que d&apos;en garder un.</translation>
    </message>
    <message>
        <source>Define customer expectations. Keeping 19 promises of 20 is not enough: one failure erases trust. Survey service level at every contact; leave no request unanswered; promise deadlines you can beat (can fix in 5 minutes: promise half an hour).</source>
        <translation>Définissez les attentes des clients. Tenir 19 promesses sur 20 ne suffit pas&#xa0;: un seul échec efface la confiance. Mesurez le niveau de service à chaque contact&#xa0;; ne laissez aucune demande sans réponse&#xa0;; promettez des délais que vous pouvez battre (réparable en 5 minutes&#xa0;: promettez une demi-heure).</translation>
    </message>
    <message>
        <source>Keep the relationship alive: CRM tools, an annual calendar of to-do lists, help in daily activities, anticipate incidents, regular contact about new offers, someone responsible for every customer.</source>
        <translation>Entretenez la relation&#xa0;: outils CRM, calendrier annuel de listes de tâches, aide dans les activités quotidiennes, anticipation des incidents, contact régulier au sujet des nouvelles offres, un responsable pour chaque client.</translation>
    </message>
    <message>
        <source>Social channels, useful news, an e-mail strategy, a blog.</source>
        <translation>Canaux sociaux, actualités utiles, stratégie de courriel, blog.</translation>
    </message>
    <message>
        <source>Personal touches: birthday and anniversary messages, handwritten letters, special offers for top customers, a personal call on their day.</source>
        <translation>Attentions personnelles&#xa0;: messages pour les anniversaires et les dates marquantes, lettres manuscrites, offres spéciales pour les meilleurs clients, un appel personnel le jour de leur fête.</translation>
    </message>
    <message>
        <source>Loyalty rests on customer-service KPIs and consistent service; self-service knowledge base; expert advice; online groups.</source>
        <translation>La fidélité repose sur des KPI de service client et un service constant&#xa0;; base de connaissances en libre-service&#xa0;; conseils d&apos;experts&#xa0;; groupes en ligne.</translation>
    </message>
    <message>
        <source>Keep a set of KPIs that measures growth.</source>
        <translation>Tenez un ensemble de KPI qui mesure la croissance.</translation>
    </message>
    <message>
        <source>Feedback surveys: every customer counts; monitor individual feedback; it shows what to fix and what to be proud of, and predicts trends.</source>
        <translation>Enquêtes d&apos;avis clients&#xa0;: chaque client compte&#xa0;; suivez chaque avis individuel&#xa0;; elles montrent ce qu&apos;il faut corriger et ce dont on peut être fier, et anticipent les tendances.</translation>
    </message>
    <message>
        <source>Firms chase relationships through more contact, data harvesting and tailored offers.</source>
        <translation>Les entreprises recherchent la relation par davantage de contacts, la collecte de données et des offres sur mesure.</translation>
    </message>
    <message>
        <source>Customers do not want relationships: they value anonymity (69% of about 6,000 online consumers very or extremely worried about losing control of personal data), follow their own agendas (3% of packaged-goods site visitors look for lifestyle content), and stay suspicious.</source>
        <translation>Les clients ne veulent pas de relation&#xa0;: ils tiennent à l&apos;anonymat (69&#xa0;% d&apos;environ 6&#xa0;000 consommateurs en ligne se disent très ou extrêmement inquiets de perdre le contrôle de leurs données personnelles), suivent leurs propres objectifs (3&#xa0;% des visiteurs de sites de produits de grande consommation y cherchent du contenu art de vivre) et restent méfiants.</translation>
    </message>
    <message>
        <source>Make every touchpoint a satisfying experience; redesign internal processes, not customers (a hotel built one unified contact centre instead of asking callers to pick the right number).</source>
        <translation>Faites de chaque point de contact une expérience satisfaisante&#xa0;; repensez les processus internes, pas les clients (un hôtel a créé un centre de contact unifié au lieu de demander aux appelants de choisir le bon numéro).</translation>
    </message>
    <message>
        <source>Meet today&apos;s goals, do not count on loyalty; scenario questions: who are the users, what are their goals, how do they reach them.</source>
        <translation>Répondez aux objectifs d&apos;aujourd&apos;hui, ne comptez pas sur la fidélité&#xa0;; questions de scénario&#xa0;: qui sont les utilisateurs, quels sont leurs objectifs, comment les atteignent-ils.</translation>
    </message>
    <message>
        <source>Measure the outcome (was the problem solved, and when), not the activity (how fast a reply went out).</source>
        <translation>Mesurez le résultat (le problème a-t-il été résolu, et quand), pas l&apos;activité (la rapidité d&apos;envoi d&apos;une réponse).</translation>
    </message>
    <message>
        <source>Touchpoints drive purchase decisions today; each is an opportunity and a risk.</source>
        <translation>Les points de contact déterminent aujourd&apos;hui les décisions d&apos;achat&#xa0;; chacun est à la fois une opportunité et un risque.</translation>
    </message>
    <message>
        <source>Identify the customer and segment, their needs and priorities, then serve them at each touchpoint as their life events change.</source>
        <translation>Identifiez le client et le segment, leurs besoins et leurs priorités, puis servez-les à chaque point de contact au gré des événements de leur vie.</translation>
    </message>
    <message>
        <source>The lifecycle: shopping, purchase, receipt (delivery), payment, use, after-sales service; through one channel or several.</source>
        <translation>Le cycle de vie&#xa0;: recherche, achat, réception (livraison), paiement, utilisation, service après-vente&#xa0;; par un seul canal ou par plusieurs.</translation>
    </message>
    <message>
        <source>Customers want one long relationship and the same experience whatever the channel: staff know them, what they ordered, their preferences and history pass to the next touchpoint, data is shared across channels.</source>
        <translation>Les clients veulent une relation longue et unique, et la même expérience quel que soit le canal&#xa0;: le personnel les connaît, sait ce qu&apos;ils ont commandé&#xa0;; leurs préférences et leur historique passent au point de contact suivant&#xa0;; les données sont partagées entre les canaux.</translation>
    </message>
    <message>
        <source>A company that treats touchpoints as mere distribution and payment points is siloed and confuses customers.</source>
        <translation>Une entreprise qui traite les points de contact comme de simples points de distribution et de paiement fonctionne en silos et déroute ses clients.</translation>
    </message>
    <message>
        <source>Products look alike; the experience is what keeps customers.</source>
        <translation>Les produits se ressemblent&#xa0;; c&apos;est l&apos;expérience qui retient les clients.</translation>
    </message>
    <message>
        <source>The relationship is every exchange between company and customer, across all sales channels and touchpoints; CRM adds data and technology.</source>
        <translation>La relation, c&apos;est chaque échange entre l&apos;entreprise et le client, sur tous les canaux de vente et points de contact&#xa0;; le CRM y ajoute les données et la technologie.</translation>
    </message>
    <message>
        <source>Goals: more revenue per account (repeat and cross-selling), better customer profitability, no slow drain to competitors.</source>
        <translation>Objectifs&#xa0;: plus de revenus par compte (achats répétés et ventes croisées), une meilleure rentabilité client, aucune fuite lente vers la concurrence.</translation>
    </message>
    <message>
        <source>Three levers: satisfaction (analyse and meet needs exactly), experience (memorable moments along the purchase journey), engagement (customers who recommend you, ambassadors, suggestions).</source>
        <translation>Trois leviers&#xa0;: la satisfaction (analyser les besoins et y répondre exactement), l&apos;expérience (des moments mémorables tout au long du parcours d&apos;achat), l&apos;engagement (des clients qui vous recommandent, des ambassadeurs, des suggestions).</translation>
    </message>
    <message>
        <source>Watch multichannel consistency: the messages of every channel must agree.</source>
        <translation>Veillez à la cohérence multicanale&#xa0;: les messages de tous les canaux doivent concorder.</translation>
    </message>
    <message>
        <source>Control every touchpoint, back office included (after-sales, accounting, the store): service quality is judged by every contact.</source>
        <translation>Maîtrisez chaque point de contact, back-office compris (après-vente, comptabilité, magasin)&#xa0;: la qualité du service se juge à chaque contact.</translation>
    </message>
    <message>
        <source>Measure perception with satisfaction surveys, not only internal indicators.</source>
        <translation>Mesurez la perception par des enquêtes de satisfaction, pas seulement par des indicateurs internes.</translation>
    </message>
    <message>
        <source>Social networks multiply the stakes: customers want to share opinions, good or bad.</source>
        <translation>Les réseaux sociaux démultiplient les enjeux&#xa0;: les clients veulent partager leurs avis, bons ou mauvais.</translation>
    </message>
</context>
<context>
    <name>NoteWords</name>
    <message>
        <source>%1 customers</source>
        <translation>%1 clients</translation>
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
        <translation>Pour %1</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Not answered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Appendix: notes continued</source>
        <translation>Annexe&#xa0;: suite des notes</translation>
    </message>
    <message>
        <source>Relationship plan: %1</source>
        <translation>Plan de relation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Marché</translation>
    </message>
    <message>
        <source>Estimated customers</source>
        <translation>Nombre estimé de clients</translation>
    </message>
    <message>
        <source>Revenue per customer per year</source>
        <translation>Revenu par client et par an</translation>
    </message>
    <message>
        <source>Relationship plan</source>
        <translation>Plan de relation</translation>
    </message>
    <message>
        <source>No plan yet (CR1).</source>
        <translation>Pas encore de plan (CR1).</translation>
    </message>
    <message>
        <source>Depth (CR4)</source>
        <translation>Profondeur (CR4)</translation>
    </message>
    <message>
        <source>Mechanisms (CR5)</source>
        <translation>Mécanismes (CR5)</translation>
    </message>
    <message>
        <source>Focus (CR6)</source>
        <translation>Objectif (CR6)</translation>
    </message>
    <message>
        <source>ownership not set</source>
        <translation>propriété non définie</translation>
    </message>
    <message>
        <source>Channels (CR7)</source>
        <translation>Canaux (CR7)</translation>
    </message>
    <message>
        <source>Means (CR9)</source>
        <translation>Moyens (CR9)</translation>
    </message>
    <message>
        <source>Voice (CR10)</source>
        <translation>Voix (CR10)</translation>
    </message>
    <message>
        <source>Voice on %1</source>
        <translation>Voix sur %1</translation>
    </message>
    <message>
        <source>Privacy stance (EX2)</source>
        <translation>Position sur la confidentialité (EX2)</translation>
    </message>
    <message>
        <source>Does the channel support it? (CR8)</source>
        <translation>Le canal le permet-il&#xa0;? (CR8)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>No findings: the blocks hold together.</source>
        <translation>Aucun constat&#xa0;: les blocs sont cohérents.</translation>
    </message>
    <message>
        <source>Untitled canvas</source>
        <translation>Canevas sans titre</translation>
    </message>
    <message>
        <source>Business Model Canvas by Strategyzer AG (strategyzer.com), CC BY-SA 3.0</source>
        <translation>Business Model Canvas par Strategyzer AG (strategyzer.com), CC BY-SA 3.0</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>▸ Continued in the appendix, page %1</source>
        <translation>▸ Suite en annexe, page %1</translation>
    </message>
    <message>
        <source>▸ Continued in the appendix</source>
        <translation>▸ Suite en annexe</translation>
    </message>
    <message>
        <source>Touchpoints (TP3)</source>
        <translation>Points de contact (TP3)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Ce qui se passe</translation>
    </message>
    <message>
        <source>Office (RM5)</source>
        <translation>Front-office ou back-office (RM5)</translation>
    </message>
    <message>
        <source>Owner (RT7)</source>
        <translation>Responsable (RT7)</translation>
    </message>
    <message>
        <source>Measure (EX5)</source>
        <translation>Mesure (EX5)</translation>
    </message>
    <message>
        <source>Retention economics (RT1, RT5)</source>
        <translation>Économie de la fidélisation (RT1, RT5)</translation>
    </message>
    <message>
        <source>Lifetime value of a customer</source>
        <translation>Valeur vie d&apos;un client</translation>
    </message>
    <message>
        <source>Periods to pay back winning a customer</source>
        <translation>Périodes pour amortir le coût de conquête d&apos;un client</translation>
    </message>
    <message>
        <source>Effect of 5 more points kept on that value (%)</source>
        <translation>Effet de 5 points de fidélisation en plus sur cette valeur (%)</translation>
    </message>
    <message>
        <source>Published reference (RT1)</source>
        <translation>Référence publiée (RT1)</translation>
    </message>
    <message>
        <source>5% more retention: 25% to 85% more profit</source>
        <translation>5&#xa0;% de fidélisation en plus&#xa0;: 25&#xa0;% à 85&#xa0;% de bénéfices en plus</translation>
    </message>
    <message>
        <source>Why customers leave (RT2)</source>
        <translation>Pourquoi les clients partent (RT2)</translation>
    </message>
    <message>
        <source>service %1%, product %2%, competitors %3%, other %4%</source>
        <translation>service %1&#xa0;%, produit %2&#xa0;%, concurrents %3&#xa0;%, autres raisons %4&#xa0;%</translation>
    </message>
    <message>
        <source>Persona: %1</source>
        <translation>Persona&#xa0;: %1</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>Qui ils sont</translation>
    </message>
    <message>
        <source>Goals and how they reach them (EX4)</source>
        <translation>Leurs objectifs et comment ils les atteignent (EX4)</translation>
    </message>
    <message>
        <source>Journey (RT3)</source>
        <translation>Parcours (RT3)</translation>
    </message>
    <message>
        <source>Relationship calendar</source>
        <translation>Calendrier de la relation client</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>First date</source>
        <translation>Première date</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Every segment</source>
        <translation>Tous les segments</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody named</source>
        <translation>Personne n&apos;est indiqué</translation>
    </message>
    <message>
        <source>Whom these serve is not said: %1</source>
        <translation>Sans indication de qui ils servent&#xa0;: %1</translation>
    </message>
    <message>
        <source>People who serve it (CR3)</source>
        <translation>Personnes qui le servent (CR3)</translation>
    </message>
    <message>
        <source>Surveyed (RM6)</source>
        <translation>Enquête (RM6)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Rests on a suggested answer, not yet confirmed.</source>
        <translation>Repose sur une réponse suggérée, pas encore confirmée.</translation>
    </message>
    <message>
        <source>What this means</source>
        <translation>Ce que cela signifie</translation>
    </message>
    <message>
        <source>An empty canvas: nothing to check yet.</source>
        <translation>Un canevas vide&#xa0;: rien à vérifier pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No customer segment yet: the checklist judges each segment&apos;s relationship.</source>
        <translation>Pas encore de segment de clientèle&#xa0;: la liste de contrôle juge la relation de chaque segment.</translation>
    </message>
</context>
<context>
    <name>Starters</name>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>A recurring offer: subscribers won once and kept month after month.</source>
        <translation>Une offre récurrente&#xa0;: des abonnés conquis une fois et fidélisés mois après mois.</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Place de marché</translation>
    </message>
    <message>
        <source>Two sides, buyers and sellers, each a segment with its own relationship.</source>
        <translation>Deux côtés, acheteurs et vendeurs, chacun un segment avec sa propre relation.</translation>
    </message>
    <message>
        <source>B2B services</source>
        <translation>Services B2B</translation>
    </message>
    <message>
        <source>Business clients served by account managers, and smaller ones served online.</source>
        <translation>Des clients professionnels suivis par des chargés de compte, et de plus petits servis en ligne.</translation>
    </message>
    <message>
        <source>Local shop</source>
        <translation>Commerce de proximité</translation>
    </message>
    <message>
        <source>A neighbourhood shop: regulars, passers-by, the counter and the owner.</source>
        <translation>Une boutique de quartier&#xa0;: les habitués, les passants, le comptoir et le patron.</translation>
    </message>
    <message>
        <source>Coffee roastery (English)</source>
        <translation>Torréfaction de café (anglais)</translation>
    </message>
    <message>
        <source>Subscribers, cafés and gift buyers; a finished canvas with a few contradictions to find.</source>
        <translation>Des abonnés, des cafés et des acheteurs de cadeaux&#xa0;; un canevas complet avec quelques contradictions à trouver.</translation>
    </message>
    <message>
        <source>Tailoring atelier (Arabic)</source>
        <translation>Atelier de couture (arabe)</translation>
    </message>
    <message>
        <source>Brides, companies ordering uniforms and everyday clients, written right to left.</source>
        <translation>Des mariées, des entreprises qui commandent des uniformes et des clients de tous les jours, écrit de droite à gauche.</translation>
    </message>
    <message>
        <source>Dental clinic (Hebrew)</source>
        <translation>Cabinet dentaire (hébreu)</translation>
    </message>
    <message>
        <source>Families, implant patients and local employers, written right to left.</source>
        <translation>Des familles, des patients en implantologie et des employeurs locaux, écrit de droite à gauche.</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <source>Segment it is for</source>
        <translation>Segment visé</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Mécanisme</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Profondeur</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Moyens</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Propriété</translation>
    </message>
    <message>
        <source>Phase it covers</source>
        <translation>Phase couverte</translation>
    </message>
    <message>
        <source>Means it offers</source>
        <translation>Moyens proposés</translation>
    </message>
    <message>
        <source>Segment it serves</source>
        <translation>Segment desservi</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <source>Whom the team serves</source>
        <translation>Ceux que l&apos;équipe sert</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Marché</translation>
    </message>
    <message>
        <source>Estimated customers</source>
        <translation>Nombre estimé de clients</translation>
    </message>
    <message>
        <source>What it provides</source>
        <translation>Ce que cela apporte</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Customer segments</source>
        <translation>Segments de clientèle</translation>
    </message>
    <message>
        <source>Value propositions</source>
        <translation>Propositions de valeur</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Customer relationships</source>
        <translation>Relations avec les clients</translation>
    </message>
    <message>
        <source>Revenue streams</source>
        <translation>Flux de revenus</translation>
    </message>
    <message>
        <source>Key resources</source>
        <translation>Ressources clés</translation>
    </message>
    <message>
        <source>Key activities</source>
        <translation>Activités clés</translation>
    </message>
    <message>
        <source>Key partners</source>
        <translation>Partenaires clés</translation>
    </message>
    <message>
        <source>Cost structure</source>
        <translation>Structure de coûts</translation>
    </message>
    <message>
        <source>Follow the text</source>
        <translation>Suivre le texte</translation>
    </message>
    <message>
        <source>Left to right</source>
        <translation>De gauche à droite</translation>
    </message>
    <message>
        <source>Right to left</source>
        <translation>De droite à gauche</translation>
    </message>
    <message>
        <source>Mass market</source>
        <translation>Marché de masse</translation>
    </message>
    <message>
        <source>One large group with broadly similar needs.</source>
        <translation>Un grand groupe aux besoins globalement similaires.</translation>
    </message>
    <message>
        <source>Niche market</source>
        <translation>Marché de niche</translation>
    </message>
    <message>
        <source>A specific, specialised group.</source>
        <translation>Un groupe précis et spécialisé.</translation>
    </message>
    <message>
        <source>Segmented</source>
        <translation>Segmenté</translation>
    </message>
    <message>
        <source>Groups with slightly different needs and problems.</source>
        <translation>Des groupes aux besoins et problèmes légèrement différents.</translation>
    </message>
    <message>
        <source>Diversified</source>
        <translation>Diversifié</translation>
    </message>
    <message>
        <source>Unrelated groups with very different needs.</source>
        <translation>Des groupes sans lien entre eux, aux besoins très différents.</translation>
    </message>
    <message>
        <source>Multi-sided platform</source>
        <translation>Plateforme multiface</translation>
    </message>
    <message>
        <source>Two or more interdependent groups.</source>
        <translation>Deux groupes interdépendants ou plus.</translation>
    </message>
    <message>
        <source>Owned</source>
        <translation>En propre</translation>
    </message>
    <message>
        <source>Your own channel: you shape the relationship it carries.</source>
        <translation>Votre propre canal&#xa0;: vous façonnez la relation qu&apos;il porte.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>A partner&apos;s channel: relationships through it are mostly shallow.</source>
        <translation>Le canal d&apos;un partenaire&#xa0;: les relations qui y passent sont le plus souvent superficielles.</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direct</translation>
    </message>
    <message>
        <source>You reach the customer yourself.</source>
        <translation>Vous atteignez le client vous-même.</translation>
    </message>
    <message>
        <source>Indirect</source>
        <translation>Indirect</translation>
    </message>
    <message>
        <source>You reach the customer through intermediaries.</source>
        <translation>Vous atteignez le client par des intermédiaires.</translation>
    </message>
    <message>
        <source>Awareness</source>
        <translation>Notoriété</translation>
    </message>
    <message>
        <source>How customers come to know the offer.</source>
        <translation>Comment les clients découvrent l&apos;offre.</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>How customers judge the value proposition.</source>
        <translation>Comment les clients évaluent la proposition de valeur.</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Achat</translation>
    </message>
    <message>
        <source>How customers buy.</source>
        <translation>Comment les clients achètent.</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>How the value proposition reaches them.</source>
        <translation>Comment la proposition de valeur leur parvient.</translation>
    </message>
    <message>
        <source>After-sales</source>
        <translation>Après-vente</translation>
    </message>
    <message>
        <source>Support after the purchase.</source>
        <translation>Le suivi après l&apos;achat.</translation>
    </message>
    <message>
        <source>Toll-free line</source>
        <translation>Numéro vert</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Social networks</source>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Messagerie instantanée</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Face-à-face</translation>
    </message>
    <message>
        <source>Web self-service</source>
        <translation>Libre-service en ligne</translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation>Application mobile</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Visioconférence</translation>
    </message>
    <message>
        <source>Text messages</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Letters by post</source>
        <translation>Courrier postal</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Rencontres et événements</translation>
    </message>
    <message>
        <source>Online forum</source>
        <translation>Forum en ligne</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Base de connaissances</translation>
    </message>
    <message>
        <source>Deep</source>
        <translation>Profonde</translation>
    </message>
    <message>
        <source>Continuous contact; leaving becomes costly for the customer.</source>
        <translation>Contact continu&#xa0;; partir devient coûteux pour le client.</translation>
    </message>
    <message>
        <source>In between</source>
        <translation>Intermédiaire</translation>
    </message>
    <message>
        <source>Regular but limited contact.</source>
        <translation>Contact régulier mais limité.</translation>
    </message>
    <message>
        <source>Shallow</source>
        <translation>Superficielle</translation>
    </message>
    <message>
        <source>Limited contact; the customer can leave at no cost.</source>
        <translation>Contact limité&#xa0;; le client peut partir sans frais.</translation>
    </message>
    <message>
        <source>Personal assistance</source>
        <translation>Assistance personnelle</translation>
    </message>
    <message>
        <source>Human interaction: point of sale, call centre, e-mail, social networks.</source>
        <translation>Interaction humaine&#xa0;: point de vente, centre d&apos;appels, courriel, réseaux sociaux.</translation>
    </message>
    <message>
        <source>Dedicated personal assistance</source>
        <translation>Assistance personnelle dédiée</translation>
    </message>
    <message>
        <source>One representative per client, as for key accounts.</source>
        <translation>Un représentant par client, comme pour les grands comptes.</translation>
    </message>
    <message>
        <source>Self-service</source>
        <translation>Libre-service</translation>
    </message>
    <message>
        <source>No direct relationship: you provide the means.</source>
        <translation>Pas de relation directe&#xa0;: vous fournissez les moyens.</translation>
    </message>
    <message>
        <source>Automated services</source>
        <translation>Services automatisés</translation>
    </message>
    <message>
        <source>Self-service with automation that recognises the user and recommends.</source>
        <translation>Du libre-service avec une automatisation qui reconnaît l&apos;utilisateur et fait des recommandations.</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>Communautés</translation>
    </message>
    <message>
        <source>Places where users help each other.</source>
        <translation>Des lieux où les utilisateurs s&apos;entraident.</translation>
    </message>
    <message>
        <source>Co-creation</source>
        <translation>Cocréation</translation>
    </message>
    <message>
        <source>Customers add value, for example with reviews.</source>
        <translation>Les clients ajoutent de la valeur, par exemple avec des avis.</translation>
    </message>
    <message>
        <source>Newsletters</source>
        <translation>Lettres d&apos;information</translation>
    </message>
    <message>
        <source>Regular news sent to customers.</source>
        <translation>Des actualités envoyées régulièrement aux clients.</translation>
    </message>
    <message>
        <source>Blogs</source>
        <translation>Blogs</translation>
    </message>
    <message>
        <source>Useful articles customers come back for.</source>
        <translation>Des articles utiles que les clients reviennent lire.</translation>
    </message>
    <message>
        <source>Events and conferences</source>
        <translation>Conférences et événements</translation>
    </message>
    <message>
        <source>Meeting customers in person.</source>
        <translation>Rencontrer les clients en personne.</translation>
    </message>
    <message>
        <source>Call centre or toll-free line</source>
        <translation>Centre d&apos;appels ou numéro vert</translation>
    </message>
    <message>
        <source>A number customers can always call.</source>
        <translation>Un numéro que les clients peuvent toujours appeler.</translation>
    </message>
    <message>
        <source>Lock-in</source>
        <translation>Verrouillage</translation>
    </message>
    <message>
        <source>Leaving means losing something: data, set-up, compatibility.</source>
        <translation>Partir signifie perdre quelque chose&#xa0;: données, paramétrage, compatibilité.</translation>
    </message>
    <message>
        <source>Manuals with the product</source>
        <translation>Manuels fournis avec le produit</translation>
    </message>
    <message>
        <source>Guidance shipped with what you sell.</source>
        <translation>Des instructions livrées avec ce que vous vendez.</translation>
    </message>
    <message>
        <source>Loyalty program</source>
        <translation>Programme de fidélité</translation>
    </message>
    <message>
        <source>Points, miles and rewards for staying.</source>
        <translation>Points, miles et récompenses pour ceux qui restent.</translation>
    </message>
    <message>
        <source>Network effects</source>
        <translation>Effets de réseau</translation>
    </message>
    <message>
        <source>The product is worth more as more people use it.</source>
        <translation>Le produit vaut davantage à mesure que plus de gens l&apos;utilisent.</translation>
    </message>
    <message>
        <source>Webinars</source>
        <translation>Webinaires</translation>
    </message>
    <message>
        <source>Online sessions that teach and keep in touch.</source>
        <translation>Des sessions en ligne qui forment et maintiennent le contact.</translation>
    </message>
    <message>
        <source>Tutorials</source>
        <translation>Tutoriels</translation>
    </message>
    <message>
        <source>Step-by-step help customers follow alone.</source>
        <translation>Une aide pas à pas que les clients suivent seuls.</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <source>Hands-on sessions with customers.</source>
        <translation>Des sessions pratiques avec les clients.</translation>
    </message>
    <message>
        <source>Sponsorship</source>
        <translation>Sponsoring</translation>
    </message>
    <message>
        <source>Supporting what customers care about.</source>
        <translation>Soutenir ce qui compte pour les clients.</translation>
    </message>
    <message>
        <source>Referral program</source>
        <translation>Programme de parrainage</translation>
    </message>
    <message>
        <source>Customers rewarded for bringing others.</source>
        <translation>Des clients récompensés pour en amener d&apos;autres.</translation>
    </message>
    <message>
        <source>Purely transactional</source>
        <translation>Purement transactionnel</translation>
    </message>
    <message>
        <source>No attempt at a relationship, like a fuel station.</source>
        <translation>Aucune tentative de relation, comme dans une station-service.</translation>
    </message>
    <message>
        <source>Partner program</source>
        <translation>Programme partenaires</translation>
    </message>
    <message>
        <source>A structured relationship with reselling partners.</source>
        <translation>Une relation structurée avec des partenaires revendeurs.</translation>
    </message>
    <message>
        <source>Long-term commitment</source>
        <translation>Engagement à long terme</translation>
    </message>
    <message>
        <source>Contracts that bind for years, like a bank loan.</source>
        <translation>Des contrats qui engagent pour des années, comme un prêt bancaire.</translation>
    </message>
    <message>
        <source>Personal touches</source>
        <translation>Attentions personnelles</translation>
    </message>
    <message>
        <source>Birthday and anniversary messages, handwritten letters, a call on their day.</source>
        <translation>Messages pour les anniversaires et les dates marquantes, lettres manuscrites, un appel le jour de leur fête.</translation>
    </message>
    <message>
        <source>Tailored offers</source>
        <translation>Offres sur mesure</translation>
    </message>
    <message>
        <source>Offers built from what you know about the customer.</source>
        <translation>Des offres construites à partir de ce que vous savez du client.</translation>
    </message>
    <message>
        <source>Acquisition</source>
        <translation>Acquisition</translation>
    </message>
    <message>
        <source>Win new customers.</source>
        <translation>Conquérir de nouveaux clients.</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Fidélisation</translation>
    </message>
    <message>
        <source>Keep the customers you have.</source>
        <translation>Garder les clients que vous avez.</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Croissance</translation>
    </message>
    <message>
        <source>Sell more to each segment: repeat and cross-selling.</source>
        <translation>Vendre davantage à chaque segment&#xa0;: achats répétés et ventes croisées.</translation>
    </message>
    <message>
        <source>Formal</source>
        <translation>Formel</translation>
    </message>
    <message>
        <source>Friendly</source>
        <translation>Amical</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
    <message>
        <source>Playful</source>
        <translation>Ludique</translation>
    </message>
    <message>
        <source>Caring</source>
        <translation>Bienveillant</translation>
    </message>
    <message>
        <source>Inspiring</source>
        <translation>Inspirant</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Vente</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Customer support</source>
        <translation>Support client</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Communauté</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Software platform</source>
        <translation>Plateforme logicielle</translation>
    </message>
    <message>
        <source>What automated services run on.</source>
        <translation>Ce sur quoi tournent les services automatisés.</translation>
    </message>
    <message>
        <source>Customer data</source>
        <translation>Données clients</translation>
    </message>
    <message>
        <source>What automation learns from.</source>
        <translation>Ce dont l&apos;automatisation apprend.</translation>
    </message>
    <message>
        <source>Community management</source>
        <translation>Animation de communauté</translation>
    </message>
    <message>
        <source>Someone who runs and moderates the community.</source>
        <translation>Quelqu&apos;un qui anime et modère la communauté.</translation>
    </message>
    <message>
        <source>Review and idea collection</source>
        <translation>Collecte d&apos;avis et d&apos;idées</translation>
    </message>
    <message>
        <source>A way for customers to add reviews and ideas.</source>
        <translation>Un moyen pour les clients d&apos;ajouter des avis et des idées.</translation>
    </message>
    <message>
        <source>Satisfaction surveys</source>
        <translation>Enquêtes de satisfaction</translation>
    </message>
    <message>
        <source>Perception measured by asking customers.</source>
        <translation>La perception mesurée en interrogeant les clients.</translation>
    </message>
    <message>
        <source>Outcome measurement</source>
        <translation>Mesure des résultats</translation>
    </message>
    <message>
        <source>Whether the problem was solved, and when.</source>
        <translation>Le problème a-t-il été résolu, et quand.</translation>
    </message>
    <message>
        <source>Shared customer record</source>
        <translation>Dossier client partagé</translation>
    </message>
    <message>
        <source>History that follows the customer from channel to channel.</source>
        <translation>Un historique qui suit le client d&apos;un canal à l&apos;autre.</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Profondeur</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Mécanisme</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Channel ownership</source>
        <translation>Propriété du canal</translation>
    </message>
    <message>
        <source>Concrete means</source>
        <translation>Moyens concrets</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>Who are our key partners?</source>
        <translation>Qui sont nos partenaires clés&#xa0;?</translation>
    </message>
    <message>
        <source>Who are our key suppliers?</source>
        <translation>Qui sont nos fournisseurs clés&#xa0;?</translation>
    </message>
    <message>
        <source>Which key resources do we acquire from partners?</source>
        <translation>Quelles ressources clés obtenons-nous auprès de nos partenaires&#xa0;?</translation>
    </message>
    <message>
        <source>Which key activities do partners perform?</source>
        <translation>Quelles activités clés nos partenaires réalisent-ils&#xa0;?</translation>
    </message>
    <message>
        <source>What key activities do our value propositions require?</source>
        <translation>Quelles activités clés nos propositions de valeur requièrent-elles&#xa0;?</translation>
    </message>
    <message>
        <source>Our distribution channels? Customer relationships?</source>
        <translation>Nos canaux de distribution&#xa0;? Nos relations avec les clients&#xa0;?</translation>
    </message>
    <message>
        <source>Revenue streams?</source>
        <translation>Nos flux de revenus&#xa0;?</translation>
    </message>
    <message>
        <source>What key resources do our value propositions require?</source>
        <translation>Quelles ressources clés nos propositions de valeur requièrent-elles&#xa0;?</translation>
    </message>
    <message>
        <source>Who in the team can give personal assistance?</source>
        <translation>Qui, dans l&apos;équipe, peut assurer une assistance personnelle&#xa0;?</translation>
    </message>
    <message>
        <source>What value do we deliver to the customer?</source>
        <translation>Quelle valeur apportons-nous au client&#xa0;?</translation>
    </message>
    <message>
        <source>Which one of our customers&apos; problems are we helping to solve?</source>
        <translation>Lequel des problèmes de nos clients aidons-nous à résoudre&#xa0;?</translation>
    </message>
    <message>
        <source>Which customer needs are we satisfying?</source>
        <translation>Quels besoins des clients satisfaisons-nous&#xa0;?</translation>
    </message>
    <message>
        <source>What type of relationship does each customer segment expect us to establish and maintain with them?</source>
        <translation>Quel type de relation chacun de nos segments de clientèle attend-il que nous établissions et entretenions avec lui&#xa0;?</translation>
    </message>
    <message>
        <source>Deep or shallow? Which mechanism? Acquisition, retention or growth?</source>
        <translation>Profonde ou superficielle&#xa0;? Quel mécanisme&#xa0;? Acquisition, fidélisation ou croissance&#xa0;?</translation>
    </message>
    <message>
        <source>Does the segment&apos;s channel support it, and do we have the people for it?</source>
        <translation>Le canal du segment le permet-il, et avons-nous les personnes pour cela&#xa0;?</translation>
    </message>
    <message>
        <source>Through which channels do our customer segments want to be reached?</source>
        <translation>Par quels canaux nos segments de clientèle veulent-ils être atteints&#xa0;?</translation>
    </message>
    <message>
        <source>Which channels do we own, and which are partners&apos;?</source>
        <translation>Quels canaux possédons-nous, et lesquels appartiennent à des partenaires&#xa0;?</translation>
    </message>
    <message>
        <source>Which ones work best? Which ones are most cost-efficient?</source>
        <translation>Lesquels fonctionnent le mieux&#xa0;? Lesquels sont les plus rentables&#xa0;?</translation>
    </message>
    <message>
        <source>For whom are we creating value?</source>
        <translation>Pour qui créons-nous de la valeur&#xa0;?</translation>
    </message>
    <message>
        <source>Who are our most important customers?</source>
        <translation>Quels sont nos clients les plus importants&#xa0;?</translation>
    </message>
    <message>
        <source>What are the most important costs inherent in our business model?</source>
        <translation>Quels sont les coûts les plus importants inhérents à notre modèle économique&#xa0;?</translation>
    </message>
    <message>
        <source>Which key resources are most expensive?</source>
        <translation>Quelles ressources clés sont les plus coûteuses&#xa0;?</translation>
    </message>
    <message>
        <source>Which key activities are most expensive?</source>
        <translation>Quelles activités clés sont les plus coûteuses&#xa0;?</translation>
    </message>
    <message>
        <source>For what value are our customers really willing to pay?</source>
        <translation>Pour quelle valeur nos clients sont-ils vraiment prêts à payer&#xa0;?</translation>
    </message>
    <message>
        <source>How are they paying now? How would they prefer to pay?</source>
        <translation>Comment paient-ils actuellement&#xa0;? Comment préféreraient-ils payer&#xa0;?</translation>
    </message>
    <message>
        <source>How much does each revenue stream contribute to overall revenues?</source>
        <translation>Quelle part chaque flux de revenus représente-t-il dans le chiffre d&apos;affaires total&#xa0;?</translation>
    </message>
    <message>
        <source>Shopping</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>After-sales service</source>
        <translation>Service après-vente</translation>
    </message>
    <message>
        <source>Front office</source>
        <translation>Front-office</translation>
    </message>
    <message>
        <source>Where the customer sees you.</source>
        <translation>Là où le client vous voit.</translation>
    </message>
    <message>
        <source>Back office</source>
        <translation>Back-office</translation>
    </message>
    <message>
        <source>After-sales, accounting, the store: judged by every contact too.</source>
        <translation>Après-vente, comptabilité, magasin&#xa0;: là aussi, le service se juge à chaque contact.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Was the problem solved, and when.</source>
        <translation>Le problème a-t-il été résolu, et quand.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>How fast, how often: what was done.</source>
        <translation>À quelle vitesse, à quelle fréquence&#xa0;: ce qui a été fait.</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Lettre d&apos;information</translation>
    </message>
    <message>
        <source>Satisfaction survey</source>
        <translation>Enquête de satisfaction</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webinaire</translation>
    </message>
    <message>
        <source>Birthday message</source>
        <translation>Message d&apos;anniversaire</translation>
    </message>
    <message>
        <source>Anniversary message</source>
        <translation>Message pour une date marquante</translation>
    </message>
    <message>
        <source>Loyalty campaign</source>
        <translation>Campagne de fidélisation</translation>
    </message>
    <message>
        <source>Personal call</source>
        <translation>Appel personnel</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Une fois</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Chaque mois</translation>
    </message>
    <message>
        <source>Every quarter</source>
        <translation>Chaque trimestre</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>Chaque année</translation>
    </message>
    <message>
        <source>Owner or founders</source>
        <translation>Propriétaire ou fondateurs</translation>
    </message>
    <message>
        <source>The owner or founders, serving customers themselves.</source>
        <translation>Le propriétaire ou les fondateurs, qui servent eux-mêmes les clients.</translation>
    </message>
    <message>
        <source>Account management</source>
        <translation>Gestion des comptes clients</translation>
    </message>
    <message>
        <source>One representative per client: key accounts.</source>
        <translation>Un représentant par client&#xa0;: les grands comptes.</translation>
    </message>
    <message>
        <source>A call centre, a help desk, e-mail or chat answered by people.</source>
        <translation>Un centre d&apos;appels, un service d&apos;assistance, le courriel ou une messagerie instantanée, avec des personnes qui répondent.</translation>
    </message>
    <message>
        <source>Service staff</source>
        <translation>Personnel en contact</translation>
    </message>
    <message>
        <source>People at the counter, on the shop floor or on site.</source>
        <translation>Des personnes au comptoir, en magasin ou sur le terrain.</translation>
    </message>
</context>
<context>
    <name>mizan::ui::BlockItem</name>
    <message>
        <source>+%1 more</source>
        <translation>+%1 de plus</translation>
    </message>
    <message>
        <source>Double-click to add a note</source>
        <translation>Double-cliquez pour ajouter une note</translation>
    </message>
</context>
<context>
    <name>mizan::ui::CalendarDialog</name>
    <message>
        <source>Relationship calendar</source>
        <translation>Calendrier de la relation client</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Supprimer l&apos;action</translation>
    </message>
    <message>
        <source>Export to calendar (.ics)</source>
        <translation>Exporter vers un agenda (.ics)</translation>
    </message>
    <message>
        <source>Remove calendar action</source>
        <translation>Supprimer une action du calendrier</translation>
    </message>
    <message>
        <source>Export the calendar</source>
        <translation>Exporter le calendrier</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>Calendrier iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Could not export the calendar</source>
        <translation>Impossible d&apos;exporter le calendrier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Mécanisme</translation>
    </message>
    <message>
        <source>First date</source>
        <translation>Première date</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Every segment</source>
        <translation>Tous les segments</translation>
    </message>
    <message>
        <source>Calendar action</source>
        <translation>Action du calendrier</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Owner (RT7)</source>
        <translation>Responsable (RT7)</translation>
    </message>
    <message>
        <source>Add calendar action</source>
        <translation>Ajouter une action au calendrier</translation>
    </message>
    <message>
        <source>Edit calendar action</source>
        <translation>Modifier une action du calendrier</translation>
    </message>
</context>
<context>
    <name>mizan::ui::CanvasScene</name>
    <message>
        <source>Add note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Supprimer la note</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n notes</source>
        <translation>
            <numerusform>Supprimer %n note</numerusform>
            <numerusform>Supprimer %n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>Move note</source>
        <translation>Déplacer la note</translation>
    </message>
</context>
<context>
    <name>mizan::ui::CanvasView</name>
    <message>
        <source>Canvas</source>
        <translation>Canevas</translation>
    </message>
    <message>
        <source>The nine blocks of the business model canvas and their notes</source>
        <translation>Les neuf blocs du Business Model Canvas et leurs notes</translation>
    </message>
</context>
<context>
    <name>mizan::ui::ComparisonWindow</name>
    <message>
        <source>A comparison: read-only.</source>
        <translation>Une comparaison&#xa0;: lecture seule.</translation>
    </message>
    <message>
        <source>Compare “%1” with “%2”</source>
        <translation>Comparer «&#xa0;%1&#xa0;» avec «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation>Modifications (%1)</translation>
    </message>
    <message>
        <source>Findings (+%1 −%2)</source>
        <translation>Constats (+%1 −%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt;: the notes as they are in “%2”, marked by what changed since “%1”.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt;&#xa0;: les notes telles qu&apos;elles sont dans «&#xa0;%2&#xa0;», marquées selon ce qui a changé depuis «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The canvas</source>
        <translation>Le canevas</translation>
    </message>
    <message>
        <source>The two versions are the same.</source>
        <translation>Les deux versions sont identiques.</translation>
    </message>
    <message>
        <source>Appeared (%1)</source>
        <translation>Apparus (%1)</translation>
    </message>
    <message>
        <source>Disappeared (%1)</source>
        <translation>Disparus (%1)</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutée</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimée</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Déplacée</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiée</translation>
    </message>
</context>
<context>
    <name>mizan::ui::ConflictsPanel</name>
    <message>
        <source>deleted</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>edited: %1</source>
        <translation>modifiée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The canvas</source>
        <translation>Le canevas</translation>
    </message>
    <message>
        <source>Deleted on one side, edited on the other</source>
        <translation>Supprimée d&apos;un côté, modifiée de l&apos;autre</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloc</translation>
    </message>
    <message>
        <source>No merge conflicts.</source>
        <translation>Aucun conflit de fusion.</translation>
    </message>
    <message>
        <source>Cannot keep theirs</source>
        <translation>Impossible de garder leur version</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Ma version</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Leur version</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Garder ma version</translation>
    </message>
    <message>
        <source>Keep Theirs</source>
        <translation>Garder leur version</translation>
    </message>
    <message>
        <source>Edit the Note</source>
        <translation>Modifier la note</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) from a merge: for each, keep yours, keep theirs, or edit the note. Yours is on the canvas until you choose.</source>
        <translation>
            <numerusform>%Ln conflit issu d&apos;une fusion&#xa0;: gardez votre version, gardez la leur ou modifiez la note. Votre version reste sur le canevas tant que vous n&apos;avez pas choisi.</numerusform>
            <numerusform>%Ln conflits issus d&apos;une fusion&#xa0;: pour chacun, gardez votre version, gardez la leur ou modifiez la note. Votre version reste sur le canevas tant que vous n&apos;avez pas choisi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mizan::ui::DocumentTab</name>
    <message>
        <source>Document status</source>
        <translation>État du document</translation>
    </message>
    <message>
        <source>Find in notes</source>
        <translation>Rechercher dans les notes</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>Mizan cannot keep a copy of your changes, so editing is paused: %1 Save the canvas elsewhere to keep it.</source>
        <translation>Mizan ne peut pas conserver de copie de vos modifications&#xa0;; l&apos;édition est donc suspendue&#xa0;: %1 Enregistrez le canevas ailleurs pour le conserver.</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Lecture seule&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>%1 was changed on disk by another program, and you have unsaved edits. Merge the two: changes to different notes combine, and a note changed both ways is listed as a conflict.</source>
        <translation>%1 a été modifié sur le disque par un autre programme, et vous avez des modifications non enregistrées. Fusionnez les deux&#xa0;: les changements apportés à des notes différentes se combinent, et une note modifiée des deux côtés est signalée comme conflit.</translation>
    </message>
    <message>
        <source>Merge with My Edits</source>
        <translation>Fusionner avec mes modifications</translation>
    </message>
    <message>
        <source>%1 was changed on disk by another program.</source>
        <translation>%1 a été modifié sur le disque par un autre programme.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Garder ma version</translation>
    </message>
    <message>
        <source>Keep the canvas as it is here: the next save writes over the file on disk</source>
        <translation>Garder le canevas tel qu&apos;il est ici&#xa0;: le prochain enregistrement écrasera le fichier sur le disque</translation>
    </message>
    <message>
        <source>A sync client left a conflicting copy of %1: %2. Merge it in to keep the edits made in it.</source>
        <translation>Un client de synchronisation a laissé une copie en conflit de %1&#xa0;: %2. Fusionnez-la pour garder les modifications qui y ont été faites.</translation>
    </message>
    <message>
        <source>Merge It In</source>
        <translation>Fusionner la copie</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Cannot read the other version</source>
        <translation>Impossible de lire l&apos;autre version</translation>
    </message>
    <message>
        <source>Merged with conflicts</source>
        <translation>Fusion avec conflits</translation>
    </message>
    <message numerus="yes">
        <source>%Ln note field(s) were changed both ways. Yours is kept on the canvas for now; the Conflicts panel lists each one to keep yours, keep theirs, or edit.</source>
        <translation>
            <numerusform>%Ln champ de note a été modifié des deux côtés. Votre version est conservée sur le canevas pour l&apos;instant&#xa0;; le panneau Conflits le présente pour garder votre version, garder la leur ou le modifier.</numerusform>
            <numerusform>%Ln champs de note ont été modifiés des deux côtés. Votre version est conservée sur le canevas pour l&apos;instant&#xa0;; le panneau Conflits les présente un par un pour garder votre version, garder la leur ou les modifier.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mizan::ui::FindingsPanel</name>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>No findings: the blocks hold together.</source>
        <translation>Aucun constat&#xa0;: les blocs sont cohérents.</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings, %3 advice</source>
        <translation>Erreurs&#xa0;: %1, avertissements&#xa0;: %2, conseils&#xa0;: %3</translation>
    </message>
    <message>
        <source>Rests on a suggested answer: accept the note&apos;s suggestions to confirm it.</source>
        <translation>Repose sur une réponse suggérée&#xa0;: acceptez les suggestions de la note pour le confirmer.</translation>
    </message>
    <message>
        <source>An empty canvas: start with your customer segments, the people you create value for. Double-click in Customer Segments to add one.</source>
        <translation>Un canevas vide&#xa0;: commencez par vos segments de clientèle, les personnes pour qui vous créez de la valeur. Double-cliquez dans Segments de clientèle pour en ajouter un.</translation>
    </message>
    <message>
        <source>No customer segment yet: the checklist judges each segment&apos;s relationship. Add the customers you create value for in Customer Segments.</source>
        <translation>Pas encore de segment de clientèle&#xa0;: la liste de contrôle juge la relation de chaque segment. Ajoutez dans Segments de clientèle les clients pour qui vous créez de la valeur.</translation>
    </message>
</context>
<context>
    <name>mizan::ui::HelpDialog</name>
    <message>
        <source>Mizan help</source>
        <translation>Aide de Mizan</translation>
    </message>
    <message>
        <source>Customer relationships</source>
        <translation>Relations avec les clients</translation>
    </message>
    <message>
        <source>Retention strategies</source>
        <translation>Stratégies de fidélisation</translation>
    </message>
    <message>
        <source>Experiences, not relationships</source>
        <translation>Des expériences, pas des relations</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Points de contact</translation>
    </message>
    <message>
        <source>Relationship marketing</source>
        <translation>Marketing relationnel</translation>
    </message>
    <message>
        <source>Every finding cites the points of the method it rests on. This is what they say.</source>
        <translation>Chaque constat cite les points de la méthode sur lesquels il repose. Voici ce qu&apos;ils disent.</translation>
    </message>
    <message>
        <source>The method</source>
        <translation>La méthode</translation>
    </message>
    <message>
        <source>Checklist rules</source>
        <translation>Règles de la liste de contrôle</translation>
    </message>
    <message>
        <source>Double-click in a block to add a note there; double-click a note, or press F2 or Enter, to edit it; Escape ends editing. The arrow keys walk the notes; drag notes to move them; Space+drag or the middle button pans. In presentation mode: arrows and PageUp/PageDown step, F findings, B blank, T timer, Esc leaves.</source>
        <translation>Double-cliquez dans un bloc pour y ajouter une note&#xa0;; double-cliquez sur une note, ou appuyez sur F2 ou Enter, pour la modifier&#xa0;; Escape termine la modification. Les touches fléchées font passer d&apos;une note à l&apos;autre&#xa0;; faites glisser les notes pour les déplacer&#xa0;; Space+glisser ou le bouton du milieu déplace la vue. En mode présentation&#xa0;: les flèches et PageUp/PageDown font avancer ou reculer, F affiche les constats, B l&apos;écran vide, T le minuteur, Esc quitte.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Mizan %1&lt;/h2&gt;&lt;p&gt;A Business Model Canvas editor and customer-relationship planner.&lt;/p&gt;&lt;p&gt;The Business Model Canvas is by Strategyzer AG (strategyzer.com), published under the Creative Commons Attribution-Share Alike 3.0 licence (CC BY-SA 3.0).&lt;/p&gt;&lt;p&gt;Mizan is free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Mizan %1&lt;/h2&gt;&lt;p&gt;Un éditeur de Business Model Canvas et un planificateur de la relation client.&lt;/p&gt;&lt;p&gt;Le Business Model Canvas est l&apos;œuvre de Strategyzer AG (strategyzer.com), publiée sous la licence Creative Commons Attribution - Partage dans les mêmes conditions 3.0 (CC BY-SA 3.0).&lt;/p&gt;&lt;p&gt;Mizan est un logiciel libre distribué selon les termes de la GNU General Public License (licence publique générale GNU), version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
</context>
<context>
    <name>mizan::ui::HistoryPanel</name>
    <message>
        <source>No change to the notes</source>
        <translation>Aucun changement dans les notes</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Versions are kept in .mizan documents: save this canvas as one to keep its history.</source>
        <translation>Les versions sont conservées dans les documents .mizan&#xa0;: enregistrez ce canevas dans ce format pour garder son historique.</translation>
    </message>
    <message>
        <source>No versions yet. Save a version before a workshop or a pitch; the first save of a new day also keeps the canvas as it stood at the end of the last day.</source>
        <translation>Aucune version pour l&apos;instant. Enregistrez une version avant un atelier ou un pitch&#xa0;; le premier enregistrement d&apos;une nouvelle journée garde aussi le canevas tel qu&apos;il était à la fin de la dernière journée.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Changements</translation>
    </message>
    <message>
        <source>Save a Version…</source>
        <translation>Enregistrer une version…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open the version read-only in a new tab</source>
        <translation>Ouvrir la version en lecture seule dans un nouvel onglet</translation>
    </message>
    <message>
        <source>Compare with Now</source>
        <translation>Comparer à l&apos;état actuel</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Make the canvas what this version holds (Undo takes it back)</source>
        <translation>Redonner au canevas le contenu de cette version (Annuler revient en arrière)</translation>
    </message>
    <message numerus="yes">
        <source>The first version: %Ln note(s)</source>
        <translation>
            <numerusform>La première version&#xa0;: %Ln note</numerusform>
            <numerusform>La première version&#xa0;: %Ln notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln added</source>
        <translation>
            <numerusform>%Ln ajoutée</numerusform>
            <numerusform>%Ln ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln removed</source>
        <translation>
            <numerusform>%Ln supprimée</numerusform>
            <numerusform>%Ln supprimées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln moved</source>
        <translation>
            <numerusform>%Ln déplacée</numerusform>
            <numerusform>%Ln déplacées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed</source>
        <translation>
            <numerusform>%Ln modifiée</numerusform>
            <numerusform>%Ln modifiées</numerusform>
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
        <translation>Comparer les deux</translation>
    </message>
    <message>
        <source>Select two versions (Ctrl+click) to compare them with each other</source>
        <translation>Sélectionnez deux versions (Ctrl+clic) pour les comparer entre elles</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
</context>
<context>
    <name>mizan::ui::MainWindow</name>
    <message>
        <source>Open canvases</source>
        <translation>Canevas ouverts</translation>
    </message>
    <message>
        <source>Open canvas</source>
        <translation>Ouvrir un canevas</translation>
    </message>
    <message>
        <source>Mizan canvases (*.mizan *.json);;All files (*)</source>
        <translation>Canevas Mizan (*.mizan *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Impossible d&apos;exporter</translation>
    </message>
    <message>
        <source>Could not print</source>
        <translation>Impossible d&apos;imprimer</translation>
    </message>
    <message>
        <source>The printer did not accept the document.</source>
        <translation>L&apos;imprimante n&apos;a pas accepté le document.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>New from &amp;example</source>
        <translation>Nouveau à partir d&apos;un exem&amp;ple</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;New canvas</source>
        <translation>&amp;Nouveau canevas</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Ouvrir...</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;as...</source>
        <translation>Enregistrer &amp;sous...</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>A&amp;jouter une note</translation>
    </message>
    <message>
        <source>&amp;Edit note</source>
        <translation>&amp;Modifier la note</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>Rec&amp;hercher...</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Rechercher le suiva&amp;nt</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Zoom to &amp;fit</source>
        <translation>A&amp;juster à la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Segment colours on notes</source>
        <translation>&amp;Couleurs des segments sur les notes</translation>
    </message>
    <message>
        <source>&amp;About Mizan</source>
        <translation>À &amp;propos de Mizan</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>E&amp;xporter...</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Imprimer...</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>Mode &amp;présentation</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Planner</source>
        <translation>Planificateur</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>Zoom %1&#xa0;%</translation>
    </message>
    <message>
        <source>%1[*] — Mizan</source>
        <translation>%1[*] — Mizan</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>Impossible d&apos;ouvrir %1</translation>
    </message>
    <message>
        <source>Untitled canvas</source>
        <translation>Canevas sans titre</translation>
    </message>
    <message>
        <source>Cannot create a canvas</source>
        <translation>Impossible de créer un canevas</translation>
    </message>
    <message>
        <source>Recover unsaved changes?</source>
        <translation>Récupérer les modifications non enregistrées&#xa0;?</translation>
    </message>
    <message>
        <source>Mizan closed without saving your changes to “%1” (last edited %2). Recover them?</source>
        <translation>Mizan s&apos;est fermé sans enregistrer vos modifications de «&#xa0;%1&#xa0;» (dernière modification&#xa0;: %2). Voulez-vous les récupérer&#xa0;?</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Récupérer</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Décider plus tard</translation>
    </message>
    <message>
        <source>Cannot recover %1</source>
        <translation>Impossible de récupérer %1</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exporté</translation>
    </message>
    <message>
        <source>Could not save %1</source>
        <translation>Impossible d&apos;enregistrer %1</translation>
    </message>
    <message>
        <source>Save canvas</source>
        <translation>Enregistrer le canevas</translation>
    </message>
    <message>
        <source>Mizan canvas (*.mizan);;Mizan JSON (*.json)</source>
        <translation>Canevas Mizan (*.mizan);;JSON Mizan (*.json)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing?</source>
        <translation>Enregistrer les modifications de «&#xa0;%1&#xa0;» avant de fermer&#xa0;?</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Couper</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Keep the canvas &amp;left to right</source>
        <translation>Garder le canevas de &amp;gauche à droite</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Relationship &amp;calendar...</source>
        <translation>Ca&amp;lendrier de la relation client...</translation>
    </message>
    <message>
        <source>The &amp;method</source>
        <translation>La &amp;méthode</translation>
    </message>
    <message>
        <source>Checklist &amp;rules</source>
        <translation>Règles de la &amp;liste de contrôle</translation>
    </message>
    <message>
        <source>Cannot import %1</source>
        <translation>Impossible d&apos;importer %1</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>%1 importé</translation>
    </message>
    <message>
        <source>The canvas has no file yet: save it to keep it. What was guessed or left out is in the details.</source>
        <translation>Le canevas n&apos;a pas encore de fichier&#xa0;: enregistrez-le pour le conserver. Ce qui a été deviné ou écarté figure dans les détails.</translation>
    </message>
    <message>
        <source>Import a canvas</source>
        <translation>Importer un canevas</translation>
    </message>
    <message>
        <source>Canvases from other tools (*.md *.markdown *.txt *.csv *.tsv *.xml *.json);;All files (*)</source>
        <translation>Canevas d&apos;autres outils (*.md *.markdown *.txt *.csv *.tsv *.xml *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export as Markdown</source>
        <translation>Exporter en Markdown</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Fichier Markdown (*.md)</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>Impor&amp;ter...</translation>
    </message>
    <message>
        <source>Open a canvas made in another tool: Markdown, CSV, Leantime&apos;s export, the Business Model Canvas app</source>
        <translation>Ouvrir un canevas créé dans un autre outil&#xa0;: Markdown, CSV, export de Leantime, application Business Model Canvas</translation>
    </message>
    <message>
        <source>Export as &amp;Markdown...</source>
        <translation>Exporter en &amp;Markdown...</translation>
    </message>
    <message>
        <source>New from &amp;template</source>
        <translation>Nouveau à partir d&apos;un mo&amp;dèle</translation>
    </message>
    <message>
        <source>Include suggested answers ✦</source>
        <translation>Inclure les réponses suggérées ✦</translation>
    </message>
    <message>
        <source>Check the canvas with the answers the notes&apos; words suggest taken as answers; the findings that rest on them are marked ✦.</source>
        <translation>Vérifier le canevas en prenant pour réponses celles que suggèrent les mots des notes&#xa0;; les constats qui reposent sur elles sont marqués ✦.</translation>
    </message>
    <message>
        <source>Mizan can read what is still readable into a new canvas; %1 itself is left as it is.</source>
        <translation>Mizan peut lire dans un nouveau canevas ce qui est encore lisible&#xa0;; %1 lui-même reste tel quel.</translation>
    </message>
    <message>
        <source>Salvage...</source>
        <translation>Récupérer...</translation>
    </message>
    <message>
        <source>Nothing to salvage in %1</source>
        <translation>Rien à récupérer dans %1</translation>
    </message>
    <message>
        <source>%1 (salvaged)</source>
        <translation>%1 (récupéré)</translation>
    </message>
    <message>
        <source>%1 of %2 notes recovered.</source>
        <translation>Notes récupérées&#xa0;: %1 sur %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) lost their segment.</source>
        <translation>
            <numerusform>%n plan a perdu son segment.</numerusform>
            <numerusform>%n plans ont perdu leur segment.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) to lost notes dropped.</source>
        <translation>
            <numerusform>%n lien vers des notes perdues a été supprimé.</numerusform>
            <numerusform>%n liens vers des notes perdues ont été supprimés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) left out as unreadable.</source>
        <translation>
            <numerusform>%n note illisible a été écartée.</numerusform>
            <numerusform>%n notes illisibles ont été écartées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Salvaged %1</source>
        <translation>%1 récupéré</translation>
    </message>
    <message>
        <source>The canvas has no file yet: save it to keep it.</source>
        <translation>Le canevas n&apos;a pas encore de fichier&#xa0;: enregistrez-le pour le conserver.</translation>
    </message>
    <message>
        <source>Exporting %1...</source>
        <translation>Export de %1...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Drawing page %1 of %2...</source>
        <translation>Dessin de la page %1 sur %2...</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written</source>
        <translation>Export annulé&#xa0;; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>Impossible de comparer</translation>
    </message>
    <message>
        <source>Compare with a file</source>
        <translation>Comparer avec un fichier</translation>
    </message>
    <message>
        <source>Mizan canvases (*.mizan *.json)</source>
        <translation>Canevas Mizan (*.mizan *.json)</translation>
    </message>
    <message>
        <source>Save a &amp;Version...</source>
        <translation>Enregistrer une &amp;version...</translation>
    </message>
    <message>
        <source>Keep the canvas as it is now under a name (&quot;Workshop 3&quot;), inside the .mizan file</source>
        <translation>Conserver le canevas tel qu&apos;il est maintenant sous un nom («&#xa0;Atelier 3&#xa0;»), dans le fichier .mizan</translation>
    </message>
    <message>
        <source>Compare &amp;with File...</source>
        <translation>&amp;Comparer avec un fichier...</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Save the canvas as a .mizan document first.</source>
        <translation>Enregistrez d&apos;abord le canevas comme document .mizan.</translation>
    </message>
    <message>
        <source>Save a version</source>
        <translation>Enregistrer une version</translation>
    </message>
    <message>
        <source>Versions are kept inside .mizan documents. Choose where to save this canvas as one; the version is saved in it.</source>
        <translation>Les versions sont conservées dans les documents .mizan. Choisissez où enregistrer ce canevas dans ce format&#xa0;; la version y sera enregistrée.</translation>
    </message>
    <message>
        <source>Mizan canvas (*.mizan)</source>
        <translation>Canevas Mizan (*.mizan)</translation>
    </message>
    <message>
        <source>A name for the canvas as it is now, to find it again (&quot;Workshop 3&quot;, &quot;Investor deck&quot;):</source>
        <translation>Un nom pour le canevas tel qu&apos;il est maintenant, pour le retrouver («&#xa0;Atelier 3&#xa0;», «&#xa0;Présentation investisseurs&#xa0;»)&#xa0;:</translation>
    </message>
    <message>
        <source>Could not save the version</source>
        <translation>Impossible d&apos;enregistrer la version</translation>
    </message>
    <message>
        <source>Version “%1” saved</source>
        <translation>Version «&#xa0;%1&#xa0;» enregistrée</translation>
    </message>
    <message>
        <source>Cannot open the version</source>
        <translation>Impossible d&apos;ouvrir la version</translation>
    </message>
    <message>
        <source>%1 — version “%2”</source>
        <translation>%1 — version «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Version “%1” of %2, read-only. Restore it from the History panel to make it the canvas again, or use Save As to keep it as a file of its own.</source>
        <translation>Version «&#xa0;%1&#xa0;» de %2, en lecture seule. Restaurez-la depuis le panneau Historique pour en refaire le canevas, ou utilisez Enregistrer sous pour la garder dans un fichier à part.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>État actuel</translation>
    </message>
    <message>
        <source>Cannot restore the version</source>
        <translation>Impossible de restaurer la version</translation>
    </message>
    <message>
        <source>Version restored: Undo takes it back</source>
        <translation>Version restaurée&#xa0;: Annuler revient en arrière</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Votre version</translation>
    </message>
    <message>
        <source>On disk</source>
        <translation>Version sur le disque</translation>
    </message>
    <message>
        <source>Rename the version</source>
        <translation>Renommer la version</translation>
    </message>
    <message>
        <source>A name for this version (leave it empty to make it the day&apos;s automatic version):</source>
        <translation>Un nom pour cette version (laissez-le vide pour en faire la version automatique du jour) :</translation>
    </message>
    <message>
        <source>Cannot rename the version</source>
        <translation>Impossible de renommer la version</translation>
    </message>
    <message>
        <source>Delete the version “%1” from the history of %2?</source>
        <translation>Supprimer la version « %1 » de l’historique de %2 ?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln version(s) from the history of %1?</source>
        <translation>
            <numerusform>Supprimer %Ln version de l’historique de %1 ?</numerusform>
            <numerusform>Supprimer %Ln versions de l’historique de %1 ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete versions</source>
        <translation>Supprimer des versions</translation>
    </message>
    <message>
        <source>The other versions stay as they are. The history in the file changes when you save the canvas; until then, closing without saving keeps the version.</source>
        <translation>Les autres versions restent telles quelles. L’historique du fichier change quand vous enregistrez le canevas ; d’ici là, fermer sans enregistrer conserve la version.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Cannot delete the version</source>
        <translation>Impossible de supprimer la version</translation>
    </message>
    <message numerus="yes">
        <source>%Ln version(s) deleted: saving the canvas writes the history</source>
        <translation>
            <numerusform>%Ln version supprimée : enregistrer le canevas écrit l’historique</numerusform>
            <numerusform>%Ln versions supprimées : enregistrer le canevas écrit l’historique</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Merge a Copy In...</source>
        <translation>&amp;Fusionner une copie...</translation>
    </message>
    <message>
        <source>Combine another copy of this canvas (a client&apos;s edits, a colleague&apos;s copy) with yours; what was changed both ways is listed in the Conflicts panel</source>
        <translation>Combiner une autre copie de ce canevas (les modifications d’un client, la copie d’un collègue) avec la vôtre ; ce qui a changé des deux côtés est listé dans le panneau Conflits</translation>
    </message>
    <message>
        <source>Merge a copy of this canvas</source>
        <translation>Fusionner une copie de ce canevas</translation>
    </message>
    <message>
        <source>Cannot merge</source>
        <translation>Fusion impossible</translation>
    </message>
    <message>
        <source>%1 merged in: Undo takes it back</source>
        <translation>%1 fusionné : Annuler revient en arrière</translation>
    </message>
    <message>
        <source>This is the canvas&apos;s own file: choose another copy of it.</source>
        <translation>C’est le fichier même du canevas : choisissez une autre copie.</translation>
    </message>
</context>
<context>
    <name>mizan::ui::NoteItem</name>
    <message numerus="yes">
        <source>Its words suggest %n answer(s): select the note to see them in the planner.</source>
        <translation>
            <numerusform>Ses mots suggèrent %n réponse&#xa0;: sélectionnez la note pour la voir dans le planificateur.</numerusform>
            <numerusform>Ses mots suggèrent %n réponses&#xa0;: sélectionnez la note pour les voir dans le planificateur.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mizan::ui::PlannerPanel</name>
    <message>
        <source>Planner</source>
        <translation>Planificateur</translation>
    </message>
    <message>
        <source>Open a canvas to plan its relationships.</source>
        <translation>Ouvrez un canevas pour planifier ses relations.</translation>
    </message>
    <message>
        <source>Select a customer segment to plan its relationship, or a channel, plan or team to answer its questions.</source>
        <translation>Sélectionnez un segment de clientèle pour planifier sa relation, ou un canal, un plan ou une équipe pour répondre à ses questions.</translation>
    </message>
    <message>
        <source>Customer segment</source>
        <translation>Segment de clientèle</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Marché</translation>
    </message>
    <message>
        <source>Estimated number of customers</source>
        <translation>Nombre estimé de clients</translation>
    </message>
    <message>
        <source>Revenue per customer per year</source>
        <translation>Revenu par client et par an</translation>
    </message>
    <message>
        <source>Segment colour</source>
        <translation>Couleur du segment</translation>
    </message>
    <message>
        <source>Relationship plan</source>
        <translation>Plan de relation</translation>
    </message>
    <message>
        <source>How will you interact with this segment before, during and after delivering value?</source>
        <translation>Comment interagirez-vous avec ce segment avant, pendant et après la fourniture de la valeur&#xa0;?</translation>
    </message>
    <message>
        <source>Plan the relationship</source>
        <translation>Planifier la relation</translation>
    </message>
    <message>
        <source>Relationship with %1</source>
        <translation>Relation avec %1</translation>
    </message>
    <message>
        <source>How deep is the relationship?</source>
        <translation>Quelle est la profondeur de la relation&#xa0;?</translation>
    </message>
    <message>
        <source>Which mechanisms carry it?</source>
        <translation>Quels mécanismes la portent&#xa0;?</translation>
    </message>
    <message>
        <source>More ways to keep in touch (CR12):</source>
        <translation>Autres moyens de garder le contact (CR12)&#xa0;:</translation>
    </message>
    <message>
        <source>What is it for?</source>
        <translation>À quoi sert-elle&#xa0;?</translation>
    </message>
    <message>
        <source>Which channels does it run through?</source>
        <translation>Par quels canaux passe-t-elle&#xa0;?</translation>
    </message>
    <message>
        <source>ownership not set</source>
        <translation>propriété non définie</translation>
    </message>
    <message>
        <source>Does the channel support these answers?</source>
        <translation>Le canal permet-il de mettre en œuvre ces réponses&#xa0;?</translation>
    </message>
    <message>
        <source>Channel verdict</source>
        <translation>Verdict sur le canal</translation>
    </message>
    <message>
        <source>Which concrete means?</source>
        <translation>Quels moyens concrets&#xa0;?</translation>
    </message>
    <message>
        <source>Which voice?</source>
        <translation>Quelle voix&#xa0;?</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>How it sounds</source>
        <translation>Comment elle s&apos;exprime</translation>
    </message>
    <message>
        <source>Privacy stance</source>
        <translation>Position sur la confidentialité</translation>
    </message>
    <message>
        <source>What data you keep, why, and what the customer controls</source>
        <translation>Quelles données vous conservez, pourquoi, et ce que le client contrôle</translation>
    </message>
    <message>
        <source>Show the plan&apos;s note</source>
        <translation>Afficher la note du plan</translation>
    </message>
    <message>
        <source>The segment this plan is for</source>
        <translation>Le segment auquel ce plan est destiné</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Change segment</source>
        <translation>Changer de segment</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Propriété</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Mode d&apos;accès</translation>
    </message>
    <message>
        <source>Phases it covers</source>
        <translation>Phases couvertes</translation>
    </message>
    <message>
        <source>Segments it serves</source>
        <translation>Segments desservis</translation>
    </message>
    <message>
        <source>Means it offers</source>
        <translation>Moyens proposés</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>This resource is a team of people</source>
        <translation>Cette ressource est une équipe de personnes</translation>
    </message>
    <message>
        <source>Change team</source>
        <translation>Changer l&apos;équipe</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <source>What it provides</source>
        <translation>Ce que cela apporte</translation>
    </message>
    <message>
        <source>Segments that pay it</source>
        <translation>Segments qui le paient</translation>
    </message>
    <message>
        <source>What this cost pays for</source>
        <translation>Ce que ce coût finance</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Text direction</source>
        <translation>Sens du texte</translation>
    </message>
    <message>
        <source>Note colour</source>
        <translation>Couleur de la note</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Étiquettes, séparées par des virgules</translation>
    </message>
    <message>
        <source>Touchpoints, economics and personas...</source>
        <translation>Points de contact, économie et personas...</translation>
    </message>
    <message>
        <source>The segment&apos;s touchpoints across its lifecycle (TP3), what keeping it is worth (RT1, RT5) and its personas (RT4)</source>
        <translation>Les points de contact du segment tout au long de son cycle de vie (TP3), ce que vaut sa fidélisation (RT1, RT5) et ses personas (RT4)</translation>
    </message>
    <message>
        <source>Whom this team serves</source>
        <translation>Ceux que cette équipe sert</translation>
    </message>
    <message>
        <source>Leave empty while it is not decided: the checklist then asks instead of judging.</source>
        <translation>Laissez vide tant que ce n&apos;est pas décidé&#xa0;: la liste de contrôle pose alors la question au lieu de juger.</translation>
    </message>
    <message>
        <source>Segments:</source>
        <translation>Segments :</translation>
    </message>
    <message>
        <source>Channels (it serves their segments):</source>
        <translation>Canaux (l&apos;équipe sert leurs segments) :</translation>
    </message>
</context>
<context>
    <name>mizan::ui::PresentationWindow</name>
    <message>
        <source>Presentation</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>Presentation of the canvas</source>
        <translation>Présentation du canevas</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Aucune note pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <source>+%n more notes</source>
        <translation>
            <numerusform>+%n autre note</numerusform>
            <numerusform>+%n autres notes</numerusform>
        </translation>
    </message>
    <message>
        <source>No findings here.</source>
        <translation>Aucun constat ici.</translation>
    </message>
</context>
<context>
    <name>mizan::ui::SegmentWorkbook</name>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Where this segment meets you, stage by stage (TP3). Double-click a cell to describe the touchpoint: what happens, front or back office (RM5), who owns it (RT7), the experience aimed for (EX3), how it is measured (EX5) and whether satisfaction is surveyed (RT6).</source>
        <translation>Là où ce segment vous rencontre, étape par étape (TP3). Double-cliquez sur une cellule pour décrire le point de contact&#xa0;: ce qui s&apos;y passe, front-office ou back-office (RM5), qui en est responsable (RT7), l&apos;expérience visée (EX3), comment il est mesuré (EX5) et si la satisfaction y est mesurée par enquête (RT6).</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Points de contact</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Changer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Customers kept per period (%)</source>
        <translation>Clients conservés par période (%)</translation>
    </message>
    <message>
        <source>Cost of winning a customer</source>
        <translation>Coût de conquête d&apos;un client</translation>
    </message>
    <message>
        <source>Cost of keeping a customer, per period</source>
        <translation>Coût de fidélisation d&apos;un client, par période</translation>
    </message>
    <message>
        <source>Margin per customer, per period</source>
        <translation>Marge par client, par période</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why customers leave (%), RT2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pourquoi les clients partent (%), RT2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Service quality</source>
        <translation>Qualité du service</translation>
    </message>
    <message>
        <source>The product</source>
        <translation>Le produit</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Les concurrents</translation>
    </message>
    <message>
        <source>Other reasons</source>
        <translation>Autres raisons</translation>
    </message>
    <message>
        <source>Retention figures</source>
        <translation>Chiffres de la fidélisation</translation>
    </message>
    <message>
        <source>Retention economics</source>
        <translation>Économie de la fidélisation</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Add persona</source>
        <translation>Ajouter un persona</translation>
    </message>
    <message>
        <source>Remove persona</source>
        <translation>Supprimer le persona</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>Qui ils sont</translation>
    </message>
    <message>
        <source>Their goals (EX4)</source>
        <translation>Leurs objectifs (EX4)</translation>
    </message>
    <message>
        <source>How they reach them (EX4)</source>
        <translation>Comment ils les atteignent (EX4)</translation>
    </message>
    <message>
        <source>Motivation (RT3)</source>
        <translation>Motivation (RT3)</translation>
    </message>
    <message>
        <source>First experience (RT3)</source>
        <translation>Première expérience (RT3)</translation>
    </message>
    <message>
        <source>Personalisation (RT3)</source>
        <translation>Personnalisation (RT3)</translation>
    </message>
    <message>
        <source>Change (RT3)</source>
        <translation>Changement (RT3)</translation>
    </message>
    <message>
        <source>Satisfaction (RT3)</source>
        <translation>Satisfaction (RT3)</translation>
    </message>
    <message>
        <source>Loyalty (RT3)</source>
        <translation>Fidélité (RT3)</translation>
    </message>
    <message>
        <source>Edit persona</source>
        <translation>Modifier le persona</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>Nouveau persona</translation>
    </message>
    <message>
        <source>%1: touchpoints, economics and personas</source>
        <translation>%1&#xa0;: points de contact, économie et personas</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Tout canal</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Sans responsable</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Responsable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Measured by %1</source>
        <translation>Mesure&#xa0;: %1</translation>
    </message>
    <message>
        <source>Touchpoint: %1</source>
        <translation>Point de contact&#xa0;: %1</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Ce qui se passe</translation>
    </message>
    <message>
        <source>Office (RM5)</source>
        <translation>Front-office ou back-office (RM5)</translation>
    </message>
    <message>
        <source>Who owns it (RT7)</source>
        <translation>Qui en est responsable (RT7)</translation>
    </message>
    <message>
        <source>Experience aimed for (EX3)</source>
        <translation>Expérience visée (EX3)</translation>
    </message>
    <message>
        <source>Measured by (EX5)</source>
        <translation>Type de mesure (EX5)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove touchpoint</source>
        <translation>Supprimer le point de contact</translation>
    </message>
    <message>
        <source>Edit touchpoint</source>
        <translation>Modifier le point de contact</translation>
    </message>
    <message>
        <source>Not enough answers</source>
        <translation>Réponses insuffisantes</translation>
    </message>
    <message>
        <source>Cost of keeping a customer (6 to 1, RT5)</source>
        <translation>Coût de fidélisation d&apos;un client (6 pour 1, RT5)</translation>
    </message>
    <message>
        <source>Cost of keeping a customer</source>
        <translation>Coût de fidélisation d&apos;un client</translation>
    </message>
    <message>
        <source>Expected lifetime, in periods</source>
        <translation>Durée de vie attendue d&apos;un client, en périodes</translation>
    </message>
    <message>
        <source>Lifetime value of a customer</source>
        <translation>Valeur vie d&apos;un client</translation>
    </message>
    <message>
        <source>Periods to pay back winning a customer</source>
        <translation>Périodes pour amortir le coût de conquête d&apos;un client</translation>
    </message>
    <message>
        <source>Lifetime value with 5 more points kept</source>
        <translation>Valeur vie avec 5 points de fidélisation en plus</translation>
    </message>
    <message>
        <source>Effect of 5 more points kept on that value</source>
        <translation>Effet de 5 points de fidélisation en plus sur cette valeur</translation>
    </message>
    <message>
        <source>Published reference: for small and mid-sized businesses, 5% more retention raises profit by %1 to %2% (RT1).</source>
        <translation>Référence publiée&#xa0;: pour les petites et moyennes entreprises, augmenter la fidélisation de 5&#xa0;% augmente les bénéfices de %1 à %2&#xa0;% (RT1).</translation>
    </message>
    <message>
        <source>Customers over time</source>
        <translation>Clients au fil du temps</translation>
    </message>
    <message>
        <source>Today&apos;s retention</source>
        <translation>Fidélisation actuelle</translation>
    </message>
    <message>
        <source>5 more points kept</source>
        <translation>5 points de fidélisation en plus</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Périodes</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Yes, surveyed</source>
        <translation>Oui, mesurée par enquête</translation>
    </message>
    <message>
        <source>No, not surveyed</source>
        <translation>Non, pas d&apos;enquête</translation>
    </message>
    <message>
        <source>Satisfaction surveyed here (RT6, RM6)</source>
        <translation>Satisfaction mesurée ici par enquête (RT6, RM6)</translation>
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
        <translation>Remplissez les neuf blocs de votre modèle économique, planifiez la relation de chaque segment de clientèle et voyez où les blocs se contredisent.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>New empty canvas</source>
        <translation>Nouveau canevas vide</translation>
    </message>
    <message>
        <source>The nine blocks, empty: begin with your customer segments.</source>
        <translation>Les neuf blocs, vides&#xa0;: commencez par vos segments de clientèle.</translation>
    </message>
    <message>
        <source>Open a canvas...</source>
        <translation>Ouvrir un canevas...</translation>
    </message>
    <message>
        <source>A .mizan file, or a canvas saved as JSON.</source>
        <translation>Un fichier .mizan, ou un canevas enregistré en JSON.</translation>
    </message>
    <message>
        <source>Import from another tool...</source>
        <translation>Importer depuis un autre outil...</translation>
    </message>
    <message>
        <source>Markdown, CSV, Leantime&apos;s export, the Business Model Canvas app.</source>
        <translation>Markdown, CSV, export de Leantime, application Business Model Canvas.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Récents</translation>
    </message>
    <message>
        <source>The canvases you open will be listed here.</source>
        <translation>Les canevas que vous ouvrez apparaîtront ici.</translation>
    </message>
</context>
<context>
    <name>mizan::ui::SuggestionList</name>
    <message>
        <source>Suggested answers</source>
        <translation>Réponses suggérées</translation>
    </message>
    <message>
        <source>Suggested: &lt;b&gt;%1&lt;/b&gt; — from: “%2”</source>
        <translation>Suggestion&#xa0;: &lt;b&gt;%1&lt;/b&gt; — d&apos;après&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Accept the suggestion “%1”</source>
        <translation>Accepter la suggestion «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Écarter</translation>
    </message>
    <message>
        <source>Dismiss the suggestion “%1”: it will not be proposed again</source>
        <translation>Écarter la suggestion «&#xa0;%1&#xa0;»&#xa0;: elle ne sera plus proposée</translation>
    </message>
</context>
<context>
    <name>mizan::ui::SuggestionSummary</name>
    <message>
        <source>Suggestions from the note&apos;s words</source>
        <translation>Suggestions tirées des mots de la note</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>Tout accepter</translation>
    </message>
    <message>
        <source>Accept every suggested answer of this note (one undo step)</source>
        <translation>Accepter toutes les réponses suggérées de cette note (une seule étape d&apos;annulation)</translation>
    </message>
    <message>
        <source>Dismiss all</source>
        <translation>Tout écarter</translation>
    </message>
    <message>
        <source>Dismiss every suggested answer of this note</source>
        <translation>Écarter toutes les réponses suggérées de cette note</translation>
    </message>
    <message numerus="yes">
        <source>The note&apos;s words suggest %n answer(s), shown under their questions. Nothing is answered until you accept.</source>
        <translation>
            <numerusform>Les mots de la note suggèrent %n réponse, affichée sous sa question. Aucune réponse n&apos;est retenue tant que vous ne l&apos;acceptez pas.</numerusform>
            <numerusform>Les mots de la note suggèrent %n réponses, affichées sous leurs questions. Aucune réponse n&apos;est retenue tant que vous ne l&apos;acceptez pas.</numerusform>
        </translation>
    </message>
</context>
</TS>
