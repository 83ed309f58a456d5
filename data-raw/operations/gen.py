"""Writes operations.csv and sources.csv of this family from the quotes below (kept so the
quoting can be checked; not part of the build)."""
import csv
PKG = '/work/wt-ops/src/natodata/data/operations.csv'
old = {r['code']: r for r in csv.DictReader(open(PKG))}

S = {}  # id -> (title, publisher, url, published, rank, via)
def src(i, title, pub, url, published='', rank='nato', via=''):
    S[i] = (title, pub, url, published, rank, via)

rows = []
def op(code, start, end, sources, evidence, mandate=None, description=None, name=None, pred=None, succ=None):
    r = dict(old[code])
    r['start'], r['end'] = start, end
    r['sources'] = ';'.join(sources)
    r['evidence'] = ' | '.join(evidence)
    if mandate is not None: r['mandate'] = mandate
    if description is not None: r['description'] = description
    if name is not None: r['name'] = name
    if pred is not None: r['predecessor'] = pred
    if succ is not None: r['successor'] = succ
    rows.append(r)

CA = 'Government of Canada, National Defence (Directorate of History and Heritage)'
CAURL = 'https://www.canada.ca/en/department-national-defence/services/military-history/history-heritage/past-operations/'
NL = 'Netherlands Ministry of Defence'
NLURL = 'https://english.defensie.nl/topics/historical-missions/mission-overview/'

# --- Anchor Guard
src('canada-anchor-guard-html', 'Operation ANCHOR GUARD (page heading: International Operation Name: Operation ANCHOR GUARD)', CA, CAURL + 'europe/anchor-guard.html', rank='government')
op('OANG', '1990-08-08', '1991-02-28', ['canada-anchor-guard-html'],
   ['Mandating Organization: North Atlantic Treaty Organisation', 'Mission Date: 8 August 1990 - 28 February 1991'])

# --- Maritime Monitor / Maritime Guard / Sharp Guard
src('canada-maritime-monitor-sharp-vigilance-html', 'Operation MARITIME MONITOR', CA, CAURL + 'europe/maritime-monitor-sharp-vigilance.html', rank='government')
src('canada-maritime-guard-html', 'Operation MARITIME GUARD (page heading: International Operation Name: Operation MARITIME GUARD)', CA, CAURL + 'europe/maritime-guard.html', rank='government')
src('nato-1992-c920710a-htm', 'Statement on NATO Maritime Operations (North Atlantic Council Ministerial Session, Helsinki; with notes on NAC statements of 18 and 20 November 1992)', 'NATO', 'https://www.nato.int/docu/comm/49-95/c920710a.htm', '1992-07-10')
op('OMM', '1992-07-16', '1992-11-22', ['canada-maritime-monitor-sharp-vigilance-html', 'nato-1992-c920710a-htm', 'canada-maritime-guard-html'],
   ['Mission Date: 16 July 1992 - 22 November 1992',
    'On 10 July 1992, the foreign ministers of the North Atlantic Alliance agreed to a NATO contribution in support of the two Security Council resolutions under the name Operation MARITIME MONITOR.'])
op('OMG', '1992-11-22', '1993-06-15', ['canada-maritime-guard-html', 'nato-1992-c920710a-htm'],
   ['Mission Date: 22 November 1992 - 15 June 1993',
    'At 1600 hours, 22 November, those NATO forces participating in Operation MARITIME MONITOR were directed to start the new operation - Operation MARITIME GUARD.',
    'Operations Maritime Guard and Sharp Fence ended on 15 June 1993 when NATO began Operation SHARP GUARD'])
src('nato-news-24911-htm', "Opération Sharp Guard : Suspension des opérations de contrôle", 'NATO', 'https://www.nato.int/cps/en/natohq/news_24911.htm?selectedLocale=fr')
src('planken-termination', 'Termination Of Operation Sharp Guard', 'planken.org (private Balkans archive)', 'https://planken.org/balkans/unprofor/operation-sharp-guard/termination', rank='other')
op('OSGD', '1993-06-15', '1996-10-02', ['canada-maritime-guard-html', 'nato-news-24911-htm', 'planken-termination'],
   ['Operations Maritime Guard and Sharp Fence ended on 15 June 1993 when NATO began Operation SHARP GUARD, the joint NATO - WEU enforcement operation.',
    "l'opération SHARP GUARD a été suspendue aujourd'hui conformément aux directives des Conseils de l'OTAN et de l'UEO",
    'On 2 October 1996 NATO and WEU announced that, following the UN decision, Operation Sharp Guard was terminated'],
   mandate='UNSCR 713;UNSCR 757;UNSCR 787;UNSCR 820;joint direction of the NATO and WEU Councils;terminated after the UN lifted the sanctions')

# --- Sky Monitor, Deny Flight, Deliberate Force
src('canada-sky-monitor-html', 'Operation SKY MONITOR (page heading: International Operation Name: Operation SKY MONITOR)', CA, CAURL + 'europe/sky-monitor.html', rank='government')
src('afhistory-1992-nato-operation-sky-monitor', '1992 - NATO Operation Sky Monitor', 'US Air Force Historical Support Division', 'https://www.afhistory.af.mil/FAQs/Fact-Sheets/Article/459002/1992-nato-operation-sky-monitor/', rank='government')
op('OSM', '1992-10-16', '1993-04-12', ['canada-sky-monitor-html', 'afhistory-1992-nato-operation-sky-monitor'],
   ['Mission Date: 16 October 1992 - 12 April 1993', "Commencing 16 October, this new operation became NATO's Operation Sky Monitor."])
