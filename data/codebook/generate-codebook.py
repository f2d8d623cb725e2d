#!/usr/bin/env python3
# generate-codebook.py
#
# Copyright 2026 The Demarche authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Writes default-codebook.json next to this script: the codebook a new
# Demarche database is seeded with. The committed JSON is what the app reads;
# this script documents how it was made and is the place to change it.
#
# Stable identifiers.  Every row's UUID is
#
#     uuid.uuid5(uuid.NAMESPACE_URL,
#                "https://demarche.invalid/codebook/<kind>/<key>")
#
# with <kind> one of "state", "organisation", "person", "topic" and <key>
#   - states:        the ISO 3166-1 alpha-3 code, upper case ("CHN")
#   - organisations: the acronym, lower-cased ("eu", "nato"), or a slug of
#                    the name where there is no acronym ("world-bank")
#   - persons, topics: slug(name), see slug() below ("qin-gang",
#                    "chinas-12-point-peace-plan")
# so every database seeded with this codebook, and every annotated set that
# refers to it, uses the same UUIDs.  Never change a key once published.
#
# Usage: python3 generate-codebook.py   (no arguments; checks, then writes)

import colorsys
import datetime
import json
import os
import re
import sys
import unicodedata
import uuid

STAMP = "2026-11-28T00:00:00.000Z"
BASE = "https://demarche.invalid/codebook/"


def slug(text):
    """ASCII-folded, lower-case, apostrophes dropped, other runs of
    non-alphanumerics turned into one hyphen: "China's 12-point peace plan"
    -> "chinas-12-point-peace-plan"."""
    text = unicodedata.normalize("NFKD", text)
    text = text.encode("ascii", "ignore").decode("ascii").lower()
    text = re.sub(r"['\u2019]", "", text)
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def make_uuid(kind, key):
    return str(uuid.uuid5(uuid.NAMESPACE_URL, BASE + kind + "/" + key))


# ---------------------------------------------------------------------------
# Acts: the 20 CAMEO root event categories with the Goldstein weights used
# for the root codes (as in the GDELT CAMEO/Goldstein lookup).

ACTS = [
    ("01", "Make public statement", 0.0),
    ("02", "Appeal", 3.0),
    ("03", "Express intent to cooperate", 4.0),
    ("04", "Consult", 1.0),
    ("05", "Engage in diplomatic cooperation", 3.5),
    ("06", "Engage in material cooperation", 6.0),
    ("07", "Provide aid", 7.0),
    ("08", "Yield", 5.0),
    ("09", "Investigate", -2.0),
    ("10", "Demand", -5.0),
    ("11", "Disapprove", -2.0),
    ("12", "Reject", -4.0),
    ("13", "Threaten", -6.0),
    ("14", "Protest", -6.5),
    ("15", "Exhibit force posture", -7.2),
    ("16", "Reduce relations", -4.0),
    ("17", "Coerce", -7.0),
    ("18", "Assault", -9.0),
    ("19", "Fight", -10.0),
    ("20", "Use unconventional mass violence", -10.0),
]

# ---------------------------------------------------------------------------
# States: the 193 UN member states and the two observer states.
#
# (alpha-3, name, official name, capital or None, [demonyms], [extra aliases])
#
# The official name is added to the aliases automatically when it differs
# from the name.  "capital" is the seat of government as English news writes
# it; alternative spellings of it are extra aliases.  Deliberate omissions
# (ambiguous strings) are listed in NOTES at the end of this file.

