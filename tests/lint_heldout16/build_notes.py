import json, re

# Each base note: kind, greeting, inline (greeting shares line with first sentence),
# paras, signoff (None = signature only), sig, header (optional To: line), gap (blank lines)
B = {}

def n(key, kind, greeting, paras, signoff, sig, inline=False, header=None, gap=False):
    B[key] = dict(kind=kind, greeting=greeting, paras=paras, signoff=signoff, sig=sig,
                  inline=inline, header=header, gap=gap)

# ---------------- thank_you ----------------
n("TY1", "thank_you", "Dear Mr Buchanan,", [
 "Thank you for showing me round the Bellshill distribution centre on Tuesday and for the time you and Fiona gave me to discuss the night shift manager post.",
 "I came away with a clear picture of the voice-picking rollout you described, and of why the cross-docking lane has become the pinch point during the pre-Christmas peak. At my current site I reorganised our goods-in slots to cut trailer dwell time by a third, and I would welcome the chance to bring that experience to the problem you outlined.",
 "I am grateful for such an open conversation and look forward to hearing about the next stage."],
 "Kind regards,", "Euan MacLeod")

n("TY2", "thank_you", "Dear Dr Ní Bhriain,", [
 "thank you for meeting me on Thursday about the registered veterinary nurse position at Salthill Animal Clinic.",
 "I particularly enjoyed hearing about the cat-only consulting hours you introduced last spring and the way your team records anaesthetic monitoring in the new dental suite. My time running nurse clinics for senior cats in Limerick gave me a real interest in low-stress handling, and it was encouraging to meet a practice that builds its timetable around it.",
 "Please pass my thanks to Siobhán for the tour of the kennels as well."],
 "Go raibh maith agat, and best wishes,", "Aoife Gallagher RVN", inline=True)

n("TY3", "thank_you", "Kia ora koutou,", [
 "Thank you for the conversation yesterday about the community librarian role at the Cannons Creek branch.",
 "Hearing how the bilingual storytimes grew from a single pilot session into a weekly fixture was a highlight for me, as was Mere's account of the housebound delivery round. I have spent the last two years coordinating volunteers for a similar service in Whanganui, and I left the interview with several ideas about how the round might reach the new flats on Mungavin Avenue.",
 "I appreciated the panel's warmth and the care taken over each question."],
 "Ngā mihi,", "Tama Rewiri", header="To: Interview panel, Porirua Libraries", gap=True)

n("TY4", "thank_you", "Dear Engr. Adeyemi,", [
 "Thank you for interviewing me on Monday for the graduate structural engineer position at Okonjo Partners.",
 "Our discussion of the Marina office retrofit was very instructive. I had not considered how carbonation depth readings would shape the choice between jacketing the columns and adding steel bracing, and I have since reread my notes on the Eurocode 2 provisions you mentioned. My final-year project on pile load testing in the Lekki lagoon clays gave me some grounding, and I would be glad to build on it under your team's guidance.",
 "I look forward to hearing from you about the next steps."],
 "Yours sincerely,", "Chinedu Okafor\nB.Eng (Civil), University of Lagos")

n("TY5", "thank_you", "Dear Ms Tan,", [
 "Thank you for your time this afternoon, and for the coffee in the lobby lounge while we talked about the front office manager role at The Keong Saik House.",
 "I was glad to learn more about the move to the new property management system in March, and about the guest-recovery log you keep for regulars. In my present role I trained eleven front desk staff through a similar migration with no overbookings during the changeover, so the timetable you described sounds demanding but achievable.",
 "I very much enjoyed meeting you and Mr Lim."],
 "Best regards,", "Priya Raman")

n("TY6", "thank_you", "Dear Dr. Whitfield,", [
 "Thank you for meeting with me on Wednesday about the school business administrator position at Oconee Ridge Middle School.",
 "I appreciated your candor about the transportation budget and the plan to consolidate the two eastern bus routes before August. At Madison County High I led a similar consolidation and worked closely with the drivers to keep ride times under forty minutes, so I understand how much goodwill such a change requires. I was also pleased to hear that your front office staff will receive training on the new student information system this summer.",
 "It was a pleasure to meet you and Mrs. Hollis."],
 "Sincerely,", "Loretta Baines", gap=True)

