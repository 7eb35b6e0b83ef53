# English. See README.md for the format.
@language en
# Hyphens and slashes split words: write "e-mail" or "pause/skip" as the words
# they hold ("e-mail" is "e mail", "pause skip"). A longer term of the same
# family hides the shorter one it covers ("business reviews" over "reviews").
# Beware of prefixes that begin other words: not "intern*" (internet),
# "tutor*" (tutorial), "person*" (personal), "cook*" (cooking), "fair*" (fairly).
[people]
vet
vets
veterinar*
dr
nanny
cleaner*
tour guide*
host
hosts
hostess*
instructor*
team*
staff
people
person
persons
personnel
employee*
worker*
crew
founder*
cofounder*
co-founder*
owner
owners
owner's
co-owner*
me
i do
we do
ceo
cto
coo
cfo
director
directors
manager*
account manager*
key account*
rep
reps
representative*
salespeople
salesperson
sales team
sales force
saleswom*
salesm*
consultant*
adviser*
advisor*
coordinator*
assistant*
receptionist*
front desk
cashier*
waiter*
waitress*
barista*
chef*
cook
cooks
baker
bakers
driver*
technician*
engineer*
developer*
designer*
analyst*
tailor
tailors
seamstress*
dentist*
doctor*
nurse
nurses
hygienist*
pharmacist*
therapist*
stylist*
hairdresser*
teacher*
tutor
tutors
trainer*
coach*
volunteer*
moderator*
community manager*
customer service
customer care
call centre
call center
helpdesk
help desk
agent*
officer*
clerk*
operator*
specialist
specialists
expert
experts
freelancer*
contractor*
intern
interns
new hire*
fundraiser
fundraisers
responder
responders
picker
pickers
packer
packers
headcount
fte
ftes
husband
wife
son
daughter
brother
sister
mother
father
mum
dad
family
partner and i
[resource]
software
platform*
app
apps
application*
website*
web site
site
system*
tool*
crm
erp
database*
data
server*
cloud
hosting
licence*
license*
certificat*
certified
accreditation*
iso
patent*
brand*
trademark*
reputation
recipe*
formula*
equipment
machine*
machinery
engine
engines
oven*
roaster*
van
vans
truck*
lorry
vehicle*
fleet
building*
premises
workshop*
warehouse*
factory
kitchen*
studio*
office
offices
lab
labs
laboratory
stock
inventory
material*
fabric*
ingredient*
capital
funding
fund
funds
loan*
cash
investment*
content
catalog*
catalogue*
library
archive*
portfolio*
know-how
intellectual property
ip
ips
location*
space
room*
chair
chairs
land
farm
herd
cow*
field*
greenhouse*
hardware
device*
sensor*
supplies
network infrastructure
[capability:satisfaction_surveys]
survey*
questionnaire*
nps
net promoter*
csat
satisfaction
feedback
poll
polls
customer voice
how was
[capability:outcome_measurement]
outcome*
resolution rate*
resolved
first contact resolution
problem solved
problems solved
success rate*
pass rate*
churn rate*
retention rate*
renewal rate*
results measured
error-free
error free
right first time
first-time fix*
first time fix*
business review*
qbr
qbrs
impact report*
[capability:review_collection]
reviews
reviewer*
leave a review
write a review
review site*
review platform*
rating
ratings
star rating*
rate us
testimonial*
trustpilot
tripadvisor
yelp
user-generated
ugc
ideas box
idea box
suggestion box*
customer suggestion*
co-creat*
vote
votes
voting
[capability:community_management]
community manager*
community team
community lead*
forum*
facebook group*
fb group*
whatsapp group*
discord
meetup*
runs the group
runs the community
moderator*
moderation
moderates
moderated
moderating
moderate the
[capability:shared_customer_record]
crm
customer record*
client record*
patient record*
customer file*
client file*
customer database
client database
customer history
client history
order history
hubspot
salesforce
pipedrive
zoho
customer account*
single view
single customer view
[capability:customer_data]
reminder*
practice software
practice management
booking system
patient file*
customer data
client data
analytics
purchase history
order history
taste profile*
customer profile*
crm
hubspot
salesforce
pipedrive
zoho
usage data
recommendation engine*
pms
property management system
[capability:platform]
platform*
app
website*
webshop*
web shop*
online shop*
e-shop*
saas
portal*
software
system*

