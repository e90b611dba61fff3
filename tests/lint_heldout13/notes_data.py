# Hand-written notes. CLEAN: list of (kind, text). COPIES: (clean_index, old, new, code). EXTRA: (kind, codes, text)
CLEAN = []
def c(kind, text): CLEAN.append((kind, text.strip("\n")))

c("thank_you", """Dear Ms Henderson,

Thank you for meeting me on Tuesday to discuss the Assistant Forest Manager position in the Galloway district. I enjoyed hearing about the restocking programme after last winter's storm damage, and the walk through the Glentrool compartments gave me a clear sense of the ground conditions your harvesting contractors are working with.

Our conversation about balancing timber targets with the new peatland restoration commitments was particularly interesting. My work on the Sitka spruce clearfell plans at Eskdalemuir involved similar trade-offs, and I would welcome the chance to bring that experience to your team.

Please let me know if you need anything further from me. Thank you again for your time.

Kind regards,

Eilidh MacLeod
07700 900 412 | eilidh.macleod@example.com""")  #0

c("thank_you", """Dear Mr. Kowalski,

Thank you for taking the time to speak with me yesterday about the Quality Assurance Technician role at Northbank Brewing. I appreciated the tour of the cellar and your explanation of how the team tracks diacetyl levels before packaging.

I was especially interested in your plans to bring microbiology testing in-house rather than sending samples to an outside lab. In my current role at Lakeside Cider I set up a basic plating and forcing-test routine, and I would be glad to help build something similar for your canning line.

I am very enthusiastic about the opportunity to join Northbank, and I look forward to hearing about the next steps in the process.

Sincerely,
Mariana Gonçalves""")  #1

c("thank_you", """Dear Dr Achebe, thank you for inviting me to interview for the Orthodontic Therapist position at Riverside Orthodontics on Friday. It was a pleasure to meet you and the team, and to see how the practice has organised its clear aligner clinics.

I found our discussion about improving retainer compliance among teenage patients very useful. The idea of sending short video reminders after debond appointments is one I would be keen to help develop, as I have seen similar approaches work well in my current NHS practice.

Thank you again for the opportunity. Please do not hesitate to contact me if you would like any further information.

With best wishes,
Zoë Hartley-Brontë
Orthodontic Therapist, GDC 123456
zoe.hartley@example.co.uk""")  #2

c("thank_you", """Dear Mr Lindqvist,

Thank you for the interview on Wednesday for the Air Traffic Control Assistant role at Sumburgh. I appreciated the chance to sit in the visual control room and observe how the assistants support the controllers during the helicopter shuttle peaks.

Your description of the flight data processing changes planned for next spring was helpful, and it reassured me that the training programme is well structured. My experience coordinating flight plans at a busy flying school has given me a good grounding in accurate, calm communication under time pressure.

I remain very interested in the role and would be happy to provide any further information.

Yours sincerely,

Björn Sæther
+44 7700 900 188""")  #3

c("thank_you", """Dear Mrs. Kapoor,

I am writing to thank you for the interview held on Monday for the position of Insolvency Administrator. I am very much grateful for the time you and Mr. Desai gave me, and for explaining how the team manages creditor claims in the larger liquidation cases.

The discussion on the new digital creditor portal was especially interesting to me. In my present firm I have handled the upload of proofs of debt and the preparation of dividend schedules, so I believe I can contribute from the first week itself.

Kindly let me know if any further documents are required from my side. Thanking you once again.

Warm regards,
Anjali Deshpande
+91 98200 11223 | anjali.deshpande@example.in""")  #4

c("thank_you", """Hi Lucía,

Thank you so much for the video call this morning about the Portuguese–English Translator role. I really enjoyed hearing how your team handles terminology for the medical device clients, and I appreciated your honesty about the tight turnaround on regulatory documents.

As we discussed, I have attached two short samples from my work on instructions for use, with the client names removed. I would also be glad to complete a paid test translation if that would help the team assess my style.

Thanks again for your time, and I hope the rest of the week goes well.

Best wishes,
Tomás Oliveira""")  #5

