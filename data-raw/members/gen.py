import csv
ARCH = ('On April 4, 1949, Secretary of State Dean Acheson and the foreign ministers of Canada, and 10 Western European nations (Belgium, Denmark, France, Great Britain, Iceland, Italy, Luxembourg, the Netherlands, Norway, and Portugal) gathered in Washington, DC, to sign the North Atlantic Treaty.')
rows = []
def add(code, joined, founding, notes, sources, evidence):
    rows.append(dict(code=code, joined=joined, founding=founding, notes=notes, sources=sources, evidence=evidence))
NAMES={'BEL':'Belgium','DNK':'Denmark','FRA':'France','GBR':'Great Britain','ISL':'Iceland','ITA':'Italy','LUX':'Luxembourg','NLD':'the Netherlands','NOR':'Norway','PRT':'Portugal'}
def arch(c):
    if c=='USA': return 'On April 4, 1949, Secretary of State Dean Acheson and the foreign ministers of Canada, and 10 Western European nations (…) gathered in Washington, DC, to sign the North Atlantic Treaty.'
    if c=='CAN': return 'On April 4, 1949, Secretary of State Dean Acheson and the foreign ministers of Canada, and 10 Western European nations (…) gathered in Washington, DC, to sign the North Atlantic Treaty.'
    return 'On April 4, 1949, Secretary of State Dean Acheson and the foreign ministers of Canada, and 10 Western European nations (… %s …) gathered in Washington, DC, to sign the North Atlantic Treaty.' % NAMES[c]
for c in ['BEL','CAN','DNK','ITA','LUX','NLD','PRT','GBR','USA']:
    add(c,'1949-04-04','true','','archives-north-atlantic-treaty',arch(c))
add('FRA','1949-04-04','true',
    "France withdrew its forces from NATO's integrated military command in 1966 while remaining in the Alliance; in March 2009 its President announced that it would rejoin the command.",
    'archives-north-atlantic-treaty;dw-2009-france-reintegration;sduniontribune-2009-france-rejoin',
    arch('FRA') + ' | General Charles de Gaulle withdrew French forces from NATO\'s command in 1966 | President Nicolas Sarkozy announced yesterday that France intends to become a full member of NATO, 43 years after Charles de Gaulle pulled France out of the alliance\'s military command')
add('ISL','1949-04-04','true',
    "Iceland keeps no standing army; it takes part in NATO operations with civilian personnel and financial contributions.",
    'archives-north-atlantic-treaty;iceland-gov-nato',
    arch('ISL') + " | While having no standing army, Iceland contributes to NATO operations with both financial contributions and civil personnel.")
add('NOR','1949-04-04','true',
    "Norway made large troop contributions to NATO's operations in the Balkans; the Ministry's 2007 article that says so names no operation, date or figure.",
    'archives-north-atlantic-treaty;regjeringen-2007-norway-member',
    arch('NOR') + " | Norway made large troop contributions to operations in the Balkans")
NATO60 = ('Sixty years ago, on 18 February 1952, Greece and Turkey became members of the North Atlantic Treaty Organization. | became members on the date of deposit of the instruments of accession with the Government of the United States of America, 18 February 1952.')
add('GRC','1952-02-18','false',
    "Greece left NATO's military wing in August 1974, in protest at Turkey's invasion of Cyprus, and accepted a plan to rejoin it in October 1980.",
    'nato-2012-greece-turkey-60-years;csmonitor-1980-greece-rejoins;paperspast-1980-greeks-rejoin',
    NATO60 + " | Greece pulled out of NATO's military wing in August 1974 to protest Turkey's invasion of Cyprus. | Greece has accepted a proposal to rejoin the military wing of the North Atlantic Treaty Organization.")
add('TUR','1952-02-18','false','','nato-2012-greece-turkey-60-years',NATO60)
add('DEU','1955-05-06','false',
    "Joined as the Federal Republic of Germany (West Germany). Germany was unified on 3 October 1990, a day NATO's Secretary General called a landmark in the Alliance's history.",
    'nato-2015-erdmann-germany;nato-declassified-german-reunification;worldhistorycommons-woerner-1990',
    "On 6 May 1955, a mere six years after NATO was founded, Germany became the Alliance's 15th member country. | NATO welcomed West Germany as a member on 6 May 1955 | Today, the 3rd of October 1990, is a decisive landmark in the history of our Alliance.")
