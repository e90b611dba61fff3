# Clean notes written for this set. key -> (kind, text)
CLEAN = {}
def add(key, kind, text):
    CLEAN[key] = (kind, text.strip('\n'))

add('T1','thank_you','''Subject: Thank you – Water Network Planner interview

Dear Ms Adeyemi,

Thank you for meeting me on Wednesday to discuss the Water Network Planner role. I particularly enjoyed hearing about the leakage reduction programme in the northern district and the plan to install pressure loggers across the older cast-iron mains.

Our conversation confirmed that my four years of hydraulic modelling at Severn Vale Water would translate well to your team. I was also glad to learn that planners spend time on site with the field crews, as I have found that this makes models far more reliable.

If it would be useful, I would be happy to share the short summary of the district metering project I mentioned.

Thank you again for your time. I look forward to hearing about the next steps.

Kind regards,

Tomás Ferreira
07700 900123''')

add('T2','thank_you','''Dear Mr. Delgado,

Thank you for taking the time to speak with me yesterday about the Oncology Nurse Navigator position at Lakeshore Cancer Center. I appreciated your candid description of how patients can feel lost between diagnosis and their first infusion, and how the navigator role is meant to close that gap.

I was especially interested in the new survivorship clinic you are piloting. My experience coordinating follow-up care for breast cancer patients at St. Vincent's has shown me how much a single point of contact matters to families.

The role would stretch me on the data reporting side, and I welcome that challenge. Please let me know if I can provide anything else to support your decision.

Sincerely,
Grace Oyelaran, RN, OCN
(312) 555-0147''')

add('T3','thank_you','''Hi Priya,

Thank you for the video interview this afternoon for the Tournament Operations Coordinator role. It was great to hear how your team runs the regional league finals, and I enjoyed the story about the power outage during last year's semi-final.

Our discussion about player welfare stayed with me. I agree that scheduling breaks and screen-free time is just as important as server stability, and I would be keen to help build the welfare checklist you mentioned.

I have attached the run sheet I prepared for the university championship, as promised.

Thanks again, and I look forward to hearing about the next stage.

Best wishes,
Kwame Mensah-Bonsu''')

add('T4','thank_you','''Dear Mr Hargreaves,

Thank you for the opportunity to interview for the Private Client Tax Senior position on Monday. I valued our discussion about succession planning for family-owned farms and the challenges posed by recent changes to agricultural property relief.

Having spent three years preparing inheritance tax computations at my current firm, I was pleased to hear that the role combines technical work with direct client meetings. I was also encouraged by your commitment to supporting staff through the CTA exams.

Please do let me know if you would like any further information from me.

Yours sincerely,

Siobhán Kavanagh''')

add('T5','thank_you','''Dear Dr Whitcombe,

Many thanks for showing me around the finds room on Friday and for talking me through the excavation plans for the Roman villa at Hollow Field. It was fascinating to see the painted plaster fragments, and I appreciated your honesty about the backlog of unprocessed material from last season.

I had not worked with that volume of ceramic material before, but my time cataloguing assemblages for the county archive has given me a solid method, and I would enjoy the challenge of bringing the archive up to date.

Thank you again for a thoughtful and welcoming interview. I look forward to hearing from you.

With best wishes,

Mei-Ling Chua''')

add('T6','thank_you','''Dear Eng. Wanjiru,

I wish to sincerely thank you for the interview held at your Nairobi office on Tuesday for the position of Mine Ventilation Engineer. I appreciated the detailed explanation of the ventilation challenges at the Kitui site, particularly the heat load in the deeper working levels.

My experience designing auxiliary fan layouts at the Kwale mineral sands operation has prepared me well for this kind of work, and I was encouraged to learn that the team is investing in real-time monitoring.

Kindly let me know if you require any additional documents from my side. I look forward to hearing from you regarding the next steps.

Yours sincerely,

Brian Otieno Ochieng
+254 722 000 451''')

add('T7','thank_you','''Dear Ms Lim,

Thank you for meeting me at the Changi flight kitchen yesterday regarding the Food Safety Executive role. I found the tour of the cold rooms very useful, and I appreciated your explanation of how allergen information is tracked from recipe to trolley.

In my current role at a hotel banquet kitchen, I manage HACCP records for up to two thousand covers a day, so I was pleased to hear that the team is moving to digital temperature logging, which I have implemented before.

Please let me know if you need any further information. I look forward to hearing from you on the next steps.

Best regards,
Nurul Huda binte Rahman
+65 9123 4567''')