c("thank_you", """Dear Priya,

Thank you for meeting me on Thursday to discuss the Assistant Buyer position in the menswear team. I enjoyed our conversation about the autumn range and the challenge of managing late deliveries from the Portuguese knitwear supplier.

Hearing how the team uses weekly sell-through reports to decide on repeat orders was really helpful. In my current role as a merchandising administrator I prepare similar reports, and I would be keen to build on that experience alongside you and the senior buyer.

I am very excited about the possibility of joining the team. Thank you again for your time and for the insight into the buying calendar.

Kind regards,
Kwame Mensah
kwame.mensah@example.com
07700 900 731""")  #6

c("thank_you", """Dear Engr. Balogun,

I wish to sincerely thank you for the opportunity to interview for the position of Terminal Operations Supervisor at Apapa on Tuesday. I found the discussion on vessel berthing windows and yard congestion very enlightening.

It was also a privilege to hear about the planned upgrade of the terminal operating system. Having coordinated gate operations at Onne for four years, I am confident that I can support the team during the transition.

Please accept my appreciation once more, and do let me know if you require any further information from me.

Yours faithfully,
Oluwaseun Adeyemi
0803 555 0192""")  #7

c("thank_you", """Dear Ms Ní Bhriain,

Thank you for meeting me yesterday about the Special Needs Assistant post at Scoil Bhríde. I really appreciated hearing about the school's sensory room and the way the team plans movement breaks for the pupils in the autism class.

Our conversation about supporting children through the move into first class was very helpful. On my placement in Tallaght I worked closely with a class teacher on visual timetables, and I would love to bring that experience to your school.

Thank you again for your time and for the warm welcome. I look forward to hearing from you about the next steps.

Le meas,
Ciarán Ó Súilleabháin""")  #8

c("thank_you", """Dear Mr Okonkwo,

Thank you for the interview on Friday for the Deputy Stage Manager role on the spring tour of The Winter's Tale. I enjoyed hearing how the company adapts the prompt book for each venue, and about the challenges of a twelve-week tour with several short get-ins.

I was especially interested in your comments about rehearsal reports and how they are shared with the design team. I have attached an example from my last production, as you suggested.

Thank you again, and I hope the casting sessions go well this week.

Best regards,
Renée Dubois
Stage Manager | 07700 900 516""")  #9

c("thank_you", """Dear Ms. Tremblay,

Thank you for taking the time to meet with me on Monday about the Robotics Technician position at your Kitchener facility. I enjoyed seeing the palletizing cells in operation and learning how your team is reducing downtime on the vision system.

Our discussion about preventive maintenance schedules was especially interesting. During my co-op placement I helped rewrite the maintenance checklists for six collaborative robots, and I would be keen to contribute to a similar program at your plant.

I am very interested in the role and look forward to hearing about next steps.

Sincerely,
Hiroshi Tanaka
519-555-0147 | hiroshi.tanaka@example.ca""")  #10

c("thank_you", """Dear Ms. Santos,

Thank you very much for the interview last Wednesday for the Pensions Administrator role. I appreciated how you explained the process for handling transfer requests and the checks the team carries out before any payment is released.

I also enjoyed meeting Mr. Reyes, and I found his explanation of the annual benefit statements very clear. My experience with member records at a retirement fund in Makati has prepared me well for this kind of detailed work.

Thank you again for accommodating my request for an afternoon slot. I look forward to hearing from you.

Respectfully yours,
Maria Clara Dela Cruz""")  #11

c("check_in", """Dear Mr. Kowalski, I hope you are well. I am writing to follow up on my interview on 3 March for the Quality Assurance Technician role.

I understand that the team has been busy with the spring seasonal release, so I simply wanted to let you know that I remain very interested in the position. Since we spoke, I have completed the IBD General Certificate in Packaging, and I have attached my result in case it is useful.

Could you let me know roughly when you expect to arrange the next stage? I would like to make sure I am available.

Kind regards,
Mariana Gonçalves
07700 900 245""")  #12