src('atlanticcouncil-natos-first-combat-action-occurred-18-years', "NATO's first combat action occurred 18 years ago today over Bosnia", 'Atlantic Council (NATOSource blog, quoting U.S. European Command)', 'https://www.atlanticcouncil.org/blogs/natosource/natos-first-combat-action-occurred-18-years-ago-today-over-bosnia/', rank='institute')
src('planken-chronology-unprofor-1993', 'UNPROFOR chronology 1993', 'planken.org (private Balkans archive)', 'https://planken.org/balkans/chronology/unprofor/1993', rank='other')
src('itjenestefornorge-deny-flight', 'Operation Deny Flight', 'itjenestefornorge.no', 'https://www.itjenestefornorge.no/operasjoner/operation-deny-flight', rank='other')
op('ODF', '1993-04-12', '1995-12-20', ['atlanticcouncil-natos-first-combat-action-occurred-18-years', 'planken-chronology-unprofor-1993', 'itjenestefornorge-deny-flight'],
   ['Operation Deny Flight was a NATO operation that began on April 12, 1993 as the enforcement of a United Nations  no-fly zone over Bosnia and Herzegovina.',
    'by its end on Dec. 20, 1995, NATO pilots had flown 100,420 sorties.'])
src('nato-2005-e0830a-htm', 'Operation Deliberate Force: Ten years on', 'NATO (NATO Update)', 'https://www.nato.int/docu/update/2005/08-august/e0830a.htm', '2005-08-30')
src('shape-page2148131729', "that the Kosovo Air Campaign of 1999 was not NATO's first air campaign of attacks against ground targets?", 'SHAPE (NATO)', 'https://shape.nato.int/page2148131729')
src('afhistory-1995-operation-deliberate-force', '1995 - Operation Deliberate Force', 'US Air Force Historical Support Division', 'https://www.afhistory.af.mil/FAQs/Fact-Sheets/Article/459000/1995-operation-deliberate-force/', rank='government')
op('ODLF', '1995-08-30', '1995-09-14', ['nato-2005-e0830a-htm', 'shape-page2148131729', 'afhistory-1995-operation-deliberate-force'],
   ['Early in the morning of 30 August 1995 NATO aircraft launched a series of precision strikes against selected targets in Serb-held Bosnia and Herzegovina.',
    'NATO aircraft then carried out Operation DELIBERATE FORCE from 5-14 September 1995',
    'The NATO air campaign ended on Sep. 20, 1995, after the Bosnian Serb forces sued for peace.'],
   mandate='UN Security Council resolutions on the UN-declared safe areas',
   description="NATO's first sustained air campaign, striking Bosnian Serb military targets after attacks on UN safe areas; it helped push the parties toward the Dayton negotiations. NATO dates its start to 30 August 1995; SHAPE names 30-31 August Operation Deadeye and dates Deliberate Force proper to 5-14 September, and the US Air Force's historians end the campaign on 20 September.")

# --- IFOR, SFOR
src('nato-2015-news-125737-htm', 'NATO marks 20 year anniversary of IFOR peacekeeping mission', 'NATO', 'https://www.nato.int/cps/en/natohq/news_125737.htm', '2015-12-18')
src('nato-handbook-2001-hb05010303f', "Manuel de l'OTAN 2001: la SFOR (chapitre 5)", 'NATO', 'https://www.nato.int/docu/manuel/2001/hb05010303f.htm', '2001')
src('nl-mod-ifor-sfor-eufor', 'Implementation Force (IFOR), Stabilization Force (SFOR) and European Force (EUFOR)', NL, NLURL + '1995/implementation-force-ifor-stabilization-force-sfor-and-european-force-eufor', rank='government')
op('IFOR', '1995-12-20', '1996-12-20', ['nato-2015-news-125737-htm', 'nato-handbook-2001-hb05010303f', 'nl-mod-ifor-sfor-eufor'],
   ['the NATO-led Implementation Force (IFOR) which deployed in Bosnia and Herzegovina on 20 December 1995',
    "une Force de stabilisation (SFOR), qui a pris le relais de l'IFOR le 20 décembre 1996, jour de l'expiration du mandat de l'IFOR."],
   mandate='General Framework Agreement for Peace in Bosnia and Herzegovina (Dayton; signed Paris 14 Dec 1995);UN Security Council authorisation of 15 Dec 1995;Chapter VII')
src('moodle-view-php', 'SFOR - role and mandate (course page reproducing NATO SFOR background text)', 'University of Defence, Czech Republic (Moodle)', 'https://moodle.unob.cz/mod/page/view.php?id=101&lang=cs', rank='institute')
src('nato-2004-f1202a-htm', "L'OTAN met fin à la mission de la SFOR", 'NATO (OTAN Hebdo)', 'https://www.nato.int/docu/update/2004/12-december/f1202a.htm', '2004-12-02')
op('SFOR', '1996-12-20', '2004-12-02', ['moodle-view-php', 'nato-handbook-2001-hb05010303f', 'nato-2004-f1202a-htm', 'nl-mod-ifor-sfor-eufor'],
   ['SFOR was activated on 20 December 1996, when the IFOR mandate expired.',
    'Une cérémonie a été organisée à Sarajevo le 2 décembre pour marquer la conclusion historique de la mission de la Force de stabilisation (SFOR)',
    'The European Union took over the peace mission in Bosnia from NATO on 2 December 2004.'],
   mandate='General Framework Agreement for Peace (Dayton);UNSCR 1088;Chapter VII')

# --- Eagle Eye, Extraction Force, Allied Force, Allied Harbour, KFOR
src('jfcnaples-page7194727-aspx', 'Operation Eagle Eye', 'Allied Joint Force Command Naples (NATO)', 'http://www.jfcnaples.nato.int/page7194727.aspx')
src('english-nato-verification-mission-and-extraction-force-ef', 'NATO Verification Mission and Extraction Force (EF)', NL, NLURL + '1999/nato-verification-mission-and-extraction-force-ef', rank='government')
op('OEE', '1998-10-30', '1999-03-24', ['jfcnaples-page7194727-aspx', 'english-nato-verification-mission-and-extraction-force-ef'],
   ['A NATO "activation order" dated October 30th, 1998 marked the official launch of this high-tech verification mission.',
    'Operation Eagle Eye flights over Kosovo ceased on 24 March 1999.'],
   mandate='UNSCR 1199;NATO-Kosovo Verification Mission Agreement (Belgrade, 15 Oct 1998);UN Security Council decision of 24 Oct 1998 establishing the verification missions')