STATES = [
    ("AFG", "Afghanistan", "Islamic Republic of Afghanistan", "Kabul", ["Afghan"],
     ["Islamic Emirate of Afghanistan"]),
    ("ALB", "Albania", "Republic of Albania", "Tirana", ["Albanian"], []),
    ("DZA", "Algeria", "People's Democratic Republic of Algeria", "Algiers", ["Algerian"], []),
    ("AND", "Andorra", "Principality of Andorra", "Andorra la Vella", ["Andorran"], []),
    ("AGO", "Angola", "Republic of Angola", "Luanda", ["Angolan"], []),
    ("ATG", "Antigua and Barbuda", "Antigua and Barbuda", "St. John's", ["Antiguan", "Barbudan"], []),
    ("ARG", "Argentina", "Argentine Republic", "Buenos Aires", ["Argentine", "Argentinian"],
     ["Casa Rosada"]),
    ("ARM", "Armenia", "Republic of Armenia", "Yerevan", ["Armenian"], []),
    ("AUS", "Australia", "Commonwealth of Australia", "Canberra", ["Australian"], []),
    ("AUT", "Austria", "Republic of Austria", "Vienna", ["Austrian"], []),
    ("AZE", "Azerbaijan", "Republic of Azerbaijan", "Baku", ["Azerbaijani", "Azeri"], []),
    ("BHS", "Bahamas", "Commonwealth of The Bahamas", "Nassau", ["Bahamian"], ["The Bahamas"]),
    ("BHR", "Bahrain", "Kingdom of Bahrain", "Manama", ["Bahraini"], []),
    ("BGD", "Bangladesh", "People's Republic of Bangladesh", "Dhaka", ["Bangladeshi"], []),
    ("BRB", "Barbados", "Barbados", "Bridgetown", ["Barbadian", "Bajan"], []),
    ("BLR", "Belarus", "Republic of Belarus", "Minsk", ["Belarusian", "Belarussian", "Belorussian"],
     ["Belorussia", "Byelorussia"]),
    # Capital left empty on purpose: "Brussels" is the European Union's.
    ("BEL", "Belgium", "Kingdom of Belgium", None, ["Belgian"], []),
    ("BLZ", "Belize", "Belize", "Belmopan", ["Belizean"], []),
    # Porto-Novo is the constitutional capital; government sits in Cotonou.
    ("BEN", "Benin", "Republic of Benin", "Cotonou", ["Beninese"], []),
    ("BTN", "Bhutan", "Kingdom of Bhutan", "Thimphu", ["Bhutanese"], []),
    # Sucre is the constitutional capital; government sits in La Paz.
    ("BOL", "Bolivia", "Plurinational State of Bolivia", "La Paz", ["Bolivian"], []),
    ("BIH", "Bosnia and Herzegovina", "Bosnia and Herzegovina", "Sarajevo", ["Bosnian"],
     ["Bosnia", "BiH", "Bosnia-Herzegovina"]),
    ("BWA", "Botswana", "Republic of Botswana", "Gaborone", ["Motswana", "Batswana"], []),
    ("BRA", "Brazil", "Federative Republic of Brazil", "Brasília", ["Brazilian"],
     ["Brasilia", "Planalto", "Itamaraty"]),
    ("BRN", "Brunei", "Brunei Darussalam", "Bandar Seri Begawan", ["Bruneian"], []),
    ("BGR", "Bulgaria", "Republic of Bulgaria", "Sofia", ["Bulgarian"], []),
    ("BFA", "Burkina Faso", "Burkina Faso", "Ouagadougou", ["Burkinabè", "Burkinabe"], []),
    # Gitega has been the political capital since 2019.
    ("BDI", "Burundi", "Republic of Burundi", "Gitega", ["Burundian"], []),
    ("CPV", "Cabo Verde", "Republic of Cabo Verde", "Praia", ["Cabo Verdean", "Cape Verdean"],
     ["Cape Verde"]),
    ("KHM", "Cambodia", "Kingdom of Cambodia", "Phnom Penh", ["Cambodian"], []),
    ("CMR", "Cameroon", "Republic of Cameroon", "Yaoundé", ["Cameroonian"], ["Yaounde"]),
    ("CAN", "Canada", "Canada", "Ottawa", ["Canadian"], []),
    ("CAF", "Central African Republic", "Central African Republic", "Bangui", [], []),
    ("TCD", "Chad", "Republic of Chad", "N'Djamena", ["Chadian"], ["Ndjamena"]),
    ("CHL", "Chile", "Republic of Chile", "Santiago", ["Chilean"], ["La Moneda"]),
    ("CHN", "China", "People's Republic of China", "Beijing", ["Chinese"],
     ["PRC", "Zhongnanhai"]),
    ("COL", "Colombia", "Republic of Colombia", "Bogotá", ["Colombian"], ["Bogota"]),
    ("COM", "Comoros", "Union of the Comoros", "Moroni", ["Comorian"], []),
    ("COG", "Congo", "Republic of the Congo", "Brazzaville", [],
     ["Congo-Brazzaville", "Republic of Congo"]),
    ("CRI", "Costa Rica", "Republic of Costa Rica", "San José", ["Costa Rican"], []),
    # Yamoussoukro is the official capital; government sits in Abidjan.
    ("CIV", "Côte d'Ivoire", "Republic of Côte d'Ivoire", "Abidjan", ["Ivorian"],
     ["Ivory Coast", "Cote d'Ivoire"]),
    ("HRV", "Croatia", "Republic of Croatia", "Zagreb", ["Croatian", "Croat"], []),
    ("CUB", "Cuba", "Republic of Cuba", "Havana", ["Cuban"], []),
    ("CYP", "Cyprus", "Republic of Cyprus", "Nicosia", ["Cypriot"], []),
    ("CZE", "Czechia", "Czech Republic", "Prague", ["Czech"], []),
    ("PRK", "North Korea", "Democratic People's Republic of Korea", "Pyongyang", ["North Korean"],
     ["DPRK"]),
    ("COD", "DR Congo", "Democratic Republic of the Congo", "Kinshasa", ["Congolese"],
     ["DRC", "Congo-Kinshasa", "Democratic Republic of Congo"]),
    ("DNK", "Denmark", "Kingdom of Denmark", "Copenhagen", ["Danish"], []),
    ("DJI", "Djibouti", "Republic of Djibouti", "Djibouti", ["Djiboutian"], []),
    # "Dominican" is left off both Dominica and the Dominican Republic.
    ("DMA", "Dominica", "Commonwealth of Dominica", "Roseau", [], []),
    ("DOM", "Dominican Republic", "Dominican Republic", "Santo Domingo", [], []),
    ("ECU", "Ecuador", "Republic of Ecuador", "Quito", ["Ecuadorian"], []),
    ("EGY", "Egypt", "Arab Republic of Egypt", "Cairo", ["Egyptian"], []),
    ("SLV", "El Salvador", "Republic of El Salvador", "San Salvador", ["Salvadoran", "Salvadorian"], []),
    ("GNQ", "Equatorial Guinea", "Republic of Equatorial Guinea", "Malabo",
     ["Equatorial Guinean", "Equatoguinean"], []),
    ("ERI", "Eritrea", "State of Eritrea", "Asmara", ["Eritrean"], []),
    ("EST", "Estonia", "Republic of Estonia", "Tallinn", ["Estonian"], []),
    ("SWZ", "Eswatini", "Kingdom of Eswatini", "Mbabane", ["Swazi"], ["Swaziland"]),
    ("ETH", "Ethiopia", "Federal Democratic Republic of Ethiopia", "Addis Ababa", ["Ethiopian"], []),
    ("FJI", "Fiji", "Republic of Fiji", "Suva", ["Fijian"], []),
    ("FIN", "Finland", "Republic of Finland", "Helsinki", ["Finnish"], []),
    ("FRA", "France", "French Republic", "Paris", ["French"],
     ["Élysée", "Elysee", "Quai d'Orsay", "Matignon"]),
    ("GAB", "Gabon", "Gabonese Republic", "Libreville", ["Gabonese"], []),
    ("GMB", "Gambia", "Republic of The Gambia", "Banjul", ["Gambian"], ["The Gambia"]),
    ("GEO", "Georgia", "Georgia", "Tbilisi", ["Georgian"], []),
    ("DEU", "Germany", "Federal Republic of Germany", "Berlin", ["German"], []),
    ("GHA", "Ghana", "Republic of Ghana", "Accra", ["Ghanaian"], []),
    ("GRC", "Greece", "Hellenic Republic", "Athens", ["Greek"], []),
    ("GRD", "Grenada", "Grenada", "St. George's", ["Grenadian"], []),
    ("GTM", "Guatemala", "Republic of Guatemala", "Guatemala City", ["Guatemalan"], []),
    ("GIN", "Guinea", "Republic of Guinea", "Conakry", ["Guinean"], []),
    ("GNB", "Guinea-Bissau", "Republic of Guinea-Bissau", "Bissau", ["Bissau-Guinean"], []),
    ("GUY", "Guyana", "Co-operative Republic of Guyana", "Georgetown", ["Guyanese"], []),
    ("HTI", "Haiti", "Republic of Haiti", "Port-au-Prince", ["Haitian"], []),
    ("HND", "Honduras", "Republic of Honduras", "Tegucigalpa", ["Honduran"], []),
    ("HUN", "Hungary", "Hungary", "Budapest", ["Hungarian"], []),
    ("ISL", "Iceland", "Iceland", "Reykjavik", ["Icelandic"], ["Reykjavík"]),
    ("IND", "India", "Republic of India", "New Delhi", ["Indian"], ["Bharat", "South Block"]),
    ("IDN", "Indonesia", "Republic of Indonesia", "Jakarta", ["Indonesian"], []),
    ("IRN", "Iran", "Islamic Republic of Iran", "Tehran", ["Iranian"], ["Teheran"]),
    ("IRQ", "Iraq", "Republic of Iraq", "Baghdad", ["Iraqi"], []),
    ("IRL", "Ireland", "Ireland", "Dublin", ["Irish"], ["Republic of Ireland"]),
    # Seat of government; the status of Jerusalem is disputed.
    ("ISR", "Israel", "State of Israel", "Jerusalem", ["Israeli"], []),
    ("ITA", "Italy", "Italian Republic", "Rome", ["Italian"], ["Palazzo Chigi", "Farnesina"]),
    ("JAM", "Jamaica", "Jamaica", "Kingston", ["Jamaican"], []),
    ("JPN", "Japan", "Japan", "Tokyo", ["Japanese"], ["Kantei"]),
    ("JOR", "Jordan", "Hashemite Kingdom of Jordan", "Amman", ["Jordanian"], []),
    ("KAZ", "Kazakhstan", "Republic of Kazakhstan", "Astana", ["Kazakh", "Kazakhstani"],
     ["Nur-Sultan"]),
    ("KEN", "Kenya", "Republic of Kenya", "Nairobi", ["Kenyan"], []),
    ("KIR", "Kiribati", "Republic of Kiribati", "Tarawa", ["I-Kiribati"], []),
    ("KWT", "Kuwait", "State of Kuwait", "Kuwait City", ["Kuwaiti"], []),
    ("KGZ", "Kyrgyzstan", "Kyrgyz Republic", "Bishkek", ["Kyrgyz", "Kyrgyzstani"], []),
    ("LAO", "Laos", "Lao People's Democratic Republic", "Vientiane", ["Lao", "Laotian"],
     ["Lao PDR"]),
    ("LVA", "Latvia", "Republic of Latvia", "Riga", ["Latvian"], []),
    ("LBN", "Lebanon", "Lebanese Republic", "Beirut", ["Lebanese"], []),
    ("LSO", "Lesotho", "Kingdom of Lesotho", "Maseru", ["Basotho", "Mosotho"], []),
    ("LBR", "Liberia", "Republic of Liberia", "Monrovia", ["Liberian"], []),
    ("LBY", "Libya", "State of Libya", "Tripoli", ["Libyan"], []),
    ("LIE", "Liechtenstein", "Principality of Liechtenstein", "Vaduz", ["Liechtensteiner"], []),
    ("LTU", "Lithuania", "Republic of Lithuania", "Vilnius", ["Lithuanian"], []),
    ("LUX", "Luxembourg", "Grand Duchy of Luxembourg", "Luxembourg City",
     ["Luxembourgish", "Luxembourger"], []),
    ("MDG", "Madagascar", "Republic of Madagascar", "Antananarivo", ["Malagasy"], []),
    ("MWI", "Malawi", "Republic of Malawi", "Lilongwe", ["Malawian"], []),
    # Kuala Lumpur rather than the administrative centre Putrajaya.
    ("MYS", "Malaysia", "Malaysia", "Kuala Lumpur", ["Malaysian"], []),
    ("MDV", "Maldives", "Republic of Maldives", "Malé", ["Maldivian"], []),
    ("MLI", "Mali", "Republic of Mali", "Bamako", ["Malian"], []),
    ("MLT", "Malta", "Republic of Malta", "Valletta", ["Maltese"], []),
    ("MHL", "Marshall Islands", "Republic of the Marshall Islands", "Majuro", ["Marshallese"], []),
    ("MRT", "Mauritania", "Islamic Republic of Mauritania", "Nouakchott", ["Mauritanian"], []),
    ("MUS", "Mauritius", "Republic of Mauritius", "Port Louis", ["Mauritian"], []),
    ("MEX", "Mexico", "United Mexican States", "Mexico City", ["Mexican"], []),
    ("FSM", "Micronesia", "Federated States of Micronesia", "Palikir", ["Micronesian"], []),
    ("MDA", "Moldova", "Republic of Moldova", "Chisinau", ["Moldovan"], ["Chișinău"]),
    ("MCO", "Monaco", "Principality of Monaco", "Monaco", ["Monegasque"], []),
    ("MNG", "Mongolia", "Mongolia", "Ulaanbaatar", ["Mongolian"], ["Ulan Bator"]),
    ("MNE", "Montenegro", "Montenegro", "Podgorica", ["Montenegrin"], []),
    ("MAR", "Morocco", "Kingdom of Morocco", "Rabat", ["Moroccan"], []),
    ("MOZ", "Mozambique", "Republic of Mozambique", "Maputo", ["Mozambican"], []),
    ("MMR", "Myanmar", "Republic of the Union of Myanmar", "Naypyidaw", ["Burmese"],
     ["Burma", "Nay Pyi Taw", "Naypyitaw"]),
    ("NAM", "Namibia", "Republic of Namibia", "Windhoek", ["Namibian"], []),
    ("NRU", "Nauru", "Republic of Nauru", "Yaren", ["Nauruan"], []),
    ("NPL", "Nepal", "Federal Democratic Republic of Nepal", "Kathmandu", ["Nepali", "Nepalese"], []),
    # Amsterdam is the constitutional capital; government sits in The Hague.
    ("NLD", "Netherlands", "Kingdom of the Netherlands", "The Hague", ["Dutch"], ["Holland"]),
    ("NZL", "New Zealand", "New Zealand", "Wellington", ["New Zealander"], ["Aotearoa"]),
    ("NIC", "Nicaragua", "Republic of Nicaragua", "Managua", ["Nicaraguan"], []),
    ("NER", "Niger", "Republic of the Niger", "Niamey", ["Nigerien"], []),
    ("NGA", "Nigeria", "Federal Republic of Nigeria", "Abuja", ["Nigerian"], []),
    ("MKD", "North Macedonia", "Republic of North Macedonia", "Skopje",
     ["North Macedonian", "Macedonian"],
     ["FYROM", "Former Yugoslav Republic of Macedonia"]),
    ("NOR", "Norway", "Kingdom of Norway", "Oslo", ["Norwegian"], []),
    ("OMN", "Oman", "Sultanate of Oman", "Muscat", ["Omani"], []),
    ("PAK", "Pakistan", "Islamic Republic of Pakistan", "Islamabad", ["Pakistani"], []),
    ("PLW", "Palau", "Republic of Palau", "Ngerulmud", ["Palauan"], []),
    ("PAN", "Panama", "Republic of Panama", "Panama City", ["Panamanian"], []),
    ("PNG", "Papua New Guinea", "Independent State of Papua New Guinea", "Port Moresby",
     ["Papua New Guinean"], []),
    ("PRY", "Paraguay", "Republic of Paraguay", "Asunción", ["Paraguayan"], ["Asuncion"]),
    ("PER", "Peru", "Republic of Peru", "Lima", ["Peruvian"], []),
    ("PHL", "Philippines", "Republic of the Philippines", "Manila", ["Filipino", "Philippine"],
     ["Malacañang", "Malacanang"]),
    ("POL", "Poland", "Republic of Poland", "Warsaw", ["Polish"], []),
    ("PRT", "Portugal", "Portuguese Republic", "Lisbon", ["Portuguese"], []),
    ("QAT", "Qatar", "State of Qatar", "Doha", ["Qatari"], []),
    ("KOR", "South Korea", "Republic of Korea", "Seoul", ["South Korean"], ["ROK", "Blue House"]),
    ("ROU", "Romania", "Romania", "Bucharest", ["Romanian"], []),
    ("RUS", "Russia", "Russian Federation", "Moscow", ["Russian"], ["Kremlin"]),
    ("RWA", "Rwanda", "Republic of Rwanda", "Kigali", ["Rwandan"], []),
    ("KNA", "Saint Kitts and Nevis", "Federation of Saint Kitts and Nevis", "Basseterre",
     ["Kittitian", "Nevisian"],
     ["St Kitts and Nevis", "St. Kitts and Nevis", "Saint Christopher and Nevis"]),
    ("LCA", "Saint Lucia", "Saint Lucia", "Castries", ["Saint Lucian"], ["St Lucia", "St. Lucia"]),
    ("VCT", "Saint Vincent and the Grenadines", "Saint Vincent and the Grenadines", "Kingstown",
     ["Vincentian"],
     ["St Vincent and the Grenadines", "St. Vincent and the Grenadines"]),
    ("WSM", "Samoa", "Independent State of Samoa", "Apia", ["Samoan"], []),
    ("SMR", "San Marino", "Republic of San Marino", "San Marino", ["Sammarinese"], []),
    ("STP", "São Tomé and Príncipe", "Democratic Republic of São Tomé and Príncipe", "São Tomé",
     ["Santomean"], ["Sao Tome and Principe"]),
    ("SAU", "Saudi Arabia", "Kingdom of Saudi Arabia", "Riyadh", ["Saudi", "Saudi Arabian"], ["KSA"]),
    ("SEN", "Senegal", "Republic of Senegal", "Dakar", ["Senegalese"], []),
    ("SRB", "Serbia", "Republic of Serbia", "Belgrade", ["Serbian", "Serb"], []),
    ("SYC", "Seychelles", "Republic of Seychelles", "Victoria", ["Seychellois"], []),
    ("SLE", "Sierra Leone", "Republic of Sierra Leone", "Freetown", ["Sierra Leonean"], []),
    ("SGP", "Singapore", "Republic of Singapore", "Singapore", ["Singaporean"], []),
    ("SVK", "Slovakia", "Slovak Republic", "Bratislava", ["Slovak"], []),
    ("SVN", "Slovenia", "Republic of Slovenia", "Ljubljana", ["Slovenian", "Slovene"], []),
    ("SLB", "Solomon Islands", "Solomon Islands", "Honiara", ["Solomon Islander"], []),
    ("SOM", "Somalia", "Federal Republic of Somalia", "Mogadishu", ["Somali", "Somalian"], []),
    # Pretoria is the executive capital (Cape Town legislative, Bloemfontein judicial).
    ("ZAF", "South Africa", "Republic of South Africa", "Pretoria", ["South African"], []),
    ("SSD", "South Sudan", "Republic of South Sudan", "Juba", ["South Sudanese"], []),
    ("ESP", "Spain", "Kingdom of Spain", "Madrid", ["Spanish"], ["Moncloa"]),
    # Colombo rather than the legislative capital Sri Jayawardenepura Kotte.
    ("LKA", "Sri Lanka", "Democratic Socialist Republic of Sri Lanka", "Colombo", ["Sri Lankan"], []),
    ("SDN", "Sudan", "Republic of the Sudan", "Khartoum", ["Sudanese"], []),
    ("SUR", "Suriname", "Republic of Suriname", "Paramaribo", ["Surinamese"], []),
    ("SWE", "Sweden", "Kingdom of Sweden", "Stockholm", ["Swedish"], []),
    ("CHE", "Switzerland", "Swiss Confederation", "Bern", ["Swiss"], ["Berne"]),
    ("SYR", "Syria", "Syrian Arab Republic", "Damascus", ["Syrian"], []),
    ("TJK", "Tajikistan", "Republic of Tajikistan", "Dushanbe", ["Tajik", "Tajikistani"], []),
    ("TZA", "Tanzania", "United Republic of Tanzania", "Dodoma", ["Tanzanian"], []),
    ("THA", "Thailand", "Kingdom of Thailand", "Bangkok", ["Thai"], []),
    ("TLS", "Timor-Leste", "Democratic Republic of Timor-Leste", "Dili", ["Timorese", "East Timorese"],
     ["East Timor"]),
    ("TGO", "Togo", "Togolese Republic", "Lomé", ["Togolese"], ["Lome"]),
    ("TON", "Tonga", "Kingdom of Tonga", "Nuku'alofa", ["Tongan"], []),
    ("TTO", "Trinidad and Tobago", "Republic of Trinidad and Tobago", "Port of Spain",
     ["Trinidadian", "Tobagonian"], []),
    ("TUN", "Tunisia", "Republic of Tunisia", "Tunis", ["Tunisian"], ["Tunisian Republic"]),
    ("TUR", "Türkiye", "Republic of Türkiye", "Ankara", ["Turkish"],
     ["Turkey", "Republic of Turkey", "Turkiye"]),
    ("TKM", "Turkmenistan", "Turkmenistan", "Ashgabat", ["Turkmen"], []),
    ("TUV", "Tuvalu", "Tuvalu", "Funafuti", ["Tuvaluan"], []),
    ("UGA", "Uganda", "Republic of Uganda", "Kampala", ["Ugandan"], []),
    ("UKR", "Ukraine", "Ukraine", "Kyiv", ["Ukrainian"], ["Kiev", "Bankova"]),
    ("ARE", "United Arab Emirates", "United Arab Emirates", "Abu Dhabi", ["Emirati"],
     ["UAE", "U.A.E."]),
    ("GBR", "United Kingdom", "United Kingdom of Great Britain and Northern Ireland", "London",
     ["British"],
     ["UK", "U.K.", "Britain", "Great Britain", "Downing Street", "Whitehall"]),
    ("USA", "United States", "United States of America", "Washington", ["American"],
     ["US", "U.S.", "USA", "U.S.A.", "White House", "Pentagon", "Foggy Bottom"]),
    ("URY", "Uruguay", "Oriental Republic of Uruguay", "Montevideo", ["Uruguayan"], []),
    ("UZB", "Uzbekistan", "Republic of Uzbekistan", "Tashkent", ["Uzbek", "Uzbekistani"], []),
    ("VUT", "Vanuatu", "Republic of Vanuatu", "Port Vila", ["Ni-Vanuatu"], []),
    ("VEN", "Venezuela", "Bolivarian Republic of Venezuela", "Caracas", ["Venezuelan"], []),
    ("VNM", "Vietnam", "Socialist Republic of Viet Nam", "Hanoi", ["Vietnamese"], ["Viet Nam"]),
    # Sanaa is the constitutional capital (held by the Houthis since 2014).
    ("YEM", "Yemen", "Republic of Yemen", "Sanaa", ["Yemeni"], ["Sana'a"]),
    ("ZMB", "Zambia", "Republic of Zambia", "Lusaka", ["Zambian"], []),
    ("ZWE", "Zimbabwe", "Republic of Zimbabwe", "Harare", ["Zimbabwean"], []),
    # Observer states.
    ("VAT", "Holy See", "Holy See", "Vatican City", [], ["Vatican"]),
    ("PSE", "Palestine", "State of Palestine", "Ramallah", ["Palestinian"],
     ["Palestinian Authority"]),
]