c("check_in", """Dear Ms Henderson,

I hope the planting season is going well. I wanted to check in regarding the Assistant Forest Manager role, as you mentioned that the panel would meet towards the end of the month.

Please let me know if you need any further information, such as copies of my chainsaw certificates or the felling licence applications I have prepared. I will be on site in the Borders next week with limited signal, but I will check my email each evening.

Thank you for your time, and I look forward to hearing about the next steps.

Best wishes,
Eilidh MacLeod""")  #13

c("check_in", """Dear Mr Lindqvist,

I hope you are well. I am writing to follow up on our conversation of 12 June about the Air Traffic Control Assistant position.

I wanted to let you know that my medical certificate has now been issued, in case this is needed for the vetting stage. I have attached a scan of it to this email.

I would also be grateful if you could let me know whether the second interview will take place at Sumburgh or at the Aberdeen office, so that I can plan my travel.

Many thanks,

Björn Sæther""")  #14

c("check_in", """Hi Lucía,

I hope you've had a good week. I'm just following up on the test translation I sent on Monday for the Portuguese–English Translator role.

I wanted to make sure the file arrived safely, as it was quite large with the tracked changes. If it would help, I am happy to send a clean version or a PDF instead.

I also wanted to mention that I will be on holiday from 20 to 27 August, but I will have my laptop with me and can join a call if needed.

Best wishes,
Tomás Oliveira""")  #15

c("check_in", """Dear Ms. Carter,

I hope this note finds you well. I wanted to follow up on my interview on April 9 for the Special Education Paraprofessional position at Lincoln Elementary.

I understand the district has several approvals to complete, and I appreciate the time this takes. In the meantime, I have finished the crisis prevention and de-escalation training we discussed during the interview, and I have attached the certificate.

If there is anything else you need from me, such as additional references, please let me know. Thank you again for your consideration.

Sincerely,
Dolores Reyes
(555) 014-2290""")  #16

c("check_in", """Dear Mr. Venkataraman,

Greetings of the day. I am writing with reference to my interview on 14 November for the post of Senior Pensions Analyst.

As discussed, I have now obtained the relieving letter from my previous employer, and I have attached it along with my updated CV. Kindly let me know if any other documents are needed for the verification process.

I would also be grateful to know the expected timeline for the final round, so that I can plan my leave accordingly.

Thanks and regards,
Ravi Shankar Iyer
+91 98450 33112""")  #17

c("check_in", """Dear Aisha,

I hope the opening week of the pantomime went brilliantly. I wanted to get in touch regarding the Production Assistant role we discussed on 2 December.

I know this is an incredibly busy time for the whole building, so please don't feel any need to reply before the run settles down. I simply wanted to confirm that I am still available from January and very much interested in joining the production office.

Thank you again for showing me around the workshop. I hope the rest of the run goes smoothly.

Warm wishes,
Fatima Zahra El Idrissi""")  #18

c("check_in", """Dear Dr Fraser,

I hope you are keeping well. I am writing to follow up on my interview last Tuesday for the Graduate Robotics Engineer position at your Livingston site.

Since we spoke, I have finished the ROS 2 navigation project I mentioned, and I have uploaded the code and a short video to my portfolio page. The link is in my signature below if you would like to have a look.

Could you let me know whether the technical assessment will be in person or online? Thank you again for your time.

Kind regards,
Callum Baird
callumbaird.example.com | 07700 900 861""")  #19

c("check_in", """Dear Dr Achebe,

I hope you are well. I wanted to follow up on my interview on 5 May for the Orthodontic Therapist position.

I remain very enthusiastic about the role, particularly the chance to help run the aligner review clinics we discussed. My current practice has confirmed that my notice period is four weeks, which would allow me to start in early July if that suited the team.

Please let me know if you need anything further from me. I look forward to hearing about the next steps when the time is right.

With best wishes,
Zoë Hartley-Brontë""")  #20

c("rejection_reply", """Dear Mr. Kowalski,

Thank you for letting me know about your decision regarding the Quality Assurance Technician role. Although I am disappointed, I really appreciated the chance to meet the team and to see the new canning line.

If you have time, I would be grateful for any feedback on my interview, especially on the microbiology questions, as I am keen to keep developing in that area.

I would love to be considered for future openings at Northbank, and I wish you and the team every success with the new taproom.

Sincerely,
Mariana Gonçalves""")  #21

