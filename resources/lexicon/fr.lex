# Français. Voir README.md pour le format.
@language fr
# Les mots s'écrivent nus, sans élision : « aide » trouve « d'aide », « centre aide »
# trouve « centre d'aide ». Les accents comptent : « équipe » ne trouve pas « equipe »,
# on écrit les deux formes quand on tape souvent sans accent.
# Tous les lexiques sont lus ensemble sur chaque note : un « * » ne doit pas trouver
# de mots anglais (« four* » trouverait « four », « animat* » « animation »,
# « note* » « notes »), ni d'autres mots français (« livr* » trouverait « livres »,
# « franc* » « français », « appel* » « appel d'offres »).
[people]
nounou*
assistante maternelle
assistantes maternelles
auxiliaire*
aide à domicile
aides à domicile
technico-commercia*
chef de rayon
gestionnaire*
équipe*
equipe*
personnel
personne
personnes
gens
effectif*
salarié*
salarie
salaries
employé
employés
employée*
employe
employes
collaborateur*
collaboratrice*
fondateur*
fondatrice*
cofondat*
co-fondat*
gérant*
gerant*
patron
patronne
patrons
propriétaire*
proprietaire*
moi
moi-même
moi même
je
je fais
nous
associé*
associes
pdg
dg
directeur*
directrice*
dirigeant*
manager*
responsable*
chargé*
chargée*
charge de clientèle
charge de clientele
charge de compte*
charge affaires
commerciaux
commerciale
commerciales
un commercial
le commercial
notre commercial
commercial terrain
commercial sédentaire
commercial itinérant
vendeur*
vendeuse*
conseiller*
conseillère*
conseillere*
représentant*
representant*
coordinateur*
coordinatrice*
assistant*
assistante*
secrétaire*
secretaire*
secrétariat
secretariat
standardiste*
réceptionniste*
receptionniste*
hôtesse*
hotesse*
accueil
caissier*
caissière*
caissiere*
serveuse*
serveurs en salle
personnel de salle
barista*
cuisinier*
cuisinière*
chef
chefs
cheffe*
chef de projet
chef équipe
boulanger
boulangers
boulangère*
boulangere*
pâtissier*
patissier*
chauffeur*
livreur*
livreuse*
coursier*
coursière*
technicien*
technicienne*
ingénieur*
ingenieur*
développeur*
developpeur*
dev
devs
designer*
graphiste*
couturier*
couturière*
couturiere*
retoucheu*
tailleur*
ouvrier*
ouvrière*
opérateur*
operateur*
opératrice*
préparateur*
préparatrice*
magasinier*
manutentionnaire*
comptable
comptables
expert-comptable
experts-comptables
juriste*
avocat*
dentiste*
médecin*
medecin*
docteur*
dr
infirmier*
infirmière*
infirmiere*
aide-soignant*
aides-soignant*
kiné
kinés
kine
kines
kinésithérapeute*
kinesitherapeute*
ostéopathe*
osteopathe*
psychologue*
thérapeute*
therapeute*
pharmacien*
praticien*
vétérinaire*
veterinaire*
véto
vétos
enseignant*
professeur*
prof
profs
formateur*
formatrice*
coach*
moniteur*
monitrice*
animateur*
animatrice*
bénévole*
benevole*
modérateur*
modératrice*
moderateur*
community manager*
coiffeur*
coiffeuse*
esthéticien*
estheticien*
masseu*
photographe*
guide
guides
libraire
libraires
concierge*
gardien*
agent*
stagiaire*
alternant*
apprenti
apprentis
apprentie*
intérimaire*
interimaire*
saisonnier*
saisonnière*
freelance*
free-lance*
auto-entrepreneur*
micro-entrepreneur*
sous-traitant*
service client*
service clientèle
service clientele
service consommateur*
service après-vente
service apres-vente
sav
centre appels
centre appel
call center
hotline
téléconseiller*
teleconseiller*
téléopérat*
teleoperat*
key account*
account manager*
kam
business developer*
etp
cdi
cdd
temps plein
temps partiel
mi-temps
famille
mari
femme
épouse
époux
fils
fille
frère*
frere*
sœur*
soeur*
mère
père
cousin*
ma femme
mon mari
artisan
artisans
artisane*
[resource]
nom de domaine
fichier
fichiers
base clients
parking
chambre froide
chambres froides
logiciel*
plateforme*
plate-forme*
application
applications
appli
applis
site web
site internet
site e-commerce
boutique en ligne
e-boutique
système*
systeme*
outil*
crm
erp
base de données
bases de données
base données
données
serveur
serveurs
hébergement
hebergement
cloud
licence*
certificat*
certification*
certifié*
agrément*
agrement*
iso
qualiopi
label*
brevet*
marque*
réputation
reputation
notoriété
notoriete
recette*
formule*
savoir-faire
équipement*
equipement*
matériel*
materiel*
machine*
four à
fours
fournil
camion*
camionnette*
véhicule*
vehicule*
voiture*
vélo*
velo
velos
scooter*
flotte
bâtiment*
batiment*
le local
notre local
un local
locaux
boutique*
magasin*
point de vente
points de vente
atelier*
entrepôt*
entrepot*
usine*
cuisine
cuisines
laboratoire*
labo
bureau
bureaux
stock*
inventaire*
matière première
matières premières
matières*
matériaux
tissu*
ingrédient*
ingredient*
farine*
capital
financement*
fonds
prêt
prêts
prêt bancaire
trésorerie
tresorerie
investissement*
subvention*
contenu*
catalogue*
bibliothèque*
bibliotheque*
archive*
propriété intellectuelle
emplacement*
espace*
salle*
terrain*
terrasse*
ferme
fermes
troupeau*
serre*
verger*
appareil*
capteur*
fournitures
ordinateur*
ordi
ordis
tablette*
imprimante*
caisse
caisses
caisse enregistreuse
terminal*
agenda en ligne
[capability:satisfaction_surveys]
enquête*
enquete*
questionnaire*
sondage*
nps
satisfaction
taux de satisfaction
mesure de la satisfaction
baromètre*
barometre*
retour client
retours client*
retours des clients
évaluation à chaud
évaluation à froid
evaluation à chaud
évaluation de la formation
évaluation de fin de formation
revue annuelle
revues annuelles
bilan annuel
bilans annuels
revue trimestrielle
[capability:outcome_measurement]
mesure des résultats
mesurer les résultats
mesure du résultat
résultats obtenus
résultats mesurés
indicateur* de résultat*
taux de résolution
résolu
résolus
résolue*
resolu
resolus
problème résolu
problèmes résolus
problème réglé
problèmes réglés
réglé du premier coup
résolution au premier contact
taux de réussite
taux de succès
taux de rétention
taux de retention
taux de désabonnement
taux de churn
taux de renouvellement
taux de réabonnement
objectif atteint
objectifs atteints
mesure de impact
mesure impact
impact mesuré
taux admission
taux obtention
[capability:review_collection]
avis
avis clients
avis google
avis vérifiés
commentaire*
témoignage*
temoignage*
noter
notation*
notes des clients
note des clients
notes clients
suggestions des clients
suggestions clients
boîte à idées
boite à idées
boîte à suggestions
boite à suggestions
idées des clients
co-création
co création
cocréation
cocreation
trustpilot
tripadvisor
livre or
collecte des avis
[capability:community_management]
animation de communauté
animation de la communauté
animation communauté
animer la communauté
gestion de communauté
gestion de la communauté
animateur de communauté
animatrice de communauté
responsable communauté
modérateur*
modératrice*
moderateur*
modération
moderation
forum*
groupe* facebook
groupe* fb
groupe* whatsapp
groupe* telegram
groupe* privé*
discord
meetup*
anime le groupe
anime le club
anime la communauté
[capability:shared_customer_record]
crm
fichier client*
fichiers clients
fiche client*
fiches client*
dossier client*
dossiers client*
dossier patient*
dossiers patient*
dossier médical
dossiers médicaux
dossier partagé
historique client*
historique des commandes
historique des échanges
base client*
base de données client*
base de données des clients
compte client*
comptes client*
compte patient*
comptes patient*
compte utilisateur*
comptes utilisateurs
espace client*
hubspot
salesforce
pipedrive
zoho
sellsy
axonaut
odoo
[capability:customer_data]
rappel
rappels
rappel* sms
rappel* automatique*
données client*
données des clients
données patient*
données utilisateur*
données de navigation
données usage
data client*
équipe data
data analyst*
analytique*
analytics
historique achat*
historique des achats
historique des rendez-vous
historique des rdv
historique des commandes
historique des trajets
historique de trajets
historique des
historique de
historique client*
segmentation
profil client*
profils client*
préférences client*
préférences des clients
logiciel de gestion
logiciel métier
logiciel de réservation
système de réservation
outil de réservation
agenda en ligne
fichier patient*
tableau de bord
tableaux de bord
statistiques
[capability:platform]
plateforme*
plate-forme*
application
applications
appli
applis
site web
site internet
site e-commerce
logiciel*
portail*
boutique en ligne
e-boutique
e-commerce
back-office
back office
espace client*
extranet