# ---------------------------------------------------------------------------
# Organisations.
#
# (key, name, acronym or None, official name or None, capital or None,
#  [aliases])  -- the acronym is repeated in the aliases when it is what
# people write; the key is the lower-cased acronym or a slug of the name.

ORGANISATIONS = [
    ("eu", "European Union", "EU", "European Union", "Brussels", ["EU", "E.U."]),
    ("nato", "NATO", "NATO", "North Atlantic Treaty Organization", None,
     ["North Atlantic Treaty Organization", "North Atlantic Treaty Organisation"]),
    ("un", "United Nations", "UN", "United Nations", None, ["UN", "U.N."]),
    ("unsc", "UN Security Council", "UNSC", "United Nations Security Council", None,
     ["UNSC", "Security Council", "United Nations Security Council", "U.N. Security Council"]),
    ("unga", "UN General Assembly", "UNGA", "United Nations General Assembly", None,
     ["UNGA", "General Assembly", "United Nations General Assembly", "U.N. General Assembly"]),
    ("unhrc", "UN Human Rights Council", "UNHRC", "United Nations Human Rights Council", None,
     ["UNHRC", "Human Rights Council", "United Nations Human Rights Council"]),
    ("asean", "ASEAN", "ASEAN", "Association of Southeast Asian Nations", None,
     ["Association of Southeast Asian Nations"]),
    ("au", "African Union", "AU", "African Union", None, ["AU"]),
    ("osce", "OSCE", "OSCE", "Organization for Security and Co-operation in Europe", None,
     ["Organization for Security and Co-operation in Europe",
      "Organization for Security and Cooperation in Europe"]),
    ("g7", "G7", "G7", "Group of Seven", None, ["G-7", "Group of Seven"]),
    ("g20", "G20", "G20", "Group of Twenty", None, ["G-20", "Group of Twenty"]),
    ("brics", "BRICS", "BRICS", None, None, []),
    ("sco", "Shanghai Cooperation Organisation", "SCO", "Shanghai Cooperation Organisation", None,
     ["SCO", "Shanghai Cooperation Organization"]),
    ("opec", "OPEC", "OPEC", "Organization of the Petroleum Exporting Countries", None,
     ["Organization of the Petroleum Exporting Countries"]),
    ("wto", "World Trade Organization", "WTO", "World Trade Organization", None,
     ["WTO", "World Trade Organisation"]),
    ("iaea", "International Atomic Energy Agency", "IAEA", "International Atomic Energy Agency",
     None, ["IAEA"]),
    ("las", "Arab League", "LAS", "League of Arab States", None, ["League of Arab States"]),
    ("gcc", "Gulf Cooperation Council", "GCC",
     "Cooperation Council for the Arab States of the Gulf", None,
     ["GCC", "Cooperation Council for the Arab States of the Gulf"]),
    ("coe", "Council of Europe", "CoE", "Council of Europe", None, []),
    ("oic", "Organisation of Islamic Cooperation", "OIC", "Organisation of Islamic Cooperation", None,
     ["OIC", "Organization of Islamic Cooperation", "Organisation of the Islamic Conference",
      "Organization of the Islamic Conference"]),
    ("oas", "Organization of American States", "OAS", "Organization of American States", None,
     ["OAS", "Organisation of American States"]),
    ("celac", "CELAC", "CELAC", "Community of Latin American and Caribbean States", None,
     ["Community of Latin American and Caribbean States"]),
    ("mercosur", "Mercosur", "MERCOSUR", "Southern Common Market", None,
     ["Mercosul", "Southern Common Market"]),
    ("ecowas", "ECOWAS", "ECOWAS", "Economic Community of West African States", None,
     ["Economic Community of West African States"]),
    ("sadc", "Southern African Development Community", "SADC",
     "Southern African Development Community", None, ["SADC"]),
    ("igad", "Intergovernmental Authority on Development", "IGAD",
     "Intergovernmental Authority on Development", None, ["IGAD"]),
    ("csto", "Collective Security Treaty Organization", "CSTO",
     "Collective Security Treaty Organization", None,
     ["CSTO", "Collective Security Treaty Organisation"]),
    ("eaeu", "Eurasian Economic Union", "EAEU", "Eurasian Economic Union", None, ["EAEU"]),
    ("cis", "Commonwealth of Independent States", "CIS", "Commonwealth of Independent States",
     None, ["CIS"]),
    ("commonwealth-of-nations", "Commonwealth of Nations", None, "Commonwealth of Nations", None,
     []),
    ("imf", "International Monetary Fund", "IMF", "International Monetary Fund", None, ["IMF"]),
    ("world-bank", "World Bank", None, None, None, ["World Bank Group"]),
    ("who", "World Health Organization", "WHO", "World Health Organization", None,
     ["WHO", "World Health Organisation"]),
    ("icc", "International Criminal Court", "ICC", "International Criminal Court", None, ["ICC"]),
    ("icj", "International Court of Justice", "ICJ", "International Court of Justice", None,
     ["ICJ", "World Court"]),
    ("unhcr", "UNHCR", "UNHCR", "Office of the United Nations High Commissioner for Refugees", None,
     ["UN Refugee Agency", "United Nations High Commissioner for Refugees"]),
    ("unicef", "UNICEF", "UNICEF", "United Nations Children's Fund", None,
     ["United Nations Children's Fund", "UN Children's Fund"]),
    ("quad", "Quad", "Quad", "Quadrilateral Security Dialogue", None,
     ["Quadrilateral Security Dialogue"]),
    ("aukus", "AUKUS", "AUKUS", None, None, []),
    ("apec", "APEC", "APEC", "Asia-Pacific Economic Cooperation", None,
     ["Asia-Pacific Economic Cooperation"]),
    ("pif", "Pacific Islands Forum", "PIF", "Pacific Islands Forum", None, ["PIF"]),
    ("caricom", "CARICOM", "CARICOM", "Caribbean Community", None, ["Caribbean Community"]),
    ("nordic-council", "Nordic Council", None, "Nordic Council", None, []),
    ("v4", "Visegrád Group", "V4", "Visegrád Group", None,
     ["V4", "Visegrad Group", "Visegrád Four", "Visegrad Four"]),
    # No code and no "NAM" alias: NAM is Namibia's ISO 3166-1 alpha-3 code.
    ("non-aligned-movement", "Non-Aligned Movement", None, "Non-Aligned Movement", None, []),
]