add('T8','thank_you','''Dear Mrs. Campbell,

Thank you very much for the interview on Thursday for the post of Branch Librarian at the Spanish Town Parish Library. I enjoyed hearing about the homework club and the plans to bring the mobile library van to the rural districts.

Our conversation about encouraging teenagers to use the library reminded me why I came into this profession. At my current branch, I started a Saturday reading circle that grew from six to forty young people, and I would be delighted to build something similar with your team.

Thank you again for your time and kindness. I look forward to hearing from you.

Respectfully,

Andre McKenzie''')

add('T9','thank_you','''Dear Dr. Hoffmann,

Thank you very much for the interesting interview yesterday for the position of Laboratory Technician in your microbiology department. I was very pleased to learn more about your work on antibiotic resistance in hospital wastewater and about the planned move to MALDI-TOF identification.

As discussed, I have four years of experience with culture methods and PCR in a food testing laboratory. The clinical context would be new for me, but I am convinced that my careful working style would be a good fit for your team.

I am looking forward to hearing from you about the further process.

With kind regards,

Jonas Müller''')

add('T10','thank_you','''Hello Mr. Kowalski,

Thanks for taking the time on Tuesday to talk with me about the Lead HVAC Service Technician opening. I enjoyed the walk through the shop and hearing how you've restructured the maintenance contracts for the school district.

I appreciated your point that the best technicians explain the problem to the customer, not just fix it. That's something I take pride in, and it's a big part of why my repeat-call rate at Arctic Air has stayed low.

I've attached a copy of my EPA 608 Universal certification, as you requested. Please let me know if you need anything else.

Best,
Luis Navarro
(512) 555-0199''')

add('T11','thank_you','''Dear Ms Fairbairn,

Thank you for inviting me to interview for the Peripatetic Strings Teacher post and for the chance to teach a sample lesson to your Year 4 group. I very much enjoyed their enthusiasm, and I was pleased that the bow-hold game seemed to land well.

I appreciated hearing about the music service's plans to expand whole-class ensemble teaching into more primary schools. Having led similar programmes in Kirklees, I would be glad to contribute ideas for keeping beginners motivated through their first year.

Thank you again for a well-organised and friendly morning.

Kind regards,

Ifeoma Clarke''')

add('C1','check_in','''Dear Ms. Brennan,

I hope you are doing well. I am writing to follow up on my interview on March 3 for the Property Manager position at Harbor Point Realty. I enjoyed our discussion about the portfolio of mixed-use buildings and the plans to modernize tenant communications.

When we spoke, you mentioned that the team hoped to make a decision within two weeks. Could you let me know whether that timeline still applies, or if there is anything further I can provide in the meantime?

I remain very interested in the role and would be glad to answer any further questions.

Thank you for your time.

Sincerely,
Daniel Ruiz-Park''')

add('C2','check_in','''Dear Mr Pemberton,

I hope you had a good weekend. I am writing to follow up on my interview on 14 May for the Library Assistant role at Elmbridge Central Library.

I understand that recruitment can take time, particularly with the half-term rota to cover. I wanted to confirm that I remain very keen on the post, and to ask whether you have an idea of when candidates are likely to hear about the next stage.

In the meantime, I have completed the online safeguarding module you mentioned, and I would be happy to send the certificate.

With thanks and best wishes,

Aisha Rahman''')

add('C3','check_in','''Dear Mr. Iyer,

Greetings. I hope this email finds you well.

I am writing to follow up on the interview for the Audit Associate position held on 8th July at your Chennai office. I truly appreciated the opportunity to learn about the firm's work with manufacturing clients and the plans to expand the forensic accounting team.

Kindly let me know the expected timeline for the next round, as I would like to arrange leave from my present organisation in advance. Please also advise if any additional documents are required from my end.

Thank you for your time and consideration.

Warm regards,
Karthik Subramanian
+91 98400 12345''')

add('C4','check_in','''Dear Ms. Achieng,

I trust you are keeping well. I am following up on my interview on 2nd October for the Community Health Officer role with your Kisumu programme.

I enjoyed learning about the maternal health outreach in the lakeside villages and the plans to train more community health volunteers. I remain very interested in contributing to this work.

Could you kindly advise on the expected timeline for the next stage and who I should contact if I have any questions in the meantime?

Thank you once again for your time.

Kind regards,

Faith Njeri Kamau
0712 345 678''')

