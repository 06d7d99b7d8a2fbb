"""The documents of the generated corpus, as data.

Markup inside paragraph strings (kept tiny on purpose):
  *words*   italic lead words (UN preambular and operative style)
  [^n]      the anchor of footnote n (its text is in "footnotes")
French typography is written as it should be read: U+00A0 inside « » and
before ":", U+202F before ";", "!" and "?". The texts are written for this
project in the style of United Nations resolutions; they are not UN documents.
"""

NBSP = "\u00a0"
NNBSP = "\u202f"

RES_FR = {
    "id": "res-fr",
    "language": "fr",
    "babel": "french",
    "layout": "resolution",
    "organ": "Assemblée générale",
    "un": "Nations Unies",
    "symbol": "A/RES/74/173",
    "distribution": "Distr. générale",
    "date_text": "22 janvier 2020",
    "date": "2020-01-22",
    "session": "Soixante-quatorzième session",
    "agenda": "Point 107 de l’ordre du jour",
    "adopted": "Résolution adoptée par l’Assemblée générale le 18 décembre 2019",
    "number": "74/173.",
    "title": "Favoriser l’assistance technique et le renforcement des capacités pour intensifier l’action nationale et la coopération internationale contre la cybercriminalité, y compris l’échange d’informations",
    "short_title": "Assistance technique et renforcement des capacités contre la cybercriminalité",
    "job": "19-22319",
    "job_first": "19-22319 (F)",
    "barcode": "*1922319*",
    "opening": "L’Assemblée générale,",
    "preamble": [
        "*Rappelant* ses résolutions 65/230 du 21 décembre 2010, 67/189 du 20 décembre 2012 et 73/186 du 17 décembre 2018, ainsi que la Déclaration de Salvador sur des stratégies globales pour faire face aux défis mondiaux[^1],",
        "*Accueillant avec satisfaction* la résolution 26/4 de la Commission pour la prévention du crime et la justice pénale, en date du 26 mai 2017[^2], dans laquelle la Commission a décidé que le Groupe intergouvernemental d’experts à composition non limitée chargé de réaliser une étude approfondie sur la cybercriminalité consacrerait ses prochaines réunions à l’examen, de manière structurée, de chacun des grands thèmes abordés dans le projet d’étude,",
        "*Accueillant également avec satisfaction* le plan de travail pour la période 2018-2021 que le Groupe d’experts a adopté à sa quatrième réunion, tenue à Vienne du 3 au 5 avril 2018,",
        "*Notant* que le Groupe d’experts consacrera sa prochaine réunion à la coopération internationale et à la prévention, compte tenu des informations figurant dans le projet d’étude approfondie, des observations formulées par les États Membres et des faits nouveaux survenus aux niveaux national et international,",
        "*Rappelant* sa résolution 73/187, dans laquelle elle a décidé d’inscrire à l’ordre du jour provisoire de sa soixante-quatorzième session la question intitulée «" + NBSP + "Lutte contre l’utilisation des technologies de l’information et des communications à des fins criminelles" + NBSP + "»,",
        "*Soulignant* qu’il faut renforcer la coordination et la coopération entre les États Membres pour lutter contre la cybercriminalité, notamment en fournissant aux pays en développement qui le demandent une assistance technique efficace afin d’améliorer la législation nationale et de renforcer les capacités des autorités nationales,",
        "*Réaffirmant* l’importance que revêt le respect des droits de l’homme et des libertés fondamentales dans l’utilisation des technologies de l’information et des communications, et considérant que la confiance du public est une condition de l’efficacité de toute action officielle" + NBSP + ":",
        "*Consciente* des difficultés qu’éprouvent les États, en particulier les pays en développement, pour conserver les preuves électroniques, obtenir des informations des fournisseurs de services et coopérer rapidement avec les autorités d’autres pays" + NNBSP + ";",
        "*Notant* que la Convention des Nations Unies contre la criminalité transnationale organisée[^3] est un outil qui peut être utilisé par les États parties pour coopérer à l’échelle internationale en vue de prévenir et de combattre la criminalité, y compris sous ses formes les plus récentes,",
        "*Rappelant également* la Déclaration de Doha sur l’intégration de la prévention de la criminalité et de la justice pénale dans le programme d’action plus large de l’Organisation des Nations Unies visant à faire face aux problèmes sociaux et économiques[^4],",
        "*Constatant avec préoccupation* que les technologies de l’information et des communications, tout en offrant d’immenses possibilités, peuvent être utilisées à des fins criminelles, et que la rapidité de leur évolution exige une coopération souple et efficace entre les États,",
        "*Considérant* que l’échange d’informations entre les autorités compétentes, dans le respect des garanties prévues par le droit interne, est essentiel pour prévenir et combattre la cybercriminalité, et qu’il convient d’en affiner les modalités,",
        "*Soulignant* le rôle que joue la Commission pour la prévention du crime et la justice pénale, en tant que principal organe directeur de l’Organisation des Nations Unies dans ce domaine, et la nécessité d’éviter les doubles emplois avec les travaux d’autres organes,",
        "*Prenant note avec satisfaction* des travaux menés par l’Office des Nations Unies contre la drogue et le crime, et de l’assistance officielle qu’il fournit aux États qui en font la demande, notamment pour affiner leurs stratégies nationales et former des spécialistes qualifiés,",
    ],
    "operative": [
        "*Prend note avec satisfaction* des travaux du Groupe d’experts et de l’accent mis sur les débats de fond entre praticiens et experts des États Membres" + NNBSP + ";",
        "*Prie* l’Office des Nations Unies contre la drogue et le crime de continuer à fournir, sur demande, une assistance technique et des services de renforcement des capacités aux États Membres, sur la base des besoins nationaux" + NNBSP + ";",
        "*Encourage* les États Membres à offrir un appui financier suffisant, au moyen de contributions volontaires, afin que l’Office puisse s’acquitter efficacement de son mandat, et invite les donateurs à affecter des fonds à des projets précis" + NNBSP + ";",
        "*Invite* les États Membres à échanger des informations sur leurs législations, leurs meilleures pratiques et leurs difficultés, notamment en ce qui concerne" + NBSP + ":",
        "(a)" + NBSP + "la collecte et la conservation des preuves électroniques" + NNBSP + ";",
        "(b)" + NBSP + "la coopération avec le secteur privé, en particulier avec les fournisseurs de services" + NNBSP + ";",
        "(c)" + NBSP + "la formation des enquêteurs, des procureurs et des juges, y compris" + NBSP + ":",
        "(i)" + NBSP + "l’organisation d’ateliers régionaux" + NNBSP + ";",
        "(ii)" + NBSP + "l’élaboration de supports de formation officiels" + NNBSP + ";",
        "*Souligne* qu’il importe de promouvoir un environnement numérique ouvert, sûr, stable, accessible et pacifique, et que les mesures de lutte contre la cybercriminalité doivent respecter le droit international" + NNBSP + ";",
        "*Décide* que le Groupe d’experts tiendra au moins une réunion par an, dans la limite des ressources disponibles, et qu’il présentera ses conclusions à la Commission à sa trentième session" + NNBSP + ";",
        "*Prie* le Secrétaire général de lui présenter, à sa soixante-quinzième session, un rapport sur l’application de la présente résolution, qui comprendra des informations sur les activités d’assistance officielles" + NNBSP + ";",
        "*Engage* les États Membres à envisager, dans le respect de leur droit interne, de désigner des points de contact disponibles en permanence afin de faciliter la coopération officielle dans les affaires urgentes" + NNBSP + ";",
        "*Invite* l’Office à continuer de recueillir des informations sur l’évolution de la situation, les progrès accomplis et les meilleures pratiques recensées, et à les diffuser largement auprès des États Membres, des organisations régionales et des autres parties intéressées" + NNBSP + ";",
        "*Souligne* l’intérêt que présentent les partenariats avec le secteur privé, les milieux universitaires et la société civile pour renforcer l’efficacité des mesures de prévention, notamment auprès des jeunes et des personnes vulnérables" + NNBSP + ";",
        "*Décide* de poursuivre l’examen de la question à sa soixante-quinzième session.",
    ],
    "closing": ["50e séance plénière", "18 décembre 2019"],
    "footnotes": {
        1: "Résolution 65/230, annexe.",
        2: "Voir Documents officiels du Conseil économique et social, 2017, Supplément no 10 (E/2017/30), chap. I, sect. D.",
        3: "Nations Unies, Recueil des Traités, vol. 2225, no 39574.",
        4: "Résolution 70/174, annexe.",
    },
}