src('nato-1998-p98-139e-htm', 'Press Statement (5 Dec. 1998)', 'NATO', 'https://www.nato.int/docu/pr/1998/p98-139e.htm', '1998-12-05')
src('nl-mod-ef-dutch-contribution', 'The Dutch contribution to NATO Verification Mission and Extraction Force (EF)', NL, NLURL + '1999/nato-verification-mission-and-extraction-force-ef/dutch-contribution', rank='government')
op('EFOR', '1998-12', '1999-03-24', ['nato-1998-p98-139e-htm', 'english-nato-verification-mission-and-extraction-force-ef', 'nl-mod-ef-dutch-contribution'],
   ['The North Atlantic Council authorised last night the sending of the Activation Order for the deployment to FYROM (1) of the Extraction Force. This deployment will start shortly.',
    'The engineer company numbered 85 military personnel and left on 15 December 1998 for Petrovec airport',
    "The EF was absorbed in the French Framework Brigade on 24 March and was incorporated in the Kosovo Force (KFOR) organisation at the beginning of April."],
   mandate='UNSCR 1203;North Atlantic Council authorisation of the Activation Order (statement of 5 Dec 1998);agreement of the FYROM government',
   description="A NATO force stationed in the former Yugoslav Republic of Macedonia to pull OSCE verifiers and other designated people out of Kosovo in an emergency. NATO's Council authorised its deployment in December 1998; the OSCE withdrew its verifiers on 20 March 1999, and on 24 March the force was absorbed into a French-led brigade that became part of KFOR in April.")
src('nato-1999-p99-101e-htm', 'Statement by the NATO Secretary General', 'NATO (Press Release)', 'https://www.nato.int/docu/pr/1999/p99-101e.htm', '1999-06-20')
src('nato-1999-0616e-htm', 'Week of 16-22 June 1999', 'NATO (NATO Update)', 'https://www.nato.int/docu/update/1999/0616e.htm', '1999-06-18')
src('webarchive-1999-newsarticle-aspx', 'NATO Ends Air War', 'US Department of Defense, American Forces Press Service', 'http://www.defenselink.mil/news/newsarticle.aspx?id=42077', '1999-06-21', 'government', 'UNT web archive: https://webarchive.library.unt.edu/eot2008/20080924053503/http:/www.defenselink.mil/news/newsarticle.aspx?id=42077')
op('OAF', '1999-03-24', '1999-06-20', ['nato-1999-p99-101e-htm', 'nato-1999-0616e-htm', 'webarchive-1999-newsarticle-aspx'],
   ['the 79-day air campaign that began March 24',
    'NATO Secretary General, Dr Javier Solana, decided on 20 June to terminate Phases I and II of the Phased Air Campaign',
    'I have accordingly decided to terminate with immediate effect the air campaign, which I suspended on 10th June 1999.'])
src('jfcnaples-17-operation-allied-harbour', '17 - Operation Allied Harbour', 'Allied Joint Force Command Naples (NATO)', 'https://jfcnaples.nato.int/page6322744/17-operation-allied-harbour-')
src('english-operation-allied-harbour', 'Operation Allied Harbour', NL, NLURL + '1999/operation-allied-harbour', rank='government')
op('OAHB', '1999-04-16', '1999-08-12', ['jfcnaples-17-operation-allied-harbour', 'english-operation-allied-harbour'],
   ['Transfer of Authority was issued on 16 April 1999 and HQ AFOR embarked on a five month mission',
    'The AFOR mission in Albania was ended on 12 August 1999.'],
   description="NATO's first humanitarian operation, in which the Albania Force built camps and moved aid for the Kosovar refugees in Albania and later helped them return home. NATO's JFC Naples calls it a five-month mission without giving its last day; the Netherlands Ministry of Defence ends it on 12 August 1999 (and starts it on 14 April, where NATO dates the transfer of authority to 16 April).")
src('jfcnaples-mission', 'KFOR mission page (no title visible in stored excerpt)', 'KFOR / Allied Joint Force Command Naples (NATO)', 'https://jfcnaples.nato.int/kfor/about-us/welcome-to-kfor/mission')
src('jfcnaples-kfor-documents', 'KFOR history: documents', 'KFOR / Allied Joint Force Command Naples (NATO)', 'https://jfcnaples.nato.int/kfor/about-us/history/documents')
op('KFOR', '1999-06-12', '', ['jfcnaples-mission', 'jfcnaples-kfor-documents'],
   ['Under the authority of the United Nations (UN Security Council Resolution 1244) NATO has been leading a peace support operation in Kosovo since 12 June 1999'],
   mandate='UNSCR 1244;Military Technical Agreement between KFOR and FR Yugoslavia (9 Jun 1999)')

# --- the former Yugoslav Republic of Macedonia
src('jfcnaples-skopje-history', 'Liaison Office Skopje: History', 'Allied Joint Force Command Naples, Liaison Office Skopje (NATO)', 'https://jfcnaples.nato.int/hqskopje/about-skopje/skopje-history')
src('canada-forage-html', 'Operation ESSENTIAL HARVEST (page heading: International Operation Name: Operation ESSENTIAL HARVEST)', CA, CAURL + 'europe/forage.html', rank='government')
src('defense-gov-2001-essential-harvest', 'NATO Weapons-Gathering Mission a Success, Say Officials', 'U.S. Department of Defense (American Forces Press Service)', 'http://www.defense.gov/News/NewsArticle.aspx?ID=44695', '2001-10-03', 'government')
op('OEH', '2001-08-26', '2001-09-26', ['jfcnaples-skopje-history', 'canada-forage-html', 'defense-gov-2001-essential-harvest'],
   ['NATO started its first mission in the former Yugoslav Republic of Macedonia*  on Aug. 26, 2001 with operation Essential Harvest.',
    'Mission Date: 27 August 2001 - 26 September 2001',
    'Conducted from Aug. 27 to Sept. 25'],
   mandate="Request of President Trajkovski (June 2001);Ohrid Framework Agreement (13 Aug 2001);North Atlantic Council authorisation of the Task Force Harvest headquarters (15 Aug 2001)",
   description="A 30-day NATO task force collected and destroyed weapons voluntarily handed in by ethnic Albanian insurgents after the Ohrid peace agreement; it was NATO's first operation in the country. NATO's liaison office dates its start to 26 August 2001; Canada's Department of National Defence gives 27 August to 26 September, the US Department of Defense 27 August to 25 September.")
