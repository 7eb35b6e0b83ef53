# Français. Voir README.md pour le format.
[people]
vétérinaire*
véto
docteur*
dr
équipe*
personnel
personne*
gens
salarié*
employé*
collaborat*
fondat*
cofondat*
co-fondat*
gérant*
patron*
propriétaire*
moi
je fais
nous
pdg
directeur*
directrice*
responsable*
chargé*
commercia*
conseill*
vendeu*
représentant*
coordinat*
assistant*
accueil
secrétaire*
caissi*
serveu*
barista*
cuisini*
chef*
boulang*
pâtissi*
chauffeur*
livreu*
technicien*
ingénieu*
développeu*
designer*
graphiste*
couturi*
dentiste*
médecin*
infirmi*
enseignant*
professeur*
prof
profs
formateu*
formatrice*
coach*
bénévole*
modérat*
animat*
service client*
centre d'appels
hotline
agent*
associé*
stagiaire*
apprenti*
indépendant*
freelance*
famille
mari
femme
fils
fille
frère
sœur
[resource]
logiciel*
plateforme*
application*
appli
site
site web
site internet
système*
outil*
crm
erp
base de données
données
serveur*
cloud
licence*
certificat*
certifié*
agrément*
iso
qualiopi
brevet*
marque*
réputation
recette*
formule*
équipement*
matériel
machine*
four*
camion*
camionnette*
véhicule*
flotte
bâtiment*
local
locaux
atelier*
entrepôt*
usine*
cuisine*
bureau*
stock*
inventaire
matière*
tissu*
ingrédient*
capital
financement*
fonds
prêt*
trésorerie
investissement*
contenu*
catalogue*
bibliothèque
archive*
savoir-faire
propriété intellectuelle
emplacement*
espace*
salle*
terrain*
ferme*
troupeau*
serre*
appareil*
capteur*
fournitures
[capability:satisfaction_surveys]
enquête* de satisfaction
enquête*
questionnaire*
sondage*
nps
satisfaction
avis client*
retour* client*
feedback
[capability:outcome_measurement]
résultat*
taux de résolution
résolu*
problème résolu
taux de réussite
taux de succès
taux de rétention
taux de désabonnement
[capability:review_collection]
avis
note*
commentaire*
témoignage*
suggestion*
idées
boîte à idées
vote*
co-création
[capability:community_management]
communauté*
modérat*
animat* de communauté
forum*
groupe facebook
groupe whatsapp
discord
meetup*
[capability:shared_customer_record]
crm
fichier client*
fiche* client*
dossier* client*
dossier* patient*
historique client*
historique des commandes
base client*
compte* client*
hubspot
salesforce
[capability:customer_data]
rappel*
logiciel de gestion
fichier patient*
données client*
données des clients
analytique
historique d'achat*
historique des achats
segmentation
[capability:platform]
plateforme*
application*
appli
site
site web
site internet
logiciel*
portail*
saas
boutique en ligne
e-boutique
