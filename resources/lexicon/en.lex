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