n("TY7", "thank_you", "Dear Mr Naidoo,", [
 "Thank you for the interview on Friday for the PV installation supervisor post with Sunveld Energy.",
 "I enjoyed our discussion of the small-scale embedded generation applications with the City of Cape Town, and of how your teams size battery backup for households that want to ride out load-shedding. On my last contract in Stellenbosch I supervised crews of four on rooftop systems up to 30 kWp and kept our certificates of compliance on schedule, which I hope is the kind of experience you are looking for.",
 "Thanks again for your time and for the site photographs from the Durbanville job."],
 "Regards,", "Thabo Mokoena")

n("TY8", "thank_you", "Dear Dr. Kulkarni,", [
 "Thank you for giving me the opportunity to interview for the clinical pharmacist position at Sahyadri Care Hospital yesterday.",
 "Our conversation about the antimicrobial stewardship rounds in the ICU was the most useful part of the day for me. I was interested to hear that the pharmacy now reviews every carbapenem order within twenty-four hours, and I would be keen to contribute the audit tools I built for culture-guided de-escalation during my residency in Nashik.",
 "Please also convey my thanks to Ms. Deshpande for explaining the unit-dose dispensing workflow."],
 "With warm regards,", "Ananya Joshi, Pharm.D.")

n("TY9", "thank_you", "Dear Mr. Fortier,", [
 "Thank you very much for the interview on Tuesday for the gameplay programmer position at Driftwood Games.",
 "I enjoyed the code review exercise, especially our discussion about how the rollback netcode handles desync in the co-op mode. After the interview I looked again at the problem with the grappling hook physics, and I think a fixed timestep for that system could make the replays more stable. In my previous studio in Seoul I worked on a similar issue for a racing title, so this topic is very interesting for me.",
 "I also want to thank Nadia for showing me the art pipeline."],
 "Best regards,", "Park Ji-hoon")

n("TY10", "thank_you", "Dear Mrs Wanjiru,", [
 "Thank you for interviewing me on Thursday for the motor claims assessor role at Jubilee Crest Insurance in Upper Hill.",
 "I found our discussion of the new photo-based assessment app very useful, particularly your point that garages in Industrial Area now upload estimates before the assessor even arrives. In my three years at a loss adjusting firm in Mombasa I reduced our average settlement time from nineteen days to eleven, and I would be glad to apply that experience to your target for boda boda claims.",
 "Thank you again for a thorough and friendly conversation."],
 None, "Otieno Kamau\nMotor Claims Assessor, Mombasa")

# ---------------- check_in ----------------
n("CI1", "check_in", "Dear Ms. Gagnon,", [
 "I hope you are well. I am writing to follow up on my interview on 3 June for the forestry technician position with the Kamloops district office.",
 "When we spoke, you mentioned that the team hoped to finalize decisions before the fire season crews are assigned. I remain very interested in the role, especially the cruising and regeneration survey work in the Thompson Plateau blocks, and I would be glad to provide further references or copies of my chainsaw and S-100 certificates if they would help.",
 "Could you let me know whether the timeline is still the same?"],
 "Thank you for your time,", "Jordan Whitehorse, RFT")

n("CI2", "check_in", "Dear Ms Hartley,", [
 "I am writing to follow up on our video call of 12 May about the in-house Portuguese to English translator position at Lingua Bridge.",
 "I remain very enthusiastic about the role, in special the work on pharmaceutical labelling for the Brazilian market that you described. Since our conversation I completed the ANVISA terminology glossary I mentioned, and I would be happy to share it if it is useful for the team.",
 "If there is any update on the next steps of the process, I would be glad to hear it. Thank you again for your attention."],
 "Kind regards,", "Rafael Moreira Santos")

n("CI3", "check_in", "Good day, Ms. Villanueva,", [
 "I hope this message finds you well. I am following up on my interview last 14 March for the housekeeping supervisor position at Mactan Shores Resort.",
 "I enjoyed learning about the resort's plan to refurbish the east wing villas before the summer season, and I believe my experience scheduling room attendants across three towers in Makati would be useful during that period.",
 "May I ask what the next steps in the selection process will be? I would be grateful for any guidance on when I might expect to hear from the team."],
 "Respectfully yours,", "Maria Cristina Dela Cruz", inline=True)

