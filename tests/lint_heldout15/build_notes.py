import json
C = {}  # id -> (kind, text)
def add(i,kind,t): C[i]=(kind,t.strip())
add("T1","thank_you","""Dear Mrs Hughes,

Thank you for showing me around Glanrhyd Farm on Tuesday and for explaining how you run the rotary parlour with a team of four. I particularly enjoyed our conversation about reducing lameness in the herd, and it was useful to see the foot-trimming crate you installed last spring.

Having managed calving for a 300-cow herd at my current placement, I believe I could take on the night checks you described and support the move to sexed semen next season. I would also be happy to complete the Level 2 medicines course before starting if that would help.

Please pass my thanks to Dafydd for his time in the parlour. I look forward to hearing about the next steps.

Yours sincerely,

Rhys Pritchard
07700 900412""")
add("T2","thank_you","""Dear Ms. Alvarez,

Thank you for meeting with me on Thursday to discuss the Official Court Reporter opening with the Fourth Judicial District. I appreciated your overview of the new realtime feed for hearing-impaired jurors and the plans to move transcript delivery onto the state portal.

Our discussion about turnaround times for expedited transcripts was especially helpful. In my current freelance work I regularly produce daily copy at 225 words per minute, and I would welcome the chance to bring that experience to your team.

If it would be useful, I can send two redacted sample transcripts from recent depositions. Thank you again for your time and consideration.

Sincerely,
Danielle Brooks, RPR
(555) 014-2288""")
add("T3","thank_you","""Dear Dr Owusu,

Thank you very much for the opportunity to interview for the post of Senior Dialysis Nurse at Korle Bu yesterday. It was a pleasure to meet you and Sister Adjoa, and I was encouraged to hear about the plans to open four additional haemodialysis stations next year.

I was particularly interested in your concern about patients missing sessions because of transport costs. At my present unit in Kumasi we organised a shared-transport rota with a local church, and I would be glad to share how that worked.

Kindly let me know if you require any further documents from me. I look forward to hearing from you.

Yours sincerely,
Efua Boateng (Mrs)
+233 24 555 0191""")
add("T4","thank_you","""Dear Marcus,

Thank you for taking the time to speak with me yesterday about the SOC Analyst II role. I enjoyed learning how your team moved alert triage into the new SOAR platform and how that has reduced mean time to respond.

Your comment about the volume of credential-phishing alerts from the finance department stayed with me. In my current role I built a set of detection rules for lookalike domains that cut false positives by about a third, and I would be glad to walk you through the approach.

I am very excited about the possibility of joining the team, and I look forward to hearing about next steps.

Best regards,
Chen Wei
linkedin.com/in/chenwei-sec""")
add("T5","thank_you","""Dear Ms Jenkins,

Thank you for inviting me to the studio in Ruthin on Friday. I very much enjoyed meeting the throwing team and seeing the new electric kiln in action.

Our discussion about crawling in the celadon glaze was fascinating. I have had similar problems with high-iron clays in my own work, and I found that adjusting the bisque temperature made a noticeable difference. I would be happy to run some test tiles if that would be helpful.

The Studio Technician role combines the making and the teaching that I enjoy most, and I would be proud to contribute to the workshop programme. Diolch yn fawr iawn once again for your time.

Yn gywir,
Gwen Price""")
add("T6","thank_you","""Dear Mr Patel,

Thank you for meeting me at the Daventry depot on Wednesday to discuss the Fleet Coordinator vacancy. It was helpful to see the telematics dashboard and to hear how you are preparing for the switch to electric vans on the urban routes.

I was struck by your point about the number of vehicles off the road waiting for MOT slots. In my current role I introduced a rolling maintenance calendar with two local garages, which reduced unplanned downtime by around 15 per cent.

I am enthusiastic about the role and confident that my experience with tachograph compliance would be useful to the team. Thank you again, and I look forward to hearing from you.

Kind regards,
Olumide Adeyemi""")
add("T7","thank_you","""Dear Puan Rosnah,

Thank you for the opportunity to interview for the Care Coordinator position at Seri Kasih Home yesterday. I appreciated the tour of the wards and the time you took to introduce me to the residents in the day lounge.

I was moved by your explanation of how the home supports residents with dementia during the night shift. In my previous role in Penang I helped introduce a simple sleep diary for families, and I would be glad to share it with your team.

Thank you once again for your warm welcome. I look forward to hearing from you regarding the next stage.

Yours sincerely,
Nurul Aisyah binti Hassan""")
add("T8","thank_you","""Dear Coach Reynolds,

Thank you for the chance to interview for the Assistant Soccer Coach position and to watch Tuesday's training session. Seeing the players work through the pressing drills gave me a real sense of the style you are building.

I especially valued our conversation about balancing playing time for younger players with the demands of the conference schedule. At Lincoln High I ran a rotation system for our JV squad that kept every player involved while still winning the league, and I would love to bring that approach to your program.

Please let me know if you would like copies of my session plans or my USSF license. Thanks again for your time.

Sincerely,
Javier Ruiz""")
add("T9","thank_you","""Dear Dr Whitfield,

Thank you for interviewing me yesterday for the position of Trainee Patent Attorney in the engineering group. I enjoyed discussing the claim-drafting exercise and appreciated your comments on my approach to inventive step.

It was also interesting to hear about the firm's growing work in medical devices and the support you give trainees preparing for the PEB foundation examinations. My PhD on microfluidic valves has given me a good grounding in the technology, and I am keen to develop the legal skills to match.

Thank you again for your time and for such an engaging conversation. I look forward to hearing from you.

Yours sincerely,
Hamza Siddiqui""")
add("T10","thank_you","""Dear Mr Carter,

Thank you very much for the opportunity to visit the bakery on Saturday morning. It was a great pleasure to see the early shift and to learn how you keep the sourdough starters consistent between the two shops.

I was interested in your plans to add rye breads to the range. In Poznań I baked traditional rye and sourdough loaves for six years, and I would be happy to prepare a few test bakes for your customers to try.

I am sure that I could be a reliable member of the team and help with training new bakers. Thank you again for your time and kindness.

With best regards,
Katarzyna Nowak""")
add("T11","thank_you","""Dear Mr Andersen,

Thank you for meeting me on Monday to discuss the Wind Turbine Technician role at the Whitelee site. I really enjoyed climbing the training tower with your team and learning about the inspection programme for the older gearboxes.

Your explanation of how you use drones to inspect blade leading edges was very interesting. In my previous job near Zaragoza I worked on a similar project, and I believe my experience with vibration analysis could help with the gearbox issues you described.

I would be very glad to join your team. Please let me know if you need copies of my GWO certificates.

Kind regards,
Lucía Fernández""")
add("T12","thank_you","""Dear Ms Okafor,

Thank you for inviting me to interview for the Learning Officer role at the museum on Thursday. I very much enjoyed presenting my Victorian schoolroom session and was grateful for the panel's thoughtful questions.

Our discussion about reaching secondary schools that have never visited the museum has stayed with me. I would love to develop the object-handling loans box idea we talked about, and I have already sketched a few possible themes.

Thank you again for a welcoming and well-organised day, and please pass my thanks to the volunteers who showed me the stores.

Best wishes,
Eleanor Marsh""")
add("T13","thank_you","""Dear Mr Siddiqui,

Thank you for the opportunity to interview for the Accounts Officer position at your Lahore office on Tuesday. I am thankful for the time you and Ms Farah spent explaining the month-end close and the move to the new ERP system.

I was interested to hear about the challenge of reconciling supplier accounts across the three warehouses. In my present role I have reduced our reconciliation backlog from six weeks to ten days, and I would be pleased to apply the same discipline to your team.

Please do let me know if any further information is required. I look forward to hearing from you at your convenience.

Warm regards,
Ayesha Qureshi
ACCA Affiliate""")
add("T14","thank_you","""Dear Joanne,

Thank you for taking the time to meet me yesterday about the Senior Care Assistant role with Willow Homecare. I appreciated your honesty about the challenge of covering rural calls around Hexham, and I enjoyed hearing how your team stays in touch between visits.

As a driver with six years of domiciliary experience, I am comfortable managing a tight rota and building trust with clients and their families. I also hold my Level 3 Diploma in Health and Social Care and am happy to support newer carers with medication training.

Thank you again for a friendly and informative conversation. I look forward to hearing from you.

Kind regards,
Siobhan Gallagher""")
add("C1","check_in","""Dear Ms. Patel,

I hope you are doing well. I am following up on my interview on March 4 for the Security Engineer position. I enjoyed our discussion about the zero-trust rollout and remain very interested in the role.

When we spoke, you mentioned that the team hoped to make a decision within two weeks. Could you let me know whether there is an updated timeline for the next stage? I am happy to provide additional references or a work sample if that would be helpful.

Thank you for your time, and I look forward to hearing from you.

Best regards,
Daniel Kim
(555) 019-3344""")
add("C2","check_in","""Dear Mr Thomas,

I hope the silage harvest is going well. I wanted to follow up on my interview for the Assistant Herd Manager role on 12 May and to thank you again for the tour of the farm.

Since we met, I have completed my AI technician course, and I have attached the certificate in case it is useful. Could you tell me roughly when you expect to make a decision? I am asking only because my current employer would need four weeks' notice.

Thank you for your time, and I look forward to hearing from you.

Kind regards,
Dylan Morgan""")
add("C3","check_in","""Dear Mrs Asante,

I trust this email finds you well. I am writing to follow up on my interview for the Transport Supervisor position at your Tema depot on 3 June.

I remain very enthusiastic about the opportunity to help modernise the fleet maintenance records, as we discussed. I would be grateful if you could let me know the expected timeline for the next stage of the process, and whether there is any additional information I can provide.

Thank you once again for your consideration.

Yours sincerely,
Kwame Mensah
+233 20 555 0144""")
add("C4","check_in","""Dear Mr. Goldberg,

I hope your week is going well. I wanted to check in regarding the Patent Agent position following my interview on October 9. I very much enjoyed meeting the biotech prosecution group and discussing the office action backlog.

I understand the partners were meeting this week to review candidates. If there is anything else I can provide, such as a writing sample on a recent response to an obviousness rejection, I would be happy to send it. I would also appreciate any update you can share on the timing of next steps.

Thank you for your consideration.

Sincerely,
Priya Raman""")
add("C5","check_in","""Dear Encik Faizal,

Good morning. I hope you and the kitchen team are well. I am writing to follow up on my trial shift and interview for the Pastry Cook position at the hotel last Wednesday.

I very much enjoyed preparing the kuih selection for the tasting panel, and I appreciated Chef Lim's feedback on my laminated doughs. May I ask when the team expects to arrange the next stage, so that I can plan my availability?

Thank you very much for your time. I look forward to your reply.

Best regards,
Tan Mei Ling
012-555 7834""")
add("C6","check_in","""Dear Dr Rees,

I hope you are well. Following our conversation on Friday about the Education Officer post, I wanted to send the bilingual workshop plan I mentioned for Key Stage 2 visits to the slate gallery.

I have kept it to a single page so that it can be adapted easily. I would be glad to discuss it further if it would be useful to the panel, and I would be grateful to know when you expect to hold second interviews.

Diolch eto for your time and for a very enjoyable visit.

Cofion gorau,
Carys Lloyd""")
add("C7","check_in","""Dear Ms Brown,

I hope you are keeping well. I am writing about the Activities Coordinator position at Oakfield House, for which I interviewed on 21 February.

I enjoyed meeting the residents during the coffee morning, and I have been thinking about the music and memory sessions we discussed. My DBS check has now been renewed, and I have attached the updated certificate for your records.

Could you let me know if there is any further information you need from me, and when the next step in the process is likely to be? Thank you again for your time.

Kind regards,
Pablo Moreno""")
add("C8","check_in","""Dear Mr. Harris,

I hope everything is going well at the wind farm. I am writing to follow up on my interview for the Site Lead position on July 15.

I remain very interested in the role, particularly the plans to extend the service life of the older turbines. I wanted to share that I have now received my updated GWO Advanced Rescue certificate. Would you be able to share an estimated timeframe for the hiring decision? I am also available for a site visit or a further conversation at your convenience.

Thank you for your consideration.

Best regards,
Tomasz Wiśniewski""")
add("R1","rejection_reply","""Dear Ms. Carter,

Thank you for letting me know about your decision regarding the Dialysis Technician position. While I am disappointed, I appreciate the time you and the team spent with me, and I enjoyed learning about the clinic's home hemodialysis program.

If you are able to share any feedback on my interview or application, I would be very grateful. I am keen to strengthen my candidacy for similar roles, and your perspective would be valuable.

I would also welcome the chance to be considered for future openings at the clinic. Thank you again, and I wish you and the team continued success.

Sincerely,
Marcus Johnson""")
add("R2","rejection_reply","""Dear Mr Ellis,

Thank you for your email and for letting me know the outcome of the Production Potter interviews. I am naturally disappointed, but I very much enjoyed the throwing test and meeting the team at the pottery.

I would be grateful for any feedback you could offer on my practical test or interview, particularly on my handle-pulling, which I know was slower than I would like.

I hope the new potter settles in well, and I will continue to follow the studio's work with interest.

Best wishes,
Freya Collins""")
add("R3","rejection_reply","""Dear Ms Khan,

Thank you for informing me of the panel's decision regarding the Associate position in the intellectual property team. Although I am disappointed, I am grateful for the opportunity to have met you and your colleagues.

I would be most thankful if you could share any feedback on my written exercise on trade mark opposition, as I would like to improve in that area. Please also keep my details on file should a suitable vacancy arise in the future.

With warm regards and best wishes,
Bilal Ahmed
Lahore""")
add("R4","rejection_reply","""Dear Mr Boateng,

Thank you for your phone call on Monday and for explaining the committee's decision about the Youth Coach position. I was sorry to hear the news, but I appreciated your honesty and the kind words about my session with the under-twelves.

Your suggestion that I gain my CAF C Licence before applying again is very helpful, and I have already enquired about the next course in Accra.

I wish the academy every success this season and hope our paths will cross again.

Yours sincerely,
Kofi Agyeman""")
add("R5","rejection_reply","""Dear Ms Lee,

Thank you for letting me know the outcome of my application for the Fleet Analyst role. Although I am disappointed, I understand that you had many strong applicants.

I enjoyed discussing the fuel card data project with you and Mr Ravi, and I learned a lot from the case study exercise. If possible, I would appreciate any feedback on my presentation, as it would help me prepare for future interviews.

Please keep me in mind for any similar roles in the future. Thank you once again for the opportunity.

Warm regards,
Muhammad Hafiz bin Ismail""")
add("R6","rejection_reply","""Dear Anna,

Thank you for your kind email and for taking the time to let me know personally. Of course I am disappointed not to be joining the learning team, but I really enjoyed the interview and the chance to run a session with the Year 4 class.

If you have a few minutes at some point, I would be very grateful for any feedback on my presentation. I would also love to stay in touch, as I would be keen to volunteer at the family festival in the summer if you need extra help.

With best wishes,
Megan Hughes""")
add("R7","rejection_reply","""Dear Chef Marino,

Thank you for letting me know about the Head Baker position. I am disappointed, but I truly appreciated the chance to work a trial shift in your kitchen and to learn how you manage the overnight proof.

If you have any feedback about my trial or interview, I would be grateful to hear it. I am particularly interested in whether there were gaps in my production planning that I should work on.

I wish you and the team all the best with the new location opening this fall, and I hope to stop in as a customer soon.

Best regards,
Alicia Gomez""")
add("O1","offer","""Dear Ms. Nguyen,

Thank you very much for offering me the position of Cybersecurity Analyst. I am excited about the opportunity to join the team and to contribute to the incident response program we discussed.

Before I accept, I would like to discuss the base salary. Based on my CISSP certification, four years of SOC experience, and current market data for similar roles in the Denver area, I would like to ask whether you could consider a starting salary of $98,000. I am confident that I can add value quickly, particularly in building out your detection engineering.

I am very enthusiastic about the role and look forward to finding a package that works for us both.

Best regards,
Samuel Okoro""")
add("O2","offer","""Dear Mrs Whitaker,

Thank you for your phone call this morning and for offering me the role of Deputy Manager at Rosewood Care Home. I am delighted to accept.

As I mentioned at interview, my contract requires me to give eight weeks' notice. Would it be possible to confirm a start date of Monday 2 September? This would allow me to complete a proper handover at my current home.

I would also be grateful if you could confirm the arrangements for the on-call rota during my first month.

I look forward to receiving the written contract and to joining the team.

Yours sincerely,
Grace Mwangi""")
add("O3","offer","""Dear Mr Lawson,

Thank you for your letter offering me the position of Part-Qualified Patent Attorney. I am very pleased to receive it and am keen to join the firm.

Before I sign, I would like to ask whether there might be flexibility on working arrangements. In my current role I work two days a week from home, which has allowed me to focus on drafting without interruption. Would the firm consider a similar arrangement once I have completed my first three months in the office?

I am very happy with the other terms and look forward to hearing your thoughts.

Yours sincerely,
Aisha Rahman""")
add("O4","offer","""Dear Ms Rossi,

Thank you very much for offering me the position of Morning Baker. I am very happy to accept, and I am looking forward to working with you and the team.

I would like to ask one question about the hours. Since I take my daughter to school at half past eight, would it be possible to start at 4 am and finish at 12 noon, instead of 5 am until 1 pm? I understand if this is difficult, but it would help my family very much.

Thank you again for this opportunity. Please let me know what documents you need from me.

Kind regards,
Carmen Delgado""")
add("O5","offer","""Dear Mr Jones,

Thank you for the offer of the Senior Turbine Technician post at Pen y Cymoedd. I am delighted to accept and am very much looking forward to joining the team.

Could I ask whether the relocation allowance mentioned at interview would cover temporary accommodation for the first month? We are hoping to move from Wrexham in early April, and a short let near the site would make the transition much easier.

I have signed and returned the contract as requested. Please let me know if you require anything else before my start date.

Diolch yn fawr,

Owain Jenkins""")
add("O6","offer","""Dear Mr Malik,

Thank you for offering me the position of Network Security Officer. I am grateful for your confidence in me and I am keen to accept.

Having reviewed the offer, I would like to ask whether the salary could be revised to PKR 350,000 per month, in view of my CCNP certification and five years of experience with bank networks. I would also appreciate confirmation that the company will support my CEH training, as discussed at interview.

I remain very enthusiastic about the role and look forward to your response.

Kind regards,
Usman Tariq""")
add("O7","offer","""Dear Dr. Alvarez,

I am delighted to accept your offer of the Museum Educator position, as outlined in your letter of May 6. Thank you for this wonderful opportunity.

As we discussed, I will complete my current contract with the science center on June 14. Would a start date of Monday, June 24 work for the team? I would also appreciate any reading you can recommend on the new natural history galleries before I begin.

I look forward to working with you and the education team this summer.

Warm regards,
Jordan Ellis""")
add("W1","withdrawal","""Dear Mr. Thompson,

Thank you for the opportunity to interview for the Fleet Manager position at Coastal Freight. I truly appreciated the time you and the team spent with me.

I am writing to let you know that I have accepted a position with another company and would like to withdraw my application. This was not an easy decision, as I was very impressed with your plans for route optimization and driver safety.

I hope to cross paths again in the future, and I wish you every success in filling the role.

Sincerely,
Rachel Adams""")
add("W2","withdrawal","""Dear Ms Ward,

Thank you for inviting me to the second interview for the Court Reporter role on Thursday. I am writing, with regret, to withdraw my application.

Yesterday I received and accepted an offer from a captioning firm in Leeds, which will allow me to work closer to home. I wanted to let you know straight away so that the interview slot can be offered to another candidate.

I very much enjoyed meeting you and learning about the work of the Crown Court team. Thank you again for your time, and I wish you well with the recruitment.

Kind regards,
Hannah Clarke""")
add("W3","withdrawal","""Dear Mrs Pearson,

Thank you very much for the interview last week for the Night Care Assistant position. I appreciated your kindness and the time you gave me.

I would like to inform you that I have accepted another offer from a care home nearer to my children's school, so I must withdraw my application. I am sorry for any inconvenience this may cause.

I wish you and the residents all the best, and I hope we may have the chance to work together in the future.

Yours sincerely,
Agnieszka Kowalska""")
add("W4","withdrawal","""Dear Mr Darko,

I am grateful for the opportunity to interview for the Poultry Farm Supervisor position at your Dodowa farm. I enjoyed our conversation about biosecurity and the new layer houses.

After much consideration, I have decided to accept an offer from another agribusiness in Techiman, which is closer to my family. I would therefore like to withdraw my application from the process.

Thank you once again for your time, and please extend my appreciation to the farm manager for the tour. I wish you continued success.

Yours sincerely,
Abena Osei""")
add("W5","withdrawal","""Dear Ms Wong,

Thank you for the opportunity to interview for the Clinic Coordinator role and for your patience while I considered my options.

After careful reflection, I have decided to remain with my current employer, who has offered me a new position leading our dialysis training programme. I therefore wish to withdraw my application.

It was a pleasure meeting you and the nursing team, and I was very impressed by your centre's work. I hope we will have the chance to cross paths again.

Best regards,
Lim Jia Hui""")
add("W6","withdrawal","""Dear Sarah,

Thank you for inviting me to the final interview for the Head of Netball role at Hollins Academy. I am writing to let you know that I have accepted an offer from another school and would like to withdraw my application.

I enjoyed meeting the squad and watching the training session, and I was impressed by the commitment of your players. I am sorry not to be able to continue, and I hope the process goes smoothly.

With best wishes for the season ahead,
Laura Bennett""")