# ---------------------------------------------------------------- relationship
[mechanism:personal_assistance]
personal assistance
personal service
personal advice
personally
personal call*
in person help
we help
help desk
helpdesk
advice
expert advice
advice at the counter
customer service
customer care
customer support
support team
chat support
phone support
email support
e-mail support
live support
live chat
answer every*
someone to listen
someone to talk to
a real person
real people
counter staff
shop staff
know the regulars
know every name
whatsapp me
call me
text me
message me
the contact form
[mechanism:dedicated_personal_assistance]
dedicated
account manager*
account management
key account*
personal account manager*
named
named contact*
named rep*
named specialist*
named am
am per
ams
one contact
the contact
single point of contact
own adviser*
own advisor*
own vet
own specialist*
own rep
own consultant*
own account manager*
own contact
personal adviser*
personal advisor*
personal shopper*
one per client
one per customer
one per account
per account
per client
for every client
for each client
each rep
field rep*
concierge
relationship manager*
qbr
qbrs
business review*
account review*
[mechanism:self_service]
self-service
self service
selfservice
self-serve
self serve
do it yourself
diy
online booking
book online
order online
faq*
help centre
help center
knowledge base
customer portal
client portal
portal
portals
account page
my account
online account
dashboard
pause skip
pause or skip
skip or pause
[mechanism:automated_services]
automated
automatic*
automation
recommendation*
recommends
personalised
personalized
personalised picks
personalized picks
picks based
based on past
past ratings
based on your
based on their
you might also like
customers also bought
suggest recipes
algorithm*
reminder*
chatbot*
bot
[mechanism:communities]
community
communities
forum*
facebook group*
fb group*
whatsapp group*
user group*
online group*
private group*
members' group
book club*
supper club*
running club*
fan club*
discord
meetup*
fan
fans
fanbase
[mechanism:co_creation]
co-creation
co-create
cocreation
co-design*
codesign
reviews
leave a review
write a review
post a review
review us
reviews from
customer reviews
collect reviews
review request*
ask for a review
ask for reviews
star rating*
rate us
ratings and reviews
vote
votes
voting
vote on
user-generated
customers design
customers suggest
customer ideas
ideas from customers
ideas box
idea box
suggestion box*
feedback from*
beta tester*
[mechanism:newsletters]
newsletter*
mailing*
email campaign*
e-mail campaign*
monthly email*
weekly email*
monthly e-mail*
weekly e-mail*
picks email*
picks e-mail*
email updates
e-mail updates
updates every
regular updates
digest
bulletin*
[mechanism:blogs]
blog*
articles
vlog*
podcast*
[mechanism:events_and_conferences]
event
events
conference
conferences
open day*
open house
open evening*
thank-you evening*
thank you evening*
author evening*
launch party
launch event*
tasting*
fairs
trade fair*
craft fair*
food fair*
wedding fair*
festival*
trade show*
expo
expos
exhibition*
summit*
gala
galas
roadshow*
convention
conventions
[mechanism:call_centre]
call centre
call center
call-centre
call-center
contact centre
contact center
hotline
helpline
help line
phone line
support line
[mechanism:lock_in]
lock-in
lock in
locked in
exclusive contract*
switching cost*
proprietary
exit fee*
cancellation fee*
termination fee*
early termination
minimum term*
hard to leave
hard to switch
[mechanism:manuals]
manual
manuals
user manual*
handbook*
user guide*
instructions
instruction leaflet*
booklet*
rulebook*
recipe card*
care guide*
quick start*
[mechanism:loyalty_program]
loyalty
loyalty card*
points
stamp card*
punch card*
membership
members get
club
health club*
members' club
clubcard*
vip
cashback
10th
tenth
reward
rewards
reward scheme*
reward programme*
reward program*
[mechanism:network_effects]
network effect*
network-effect*
more users
the more users
the more people
the more members
the more sellers
the more buyers
the more drivers
the more riders
the more players
[mechanism:webinars]
webinar*
online session*
live session*
livestream*
live stream*
[mechanism:tutorials]
tutorial*
how-to*
video guide*
guide*
courses
online course*
video course*
teach
teaches
teaching
academy
explainer*
walkthrough*
[mechanism:workshops]
workshop*
masterclass*
class
classes
training*
train
trains
trained
tabletop exercise*
bootcamp*
seminar*
[mechanism:sponsorship]
sponsor*
[mechanism:referral_program]
referral*
refer a
refer your
refer-a-friend
invite a friend
recommend a friend
word of mouth
recommend us
ambassador program*
ambassador programme*
bring a friend
bring-a-friend
member get member
friend gets
[mechanism:transactional]
transactional
no relationship
just buy
one-off
walk-in
walk in
[mechanism:partner_program]
partner program*
partner programme*
partner scheme*
partner conditions
partner terms
partner portal*
partner dashboard*
partner tier*
channel partner*
affiliate*
reseller program*
reseller programme*
reseller scheme*
dealer program*
dealer programme*
revenue share
rev share
[mechanism:long_term_commitment]
contract
contracts
year contract*
month contract*
annual contract*
framework
framework agreement*
call-off*
agreement*
retainer*
long-term
12-month
24-month
36-month
multi-year
commitment
fixed term
fixed-term
lease
leases
leasing
[mechanism:personal_touches]
birthday*
anniversary
handwritten
hand-written
thank-you note*
thank you note*
thank-you letter*
thank you letter*
thank-you card*
thank you card*
personal note*
small gift*
free gift*
welcome gift*
welcome drink*
welcome pack*
welcome card*
little gift*
surprise gift*
thank-you gift*
card in every
call on their
[mechanism:tailored_offers]
tailored
special offer*
personal offer*
personalised offer*
personalized offer*
exclusive offer*
offers for*
cross-sell*
upsell*
up-sell*
add-on*
addon*
more lines
bundle*
discount for*