RES_EN = {
    "id": "res-en",
    "language": "en",
    "babel": "english",
    "layout": "resolution",
    "organ": "General Assembly",
    "un": "United Nations",
    "symbol": "A/RES/74/173",
    "distribution": "Distr.: General",
    "date_text": "20 January 2020",
    "date": "2020-01-20",
    "session": "Seventy-fourth session",
    "agenda": "Agenda item 107",
    "adopted": "Resolution adopted by the General Assembly on 18 December 2019",
    "number": "74/173.",
    "title": "Promoting technical assistance and capacity-building to strengthen national measures and international cooperation to combat cybercrime, including information-sharing",
    "short_title": "Technical assistance and capacity-building to combat cybercrime",
    "job": "19-22316",
    "job_first": "19-22316 (E)",
    "barcode": "*1922316*",
    "opening": "The General Assembly,",
    "preamble": [
        "*Recalling* its resolutions 65/230 of 21 December 2010, 67/189 of 20 December 2012 and 73/186 of 17 December 2018, and the Salvador Declaration on Comprehensive Strategies for Global Challenges[^1],",
        "*Welcoming* Commission on Crime Prevention and Criminal Justice resolution 26/4 of 26 May 2017[^2], in which the Commission decided that the open-ended intergovernmental expert group to conduct a comprehensive study on cybercrime would dedicate its future meetings to examining, in a structured manner, each of the main issues dealt with in the draft study,",
        "*Welcoming also* the workplan for the period 2018-2021 adopted by the Expert Group at its fourth meeting, held in Vienna from 3 to 5 April 2018,",
        "*Noting* that the Expert Group will dedicate its next meeting to international cooperation and prevention, taking into account the information contained in the draft comprehensive study, the comments made by Member States and the developments at the national and international levels,",
        "*Recalling* its resolution 73/187, in which it decided to include in the provisional agenda of its seventy-fourth session an item entitled “Countering the use of information and communications technologies for criminal purposes”,",
        "*Stressing* the need to enhance coordination and cooperation among Member States in combating cybercrime, including by providing technical assistance to developing countries, upon request, to improve national legislation and to build the capacity of national authorities, and stressing also the need for efficient, well-resourced follow-up,",
        "*Reaffirming* the importance of respect for human rights and fundamental freedoms in the use of information and communications technologies, and recognizing that public confidence is a condition for the effectiveness of official action,",
        "*Conscious* of the difficulties faced by States, in particular developing countries, in preserving electronic evidence, obtaining information from service providers and cooperating swiftly with the authorities of other countries,",
        "*Noting* that the United Nations Convention against Transnational Organized Crime[^3] is a tool that can be used by States parties to cooperate at the international level in preventing and combating crime, including in its most recent forms,",
        "*Recalling also* the Doha Declaration on Integrating Crime Prevention and Criminal Justice into the Wider United Nations Agenda to Address Social and Economic Challenges and to Promote the Rule of Law at the National and International Levels[^4],",
        "*Noting with concern* that information and communications technologies, while offering immense opportunities, can be used for criminal purposes, and that their rapid evolution requires flexible and effective cooperation among States,",
        "*Considering* that the exchange of information among competent authorities, in accordance with the safeguards provided for in domestic law, is essential to prevent and combat cybercrime, and that its modalities should be refined,",
        "*Stressing* the role of the Commission on Crime Prevention and Criminal Justice as the principal policymaking body of the United Nations in this field, and the need to avoid duplication with the work of other bodies,",
        "*Taking note with appreciation* of the work of the United Nations Office on Drugs and Crime, and of the official assistance that it provides to requesting States, including to refine their national strategies and to train qualified specialists,",
    ],
    "operative": [
        "*Takes note with appreciation* of the work of the Expert Group and of the focus on substantive discussions among practitioners and experts from Member States;",
        "*Requests* the United Nations Office on Drugs and Crime to continue to provide, upon request, technical assistance and capacity-building to Member States on the basis of national needs, with a view to strengthening follow-up and sustained efficiency;",
        "*Encourages* Member States to provide sufficient financial support, through voluntary contributions, so that the Office can effectively fulfil its mandate, and invites donors to allocate funds to specific projects;",
        "*Invites* Member States to share information on their legislation, best practices and difficulties, in particular with regard to:",
        "(a) the collection and preservation of electronic evidence;",
        "(b) cooperation with the private sector, in particular with service providers;",
        "(c) the training of investigators, prosecutors and judges, including:",
        "(i) the organization of regional workshops;",
        "(ii) the development of official training materials;",
        "*Stresses* the importance of promoting an open, secure, stable, accessible and peaceful digital environment, and that measures to combat cybercrime must comply with international law;",
        "*Decides* that the Expert Group shall hold at least one meeting per year, within existing resources, and shall report its conclusions to the Commission at its thirtieth session;",
        "*Requests* the Secretary-General to submit to it at its seventy-fifth session a report on the implementation of the present resolution, including information on official assistance activities and their follow-up;",
        "*Urges* Member States to consider, in accordance with their domestic law, designating contact points available around the clock in order to facilitate official cooperation in urgent cases;",
        "*Invites* the Office to continue to collect information on new developments, progress made and best practices identified, and to disseminate it widely among Member States, regional organizations and other interested parties, including through a well-designed online platform;",
        "*Stresses* the value of partnerships with the private sector, academia and civil society in strengthening the effectiveness of prevention measures, in particular among young people and vulnerable persons, and in ensuring an efficient and affordable follow-up;",
        "*Decides* to continue its consideration of the question at its seventy-fifth session.",
    ],
    "closing": ["50th plenary meeting", "18 December 2019"],
    "footnotes": {
        1: "Resolution 65/230, annex.",
        2: "See Official Records of the Economic and Social Council, 2017, Supplement No. 10 (E/2017/30), chap. I, sect. D.",
        3: "United Nations, Treaty Series, vol. 2225, No. 39574.",
        4: "Resolution 70/174, annex.",
    },
}