notes=[]
for i,(k,t) in C.items(): notes.append({"text":t,"kind":k,"codes":[]})

def insert(i, para, sent):
    k,t=C[i]; ps=t.split("\n\n"); ps[para]=ps[para]+" "+sent; return k,"\n\n".join(ps)
INS = [
 ("T2",2,"negative","I will admit the security queue at the courthouse made me late, which was rather frustrating."),
 ("C1",2,"negative","I realise things get hectic, but two weeks has now turned into nearly four."),
 ("C4",2,"negative","I should mention that another firm has asked for my answer by Friday, so a quick reply would help."),
 ("R2",2,"negative","I do think the throwing test favoured candidates who had used your wheels before."),
 ("O2",2,"negative","I am also relieved to be leaving a manager who has never once thanked her staff."),
 ("W1",2,"negative","I must admit that the three-week gap between interviews made the decision easier."),
 ("T6",1,"negative","It was refreshing to meet someone so organised after years of working under a director who loses track of everything."),
 ("T1",3,"asks_outcome","Would you be able to tell me whether I am one of your preferred candidates?"),
 ("C2",2,"asks_outcome","I would also like to know whether I am still on your shortlist."),
 ("C5",2,"asks_outcome","Could you also kindly tell me whether the panel was happy enough to offer me the role?"),
 ("T9",3,"asks_outcome","I would be grateful to learn whether I am likely to progress to the partner interview."),
 ("R5",2,"asks_outcome","Could you tell me whether I came close, and whether I might be next if the new hire withdraws?"),
 ("C8",2,"asks_outcome","Could you also tell me whether I remain in contention for the position?"),
 ("T4",3,"informal","Honestly, your team seems super chill and I reckon I'd fit right in, haha."),
 ("C3",1,"informal","Hope all is gud with you and the crew over there, chale!"),
 ("O5",3,"informal","Can't flippin' wait to get up those towers, it's gonna be mint!"),
 ("W3",3,"informal","Sorry again, hun, you've been a proper diamond about it all x"),
 ("R7",1,"informal","No biggie though, these things happen, right? 😅"),
 ("T11",2,"informal","Seriously, that tower climb was a total rush, what a buzz!"),
]
for i,p,code,s in INS:
    k,t=insert(i,p,s); notes.append({"text":t,"kind":k,"codes":[code]})