# ---------------------------------------------------------------------------
# Persons of the sample article.
#
# (name, [aliases], [(represented actor's kind, key, role, from, until)])

PERSONS = [
    ("Sergei Aleinik", ["Sergey Aleinik", "Aleinik"],
     [("state", "BLR", "Minister of Foreign Affairs", "2022-12-13", "2024-06")]),
    ("Qin Gang", [],
     [("state", "CHN", "Minister of Foreign Affairs", "2022-12-30", "2023-07-25")]),
    ("Alexander Lukashenko",
     ["Alexandr Lukashenko", "Aleksandr Lukashenko", "Alyaksandr Lukashenka", "Lukashenko",
      "Lukashenka"],
     [("state", "BLR", "President", "1994-07-20", None)]),
    ("Josep Borrell", ["Josep Borrell Fontelles", "Borrell"],
     [("state", "ESP", "Minister of Foreign Affairs", "2018-06", "2019-11"),
      ("organisation", "eu", "High Representative for Foreign Affairs and Security Policy",
       "2019-12-01", "2024-11-30")]),
]

# ---------------------------------------------------------------------------
# Office holders: heads of state, heads of government and foreign ministers
# from 2019-01-01 of the permanent members of the UN Security Council, the
# G20 member states, the European Union (Commission and European Council
# presidents, High Representative), the African Union (Commission
# chairperson) and the other actors of the sample article (Belarus, Ukraine,
# NATO's Secretary General), besides the four sample-article persons in
# PERSONS above.
#
# Same tuples as PERSONS.  One represents entry per office and term, also
# for the same persons' earlier offices of these kinds (Cameron's
# premiership, Tusk's in Poland).  Dates are ISO at day precision where the
# day is certain, else month or year.  "until" is None only for holders
# known to be in office when this list was compiled (late 2025); a
# year-only date marks a change, or a last known date, that is not certain
# to the month.  Facts not known for sure are left out: acting office
# holders (e.g. South Korea's acting presidents of 2024-2025), Argentina's
# and Mexico's foreign ministers after Werthein and de la Fuente.  Check
# the late-2025 changes (France, Japan, the United Kingdom's Foreign
# Secretary, Ukraine's Prime Minister) when updating.
#
# Aliases: the surname alone only where it is distinctive; left out where it
# is a common word or a common surname ("May", "Johnson", "Hunt", "Borne",
# "Cleverly", "Conte", "Wong", "Payne", "Morrison", "Albanese", "Maas",
# "Champagne", "Abe", "Moon", "Yoon", "Lee", "Park", "Xi", "Li", "Wang",
# "Cameron", "Colonna", "Michel", "Costa", "Cooper", "Anand", "Hayashi",
# "Fernández", "Solá", "Sisulu", "Swaraj", "Araújo", "Vieira", "França",
# "Youssouf", "Faki").


