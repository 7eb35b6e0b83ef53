# English. See README.md for the format.
[people]
vet
vets
veterinar*
dr
nanny
cleaner*
guide*
host*
instructor*
team*
staff
people
person*
employee*
worker*
crew
founder*
cofounder*
co-founder*
owner*
me
myself
i do
we do
ceo
cto
coo
cfo
director*
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
cook*
baker*
driver*
technician*
engineer*
developer*
designer*
analyst*
tailor*
seamstress*
dentist*
doctor*
nurse*
hygienist*
teacher*
tutor*
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
specialist*
expert*
freelancer*
contractor*
intern*
hire*
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
know-how
intellectual property
location*
space
room*
chair*
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
poll*
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
results measured
[capability:review_collection]
review*
rating*
testimonial*
star rating*
user-generated
ugc
ideas box
idea box
suggestion*
co-creat*
vote*
[capability:community_management]
community manager*
community team
moderat*
forum*
facebook group*
fb group*
whatsapp group*
discord
meetup*
runs the group
runs the community
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
advice at the counter
customer service
customer care
support team
live chat
answer every*
[mechanism:dedicated_personal_assistance]
dedicated
account manager*
key account*
personal account manager*
named contact*
one contact
single point of contact
own adviser*
own advisor*
personal adviser*
personal advisor*
personal shopper*
one per client
one per customer
for every client
for each client
concierge
relationship manager*
[mechanism:self_service]
self-service
self service
selfservice
do it yourself
online booking
book online
faq*
help centre
help center
knowledge base
customer portal
order online
[mechanism:automated_services]
automated
automatic*
automation
recommendation*
recommends
personalised
personalized
algorithm*
reminder*
chatbot*
bot
[mechanism:communities]
community
communities
forum*
group*
club
members' group
facebook group*
whatsapp group*
discord
meetup*
fan*
[mechanism:co_creation]
co-creation
co-create
cocreation
review*
rating*
vote*
user-generated
customers design
customers suggest
ideas from customers
feedback from*
[mechanism:newsletters]
newsletter*
mailing*
email campaign*
e-mail campaign*
monthly email*
weekly email*
[mechanism:blogs]
blog*
articles
vlog*
podcast*
[mechanism:events_and_conferences]
event*
conference*
open day*
open house
launch party
tasting*
fair*
trade show*
expo*
evening*
[mechanism:call_centre]
call centre
call center
call-centre
call-center
hotline
phone line
contact centre
contact center
[mechanism:lock_in]
lock-in
lock in
locked in
exclusive contract*
switching cost*
proprietary
[mechanism:manuals]
manual*
user guide*
instructions
leaflet*
booklet*
[mechanism:loyalty_program]
loyalty
loyalty card*
points
stamp card*
reward*
membership
members get
tier*
cashback
[mechanism:network_effects]
network effect*
more users
the more
[mechanism:webinars]
webinar*
online session*
live session*
[mechanism:tutorials]
tutorial*
how-to*
video guide*
guide*
course*
[mechanism:workshops]
workshop*
masterclass*
class
classes
training session*
training
[mechanism:sponsorship]
sponsor*
[mechanism:referral_program]
referral*
refer a friend
refer-a-friend
invite a friend
word of mouth
recommend us
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
affiliate*
reseller program*
reseller programme*
[mechanism:long_term_commitment]
contract*
annual agreement*
yearly agreement*
agreement*
subscription*
retainer*
long-term
12-month
[mechanism:personal_touches]
birthday*
anniversary
handwritten
thank-you note*
thank you note*
personal note*
small gift*
gift
card in every
call on their
[mechanism:tailored_offers]
tailored
special offer*
personal offer*
offers for*
cross-sell*
upsell*
up-sell*
bundle*
discount for*
[focus:acquisition]
win*
new customer*
new client*
acquire
acquisition
attract*
first box
first order
get them to try
trial
sign-up*
signup*
[focus:retention]
keep
keep them
retain*
retention
come back
coming back
repeat*
loyal*
renewal*
renew*
churn
stay with us
[focus:growth]
grow
growth
upsell*
up-sell*
cross-sell*
sell more
spend more
bigger order*
more per
upgrade*
[depth:deep]
deep relationship
close relationship
know them by name
know every*
long relationship
personal relationship
[depth:in_between]
some contact
[depth:shallow]
shallow
limited contact
no relationship
anonymous
[means:toll_free_line]
toll-free
toll free
freephone
0800
free number
[means:phone]
phone*
telephone
call
calls
calling
mobile
[means:email]
email*
e-mail*
mail
[means:social_networks]
social*
instagram
facebook
tiktok
linkedin
twitter
youtube
snapchat
pinterest
[means:chat]
chat
live chat
whatsapp
messenger
telegram
[means:in_person]
in person
face to face
face-to-face
visit*
at the counter
in store
in-store
in the shop
on site
on-site
at home
door-to-door
[means:web_self_service]
website*
online
web
portal*
self-service
[means:mobile_app]
app
apps
mobile app*
[means:video_call]
video call*
zoom
video chat
teams call*
facetime
[means:sms]
sms
text message*
texts
[means:postal_mail]
post
letter*
postcard*
catalogue by post
[means:events]
event*
open day*
fair*
[means:forum]
forum*
discord
[means:knowledge_base]
knowledge base
faq*
help centre
help center
help articles
[tone:formal]
formal
professional
serious
corporate
[tone:friendly]
friendly
warm
casual
relaxed
[tone:expert]
expert
technical
precise
knowledgeable
[tone:playful]
playful
fun
funny
cheeky
humorous
emoji*
[tone:caring]
caring
kind
reassuring
gentle
empathetic
[tone:inspiring]
inspiring
inspirational
motivating
uplifting