src('geetha-operation-amber-fox', 'Operation "AMBER FOX"', 'Hellenic National Defence General Staff', 'https://geetha.mil.gr/en/operation-quot-amber-fox-quot/', rank='government')
src('nato-2002-p02-117e-htm', 'Statement by the NATO Spokesman (Press Release (2002) 117)', 'NATO', 'https://www.nato.int/docu/pr/2002/p02-117e.htm', '2002-10-14')
src('nato-2002-e1129a-htm', 'NATO to continue supporting the former Yugoslav Republic of Macedonia', 'NATO (NATO Update)', 'https://www.nato.int/docu/update/2002/11-november/e1129a.htm', '2002-11-29')
src('jfcnaples-amber-fox', 'Amber Fox', 'Allied Joint Force Command Naples, Liaison Office Skopje (NATO)', 'https://jfcnaples.nato.int/hqskopje/about-skopje/skopje-history/amber-fox')
op('OAFX', '2001-09-26', '2002-12-15', ['geetha-operation-amber-fox', 'nato-2002-p02-117e-htm', 'nato-2002-e1129a-htm', 'jfcnaples-amber-fox'],
   ['On the 26th of September 2001, NAC authorized SACEUR, General Joseph Ralston, activated “Amber Fox” Operation',
    "NATO’s current mission, Amber Fox, can be successfully terminated when its mandate expires on 15 December"])
src('nato-2003-e0331a-htm', 'Operation Allied Harmony ends', 'NATO (NATO Update)', 'http://www.nato.int/docu/update/2003/03-march/e0331a.htm', '2003-04-07')
op('OAHM', '2002-12-16', '2003-03-31', ['nato-2002-e1129a-htm', 'nato-2003-e0331a-htm'],
   ['the Alliance has decided to continue supporting the former Yugoslav Republic of Macedonia with a new peacekeeping mission from 16 December 2002.',
    'The decision to terminate Operation Allied Harmony as of 31 March was taken by the North Atlantic Council'],
   mandate='Request of the authorities in Skopje;North Atlantic Council decision of 29 Nov 2002;terminated by NAC decision of 17 Mar 2003')

# --- after 11 September 2001
src('nato-2016-declassified-137124-htm', 'Operation Eagle Assist (NATO declassified item; no title visible in stored excerpt)', 'NATO', 'https://www.nato.int/cps/fr/natohq/declassified_137124.htm', '2016-11-02')
src('freedomanatomy-eagle-assist', 'Eagle Assist', 'freedomanatomy.com', 'https://www.freedomanatomy.com/en/missioni/eagle-assist/', rank='other')
op('OEA', '2001-10-09', '2002-05-16', ['nato-2016-declassified-137124-htm', 'freedomanatomy-eagle-assist'],
   ['Called Operation Eagle Assist, this counter-terrorist initiative began on 9 October and was terminated on 16 May 2002.',
    'This was the first time that NATO military assets had been deployed in support of an Article 5 operation.'],
   mandate='Article 5 (North Atlantic Treaty);request of the United States;NATO package of measures agreed 4 Oct 2001')
src('nato-2011-news-80406', 'Operation Active Endeavour: 10 years of countering the threat of terrorism at sea', 'NATO', 'https://www.nato.int/cps/en/natohq/news_80406.htm', '2011-10-26')
src('shape-missionarchive-active-endeavour', 'Operation Active Endeavour', 'SHAPE (NATO), Operations Archive', 'https://shape.nato.int/missionarchive/operation-active-endeavour')
src('globalsecurity-active-endeavour-htm', 'Operation Active Endeavour', 'GlobalSecurity.org', 'https://www.globalsecurity.org/military/ops/active-endeavour.htm', rank='other')
op('OAE', '2001-10-26', '2016-10', ['nato-2011-news-80406', 'shape-missionarchive-active-endeavour', 'globalsecurity-active-endeavour-htm'],
   ["Since 26 October 2001, NATO's Operation Active Endeavour (OAE) has been protecting the Mediterranean Sea against the threat of terrorism.",
    'Active Endeavour was succeeded by Sea Guardian in October 2016.',
    'The deployment started on 6 October and was formally named Operation Active Endeavour on 26 October 2001.'],
   mandate='Article 5 (North Atlantic Treaty)',
   description="NATO's Article 5 maritime counter-terrorism operation: Allied ships patrolled the Mediterranean, hailing and boarding suspect vessels. NATO dates it from 26 October 2001, when the naval deployment that began on 6 October was given its name; SHAPE says Sea Guardian succeeded it in October 2016.")
src('nato-2003-e0503a-htm', 'Conclusion of Operation Display Deterrence', 'NATO (NATO Update)', 'https://www.nato.int/docu/update/2003/05-may/e0503a.htm', '2003-05-03')
src('nato-2003-e0226a-htm', 'NATO AWACS on patrol in Turkey', 'NATO (NATO Update)', 'https://www.nato.int/docu/update/2003/02-february/e0226a.htm', '2003-02-26')
src('nato-2003-p03-040e-htm', 'Conclusion of Operation Display Deterrence and Article 4 security consultations (Press Release (2003) 040)', 'NATO', 'https://www.nato.int/docu/pr/2003/p03-040e.htm', '2003-04-16')
op('ODD', '2003-02-26', '2003-04-30', ['nato-2003-e0503a-htm', 'nato-2003-e0226a-htm', 'nato-2003-p03-040e-htm'],
   ['The NATO defensive deployment to Southeast Turkey started on 26 February when a NATO E3-A AWACS Early Warning aircraft conducted the first operational flight',
    'On 30 April 2003, the Commander in Chief Allied Forces Southern Europe, Admiral Gregory G. Johnson, formally concluded the operation'])