# ---------------------------------------------------------------- la relation
[mechanism:personal_assistance]
rendez-vous de suivi
rdv de suivi
coaching
suivi hebdomadaire
suivi mensuel
suivi régulier
appel de suivi
appels de suivi
assistance
assistance personnelle
service client*
service clientèle
service clientele
service après-vente
service apres-vente
sav
support client*
support technique
support chat
support téléphone*
support téléphonique
support par
support mail
support e-mail
équipe support
conseil*
accompagn*
aide personnalisée
suivi personnalisé
suivi individuel
suivi client*
en personne
personnellement
on aide
nous aidons
on répond
nous répondons
répond à chaque
réponse à chaque
tchat
chat en direct
[mechanism:dedicated_personal_assistance]
un par client
une par client
un commercial par
un conseiller par
une conseillère par
un interlocuteur par
un responsable par
un chef de projet par
une personne par
un chargé de compte par
dédié
dédiée
dédiés
dédiées
dedie
dediee
attitré*
attitre*
référent*
referent*
interlocuteur unique
interlocutrice unique
interlocuteur privilégié
interlocuteur dédié
un seul interlocuteur
même interlocuteur
contact unique
point de contact unique
chargé de compte*
chargée de compte*
charge de compte*
chargé affaires
chargée affaires
chargé de clientèle
chargée de clientèle
gestionnaire de compte*
gestionnaire dédié*
gestionnaire attitré*
gestionnaire de clientèle
conseiller dédié
conseillère dédiée
conseiller personnel
conseillère personnelle
conseiller attitré
coach personnel
grands comptes
grand compte
kam
personal shopper*
conciergerie
pour chaque client
chaque client a son
son propre conseiller
[mechanism:self_service]
libre-service
libre service
self-service
self service
en autonomie
autonome*
se débrouillent
se débrouille
débrouillent
tout seuls
toutes seules
eux-mêmes
elles-mêmes
réservation en ligne
réservations en ligne
réserver en ligne
réservent en ligne
prise de rendez-vous en ligne
prise de rdv en ligne
rendez-vous en ligne
rdv en ligne
commande en ligne
commandes en ligne
commander en ligne
commandent en ligne
achat en ligne
paiement en ligne
gestion en ligne
tout en ligne
clic
clics
en un clic
click collect
click and collect
foire aux questions
centre aide
base de connaissances
base de connaissance
aide en ligne
espace client*
espace membre*
espace personnel
portail*
back-office
back office
borne*
caisse automatique
caisses automatiques
distributeur automatique
simulateur*
configurateur*
[mechanism:automated_services]
automatique*
automatiquement
automatisé*
automatise*
automatisation
recommandations personnalisées
suggestions personnalisées
suggestion automatique
ia
intelligence artificielle
algorithme*
robot*
rappel
rappels
rappel* automatique*
alerte*
notification*
notif
notifs
matching
historique achat*
historique des achats
historique de navigation
selon historique
selon leurs achats
en fonction de leurs achats
panier abandonné
paniers abandonnés
notifications push
recommandation personnalisée
recommandations automatiques
recommandations produits
moteur de recommandation
[mechanism:communities]
cercle de lecture
cercles de lecture
cercle privé
cercle des membres
cercle des clients
communauté*
communaute*
groupe* whatsapp
groupe* facebook
groupe* fb
groupe* telegram
groupe* privé*
club
clubs
forum*
discord
meetup*
entraide
entraident
entraider
entre membres
entre utilisateurs
entre pairs
réseau alumni
réseau des anciens
tribu
[mechanism:co_creation]
avis
avis clients
avis google
avis vérifiés
noter
notent
notation*
note sur 5
notes des clients
commentaire*
témoignage*
temoignage*
co-création
co création
cocréation
cocreation
co-construction
co construction
coconstruction
co-construit*
vote*
votent
suggestions des clients
suggestions clients
idées des clients
boîte à idées
boite à idées
retours clients
retours des clients
retour client
bêta-test*
beta-test*
bêta-testeur*
testeurs
ugc
contenu généré
[mechanism:newsletters]
newsletter*
news letter*
lettre information
lettres information
lettre info
infolettre*
mailing*
emailing
campagne* e-mail*
campagne* email*
campagne* mail*
courriel mensuel
courriels mensuels
mail mensuel
mails mensuels
e-mail mensuel
email mensuel
mail hebdo*
e-mail hebdo*
email hebdo*
lettre mensuelle
liste de diffusion
mailchimp
brevo
sendinblue
[mechanism:blogs]
blog*
articles de blog
vlog*
podcast*
chaîne youtube
chaine youtube
magazine
[mechanism:events_and_conferences]
événement*
évènement*
evenement*
evènement*
conférence*
soirée*
soiree*
journée portes ouvertes
portes ouvertes
porte ouverte
jpo
salon professionnel*
salons professionnels
salon pro
salons pros
salon du
salons du
salons
foire*
dégustation*
degustation*
vernissage*
inauguration*
soirée de lancement
apéro*
apero*
afterwork*
after-work
rencontres
rencontre avec
rencontre auteur*
rencontres auteurs
dédicace*
dedicace*
séminaire*
seminaire*
colloque*
congrès
congres
festival*
concert*
stand
stands
exposition*
exposant*
table ronde
tables rondes
petit-déjeuner client*
petits-déjeuners
gala
galas
[mechanism:call_centre]
astreinte téléphonique
centre appels
centre appel
centre de contact*
centre de relation client*
plateau téléphonique
call center
call centre
hotline
hot line
hot-line
numéro vert
numero vert
numéros verts
ligne téléphonique
ligne telephonique
standard téléphonique
standard telephonique
ligne assistance
permanence téléphonique
0800
0 800
[mechanism:lock_in]
verrouillage
lock-in
captif
captifs
captive
captives
clients captifs
contrat exclusivité
contrat exclusif
contrats exclusifs
exclusivité contractuelle
coût de changement
coûts de changement
cout de changement
coût de sortie
frais de résiliation
frais de sortie
pénalité* de résiliation
difficile de changer
difficile de partir
format propriétaire
écosystème fermé
[mechanism:manuals]
manuel
manuels
manuel utilisation
manuel utilisateur
mode emploi
modes emploi
guide utilisation
guide utilisateur
guide de démarrage
guides utilisateurs
livret*
brochure*
fiche pratique
fiches pratiques
fiche conseil*
fiches conseil*
dépliant*
depliant*
documentation
instructions
notice utilisation
notices utilisation
notice montage
notice explicative
[mechanism:loyalty_program]
programme vip
carte vip
avantages vip
fidélité
fidelite
fidélite
programme de fidélisation
programme fidélité
carte* de fidélité
carte* fidélité
carte* de fidelite
carte* fidelite
points fidélité
points de fidélité
cumul de points
cumulent des points
cagnotte*
tampon*
carte à tampons
récompense*
recompense*
avantages
avantages membres
badge*
niveaux de fidélité
statut vip
membre vip
club vip
cashback
carte adhérent
carte de membre
remise fidélité
10e offert
10ème offert
dixième offert
miles aériens
programme de miles
[mechanism:network_effects]
effet de réseau
effets de réseau
effet réseau
effet* de reseau
plus il y a
plus on est
plus ils sont nombreux
chaque nouvel utilisateur
chaque nouveau membre
[mechanism:webinars]
webinaire*
wébinaire*
webinar*
conférence en ligne
conférences en ligne
séance* en ligne
session* en ligne
live instagram
lives instagram
live facebook
en live
classe virtuelle
classes virtuelles
[mechanism:tutorials]
tuto
tutos
tutoriel*
tutorial*
vidéo tuto
vidéos tuto*
vidéos explicatives
vidéo explicative
vidéos pédagogiques
mooc
e-learning
elearning
formation en ligne
formations en ligne
cours en ligne
académie
academy
pas à pas
[mechanism:workshops]
ateliers
un atelier
atelier découverte
atelier* pratique*
atelier* collectif*
atelier* gratuit*
atelier* mensuel*
atelier* hebdo*
atelier* initiation
atelier* cuisine
atelier* participatif*
atelier* créatif*
masterclass*
master class
formation des utilisateurs
formation utilisateur*
formations utilisateurs
session* de formation
séance* de formation
formation à utilisation
formation* gratuite*
formation* offerte*
initiation*
cours collectif*
[mechanism:sponsorship]
sponsor*
mécénat
mecenat
mécène*
mecene*
partenaire officiel
naming
[mechanism:referral_program]
parrain*
filleul*
bouche à oreille
bouche-à-oreille
invitez un ami
inviter un ami
invite un ami
invitez vos amis
amenez un ami
recommandent
nous recommande
recommandé par
recommandés par
recommandée par
recommandées par
code ami
[mechanism:transactional]
transactionnel*
transactionel*
pas de relation
aucune relation
sans relation
relation transactionnelle
de passage
sans rendez-vous
achat ponctuel
achats ponctuels
client ponctuel
clients ponctuels
achat unique
une seule fois
one shot
one-shot
ne rappelle jamais
jamais de suivi
aucun suivi
pas de suivi
[mechanism:partner_program]
programme partenaire*
programme de partenariat
programme partenaires
programme affiliation
affiliation
affilié*
programme revendeur*
réseau de revendeurs
réseau de partenaires
réseau partenaires
partenaires certifiés
certification partenaire*
apporteur* affaires
portail partenaire*
marque blanche
co-marketing
comarketing
[mechanism:long_term_commitment]
engagement long terme
engagement à long terme
contrat* long terme
contrat* à long terme
partenariat* long terme
partenariat* à long terme
contrat*
accord-cadre
accord cadre
accords-cadres
abonnement annuel
abonnements annuels
abonnement de 12 mois
abonnement 12 mois
abonnement avec engagement
abonnement pluriannuel
forfait annuel
pluriannuel*
pluri-annuel*
engagement annuel
engagement pluriannuel
engagement minimum
engagement minimal
engagement un an
engagement 1 an
engagement de 1 an
engagement deux ans
engagement de deux ans
engagement 2 ans
engagement de 2 ans
engagement 6
engagement 12
engagement 24
engagement 36
engagement de 6
engagement de 12
engagement de 24
engagement de 36
engagement sur 12
engagement sur 24
durée engagement
période engagement
tacite reconduction
reconduction tacite
location longue durée
lld
loa
leasing
[mechanism:personal_touches]
anniversaire*
mot manuscrit
mots manuscrits
carte manuscrite
cartes manuscrites
manuscrit*
écrit à la main
écrits à la main
écrite à la main
écrites à la main
petit mot
petits mots
mot de remerciement
carte de remerciement
remerciement*
petit cadeau
petits cadeaux
cadeau*
petite attention
petites attentions
petite surprise
vœux
voeux
carte de vœux
cartes de vœux
appel de courtoisie
appel de bienvenue
message de bienvenue
mot de bienvenue
kit de bienvenue
cadeau de bienvenue
[mechanism:tailored_offers]
sur mesure
sur-mesure
offres de dernière minute
offre de dernière minute
offres du moment
offres flash
ventes flash
offres promotionnelles
offres adaptées
offres membres
offres privilèges
offre personnalisée
offres personnalisées
offre ciblée
offres ciblées
offre spéciale
offres spéciales
offre exclusive
offres exclusives
offres réservées
offre sur mesure
promo personnalisée
promos personnalisées
promos
promo
code promo*
codes promo*
bon plan
bons plans
vente additionnelle
ventes additionnelles
vente croisée
ventes croisées
montée en gamme
upsell*
up-sell*
cross-sell*
pack
packs
prix préférentiel*
tarif* préférentiel*
tarifs dégressifs
tarif* spécial*
tarifs réservés
vente privée
ventes privées
au bon moment
selon leurs besoins
selon ses besoins
en fonction de leurs besoins
adapté à leurs besoins
adaptées à leurs besoins
accessoires