n("CI4", "check_in", "Dear Mr Patel,", [
 "I wanted to send a short update following my interview on 28 February for the pharmacist manager role at the Levenshulme branch.",
 "Last week I completed the independent prescribing course at the University of Manchester, which I mentioned during the interview was due to finish in March. I thought this might be relevant given your plans to offer a minor ailments clinic from the spring.",
 "There is no need to reply to this message; I simply wanted the panel to have the most current information. Thank you again for your time."],
 "Best wishes,", "Yousef Al-Khatib MPharm")

n("CI5", "check_in", "Dear Mrs Forsyth,", [
 "I hope the end of term is going smoothly. I am writing about the school office manager post at Bankhead Academy, for which I was interviewed on 5 June.",
 "I understand that recruitment can take longer around the summer holidays, and I wanted to confirm that I remain keen on the role. I particularly valued our conversation about the SEEMiS attendance reports and the new parent communication app.",
 "If it would be helpful, I am happy to send anything further. Could you tell me roughly when the panel expects to finish this stage?"],
 "With thanks,", "Morag Stewart", gap=True)

n("CI6", "check_in", "Dear Mr Sørensen,", [
 "thank you again for the interview on 10 April for the wind turbine service technician position in your Hull team.",
 "As agreed, I am sending the contact details of my former supervisor at Enercon in Aurich, who has kindly offered to give a reference. He can speak about my work on pitch system maintenance and my GWO working-at-height certificate, which I renewed in January.",
 "Please let me know if you need any other documents from my side for the next step."],
 "Kind regards from Bremen,", "Lukas Brandt", inline=True)

n("CI7", "check_in", "Hello Dana,", [
 "I hope your week is going well. I submitted the test plan for the inventory system last Friday, as we discussed during the interview for the QA lead role at Lanternfish Studio, and I wanted to confirm that it arrived safely.",
 "While writing it I found two edge cases around stack splitting when the player's bag is full, which I documented in the appendix with reproduction steps. I would be happy to walk through them with the team if that would be useful.",
 "Thank you for keeping me informed throughout the process so far."],
 None, "Marcus Greene\nAustin, Texas")

n("CI8", "check_in", "Dear Ms Harrow,", [
 "I am writing to follow up on my interview on 19 August for the property claims handler position at Southern Cross Mutual in Christchurch.",
 "You mentioned that the team planned to complete second interviews by early September. I remain very interested in the role, particularly the work with homeowners on land damage claims, which I handled for three years after the Kaikōura earthquake.",
 "I would be grateful for a brief update on the timing of the next stage when convenient. Many thanks for your help."],
 "Ngā mihi nui,", "Hemi Walker")

# ---------------- rejection_reply ----------------
n("RR1", "rejection_reply", "Dear Ms. Chowdhury,", [
 "Thank you for letting me know about your decision regarding the library technician position at the Parkdale branch.",
 "Although I am disappointed, I appreciated the chance to meet the team and to hear about the newcomer conversation circles. If you have a few minutes, I would welcome any feedback on how I might strengthen my application for future openings, especially on the collections part of the interview.",
 "I hope to apply again, and I wish you every success with the new branch programs."],
 "Sincerely,", "Daniel Osei")

n("RR2", "rejection_reply", "Dear Mr. Rao,", [
 "Thank you for your email informing me that the structural design engineer position has been offered to another candidate.",
 "I was glad to have the opportunity to discuss the post-tensioned slab design for the Whitefield tech park with your team, and I learnt a great deal from the technical round. I would be grateful for any comments on my ETABS modelling exercise, as I am keen to improve.",
 "Please keep my details on file for any future vacancies. I wish you and the team the very best."],
 "Warm regards,", "Karthik Subramanian")

n("RR3", "rejection_reply", "Dear Dr. Hargrove,", [
 "Thank you for calling me personally yesterday to let me know about the equine technician position.",
 "I'm naturally a little disappointed, but I truly appreciated the time you and Dr. Lyle spent with me, and the chance to see your foaling barn during such a busy season. Your advice about getting more experience with regional nerve blocks was helpful, and I have already signed up for the continuing education course in Lexington this fall.",
 "I hope our paths cross again."],
 "Respectfully,", "Carly Beaumont, LVT")

