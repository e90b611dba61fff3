# Hand-written clean notes (codes empty).
NOTES = [
dict(kind="thank_you", codes=[], text="""Dear Dr. Ngozi Eze-Okafor,

Thank you for meeting me on Wednesday to discuss the small-animal internship at Lekki Veterinary Hospital. I particularly valued your account of how the team manages brachycephalic patients under anaesthesia, and the new pre-oxygenation protocol you introduced last spring.

Our conversation about the canine parvovirus isolation ward also reminded me of a case I handled during my final-year rotation in Zaria, where strict barrier nursing made the difference for a litter of six puppies.

If I am selected, I would be keen to contribute to the audit of post-operative pain scoring that you mentioned.

With thanks and best regards,
Adaeze Nwachukwu"""),

dict(kind="thank_you", codes=[], text="""Søren, many thanks for showing me round the Aarhus container terminal on Monday.

Seeing the straddle carriers working the quay in the rain gave me a much better sense of the berth-window pressure you described. I was also interested in your plan to move the reefer monitoring alarms onto the same dashboard as the gate transactions, since I worked on a similar integration at the Gdańsk terminal.

I have attached the short note on twin-lift productivity that I mentioned during the interview. Please let me know if anything in it is unclear.

Kind regards,
Małgorzata Wiśniewska
Operations Planner
+48 601 223 870"""),

dict(kind="thank_you", codes=[], text="""Subject: Thank you – Court Reporter interview, 9 April

Dear Ms. Thibodeaux,

Thank you for the opportunity to interview for the official court reporter position with the 19th Judicial District Court. I enjoyed the dictation test more than I expected, and the sample of expert testimony on blood-spatter analysis was a good challenge for my steno theory.

I was also glad to hear that the court is moving to CATalyst for realtime feeds to hearing-impaired jurors. I have used it for three years and would be comfortable helping colleagues make the transition.

Thank you again for your time and for the tour of Division F.

Sincerely,
Jolene Fontenot, RPR, CRR"""),

dict(kind="thank_you", codes=[], text="""To: Siobhán Ní Bhriain <s.nibhriain@coillte-example.ie>

Dear Siobhán,

Thank you for a very informative afternoon in the Slieve Bloom plantations. Walking the compartments with you and Pádraig made the continuous cover forestry trial much more tangible than the reports I had read beforehand.

Your comments on managing the transition away from clear-fell on the Sitka spruce stands, and the trade-off with windthrow risk, gave me plenty to think about on the drive back to Galway.

I have attached the thinning simulation I ran in my MSc, which uses a similar stand structure. I would be glad to discuss it further at any stage.

Warm regards,
Cathal Ó Murchú"""),

dict(kind="thank_you", codes=[], text="""Dear Mr. Raghunathan,

Thank you for the interview for the Senior Actuarial Analyst role on Thursday. I appreciated the time you spent on the reserving case study, especially the discussion of how the Bornhuetter-Ferguson method performs on the newer motor book where development data is thin.

I also enjoyed hearing about the IFRS 17 implementation and the team's approach to the risk adjustment. My work at Mumbai Re on contractual service margin roll-forwards seems closely related.

Please do let me know if you would like a copy of the CSM reconciliation template I described.

With best regards,
Priyanka Venkatesan, FIAI"""),

dict(kind="thank_you", codes=[], text="""Dear Zoë,

Many thanks for inviting me to the Hollow Oak Brewing Co. taproom on Saturday. Talking through the dry-hopping schedule for the hazy IPA while we watched the centrifuge run was the best part of my week!

I was struck by your point that diacetyl rests are now the main bottleneck in tank turnover. At my current brewery we cut them by a day by adjusting the pitch rate, and I would be happy to share the data.

Thank you as well for the sample of the kveik farmhouse ale; it was excellent.

Best wishes,
Tomás Echeverría
Head Brewer, Cervecería Montaña"""),

dict(kind="thank_you", codes=[], text="""Dear Professor Adjei-Mensah,

Thank you for your time on Friday and for the detailed discussion of the proposed exhibition on Asante goldweights. It was a privilege to handle the brass weights from the 1890s accession and to hear how the museum is working with the Manhyia Palace Museum on interpretation.

Your comments on the ethics of displaying objects acquired during the 1896 expedition were thoughtful, and I agree that co-curation with community representatives should be built in from the start.

I look forward to hearing about the next stage of the process.

Yours sincerely,
Efua Boateng"""),

dict(kind="thank_you", codes=[], text="""Good morning Engr. Dela Cruz,

Thank you very much for the interview last Tuesday for the Robotics Integration Engineer position at your Laguna plant. I enjoyed seeing the SCARA cells on the PCB line and learning how your team reduced pick-and-place cycle time by adjusting the vacuum gripper dwell.

I have been thinking about the failure mode you mentioned, where the vision system misreads fiducials under the new LED lighting. One option might be a polarising filter on the camera; I tested this at my previous job with good results.

Thank you again for your kindness and for the merienda.

Respectfully yours,
Ma. Kristina Santos"""),

dict(kind="check_in", codes=[], text="""Dear Ms. Kowalczyk,

I hope you are well. I am writing to follow up on my interview on 3 October for the Radiation Protection Technician post at the Sizewell site.

Since we spoke, I have received my results for the Radiation Protection Supervisor course, which I passed with distinction, and I have attached the certificate for your records.

Could you let me know when the panel expects to hold the second-stage interviews? I would like to arrange leave with my current employer in good time.

Thank you for your help.

Kind regards,
Rhys Llewellyn-Jones"""),

dict(kind="check_in", codes=[], text="""Subject: Follow-up – Dental Hygienist application

Dear Dr. Haddad,

Thank you again for the working interview at Riverside Dental last week. I wrote on the 4th with a copy of my radiography certificate and wanted to check that the attachment came through, as the file was quite large.

I would also like to mention that I will be away from 20 to 27 May for a periodontics course in Melbourne, in case you need to contact me during that period. My mobile will be on throughout.

I would be happy to provide any further documents that would help.

Best regards,
Layla Haddad-Thompson
Registered Dental Hygienist
0412 556 301"""),

dict(kind="check_in", codes=[], text="""Lorenzo, good afternoon.

I hope your trip to the Rotterdam office went well. I wanted to follow up on our conversation about the freight forwarding coordinator role and share something that may be useful.

Last week I finished mapping the Incoterms used across our Kenya–Uganda corridor shipments, and I found that moving three customers from CIF to FCA cut demurrage disputes by almost half. I have attached a one-page summary in case it is relevant to the Mombasa project you described.

Please let me know if there is anything else you need from me before the next stage.

Kind regards,
Wanjiru Kamau
Nairobi, Kenya"""),

dict(kind="check_in", codes=[], text="""Dear Mrs. Oyelaran,

Good day. I am writing to check on the expected timeline for the Head of Fundraising appointment, as you mentioned the trustees would meet at the end of the month.

In the meantime, I have completed the Chartered Institute of Fundraising's Certificate in Major Gifts, and I thought the case study on legacy giving might interest you, given the campaign for the new children's ward.

I remain very interested in the role and am available for a further conversation at any time that suits the panel.

Yours faithfully,
Chinedu Obi-Akpan"""),

dict(kind="check_in", codes=[], text="""To: Hiroshi Tanaka <h.tanaka@kitsune-games.example>

Hello Hiroshi,

I hope the milestone build went out smoothly. I wanted to follow up on our interview about the Technical Level Designer role and send the playable greybox I mentioned.

The link below opens the Unreal project, with a short readme explaining the encounter pacing and how I used nav-mesh modifiers to steer the enemy flanking routes. It should take around ten minutes to play through.

Could you tell me whether the next stage would be an art test or a design review with the leads, so that I can prepare?

Thanks again,
Aurélie Dubois
Level Designer, Montréal"""),

dict(kind="check_in", codes=[], text="""Dear Mr. Van der Merwe,

I trust this message finds you well. Further to my interview for the Grade 4 Mathematics Teacher post at Greenhill Primary, I am writing with two short updates.

First, my SACE registration has now been renewed, and the new certificate is attached. Second, I have completed the Singapore Maths bar-model workshop that you recommended; the approach to word problems will be very useful for the Grade 4 fractions unit.

May I ask when the school expects to schedule the lesson observation? I would be glad to teach any topic the department prefers.

With kind regards,
Thandiwe Mokoena"""),

dict(kind="rejection_reply", codes=[], text="""Dear Ms. Lindqvist,

Thank you for letting me know the outcome of the Collections Care Officer interviews. I am disappointed, as I had hoped to work on the textile conservation project, but I appreciate your prompt and kind message.

I would be very grateful for any feedback on my practical assessment, especially the condition report on the eighteenth-century sampler, so that I can improve for future applications.

Please pass on my thanks to Björn and Elif for their time. I hope the new storage facility opens on schedule, and I would be glad to be considered for any future vacancies.

With best wishes,
Nkechi Arinze"""),

dict(kind="rejection_reply", codes=[], text="""Hi Graham,

Thanks for ringing me yesterday rather than sending an email; I appreciated the courtesy.

Of course I was disappointed, as the maintenance planner role at the Whyalla plant fitted closely with my experience in reliability-centred maintenance. Your point about my limited exposure to SAP PM is fair, and I have already enrolled in a short course to address it.

Please keep my details on file. I would be keen to hear about any similar positions, including contract work during the next shutdown.

All the best to you and the team,
Darren Whitehouse
Port Augusta, SA"""),

dict(kind="rejection_reply", codes=[], text="""Subject: Re: Your application – Conference Interpreter (FR/EN)

Dear Mme Lefèvre,

Thank you for your message and for the time the panel gave me. I was sorry to learn that I had not been selected, but I understand that the consecutive test was demanding and the field was strong.

Your note that my note-taking symbols slowed me down during the numbers-heavy passage is helpful. I will work on this with my mentor over the coming months.

I hope to have the opportunity to apply again when the next freelance roster opens.

Avec mes meilleures salutations,
Kwame Asante-Dupont
AIIC pre-candidate"""),

dict(kind="rejection_reply", codes=[], text="""Dear Captain Menon,

Thank you for informing me of the decision regarding the Second Officer position aboard the MV Kerala Star. Naturally I am disappointed, but I am grateful for the chance to meet you and the fleet superintendent in Kochi.

The interview question about ECDIS passage planning in the Malacca Strait taught me a good deal, and I have since reviewed the relevant sections of the Bridge Procedures Guide.

I would be happy to be considered for future vacancies in the fleet. My STCW certificates remain valid until 2028.

Yours faithfully,
Arjun Pillai"""),

dict(kind="rejection_reply", codes=[], text="""Dear Fatima,

Thank you for taking the time to tell me personally. I won't pretend it isn't disappointing, because I was looking forward to managing the Eastgate store, but I respect the decision.

I enjoyed our conversation about shrinkage figures and the new complaints handling process, and I learned something from your approach to staff rotas during the Ramadan trading period.

If another store manager vacancy opens in the Midlands, I would be glad to hear about it.

Kind regards,
Owen Pritchard
Assistant Store Manager
07700 900412"""),

dict(kind="rejection_reply", codes=[], text="""Dear Dr. Chukwuemeka,

Thank you for your email about the Junior Research Engineer role. I am sorry not to be joining the lab, as the soft-actuator project was one of the most exciting I have come across.

I appreciated your comments on my presentation, particularly the suggestion to characterise hysteresis in the pneumatic muscles before claiming repeatability. That is a fair criticism and I will address it in my thesis.

I wish you and the team success with the ICRA submission.

Best regards,
Oluwaseun Bankole
PhD Candidate, Mechatronics
University of Lagos"""),

dict(kind="offer", codes=[], text="""Dear Ms. Achterberg,

Thank you very much for the offer of the Senior Reactor Operator position. I am delighted to accept.

Before I sign the contract, could you confirm two points? First, whether the simulator requalification in my first quarter is paid at the standard rate; and second, whether the shift pattern is the five-crew rotation we discussed.

My notice period with my current employer is eight weeks, so the earliest start date would be 2 March. I will return the signed documents as soon as I hear back.

With thanks,
Gareth Oyinlola-Price"""),

dict(kind="offer", codes=[], text="""Dear Rohan,

Thank you for the offer for the Localisation Lead role and for your patience while I reviewed it.

I am very keen to accept. Given my experience leading Japanese and Korean releases and the market rates I have seen for similar roles in Bengaluru, would you be open to a base salary of ₹32 lakh rather than ₹28 lakh? I am flexible on the mix of base and bonus.

I also need the role to include budget for one terminology management tool licence, as we discussed during the final interview.

I look forward to your reply.

Warm regards,
Meera Krishnaswamy"""),

dict(kind="offer", codes=[], text="""To: Heather MacLeod <hmacleod@northshore-vet.example.ca>

Dear Heather,

I am thrilled to accept the position of Registered Veterinary Technologist at North Shore Animal Hospital!

As requested, I have attached my signed offer letter, my RVT registration with the SVMA, and proof of my rabies pre-exposure vaccination.

I can start on Monday, 6 January. Could you let me know what time to arrive on the first day and whether I should bring my own scrubs?

Thank you again to you and Dr. Bélanger for your confidence in me.

Best regards,
Jasmine Nguyễn"""),

dict(kind="offer", codes=[], text="""Subject: Offer of employment – Timber Cruiser

Dear Mr. Lalonde,

Thank you for your letter of 14 August offering me the Timber Cruiser position with the Kamloops operations team.

I accept the offer with pleasure. Before my start date, I would like to confirm whether the company provides the Haglöf hypsometer and the field tablet, or whether I should bring my own equipment.

I also wanted to note that I hold a valid Standard First Aid certificate and a Class 5 licence, as listed in the job requirements.

Sincerely,
Émile Tremblay-Wolfe"""),

dict(kind="offer", codes=[], text="""Dear Amara,

Thank you so much for the offer of the Major Donor Manager role at the Kenya Wildlife Trust. I am very pleased to accept.

Before I sign, I would be grateful if we could discuss the start date. My current organisation has asked me to finish the year-end gala, which takes place on 5 December, so I would propose starting on 8 January.

Could you also confirm whether the contract includes the annual travel allowance for the Laikipia field visits?

Kind regards,
Njeri Mwangi-Otieno"""),

dict(kind="withdrawal", codes=[], text="""Dear Mr. Fernández-Ruiz,

Thank you for inviting me to the final interview for the Port Captain role in Valencia.

I am writing to let you know that I have accepted another offer, and I would therefore like to withdraw my application. This was not an easy decision, as I was very impressed by the team and by your plans for the new LNG bunkering berth.

I am sorry for any inconvenience this may cause, and I hope we may work together in the future.

With best regards,
Ioana Popescu"""),

dict(kind="withdrawal", codes=[], text="""Subject: Withdrawal of application – Orthodontic Therapist

Dear Dr. Okafor-Williams,

Thank you for your time during the interview and the clinic tour last Thursday. After careful consideration, I have decided to remain in my current role, as my practice has offered me the chance to complete the aligner certification next year.

I wanted to tell you promptly so that you can move forward with the other candidates. I enjoyed learning about your approach to interceptive treatment in younger patients.

I wish you and the practice every success.

Siân Rowlands
Orthodontic Therapist, GDC 210987
Cardiff"""),

dict(kind="withdrawal", codes=[], text="""Kavita, thank you for your help throughout the recruitment process for the Inventory Control Supervisor role.

Unfortunately my family circumstances have changed, and I am no longer able to relocate to Hyderabad this year. I therefore need to withdraw my application.

I truly appreciated the tour of the cross-dock and the discussion of cycle counting by ABC class. I learned a lot from your team's approach to slotting.

I hope that a suitable opportunity might arise in the future, and I would be delighted to apply again.

Regards,
Aniket Deshpande
Pune"""),

dict(kind="withdrawal", codes=[], text="""Dear Ms. Abernethy,

I am writing to withdraw my application for the Assistant Curator of Natural Sciences post.

I have been offered a two-year fellowship at the Natural History Museum in Oslo, working on the Svalbard lichen collection, and I have decided to accept it. I would have been glad to join your team, and I hope you will consider me if another curatorial vacancy arises after the fellowship.

Thank you for your kindness and for the behind-the-scenes visit to the herbarium.

Kind regards,
Dr. Ingrid Halvorsen-Achebe"""),

dict(kind="withdrawal", codes=[], text="""Dear Hiring Team,

Thank you for the opportunity to progress to the assessment centre for the Graduate Underwriter scheme.

Since my interview, I have been offered a place on an actuarial apprenticeship that includes full exam support, and I have accepted it. I would therefore like to withdraw from the process and free my slot on 22 February for another candidate.

I very much enjoyed the marine cargo case study, and I appreciated how clearly the process was explained at each stage.

Yours sincerely,
Jun-ho Park
Leeds"""),
]