def st(code, role, start, end):
    return ("state", code, role, start, end)


def org(key, role, start, end):
    return ("organisation", key, role, start, end)


FM = "Minister of Foreign Affairs"
PM = "Prime Minister"

OFFICE_HOLDERS = [
    # China
    ("Xi Jinping", ["President Xi"],
     [st("CHN", "President", "2013-03-14", None)]),
    ("Li Keqiang", [],
     [st("CHN", "Premier", "2013-03-15", "2023-03-11")]),
    ("Li Qiang", [],
     [st("CHN", "Premier", "2023-03-11", None)]),
    ("Wang Yi", [],
     [st("CHN", FM, "2013-03", "2022-12-30"),
      st("CHN", FM, "2023-07-25", None)]),

    # France
    ("Emmanuel Macron", ["Macron"],
     [st("FRA", "President", "2017-05-14", None)]),
    ("Édouard Philippe", ["Edouard Philippe"],
     [st("FRA", PM, "2017-05-15", "2020-07-03")]),
    ("Jean Castex", ["Castex"],
     [st("FRA", PM, "2020-07-03", "2022-05-16")]),
    ("Élisabeth Borne", ["Elisabeth Borne"],
     [st("FRA", PM, "2022-05-16", "2024-01-09")]),
    ("Gabriel Attal", ["Attal"],
     [st("FRA", PM, "2024-01-09", "2024-09-05")]),
    ("Michel Barnier", ["Barnier"],
     [st("FRA", PM, "2024-09-05", "2024-12-13")]),
    ("François Bayrou", ["Francois Bayrou", "Bayrou"],
     [st("FRA", PM, "2024-12-13", "2025-09")]),
    ("Sébastien Lecornu", ["Sebastien Lecornu", "Lecornu"],
     [st("FRA", PM, "2025-09", None)]),
    ("Jean-Yves Le Drian", ["Le Drian"],
     [st("FRA", "Minister for Europe and Foreign Affairs", "2017-05-17", "2022-05-20")]),
    ("Catherine Colonna", [],
     [st("FRA", "Minister for Europe and Foreign Affairs", "2022-05-20", "2024-01-11")]),
    ("Stéphane Séjourné", ["Stephane Sejourne", "Séjourné", "Sejourne"],
     [st("FRA", "Minister for Europe and Foreign Affairs", "2024-01-11", "2024-09-21")]),
    ("Jean-Noël Barrot", ["Jean-Noel Barrot", "Barrot"],
     [st("FRA", "Minister for Europe and Foreign Affairs", "2024-09-21", None)]),

    # Russia
    ("Vladimir Putin", ["Putin"],
     [st("RUS", PM, "1999-08", "2000-05-07"),
      st("RUS", "President", "2000-05-07", "2008-05-07"),
      st("RUS", PM, "2008-05-08", "2012-05-07"),
      st("RUS", "President", "2012-05-07", None)]),
    ("Dmitry Medvedev", ["Dmitri Medvedev", "Medvedev"],
     [st("RUS", "President", "2008-05-07", "2012-05-07"),
      st("RUS", PM, "2012-05-08", "2020-01")]),
    ("Mikhail Mishustin", ["Mishustin"],
     [st("RUS", PM, "2020-01-16", None)]),
    ("Sergey Lavrov", ["Sergei Lavrov", "Lavrov"],
     [st("RUS", FM, "2004-03-09", None)]),

    # United Kingdom (the monarchs are under Commonwealth realms below)
    ("Theresa May", [],
     [st("GBR", PM, "2016-07-13", "2019-07-24")]),
    ("Boris Johnson", [],
     [st("GBR", "Foreign Secretary", "2016-07-13", "2018-07-09"),
      st("GBR", PM, "2019-07-24", "2022-09-06")]),
    ("Liz Truss", ["Elizabeth Truss", "Truss"],
     [st("GBR", "Foreign Secretary", "2021-09-15", "2022-09-06"),
      st("GBR", PM, "2022-09-06", "2022-10-25")]),
    ("Rishi Sunak", ["Sunak"],
     [st("GBR", PM, "2022-10-25", "2024-07-05")]),
    ("Keir Starmer", ["Sir Keir Starmer", "Starmer"],
     [st("GBR", PM, "2024-07-05", None)]),
    ("Jeremy Hunt", [],
     [st("GBR", "Foreign Secretary", "2018-07-09", "2019-07-24")]),
    ("Dominic Raab", ["Raab"],
     [st("GBR", "Foreign Secretary", "2019-07-24", "2021-09-15")]),
    ("James Cleverly", [],
     [st("GBR", "Foreign Secretary", "2022-09-06", "2023-11-13")]),
    ("David Cameron", ["Lord Cameron"],
     [st("GBR", PM, "2010-05-11", "2016-07-13"),
      st("GBR", "Foreign Secretary", "2023-11-13", "2024-07-05")]),
    ("David Lammy", ["Lammy"],
     [st("GBR", "Foreign Secretary", "2024-07-05", "2025-09")]),
    ("Yvette Cooper", [],
     [st("GBR", "Foreign Secretary", "2025-09", None)]),

    # United States
    ("Donald Trump", ["Donald J. Trump", "Trump"],
     [st("USA", "President", "2017-01-20", "2021-01-20"),
      st("USA", "President", "2025-01-20", None)]),
    ("Joe Biden", ["Joseph R. Biden", "Joseph Biden", "Biden"],
     [st("USA", "President", "2021-01-20", "2025-01-20")]),
    ("Mike Pompeo", ["Pompeo"],
     [st("USA", "Secretary of State", "2018-04-26", "2021-01-20")]),
    ("Antony Blinken", ["Tony Blinken", "Blinken"],
     [st("USA", "Secretary of State", "2021-01-26", "2025-01-20")]),
    ("Marco Rubio", ["Rubio"],
     [st("USA", "Secretary of State", "2025-01-21", None)]),

    # Commonwealth realms among the G20: the United Kingdom, Canada, Australia
    ("Elizabeth II", ["Queen Elizabeth II", "Queen Elizabeth"],
     [st("GBR", "Queen", "1952-02-06", "2022-09-08"),
      st("CAN", "Queen", "1952-02-06", "2022-09-08"),
      st("AUS", "Queen", "1952-02-06", "2022-09-08")]),
    ("Charles III", ["King Charles III", "King Charles"],
     [st("GBR", "King", "2022-09-08", None),
      st("CAN", "King", "2022-09-08", None),
      st("AUS", "King", "2022-09-08", None)]),

    # Argentina
    ("Mauricio Macri", ["Macri"],
     [st("ARG", "President", "2015-12-10", "2019-12-10")]),
    ("Alberto Fernández", ["Alberto Fernandez"],
     [st("ARG", "President", "2019-12-10", "2023-12-10")]),
    ("Javier Milei", ["Milei"],
     [st("ARG", "President", "2023-12-10", None)]),
    ("Jorge Faurie", ["Faurie"],
     [st("ARG", FM, "2017-06", "2019-12-10")]),
    ("Felipe Solá", ["Felipe Sola"],
     [st("ARG", FM, "2019-12-10", "2021-09")]),
    ("Santiago Cafiero", ["Cafiero"],
     [st("ARG", FM, "2021-09", "2023-12-10")]),
    ("Diana Mondino", ["Mondino"],
     [st("ARG", FM, "2023-12-10", "2024-10")]),
    # Named in October 2024; in office into 2025, the end not known for sure.
    ("Gerardo Werthein", ["Werthein"],
     [st("ARG", FM, "2024", "2025")]),

    # Australia
    ("Scott Morrison", ["ScoMo"],
     [st("AUS", PM, "2018-08-24", "2022-05-23")]),
    ("Anthony Albanese", [],
     [st("AUS", PM, "2022-05-23", None)]),
    ("Marise Payne", [],
     [st("AUS", "Minister for Foreign Affairs", "2018-08-26", "2022-05-23")]),
    ("Penny Wong", [],
     [st("AUS", "Minister for Foreign Affairs", "2022-05-23", None)]),

    # Brazil
    ("Jair Bolsonaro", ["Bolsonaro"],
     [st("BRA", "President", "2019-01-01", "2023-01-01")]),
    ("Luiz Inácio Lula da Silva", ["Luiz Inacio Lula da Silva", "Lula da Silva", "Lula"],
     [st("BRA", "President", "2003-01-01", "2011-01-01"),
      st("BRA", "President", "2023-01-01", None)]),
    ("Ernesto Araújo", ["Ernesto Araujo"],
     [st("BRA", FM, "2019-01-01", "2021-03")]),
    ("Carlos França", ["Carlos Franca", "Carlos Alberto Franco França"],
     [st("BRA", FM, "2021-04", "2023-01-01")]),
    ("Mauro Vieira", [],
     [st("BRA", FM, "2015-01-01", "2016-05"),
      st("BRA", FM, "2023-01-01", None)]),

    # Canada
    ("Justin Trudeau", ["Trudeau"],
     [st("CAN", PM, "2015-11-04", "2025-03-14")]),
    ("Mark Carney", ["Carney"],
     [st("CAN", PM, "2025-03-14", None)]),
    ("Chrystia Freeland", ["Freeland"],
     [st("CAN", FM, "2017-01-10", "2019-11-20")]),
    ("François-Philippe Champagne", ["Francois-Philippe Champagne"],
     [st("CAN", FM, "2019-11-20", "2021-01-12")]),
    ("Marc Garneau", ["Garneau"],
     [st("CAN", FM, "2021-01-12", "2021-10-26")]),
    ("Mélanie Joly", ["Melanie Joly", "Joly"],
     [st("CAN", FM, "2021-10-26", "2025-05-13")]),
    ("Anita Anand", [],
     [st("CAN", FM, "2025-05-13", None)]),

    # Germany
    ("Frank-Walter Steinmeier", ["Steinmeier"],
     [st("DEU", FM, "2005-11-22", "2009-10-28"),
      st("DEU", FM, "2013-12-17", "2017-01-27"),
      st("DEU", "Federal President", "2017-03-19", None)]),
    ("Angela Merkel", ["Merkel"],
     [st("DEU", "Chancellor", "2005-11-22", "2021-12-08")]),
    ("Olaf Scholz", ["Scholz"],
     [st("DEU", "Chancellor", "2021-12-08", "2025-05-06")]),
    ("Friedrich Merz", ["Merz"],
     [st("DEU", "Chancellor", "2025-05-06", None)]),
    ("Heiko Maas", [],
     [st("DEU", FM, "2018-03-14", "2021-12-08")]),
    ("Annalena Baerbock", ["Baerbock"],
     [st("DEU", FM, "2021-12-08", "2025-05-06")]),
    ("Johann Wadephul", ["Wadephul"],
     [st("DEU", FM, "2025-05-06", None)]),

    # India
    ("Ram Nath Kovind", ["Kovind"],
     [st("IND", "President", "2017-07-25", "2022-07-25")]),
    ("Droupadi Murmu", ["Murmu"],
     [st("IND", "President", "2022-07-25", None)]),
    ("Narendra Modi", ["Modi"],
     [st("IND", PM, "2014-05-26", None)]),
    ("Sushma Swaraj", [],
     [st("IND", "Minister of External Affairs", "2014-05-26", "2019-05")]),
    ("S. Jaishankar", ["Subrahmanyam Jaishankar", "S Jaishankar", "Jaishankar"],
     [st("IND", "Minister of External Affairs", "2019-05", None)]),

    # Indonesia
    ("Joko Widodo", ["Jokowi", "Widodo"],
     [st("IDN", "President", "2014-10-20", "2024-10-20")]),
    ("Prabowo Subianto", ["Prabowo"],
     [st("IDN", "President", "2024-10-20", None)]),
    ("Retno Marsudi", ["Marsudi"],
     [st("IDN", FM, "2014-10", "2024-10")]),
    ("Sugiono", [],
     [st("IDN", FM, "2024-10", None)]),

    # Italy
    ("Sergio Mattarella", ["Mattarella"],
     [st("ITA", "President", "2015-02-03", None)]),
    ("Giuseppe Conte", [],
     [st("ITA", PM, "2018-06-01", "2021-02-13")]),
    ("Mario Draghi", ["Draghi"],
     [st("ITA", PM, "2021-02-13", "2022-10-22")]),
    ("Giorgia Meloni", ["Meloni"],
     [st("ITA", PM, "2022-10-22", None)]),
    ("Enzo Moavero Milanesi", ["Moavero Milanesi", "Moavero"],
     [st("ITA", FM, "2018-06-01", "2019-09-05")]),
    ("Luigi Di Maio", ["Di Maio"],
     [st("ITA", FM, "2019-09-05", "2022-10-22")]),
    ("Antonio Tajani", ["Tajani"],
     [st("ITA", FM, "2022-10-22", None)]),

    # Japan
    ("Akihito", ["Emperor Akihito"],
     [st("JPN", "Emperor", "1989-01-07", "2019-04-30")]),
    ("Naruhito", ["Emperor Naruhito"],
     [st("JPN", "Emperor", "2019-05-01", None)]),
    ("Shinzo Abe", ["Shinzō Abe"],
     [st("JPN", PM, "2006-09-26", "2007-09-26"),
      st("JPN", PM, "2012-12-26", "2020-09-16")]),
    ("Yoshihide Suga", ["Suga"],
     [st("JPN", PM, "2020-09-16", "2021-10-04")]),
    ("Fumio Kishida", ["Kishida"],
     [st("JPN", "Minister for Foreign Affairs", "2012-12-26", "2017-08-03"),
      st("JPN", PM, "2021-10-04", "2024-10-01")]),
    ("Shigeru Ishiba", ["Ishiba"],
     [st("JPN", PM, "2024-10-01", "2025-10-21")]),
    ("Sanae Takaichi", ["Takaichi"],
     [st("JPN", PM, "2025-10-21", None)]),
    ("Taro Kono", ["Tarō Kōno", "Taro Kōno"],
     [st("JPN", "Minister for Foreign Affairs", "2017-08-03", "2019-09-11")]),
    ("Toshimitsu Motegi", ["Motegi"],
     [st("JPN", "Minister for Foreign Affairs", "2019-09-11", "2021-11"),
      st("JPN", "Minister for Foreign Affairs", "2025-10-21", None)]),
    ("Yoshimasa Hayashi", [],
     [st("JPN", "Minister for Foreign Affairs", "2021-11-10", "2023-09-13")]),
    ("Yoko Kamikawa", ["Yōko Kamikawa", "Kamikawa"],
     [st("JPN", "Minister for Foreign Affairs", "2023-09-13", "2024-10-01")]),
    ("Takeshi Iwaya", ["Iwaya"],
     [st("JPN", "Minister for Foreign Affairs", "2024-10-01", "2025-10-21")]),

    # Mexico
    ("Andrés Manuel López Obrador",
     ["Andres Manuel Lopez Obrador", "López Obrador", "Lopez Obrador", "AMLO"],
     [st("MEX", "President", "2018-12-01", "2024-09-30")]),
    ("Claudia Sheinbaum", ["Sheinbaum"],
     [st("MEX", "President", "2024-10-01", None)]),
    ("Marcelo Ebrard", ["Ebrard"],
     [st("MEX", "Secretary of Foreign Affairs", "2018-12-01", "2023-06")]),
    ("Alicia Bárcena", ["Alicia Barcena"],
     [st("MEX", "Secretary of Foreign Affairs", "2023", "2024-09-30")]),
    # In office into 2025; the end of the term is not known for sure.
    ("Juan Ramón de la Fuente", ["Juan Ramon de la Fuente"],
     [st("MEX", "Secretary of Foreign Affairs", "2024-10-01", "2025")]),

    # Saudi Arabia
    ("Salman bin Abdulaziz", ["King Salman", "Salman bin Abdulaziz Al Saud"],
     [st("SAU", "King", "2015-01-23", None),
      st("SAU", PM, "2015-01-23", "2022-09-27")]),
    ("Mohammed bin Salman",
     ["Mohammad bin Salman", "Muhammad bin Salman", "Crown Prince Mohammed bin Salman", "MBS"],
     [st("SAU", PM, "2022-09-27", None)]),
    ("Ibrahim al-Assaf", ["Ibrahim Abdulaziz al-Assaf"],
     [st("SAU", FM, "2018-12", "2019-10")]),
    ("Faisal bin Farhan", ["Prince Faisal bin Farhan", "Faisal bin Farhan Al Saud"],
     [st("SAU", FM, "2019-10", None)]),

    # South Africa
    ("Cyril Ramaphosa", ["Ramaphosa"],
     [st("ZAF", "President", "2018-02-15", None)]),
    ("Lindiwe Sisulu", [],
     [st("ZAF", "Minister of International Relations and Cooperation", "2018-02", "2019-05")]),
    ("Naledi Pandor", ["Pandor"],
     [st("ZAF", "Minister of International Relations and Cooperation", "2019-05", "2024")]),
    ("Ronald Lamola", ["Lamola"],
     [st("ZAF", "Minister of International Relations and Cooperation", "2024-07", None)]),

    # South Korea
    ("Moon Jae-in", ["Moon Jae In"],
     [st("KOR", "President", "2017-05-10", "2022-05-10")]),
    ("Yoon Suk Yeol", ["Yoon Suk-yeol"],
     [st("KOR", "President", "2022-05-10", "2025-04-04")]),
    ("Lee Jae-myung", ["Lee Jae Myung"],
     [st("KOR", "President", "2025-06-04", None)]),
    ("Kang Kyung-wha", [],
     [st("KOR", FM, "2017-06", "2021-02")]),
    ("Chung Eui-yong", [],
     [st("KOR", FM, "2021-02", "2022-05")]),
    ("Park Jin", [],
     [st("KOR", FM, "2022-05", "2024-01")]),
    ("Cho Tae-yul", [],
     [st("KOR", FM, "2024-01", "2025")]),
    ("Cho Hyun", [],
     [st("KOR", FM, "2025", None)]),

    # Türkiye
    ("Recep Tayyip Erdoğan",
     ["Recep Tayyip Erdogan", "Tayyip Erdoğan", "Tayyip Erdogan", "Erdoğan", "Erdogan"],
     [st("TUR", PM, "2003-03-14", "2014-08-28"),
      st("TUR", "President", "2014-08-28", None)]),
    ("Mevlüt Çavuşoğlu", ["Mevlut Cavusoglu", "Çavuşoğlu", "Cavusoglu"],
     [st("TUR", FM, "2014-08", "2015-08"),
      st("TUR", FM, "2015-11", "2023-06")]),
    ("Hakan Fidan", ["Fidan"],
     [st("TUR", FM, "2023-06", None)]),

    # European Union
    ("Jean-Claude Juncker", ["Juncker"],
     [st("LUX", PM, "1995-01-20", "2013-12-04"),
      org("eu", "President of the European Commission", "2014-11-01", "2019-11-30")]),
    ("Ursula von der Leyen", ["von der Leyen"],
     [org("eu", "President of the European Commission", "2019-12-01", None)]),
    ("Donald Tusk", ["Tusk"],
     [st("POL", PM, "2007-11-16", "2014-09-22"),
      org("eu", "President of the European Council", "2014-12-01", "2019-11-30"),
      st("POL", PM, "2023-12-13", None)]),
    ("Charles Michel", [],
     [st("BEL", PM, "2014-10-11", "2019-10-27"),
      org("eu", "President of the European Council", "2019-12-01", "2024-11-30")]),
    ("António Costa", ["Antonio Costa"],
     [st("PRT", PM, "2015-11-26", "2024-04-02"),
      org("eu", "President of the European Council", "2024-12-01", None)]),
    ("Federica Mogherini", ["Mogherini"],
     [st("ITA", FM, "2014-02", "2014-10"),
      org("eu", "High Representative for Foreign Affairs and Security Policy",
          "2014-11-01", "2019-11-30")]),
    ("Kaja Kallas", ["Kallas"],
     [st("EST", PM, "2021-01-26", "2024-07-23"),
      org("eu", "High Representative for Foreign Affairs and Security Policy",
          "2024-12-01", None)]),

    # African Union.  The 2025 handover is known to the year only.
    ("Moussa Faki Mahamat", ["Moussa Faki"],
     [org("au", "Chairperson of the African Union Commission", "2017-03-14", "2025")]),
    ("Mahmoud Ali Youssouf", [],
     [org("au", "Chairperson of the African Union Commission", "2025", None)]),

    # NATO (sample article)
    ("Jens Stoltenberg", ["Stoltenberg"],
     [st("NOR", PM, "2000-03-17", "2001-10-19"),
      st("NOR", PM, "2005-10-17", "2013-10-16"),
      org("nato", "Secretary General", "2014-10-01", "2024-10-01")]),
    ("Mark Rutte", ["Rutte"],
     [st("NLD", PM, "2010-10-14", "2024-07-02"),
      org("nato", "Secretary General", "2024-10-01", None)]),

    # Ukraine (sample article)
    ("Petro Poroshenko", ["Poroshenko"],
     [st("UKR", "President", "2014-06-07", "2019-05-20")]),
    ("Volodymyr Zelensky",
     ["Volodymyr Zelenskyy", "Volodymyr Zelenskiy", "Zelensky", "Zelenskyy", "Zelenskiy"],
     [st("UKR", "President", "2019-05-20", None)]),
    ("Volodymyr Groysman", ["Volodymyr Hroisman", "Groysman"],
     [st("UKR", PM, "2016-04-14", "2019-08-29")]),
    ("Oleksiy Honcharuk", ["Oleksii Honcharuk", "Honcharuk"],
     [st("UKR", PM, "2019-08-29", "2020-03-04")]),
    ("Denys Shmyhal", ["Shmyhal"],
     [st("UKR", PM, "2020-03-04", "2025-07-17")]),
    ("Yulia Svyrydenko", ["Yuliia Svyrydenko", "Svyrydenko"],
     [st("UKR", PM, "2025-07-17", None)]),
    ("Pavlo Klimkin", ["Klimkin"],
     [st("UKR", FM, "2014-06", "2019-08-29")]),
    ("Vadym Prystaiko", ["Prystaiko"],
     [st("UKR", FM, "2019-08-29", "2020-03-04")]),
    ("Dmytro Kuleba", ["Kuleba"],
     [st("UKR", FM, "2020-03-04", "2024-09")]),
    ("Andrii Sybiha", ["Andriy Sybiha", "Sybiha"],
     [st("UKR", FM, "2024-09", None)]),

    # Belarus (sample article; Lukashenko and Aleinik are above)
    ("Sergei Rumas", ["Siarhei Rumas", "Rumas"],
     [st("BLR", PM, "2018-08", "2020-06")]),
    ("Roman Golovchenko", ["Raman Halouchanka", "Golovchenko"],
     [st("BLR", PM, "2020-06", "2025-03")]),
    ("Alexander Turchin", ["Aliaksandr Turchin"],
     [st("BLR", PM, "2025-03", None)]),
    ("Vladimir Makei", ["Uladzimir Makei", "Makei"],
     [st("BLR", FM, "2012-08", "2022-11-26")]),
    ("Maxim Ryzhenkov", ["Maksim Ryzhenkov", "Ryzhenkov"],
     [st("BLR", FM, "2024-06", None)]),
]