[focus:acquisition]
win
wins
winning
win over
new customer*
new client*
new business
new member*
new user*
new buyer*
acquire
acquisition
convert
converts
conversion*
first box
first order
first purchase
first visit
first booking
first lesson
first session
first class
free first
get them to try
trial
free trial*
sign-up*
signup*
referral*
refer a
leads
prospect*
attract
attracts
attracting
attraction
[focus:retention]
keep them
keep customers
keep clients
keep members
keep subscribers
keep every*
retain*
retention
come back
coming back
repeat*
loyal*
regulars
renewal*
renew*
churn
stay with us
stay on
stay with
keep using
[focus:growth]
grow
growth
upsell*
up-sell*
cross-sell*
sell more
spend more
buy more
order more
take more
more lines
bigger order*
average order*
average gift
basket size
share of wallet
more per
upgrade*
expansion*
[depth:deep]
deep relationship
close relationship
know them by name
by name
know every*
long relationship
long-term relationship*
personal relationship
account manager*
account management
key account*
relationship manager*
named contact*
named account*
the contact
own vet
each rep
per account
one per account
qbr
qbrs
business review*
[depth:in_between]
some contact
[depth:shallow]
shallow
limited contact
no relationship
no contact
light touch
light-touch
low touch
low-touch
arm's length
anonymous
transactional
everything online
fully online
all online
[means:toll_free_line]
toll-free
toll free
freephone
freefone
0800
free number
[means:phone]
phone*
telephone
calls
calling
a call
the call
call us
call me
call them
call you
can call
to call
we call
i call
call back
callback*
phone call*
review call*
sales call*
intro call*
discovery call*
weekly call*
monthly call*
quarterly call*
personal call*
on call
on-call
call centre
call center
hotline
helpline
help line
phone line
0800
mobile
[means:email]
email*
e-mail*
newsletter*
mailing list*
mailchimp
inbox
[means:social_networks]
social media
social network*
socials
social channel*
social post*
instagram
insta
facebook
fb
tiktok
linkedin
twitter
youtube
snapchat
pinterest
influencer*
[means:chat]
chat
live chat
whatsapp
messenger
telegram
slack
intercom
direct message*
[means:in_person]
in person
in-person
face to face
face-to-face
visit*
at the counter
trade counter
counter staff
shop counter
behind the counter
in store
in-store
in the shop
at the shop
in branch
in-branch
branch
branches
reception
front desk
stand
stands
stall
stalls
booth
booths
tasting*
on site
on-site
at home
door-to-door
[means:web_self_service]
website*
web site
online
web
portal*
self-service
self service
self-serve
self serve
account page
my account
online account
help centre
help center
webshop*
web shop*
online shop*
online store*
e-shop*
e-commerce
ecommerce
marketplace*
listing*
listed on
platforms
dashboard
booking.com
expedia
airbnb
[means:mobile_app]
app
apps
mobile app*
[means:video_call]
video call*
video chat
video meeting*
videoconferenc*
video conferenc*
video consult*
zoom
teams call*
teams meeting*
google meet
skype
webex
facetime
webinar*
livestream*
live stream*
[means:sms]
sms
text message*
texts
texting
text me
text us
by text
birthday text
text reminder*
[means:postal_mail]
letter*
postcard*
postal
in the post
through the post
catalogue by post
card by post
cards by post
direct mail
mailshot*
[means:events]
event
events
open day*
fairs
trade fair*
craft fair*
festival*
expo
expos
conference
conferences
trade show*
exhibition*
meetup*
stand
stands
convention
conventions
[means:forum]
forum*
discord
message board*
[means:knowledge_base]
knowledge base
faq*
help centre
help center
help articles
support articles
[tone:formal]
formal
formally
professional
serious
corporate
board-level
businesslike
polite
courteous
official
procurement language
in writing
[tone:friendly]
friendly
warm
casual
relaxed
informal
chatty
approachable
down-to-earth
down to earth
welcoming
no jargon
jargon-free
jargon free
without jargon
avoid jargon
no tax jargon
no legal jargon
no technical jargon
no medical jargon
no industry jargon
[tone:expert]
expert
experts
technical
precise
knowledgeable
authoritative
evidence-based
scientific
fellow professional*
[tone:playful]
playful
fun
funny
cheeky
humorous
witty
quirky
irreverent
tongue-in-cheek
light-hearted
lighthearted
emoji*
[tone:caring]
caring
kind
reassuring
reassure
gentle
empathetic
compassionate
calm
patient
supportive
listen
listening
no blame
nobody gets blamed
non-judgemental
non-judgmental
[tone:inspiring]
inspiring
inspirational
motivating
motivational
uplifting
aspirational
empowering