# --- Afghanistan
src('nato-isaf-topic', "ISAF's mission in Afghanistan (2001-2014)", 'NATO', 'https://nato.int/cps/en/natohq/topics_69366.htm?os=wtmbtqtajk9ya')
src('shape-missionarchive-nato-in-afghanistan', 'NATO in Afghanistan', 'SHAPE (NATO), Operations Archive', 'https://shape.nato.int/missionarchive/nato-in-afghanistan')
src('rs-isaf-history-aspx', 'ISAF History', 'Resolute Support Mission (NATO)', 'https://rs.nato.int/about-us/history/isaf-history.aspx')
op('ISAF', '2003-08-11', '2014-12', ['nato-isaf-topic', 'shape-missionarchive-nato-in-afghanistan', 'rs-isaf-history-aspx'],
   ['NATO took the lead of the International Security Assistance Force (ISAF) in Afghanistan on 11 August 2003.',
    'ISAF was led by NATO from Aug. 2003 to Dec. 2014 and was succeeded on Jan.1, 2015 by the Resolute Support Mission (RSM)'],
   mandate='UN mandate (Bonn Conference, December 2001);UNSCR 1510')
op('RSM', '2015-01-01', '2021-09', ['nato-isaf-topic', 'shape-missionarchive-nato-in-afghanistan'],
   ['A new, smaller non-combat mission (“Resolute Support”) was launched on 1 January 2015',
    'succeeded on Jan.1, 2015 by the Resolute Support Mission (RSM), which was terminated early Sep. 2021.'],
   mandate='',
   description='A NATO-led non-combat mission that trained, advised and assisted Afghan security forces and institutions after ISAF; it was terminated in early September 2021.')

# --- Baltic Air Policing
src('kam-transfer-of-the-symbolic-baltic-airspace-key-will-mark-t', 'Transfer of the symbolic Baltic airspace key will mark the 20th anniversary of the NATO Air Policing Mission in the Baltic states (title from URL)', 'Ministry of National Defence, Republic of Lithuania', 'https://kam.lt/en/transfer-of-the-symbolic-baltic-airspace-key-will-mark-the-20th-anniversary-of-the-nato-air-policing-mission-in-the-baltic-states/', '', 'government')
src('kam-hand-over-take-over-bap', 'Hand-over-take-over of the NATO Baltic Air Policing Mission (title from URL)', 'Ministry of National Defence, Republic of Lithuania', 'https://kam.lt/en/hand-over-take-over-of-the-nato-baltic-air-policing-mission/', '', 'government')
src('aircom-2024-ltu-20y-bap', 'NATO and Lithuania mark 20 years of Baltic Air Policing', 'Allied Air Command (NATO)', 'https://ac.nato.int/archive/2024/LTU_20Y_BAP', '2024-03-28')
op('BAP', '2004-03-29', '', ['kam-transfer-of-the-symbolic-baltic-airspace-key-will-mark-t', 'kam-hand-over-take-over-bap', 'aircom-2024-ltu-20y-bap'],
   ['NATO Allies started rotating in troops and fighter aircraft to safeguard the Baltic airspace when Lithuania, Latvia and Estonia became a member of NATO on 29 March 2004.',
    'The NATO Air Policing Mission in the Baltic states is a form of regional NATO peacetime mission',
    'a handover ceremony marking 20 years of Baltic Air Policing'])

# --- Iraq
src('canada-nato-training-implementation-mission-iraq-2004-html', 'NATO Training Implementation Mission - Iraq', CA, CAURL + 'middle-east/nato-training-implementation-mission-iraq-2004.html', rank='government')
src('nato-iraq-assistance-topic', "NATO's assistance to Iraq (Archived)", 'NATO', 'https://www.nato.int/cps/en/natohq/topics_51978.htm', '2015-09-01')
src('atlanticcouncil-secretary-general-announces-end-of-nato-miss', 'Secretary General announces end of NATO mission in Iraq', 'Atlantic Council (NATOSource, quoting NATO SG)', 'https://www.atlanticcouncil.org/blogs/natosource/secretary-general-announces-end-of-nato-mission-in-iraq/', rank='institute')
op('NTM-I', '2004-07-30', '2011-12-31', ['canada-nato-training-implementation-mission-iraq-2004-html', 'nato-iraq-assistance-topic', 'atlanticcouncil-secretary-general-announces-end-of-nato-miss'],
   ['Terms were agreed upon with the interim Iraqi government on 30 July, and the NATO Training Implementation Mission was formally created.',
    'It was withdrawn from Iraq on 31 December 2011 when the mandate of the mission expired'],
   description='Helped Iraq build its armed forces by training and mentoring, in Iraq and at schools in Allied countries. It began as the NATO Training Implementation Mission, formally created on 30 July 2004 and replaced by the NATO Training Mission on 16 December 2004, and was withdrawn from Iraq on 31 December 2011, when its mandate expired without agreement on the legal status of NATO personnel.')
src('rudaw-2026-nmi-no-timeline', 'NATO says no timeline for end of Iraq mission', 'Rudaw', 'https://www.rudaw.net/english/middleeast/iraq/200220262-amp', '2026-02-20', 'press')
src('aa-2026-nmi-relocates-to-europe', 'NATO relocates Iraq mission personnel to Europe amid Mideast escalation', 'Anadolu Agency', 'https://www.aa.com.tr/en/world/nato-relocates-iraq-mission-personnel-to-europe-amid-mideast-escalation/3873258?amp=1', '2026-03-20', 'agency')
op('NMI', '2018-10', '', ['rudaw-2026-nmi-no-timeline', 'aa-2026-nmi-relocates-to-europe'],
   ["Established in October 2018 at Baghdad's request, the NATO Mission Iraq is a non-combat advisory mission",
    'Following the relocation, NATO Mission Iraq will continue its work from Joint Force Command in Naples, Italy'],
   mandate='Request of the government of Iraq',
   description='A non-combat advisory and capacity-building mission that helps Iraq build more effective security institutions and forces to prevent the return of ISIS. Its last personnel left Iraq for Europe on 20 March 2026; the mission goes on from Allied Joint Force Command Naples.')