# ---------------------------------------------------------------------------
# Topics: (name, parent name or None, description or None), parents first.

TOPICS = [
    ("Ukraine war", None,
     "Russia's full-scale invasion of Ukraine from 24 February 2022 and the war that followed."),
    ("Peace talks", "Ukraine war", None),
    ("Ceasefire", "Ukraine war", None),
    ("Responsibility for the war", "Ukraine war", None),
    ("Condemnation of Russia's invasion", "Ukraine war", None),
    ("China's peace position", None,
     "What China says a settlement of the Ukraine war should look like, and its standing as a mediator."),
    ("China's 12-point peace plan", "China's peace position",
     "China's Position on the Political Settlement of the Ukraine Crisis, "
     "the twelve-point paper published on 24 February 2023."),
    ("China's impartiality", "China's peace position", None),
    ("Sanctions", None, None),
    ("Nuclear non-proliferation", None, None),
    ("Arms control", None, None),
    ("Climate", None, None),
    ("Trade", None, None),
    ("Energy", None, None),
    ("Human rights", None, None),
    ("Humanitarian aid", None, None),
    ("Territorial disputes", None, None),
    ("Migration", None, None),
    ("Security cooperation", None, None),
    ("Counter-terrorism", None, None),
]


# ---------------------------------------------------------------------------