n("RR4", "rejection_reply", "Dear Mr Mwangi,", [
 "Thank you for informing me of the outcome of my interview for the fleet coordinator position at Rift Line Logistics.",
 "I enjoyed our conversation about the Mombasa to Malaba corridor and the new telematics system for your trucks. While I am disappointed not to be joining the team at this stage, I understand the decision and would value any feedback you are able to share.",
 "I remain very interested in Rift Line and would be pleased to be considered for future roles at your Nakuru depot."],
 "Yours sincerely,", "Grace Achieng", gap=True)

n("RR5", "rejection_reply", "Dear Ms. O'Brien,", [
 "Thank you for your kind email and for letting me know the result of the assistant revenue manager selection.",
 "Of course I am disappointed, but the interview was a very good experience for me. Especially, the case study about pricing during the Australian Open week taught me how your team balances the direct booking channel with the online travel agencies. If possible, I would be thankful for any feedback about my presentation.",
 "I hope I will have another chance to apply to the Yarra Grand Hotel in the future."],
 "Sincerely yours,", "Kim Seo-yeon")

n("RR6", "rejection_reply", "Dear Alasdair,", [
 "Many thanks for phoning on Friday to let me know about the forest works manager post in Dumfries and Galloway.",
 "It was disappointing news, but I appreciated you taking the time to explain that the panel chose someone with more harvesting contract experience. That is useful for me to hear, and I will look for ways to get more involved in the timber sales side in my current district.",
 "It was good to meet the team at Kirroughtree, and I wish the new manager well with the restocking programme."],
 "Best wishes,", "Kirsty Fraser")

n("RR7", "rejection_reply", "Dear Mr. Haddad,", [
 "Thank you for your message regarding the senior Arabic to English translator vacancy.",
 "I was sorry to learn that I was not selected, but I am grateful for the careful review of my legal translation test. Your note about the consistency of terms in the arbitration clause is very helpful, and I have already started building a glossary for that type of contract.",
 "I would be happy to be considered for freelance projects in the future."],
 "With best wishes,", "Layla Mansour")

n("RR8", "rejection_reply", "Good afternoon,", [
 "Thank you for letting me know that my application for the post-basic pharmacist's assistant position was unsuccessful this time.",
 "I enjoyed meeting the dispensary team and learning about the chronic medication collection service you run for patients from Alexandra. I would appreciate any feedback on my interview, as I hope to apply again once I complete my qualification next year.",
 "Thank you for a fair and well-organised process."],
 None, "Nomvula Dlamini", header="To: Recruitment Team, Jacaranda Pharmacy Rosebank")

# ---------------- offer ----------------
n("OF1", "offer", "Dear Ms. Carter,", [
 "Thank you for your call this morning and for the written offer for the warehouse operations supervisor position at the Southaven distribution center.",
 "I am delighted to accept. As discussed, my start date will be Monday, July 8, which allows me to give two weeks' notice to my current employer. I have signed and returned the offer letter and the background check authorization through the portal.",
 "Please let me know if there is anything I should bring on my first day, such as steel-toe boots or documents for the I-9."],
 "Best regards,", "Tyrone Jackson")

n("OF2", "offer", "Dear Dr Sinclair,", [
 "Thank you very much for the offer of the mixed-animal veterinarian position at Egmont Vets. I am excited about the prospect of joining the Stratford team.",
 "Before I confirm, I would like to discuss two points. First, given my five years of dairy herd experience, I wondered whether the base salary could be reviewed to $112,000. Second, could we agree that the after-hours roster will be one weekend in four, as mentioned at the interview?",
 "I am keen to reach an agreement and would be happy to talk by phone this week."],
 "Kind regards,", "Hannah Whitcombe BVSc")

n("OF3", "offer", "Dear Mr O'Sullivan,", [
 "Thank you for your letter of 14 October offering me the senior library assistant post at the Bishopstown library.",
 "I am very pleased to accept. I have given one month's notice to Kerry County Council today, so I can start on Monday 18 November as proposed. I have also completed the Garda vetting form and returned it to HR.",
 "I look forward to working with you and the team, and to helping with the Creative Ireland reading project."],
 "Le meas,", "Niamh Corcoran", gap=True)

