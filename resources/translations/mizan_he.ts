<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he">
<context>
    <name>Checklist</name>
    <message>
        <source>How deep is the relationship with {segment}: continuous contact, or limited?</source>
        <translation>עד כמה עמוק הקשר עם {segment}: מגע רציף, או מוגבל?</translation>
    </message>
    <message>
        <source>Which mechanisms will carry the relationship?</source>
        <translation>אילו מנגנונים יישאו את הקשר?</translation>
    </message>
    <message>
        <source>What is the relationship for: winning, keeping or growing customers?</source>
        <translation>מה מטרת הקשר: גיוס לקוחות, שימורם או הרחבת הפעילות איתם?</translation>
    </message>
    <message>
        <source>Which channels does it run through? Do you own them, or use a partner&apos;s?</source>
        <translation>דרך אילו ערוצים הוא עובר? האם הם בבעלותכם, או שאתם משתמשים בערוצים של שותף?</translation>
    </message>
    <message>
        <source>Which concrete means fit these answers and the channels?</source>
        <translation>אילו אמצעים מעשיים מתאימים לתשובות האלה ולערוצים?</translation>
    </message>
    <message>
        <source>Which voice fits {segment} and the chosen mechanisms?</source>
        <translation>איזה סגנון פנייה מתאים לפלח {segment} ולמנגנונים שנבחרו?</translation>
    </message>
    <message>
        <source>Does the channel of {segment} support these answers?</source>
        <translation>האם הערוץ של {segment} תומך בתשובות האלה?</translation>
    </message>
    <message>
        <source>Answer depth, mechanism, focus and channel to see whether the channel supports them.</source>
        <translation>ענו על שאלות העומק, המנגנון, המיקוד והערוץ כדי לבדוק אם הערוץ תומך בתשובות.</translation>
    </message>
    <message>
        <source>Yes: {channels} support these answers.</source>
        <translation>כן: התשובות האלה נתמכות על ידי {channels}.</translation>
    </message>
    <message>
        <source>Not yet. Change the answers or the channel:</source>
        <translation>עדיין לא. שנו את התשובות או את הערוץ:</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ללא שם)</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>„{name}”</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>A customer segment with no relationship plan.</source>
        <translation>פלח לקוחות ללא תוכנית קשרי לקוחות.</translation>
    </message>
    <message>
        <source>The relationship is set per segment: how you interact with it before, during and after delivering value.</source>
        <translation>הקשר מוגדר לכל פלח בנפרד: כיצד אתם מתקשרים איתו לפני מסירת הערך, במהלכה ולאחריה.</translation>
    </message>
    <message>
        <source>Segment {segment} has no relationship plan.</source>
        <translation>לפלח {segment} אין תוכנית קשרי לקוחות.</translation>
    </message>
    <message>
        <source>Add a note to Customer Relationships for {segment} and answer its questions: depth, mechanism, focus, channel.</source>
        <translation>הוסיפו פתק בבלוק קשרי לקוחות עבור {segment} וענו על השאלות שלו: עומק, מנגנון, מיקוד, ערוץ.</translation>
    </message>
    <message>
        <source>Two or more relationship plans for the same segment.</source>
        <translation>שתי תוכניות קשרי לקוחות או יותר לאותו פלח.</translation>
    </message>
    <message>
        <source>A segment has one relationship: several plans contradict each other.</source>
        <translation>לכל פלח יש קשר אחד: כמה תוכניות סותרות זו את זו.</translation>
    </message>
    <message>
        <source>Segment {segment} has {count} relationship plans: {plans}.</source>
        <translation>לפלח {segment} יש {count} תוכניות קשרי לקוחות: {plans}.</translation>
    </message>
    <message>
        <source>Merge them into one plan, or point each plan at the segment it is really about.</source>
        <translation>אחדו אותן לתוכנית אחת, או שייכו כל תוכנית לפלח שבו היא באמת עוסקת.</translation>
    </message>
    <message>
        <source>A relationship plan that names no customer segment.</source>
        <translation>תוכנית קשרי לקוחות שאינה מציינת פלח לקוחות.</translation>
    </message>
    <message>
        <source>A relationship is always with a given segment.</source>
        <translation>קשר מתקיים תמיד עם פלח מסוים.</translation>
    </message>
    <message>
        <source>The plan {plan} is not tied to any customer segment.</source>
        <translation>התוכנית {plan} אינה משויכת לאף פלח לקוחות.</translation>
    </message>
    <message>
        <source>Choose the segment this plan is for.</source>
        <translation>בחרו את הפלח שאליו מיועדת התוכנית.</translation>
    </message>
    <message>
        <source>A customer segment that no channel serves.</source>
        <translation>פלח לקוחות שאף ערוץ אינו משרת.</translation>
    </message>
    <message>
        <source>The relationship runs through the segment&apos;s channel: without one, none of the answers can be delivered.</source>
        <translation>הקשר עובר דרך הערוץ של הפלח: בלי ערוץ, אי אפשר לממש אף אחת מהתשובות.</translation>
    </message>
    <message>
        <source>No channel serves segment {segment}.</source>
        <translation>אף ערוץ אינו משרת את הפלח {segment}.</translation>
    </message>
    <message>
        <source>Add {segment} to the segments served by one of your channels, or add a channel for it.</source>
        <translation>הוסיפו את {segment} לפלחים שאחד הערוצים שלכם משרת, או הוסיפו ערוץ עבורו.</translation>
    </message>
    <message>
        <source>A plan that runs through a channel which does not serve its segment.</source>
        <translation>תוכנית שעוברת דרך ערוץ שאינו משרת את הפלח שלה.</translation>
    </message>
    <message>
        <source>The segment&apos;s current channel must support the answers; a channel that does not reach the segment cannot.</source>
        <translation>הערוץ הנוכחי של הפלח חייב לתמוך בתשובות; ערוץ שאינו מגיע לפלח אינו יכול לעשות זאת.</translation>
    </message>
    <message>
        <source>The plan for {segment} runs through {channels}, which do not serve {segment}.</source>
        <translation>התוכנית עבור {segment} עוברת דרך {channels}, שאינם משרתים את {segment}.</translation>
    </message>
    <message>
        <source>Add {segment} to the segments {channels} serve, or pick channels that do.</source>
        <translation>הוסיפו את {segment} לפלחים שמשורתים על ידי {channels}, או בחרו ערוצים שמשרתים אותו.</translation>
    </message>
    <message>
        <source>Grow the team, keep dedicated assistance for key accounts only, or choose personal assistance for the rest.</source>
        <translation>הגדילו את הצוות, שמרו את הסיוע הייעודי ללקוחות מפתח בלבד, או בחרו סיוע אישי לשאר הלקוחות.</translation>
    </message>
    <message>
        <source>Dedicated personal assistance for a mass-market segment.</source>
        <translation>סיוע אישי ייעודי לפלח של שוק המונים.</translation>
    </message>
    <message>
        <source>Dedicated assistance is one representative per client, as for key accounts; a mass market cannot be served that way.</source>
        <translation>סיוע ייעודי הוא נציג אחד לכל לקוח, כמו ללקוחות מפתח; אי אפשר לשרת כך שוק המונים.</translation>
    </message>
    <message>
        <source>Segment {segment} is a mass market, yet its plan offers dedicated personal assistance.</source>
        <translation>הפלח {segment} הוא שוק המונים, ובכל זאת התוכנית שלו מציעה סיוע אישי ייעודי.</translation>
    </message>
    <message>
        <source>Keep dedicated assistance for a smaller key-account segment; serve the mass market with personal assistance, self-service or automation.</source>
        <translation>שמרו את הסיוע הייעודי לפלח קטן יותר של לקוחות מפתח; שרתו את שוק ההמונים באמצעות סיוע אישי, שירות עצמי או אוטומציה.</translation>
    </message>
    <message>
        <source>The people who give personal assistance are a cost; a model that leaves them out looks more profitable than it is.</source>
        <translation>האנשים שמעניקים סיוע אישי הם עלות; מודל שמשמיט אותם נראה רווחי יותר משהוא באמת.</translation>
    </message>
    <message>
        <source>A deep relationship that runs only through partner channels.</source>
        <translation>קשר עמוק שעובר רק דרך ערוצי שותפים.</translation>
    </message>
    <message>
        <source>Through partner channels a relationship is mostly shallow: the partner, not you, has the contact.</source>
        <translation>דרך ערוצי שותפים הקשר הוא לרוב שטחי: השותף, ולא אתם, נמצא במגע עם הלקוח.</translation>
    </message>
    <message>
        <source>The plan for {segment} is deep, but it runs only through partner channels: {channels}.</source>
        <translation>התוכנית עבור {segment} מגדירה קשר עמוק, אך היא עוברת רק דרך ערוצי שותפים: {channels}.</translation>
    </message>
    <message>
        <source>Add an owned channel for {segment}, or plan a shallower relationship.</source>
        <translation>הוסיפו ערוץ בבעלותכם עבור {segment}, או תכננו קשר שטחי יותר.</translation>
    </message>
    <message>
        <source>A deep relationship built only from shallow mechanisms.</source>
        <translation>קשר עמוק שבנוי רק ממנגנונים שטחיים.</translation>
    </message>
    <message>
        <source>A deep relationship needs continuous contact; self-service, automation, transactions and one-way broadcasts give limited contact.</source>
        <translation>קשר עמוק דורש מגע רציף; שירות עצמי, אוטומציה, עסקאות ודיוור חד־כיווני מספקים מגע מוגבל.</translation>
    </message>
    <message>
        <source>The plan for {segment} is deep, but its mechanisms are all shallow: {mechanisms}.</source>
        <translation>התוכנית עבור {segment} מגדירה קשר עמוק, אך כל המנגנונים שלה שטחיים: {mechanisms}.</translation>
    </message>
    <message>
        <source>Add a mechanism with real contact (personal assistance, a community, co-creation), or call the relationship shallow.</source>
        <translation>הוסיפו מנגנון עם מגע אמיתי (סיוע אישי, קהילה, יצירה משותפת), או הגדירו את הקשר כשטחי.</translation>
    </message>
    <message>
        <source>A shallow relationship that offers dedicated personal assistance.</source>
        <translation>קשר שטחי שמציע סיוע אישי ייעודי.</translation>
    </message>
    <message>
        <source>Dedicated assistance is the deepest contact there is; a shallow plan with it contradicts itself.</source>
        <translation>סיוע ייעודי הוא המגע העמוק ביותר שיש; תוכנית שטחית שכוללת אותו סותרת את עצמה.</translation>
    </message>
    <message>
        <source>The plan for {segment} is called shallow but offers dedicated personal assistance.</source>
        <translation>התוכנית עבור {segment} מוגדרת כשטחית אך מציעה סיוע אישי ייעודי.</translation>
    </message>
    <message>
        <source>Either the relationship is deeper than stated, or dedicated assistance is more than this segment needs.</source>
        <translation>או שהקשר עמוק יותר מכפי שהוגדר, או שסיוע ייעודי הוא יותר ממה שהפלח הזה צריך.</translation>
    </message>
    <message>
        <source>Customers are kept after the sale: the lifecycle ends with after-sales service.</source>
        <translation>לקוחות נשמרים אחרי המכירה: מחזור החיים מסתיים בשירות לאחר מכירה.</translation>
    </message>
    <message>
        <source>New customers must first hear of you and judge the offer: the channel has to support that answer.</source>
        <translation>לקוחות חדשים צריכים קודם לשמוע עליכם ולהעריך את ההצעה: הערוץ חייב לתמוך בתשובה הזו.</translation>
    </message>
    <message>
        <source>The concrete means must fit the channel: a means no channel offers cannot be delivered.</source>
        <translation>האמצעים המעשיים חייבים להתאים לערוץ: אי אפשר לספק אמצעי שאף ערוץ אינו מציע.</translation>
    </message>
    <message>
        <source>Offer {means} in one of the plan&apos;s channels, or choose means the channels have.</source>
        <translation>הציעו את {means} באחד מערוצי התוכנית, או בחרו אמצעים שקיימים בערוצים.</translation>
    </message>
    <message>
        <source>A community is a place where users help each other; someone has to run it.</source>
        <translation>קהילה היא מקום שבו משתמשים עוזרים זה לזה; מישהו צריך לנהל אותה.</translation>
    </message>
    <message>
        <source>A community with no place to meet.</source>
        <translation>קהילה ללא מקום מפגש.</translation>
    </message>
    <message>
        <source>Users can only help each other where they meet: a forum, social networks, events.</source>
        <translation>משתמשים יכולים לעזור זה לזה רק היכן שהם נפגשים: פורום, רשתות חברתיות, אירועים.</translation>
    </message>
    <message>
        <source>The plan for {segment} builds a community, but none of its channels offers a forum, social networks or events.</source>
        <translation>התוכנית עבור {segment} בונה קהילה, אך אף אחד מהערוצים שלה אינו מציע פורום, רשתות חברתיות או אירועים.</translation>
    </message>
    <message>
        <source>Offer a forum, social networks or events in one of the plan&apos;s channels.</source>
        <translation>הציעו פורום, רשתות חברתיות או אירועים באחד מערוצי התוכנית.</translation>
    </message>
    <message>
        <source>Automated services with no platform or no customer data.</source>
        <translation>שירותים אוטומטיים ללא פלטפורמה או ללא נתוני לקוחות.</translation>
    </message>
    <message>
        <source>Automated services recognise the user and recommend: they need a platform to run on and data to learn from.</source>
        <translation>שירותים אוטומטיים מזהים את המשתמש וממליצים לו: הם זקוקים לפלטפורמה שעליה יפעלו ולנתונים שמהם ילמדו.</translation>
    </message>
    <message>
        <source>Add {missing} to Key Resources, Activities or Partners.</source>
        <translation>הוסיפו {missing} למשאבים, לפעילויות או לשותפים המרכזיים.</translation>
    </message>
    <message>
        <source>Co-creation with no way to collect reviews or ideas.</source>
        <translation>יצירה משותפת ללא דרך לאסוף ביקורות או רעיונות.</translation>
    </message>
    <message>
        <source>Co-creation means customers add value, for example with reviews; something has to gather them.</source>
        <translation>יצירה משותפת פירושה שהלקוחות מוסיפים ערך, למשל באמצעות ביקורות; משהו צריך לאסוף אותן.</translation>
    </message>
    <message>
        <source>Data-hungry mechanisms with no stated privacy stance.</source>
        <translation>מנגנונים עתירי נתונים ללא מדיניות פרטיות מוצהרת.</translation>
    </message>
    <message>
        <source>Customers value anonymity: 69% are very or extremely worried about losing control of their personal data.</source>
        <translation>לקוחות מעריכים אנונימיות: 69% מודאגים מאוד או במידה רבה ביותר מאובדן השליטה על המידע האישי שלהם.</translation>
    </message>
    <message>
        <source>The plan for {segment} uses {mechanisms}, which feed on personal data, but states no privacy stance.</source>
        <translation>התוכנית עבור {segment} נשענת על {mechanisms}, הניזונים ממידע אישי, אך אינה מצהירה על מדיניות פרטיות.</translation>
    </message>
    <message>
        <source>State what data you collect from {segment}, why, and what they control.</source>
        <translation>ציינו אילו נתונים אתם אוספים מלקוחות הפלח {segment}, מדוע, ועל מה הם שולטים.</translation>
    </message>
    <message>
        <source>A customer segment no value proposition is linked to.</source>
        <translation>פלח לקוחות שאף הצעת ערך אינה מקושרת אליו.</translation>
    </message>
    <message>
        <source>Serve each segment by its needs and priorities: a segment with no value proposition has nothing to be served.</source>
        <translation>שרתו כל פלח לפי הצרכים וסדרי העדיפויות שלו: לפלח ללא הצעת ערך אין מה להציע.</translation>
    </message>
    <message>
        <source>No value proposition is linked to segment {segment}.</source>
        <translation>אף הצעת ערך אינה מקושרת לפלח {segment}.</translation>
    </message>
    <message>
        <source>Link the value proposition that serves {segment} to it.</source>
        <translation>קשרו אל הפלח {segment} את הצעת הערך שמשרתת אותו.</translation>
    </message>
    <message>
        <source>A segment with revenue per customer but no revenue stream linked to it.</source>
        <translation>פלח עם הכנסה לכל לקוח אך ללא זרם הכנסה מקושר.</translation>
    </message>
    <message>
        <source>The goal is more revenue per account; revenue the canvas cannot trace to a stream is a guess.</source>
        <translation>המטרה היא יותר הכנסה לכל חשבון; הכנסה שהקנבס אינו יכול לייחס לזרם הכנסה היא ניחוש.</translation>
    </message>
    <message>
        <source>Segment {segment} brings revenue per customer, but no revenue stream is linked to it.</source>
        <translation>הפלח {segment} מכניס הכנסה לכל לקוח, אך אף זרם הכנסה אינו מקושר אליו.</translation>
    </message>
    <message>
        <source>Link the revenue stream {segment} pays into.</source>
        <translation>קשרו את זרם ההכנסה שאליו משלם הפלח {segment}.</translation>
    </message>
    <message>
        <source>A lifecycle stage where the segment meets no touchpoint.</source>
        <translation>שלב במחזור החיים שבו הפלח אינו פוגש אף נקודת מגע.</translation>
    </message>
    <message>
        <source>The lifecycle runs from shopping to after-sales service; a stage with no touchpoint is a moment nobody designed.</source>
        <translation>מחזור החיים מתחיל בבחירה ומסתיים בשירות לאחר מכירה; שלב ללא נקודת מגע הוא רגע שאיש לא תכנן.</translation>
    </message>
    <message>
        <source>Segment {segment} has touchpoints, but none at: {stages}.</source>
        <translation>לפלח {segment} יש נקודות מגע, אך אין אף אחת מהן בשלבים: {stages}.</translation>
    </message>
    <message>
        <source>Map what happens to {segment} at {stages}, or say why nothing does.</source>
        <translation>מפו מה קורה לפלח {segment} בשלבים האלה, או הסבירו מדוע לא קורה בהם דבר: {stages}.</translation>
    </message>
    <message>
        <source>Touchpoints only in the front office.</source>
        <translation>נקודות מגע בפרונט־אופיס בלבד.</translation>
    </message>
    <message>
        <source>Service quality is judged by every contact, back office included: after-sales, accounting, the store.</source>
        <translation>איכות השירות נשפטת לפי כל מגע, כולל הבק־אופיס: שירות לאחר מכירה, הנהלת חשבונות, החנות.</translation>
    </message>
    <message>
        <source>The touchpoints of {segment} are all front office; none is in the back office.</source>
        <translation>כל נקודות המגע של הפלח {segment} הן בפרונט־אופיס; אף אחת מהן אינה בבק־אופיס.</translation>
    </message>
    <message>
        <source>Add the back-office contacts {segment} meets: invoices, returns, accounting, after-sales.</source>
        <translation>הוסיפו את נקודות המגע בבק־אופיס שהפלח {segment} פוגש: חשבוניות, החזרות, הנהלת חשבונות, שירות לאחר מכירה.</translation>
    </message>
    <message>
        <source>Measure the outcome (was the problem solved, and when), not the activity (how fast a reply went out).</source>
        <translation>מדדו את התוצאה (האם הבעיה נפתרה, ומתי), לא את הפעילות (כמה מהר נשלחה תשובה).</translation>
    </message>
    <message>
        <source>Customers want the same experience on every channel: their history must pass to the next touchpoint.</source>
        <translation>לקוחות רוצים אותה חוויה בכל ערוץ: ההיסטוריה שלהם חייבת לעבור לנקודת המגע הבאה.</translation>
    </message>
    <message>
        <source>Segment {segment} meets you on {count} channels, but nothing carries its history between them.</source>
        <translation>הפלח {segment} פוגש אתכם בכמה ערוצים ({count}), אך שום דבר אינו מעביר את ההיסטוריה שלו ביניהם.</translation>
    </message>
    <message>
        <source>how deep the relationship is</source>
        <translation>עד כמה עמוק הקשר</translation>
    </message>
    <message>
        <source>which mechanisms carry it</source>
        <translation>אילו מנגנונים נושאים את הקשר</translation>
    </message>
    <message>
        <source>whether it is to win, keep or grow customers</source>
        <translation>האם הקשר נועד לגייס לקוחות, לשמר אותם או להרחיב את הפעילות איתם</translation>
    </message>
    <message>
        <source>which channels it runs through</source>
        <translation>דרך אילו ערוצים עובר הקשר</translation>
    </message>
    <message>
        <source>who owns {notes}: you or a partner</source>
        <translation>של מי {notes}: שלכם או של שותף</translation>
    </message>
    <message>
        <source>the phases covered by {notes}</source>
        <translation>אילו שלבים מכוסים על ידי {notes}</translation>
    </message>
    <message>
        <source>the means offered by {notes}</source>
        <translation>אילו אמצעים מוצעים על ידי {notes}</translation>
    </message>
    <message>
        <source>the headcount of {notes}</source>
        <translation>מספר האנשים בצוות {notes}</translation>
    </message>
    <message>
        <source>the role of {notes}</source>
        <translation>התפקיד של {notes}</translation>
    </message>
    <message>
        <source>the segments served by {notes}</source>
        <translation>אילו פלחים משורתים על ידי {notes}</translation>
    </message>
    <message>
        <source>which cost in Cost Structure pays for {notes}</source>
        <translation>איזו עלות במבנה העלויות מממנת את {notes}</translation>
    </message>
    <message>
        <source>the voice it speaks in</source>
        <translation>באיזה סגנון פנייה פונים אליו</translation>
    </message>
    <message>
        <source>whether its touchpoints are surveyed for satisfaction</source>
        <translation>האם נערך סקר שביעות רצון בנקודות המגע שלו</translation>
    </message>
    <message>
        <source>whether its touchpoints at {labels} are front or back office</source>
        <translation>האם נקודות המגע שלו בשלבי {labels} הן בפרונט־אופיס או בבק־אופיס</translation>
    </message>
    <message>
        <source>who is responsible for its touchpoints at {labels}</source>
        <translation>מי אחראי לנקודות המגע שלו בשלבי {labels}</translation>
    </message>
    <message>
        <source>who its personas are, what they want and how they get it</source>
        <translation>מי הפרסונות שלו, מה הן רוצות ואיך הן משיגות זאת</translation>
    </message>
    <message>
        <source> and </source>
        <translation> ו</translation>
    </message>
    <message>
        <source>A channel that names no customer segment.</source>
        <translation>ערוץ שאינו מציין אף פלח לקוחות.</translation>
    </message>
    <message>
        <source>Channel {channel} names no customer segment.</source>
        <translation>הערוץ {channel} אינו מציין אף פלח לקוחות.</translation>
    </message>
    <message>
        <source>Choose the segments {channel} serves, or remove it if it serves none.</source>
        <translation>בחרו את הפלחים שהערוץ {channel} משרת, או הסירו אותו אם אינו משרת אף פלח.</translation>
    </message>
    <message>
        <source>Keeping or growing customers whom only partners meet after the sale, with no record of your own.</source>
        <translation>שימור לקוחות או הרחבת הפעילות איתם, כשאחרי המכירה רק שותפים נפגשים איתם ואין לכם רישום משלכם.</translation>
    </message>
    <message>
        <source>Through partner channels the partner holds the customer; keeping them takes your own record of who they are.</source>
        <translation>דרך ערוצי שותפים, הלקוח נמצא בידי השותף; כדי לשמר לקוחות צריך רישום משלכם של מי הם.</translation>
    </message>
    <message>
        <source>The plan for {segment} aims at {focus}, but after the sale {segment} deals only with partners ({channels}), and nothing keeps a record of these customers for you.</source>
        <translation>המיקוד של התוכנית עבור {segment} הוא {focus}, אך אחרי המכירה הפלח {segment} מתנהל רק מול שותפים ({channels}), ושום דבר אינו שומר עבורכם רישום של הלקוחות האלה.</translation>
    </message>
    <message>
        <source>Keep your own record of {segment} (an account, a CRM, a loyalty card), or serve it after the sale through a channel of your own.</source>
        <translation>נהלו רישום משלכם של הפלח {segment} (חשבון לקוח, מערכת CRM, כרטיס מועדון), או שרתו אותו אחרי המכירה דרך ערוץ בבעלותכם.</translation>
    </message>
    <message>
        <source>Moments that decide the experience, left to partners.</source>
        <translation>רגעים שמכריעים את החוויה, בידי שותפים.</translation>
    </message>
    <message>
        <source>Service quality is judged by every contact: at delivery, payment and after-sales the customer judges you by what the partner does.</source>
        <translation>איכות השירות נשפטת לפי כל מגע: במסירה, בתשלום ובשירות לאחר מכירה הלקוח שופט אתכם לפי מה שהשותף עושה.</translation>
    </message>
    <message>
        <source>At {stages}, {segment} is served by partners ({channels}): the experience there is theirs to make.</source>
        <translation>הפלח {segment} מקבל שירות משותפים ({channels}) בשלבים האלה, ואת החוויה שם הם יוצרים: {stages}.</translation>
    </message>
    <message>
        <source>Agree service levels with them and ask {segment} how those moments went, or bring them in-house.</source>
        <translation>סכמו איתם רמות שירות ושאלו את לקוחות הפלח {segment} איך עברו עליהם הרגעים האלה, או בצעו את השלבים האלה בעצמכם.</translation>
    </message>
    <message>
        <source>Customers who leave before paying back what winning them cost.</source>
        <translation>לקוחות שעוזבים לפני שהחזירו את עלות הגיוס שלהם.</translation>
    </message>
    <message>
        <source>Winning a customer costs about 6 times as much as keeping one: each customer must stay long enough to pay it back.</source>
        <translation>גיוס לקוח עולה בערך פי 6 משימור לקוח: כל לקוח צריך להישאר מספיק זמן כדי להחזיר את העלות הזו.</translation>
    </message>
    <message>
        <source>Winning a customer of {segment} costs {acquisition}, but a customer stays about {periods} periods and brings {brings} in that time: each one won loses money.</source>
        <translation>גיוס לקוח בפלח {segment} עולה {acquisition}, אך לקוח נשאר בערך {periods} תקופות ומכניס {brings} בזמן הזה: כל לקוח שמגויס מפסיד לכם כסף.</translation>
    </message>
    <message>
        <source>Only winning customers, while most of them leave.</source>
        <translation>רק גיוס לקוחות, בזמן שרובם עוזבים.</translation>
    </message>
    <message>
        <source>For small and mid-sized businesses, keeping 5% more customers raises profit by 25% to 85%; winning one costs about 6 times as much as keeping one.</source>
        <translation>בעסקים קטנים ובינוניים, שימור של 5% יותר לקוחות מעלה את הרווח ב-25% עד 85%; גיוס לקוח עולה בערך פי 6 משימור לקוח.</translation>
    </message>
    <message>
        <source>The plan for {segment} only wins customers, but keeps {rate}% of them each period.</source>
        <translation>התוכנית עבור {segment} רק מגייסת לקוחות, אך שומרת על {rate}% מהם בלבד בכל תקופה.</translation>
    </message>
    <message>
        <source>A plan to keep customers whose mechanisms keep nobody.</source>
        <translation>תוכנית לשימור לקוחות שהמנגנונים שלה אינם משמרים איש.</translation>
    </message>
    <message>
        <source>A purely transactional relationship (a fuel station) makes no attempt at a relationship; keeping customers needs contact, service, loyalty or personal touches.</source>
        <translation>קשר עסקתי גרידא (כמו בתחנת דלק) אינו מנסה ליצור קשר; שימור לקוחות דורש מגע, שירות, נאמנות או מחוות אישיות.</translation>
    </message>
    <message>
        <source>The plan for {segment} aims at keeping customers, but its mechanisms keep nobody: {mechanisms}.</source>
        <translation>התוכנית עבור {segment} שואפת לשמר לקוחות, אך המנגנונים שלה אינם משמרים איש: {mechanisms}.</translation>
    </message>
    <message>
        <source>Add a mechanism that keeps {segment}: personal assistance, a loyalty program, a community, a newsletter or personal touches.</source>
        <translation>הוסיפו מנגנון שישמר את {segment}: סיוע אישי, תוכנית נאמנות, קהילה, ניוזלטר או מחוות אישיות.</translation>
    </message>
    <message>
        <source>A plan to grow a segment with nothing that sells more to each customer.</source>
        <translation>תוכנית לצמיחה בפלח בלי שום דבר שמוכר יותר לכל לקוח.</translation>
    </message>
    <message>
        <source>Growing a segment means more revenue per account: repeat purchase, cross-selling, up-selling.</source>
        <translation>צמיחה בפלח פירושה יותר הכנסה מכל חשבון: רכישה חוזרת, מכירה צולבת, מכירת שדרוג (up-selling).</translation>
    </message>
    <message>
        <source>The plan for {segment} aims at growth, but none of its mechanisms sells more to each customer: {mechanisms}.</source>
        <translation>התוכנית עבור {segment} שואפת לצמיחה, אך אף אחד מהמנגנונים שלה אינו מוכר יותר לכל לקוח: {mechanisms}.</translation>
    </message>
    <message>
        <source>Add what grows each account of {segment}: tailored offers, cross- or up-selling by your people, loyalty tiers, referral or a partner program.</source>
        <translation>הוסיפו את מה שמגדיל כל חשבון בפלח {segment}: הצעות מותאמות אישית, מכירה צולבת או מכירת שדרוג על ידי האנשים שלכם, דרגות נאמנות, הפניות או תוכנית שותפים.</translation>
    </message>
    <message>
        <source>A plan to keep customers with no channel after the sale.</source>
        <translation>תוכנית לשימור לקוחות ללא ערוץ אחרי המכירה.</translation>
    </message>
    <message>
        <source>The plan for {segment} aims at keeping customers, but none of its channels covers after-sales: {channels}.</source>
        <translation>התוכנית עבור {segment} שואפת לשמר לקוחות, אך אף אחד מהערוצים שלה אינו מכסה שירות לאחר מכירה: {channels}.</translation>
    </message>
    <message>
        <source>Cover after-sales in one of the channels of {segment}, or add a channel that does.</source>
        <translation>כסו שירות לאחר מכירה באחד מהערוצים של {segment}, או הוסיפו ערוץ שעושה זאת.</translation>
    </message>
    <message>
        <source>A plan to win customers with no channel where they can find you.</source>
        <translation>תוכנית לגיוס לקוחות ללא ערוץ שבו הם יכולים למצוא אתכם.</translation>
    </message>
    <message>
        <source>The plan for {segment} aims at acquisition, but none of its channels covers awareness or evaluation: {channels}.</source>
        <translation>התוכנית עבור {segment} מתמקדת בגיוס לקוחות, אך אף אחד מהערוצים שלה אינו מכסה מודעות או הערכה: {channels}.</translation>
    </message>
    <message>
        <source>Add awareness or evaluation to one of the channels of {segment}, or add a channel that covers them.</source>
        <translation>הוסיפו מודעות או הערכה לאחד מהערוצים של {segment}, או הוסיפו ערוץ שמכסה אותן.</translation>
    </message>
    <message>
        <source>Survey service level at every contact; measure perception, and the outcome rather than the activity.</source>
        <translation>סקרו את רמת השירות בכל מגע; מדדו את התפיסה, ואת התוצאה ולא את הפעילות.</translation>
    </message>
    <message>
        <source>Survey {segment} at its touchpoints, or measure the outcome (was the problem solved, and when), and link it to {segment}.</source>
        <translation>ערכו סקר בקרב {segment} בנקודות המגע שלו, או מדדו את התוצאה (האם הבעיה נפתרה, ומתי), וקשרו את המדידה אל {segment}.</translation>
    </message>
    <message>
        <source>Means the plan uses that none of its channels offers.</source>
        <translation>אמצעים שהתוכנית משתמשת בהם ואף אחד מהערוצים שלה אינו מציע.</translation>
    </message>
    <message>
        <source>Voices for one segment that contradict each other across its channels.</source>
        <translation>סגנונות פנייה לאותו פלח שסותרים זה את זה בין הערוצים שלו.</translation>
    </message>
    <message>
        <source>The messages of every channel must agree; a voice may adapt to each mechanism, but not swing from formal to playful.</source>
        <translation>המסרים בכל הערוצים חייבים להיות עקביים; סגנון הפנייה יכול להתאים את עצמו לכל מנגנון, אבל לא לקפוץ מרשמי לקליל.</translation>
    </message>
    <message>
        <source>Segment {segment} is spoken to in clashing voices on different channels: {tones}.</source>
        <translation>הפנייה אל הפלח {segment} נעשית בסגנונות סותרים בערוצים שונים: {tones}.</translation>
    </message>
    <message>
        <source>Keep one voice for {segment}: let it adapt to each channel without contradicting itself.</source>
        <translation>שמרו על סגנון פנייה אחד אל {segment}: אפשרו לו להתאים את עצמו לכל ערוץ בלי לסתור את עצמו.</translation>
    </message>
    <message>
        <source>A community with nobody running it.</source>
        <translation>קהילה שאיש אינו מנהל אותה.</translation>
    </message>
    <message>
        <source>The plan for {segment} builds a community, but no team or activity runs one for {segment}.</source>
        <translation>התוכנית עבור {segment} בונה קהילה, אך אין צוות או פעילות שמנהלים קהילה עבור {segment}.</translation>
    </message>
    <message>
        <source>Add community management to Key Activities, or a community team to Key Resources, and say it serves {segment}.</source>
        <translation>הוסיפו ניהול קהילה לפעילויות המרכזיות, או צוות קהילה למשאבים המרכזיים, וציינו שהוא משרת את {segment}.</translation>
    </message>
    <message>
        <source>The plan for {segment} uses automated services, but nothing serving {segment} provides {missing}.</source>
        <translation>התוכנית עבור {segment} משתמשת בשירותים אוטומטיים, אך שום דבר שמשרת את {segment} אינו מספק: {missing}.</translation>
    </message>
    <message>
        <source>The plan for {segment} relies on co-creation, but nothing collects reviews or ideas from {segment}.</source>
        <translation>התוכנית עבור {segment} נשענת על יצירה משותפת, אך שום דבר אינו אוסף ביקורות או רעיונות מלקוחות הפלח {segment}.</translation>
    </message>
    <message>
        <source>Add review and idea collection to Key Activities or Key Resources, linked to {segment}.</source>
        <translation>הוסיפו איסוף ביקורות ורעיונות לפעילויות המרכזיות או למשאבים המרכזיים, מקושר אל {segment}.</translation>
    </message>
    <message>
        <source>Dedicated personal assistance with nobody to give it.</source>
        <translation>סיוע אישי ייעודי בלי מי שיעניק אותו.</translation>
    </message>
    <message>
        <source>The plan for {segment} offers dedicated personal assistance, but nobody in Key Resources serves {segment}.</source>
        <translation>התוכנית עבור {segment} מציעה סיוע אישי ייעודי, אך אף אחד במשאבים המרכזיים אינו משרת את {segment}.</translation>
    </message>
    <message>
        <source>Add the people who will be each client&apos;s representative to Key Resources and say they serve {segment}, or offer personal assistance or self-service instead.</source>
        <translation>הוסיפו למשאבים המרכזיים את האנשים שישמשו נציגים של כל לקוח, וציינו שהם משרתים את {segment}, או הציעו במקום זאת סיוע אישי או שירות עצמי.</translation>
    </message>
    <message>
        <source>Personal assistance with nobody to give it.</source>
        <translation>סיוע אישי בלי מי שיעניק אותו.</translation>
    </message>
    <message>
        <source>Personal assistance is human interaction: at the point of sale, in a call centre, by e-mail; someone has to give it.</source>
        <translation>סיוע אישי הוא אינטראקציה אנושית: בנקודת המכירה, במוקד שירות, בדואר אלקטרוני; מישהו צריך להעניק אותו.</translation>
    </message>
    <message>
        <source>The plan for {segment} relies on {mechanisms}, but nobody in Key Resources serves {segment}.</source>
        <translation>התוכנית עבור {segment} נשענת על {mechanisms}, אך אף אחד במשאבים המרכזיים אינו משרת את {segment}.</translation>
    </message>
    <message>
        <source>Say in Key Resources who answers {segment} (a team, or the owner), or choose a mechanism that needs no people, such as self-service.</source>
        <translation>ציינו במשאבים המרכזיים מי עונה ללקוחות הפלח {segment} (צוות, או הבעלים), או בחרו מנגנון שאינו דורש אנשים, כמו שירות עצמי.</translation>
    </message>
    <message>
        <source>Dedicated personal assistance for a segment far larger than its people can cover.</source>
        <translation>סיוע אישי ייעודי לפלח גדול בהרבה ממה שהאנשים המשרתים אותו מסוגלים לכסות.</translation>
    </message>
    <message>
        <source>Dedicated assistance means one representative per client; the people who serve the segment must be able to cover it.</source>
        <translation>סיוע ייעודי פירושו נציג אחד לכל לקוח; האנשים שמשרתים את הפלח חייבים להיות מסוגלים לכסות אותו.</translation>
    </message>
    <message>
        <source>Personal assistance promised to far more customers than its people can answer.</source>
        <translation>סיוע אישי שהובטח להרבה יותר לקוחות ממה שהאנשים שמעניקים אותו מסוגלים לענות להם.</translation>
    </message>
    <message>
        <source>Personal assistance is human interaction: each person can only answer so many customers.</source>
        <translation>סיוע אישי הוא אינטראקציה אנושית: כל אדם יכול לענות רק למספר מוגבל של לקוחות.</translation>
    </message>
    <message>
        <source>Add people, or let self-service, automation or a community take the routine questions of {segment}.</source>
        <translation>הוסיפו אנשים, או תנו לשירות עצמי, לאוטומציה או לקהילה לטפל בשאלות השגרתיות של {segment}.</translation>
    </message>
    <message>
        <source>People who give assistance, with no cost linked to them.</source>
        <translation>אנשים שמעניקים סיוע, בלי עלות שמקושרת אליהם.</translation>
    </message>
    <message>
        <source>The plan for {segment} relies on {mechanisms} from {teams}, but no cost in Cost Structure is linked to them.</source>
        <translation>התוכנית עבור {segment} נשענת על {mechanisms} שמעניקים {teams}, אך אף עלות במבנה העלויות אינה מקושרת אליהם.</translation>
    </message>
    <message>
        <source>Link the cost that pays for {teams} to them, or add one to Cost Structure.</source>
        <translation>קשרו אל {teams} את העלות שמממנת אותם, או הוסיפו עלות כזו למבנה העלויות.</translation>
    </message>
    <message>
        <source>Answers the checklist needs before it can judge a segment.</source>
        <translation>תשובות שרשימת הבדיקה צריכה לפני שהיא יכולה לשפוט פלח.</translation>
    </message>
    <message>
        <source>An unanswered question is unknown, not &quot;no&quot;: the checklist asks for it instead of guessing.</source>
        <translation>שאלה שלא נענתה היא לא ידועה, ולא „לא”: רשימת הבדיקה שואלת עליה במקום לנחש.</translation>
    </message>
    <message>
        <source>Still to answer for {segment}: {questions}.</source>
        <translation>נותר לברר לגבי הפלח {segment}: {questions}.</translation>
    </message>
    <message>
        <source>Answer these in the planner or in the notes they name; until then the checklist does not judge what depends on them.</source>
        <translation>ענו עליהן במתכנן או בפתקים שהן מזכירות; עד אז רשימת הבדיקה לא תשפוט את מה שתלוי בהן.</translation>
    </message>
    <message>
        <source>A touchpoint measured by activity, not by outcome.</source>
        <translation>נקודת מגע שנמדדת לפי פעילות, לא לפי תוצאה.</translation>
    </message>
    <message>
        <source>At the {stage} stage, {segment} is measured by activity ({measure}), not by whether its problem was solved.</source>
        <translation>בשלב {stage}, הפלח {segment} נמדד לפי פעילות ({measure}), ולא לפי השאלה אם הבעיה שלו נפתרה.</translation>
    </message>
    <message>
        <source>Measure the outcome of {segment} at {stage}: was the problem solved, and when.</source>
        <translation>מדדו את התוצאה עבור {segment} בשלב {stage}: האם הבעיה נפתרה, ומתי.</translation>
    </message>
    <message>
        <source>A segment met on several channels with no shared customer record.</source>
        <translation>פלח שנפגש בכמה ערוצים ללא תיק לקוח משותף.</translation>
    </message>
    <message>
        <source>Add a shared customer record (a CRM) to Key Resources or Activities, serving {segment}.</source>
        <translation>הוסיפו תיק לקוח משותף (מערכת CRM) למשאבים או לפעילויות המרכזיים, שמשרת את {segment}.</translation>
    </message>
    <message>
        <source>the concrete means of the plan&apos;s {labels}</source>
        <translation>האמצעים המעשיים של התוכנית עבור {labels}</translation>
    </message>
    <message>
        <source>A channel exists to reach segments: say which ones, so the checklist can judge what it supports.</source>
        <translation>ערוץ קיים כדי להגיע לפלחים: ציינו לאילו, כדי שרשימת הבדיקה תוכל לשפוט במה הוא תומך.</translation>
    </message>
    <message>
        <source>Keep the customers of {segment} longer (a retention focus), win them for less, or earn more per period.</source>
        <translation>שמרו על לקוחות {segment} זמן רב יותר (מיקוד בשימור), גייסו אותם בעלות נמוכה יותר, או הרוויחו יותר בכל תקופה.</translation>
    </message>
    <message>
        <source>Add retention to the plan&apos;s focus for {segment}: 5 more points kept is worth 25% to 85% more profit.</source>
        <translation>הוסיפו שימור למיקוד התוכנית עבור {segment}: 5 נקודות שימור נוספות שוות 25% עד 85% יותר רווח.</translation>
    </message>
    <message>
        <source>A plan to keep customers with nothing that measures how they fare.</source>
        <translation>תוכנית לשימור לקוחות בלי שום מדידה של החוויה שלהם.</translation>
    </message>
    <message>
        <source>The plan for {segment} aims at keeping customers, but nothing measures how {segment} fares: no satisfaction survey and no outcome measure serves it.</source>
        <translation>התוכנית עבור {segment} שואפת לשמר לקוחות, אך שום דבר אינו מודד את החוויה של הפלח {segment}: אין סקר שביעות רצון ואין מדידת תוצאה שמשרתים אותו.</translation>
    </message>
    <message>
        <source>A plan to keep customers measured by internal indicators only, never by asking them.</source>
        <translation>תוכנית לשימור לקוחות שנמדדת רק לפי מדדים פנימיים, בלי לשאול אותם אף פעם.</translation>
    </message>
    <message>
        <source>Measure perception with satisfaction surveys, not only internal indicators: the customer is the one who judges you.</source>
        <translation>מדדו את התפיסה באמצעות סקרי שביעות רצון, ולא רק לפי מדדים פנימיים: הלקוח הוא מי ששופט אתכם.</translation>
    </message>
    <message>
        <source>The plan for {segment} aims at keeping customers and measures outcomes, but never asks {segment} how satisfied it is.</source>
        <translation>התוכנית עבור {segment} שואפת לשמר לקוחות ומודדת תוצאות, אך אף פעם אינה שואלת את {segment} עד כמה הוא מרוצה.</translation>
    </message>
    <message>
        <source>Add a short satisfaction survey for {segment} at the touchpoints that matter most, and link it to {segment}.</source>
        <translation>הוסיפו סקר שביעות רצון קצר עבור {segment} בנקודות המגע החשובות ביותר, וקשרו אותו אל {segment}.</translation>
    </message>
    <message>
        <source>Without people to give it (a seller, an account manager, the owner), dedicated personal assistance makes no sense: nobody exists to give it.</source>
        <translation>בלי אנשים שיעניקו אותה (איש מכירות, מנהל לקוח, הבעלים), אין טעם בסיוע אישי ייעודי: אין מי שיעניק אותו.</translation>
    </message>
    <message>
        <source>Segment {segment} has about {size} customers, but the people who could serve it ({people}) give dedicated assistance to about {capacity} (one representative looks after about {ratio} accounts).</source>
        <translation>לפלח {segment} יש כ-{size} לקוחות, אך האנשים שיכולים לשרת אותו ({people}) מעניקים סיוע ייעודי לכ-{capacity} בלבד (נציג אחד מטפל בכ-{ratio} לקוחות).</translation>
    </message>
    <message>
        <source>Segment {segment} has about {size} customers, but the people who could serve it ({people}) can give personal assistance to about {capacity} (about {ratio} customers each).</source>
        <translation>לפלח {segment} יש כ-{size} לקוחות, אך האנשים שיכולים לשרת אותו ({people}) יכולים להעניק סיוע אישי לכ-{capacity} בלבד (כ-{ratio} לקוחות לכל אחד).</translation>
    </message>
    <message>
        <source>which note of Customer Relationships is its plan</source>
        <translation>איזה פתק בקשרי לקוחות הוא התוכנית שלו</translation>
    </message>
    <message>
        <source>which channel reaches it</source>
        <translation>איזה ערוץ מגיע אליו</translation>
    </message>
    <message>
        <source>who in Key Resources serves it (its plan relies on {labels})</source>
        <translation>מי במשאבים המרכזיים משרת אותו (התוכנית שלו נשענת על {labels})</translation>
    </message>
    <message>
        <source>about how many customers it has</source>
        <translation>כמה לקוחות יש לו בערך</translation>
    </message>
    <message>
        <source>whether it is served by {notes} (say so with a link)</source>
        <translation>האם {notes} משרתים אותו (ציינו זאת בקישור)</translation>
    </message>
    <message>
        <source>whether its touchpoints&apos; measures count outcomes or activity</source>
        <translation>האם המדדים בנקודות המגע שלו מודדים תוצאות או פעילות</translation>
    </message>
    <message>
        <source>whether {notes} gives it {labels} (tick it in the planner if so)</source>
        <translation>האם {notes} נותן לו {labels} (אם כן, סמנו זאת במתכנן)</translation>
    </message>
    <message>
        <source>which value proposition serves it</source>
        <translation>איזו הצעת ערך משרתת אותו</translation>
    </message>
    <message>
        <source>which revenue stream it pays into</source>
        <translation>לאיזה מקור הכנסה הוא משלם</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>The plan for {segment} counts on means that none of its channels offers: {means}.</source>
        <translation>התוכנית עבור {segment} נשענת על אמצעים שאף אחד מהערוצים שלו אינו מציע: {means}.</translation>
    </message>
    <message>
        <source>Dedicated personal assistance, but nobody who serves the segment can be each client&apos;s representative.</source>
        <translation>סיוע אישי ייעודי, אך אף אחד מאלה שמשרתים את הפלח אינו יכול להיות הנציג של כל לקוח.</translation>
    </message>
    <message>
        <source>Dedicated assistance is one representative per client: someone who meets customers, not a community moderator or the production team.</source>
        <translation>סיוע ייעודי פירושו נציג אחד לכל לקוח: מישהו שפוגש לקוחות, לא מנהל קהילה ולא צוות הייצור.</translation>
    </message>
    <message>
        <source>The plan for {segment} offers dedicated personal assistance, but the people who serve it ({teams}) do not meet clients as their representative.</source>
        <translation>התוכנית עבור {segment} מציעה סיוע אישי ייעודי, אך האנשים שמשרתים אותו ({teams}) אינם פוגשים לקוחות כנציגים שלהם.</translation>
    </message>
    <message>
        <source>Name the representatives of {segment} (sales, account management, support, or the owner) in Key Resources, or choose a mechanism {teams} can carry.</source>
        <translation>ציינו במשאבים המרכזיים את הנציגים של {segment} (מכירות, ניהול לקוחות, תמיכה או הבעלים), או בחרו מנגנון ש-{teams} יכולים לשאת.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Subjects: %1</source>
        <translation>פתקים נוגעים בדבר: %1</translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation>מתודה: %1</translation>
    </message>
    <message>
        <source>Suggestion: %1</source>
        <translation>הצעה: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>שגיאה אחת</numerusform>
            <numerusform>%Ln שגיאות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>אזהרה אחת</numerusform>
            <numerusform>%Ln אזהרות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln piece(s) of advice</source>
        <translation>
            <numerusform>עצה אחת</numerusform>
            <numerusform>%Ln עצות</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>(rests on a suggested answer)</source>
        <translation>(נשען על תשובה מוצעת)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln suggestion(s) read from the notes&apos; words</source>
        <translation>
            <numerusform>הצעה אחת שהופקה מהמילים שבפתקים</numerusform>
            <numerusform>%Ln הצעות שהופקו מהמילים שבפתקים</numerusform>
        </translation>
    </message>
    <message>
        <source>(from: “%1”)</source>
        <translation>(מתוך: „%1”)</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>Text</source>
        <translation>טקסט</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>תיאור</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>תגיות</translation>
    </message>
    <message>
        <source>Linked notes</source>
        <translation>פתקים מקושרים</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>צבע</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>כותרת</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>שפה</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>מטבע</translation>
    </message>
    <message>
        <source>Relationship calendar</source>
        <translation>לוח השנה של קשרי הלקוחות</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ללא)</translation>
    </message>
    <message>
        <source>Added to %1</source>
        <translation>נוסף לבלוק %1</translation>
    </message>
    <message>
        <source>Removed from %1</source>
        <translation>הוסר מהבלוק %1</translation>
    </message>
    <message>
        <source>Moved from %1 to %2</source>
        <translation>הוזז מהבלוק %1 לבלוק %2</translation>
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
        <translation>%1 כבר פתוח בחלון Mizan אחר (%2). עברו לחלון ההוא כדי לערוך אותו.</translation>
    </message>
    <message>
        <source>You do not have permission to change %1, so it opens read-only. Use Save As to keep a copy.</source>
        <translation>אין לכם הרשאה לשנות את %1, ולכן הוא נפתח לקריאה בלבד. השתמשו ב„שמירה בשם” כדי לשמור עותק.</translation>
    </message>
    <message>
        <source>%1 is open in another Mizan window; close it there before recovering your changes.</source>
        <translation>%1 פתוח בחלון Mizan אחר; סגרו אותו שם לפני שחזור השינויים.</translation>
    </message>
    <message>
        <source>Untitled canvas</source>
        <translation>קנבס ללא שם</translation>
    </message>
    <message>
        <source>This canvas has no file yet: use Save As.</source>
        <translation>לקנבס הזה עדיין אין קובץ: השתמשו ב„שמירה בשם”.</translation>
    </message>
    <message>
        <source>%1 is open in another Mizan window (%2); close it there first or choose another name.</source>
        <translation>%1 פתוח בחלון Mizan אחר (%2); סגרו אותו שם קודם, או בחרו שם אחר.</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggestion(s)</source>
        <translation>
            <numerusform>אישור הצעה אחת</numerusform>
            <numerusform>אישור %n הצעות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dismiss %n suggestion(s)</source>
        <translation>
            <numerusform>דחיית הצעה אחת</numerusform>
            <numerusform>דחיית %n הצעות</numerusform>
        </translation>
    </message>
    <message>
        <source>Versions are kept inside .mizan documents. Save this canvas as a .mizan document first.</source>
        <translation>גרסאות נשמרות בתוך מסמכי ‎.mizan. שמרו קודם את הקנבס הזה כמסמך ‎.mizan.</translation>
    </message>
    <message>
        <source>Restore version “%1”</source>
        <translation>שחזור הגרסה „%1”</translation>
    </message>
    <message>
        <source>Theirs is not known in full for this conflict: edit the note by hand instead.</source>
        <translation>הגרסה שלהם אינה ידועה במלואה בהתנגשות הזו: ערכו את הפתק ידנית במקום זאת.</translation>
    </message>
    <message>
        <source>Keeping theirs would break a reference: %1</source>
        <translation>השארת הגרסה שלהם תשבור הפניה: %1</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>השארת הגרסה שלי</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>השארת הגרסה שלהם</translation>
    </message>
    <message>
        <source>Reload from disk</source>
        <translation>טעינה מחדש מהדיסק</translation>
    </message>
    <message>
        <source>Merge the version on disk</source>
        <translation>מיזוג הגרסה שבדיסק</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>מיזוג %1</translation>
    </message>