def palette(i):
    """A light, varied colour for the i-th coloured actor: hues step by the
    golden angle so neighbours differ, lightness stays high enough for black
    text on top."""
    hue = (i * 137.508) % 360.0 / 360.0
    light = (0.80, 0.74, 0.77)[i % 3]
    sat = (0.62, 0.55, 0.70)[(i // 3) % 3]
    r, g, b = colorsys.hls_to_rgb(hue, light, sat)
    return "#%02x%02x%02x" % (round(r * 255), round(g * 255), round(b * 255))


def dedupe(strings, exclude=()):
    seen = {s.casefold() for s in exclude if s}
    out = []
    for s in strings:
        if s and s.casefold() not in seen:
            seen.add(s.casefold())
            out.append(s)
    return out


def actor(uuid_, name, kind, code, official, colour, aliases, demonyms, capital,
          represents):
    return {
        "uuid": uuid_,
        "name": name,
        "kind": kind,
        "code": code,
        "official_name": official,
        "colour": colour,
        "aliases": aliases,
        "demonyms": demonyms,
        "capital": capital,
        "represents": represents,
        "created": STAMP,
        "updated": STAMP,
    }


def build():
    actors = []
    ids = {}
    colour_index = 0

    for code, name, official, capital, demonyms, extra in STATES:
        u = make_uuid("state", code)
        ids[("state", code)] = u
        aliases = dedupe(([official] if official else []) + extra, exclude=[name])
        actors.append(actor(u, name, "state", code, official, palette(colour_index),
                            aliases, dedupe(demonyms), capital, []))
        colour_index += 1

    for key, name, code, official, capital, aliases in ORGANISATIONS:
        u = make_uuid("organisation", key)
        ids[("organisation", key)] = u
        aliases = dedupe(([official] if official else []) + aliases, exclude=[name])
        actors.append(actor(u, name, "organisation", code, official, palette(colour_index),
                            aliases, [], capital, []))
        colour_index += 1

    for name, aliases, reps in PERSONS + OFFICE_HOLDERS:
        u = make_uuid("person", slug(name))
        represents = [{"actor": ids[(kind, key)], "role": role, "from": start, "until": end}
                      for kind, key, role, start, end in reps]
        actors.append(actor(u, name, "person", None, None, None,
                            dedupe(aliases, exclude=[name]), [], None, represents))

    topics = []
    topic_ids = {}
    for name, parent, description in TOPICS:
        u = make_uuid("topic", slug(name))
        topic_ids[name] = u
        topics.append({
            "uuid": u,
            "name": name,
            "parent": topic_ids[parent] if parent else None,
            "description": description,
            "created": STAMP,
            "updated": STAMP,
        })

    return {
        "format": "demarche-annotated-set",
        "version": 1,
        "exported": STAMP,
        "acts": [{"code": c, "name": n, "goldstein": g} for c, n, g in ACTS],
        "actors": actors,
        "topics": topics,
        "articles": [],
        "annotations": [],
    }


def valid_date(d):
    """An ISO 8601 calendar date at year, month or day precision."""
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", d)
    if not m:
        return False
    try:
        datetime.date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    except ValueError:
        return False
    return int(m.group(1)) > 0


def check(data):
    """Every string a matcher might look for -- names, aliases, demonyms,
    capitals, codes -- belongs to one actor only (case-insensitively)."""
    problems = []
    owner = {}
    for a in data["actors"]:
        strings = [a["name"], a["code"], a["capital"]] + a["aliases"] + a["demonyms"]
        for s in {s.casefold() for s in strings if s}:
            if s in owner and owner[s] != a["name"]:
                problems.append("%r: %s and %s" % (s, owner[s], a["name"]))
            owner.setdefault(s, a["name"])
    uuids = [a["uuid"] for a in data["actors"]] + [t["uuid"] for t in data["topics"]]
    if len(uuids) != len(set(uuids)):
        problems.append("duplicate UUIDs")
    names = [t["name"].casefold() for t in data["topics"]]
    if len(names) != len(set(names)):
        problems.append("duplicate topic names")
    colours = [a["colour"] for a in data["actors"] if a["colour"]]
    for c in colours:
        if not re.fullmatch(r"#[0-9a-f]{6}", c):
            problems.append("bad colour " + c)
    actor_ids = {a["uuid"] for a in data["actors"]}
    for a in data["actors"]:
        if a["kind"] == "person" and a["colour"] is not None:
            problems.append("person %s has a colour" % a["name"])
        for r in a["represents"]:
            if r["actor"] not in actor_ids:
                problems.append("%s represents unknown actor %s" % (a["name"], r["actor"]))
            for d in (r["from"], r["until"]):
                if d is not None and not valid_date(d):
                    problems.append("bad date %r for %s" % (d, a["name"]))
            if r["from"] and r["until"]:
                n = min(len(r["from"]), len(r["until"]))
                if r["from"][:n] > r["until"][:n]:
                    problems.append("%s: %s from %s after until %s" % (
                        a["name"], r["role"], r["from"], r["until"]))
    states = [a for a in data["actors"] if a["kind"] == "state"]
    if len(states) != 195:
        problems.append("%d states, expected 195" % len(states))
    return problems


def main():
    data = build()
    problems = check(data)
    for p in problems:
        print("collision/problem:", p, file=sys.stderr)
    if problems:
        return 1
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "default-codebook.json")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
        f.write("\n")
    kinds = {}
    for a in data["actors"]:
        kinds[a["kind"]] = kinds.get(a["kind"], 0) + 1
    print("wrote %s: %d acts, %s, %d topics" % (
        out, len(data["acts"]),
        ", ".join("%d %s" % (n, k) for k, n in kinds.items()), len(data["topics"])))
    return 0


# NOTES -- strings deliberately left out because they would match the wrong
# thing or more than one actor:
#   - ISO alpha-2 codes in general; "CAR" (the word); "America" (Latin America, the Americas);
#     "Macedonia" (also the Greek region); "Congo" on DR Congo; "Congolese" on
#     the Republic of the Congo; "Dominican" on Dominica and the Dominican
#     Republic; "Central African" (a region as often as the republic);
#     "Korean"; "Brussels" on Belgium (it is the EU's metonym); "NAM" for the
#     Non-Aligned Movement (Namibia's alpha-3 code); "the Alliance" for NATO;
#     "Qin" alone for Qin Gang; "Commonwealth" alone.

if __name__ == "__main__":
    sys.exit(main())