n("OF4", "offer", "Dear Ms. Henderson,", [
 "Thank you very much for the offer for the intermediate structural engineer position at Prairie Span Engineering. I am very happy with this opportunity.",
 "Since I will be moving from Belo Horizonte with my family, I would like to ask if the company could cover part of the relocation costs, for example the flights and the first month of temporary housing. Also, because my work permit process will take about eight weeks, could the start date be moved to 2 September?",
 "I am sure we can find a good arrangement, and I am available for a call at any time that suits you."],
 "Best regards,", "Thiago Ferreira")

n("OF5", "offer", "Dear Mrs Lee,", [
 "Thank you for your email and the offer of the administrative executive position at Tampines Meridian Secondary School.",
 "I am pleased to accept. My current contract requires two months' notice, so my earliest start date would be 2 January, which I hope fits with the start of the school year. I would also be grateful if you could confirm whether the medical benefits begin from my first day.",
 "Thank you once again for this opportunity. I look forward to working with the general office team."],
 "Yours sincerely,", "Nur Aisyah binte Rahman")

n("OF6", "offer", "Bonjour Sophie,", [
 "thank you for sending the offer for the senior level designer position at Studio Boréal.",
 "I am very excited about the role and the new survival project. Before signing, I would like to ask whether we could agree on two remote days per week, as I currently work that way and find it helps with focused design work. I am also hoping to discuss a signing bonus to offset the unvested shares I would leave behind.",
 "I am happy to talk through the details whenever is convenient for you."],
 "Merci,", "Gabriel Tremblay", inline=True)

n("OF7", "offer", "Dear Mr Lindsay,", [
 "Thank you for offering me the senior claims handler position in the Edinburgh commercial property team, and for the time you spent answering my questions last week.",
 "After careful thought, I have decided to decline. My partner has recently accepted a post in Inverness, and we have decided to relocate as a family before the new school year. It was not an easy decision, as I was impressed by the team and by your approach to business interruption claims.",
 "I hope we have the chance to work together in the future."],
 "Yours sincerely,", "Callum Robertson")

n("OF8", "offer", "Dear Ms Njeri,", [
 "Thank you for the offer letter for the solar installation technician position at Savanna Sun Power, which I received on Monday.",
 "I am happy to accept the offer and the terms set out in the letter. I will report to the Thika yard on 1 July as agreed. Could you kindly confirm whether the company provides the harness and boots, or whether I should bring my own?",
 "I look forward to joining the team on the mini-grid projects in Makueni."],
 "Yours sincerely,", "Brian Kiprotich")

# ---------------- withdrawal ----------------
n("WD1", "withdrawal", "Dear Mr. Delacroix,", [
 "Thank you for inviting me to a second interview for the general manager position at The Magnolia Inn in Savannah.",
 "I am writing to let you know that I have accepted an offer from another hospitality group, and I must therefore withdraw my application. I enjoyed learning about your plans for the courtyard restaurant, and I am grateful for the time you and Ms. Boudreaux invested in me.",
 "I wish you all the best in finding the right person for the role."],
 "Warm regards,", "Jolene Pruitt")

n("WD2", "withdrawal", "Dear Ms Te Huia,", [
 "Thank you for shortlisting me for the forestry crew supervisor role in Kaingaroa Forest.",
 "I have decided to withdraw my application for family reasons. My father's health has changed recently, and I need to stay close to home in Gisborne for the coming year. I am sorry to step out at this stage, as I was looking forward to the assessment day.",
 "Thank you for your understanding, and I hope to be in touch about future roles when my circumstances allow."],
 "Ngā mihi,", "Rawiri Ngata")

n("WD3", "withdrawal", "Dear Mrs. Whitmore,", [
 "Thank you for the invitation to the final interview for the German to English technical translator position at Precis Language Services.",
 "After long consideration I have decided to continue my freelance work for the automotive clients I have in Stuttgart, and so I would like to withdraw my application. I am sorry for any inconvenience this may cause to your planning.",
 "I was very impressed with your terminology management and the friendly team. If you ever need external support for German automotive texts, I would be happy to help."],
 "With kind regards,", "Katrin Vogel", gap=True)

