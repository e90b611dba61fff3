CLEAN = [
("thank_you", """Subject: Thank you - Staff Nurse, Cardiac Step-Down Unit

Dear Ms. Osei,

Thank you for meeting with me on Tuesday and for showing me round the cardiac step-down unit. I particularly valued your explanation of how the team titrates heparin infusions against the aPTT protocol, and how new starters are supported through their first month of supernumerary shifts.

Our conversation about the falls-prevention audit stayed with me on the drive home. I led a similar audit during my placement at St Thomas', and I would be glad to contribute to the work you described.

Thank you again for your time and for introducing me to Sister Mbeki.

Kind regards,
Hannah Whitfield"""),
("thank_you", """Dear Mr. Lindqvist, thank you for taking the time yesterday to talk me through the Harbour Road culvert replacement.

I found the discussion of the precast box sections and the temporary over-pumping arrangement especially interesting, and it was useful to see the geotechnical report on the soft alluvium beneath the site.

Your point about early engagement with the Environment Agency on the fish passage design is one I will remember. It reflects the kind of careful planning I hope to be part of.

I look forward to hearing about the next steps.

Best regards,
Tomasz Wójcik"""),
("thank_you", """Dear Priya,

Thank you for the interview on Thursday for the Tax Senior role in your private client team.

I enjoyed our discussion of the remittance basis changes and how your clients with non-UK domicile are preparing for them. The worked example on inheritance tax business property relief was a good challenge, and I appreciated your feedback on my approach.

It was also a pleasure to meet Daniel and hear about the firm's mentoring scheme for those sitting the CTA exams.

With thanks and best wishes,
Oliver Brennan"""),
("thank_you", """Hi Craig,

Thanks very much for your time on Monday and for the walk around the Eastern Creek distribution centre.

Seeing the pick-to-light system in the chilled section was a real highlight, and I appreciated hearing how the team cut mis-picks after the last peak season. Your plans to move the returns area closer to Dock 4 make a lot of sense to me.

I'd be glad to bring my experience with carrier scorecards and transport management systems to the team.

Kind regards,
Mele Tupou"""),
("thank_you", """Dear Mrs. Gallagher,

Thank you for inviting me to Ashcombe Primary on Wednesday. Teaching the Year 3 phonics lesson was a pleasure, and the children's enthusiasm for the Read Write Inc. sounds was lovely to see.

I also appreciated our conversation afterwards about how you support pupils with EAL in the early years, and about the school's plans for outdoor learning in the new garden.

I hope to have the chance to contribute to such a caring school.

Yours sincerely,
Aisha Rahman"""),
("thank_you", """Subject: Thanks for today's interview

Hello Marcus,

Thank you for the conversation this afternoon about the platform engineering role.

I enjoyed working through the design question on rate-limiting the public API, and your comments on token-bucket versus sliding-window approaches were very useful. It was also good to hear how the team is moving its infrastructure definitions into Terraform modules with proper code review.

If it would help, I am happy to share the write-up of the observability migration I mentioned.

Best,
Kenji Watanabe"""),
("thank_you", """Dear Ms. Achterberg,

Thank you for meeting me on Friday to discuss the trainee solicitor position in the commercial property team.

I found our conversation about the estoppel issue in the Carrow Lane lease case fascinating, and I appreciated your explanation of how the team divides work on large portfolio acquisitions. The chance to spend a seat in planning law would be very attractive to me.

Thank you again for a thoughtful and welcoming interview.

Yours sincerely,
Rhys Llewellyn"""),
("thank_you", """Dear Dr. Feld,

Thank you for the interview on 4 November for the Senior Policy Adviser post in the Office of Housing Affordability.

I valued the discussion about the evaluation design for the rental assistance pilot, especially your concerns about selection bias in the voluntary enrolment model. The idea of a staggered rollout by county seems a sensible way to build a credible comparison group.

I would be glad to share the cost-benefit analysis of the inclusionary zoning proposal that I prepared for the state legislature last year.

Sincerely,
Gabriela Montoya"""),
("thank_you", """Dear Professor Nwachukwu,

Thank you for the interview and the tour of the microbiology labs on Wednesday.

I was very interested in the group's work on biofilm formation in Pseudomonas aeruginosa, and in the new confocal microscope that Lucy demonstrated. Our conversation about quorum-sensing inhibitors gave me several ideas I would enjoy exploring.

I look forward to hearing from you.

Dr. Ines Carvalho
Postdoctoral Research Associate, University of Porto"""),
("thank_you", """Respected Sir,

Thank you for giving me the opportunity to attend the interview for the post of Assistant Manager - Finance at your Chennai office on 18th July.

I was glad to learn about the company's plans to move GST return filing onto the new automated system, and I appreciated Mr. Subramaniam's explanation of the quarterly closing process. My experience with TDS reconciliation and Tally ERP would be useful in this work.

I remain very interested in the position and thank you once again for your kind time.

With warm regards,
Karthik Venkataraman"""),
("check_in", """Dear Ms. Ferreira,

I hope you are well. I am writing to follow up on my interview on 2 October for the Site Engineer position on the Northgate viaduct project.

When we spoke, you mentioned that the panel hoped to make a decision within two weeks. I understand that timelines can shift, and I wanted to ask whether there is an updated date I should keep in mind.

In the meantime, I have completed my CSCS card renewal and would be happy to send copies of my certificates if useful.

Kind regards,
Samuel Oduya"""),
("check_in", """Subject: Follow-up - Community Midwife interview

Dear Jo,

Thank you again for the interview on 11 May. I wanted to check in briefly, as you mentioned that decisions would be made by the end of the month.

I remain very interested in the role and in the continuity-of-carer model the team is developing in Hartlepool. Please let me know if you need any further information or references from me.

Best wishes,
Ruth Adebayo"""),
("check_in", """Dear Mr. Hoffmann,

I hope this message finds you well. Two weeks ago I had the interview with you and Ms. Klein for the Backend Developer position, and I am still very interested in the role.

You said that the team would plan the next round after the sprint review. Could you tell me when the next round is expected, so I can arrange my schedule?

I have also pushed the small Go service we talked about to my GitHub profile, in case you would like to look at it.

Thank you very much,
Dmitri Sokolov"""),
("check_in", """Dear Mrs. Patel,

I am writing to follow up on my interview for the Head of Geography role at Fernhill Academy on 20 June.

I know the end of the summer term is extremely busy, and I do not wish to add to your workload. I would be grateful if you could let me know whether the governors' meeting is still expected to take place next week.

Thank you again for the tour and for introducing me to the fieldwork coordinator.

Yours sincerely,
Eleanor Voss"""),
("rejection_reply", """Dear Dr. Abernethy,

Thank you for letting me know about your decision regarding the Research Technician post. Naturally I am disappointed, but I appreciate the kindness of your message and the time you took to explain it.

I enjoyed meeting the team and learning about the ELISA validation work. If you are able to share any feedback on my interview, I would find it very helpful.

I hope we might work together in the future, and I wish the lab every success.

Kind regards,
Yusuf Demir"""),
("rejection_reply", """Dear Ms. Hargreaves,

Thank you for your email and for considering me for the Policy Analyst role in the Transport Strategy team.

Although I am sorry not to be joining you, I learned a great deal from the exercise on the congestion charge consultation, and your colleagues' questions have helped me think about how I present evidence.

I would be glad to be considered for future openings in the directorate.

With best wishes,
Nikhil Bose"""),
("rejection_reply", """Hi Shane,

Thanks for calling me yesterday, and for being so straightforward about the decision on the Fleet Coordinator role.

It was a pleasure to meet you and Bree, and I learned a lot from hearing how you schedule preventive maintenance across the Townsville and Cairns depots. I'd be very happy to hear from you if another position comes up.

All the best,
Jarrah Collins"""),
("withdrawal", """Dear Mr. Okafor,

Thank you for the opportunity to interview for the Associate position in your employment law team, and for the time you and Ms. Levi spent with me last week.

After careful thought, I have decided to withdraw my application. I have accepted an offer from another firm whose practice is more closely focused on immigration work, which is where I hope to build my career.

I have great respect for your team and hope our paths cross again.

Yours sincerely,
Sofia Lindgren"""),
("withdrawal", """Dear Ms. Chen,

Please accept this email as notice that I wish to withdraw from the recruitment process for the Indirect Tax Manager role.

My circumstances have changed, and I am no longer able to relocate to Singapore in the coming year. I am sorry to step away, as I enjoyed our discussion about the transfer pricing review and your plans for the regional VAT team.

Thank you for your understanding and for your time.

Best regards,
Arjun Malhotra"""),
("withdrawal", """Dear Kathleen,

Thank you for your call on Monday inviting me to the second interview for the Theatre Practitioner role.

I am writing to withdraw my application, as my current trust has offered me a secondment into anaesthetic recovery that I have decided to accept. I wanted to let you know promptly so that the slot can be offered to another candidate.

Thank you again for a very friendly first interview.

Warm regards,
Moses Kiprotich"""),
("offer", """Subject: Acceptance of offer - Graduate Structural Engineer

Dear Ms. Ahmadi,

Thank you very much for your call and for the written offer. I am delighted to accept the position of Graduate Structural Engineer, starting on Monday, 8 September.

I have returned the signed contract and the completed new starter form to Human Resources. Please let me know if there is anything else I should prepare before my first day, such as the induction reading on Eurocode 2.

I look forward to joining the team and to working on the Queensway car park refurbishment.

Kind regards,
Callum Fraser"""),
("offer", """Hello Ana,

Thank you for the offer for the Senior Site Reliability Engineer role. I am very excited about the team and about the work on the multi-region failover we discussed.

Before I accept, I would like to discuss the base salary. Based on my seven years of experience running on-call rotations and the current market for this role, I would like to ask whether a figure of $168,000 might be possible.

I am happy to talk this through at a time that suits you.

Best regards,
Li Wei"""),
("offer", """Dear Mr. Kowalczyk,

Thank you for offering me the role of Science Teacher at Redbridge High School. I am very pleased to accept.

As you asked, my notice period with my current school is one term, so my earliest start date would be 5 January. I hope this fits with the timetable changes you mentioned.

I look forward to meeting the science department and to helping with the new GCSE practical programme.

Yours sincerely,
Bethany Oyelaran"""),
("thank_you", """Dear Dr. Mahlangu,

Thank you for the interview on Thursday for the Environmental Scientist role.

I enjoyed the discussion of groundwater monitoring at the former tannery site, particularly the question of how to interpret elevated chromium readings near the gabion wall. It was also helpful to learn how the team handles chain-of-custody forms for samples sent to the accredited laboratory.

I would be glad to contribute my experience with contaminated land assessments to your projects.

With thanks,
Farah Siddiqui"""),
("check_in", """Good morning Ms. Rossi, I hope you had a pleasant weekend.

I am following up on my interview on 9 April for the Supply Chain Analyst position. You mentioned that the team would finalise its shortlist for the second round after the Easter break.

Could you let me know whether that timeline still holds? I remain very enthusiastic about the role, especially the Incoterms review for the Mediterranean shipping lanes.

Thank you,
Giulia Marchetti"""),
]