add('C5','check_in','''Dear Mr Tan,

Thank you again for speaking with me last Wednesday about the Clinical Research Coordinator role at the oncology centre. I enjoyed hearing about the new immunotherapy trials and the plans to recruit patients from the partner polyclinics.

I am writing to ask whether the second interview will be held on site or over video call, and whether I should prepare a short presentation on the trial recruitment plan we discussed. I would like to make sure I prepare appropriately.

I will be overseas from 20 to 23 June but am happy to take a call at any other time.

Best regards,
Chen Wei Ling''')

add('C6','check_in','''Dear Madam Rousseau,

I permit myself to contact you following our interview of 12 April for the position of Assistant Curator at the regional archaeology museum.

I remain very interested in this position, in particular the project of digitising the Gallo-Roman collection which you presented to me. I would like to ask you if a date is already planned for the next step of the recruitment, so that I can organise my availability.

I remain at your disposal for any additional information.

Please accept, Madam, my best regards.

Camille Lefèvre''')

add('C7','check_in','''Hi Ms. Grant,

I hope your week is going well. I wanted to share a quick update following my interview for the Facilities Technician role at Montego Bay Resort Group.

Since we spoke, I have completed my refrigerant handling certification, and I have attached a copy for your records. I remember you mentioned the chillers in the east wing are due for replacement, so I thought this might be relevant.

I remain very interested in the position. Please let me know if there is anything else you need from me, and when you expect to move to the next stage.

Respectfully,
Marlon Whyte
876-555-0110''')

add('C8','check_in','''Dear Mr. Abernathy,

Thank you for your note letting me know that the hiring decision for the Environmental Compliance Specialist role has been pushed back while the permit review is completed. I appreciate being kept informed.

I remain very interested in the position and in helping the Silver Creek operation meet its water discharge requirements. If it would be useful, I would be happy to talk through the sampling plan I outlined during our interview in more detail.

Please let me know if there is anything else I can provide.

Best regards,

Olusegun Adebayo''')

add('R1','rejection_reply','''Dear Ms. Whitaker,

Thank you for letting me know about your decision regarding the Senior Tax Associate position. While I am disappointed, I appreciate the time you and the team spent with me, and I enjoyed learning about your work with nonprofit clients.

If you have a few minutes, I would be grateful for any feedback on my interview or application. I am keen to keep developing, and your perspective would be very valuable.

I would also welcome the chance to be considered for future openings on the team. Thank you again, and I wish you all the best.

Sincerely,
Hannah Goldberg''')

add('R2','rejection_reply','''Dear Sister Morrison,

Thank you for calling me yesterday to let me know the outcome of my interview for the Band 6 Oncology Nurse post. I was naturally disappointed, but I appreciated hearing the news from you personally.

I learned a great deal from the day, especially from the ward visit. If you are able to share any feedback on the clinical scenario question, I would find it very helpful as I continue to build my chemotherapy competencies.

I hope I will have the opportunity to apply to the unit again in the future.

With kind regards,

Rhiannon Evans''')

add('R3','rejection_reply','''Dear Ms. Kapoor,

Thank you for informing me about the outcome of my application for the Leasing Manager position. Though I had hoped for a different result, I respect the decision and am grateful for the opportunity to meet your team.

I would be thankful if you could share any feedback regarding areas where I could improve, particularly on the commercial lease case study.

Kindly keep my profile in mind for future openings in the Bengaluru office. I wish you and your team continued success.

With regards,
Rohan Deshpande''')

add('R4','rejection_reply','''Dear Dr Goh,

Thank you for your email and for letting me know the outcome for the Research Officer role in the food microbiology group.

Although I am disappointed, I very much enjoyed our discussion about rapid detection of Listeria and learned a lot from the laboratory tour. I would appreciate any feedback you are able to give, as I hope to strengthen my application for similar roles.

I would be glad to stay in touch, and I hope our paths cross at the microbiology society meeting later this year.

Kind regards,
Ong Jia Hui''')

add('R5','rejection_reply','''Dear Mr. Schneider,

Thank you for your message and for informing me of your decision regarding the position of Project Engineer Grid Connection.

Of course I am disappointed, but I appreciate the fair and transparent process and the interesting conversations with your team. If possible, I would be grateful for a short feedback on my technical presentation, so that I can improve for the future.

I would be happy if you would consider me for similar positions in the future.

With kind regards,
Katharina Vogel''')

add('R6','rejection_reply','''Dear Mr. Abrams,

Thank you for letting me know that the Middle School Band Director position has been offered to another candidate. I truly enjoyed meeting the students during the teaching demonstration, and I was impressed by how much they have grown under your program.

I would be grateful for any feedback you can share about my demonstration lesson or interview. I am also happy to be considered for substitute or summer camp work if anything comes up.

Thank you again for your time and consideration.

Warmly,
Jasmine Holloway''')