c("rejection_reply", """Dear Engr. Balogun,

Thank you for your letter informing me of the outcome of my interview for the position of Terminal Operations Supervisor. While I am naturally disappointed, I am grateful for the time the panel gave me and for the insight I gained into the terminal's expansion plans.

I would be most grateful if you could share any feedback that may help me in future applications. I would also welcome the opportunity to be considered for other roles in the operations department.

Please extend my regards to the entire panel.

Yours faithfully,
Oluwaseun Adeyemi""")  #22

c("rejection_reply", """Hi Lucía,

Thanks for letting me know, and for the kind comments about my test translation. I was sorry to hear the news, but I completely understand that you needed someone with more experience of regulatory submissions.

I really enjoyed getting to know how your team works, and I would be happy to hear from you if freelance overflow work comes up in the future. I'll keep building my experience with medical device documents in the meantime.

All the best,
Tomás""")  #23

c("rejection_reply", """Dear Mr Lindqvist,

Thank you for your email and for taking the time to explain the panel's decision about the Air Traffic Control Assistant role. I was disappointed, but your feedback about my answers on the emergency scenario was fair and very useful.

I plan to gain more operational experience over the next year, and I would very much like to apply again when the next vacancy is advertised. Could you let me know roughly when that is likely to be?

Thank you again for your help throughout the process.

Yours sincerely,
Björn Sæther""")  #24

c("rejection_reply", """Dear Ms. Whitfield,

Thank you for letting me know about your decision on the Associate Buyer position. I enjoyed meeting you and learning about the team's approach to building the resort collection, and I was grateful for the chance to present my trend analysis.

While I am disappointed not to be moving forward, I understand the decision and appreciate your honesty. I would welcome any feedback you are able to share, and I hope we can stay in touch.

Best wishes to you and the team for the upcoming season.

Kind regards,
Chloé Martin
chloe.martin@example.com""")  #25

c("rejection_reply", """Dear Mrs Campbell,

Thank you for phoning me yesterday to let me know the outcome of my interview for the Additional Support Needs Assistant post. I appreciated you taking the time to call rather than sending an email.

I learned a great deal from the process, especially from the scenario about supporting a pupil during a fire drill. I will take your comments on board as I continue my studies at the University of Stirling.

I would be glad to be considered for any supply or sessional work in the future. Thank you again for your kindness.

Best wishes,
Eilidh Morrison""")  #26

c("rejection_reply", """Dear Mrs. Kapoor,

Thank you for informing me about the outcome of my interview for the position of Insolvency Administrator. I was disappointed to learn the news, but I sincerely appreciate the time and consideration given to my application.

It was a good learning experience, and I valued the discussion on the creditor portal. If possible, kindly share any points where I can improve, as I am preparing for my insolvency examinations this year.

I hope to have the opportunity to apply to your firm again in future.

With regards,
Anjali Deshpande""")  #27

c("rejection_reply", """Dear Ms. Tremblay,

Thank you for letting me know your decision regarding the Robotics Technician position. I'm disappointed, of course, but I really appreciated the time you and Mr. Gagnon spent showing me the facility.

Your comments about the PLC troubleshooting exercise were helpful. I have already signed up for a controls course this fall so that I can strengthen that area.

I'd be glad to be considered for future technician openings, and I wish the team every success with the new palletizing line.

Sincerely,
Hiroshi Tanaka""")  #28

c("offer", """Dear Priya,

Thank you very much for the offer of the Assistant Buyer position in the menswear team. I am delighted to accept, and I am really looking forward to working with you on the autumn range.

As we discussed, my current contract requires four weeks' notice. If I hand in my notice on Monday, I could start on 2 September. Could you let me know if that date works for the team?

I would also be grateful if you could send the contract and the details of the first-week induction when they are ready. Thank you again for this opportunity.

Kind regards,
Kwame Mensah""")  #29