</context>
<context>
    <name>Economics</name>
    <message>
        <source>Customers leave before paying back what winning them cost: each customer won loses %1 over the time they stay. Keep them longer, win them for less, or earn more per period (RT5).</source>
        <translation>הלקוחות עוזבים לפני שהם מחזירים את עלות גיוסם: כל לקוח שגויס מפסיד %1 לאורך התקופה שבה הוא נשאר. שמרו על הלקוחות זמן רב יותר, גייסו אותם בעלות נמוכה יותר, או הרוויחו יותר בכל תקופה (RT5).</translation>
    </message>
</context>
<context>
    <name>ErrorWords</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>הקובץ %1 אינו קיים.</translation>
    </message>
    <message>
        <source>You do not have permission to read %1.</source>
        <translation>אין לך הרשאה לקרוא את הקובץ %1.</translation>
    </message>
    <message>
        <source>%1 is not a Mizan canvas.</source>
        <translation>הקובץ %1 אינו קנבס של Mizan.</translation>
    </message>
    <message>
        <source>%1 belongs to another application, not to Mizan.</source>
        <translation>הקובץ %1 שייך ליישום אחר, לא ל־Mizan.</translation>
    </message>
    <message>
        <source>%1 is damaged or incomplete, so Mizan cannot open it.</source>
        <translation>הקובץ %1 פגום או חלקי, ולכן Mizan אינו יכול לפתוח אותו.</translation>
    </message>
    <message>
        <source>%1 was made by a newer Mizan. Update Mizan to open it.</source>
        <translation>הקובץ %1 נוצר בגרסה חדשה יותר של Mizan. עדכנו את Mizan כדי לפתוח אותו.</translation>
    </message>
    <message>
        <source>%1 does not follow the Mizan format.</source>
        <translation>הקובץ %1 אינו בתבנית של Mizan.</translation>
    </message>
    <message>
        <source>%1 is too large or too deeply nested to open.</source>
        <translation>הקובץ %1 גדול מדי או מקונן מדי כדי לפתוח אותו.</translation>
    </message>
    <message>
        <source>Mizan could not write %1; the canvas is unchanged.</source>
        <translation>‏Mizan לא הצליח לכתוב את %1; הקנבס לא השתנה.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Page</source>
        <translation>עמוד</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>לרוחב</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>לאורך</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Lay out right to left</source>
        <translation>פריסה מימין לשמאל</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>גודל עמוד</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>כיוון</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>רזולוציה</translation>
    </message>
    <message>
        <source>Export canvas</source>
        <translation>ייצוא קנבס</translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;PNG image (*.png);;SVG drawing (*.svg);;Mizan JSON (*.json)</source>
        <translation>דוח PDF (*.pdf);;תמונת PNG (*.png);;שרטוט SVG (*.svg);;Mizan JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not export %1</source>
        <translation>לא ניתן לייצא את %1</translation>
    </message>
    <message>
        <source>Mizan exports .pdf, .png, .svg and .json files.</source>
        <translation>Mizan מייצא קבצים מסוג .pdf, .png, .svg ו-.json.</translation>
    </message>
    <message>
        <source>The PDF could not be drawn.</source>
        <translation>לא ניתן היה ליצור את קובץ ה-PDF.</translation>
    </message>
    <message>
        <source>That resolution makes an image too large; choose fewer dots per inch.</source>
        <translation>ברזולוציה הזו התמונה גדולה מדי; בחרו פחות נקודות לאינץ׳.</translation>
    </message>
    <message>
        <source>The image could not be encoded.</source>
        <translation>לא ניתן היה לקודד את התמונה.</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>הייצוא בוטל</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>לא נכתב דבר.</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Errors</source>
        <translation>שגיאות</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>אזהרות</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>המלצות</translation>
    </message>