REPORT_EN_2COL = {
    "id": "report-en-2col",
    "language": "en",
    "babel": "english",
    "layout": "twocolumn",
    "organ": "Economic and Social Council",
    "un": "United Nations",
    "symbol": "E/CN.15/2021/2",
    "distribution": "Distr.: General",
    "date_text": "4 March 2021",
    "date": "2021-03-04",
    "session": "Thirtieth session",
    "agenda": "Item 5 of the provisional agenda",
    "adopted": "Report of the Secretary-General",
    "number": "",
    "title": "World crime trends and emerging issues and responses in the field of crime prevention and criminal justice",
    "short_title": "World crime trends and emerging issues",
    "job": "21-03158",
    "job_first": "21-03158 (E)",
    "barcode": "*2103158*",
    "opening": "",
    "sections": [
        ("I. Introduction", [
            "The present report provides an overview of global crime trends, based on data submitted by Member States through the United Nations Survey of Crime Trends and Operations of Criminal Justice Systems[^1], and on other official sources.",
            "It also reviews emerging issues, including the effects of the pandemic on crime and on the functioning of criminal justice systems, and the responses of Member States, with particular attention to capacity-building and the efficient use of limited resources.",
        ]),
        ("II. Global crime trends", [
            "Data for the period 2015-2019 show that intentional homicide declined slightly at the global level, although the rate remained high in several subregions. Firearms were used in more than half of all homicides in the Americas, while sharp objects were more common elsewhere.",
            "Recorded offences of fraud and cybercrime increased in most countries that reported data, reflecting both a real increase and the growing capacity of the police to identify such offences. The official statistics of many States, however, do not yet distinguish offences committed online.",
            "The number of persons held in prison continued to grow, and about one third of all prisoners were held without a final sentence. Overcrowding affected more than half of the countries with available data[^2], with serious consequences for health and for the effectiveness of rehabilitation programmes.",
        ]),
        ("III. Emerging issues", [
            "During the pandemic, restrictions on movement were followed by a short-term decline in street crime and burglary, but by an increase in domestic violence and in the sexual exploitation of children online. Traffickers adapted quickly, shifting recruitment to social media.",
            "Criminal justice systems faced difficulties in holding hearings, in ensuring access to legal aid and in protecting detainees. Several Member States introduced remote hearings, alternatives to detention and the early release of prisoners at low risk of reoffending.",
            "Environmental crime, including the illegal trade in wildlife, timber and waste, remained a major source of profit for organized criminal groups. Its financial flows are difficult to detect, and cooperation between customs, police and financial intelligence units is essential.",
        ]),
        ("IV. Responses of Member States", [
            "Many Member States reported new legislation on cybercrime, on the protection of victims and witnesses and on the confiscation of the proceeds of crime. Several States established specialized units to investigate offences committed online and to handle electronic evidence.",
            "Regional cooperation was strengthened through joint investigation teams, the exchange of liaison officers and shared training programmes. Some States noted the difficulty of obtaining timely responses to requests for mutual legal assistance, in particular where data were held abroad.",
            "Efforts to prevent crime focused on young people, on urban safety and on the reintegration of offenders. Programmes that combined education, employment and mentoring were reported to be the most effective, although few had been evaluated rigorously.",
            "A number of States described measures to reduce the use of pretrial detention, such as bail reform, electronic monitoring and the diversion of minor offenders to community-based programmes, with positive effects on prison overcrowding.",
        ]),
        ("V. Technical assistance", [
            "The United Nations Office on Drugs and Crime provided technical assistance to more than 100 countries, covering legislative drafting, the training of practitioners and the development of national strategies. Demand for assistance on cybercrime and on financial investigations grew markedly.",
            "The Office also supported Member States in improving their crime statistics, including through the implementation of the International Classification of Crime for Statistical Purposes and the conduct of victimization surveys, which provide information on crimes not reported to the police.",
        ]),
        ("VI. Conclusions and recommendations", [
            "Member States may wish to strengthen the collection of data on crime and criminal justice, in line with the International Classification of Crime for Statistical Purposes, and to make official data available in a timely manner.",
            "Member States may also wish to invest in the capacity of criminal justice institutions to respond to crime committed online, to ensure the efficient use of electronic evidence and to cooperate across borders, with the support of the United Nations Office on Drugs and Crime.",
        ]),
    ],
    "footnotes": {
        1: "Available at the website of the United Nations Office on Drugs and Crime.",
        2: "Data were available for 112 countries.",
    },
}