c("offer", """Dear Dr Achebe,

Thank you so much for offering me the Orthodontic Therapist position at Riverside Orthodontics. I am very pleased to receive the offer and excited about joining the team.

Before I accept, I wondered whether there is any flexibility on the day rate. Given my three years' experience with aligner cases and my additional training in extended duties, I would like to ask whether a rate of £260 a day might be possible.

I would also prefer to work Monday to Thursday if the rota allows, though I am happy to discuss this. I look forward to hearing your thoughts.

With best wishes,
Zoë Hartley-Brontë""")  #30

c("offer", """Dear Mr Lindqvist,

Thank you for your letter offering me the position of Air Traffic Control Assistant at Sumburgh. I am very pleased to accept the offer.

I would be grateful if you could clarify two points before my start date. First, could you confirm the shift pattern for the initial training period and whether it includes night duties? Second, could you let me know whether the relocation allowance can be paid in advance of the move?

Thank you again, and I look forward to joining the team in the autumn.

Yours sincerely,
Björn Sæther
+44 7700 900 188 | bjorn.saether@example.com""")  #31

c("offer", """Dear Ms. Santos,

Thank you very much for the offer of the Pensions Administrator position. I am happy to accept, and I am grateful for the confidence you and Mr. Reyes have shown in me.

I have signed and attached the contract. As discussed, my current employer requires thirty days' notice, so my first day would be on 1 October. Kindly let me know if there are any pre-employment requirements I should complete before then, such as the medical examination.

I look forward to working with the team.

Respectfully yours,
Maria Clara Dela Cruz""")  #32

c("offer", """Dear Mr. Kowalski, thank you for the offer of the Quality Assurance Technician role. I'm excited about the opportunity to join Northbank and to help bring microbiology testing in-house.

Before I sign, I'd like to ask whether the role could include some time on the brewhouse floor during the first three months, as it would help me understand the process from grain to can. I'd also be grateful if you could confirm the start date of 14 April mentioned on the phone.

I'm very happy with the salary and benefits as offered. Thank you again, and I look forward to hearing from you.

Best regards,
Mariana Gonçalves""")  #33

c("offer", """Dear Engr. Balogun,

I write to thank you for the offer of employment as Terminal Operations Supervisor. I am delighted and honoured to receive it.

Having reviewed the terms, I would like to respectfully request a review of the housing allowance, as relocating my family from Port Harcourt to Lagos will involve considerable costs. I would also appreciate confirmation of the shift rotation for supervisors during peak vessel periods.

I remain very enthusiastic about joining the team and look forward to your response.

Yours faithfully,
Oluwaseun Adeyemi
0803 555 0192 | o.adeyemi@example.ng""")  #34

c("offer", """Dear Aisha,

Thank you so much for offering me the Production Assistant role. I'm thrilled to accept and can't wait to get started in the production office.

I'd like to ask whether it might be possible to start on 13 January rather than the 6th, as I have a final week of work on the panto at my current venue. I would also prefer to work from home one day a week outside of tech weeks, if that fits with how the office runs.

Thank you again for this opportunity, and please let me know what you need from me.

Warm wishes,
Fatima Zahra El Idrissi""")  #35

c("offer", """Dear Ms. Tremblay,

Thank you for the offer of the Robotics Technician position at your Kitchener facility. I am delighted to accept.

I confirm the start date of June 2 and the salary of $68,000 as set out in your letter. Could you let me know what time I should arrive on my first day and who I should ask for at reception? I would also like to know whether I need to bring my own safety boots.

Thank you again, and I look forward to working with the team.

Sincerely,
Hiroshi Tanaka""")  #36

c("withdrawal", """Dear Ms Henderson,

I am writing to let you know that I would like to withdraw my application for the Assistant Forest Manager position. I have recently accepted an offer from a woodland management company near my family in Dumfries.

I want to thank you for the time you spent with me, and in particular for the walk through the Glentrool compartments. I was very impressed by the district's restocking work, and I hope our paths cross again at future forestry events.

I wish you every success in filling the role.

Kind regards,
Eilidh MacLeod""")  #37

c("withdrawal", """Dear Ms. Carter,

Thank you for inviting me to a second interview for the Special Education Paraprofessional position. After careful consideration, I have decided to withdraw my application, as I have accepted a position closer to home that better fits my family's schedule.

I truly appreciated the chance to meet you and to learn about the resource room at Lincoln Elementary. I hope this gives you time to offer the interview slot to another candidate.

Thank you again for your time and consideration.

Sincerely,
Dolores Reyes""")  #38