# ---------------------------------------------------------------- channels
# Owned: the company's own media, premises and people. Partner: someone else's
# shop, platform, listing or staff. Phrases hide the words they hold:
# "partner portal" (ours, for partners) hides "partner".
[ownership:owned]
our
own
our own
own website
own shop
own store
own app
website*
web site
webshop*
web shop*
online shop*
e-shop*
showroom
flagship
shop
branch
branches
reception
front desk
trade counter
stand
stall
booth
van
vans
our fleet
distribution centre*
distribution center*
hotline
helpline
0800
call centre
call center
calls
visits
sales
sales team
sales rep*
reps
account manager*
account management
direct
we sell
newsletter*
email
e-mail
whatsapp
instagram
facebook
tiktok
linkedin
youtube
social media
webinar*
fairs
trade fair*
craft fair*
client portal
customer portal
help centre
help center
partner portal*
partner event*
partner manager*
corporate partnership*
partnerships team
support agent*
our agent*
[ownership:partner]
partner*
reseller*
resell*
retailer*
retail partner*
stockist*
distributor*
wholesaler*
marketplace*
amazon
etsy
ebay
ebay shop
etsy shop
amazon store
amazon shop
partner shop*
partner store*
integrator*
delivery app*
deliveroo
uber eats
just eat
wolt
glovo
doordash
grubhub
talabat
booking.com
expedia
airbnb
tripadvisor
upwork
fiverr
kickstarter
indiegogo
agent*
agency
agencies
dealer*
pharmacies
supermarkets
supermarket chain*
retail chain*
influencer*
affiliate*
third-party
third party
3rd party
white-label
white label
listing*
listed on
recommend us
by post
postal service*
courier company
courier service*
takes a fee
commission
sold through
sold via
sell through
sells through
sold by
sold at
sold in
stocked by
stocked in
stocked at
through partners
via partners
through resellers
via resellers
through distributors
through retailers
[phase:awareness]
awareness
ads
advert*
advertising
social media
seo
word of mouth
flyer*
leaflet*
poster*
billboard*
window display*
press
instagram
facebook
tiktok
linkedin
youtube
pinterest
twitter
snapchat
influencer*
posts
reels
videos
referral*
recommend*
listing*
listed on
marketplace*
website*
web site
stand
fairs
trade fair*
craft fair*
festival*
expo
expos
trade show*
exhibition*
conference
conferences
event
events
webinar*
meetup*
booking.com
expedia
airbnb
tour operator*
travel agent*
convention
conventions
[phase:evaluation]
evaluation
compare
trial*
samples
sample*
testers
try
tasting*
advice
consultation*
quote*
recommend*
referral*
showroom
stand
fairs
trade fair*
craft fair*
festival*
expo
expos
trade show*
exhibition*
webinar*
sales
sales team
sales rep*
account visit*
demo
demos
demonstration
demonstrations
convention
conventions
[phase:purchase]
purchase
buy
sell*
sold
sales
order*
checkout
booking*
book online
shop
shops
store
stores
webshop*
web shop*
online shop*
e-shop*
marketplace*
stall
stalls
trade counter
branches
reseller*
resell*
retailer*
stockist*
wholesale*
framework
subscription*
subscribe
subscribes
sign-up*
signup*
donate
pledge*
app
apps
website*
web site
booking.com
expedia
airbnb
tour operator*
travel agent*
deliveroo
uber eats
just eat
wolt
glovo
doordash
grubhub
talabat
delivery app*
[phase:delivery]
delivery
deliver*
shipping
ship
ships
shipped
courier*
install*
setup
set-up
pick up
pick-up
pickup
click and collect
click collect
fulfil*
fulfill*
dispatch*
distribution centre*
distribution center*
vending
implementation
onboarding
home visit*
farm visit*
deliveroo
uber eats
just eat
wolt
glovo
doordash
grubhub
talabat
delivery app*
[phase:after_sales]
after-sales
after sales
aftersales
aftercare
after-care
support
customer service
customer care
returns
refund*
repair*
servicing
maintenance
warranty
complaints
service after
follow-up*
follow up
hotline
helpline
help desk
helpdesk
help centre
help center
faq*
knowledge base
portal*
account management
account manager*
account visit*
qbr
qbrs
business review*
monthly review*
quarterly review*
chat
live chat
pause
visits
branch
branches