[focus:acquisition]
nouveaux clients
nouveau client
nouvelle clientèle
nouvelles clientes
nouveaux utilisateurs
nouveaux abonnés
nouveaux membres
nouveaux patients
nouveaux inscrits
nouveaux acheteurs
nouvel acheteur
nouveaux élèves
nouveaux adhérents
nouvelles adhérentes
nouveaux arrivants
nouveaux venus
nouveaux visiteurs
nouvelles familles
nouvelles entreprises
nouveaux comptes
nouveaux abonnements
premiers clients
conquête
conquete
conquérir
conquerir
acquisition
acquérir
acquerir
attirer
recruter des clients
recrutement de clients
prospection
prospect*
faire découvrir
découvrir
découverte
premier achat
première commande
premier rendez-vous
première visite
premier cours
cours essai
essai gratuit
offre de bienvenue
inscription*
se faire connaître
gagner des clients
trouver des clients
trouver de nouveaux
élargir la clientèle
toucher de nouveaux
[focus:retention]
fidélis*
fidelis*
fidèle*
fidele*
fidélité
fidelite
rétention
retenir
revenir
reviennent
revient
reviendront
réachat
reachat
réabonnement
réabonner
renouvellement*
renouveler
renouvellent
réinscription*
reinscription*
habitué*
habitue*
réguliers
régulières
récurrent*
recurrent*
désabonnement
attrition
ne pas perdre
anciens clients
anciens élèves
alumni
réactivation
réactiver
garder nos clients
garder les clients
garder le client
garder le contact
les garder
[focus:growth]
vente additionnelle
ventes additionnelles
vente croisée
ventes croisées
montée en gamme
upsell*
up-sell*
cross-sell*
panier moyen
augmenter le panier
augmenter les ventes
augmenter le chiffre
augmenter le ca
vendre plus
vendre davantage
acheter plus
achètent plus
dépenser plus
dépensent plus
croissance
module* supplémentaire*
services supplémentaires
produits complémentaires
offre premium
passer à offre
accessoires
[depth:deep]
relation profonde
relation forte
relation étroite
relation proche
relation de proximité
relation personnelle
relation privilégiée
relation durable
relation de confiance
relation long terme
relation de long terme
lien fort
liens forts
par leur prénom
par son prénom
par leur nom
par prénom
connaît chaque
connaissons chaque
connaît tous
connaissons tous
connaît personnellement
contact permanent
contact constant
[depth:in_between]
relation moyenne
relation intermédiaire
relation modérée
quelques contacts
contacts ponctuels
entre les deux
[depth:shallow]
relation très légère
relation très limitée
relation très superficielle
relation superficielle
superficiel*
relation légère
relation limitée
relation distante
peu de contact
peu de contacts
contact limité
contacts limités
anonyme*
pas de relation
aucune relation
sans relation
relation transactionnelle
ne les connaît pas
ne les connaissons pas
on ne connaît pas
ne rappelle jamais
jamais de suivi
aucun suivi
pas de suivi
de passage
[means:toll_free_line]
appel sans frais
1 800
1 888
1 877
numéro vert
numero vert
numéros verts
0800
0 800
numéro gratuit
numero gratuit
appel gratuit
appels gratuits
ligne gratuite
ligne sans frais
numéro sans frais
[means:phone]
nous les appelons
les appeler
cellulaire
gsm
natel
par gsm
on rappelle chaque
rappelle chaque client
appelle chaque client
appel de suivi
appels de suivi
appel de satisfaction
appel de courtoisie
appels de courtoisie
# « téléphone » seul est souvent l'appareil (« reprise de l'ancien téléphone »,
# « numéro de téléphone masqué ») : on ne le prend qu'avec ce qui en fait un moyen.
# Pas de « chat téléphone » : un terme plus long de la même famille cache le plus
# court qu'il couvre, et « chat » serait perdu.
par téléphone
au téléphone
par telephone
au telephone
par tél
au tél
téléphone fixe
téléphone dédié
ligne de téléphone
coup de téléphone
support téléphone
téléphone et
et téléphone
téléphone ou
ou téléphone
téléphoner
téléphonez
téléphonique*
telephonique*
tél
appeler
appelons
on les appelle
appel téléphonique
appels sortants
appels entrants
appel sortant
appel entrant
coup de fil
coups de fil
rappeler
rappelons
portable
joignable*
ligne directe
hotline
hot line
[means:email]
e-mail*
email*
mail
mails
courriel*
courrier électronique
courriers électroniques
newsletter*
infolettre*
lettre information
lettres information
lettre info
emailing
mailing*
[means:social_networks]
réseaux sociaux
reseaux sociaux
réseau social
reseau social
médias sociaux
medias sociaux
social media
instagram
insta
facebook
fb
tiktok
tik tok
linkedin
twitter
youtube
snapchat
snap
pinterest
page facebook
compte instagram
post instagram
posts instagram
post facebook
posts facebook
post linkedin
posts linkedin
reels
influenceu*
marketing influence
groupe* whatsapp
groupe* facebook
groupe* fb
stories instagram
story instagram
[means:chat]
clavardage
clavarder
chat
tchat
chat en ligne
chat en direct
messagerie*
messagerie instantanée
whatsapp
messenger
telegram
live chat
[means:in_person]
souk
au souk
passe chaque
passe tous les
passe voir
passons voir
passage régulier
en personne
face à face
face-à-face
en face à face
présentiel*
presentiel*
en physique
rendez-vous physique*
en rendez-vous
rendez-vous commercia*
rdv commercia*
visite*
sur place
sur le terrain
terrain
au comptoir
au guichet
en boutique
en magasin
en agence
au cabinet
en cabinet
à la boutique
au magasin
en point de vente
en salle
à domicile
chez le client
chez les clients
chez vous
chez eux
en entreprise
sur site
in situ
au marché
porte-à-porte
porte à porte
de vive voix
boutique
magasin
comptoir
[means:web_self_service]
le site
notre site
du site
sur le site
via le site
site et
et site
site ou
site pro
site vitrine
site de réservation
site de vente
site web
site internet
site e-commerce
site marchand
en ligne
internet
portail*
espace client*
espace membre*
espace pro
compte en ligne
back-office
back office
boutique en ligne
e-boutique
e-commerce
ecommerce
formulaire*
réservation en ligne
centre aide
marketplace*
place de marché
places de marché
[means:mobile_app]
appli
applis
application
applications
application mobile
applications mobiles
appli mobile
applis mobiles
app mobile
ios
android
app store
play store
[means:video_call]
visio*
vidéoconférence*
videoconference*
vidéo-conférence*
appel vidéo
appels vidéo
appel video
appels video
microsoft teams
sur teams
via teams
réunion teams
google meet
skype
distanciel
en distanciel
webcam
[means:sms]
sms
texto*
message texte
messages texte
mms
[means:postal_mail]
courrier*
courrier postal
par la poste
la poste
voie postale
lettre
lettres
lettre recommandée
carte postale
cartes postales
catalogue papier
envoi postal
publipostage
boîte aux lettres
[means:events]
événement*
évènement*
evenement*
soirée*
soiree*
salon professionnel*
salons professionnels
salon pro
salons
salon du
foire*
portes ouvertes
porte ouverte
conférence*
dégustation*
degustation*
rencontres
séminaire*
seminaire*
stand
stands
apéro*
afterwork*
vernissage*
dédicace*
festival*
[means:forum]
forum*
discord
slack
reddit
[means:knowledge_base]
faq*
foire aux questions
centre aide
centre assistance
base de connaissances
base de connaissance
articles aide
aide en ligne
documentation
wiki
tuto
tutos
tutoriel*
[tone:formal]
élégant*
elegant*
raffiné*
chic
formel
formelle
formels
formelles
vouvoiement
vouvoie*
vouvoyer
sérieux
serieux
sérieuse
institutionnel*
corporate
rigoureux
rigoureuse
rigueur
courtois*
respectueux
respectueuse
sobre
neutre
protocolaire
solennel*
ton professionnel
ton pro
registre professionnel
registre soutenu
langage soutenu
[tone:friendly]
sans jargon
ton proche
proche et
comme à des amis
comme des amis
entre amis
amical*
chaleureu*
convivial*
sympa
sympathique
tutoiement
tutoie*
tutoyer
décontracté*
decontracte*
détendu*
detendu*
familier
familière
complice
accueillant*
cool
friendly
comme un ami
comme des potes
[tone:expert]
expert*
pointu*
précis
precis
précise*
pédagogue*
pedagogue*
chiffré*
factuel*
scientifique*
documenté*
sourcé*
compétent*
ton technique
très technique
vocabulaire technique
ton pédagogique
approche pédagogique
[tone:playful]
ludique*
humour
humoristique*
drôle*
drole*
décalé*
decale*
fun
funny
rigolo*
marrant*
blague*
emoji*
émoji*
émoticône*
espiègle*
taquin*
second degré
impertinent*
joyeux
joyeuse
pétillant*
ton léger
[tone:caring]
rassurant*
rassure*
bienveillan*
attentionné*
attentionne*
empathi*
doux
douce
douceur
écoute
ecoute
patience
réconfort*
apaisant*
calme
sans jugement
sans pression
prévenant*
attentif
attentive
[tone:inspiring]
inspirant*
inspiration*
inspirer
motivant*
enthousias*
ambitieu*
visionnaire*
stimulant*
entraînant*
fédérateur*
federateur*
militant*
ton engagé
porteur de sens
donner envie
faire rêver