n("WD4", "withdrawal", "Dear Mr. Ramos,", [
 "Thank you for considering my application for the health claims processor position at Pacific Harbor Insurance in Ortigas.",
 "I would like to respectfully withdraw from the selection process, as I have accepted an offer from another company that is closer to my family in Laguna. I sincerely appreciate the time you and Ms. Santos spent with me during the initial interview.",
 "I wish you and your team continued success."],
 "Respectfully yours,", "Joanna Mae Reyes")

n("WD5", "withdrawal", "Dear Mrs Balogun,", [
 "Thank you for the invitation to the panel interview for the inventory control manager position at Eko Freight Hub.",
 "After discussions with my current employer, I have agreed to take on a new role leading their Apapa warehouse expansion, and I have therefore decided to withdraw my application. I did not want to take up a place on your shortlist that could go to another candidate.",
 "I appreciated your team's professionalism and hope we can stay in touch."],
 "Yours sincerely,", "Oluwaseun Adebayo")

n("WD6", "withdrawal", "Dear Mrs. Iyer,", [
 "Thank you for the opportunity to interview for the school administrator position at Greenfield Public School, Chennai.",
 "I regret to inform you that I must withdraw my candidature. My husband has been transferred to Hyderabad, and our family will be relocating next month, so I will not be able to take up a post in Chennai.",
 "I truly valued our conversation about the admissions process and the new fee management software. I wish the school every success."],
 "Yours sincerely,", "Lakshmi Narayanan")

n("WD7", "withdrawal", "Dear Ms Price,", [
 "Thank you for letting me know that the technical artist role at Hollow Oak Games will now be based fully in the Leamington Spa studio.",
 "Unfortunately, I am not able to relocate at this time, so I would like to withdraw my application. I understand the reasons for the change and appreciate you telling me before the final interview rather than after.",
 "I really enjoyed talking about shader optimisation with Omar and the team, and I will follow your next release closely."],
 None, "Mariam Al-Sayed\nTechnical Artist")

n("WD8", "withdrawal", "Dear Dr Goh,", [
 "Thank you for arranging the working interview for the veterinary nurse position next Thursday.",
 "I am writing to withdraw my application, as I have accepted a position at an animal hospital nearer my home in Punggol. I wanted to tell you as early as possible so that the slot can be offered to another candidate.",
 "I appreciated our phone conversation about your exotic pet service and wish the clinic all the best."],
 "Regards,", "Chloe Ng", header="To: Hiring Manager, Bukit Timah Veterinary Clinic")


def render(d):
    lines = []
    if d.get("header"):
        lines.append(d["header"])
    paras = list(d["paras"])
    if d["inline"]:
        lines.append(d["greeting"] + " " + paras[0])
        paras = paras[1:]
    else:
        lines.append(d["greeting"])
    lines.extend(paras)
    if d["signoff"]:
        lines.append(d["signoff"])
        lines.append(d["sig"])
    else:
        lines.append(d["sig"])
    return ("\n\n" if d["gap"] else "\n").join(lines)


notes = []
for k, d in B.items():
    notes.append({"text": render(d), "kind": d["kind"], "codes": []})

import copy

def insert(key, code, pi, where, sent):
    d = copy.deepcopy(B[key])
    p = d["paras"][pi]
    if where == "start":
        if d["inline"] and pi == 0:
            raise SystemExit("bad insert " + key)
        d["paras"][pi] = sent + " " + p
    else:
        d["paras"][pi] = p + " " + sent
    notes.append({"text": render(d), "kind": d["kind"], "codes": [code]})

def spell(key, word, bad):
    d = copy.deepcopy(B[key])
    t = render(d)
    pat = r"\b" + re.escape(word) + r"\b"
    if not re.search(pat, t):
        raise SystemExit("missing " + word + " in " + key)
    t = re.sub(pat, bad, t, count=1)
    notes.append({"text": t, "kind": d["kind"], "codes": ["spelling"]})

def generic(key, paras):
    d = copy.deepcopy(B[key])
    assert d["kind"] == "thank_you"
    d["paras"] = paras
    notes.append({"text": render(d), "kind": d["kind"], "codes": ["generic"]})

