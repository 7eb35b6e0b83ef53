<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Checklist</name>
    <message>
        <source>How deep is the relationship with {segment}: continuous contact, or limited?</source>
        <translation>ما عمق العلاقة مع {segment}: تواصل مستمر أم محدود؟</translation>
    </message>
    <message>
        <source>Which mechanisms will carry the relationship?</source>
        <translation>ما الآليات التي ستقوم عليها العلاقة؟</translation>
    </message>
    <message>
        <source>What is the relationship for: winning, keeping or growing customers?</source>
        <translation>ما الغاية من العلاقة: جذب العملاء أم الحفاظ عليهم أم زيادتهم؟</translation>
    </message>
    <message>
        <source>Which channels does it run through? Do you own them, or use a partner&apos;s?</source>
        <translation>عبر أي قنوات تمر العلاقة؟ هل تملكها، أم تستخدم قنوات أحد الشركاء؟</translation>
    </message>
    <message>
        <source>Which concrete means fit these answers and the channels?</source>
        <translation>ما الوسائل العملية التي تتوافق مع هذه الإجابات وتتناسب مع القنوات؟</translation>
    </message>
    <message>
        <source>Which voice fits {segment} and the chosen mechanisms?</source>
        <translation>ما الصوت الذي يناسب {segment} ويتوافق مع الآليات المختارة؟</translation>
    </message>
    <message>
        <source>Does the channel of {segment} support these answers?</source>
        <translation>هل تدعم قناة {segment} هذه الإجابات؟</translation>
    </message>
    <message>
        <source>Answer depth, mechanism, focus and channel to see whether the channel supports them.</source>
        <translation>أجب عن أسئلة العمق والآلية والتركيز والقناة لترى هل تدعمها القناة.</translation>
    </message>
    <message>
        <source>Yes: {channels} support these answers.</source>
        <translation>نعم: {channels} تدعم هذه الإجابات.</translation>
    </message>
    <message>
        <source>Not yet. Change the answers or the channel:</source>
        <translation>ليس بعد. غيّر الإجابات أو القناة:</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>«{name}»</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>A customer segment with no relationship plan.</source>
        <translation>شريحة عملاء بلا خطة علاقة.</translation>
    </message>
    <message>
        <source>The relationship is set per segment: how you interact with it before, during and after delivering value.</source>
        <translation>تُحدَّد العلاقة لكل شريحة على حدة: كيف تتفاعل معها قبل إيصال القيمة إليها وأثناءه وبعده.</translation>
    </message>
    <message>
        <source>Segment {segment} has no relationship plan.</source>
        <translation>لا توجد خطة علاقة للشريحة {segment}.</translation>
    </message>
    <message>
        <source>Add a note to Customer Relationships for {segment} and answer its questions: depth, mechanism, focus, channel.</source>
        <translation>أضف ملاحظة إلى خانة العلاقات مع العملاء خاصة بالشريحة {segment}، وأجب عن أسئلتها: العمق، والآلية، والتركيز، والقناة.</translation>
    </message>
    <message>
        <source>Two or more relationship plans for the same segment.</source>
        <translation>خطتا علاقة أو أكثر للشريحة نفسها.</translation>
    </message>
    <message>
        <source>A segment has one relationship: several plans contradict each other.</source>
        <translation>للشريحة علاقة واحدة: وتعدد الخطط يجعلها تتناقض فيما بينها.</translation>
    </message>
    <message>
        <source>Segment {segment} has {count} relationship plans: {plans}.</source>
        <translation>للشريحة {segment} خطط علاقة عددها {count}: {plans}.</translation>
    </message>
    <message>
        <source>Merge them into one plan, or point each plan at the segment it is really about.</source>
        <translation>ادمجها في خطة واحدة، أو اربط كل خطة بالشريحة التي تخصها فعلًا.</translation>
    </message>
    <message>
        <source>A relationship plan that names no customer segment.</source>
        <translation>خطة علاقة لا تحدد أي شريحة عملاء.</translation>
    </message>
    <message>
        <source>A relationship is always with a given segment.</source>
        <translation>تكون العلاقة دائمًا مع شريحة بعينها.</translation>
    </message>
    <message>
        <source>The plan {plan} is not tied to any customer segment.</source>
        <translation>الخطة {plan} غير مرتبطة بأي شريحة عملاء.</translation>
    </message>
    <message>
        <source>Choose the segment this plan is for.</source>
        <translation>اختر الشريحة التي وُضعت لها هذه الخطة.</translation>
    </message>
    <message>
        <source>A customer segment that no channel serves.</source>
        <translation>شريحة عملاء لا تخدمها أي قناة.</translation>
    </message>
    <message>
        <source>The relationship runs through the segment&apos;s channel: without one, none of the answers can be delivered.</source>
        <translation>تمر العلاقة عبر قناة الشريحة: ومن دونها لا يمكن تنفيذ أي من الإجابات.</translation>
    </message>
    <message>
        <source>No channel serves segment {segment}.</source>
        <translation>لا توجد قناة تخدم الشريحة {segment}.</translation>
    </message>
    <message>
        <source>Add {segment} to the segments served by one of your channels, or add a channel for it.</source>
        <translation>أضف {segment} إلى الشرائح التي تخدمها إحدى قنواتك، أو أضف قناة لها.</translation>
    </message>
    <message>
        <source>A plan that runs through a channel which does not serve its segment.</source>
        <translation>خطة تمر عبر قناة لا تخدم شريحتها.</translation>
    </message>
    <message>
        <source>The segment&apos;s current channel must support the answers; a channel that does not reach the segment cannot.</source>
        <translation>يجب أن تدعم القناة الحالية للشريحة الإجابات؛ والقناة التي لا تصل إلى الشريحة لا تستطيع ذلك.</translation>
    </message>
    <message>
        <source>The plan for {segment} runs through {channels}, which do not serve {segment}.</source>
        <translation>تمر خطة {segment} عبر {channels}، وهي لا تخدم {segment}.</translation>
    </message>
    <message>
        <source>Add {segment} to the segments {channels} serve, or pick channels that do.</source>
        <translation>أضف {segment} إلى الشرائح التي تخدمها {channels}، أو اختر قنوات تخدمها.</translation>
    </message>
    <message>
        <source>Grow the team, keep dedicated assistance for key accounts only, or choose personal assistance for the rest.</source>
        <translation>وسّع الفريق، أو اقصر المساعدة المخصصة على كبار العملاء فقط، أو اختر المساعدة الشخصية لبقية العملاء.</translation>
    </message>
    <message>
        <source>Dedicated personal assistance for a mass-market segment.</source>
        <translation>مساعدة شخصية مخصصة لشريحة من السوق الشامل.</translation>
    </message>
    <message>
        <source>Dedicated assistance is one representative per client, as for key accounts; a mass market cannot be served that way.</source>
        <translation>المساعدة المخصصة ممثل واحد لكل عميل، كما في خدمة كبار العملاء؛ ولا يمكن خدمة سوق شامل بهذه الطريقة.</translation>
    </message>
    <message>
        <source>Segment {segment} is a mass market, yet its plan offers dedicated personal assistance.</source>
        <translation>الشريحة {segment} سوق شامل، ومع ذلك تقدم خطتها مساعدة شخصية مخصصة.</translation>
    </message>
    <message>
        <source>Keep dedicated assistance for a smaller key-account segment; serve the mass market with personal assistance, self-service or automation.</source>
        <translation>اقصر المساعدة المخصصة على شريحة أصغر من كبار العملاء؛ واخدم السوق الشامل بالمساعدة الشخصية أو الخدمة الذاتية أو الأتمتة.</translation>
    </message>
    <message>
        <source>The people who give personal assistance are a cost; a model that leaves them out looks more profitable than it is.</source>
        <translation>الأشخاص الذين يقدمون المساعدة الشخصية تكلفة؛ والنموذج الذي يُغفلهم يبدو أكثر ربحية مما هو عليه.</translation>
    </message>
    <message>
        <source>A deep relationship that runs only through partner channels.</source>
        <translation>علاقة عميقة تمر عبر قنوات الشركاء فقط.</translation>
    </message>
    <message>
        <source>Through partner channels a relationship is mostly shallow: the partner, not you, has the contact.</source>
        <translation>عبر قنوات الشركاء تكون العلاقة سطحية في الغالب: فالشريك، لا أنت، هو من يتواصل مع العميل.</translation>
    </message>
    <message>
        <source>The plan for {segment} is deep, but it runs only through partner channels: {channels}.</source>
        <translation>خطة {segment} عميقة، لكنها تمر عبر قنوات الشركاء فقط: {channels}.</translation>
    </message>
    <message>
        <source>Add an owned channel for {segment}, or plan a shallower relationship.</source>
        <translation>أضف قناة مملوكة للشريحة {segment}، أو خطط لعلاقة أقل عمقًا.</translation>
    </message>
    <message>
        <source>A deep relationship built only from shallow mechanisms.</source>
        <translation>علاقة عميقة مبنية على آليات سطحية فقط.</translation>
    </message>
    <message>
        <source>A deep relationship needs continuous contact; self-service, automation, transactions and one-way broadcasts give limited contact.</source>
        <translation>العلاقة العميقة تحتاج إلى تواصل مستمر؛ أما الخدمة الذاتية والأتمتة والمعاملات والبث في اتجاه واحد فلا تتيح إلا تواصلًا محدودًا.</translation>
    </message>
    <message>
        <source>The plan for {segment} is deep, but its mechanisms are all shallow: {mechanisms}.</source>
        <translation>خطة {segment} عميقة، لكن آلياتها كلها سطحية: {mechanisms}.</translation>
    </message>
    <message>
        <source>Add a mechanism with real contact (personal assistance, a community, co-creation), or call the relationship shallow.</source>
        <translation>أضف آلية فيها تواصل حقيقي (مساعدة شخصية، أو مجتمع، أو إنشاء مشترك)، أو صِف العلاقة بأنها سطحية.</translation>
    </message>
    <message>
        <source>A shallow relationship that offers dedicated personal assistance.</source>
        <translation>علاقة سطحية تقدم مساعدة شخصية مخصصة.</translation>
    </message>
    <message>
        <source>Dedicated assistance is the deepest contact there is; a shallow plan with it contradicts itself.</source>
        <translation>المساعدة المخصصة هي أعمق أشكال التواصل؛ والخطة السطحية التي تتضمنها تناقض نفسها.</translation>
    </message>
    <message>
        <source>The plan for {segment} is called shallow but offers dedicated personal assistance.</source>
        <translation>توصف خطة {segment} بأنها سطحية لكنها تقدم مساعدة شخصية مخصصة.</translation>
    </message>
    <message>
        <source>Either the relationship is deeper than stated, or dedicated assistance is more than this segment needs.</source>
        <translation>إما أن العلاقة أعمق مما ذُكر، وإما أن المساعدة المخصصة تتجاوز ما تحتاجه هذه الشريحة.</translation>
    </message>
    <message>
        <source>Customers are kept after the sale: the lifecycle ends with after-sales service.</source>
        <translation>يُحتفَظ بالعملاء بعد البيع: فدورة الحياة تنتهي بخدمة ما بعد البيع.</translation>
    </message>
    <message>
        <source>New customers must first hear of you and judge the offer: the channel has to support that answer.</source>
        <translation>يجب أن يسمع العملاء الجدد بك أولًا ثم يقيّموا العرض: وعلى القناة أن تدعم هذه الإجابة.</translation>
    </message>
    <message>
        <source>The concrete means must fit the channel: a means no channel offers cannot be delivered.</source>
        <translation>يجب أن تتناسب الوسائل العملية مع القناة: فالوسيلة التي لا تقدمها أي قناة لا يمكن تنفيذها.</translation>
    </message>
    <message>
        <source>Offer {means} in one of the plan&apos;s channels, or choose means the channels have.</source>
        <translation>قدّم {means} في إحدى قنوات الخطة، أو اختر وسائل متاحة في القنوات.</translation>
    </message>
    <message>
        <source>A community is a place where users help each other; someone has to run it.</source>
        <translation>المجتمع مكان يساعد فيه المستخدمون بعضهم بعضًا؛ ولا بد من شخص يديره.</translation>
    </message>
    <message>
        <source>A community with no place to meet.</source>
        <translation>مجتمع بلا مكان للالتقاء.</translation>
    </message>
    <message>
        <source>Users can only help each other where they meet: a forum, social networks, events.</source>
        <translation>لا يستطيع المستخدمون مساعدة بعضهم إلا حيث يلتقون: منتدى، أو شبكات اجتماعية، أو فعاليات.</translation>
    </message>
    <message>
        <source>The plan for {segment} builds a community, but none of its channels offers a forum, social networks or events.</source>
        <translation>تبني خطة {segment} مجتمعًا، لكن لا تقدم أي من قنواتها منتدى أو شبكات اجتماعية أو فعاليات.</translation>
    </message>
    <message>
        <source>Offer a forum, social networks or events in one of the plan&apos;s channels.</source>
        <translation>قدّم منتدى أو شبكات اجتماعية أو فعاليات في إحدى قنوات الخطة.</translation>
    </message>
    <message>
        <source>Automated services with no platform or no customer data.</source>
        <translation>خدمات مؤتمتة بلا منصة أو بلا بيانات عملاء.</translation>
    </message>
    <message>
        <source>Automated services recognise the user and recommend: they need a platform to run on and data to learn from.</source>
        <translation>تتعرف الخدمات المؤتمتة على المستخدم وتقدم له التوصيات: فهي تحتاج إلى منصة تعمل عليها وبيانات تتعلم منها.</translation>
    </message>
    <message>
        <source>Add {missing} to Key Resources, Activities or Partners.</source>
        <translation>أضف {missing} إلى الموارد أو الأنشطة أو الشركاء الرئيسيين.</translation>
    </message>
    <message>
        <source>Co-creation with no way to collect reviews or ideas.</source>
        <translation>إنشاء مشترك دون وسيلة لجمع التقييمات أو الأفكار.</translation>
    </message>
    <message>
        <source>Co-creation means customers add value, for example with reviews; something has to gather them.</source>
        <translation>الإنشاء المشترك يعني أن العملاء يضيفون قيمة، بالتقييمات مثلًا؛ ولا بد من شيء يجمعها.</translation>
    </message>
    <message>
        <source>Data-hungry mechanisms with no stated privacy stance.</source>
        <translation>آليات تعتمد بكثافة على البيانات دون موقف معلن من الخصوصية.</translation>
    </message>
    <message>
        <source>Customers value anonymity: 69% are very or extremely worried about losing control of their personal data.</source>
        <translation>يقدّر العملاء إخفاء هويتهم: 69% منهم قلقون جدًا أو للغاية من فقدان السيطرة على بياناتهم الشخصية.</translation>
    </message>
    <message>
        <source>The plan for {segment} uses {mechanisms}, which feed on personal data, but states no privacy stance.</source>
        <translation>تستخدم خطة {segment} {mechanisms}، وهي تتغذى على البيانات الشخصية، لكنها لا تعلن أي موقف من الخصوصية.</translation>
    </message>
    <message>
        <source>State what data you collect from {segment}, why, and what they control.</source>
        <translation>وضّح ما البيانات التي تجمعها من {segment}، ولماذا، وما الذي يتحكمون فيه.</translation>
    </message>
    <message>
        <source>A customer segment no value proposition is linked to.</source>
        <translation>شريحة عملاء لا ترتبط بها أي قيمة مقدمة.</translation>
    </message>
    <message>
        <source>Serve each segment by its needs and priorities: a segment with no value proposition has nothing to be served.</source>
        <translation>اخدم كل شريحة وفق احتياجاتها وأولوياتها: والشريحة التي لا قيمة مقدمة لها لا شيء يُقدَّم لها.</translation>
    </message>
    <message>
        <source>No value proposition is linked to segment {segment}.</source>
        <translation>لا ترتبط أي قيمة مقدمة بالشريحة {segment}.</translation>
    </message>
    <message>
        <source>Link the value proposition that serves {segment} to it.</source>
        <translation>اربط بالشريحة {segment} القيمة المقدمة التي تخدمها.</translation>
    </message>
    <message>
        <source>A segment with revenue per customer but no revenue stream linked to it.</source>
        <translation>شريحة لها إيراد لكل عميل دون مصدر إيرادات مرتبط بها.</translation>
    </message>
    <message>
        <source>The goal is more revenue per account; revenue the canvas cannot trace to a stream is a guess.</source>
        <translation>الهدف زيادة الإيراد من كل حساب؛ والإيراد الذي لا تستطيع اللوحة ربطه بمصدر إيرادات مجرد تخمين.</translation>
    </message>
    <message>
        <source>Segment {segment} brings revenue per customer, but no revenue stream is linked to it.</source>
        <translation>تحقق الشريحة {segment} إيرادًا لكل عميل، لكن لا يرتبط بها أي مصدر إيرادات.</translation>
    </message>
    <message>
        <source>Link the revenue stream {segment} pays into.</source>
        <translation>اربط مصدر الإيرادات الذي تصب فيه مدفوعات {segment}.</translation>
    </message>
    <message>
        <source>A lifecycle stage where the segment meets no touchpoint.</source>
        <translation>مرحلة من دورة الحياة لا تلتقي فيها الشريحة بأي نقطة تواصل.</translation>
    </message>
    <message>
        <source>The lifecycle runs from shopping to after-sales service; a stage with no touchpoint is a moment nobody designed.</source>
        <translation>تمتد دورة الحياة من التسوق إلى خدمة ما بعد البيع؛ والمرحلة التي لا نقطة تواصل فيها لحظةٌ لم يصممها أحد.</translation>
    </message>
    <message>
        <source>Segment {segment} has touchpoints, but none at: {stages}.</source>
        <translation>للشريحة {segment} نقاط تواصل، لكن لا توجد أي منها في: {stages}.</translation>
    </message>
    <message>
        <source>Map what happens to {segment} at {stages}, or say why nothing does.</source>
        <translation>حدّد ما يحدث للشريحة {segment} في هذه المراحل، أو وضّح لماذا لا يحدث فيها شيء: {stages}.</translation>
    </message>
    <message>
        <source>Touchpoints only in the front office.</source>
        <translation>نقاط تواصل في المكتب الأمامي فقط.</translation>
    </message>
    <message>
        <source>Service quality is judged by every contact, back office included: after-sales, accounting, the store.</source>
        <translation>يُحكم على جودة الخدمة من كل تواصل، بما في ذلك المكتب الخلفي: خدمة ما بعد البيع، والمحاسبة، والمتجر.</translation>
    </message>
    <message>
        <source>The touchpoints of {segment} are all front office; none is in the back office.</source>
        <translation>نقاط تواصل الشريحة {segment} كلها في المكتب الأمامي؛ ولا توجد أي منها في المكتب الخلفي.</translation>
    </message>
    <message>
        <source>Add the back-office contacts {segment} meets: invoices, returns, accounting, after-sales.</source>
        <translation>أضف نقاط التواصل في المكتب الخلفي التي تمر بها الشريحة {segment}: الفواتير، والمرتجعات، والمحاسبة، وخدمة ما بعد البيع.</translation>
    </message>
    <message>
        <source>Measure the outcome (was the problem solved, and when), not the activity (how fast a reply went out).</source>
        <translation>قِس النتيجة (هل حُلّت المشكلة، ومتى)، لا النشاط (مدى سرعة إرسال الرد).</translation>
    </message>
    <message>
        <source>Customers want the same experience on every channel: their history must pass to the next touchpoint.</source>
        <translation>يريد العملاء التجربة نفسها على كل قناة: ويجب أن ينتقل تاريخهم إلى نقطة التواصل التالية.</translation>
    </message>
    <message>
        <source>Segment {segment} meets you on {count} channels, but nothing carries its history between them.</source>
        <translation>تتعامل معك الشريحة {segment} عبر قنوات عددها {count}، لكن لا شيء ينقل تاريخها من قناة إلى أخرى.</translation>
    </message>
    <message>
        <source>how deep the relationship is</source>
        <translation>مدى عمق العلاقة</translation>
    </message>
    <message>
        <source>which mechanisms carry it</source>
        <translation>الآليات التي تقوم عليها العلاقة</translation>
    </message>
    <message>
        <source>whether it is to win, keep or grow customers</source>
        <translation>هل الغاية من العلاقة جذب العملاء أم الحفاظ عليهم أم زيادتهم</translation>
    </message>
    <message>
        <source>which channels it runs through</source>
        <translation>القنوات التي تمر عبرها العلاقة</translation>
    </message>
    <message>
        <source>who owns {notes}: you or a partner</source>
        <translation>مَن يملك {notes}: أنت أم أحد الشركاء</translation>
    </message>
    <message>
        <source>the phases covered by {notes}</source>
        <translation>المراحل التي تغطيها {notes}</translation>
    </message>
    <message>
        <source>the means offered by {notes}</source>
        <translation>الوسائل التي تقدمها {notes}</translation>
    </message>
    <message>
        <source>the headcount of {notes}</source>
        <translation>عدد أفراد {notes}</translation>
    </message>
    <message>
        <source>the role of {notes}</source>
        <translation>دور {notes}</translation>
    </message>
    <message>
        <source>the segments served by {notes}</source>
        <translation>الشرائح التي يخدمها {notes}</translation>
    </message>
    <message>
        <source>which cost in Cost Structure pays for {notes}</source>
        <translation>أيُّ تكلفة في هيكل التكاليف تموّل {notes}</translation>
    </message>
    <message>
        <source>the voice it speaks in</source>
        <translation>الصوت الذي تُخاطَب به الشريحة</translation>
    </message>
    <message>
        <source>whether its touchpoints are surveyed for satisfaction</source>
        <translation>هل يُستطلع رضا العملاء في نقاط تواصلها</translation>
    </message>
    <message>
        <source>whether its touchpoints at {labels} are front or back office</source>
        <translation>هل نقاط تواصلها عند {labels} في المكتب الأمامي أم الخلفي</translation>
    </message>
    <message>
        <source>who is responsible for its touchpoints at {labels}</source>
        <translation>مَن المسؤول عن نقاط تواصلها عند {labels}</translation>
    </message>
    <message>
        <source>who its personas are, what they want and how they get it</source>
        <translation>مَن هي شخصيات المشترين لديها، وما الذي تريده، وكيف تبلغه</translation>
    </message>
    <message>
        <source> and </source>
        <translation> و</translation>
    </message>
    <message>
        <source>A channel that names no customer segment.</source>
        <translation>قناة لا تحدد أي شريحة عملاء.</translation>
    </message>
    <message>
        <source>Channel {channel} names no customer segment.</source>
        <translation>القناة {channel} لا تحدد أي شريحة عملاء.</translation>
    </message>
    <message>
        <source>Choose the segments {channel} serves, or remove it if it serves none.</source>
        <translation>اختر الشرائح التي تخدمها {channel}، أو احذفها إن لم تكن تخدم أي شريحة.</translation>
    </message>
    <message>
        <source>Keeping or growing customers whom only partners meet after the sale, with no record of your own.</source>
        <translation>الاحتفاظ بعملاء أو تنميتهم وهم لا يتعاملون بعد البيع إلا مع الشركاء، ودون سجل خاص بك عنهم.</translation>
    </message>
    <message>
        <source>Through partner channels the partner holds the customer; keeping them takes your own record of who they are.</source>
        <translation>عبر قنوات الشركاء يكون العميل في يد الشريك؛ والاحتفاظ بالعملاء يتطلب سجلًا خاصًا بك يعرّفك بهم.</translation>
    </message>
    <message>
        <source>The plan for {segment} aims at {focus}, but after the sale {segment} deals only with partners ({channels}), and nothing keeps a record of these customers for you.</source>
        <translation>تركز خطة {segment} على {focus}، لكن الشريحة {segment} لا تتعامل بعد البيع إلا مع الشركاء ({channels})، ولا شيء يحفظ لك سجلًا بهؤلاء العملاء.</translation>
    </message>
    <message>
        <source>Keep your own record of {segment} (an account, a CRM, a loyalty card), or serve it after the sale through a channel of your own.</source>
        <translation>احتفظ بسجل خاص بك لعملاء الشريحة {segment} (حساب عميل، أو نظام CRM، أو بطاقة ولاء)، أو اخدمها بعد البيع عبر قناة تملكها.</translation>
    </message>
    <message>
        <source>Moments that decide the experience, left to partners.</source>
        <translation>لحظات حاسمة في تجربة العميل متروكة للشركاء.</translation>
    </message>
    <message>
        <source>Service quality is judged by every contact: at delivery, payment and after-sales the customer judges you by what the partner does.</source>
        <translation>يُحكم على جودة الخدمة من كل تواصل: فعند التسليم والدفع وما بعد البيع يحكم العميل عليك بما يفعله الشريك.</translation>
    </message>
    <message>
        <source>At {stages}, {segment} is served by partners ({channels}): the experience there is theirs to make.</source>
        <translation>عند {stages}، يتولى الشركاء ({channels}) خدمة الشريحة {segment}: فالتجربة هناك يصنعونها هم.</translation>
    </message>
    <message>
        <source>Agree service levels with them and ask {segment} how those moments went, or bring them in-house.</source>
        <translation>اتفق معهم على مستويات الخدمة واسأل عملاء الشريحة {segment} عن تجربتهم في تلك اللحظات، أو تولَّ هذه المراحل بنفسك.</translation>
    </message>
    <message>
        <source>Customers who leave before paying back what winning them cost.</source>
        <translation>عملاء يرحلون قبل أن يعوّضوا تكلفة كسبهم.</translation>
    </message>
    <message>
        <source>Winning a customer costs about 6 times as much as keeping one: each customer must stay long enough to pay it back.</source>
        <translation>كسب عميل يكلّف نحو 6 أضعاف تكلفة الاحتفاظ بعميل: ويجب أن يبقى كل عميل مدة كافية لتعويض هذه التكلفة.</translation>
    </message>
    <message>
        <source>Winning a customer of {segment} costs {acquisition}, but a customer stays about {periods} periods and brings {brings} in that time: each one won loses money.</source>
        <translation>كسب عميل من الشريحة {segment} يكلّف {acquisition}، لكن العميل يبقى نحو {periods} فترة ويحقق {brings} خلالها: فكل عميل تكسبه يُفقدك مالًا.</translation>
    </message>
    <message>
        <source>Only winning customers, while most of them leave.</source>
        <translation>تركيز على كسب العملاء وحده، بينما يرحل معظمهم.</translation>
    </message>
    <message>
        <source>For small and mid-sized businesses, keeping 5% more customers raises profit by 25% to 85%; winning one costs about 6 times as much as keeping one.</source>
        <translation>بالنسبة إلى المنشآت الصغيرة والمتوسطة، يرفع الاحتفاظُ بنسبة 5% إضافية من العملاء الأرباحَ بنسبة تتراوح بين 25% و85%؛ وكسب عميل يكلّف نحو 6 أضعاف تكلفة الاحتفاظ بعميل.</translation>
    </message>
    <message>
        <source>The plan for {segment} only wins customers, but keeps {rate}% of them each period.</source>
        <translation>لا تسعى خطة {segment} إلا إلى كسب العملاء، مع أنها لا تحتفظ إلا بـ{rate}% منهم في كل فترة.</translation>
    </message>
    <message>
        <source>A plan to keep customers whose mechanisms keep nobody.</source>
        <translation>خطة للاحتفاظ بالعملاء لا تحتفظ آلياتها بأحد.</translation>
    </message>
    <message>
        <source>A purely transactional relationship (a fuel station) makes no attempt at a relationship; keeping customers needs contact, service, loyalty or personal touches.</source>
        <translation>العلاقة التعاملية البحتة (كمحطة الوقود) لا تحاول تأسيس علاقة؛ والاحتفاظ بالعملاء يحتاج إلى تواصل، أو خدمة، أو ولاء، أو لمسات شخصية.</translation>
    </message>
    <message>
        <source>The plan for {segment} aims at keeping customers, but its mechanisms keep nobody: {mechanisms}.</source>
        <translation>تهدف خطة {segment} إلى الاحتفاظ بالعملاء، لكن آلياتها لا تحتفظ بأحد: {mechanisms}.</translation>
    </message>
    <message>
        <source>Add a mechanism that keeps {segment}: personal assistance, a loyalty program, a community, a newsletter or personal touches.</source>
        <translation>أضف آلية تحافظ على عملاء الشريحة {segment}: المساعدة الشخصية، أو برنامج ولاء، أو مجتمع، أو نشرة بريدية، أو لمسات شخصية.</translation>
    </message>
    <message>
        <source>A plan to grow a segment with nothing that sells more to each customer.</source>
        <translation>خطة لتنمية شريحة دون أي وسيلة لبيع المزيد لكل عميل.</translation>
    </message>
    <message>
        <source>Growing a segment means more revenue per account: repeat purchase, cross-selling, up-selling.</source>
        <translation>تنمية الشريحة تعني إيرادًا أكبر من كل حساب: تكرار الشراء، والبيع المتقاطع، وترقية المشتريات (up-selling).</translation>
    </message>
    <message>
        <source>The plan for {segment} aims at growth, but none of its mechanisms sells more to each customer: {mechanisms}.</source>
        <translation>تهدف خطة {segment} إلى النمو، لكن لا توجد بين آلياتها آلية تبيع المزيد لكل عميل: {mechanisms}.</translation>
    </message>
    <message>
        <source>Add what grows each account of {segment}: tailored offers, cross- or up-selling by your people, loyalty tiers, referral or a partner program.</source>
        <translation>أضف ما ينمّي كل حساب في الشريحة {segment}: العروض المخصصة، أو البيع المتقاطع أو ترقية المشتريات على يد فريقك، أو مستويات الولاء، أو الإحالة، أو برنامج الشركاء.</translation>
    </message>
    <message>
        <source>A plan to keep customers with no channel after the sale.</source>
        <translation>خطة للاحتفاظ بالعملاء دون قناة بعد البيع.</translation>
    </message>
    <message>
        <source>The plan for {segment} aims at keeping customers, but none of its channels covers after-sales: {channels}.</source>
        <translation>تهدف خطة {segment} إلى الاحتفاظ بالعملاء، لكن لا توجد بين قنواتها قناة تغطي ما بعد البيع: {channels}.</translation>
    </message>
    <message>
        <source>Cover after-sales in one of the channels of {segment}, or add a channel that does.</source>
        <translation>غطِّ مرحلة ما بعد البيع في إحدى قنوات الشريحة {segment}، أو أضف قناة تغطيها.</translation>
    </message>
    <message>
        <source>A plan to win customers with no channel where they can find you.</source>
        <translation>خطة لكسب العملاء دون قناة يستطيعون أن يجدوك فيها.</translation>
    </message>
    <message>
        <source>The plan for {segment} aims at acquisition, but none of its channels covers awareness or evaluation: {channels}.</source>
        <translation>تهدف خطة {segment} إلى الجذب، لكن لا توجد بين قنواتها قناة تغطي الوعي أو التقييم: {channels}.</translation>
    </message>
    <message>
        <source>Add awareness or evaluation to one of the channels of {segment}, or add a channel that covers them.</source>
        <translation>أضف الوعي أو التقييم إلى إحدى قنوات الشريحة {segment}، أو أضف قناة تغطيهما.</translation>
    </message>
    <message>
        <source>Survey service level at every contact; measure perception, and the outcome rather than the activity.</source>
        <translation>استطلع مستوى الخدمة عند كل تواصل؛ وقِس الانطباع، وقِس النتيجة لا النشاط.</translation>
    </message>
    <message>
        <source>Survey {segment} at its touchpoints, or measure the outcome (was the problem solved, and when), and link it to {segment}.</source>
        <translation>استطلع رضا الشريحة {segment} في نقاط تواصلها، أو قِس النتيجة (هل حُلّت المشكلة، ومتى)، واربط ذلك بالشريحة {segment}.</translation>
    </message>
    <message>
        <source>Means the plan uses that none of its channels offers.</source>
        <translation>وسائل تستخدمها الخطة ولا تقدمها أي من قنواتها.</translation>
    </message>
    <message>
        <source>Voices for one segment that contradict each other across its channels.</source>
        <translation>أصوات متناقضة للشريحة نفسها عبر قنواتها.</translation>
    </message>
    <message>
        <source>The messages of every channel must agree; a voice may adapt to each mechanism, but not swing from formal to playful.</source>
        <translation>يجب أن تتفق رسائل كل القنوات؛ ويمكن للصوت أن يتكيف مع كل آلية، لكن لا أن يتأرجح بين الرسمية والمرح.</translation>
    </message>
    <message>
        <source>Segment {segment} is spoken to in clashing voices on different channels: {tones}.</source>
        <translation>تُخاطَب الشريحة {segment} بأصوات متعارضة على قنوات مختلفة: {tones}.</translation>
    </message>
    <message>
        <source>Keep one voice for {segment}: let it adapt to each channel without contradicting itself.</source>
        <translation>حافظ على صوت واحد مع الشريحة {segment}: دعه يتكيف مع كل قناة دون أن يناقض نفسه.</translation>
    </message>
    <message>
        <source>A community with nobody running it.</source>
        <translation>مجتمع لا يديره أحد.</translation>
    </message>
    <message>
        <source>The plan for {segment} builds a community, but no team or activity runs one for {segment}.</source>
        <translation>تبني خطة {segment} مجتمعًا، لكن لا يوجد فريق أو نشاط يدير مجتمعًا للشريحة {segment}.</translation>
    </message>
    <message>
        <source>Add community management to Key Activities, or a community team to Key Resources, and say it serves {segment}.</source>
        <translation>أضف إدارة المجتمع إلى الأنشطة الرئيسية، أو فريقًا للمجتمع إلى الموارد الرئيسية، وحدّد أنه يخدم الشريحة {segment}.</translation>
    </message>
    <message>
        <source>The plan for {segment} uses automated services, but nothing serving {segment} provides {missing}.</source>
        <translation>تستخدم خطة {segment} الخدمات المؤتمتة، لكن لا شيء مما يخدم الشريحة {segment} يوفّر {missing}.</translation>
    </message>
    <message>
        <source>The plan for {segment} relies on co-creation, but nothing collects reviews or ideas from {segment}.</source>
        <translation>تعتمد خطة {segment} على الإنشاء المشترك، لكن لا شيء يجمع التقييمات أو الأفكار من الشريحة {segment}.</translation>
    </message>
    <message>
        <source>Add review and idea collection to Key Activities or Key Resources, linked to {segment}.</source>
        <translation>أضف جمع التقييمات والأفكار إلى الأنشطة الرئيسية أو الموارد الرئيسية، مرتبطًا بالشريحة {segment}.</translation>
    </message>
    <message>
        <source>Dedicated personal assistance with nobody to give it.</source>
        <translation>مساعدة شخصية مخصصة دون أحد يقدمها.</translation>
    </message>
    <message>
        <source>The plan for {segment} offers dedicated personal assistance, but nobody in Key Resources serves {segment}.</source>
        <translation>تقدم خطة {segment} مساعدة شخصية مخصصة، لكن لا أحد في الموارد الرئيسية يخدم الشريحة {segment}.</translation>
    </message>
    <message>
        <source>Add the people who will be each client&apos;s representative to Key Resources and say they serve {segment}, or offer personal assistance or self-service instead.</source>
        <translation>أضف إلى الموارد الرئيسية الأشخاص الذين سيتولون تمثيل كل عميل، وحدّد أنهم يخدمون الشريحة {segment}، أو قدّم بدلًا من ذلك المساعدة الشخصية أو الخدمة الذاتية.</translation>
    </message>
    <message>
        <source>Personal assistance with nobody to give it.</source>
        <translation>مساعدة شخصية دون أحد يقدمها.</translation>
    </message>
    <message>
        <source>Personal assistance is human interaction: at the point of sale, in a call centre, by e-mail; someone has to give it.</source>
        <translation>المساعدة الشخصية تفاعل إنساني: في موقع البيع، أو في مركز الاتصال، أو بالبريد الإلكتروني؛ ولا بد من شخص يقدمها.</translation>
    </message>
    <message>
        <source>The plan for {segment} relies on {mechanisms}, but nobody in Key Resources serves {segment}.</source>
        <translation>تعتمد خطة {segment} على {mechanisms}، لكن لا أحد في الموارد الرئيسية يخدم الشريحة {segment}.</translation>
    </message>
    <message>
        <source>Say in Key Resources who answers {segment} (a team, or the owner), or choose a mechanism that needs no people, such as self-service.</source>
        <translation>حدّد في الموارد الرئيسية مَن يرد على عملاء الشريحة {segment} (فريق، أو المالك)، أو اختر آلية لا تحتاج إلى أشخاص، مثل الخدمة الذاتية.</translation>
    </message>
    <message>
        <source>Dedicated personal assistance for a segment far larger than its people can cover.</source>
        <translation>مساعدة شخصية مخصصة لشريحة أكبر بكثير مما يستطيع القائمون على خدمتها تغطيته.</translation>
    </message>
    <message>
        <source>Dedicated assistance means one representative per client; the people who serve the segment must be able to cover it.</source>
        <translation>المساعدة المخصصة تعني ممثلًا واحدًا لكل عميل؛ ويجب أن يكون القائمون على خدمة الشريحة قادرين على تغطيتها.</translation>
    </message>
    <message>
        <source>Personal assistance promised to far more customers than its people can answer.</source>
        <translation>مساعدة شخصية موعودة لعدد من العملاء يفوق بكثير ما يستطيع القائمون عليها الرد عليه.</translation>
    </message>
    <message>
        <source>Personal assistance is human interaction: each person can only answer so many customers.</source>
        <translation>المساعدة الشخصية تفاعل إنساني: ولكل شخص حدٌّ لعدد العملاء الذين يستطيع الرد عليهم.</translation>
    </message>
    <message>
        <source>Add people, or let self-service, automation or a community take the routine questions of {segment}.</source>
        <translation>أضف أشخاصًا، أو دع الخدمة الذاتية أو الأتمتة أو المجتمع يتولى الأسئلة الروتينية لعملاء الشريحة {segment}.</translation>
    </message>
    <message>
        <source>People who give assistance, with no cost linked to them.</source>
        <translation>أشخاص يقدمون المساعدة دون أي تكلفة مرتبطة بهم.</translation>
    </message>
    <message>
        <source>The plan for {segment} relies on {mechanisms} from {teams}, but no cost in Cost Structure is linked to them.</source>
        <translation>تعتمد خطة {segment} على {mechanisms} يقدّمها {teams}، لكن لا ترتبط بهم أي تكلفة في هيكل التكاليف.</translation>
    </message>
    <message>
        <source>Link the cost that pays for {teams} to them, or add one to Cost Structure.</source>
        <translation>اربط بـ{teams} التكلفة التي تموّلهم، أو أضف تكلفة كهذه إلى هيكل التكاليف.</translation>
    </message>
    <message>
        <source>Answers the checklist needs before it can judge a segment.</source>
        <translation>إجابات تحتاجها قائمة الفحص قبل أن تحكم على الشريحة.</translation>
    </message>
    <message>
        <source>An unanswered question is unknown, not &quot;no&quot;: the checklist asks for it instead of guessing.</source>
        <translation>السؤال الذي لم يُجَب عنه مجهول، وليس «لا»: فقائمة الفحص تسأل عنه بدلًا من التخمين.</translation>
    </message>
    <message>
        <source>Still to answer for {segment}: {questions}.</source>
        <translation>ما زال عليك أن تحدد بشأن الشريحة {segment}: {questions}.</translation>
    </message>
    <message>
        <source>Answer these in the planner or in the notes they name; until then the checklist does not judge what depends on them.</source>
        <translation>أجب عن هذه الأسئلة في المخطِّط أو في الملاحظات المذكورة فيها؛ وإلى أن تفعل، لن تحكم قائمة الفحص على ما يعتمد عليها.</translation>
    </message>
    <message>
        <source>A touchpoint measured by activity, not by outcome.</source>
        <translation>نقطة تواصل تُقاس بالنشاط لا بالنتيجة.</translation>
    </message>
    <message>
        <source>At the {stage} stage, {segment} is measured by activity ({measure}), not by whether its problem was solved.</source>
        <translation>في مرحلة {stage}، تُقاس الشريحة {segment} بالنشاط ({measure})، لا بما إذا كانت مشكلتها قد حُلّت.</translation>
    </message>
    <message>
        <source>Measure the outcome of {segment} at {stage}: was the problem solved, and when.</source>
        <translation>قِس النتيجة للشريحة {segment} في مرحلة {stage}: هل حُلّت المشكلة، ومتى.</translation>
    </message>
    <message>
        <source>A segment met on several channels with no shared customer record.</source>
        <translation>شريحة يُتعامل معها عبر عدة قنوات دون سجل عميل موحّد.</translation>
    </message>
    <message>
        <source>Add a shared customer record (a CRM) to Key Resources or Activities, serving {segment}.</source>
        <translation>أضف سجل عميل موحّدًا (نظام CRM) إلى الموارد أو الأنشطة الرئيسية، يخدم الشريحة {segment}.</translation>
    </message>
    <message>
        <source>the concrete means of the plan&apos;s {labels}</source>
        <translation>الوسائل العملية التي تقدّم بها الخطة {labels}</translation>
    </message>
    <message>
        <source>A channel exists to reach segments: say which ones, so the checklist can judge what it supports.</source>
        <translation>توجد القناة للوصول إلى الشرائح: حدّد أيّها، كي تحكم قائمة الفحص على ما تدعمه القناة.</translation>
    </message>
    <message>
        <source>Keep the customers of {segment} longer (a retention focus), win them for less, or earn more per period.</source>
        <translation>احتفظ بعملاء الشريحة {segment} مدة أطول (التركيز على الاحتفاظ)، أو اكسبهم بتكلفة أقل، أو حقّق ربحًا أكبر في كل فترة.</translation>
    </message>
    <message>
        <source>Add retention to the plan&apos;s focus for {segment}: 5 more points kept is worth 25% to 85% more profit.</source>
        <translation>أضف الاحتفاظ إلى تركيز خطة {segment}: فرفع معدل الاحتفاظ 5 نقاط يعني زيادة الأرباح بنسبة 25% إلى 85%.</translation>
    </message>
    <message>
        <source>A plan to keep customers with nothing that measures how they fare.</source>
        <translation>خطة للاحتفاظ بالعملاء دون ما يقيس تجربتهم.</translation>
    </message>
    <message>
        <source>The plan for {segment} aims at keeping customers, but nothing measures how {segment} fares: no satisfaction survey and no outcome measure serves it.</source>
        <translation>تهدف خطة {segment} إلى الاحتفاظ بالعملاء، لكن لا شيء يقيس تجربة الشريحة {segment}: فلا يخدمها أي استبيان رضا ولا أي مقياس للنتيجة.</translation>
    </message>
    <message>
        <source>A plan to keep customers measured by internal indicators only, never by asking them.</source>
        <translation>خطة للاحتفاظ بالعملاء تُقاس بالمؤشرات الداخلية وحدها، دون سؤال العملاء أبدًا.</translation>
    </message>
    <message>
        <source>Measure perception with satisfaction surveys, not only internal indicators: the customer is the one who judges you.</source>
        <translation>قِس الانطباع باستبيانات الرضا، لا بالمؤشرات الداخلية وحدها: فالعميل هو من يحكم عليك.</translation>
    </message>
    <message>
        <source>The plan for {segment} aims at keeping customers and measures outcomes, but never asks {segment} how satisfied it is.</source>
        <translation>تهدف خطة {segment} إلى الاحتفاظ بالعملاء وتقيس النتائج، لكنها لا تسأل الشريحة {segment} أبدًا عن مدى رضاها.</translation>
    </message>
    <message>
        <source>Add a short satisfaction survey for {segment} at the touchpoints that matter most, and link it to {segment}.</source>
        <translation>أضف استبيان رضا قصيرًا للشريحة {segment} في أهم نقاط التواصل، واربطه بالشريحة {segment}.</translation>
    </message>
    <message>
        <source>Without people to give it (a seller, an account manager, the owner), dedicated personal assistance makes no sense: nobody exists to give it.</source>
        <translation>من دون أشخاص يقدّمونها (بائع، مدير حساب، صاحب العمل) لا معنى للمساعدة الشخصية المخصصة: لا يوجد من يقدمها.</translation>
    </message>
    <message>
        <source>Segment {segment} has about {size} customers, but the people who could serve it ({people}) give dedicated assistance to about {capacity} (one representative looks after about {ratio} accounts).</source>
        <translation>يبلغ عدد عملاء الشريحة {segment} نحو {size}، بينما لا يستطيع من يمكنهم خدمتها (وعددهم {people}) تقديم المساعدة المخصصة إلا لنحو {capacity} (إذ يتولى الممثل الواحد نحو {ratio} حسابًا).</translation>
    </message>
    <message>
        <source>Segment {segment} has about {size} customers, but the people who could serve it ({people}) can give personal assistance to about {capacity} (about {ratio} customers each).</source>
        <translation>يبلغ عدد عملاء الشريحة {segment} نحو {size}، بينما لا يستطيع من يمكنهم خدمتها (وعددهم {people}) تقديم المساعدة الشخصية إلا لنحو {capacity} (نحو {ratio} عميل لكل منهم).</translation>
    </message>
    <message>
        <source>which note of Customer Relationships is its plan</source>
        <translation>أيّ ملاحظة في العلاقات مع العملاء هي خطتها</translation>
    </message>
    <message>
        <source>which channel reaches it</source>
        <translation>أيّ قناة تصل إليها</translation>
    </message>
    <message>
        <source>who in Key Resources serves it (its plan relies on {labels})</source>
        <translation>مَن في الموارد الرئيسية يخدمها (إذ تعتمد خطتها على {labels})</translation>
    </message>
    <message>
        <source>about how many customers it has</source>
        <translation>كم عميلًا لديها تقريبًا</translation>
    </message>
    <message>
        <source>whether it is served by {notes} (say so with a link)</source>
        <translation>هل يخدمها {notes} (بيّن ذلك بالربط بينهما)</translation>
    </message>
    <message>
        <source>whether its touchpoints&apos; measures count outcomes or activity</source>
        <translation>هل تقيس مقاييس نقاط تواصلها النتائج أم النشاط</translation>
    </message>
    <message>
        <source>whether {notes} gives it {labels} (tick it in the planner if so)</source>
        <translation>هل يقدّم لها {notes} {labels} (وإن كان كذلك فحدّد ذلك في المخطِّط)</translation>
    </message>
    <message>
        <source>which value proposition serves it</source>
        <translation>أيّ عرض قيمة يخدمها</translation>
    </message>
    <message>
        <source>which revenue stream it pays into</source>
        <translation>في أيّ مصدر إيرادات تدفع</translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <source>The plan for {segment} counts on means that none of its channels offers: {means}.</source>
        <translation>تعتمد خطة {segment} على وسائل لا تقدّمها أيّ من قنواتها: {means}.</translation>
    </message>
    <message>
        <source>Dedicated personal assistance, but nobody who serves the segment can be each client&apos;s representative.</source>
        <translation>مساعدة شخصية مخصصة، لكن لا أحد ممن يخدمون الشريحة يمكن أن يكون ممثلًا لكل عميل.</translation>
    </message>
    <message>
        <source>Dedicated assistance is one representative per client: someone who meets customers, not a community moderator or the production team.</source>
        <translation>المساعدة المخصصة ممثل واحد لكل عميل: شخص يلتقي العملاء، لا مشرف مجتمع ولا فريق الإنتاج.</translation>
    </message>
    <message>
        <source>The plan for {segment} offers dedicated personal assistance, but the people who serve it ({teams}) do not meet clients as their representative.</source>
        <translation>تقدّم خطة {segment} مساعدة شخصية مخصصة، لكن من يخدمونها ({teams}) لا يلتقون العملاء بصفتهم ممثلين لهم.</translation>
    </message>
    <message>
        <source>Name the representatives of {segment} (sales, account management, support, or the owner) in Key Resources, or choose a mechanism {teams} can carry.</source>
        <translation>حدّد ممثلي الشريحة {segment} (المبيعات، أو إدارة الحسابات، أو الدعم، أو صاحب العمل) في الموارد الرئيسية، أو اختر آلية يستطيع {teams} حملها.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Subjects: %1</source>
        <translation>الملاحظات المعنية: %1</translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation>المنهجية: %1</translation>
    </message>
    <message>
        <source>Suggestion: %1</source>
        <translation>الاقتراح: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>لا أخطاء</numerusform>
            <numerusform>خطأ واحد</numerusform>
            <numerusform>خطآن</numerusform>
            <numerusform>%Ln أخطاء</numerusform>
            <numerusform>%Ln خطأً</numerusform>
            <numerusform>%Ln خطأ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>لا تحذيرات</numerusform>
            <numerusform>تحذير واحد</numerusform>
            <numerusform>تحذيران</numerusform>
            <numerusform>%Ln تحذيرات</numerusform>
            <numerusform>%Ln تحذيرًا</numerusform>
            <numerusform>%Ln تحذير</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln piece(s) of advice</source>
        <translation>
            <numerusform>لا نصائح</numerusform>
            <numerusform>نصيحة واحدة</numerusform>
            <numerusform>نصيحتان</numerusform>
            <numerusform>%Ln نصائح</numerusform>
            <numerusform>%Ln نصيحة</numerusform>
            <numerusform>%Ln نصيحة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1، %2، %3</translation>
    </message>
    <message>
        <source>(rests on a suggested answer)</source>
        <translation>(تستند إلى إجابة مقترحة)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln suggestion(s) read from the notes&apos; words</source>
        <translation>
            <numerusform>لا اقتراحات مستخلصة من كلمات الملاحظات</numerusform>
            <numerusform>اقتراح واحد مستخلص من كلمات الملاحظات</numerusform>
            <numerusform>اقتراحان مستخلصان من كلمات الملاحظات</numerusform>
            <numerusform>%Ln اقتراحات مستخلصة من كلمات الملاحظات</numerusform>
            <numerusform>%Ln اقتراحًا مستخلصًا من كلمات الملاحظات</numerusform>
            <numerusform>%Ln اقتراح مستخلص من كلمات الملاحظات</numerusform>
        </translation>
    </message>
    <message>
        <source>(from: “%1”)</source>
        <translation>(من: «%1»)</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Linked notes</source>
        <translation>الملاحظات المرتبطة</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>اللون</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Relationship calendar</source>
        <translation>تقويم العلاقات</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>Added to %1</source>
        <translation>أُضيفت إلى خانة %1</translation>
    </message>
    <message>
        <source>Removed from %1</source>
        <translation>حُذفت من خانة %1</translation>
    </message>
    <message>
        <source>Moved from %1 to %2</source>
        <translation>نُقلت من خانة %1 إلى خانة %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>‏%1: %2 ← %3</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>%1 is already open in another Mizan window (%2). Switch to that window to edit it.</source>
        <translation>%1 مفتوح بالفعل في نافذة أخرى من ميزان (%2). انتقل إلى تلك النافذة لتحريره.</translation>
    </message>
    <message>
        <source>You do not have permission to change %1, so it opens read-only. Use Save As to keep a copy.</source>
        <translation>ليست لديك صلاحية لتعديل %1، لذا سيُفتح للقراءة فقط. استخدم «حفظ باسم» للاحتفاظ بنسخة.</translation>
    </message>
    <message>
        <source>%1 is open in another Mizan window; close it there before recovering your changes.</source>
        <translation>%1 مفتوح في نافذة أخرى من ميزان؛ أغلقه هناك قبل استعادة تغييراتك.</translation>
    </message>
    <message>
        <source>Untitled canvas</source>
        <translation>لوحة بلا عنوان</translation>
    </message>
    <message>
        <source>This canvas has no file yet: use Save As.</source>
        <translation>لا يوجد ملف لهذه اللوحة بعد: استخدم «حفظ باسم».</translation>
    </message>
    <message>
        <source>%1 is open in another Mizan window (%2); close it there first or choose another name.</source>
        <translation>%1 مفتوح في نافذة أخرى من ميزان (%2)؛ أغلقه هناك أولًا أو اختر اسمًا آخر.</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggestion(s)</source>
        <translation>
            <numerusform>قبول %n اقتراح</numerusform>
            <numerusform>قبول اقتراح واحد</numerusform>
            <numerusform>قبول اقتراحين</numerusform>
            <numerusform>قبول %n اقتراحات</numerusform>
            <numerusform>قبول %n اقتراحًا</numerusform>
            <numerusform>قبول %n اقتراح</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dismiss %n suggestion(s)</source>
        <translation>
            <numerusform>تجاهل %n اقتراح</numerusform>
            <numerusform>تجاهل اقتراح واحد</numerusform>
            <numerusform>تجاهل اقتراحين</numerusform>
            <numerusform>تجاهل %n اقتراحات</numerusform>
            <numerusform>تجاهل %n اقتراحًا</numerusform>
            <numerusform>تجاهل %n اقتراح</numerusform>
        </translation>
    </message>
    <message>
        <source>Versions are kept inside .mizan documents. Save this canvas as a .mizan document first.</source>
        <translation>تُحفظ الإصدارات داخل مستندات ‎.mizan. احفظ هذه اللوحة أولًا في مستند ‎.mizan.</translation>
    </message>
    <message>
        <source>Restore version “%1”</source>
        <translation>استعادة الإصدار «%1»</translation>
    </message>
    <message>
        <source>Theirs is not known in full for this conflict: edit the note by hand instead.</source>
        <translation>نسختهم غير معروفة بالكامل في هذا التعارض: حرّر الملاحظة يدويًا بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Keeping theirs would break a reference: %1</source>
        <translation>الإبقاء على نسختهم سيقطع رابطًا: %1</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>الإبقاء على نسختي</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>الإبقاء على نسختهم</translation>
    </message>
    <message>
        <source>Reload from disk</source>
        <translation>إعادة التحميل من القرص</translation>
    </message>
    <message>
        <source>Merge the version on disk</source>
        <translation>دمج النسخة الموجودة على القرص</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>دمج %1</translation>
    </message>