SP = [("T3","particularly","particulary"),("T10","interested","intrested"),("C8","received","recieved"),
      ("O1","opportunity","oppertunity"),("W2","interview","interveiw"),("T12","grateful","greatful"),
      ("R3","disappointed","dissapointed")]
for i,a,b in SP:
    k,t=C[i]; assert a in t,(i,a); notes.append({"text":t.replace(a,b,1),"kind":k,"codes":["spelling"]})
GEN = [
"""Dear Ms Jenkins,

Thank you for taking the time to meet with me on Friday. I really appreciated the opportunity to learn more about the role and the organisation.

I enjoyed our conversation and was pleased to hear more about the team and its work. I believe my skills and experience would make me a strong fit, and I am confident I could make a positive contribution.

Thank you again for your time and consideration. I look forward to hearing from you.

Yn gywir,
Gwen Price""",
"""Dear Puan Rosnah,

Thank you for the opportunity to interview for the position yesterday. It was a pleasure to meet you and to find out more about your organisation and its goals.

I was very interested in everything you told me about the role, and our discussion confirmed my enthusiasm for the job. I am sure my background and abilities would allow me to contribute effectively to your team.

Thank you once again for your time. I look forward to hearing from you regarding the next stage.

Yours sincerely,
Nurul Aisyah binti Hassan""",
"""Dear Coach Reynolds,

Thank you for the chance to interview with you this week. I appreciated learning more about the position and the way your department works.

Our conversation was very informative, and it reinforced my interest in joining your team. I believe I have the experience, work ethic and passion needed to succeed in this role and to help the organization reach its goals.

Please let me know if you need any additional information from me. Thanks again for your time.

Sincerely,
Javier Ruiz""",
"""Dear Mr Siddiqui,

Thank you for the opportunity to interview for the position on Tuesday. I am thankful for the time you spent explaining the role and answering my questions.

I was pleased to learn more about the company and the responsibilities of the position. I feel that my qualifications and experience match your requirements well, and I would be happy to bring my skills to your team.

Please do let me know if any further information is required. I look forward to hearing from you at your convenience.

Warm regards,
Ayesha Qureshi""",
"""Dear Joanne,

Thank you for taking the time to meet me yesterday. I really enjoyed our conversation and appreciated the chance to learn more about the job and your company.

I am very interested in the opportunity and believe that my experience and skills would make me a valuable addition to the team. I am a hard worker and a quick learner, and I am always keen to take on new challenges.

Thank you again for a friendly and informative conversation. I look forward to hearing from you.

Kind regards,
Siobhan Gallagher""",
"""Dear Dr Whitfield,

Thank you for interviewing me yesterday. I enjoyed discussing the position with you and appreciated the insight you gave me into the organisation.

It was interesting to hear more about the work of the team and the opportunities the role offers. I am confident that my background has prepared me well, and I am eager to put my abilities to use in a role like this.

Thank you again for your time and for such an engaging conversation. I look forward to hearing from you.

Yours sincerely,
Hamza Siddiqui""",
"""Dear Ms Okafor,

Thank you for inviting me to interview on Thursday. I very much enjoyed meeting you and the rest of the panel, and I was grateful for the chance to talk about my experience.

Our discussion left me even more excited about the position. I am certain that I would be a great fit for the team, and I would welcome the chance to contribute to your continued success.

Thank you again for a welcoming day. Please let me know if there is anything else you need from me.

Best wishes,
Eleanor Marsh""",
]
for g in GEN: notes.append({"text":g.strip(),"kind":"thank_you","codes":["generic"]})
EXTRA = [
("check_in",["negative","asks_outcome"],"""Dear Mr Kowalczyk,

I am writing once more about the Quality Inspector position at the ceramics plant, for which I interviewed on 4 April. This is the third time I have contacted you, and I am still waiting for any response.

I remain interested in the role and enjoyed seeing the tunnel kiln and the glazing line during my visit. However, I would like to know plainly whether I am still being considered, or whether the position has gone to someone else.

Thank you for your attention to this matter.

Regards,
Marek Zieliński"""),
("thank_you",["informal","spelling"],"""Hi Dave!!

Massive thanks for the chat yesterday about the Apprentice Baker job, it was proper fun. Seeing the big deck oven and the croissant lamination was well cool, not gonna lie.

I've been baking at home for years and I'm realy keen to learn the trade properly. I can do early starts no problem, I'm basically a morning person anyway lol. The bit about the wholesale orders for the cafés in town sounded like a great chance to learn about scaling up recipes.

Anyway, thanks again and hope to hear from you soon!

Cheers,
Jaz 🍞"""),
("rejection_reply",["negative"],"""Dear Mr O'Connor,

Thank you for your email about the Fleet Supervisor role. I must be honest and say that I was surprised by the outcome, given that I have run a larger fleet than the one at your depot for over eight years.

I had understood from the final interview that the panel was very positive, so it is hard not to feel that the decision had been made in advance. I would still welcome any feedback, if only to understand what could have been done differently.

I wish you well with the new supervisor.

Yours sincerely,
Declan Byrne"""),
("offer",["informal"],"""Hey Ruth,

Thanks so much for ringing me with the offer for the Sports Development Officer job, I was buzzing all afternoon! 🎉

I'm really happy with the salary and the hours. The only thing I wanted to check is whether I could start on 6 January rather than before Christmas, as I need to give my current club four weeks' notice and finish the autumn coaching block with the under-elevens.

Can't wait to get stuck in with the holiday camps and the school sessions. Send over the contract whenever and I'll get it signed pronto.

Ta-ra for now,
Kieran"""),
("withdrawal",["asks_outcome"],"""Dear Ms Mensah,

Thank you for inviting me to the final interview for the Museum Education Coordinator position next Tuesday. I was very grateful for the opportunity to meet the learning team and to see the new children's gallery.

I have decided to accept a role at another heritage organisation, so I must withdraw from the process. Before I formally step back, could you tell me, out of interest, whether I was one of your leading candidates and whether an offer would have been likely?

Thank you again for your time and kindness throughout the process.

Yours sincerely,
Nana Yaa Frimpong"""),
]
for k,c,t in EXTRA: notes.append({"text":t.strip(),"kind":k,"codes":c})
with open("/work/heldout15/notes.jsonl","w",encoding="utf-8") as f:
    for n in notes: f.write(json.dumps(n,ensure_ascii=False)+"\n")
print(len(notes))