# negative copies
insert("TY1", "negative", 2, "start", "I must say the interview started forty minutes late, which was a little disappointing for a company that talks so much about punctuality.")
insert("CI1", "negative", 2, "start", "This is now my third email since the interview, so I hope someone will find the time to reply.")
insert("RR1", "negative", 1, "end", "Frankly, I think the panel put far too much weight on the collections questions and not nearly enough on my actual experience.")
insert("OF2", "negative", 2, "start", "I should mention that another practice has offered me more and needs my answer by Friday, so I would appreciate a quick decision.")
insert("WD1", "negative", 1, "end", "To be honest, waiting three weeks just to schedule a second interview made the decision much easier.")
insert("TY5", "negative", 2, "start", "It was refreshing to speak with a manager who actually listens, which is more than I can say for my current general manager.")
insert("CI8", "negative", 2, "start", "I have arranged my whole month around this process, so I am relying on the team to show me the same consideration.")

# asks_outcome copies
insert("TY2", "asks_outcome", 2, "end", "Could you also let me know whether I am still being considered for the position?")
insert("TY4", "asks_outcome", 2, "start", "I would also be grateful to know how I compared with the other graduates you interviewed.")
insert("CI3", "asks_outcome", 2, "end", "In particular, may I know if I have been shortlisted for the final interview?")
insert("CI5", "asks_outcome", 2, "end", "I would also be glad to know whether the panel has chosen someone yet or whether I am still in contention.")
insert("RR5", "asks_outcome", 2, "start", "Also, could you tell me if I am perhaps the second choice, in case the selected candidate does not accept?")
insert("TY8", "asks_outcome", 2, "end", "May I also ask whether the panel has reached a decision about my candidacy?")
insert("CI6", "asks_outcome", 2, "start", "Could you also tell me if an offer is likely to come from this interview?")

# informal copies
insert("TY3", "informal", 2, "end", "Youse were a choice bunch and I reckon we'd get on sweet as.")
insert("CI7", "informal", 2, "end", "Anyway, no stress, just holler if you wanna chat lol.")
insert("OF1", "informal", 1, "start", "Y'all have made my whole week, and I'm fixin' to celebrate tonight!")
insert("RR6", "informal", 1, "start", "Nae bother though, cheers for the heads-up, pal.")
insert("OF8", "informal", 2, "start", "Niaje, this news is poa sana, big up to the whole crew!")
insert("WD4", "informal", 2, "start", "Sorry po, and super thank you talaga for everything! 😊")

# spelling copies
spell("TY6", "appreciated", "apreciated")
spell("CI2", "useful", "usefull")
spell("RR2", "grateful", "greatful")
spell("OF3", "forward", "foward")
spell("WD3", "inconvenience", "inconvienence")
spell("OF5", "opportunity", "oppurtunity")
spell("WD6", "truly", "truely")

# generic copies (greeting, sign-off and signature kept)
generic("TY7", [
 "Thank you for taking the time to meet with me about the position.",
 "I enjoyed learning more about the role and the company, and I believe my skills and experience make me a strong fit. I am a hard worker who enjoys new challenges and working as part of a team.",
 "Thank you again for your time and consideration. I look forward to hearing from you."])
generic("TY9", [
 "Thank you very much for the interview and for telling me about the position.",
 "It was a pleasure to meet you and learn more about your organisation. The role sounds like an exciting opportunity, and I am confident that I could make a positive contribution to your team.",
 "Please let me know if you need any further information from me. Thank you again for your time."])
generic("TY10", [
 "Thank you for the opportunity to interview for the role.",
 "I appreciated the chance to discuss my background and to hear more about what the job involves. Our conversation confirmed my enthusiasm for the position, and I believe I have the qualities you are looking for.",
 "Thank you again for your consideration."])
generic("TY1", [
 "Thank you for meeting me and for the time you gave to our conversation about the role.",
 "I came away with a clear picture of what the position involves and of the kind of person you are seeking. I am a reliable and motivated professional, and I would welcome the chance to bring my experience to your organisation.",
 "I am grateful for the opportunity and look forward to hearing from you."])