add('R7','rejection_reply','''Dear Mr. Barrett,

Thank you for your letter informing me of the outcome of my application for the Heritage Officer post at the Jamaica National Heritage Trust.

I am sorry not to have been successful this time, but I valued the chance to discuss the conservation work at Port Royal and the plans for the new visitor centre. I would appreciate any comments you may have on my interview, as I plan to continue building my experience in site management.

I hope to have the opportunity to work with the Trust in the future.

Yours sincerely,
Shanice Brown''')

add('R8','rejection_reply','''Dear Gareth,

Thanks for letting me know about the Building Services Engineer role. I'm disappointed, of course, but I appreciated how open you were throughout the process.

I took a lot from the technical interview, particularly the discussion about heat pump retrofits in older housing stock. If you could spare a few minutes to share any feedback, I'd be very grateful.

Please keep me in mind for any future roles. I'd be glad to stay in touch.

Best wishes,
Oliver Nwachukwu''')

add('O1','offer','''Dear Ms. Chen,

Thank you so much for offering me the position of Senior HVAC Project Manager. I am excited about the opportunity to lead the hospital retrofit projects we discussed, and I appreciate the team's confidence in me.

Before I accept, I would like to discuss the base salary. Given my eight years of experience managing commercial mechanical projects and my PMP certification, I would like to ask whether you could consider a base of $98,000 rather than $90,000. I believe this reflects the scope of the role and the current market in Denver.

I am very enthusiastic about joining the team and hope we can reach an agreement that works for both of us.

Best regards,
Marcus Feldman''')

add('O2','offer','''Dear Mrs Pritchard,

I am delighted to accept your offer of the post of Children's Librarian at Harrogate Library, at the salary stated in your letter of 6 June.

As discussed, my current contract requires one month's notice, which I will give this Friday. I would therefore be able to start on Monday 15 July, if that is convenient.

Please let me know what documents you need for the pre-employment checks and whether there is anything I should read before my first day.

Thank you again. I am very much looking forward to joining the team.

Yours sincerely,

Eleanor Whitfield''')

add('O3','offer','''Dear Mr. Mwangi,

Thank you for the offer of employment for the position of Water Quality Officer with Nakuru Water and Sanitation Company, which I received on Monday.

I am very pleased with this offer and would like to accept. However, since the role requires me to relocate from Eldoret, I would like to kindly request whether the company could provide a relocation allowance to cover transport of my household goods and the first month's rent.

I would also be grateful if you could confirm the start date, as I am required to give one month's notice to my current employer.

Thank you once again for this opportunity.

Yours sincerely,
Mercy Chebet''')

add('O4','offer','''Dear Ms Ng,

Thank you for the offer for the role of Tax Advisory Associate. I am very grateful and excited about joining the transfer pricing team.

Before I sign, may I ask whether there is some flexibility on the working arrangement? I would like to propose two days working from home each week outside the peak filing season, as this would help with caring for my mother. I am happy to be in the office full-time during the months of March to May.

I look forward to your reply and to starting with the team.

Best regards,
Rajesh Kumar Pillai''')

add('O5','offer','''Dear Mr. Laurent,

I thank you sincerely for your offer for the position of Excavation Supervisor and I am very happy to have been chosen.

Before giving you my definitive answer, I would like to clarify some points concerning the missions. During the interview, we spoke about the supervision of volunteers, but the contract mentions also the preparation of the post-excavation reports. Could you confirm me the share of time foreseen for each of these tasks?

I remain at your disposal to discuss it by telephone.

Kind regards,
Amélie Dubois''')

add('O6','offer','''Dear Ms. Banerjee,

Thank you for the offer letter for the position of Staff Nurse in the Oncology Day Care Unit. I am very happy to accept this opportunity.

As I am presently serving in a hospital with a notice period of sixty days, I would request that my joining date be fixed as 1st September. I shall complete the handover of my patients and duties before that.

Kindly share the list of documents I should bring on the day of joining.

Thanking you,
Divya Nair
Staff Nurse, Medical Oncology''')

add('O7','offer','''Hi Jordan,

Thank you for the offer to join Apex Arena as Community Manager. I really enjoyed meeting the team, and I'm excited about building the collegiate league program.

I'd like to accept, and I have one request. Since the role includes managing two part-time moderators, would you consider updating the title to Senior Community Manager and adjusting the salary to $72,000? I think that would better reflect the scope we discussed.

Either way, I'm keen to get started and happy to talk this through by phone.

Best,
Samira Haddad''')