# ---------------------------------------------------------------- les canaux
[ownership:owned]
notre pharmacie
nos pharmacies
notre réseau
notre cabinet
notre atelier
notre page
notre compte
nos réseaux
notre newsletter
notre chaîne
nos vendeurs
nos conseillers
notre hotline
notre numéro
service commercial
notre site
nos sites
notre appli
notre application
notre boutique
nos boutiques
notre magasin
nos magasins
notre agence
nos agences
notre plateforme
notre équipe
notre propre
nos propres
propre site
propre boutique
en propre
en direct
vente directe
ventes directes
direct
nos commerciaux
commerciaux
commercial terrain
force de vente
forces de vente
équipe*
equipe*
site
site web
site internet
appli
application
boutique
magasin
showroom
stand
notre stand
back-office
back office
newsletter*
instagram
insta
facebook
tiktok
linkedin
youtube
pinterest
snapchat
réseaux sociaux
reseaux sociaux
page facebook
compte instagram
hotline
numéro vert
logiciel
[ownership:partner]
dépanneurs
épiceries
épicerie fine
épiceries fines
cavistes
librairies
pages jaunes
revendu* par
vendu* chez
en dépôt
partenaire*
partenariat*
revendeur*
distributeur*
grossiste*
détaillant*
detaillant*
marketplace*
place de marché
places de marché
plateformes
amazon
cdiscount
fnac
darty
leboncoin
vinted
rakuten
zalando
airbnb
uber eats
deliveroo
just eat
too good to go
tgtg
glovo
wolt
doctolib
planity
treatwell
thefork
la fourchette
lafourchette
avec google
google my business
fiche google
agence*
intermédiaire*
intermediaire*
courtier*
apporteur* affaires
prescripteur*
centrale achat*
centrales achat*
mon compte formation
compte formation
cpf
pharmacies
pharmacie*
supermarché*
supermarche*
grande surface
grandes surfaces
gms
hypermarché*
grande distribution
enseignes
franchisé*
concessionnaire*
dépôt-vente
depot-vente
point relais
points relais
transporteur*
colissimo
chronopost
mondial relay
dhl
plateforme* de livraison
appli* de livraison
applications de livraison
par intermédiaire
influenceu*
affilié*
office de tourisme
offices de tourisme
tour-opérateur*
tour opérateur*
voyagiste*
mutuelle*
assureur*
opérateur* télécom
opérateurs mobiles
sous-traitant*
tierce*
tiers
prestataire*
externalisé*
marque blanche
commission
commissions
banque
banques