# A one-column report with a budget table: rows of a label and amounts,
# right-aligned, as the performance reports of peacekeeping missions set
# them. A section entry that is a dict is a table: its caption (a paragraph
# of its own) and its rows, the first the column heads. Made clean only:
# it is there for table structure, which the damage variants of the other
# documents already cover for text.
REPORT_EN_TABLE = {
    "id": "report-en-table",
    "language": "en",
    "babel": "english",
    "layout": "report",
    "variants": ["clean"],
    "organ": "General Assembly",
    "un": "United Nations",
    "symbol": "A/79/612",
    "distribution": "Distr.: General",
    "date_text": "14 November 2024",
    "date": "2024-11-14",
    "session": "Seventy-ninth session",
    "agenda": "Agenda item 150",
    "adopted": "Report of the Secretary-General",
    "number": "",
    "title": "Budget performance of the United Nations Interim Security Force for the period from 1 July 2023 to 30 June 2024",
    "short_title": "Budget performance of the Interim Security Force",
    "job": "24-21407",
    "job_first": "24-21407 (E)",
    "barcode": "*2421407*",
    "opening": "",
    "sections": [
        ("I. Introduction", [
            "The present report contains the budget performance of the Force for the period from 1 July 2023 to 30 June 2024. The approved budget of the Force amounted to 202.8 million dollars gross, and expenditure for the period amounted to 164.8 million dollars gross[^1].",
            "The report sets out the resources approved and used, by category of expenditure, and explains the main variances between them. It also describes the support provided to the Force by the Regional Service Centre and by United Nations Headquarters.",
        ]),
        ("II. Financial resources", [
            "Expenditure was lower than the apportionment mainly because of the earlier-than-planned repatriation of military contingents and the vacancy rates of civilian staff, which were higher than budgeted. The table below shows the resources by category.",
            {"caption": "Table 1. Financial resources, by category (thousands of United States dollars)",
             "rows": [
                 ["Category", "Apportionment", "Expenditure", "Variance", "Percentage"],
                 ["Military contingents", "28 587.8", "42 703.7", "(14 115.9)", "(49.4)"],
                 ["United Nations police", "246.7", "147.1", "99.6", "40.4"],
                 ["Formed police units", "8 504.5", "5 591.7", "2 912.8", "34.3"],
                 ["International staff", "57 878.3", "35 920.4", "21 957.9", "37.9"],
                 ["National staff", "5 279.1", "5 825.5", "(546.4)", "(10.4)"],
                 ["Official travel", "2 956.9", "803.3", "2 153.6", "72.8"],
                 ["Facilities and infrastructure", "10 390.1", "9 596.9", "793.2", "7.6"],
                 ["Air operations", "4 052.6", "5 470.3", "(1 417.7)", "(35.0)"],
                 ["Total requirements", "202 783.5", "164 805.9", "37 977.6", "18.7"],
             ]},
            "The higher expenditure on military contingents reflects provisions for the reimbursement of troop-contributing countries for equipment abandoned or destroyed during the withdrawal, and for pending claims from commercial vendors.",
        ]),
        ("III. Actions to be taken by the General Assembly", [
            "The General Assembly is invited to decide on the treatment of the unencumbered balance of 37,977,600 dollars with respect to the period from 1 July 2023 to 30 June 2024.",
        ]),
    ],
    "footnotes": {
        1: "The detailed expenditure by object of expenditure is available to the Advisory Committee on Administrative and Budgetary Questions.",
    },
}

DOCUMENTS = [RES_FR, RES_EN, REPORT_EN_2COL, REPORT_EN_TABLE]