c("withdrawal", """Hi Lucía,

I hope you're well. I'm writing to let you know that I need to withdraw from the process for the Portuguese–English Translator role.

I've been offered a funded place on the MA in Translation Studies at the University of Leeds, and I've decided to accept it. It wasn't an easy decision, as I really enjoyed our conversations about the medical device work.

I'm sorry for any inconvenience, and I'd love to stay in touch about freelance work after my course.

Best wishes,
Tomás Oliveira""")  #39

c("withdrawal", """Dear Mrs. Kapoor,

I am writing to inform you that I wish to withdraw my candidature for the post of Senior Insolvency Administrator. My present employer has made me a counter-offer which includes support for my professional examinations, and after much thought I have decided to accept it.

I am very thankful for the time you and Mr. Desai have given me over the two rounds. I have great respect for your firm and hope there may be an opportunity to work together in the future.

Kindly accept my apologies for any inconvenience caused.

Warm regards,
Anjali Deshpande""")  #40

c("withdrawal", """Dear Mr Okonkwo,

I am sorry to write with this news, but I need to withdraw my application for the Deputy Stage Manager role on the spring tour.

Due to a change in my family circumstances, I am no longer able to commit to twelve weeks away from home. I did not want to take up a place in the final round knowing that I could not accept the role.

Thank you for being so generous with your time, and for the insight into how the company runs its tours. I hope to see the production when it comes to Leeds.

Best regards,
Renée Dubois""")  #41

c("withdrawal", """Dear Ms Ní Dhomhnaill,

Thank you for the invitation to attend the assessment day for the Harbour Operations Officer role at Dublin Port. I am writing to let you know that I have accepted another position and would like to withdraw from the process.

I very much enjoyed our first conversation about the Alexandra Basin redevelopment, and I was grateful for your advice about the marine traffic side of the work.

I hope this notice allows you to offer my place to another candidate. I wish you and the team all the best.

Kind regards,
Seán O'Donnell
087 555 0134""")  #42

c("withdrawal", """Dear Dr Fraser,

Thank you for the invitation to a second interview for the Graduate Robotics Engineer position. After reviewing the salary information you kindly shared, I have decided to withdraw my application, as the package would not allow me to manage my current commitments.

I want to stress how much I enjoyed meeting the team and seeing the warehouse automation projects. I would be very happy to be considered again if a more senior position opens in the future.

Thank you again for your time and openness throughout.

Kind regards,
Callum Baird""")  #43

c("withdrawal", """Dear Mr. Abernathy,

I'm writing to let you know that I'd like to withdraw my application for the Associate Planner position at Harlow & Finch. After a lot of thought, I have decided to remain in my current role, where I have just been given responsibility for a new footwear category.

I really appreciated the time you took to walk me through the planning process for the resort collection, and I came away with great respect for your team. Please accept my apologies for any inconvenience.

I hope we can stay in touch, and I wish you every success with the season.

Best wishes, Chloé Martin""")  #44

c("thank_you", """Good afternoon Mr. MacAulay,

Thank you for showing me round the stillhouse this morning and for taking the time to discuss the Trainee Distiller vacancy. I found it fascinating to hear how the team adjusts the cut points on the spirit still, and how the new heat recovery system has changed the running of the wash stills.

Your point about the importance of accurate record keeping for HMRC really stayed with me. In my current role at the bottling hall I am responsible for daily duty records, and I would be keen to build on that experience in production.

Many thanks again, and please pass my thanks on to Fiona for the tour of the warehouses.

With kind regards,
Ruaridh Mackenzie""")  #45