# --- Africa
src('reliefweb-2005-nato-darfur', 'Sudan: Green light for NATO support to African Union for Darfur', 'NATO (news release, reproduced by ReliefWeb)', 'https://reliefweb.int/report/sudan/sudan-green-light-nato-support-african-union-darfur')
src('nato-2008-amis-concluded', "NATO supporting African Union's missions (Press Release (2008) 018)", 'NATO', 'https://www.nato.int/cps/en/natohq/news_8306.htm?selectedLocale=en', '2008-02-01')
src('nato-2005-darfur-extended', 'Darfur mission extended until 2006', 'NATO', 'https://nato.int/cps/en/natohq/news_21533.htm?selectedLocale=en')
src('nato-2010-topics-49194-htm', 'Assisting the African Union in Darfur, Sudan', 'NATO', 'http://www.nato.int/cps/en/SID-5AF8DC12-EF4E4335/natolive/topics_49194.htm')
op('AMIS', '2005-06', '2007-12-31', ['reliefweb-2005-nato-darfur', 'nato-2008-amis-concluded', 'nato-2005-darfur-extended', 'nato-2010-topics-49194-htm'],
   ["On 8 June, following further consultations with African Union, the European Union and the United Nations, NATO's North Atlantic Council agreed on the detailed modalities and extent of Alliance support.",
    "NATO’s support to the African Union (AU) Mission in Sudan (AMIS) successfully concluded on 31 December 2007",
    'Since the start of the mission in June 2005'],
   description="Coordinated the strategic airlift of African Union peacekeepers and civilian police into Darfur and trained African Union officers, from June 2005 until AMIS handed over to the UN-AU mission UNAMID on 31 December 2007. NATO's Council settled its support on 8 June 2005; NATO's airlift began on 1 July 2005.")
src('nato-issues-pakistan-earthquake', 'Pakistan earthquake relief operation', 'NATO', 'https://www.nato.int/issues/pakistan_earthquake/index.html')
src('nato-2006-opinions-22583-htm', 'Statement by the Secretary General on the end of the NATO mission in Pakistan (Press Release (2006) 009)', 'NATO', 'https://www.nato.int/cps/en/natohq/opinions_22583.htm?selectedLocale=en', '2006-02-01')
src('globalsecurity-2006-mil-060201-usia04-htm', 'NATO Troops Formally End Earthquake Relief Mission in Pakistan', 'US Department of State, Washington File (copy on GlobalSecurity.org)', 'https://www.globalsecurity.org/military/library/news/2006/02/mil-060201-usia04.htm', '2006-02-01', 'government')
op('PAK', '2005-10-11', '2006-02-01', ['nato-issues-pakistan-earthquake', 'nato-2006-opinions-22583-htm', 'globalsecurity-2006-mil-060201-usia04-htm'],
   ['On 11 October, in response to a request from Pakistan, NATO launched an operation to assist in the urgent relief effort.',
    'The mission came to an end, on schedule, on 1 February 2006.'])
src('nato-2010-news-62241-htm', 'NATO airlifts African Union troops into Somalia', 'NATO', 'https://www.nato.int/cps/en/natohq/news_62241.htm?selectedLocale=en', '2010-03-18')
src('nato-2010-topics-50099-htm', 'Assisting the African Union in Somalia', 'NATO', 'https://www.nato.int/cps/en/natohq/topics_50099.htm?selectedLocale=ru', '2010-10-27')
src('nato-2023-topics-8191-htm', 'Cooperation with the African Union', 'NATO', 'https://www.nato.int/cps/en/natohq/topics_8191.htm', '2023-04-27')
op('AMISOM', '2007-06', '', ['nato-2010-news-62241-htm', 'nato-2010-topics-50099-htm', 'nato-2023-topics-8191-htm'],
   ['Upon the request of the African Union for strategic airlift support for its mission in Somalia, NATO began providing this support in June 2007.',
    'On 7 June, the North Atlantic Council agreed, in principle, to support this request.',
    'Operational support includes strategic air- and sealift, as well as planning support for the AU mission in Somalia.'])

# --- counter-piracy
src('aco-missionarchive-aspx', 'Operations Archive - Africa', 'Allied Command Operations (NATO)', 'http://aco.nato.int/missionarchive.aspx?cat=26')
src('nato-2015-topics-48815-htm', 'Counter-piracy operations', 'NATO', 'http://www.nato.int/cps/en/SID-F8069B4F-D6627CD7/natolive/topics_48815.htm', '2015-03-26')
op('OAPV', '2008-10', '2008-12', ['aco-missionarchive-aspx', 'nato-2015-topics-48815-htm'],
   ['The operation was conducted between October and December 2008.',
    'NATO started to provide escorts to UN World Food Programme (WFP) vessels transiting through these dangerous waters under Operation Allied Provider (October-December 2008).'],
   mandate='Request of the UN Secretary-General')
src('nato-2009-news-52016-htm', 'NATO resumes counter-piracy mission', 'NATO', 'https://www.nato.int/cps/en/SID-3B48D310-306C7981/natolive/news_52016.htm', '2009-03-24')
op('OAPT', '2009-03-24', '2009-08', ['nato-2009-news-52016-htm', 'aco-missionarchive-aspx'],
   ['On 24 March 2009, NATO has resumed counter piracy operations off the Horn of Africa and the Gulf of Aden.',
    'The operation was succeeded by Operation Ocean Shield on 17 August 2009.'])
src('shape-missionarchive-ocean-shield', 'Operation Ocean Shield', 'SHAPE (NATO), Operations Archive', 'https://shape.nato.int/missionarchive/operation-ocean-shield')
src('nato-2022-topics-48815-htm', 'Counter-piracy operations (2008-2016)', 'NATO', 'https://www.nato.int/cps/ru/natohq/topics_48815.htm?selectedLocale=en', '2022-05-19')
src('mc-nato-operation-ocean-shield-closing', 'NATO Operation Ocean Shield Closing', 'NATO Shipping Centre / Allied Maritime Command', 'https://mc.nato.int/nsc/operations/news/2016/nato-operation-ocean-shield-closing')
op('OOS', '2009-08-17', '2016-12-15', ['shape-missionarchive-ocean-shield', 'nato-2022-topics-48815-htm', 'mc-nato-operation-ocean-shield-closing'],
   ['Operation Ocean Shield was approved by the North Atlantic Council on Aug. 17, 2009 and it was terminated on Dec. 15, 2016.'])