add('ESP','1982-05-30','false',
    "A referendum on 12 March 1986 kept Spain in the Alliance on terms that left it outside the integrated military structure; on 14 November 1996 its parliament endorsed full participation in the Alliance's new military structure, a vote the Secretary General welcomed in NATO Review in January 1997.",
    'elpais-1982-spain-joins;sispain-atlantic-alliance;nato-declassified-spain;solana-1997-spain-vote;nato-1996-p96-172e',
    "España se convirtió ayer en el decimosexto miembro de la OTAN al haber entregado en Washington el documento de adhesión. | On May 30th, 1982, under the UCD Government, Spain deposited in Washington the instrument of accession to NATO, and thus became a member. | On March 12th, 1986, the referendum was held | I warmly welcome the vote by the Spanish Parliament on 14 November endorsing the Government's decision to participate fully in the renovated Atlantic Alliance | the decision of the Government of Spain, endorsed by the Spanish Parliament on 14th November 1996, to take the necessary steps to participate in the Alliance's new structure")
D99 = "The North Atlantic Treaty Organization accepted the Czech Republic, Hungary and Poland as its newest members March 12 during accession ceremonies at the Truman Presidential Library in Independence, Mo."
for c in ['CZE','HUN','POL']:
    add(c,'1999-03-12','false','','defense-gov-1999-new-members',D99)
SI = "Chief of state of Slovenia, Estonia, Lithuania, Latvia, Bulgaria, Romania and Slovakia have deposited their North Atlantic Treaty ratification documents on 29 March 2004, thereby officially becoming members of the Alliance."
INV = "the invited states shall become Parties to that Treaty on the date of the deposit of their instruments of accession with the Government of the United States of America."
for c in ['EST','LVA','LTU','ROU','SVK','SVN']:
    add(c,'2004-03-29','false','','nato-gov-si-2004-accession;nato-2004-invitation-statement',SI)
add('BGR','2004-03-29','false','','nato-gov-si-2004-accession;bta-2004-bulgaria;nato-2004-invitation-statement',
    SI+" | On March 29, 2004, Bulgaria became a full NATO member.")
AC = "In a joint ceremony at the State Department April 1, representatives from Albania and Croatia deposited instruments of accession to the North Atlantic Treaty, becoming the 27th and 28th members of the alliance."
for c in ['ALB','HRV']:
    add(c,'2009-04-01','false','','america-gov-2009-albania-croatia',AC)
add('MNE','2017-06-05','false','','albania-delegation-2017-montenegro',
    "Montenegro became NATO's newest member on Monday (5 June 2017), upon depositing its instrument of accession to the North Atlantic Treaty with the US State Department in Washington DC.")
add('MKD','2020-03-27','false','','mia-2020-north-macedonia',
    "Washington, 27 March 2020 (MIA) – The United States, as a treaty depositary, received the Republic of North Macedonia's instrument of accession to the North Atlantic Treaty, making North Macedonia the 30th NATO Ally")
add('FIN','2023-04-04','false','','state-2023-blinken-finland-accession;romaniajournal-2023-finland',
    "it's my great pleasure to deposit with the Secretary of State of the United States of America Finland's Instrument of Accession to the North Atlantic Treaty. | with receipt of this Instrument of Accession, we can now declare that Finland is the 31st member of the North Atlantic Treaty. | Finland became the 31st member of the North Atlantic Alliance on Tuesday")
add('SWE','2024-03-07','false','','adnradio-2024-sweden;anews-2024-sweden',
    "during a ceremony at the US State Department, as Sweden formally joins the North Atlantic alliance, in Washington, DC, on March 7, 2024. | Swedish Prime Minister Ulf Kristersson has handed over Sweden's instruments of accession to NATO to US Secretary of State Antony Blinken at a ceremony in Washington.")