COPIES = [
 # negative
 (0, "Please let me know if you need anything further from me.", "Please let me know if you need anything further from me, though I hope the next stage is organised a little better than the first.", "negative"),
 (6, "In my current role as a merchandising administrator I prepare similar reports, and I would be keen to build on that experience alongside you and the senior buyer.", "In my current role as a merchandising administrator I prepare similar reports, which my manager then presents as his own, so I would welcome a team where credit is shared.", "negative"),
 (12, "Could you let me know roughly when you expect to arrange the next stage?", "As this is my third email since the interview, I would appreciate a reply this time.", "negative"),
 (17, "I would also be grateful to know the expected timeline for the final round, so that I can plan my leave accordingly.", "I have another offer which must be answered by Friday, so I would be grateful if the final round could kindly be brought forward.", "negative"),
 (21, "Although I am disappointed, I really appreciated the chance to meet the team and to see the new canning line.", "Although I am disappointed, especially after waiting five weeks for this reply, I did appreciate the chance to see the new canning line.", "negative"),
 (30, "I look forward to hearing your thoughts.", "I should say that I will have to decline unless the rate is increased.", "negative"),
 (37, "I have recently accepted an offer from a woodland management company near my family in Dumfries.", "I have recently accepted an offer from a woodland management company that, unlike your district office, replied to me within a week.", "negative"),
 # asks_outcome
 (1, "I am very enthusiastic about the opportunity to join Northbank, and I look forward to hearing about the next steps in the process.", "I am very enthusiastic about the opportunity to join Northbank, and I would love to know whether I am still in the running.", "asks_outcome"),
 (3, "I remain very interested in the role and would be happy to provide any further information.", "Could you tell me whether the panel felt I was a strong enough candidate to be offered the role?", "asks_outcome"),
 (14, "I would also be grateful if you could let me know whether the second interview will take place at Sumburgh or at the Aberdeen office, so that I can plan my travel.", "I would also be grateful if you could let me know whether I have made it through to the second interview.", "asks_outcome"),
 (16, "If there is anything else you need from me, such as additional references, please let me know.", "I also wanted to ask whether I am still under consideration for the position.", "asks_outcome"),
 (24, "Could you let me know roughly when that is likely to be?", "Could you also tell me whether I was the runner-up, in case the successful candidate withdraws?", "asks_outcome"),
 (42, "I hope this notice allows you to offer my place to another candidate.", "Before I go, could you tell me whether I was likely to be offered the role?", "asks_outcome"),
 (11, "I look forward to hearing from you.", "May I know if I am one of the candidates you are considering for the final selection?", "asks_outcome"),
 # informal
 (5, "Thanks again for your time, and I hope the rest of the week goes well.", "Thanks a mil again, you're a legend, chat soon! 😊", "informal"),
 (8, "Thank you again for your time and for the warm welcome.", "It was great craic meeting yous all, honestly.", "informal"),
 (18, "Thank you again for showing me around the workshop.", "Cheers again for the workshop tour, it was well cool.", "informal"),
 (29, "I am delighted to accept, and I am really looking forward to working with you on the autumn range.", "Yesss, deal, I'm in! Can't wait to smash the autumn range with you guys 🎉", "informal"),
 (41, "Best regards,\nRenée Dubois", "Byeee, take care! xx\nRenée Dubois", "informal"),
 (26, "Thank you again for your kindness.", "Cheers for being pure sound about it, by the way.", "informal"),
 # spelling
 (2, "I found our discussion about", "I found our discusion about", "spelling"),
 (10, "cells in operation", "cells in opperation", "spelling"),
 (13, "need any further information", "need any futher information", "spelling"),
 (23, "how your team works", "how your team wroks", "spelling"),
 (34, "look forward to your response.", "look forward to your responce.", "spelling"),
 (39, "It wasn't an easy decision", "It wasn't an easy descision", "spelling"),
]