[phase:awareness]
jeu concours
jeux concours
pages jaunes
tract
tracts
notoriété
notoriete
visibilité
visibilite
faire connaître
faire connaitre
se faire connaître
découverte
découvrir
publicité*
publicite*
la pub
de la pub
des pubs
pub facebook
pub instagram
pub google
pubs
campagne*
affichage
affiche*
flyer*
prospectus
dépliant*
bouche à oreille
bouche-à-oreille
réseaux sociaux
reseaux sociaux
social media
instagram
insta
facebook
tiktok
linkedin
youtube
pinterest
snapchat
twitter
influenceu*
référencement
referencement
seo
google ads
adwords
annonce*
presse
radio
télévision
prospection
vitrine*
salons
salon professionnel*
[phase:evaluation]
évaluation
comparer
comparaison*
comparateur*
démo*
demo*
démonstration*
demonstration*
essai*
échantillon*
echantillon*
dégustation*
degustation*
tester
test gratuit
période essai
devis
conseil*
simulation*
simulateur*
renseignement*
renseigner
diagnostic*
audit gratuit
essayer
essayage*
[phase:purchase]
magasiner
achat*
acheter
achètent
vente*
vendre
vend
vendons
vendu*
commande*
réservation*
reservation*
réserver
reserver
réservent
paiement*
payer
encaissement
souscription*
souscrire
abonnement*
inscription*
inscrire
signature*
commerciaux
commercial terrain
équipe commerciale
equipe commerciale
force de vente
panier
click collect
click and collect
prise de rendez-vous
prise de rdv
e-commerce
boutique en ligne
transaction
transactions
prennent rendez-vous
prendre rendez-vous
rendez-vous en ligne
rdv en ligne
[phase:delivery]
livraison*
livrer
livré
livrés
livrée*
livrons
livrent
expédition*
expedition*
expédi*
envoi*
colis
click collect
click and collect
point relais
points relais
installation*
mise en service
mise en place
paramétrage
parametrage
onboarding
déploiement
deploiement
transport*
tournée*
tournee*
coursier*
acheminement
mise à disposition
retrait
retraits
retrait en magasin
[phase:after_sales]
sav
service après-vente
service apres-vente
après-vente
apres-vente
assistance
réparation*
reparation*
garantie*
retours
retour produit
retours produits
remboursement*
échange produit
échanges et retours
réclamation*
reclamation*
plainte*
litige*
maintenance
entretien
dépannage
depannage
suivi
suivi client*
centre aide
faq*
hotline
service client*
service clientèle
après achat
après la vente
après livraison
garanti