</context>
<context>
    <name>FormBuilder</name>
    <message>
        <source>Edit %1</source>
        <translation>עריכת %1</translation>
    </message>
    <message>
        <source>There are no notes in %1 yet.</source>
        <translation>עדיין אין פתקים בבלוק %1.</translation>
    </message>
    <message>
        <source>Answer a question</source>
        <translation>מענה על שאלה</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>לא הוגדר</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>שינוי %1</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>אוטומטי</translation>
    </message>
    <message>
        <source>Use the automatic colour again</source>
        <translation>חזרה לצבע האוטומטי</translation>
    </message>
    <message>
        <source>Automatic %1</source>
        <translation>%1: אוטומטי</translation>
    </message>
    <message>
        <source>Choose a colour...</source>
        <translation>בחירת צבע...</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>&quot;{text}&quot;</source>
        <translation>„{text}”</translation>
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
        <translation>אפליקציית Business Model Canvas (RedPhoenixQ)</translation>
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
        <translation>שורה {line}</translation>
    </message>
    <message>
        <source>element {element}, line {line}</source>
        <translation>רכיב {element}, שורה {line}</translation>
    </message>
    <message>
        <source>item {item}</source>
        <translation>פריט {item}</translation>
    </message>
    <message>
        <source>{notes} note in {blocks} block from {format}.</source>
        <translation>{notes} פתק ב-{blocks} בלוק, מתוך {format}.</translation>
    </message>
    <message>
        <source>{notes} notes in {blocks} block from {format}.</source>
        <translation>{notes} פתקים ב-{blocks} בלוק, מתוך {format}.</translation>
    </message>
    <message>
        <source>{notes} notes in {blocks} blocks from {format}.</source>
        <translation>{notes} פתקים ב-{blocks} בלוקים, מתוך {format}.</translation>
    </message>
    <message>
        <source>No notes from {format}: the canvas is empty.</source>
        <translation>לא יובאו פתקים מתוך {format}: הקנבס ריק.</translation>
    </message>
    <message>
        <source>{where}: {excerpt} is in no block; kept in {block}, tagged {tag}.</source>
        <translation>{where}: {excerpt} אינו באף בלוק; נשמר בבלוק {block} עם התגית {tag}.</translation>
    </message>
    <message>
        <source>{where}: {excerpt} is under {section}, which is not a block; kept in {block}, tagged {tag}.</source>
        <translation>{where}: {excerpt} נמצא תחת {section}, שאינו בלוק; נשמר בבלוק {block} עם התגית {tag}.</translation>
    </message>
    <message>
        <source>The file names no title: the canvas is called {title} after the file.</source>
        <translation>בקובץ אין כותרת: הקנבס נקרא {title} על שם הקובץ.</translation>
    </message>
    <message>
        <source>Language {language}, guessed from the script of the text.</source>
        <translation>השפה {language} נוחשה לפי הכתב שבו נכתב הטקסט.</translation>
    </message>
    <message>
        <source>The file was UTF-16 text; it was read as such.</source>
        <translation>הקובץ היה טקסט בקידוד UTF-16, והוא נקרא בהתאם.</translation>
    </message>
    <message>
        <source>line {line}: the placeholder {excerpt} under {section} was left out.</source>
        <translation>שורה {line}: מציין המיקום {excerpt} תחת {section} הושמט.</translation>
    </message>
    <message>
        <source>The export does not name the kind of board (no key on &lt;canvas&gt;); it was read as a Business Model Canvas.</source>
        <translation>קובץ הייצוא אינו מציין את סוג הלוח (אין key ב-&lt;canvas&gt;); הוא נקרא כקנבס מודל עסקי.</translation>
    </message>
    <message>
        <source>{count} empty item was left out.</source>
        <translation>{count} פריט ריק הושמט.</translation>
    </message>
    <message>
        <source>{count} empty items were left out.</source>
        <translation>{count} פריטים ריקים הושמטו.</translation>
    </message>
    <message>
        <source>Leantime&apos;s statuses are kept as tags (Draft, In review, Valid, On hold, Invalid).</source>
        <translation>הסטטוסים של Leantime נשמרו כתגיות (Draft, In review, Valid, On hold, Invalid).</translation>
    </message>
    <message>
        <source>Not imported: the items&apos; {fields}.</source>
        <translation>לא יובאו: {fields} של הפריטים.</translation>
    </message>
    <message>
        <source>authors</source>
        <translation>המחברים</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>התאריכים</translation>
    </message>
    <message>
        <source>Not imported: the items&apos; fields {fields}.</source>
        <translation>לא יובאו שדות הפריטים {fields}.</translation>
    </message>
    <message>
        <source>The save is from version {version} of the app; Mizan knows its saves up to version {known} and read it the same way.</source>
        <translation>קובץ השמירה נוצר בגרסה {version} של האפליקציה; Mizan מכיר את קובצי השמירה שלה עד גרסה {known}, וקרא אותו באותו אופן.</translation>
    </message>
    <message>
        <source>{count} relation between items became a link from the first item to the second.</source>
        <translation>{count} קשר בין פריטים הפך לקישור מהפריט הראשון אל השני.</translation>
    </message>
    <message>
        <source>{count} relations between items became links from the first item to the second.</source>
        <translation>{count} קשרים בין פריטים הפכו לקישורים מהפריט הראשון אל השני.</translation>
    </message>
    <message>
        <source>{count} relation to groups, sliders or left-out items could not be kept.</source>
        <translation>{count} קשר לקבוצות, למחוונים או לפריטים שהושמטו לא נשמר.</translation>
    </message>
    <message>
        <source>{count} relations to groups, sliders or left-out items could not be kept.</source>
        <translation>{count} קשרים לקבוצות, למחוונים או לפריטים שהושמטו לא נשמרו.</translation>
    </message>
    <message>
        <source>The Extended BMC&apos;s {segment} was read as {block}.</source>
        <translation>המקטע {segment} של Extended BMC נקרא כבלוק {block}.</translation>
    </message>
    <message>
        <source>{count} slider was left out: a canvas has no sliders.</source>
        <translation>{count} מחוון הושמט: אין מחוונים בקנבס.</translation>
    </message>
    <message>
        <source>{count} sliders were left out: a canvas has no sliders.</source>
        <translation>{count} מחוונים הושמטו: אין מחוונים בקנבס.</translation>
    </message>
    <message>
        <source>{count} item with no name or text (an icon only) was left out.</source>
        <translation>{count} פריט ללא שם או טקסט (סמל בלבד) הושמט.</translation>
    </message>
    <message>
        <source>{count} items with no name or text (an icon only) were left out.</source>
        <translation>{count} פריטים ללא שם או טקסט (סמל בלבד) הושמטו.</translation>
    </message>
    <message>
        <source>{count} node of an unknown kind was left out.</source>
        <translation>{count} צומת מסוג לא מוכר הושמט.</translation>
    </message>
    <message>
        <source>{count} nodes of an unknown kind were left out.</source>
        <translation>{count} צמתים מסוג לא מוכר הושמטו.</translation>
    </message>
    <message>
        <source>The group {group} holds no notes: its name was not kept.</source>
        <translation>הקבוצה {group} אינה מכילה פתקים: שמה לא נשמר.</translation>
    </message>
    <message>
        <source>The names of the groups items were in are kept as tags.</source>
        <translation>שמות הקבוצות שבהן היו הפריטים נשמרו כתגיות.</translation>
    </message>
    <message>
        <source>Page {page} ({count} note) was not imported: Mizan reads the page that was open, {open}. Open the other page in the app and save to import it.</source>
        <translation>העמוד {page} ({count} פתק) לא יובא: Mizan קורא את העמוד שהיה פתוח, {open}. פתחו את העמוד האחר באפליקציה ושמרו כדי לייבא אותו.</translation>
    </message>
    <message>
        <source>Page {page} ({count} notes) was not imported: Mizan reads the page that was open, {open}. Open the other page in the app and save to import it.</source>
        <translation>העמוד {page} ({count} פתקים) לא יובא: Mizan קורא את העמוד שהיה פתוח, {open}. פתחו את העמוד האחר באפליקציה ושמרו כדי לייבא אותו.</translation>
    </message>
    <message>
        <source>Read as a table separated by {separator}, with a header row: blocks in column {block}, text in column {text}.</source>
        <translation>נקרא כטבלה המופרדת ב{separator}, עם שורת כותרת: הבלוקים בעמודה {block}, הטקסט בעמודה {text}.</translation>
    </message>
    <message>
        <source>Read as a table separated by {separator}, without a header row: blocks in column {block}, text in column {text}.</source>
        <translation>נקרא כטבלה המופרדת ב{separator}, ללא שורת כותרת: הבלוקים בעמודה {block}, הטקסט בעמודה {text}.</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>פסיקים</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>תווי נקודה-פסיק</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>טאבים</translation>
    </message>
    <message>
        <source>Columns not imported: {columns}.</source>
        <translation>עמודות שלא יובאו: {columns}.</translation>
    </message>
    <message>
        <source>{count} row with no text was left out (line {lines}).</source>
        <translation>{count} שורה ללא טקסט הושמטה (שורה {lines} בקובץ).</translation>
    </message>
    <message>
        <source>{count} rows with no text were left out (lines {lines}).</source>
        <translation>{count} שורות ללא טקסט הושמטו (שורות {lines} בקובץ).</translation>
    </message>
    <message>
        <source>{count} rows with no text were left out (the first at lines {lines}).</source>
        <translation>{count} שורות ללא טקסט הושמטו (הראשונות שבהן בשורות {lines} בקובץ).</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>הקובץ גדול מדי</translation>
    </message>
    <message>
        <source>The file is {size} MiB; Mizan imports canvases of up to {limit} MiB.</source>
        <translation>גודל הקובץ {size} MiB; ‏Mizan מייבא קנבסים בגודל של עד {limit} MiB.</translation>
    </message>
    <message>
        <source>A .mizan document</source>
        <translation>מסמך ‎.mizan</translation>
    </message>
    <message>
        <source>This is a .mizan document (an SQLite database), not a file to import: open it as it is.</source>
        <translation>זהו מסמך ‎.mizan (מסד נתונים של SQLite), לא קובץ לייבוא: פתחו אותו כפי שהוא.</translation>
    </message>
    <message>
        <source>Not valid UTF-16</source>
        <translation>קידוד UTF-16 לא תקין</translation>
    </message>
    <message>
        <source>The file starts as UTF-16 text, but the two bytes at offset {offset} are half of a character.</source>
        <translation>הקובץ מתחיל כטקסט בקידוד UTF-16, אבל שני הבתים בהיסט {offset} הם חצי תו.</translation>
    </message>
    <message>
        <source>Empty file</source>
        <translation>קובץ ריק</translation>
    </message>
    <message>
        <source>The file is empty: there is no canvas in it.</source>
        <translation>הקובץ ריק: אין בו קנבס.</translation>
    </message>
    <message>
        <source>Not UTF-8 text</source>
        <translation>לא טקסט בקידוד UTF-8</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text: the byte {byte} at offset {offset} (line {line}) is not valid UTF-8. Save the file as UTF-8 and import it again.</source>
        <translation>הקובץ אינו טקסט בקידוד UTF-8: הבית {byte} בהיסט {offset} (שורה {line}) אינו UTF-8 תקין. שמרו את הקובץ בקידוד UTF-8 וייבאו אותו שוב.</translation>
    </message>
    <message>
        <source>Not a canvas</source>
        <translation>זה לא קנבס</translation>
    </message>
    <message>
        <source>The file holds binary data (a NUL byte at offset {offset}), not text.</source>
        <translation>הקובץ מכיל נתונים בינאריים (בית NUL בהיסט {offset}), לא טקסט.</translation>
    </message>
    <message>
        <source>This XML or HTML file is not a Leantime canvas export (it has no &lt;canvas&gt; element).</source>
        <translation>קובץ ה-XML או ה-HTML הזה אינו ייצוא של קנבס מ-Leantime (אין בו רכיב &lt;canvas&gt;).</translation>
    </message>
    <message>
        <source>No block for the notes</source>
        <translation>אין בלוק לפתקים</translation>
    </message>
    <message>
        <source>The {count} note of the file is in no block of the Business Model Canvas, so Mizan cannot tell where it goes.</source>
        <translation>בקובץ {count} פתק, והוא אינו באף בלוק של קנבס המודל העסקי, ולכן Mizan אינו יכול לדעת לאן הוא שייך.</translation>
    </message>
    <message>
        <source>None of the {count} notes of the file is in a block of the Business Model Canvas, so Mizan cannot tell where they go.</source>
        <translation>אף אחד מ-{count} הפתקים שבקובץ אינו בבלוק של קנבס המודל העסקי, ולכן Mizan אינו יכול לדעת לאן הם שייכים.</translation>
    </message>
    <message>
        <source>No canvas blocks</source>
        <translation>אין בלוקים של קנבס</translation>
    </message>
    <message>
        <source>The file has no heading that names a block of the Business Model Canvas (such as &quot;## Key partners&quot; or &quot;## Customer segments&quot;, in English, French, Arabic or Hebrew), so Mizan cannot tell where its notes go.</source>
        <translation>אין בקובץ כותרת שמציינת בלוק של קנבס המודל העסקי (כמו „## שותפים מרכזיים” או „## פלחי לקוחות”, בעברית, בערבית, באנגלית או בצרפתית), ולכן Mizan אינו יכול לדעת לאן שייכים הפתקים שבו.</translation>
    </message>
    <message>
        <source>The file has no heading that names a block of the Business Model Canvas (such as &quot;## Key partners&quot; or &quot;## Customer segments&quot;, in English, French, Arabic or Hebrew), so Mizan cannot tell where its notes go. Its headings are {headings}.</source>
        <translation>אין בקובץ כותרת שמציינת בלוק של קנבס המודל העסקי (כמו „## שותפים מרכזיים” או „## פלחי לקוחות”, בעברית, בערבית, באנגלית או בצרפתית), ולכן Mizan אינו יכול לדעת לאן שייכים הפתקים שבו. הכותרות שבו הן {headings}.</translation>
    </message>
    <message>
        <source>The file has no heading that names a block of the Business Model Canvas (such as &quot;## Key partners&quot; or &quot;## Customer segments&quot;, in English, French, Arabic or Hebrew), so Mizan cannot tell where its notes go. Its headings include {headings}.</source>
        <translation>אין בקובץ כותרת שמציינת בלוק של קנבס המודל העסקי (כמו „## שותפים מרכזיים” או „## פלחי לקוחות”, בעברית, בערבית, באנגלית או בצרפתית), ולכן Mizan אינו יכול לדעת לאן שייכים הפתקים שבו. בין הכותרות שבו: {headings}.</translation>
    </message>
    <message>
        <source>Cut short</source>
        <translation>קובץ קטוע</translation>
    </message>
    <message>
        <source>The Leantime export ends inside {element} opened at line {line}: the file is incomplete. Export the board from Leantime again.</source>
        <translation>קובץ הייצוא של Leantime מסתיים בתוך {element} שנפתח בשורה {line}: הקובץ חלקי. ייצאו שוב את הלוח מ-Leantime.</translation>
    </message>
    <message>
        <source>Not a Leantime canvas</source>
        <translation>זה לא קנבס של Leantime</translation>
    </message>
    <message>
        <source>Expected {element} at line {line}, as Leantime&apos;s canvas export starts; this XML file is something else.</source>
        <translation>היה צפוי {element} בשורה {line}, כפי שמתחיל ייצוא קנבס של Leantime; קובץ ה-XML הזה הוא משהו אחר.</translation>
    </message>
    <message>
        <source>Not a Business Model Canvas</source>
        <translation>זה לא קנבס מודל עסקי</translation>
    </message>
    <message>
        <source>This Leantime export holds a {board} board (line {line}); Mizan imports Leantime&apos;s Business Model Canvas boards ({known}).</source>
        <translation>קובץ הייצוא הזה של Leantime מכיל לוח מסוג {board} (שורה {line}); Mizan מייבא מ-Leantime לוחות מסוג קנבס מודל עסקי ({known}).</translation>
    </message>
    <message>
        <source>Damaged save</source>
        <translation>קובץ שמירה פגום</translation>
    </message>
    <message>
        <source>The Business Model Canvas save is not valid JSON: {reason} at line {line}, column {column}. The file may be cut short.</source>
        <translation>קובץ השמירה של Business Model Canvas אינו JSON תקין: {reason} בשורה {line}, עמודה {column}. ייתכן שהקובץ קטוע.</translation>
    </message>
    <message>
        <source>Not a Business Model Canvas save</source>
        <translation>זה לא קובץ שמירה של Business Model Canvas</translation>
    </message>
    <message>
        <source>The JSON file has no &quot;pages&quot; list, as saves of the Business Model Canvas app have.</source>
        <translation>בקובץ ה-JSON אין רשימת „pages”, כפי שיש בקובצי השמירה של אפליקציית Business Model Canvas.</translation>
    </message>
    <message>
        <source>Empty save</source>
        <translation>קובץ שמירה ריק</translation>
    </message>
    <message>
        <source>The Business Model Canvas save has no pages.</source>
        <translation>בקובץ השמירה של Business Model Canvas אין עמודים.</translation>
    </message>
    <message>
        <source>Invalid save</source>
        <translation>קובץ שמירה לא תקין</translation>
    </message>
    <message>
        <source>Page {page} of the save has no &quot;nodes&quot; list.</source>
        <translation>בעמוד {page} של קובץ השמירה אין רשימת „nodes”.</translation>
    </message>
    <message>
        <source>No canvas on the page</source>
        <translation>אין קנבס בעמוד</translation>
    </message>
    <message>
        <source>The open page {page} of the save has none of the Business Model Canvas&apos;s blocks (it uses the empty template), so Mizan cannot tell where its items go.</source>
        <translation>בעמוד הפתוח {page} של קובץ השמירה אין אף אחד מהבלוקים של קנבס המודל העסקי (הוא משתמש בתבנית הריקה), ולכן Mizan אינו יכול לדעת לאן שייכים הפריטים שבו.</translation>
    </message>
    <message>
        <source>No block column</source>
        <translation>אין עמודת בלוקים</translation>
    </message>
    <message>
        <source>Mizan found no column that names the canvas&apos;s blocks. Give the table a header row with a &quot;Block&quot; column and a &quot;Text&quot; column, or put a block&apos;s name (such as &quot;Key partners&quot;) in one column of every row.</source>
        <translation>‏Mizan לא מצא עמודה שמציינת את הבלוקים של הקנבס. הוסיפו לטבלה שורת כותרת עם עמודה „בלוק” ועמודה „טקסט”, או כתבו שם של בלוק (כמו „שותפים מרכזיים”) באחת העמודות של כל שורה.</translation>
    </message>
    <message>
        <source>The quoted field that opens at line {line} is never closed: the file may be cut short.</source>
        <translation>השדה שבמירכאות שנפתח בשורה {line} אינו נסגר לעולם: ייתכן שהקובץ קטוע.</translation>
    </message>
    <message>
        <source>No row of the table names a block of the Business Model Canvas: the block column holds {names}.</source>
        <translation>אף שורה בטבלה אינה מציינת בלוק של קנבס המודל העסקי: בעמודת הבלוקים מופיעים {names}.</translation>
    </message>
</context>
<context>
    <name>Method</name>
    <message>
        <source>The block says how you interact with each customer segment before, during and after delivering value. It is set per segment.</source>
        <translation>הבלוק מתאר כיצד אתם מתקשרים עם כל פלח לקוחות לפני מסירת הערך, במהלכה ולאחריה. הוא מוגדר לכל פלח בנפרד.</translation>
    </message>
    <message>
        <source>Motivations: acquire customers, retain them, grow each segment (boost sales).</source>
        <translation>מניעים: גיוס לקוחות, שימורם, והרחבת כל פלח (הגדלת המכירות).</translation>
    </message>
    <message>
        <source>The channels you own shape the relationships you can have. Without a sales or marketing team, &quot;dedicated personal assistance&quot; makes no sense: nobody exists to give it. Checking this is how you test whether the model holds together.</source>
        <translation>הערוצים שבבעלותכם מעצבים את הקשרים שתוכלו לקיים. בלי צוות מכירות או שיווק, ל„סיוע אישי ייעודי” אין משמעות: אין מי שיעניק אותו. בדיקה זו היא הדרך לבחון אם המודל מחזיק מים.</translation>
    </message>
    <message>
        <source>Question 1, depth: deep (continuous contact) or shallow (limited contact), or in between. Through partner channels a relationship is mostly shallow. A deep relationship makes leaving costly for the customer (high switching cost); a shallow one cannot.</source>
        <translation>שאלה 1, עומק: עמוק (מגע רציף) או שטחי (מגע מוגבל), או משהו ביניהם. דרך ערוצי שותפים הקשר הוא לרוב שטחי. קשר עמוק הופך את העזיבה ליקרה עבור הלקוח (עלות מעבר גבוהה); קשר שטחי אינו יכול לעשות זאת.</translation>
    </message>
    <message>
        <source>Question 2, mechanism: automated, self-service, community, personal assistance, dedicated personal assistance.</source>
        <translation>שאלה 2, מנגנון: אוטומטי, שירות עצמי, קהילה, סיוע אישי, סיוע אישי ייעודי.</translation>
    </message>
    <message>
        <source>Question 3, focus: acquisition or retention.</source>
        <translation>שאלה 3, מיקוד: גיוס לקוחות או שימור לקוחות.</translation>
    </message>
    <message>
        <source>Question 4, channel: do you own it, or use a partner&apos;s?</source>
        <translation>שאלה 4, ערוץ: האם הוא בבעלותכם, או שאתם משתמשים בערוץ של שותף?</translation>
    </message>
    <message>
        <source>Then: does this segment&apos;s current channel support the answers? If yes, good. If not, change the answers or the channel.</source>
        <translation>לאחר מכן: האם הערוץ הנוכחי של הפלח הזה תומך בתשובות? אם כן, מצוין. אם לא, שנו את התשובות או את הערוץ.</translation>
    </message>
    <message>
        <source>Then pick concrete means that fit the answers and the channel: e.g. personal assistance through a toll-free number, e-mail, or social networks.</source>
        <translation>לאחר מכן בחרו אמצעים מעשיים שמתאימים לתשובות ולערוץ: למשל סיוע אישי באמצעות מספר חיוג חינם, דואר אלקטרוני או רשתות חברתיות.</translation>
    </message>
    <message>
        <source>Your voice must fit the audience&apos;s expectations and the chosen mechanism.</source>
        <translation>סגנון הפנייה שלכם חייב להתאים לציפיות הקהל ולמנגנון שנבחר.</translation>
    </message>
    <message>
        <source>Relationship types: personal assistance (human interaction: point of sale, call centre, e-mail, social); dedicated personal assistance (one representative per client, key accounts); self-service (no direct relationship, you provide the means); automated services (self-service plus automation that recognises the user and recommends: simulated personal relationship); communities (places where users help each other); co-creation (customers add value, e.g. reviews).</source>
        <translation>סוגי קשרים: סיוע אישי (אינטראקציה אנושית: נקודת מכירה, מוקד שירות, דואר אלקטרוני, רשתות חברתיות); סיוע אישי ייעודי (נציג אחד לכל לקוח, לקוחות מפתח); שירות עצמי (אין קשר ישיר, אתם מספקים את האמצעים); שירותים אוטומטיים (שירות עצמי בתוספת אוטומציה שמזהה את המשתמש וממליצה לו: הדמיה של קשר אישי); קהילות (מקומות שבהם משתמשים עוזרים זה לזה); יצירה משותפת (הלקוחות מוסיפים ערך, למשל באמצעות ביקורות).</translation>
    </message>
    <message>
        <source>Further examples: newsletters, blogs, events and conferences, call centre or toll-free line, lock-in, manuals shipped with the product, loyalty programs (points, miles), network effects, webinars, tutorials, workshops, sponsorship, referral programs, purely transactional (a fuel station: no attempt at a relationship), partner programs, long-term commitments (B2B contracts, a bank loan).</source>
        <translation>דוגמאות נוספות: ניוזלטרים, בלוגים, אירועים וכנסים, מוקד שירות או קו חיוג חינם, נעילת לקוח (lock-in), חוברות הדרכה שמצורפות למוצר, תוכניות נאמנות (נקודות, נקודות נוסע מתמיד), אפקט רשת, וובינרים, מדריכים, סדנאות, חסויות, תוכניות הפניה, קשר עסקתי גרידא (תחנת דלק: אין שום ניסיון ליצור קשר), תוכניות שותפים, התחייבויות ארוכות טווח (חוזי B2B, הלוואה בנקאית).</translation>
    </message>
    <message>
        <source>For small and mid-sized businesses, raising retention by 5% raises profit by 25% to 85%.</source>
        <translation>בעסקים קטנים ובינוניים, העלאת שיעור השימור ב-5% מעלה את הרווח ב-25% עד 85%.</translation>
    </message>
    <message>
        <source>Why customers leave: 68% are unhappy with service quality, 13% the product, 9% competitors.</source>
        <translation>למה לקוחות עוזבים: 68% אינם מרוצים מאיכות השירות, 13% מהמוצר, 9% בגלל המתחרים.</translation>
    </message>
    <message>
        <source>Know your customers: follow each customer&apos;s journey (landing to leaving) and analyse motivation, first experience, personalisation, change, satisfaction, loyalty.</source>
        <translation>הכירו את הלקוחות שלכם: עקבו אחר המסע של כל לקוח (מההגעה ועד העזיבה) ונתחו מוטיבציה, חוויה ראשונה, התאמה אישית, שינוי, שביעות רצון ונאמנות.</translation>
    </message>
    <message>
        <source>Build buyer personas to reach the right customers with the right material at the right time.</source>
        <translation>בנו פרסונות של קונים כדי להגיע ללקוחות הנכונים עם החומר הנכון בזמן הנכון.</translation>
    </message>
    <message>
        <source>Winning a new customer costs about 6 times as much as keeping one.</source>
        <translation>גיוס לקוח חדש עולה בערך פי 6 משימור לקוח קיים.</translation>
    </message>
    <message>
        <source>Define customer expectations. Keeping 19 promises of 20 is not enough: one failure erases trust. Survey service level at every contact; leave no request unanswered; promise deadlines you can beat (can fix in 5 minutes: promise half an hour).</source>
        <translation>הגדירו את ציפיות הלקוחות. לקיים 19 הבטחות מתוך 20 אינו מספיק: כישלון אחד מוחק את האמון. סקרו את רמת השירות בכל מגע; אל תשאירו אף פנייה ללא מענה; הבטיחו מועדים שתוכלו להקדים (אפשר לתקן ב-5 דקות: הבטיחו חצי שעה).</translation>
    </message>
    <message>
        <source>Keep the relationship alive: CRM tools, an annual calendar of to-do lists, help in daily activities, anticipate incidents, regular contact about new offers, someone responsible for every customer.</source>
        <translation>שמרו על הקשר חי: כלי CRM, לוח שנה שנתי של רשימות משימות, עזרה בפעילויות היומיומיות, צפייה מראש של תקלות, קשר קבוע לגבי הצעות חדשות, אחראי לכל לקוח.</translation>
    </message>
    <message>
        <source>Social channels, useful news, an e-mail strategy, a blog.</source>
        <translation>ערוצים חברתיים, חדשות מועילות, אסטרטגיית דואר אלקטרוני, בלוג.</translation>
    </message>
    <message>
        <source>Personal touches: birthday and anniversary messages, handwritten letters, special offers for top customers, a personal call on their day.</source>
        <translation>מחוות אישיות: ברכות ליום הולדת ולימי שנה, מכתבים בכתב יד, הצעות מיוחדות ללקוחות המובילים, שיחה אישית ביום המיוחד שלהם.</translation>
    </message>
    <message>
        <source>Loyalty rests on customer-service KPIs and consistent service; self-service knowledge base; expert advice; online groups.</source>
        <translation>נאמנות נשענת על מדדי ביצוע (KPI) של שירות הלקוחות ועל שירות עקבי; מאגר ידע לשירות עצמי; ייעוץ מומחים; קבוצות מקוונות.</translation>
    </message>
    <message>
        <source>Keep a set of KPIs that measures growth.</source>
        <translation>החזיקו מערך של מדדי ביצוע (KPI) שמודד צמיחה.</translation>
    </message>
    <message>
        <source>Feedback surveys: every customer counts; monitor individual feedback; it shows what to fix and what to be proud of, and predicts trends.</source>
        <translation>סקרי משוב: כל לקוח חשוב; עקבו אחר המשוב של כל לקוח; הוא מראה מה צריך לתקן ובמה אפשר להתגאות, ומנבא מגמות.</translation>
    </message>
    <message>
        <source>Firms chase relationships through more contact, data harvesting and tailored offers.</source>
        <translation>חברות רודפות אחר קשרים באמצעות יותר מגע, איסוף נתונים והצעות מותאמות אישית.</translation>
    </message>
    <message>
        <source>Customers do not want relationships: they value anonymity (69% of about 6,000 online consumers very or extremely worried about losing control of personal data), follow their own agendas (3% of packaged-goods site visitors look for lifestyle content), and stay suspicious.</source>
        <translation>לקוחות אינם רוצים קשרים: הם מעריכים אנונימיות (69% מתוך כ-6,000 צרכנים מקוונים מודאגים מאוד או במידה רבה ביותר מאובדן השליטה על המידע האישי שלהם), פועלים לפי סדר היום שלהם (3% ממבקרי אתרים של מוצרי צריכה ארוזים מחפשים תוכן לייף־סטייל), ונשארים חשדנים.</translation>
    </message>
    <message>
        <source>Make every touchpoint a satisfying experience; redesign internal processes, not customers (a hotel built one unified contact centre instead of asking callers to pick the right number).</source>
        <translation>הפכו כל נקודת מגע לחוויה מספקת; עצבו מחדש את התהליכים הפנימיים, לא את הלקוחות (בית מלון הקים מוקד פניות מאוחד אחד במקום לבקש מהמתקשרים לבחור את המספר הנכון).</translation>
    </message>
    <message>
        <source>Meet today&apos;s goals, do not count on loyalty; scenario questions: who are the users, what are their goals, how do they reach them.</source>
        <translation>ענו על המטרות של היום, ואל תסמכו על נאמנות; שאלות תרחיש: מי המשתמשים, מהן המטרות שלהם, ואיך הם משיגים אותן.</translation>
    </message>
    <message>
        <source>Measure the outcome (was the problem solved, and when), not the activity (how fast a reply went out).</source>
        <translation>מדדו את התוצאה (האם הבעיה נפתרה, ומתי), לא את הפעילות (כמה מהר נשלחה תשובה).</translation>
    </message>
    <message>
        <source>Touchpoints drive purchase decisions today; each is an opportunity and a risk.</source>
        <translation>כיום נקודות המגע מניעות את החלטות הרכישה; כל אחת מהן היא הזדמנות וגם סיכון.</translation>
    </message>
    <message>
        <source>Identify the customer and segment, their needs and priorities, then serve them at each touchpoint as their life events change.</source>
        <translation>זהו את הלקוח ואת הפלח, את הצרכים ואת סדרי העדיפויות שלהם, ואז שרתו אותם בכל נקודת מגע בהתאם לשינויים באירועי החיים שלהם.</translation>
    </message>
    <message>
        <source>The lifecycle: shopping, purchase, receipt (delivery), payment, use, after-sales service; through one channel or several.</source>
        <translation>מחזור החיים: בחירה, רכישה, קבלה (משלוח), תשלום, שימוש, שירות לאחר מכירה; דרך ערוץ אחד או כמה ערוצים.</translation>
    </message>
    <message>
        <source>Customers want one long relationship and the same experience whatever the channel: staff know them, what they ordered, their preferences and history pass to the next touchpoint, data is shared across channels.</source>
        <translation>לקוחות רוצים קשר אחד ארוך ואותה חוויה בכל ערוץ: הצוות מכיר אותם, מה שהזמינו, ההעדפות וההיסטוריה שלהם עוברים לנקודת המגע הבאה, והנתונים משותפים בין הערוצים.</translation>
    </message>
    <message>
        <source>A company that treats touchpoints as mere distribution and payment points is siloed and confuses customers.</source>
        <translation>חברה שמתייחסת לנקודות המגע כאל נקודות הפצה ותשלום בלבד פועלת במחלקות מנותקות (silos) ומבלבלת את הלקוחות.</translation>
    </message>
    <message>
        <source>Products look alike; the experience is what keeps customers.</source>
        <translation>המוצרים דומים זה לזה; החוויה היא שמשמרת את הלקוחות.</translation>
    </message>
    <message>
        <source>The relationship is every exchange between company and customer, across all sales channels and touchpoints; CRM adds data and technology.</source>
        <translation>הקשר הוא כל חילופי הדברים בין החברה ללקוח, בכל ערוצי המכירה ונקודות המגע; CRM מוסיף נתונים וטכנולוגיה.</translation>
    </message>
    <message>
        <source>Goals: more revenue per account (repeat and cross-selling), better customer profitability, no slow drain to competitors.</source>
        <translation>מטרות: יותר מחזור לכל חשבון (מכירות חוזרות ומכירות צולבות), שיפור רווחיות הלקוחות, ומניעת זליגה הדרגתית של לקוחות למתחרים.</translation>
    </message>
    <message>
        <source>Three levers: satisfaction (analyse and meet needs exactly), experience (memorable moments along the purchase journey), engagement (customers who recommend you, ambassadors, suggestions).</source>
        <translation>שלושה מנופים: שביעות רצון (ניתוח הצרכים ומענה מדויק עליהם), חוויה (רגעים בלתי נשכחים לאורך מסע הרכישה), מעורבות (לקוחות שממליצים עליכם, שגרירים, הצעות לשיפור).</translation>
    </message>
    <message>
        <source>Watch multichannel consistency: the messages of every channel must agree.</source>
        <translation>הקפידו על עקביות רב־ערוצית: המסרים בכל ערוץ חייבים להיות תואמים.</translation>
    </message>
    <message>
        <source>Control every touchpoint, back office included (after-sales, accounting, the store): service quality is judged by every contact.</source>
        <translation>שלטו בכל נקודת מגע, כולל הבק־אופיס (שירות לאחר מכירה, הנהלת חשבונות, החנות): איכות השירות נשפטת לפי כל מגע.</translation>
    </message>
    <message>
        <source>Measure perception with satisfaction surveys, not only internal indicators.</source>
        <translation>מדדו את התפיסה באמצעות סקרי שביעות רצון, ולא רק באמצעות מדדים פנימיים.</translation>
    </message>
    <message>
        <source>Social networks multiply the stakes: customers want to share opinions, good or bad.</source>
        <translation>הרשתות החברתיות מכפילות את ההימור: לקוחות רוצים לשתף את דעתם, חיובית או שלילית.</translation>
    </message>
</context>
<context>
    <name>NoteWords</name>
    <message>
        <source>%1 customers</source>
        <translation>%1 לקוחות</translation>
    </message>
    <message numerus="yes">
        <source>%n phases</source>
        <translation>
            <numerusform>%n שלב</numerusform>
            <numerusform>%n שלבים</numerusform>
        </translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>עבור %1</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n איש</numerusform>
            <numerusform>%n אנשים</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Not answered</source>
        <translation>לא נענה</translation>
    </message>
    <message>
        <source>Appendix: notes continued</source>
        <translation>נספח: המשך הפתקים</translation>
    </message>
    <message>
        <source>Relationship plan: %1</source>
        <translation>תוכנית קשרי לקוחות: %1</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>פלח</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>שוק</translation>
    </message>
    <message>
        <source>Estimated customers</source>
        <translation>מספר לקוחות משוער</translation>
    </message>
    <message>
        <source>Revenue per customer per year</source>
        <translation>הכנסה ללקוח לשנה</translation>
    </message>
    <message>
        <source>Relationship plan</source>
        <translation>תוכנית קשרי לקוחות</translation>
    </message>
    <message>
        <source>No plan yet (CR1).</source>
        <translation>עדיין אין תוכנית (CR1).</translation>
    </message>
    <message>
        <source>Depth (CR4)</source>
        <translation>עומק (CR4)</translation>
    </message>
    <message>
        <source>Mechanisms (CR5)</source>
        <translation>מנגנונים (CR5)</translation>
    </message>
    <message>
        <source>Focus (CR6)</source>
        <translation>מיקוד (CR6)</translation>
    </message>
    <message>
        <source>ownership not set</source>
        <translation>הבעלות לא הוגדרה</translation>
    </message>
    <message>
        <source>Channels (CR7)</source>
        <translation>ערוצים (CR7)</translation>
    </message>
    <message>
        <source>Means (CR9)</source>
        <translation>אמצעים (CR9)</translation>
    </message>
    <message>
        <source>Voice (CR10)</source>
        <translation>סגנון פנייה (CR10)</translation>
    </message>
    <message>
        <source>Voice on %1</source>
        <translation>סגנון פנייה בערוץ %1</translation>
    </message>
    <message>
        <source>Privacy stance (EX2)</source>
        <translation>מדיניות פרטיות (EX2)</translation>
    </message>
    <message>
        <source>Does the channel support it? (CR8)</source>
        <translation>האם הערוץ תומך בכך? (CR8)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>ממצאים</translation>
    </message>
    <message>
        <source>No findings: the blocks hold together.</source>
        <translation>אין ממצאים: הבלוקים מתיישבים זה עם זה.</translation>
    </message>
    <message>
        <source>Untitled canvas</source>
        <translation>קנבס ללא שם</translation>
    </message>
    <message>
        <source>Business Model Canvas by Strategyzer AG (strategyzer.com), CC BY-SA 3.0</source>
        <translation>Business Model Canvas מאת Strategyzer AG (strategyzer.com), CC BY-SA 3.0</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>עמוד %1 מתוך %2</translation>
    </message>
    <message>
        <source>▸ Continued in the appendix, page %1</source>
        <translation>▸ המשך בנספח, עמוד %1</translation>
    </message>
    <message>
        <source>▸ Continued in the appendix</source>
        <translation>▸ המשך בנספח</translation>
    </message>
    <message>
        <source>Touchpoints (TP3)</source>
        <translation>נקודות מגע (TP3)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>שלב</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>ערוץ</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>מה קורה</translation>
    </message>
    <message>
        <source>Office (RM5)</source>
        <translation>פרונט־אופיס או בק־אופיס (RM5)</translation>
    </message>
    <message>
        <source>Owner (RT7)</source>
        <translation>אחראי (RT7)</translation>
    </message>
    <message>
        <source>Measure (EX5)</source>
        <translation>מדד (EX5)</translation>
    </message>
    <message>
        <source>Retention economics (RT1, RT5)</source>
        <translation>כלכלת שימור הלקוחות (RT1, RT5)</translation>
    </message>
    <message>
        <source>Lifetime value of a customer</source>
        <translation>ערך חיי לקוח</translation>
    </message>
    <message>
        <source>Periods to pay back winning a customer</source>
        <translation>מספר תקופות להחזר עלות גיוס לקוח</translation>
    </message>
    <message>
        <source>Effect of 5 more points kept on that value (%)</source>
        <translation>השפעת 5 נקודות שימור נוספות על הערך הזה (%)</translation>
    </message>
    <message>
        <source>Published reference (RT1)</source>
        <translation>נתון שפורסם (RT1)</translation>
    </message>
    <message>
        <source>5% more retention: 25% to 85% more profit</source>
        <translation>שימור גבוה יותר ב-5%: רווח גבוה יותר ב-25% עד 85%</translation>
    </message>
    <message>
        <source>Why customers leave (RT2)</source>
        <translation>למה לקוחות עוזבים (RT2)</translation>
    </message>
    <message>
        <source>service %1%, product %2%, competitors %3%, other %4%</source>
        <translation>שירות %1%, מוצר %2%, מתחרים %3%, אחר %4%</translation>
    </message>
    <message>
        <source>Persona: %1</source>
        <translation>פרסונה: %1</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>מי הם</translation>
    </message>
    <message>
        <source>Goals and how they reach them (EX4)</source>
        <translation>המטרות שלהם ואיך הם משיגים אותן (EX4)</translation>
    </message>
    <message>
        <source>Journey (RT3)</source>
        <translation>מסע הלקוח (RT3)</translation>
    </message>
    <message>
        <source>Relationship calendar</source>
        <translation>לוח השנה של קשרי הלקוחות</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>פעולה</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <source>First date</source>
        <translation>מועד ראשון</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>חזרה</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>אחראי</translation>
    </message>
    <message>
        <source>Every segment</source>
        <translation>כל הפלחים</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n איש</numerusform>
            <numerusform>%n אנשים</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody named</source>
        <translation>לא צוין איש</translation>
    </message>
    <message>
        <source>Whom these serve is not said: %1</source>
        <translation>לא צוין את מי הם משרתים: %1</translation>
    </message>
    <message>
        <source>People who serve it (CR3)</source>
        <translation>האנשים שמשרתים אותו (CR3)</translation>
    </message>
    <message>
        <source>Surveyed (RM6)</source>
        <translation>נסקר (RM6)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>כן</translation>
    </message>
    <message>
        <source>No</source>
        <translation>לא</translation>
    </message>
    <message>
        <source>Rests on a suggested answer, not yet confirmed.</source>
        <translation>נשען על תשובה מוצעת שטרם אושרה.</translation>
    </message>
    <message>
        <source>What this means</source>
        <translation>מה זה אומר</translation>
    </message>
    <message>
        <source>An empty canvas: nothing to check yet.</source>
        <translation>קנבס ריק: עדיין אין מה לבדוק.</translation>
    </message>
    <message>
        <source>No customer segment yet: the checklist judges each segment&apos;s relationship.</source>
        <translation>עדיין אין פלח לקוחות: רשימת הבדיקה שופטת את הקשר של כל פלח.</translation>
    </message>
</context>
<context>
    <name>Starters</name>
    <message>
        <source>Subscription</source>
        <translation>מנוי</translation>
    </message>
    <message>
        <source>A recurring offer: subscribers won once and kept month after month.</source>
        <translation>הצעה חוזרת: מנויים שמגויסים פעם אחת ונשמרים חודש אחר חודש.</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>זירת מסחר</translation>
    </message>
    <message>
        <source>Two sides, buyers and sellers, each a segment with its own relationship.</source>
        <translation>שני צדדים, קונים ומוכרים, כל אחד מהם פלח עם קשר משלו.</translation>
    </message>
    <message>
        <source>B2B services</source>
        <translation>שירותים לעסקים (B2B)</translation>
    </message>
    <message>
        <source>Business clients served by account managers, and smaller ones served online.</source>
        <translation>לקוחות עסקיים שמטופלים בידי מנהלי לקוחות, ולקוחות קטנים יותר שמקבלים שירות מקוון.</translation>
    </message>
    <message>
        <source>Local shop</source>
        <translation>חנות מקומית</translation>
    </message>
    <message>
        <source>A neighbourhood shop: regulars, passers-by, the counter and the owner.</source>
        <translation>חנות שכונתית: לקוחות קבועים, עוברים ושבים, הדלפק והבעלים.</translation>
    </message>
    <message>
        <source>Coffee roastery (English)</source>
        <translation>בית קלייה לקפה (באנגלית)</translation>
    </message>
    <message>
        <source>Subscribers, cafés and gift buyers; a finished canvas with a few contradictions to find.</source>
        <translation>מנויים, בתי קפה וקוני מתנות; קנבס מלא ובו כמה סתירות שאפשר למצוא.</translation>
    </message>
    <message>
        <source>Tailoring atelier (Arabic)</source>
        <translation>סדנת תפירה (בערבית)</translation>
    </message>
    <message>
        <source>Brides, companies ordering uniforms and everyday clients, written right to left.</source>
        <translation>כלות, חברות שמזמינות מדים ולקוחות יומיומיים, כתוב מימין לשמאל.</translation>
    </message>
    <message>
        <source>Dental clinic (Hebrew)</source>
        <translation>מרפאת שיניים (בעברית)</translation>
    </message>
    <message>
        <source>Families, implant patients and local employers, written right to left.</source>
        <translation>משפחות, מטופלי שתלים ומעסיקים מקומיים, כתוב מימין לשמאל.</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <source>Segment it is for</source>
        <translation>הפלח שהתוכנית מיועדת לו</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>מנגנון</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>מיקוד</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>עומק</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>אמצעים</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>סגנון פנייה</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>בעלות</translation>
    </message>
    <message>
        <source>Phase it covers</source>
        <translation>השלב שהוא מכסה</translation>
    </message>
    <message>
        <source>Means it offers</source>
        <translation>האמצעים שהוא מציע</translation>
    </message>
    <message>
        <source>Segment it serves</source>
        <translation>הפלח שהוא משרת</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>תפקיד</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>מספר אנשים</translation>
    </message>
    <message>
        <source>Whom the team serves</source>
        <translation>את מי הצוות משרת</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>שוק</translation>
    </message>
    <message>
        <source>Estimated customers</source>
        <translation>מספר לקוחות משוער</translation>
    </message>
    <message>
        <source>What it provides</source>
        <translation>מה הוא מספק</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Customer segments</source>
        <translation>פלחי לקוחות</translation>
    </message>
    <message>
        <source>Value propositions</source>
        <translation>הצעת ערך</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>ערוצים</translation>
    </message>
    <message>
        <source>Customer relationships</source>
        <translation>קשרי לקוחות</translation>
    </message>
    <message>
        <source>Revenue streams</source>
        <translation>זרמי הכנסה</translation>
    </message>
    <message>
        <source>Key resources</source>
        <translation>משאבים מרכזיים</translation>
    </message>
    <message>
        <source>Key activities</source>
        <translation>פעילויות מרכזיות</translation>
    </message>
    <message>
        <source>Key partners</source>
        <translation>שותפים מרכזיים</translation>
    </message>
    <message>
        <source>Cost structure</source>
        <translation>מבנה עלויות</translation>
    </message>
    <message>
        <source>Follow the text</source>
        <translation>לפי כיוון הטקסט</translation>
    </message>
    <message>
        <source>Left to right</source>
        <translation>משמאל לימין</translation>
    </message>
    <message>
        <source>Right to left</source>
        <translation>מימין לשמאל</translation>
    </message>
    <message>
        <source>Mass market</source>
        <translation>שוק המונים</translation>
    </message>
    <message>
        <source>One large group with broadly similar needs.</source>
        <translation>קבוצה גדולה אחת עם צרכים דומים ברובם.</translation>
    </message>
    <message>
        <source>Niche market</source>
        <translation>שוק נישה</translation>
    </message>
    <message>
        <source>A specific, specialised group.</source>
        <translation>קבוצה ספציפית ומובחנת.</translation>
    </message>
    <message>
        <source>Segmented</source>
        <translation>מפולח</translation>
    </message>
    <message>
        <source>Groups with slightly different needs and problems.</source>
        <translation>קבוצות עם צרכים ובעיות שונים במקצת.</translation>
    </message>
    <message>
        <source>Diversified</source>
        <translation>מגוון</translation>
    </message>
    <message>
        <source>Unrelated groups with very different needs.</source>
        <translation>קבוצות שאינן קשורות זו לזו, עם צרכים שונים מאוד.</translation>
    </message>
    <message>
        <source>Multi-sided platform</source>
        <translation>פלטפורמה רב־צדדית</translation>
    </message>
    <message>
        <source>Two or more interdependent groups.</source>
        <translation>שתי קבוצות או יותר התלויות זו בזו.</translation>
    </message>
    <message>
        <source>Owned</source>
        <translation>בבעלותכם</translation>
    </message>
    <message>
        <source>Your own channel: you shape the relationship it carries.</source>
        <translation>ערוץ משלכם: אתם מעצבים את הקשר שעובר דרכו.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>של שותף</translation>
    </message>
    <message>
        <source>A partner&apos;s channel: relationships through it are mostly shallow.</source>
        <translation>ערוץ של שותף: קשרים דרכו הם לרוב שטחיים.</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>ישיר</translation>
    </message>
    <message>
        <source>You reach the customer yourself.</source>
        <translation>אתם מגיעים ללקוח בעצמכם.</translation>
    </message>
    <message>
        <source>Indirect</source>
        <translation>עקיף</translation>
    </message>
    <message>
        <source>You reach the customer through intermediaries.</source>
        <translation>אתם מגיעים ללקוח דרך מתווכים.</translation>
    </message>
    <message>
        <source>Awareness</source>
        <translation>מודעות</translation>
    </message>
    <message>
        <source>How customers come to know the offer.</source>
        <translation>כיצד לקוחות לומדים על ההצעה.</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>הערכה</translation>
    </message>
    <message>
        <source>How customers judge the value proposition.</source>
        <translation>כיצד לקוחות מעריכים את הצעת הערך.</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>רכישה</translation>
    </message>
    <message>
        <source>How customers buy.</source>
        <translation>כיצד לקוחות קונים.</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>מסירה</translation>
    </message>
    <message>
        <source>How the value proposition reaches them.</source>
        <translation>כיצד הצעת הערך מגיעה אליהם.</translation>
    </message>
    <message>
        <source>After-sales</source>
        <translation>שירות לאחר מכירה</translation>
    </message>
    <message>
        <source>Support after the purchase.</source>
        <translation>תמיכה לאחר הרכישה.</translation>
    </message>
    <message>
        <source>Toll-free line</source>
        <translation>קו חיוג חינם</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>טלפון</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>דואר אלקטרוני</translation>
    </message>
    <message>
        <source>Social networks</source>
        <translation>רשתות חברתיות</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>צ׳אט</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>פנים אל פנים</translation>
    </message>
    <message>
        <source>Web self-service</source>
        <translation>שירות עצמי באתר</translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation>אפליקציה לנייד</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>שיחת וידאו</translation>
    </message>
    <message>
        <source>Text messages</source>
        <translation>הודעות טקסט</translation>
    </message>
    <message>
        <source>Letters by post</source>
        <translation>מכתבים בדואר</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>אירועים</translation>
    </message>
    <message>
        <source>Online forum</source>
        <translation>פורום מקוון</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>מאגר ידע</translation>
    </message>
    <message>
        <source>Deep</source>
        <translation>עמוק</translation>
    </message>
    <message>
        <source>Continuous contact; leaving becomes costly for the customer.</source>
        <translation>מגע רציף; העזיבה הופכת ליקרה עבור הלקוח.</translation>
    </message>
    <message>
        <source>In between</source>
        <translation>ביניים</translation>
    </message>
    <message>
        <source>Regular but limited contact.</source>
        <translation>מגע קבוע אך מוגבל.</translation>
    </message>
    <message>
        <source>Shallow</source>
        <translation>שטחי</translation>
    </message>
    <message>
        <source>Limited contact; the customer can leave at no cost.</source>
        <translation>מגע מוגבל; הלקוח יכול לעזוב ללא עלות.</translation>
    </message>
    <message>
        <source>Personal assistance</source>
        <translation>סיוע אישי</translation>
    </message>
    <message>
        <source>Human interaction: point of sale, call centre, e-mail, social networks.</source>
        <translation>אינטראקציה אנושית: נקודת מכירה, מוקד שירות, דואר אלקטרוני, רשתות חברתיות.</translation>
    </message>
    <message>
        <source>Dedicated personal assistance</source>
        <translation>סיוע אישי ייעודי</translation>
    </message>
    <message>
        <source>One representative per client, as for key accounts.</source>
        <translation>נציג אחד לכל לקוח, כמו ללקוחות מפתח.</translation>
    </message>
    <message>
        <source>Self-service</source>
        <translation>שירות עצמי</translation>
    </message>
    <message>
        <source>No direct relationship: you provide the means.</source>
        <translation>אין קשר ישיר: אתם מספקים את האמצעים.</translation>
    </message>
    <message>
        <source>Automated services</source>
        <translation>שירותים אוטומטיים</translation>
    </message>
    <message>
        <source>Self-service with automation that recognises the user and recommends.</source>
        <translation>שירות עצמי עם אוטומציה שמזהה את המשתמש וממליצה לו.</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>קהילות</translation>
    </message>
    <message>
        <source>Places where users help each other.</source>
        <translation>מקומות שבהם משתמשים עוזרים זה לזה.</translation>
    </message>
    <message>
        <source>Co-creation</source>
        <translation>יצירה משותפת</translation>
    </message>
    <message>
        <source>Customers add value, for example with reviews.</source>
        <translation>הלקוחות מוסיפים ערך, למשל באמצעות ביקורות.</translation>
    </message>
    <message>
        <source>Newsletters</source>
        <translation>ניוזלטרים</translation>
    </message>
    <message>
        <source>Regular news sent to customers.</source>
        <translation>עדכונים קבועים שנשלחים ללקוחות.</translation>
    </message>
    <message>
        <source>Blogs</source>
        <translation>בלוגים</translation>
    </message>
    <message>
        <source>Useful articles customers come back for.</source>
        <translation>מאמרים מועילים שהלקוחות חוזרים אליהם.</translation>
    </message>
    <message>
        <source>Events and conferences</source>
        <translation>אירועים וכנסים</translation>
    </message>
    <message>
        <source>Meeting customers in person.</source>
        <translation>מפגש עם לקוחות פנים אל פנים.</translation>
    </message>
    <message>
        <source>Call centre or toll-free line</source>
        <translation>מוקד שירות או קו חיוג חינם</translation>
    </message>
    <message>
        <source>A number customers can always call.</source>
        <translation>מספר שהלקוחות יכולים תמיד להתקשר אליו.</translation>
    </message>
    <message>
        <source>Lock-in</source>
        <translation>נעילת לקוח</translation>
    </message>
    <message>
        <source>Leaving means losing something: data, set-up, compatibility.</source>
        <translation>עזיבה פירושה לאבד משהו: נתונים, הגדרות, תאימות.</translation>
    </message>
    <message>
        <source>Manuals with the product</source>
        <translation>חוברות הדרכה עם המוצר</translation>
    </message>
    <message>
        <source>Guidance shipped with what you sell.</source>
        <translation>הנחיות שמצורפות למה שאתם מוכרים.</translation>
    </message>
    <message>
        <source>Loyalty program</source>
        <translation>תוכנית נאמנות</translation>
    </message>
    <message>
        <source>Points, miles and rewards for staying.</source>
        <translation>נקודות, נקודות נוסע מתמיד ותגמולים על הנאמנות.</translation>
    </message>
    <message>
        <source>Network effects</source>
        <translation>אפקט רשת</translation>
    </message>
    <message>
        <source>The product is worth more as more people use it.</source>
        <translation>המוצר שווה יותר ככל שיותר אנשים משתמשים בו.</translation>
    </message>
    <message>
        <source>Webinars</source>
        <translation>וובינרים</translation>
    </message>
    <message>
        <source>Online sessions that teach and keep in touch.</source>
        <translation>מפגשים מקוונים שמלמדים ושומרים על קשר.</translation>
    </message>
    <message>
        <source>Tutorials</source>
        <translation>מדריכים</translation>
    </message>
    <message>
        <source>Step-by-step help customers follow alone.</source>
        <translation>עזרה צעד אחר צעד שהלקוחות עוברים בעצמם.</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>סדנאות</translation>
    </message>
    <message>
        <source>Hands-on sessions with customers.</source>
        <translation>מפגשים מעשיים עם לקוחות.</translation>
    </message>
    <message>
        <source>Sponsorship</source>
        <translation>חסויות</translation>
    </message>
    <message>
        <source>Supporting what customers care about.</source>
        <translation>תמיכה במה שחשוב ללקוחות.</translation>
    </message>
    <message>
        <source>Referral program</source>
        <translation>תוכנית הפניות</translation>
    </message>
    <message>
        <source>Customers rewarded for bringing others.</source>
        <translation>לקוחות מתוגמלים על הבאת לקוחות אחרים.</translation>
    </message>
    <message>
        <source>Purely transactional</source>
        <translation>עסקתי גרידא</translation>
    </message>
    <message>
        <source>No attempt at a relationship, like a fuel station.</source>
        <translation>ללא ניסיון ליצור קשר, כמו בתחנת דלק.</translation>
    </message>
    <message>
        <source>Partner program</source>
        <translation>תוכנית שותפים</translation>
    </message>
    <message>
        <source>A structured relationship with reselling partners.</source>
        <translation>קשר מובנה עם שותפים משווקים.</translation>
    </message>
    <message>
        <source>Long-term commitment</source>
        <translation>התחייבות ארוכת טווח</translation>
    </message>
    <message>
        <source>Contracts that bind for years, like a bank loan.</source>
        <translation>חוזים שמחייבים לשנים, כמו הלוואה בנקאית.</translation>
    </message>
    <message>
        <source>Personal touches</source>
        <translation>מחוות אישיות</translation>
    </message>
    <message>
        <source>Birthday and anniversary messages, handwritten letters, a call on their day.</source>
        <translation>ברכות ליום הולדת ולימי שנה, מכתבים בכתב יד, שיחה ביום המיוחד שלהם.</translation>
    </message>
    <message>
        <source>Tailored offers</source>
        <translation>הצעות מותאמות אישית</translation>
    </message>
    <message>
        <source>Offers built from what you know about the customer.</source>
        <translation>הצעות שנבנות ממה שאתם יודעים על הלקוח.</translation>
    </message>
    <message>
        <source>Acquisition</source>
        <translation>גיוס לקוחות</translation>
    </message>
    <message>
        <source>Win new customers.</source>
        <translation>השגת לקוחות חדשים.</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>שימור לקוחות</translation>
    </message>
    <message>
        <source>Keep the customers you have.</source>
        <translation>שמירה על הלקוחות הקיימים.</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>צמיחה</translation>
    </message>
    <message>
        <source>Sell more to each segment: repeat and cross-selling.</source>
        <translation>מכירה רבה יותר לכל פלח: מכירות חוזרות ומכירות צולבות.</translation>
    </message>
    <message>
        <source>Formal</source>
        <translation>רשמי</translation>
    </message>
    <message>
        <source>Friendly</source>
        <translation>ידידותי</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>מקצועי</translation>
    </message>
    <message>
        <source>Playful</source>
        <translation>קליל</translation>
    </message>
    <message>
        <source>Caring</source>
        <translation>אכפתי</translation>
    </message>
    <message>
        <source>Inspiring</source>
        <translation>מעורר השראה</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>מכירות</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>שיווק</translation>
    </message>
    <message>
        <source>Customer support</source>
        <translation>שירות לקוחות</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>קהילה</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>אחר</translation>
    </message>
    <message>
        <source>Software platform</source>
        <translation>פלטפורמת תוכנה</translation>
    </message>
    <message>
        <source>What automated services run on.</source>
        <translation>הבסיס שעליו פועלים השירותים האוטומטיים.</translation>
    </message>
    <message>
        <source>Customer data</source>
        <translation>נתוני לקוחות</translation>
    </message>
    <message>
        <source>What automation learns from.</source>
        <translation>המידע שממנו האוטומציה לומדת.</translation>
    </message>
    <message>
        <source>Community management</source>
        <translation>ניהול קהילה</translation>
    </message>
    <message>
        <source>Someone who runs and moderates the community.</source>
        <translation>מישהו שמנהל ומנחה את הקהילה.</translation>
    </message>
    <message>
        <source>Review and idea collection</source>
        <translation>איסוף ביקורות ורעיונות</translation>
    </message>
    <message>
        <source>A way for customers to add reviews and ideas.</source>
        <translation>דרך שבה לקוחות יכולים להוסיף ביקורות ורעיונות.</translation>
    </message>
    <message>
        <source>Satisfaction surveys</source>
        <translation>סקרי שביעות רצון</translation>
    </message>
    <message>
        <source>Perception measured by asking customers.</source>
        <translation>מדידת התפיסה באמצעות שאלת הלקוחות.</translation>
    </message>
    <message>
        <source>Outcome measurement</source>
        <translation>מדידת תוצאות</translation>
    </message>
    <message>
        <source>Whether the problem was solved, and when.</source>
        <translation>האם הבעיה נפתרה, ומתי.</translation>
    </message>
    <message>
        <source>Shared customer record</source>
        <translation>תיק לקוח משותף</translation>
    </message>
    <message>
        <source>History that follows the customer from channel to channel.</source>
        <translation>היסטוריה שמלווה את הלקוח מערוץ לערוץ.</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>עומק</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>מנגנון</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>מיקוד</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>ערוץ</translation>
    </message>
    <message>
        <source>Channel ownership</source>
        <translation>בעלות על הערוץ</translation>
    </message>
    <message>
        <source>Concrete means</source>
        <translation>אמצעים מעשיים</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>סגנון פנייה</translation>
    </message>
    <message>
        <source>Who are our key partners?</source>
        <translation>מי השותפים המרכזיים שלנו?</translation>
    </message>
    <message>
        <source>Who are our key suppliers?</source>
        <translation>מי הספקים המרכזיים שלנו?</translation>
    </message>
    <message>
        <source>Which key resources do we acquire from partners?</source>
        <translation>אילו משאבים מרכזיים אנו מקבלים משותפים?</translation>
    </message>
    <message>
        <source>Which key activities do partners perform?</source>
        <translation>אילו פעילויות מרכזיות מבצעים השותפים?</translation>
    </message>
    <message>
        <source>What key activities do our value propositions require?</source>
        <translation>אילו פעילויות מרכזיות נדרשות להצעות הערך שלנו?</translation>
    </message>
    <message>
        <source>Our distribution channels? Customer relationships?</source>
        <translation>לערוצי ההפצה שלנו? לקשרי הלקוחות?</translation>
    </message>
    <message>
        <source>Revenue streams?</source>
        <translation>לזרמי ההכנסה?</translation>
    </message>
    <message>
        <source>What key resources do our value propositions require?</source>
        <translation>אילו משאבים מרכזיים נדרשים להצעות הערך שלנו?</translation>
    </message>
    <message>
        <source>Who in the team can give personal assistance?</source>
        <translation>מי בצוות יכול להעניק סיוע אישי?</translation>
    </message>
    <message>
        <source>What value do we deliver to the customer?</source>
        <translation>איזה ערך אנו מספקים ללקוח?</translation>
    </message>
    <message>
        <source>Which one of our customers&apos; problems are we helping to solve?</source>
        <translation>איזו מהבעיות של הלקוחות שלנו אנו עוזרים לפתור?</translation>
    </message>
    <message>
        <source>Which customer needs are we satisfying?</source>
        <translation>על אילו צורכי לקוחות אנו עונים?</translation>
    </message>
    <message>
        <source>What type of relationship does each customer segment expect us to establish and maintain with them?</source>
        <translation>איזה סוג קשר מצפה כל פלח לקוחות שניצור ונקיים איתו?</translation>
    </message>
    <message>
        <source>Deep or shallow? Which mechanism? Acquisition, retention or growth?</source>
        <translation>עמוק או שטחי? איזה מנגנון? גיוס, שימור או צמיחה?</translation>
    </message>
    <message>
        <source>Does the segment&apos;s channel support it, and do we have the people for it?</source>
        <translation>האם הערוץ של הפלח תומך בכך, והאם יש לנו את האנשים לכך?</translation>
    </message>
    <message>
        <source>Through which channels do our customer segments want to be reached?</source>
        <translation>דרך אילו ערוצים פלחי הלקוחות שלנו רוצים שנגיע אליהם?</translation>
    </message>
    <message>
        <source>Which channels do we own, and which are partners&apos;?</source>
        <translation>אילו ערוצים בבעלותנו, ואילו שייכים לשותפים?</translation>
    </message>
    <message>
        <source>Which ones work best? Which ones are most cost-efficient?</source>
        <translation>אילו מהם עובדים הכי טוב? אילו מהם החסכוניים ביותר?</translation>
    </message>
    <message>
        <source>For whom are we creating value?</source>
        <translation>עבור מי אנו יוצרים ערך?</translation>
    </message>
    <message>
        <source>Who are our most important customers?</source>
        <translation>מי הלקוחות החשובים ביותר שלנו?</translation>
    </message>
    <message>
        <source>What are the most important costs inherent in our business model?</source>
        <translation>מהן העלויות החשובות ביותר הגלומות במודל העסקי שלנו?</translation>
    </message>
    <message>
        <source>Which key resources are most expensive?</source>
        <translation>אילו משאבים מרכזיים הם היקרים ביותר?</translation>
    </message>
    <message>
        <source>Which key activities are most expensive?</source>
        <translation>אילו פעילויות מרכזיות הן היקרות ביותר?</translation>
    </message>
    <message>
        <source>For what value are our customers really willing to pay?</source>
        <translation>על איזה ערך הלקוחות שלנו באמת מוכנים לשלם?</translation>
    </message>
    <message>
        <source>How are they paying now? How would they prefer to pay?</source>
        <translation>כיצד הם משלמים כיום? כיצד היו מעדיפים לשלם?</translation>
    </message>
    <message>
        <source>How much does each revenue stream contribute to overall revenues?</source>
        <translation>כמה תורם כל זרם הכנסה להכנסות הכוללות?</translation>
    </message>
    <message>
        <source>Shopping</source>
        <translation>בחירה</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>תשלום</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>שימוש</translation>
    </message>
    <message>
        <source>After-sales service</source>
        <translation>שירות לאחר מכירה</translation>
    </message>
    <message>
        <source>Front office</source>
        <translation>פרונט־אופיס</translation>
    </message>
    <message>
        <source>Where the customer sees you.</source>
        <translation>היכן שהלקוח רואה אתכם.</translation>
    </message>
    <message>
        <source>Back office</source>
        <translation>בק־אופיס</translation>
    </message>
    <message>
        <source>After-sales, accounting, the store: judged by every contact too.</source>
        <translation>שירות לאחר מכירה, הנהלת חשבונות, החנות: גם שם השירות נשפט לפי כל מגע.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>תוצאה</translation>
    </message>
    <message>
        <source>Was the problem solved, and when.</source>
        <translation>האם הבעיה נפתרה, ומתי.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>פעילות</translation>
    </message>
    <message>
        <source>How fast, how often: what was done.</source>
        <translation>כמה מהר, כמה פעמים: מה נעשה.</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>ניוזלטר</translation>
    </message>
    <message>
        <source>Satisfaction survey</source>
        <translation>סקר שביעות רצון</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>אירוע</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>וובינר</translation>
    </message>
    <message>
        <source>Birthday message</source>
        <translation>ברכת יום הולדת</translation>
    </message>
    <message>
        <source>Anniversary message</source>
        <translation>ברכה ליום שנה</translation>
    </message>
    <message>
        <source>Loyalty campaign</source>
        <translation>קמפיין נאמנות</translation>
    </message>
    <message>
        <source>Personal call</source>
        <translation>שיחה אישית</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>פעם אחת</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>כל שבוע</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>כל חודש</translation>
    </message>
    <message>
        <source>Every quarter</source>
        <translation>כל רבעון</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>כל שנה</translation>
    </message>
    <message>
        <source>Owner or founders</source>
        <translation>בעלים או מייסדים</translation>
    </message>
    <message>
        <source>The owner or founders, serving customers themselves.</source>
        <translation>הבעלים או המייסדים, שמשרתים את הלקוחות בעצמם.</translation>
    </message>
    <message>
        <source>Account management</source>
        <translation>ניהול תיקי לקוחות</translation>
    </message>
    <message>
        <source>One representative per client: key accounts.</source>
        <translation>נציג אחד לכל לקוח: לקוחות מפתח.</translation>
    </message>
    <message>
        <source>A call centre, a help desk, e-mail or chat answered by people.</source>
        <translation>מוקד שירות, דלפק תמיכה, דואר אלקטרוני או צ׳אט שבני אדם עונים בהם.</translation>
    </message>
    <message>
        <source>Service staff</source>
        <translation>צוות שירות</translation>
    </message>
    <message>
        <source>People at the counter, on the shop floor or on site.</source>
        <translation>אנשים בדלפק, בחנות או בשטח.</translation>
    </message>
</context>
<context>
    <name>mizan::ui::BlockItem</name>
    <message>
        <source>+%1 more</source>
        <translation>+%1 נוספים</translation>
    </message>
    <message>
        <source>Double-click to add a note</source>
        <translation>לחצו לחיצה כפולה כדי להוסיף פתק</translation>
    </message>
</context>
<context>
    <name>mizan::ui::CalendarDialog</name>
    <message>
        <source>Relationship calendar</source>
        <translation>לוח השנה של קשרי הלקוחות</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>הוספת פעולה</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>הסרת פעולה</translation>
    </message>
    <message>
        <source>Export to calendar (.ics)</source>
        <translation>ייצוא ללוח שנה (.ics)</translation>
    </message>
    <message>
        <source>Remove calendar action</source>
        <translation>הסרת פעולה מלוח השנה</translation>
    </message>
    <message>
        <source>Export the calendar</source>
        <translation>ייצוא לוח השנה</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>לוח שנה iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Could not export the calendar</source>
        <translation>לא ניתן לייצא את לוח השנה</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>פעולה</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>פלח</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>מנגנון</translation>
    </message>
    <message>
        <source>First date</source>
        <translation>מועד ראשון</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>חזרה</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>אחראי</translation>
    </message>
    <message>
        <source>Every segment</source>
        <translation>כל הפלחים</translation>
    </message>
    <message>
        <source>Calendar action</source>
        <translation>פעולה בלוח השנה</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>לא הוגדר</translation>
    </message>
    <message>
        <source>Owner (RT7)</source>
        <translation>אחראי (RT7)</translation>
    </message>
    <message>
        <source>Add calendar action</source>
        <translation>הוספת פעולה ללוח השנה</translation>
    </message>
    <message>
        <source>Edit calendar action</source>
        <translation>עריכת פעולה בלוח השנה</translation>
    </message>
</context>
<context>
    <name>mizan::ui::CanvasScene</name>
    <message>
        <source>Add note</source>
        <translation>הוספת פתק</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>מחיקת פתק</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n notes</source>
        <translation>
            <numerusform>מחיקת %n פתק</numerusform>
            <numerusform>מחיקת %n פתקים</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>עריכת פתק</translation>
    </message>
    <message>
        <source>Move note</source>
        <translation>הזזת פתק</translation>
    </message>
</context>
<context>
    <name>mizan::ui::CanvasView</name>
    <message>
        <source>Canvas</source>
        <translation>קנבס</translation>
    </message>
    <message>
        <source>The nine blocks of the business model canvas and their notes</source>
        <translation>תשעת הבלוקים של קנבס המודל העסקי והפתקים שבהם</translation>
    </message>
</context>
<context>
    <name>mizan::ui::ComparisonWindow</name>
    <message>
        <source>A comparison: read-only.</source>
        <translation>השוואה: לקריאה בלבד.</translation>
    </message>
    <message>
        <source>Compare “%1” with “%2”</source>
        <translation>השוואה בין „%1” ל„%2”</translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation>שינויים (%1)</translation>
    </message>
    <message>
        <source>Findings (+%1 −%2)</source>
        <translation>ממצאים (+%1 −%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt;: the notes as they are in “%2”, marked by what changed since “%1”.</source>
        <translation>‏&lt;b&gt;%1&lt;/b&gt; ← &lt;b&gt;%2&lt;/b&gt;: הפתקים כפי שהם ב„%2”, מסומנים לפי מה שהשתנה מאז „%1”.</translation>
    </message>
    <message>
        <source>The canvas</source>
        <translation>הקנבס</translation>
    </message>
    <message>
        <source>The two versions are the same.</source>
        <translation>שתי הגרסאות זהות.</translation>
    </message>
    <message>
        <source>Appeared (%1)</source>
        <translation>הופיעו (%1)</translation>
    </message>
    <message>
        <source>Disappeared (%1)</source>
        <translation>נעלמו (%1)</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>נוסף</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>הוסר</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>הוזז</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>שונה</translation>
    </message>
</context>
<context>
    <name>mizan::ui::ConflictsPanel</name>
    <message>
        <source>deleted</source>
        <translation>נמחק</translation>
    </message>
    <message>
        <source>edited: %1</source>
        <translation>נערך: %1</translation>
    </message>
    <message>
        <source>The canvas</source>
        <translation>הקנבס</translation>
    </message>
    <message>
        <source>Deleted on one side, edited on the other</source>
        <translation>נמחק בצד אחד ונערך בצד השני</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>בלוק</translation>
    </message>
    <message>
        <source>No merge conflicts.</source>
        <translation>אין התנגשויות מיזוג.</translation>
    </message>
    <message>
        <source>Cannot keep theirs</source>
        <translation>לא ניתן להשאיר את הגרסה שלהם</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>פתק</translation>
    </message>
    <message>
        <source>What</source>
        <translation>מה</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>שלי</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>שלהם</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>השארת הגרסה שלי</translation>
    </message>
    <message>
        <source>Keep Theirs</source>
        <translation>השארת הגרסה שלהם</translation>
    </message>
    <message>
        <source>Edit the Note</source>
        <translation>עריכת הפתק</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) from a merge: for each, keep yours, keep theirs, or edit the note. Yours is on the canvas until you choose.</source>
        <translation>
            <numerusform>%Ln התנגשות ממיזוג: השאירו את הגרסה שלכם, את הגרסה שלהם, או ערכו את הפתק. הגרסה שלכם נשארת בקנבס עד שתבחרו.</numerusform>
            <numerusform>%Ln התנגשויות ממיזוג: בכל אחת מהן, השאירו את הגרסה שלכם, את הגרסה שלהם, או ערכו את הפתק. הגרסה שלכם נשארת בקנבס עד שתבחרו.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mizan::ui::DocumentTab</name>
    <message>
        <source>Document status</source>
        <translation>מצב המסמך</translation>
    </message>
    <message>
        <source>Find in notes</source>
        <translation>חיפוש בפתקים</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>סגירת סרגל החיפוש</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>אין התאמה</translation>
    </message>
    <message>
        <source>Mizan cannot keep a copy of your changes, so editing is paused: %1 Save the canvas elsewhere to keep it.</source>
        <translation>Mizan אינו יכול לשמור עותק של השינויים שלכם, ולכן העריכה מושהית: %1 שמרו את הקנבס במיקום אחר כדי לא לאבד אותו.</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>לקריאה בלבד: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 מתוך %2</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>השוואה</translation>
    </message>
    <message>
        <source>%1 was changed on disk by another program, and you have unsaved edits. Merge the two: changes to different notes combine, and a note changed both ways is listed as a conflict.</source>
        <translation>%1 שונה בדיסק על ידי תוכנה אחרת, ויש לכם עריכות שלא נשמרו. מזגו את שתי הגרסאות: שינויים בפתקים שונים משתלבים, ופתק ששונה בשני הצדדים מופיע כהתנגשות.</translation>
    </message>
    <message>
        <source>Merge with My Edits</source>
        <translation>מיזוג עם העריכות שלי</translation>
    </message>
    <message>
        <source>%1 was changed on disk by another program.</source>
        <translation>%1 שונה בדיסק על ידי תוכנה אחרת.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>טעינה מחדש</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>השארת הגרסה שלי</translation>
    </message>
    <message>
        <source>Keep the canvas as it is here: the next save writes over the file on disk</source>
        <translation>השארת הקנבס כפי שהוא כאן: השמירה הבאה תכתוב על הקובץ שבדיסק</translation>
    </message>
    <message>
        <source>A sync client left a conflicting copy of %1: %2. Merge it in to keep the edits made in it.</source>
        <translation>תוכנת סנכרון השאירה עותק מתנגש של %1: %2. מזגו אותו כדי לשמור את העריכות שנעשו בו.</translation>
    </message>
    <message>
        <source>Merge It In</source>
        <translation>מיזוג העותק</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>לא עכשיו</translation>
    </message>
    <message>
        <source>Cannot read the other version</source>
        <translation>לא ניתן לקרוא את הגרסה האחרת</translation>
    </message>
    <message>
        <source>Merged with conflicts</source>
        <translation>המיזוג הסתיים עם התנגשויות</translation>
    </message>
    <message numerus="yes">
        <source>%Ln note field(s) were changed both ways. Yours is kept on the canvas for now; the Conflicts panel lists each one to keep yours, keep theirs, or edit.</source>
        <translation>
            <numerusform>%Ln שדה של פתק שונה בשני הצדדים. הגרסה שלכם נשמרת בקנבס בינתיים; חלונית ההתנגשויות מציגה אותו כדי שתשאירו את הגרסה שלכם, את הגרסה שלהם או תערכו אותו.</numerusform>
            <numerusform>%Ln שדות של פתקים שונו בשני הצדדים. הגרסה שלכם נשמרת בקנבס בינתיים; חלונית ההתנגשויות מציגה כל אחד מהם כדי שתשאירו את הגרסה שלכם, את הגרסה שלהם או תערכו אותו.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mizan::ui::FindingsPanel</name>
    <message>
        <source>Finding</source>
        <translation>ממצא</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>שיטה</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>ממצאים</translation>
    </message>
    <message>
        <source>No findings: the blocks hold together.</source>
        <translation>אין ממצאים: הבלוקים מתיישבים זה עם זה.</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings, %3 advice</source>
        <translation>%1 שגיאות, %2 אזהרות, %3 המלצות</translation>
    </message>
    <message>
        <source>Rests on a suggested answer: accept the note&apos;s suggestions to confirm it.</source>
        <translation>נשען על תשובה מוצעת: אשרו את ההצעות של הפתק כדי לאמת אותו.</translation>
    </message>
    <message>
        <source>An empty canvas: start with your customer segments, the people you create value for. Double-click in Customer Segments to add one.</source>
        <translation>קנבס ריק: התחילו בפלחי הלקוחות שלכם, האנשים שעבורם אתם יוצרים ערך. לחצו לחיצה כפולה בבלוק פלחי לקוחות כדי להוסיף פלח.</translation>
    </message>
    <message>
        <source>No customer segment yet: the checklist judges each segment&apos;s relationship. Add the customers you create value for in Customer Segments.</source>
        <translation>עדיין אין פלח לקוחות: רשימת הבדיקה שופטת את הקשר של כל פלח. הוסיפו בבלוק פלחי לקוחות את הלקוחות שעבורם אתם יוצרים ערך.</translation>
    </message>
</context>
<context>
    <name>mizan::ui::HelpDialog</name>
    <message>
        <source>Mizan help</source>
        <translation>העזרה של Mizan</translation>
    </message>
    <message>
        <source>Customer relationships</source>
        <translation>קשרי לקוחות</translation>
    </message>
    <message>
        <source>Retention strategies</source>
        <translation>אסטרטגיות לשימור לקוחות</translation>
    </message>
    <message>
        <source>Experiences, not relationships</source>
        <translation>חוויות, לא קשרים</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>נקודות מגע</translation>
    </message>
    <message>
        <source>Relationship marketing</source>
        <translation>שיווק קשרים</translation>
    </message>
    <message>
        <source>Every finding cites the points of the method it rests on. This is what they say.</source>
        <translation>כל ממצא מציין את נקודות השיטה שעליהן הוא נשען. זה מה שהן אומרות.</translation>
    </message>
    <message>
        <source>The method</source>
        <translation>השיטה</translation>
    </message>
    <message>
        <source>Checklist rules</source>
        <translation>כללי רשימת הבדיקה</translation>
    </message>
    <message>
        <source>Double-click in a block to add a note there; double-click a note, or press F2 or Enter, to edit it; Escape ends editing. The arrow keys walk the notes; drag notes to move them; Space+drag or the middle button pans. In presentation mode: arrows and PageUp/PageDown step, F findings, B blank, T timer, Esc leaves.</source>
        <translation>לחצו לחיצה כפולה בתוך בלוק כדי להוסיף בו פתק; לחצו לחיצה כפולה על פתק, או הקישו F2 או Enter, כדי לערוך אותו; Escape מסיים את העריכה. מקשי החצים עוברים בין הפתקים; גררו פתקים כדי להזיז אותם; Space+גרירה או הכפתור האמצעי מזיזים את התצוגה. במצב מצגת: החצים ו-PageUp/PageDown עוברים בין השלבים, F מציג ממצאים, B מסך ריק, T טיימר, Esc יציאה.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>קיצורי מקלדת</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Mizan %1&lt;/h2&gt;&lt;p&gt;A Business Model Canvas editor and customer-relationship planner.&lt;/p&gt;&lt;p&gt;The Business Model Canvas is by Strategyzer AG (strategyzer.com), published under the Creative Commons Attribution-Share Alike 3.0 licence (CC BY-SA 3.0).&lt;/p&gt;&lt;p&gt;Mizan is free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Mizan %1&lt;/h2&gt;&lt;p&gt;Mizan (מיזן) הוא עורך לקנבס המודל העסקי (Business Model Canvas) וכלי לתכנון קשרי לקוחות.&lt;/p&gt;&lt;p&gt;ה-Business Model Canvas הוא פרי עבודתה של Strategyzer AG (strategyzer.com), ומתפרסם ברישיון Creative Commons Attribution-Share Alike 3.0 (CC BY-SA 3.0).&lt;/p&gt;&lt;p&gt;Mizan היא תוכנה חופשית המופצת לפי תנאי GNU General Public License, גרסה 3 או כל גרסה מאוחרת יותר.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About</source>
        <translation>אודות</translation>
    </message>
</context>
<context>
    <name>mizan::ui::HistoryPanel</name>
    <message>
        <source>No change to the notes</source>
        <translation>אין שינוי בפתקים</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>אוטומטי</translation>
    </message>
    <message>
        <source>Versions are kept in .mizan documents: save this canvas as one to keep its history.</source>
        <translation>גרסאות נשמרות במסמכי ‎.mizan: שמרו את הקנבס הזה כמסמך כזה כדי לשמור את ההיסטוריה שלו.</translation>
    </message>
    <message>
        <source>No versions yet. Save a version before a workshop or a pitch; the first save of a new day also keeps the canvas as it stood at the end of the last day.</source>
        <translation>עדיין אין גרסאות. שמרו גרסה לפני סדנה או מצגת; השמירה הראשונה ביום חדש שומרת גם את הקנבס כפי שהיה בסוף יום העבודה האחרון.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>גרסה</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>מה השתנה</translation>
    </message>
    <message>
        <source>Save a Version…</source>
        <translation>שמירת גרסה…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>פתיחה</translation>
    </message>
    <message>
        <source>Open the version read-only in a new tab</source>
        <translation>פתיחת הגרסה לקריאה בלבד בכרטיסייה חדשה</translation>
    </message>
    <message>
        <source>Compare with Now</source>
        <translation>השוואה למצב הנוכחי</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>שחזור</translation>
    </message>
    <message>
        <source>Make the canvas what this version holds (Undo takes it back)</source>
        <translation>החזרת הקנבס לתוכן של הגרסה הזו („ביטול” מחזיר את המצב הקודם)</translation>
    </message>
    <message numerus="yes">
        <source>The first version: %Ln note(s)</source>
        <translation>
            <numerusform>הגרסה הראשונה: %Ln פתק</numerusform>
            <numerusform>הגרסה הראשונה: %Ln פתקים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln added</source>
        <translation>
            <numerusform>%Ln נוסף</numerusform>
            <numerusform>%Ln נוספו</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln removed</source>
        <translation>
            <numerusform>%Ln הוסר</numerusform>
            <numerusform>%Ln הוסרו</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln moved</source>
        <translation>
            <numerusform>%Ln הוזז</numerusform>
            <numerusform>%Ln הוזזו</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed</source>
        <translation>
            <numerusform>%Ln שונה</numerusform>
            <numerusform>%Ln שונו</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln version(s)</source>
        <translation>
            <numerusform>%Ln גרסה</numerusform>
            <numerusform>%Ln גרסאות</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare the Two</source>
        <translation>השוואת השתיים</translation>
    </message>
    <message>
        <source>Select two versions (Ctrl+click) to compare them with each other</source>
        <translation>בחרו שתי גרסאות (Ctrl+לחיצה) כדי להשוות ביניהן</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>שינוי שם…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>מחיקה…</translation>
    </message>
</context>
<context>
    <name>mizan::ui::MainWindow</name>
    <message>
        <source>Open canvases</source>
        <translation>קנבסים פתוחים</translation>
    </message>
    <message>
        <source>Open canvas</source>
        <translation>פתיחת קנבס</translation>
    </message>
    <message>
        <source>Mizan canvases (*.mizan *.json);;All files (*)</source>
        <translation>קנבסים של Mizan (*.mizan *.json);;כל הקבצים (*)</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>הייצוא נכשל</translation>
    </message>
    <message>
        <source>Could not print</source>
        <translation>ההדפסה נכשלה</translation>
    </message>
    <message>
        <source>The printer did not accept the document.</source>
        <translation>המדפסת לא קיבלה את המסמך.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;קובץ</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;עריכה</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;תצוגה</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ע&amp;זרה</translation>
    </message>
    <message>
        <source>New from &amp;example</source>
        <translation>חדש מ&amp;דוגמה</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>פתיחת קובץ &amp;אחרון</translation>
    </message>
    <message>
        <source>&amp;New canvas</source>
        <translation>קנבס &amp;חדש</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;פתיחה...</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;שמירה</translation>
    </message>
    <message>
        <source>Save &amp;as...</source>
        <translation>שמירה &amp;בשם...</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;סגירה</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>י&amp;ציאה</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;ביטול</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ביצוע &amp;מחדש</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;גזירה</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>הע&amp;תקה</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>ה&amp;דבקה</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>מ&amp;חיקה</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>בחירת ה&amp;כול</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>הוספת &amp;פתק</translation>
    </message>
    <message>
        <source>&amp;Edit note</source>
        <translation>&amp;עריכת פתק</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>ח&amp;יפוש...</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>חיפוש &amp;הבא</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>ה&amp;גדלה</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>ה&amp;קטנה</translation>
    </message>
    <message>
        <source>Zoom to &amp;fit</source>
        <translation>התאמה ל&amp;חלון</translation>
    </message>
    <message>
        <source>&amp;Segment colours on notes</source>
        <translation>צבעי &amp;פלחים על הפתקים</translation>
    </message>
    <message>
        <source>&amp;About Mizan</source>
        <translation>&amp;אודות Mizan</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;ייצוא...</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;הדפסה...</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>מצב מ&amp;צגת</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;קיצורי מקלדת</translation>
    </message>
    <message>
        <source>Planner</source>
        <translation>מתכנן</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>ממצאים</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>זום %1%</translation>
    </message>
    <message>
        <source>%1[*] — Mizan</source>
        <translation>%1[*] — Mizan</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>לא ניתן לפתוח את %1</translation>
    </message>
    <message>
        <source>Untitled canvas</source>
        <translation>קנבס ללא שם</translation>
    </message>
    <message>
        <source>Cannot create a canvas</source>
        <translation>לא ניתן ליצור קנבס</translation>
    </message>
    <message>
        <source>Recover unsaved changes?</source>
        <translation>לשחזר שינויים שלא נשמרו?</translation>
    </message>
    <message>
        <source>Mizan closed without saving your changes to “%1” (last edited %2). Recover them?</source>
        <translation>Mizan נסגר בלי לשמור את השינויים שלכם ב„%1” (עריכה אחרונה: %2). לשחזר אותם?</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>שחזור</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>ביטול השינויים</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>החלטה בהמשך</translation>
    </message>
    <message>
        <source>Cannot recover %1</source>
        <translation>לא ניתן לשחזר את %1</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>יוצא: %1</translation>
    </message>
    <message>
        <source>Could not save %1</source>
        <translation>לא ניתן היה לשמור את %1</translation>
    </message>
    <message>
        <source>Save canvas</source>
        <translation>שמירת קנבס</translation>
    </message>
    <message>
        <source>Mizan canvas (*.mizan);;Mizan JSON (*.json)</source>
        <translation>קנבס Mizan (*.mizan);;Mizan JSON (*.json)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>שינויים שלא נשמרו</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing?</source>
        <translation>לשמור את השינויים ב„%1” לפני הסגירה?</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>גזירה</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>הדבקה</translation>
    </message>
    <message>
        <source>Keep the canvas &amp;left to right</source>
        <translation>השארת הקנבס משמאל &amp;לימין</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>ברירת המחדל של המערכת</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;שפה</translation>
    </message>
    <message>
        <source>Relationship &amp;calendar...</source>
        <translation>לוח &amp;שנה של קשרי לקוחות...</translation>
    </message>
    <message>
        <source>The &amp;method</source>
        <translation>ה&amp;שיטה</translation>
    </message>
    <message>
        <source>Checklist &amp;rules</source>
        <translation>&amp;כללי רשימת הבדיקה</translation>
    </message>
    <message>
        <source>Cannot import %1</source>
        <translation>לא ניתן לייבא את %1</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>יובא: %1</translation>
    </message>
    <message>
        <source>The canvas has no file yet: save it to keep it. What was guessed or left out is in the details.</source>
        <translation>לקנבס עדיין אין קובץ: שמרו אותו כדי לא לאבד אותו. מה שנוחש או הושמט מופיע בפרטים.</translation>
    </message>
    <message>
        <source>Import a canvas</source>
        <translation>ייבוא קנבס</translation>
    </message>
    <message>
        <source>Canvases from other tools (*.md *.markdown *.txt *.csv *.tsv *.xml *.json);;All files (*)</source>
        <translation>קנבסים מכלים אחרים (*.md *.markdown *.txt *.csv *.tsv *.xml *.json);;כל הקבצים (*)</translation>
    </message>
    <message>
        <source>Export as Markdown</source>
        <translation>ייצוא כ-Markdown</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>קובץ Markdown (*.md)</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>ייב&amp;וא...</translation>
    </message>
    <message>
        <source>Open a canvas made in another tool: Markdown, CSV, Leantime&apos;s export, the Business Model Canvas app</source>
        <translation>פתיחת קנבס שנוצר בכלי אחר: Markdown, CSV, קובץ ייצוא של Leantime, אפליקציית Business Model Canvas</translation>
    </message>
    <message>
        <source>Export as &amp;Markdown...</source>
        <translation>ייצוא &amp;כ-Markdown...</translation>
    </message>
    <message>
        <source>New from &amp;template</source>
        <translation>חדש מתב&amp;נית</translation>
    </message>
    <message>
        <source>Include suggested answers ✦</source>
        <translation>הכללת התשובות המוצעות ✦</translation>
    </message>
    <message>
        <source>Check the canvas with the answers the notes&apos; words suggest taken as answers; the findings that rest on them are marked ✦.</source>
        <translation>בדיקת הקנבס כשהתשובות שהמילים שבפתקים מציעות נחשבות לתשובות; הממצאים שנשענים עליהן מסומנים ב-✦.</translation>
    </message>
    <message>
        <source>Mizan can read what is still readable into a new canvas; %1 itself is left as it is.</source>
        <translation>Mizan יכול לקרוא לתוך קנבס חדש את מה שעדיין קריא; הקובץ %1 עצמו יישאר כפי שהוא.</translation>
    </message>
    <message>
        <source>Salvage...</source>
        <translation>חילוץ...</translation>
    </message>
    <message>
        <source>Nothing to salvage in %1</source>
        <translation>אין מה לחלץ מהקובץ %1</translation>
    </message>
    <message>
        <source>%1 (salvaged)</source>
        <translation>%1 (חולץ)</translation>
    </message>
    <message>
        <source>%1 of %2 notes recovered.</source>
        <translation>שוחזרו %1 מתוך %2 פתקים.</translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) lost their segment.</source>
        <translation>
            <numerusform>%n תוכנית איבדה את הפלח שלה.</numerusform>
            <numerusform>%n תוכניות איבדו את הפלח שלהן.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) to lost notes dropped.</source>
        <translation>
            <numerusform>%n קישור לפתקים שאבדו הוסר.</numerusform>
            <numerusform>%n קישורים לפתקים שאבדו הוסרו.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) left out as unreadable.</source>
        <translation>
            <numerusform>%n פתק הושמט כי לא ניתן לקרוא אותו.</numerusform>
            <numerusform>%n פתקים הושמטו כי לא ניתן לקרוא אותם.</numerusform>
        </translation>
    </message>
    <message>
        <source>Salvaged %1</source>
        <translation>חולץ: %1</translation>
    </message>
    <message>
        <source>The canvas has no file yet: save it to keep it.</source>
        <translation>לקנבס עדיין אין קובץ: שמרו אותו כדי לא לאבד אותו.</translation>
    </message>
    <message>
        <source>Exporting %1...</source>
        <translation>ייצוא %1...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>Drawing page %1 of %2...</source>
        <translation>ציור עמוד %1 מתוך %2...</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written</source>
        <translation>הייצוא בוטל; לא נכתב דבר</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>לא ניתן להשוות</translation>
    </message>
    <message>
        <source>Compare with a file</source>
        <translation>השוואה לקובץ</translation>
    </message>
    <message>
        <source>Mizan canvases (*.mizan *.json)</source>
        <translation>קנבסים של Mizan (*.mizan *.json)</translation>
    </message>
    <message>
        <source>Save a &amp;Version...</source>
        <translation>שמירת &amp;גרסה...</translation>
    </message>
    <message>
        <source>Keep the canvas as it is now under a name (&quot;Workshop 3&quot;), inside the .mizan file</source>
        <translation>שמירת הקנבס כפי שהוא עכשיו תחת שם („סדנה 3”), בתוך קובץ ‎.mizan</translation>
    </message>
    <message>
        <source>Compare &amp;with File...</source>
        <translation>השוואה &amp;לקובץ...</translation>
    </message>
    <message>
        <source>History</source>
        <translation>היסטוריה</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>התנגשויות</translation>
    </message>
    <message>
        <source>Save the canvas as a .mizan document first.</source>
        <translation>שמרו קודם את הקנבס כמסמך ‎.mizan.</translation>
    </message>
    <message>
        <source>Save a version</source>
        <translation>שמירת גרסה</translation>
    </message>
    <message>
        <source>Versions are kept inside .mizan documents. Choose where to save this canvas as one; the version is saved in it.</source>
        <translation>גרסאות נשמרות בתוך מסמכי ‎.mizan. בחרו היכן לשמור את הקנבס הזה כמסמך כזה; הגרסה תישמר בתוכו.</translation>
    </message>
    <message>
        <source>Mizan canvas (*.mizan)</source>
        <translation>קנבס Mizan (*.mizan)</translation>
    </message>
    <message>
        <source>A name for the canvas as it is now, to find it again (&quot;Workshop 3&quot;, &quot;Investor deck&quot;):</source>
        <translation>שם לקנבס כפי שהוא עכשיו, כדי למצוא אותו שוב („סדנה 3”, „מצגת למשקיעים”):</translation>
    </message>
    <message>
        <source>Could not save the version</source>
        <translation>לא ניתן היה לשמור את הגרסה</translation>
    </message>
    <message>
        <source>Version “%1” saved</source>
        <translation>הגרסה „%1” נשמרה</translation>
    </message>
    <message>
        <source>Cannot open the version</source>
        <translation>לא ניתן לפתוח את הגרסה</translation>
    </message>
    <message>
        <source>%1 — version “%2”</source>
        <translation>%1 — גרסה „%2”</translation>
    </message>
    <message>
        <source>Version “%1” of %2, read-only. Restore it from the History panel to make it the canvas again, or use Save As to keep it as a file of its own.</source>
        <translation>הגרסה „%1” של %2, לקריאה בלבד. שחזרו אותה מחלונית ההיסטוריה כדי שתהיה שוב הקנבס, או השתמשו ב„שמירה בשם” כדי לשמור אותה כקובץ נפרד.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>המצב הנוכחי</translation>
    </message>
    <message>
        <source>Cannot restore the version</source>
        <translation>לא ניתן לשחזר את הגרסה</translation>
    </message>
    <message>
        <source>Version restored: Undo takes it back</source>
        <translation>הגרסה שוחזרה: „ביטול” מחזיר את המצב הקודם</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>הגרסה שלכם</translation>
    </message>
    <message>
        <source>On disk</source>
        <translation>הגרסה שבדיסק</translation>
    </message>
    <message>
        <source>Rename the version</source>
        <translation>שינוי שם הגרסה</translation>
    </message>
    <message>
        <source>A name for this version (leave it empty to make it the day&apos;s automatic version):</source>
        <translation>שם לגרסה זו (השאירו ריק כדי שתהיה הגרסה האוטומטית של אותו יום):</translation>
    </message>
    <message>
        <source>Cannot rename the version</source>
        <translation>לא ניתן לשנות את שם הגרסה</translation>
    </message>
    <message>
        <source>Delete the version “%1” from the history of %2?</source>
        <translation>למחוק את הגרסה „%1” מההיסטוריה של %2?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln version(s) from the history of %1?</source>
        <translation>
            <numerusform>למחוק גרסה %Ln מההיסטוריה של %1?</numerusform>
            <numerusform>למחוק %Ln גרסאות מההיסטוריה של %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete versions</source>
        <translation>מחיקת גרסאות</translation>
    </message>
    <message>
        <source>The other versions stay as they are. The history in the file changes when you save the canvas; until then, closing without saving keeps the version.</source>
        <translation>שאר הגרסאות נשארות כפי שהן. ההיסטוריה בקובץ משתנה כששומרים את הקנבס; עד אז, סגירה בלי שמירה משאירה את הגרסה.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>מחיקה</translation>
    </message>
    <message>
        <source>Cannot delete the version</source>
        <translation>לא ניתן למחוק את הגרסה</translation>
    </message>
    <message numerus="yes">
        <source>%Ln version(s) deleted: saving the canvas writes the history</source>
        <translation>
            <numerusform>גרסה %Ln נמחקה: שמירת הקנבס כותבת את ההיסטוריה</numerusform>
            <numerusform>%Ln גרסאות נמחקו: שמירת הקנבס כותבת את ההיסטוריה</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Merge a Copy In...</source>
        <translation>&amp;מיזוג עותק אחר...</translation>
    </message>
    <message>
        <source>Combine another copy of this canvas (a client&apos;s edits, a colleague&apos;s copy) with yours; what was changed both ways is listed in the Conflicts panel</source>
        <translation>שילוב עותק אחר של הקנבס הזה (עריכות של לקוח, עותק של עמית) עם שלכם; מה ששונה בשני הצדדים מופיע בחלונית ההתנגשויות</translation>
    </message>
    <message>
        <source>Merge a copy of this canvas</source>
        <translation>מיזוג עותק של הקנבס הזה</translation>
    </message>
    <message>
        <source>Cannot merge</source>
        <translation>לא ניתן למזג</translation>
    </message>
    <message>
        <source>%1 merged in: Undo takes it back</source>
        <translation>%1 מוזג: ביטול מחזיר לקודם</translation>
    </message>
    <message>
        <source>This is the canvas&apos;s own file: choose another copy of it.</source>
        <translation>זה הקובץ של הקנבס עצמו: בחרו עותק אחר שלו.</translation>
    </message>
</context>
<context>
    <name>mizan::ui::NoteItem</name>
    <message numerus="yes">
        <source>Its words suggest %n answer(s): select the note to see them in the planner.</source>
        <translation>
            <numerusform>המילים שבו מציעות תשובה אחת: בחרו את הפתק כדי לראות אותה במתכנן.</numerusform>
            <numerusform>המילים שבו מציעות %n תשובות: בחרו את הפתק כדי לראות אותן במתכנן.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mizan::ui::PlannerPanel</name>
    <message>
        <source>Planner</source>
        <translation>מתכנן</translation>
    </message>
    <message>
        <source>Open a canvas to plan its relationships.</source>
        <translation>פתחו קנבס כדי לתכנן את קשרי הלקוחות שלו.</translation>
    </message>
    <message>
        <source>Select a customer segment to plan its relationship, or a channel, plan or team to answer its questions.</source>
        <translation>בחרו פלח לקוחות כדי לתכנן את הקשר איתו, או ערוץ, תוכנית או צוות כדי לענות על השאלות שלהם.</translation>
    </message>
    <message>
        <source>Customer segment</source>
        <translation>פלח לקוחות</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>תיאור</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>שוק</translation>
    </message>
    <message>
        <source>Estimated number of customers</source>
        <translation>מספר לקוחות משוער</translation>
    </message>
    <message>
        <source>Revenue per customer per year</source>
        <translation>הכנסה ללקוח לשנה</translation>
    </message>
    <message>
        <source>Segment colour</source>
        <translation>צבע הפלח</translation>
    </message>
    <message>
        <source>Relationship plan</source>
        <translation>תוכנית קשרי לקוחות</translation>
    </message>
    <message>
        <source>How will you interact with this segment before, during and after delivering value?</source>
        <translation>כיצד תתקשרו עם הפלח הזה לפני מסירת הערך, במהלכה ולאחריה?</translation>
    </message>
    <message>
        <source>Plan the relationship</source>
        <translation>תכנון הקשר</translation>
    </message>
    <message>
        <source>Relationship with %1</source>
        <translation>הקשר עם %1</translation>
    </message>
    <message>
        <source>How deep is the relationship?</source>
        <translation>עד כמה עמוק הקשר?</translation>
    </message>
    <message>
        <source>Which mechanisms carry it?</source>
        <translation>אילו מנגנונים נושאים אותו?</translation>
    </message>
    <message>
        <source>More ways to keep in touch (CR12):</source>
        <translation>דרכים נוספות לשמור על קשר (CR12):</translation>
    </message>
    <message>
        <source>What is it for?</source>
        <translation>מה מטרתו?</translation>
    </message>
    <message>
        <source>Which channels does it run through?</source>
        <translation>דרך אילו ערוצים הוא עובר?</translation>
    </message>
    <message>
        <source>ownership not set</source>
        <translation>הבעלות לא הוגדרה</translation>
    </message>
    <message>
        <source>Does the channel support these answers?</source>
        <translation>האם הערוץ תומך בתשובות האלה?</translation>
    </message>
    <message>
        <source>Channel verdict</source>
        <translation>הערכת הערוץ</translation>
    </message>
    <message>
        <source>Which concrete means?</source>
        <translation>אילו אמצעים מעשיים?</translation>
    </message>
    <message>
        <source>Which voice?</source>
        <translation>איזה סגנון פנייה?</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>טון</translation>
    </message>
    <message>
        <source>How it sounds</source>
        <translation>איך זה נשמע</translation>
    </message>
    <message>
        <source>Privacy stance</source>
        <translation>מדיניות פרטיות</translation>
    </message>
    <message>
        <source>What data you keep, why, and what the customer controls</source>
        <translation>אילו נתונים אתם שומרים, מדוע, ועל מה הלקוח שולט</translation>
    </message>
    <message>
        <source>Show the plan&apos;s note</source>
        <translation>הצגת הפתק של התוכנית</translation>
    </message>
    <message>
        <source>The segment this plan is for</source>
        <translation>הפלח שאליו מיועדת התוכנית</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>פלח</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>לא הוגדר</translation>
    </message>
    <message>
        <source>Change segment</source>
        <translation>שינוי פלח</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>ערוץ</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>בעלות</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>אופן ההגעה</translation>
    </message>
    <message>
        <source>Phases it covers</source>
        <translation>השלבים שהוא מכסה</translation>
    </message>
    <message>
        <source>Segments it serves</source>
        <translation>הפלחים שהוא משרת</translation>
    </message>
    <message>
        <source>Means it offers</source>
        <translation>האמצעים שהוא מציע</translation>
    </message>
    <message>
        <source>People</source>
        <translation>אנשים</translation>
    </message>
    <message>
        <source>This resource is a team of people</source>
        <translation>המשאב הזה הוא צוות של אנשים</translation>
    </message>
    <message>
        <source>Change team</source>
        <translation>שינוי צוות</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>צוות</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>מספר אנשים</translation>
    </message>
    <message>
        <source>What it provides</source>
        <translation>מה הוא מספק</translation>
    </message>
    <message>
        <source>Segments that pay it</source>
        <translation>הפלחים שמשלמים אליו</translation>
    </message>
    <message>
        <source>What this cost pays for</source>
        <translation>על מה משולמת העלות הזו</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>פתק</translation>
    </message>
    <message>
        <source>Text direction</source>
        <translation>כיוון הטקסט</translation>
    </message>
    <message>
        <source>Note colour</source>
        <translation>צבע הפתק</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>תגיות, מופרדות בפסיקים</translation>
    </message>
    <message>
        <source>Touchpoints, economics and personas...</source>
        <translation>נקודות מגע, כלכלה ופרסונות...</translation>
    </message>
    <message>
        <source>The segment&apos;s touchpoints across its lifecycle (TP3), what keeping it is worth (RT1, RT5) and its personas (RT4)</source>
        <translation>נקודות המגע של הפלח לאורך מחזור החיים שלו (TP3), כמה שווה לשמר אותו (RT1, RT5) והפרסונות שלו (RT4)</translation>
    </message>
    <message>
        <source>Whom this team serves</source>
        <translation>את מי הצוות הזה משרת</translation>
    </message>
    <message>
        <source>Leave empty while it is not decided: the checklist then asks instead of judging.</source>
        <translation>השאירו ריק כל עוד הדבר לא הוחלט: רשימת הבדיקה תשאל במקום לשפוט.</translation>
    </message>
    <message>
        <source>Segments:</source>
        <translation>פלחים:</translation>
    </message>
    <message>
        <source>Channels (it serves their segments):</source>
        <translation>ערוצים (הצוות משרת את הפלחים שלהם):</translation>
    </message>
</context>
<context>
    <name>mizan::ui::PresentationWindow</name>
    <message>
        <source>Presentation</source>
        <translation>מצגת</translation>
    </message>
    <message>
        <source>Presentation of the canvas</source>
        <translation>מצגת של הקנבס</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>עדיין אין פתקים.</translation>
    </message>
    <message numerus="yes">
        <source>+%n more notes</source>
        <translation>
            <numerusform>+%n פתק נוסף</numerusform>
            <numerusform>+%n פתקים נוספים</numerusform>
        </translation>
    </message>
    <message>
        <source>No findings here.</source>
        <translation>אין כאן ממצאים.</translation>
    </message>
</context>
<context>
    <name>mizan::ui::SegmentWorkbook</name>
    <message>
        <source>Not set</source>
        <translation>לא הוגדר</translation>
    </message>
    <message>
        <source>Where this segment meets you, stage by stage (TP3). Double-click a cell to describe the touchpoint: what happens, front or back office (RM5), who owns it (RT7), the experience aimed for (EX3), how it is measured (EX5) and whether satisfaction is surveyed (RT6).</source>
        <translation>היכן הפלח הזה פוגש אתכם, שלב אחר שלב (TP3). לחצו לחיצה כפולה על תא כדי לתאר את נקודת המגע: מה קורה בה, פרונט־אופיס או בק־אופיס (RM5), מי אחראי לה (RT7), החוויה שאליה שואפים (EX3), כיצד היא נמדדת (EX5) והאם נערך בה סקר שביעות רצון (RT6).</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>נקודות מגע</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>שינוי %1</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>לקוחות</translation>
    </message>
    <message>
        <source>Customers kept per period (%)</source>
        <translation>לקוחות שנשמרים בכל תקופה (%)</translation>
    </message>
    <message>
        <source>Cost of winning a customer</source>
        <translation>עלות גיוס לקוח</translation>
    </message>
    <message>
        <source>Cost of keeping a customer, per period</source>
        <translation>עלות שימור לקוח, לכל תקופה</translation>
    </message>
    <message>
        <source>Margin per customer, per period</source>
        <translation>רווח גולמי לכל לקוח, לכל תקופה</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why customers leave (%), RT2&lt;/b&gt;</source>
        <translation>&lt;b&gt;למה לקוחות עוזבים (%), RT2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Service quality</source>
        <translation>איכות השירות</translation>
    </message>
    <message>
        <source>The product</source>
        <translation>המוצר</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>המתחרים</translation>
    </message>
    <message>
        <source>Other reasons</source>
        <translation>סיבות אחרות</translation>
    </message>
    <message>
        <source>Retention figures</source>
        <translation>נתוני שימור הלקוחות</translation>
    </message>
    <message>
        <source>Retention economics</source>
        <translation>כלכלת שימור הלקוחות</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>פרסונות</translation>
    </message>
    <message>
        <source>Add persona</source>
        <translation>הוספת פרסונה</translation>
    </message>
    <message>
        <source>Remove persona</source>
        <translation>הסרת פרסונה</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>מי הם</translation>
    </message>
    <message>
        <source>Their goals (EX4)</source>
        <translation>המטרות שלהם (EX4)</translation>
    </message>
    <message>
        <source>How they reach them (EX4)</source>
        <translation>איך הם משיגים אותן (EX4)</translation>
    </message>
    <message>
        <source>Motivation (RT3)</source>
        <translation>מוטיבציה (RT3)</translation>
    </message>
    <message>
        <source>First experience (RT3)</source>
        <translation>חוויה ראשונה (RT3)</translation>
    </message>
    <message>
        <source>Personalisation (RT3)</source>
        <translation>התאמה אישית (RT3)</translation>
    </message>
    <message>
        <source>Change (RT3)</source>
        <translation>שינוי (RT3)</translation>
    </message>
    <message>
        <source>Satisfaction (RT3)</source>
        <translation>שביעות רצון (RT3)</translation>
    </message>
    <message>
        <source>Loyalty (RT3)</source>
        <translation>נאמנות (RT3)</translation>
    </message>
    <message>
        <source>Edit persona</source>
        <translation>עריכת פרסונה</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>פרסונה חדשה</translation>
    </message>
    <message>
        <source>%1: touchpoints, economics and personas</source>
        <translation>%1: נקודות מגע, כלכלה ופרסונות</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>כל ערוץ</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>ללא אחראי</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>אחראי: %1</translation>
    </message>
    <message>
        <source>Measured by %1</source>
        <translation>נמדד לפי %1</translation>
    </message>
    <message>
        <source>Touchpoint: %1</source>
        <translation>נקודת מגע: %1</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>מה קורה</translation>
    </message>
    <message>
        <source>Office (RM5)</source>
        <translation>פרונט־אופיס או בק־אופיס (RM5)</translation>
    </message>
    <message>
        <source>Who owns it (RT7)</source>
        <translation>מי אחראי לה (RT7)</translation>
    </message>
    <message>
        <source>Experience aimed for (EX3)</source>
        <translation>החוויה הרצויה (EX3)</translation>
    </message>
    <message>
        <source>Measured by (EX5)</source>
        <translation>נמדד לפי (EX5)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>מדד</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>הסרה</translation>
    </message>
    <message>
        <source>Remove touchpoint</source>
        <translation>הסרת נקודת מגע</translation>
    </message>
    <message>
        <source>Edit touchpoint</source>
        <translation>עריכת נקודת מגע</translation>
    </message>
    <message>
        <source>Not enough answers</source>
        <translation>אין מספיק תשובות</translation>
    </message>
    <message>
        <source>Cost of keeping a customer (6 to 1, RT5)</source>
        <translation>עלות שימור לקוח (יחס של 6 ל-1, RT5)</translation>
    </message>
    <message>
        <source>Cost of keeping a customer</source>
        <translation>עלות שימור לקוח</translation>
    </message>
    <message>
        <source>Expected lifetime, in periods</source>
        <translation>אורך חיי לקוח צפוי, בתקופות</translation>
    </message>
    <message>
        <source>Lifetime value of a customer</source>
        <translation>ערך חיי לקוח</translation>
    </message>
    <message>
        <source>Periods to pay back winning a customer</source>
        <translation>מספר תקופות להחזר עלות גיוס לקוח</translation>
    </message>
    <message>
        <source>Lifetime value with 5 more points kept</source>
        <translation>ערך חיי לקוח עם 5 נקודות שימור נוספות</translation>
    </message>
    <message>
        <source>Effect of 5 more points kept on that value</source>
        <translation>השפעת 5 נקודות שימור נוספות על הערך הזה</translation>
    </message>
    <message>
        <source>Published reference: for small and mid-sized businesses, 5% more retention raises profit by %1 to %2% (RT1).</source>
        <translation>נתון שפורסם: בעסקים קטנים ובינוניים, העלאת שיעור השימור ב-5% מעלה את הרווח ב-%1 עד %2% (RT1).</translation>
    </message>
    <message>
        <source>Customers over time</source>
        <translation>לקוחות לאורך זמן</translation>
    </message>
    <message>
        <source>Today&apos;s retention</source>
        <translation>שיעור השימור הנוכחי</translation>
    </message>
    <message>
        <source>5 more points kept</source>
        <translation>5 נקודות שימור נוספות</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>תקופות</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ללא שם)</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>לא נענה</translation>
    </message>
    <message>
        <source>Yes, surveyed</source>
        <translation>כן, נערך סקר</translation>
    </message>
    <message>
        <source>No, not surveyed</source>
        <translation>לא, לא נערך סקר</translation>
    </message>
    <message>
        <source>Satisfaction surveyed here (RT6, RM6)</source>
        <translation>כאן נערך סקר שביעות רצון (RT6, RM6)</translation>
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
        <translation>מלאו את תשעת הבלוקים של המודל העסקי שלכם, תכננו את הקשר עם כל פלח לקוחות, וראו היכן הבלוקים סותרים זה את זה.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>התחלה</translation>
    </message>
    <message>
        <source>New empty canvas</source>
        <translation>קנבס ריק חדש</translation>
    </message>
    <message>
        <source>The nine blocks, empty: begin with your customer segments.</source>
        <translation>תשעת הבלוקים, ריקים: התחילו בפלחי הלקוחות שלכם.</translation>
    </message>
    <message>
        <source>Open a canvas...</source>
        <translation>פתיחת קנבס...</translation>
    </message>
    <message>
        <source>A .mizan file, or a canvas saved as JSON.</source>
        <translation>קובץ ‎.mizan, או קנבס שנשמר כ-JSON.</translation>
    </message>
    <message>
        <source>Import from another tool...</source>
        <translation>ייבוא מכלי אחר...</translation>
    </message>
    <message>
        <source>Markdown, CSV, Leantime&apos;s export, the Business Model Canvas app.</source>
        <translation>Markdown, CSV, קובץ ייצוא של Leantime, אפליקציית Business Model Canvas.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>תבניות</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>דוגמאות</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>קבצים אחרונים</translation>
    </message>
    <message>
        <source>The canvases you open will be listed here.</source>
        <translation>הקנבסים שתפתחו יופיעו כאן.</translation>
    </message>
</context>
<context>
    <name>mizan::ui::SuggestionList</name>
    <message>
        <source>Suggested answers</source>
        <translation>תשובות מוצעות</translation>
    </message>
    <message>
        <source>Suggested: &lt;b&gt;%1&lt;/b&gt; — from: “%2”</source>
        <translation>הצעה: &lt;b&gt;%1&lt;/b&gt; — מתוך: „%2”</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>אישור</translation>
    </message>
    <message>
        <source>Accept the suggestion “%1”</source>
        <translation>אישור ההצעה „%1”</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>דחייה</translation>
    </message>
    <message>
        <source>Dismiss the suggestion “%1”: it will not be proposed again</source>
        <translation>דחיית ההצעה „%1”: היא לא תוצע שוב</translation>
    </message>
</context>
<context>
    <name>mizan::ui::SuggestionSummary</name>
    <message>
        <source>Suggestions from the note&apos;s words</source>
        <translation>הצעות מתוך המילים שבפתק</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>אישור הכול</translation>
    </message>
    <message>
        <source>Accept every suggested answer of this note (one undo step)</source>
        <translation>אישור כל התשובות המוצעות של הפתק הזה (צעד ביטול אחד)</translation>
    </message>
    <message>
        <source>Dismiss all</source>
        <translation>דחיית הכול</translation>
    </message>
    <message>
        <source>Dismiss every suggested answer of this note</source>
        <translation>דחיית כל התשובות המוצעות של הפתק הזה</translation>
    </message>
    <message numerus="yes">
        <source>The note&apos;s words suggest %n answer(s), shown under their questions. Nothing is answered until you accept.</source>
        <translation>
            <numerusform>המילים שבפתק מציעות תשובה אחת, המוצגת מתחת לשאלה שלה. אף תשובה לא נרשמת עד שתאשרו אותה.</numerusform>
            <numerusform>המילים שבפתק מציעות %n תשובות, המוצגות מתחת לשאלות שלהן. אף תשובה לא נרשמת עד שתאשרו אותה.</numerusform>
        </translation>
    </message>
</context>
</TS>