# ---------------------------------------------------------------- segments and teams
[market:mass]
everyone
anyone
mass market
mass-market
general public
the public
all households
all ages
wide audience
broad market
mainstream
[market:niche]
niche
specialist*
enthusiast*
hobbyist*
connoisseur*
aficionado*
narrow segment
specialised
specialized
high-end
[market:segmented]
segmented
segmented by
sub-segment*
subsegment*
micro-segment*
several segments
different segments
split into segments
[market:multi_sided]
both sides
two sides
two-sided
multi-sided
buyers and sellers
sellers and buyers
[customers]
customer*
client*
user*
subscriber*
subscriptions
member*
patient*
student*
pupil*
learner*
buyer*
shopper*
guest*
visitor*
backer*
donor*
supporter*
family
families
household*
home
homes
parent*
adult*
women
men
children
kids
teens
teenagers
seniors
pensioners
retirees
residents
tenants
commuters
riders
travellers
travelers
tourists
couples
active
business*
compan*
firm
firms
account*
organisation*
organization*
site
sites
door
doors
store
stores
shop
shops
retailer*
seller*
merchant*
maker*
brand
brands
restaurant*
cafe
cafes
café
cafés
coffee shop*
bar
bars
pub
pubs
hotel*
venue*
salon*
gym
gyms
clinic*
practice
practices
pharmacies
pharmacy
surgeries
hospital*
school*
universit*
college*
nurser*
farm
farms
supermarket*
bakeries
wholesalers
plant
plants
factories
council*
trust
trusts
agencies
charities
startups
start-ups
smes
smbs
[team:owners]
owner
owners
owner's
co-owner*
founder*
co-founder*
cofounder*
me
i
the boss
ceo
[team:sales]
salesperson
salespeople
seller*
business development
new business
bdr*
sdr*
account executive*
rep
reps
field rep*
sales rep*
representative*
partner manager*
channel manager*
sales
[team:account_management]
account manager*
key account*
account management
relationship manager*
customer success
[team:support]
support
customer service
customer care
customer support
care team
help desk
helpdesk
service desk
call centre
call center
agent*
[team:service_staff]
service staff
shop staff
store staff
floor staff
branch staff
counter staff
bar staff
waiting staff
front of house
front-of-house
front desk
reception*
receptionist*
waiter*
waitress*
barista*
cashier*
shop assistant*
sales assistant*
nurse
nurses
hygienist*
therapist*
stylist*
hairdresser*
barber
barbers
instructor*
tutors
teachers
volunteer*
responder
responders
housekeeping
[team:community]
community manager*
community team
community lead*
moderator*
[team:marketing]
marketing
growth
growth team
social team
social media
social media manager*
content team
brand team
[team:other]
production
warehouse
packing
packers
pickers
picking
logistics
kitchen team
drivers
developers
engineers
engineering
implementation
technicians
installers