# ---------------------------------------------------------------- segments et équipes
[market:mass]
tout le monde
grand public
le grand public
tous les foyers
tous publics
tout public
toute la population
marché de masse
mass market
importe qui
large public
grande consommation
[market:niche]
niche
marché de niche
passionné*
passionne*
amateurs de
connaisseurs
initiés
public spécialisé
clientèle spécifique
[market:segmented]
segment*
plusieurs segments
par tranche
tranches âge
[market:multi_sided]
met en relation
mettre en relation
mettons en relation
mettent en relation
deux faces
biface
multi-face*
plateforme à deux faces
marché biface
deux côtés
les deux côtés
deux versants
multi-versant*
mise en relation
[customers]
retraites
client*
clientele
usager*
utilisateur*
utilisatrice*
abonné*
abonnes
adhérent*
adherent*
membre*
patient*
élève*
eleve*
étudiant*
etudiant*
acheteur*
acheteuse*
consommateur*
consommatrice*
familles
foyer*
ménages
particulier*
entreprise*
société*
societe*
pme
tpe
eti
startup*
start-up*
commerce*
commerçant*
commercant*
magasins
restaurant*
café*
cafe*
bars
hôtel*
hotel*
école*
ecole*
établissement*
etablissement*
cabinet*
clinique*
hôpita*
hopita*
pharmacie*
mairie*
collectivité*
collectivite*
commune*
association*
compte*
inscrit*
visiteur*
voyageur*
passager*
conducteur*
conductrice*
locataire*
touriste*
habitant*
résident*
resident*
habitué*
participant*
spectateur*
lecteur*
lectrice*
auditeur*
auditrice*
donateur*
donatrice*
bénéficiaire*
beneficiaire*
parent*
jeunes
senior*
retraité*
adulte*
ados
adolescent*
femmes
hommes
professionnel*
pro
pros
agriculteur*
éleveur*
eleveur*
marchand*
producteur*
organisation*
structure*
resto
restos
[team:owners]
fondateur*
fondatrice*
cofondat*
co-fondat*
gérant*
gerant*
patron
patronne
le patron
la patronne
propriétaire*
proprietaire*
moi
moi-même
moi même
je
je fais
associé*
associes
pdg
dg
directeur général
directrice générale
dirigeant*
chef entreprise
cheffe entreprise
boss
auto-entrepreneur*
micro-entrepreneur*
[team:sales]
technico-commercia*
commerciaux
commerciale
commerciales
un commercial
le commercial
notre commercial
commercial terrain
commercial sédentaire
commercial itinérant
équipe commerciale
equipe commerciale
service commercial
force de vente
forces de vente
vente
ventes
business developer*
bizdev
biz dev
développement commercial
apporteur* affaires
télévendeur*
televendeur*
télévente
televente
prospection
avant-vente
directeur commercial
directrice commerciale
responsable des ventes
partenariats
responsable partenariats
[team:account_management]
key account*
account manager*
kam
chargé de compte*
chargée de compte*
charge de compte*
chargé affaires
chargée affaires
chargé de clientèle
chargée de clientèle
gestionnaire de compte*
gestionnaire client*
gestionnaire de clientèle
gestionnaire dédié*
gestionnaires dédiés
grands comptes
grand compte
comptes clés
responsable de compte*
responsable grands comptes
customer success
success manager*
csm
interlocuteur unique
interlocuteur dédié
conseiller dédié
conseillère dédiée
conseiller attitré
directeur de compte*
[team:support]
support
service client*
service clientèle
service clientele
service consommateur*
relation client*
relations client*
sav
service après-vente
service apres-vente
hotline
helpdesk
help desk
centre appels
centre appel
centre de contact*
call center
téléconseiller*
teleconseiller*
téléopérat*
teleoperat*
assistance
équipe assistance
accueil
secrétariat
secretariat
secrétaire*
secretaire*
standardiste*
réception
reception
réceptionniste*
receptionniste*
hôtesse*
hotesse*
[team:service_staff]
personnel
personnel en boutique
personnel de salle
vendeur*
vendeuse*
conseiller de vente
conseillère de vente
conseillers de vente
en boutique
en magasin
au comptoir
en salle
serveuse*
serveurs en salle
barista*
caissier*
caissière*
caissiere*
professeur*
prof
profs
enseignant*
formateur*
formatrice*
coach*
moniteur*
monitrice*
médecin*
medecin*
dentiste*
infirmier*
infirmière*
infirmiere*
aide-soignant*
kiné
kinés
kinésithérapeute*
praticien*
thérapeute*
therapeute*
ostéopathe*
psychologue*
vétérinaire*
veterinaire*
véto
vétos
pharmacien*
coiffeur*
coiffeuse*
esthéticien*
masseu*
guide
guides
libraire
libraires
intervenant*
[team:community]
community manager*
animateur*
animatrice*
animation de communauté
animation de la communauté
responsable communauté
modérateur*
modératrice*
moderateur*
modération
[team:marketing]
marketing
communication
chargé de communication
chargée de communication
responsable communication
équipe com
réseaux sociaux
reseaux sociaux
social media
growth
contenu
rédacteur*
rédactrice*
redacteur*
publicité
[team:other]
production
fabrication
atelier
entrepôt
entrepot
logistique
préparateur*
préparatrice*
préparation de commandes
magasinier*
emballage
conditionnement
cuisine
en cuisine
cuisinier*
boulanger
boulangers
pâtissier*
patissier*
fournil
livreur*
livreuse*
chauffeur*
coursier*
développeur*
developpeur*
dev
devs
tech
équipe tech
technique
ingénieur*
ingenieur*
r&d
équipe produit
équipe data
comptabilité
comptable
administratif
administration
rh
ressources humaines
ménage
entretien
couturier*
couturière*
tailleur*
ouvrier*
ouvrière*
artisan
artisans