order = ['BEL','CAN','DNK','FRA','ISL','ITA','LUX','NLD','NOR','PRT','GBR','USA','GRC','TUR','DEU','ESP','CZE','HUN','POL','BGR','EST','LVA','LTU','ROU','SVK','SVN','ALB','HRV','MNE','MKD','FIN','SWE']
rows.sort(key=lambda r: order.index(r['code']))
assert len(rows)==32
with open('members.csv','w',newline='') as f:
    w=csv.DictWriter(f,fieldnames=['code','joined','founding','notes','sources','evidence'],lineterminator='\n'); w.writeheader(); w.writerows(rows)
with open('alliance.csv','w',newline='') as f:
    w=csv.writer(f,lineterminator='\n'); w.writerow(['name','abbreviation','founded','headquarters','sources','evidence'])
    w.writerow(['North Atlantic Treaty Organization','NATO','1949-04-04','Brussels','archives-north-atlantic-treaty;nato-hq-topic',
      'On April 4, 1949, Secretary of State Dean Acheson and the foreign ministers of Canada, and 10 Western European nations (…) gathered in Washington, DC, to sign the North Atlantic Treaty. | The Headquarters is located at Boulevard Leopold III, 1110 Brussels, Belgium, on the northeast perimeter of the city.'])
S = [
 ('archives-north-atlantic-treaty','The North Atlantic Treaty','U.S. National Archives','https://archives.gov/exhibits/featured-documents/north-atlantic-treaty','','false','government',''),
 ('nato-hq-topic','NATO Headquarters','NATO','https://www.nato.int/cps/en/natohq/topics_49284.htm?selectedLocale=uk','2010-10-27','false','nato',''),
 ('dw-2009-france-reintegration','France Set for Reintegration in NATO Military Command','Deutsche Welle','http://www.dw.com/en/france-set-for-reintegration-in-nato-military-command/a-4007810','2009-02-06','false','press',''),
 ('sduniontribune-2009-france-rejoin','France to rejoin NATO command','The San Diego Union-Tribune','http://www.sandiegouniontribune.com/sdut-1n12france233733-france-rejoin-nato-command-2009mar12-story.html','2009-03-12','false','press',''),
 ('iceland-gov-nato','Iceland and NATO','Government of Iceland','https://www.iceland.is/iceland-abroad/nato/iceland-and-nato/','','false','government',''),
 ('regjeringen-2007-norway-member','Norway - a Member since the Alliance was established','Ministry of Foreign Affairs of Norway','https://regjeringen.no/en/historical-archive/Stoltenbergs-2nd-Government/Ministry-of-Foreign-Affairs/tema-og-redaksjonelt-innhold/kampanjesider/2007/nato07main/nato/member/id458942','2007-03-29','false','government',''),
 ('nato-2012-greece-turkey-60-years','Marking 60 years of membership','NATO','https://www.nato.int/cps/en/natohq/news_84445.htm','2012-02-18','false','nato',''),
 ('csmonitor-1980-greece-rejoins','Greece OKs plan to rejoin military wing of NATO','The Christian Science Monitor','https://csmonitor.com/1980/1020/102025.html','1980-10-20','false','press',''),
 ('paperspast-1980-greeks-rejoin','Greeks rejoin N.A.T.O. forces','The Press (Christchurch), via Papers Past','https://paperspast.natlib.govt.nz/newspapers/CHP19801021.2.95','1980-10-21','false','press',''),
 ('nato-2015-erdmann-germany','Address by Ambassador Martin Erdmann','NATO','https://www.nato.int/cps/en/natohq/opinions_120398.htm','2015-06-03','false','nato',''),
 ('nato-declassified-german-reunification','German reunification','NATO','https://www.nato.int/cps/en/natohq/declassified_136311.htm','','false','nato',''),
 ('worldhistorycommons-woerner-1990','NATO celebrates German Reunification (Address to the North Atlantic Council on the occasion of German Unification, Secretary General Manfred Wörner)','World History Commons','https://worldhistorycommons.org/nato-celebrates-german-reunification','','false','institute',''),
 ('elpais-1982-spain-joins','España es, desde las 16.20 horas de ayer, el 16 miembro de la OTAN','El País','https://elpais.com/diario/1982/05/31/espana/391644001_850215.html','1982-05-31','false','press',''),
 ('sispain-atlantic-alliance','The Atlantic Alliance','sispain.org','http://www.sispain.org/english/foreign/atlantic.html','','false','other',''),
 ('nato-declassified-spain','Spain and NATO','NATO','https://www.nato.int/cps/en/natohq/declassified_195140.htm','','false','nato',''),
 ('solana-1997-spain-vote',"Statement by NATO Secretary General Javier Solana on the Spanish Parliament's vote",'NATO Review','https://www.nato.int/docu/review/1997/9701-c.htm','1997-01','false','nato',''),
 ('nato-1996-p96-172e','Final Communiqué, Meeting of the North Atlantic Council in Defence Ministers Session (Press Communiqué M-NAC(DM)-3(96)172)','NATO','https://www.nato.int/docu/pr/1996/p96-172e.htm','1996-12-18','false','nato',''),
 ('defense-gov-1999-new-members','Poles, Hungarians, Czechs Join NATO Fold','U.S. Department of Defense (American Forces Press Service)','http://www.defense.gov/news/newsarticle.aspx?id=42006','1999-03-16','false','government',''),
 ('nato-gov-si-2004-accession','Welcome Ceremony for New Member States, 29 March 2004, Washington','Government of Slovenia (NATO accession website)','http://nato.gov.si/eng/events/2004-03-29-washington/','','false','government',''),
 ('bta-2004-bulgaria','March 29, 2004: Bulgaria Becomes Full NATO Member','BTA (Bulgarian News Agency)','https://bta.bg/en/news/861792-march-29-2004-bulgaria-becomes-full-nato-member','','false','agency',''),
 ('nato-2004-invitation-statement','Statement by the Secretary General','NATO','https://www.nato.int/docu/pr/2004/p04-028e.htm','2004-03-02','false','nato',''),
 ('america-gov-2009-albania-croatia','Albania and Croatia Join NATO','America.gov (U.S. Department of State)','http://www.america.gov/st/peacesec-english/2009/April/20090401130205dmslahrellek0.6114008.html','2009-04-01','false','government','UNT web archive: https://webarchive.library.unt.edu/eot2008/20090512114922/http://www.america.gov/st/peacesec-english/2009/April/20090401130205dmslahrellek0.6114008.html'),
 ('albania-delegation-2017-montenegro',"Montenegro joins NATO as 29th Ally",'Permanent Delegation of Albania to NATO (reposting NATO news)','https://ambasadat.gov.al/otan/en/montenegro-joins-nato-29th-ally','','false','government',''),
 ('mia-2020-north-macedonia',"Pompeo: North Macedonia becomes NATO's 30th Ally",'MIA (Macedonian Information Agency)','https://mia.mk/pompeo-north-macedonia-becomes-nato-s-30th-ally/?lang=en','2020-03-27','false','agency',''),
 ('state-2023-blinken-finland-accession',"Secretary Antony J. Blinken at Finland's NATO Instruments of Accession Ceremony",'U.S. Department of State (transcript)','https://www.einpresswire.com/article/626059468/secretary-antony-j-blinken-at-finland-s-nato-instruments-of-accession-ceremony','2023-04-04','false','government',''),
 ('romaniajournal-2023-finland','Finland officially became the 31st member of NATO','Romania Journal','https://www.romaniajournal.ro/politics/finland-officially-became-the-31st-member-of-nato/','2023-04-04','false','press',''),
 ('adnradio-2024-sweden','Golpe geopolítico para Rusia: Suecia ingresa formalmente a la OTAN (AFP photo caption)','ADN Radio (AFP)','https://www.adnradio.cl/2024/03/07/golpe-geopolitico-para-rusia-suecia-ingresa-formalmente-a-la-otan/','2024-03-07','false','press',''),
 ('anews-2024-sweden','Sweden officially becomes 32nd member of NATO','A News','https://www.anews.com.tr/world/2024/03/07/sweden-officially-becomes-32nd-member-of-nato','2024-03-07','false','press',''),
]
with open('sources.csv','w',newline='') as f:
    w=csv.writer(f,lineterminator='\n'); w.writerow(['id','title','publisher','url','published','complete','rank','via']); w.writerows(S)
ids={s[0] for s in S}
for r in rows:
    for s in r['sources'].split(';'): assert s in ids, s
    ranks=[next(x[6] for x in S if x[0]==s) for s in r['sources'].split(';')]
    assert any(k!='other' for k in ranks), r['code']
print('ok')