# --- Libya, Turkey, Mediterranean
src('english-operation-unified-protector-in-libya', 'Operation Unified Protector in Libya', NL, NLURL + '2011/operation-unified-protector-in-libya', rank='government')
src('nato-2015-topics-71652-htm', 'NATO and Libya (Archived)', 'NATO', 'https://www.nato.int/cps/en/natohq/topics_71652.htm?selectedLocale=en', '2015-11-09')
src('atlanticcouncil-nato-issues-final-operational-update-on-liby', 'NATO issues final operational update on Libya', 'Atlantic Council (NATOSource, quoting NATO)', 'https://www.atlanticcouncil.org/blogs/natosource/nato-issues-final-operational-update-on-libya/', rank='institute')
op('OUP', '2011-03-23', '2011-10-31', ['english-operation-unified-protector-in-libya', 'nato-2015-topics-71652-htm', 'atlanticcouncil-nato-issues-final-operational-update-on-liby'],
   ['23 March 2011 - 31 October 2011',
    'OUP successfully concluded on 31 October 2011.',
    'NATO took control of all military operations for Libya under United Nations Security Council Resolutions 1970 & 1973 on 31 March 2011.'])
src('nato-2013-news-98494-htm', 'All NATO Patriot batteries in Turkey operational', 'NATO', 'https://www.nato.int/cps/en/natohq/news_98494.htm', '2013-02-16')
src('shape-2014-nato-deployment-of-patriot-missiles-to-turkey', 'NATO deployment of Patriot missiles to Turkey', 'SHAPE (NATO)', 'https://shape.nato.int/nato-deployment-of-patriot-missiles-to-turkey', '2014-09-29')
src('esercito-turchia-operazione-active-fence-aspx', 'Turchia - Operazione Active Fence', 'Esercito Italiano (Italian Army)', 'http://www.esercito.difesa.it/operazioni/operazioni_oltremare/Pagine/Turchia-Operazione-Active-Fence.aspx', rank='government')
src('hurriyetdailynews-2026-turkiye-deploys-patriot-system-after', 'Türkiye deploys Patriot system after Iran missile incursions', 'Hürriyet Daily News', 'https://www.hurriyetdailynews.com/turkiye-deploys-patriot-system-after-iran-missile-incursions-219792', '2026-03-10', 'press')
op('TAD', '2013-01-26', '', ['nato-2013-news-98494-htm', 'shape-2014-nato-deployment-of-patriot-missiles-to-turkey', 'esercito-turchia-operazione-active-fence-aspx', 'hurriyetdailynews-2026-turkiye-deploys-patriot-system-after'],
   ['The first battery came online on 26 January.',
    'The first battery became operational under NATO command on 26 January, 2013.',
    'Among them, only the Spanish Patriot system is still deployed in the İncirlik air base in southern Türkiye'],
   description="Allied Patriot batteries, and for a time an Italian SAMP/T battery, under NATO command, defending Turkey's population and territory against missiles from Syria. A Spanish Patriot battery at Incirlik was still deployed in March 2026, when, as NATO reinforced its air and missile defence against missiles from Iran, another Patriot system was placed at Malatya.")
src('marina-sea-guardian-aspx', 'SEA GUARDIAN (Marina Militare, operazioni in corso)', 'Marina Militare (Italian Navy, Ministry of Defence)', 'https://www.marina.difesa.it/cosa-facciamo/per-la-difesa-sicurezza/operazioni-in-corso/Pagine/sea_guardian.aspx', rank='government')
src('defenceweb-nato-launches-operation-sea-guardian-in-the-medit', 'NATO launches Operation Sea Guardian in the Mediterranean', 'defenceWeb', 'https://www.defenceweb.co.za/security/border-security/nato-launches-operation-sea-guardian-in-the-mediterranean/', '', 'press')
src('navaltoday-2016-nato-kicks-off-new-operation-sea-guardian', 'NATO kicks off new operation Sea Guardian', 'Naval Today', 'https://navaltoday.com/2016/11/09/nato-kicks-off-new-operation-sea-guardian', '2016-11-09', 'press')
op('OSG', '2016-11-09', '', ['marina-sea-guardian-aspx', 'defenceweb-nato-launches-operation-sea-guardian-in-the-medit', 'navaltoday-2016-nato-kicks-off-new-operation-sea-guardian'],
   ['Il 9 novembre 2016 la NATO ha lanciato una nuova operazione marittima nel Mediterraneo chiamata SEA GUARDIAN.',
    'Sea Guardian replaces NATO’s Operation Active Endeavour',
    'Sea Guardian was created at the Warsaw Summit in July 2016.'],
   mandate='Non-Article 5 maritime security operation;decided at the Warsaw Summit (July 2016)')

# --- Ukraine, Sentries
src('shape-nato-security-assistance-and-training-ukraine-nsatu-is', 'NATO Security Assistance and Training Ukraine (NSATU) is assisting Ukraine (title from URL; heading not visible)', 'SHAPE (NATO)', 'https://shape.nato.int/news-archive/2024/nato-security-assistance-and-training-ukraine-nsatu-is-assisting-ukraine')
src('postmk-2024-nsatu-opened', 'НАТО во Германија отвори команда за поддршка на Украина', 'post.mk (Anadolu Agency report)', 'https://post.mk/nato-vo-germanija-otvori-komanda-za-poddrshka-na-ukraina', '2024-12-18', 'press')
src('menafn-2024-nsatu-starts-operations', 'NATO announces Ukraine command in Germany starts operations', 'MENAFN', 'https://menafn.com/1109010431/NATO-announces-Ukraine-command-in-Germany-starts-operations', '2024-12-19', 'press')
src('uawire-nato-to-centralize-military-aid-and-training-for-ukra', 'NATO to centralize military aid and training for Ukraine through new headquarters in Wiesbaden, Germany', 'UAWire (dpa report)', 'http://uawire.azurewebsites.net/nato-to-centralize-military-aid-and-training-for-ukraine-through-new-headquarters-in-wiesbaden-germany', '', 'press')
op('NSATU', '2024-12-18', '', ['postmk-2024-nsatu-opened', 'menafn-2024-nsatu-starts-operations', 'shape-nato-security-assistance-and-training-ukraine-nsatu-is', 'uawire-nato-to-centralize-military-aid-and-training-for-ukra'],
   ['December 18, 2024 … Новата команда за Украина на НАТО отворена во Германија започна со работа, објави денес воената алијанса, јавува Анадолу.',
    'announced on Wednesday that its new Ukraine command, located in Germany, has officially started operations.',
    'NATO Security Assistance and Training for Ukraine (NSATU), will be comprised of approximately 700 personnel'],
   mandate='Washington Summit decision (July 2024)')