GENERIC = [  # (clean_index, full rewrite) -- thank_you only
 (9, """Dear Mr Okonkwo,

Thank you for taking the time to meet with me on Friday. I really enjoyed our conversation and learning more about the role and the organisation.

I am a hard-working team player with excellent communication skills, and I am confident that I would be a great fit for your team. I am passionate about delivering results and I always go the extra mile.

Thank you again for the opportunity. I look forward to hearing from you.

Best regards,
Renée Dubois
07700 900 516"""),
 (7, """Dear Engr. Balogun,

I wish to sincerely thank you for the opportunity to interview with your esteemed organisation. It was a pleasure to meet you and to learn more about the position.

I am a dedicated, result-oriented professional with a proven track record of success, and I believe my skills and experience make me an ideal candidate. I am a fast learner who thrives under pressure.

Please accept my appreciation once more. I look forward to hearing from you.

Yours faithfully,
Oluwaseun Adeyemi
0803 555 0192"""),
 (4, """Dear Mrs. Kapoor,

I am writing to thank you for the interview held on Monday. It was a great experience to interact with you and to understand more about the job and the company.

I am a highly motivated and self-driven individual with strong analytical skills and a positive attitude. I am sure I can add value to your esteemed organisation from day one.

Kindly let me know if any further documents are required from my side. Thanking you once again.

Warm regards,
Anjali Deshpande"""),
 (10, """Dear Ms. Tremblay,

Thank you for meeting with me on Monday. I appreciated the opportunity to learn more about the position and your company.

I believe my skills, experience and passion make me an excellent fit, and I am confident I could hit the ground running. I am a detail-oriented self-starter who works well both independently and as part of a team.

I am very interested in the role and look forward to hearing about next steps.

Sincerely,
Hiroshi Tanaka"""),
]

EXTRA = [
 ("thank_you", ["generic"], """Dear Hiring Manager,

Thank you so much for the interview today. It was wonderful to meet the team and to hear about the exciting work you are doing.

I truly believe that I am the perfect candidate for this position. I am a passionate, results-driven professional who thinks outside the box and gives 110% to everything I do.

Thank you once again for your time and consideration. I look forward to the next steps.

Best regards,
Jürgen Müller"""),
 ("thank_you", ["generic", "asks_outcome"], """Hi Ms. Yılmaz, thank you for the interview yesterday. I really appreciated your time and the chance to learn more about the company and its culture.

I am a motivated team player with a strong work ethic, and I know I can make a positive impact from the start. I am always eager to learn and grow.

Could you let me know if I have got the job? I am really hoping to hear good news soon.

Thanks again,
Nguyễn Thị Lan"""),
 ("thank_you", ["generic", "spelling"], """Dear Mr. Andersson,

Thank you for the oppertunity to interview for the position. I enjoyed learning more about your organisation and its values.

With my strong skills and experience, I am confident I would be a valuable asset to your team. I am a quick learner, highly organised and always willing to go above and beyond.

I look forward to hearing from you soon.

Kind regards,
Małgorzata Wójcik"""),
 ("check_in", ["negative", "asks_outcome"], """Dear Mr. Venkataraman,

I am writing once again regarding my interview on 14 November for the post of Senior Pensions Analyst. This is my fourth email, and I have still not received any acknowledgement from your office.

Kindly let me know whether I have been selected or not. I have been waiting for more than a month and I find this delay quite unprofessional.

Please respond at the earliest.

Regards,
Rajesh Kumar"""),
 ("offer", ["informal", "spelling"], """Hey Priya!!

Omg thank you sooo much for the offer, honestly buzzing 🎉 I'm defo accepting, just need to sort my notice at the current place which is 4 weeks, so I could start 2nd Sept if thats ok?

Can you send over the contract when you get a chance, I havent recieved it yet. Really excited to get stuck into the autumn range with you and the rest of the buying team. Also lmk what time to rock up on day one lol.

Cheers,
Kwame"""),
 ("rejection_reply", ["negative", "informal"], """Hi Dave,

Well, that's disappointing lol. Thanks for letting me know I guess, though it would've been nice to hear before I spent the whole weekend on that case study for you.

No offence but the panel didn't really seem that into it on the day, so maybe it's for the best. Anyway, good luck with whoever you picked.

Laters,
Sipho Dlamini"""),
 ("withdrawal", ["negative"], """Dear Ms. Okoro,

Please take this email as notice that I am withdrawing my application for the Port Logistics Coordinator role.

To be honest, I was surprised that the second interview was cancelled twice at short notice, and I have not felt that my time was valued during the process. I have since accepted a role with a company that kept me informed at every stage.

I wish you luck in filling the position.

Regards,
Emeka Nwosu"""),
]