add('O8','offer','''Dear Mr. Thompson,

Thank you for your letter offering me the position of Sous Chef at the Blue Mountain Lodge. I am pleased to accept the offer on the terms set out, including the salary and the rotating shift pattern.

I will be able to begin on 1 March after completing my notice at my current hotel. Please let me know the time and place I should report on the first day, and whether I need to bring my food handler's permit.

I look forward to working with you and the kitchen team.

Yours sincerely,
Delroy Francis''')

add('W1','withdrawal','''Dear Ms. Patel,

Thank you for considering me for the Accounts Manager position at Brightline Properties and for the time you and the team spent with me over the past few weeks.

I am writing to let you know that I have accepted another offer and must withdraw my application. This was a difficult decision, as I was impressed by your approach to tenant retention and enjoyed meeting everyone.

I hope you find an excellent candidate, and I would be glad to stay in touch in the future.

Sincerely,
Ethan Brooks''')

add('W2','withdrawal','''Dear Mr Ellison,

Thank you for inviting me to the second interview for the Geotechnical Engineer role, scheduled for Thursday 9 November.

I am sorry to say that I must withdraw my application. Owing to a change in family circumstances, I will not be able to relocate to Aberdeen in the coming year. I wanted to let you know as early as possible so that you can offer the slot to another candidate.

I was very impressed by the site investigation work on the coastal defence scheme, and I hope there may be an opportunity to work together in future.

Kind regards,

Fiona MacLeod''')

add('W3','withdrawal','''Dear Dr. Kiprotich,

I would like to thank you for the opportunity to interview for the position of Laboratory Analyst at the Kenya Agricultural Research Institute.

I wish to inform you that I have received and accepted an offer from another organisation, and I therefore kindly request to withdraw my application. I made this decision after much reflection, as the other role is closer to my family in Nyeri.

I enjoyed learning about your work on soil microbiology, and I wish you every success in the recruitment.

Yours sincerely,
Peter Kamau Gitau''')

add('W4','withdrawal','''Dear Ms Koh,

Thank you for the invitation to attend the final interview for the Senior Planner role at the Land Transport Authority.

After careful consideration, I have decided to withdraw from the process. My current employer has recently offered me a new role leading a project I have been working towards for some time, and I feel it is right for me to stay.

I appreciate your time and the openness of the team during the earlier interviews, and I hope we may have the chance to work together in the future.

Warm regards,
Lim Jun Hao''')

add('W5','withdrawal','''Dear Ms. Becker,

Thank you very much for the invitation to the second interview for the position of Mining Engineer in your company.

Unfortunately I must inform you that in the meantime I have accepted an offer from another company, which corresponds better to my specialisation in open-pit planning. Therefore I would like to withdraw my application.

I thank you for the pleasant conversations and the time you took for me. I wish you much success in filling the position.

Kind regards,
Stefan Wagner''')

add('W6','withdrawal','''Dear Mr. Reddy,

Thank you for the opportunity to participate in the selection process for the Catering Operations Executive position at your Hyderabad flight kitchen.

I would like to inform you that I have accepted an offer from another organisation and, therefore, I wish to withdraw my candidature. I sincerely apologise for any inconvenience this may cause.

I was impressed by the scale of your operations and the emphasis on hygiene standards. I hope to have the chance to associate with your organisation in the future.

Regards,
Sneha Varma''')

add('W7','withdrawal','''Dear Dr. Lawson,

Thank you for inviting me to interview for the part-time piano instructor position at the Riverside Community Music School.

After reviewing the schedule, I have realized that the weekday afternoon hours would conflict with my existing teaching commitments at the conservatory, so I would like to withdraw my application. I did not want to take up a place that another candidate could fill.

I admire the school's sliding-scale lesson program, and I would be glad to be considered for weekend openings in the future.

With thanks,
Nadia Petrova''')

add('W8','withdrawal','''Dear Mrs. Reid,

Thank you for considering me for the Customer Service Supervisor position at Caribbean Air Catering, and for the time you took to show me the production floor last week.

I am writing to let you know that I have accepted an offer from another company and must respectfully withdraw my application. It was a pleasure meeting you and the team, and I was impressed by how carefully each flight's meal counts are checked before loading.

I wish you every success, and I hope our paths will cross again.

Kind regards,
Kerry-Ann Edwards''')
