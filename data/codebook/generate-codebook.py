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
     [("organisation", "eu", "High Representative for Foreign Affairs and Security Policy",
       "2019-12-01", "2024-11-30")]),
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
    ("China's 12-point peace plan", None,
     "China's Position on the Political Settlement of the Ukraine Crisis, "
     "the twelve-point paper published on 24 February 2023."),
    ("China's impartiality", None, None),
    ("China's peace position", None, None),
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

    for name, aliases, reps in PERSONS:
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
    for a in data["actors"]:
        for r in a["represents"]:
            for d in (r["from"], r["until"]):
                if d is not None and not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", d):
                    problems.append("bad date %r for %s" % (d, a["name"]))
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