# ---------------------------------------------------------------- mesures et nombres
[measure:outcome]
résolu*
resolu*
réglé
réglés
réglée*
résolution
réussite*
reussite*
succès
sans contestation
sans réclamation
sans erreur
dans les délais
[measure:activity]
nombre de
nombre d'appels
nombre appels
nombre de tickets
tickets traités
tickets fermés
appels passés
mails envoyés
e-mails envoyés
visites effectuées
délai de réponse
délai de réponse moyen
temps de réponse
temps réponse
temps attente
délai attente
par jour
par agent
par conseiller
par semaine
vues
[multiplier:100]
cent
cents
[multiplier:1000]
k
mille
[multiplier:1000000]
m
million*
[multiplier:1000000000]
milliard*
md
mds
[number:1]
# Pas « un » ni « une » seuls : « une équipe de 5 » donnerait 1 personne, « un client »
# une taille de segment de 1.
un seul
une seule
seul
seule
solo
[number:2]
deux
les deux
binôme
binome
duo
[number:3]
trois
trio
[number:4]
quatre
[number:5]
cinq
[number:6]
six
[number:7]
sept
[number:8]
huit
[number:9]
neuf
[number:10]
dix
dizaine
une dizaine
[number:11]
onze
[number:12]
douze
douzaine
une douzaine
[number:13]
treize
[number:14]
quatorze
[number:15]
quinze
[number:16]
seize
[number:17]
dix-sept
[number:18]
dix-huit
[number:19]
dix-neuf
[number:20]
vingt
vingtaine
une vingtaine
[number:30]
trente
trentaine
une trentaine
[number:40]
quarante
quarantaine
une quarantaine
[number:50]
cinquante
cinquantaine
une cinquantaine
[number:60]
soixante
soixantaine
une soixantaine
[number:70]
soixante-dix
septante
[number:80]
quatre-vingt
quatre-vingts
huitante
octante
[number:90]
quatre-vingt-dix
nonante
[number:100]
cent
centaine
une centaine
[number:1000]
mille
millier
un millier
[stopword]
le
la
les
un
une
des
du
de
au
aux
et
ou
en
à
pour
avec
sans
sur
sous
dans
par
chez
entre
vers
qui
que
quoi
dont
où
ce
cet
cette
ces
mon
ma
mes
ton
ta
tes
son
sa
ses
notre
nos
votre
vos
leur
leurs
nous
vous
ils
elles
elle
il
on
est
sont
été
être
avoir
ont
avons
fait
font
pas
ne
plus
moins
très
tres
tout
tous
toute
toutes
chaque
mais
donc
car
aussi
comme
bien
avant
après
apres
pendant
depuis
selon
via
etc
# ---------------------------------------------------------------- tailles
# Les mots autour d'un nombre qui disent de quel nombre il s'agit, pour ne lire la
# taille d'un segment que dans un compte de clients.
[approx]
environ
env
à peu près
a peu pres
à peu pres
près de
pres de
presque
quasiment
quasi
plus de
au moins
moins de
jusqu'à
jusqu'a
quelque
quelques
autour de
dans les
ordre de
approximativement
estimé*
estime
estimation
grosso modo
[range]
à
a
entre
et
ou
au
[currency]
euro*
eur
ht
ttc
keur
dinar*
dirham*
dh
dhs
da
dt
tnd
mad
dzd
xof
fcfa
cfa
franc
francs
chf
cad
dollar*
centime*
balles
[unit]
ha
hectare*
cm
kwh
seconde*
# « 45 000 clients » : le tokenizer coupe les milliers séparés par une espace en
# « 45 » et « 000 » ; « 000 » après un nombre dit qu'il ne faut pas lire « 45 ».
000
minute*
min
mn
heure*
h
hr
jour*
j
semaine*
sem
mois
ans
année*
annee*
trimestre*
km
kilomètre*
kilometre*
mètre*
metre*
m2
m3
kg
kilo*
gramme*
tonne*
litre*
l
cl
ml
pour cent
pourcent*
fois
x
place
places
couvert
couverts
chambre*
lit
lits
table*
chaise*
siège*
produit*
article*
référence*
reference*
titres
pièce*
piece*
unité*
unite*
exemplaire*
bouteille*
colis
commande*
séance*
seance*
nuit*
nuitée*
trajet*
étoile*
etoile*
points

# ---------------------------------------------------------------- compter les personnes
# Une seule personne : le patron seul, « moi ». Une équipe de dirigeants dite ainsi compte 1.
[one_person]
moi
moi même
moi-même
je fais
le patron
la patronne
le gérant
la gérante
seul
seule
toute seule
tout seul
# Un rapport : le nombre qui précède compte par quelque chose, pas des personnes.
[per]
par
chaque
chacun
chacune