src('unn-2025-nato-launches-a-new-mission-in-the-baltic-sea-what', 'NATO launches a new mission in the Baltic Sea: what is known about the Baltic Sentinel (title from URL)', 'UNN (Ukrainian National News)', 'https://unn.ua/en/news/nato-launches-a-new-mission-in-the-baltic-sea-what-is-known-about-the-baltic-sentinel', '2025-01-14', 'press')
src('overtdefense-2025-nato-launches-baltic-sentry-mission-to-saf', 'NATO Launches "Baltic Sentry" Mission to Safeguard Critical Infrastructure in the Baltic Sea', 'Overt Defense', 'https://overtdefense.com/2025/01/21/nato-launches-baltic-sentry-mission-to-safeguard-critical-infrastructure-in-the-baltic-sea', '2025-01-21', 'press')
op('BSE', '2025-01-14', '', ['unn-2025-nato-launches-a-new-mission-in-the-baltic-sea-what', 'overtdefense-2025-nato-launches-baltic-sentry-mission-to-saf'],
   ['NATO Secretary General Mark Rutte on Tuesday (January 14) announced the launch of a new NATO military activity to strengthen the protection of critical infrastructure.',
    'The initiative, announced on 14 January, described as a multi-domain activity'],
   description='A multi-domain NATO activity using frigates, maritime patrol aircraft and naval drones to deter and respond to damage to undersea cables in the Baltic Sea.')
src('anews-2025-nato-launches-eastern-sentry', 'NATO launches Eastern Sentry to bolster eastern flank: Rutte', 'A News', 'https://www.anews.com.tr/world/2025/09/12/nato-launches-eastern-sentry-to-bolster-eastern-flank-rutte', '2025-09-12', 'press')
src('devdiscourse-2025-3626054-natos-eastern-sentry-strengthening', "NATO's Eastern Sentry: strengthening Europe's defence (title from URL)", 'Devdiscourse', 'https://www.devdiscourse.com/article/technology/3626054-natos-eastern-sentry-strengthening-europes-defence', '2025-09-12', 'press')
src('anewz-2025-news', 'NATO unveils Eastern Sentry to bolster defenses after Russian drone incursions', 'AnewZ', 'https://anewz.tv/world/world-news/13049/nato-launches-eastern-sentry-after-polish-airspace-incursion/news', '2025-09-12', 'press')
op('ESE', '2025-09-12', '', ['anews-2025-nato-launches-eastern-sentry', 'devdiscourse-2025-3626054-natos-eastern-sentry-strengthening', 'anewz-2025-news'],
   ["NATO launched on Friday a new mission to bolster the defence of Europe's eastern flank", 'The mission, which begins Friday evening',
    'The operation will begin in the coming days'],
   mandate='Launched after Russian drone incursions into Polish airspace (September 2025)',
   description='A NATO activity that strengthens air and ground-based defences along the eastern flank with assets from several Allies. It was announced in Brussels on 12 September 2025; some reports say it began that evening, others in the following days.')
src('trtworld-2026-6d0b8bbb2f02', "NATO's Allied Command Operations launched Arctic Sentry (TRT World article; title not visible)", 'TRT World', 'https://www.trtworld.com:443/article/6d0b8bbb2f02', '2026-02-11', 'press')
src('tbh-nato-stands-up-arctic-sentry-to-enhance-regional-presenc', 'NATO stands up Arctic Sentry to enhance regional presence (title from URL)', 'tbh.center', 'https://tbh.center/nato-stands-up-arctic-sentry-to-enhance-regional-presence', rank='other')
op('ASE', '2026-02-11', '', ['trtworld-2026-6d0b8bbb2f02', 'tbh-nato-stands-up-arctic-sentry-to-enhance-regional-presenc'],
   ["NATO's Allied Command Operations (ACO) launched the Arctic Sentry exercise on Wednesday",
    'said in a SHAPE statement on 11 February'])

order = [r['code'] for r in csv.DictReader(open(PKG))]
rows.sort(key=lambda r: order.index(r['code']))
cols = ['code','name','start','end','theatre','kind','mandate','predecessor','successor','description','sources','evidence']
with open('operations.csv', 'w', newline='') as f:
    w = csv.DictWriter(f, fieldnames=cols, lineterminator='\n', extrasaction='ignore'); w.writeheader(); w.writerows(rows)
used = {s for r in rows for s in r['sources'].split(';')}
assert used <= set(S), used - set(S)
with open('sources.csv', 'w', newline='') as f:
    w = csv.writer(f, lineterminator='\n'); w.writerow(['id','title','publisher','url','published','complete','rank','via'])
    for i in sorted(used):
        t, p, u, pub, rank, via = S[i]; w.writerow([i, t, p, u, pub, 'false', rank, via])
codes = {r['code'] for r in rows}
for r in rows:
    ranks = [S[s][4] for s in r['sources'].split(';')]
    assert any(k != 'other' for k in ranks), r['code']
    for k in ('predecessor', 'successor'):
        if r[k]: assert r[k] in codes, (r['code'], r[k])
print(len(rows), 'operations;', len(used), 'sources; left out:', sorted(set(order) - codes))