# ---------------------------------------------------------------- measures and numbers
[measure:outcome]
solved
resolved
resolution
outcome*
renewal rate*
problem fixed
error-free
right first time
[measure:activity]
reply time
response time
first response
time to answer
calls made
emails sent
tickets handled
tickets closed
visits made
number of calls
per day
per agent
views
[multiplier:100]
hundred
[multiplier:1000]
k
thousand
thousands
[multiplier:1000000]
m
million
millions
[number:1]
one
a single
single
sole
solo
alone
[number:2]
two
a couple of
pair of
both
[number:3]
three
[number:4]
four
[number:5]
five
[number:6]
six
half a dozen
[number:7]
seven
[number:8]
eight
[number:9]
nine
[number:10]
ten
[number:11]
eleven
[number:12]
twelve
a dozen
dozen
[number:13]
thirteen
[number:14]
fourteen
[number:15]
fifteen
[number:16]
sixteen
[number:17]
seventeen
[number:18]
eighteen
[number:19]
nineteen
[number:20]
twenty
[number:30]
thirty
[number:40]
forty
[number:50]
fifty
[number:60]
sixty
[number:70]
seventy
[number:80]
eighty
[number:90]
ninety
[stopword]
the
a
an
and
or
of
for
to
in
on
at
with
our
their
my
we
they
who
that
this
these
from
by
per

# ---------------------------------------------------------------- sizes
# Words around a number that say what kind of number it is, so a segment's
# size is read only from a count of customers.
[approx]
about
around
approximately
approx
roughly
some
nearly
almost
over
more than
up to
circa
ca
estimated
an estimated
close to
just over
just under
upwards of
at least
[range]
to
between
and
or
[currency]
pound*
dollar*
euro*
gbp
usd
eur
dinar*
riyal*
dirham*
shekel*
nis
ils
egp
jod
sar
aed
kwd
pence
quid
bucks
cent
cents
[unit]
second
seconds
sec
secs
minute*
min
mins
hour*
hr
hrs
h
day*
week*
month*
year*
yr
yrs
km
kilomet*
mile*
metre*
meter*
m2
sqm
acre*
hectare*
kg
kilo*
gram*
g
tonne*
ton
tons
litre*
liter*
l
ml
percent
per cent
pct
times
x
star
stars
taps
clicks
steps
seat*
table*
room*
bed*
chair*
product*
item*
sku*
recipe*
order
orders
session*
lesson*
meal*
portion*
cup*
bag
bags
states
countries
cities
languages
visit
visits

# ---------------------------------------------------------------- counting people
# One person: the owner alone, "me". A team of owners named this way counts 1.
[one_person]
me
myself
i do
the owner
the boss
sole owner
owner-operator
on my own
by myself
just me
alone
# A ratio: the number before it counts per something, not people.
[per]
per
each
every
a day
a week
a month
a year