# ---------------------------------------------------------------- channels
[ownership:owned]
our own
own website
own shop
own store
own app
our website
our shop
our store
our app
our stand
our team
direct
we sell
flagship
showroom
[ownership:partner]
partner*
reseller*
retailer*
retail partner*
distributor*
wholesaler*
marketplace*
amazon
etsy
ebay
integrator*
delivery app*
deliveroo
uber eats
just eat
booking.com
expedia
agent*
agency
agencies
dealer*
pharmacies
pharmacy
supermarket*
chain*
through
via
[phase:awareness]
awareness
ads
advert*
advertising
social media
seo
word of mouth
flyer*
billboard*
[phase:evaluation]
evaluation
compare
demo*
trial*
samples
sample*
try
tasting*
[phase:purchase]
purchase
buy
sell*
sales
order*
checkout
booking*
[phase:delivery]
delivery
deliver*
shipping
ship*
courier*
install*
setup
[phase:after_sales]
after-sales
after sales
aftersales
support
returns
repair*
warranty
complaints
service after
follow-up*
follow up

# ---------------------------------------------------------------- segments and teams
[market:mass]
everyone
anyone
mass market
general public
all households
[market:niche]
niche
specialist*
enthusiast*
[market:segmented]
segment*
[market:multi_sided]
both sides
two-sided
multi-sided
[customers]
customer*
client*
user*
subscriber*
member*
patient*
student*
buyer*
shopper*
guest*
family
families
household*
business*
compan*
account*
donor*
visitor*
people
[team:owners]
owner*
founder*
co-founder*
cofounder*
me
myself
i
the boss
ceo
[team:sales]
sales*
salesperson
salespeople
seller*
business development
bdr*
sdr*
account executive*
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
help desk
helpdesk
call centre
call center
agent*
[team:service_staff]
staff
shop staff
counter
front desk
reception*
receptionist*
waiter*
barista*
cashier*
shop assistant*
sales assistant*
[team:community]
community manager*
community team
moderator*
[team:marketing]
marketing
social media manager*
growth team
content team
[team:other]
production
warehouse
packing
kitchen team
drivers
developers
engineers

# ---------------------------------------------------------------- measures and numbers
[measure:outcome]
solved
resolved
resolution
outcome*
success*
renewal rate*
satisfied
problem fixed
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
[number:7]
seven
[number:8]
eight
[number:9]
nine
[number:10]
ten
[number:12]
twelve
a dozen
dozen
[number:20]
twenty
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