</context>
<context>
    <name>Economics</name>
    <message>
        <source>Customers leave before paying back what winning them cost: each customer won loses %1 over the time they stay. Keep them longer, win them for less, or earn more per period (RT5).</source>
        <translation>يغادر العملاء قبل أن يُعوِّضوا تكلفة جذبهم: كل عميل يُجذب يُكبّدك خسارة قدرها %1 طوال مدة بقائه. احتفظ بالعملاء مدة أطول، أو اجذبهم بتكلفة أقل، أو حقّق إيرادًا أكبر في كل فترة (RT5).</translation>
    </message>
</context>
<context>
    <name>ErrorWords</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>الملف %1 غير موجود.</translation>
    </message>
    <message>
        <source>You do not have permission to read %1.</source>
        <translation>ليست لديك صلاحية قراءة الملف %1.</translation>
    </message>
    <message>
        <source>%1 is not a Mizan canvas.</source>
        <translation>الملف %1 ليس لوحة من ميزان.</translation>
    </message>
    <message>
        <source>%1 belongs to another application, not to Mizan.</source>
        <translation>الملف %1 يخص تطبيقًا آخر، لا ميزان.</translation>
    </message>
    <message>
        <source>%1 is damaged or incomplete, so Mizan cannot open it.</source>
        <translation>الملف %1 تالف أو ناقص، فلا يستطيع ميزان فتحه.</translation>
    </message>
    <message>
        <source>%1 was made by a newer Mizan. Update Mizan to open it.</source>
        <translation>أُنشئ الملف %1 بإصدار أحدث من ميزان. حدِّث ميزان لفتحه.</translation>
    </message>
    <message>
        <source>%1 does not follow the Mizan format.</source>
        <translation>الملف %1 لا يتبع صيغة ميزان.</translation>
    </message>
    <message>
        <source>%1 is too large or too deeply nested to open.</source>
        <translation>الملف %1 أكبر أو أعمق تداخلًا من أن يُفتح.</translation>
    </message>
    <message>
        <source>Mizan could not write %1; the canvas is unchanged.</source>
        <translation>تعذّر على ميزان كتابة الملف %1، واللوحة كما هي.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Page</source>
        <translation>الصفحة</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>أفقي</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>عمودي</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Lay out right to left</source>
        <translation>التخطيط من اليمين إلى اليسار</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>حجم الصفحة</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>الدقة</translation>
    </message>
    <message>
        <source>Export canvas</source>
        <translation>تصدير اللوحة</translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;PNG image (*.png);;SVG drawing (*.svg);;Mizan JSON (*.json)</source>
        <translation>تقرير PDF (*.pdf);;صورة PNG (*.png);;رسم SVG (*.svg);;ملف Mizan JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not export %1</source>
        <translation>تعذّر تصدير %1</translation>
    </message>
    <message>
        <source>Mizan exports .pdf, .png, .svg and .json files.</source>
        <translation>يصدّر ميزان ملفات بالصيغ التالية: .pdf، .png، .svg، .json.</translation>
    </message>
    <message>
        <source>The PDF could not be drawn.</source>
        <translation>تعذّر رسم ملف PDF.</translation>
    </message>
    <message>
        <source>That resolution makes an image too large; choose fewer dots per inch.</source>
        <translation>هذه الدقة تجعل الصورة كبيرة جدًا؛ اختر عددًا أقل من النقاط في البوصة.</translation>
    </message>
    <message>
        <source>The image could not be encoded.</source>
        <translation>تعذّر ترميز الصورة.</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>أُلغي التصدير</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>لم يُكتب أي شيء.</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Errors</source>
        <translation>أخطاء</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>تحذيرات</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>نصائح</translation>
    </message>
