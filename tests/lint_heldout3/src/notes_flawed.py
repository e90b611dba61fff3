FLAWED = [
# 26 generic
("thank_you", ["generic"], """Dear Hiring Manager,

Thank you for taking the time to meet with me today. I enjoyed learning more about the position and the company.

I believe my skills and experience make me a strong fit for the role, and I am very interested in the opportunity.

Please let me know if you need any further information from me.

Sincerely,
Jordan Ellis"""),
# 27 generic + informal
("thank_you", ["generic", "informal"], """Hey there!

Thanks so much for the interview today, it was awesome getting to chat with you guys.

I really enjoyed hearing about the role and I think I'd be a great fit for the team.

Looking forward to hearing back!

Cheers,
Tyler Brooks"""),
# 28 generic
("thank_you", ["generic"], """Dear Mr. Nowak,

Thank you for the interview yesterday. It was a pleasure to meet you and learn about your organisation.

I was impressed by everything we discussed, and I am confident I could make a valuable contribution to your team.

Thank you again for your time and consideration.

Kind regards,
Emma Lawson"""),
# 29 generic + spelling
("thank_you", ["generic", "spelling"], """Dear Ms. Stewart,

Thank you for the oppurtunity to interview for the position. I appreciated the chance to learn more about the company and the work your team does.

I remain very enthusiastic about the role and believe my background would allow me to contribute from the start.

I look forward to hearing from you.

Best regards,
Daniel Mensah"""),
# 30 generic
("thank_you", ["generic"], """Dear Interview Panel,

I am writing to thank you for your valuable time during my interview. It was a great experience and I learned a lot about the role.

I am very much excited about the opportunity to join such a reputed organisation, and I am sure my skills will match your requirements.

Thanking you,
Pooja Sharma"""),
# 31 generic + asks_outcome
("thank_you", ["generic", "asks_outcome"], """Dear Mr. Grant,

Thank you for meeting with me this week. I enjoyed our conversation and learning about the position.

I am very interested in the role and feel I would be a good match. Could you let me know whether I have been successful as soon as you know?

Thank you again.

Regards,
Chloe Martin"""),
# 32 asks_outcome
("thank_you", ["asks_outcome"], """Dear Dr. Anand,

Thank you for the interview on Monday for the Clinical Research Coordinator post. I enjoyed hearing how the trial unit manages informed consent for the oncology studies and how you prepare for MHRA inspections.

I came away feeling that the interview had gone well, and I would be grateful to know whether I am your preferred candidate.

Thank you again for your time.

Kind regards,
Meera Pillai"""),
# 33 negative (dig at boss in compliment)
("thank_you", ["negative"], """Dear Ms. Duarte,

Thank you for meeting me on Wednesday to discuss the Payroll Supervisor role.

I appreciated your explanation of how the team handles the year-end P60 process and the move to the new time-and-attendance system. It was refreshing to speak with a manager who listens, which is more than I can say for my current one.

I look forward to hearing about the next steps.

Best regards,
Owen Pritchard"""),
# 34 informal (mild)
("thank_you", ["informal"], """Dear Mr. Abebe,

Thank you for the interview on Friday for the Quantity Surveyor role.

I enjoyed our discussion about valuing variations under the NEC4 contract, and the tour of the Millbrook housing site was super cool. It was also useful to hear how you track cost-to-complete on the larger schemes.

I would be glad to bring my experience of final account negotiations to your team.

Kind regards,
Lauren Hughes"""),
# 35 spelling
("thank_you", ["spelling"], """Dear Ms. Tanaka,

Thank you for the interview on Tuesday for the Learning Support Assistant role at Greenfield School.

I really enjoyed meeting the Year 5 class and learning how the SENCo plans support for pupils with autism. I was pleased to recieve the information pack about the school's Makaton training and have already started reading it.

I look forward to hearing from you.

Yours sincerely,
Maryam Hussain"""),
# 36 spelling
("thank_you", ["spelling"], """Subject: Thank you for the Data Engineer interview

Dear Rafael,

Thank you for the oppurtunity to talk with you and Helen about the Data Engineer role yesterday.

I enjoyed the discussion about moving the nightly batch jobs to Apache Airflow, and the exercise on deduplicating late-arriving events was a good test. I would be glad to bring my experience with dbt and Snowflake to the team.

Best regards,
Amara Nwosu"""),
# 37 negative (competing offer pressure)
("thank_you", ["negative"], """Dear Mr. Sandoval,

Thank you for the interview this morning for the Logistics Planner role. I enjoyed learning about the new cross-dock in Tilbury and your plans to consolidate the European groupage routes.

I should mention that I have another offer with a deadline of Friday, so I would be very grateful for a decision from you before then.

Thank you again for your time.

Kind regards,
Hamza Qureshi"""),
# 38 informal + asks_outcome
("thank_you", ["informal", "asks_outcome"], """Hi Steph!!

Thanks heaps for the chat yesterday about the Junior Analyst role. Loved hearing about the tax technology project and the move to the new Alteryx workflows.

So, any chance you could tell me if I got it? 🤞

Cheers,
Liam O'Connor"""),
# 39 check_in asks_outcome
("check_in", ["asks_outcome"], """Dear Mr. Ivanov, I hope you are well.

I am writing to follow up on my interview on 6 March for the Senior Estimator role.

I remain very interested in the position and in the rail electrification work we discussed. Could you let me know whether the panel has decided to offer me the role?

Kind regards,
Patrick Doyle"""),
# 40 check_in negative (counting messages)
("check_in", ["negative"], """Dear Ms. Lopez,

I am writing again regarding the Registered Nurse position on the renal unit, for which I interviewed on 3 February.

This is my fourth email since the interview, and I have also left two messages with the ward clerk. I would appreciate a reply, even if only to confirm the timeline.

Thank you,
Grace Mutasa"""),
# 41 check_in negative (impatience, complaint)
("check_in", ["negative"], """Dear Mr. Dubois,

I interviewed for the Paralegal role on 14 January and was told I would hear within a week.

It has now been over a month, and I must admit I expected more prompt communication from a firm of your standing. I would be grateful for an update on the timeline.

Regards,
Chidi Eze"""),
# 42 check_in informal
("check_in", ["informal"], """Hey Natalie,

Hope you're doing well! Just circling back on the Operations Coordinator role we chatted about last week.

I'm still super keen, especially after hearing about the new warehouse management system rollout. Let me know if there's an updated timeline whenever you get a sec.

Thanks!
Zoe Kaplan"""),
# 43 check_in spelling
("check_in", ["spelling"], """Dear Dr. Rahimi,

I hope you are well. I am following up on my intervew on 22 September for the Laboratory Analyst role in the quality control department.

You mentioned that the team hoped to decide after the ISO 17025 audit. Could you let me know whether that is still the expected timeline?

Thank you again for your time.

Kind regards,
Tatiana Petrova"""),
# 44 check_in asks_outcome + negative
("check_in", ["asks_outcome", "negative"], """Dear Ms. Whitaker,

I am writing about the Policy Officer role I interviewed for on 5 May.

I have now waited longer than the two weeks I was promised, and I am starting to wonder whether anybody is reading my emails. Could you at least tell me whether I am still in the running?

Regards,
Benedict Hale"""),
# 45 check_in negative (desperation)
("check_in", ["negative"], """Dear Mr. Balogun,

I hope you are well. I am following up on my interview for the Accounts Payable Clerk role on 30 August.

I am very keen on the position and the invoice-matching work we discussed. To be honest, I really need this job, as I have been out of work since spring and my savings are almost gone.

Could you let me know when a decision is expected?

Kind regards,
Agnieszka Nowicka"""),
# 46 check_in asks_outcome (indirect)
("check_in", ["asks_outcome"], """Good afternoon Ms. Henriksen,

I hope the end of the quarter has gone smoothly. I wanted to follow up on my interview for the Transport Planner post on 12 October.

I enjoyed our discussion of the bus priority corridor modelling, and I have been wondering where I stand among the candidates you saw that week. Any indication would be much appreciated.

With thanks,
Kwame Asante"""),
# 47 rejection_reply negative (sarcasm)
("rejection_reply", ["negative"], """Dear Mr. Fitzgerald,

Thank you for letting me know that I was not successful for the Structural Engineer role.

I enjoyed meeting the team and discussing the steel frame design for the Riverside offices. I do hope the successful candidate was worth the six weeks it took to tell the rest of us.

Best wishes,
Sarah Kwon"""),
# 48 rejection_reply asks_outcome (rank)
("rejection_reply", ["asks_outcome"], """Dear Ms. Moreau,

Thank you for your email about the Teaching Assistant role. I am sorry not to be joining Hillcrest, but I enjoyed the phonics session and meeting Mr. Reid.

Might I ask whether I was your second choice, and whether the role would come to me if the appointment does not go ahead?

I would also welcome any feedback.

Kind regards,
Fatima Begum"""),
# 49 rejection_reply informal
("rejection_reply", ["informal"], """Dear Keith,

Thanks for letting me know about the decision on the Warehouse Supervisor role. Bit of a bummer, but I totally get it.

I really enjoyed seeing the new racking layout and hearing about your forklift safety programme. If anything else comes up, I'd love to hear about it.

All the best,
Dylan Harper"""),
# 50 rejection_reply spelling
("rejection_reply", ["spelling"], """Dear Dr. Castellanos,

Thank you for informing me of the panel's decision regarding the Postdoctoral Fellow position. Although I am disappointed, I truely appreciate the time you and Dr. Ng spent discussing the CRISPR screening project with me.

If you are able to share any feedback, I would find it very helpful for future applications.

Kind regards,
Anil Krishnan"""),
# 51 rejection_reply negative (entitlement)
("rejection_reply", ["negative"], """Dear Mrs. Adeleke,

Thank you for your email regarding the Tax Manager vacancy.

I must say I am surprised, as I clearly had more experience with corporate tax returns and R&D claims than the role required. I can only assume the panel overlooked the detail in my application.

I would nonetheless be grateful for any feedback.

Regards,
Graham Whitley"""),
# 52 withdrawal negative (complaint)
("withdrawal", ["negative"], """Dear Ms. Johansson,

I am writing to withdraw my application for the Project Engineer role on the wastewater upgrade.

After the second interview was moved three times at short notice, I no longer feel confident that the organisation values candidates' time. I wish you well in filling the position.

Regards,
Victor Almeida"""),
# 53 withdrawal informal
("withdrawal", ["informal"], """Hi Rachel,

Thanks for the invite to the final round for the Legal Assistant role, and for the helpful chat about the conveyancing team.

Just a heads-up that I've accepted another offer, so I'm gonna pull out of the process. Sorry about that!

Thanks again for everything,
Megan Clarke"""),
# 54 withdrawal spelling
("withdrawal", ["spelling"], """Dear Mr. Mukherjee,

Thank you for inviting me to the assessment day for the Graduate Civil Engineer scheme on 15 March.

I am writing to withdraw my application, as I have accepted a position with a highways consultancy closer to my family. I enjoyed our discussion of the drainage design for the bypass and I am sincerly grateful for your time.

Kind regards,
Elif Yilmaz"""),
# 55 offer negative (ultimatum)
("offer", ["negative"], """Dear Ms. Grant,

Thank you for the offer of the Senior Nurse Practitioner role at the Riverside clinic. I was pleased to hear about the new minor injuries pathway.

However, unless the salary can be raised to Band 8a by Wednesday, I will have to accept the position I have been offered elsewhere.

Regards,
Olumide Bankole"""),
# 56 offer informal
("offer", ["informal"], """Dear Mr. Hartley,

Thank you for the offer of the Junior Developer role. Woohoo, I'm thrilled to accept!

I've signed the contract and sent it back to HR. I'm looking forward to starting on the payments team and getting to grips with the Kotlin codebase.

Best regards,
Ayesha Karimi"""),
# 57 offer spelling
("offer", ["spelling"], """Dear Ms. Okonjo,

Thank you for the offer of the Customs Compliance Officer role. I am delighted to accept and confirm my start date of 1 July.

Could you let me know whether the company can accomodate a compressed working week on Fridays, as we briefly discussed at the interview? I am also happy to complete the AEO training before I start.

Kind regards,
Ravi Chandran"""),
# 58 offer negative (dig at boss)
("offer", ["negative"], """Dear Dr. Halvorsen,

Thank you for the offer of the Research Scientist post. I am very happy to accept and can start on 2 February.

It will be a relief to work under someone who actually reads the data before the group meeting, unlike my current supervisor. I look forward to starting on the mass spectrometry work.

Julia Berger
Research Associate, Institute of Molecular Medicine"""),
# 59 thank_you spelling + informal
("thank_you", ["spelling", "informal"], """Dear Ms. Castro,

Thank you for the interview on Thursday for the Civil Designer role. I really enjoyed the discussion of the retaining wall options for the Elm Street widening, which was pretty awesome.

I am definately interested in the position and would be glad to send examples of my Civil 3D drawings.

Kind regards,
Ethan Moore"""),
# 60 check_in negative (guilt trip)
("check_in", ["negative"], """Dear Mr. Sato,

I hope you are well. I am following up on my interview for the Compliance Analyst role on 1 June.

I turned down two other interviews so that I could keep my diary clear for your process, so I do hope you will not keep me waiting much longer. Could you let me know when I might hear?

Best regards,
Carmen Ruiz"""),
# 61 thank_you asks_outcome (indirect)
("thank_you", ["asks_outcome"], """Subject: Thank you - Conveyancing Executive interview

Dear Mr. Osborne,

Thank you for meeting me yesterday and for explaining how the team handles leasehold enquiries and management packs.

I particularly enjoyed the discussion about the new case management system. If it is not too early to ask, do you think I will be offered the position?

Yours sincerely,
Nadia Farouk"""),
# 62 generic + negative
("thank_you", ["generic", "negative"], """Dear Hiring Team,

Thank you for the opportunity to interview with you. I enjoyed our conversation and learning more about the role.

I am excited about the position, but I am weighing two other offers at the moment, so I will need to hear from you by Monday at the latest.

Best regards,
Marcus Webb"""),
# 63 check_in informal (mild)
("check_in", ["informal"], """Dear Ms. Bergström,

I hope you are keeping well. I wanted to follow up on my interview for the Procurement Officer role on 8 November.

I enjoyed learning about the framework agreements for the school catering contracts, and I'm still really stoked about the role. Could you let me know when the panel expects to decide?

Kind regards,
Sione Latu"""),
# 64 rejection_reply asks_outcome + spelling
("rejection_reply", ["asks_outcome", "spelling"], """Dear Dr. Ferreira,

Thank you for your email about the Clinical Pharmacist position. I apreciate the time you took to explain the decision.

I enjoyed learning about the antimicrobial stewardship rounds. Could you tell me how close I came to being selected, and where I ranked among the finalists?

Kind regards,
Ngozi Okeke"""),
]