generic("TY4", [
 "Thank you for interviewing me for the position.",
 "Our discussion was very informative, and I learnt a great deal about your company and its work. I am eager to grow my career in a supportive environment, and I believe this role would be an excellent match for my skills and ambitions.",
 "I look forward to hearing from you soon."])
generic("TY8", [
 "Thank you for giving me the opportunity to interview with you.",
 "I enjoyed our conversation and was very impressed by everything I heard about your organisation. I am confident that my experience, dedication and strong communication skills would make me a valuable addition to the team.",
 "Thank you once more for your time and consideration."])
generic("TY2", [
 "thank you for meeting me to discuss the position.",
 "It was lovely to hear more about your team and your work, and I came away even more interested in the opportunity. I pride myself on being organised, friendly and hard-working, and I feel I would fit in well.",
 "Thank you again for your time, and I hope to hear from you soon."])

# independent notes with one or two mistakes
notes.append({"kind": "thank_you", "codes": ["informal", "spelling"], "text":
 "Hey Jess!!\nJust wanted to say a massive thanks for having me in at Pixel Moth yesterday for the junior environment artist thing.\nThe tour of the mocap room was defintely the best part, and it was cool to see how you lot block out the swamp level in grey boxes before anyone touches textures. I also liked hearing about the weekly art jams.\nAnyway, I had a wicked time and I'm well up for joining the team if you'll have me.\nLaters,\nOllie Brennan"})
notes.append({"kind": "check_in", "codes": ["negative", "asks_outcome"], "text":
 "Dear Mr Eze,\nI am writing again about the warehouse supervisor position at Harbour Gate Logistics in Onne, for which I was interviewed on 2 May.\nThis is my fourth email since then, and I must say I expected a company that promises fast deliveries to be a little faster at replying to candidates. I have turned down other opportunities while waiting for you.\nCould you please tell me plainly whether I have got the job or not?\nYours faithfully,\nIfeanyi Nwosu"})
notes.append({"kind": "withdrawal", "codes": ["negative"], "text":
 "To: Recruitment, BrightRidge Renewables\nDear Hiring Team,\nI am writing to withdraw my application for the heat pump installation engineer role in Inverness.\nSince my interview the start date has been moved twice, the salary band has dropped, and nobody has explained why. I have no wish to work for a company that treats its applicants with so little respect, and I would suggest someone reviews how this vacancy has been handled before the next person goes through it.\nThank you for the interview itself, which was at least well organised.\nFraser Donnelly"})
notes.append({"kind": "rejection_reply", "codes": ["asks_outcome", "spelling"], "text":
 "Dear Ms Oyelaran,\nThank you for your email letting me know that I was not chosen for the library assistant post at the Yaba branch.\nI was very sorry to hear this, as I had enjoyed meeting the children's services team and hearing about the summer reading challenge. I would definately like to apply again in future.\nBefore I close this chapter, could you tell me where I ranked among the finalists, and whether I might still be offered the post if your first choice declines?\nWith thanks,\nAdaeze Obi"})
notes.append({"kind": "offer", "codes": ["informal"], "text":
 "Hi Pieter,\nShot for the offer for the site supervisor spot on the Paarl solar farm, bru, that's lekker news!\nI'm happy with the package as set out, and I can start on 3 March once I've worked out my notice at the current job. I've signed the contract and sent it back through the portal this morning. Please let me know what PPE I need to bring along and where to report on the first day.\nCan't wait to get stuck in with the crew.\nCheers hey,\nSipho Ndlovu"})
notes.append({"kind": "thank_you", "codes": ["generic", "spelling"], "text":
 "Dear Hiring Manager,\nThank you for the oppertunity to interview for the position yesterday.\nI enjoyed our conversation and learning more about the company and its goals. I believe my background and skills would allow me to contribute to your team from the very first day, and I am excited about the possibility of working with you.\nPlease do not hesitate to contact me if you need any further information.\nKind regards,\nDeborah Mensah"})

with open("notes.jsonl", "w", encoding="utf-8") as f:
    for x in notes:
        f.write(json.dumps({"text": x["text"], "kind": x["kind"], "codes": x["codes"]}, ensure_ascii=False) + "\n")
print(len(notes), "notes written")