</context>
<context>
    <name>FormBuilder</name>
    <message>
        <source>Edit %1</source>
        <translation>تحرير %1</translation>
    </message>
    <message>
        <source>There are no notes in %1 yet.</source>
        <translation>لا توجد ملاحظات في %1 بعد.</translation>
    </message>
    <message>
        <source>Answer a question</source>
        <translation>الإجابة عن سؤال</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>تغيير %1</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <source>Use the automatic colour again</source>
        <translation>العودة إلى اللون التلقائي</translation>
    </message>
    <message>
        <source>Automatic %1</source>
        <translation>%1: تلقائي</translation>
    </message>
    <message>
        <source>Choose a colour...</source>
        <translation>اختيار لون...</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>&quot;{text}&quot;</source>
        <translation>«{text}»</translation>
    </message>
    <message>
        <source>Mizan JSON</source>
        <translation>ملف Mizan JSON</translation>
    </message>
    <message>
        <source>Leantime</source>
        <translation>Leantime</translation>
    </message>
    <message>
        <source>the Business Model Canvas app (RedPhoenixQ)</source>
        <translation>تطبيق Business Model Canvas (RedPhoenixQ)</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>ملف Markdown</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>ملف CSV</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>السطر {line}</translation>
    </message>
    <message>
        <source>element {element}, line {line}</source>
        <translation>العنصر {element}، السطر {line}</translation>
    </message>
    <message>
        <source>item {item}</source>
        <translation>البند {item}</translation>
    </message>
    <message>
        <source>{notes} note in {blocks} block from {format}.</source>
        <translation>استُورد من {format}: عدد الملاحظات {notes}، وعدد الخانات {blocks}.</translation>
    </message>
    <message>
        <source>{notes} notes in {blocks} block from {format}.</source>
        <translation>استُورد من {format}: عدد الملاحظات {notes}، وعدد الخانات {blocks}.</translation>
    </message>
    <message>
        <source>{notes} notes in {blocks} blocks from {format}.</source>
        <translation>استُورد من {format}: عدد الملاحظات {notes}، وعدد الخانات {blocks}.</translation>
    </message>
    <message>
        <source>No notes from {format}: the canvas is empty.</source>
        <translation>لم تُستورد أي ملاحظة من {format}: اللوحة فارغة.</translation>
    </message>
    <message>
        <source>{where}: {excerpt} is in no block; kept in {block}, tagged {tag}.</source>
        <translation>{where}: {excerpt} لا تقع في أي خانة؛ أُبقيت في خانة {block} مع الوسم {tag}.</translation>
    </message>
    <message>
        <source>{where}: {excerpt} is under {section}, which is not a block; kept in {block}, tagged {tag}.</source>
        <translation>{where}: {excerpt} تقع تحت {section}، وهو ليس خانة؛ أُبقيت في خانة {block} مع الوسم {tag}.</translation>
    </message>
    <message>
        <source>The file names no title: the canvas is called {title} after the file.</source>
        <translation>لا يذكر الملف عنوانًا: سُمّيت اللوحة {title} على اسم الملف.</translation>
    </message>
    <message>
        <source>Language {language}, guessed from the script of the text.</source>
        <translation>اللغة {language}، مستنتجة من الخط الذي كُتب به النص.</translation>
    </message>
    <message>
        <source>The file was UTF-16 text; it was read as such.</source>
        <translation>كان الملف نصًا بترميز UTF-16، وقُرئ على هذا الأساس.</translation>
    </message>
    <message>
        <source>line {line}: the placeholder {excerpt} under {section} was left out.</source>
        <translation>السطر {line}: استُبعد النص النائب {excerpt} الوارد تحت {section}.</translation>
    </message>
    <message>
        <source>The export does not name the kind of board (no key on &lt;canvas&gt;); it was read as a Business Model Canvas.</source>
        <translation>لا يذكر ملف التصدير نوع اللوحة (لا مفتاح key في &lt;canvas&gt;)، فقُرئ على أنه لوحة نموذج عمل.</translation>
    </message>
    <message>
        <source>{count} empty item was left out.</source>
        <translation>العناصر الفارغة المستبعدة: {count}.</translation>
    </message>
    <message>
        <source>{count} empty items were left out.</source>
        <translation>العناصر الفارغة المستبعدة: {count}.</translation>
    </message>
    <message>
        <source>Leantime&apos;s statuses are kept as tags (Draft, In review, Valid, On hold, Invalid).</source>
        <translation>حُفظت حالات Leantime وسومًا (Draft، In review، Valid، On hold، Invalid).</translation>
    </message>
    <message>
        <source>Not imported: the items&apos; {fields}.</source>
        <translation>لم يُستورد من بيانات العناصر: {fields}.</translation>
    </message>
    <message>
        <source>authors</source>
        <translation>المؤلفون</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <source>Not imported: the items&apos; fields {fields}.</source>
        <translation>لم تُستورد حقول العناصر التالية: {fields}.</translation>
    </message>
    <message>
        <source>The save is from version {version} of the app; Mizan knows its saves up to version {known} and read it the same way.</source>
        <translation>ملف الحفظ من الإصدار {version} من التطبيق؛ يعرف ميزان ملفات حفظه حتى الإصدار {known}، وقد قرأه بالطريقة نفسها.</translation>
    </message>
    <message>
        <source>{count} relation between items became a link from the first item to the second.</source>
        <translation>العلاقات بين العناصر التي صارت روابط من العنصر الأول إلى الثاني: {count}.</translation>
    </message>
    <message>
        <source>{count} relations between items became links from the first item to the second.</source>
        <translation>العلاقات بين العناصر التي صارت روابط من العنصر الأول إلى الثاني: {count}.</translation>
    </message>
    <message>
        <source>{count} relation to groups, sliders or left-out items could not be kept.</source>
        <translation>العلاقات بالمجموعات أو أشرطة التمرير أو العناصر المستبعدة التي تعذّر الاحتفاظ بها: {count}.</translation>
    </message>
    <message>
        <source>{count} relations to groups, sliders or left-out items could not be kept.</source>
        <translation>العلاقات بالمجموعات أو أشرطة التمرير أو العناصر المستبعدة التي تعذّر الاحتفاظ بها: {count}.</translation>
    </message>
    <message>
        <source>The Extended BMC&apos;s {segment} was read as {block}.</source>
        <translation>قُرئ القسم {segment} من Extended BMC على أنه خانة {block}.</translation>
    </message>
    <message>
        <source>{count} slider was left out: a canvas has no sliders.</source>
        <translation>أشرطة التمرير المستبعدة: {count}؛ فاللوحة لا تحتوي على أشرطة تمرير.</translation>
    </message>
    <message>
        <source>{count} sliders were left out: a canvas has no sliders.</source>
        <translation>أشرطة التمرير المستبعدة: {count}؛ فاللوحة لا تحتوي على أشرطة تمرير.</translation>
    </message>
    <message>
        <source>{count} item with no name or text (an icon only) was left out.</source>
        <translation>العناصر المستبعدة لأنها بلا اسم ولا نص (أيقونة فقط): {count}.</translation>
    </message>
    <message>
        <source>{count} items with no name or text (an icon only) were left out.</source>
        <translation>العناصر المستبعدة لأنها بلا اسم ولا نص (أيقونة فقط): {count}.</translation>
    </message>
    <message>
        <source>{count} node of an unknown kind was left out.</source>
        <translation>العُقد المستبعدة لأنها من نوع غير معروف: {count}.</translation>
    </message>
    <message>
        <source>{count} nodes of an unknown kind were left out.</source>
        <translation>العُقد المستبعدة لأنها من نوع غير معروف: {count}.</translation>
    </message>
    <message>
        <source>The group {group} holds no notes: its name was not kept.</source>
        <translation>المجموعة {group} لا تضم أي ملاحظة: لم يُحتفظ باسمها.</translation>
    </message>
    <message>
        <source>The names of the groups items were in are kept as tags.</source>
        <translation>حُفظت أسماء المجموعات التي كانت العناصر فيها وسومًا.</translation>
    </message>
    <message>
        <source>Page {page} ({count} note) was not imported: Mizan reads the page that was open, {open}. Open the other page in the app and save to import it.</source>
        <translation>لم تُستورد الصفحة {page} (عدد ملاحظاتها: {count}): يقرأ ميزان الصفحة التي كانت مفتوحة، {open}. افتح الصفحة الأخرى في التطبيق واحفظ لاستيرادها.</translation>
    </message>
    <message>
        <source>Page {page} ({count} notes) was not imported: Mizan reads the page that was open, {open}. Open the other page in the app and save to import it.</source>
        <translation>لم تُستورد الصفحة {page} (عدد ملاحظاتها: {count}): يقرأ ميزان الصفحة التي كانت مفتوحة، {open}. افتح الصفحة الأخرى في التطبيق واحفظ لاستيرادها.</translation>
    </message>
    <message>
        <source>Read as a table separated by {separator}, with a header row: blocks in column {block}, text in column {text}.</source>
        <translation>قُرئ الملف جدولًا تفصل بين خلاياه {separator}، وله صف عناوين: الخانات في العمود {block}، والنص في العمود {text}.</translation>
    </message>
    <message>
        <source>Read as a table separated by {separator}, without a header row: blocks in column {block}, text in column {text}.</source>
        <translation>قُرئ الملف جدولًا تفصل بين خلاياه {separator}، بلا صف عناوين: الخانات في العمود {block}، والنص في العمود {text}.</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>الفواصل</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>الفواصل المنقوطة</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>علامات الجدولة</translation>
    </message>
    <message>
        <source>Columns not imported: {columns}.</source>
        <translation>أعمدة لم تُستورد: {columns}.</translation>
    </message>
    <message>
        <source>{count} row with no text was left out (line {lines}).</source>
        <translation>الصفوف المستبعدة لأنها بلا نص: {count} (السطر {lines}).</translation>
    </message>
    <message>
        <source>{count} rows with no text were left out (lines {lines}).</source>
        <translation>الصفوف المستبعدة لأنها بلا نص: {count} (الأسطر {lines}).</translation>
    </message>
    <message>
        <source>{count} rows with no text were left out (the first at lines {lines}).</source>
        <translation>الصفوف المستبعدة لأنها بلا نص: {count} (أولها في الأسطر {lines}).</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>الملف كبير جدًا</translation>
    </message>
    <message>
        <source>The file is {size} MiB; Mizan imports canvases of up to {limit} MiB.</source>
        <translation>حجم الملف {size} MiB؛ ويستورد ميزان اللوحات التي لا يتجاوز حجمها {limit} MiB.</translation>
    </message>
    <message>
        <source>A .mizan document</source>
        <translation>مستند ‎.mizan</translation>
    </message>
    <message>
        <source>This is a .mizan document (an SQLite database), not a file to import: open it as it is.</source>
        <translation>هذا مستند ‎.mizan (قاعدة بيانات SQLite)، لا ملف للاستيراد: افتحه كما هو.</translation>
    </message>
    <message>
        <source>Not valid UTF-16</source>
        <translation>ترميز UTF-16 غير صالح</translation>
    </message>
    <message>
        <source>The file starts as UTF-16 text, but the two bytes at offset {offset} are half of a character.</source>
        <translation>يبدأ الملف نصًا بترميز UTF-16، لكن البايتين عند الموضع {offset} نصفُ محرف.</translation>
    </message>
    <message>
        <source>Empty file</source>
        <translation>ملف فارغ</translation>
    </message>
    <message>
        <source>The file is empty: there is no canvas in it.</source>
        <translation>الملف فارغ: لا توجد فيه لوحة.</translation>
    </message>
    <message>
        <source>Not UTF-8 text</source>
        <translation>ليس نصًا بترميز UTF-8</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text: the byte {byte} at offset {offset} (line {line}) is not valid UTF-8. Save the file as UTF-8 and import it again.</source>
        <translation>الملف ليس نصًا بترميز UTF-8: البايت {byte} عند الموضع {offset} (السطر {line}) ليس UTF-8 صالحًا. احفظ الملف بترميز UTF-8 ثم استورده مجددًا.</translation>
    </message>
    <message>
        <source>Not a canvas</source>
        <translation>ليس لوحة</translation>
    </message>
    <message>
        <source>The file holds binary data (a NUL byte at offset {offset}), not text.</source>
        <translation>يحتوي الملف على بيانات ثنائية (بايت NUL عند الموضع {offset})، لا على نص.</translation>
    </message>
    <message>
        <source>This XML or HTML file is not a Leantime canvas export (it has no &lt;canvas&gt; element).</source>
        <translation>ملف XML أو HTML هذا ليس ملف تصدير للوحة من Leantime (لا يحتوي على العنصر &lt;canvas&gt;).</translation>
    </message>
    <message>
        <source>No block for the notes</source>
        <translation>لا خانة للملاحظات</translation>
    </message>
    <message>
        <source>The {count} note of the file is in no block of the Business Model Canvas, so Mizan cannot tell where it goes.</source>
        <translation>عدد ملاحظات الملف {count}، وهي ليست في أي خانة من خانات لوحة نموذج العمل، فلا يستطيع ميزان أن يعرف أين يضعها.</translation>
    </message>
    <message>
        <source>None of the {count} notes of the file is in a block of the Business Model Canvas, so Mizan cannot tell where they go.</source>
        <translation>عدد ملاحظات الملف {count}، ولا تقع أيٌّ منها في خانة من خانات لوحة نموذج العمل، فلا يستطيع ميزان أن يعرف أين يضعها.</translation>
    </message>
    <message>
        <source>No canvas blocks</source>
        <translation>لا خانات لوحة في الملف</translation>
    </message>
    <message>
        <source>The file has no heading that names a block of the Business Model Canvas (such as &quot;## Key partners&quot; or &quot;## Customer segments&quot;, in English, French, Arabic or Hebrew), so Mizan cannot tell where its notes go.</source>
        <translation>لا يحتوي الملف على عنوان قسم يذكر خانة من خانات لوحة نموذج العمل (مثل «## الشركاء الرئيسيون» أو «## شرائح العملاء»، بالعربية أو العبرية أو الإنجليزية أو الفرنسية)، فلا يستطيع ميزان أن يعرف أين يضع ملاحظاته.</translation>
    </message>
    <message>
        <source>The file has no heading that names a block of the Business Model Canvas (such as &quot;## Key partners&quot; or &quot;## Customer segments&quot;, in English, French, Arabic or Hebrew), so Mizan cannot tell where its notes go. Its headings are {headings}.</source>
        <translation>لا يحتوي الملف على عنوان قسم يذكر خانة من خانات لوحة نموذج العمل (مثل «## الشركاء الرئيسيون» أو «## شرائح العملاء»، بالعربية أو العبرية أو الإنجليزية أو الفرنسية)، فلا يستطيع ميزان أن يعرف أين يضع ملاحظاته. عناوين أقسامه هي {headings}.</translation>
    </message>
    <message>
        <source>The file has no heading that names a block of the Business Model Canvas (such as &quot;## Key partners&quot; or &quot;## Customer segments&quot;, in English, French, Arabic or Hebrew), so Mizan cannot tell where its notes go. Its headings include {headings}.</source>
        <translation>لا يحتوي الملف على عنوان قسم يذكر خانة من خانات لوحة نموذج العمل (مثل «## الشركاء الرئيسيون» أو «## شرائح العملاء»، بالعربية أو العبرية أو الإنجليزية أو الفرنسية)، فلا يستطيع ميزان أن يعرف أين يضع ملاحظاته. من عناوين أقسامه {headings}.</translation>
    </message>
    <message>
        <source>Cut short</source>
        <translation>ملف مبتور</translation>
    </message>
    <message>
        <source>The Leantime export ends inside {element} opened at line {line}: the file is incomplete. Export the board from Leantime again.</source>
        <translation>ينتهي ملف تصدير Leantime داخل {element} المفتوح في السطر {line}: الملف ناقص. صدِّر اللوحة من Leantime مرة أخرى.</translation>
    </message>
    <message>
        <source>Not a Leantime canvas</source>
        <translation>ليس لوحة من Leantime</translation>
    </message>
    <message>
        <source>Expected {element} at line {line}, as Leantime&apos;s canvas export starts; this XML file is something else.</source>
        <translation>كان المتوقع {element} في السطر {line}، كما يبدأ ملف تصدير اللوحة من Leantime؛ ملف XML هذا شيء آخر.</translation>
    </message>
    <message>
        <source>Not a Business Model Canvas</source>
        <translation>ليست لوحة نموذج عمل</translation>
    </message>
    <message>
        <source>This Leantime export holds a {board} board (line {line}); Mizan imports Leantime&apos;s Business Model Canvas boards ({known}).</source>
        <translation>يحتوي ملف تصدير Leantime هذا على لوحة من نوع {board} (السطر {line})؛ ويستورد ميزان من Leantime لوحات نموذج العمل ({known}).</translation>
    </message>
    <message>
        <source>Damaged save</source>
        <translation>ملف حفظ تالف</translation>
    </message>
    <message>
        <source>The Business Model Canvas save is not valid JSON: {reason} at line {line}, column {column}. The file may be cut short.</source>
        <translation>ملف الحفظ من تطبيق Business Model Canvas ليس JSON صالحًا: {reason} في السطر {line}، العمود {column}. ربما يكون الملف مبتورًا.</translation>
    </message>
    <message>
        <source>Not a Business Model Canvas save</source>
        <translation>ليس ملف حفظ من تطبيق Business Model Canvas</translation>
    </message>
    <message>
        <source>The JSON file has no &quot;pages&quot; list, as saves of the Business Model Canvas app have.</source>
        <translation>لا يحتوي ملف JSON على قائمة «pages» التي تحتويها ملفات الحفظ من تطبيق Business Model Canvas.</translation>
    </message>
    <message>
        <source>Empty save</source>
        <translation>ملف حفظ فارغ</translation>
    </message>
    <message>
        <source>The Business Model Canvas save has no pages.</source>
        <translation>ملف الحفظ من تطبيق Business Model Canvas لا يحتوي على أي صفحة.</translation>
    </message>
    <message>
        <source>Invalid save</source>
        <translation>ملف حفظ غير صالح</translation>
    </message>
    <message>
        <source>Page {page} of the save has no &quot;nodes&quot; list.</source>
        <translation>الصفحة {page} من ملف الحفظ لا تحتوي على قائمة «nodes».</translation>
    </message>
    <message>
        <source>No canvas on the page</source>
        <translation>لا لوحة في الصفحة</translation>
    </message>
    <message>
        <source>The open page {page} of the save has none of the Business Model Canvas&apos;s blocks (it uses the empty template), so Mizan cannot tell where its items go.</source>
        <translation>الصفحة المفتوحة {page} في ملف الحفظ لا تحتوي على أي خانة من خانات لوحة نموذج العمل (إذ تستخدم القالب الفارغ)، فلا يستطيع ميزان أن يعرف أين يضع عناصرها.</translation>
    </message>
    <message>
        <source>No block column</source>
        <translation>لا عمود للخانات</translation>
    </message>
    <message>
        <source>Mizan found no column that names the canvas&apos;s blocks. Give the table a header row with a &quot;Block&quot; column and a &quot;Text&quot; column, or put a block&apos;s name (such as &quot;Key partners&quot;) in one column of every row.</source>
        <translation>لم يجد ميزان عمودًا يذكر خانات اللوحة. أضف إلى الجدول صف عناوين فيه عمود «الخانة» وعمود «النص»، أو ضع اسم خانة (مثل «الشركاء الرئيسيون») في أحد أعمدة كل صف.</translation>
    </message>
    <message>
        <source>The quoted field that opens at line {line} is never closed: the file may be cut short.</source>
        <translation>الحقل المحاط بعلامتَي اقتباس الذي يبدأ في السطر {line} لا يُغلق أبدًا: ربما يكون الملف مبتورًا.</translation>
    </message>
    <message>
        <source>No row of the table names a block of the Business Model Canvas: the block column holds {names}.</source>
        <translation>لا يذكر أي صف في الجدول خانةً من خانات لوحة نموذج العمل: يحتوي عمود الخانات على {names}.</translation>
    </message>
</context>
<context>
    <name>Method</name>
    <message>
        <source>The block says how you interact with each customer segment before, during and after delivering value. It is set per segment.</source>
        <translation>تصف هذه الخانة كيف تتفاعل مع كل شريحة من شرائح العملاء قبل إيصال القيمة إليها وأثناءه وبعده. وتُحدَّد لكل شريحة على حدة.</translation>
    </message>
    <message>
        <source>Motivations: acquire customers, retain them, grow each segment (boost sales).</source>
        <translation>الدوافع: جذب العملاء، والحفاظ عليهم، وزيادة كل شريحة (تعزيز المبيعات).</translation>
    </message>
    <message>
        <source>The channels you own shape the relationships you can have. Without a sales or marketing team, &quot;dedicated personal assistance&quot; makes no sense: nobody exists to give it. Checking this is how you test whether the model holds together.</source>
        <translation>القنوات التي تملكها تحدد طبيعة العلاقات التي يمكنك إقامتها. فإذا لم يكن لديك فريق مبيعات أو تسويق، فلا معنى لـ«المساعدة الشخصية المخصصة»: إذ لا يوجد من يقدمها. والتحقق من ذلك هو طريقتك لاختبار تماسك النموذج.</translation>
    </message>
    <message>
        <source>Question 1, depth: deep (continuous contact) or shallow (limited contact), or in between. Through partner channels a relationship is mostly shallow. A deep relationship makes leaving costly for the customer (high switching cost); a shallow one cannot.</source>
        <translation>السؤال 1، العمق: عميقة (تواصل مستمر) أو سطحية (تواصل محدود)، أو في المنتصف بينهما. وعبر قنوات الشركاء تكون العلاقة سطحية في الغالب. العلاقة العميقة تجعل تركك مكلفًا للعميل (تكلفة تحويل عالية)؛ أما السطحية فلا تحقق ذلك.</translation>
    </message>
    <message>
        <source>Question 2, mechanism: automated, self-service, community, personal assistance, dedicated personal assistance.</source>
        <translation>السؤال 2، الآلية: خدمات مؤتمتة، أو خدمة ذاتية، أو مجتمع، أو مساعدة شخصية، أو مساعدة شخصية مخصصة.</translation>
    </message>
    <message>
        <source>Question 3, focus: acquisition or retention.</source>
        <translation>السؤال 3، التركيز: الجذب أو الاحتفاظ.</translation>
    </message>
    <message>
        <source>Question 4, channel: do you own it, or use a partner&apos;s?</source>
        <translation>السؤال 4، القناة: هل تملكها، أم تستخدم قناة أحد الشركاء؟</translation>
    </message>
    <message>
        <source>Then: does this segment&apos;s current channel support the answers? If yes, good. If not, change the answers or the channel.</source>
        <translation>ثم: هل تدعم القناة الحالية لهذه الشريحة إجاباتك؟ إذا نعم، فجيد. وإذا لا، فغيّر إجاباتك أو القناة.</translation>
    </message>
    <message>
        <source>Then pick concrete means that fit the answers and the channel: e.g. personal assistance through a toll-free number, e-mail, or social networks.</source>
        <translation>ثم اختر الوسائل العملية التي تتوافق مع إجاباتك وتتناسب مع القناة: مثلًا مساعدة شخصية عبر رقم مجاني، أو البريد الإلكتروني، أو الشبكات الاجتماعية.</translation>
    </message>
    <message>
        <source>Your voice must fit the audience&apos;s expectations and the chosen mechanism.</source>
        <translation>يجب أن يتناسب صوتك مع تطلعات الجمهور ويتوافق مع الآلية المختارة.</translation>
    </message>
    <message>
        <source>Relationship types: personal assistance (human interaction: point of sale, call centre, e-mail, social); dedicated personal assistance (one representative per client, key accounts); self-service (no direct relationship, you provide the means); automated services (self-service plus automation that recognises the user and recommends: simulated personal relationship); communities (places where users help each other); co-creation (customers add value, e.g. reviews).</source>
        <translation>نماذج العلاقات: المساعدة الشخصية (تفاعل إنساني: موقع البيع، ومركز الاتصال، والبريد الإلكتروني، والشبكات الاجتماعية)؛ المساعدة الشخصية المخصصة (ممثل واحد لكل عميل، كبار العملاء)؛ الخدمة الذاتية (لا علاقة مباشرة، وأنت توفر الوسائل)؛ الخدمات المؤتمتة (خدمة ذاتية مع أتمتة تتعرف على المستخدم وتقدم له التوصيات: محاكاة لعلاقة شخصية)؛ المجتمعات (أماكن يساعد فيها المستخدمون بعضهم بعضًا)؛ الإنشاء المشترك (يضيف العملاء قيمة، مثل التقييمات).</translation>
    </message>
    <message>
        <source>Further examples: newsletters, blogs, events and conferences, call centre or toll-free line, lock-in, manuals shipped with the product, loyalty programs (points, miles), network effects, webinars, tutorials, workshops, sponsorship, referral programs, purely transactional (a fuel station: no attempt at a relationship), partner programs, long-term commitments (B2B contracts, a bank loan).</source>
        <translation>أمثلة أخرى: الرسائل البريدية، والمدونات، والفعاليات والمؤتمرات، ومركز الاتصال أو الخط المجاني، والإقفال (Lock-in)، وكتيبات التعليمات المرفقة بالمنتج، وبرامج الولاء (النقاط، والأميال)، وتأثيرات الشبكة، والندوات عبر الإنترنت، والدروس التعليمية، وورش العمل، والرعاية، وبرامج الإحالة، والعلاقة التعاملية البحتة (محطة الوقود: لا محاولة لتأسيس علاقة)، وبرامج الشراكة، والالتزامات طويلة الأمد (العقود بين الشركات، والقرض المصرفي).</translation>
    </message>
    <message>
        <source>For small and mid-sized businesses, raising retention by 5% raises profit by 25% to 85%.</source>
        <translation>بالنسبة إلى المنشآت الصغيرة والمتوسطة، ترفع زيادةُ معدل الاحتفاظ بالعملاء بنسبة 5% الأرباحَ بنسبة تتراوح بين 25% و85%.</translation>
    </message>
    <message>
        <source>Why customers leave: 68% are unhappy with service quality, 13% the product, 9% competitors.</source>
        <translation>لماذا يرحل العملاء: 68% غير راضين عن جودة الخدمة، و13% بسبب المنتج، و9% بسبب المنافسين.</translation>
    </message>
    <message>
        <source>Know your customers: follow each customer&apos;s journey (landing to leaving) and analyse motivation, first experience, personalisation, change, satisfaction, loyalty.</source>
        <translation>اعرف عملاءك: تتبّع رحلة كل عميل (من وصوله إلى مغادرته) وحلّل الدافع، والتجربة الأولى، والتخصيص، والتغيير، والرضا، والولاء.</translation>
    </message>
    <message>
        <source>Build buyer personas to reach the right customers with the right material at the right time.</source>
        <translation>أنشئ شخصيات المشترين (buyer personas) للوصول إلى العملاء المناسبين بالمحتوى المناسب في الوقت المناسب.</translation>
    </message>
    <message>
        <source>Winning a new customer costs about 6 times as much as keeping one.</source>
        <translation>كسب عميل جديد يكلّف نحو 6 أضعاف تكلفة الاحتفاظ بعميل حالي.</translation>
    </message>
    <message>
        <source>Define customer expectations. Keeping 19 promises of 20 is not enough: one failure erases trust. Survey service level at every contact; leave no request unanswered; promise deadlines you can beat (can fix in 5 minutes: promise half an hour).</source>
        <translation>حدّد توقعات العملاء. الوفاء بـ19 وعدًا من 20 لا يكفي: فإخفاق واحد يمحو الثقة. استطلع مستوى الخدمة عند كل تواصل؛ ولا تترك أي طلب دون رد؛ وعِد بمواعيد تستطيع التفوق عليها (إن كان الإصلاح يستغرق 5 دقائق فعِد بنصف ساعة).</translation>
    </message>
    <message>
        <source>Keep the relationship alive: CRM tools, an annual calendar of to-do lists, help in daily activities, anticipate incidents, regular contact about new offers, someone responsible for every customer.</source>
        <translation>حافظ على حيوية العلاقة: أدوات إدارة علاقات العملاء (CRM)، وتقويم سنوي لقوائم المهام، والمساعدة في الأنشطة اليومية، واستباق المشكلات، والتواصل المنتظم بشأن العروض الجديدة، وشخص مسؤول عن كل عميل.</translation>
    </message>
    <message>
        <source>Social channels, useful news, an e-mail strategy, a blog.</source>
        <translation>القنوات الاجتماعية، والأخبار المفيدة، واستراتيجية للبريد الإلكتروني، ومدونة.</translation>
    </message>
    <message>
        <source>Personal touches: birthday and anniversary messages, handwritten letters, special offers for top customers, a personal call on their day.</source>
        <translation>اللمسات الشخصية: رسائل أعياد الميلاد والمناسبات السنوية، والرسائل المكتوبة بخط اليد، والعروض الخاصة لأفضل العملاء، ومكالمة شخصية في يومهم الخاص.</translation>
    </message>
    <message>
        <source>Loyalty rests on customer-service KPIs and consistent service; self-service knowledge base; expert advice; online groups.</source>
        <translation>يقوم الولاء على مؤشرات الأداء الرئيسية لخدمة العملاء وعلى خدمة متسقة؛ وقاعدة معرفة للخدمة الذاتية؛ ونصائح الخبراء؛ ومجموعات عبر الإنترنت.</translation>
    </message>
    <message>
        <source>Keep a set of KPIs that measures growth.</source>
        <translation>احتفظ بمجموعة من مؤشرات الأداء الرئيسية تقيس النمو.</translation>
    </message>
    <message>
        <source>Feedback surveys: every customer counts; monitor individual feedback; it shows what to fix and what to be proud of, and predicts trends.</source>
        <translation>استبيانات الآراء: كل عميل مهم؛ راقب الآراء الفردية؛ فهي تُظهر ما يجب إصلاحه وما يستحق الفخر، وتتنبأ بالاتجاهات.</translation>
    </message>
    <message>
        <source>Firms chase relationships through more contact, data harvesting and tailored offers.</source>
        <translation>تسعى الشركات وراء العلاقات عبر مزيد من التواصل، وجمع البيانات، والعروض المخصصة.</translation>
    </message>
    <message>
        <source>Customers do not want relationships: they value anonymity (69% of about 6,000 online consumers very or extremely worried about losing control of personal data), follow their own agendas (3% of packaged-goods site visitors look for lifestyle content), and stay suspicious.</source>
        <translation>العملاء لا يريدون علاقات: فهم يقدّرون إخفاء هويتهم (69% من نحو 6000 مستهلك عبر الإنترنت قلقون جدًا أو للغاية من فقدان السيطرة على بياناتهم الشخصية)، ويتبعون أولوياتهم الخاصة (3% من زوار مواقع السلع المعبأة يبحثون عن محتوى أسلوب الحياة)، ويبقون متشككين.</translation>
    </message>
    <message>
        <source>Make every touchpoint a satisfying experience; redesign internal processes, not customers (a hotel built one unified contact centre instead of asking callers to pick the right number).</source>
        <translation>اجعل كل نقطة تواصل تجربة مُرضية؛ أعد تصميم العمليات الداخلية، لا العملاء (أنشأ فندق مركز اتصال موحدًا بدلًا من أن يطلب من المتصلين اختيار الرقم الصحيح).</translation>
    </message>
    <message>
        <source>Meet today&apos;s goals, do not count on loyalty; scenario questions: who are the users, what are their goals, how do they reach them.</source>
        <translation>حقق أهداف اليوم، ولا تعوّل على الولاء؛ أسئلة السيناريو: من هم المستخدمون، وما أهدافهم، وكيف يبلغونها.</translation>
    </message>
    <message>
        <source>Measure the outcome (was the problem solved, and when), not the activity (how fast a reply went out).</source>
        <translation>قِس النتيجة (هل حُلّت المشكلة، ومتى)، لا النشاط (مدى سرعة إرسال الرد).</translation>
    </message>
    <message>
        <source>Touchpoints drive purchase decisions today; each is an opportunity and a risk.</source>
        <translation>نقاط التواصل هي ما يحرك قرارات الشراء اليوم؛ وكل منها فرصة وخطر في آن واحد.</translation>
    </message>
    <message>
        <source>Identify the customer and segment, their needs and priorities, then serve them at each touchpoint as their life events change.</source>
        <translation>حدّد العميل والشريحة، واحتياجاتهم وأولوياتهم، ثم اخدمهم عند كل نقطة تواصل مع تغيّر أحداث حياتهم.</translation>
    </message>
    <message>
        <source>The lifecycle: shopping, purchase, receipt (delivery), payment, use, after-sales service; through one channel or several.</source>
        <translation>دورة الحياة: التسوق، والشراء، والاستلام (التسليم)، والدفع، والاستخدام، وخدمة ما بعد البيع؛ عبر قناة واحدة أو عدة قنوات.</translation>
    </message>
    <message>
        <source>Customers want one long relationship and the same experience whatever the channel: staff know them, what they ordered, their preferences and history pass to the next touchpoint, data is shared across channels.</source>
        <translation>يريد العملاء علاقة واحدة طويلة وتجربة واحدة أيًا كانت القناة: يعرفهم الموظفون، وينتقل ما طلبوه وتفضيلاتهم وتاريخهم إلى نقطة التواصل التالية، وتُشارَك البيانات بين القنوات.</translation>
    </message>
    <message>
        <source>A company that treats touchpoints as mere distribution and payment points is siloed and confuses customers.</source>
        <translation>الشركة التي تعامل نقاط التواصل على أنها مجرد نقاط توزيع ودفع تعمل في جزر منعزلة وتربك العملاء.</translation>
    </message>
    <message>
        <source>Products look alike; the experience is what keeps customers.</source>
        <translation>المنتجات متشابهة؛ والتجربة هي ما يحافظ على العملاء.</translation>
    </message>
    <message>
        <source>The relationship is every exchange between company and customer, across all sales channels and touchpoints; CRM adds data and technology.</source>
        <translation>العلاقة هي كل تبادل بين الشركة والعميل، عبر جميع قنوات البيع ونقاط التواصل؛ وتضيف إدارة علاقات العملاء (CRM) البيانات والتقنية.</translation>
    </message>
    <message>
        <source>Goals: more revenue per account (repeat and cross-selling), better customer profitability, no slow drain to competitors.</source>
        <translation>الأهداف: إيراد أكبر لكل حساب (تكرار الشراء والبيع المتقاطع)، وربحية أفضل للعملاء، ومنع التسرب البطيء إلى المنافسين.</translation>
    </message>
    <message>
        <source>Three levers: satisfaction (analyse and meet needs exactly), experience (memorable moments along the purchase journey), engagement (customers who recommend you, ambassadors, suggestions).</source>
        <translation>ثلاث روافع: الرضا (تحليل الاحتياجات وتلبيتها بدقة)، والتجربة (لحظات لا تُنسى على امتداد رحلة الشراء)، والانخراط (عملاء يوصون بك، وسفراء، واقتراحات).</translation>
    </message>
    <message>
        <source>Watch multichannel consistency: the messages of every channel must agree.</source>
        <translation>راقب الاتساق بين القنوات المتعددة: يجب أن تتفق رسائل كل القنوات.</translation>
    </message>
    <message>
        <source>Control every touchpoint, back office included (after-sales, accounting, the store): service quality is judged by every contact.</source>
        <translation>تحكّم في كل نقطة تواصل، بما فيها المكاتب الخلفية (خدمة ما بعد البيع، والمحاسبة، والمتجر): فجودة الخدمة يُحكم عليها من كل تواصل.</translation>
    </message>
    <message>
        <source>Measure perception with satisfaction surveys, not only internal indicators.</source>
        <translation>قِس الانطباع باستبيانات الرضا، لا بالمؤشرات الداخلية وحدها.</translation>
    </message>
    <message>
        <source>Social networks multiply the stakes: customers want to share opinions, good or bad.</source>
        <translation>تضاعف الشبكات الاجتماعية المخاطر: فالعملاء يريدون مشاركة آرائهم، جيدة كانت أم سيئة.</translation>
    </message>
</context>
<context>
    <name>NoteWords</name>
    <message>
        <source>%1 customers</source>
        <translation>عدد العملاء: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n phases</source>
        <translation>
            <numerusform>%n مرحلة</numerusform>
            <numerusform>%n مرحلة</numerusform>
            <numerusform>%n مرحلتان</numerusform>
            <numerusform>%n مراحل</numerusform>
            <numerusform>%n مرحلة</numerusform>
            <numerusform>%n مرحلة</numerusform>
        </translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>الشريحة: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n شخص</numerusform>
            <numerusform>%n شخص</numerusform>
            <numerusform>%n شخصان</numerusform>
            <numerusform>%n أشخاص</numerusform>
            <numerusform>%n شخصًا</numerusform>
            <numerusform>%n شخص</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Not answered</source>
        <translation>لم تتم الإجابة</translation>
    </message>
    <message>
        <source>Appendix: notes continued</source>
        <translation>ملحق: تتمة الملاحظات</translation>
    </message>
    <message>
        <source>Relationship plan: %1</source>
        <translation>خطة العلاقة: %1</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>الشريحة</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>السوق</translation>
    </message>
    <message>
        <source>Estimated customers</source>
        <translation>العدد التقديري للعملاء</translation>
    </message>
    <message>
        <source>Revenue per customer per year</source>
        <translation>الإيراد السنوي لكل عميل</translation>
    </message>
    <message>
        <source>Relationship plan</source>
        <translation>خطة العلاقة</translation>
    </message>
    <message>
        <source>No plan yet (CR1).</source>
        <translation>لا توجد خطة بعد (CR1).</translation>
    </message>
    <message>
        <source>Depth (CR4)</source>
        <translation>العمق (CR4)</translation>
    </message>
    <message>
        <source>Mechanisms (CR5)</source>
        <translation>الآليات (CR5)</translation>
    </message>
    <message>
        <source>Focus (CR6)</source>
        <translation>التركيز (CR6)</translation>
    </message>
    <message>
        <source>ownership not set</source>
        <translation>الملكية غير محددة</translation>
    </message>
    <message>
        <source>Channels (CR7)</source>
        <translation>القنوات (CR7)</translation>
    </message>
    <message>
        <source>Means (CR9)</source>
        <translation>الوسائل (CR9)</translation>
    </message>
    <message>
        <source>Voice (CR10)</source>
        <translation>الصوت (CR10)</translation>
    </message>
    <message>
        <source>Voice on %1</source>
        <translation>الصوت على %1</translation>
    </message>
    <message>
        <source>Privacy stance (EX2)</source>
        <translation>الموقف من الخصوصية (EX2)</translation>
    </message>
    <message>
        <source>Does the channel support it? (CR8)</source>
        <translation>هل تدعمها القناة؟ (CR8)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>نتائج الفحص</translation>
    </message>
    <message>
        <source>No findings: the blocks hold together.</source>
        <translation>لا توجد نتائج: الخانات متسقة فيما بينها.</translation>
    </message>
    <message>
        <source>Untitled canvas</source>
        <translation>لوحة بلا عنوان</translation>
    </message>
    <message>
        <source>Business Model Canvas by Strategyzer AG (strategyzer.com), CC BY-SA 3.0</source>
        <translation>لوحة نموذج العمل (Business Model Canvas) من Strategyzer AG (strategyzer.com)، بموجب رخصة CC BY-SA 3.0</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>▸ Continued in the appendix, page %1</source>
        <translation>▸ التتمة في الملحق، الصفحة %1</translation>
    </message>
    <message>
        <source>▸ Continued in the appendix</source>
        <translation>▸ التتمة في الملحق</translation>
    </message>
    <message>
        <source>Touchpoints (TP3)</source>
        <translation>نقاط التواصل (TP3)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>ما يحدث</translation>
    </message>
    <message>
        <source>Office (RM5)</source>
        <translation>المكتب الأمامي أو الخلفي (RM5)</translation>
    </message>
    <message>
        <source>Owner (RT7)</source>
        <translation>المسؤول (RT7)</translation>
    </message>
    <message>
        <source>Measure (EX5)</source>
        <translation>المقياس (EX5)</translation>
    </message>
    <message>
        <source>Retention economics (RT1, RT5)</source>
        <translation>اقتصاديات الاحتفاظ بالعملاء (RT1، RT5)</translation>
    </message>
    <message>
        <source>Lifetime value of a customer</source>
        <translation>قيمة العميل مدى الحياة</translation>
    </message>
    <message>
        <source>Periods to pay back winning a customer</source>
        <translation>عدد الفترات اللازمة لاسترداد تكلفة كسب عميل</translation>
    </message>
    <message>
        <source>Effect of 5 more points kept on that value (%)</source>
        <translation>أثر رفع معدل الاحتفاظ 5 نقاط في هذه القيمة (%)</translation>
    </message>
    <message>
        <source>Published reference (RT1)</source>
        <translation>مرجع منشور (RT1)</translation>
    </message>
    <message>
        <source>5% more retention: 25% to 85% more profit</source>
        <translation>زيادة الاحتفاظ بالعملاء بنسبة 5%: زيادة الأرباح بنسبة 25% إلى 85%</translation>
    </message>
    <message>
        <source>Why customers leave (RT2)</source>
        <translation>لماذا يرحل العملاء (RT2)</translation>
    </message>
    <message>
        <source>service %1%, product %2%, competitors %3%, other %4%</source>
        <translation>الخدمة %1%، المنتج %2%، المنافسون %3%، أسباب أخرى %4%</translation>
    </message>
    <message>
        <source>Persona: %1</source>
        <translation>شخصية المشتري: %1</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>من هم</translation>
    </message>
    <message>
        <source>Goals and how they reach them (EX4)</source>
        <translation>أهدافهم وكيف يبلغونها (EX4)</translation>
    </message>
    <message>
        <source>Journey (RT3)</source>
        <translation>رحلة العميل (RT3)</translation>
    </message>
    <message>
        <source>Relationship calendar</source>
        <translation>تقويم العلاقات</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>First date</source>
        <translation>أول موعد</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>التكرار</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Every segment</source>
        <translation>كل الشرائح</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n شخص</numerusform>
            <numerusform>%n شخص</numerusform>
            <numerusform>%n شخصان</numerusform>
            <numerusform>%n أشخاص</numerusform>
            <numerusform>%n شخصًا</numerusform>
            <numerusform>%n شخص</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody named</source>
        <translation>لم يُذكر أحد</translation>
    </message>
    <message>
        <source>Whom these serve is not said: %1</source>
        <translation>لم يُحدَّد مَن يخدمه هؤلاء: %1</translation>
    </message>
    <message>
        <source>People who serve it (CR3)</source>
        <translation>الأشخاص الذين يخدمونها (CR3)</translation>
    </message>
    <message>
        <source>Surveyed (RM6)</source>
        <translation>استُطلع الرضا (RM6)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Rests on a suggested answer, not yet confirmed.</source>
        <translation>تستند إلى إجابة مقترحة لم تُؤكَّد بعد.</translation>
    </message>
    <message>
        <source>What this means</source>
        <translation>ما يعنيه ذلك</translation>
    </message>
    <message>
        <source>An empty canvas: nothing to check yet.</source>
        <translation>لوحة فارغة: لا شيء للفحص بعد.</translation>
    </message>
    <message>
        <source>No customer segment yet: the checklist judges each segment&apos;s relationship.</source>
        <translation>لا توجد شريحة عملاء بعد: تحكم قائمة الفحص على علاقة كل شريحة.</translation>
    </message>
</context>
<context>
    <name>Starters</name>
    <message>
        <source>Subscription</source>
        <translation>اشتراك</translation>
    </message>
    <message>
        <source>A recurring offer: subscribers won once and kept month after month.</source>
        <translation>عرض متكرر: مشتركون يُجذبون مرة واحدة ويُحافَظ عليهم شهرًا بعد شهر.</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>منصة سوق</translation>
    </message>
    <message>
        <source>Two sides, buyers and sellers, each a segment with its own relationship.</source>
        <translation>جانبان، المشترون والبائعون، كلٌّ منهما شريحة لها علاقتها الخاصة.</translation>
    </message>
    <message>
        <source>B2B services</source>
        <translation>خدمات للشركات (B2B)</translation>
    </message>
    <message>
        <source>Business clients served by account managers, and smaller ones served online.</source>
        <translation>عملاء من الشركات يخدمهم مديرو حسابات، وعملاء أصغر يُخدَمون عبر الإنترنت.</translation>
    </message>
    <message>
        <source>Local shop</source>
        <translation>متجر محلي</translation>
    </message>
    <message>
        <source>A neighbourhood shop: regulars, passers-by, the counter and the owner.</source>
        <translation>متجر الحي: زبائن دائمون، ومارّة، والمنضدة، وصاحب المتجر.</translation>
    </message>
    <message>
        <source>Coffee roastery (English)</source>
        <translation>محمصة قهوة (بالإنجليزية)</translation>
    </message>
    <message>
        <source>Subscribers, cafés and gift buyers; a finished canvas with a few contradictions to find.</source>
        <translation>مشتركون ومقاهٍ ومشترو هدايا؛ لوحة مكتملة فيها بعض التناقضات التي عليك اكتشافها.</translation>
    </message>
    <message>
        <source>Tailoring atelier (Arabic)</source>
        <translation>مشغل خياطة (بالعربية)</translation>
    </message>
    <message>
        <source>Brides, companies ordering uniforms and everyday clients, written right to left.</source>
        <translation>عرائس، وشركات تطلب أزياء موحدة، وعملاء يوميون، مكتوبة من اليمين إلى اليسار.</translation>
    </message>
    <message>
        <source>Dental clinic (Hebrew)</source>
        <translation>عيادة أسنان (بالعبرية)</translation>
    </message>
    <message>
        <source>Families, implant patients and local employers, written right to left.</source>
        <translation>عائلات، ومرضى زراعة الأسنان، وأصحاب عمل محليون، مكتوبة من اليمين إلى اليسار.</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <source>Segment it is for</source>
        <translation>الشريحة التي وُضعت لها</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>الآلية</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>التركيز</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>العمق</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>الوسائل</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>الصوت</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>الملكية</translation>
    </message>
    <message>
        <source>Phase it covers</source>
        <translation>المرحلة التي تغطيها</translation>
    </message>
    <message>
        <source>Means it offers</source>
        <translation>الوسائل التي تقدمها</translation>
    </message>
    <message>
        <source>Segment it serves</source>
        <translation>الشريحة التي تخدمها</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>عدد الأفراد</translation>
    </message>
    <message>
        <source>Whom the team serves</source>
        <translation>مَن يخدمه الفريق</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>السوق</translation>
    </message>
    <message>
        <source>Estimated customers</source>
        <translation>العدد التقديري للعملاء</translation>
    </message>
    <message>
        <source>What it provides</source>
        <translation>ما يقدمه</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Customer segments</source>
        <translation>شرائح العملاء</translation>
    </message>
    <message>
        <source>Value propositions</source>
        <translation>القيمة المقدمة</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>القنوات</translation>
    </message>
    <message>
        <source>Customer relationships</source>
        <translation>العلاقات مع العملاء</translation>
    </message>
    <message>
        <source>Revenue streams</source>
        <translation>مصادر الإيرادات</translation>
    </message>
    <message>
        <source>Key resources</source>
        <translation>الموارد الرئيسية</translation>
    </message>
    <message>
        <source>Key activities</source>
        <translation>الأنشطة الرئيسية</translation>
    </message>
    <message>
        <source>Key partners</source>
        <translation>الشركاء الرئيسيون</translation>
    </message>
    <message>
        <source>Cost structure</source>
        <translation>هيكل التكاليف</translation>
    </message>
    <message>
        <source>Follow the text</source>
        <translation>حسب النص</translation>
    </message>
    <message>
        <source>Left to right</source>
        <translation>من اليسار إلى اليمين</translation>
    </message>
    <message>
        <source>Right to left</source>
        <translation>من اليمين إلى اليسار</translation>
    </message>
    <message>
        <source>Mass market</source>
        <translation>السوق الشامل</translation>
    </message>
    <message>
        <source>One large group with broadly similar needs.</source>
        <translation>مجموعة واحدة كبيرة ذات احتياجات متشابهة إلى حد كبير.</translation>
    </message>
    <message>
        <source>Niche market</source>
        <translation>السوق المتخصص</translation>
    </message>
    <message>
        <source>A specific, specialised group.</source>
        <translation>مجموعة محددة ومتخصصة.</translation>
    </message>
    <message>
        <source>Segmented</source>
        <translation>السوق المجزأ</translation>
    </message>
    <message>
        <source>Groups with slightly different needs and problems.</source>
        <translation>مجموعات ذات احتياجات ومشكلات مختلفة قليلًا.</translation>
    </message>
    <message>
        <source>Diversified</source>
        <translation>السوق المتنوع</translation>
    </message>
    <message>
        <source>Unrelated groups with very different needs.</source>
        <translation>مجموعات غير مترابطة ذات احتياجات مختلفة جدًا.</translation>
    </message>
    <message>
        <source>Multi-sided platform</source>
        <translation>منصة متعددة الأطراف</translation>
    </message>
    <message>
        <source>Two or more interdependent groups.</source>
        <translation>مجموعتان مترابطتان أو أكثر يعتمد بعضها على بعض.</translation>
    </message>
    <message>
        <source>Owned</source>
        <translation>مملوكة</translation>
    </message>
    <message>
        <source>Your own channel: you shape the relationship it carries.</source>
        <translation>قناتك الخاصة: أنت من يشكّل العلاقة التي تحملها.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>تابعة لشريك</translation>
    </message>
    <message>
        <source>A partner&apos;s channel: relationships through it are mostly shallow.</source>
        <translation>قناة أحد الشركاء: العلاقات عبرها سطحية في الغالب.</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>مباشرة</translation>
    </message>
    <message>
        <source>You reach the customer yourself.</source>
        <translation>تصل إلى العميل بنفسك.</translation>
    </message>
    <message>
        <source>Indirect</source>
        <translation>غير مباشرة</translation>
    </message>
    <message>
        <source>You reach the customer through intermediaries.</source>
        <translation>تصل إلى العميل عبر وسطاء.</translation>
    </message>
    <message>
        <source>Awareness</source>
        <translation>الوعي</translation>
    </message>
    <message>
        <source>How customers come to know the offer.</source>
        <translation>كيف يتعرف العملاء على العرض.</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>How customers judge the value proposition.</source>
        <translation>كيف يقيّم العملاء القيمة المقدمة.</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>الشراء</translation>
    </message>
    <message>
        <source>How customers buy.</source>
        <translation>كيف يشتري العملاء.</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>التسليم</translation>
    </message>
    <message>
        <source>How the value proposition reaches them.</source>
        <translation>كيف تصل إليهم القيمة المقدمة.</translation>
    </message>
    <message>
        <source>After-sales</source>
        <translation>ما بعد البيع</translation>
    </message>
    <message>
        <source>Support after the purchase.</source>
        <translation>الدعم بعد الشراء.</translation>
    </message>
    <message>
        <source>Toll-free line</source>
        <translation>الخط المجاني</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Social networks</source>
        <translation>الشبكات الاجتماعية</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>الدردشة</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>التواصل الحضوري</translation>
    </message>
    <message>
        <source>Web self-service</source>
        <translation>الخدمة الذاتية عبر الويب</translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation>تطبيق الجوال</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>مكالمات الفيديو</translation>
    </message>
    <message>
        <source>Text messages</source>
        <translation>الرسائل النصية</translation>
    </message>
    <message>
        <source>Letters by post</source>
        <translation>الرسائل البريدية الورقية</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>الفعاليات</translation>
    </message>
    <message>
        <source>Online forum</source>
        <translation>المنتدى الإلكتروني</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>قاعدة المعرفة</translation>
    </message>
    <message>
        <source>Deep</source>
        <translation>عميقة</translation>
    </message>
    <message>
        <source>Continuous contact; leaving becomes costly for the customer.</source>
        <translation>تواصل مستمر؛ يصبح ترك العلاقة مكلفًا للعميل.</translation>
    </message>
    <message>
        <source>In between</source>
        <translation>بين العميقة والسطحية</translation>
    </message>
    <message>
        <source>Regular but limited contact.</source>
        <translation>تواصل منتظم لكنه محدود.</translation>
    </message>
    <message>
        <source>Shallow</source>
        <translation>سطحية</translation>
    </message>
    <message>
        <source>Limited contact; the customer can leave at no cost.</source>
        <translation>تواصل محدود؛ يستطيع العميل المغادرة دون أي تكلفة.</translation>
    </message>
    <message>
        <source>Personal assistance</source>
        <translation>المساعدة الشخصية</translation>
    </message>
    <message>
        <source>Human interaction: point of sale, call centre, e-mail, social networks.</source>
        <translation>تفاعل إنساني: موقع البيع، ومركز الاتصال، والبريد الإلكتروني، والشبكات الاجتماعية.</translation>
    </message>
    <message>
        <source>Dedicated personal assistance</source>
        <translation>المساعدة الشخصية المخصصة</translation>
    </message>
    <message>
        <source>One representative per client, as for key accounts.</source>
        <translation>ممثل واحد لكل عميل، كما في خدمة كبار العملاء.</translation>
    </message>
    <message>
        <source>Self-service</source>
        <translation>الخدمة الذاتية</translation>
    </message>
    <message>
        <source>No direct relationship: you provide the means.</source>
        <translation>لا علاقة مباشرة: أنت توفر الوسائل.</translation>
    </message>
    <message>
        <source>Automated services</source>
        <translation>الخدمات المؤتمتة</translation>
    </message>
    <message>
        <source>Self-service with automation that recognises the user and recommends.</source>
        <translation>خدمة ذاتية مع أتمتة تتعرف على المستخدم وتقدم له التوصيات.</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>المجتمعات</translation>
    </message>
    <message>
        <source>Places where users help each other.</source>
        <translation>أماكن يساعد فيها المستخدمون بعضهم بعضًا.</translation>
    </message>
    <message>
        <source>Co-creation</source>
        <translation>الإنشاء المشترك</translation>
    </message>
    <message>
        <source>Customers add value, for example with reviews.</source>
        <translation>يضيف العملاء قيمة، بالتقييمات مثلًا.</translation>
    </message>
    <message>
        <source>Newsletters</source>
        <translation>النشرات البريدية</translation>
    </message>
    <message>
        <source>Regular news sent to customers.</source>
        <translation>أخبار منتظمة تُرسل إلى العملاء.</translation>
    </message>
    <message>
        <source>Blogs</source>
        <translation>المدونات</translation>
    </message>
    <message>
        <source>Useful articles customers come back for.</source>
        <translation>مقالات مفيدة يعود إليها العملاء.</translation>
    </message>
    <message>
        <source>Events and conferences</source>
        <translation>الفعاليات والمؤتمرات</translation>
    </message>
    <message>
        <source>Meeting customers in person.</source>
        <translation>لقاء العملاء وجهًا لوجه.</translation>
    </message>
    <message>
        <source>Call centre or toll-free line</source>
        <translation>مركز الاتصال أو الخط المجاني</translation>
    </message>
    <message>
        <source>A number customers can always call.</source>
        <translation>رقم يستطيع العملاء الاتصال به في أي وقت.</translation>
    </message>
    <message>
        <source>Lock-in</source>
        <translation>الإقفال (Lock-in)</translation>
    </message>
    <message>
        <source>Leaving means losing something: data, set-up, compatibility.</source>
        <translation>المغادرة تعني خسارة شيء ما: البيانات، أو الإعدادات، أو التوافق.</translation>
    </message>
    <message>
        <source>Manuals with the product</source>
        <translation>كتيبات التعليمات المرفقة بالمنتج</translation>
    </message>
    <message>
        <source>Guidance shipped with what you sell.</source>
        <translation>إرشادات تُرفق بما تبيعه.</translation>
    </message>
    <message>
        <source>Loyalty program</source>
        <translation>برنامج الولاء</translation>
    </message>
    <message>
        <source>Points, miles and rewards for staying.</source>
        <translation>نقاط وأميال ومكافآت مقابل البقاء.</translation>
    </message>
    <message>
        <source>Network effects</source>
        <translation>تأثيرات الشبكة</translation>
    </message>
    <message>
        <source>The product is worth more as more people use it.</source>
        <translation>تزداد قيمة المنتج كلما ازداد عدد مستخدميه.</translation>
    </message>
    <message>
        <source>Webinars</source>
        <translation>الندوات عبر الإنترنت</translation>
    </message>
    <message>
        <source>Online sessions that teach and keep in touch.</source>
        <translation>جلسات عبر الإنترنت للتعليم والبقاء على تواصل.</translation>
    </message>
    <message>
        <source>Tutorials</source>
        <translation>الدروس التعليمية</translation>
    </message>
    <message>
        <source>Step-by-step help customers follow alone.</source>
        <translation>مساعدة خطوة بخطوة يتبعها العملاء بأنفسهم.</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>ورش العمل</translation>
    </message>
    <message>
        <source>Hands-on sessions with customers.</source>
        <translation>جلسات تطبيقية مع العملاء.</translation>
    </message>
    <message>
        <source>Sponsorship</source>
        <translation>الرعاية</translation>
    </message>
    <message>
        <source>Supporting what customers care about.</source>
        <translation>دعم ما يهتم به العملاء.</translation>
    </message>
    <message>
        <source>Referral program</source>
        <translation>برنامج الإحالة</translation>
    </message>
    <message>
        <source>Customers rewarded for bringing others.</source>
        <translation>مكافأة العملاء على جلب عملاء آخرين.</translation>
    </message>
    <message>
        <source>Purely transactional</source>
        <translation>علاقة تعاملية بحتة</translation>
    </message>
    <message>
        <source>No attempt at a relationship, like a fuel station.</source>
        <translation>لا محاولة لتأسيس علاقة، كما في محطة الوقود.</translation>
    </message>
    <message>
        <source>Partner program</source>
        <translation>برنامج الشركاء</translation>
    </message>
    <message>
        <source>A structured relationship with reselling partners.</source>
        <translation>علاقة منظمة مع شركاء إعادة البيع.</translation>
    </message>
    <message>
        <source>Long-term commitment</source>
        <translation>الالتزام طويل الأمد</translation>
    </message>
    <message>
        <source>Contracts that bind for years, like a bank loan.</source>
        <translation>عقود ملزمة لسنوات، مثل القرض المصرفي.</translation>
    </message>
    <message>
        <source>Personal touches</source>
        <translation>اللمسات الشخصية</translation>
    </message>
    <message>
        <source>Birthday and anniversary messages, handwritten letters, a call on their day.</source>
        <translation>رسائل أعياد الميلاد والمناسبات السنوية، والرسائل المكتوبة بخط اليد، ومكالمة في يومهم الخاص.</translation>
    </message>
    <message>
        <source>Tailored offers</source>
        <translation>العروض المخصصة</translation>
    </message>
    <message>
        <source>Offers built from what you know about the customer.</source>
        <translation>عروض مبنية على ما تعرفه عن العميل.</translation>
    </message>
    <message>
        <source>Acquisition</source>
        <translation>الجذب</translation>
    </message>
    <message>
        <source>Win new customers.</source>
        <translation>كسب عملاء جدد.</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>الاحتفاظ</translation>
    </message>
    <message>
        <source>Keep the customers you have.</source>
        <translation>الحفاظ على العملاء الحاليين.</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>النمو</translation>
    </message>
    <message>
        <source>Sell more to each segment: repeat and cross-selling.</source>
        <translation>بيع المزيد لكل شريحة: تكرار الشراء والبيع المتقاطع.</translation>
    </message>
    <message>
        <source>Formal</source>
        <translation>رسمية</translation>
    </message>
    <message>
        <source>Friendly</source>
        <translation>ودية</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>متخصصة</translation>
    </message>
    <message>
        <source>Playful</source>
        <translation>مرحة</translation>
    </message>
    <message>
        <source>Caring</source>
        <translation>متعاطفة</translation>
    </message>
    <message>
        <source>Inspiring</source>
        <translation>ملهمة</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>المبيعات</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>التسويق</translation>
    </message>
    <message>
        <source>Customer support</source>
        <translation>دعم العملاء</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>المجتمع</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Software platform</source>
        <translation>منصة برمجية</translation>
    </message>
    <message>
        <source>What automated services run on.</source>
        <translation>ما تعمل عليه الخدمات المؤتمتة.</translation>
    </message>
    <message>
        <source>Customer data</source>
        <translation>بيانات العملاء</translation>
    </message>
    <message>
        <source>What automation learns from.</source>
        <translation>ما تتعلم منه الأتمتة.</translation>
    </message>
    <message>
        <source>Community management</source>
        <translation>إدارة المجتمع</translation>
    </message>
    <message>
        <source>Someone who runs and moderates the community.</source>
        <translation>شخص يدير المجتمع ويشرف عليه.</translation>
    </message>
    <message>
        <source>Review and idea collection</source>
        <translation>جمع التقييمات والأفكار</translation>
    </message>
    <message>
        <source>A way for customers to add reviews and ideas.</source>
        <translation>وسيلة تتيح للعملاء إضافة التقييمات والأفكار.</translation>
    </message>
    <message>
        <source>Satisfaction surveys</source>
        <translation>استبيانات الرضا</translation>
    </message>
    <message>
        <source>Perception measured by asking customers.</source>
        <translation>قياس الانطباع بسؤال العملاء.</translation>
    </message>
    <message>
        <source>Outcome measurement</source>
        <translation>قياس النتائج</translation>
    </message>
    <message>
        <source>Whether the problem was solved, and when.</source>
        <translation>هل حُلّت المشكلة، ومتى.</translation>
    </message>
    <message>
        <source>Shared customer record</source>
        <translation>سجل عميل موحّد</translation>
    </message>
    <message>
        <source>History that follows the customer from channel to channel.</source>
        <translation>سجل يتبع العميل من قناة إلى أخرى.</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>العمق</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>الآلية</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>التركيز</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>Channel ownership</source>
        <translation>ملكية القناة</translation>
    </message>
    <message>
        <source>Concrete means</source>
        <translation>الوسائل العملية</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>الصوت</translation>
    </message>
    <message>
        <source>Who are our key partners?</source>
        <translation>من هم شركاؤنا الرئيسيون؟</translation>
    </message>
    <message>
        <source>Who are our key suppliers?</source>
        <translation>من هم موردونا الرئيسيون؟</translation>
    </message>
    <message>
        <source>Which key resources do we acquire from partners?</source>
        <translation>ما الموارد الرئيسية التي نحصل عليها من الشركاء؟</translation>
    </message>
    <message>
        <source>Which key activities do partners perform?</source>
        <translation>ما الأنشطة الرئيسية التي يؤديها الشركاء؟</translation>
    </message>
    <message>
        <source>What key activities do our value propositions require?</source>
        <translation>ما الأنشطة الرئيسية التي تتطلبها القيمة المقدمة لدينا؟</translation>
    </message>
    <message>
        <source>Our distribution channels? Customer relationships?</source>
        <translation>قنوات التوزيع لدينا؟ العلاقات مع العملاء؟</translation>
    </message>
    <message>
        <source>Revenue streams?</source>
        <translation>مصادر الإيرادات؟</translation>
    </message>
    <message>
        <source>What key resources do our value propositions require?</source>
        <translation>ما الموارد الرئيسية التي تتطلبها القيمة المقدمة لدينا؟</translation>
    </message>
    <message>
        <source>Who in the team can give personal assistance?</source>
        <translation>من في الفريق يستطيع تقديم المساعدة الشخصية؟</translation>
    </message>
    <message>
        <source>What value do we deliver to the customer?</source>
        <translation>ما القيمة التي نقدمها للعميل؟</translation>
    </message>
    <message>
        <source>Which one of our customers&apos; problems are we helping to solve?</source>
        <translation>أي مشكلات عملائنا نساعد في حلها؟</translation>
    </message>
    <message>
        <source>Which customer needs are we satisfying?</source>
        <translation>أي احتياجات العملاء نلبّي؟</translation>
    </message>
    <message>
        <source>What type of relationship does each customer segment expect us to establish and maintain with them?</source>
        <translation>ما نوع العلاقة التي تتوقع كل شريحة من شرائح عملائنا أن نقيمها ونحافظ عليها معها؟</translation>
    </message>
    <message>
        <source>Deep or shallow? Which mechanism? Acquisition, retention or growth?</source>
        <translation>عميقة أم سطحية؟ بأي آلية؟ للجذب أم للاحتفاظ أم للنمو؟</translation>
    </message>
    <message>
        <source>Does the segment&apos;s channel support it, and do we have the people for it?</source>
        <translation>هل تدعمها قناة الشريحة، وهل لدينا الأشخاص اللازمون لها؟</translation>
    </message>
    <message>
        <source>Through which channels do our customer segments want to be reached?</source>
        <translation>عبر أي قنوات تريد شرائح عملائنا أن نصل إليها؟</translation>
    </message>
    <message>
        <source>Which channels do we own, and which are partners&apos;?</source>
        <translation>أي القنوات نملكها، وأيها قنوات الشركاء؟</translation>
    </message>
    <message>
        <source>Which ones work best? Which ones are most cost-efficient?</source>
        <translation>أيها يعمل بشكل أفضل؟ وأيها الأكثر كفاءة من حيث التكلفة؟</translation>
    </message>
    <message>
        <source>For whom are we creating value?</source>
        <translation>لمن نصنع القيمة؟</translation>
    </message>
    <message>
        <source>Who are our most important customers?</source>
        <translation>من هم أهم عملائنا؟</translation>
    </message>
    <message>
        <source>What are the most important costs inherent in our business model?</source>
        <translation>ما أهم التكاليف الملازمة لنموذج عملنا؟</translation>
    </message>
    <message>
        <source>Which key resources are most expensive?</source>
        <translation>أي الموارد الرئيسية هي الأكثر تكلفة؟</translation>
    </message>
    <message>
        <source>Which key activities are most expensive?</source>
        <translation>أي الأنشطة الرئيسية هي الأكثر تكلفة؟</translation>
    </message>
    <message>
        <source>For what value are our customers really willing to pay?</source>
        <translation>ما القيمة التي يرغب عملاؤنا حقًا في الدفع مقابلها؟</translation>
    </message>
    <message>
        <source>How are they paying now? How would they prefer to pay?</source>
        <translation>كيف يدفعون حاليًا؟ وكيف يفضلون الدفع؟</translation>
    </message>
    <message>
        <source>How much does each revenue stream contribute to overall revenues?</source>
        <translation>ما مساهمة كل مصدر إيرادات في إجمالي الإيرادات؟</translation>
    </message>
    <message>
        <source>Shopping</source>
        <translation>التسوق</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>الدفع</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>الاستخدام</translation>
    </message>
    <message>
        <source>After-sales service</source>
        <translation>خدمة ما بعد البيع</translation>
    </message>
    <message>
        <source>Front office</source>
        <translation>المكتب الأمامي</translation>
    </message>
    <message>
        <source>Where the customer sees you.</source>
        <translation>حيث يراك العميل.</translation>
    </message>
    <message>
        <source>Back office</source>
        <translation>المكتب الخلفي</translation>
    </message>
    <message>
        <source>After-sales, accounting, the store: judged by every contact too.</source>
        <translation>خدمة ما بعد البيع، والمحاسبة، والمتجر: هنا أيضًا يُحكم على الخدمة من كل تواصل.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Was the problem solved, and when.</source>
        <translation>هل حُلّت المشكلة، ومتى.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>How fast, how often: what was done.</source>
        <translation>بأي سرعة وكم مرة: ما الذي أُنجز.</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>نشرة بريدية</translation>
    </message>
    <message>
        <source>Satisfaction survey</source>
        <translation>استبيان رضا</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>فعالية</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>ندوة عبر الإنترنت</translation>
    </message>
    <message>
        <source>Birthday message</source>
        <translation>رسالة عيد ميلاد</translation>
    </message>
    <message>
        <source>Anniversary message</source>
        <translation>رسالة مناسبة سنوية</translation>
    </message>
    <message>
        <source>Loyalty campaign</source>
        <translation>حملة ولاء</translation>
    </message>
    <message>
        <source>Personal call</source>
        <translation>مكالمة شخصية</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>مرة واحدة</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>كل أسبوع</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>كل شهر</translation>
    </message>
    <message>
        <source>Every quarter</source>
        <translation>كل ربع سنة</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>كل سنة</translation>
    </message>
    <message>
        <source>Owner or founders</source>
        <translation>المالك أو المؤسسون</translation>
    </message>
    <message>
        <source>The owner or founders, serving customers themselves.</source>
        <translation>المالك أو المؤسسون، يخدمون العملاء بأنفسهم.</translation>
    </message>
    <message>
        <source>Account management</source>
        <translation>إدارة حسابات العملاء</translation>
    </message>
    <message>
        <source>One representative per client: key accounts.</source>
        <translation>ممثل واحد لكل عميل: كبار العملاء.</translation>
    </message>
    <message>
        <source>A call centre, a help desk, e-mail or chat answered by people.</source>
        <translation>مركز اتصال، أو مكتب مساعدة، أو بريد إلكتروني أو دردشة يتولى الرد فيها أشخاص.</translation>
    </message>
    <message>
        <source>Service staff</source>
        <translation>موظفو الخدمة</translation>
    </message>
    <message>
        <source>People at the counter, on the shop floor or on site.</source>
        <translation>أشخاص عند منضدة الخدمة، أو في صالة المتجر، أو في الموقع.</translation>
    </message>
</context>
<context>
    <name>mizan::ui::BlockItem</name>
    <message>
        <source>+%1 more</source>
        <translation>+%1 أخرى</translation>
    </message>
    <message>
        <source>Double-click to add a note</source>
        <translation>انقر نقرًا مزدوجًا لإضافة ملاحظة</translation>
    </message>
</context>
<context>
    <name>mizan::ui::CalendarDialog</name>
    <message>
        <source>Relationship calendar</source>
        <translation>تقويم العلاقات</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>إضافة إجراء</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>حذف الإجراء</translation>
    </message>
    <message>
        <source>Export to calendar (.ics)</source>
        <translation>تصدير إلى تقويم (.ics)</translation>
    </message>
    <message>
        <source>Remove calendar action</source>
        <translation>حذف إجراء من التقويم</translation>
    </message>
    <message>
        <source>Export the calendar</source>
        <translation>تصدير التقويم</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>تقويم iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Could not export the calendar</source>
        <translation>تعذّر تصدير التقويم</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>الشريحة</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>الآلية</translation>
    </message>
    <message>
        <source>First date</source>
        <translation>أول موعد</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>التكرار</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Every segment</source>
        <translation>كل الشرائح</translation>
    </message>
    <message>
        <source>Calendar action</source>
        <translation>إجراء في التقويم</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Owner (RT7)</source>
        <translation>المسؤول (RT7)</translation>
    </message>
    <message>
        <source>Add calendar action</source>
        <translation>إضافة إجراء إلى التقويم</translation>
    </message>
    <message>
        <source>Edit calendar action</source>
        <translation>تحرير إجراء في التقويم</translation>
    </message>
</context>
<context>
    <name>mizan::ui::CanvasScene</name>
    <message>
        <source>Add note</source>
        <translation>إضافة ملاحظة</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>حذف ملاحظة</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n notes</source>
        <translation>
            <numerusform>حذف %n ملاحظة</numerusform>
            <numerusform>حذف %n ملاحظة</numerusform>
            <numerusform>حذف %n ملاحظتين</numerusform>
            <numerusform>حذف %n ملاحظات</numerusform>
            <numerusform>حذف %n ملاحظة</numerusform>
            <numerusform>حذف %n ملاحظة</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>تحرير ملاحظة</translation>
    </message>
    <message>
        <source>Move note</source>
        <translation>نقل ملاحظة</translation>
    </message>
</context>
<context>
    <name>mizan::ui::CanvasView</name>
    <message>
        <source>Canvas</source>
        <translation>اللوحة</translation>
    </message>
    <message>
        <source>The nine blocks of the business model canvas and their notes</source>
        <translation>الخانات التسع للوحة نموذج العمل وملاحظاتها</translation>
    </message>
</context>
<context>
    <name>mizan::ui::ComparisonWindow</name>
    <message>
        <source>A comparison: read-only.</source>
        <translation>مقارنة: للقراءة فقط.</translation>
    </message>
    <message>
        <source>Compare “%1” with “%2”</source>
        <translation>مقارنة «%1» بـ«%2»</translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation>التغييرات (%1)</translation>
    </message>
    <message>
        <source>Findings (+%1 −%2)</source>
        <translation>نتائج الفحص (+%1 −%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt;: the notes as they are in “%2”, marked by what changed since “%1”.</source>
        <translation>‏&lt;b&gt;%1&lt;/b&gt; ← &lt;b&gt;%2&lt;/b&gt;: الملاحظات كما هي في «%2»، مع تمييز ما تغيّر منذ «%1».</translation>
    </message>
    <message>
        <source>The canvas</source>
        <translation>اللوحة</translation>
    </message>
    <message>
        <source>The two versions are the same.</source>
        <translation>النسختان متطابقتان.</translation>
    </message>
    <message>
        <source>Appeared (%1)</source>
        <translation>ظهرت (%1)</translation>
    </message>
    <message>
        <source>Disappeared (%1)</source>
        <translation>اختفت (%1)</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>مضافة</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>محذوفة</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>منقولة</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>معدّلة</translation>
    </message>
</context>
<context>
    <name>mizan::ui::ConflictsPanel</name>
    <message>
        <source>deleted</source>
        <translation>محذوفة</translation>
    </message>
    <message>
        <source>edited: %1</source>
        <translation>معدّلة: %1</translation>
    </message>
    <message>
        <source>The canvas</source>
        <translation>اللوحة</translation>
    </message>
    <message>
        <source>Deleted on one side, edited on the other</source>
        <translation>حُذفت في جهة وعُدّلت في الأخرى</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>الخانة</translation>
    </message>
    <message>
        <source>No merge conflicts.</source>
        <translation>لا توجد تعارضات من الدمج.</translation>
    </message>
    <message>
        <source>Cannot keep theirs</source>
        <translation>تعذّر الإبقاء على نسختهم</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>What</source>
        <translation>موضع التعارض</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>نسختي</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>نسختهم</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>الإبقاء على نسختي</translation>
    </message>
    <message>
        <source>Keep Theirs</source>
        <translation>الإبقاء على نسختهم</translation>
    </message>
    <message>
        <source>Edit the Note</source>
        <translation>تحرير الملاحظة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) from a merge: for each, keep yours, keep theirs, or edit the note. Yours is on the canvas until you choose.</source>
        <translation>
            <numerusform>%Ln تعارض من الدمج: لكلٍّ منها احتفظ بنسختك أو بنسختهم أو حرّر الملاحظة. تبقى نسختك على اللوحة حتى تختار.</numerusform>
            <numerusform>%Ln تعارض من الدمج: احتفظ بنسختك أو بنسختهم أو حرّر الملاحظة. تبقى نسختك على اللوحة حتى تختار.</numerusform>
            <numerusform>%Ln تعارضان من الدمج: لكلٍّ منهما احتفظ بنسختك أو بنسختهم أو حرّر الملاحظة. تبقى نسختك على اللوحة حتى تختار.</numerusform>
            <numerusform>%Ln تعارضات من الدمج: لكلٍّ منها احتفظ بنسختك أو بنسختهم أو حرّر الملاحظة. تبقى نسختك على اللوحة حتى تختار.</numerusform>
            <numerusform>%Ln تعارضًا من الدمج: لكلٍّ منها احتفظ بنسختك أو بنسختهم أو حرّر الملاحظة. تبقى نسختك على اللوحة حتى تختار.</numerusform>
            <numerusform>%Ln تعارض من الدمج: لكلٍّ منها احتفظ بنسختك أو بنسختهم أو حرّر الملاحظة. تبقى نسختك على اللوحة حتى تختار.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mizan::ui::DocumentTab</name>
    <message>
        <source>Document status</source>
        <translation>حالة المستند</translation>
    </message>
    <message>
        <source>Find in notes</source>
        <translation>البحث في الملاحظات</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>إغلاق شريط البحث</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>لا توجد نتائج مطابقة</translation>
    </message>
    <message>
        <source>Mizan cannot keep a copy of your changes, so editing is paused: %1 Save the canvas elsewhere to keep it.</source>
        <translation>لا يستطيع ميزان الاحتفاظ بنسخة من تغييراتك، لذا أُوقف التحرير مؤقتًا: %1 احفظ اللوحة في مكان آخر للاحتفاظ بها.</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>للقراءة فقط: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>مقارنة</translation>
    </message>
    <message>
        <source>%1 was changed on disk by another program, and you have unsaved edits. Merge the two: changes to different notes combine, and a note changed both ways is listed as a conflict.</source>
        <translation>غيّر برنامج آخر الملف %1 على القرص، ولديك تعديلات غير محفوظة. ادمج النسختين: تُجمَع التغييرات التي على ملاحظات مختلفة، وتُدرَج الملاحظة المعدّلة في الجهتين على أنها تعارض.</translation>
    </message>
    <message>
        <source>Merge with My Edits</source>
        <translation>الدمج مع تعديلاتي</translation>
    </message>
    <message>
        <source>%1 was changed on disk by another program.</source>
        <translation>غيّر برنامج آخر الملف %1 على القرص.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>إعادة التحميل</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>الإبقاء على نسختي</translation>
    </message>
    <message>
        <source>Keep the canvas as it is here: the next save writes over the file on disk</source>
        <translation>إبقاء اللوحة كما هي هنا: الحفظ التالي يكتب فوق الملف الموجود على القرص</translation>
    </message>
    <message>
        <source>A sync client left a conflicting copy of %1: %2. Merge it in to keep the edits made in it.</source>
        <translation>ترك برنامج مزامنة نسخة متعارضة من %1: %2. ادمجها للاحتفاظ بالتعديلات التي أُجريت فيها.</translation>
    </message>
    <message>
        <source>Merge It In</source>
        <translation>دمج النسخة</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <source>Cannot read the other version</source>
        <translation>تعذّرت قراءة النسخة الأخرى</translation>
    </message>
    <message>
        <source>Merged with conflicts</source>
        <translation>اكتمل الدمج مع وجود تعارضات</translation>
    </message>
    <message numerus="yes">
        <source>%Ln note field(s) were changed both ways. Yours is kept on the canvas for now; the Conflicts panel lists each one to keep yours, keep theirs, or edit.</source>
        <translation>
            <numerusform>%Ln حقل في الملاحظات عُدّل في الجهتين. أُبقيت نسختك على اللوحة مؤقتًا؛ ويعرض قسم «التعارضات» كلًّا منها لتحتفظ بنسختك أو بنسختهم أو تحرّره.</numerusform>
            <numerusform>%Ln حقل في الملاحظات عُدّل في الجهتين. أُبقيت نسختك على اللوحة مؤقتًا؛ ويعرضه قسم «التعارضات» لتحتفظ بنسختك أو بنسختهم أو تحرّره.</numerusform>
            <numerusform>%Ln حقلان في الملاحظات عُدّلا في الجهتين. أُبقيت نسختك على اللوحة مؤقتًا؛ ويعرض قسم «التعارضات» كلًّا منهما لتحتفظ بنسختك أو بنسختهم أو تحرّره.</numerusform>
            <numerusform>%Ln حقول في الملاحظات عُدّلت في الجهتين. أُبقيت نسختك على اللوحة مؤقتًا؛ ويعرض قسم «التعارضات» كلًّا منها لتحتفظ بنسختك أو بنسختهم أو تحرّره.</numerusform>
            <numerusform>%Ln حقلًا في الملاحظات عُدّلت في الجهتين. أُبقيت نسختك على اللوحة مؤقتًا؛ ويعرض قسم «التعارضات» كلًّا منها لتحتفظ بنسختك أو بنسختهم أو تحرّره.</numerusform>
            <numerusform>%Ln حقل في الملاحظات عُدّلت في الجهتين. أُبقيت نسختك على اللوحة مؤقتًا؛ ويعرض قسم «التعارضات» كلًّا منها لتحتفظ بنسختك أو بنسختهم أو تحرّره.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mizan::ui::FindingsPanel</name>
    <message>
        <source>Finding</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>المنهجية</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>نتائج الفحص</translation>
    </message>
    <message>
        <source>No findings: the blocks hold together.</source>
        <translation>لا توجد نتائج: الخانات متسقة فيما بينها.</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings, %3 advice</source>
        <translation>الأخطاء: %1، التحذيرات: %2، النصائح: %3</translation>
    </message>
    <message>
        <source>Rests on a suggested answer: accept the note&apos;s suggestions to confirm it.</source>
        <translation>تستند إلى إجابة مقترحة: اقبل اقتراحات الملاحظة لتأكيدها.</translation>
    </message>
    <message>
        <source>An empty canvas: start with your customer segments, the people you create value for. Double-click in Customer Segments to add one.</source>
        <translation>لوحة فارغة: ابدأ بشرائح عملائك، أي الأشخاص الذين تُنشئ لهم قيمة. انقر نقرًا مزدوجًا في خانة شرائح العملاء لإضافة شريحة.</translation>
    </message>
    <message>
        <source>No customer segment yet: the checklist judges each segment&apos;s relationship. Add the customers you create value for in Customer Segments.</source>
        <translation>لا توجد شريحة عملاء بعد: تحكم قائمة الفحص على علاقة كل شريحة. أضف العملاء الذين تُنشئ لهم قيمة في خانة شرائح العملاء.</translation>
    </message>
</context>
<context>
    <name>mizan::ui::HelpDialog</name>
    <message>
        <source>Mizan help</source>
        <translation>مساعدة Mizan</translation>
    </message>
    <message>
        <source>Customer relationships</source>
        <translation>العلاقات مع العملاء</translation>
    </message>
    <message>
        <source>Retention strategies</source>
        <translation>استراتيجيات الاحتفاظ بالعملاء</translation>
    </message>
    <message>
        <source>Experiences, not relationships</source>
        <translation>تجارب، لا علاقات</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>نقاط التواصل</translation>
    </message>
    <message>
        <source>Relationship marketing</source>
        <translation>التسويق بالعلاقات</translation>
    </message>
    <message>
        <source>Every finding cites the points of the method it rests on. This is what they say.</source>
        <translation>تذكر كل نتيجة من نتائج الفحص نقاط المنهجية التي تستند إليها. وهذا ما تقوله هذه النقاط.</translation>
    </message>
    <message>
        <source>The method</source>
        <translation>المنهجية</translation>
    </message>
    <message>
        <source>Checklist rules</source>
        <translation>قواعد قائمة الفحص</translation>
    </message>
    <message>
        <source>Double-click in a block to add a note there; double-click a note, or press F2 or Enter, to edit it; Escape ends editing. The arrow keys walk the notes; drag notes to move them; Space+drag or the middle button pans. In presentation mode: arrows and PageUp/PageDown step, F findings, B blank, T timer, Esc leaves.</source>
        <translation>انقر نقرًا مزدوجًا داخل خانة لإضافة ملاحظة فيها؛ وانقر نقرًا مزدوجًا على ملاحظة، أو اضغط F2 أو Enter، لتحريرها؛ ويُنهي Escape التحرير. تتنقّل مفاتيح الأسهم بين الملاحظات؛ واسحب الملاحظات لنقلها؛ ويحرّك Space+السحب أو الزر الأوسط للفأرة اللوحة. في وضع العرض التقديمي: تنتقل الأسهم وPageUp/PageDown بين الخطوات، ويعرض F نتائج الفحص، وB شاشة فارغة، وT المؤقت، ويُنهي Esc العرض.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Mizan %1&lt;/h2&gt;&lt;p&gt;A Business Model Canvas editor and customer-relationship planner.&lt;/p&gt;&lt;p&gt;The Business Model Canvas is by Strategyzer AG (strategyzer.com), published under the Creative Commons Attribution-Share Alike 3.0 licence (CC BY-SA 3.0).&lt;/p&gt;&lt;p&gt;Mizan is free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Mizan %1&lt;/h2&gt;&lt;p&gt;محرر للوحة نموذج العمل (Business Model Canvas) ومخطِّط لعلاقات العملاء.&lt;/p&gt;&lt;p&gt;لوحة نموذج العمل من إعداد Strategyzer AG (strategyzer.com)، ومنشورة بموجب رخصة المشاع الإبداعي: نسب المصنف - الترخيص بالمثل 3.0 (CC BY-SA 3.0).&lt;/p&gt;&lt;p&gt;ميزان (Mizan) برنامج حر مرخّص بموجب رخصة جنو العمومية (GNU General Public License)، الإصدار 3 أو أي إصدار لاحق.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About</source>
        <translation>عن البرنامج</translation>
    </message>
</context>
<context>
    <name>mizan::ui::HistoryPanel</name>
    <message>
        <source>No change to the notes</source>
        <translation>لا تغيير في الملاحظات</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <source>Versions are kept in .mizan documents: save this canvas as one to keep its history.</source>
        <translation>تُحفظ الإصدارات في مستندات ‎.mizan: احفظ هذه اللوحة بهذه الصيغة للاحتفاظ بسجلّها.</translation>
    </message>
    <message>
        <source>No versions yet. Save a version before a workshop or a pitch; the first save of a new day also keeps the canvas as it stood at the end of the last day.</source>
        <translation>لا إصدارات بعد. احفظ إصدارًا قبل ورشة عمل أو عرض تقديمي؛ وأول حفظ في يوم جديد يحفظ أيضًا اللوحة كما كانت في نهاية آخر يوم عمل عليها.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>ما تغيّر</translation>
    </message>
    <message>
        <source>Save a Version…</source>
        <translation>حفظ إصدار…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Open the version read-only in a new tab</source>
        <translation>فتح الإصدار للقراءة فقط في علامة تبويب جديدة</translation>
    </message>
    <message>
        <source>Compare with Now</source>
        <translation>مقارنة بالوضع الحالي</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>Make the canvas what this version holds (Undo takes it back)</source>
        <translation>جعل اللوحة مطابقة لما في هذا الإصدار (يُلغي ذلك أمرُ «تراجع»)</translation>
    </message>
    <message numerus="yes">
        <source>The first version: %Ln note(s)</source>
        <translation>
            <numerusform>الإصدار الأول: %Ln ملاحظة</numerusform>
            <numerusform>الإصدار الأول: %Ln ملاحظة</numerusform>
            <numerusform>الإصدار الأول: %Ln ملاحظتان</numerusform>
            <numerusform>الإصدار الأول: %Ln ملاحظات</numerusform>
            <numerusform>الإصدار الأول: %Ln ملاحظةً</numerusform>
            <numerusform>الإصدار الأول: %Ln ملاحظة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln added</source>
        <translation>
            <numerusform>أُضيف %Ln</numerusform>
            <numerusform>أُضيف %Ln</numerusform>
            <numerusform>أُضيف %Ln</numerusform>
            <numerusform>أُضيف %Ln</numerusform>
            <numerusform>أُضيف %Ln</numerusform>
            <numerusform>أُضيف %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln removed</source>
        <translation>
            <numerusform>حُذف %Ln</numerusform>
            <numerusform>حُذف %Ln</numerusform>
            <numerusform>حُذف %Ln</numerusform>
            <numerusform>حُذف %Ln</numerusform>
            <numerusform>حُذف %Ln</numerusform>
            <numerusform>حُذف %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln moved</source>
        <translation>
            <numerusform>نُقل %Ln</numerusform>
            <numerusform>نُقل %Ln</numerusform>
            <numerusform>نُقل %Ln</numerusform>
            <numerusform>نُقل %Ln</numerusform>
            <numerusform>نُقل %Ln</numerusform>
            <numerusform>نُقل %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed</source>
        <translation>
            <numerusform>عُدّل %Ln</numerusform>
            <numerusform>عُدّل %Ln</numerusform>
            <numerusform>عُدّل %Ln</numerusform>
            <numerusform>عُدّل %Ln</numerusform>
            <numerusform>عُدّل %Ln</numerusform>
            <numerusform>عُدّل %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln version(s)</source>
        <translation>
            <numerusform>%Ln إصدار</numerusform>
            <numerusform>%Ln إصدار</numerusform>
            <numerusform>%Ln إصداران</numerusform>
            <numerusform>%Ln إصدارات</numerusform>
            <numerusform>%Ln إصدارًا</numerusform>
            <numerusform>%Ln إصدار</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare the Two</source>
        <translation>مقارنة الإصدارين</translation>
    </message>
    <message>
        <source>Select two versions (Ctrl+click) to compare them with each other</source>
        <translation>اختر إصدارين (Ctrl+نقرة) لمقارنة أحدهما بالآخر</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>إعادة تسمية…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
</context>
<context>
    <name>mizan::ui::MainWindow</name>
    <message>
        <source>Open canvases</source>
        <translation>اللوحات المفتوحة</translation>
    </message>
    <message>
        <source>Open canvas</source>
        <translation>فتح لوحة</translation>
    </message>
    <message>
        <source>Mizan canvases (*.mizan *.json);;All files (*)</source>
        <translation>لوحات Mizan (*.mizan *.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>تعذّر التصدير</translation>
    </message>
    <message>
        <source>Could not print</source>
        <translation>تعذّرت الطباعة</translation>
    </message>
    <message>
        <source>The printer did not accept the document.</source>
        <translation>لم تقبل الطابعة المستند.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>New from &amp;example</source>
        <translation>جديد من &amp;مثال</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>الملفات ال&amp;أخيرة</translation>
    </message>
    <message>
        <source>&amp;New canvas</source>
        <translation>لوحة &amp;جديدة</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;فتح...</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Save &amp;as...</source>
        <translation>حفظ &amp;باسم...</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;قص</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;لصق</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>تحديد ال&amp;كل</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>إ&amp;ضافة ملاحظة</translation>
    </message>
    <message>
        <source>&amp;Edit note</source>
        <translation>تحرير ال&amp;ملاحظة</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>&amp;بحث...</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>البحث عن ال&amp;تالي</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;تكبير</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <source>Zoom to &amp;fit</source>
        <translation>&amp;ملاءمة للنافذة</translation>
    </message>
    <message>
        <source>&amp;Segment colours on notes</source>
        <translation>ألوان ال&amp;شرائح على الملاحظات</translation>
    </message>
    <message>
        <source>&amp;About Mizan</source>
        <translation>&amp;عن ميزان</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>ت&amp;صدير...</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;طباعة...</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>وضع العرض ال&amp;تقديمي</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات لوحة الم&amp;فاتيح</translation>
    </message>
    <message>
        <source>Planner</source>
        <translation>المخطِّط</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>نتائج الفحص</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>التكبير %1%</translation>
    </message>
    <message>
        <source>%1[*] — Mizan</source>
        <translation>%1[*] — Mizan</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>تعذّر فتح %1</translation>
    </message>
    <message>
        <source>Untitled canvas</source>
        <translation>لوحة بلا عنوان</translation>
    </message>
    <message>
        <source>Cannot create a canvas</source>
        <translation>تعذّر إنشاء لوحة</translation>
    </message>
    <message>
        <source>Recover unsaved changes?</source>
        <translation>استعادة التغييرات غير المحفوظة؟</translation>
    </message>
    <message>
        <source>Mizan closed without saving your changes to “%1” (last edited %2). Recover them?</source>
        <translation>أُغلق ميزان دون حفظ تغييراتك على «%1» (آخر تعديل: %2). هل تريد استعادتها؟</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>تجاهل التغييرات</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>القرار لاحقًا</translation>
    </message>
    <message>
        <source>Cannot recover %1</source>
        <translation>تعذّرت استعادة %1</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>تم تصدير %1</translation>
    </message>
    <message>
        <source>Could not save %1</source>
        <translation>تعذّر حفظ %1</translation>
    </message>
    <message>
        <source>Save canvas</source>
        <translation>حفظ اللوحة</translation>
    </message>
    <message>
        <source>Mizan canvas (*.mizan);;Mizan JSON (*.json)</source>
        <translation>لوحة Mizan (*.mizan);;ملف Mizan JSON (*.json)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing?</source>
        <translation>هل تريد حفظ التغييرات على «%1» قبل الإغلاق؟</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>قص</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>لصق</translation>
    </message>
    <message>
        <source>Keep the canvas &amp;left to right</source>
        <translation>إبقاء اللوحة من ال&amp;يسار إلى اليمين</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>الإعداد الافتراضي للنظام</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>Relationship &amp;calendar...</source>
        <translation>تق&amp;ويم العلاقات...</translation>
    </message>
    <message>
        <source>The &amp;method</source>
        <translation>ال&amp;منهجية</translation>
    </message>
    <message>
        <source>Checklist &amp;rules</source>
        <translation>&amp;قواعد قائمة الفحص</translation>
    </message>
    <message>
        <source>Cannot import %1</source>
        <translation>تعذّر استيراد %1</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>تم استيراد %1</translation>
    </message>
    <message>
        <source>The canvas has no file yet: save it to keep it. What was guessed or left out is in the details.</source>
        <translation>لا يوجد ملف لهذه اللوحة بعد: احفظها للاحتفاظ بها. ما خُمِّن أو استُبعد مذكور في التفاصيل.</translation>
    </message>
    <message>
        <source>Import a canvas</source>
        <translation>استيراد لوحة</translation>
    </message>
    <message>
        <source>Canvases from other tools (*.md *.markdown *.txt *.csv *.tsv *.xml *.json);;All files (*)</source>
        <translation>لوحات من أدوات أخرى (*.md *.markdown *.txt *.csv *.tsv *.xml *.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Export as Markdown</source>
        <translation>تصدير بصيغة Markdown</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>ملف Markdown (*.md)</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>ا&amp;ستيراد...</translation>
    </message>
    <message>
        <source>Open a canvas made in another tool: Markdown, CSV, Leantime&apos;s export, the Business Model Canvas app</source>
        <translation>فتح لوحة أُنشئت بأداة أخرى: Markdown، أو CSV، أو ملف تصدير Leantime، أو تطبيق Business Model Canvas</translation>
    </message>
    <message>
        <source>Export as &amp;Markdown...</source>
        <translation>تصدير بص&amp;يغة Markdown...</translation>
    </message>
    <message>
        <source>New from &amp;template</source>
        <translation>جديد من &amp;قالب</translation>
    </message>
    <message>
        <source>Include suggested answers ✦</source>
        <translation>تضمين الإجابات المقترحة ✦</translation>
    </message>
    <message>
        <source>Check the canvas with the answers the notes&apos; words suggest taken as answers; the findings that rest on them are marked ✦.</source>
        <translation>فحص اللوحة مع اعتماد الإجابات التي تقترحها كلمات الملاحظات إجاباتٍ؛ وتُميَّز نتائج الفحص التي تستند إليها بالعلامة ✦.</translation>
    </message>
    <message>
        <source>Mizan can read what is still readable into a new canvas; %1 itself is left as it is.</source>
        <translation>يستطيع ميزان قراءة ما بقي مقروءًا منه في لوحة جديدة؛ ويبقى الملف %1 نفسه كما هو.</translation>
    </message>
    <message>
        <source>Salvage...</source>
        <translation>إنقاذ...</translation>
    </message>
    <message>
        <source>Nothing to salvage in %1</source>
        <translation>لا يوجد في الملف %1 ما يمكن إنقاذه</translation>
    </message>
    <message>
        <source>%1 (salvaged)</source>
        <translation>%1 (بعد الإنقاذ)</translation>
    </message>
    <message>
        <source>%1 of %2 notes recovered.</source>
        <translation>الملاحظات المستعادة: %1 من %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) lost their segment.</source>
        <translation>
            <numerusform>لم تفقد أي خطة شريحتها.</numerusform>
            <numerusform>فقدت خطة واحدة شريحتها.</numerusform>
            <numerusform>فقدت خطتان شريحتيهما.</numerusform>
            <numerusform>فقدت %n خطط شرائحها.</numerusform>
            <numerusform>فقدت %n خطةً شرائحها.</numerusform>
            <numerusform>فقدت %n خطة شرائحها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) to lost notes dropped.</source>
        <translation>
            <numerusform>لم يُحذف أي رابط إلى ملاحظات مفقودة.</numerusform>
            <numerusform>حُذف رابط واحد إلى ملاحظات مفقودة.</numerusform>
            <numerusform>حُذف رابطان إلى ملاحظات مفقودة.</numerusform>
            <numerusform>حُذفت %n روابط إلى ملاحظات مفقودة.</numerusform>
            <numerusform>حُذف %n رابطًا إلى ملاحظات مفقودة.</numerusform>
            <numerusform>حُذف %n رابط إلى ملاحظات مفقودة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) left out as unreadable.</source>
        <translation>
            <numerusform>لم تُستبعد أي ملاحظة لتعذّر قراءتها.</numerusform>
            <numerusform>استُبعدت ملاحظة واحدة لتعذّر قراءتها.</numerusform>
            <numerusform>استُبعدت ملاحظتان لتعذّر قراءتهما.</numerusform>
            <numerusform>استُبعدت %n ملاحظات لتعذّر قراءتها.</numerusform>
            <numerusform>استُبعدت %n ملاحظةً لتعذّر قراءتها.</numerusform>
            <numerusform>استُبعدت %n ملاحظة لتعذّر قراءتها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Salvaged %1</source>
        <translation>تم إنقاذ %1</translation>
    </message>
    <message>
        <source>The canvas has no file yet: save it to keep it.</source>
        <translation>لا يوجد ملف لهذه اللوحة بعد: احفظها للاحتفاظ بها.</translation>
    </message>
    <message>
        <source>Exporting %1...</source>
        <translation>جارٍ تصدير %1...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Drawing page %1 of %2...</source>
        <translation>جارٍ رسم الصفحة %1 من %2...</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written</source>
        <translation>أُلغي التصدير؛ لم يُكتب أي شيء</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>تعذّرت المقارنة</translation>
    </message>
    <message>
        <source>Compare with a file</source>
        <translation>مقارنة بملف</translation>
    </message>
    <message>
        <source>Mizan canvases (*.mizan *.json)</source>
        <translation>لوحات Mizan (*.mizan *.json)</translation>
    </message>
    <message>
        <source>Save a &amp;Version...</source>
        <translation>حفظ إصدا&amp;ر...</translation>
    </message>
    <message>
        <source>Keep the canvas as it is now under a name (&quot;Workshop 3&quot;), inside the .mizan file</source>
        <translation>الاحتفاظ باللوحة كما هي الآن تحت اسم (مثل «ورشة العمل 3») داخل ملف ‎.mizan</translation>
    </message>
    <message>
        <source>Compare &amp;with File...</source>
        <translation>مقارنة بم&amp;لف...</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>Save the canvas as a .mizan document first.</source>
        <translation>احفظ اللوحة أولًا في مستند ‎.mizan.</translation>
    </message>
    <message>
        <source>Save a version</source>
        <translation>حفظ إصدار</translation>
    </message>
    <message>
        <source>Versions are kept inside .mizan documents. Choose where to save this canvas as one; the version is saved in it.</source>
        <translation>تُحفظ الإصدارات داخل مستندات ‎.mizan. اختر مكان حفظ هذه اللوحة مستندًا من هذا النوع؛ وسيُحفظ الإصدار فيه.</translation>
    </message>
    <message>
        <source>Mizan canvas (*.mizan)</source>
        <translation>لوحة Mizan (*.mizan)</translation>
    </message>
    <message>
        <source>A name for the canvas as it is now, to find it again (&quot;Workshop 3&quot;, &quot;Investor deck&quot;):</source>
        <translation>اسم للوحة كما هي الآن، لتجدها لاحقًا (مثل «ورشة العمل 3» أو «عرض المستثمرين»):</translation>
    </message>
    <message>
        <source>Could not save the version</source>
        <translation>تعذّر حفظ الإصدار</translation>
    </message>
    <message>
        <source>Version “%1” saved</source>
        <translation>حُفظ الإصدار «%1»</translation>
    </message>
    <message>
        <source>Cannot open the version</source>
        <translation>تعذّر فتح الإصدار</translation>
    </message>
    <message>
        <source>%1 — version “%2”</source>
        <translation>%1 — الإصدار «%2»</translation>
    </message>
    <message>
        <source>Version “%1” of %2, read-only. Restore it from the History panel to make it the canvas again, or use Save As to keep it as a file of its own.</source>
        <translation>الإصدار «%1» من %2، للقراءة فقط. استعده من قسم «السجل» ليصبح اللوحة من جديد، أو استخدم «حفظ باسم» للاحتفاظ به في ملف مستقل.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>الوضع الحالي</translation>
    </message>
    <message>
        <source>Cannot restore the version</source>
        <translation>تعذّرت استعادة الإصدار</translation>
    </message>
    <message>
        <source>Version restored: Undo takes it back</source>
        <translation>استُعيد الإصدار: يُلغي ذلك أمرُ «تراجع»</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>نسختك</translation>
    </message>
    <message>
        <source>On disk</source>
        <translation>النسخة على القرص</translation>
    </message>
    <message>
        <source>Rename the version</source>
        <translation>إعادة تسمية الإصدار</translation>
    </message>
    <message>
        <source>A name for this version (leave it empty to make it the day&apos;s automatic version):</source>
        <translation>اسم لهذا الإصدار (اتركه فارغًا ليصبح الإصدار التلقائي لذلك اليوم):</translation>
    </message>
    <message>
        <source>Cannot rename the version</source>
        <translation>تعذّرت إعادة تسمية الإصدار</translation>
    </message>
    <message>
        <source>Delete the version “%1” from the history of %2?</source>
        <translation>أتحذف الإصدار «%1» من سجل %2؟</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln version(s) from the history of %1?</source>
        <translation>
            <numerusform>أتحذف %Ln إصدار من سجل %1؟</numerusform>
            <numerusform>أتحذف إصدارًا واحدًا من سجل %1؟</numerusform>
            <numerusform>أتحذف إصدارين من سجل %1؟</numerusform>
            <numerusform>أتحذف %Ln إصدارات من سجل %1؟</numerusform>
            <numerusform>أتحذف %Ln إصدارًا من سجل %1؟</numerusform>
            <numerusform>أتحذف %Ln إصدار من سجل %1؟</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete versions</source>
        <translation>حذف الإصدارات</translation>
    </message>
    <message>
        <source>The other versions stay as they are. The history in the file changes when you save the canvas; until then, closing without saving keeps the version.</source>
        <translation>تبقى الإصدارات الأخرى كما هي. يتغيّر السجل في الملف حين تحفظ اللوحة؛ وحتى ذلك الحين، يُبقي الإغلاق دون حفظ على الإصدار.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Cannot delete the version</source>
        <translation>تعذّر حذف الإصدار</translation>
    </message>
    <message numerus="yes">
        <source>%Ln version(s) deleted: saving the canvas writes the history</source>
        <translation>
            <numerusform>حُذف %Ln إصدار: حفظ اللوحة يكتب السجل</numerusform>
            <numerusform>حُذف إصدار واحد: حفظ اللوحة يكتب السجل</numerusform>
            <numerusform>حُذف إصداران: حفظ اللوحة يكتب السجل</numerusform>
            <numerusform>حُذفت %Ln إصدارات: حفظ اللوحة يكتب السجل</numerusform>
            <numerusform>حُذف %Ln إصدارًا: حفظ اللوحة يكتب السجل</numerusform>
            <numerusform>حُذف %Ln إصدار: حفظ اللوحة يكتب السجل</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Merge a Copy In...</source>
        <translation>&amp;دمج نسخة أخرى...</translation>
    </message>
    <message>
        <source>Combine another copy of this canvas (a client&apos;s edits, a colleague&apos;s copy) with yours; what was changed both ways is listed in the Conflicts panel</source>
        <translation>ادمج نسخة أخرى من هذه اللوحة (تعديلات عميل، نسخة زميل) مع نسختك؛ ما تغيّر في الجهتين يُدرج في لوحة التعارضات</translation>
    </message>
    <message>
        <source>Merge a copy of this canvas</source>
        <translation>دمج نسخة من هذه اللوحة</translation>
    </message>
    <message>
        <source>Cannot merge</source>
        <translation>تعذّر الدمج</translation>
    </message>
    <message>
        <source>%1 merged in: Undo takes it back</source>
        <translation>دُمجت %1: التراجع يلغي الدمج</translation>
    </message>
    <message>
        <source>This is the canvas&apos;s own file: choose another copy of it.</source>
        <translation>هذا ملف اللوحة نفسها: اختر نسخة أخرى منها.</translation>
    </message>
</context>
<context>
    <name>mizan::ui::NoteItem</name>
    <message numerus="yes">
        <source>Its words suggest %n answer(s): select the note to see them in the planner.</source>
        <translation>
            <numerusform>لا تقترح كلماتها أي إجابة.</numerusform>
            <numerusform>تقترح كلماتها إجابة واحدة: اختر الملاحظة لرؤيتها في المخطِّط.</numerusform>
            <numerusform>تقترح كلماتها إجابتين: اختر الملاحظة لرؤيتهما في المخطِّط.</numerusform>
            <numerusform>تقترح كلماتها %n إجابات: اختر الملاحظة لرؤيتها في المخطِّط.</numerusform>
            <numerusform>تقترح كلماتها %n إجابةً: اختر الملاحظة لرؤيتها في المخطِّط.</numerusform>
            <numerusform>تقترح كلماتها %n إجابة: اختر الملاحظة لرؤيتها في المخطِّط.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mizan::ui::PlannerPanel</name>
    <message>
        <source>Planner</source>
        <translation>المخطِّط</translation>
    </message>
    <message>
        <source>Open a canvas to plan its relationships.</source>
        <translation>افتح لوحة لتخطيط علاقاتها.</translation>
    </message>
    <message>
        <source>Select a customer segment to plan its relationship, or a channel, plan or team to answer its questions.</source>
        <translation>اختر شريحة عملاء لتخطيط علاقتها، أو قناة أو خطة أو فريقًا للإجابة عن أسئلته.</translation>
    </message>
    <message>
        <source>Customer segment</source>
        <translation>شريحة العملاء</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>السوق</translation>
    </message>
    <message>
        <source>Estimated number of customers</source>
        <translation>العدد التقديري للعملاء</translation>
    </message>
    <message>
        <source>Revenue per customer per year</source>
        <translation>الإيراد السنوي لكل عميل</translation>
    </message>
    <message>
        <source>Segment colour</source>
        <translation>لون الشريحة</translation>
    </message>
    <message>
        <source>Relationship plan</source>
        <translation>خطة العلاقة</translation>
    </message>
    <message>
        <source>How will you interact with this segment before, during and after delivering value?</source>
        <translation>كيف ستتفاعل مع هذه الشريحة قبل إيصال القيمة إليها وأثناءه وبعده؟</translation>
    </message>
    <message>
        <source>Plan the relationship</source>
        <translation>تخطيط العلاقة</translation>
    </message>
    <message>
        <source>Relationship with %1</source>
        <translation>العلاقة مع %1</translation>
    </message>
    <message>
        <source>How deep is the relationship?</source>
        <translation>ما عمق العلاقة؟</translation>
    </message>
    <message>
        <source>Which mechanisms carry it?</source>
        <translation>ما الآليات التي تقوم عليها؟</translation>
    </message>
    <message>
        <source>More ways to keep in touch (CR12):</source>
        <translation>طرق أخرى للبقاء على تواصل (CR12):</translation>
    </message>
    <message>
        <source>What is it for?</source>
        <translation>ما الغاية منها؟</translation>
    </message>
    <message>
        <source>Which channels does it run through?</source>
        <translation>عبر أي قنوات تمر؟</translation>
    </message>
    <message>
        <source>ownership not set</source>
        <translation>الملكية غير محددة</translation>
    </message>
    <message>
        <source>Does the channel support these answers?</source>
        <translation>هل تدعم القناة هذه الإجابات؟</translation>
    </message>
    <message>
        <source>Channel verdict</source>
        <translation>تقييم القناة</translation>
    </message>
    <message>
        <source>Which concrete means?</source>
        <translation>ما الوسائل العملية؟</translation>
    </message>
    <message>
        <source>Which voice?</source>
        <translation>ما الصوت المناسب؟</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>النبرة</translation>
    </message>
    <message>
        <source>How it sounds</source>
        <translation>كيف يبدو الصوت</translation>
    </message>
    <message>
        <source>Privacy stance</source>
        <translation>الموقف من الخصوصية</translation>
    </message>
    <message>
        <source>What data you keep, why, and what the customer controls</source>
        <translation>ما البيانات التي تحتفظ بها، ولماذا، وما الذي يتحكم فيه العميل</translation>
    </message>
    <message>
        <source>Show the plan&apos;s note</source>
        <translation>عرض ملاحظة الخطة</translation>
    </message>
    <message>
        <source>The segment this plan is for</source>
        <translation>الشريحة التي وُضعت لها هذه الخطة</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>الشريحة</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Change segment</source>
        <translation>تغيير الشريحة</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>الملكية</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>طريقة الوصول</translation>
    </message>
    <message>
        <source>Phases it covers</source>
        <translation>المراحل التي تغطيها</translation>
    </message>
    <message>
        <source>Segments it serves</source>
        <translation>الشرائح التي تخدمها</translation>
    </message>
    <message>
        <source>Means it offers</source>
        <translation>الوسائل التي تقدمها</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>This resource is a team of people</source>
        <translation>هذا المورد فريق من الأشخاص</translation>
    </message>
    <message>
        <source>Change team</source>
        <translation>تغيير الفريق</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>الفريق</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>عدد الأفراد</translation>
    </message>
    <message>
        <source>What it provides</source>
        <translation>ما يقدمه</translation>
    </message>
    <message>
        <source>Segments that pay it</source>
        <translation>الشرائح التي تدفع فيه</translation>
    </message>
    <message>
        <source>What this cost pays for</source>
        <translation>ما الذي تغطيه هذه التكلفة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Text direction</source>
        <translation>اتجاه النص</translation>
    </message>
    <message>
        <source>Note colour</source>
        <translation>لون الملاحظة</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>الوسوم، مفصولة بفواصل (,)</translation>
    </message>
    <message>
        <source>Touchpoints, economics and personas...</source>
        <translation>نقاط التواصل والاقتصاديات وشخصيات المشترين...</translation>
    </message>
    <message>
        <source>The segment&apos;s touchpoints across its lifecycle (TP3), what keeping it is worth (RT1, RT5) and its personas (RT4)</source>
        <translation>نقاط تواصل الشريحة على امتداد دورة حياتها (TP3)، وقيمة الاحتفاظ بها (RT1، RT5)، وشخصيات المشترين فيها (RT4)</translation>
    </message>
    <message>
        <source>Whom this team serves</source>
        <translation>مَن يخدمه هذا الفريق</translation>
    </message>
    <message>
        <source>Leave empty while it is not decided: the checklist then asks instead of judging.</source>
        <translation>اترك الاختيار فارغًا ما دام الأمر لم يُحسم: عندها تسأل قائمة الفحص بدلًا من أن تحكم.</translation>
    </message>
    <message>
        <source>Segments:</source>
        <translation>الشرائح:</translation>
    </message>
    <message>
        <source>Channels (it serves their segments):</source>
        <translation>القنوات (ويخدم شرائحها):</translation>
    </message>
</context>
<context>
    <name>mizan::ui::PresentationWindow</name>
    <message>
        <source>Presentation</source>
        <translation>العرض التقديمي</translation>
    </message>
    <message>
        <source>Presentation of the canvas</source>
        <translation>العرض التقديمي للوحة</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>لا توجد ملاحظات بعد.</translation>
    </message>
    <message numerus="yes">
        <source>+%n more notes</source>
        <translation>
            <numerusform>+%n ملاحظة أخرى</numerusform>
            <numerusform>+%n ملاحظة أخرى</numerusform>
            <numerusform>+%n ملاحظتان أخريان</numerusform>
            <numerusform>+%n ملاحظات أخرى</numerusform>
            <numerusform>+%n ملاحظة أخرى</numerusform>
            <numerusform>+%n ملاحظة أخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>No findings here.</source>
        <translation>لا توجد نتائج هنا.</translation>
    </message>
</context>
<context>
    <name>mizan::ui::SegmentWorkbook</name>
    <message>
        <source>Not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Where this segment meets you, stage by stage (TP3). Double-click a cell to describe the touchpoint: what happens, front or back office (RM5), who owns it (RT7), the experience aimed for (EX3), how it is measured (EX5) and whether satisfaction is surveyed (RT6).</source>
        <translation>أين تلتقي بك هذه الشريحة، مرحلةً بعد مرحلة (TP3). انقر نقرًا مزدوجًا على خلية لوصف نقطة التواصل: ما يحدث فيها، وهل هي في المكتب الأمامي أم الخلفي (RM5)، ومن المسؤول عنها (RT7)، والتجربة المنشودة (EX3)، وكيف تُقاس (EX5)، وهل يُستطلع فيها رضا العملاء (RT6).</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>نقاط التواصل</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>تغيير %1</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>عدد العملاء</translation>
    </message>
    <message>
        <source>Customers kept per period (%)</source>
        <translation>العملاء المحتفَظ بهم في كل فترة (%)</translation>
    </message>
    <message>
        <source>Cost of winning a customer</source>
        <translation>تكلفة كسب عميل</translation>
    </message>
    <message>
        <source>Cost of keeping a customer, per period</source>
        <translation>تكلفة الاحتفاظ بعميل، في كل فترة</translation>
    </message>
    <message>
        <source>Margin per customer, per period</source>
        <translation>هامش الربح لكل عميل، في كل فترة</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why customers leave (%), RT2&lt;/b&gt;</source>
        <translation>&lt;b&gt;لماذا يرحل العملاء (%)، RT2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Service quality</source>
        <translation>جودة الخدمة</translation>
    </message>
    <message>
        <source>The product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>المنافسون</translation>
    </message>
    <message>
        <source>Other reasons</source>
        <translation>أسباب أخرى</translation>
    </message>
    <message>
        <source>Retention figures</source>
        <translation>أرقام الاحتفاظ بالعملاء</translation>
    </message>
    <message>
        <source>Retention economics</source>
        <translation>اقتصاديات الاحتفاظ بالعملاء</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>شخصيات المشترين</translation>
    </message>
    <message>
        <source>Add persona</source>
        <translation>إضافة شخصية</translation>
    </message>
    <message>
        <source>Remove persona</source>
        <translation>حذف الشخصية</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>من هم</translation>
    </message>
    <message>
        <source>Their goals (EX4)</source>
        <translation>أهدافهم (EX4)</translation>
    </message>
    <message>
        <source>How they reach them (EX4)</source>
        <translation>كيف يبلغونها (EX4)</translation>
    </message>
    <message>
        <source>Motivation (RT3)</source>
        <translation>الدافع (RT3)</translation>
    </message>
    <message>
        <source>First experience (RT3)</source>
        <translation>التجربة الأولى (RT3)</translation>
    </message>
    <message>
        <source>Personalisation (RT3)</source>
        <translation>التخصيص (RT3)</translation>
    </message>
    <message>
        <source>Change (RT3)</source>
        <translation>التغيير (RT3)</translation>
    </message>
    <message>
        <source>Satisfaction (RT3)</source>
        <translation>الرضا (RT3)</translation>
    </message>
    <message>
        <source>Loyalty (RT3)</source>
        <translation>الولاء (RT3)</translation>
    </message>
    <message>
        <source>Edit persona</source>
        <translation>تحرير الشخصية</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>شخصية جديدة</translation>
    </message>
    <message>
        <source>%1: touchpoints, economics and personas</source>
        <translation>%1: نقاط التواصل والاقتصاديات وشخصيات المشترين</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>أي قناة</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>بلا مسؤول</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>المسؤول: %1</translation>
    </message>
    <message>
        <source>Measured by %1</source>
        <translation>القياس: %1</translation>
    </message>
    <message>
        <source>Touchpoint: %1</source>
        <translation>نقطة التواصل: %1</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>ما يحدث</translation>
    </message>
    <message>
        <source>Office (RM5)</source>
        <translation>المكتب الأمامي أو الخلفي (RM5)</translation>
    </message>
    <message>
        <source>Who owns it (RT7)</source>
        <translation>من المسؤول عنها (RT7)</translation>
    </message>
    <message>
        <source>Experience aimed for (EX3)</source>
        <translation>التجربة المنشودة (EX3)</translation>
    </message>
    <message>
        <source>Measured by (EX5)</source>
        <translation>نوع القياس (EX5)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>المقياس</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Remove touchpoint</source>
        <translation>حذف نقطة التواصل</translation>
    </message>
    <message>
        <source>Edit touchpoint</source>
        <translation>تحرير نقطة التواصل</translation>
    </message>
    <message>
        <source>Not enough answers</source>
        <translation>الإجابات غير كافية</translation>
    </message>
    <message>
        <source>Cost of keeping a customer (6 to 1, RT5)</source>
        <translation>تكلفة الاحتفاظ بعميل (6 إلى 1، RT5)</translation>
    </message>
    <message>
        <source>Cost of keeping a customer</source>
        <translation>تكلفة الاحتفاظ بعميل</translation>
    </message>
    <message>
        <source>Expected lifetime, in periods</source>
        <translation>مدة بقاء العميل المتوقعة، بالفترات</translation>
    </message>
    <message>
        <source>Lifetime value of a customer</source>
        <translation>قيمة العميل مدى الحياة</translation>
    </message>
    <message>
        <source>Periods to pay back winning a customer</source>
        <translation>عدد الفترات اللازمة لاسترداد تكلفة كسب عميل</translation>
    </message>
    <message>
        <source>Lifetime value with 5 more points kept</source>
        <translation>قيمة العميل مدى الحياة مع رفع معدل الاحتفاظ 5 نقاط</translation>
    </message>
    <message>
        <source>Effect of 5 more points kept on that value</source>
        <translation>أثر رفع معدل الاحتفاظ 5 نقاط في هذه القيمة</translation>
    </message>
    <message>
        <source>Published reference: for small and mid-sized businesses, 5% more retention raises profit by %1 to %2% (RT1).</source>
        <translation>مرجع منشور: بالنسبة إلى المنشآت الصغيرة والمتوسطة، ترفع زيادةُ معدل الاحتفاظ بالعملاء بنسبة 5% الأرباحَ بنسبة تتراوح بين %1 و%2% (RT1).</translation>
    </message>
    <message>
        <source>Customers over time</source>
        <translation>عدد العملاء عبر الزمن</translation>
    </message>
    <message>
        <source>Today&apos;s retention</source>
        <translation>معدل الاحتفاظ الحالي</translation>
    </message>
    <message>
        <source>5 more points kept</source>
        <translation>رفع معدل الاحتفاظ 5 نقاط</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>الفترات</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>لم تتم الإجابة</translation>
    </message>
    <message>
        <source>Yes, surveyed</source>
        <translation>نعم، يُستطلع الرضا</translation>
    </message>
    <message>
        <source>No, not surveyed</source>
        <translation>لا، لا يُستطلع</translation>
    </message>
    <message>
        <source>Satisfaction surveyed here (RT6, RM6)</source>
        <translation>يُستطلع رضا العملاء هنا (RT6، RM6)</translation>
    </message>
</context>
<context>
    <name>mizan::ui::StartPage</name>
    <message>
        <source>Mizan</source>
        <translation>ميزان</translation>
    </message>
    <message>
        <source>Fill in the nine blocks of your business model, plan each customer segment&apos;s relationship, and see where the blocks contradict each other.</source>
        <translation>املأ الخانات التسع لنموذج عملك، وخطّط لعلاقة كل شريحة عملاء، واكتشف أين تتناقض الخانات فيما بينها.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>New empty canvas</source>
        <translation>لوحة فارغة جديدة</translation>
    </message>
    <message>
        <source>The nine blocks, empty: begin with your customer segments.</source>
        <translation>الخانات التسع فارغة: ابدأ بشرائح عملائك.</translation>
    </message>
    <message>
        <source>Open a canvas...</source>
        <translation>فتح لوحة...</translation>
    </message>
    <message>
        <source>A .mizan file, or a canvas saved as JSON.</source>
        <translation>ملف ‎.mizan، أو لوحة محفوظة بصيغة JSON.</translation>
    </message>
    <message>
        <source>Import from another tool...</source>
        <translation>استيراد من أداة أخرى...</translation>
    </message>
    <message>
        <source>Markdown, CSV, Leantime&apos;s export, the Business Model Canvas app.</source>
        <translation>Markdown، أو CSV، أو ملف تصدير Leantime، أو تطبيق Business Model Canvas.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>القوالب</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>الأمثلة</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>الملفات الأخيرة</translation>
    </message>
    <message>
        <source>The canvases you open will be listed here.</source>
        <translation>ستظهر هنا اللوحات التي تفتحها.</translation>
    </message>
</context>
<context>
    <name>mizan::ui::SuggestionList</name>
    <message>
        <source>Suggested answers</source>
        <translation>الإجابات المقترحة</translation>
    </message>
    <message>
        <source>Suggested: &lt;b&gt;%1&lt;/b&gt; — from: “%2”</source>
        <translation>المقترح: &lt;b&gt;%1&lt;/b&gt; — من: «%2»</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>قبول</translation>
    </message>
    <message>
        <source>Accept the suggestion “%1”</source>
        <translation>قبول الاقتراح «%1»</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Dismiss the suggestion “%1”: it will not be proposed again</source>
        <translation>تجاهل الاقتراح «%1»: لن يُقترح مرة أخرى</translation>
    </message>
</context>
<context>
    <name>mizan::ui::SuggestionSummary</name>
    <message>
        <source>Suggestions from the note&apos;s words</source>
        <translation>اقتراحات من كلمات الملاحظة</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>قبول الكل</translation>
    </message>
    <message>
        <source>Accept every suggested answer of this note (one undo step)</source>
        <translation>قبول كل الإجابات المقترحة لهذه الملاحظة (خطوة تراجع واحدة)</translation>
    </message>
    <message>
        <source>Dismiss all</source>
        <translation>تجاهل الكل</translation>
    </message>
    <message>
        <source>Dismiss every suggested answer of this note</source>
        <translation>تجاهل كل الإجابات المقترحة لهذه الملاحظة</translation>
    </message>
    <message numerus="yes">
        <source>The note&apos;s words suggest %n answer(s), shown under their questions. Nothing is answered until you accept.</source>
        <translation>
            <numerusform>لا تقترح كلمات الملاحظة أي إجابة.</numerusform>
            <numerusform>تقترح كلمات الملاحظة إجابة واحدة، معروضة تحت سؤالها. لا تُعتمد أي إجابة حتى تقبلها.</numerusform>
            <numerusform>تقترح كلمات الملاحظة إجابتين، معروضتين تحت سؤاليهما. لا تُعتمد أي إجابة حتى تقبلها.</numerusform>
            <numerusform>تقترح كلمات الملاحظة %n إجابات، معروضة تحت أسئلتها. لا تُعتمد أي إجابة حتى تقبلها.</numerusform>
            <numerusform>تقترح كلمات الملاحظة %n إجابةً، معروضة تحت أسئلتها. لا تُعتمد أي إجابة حتى تقبلها.</numerusform>
            <numerusform>تقترح كلمات الملاحظة %n إجابة، معروضة تحت أسئلتها. لا تُعتمد أي إجابة حتى تقبلها.</numerusform>
        </translation>
    </message>
</context>
</TS>
