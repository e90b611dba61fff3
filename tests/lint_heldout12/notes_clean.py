# Clean notes. Each: (kind, text)
CLEAN = [
("thank_you", """Dear Ms. Achterberg,

Thank you for meeting with me on Wednesday to discuss the Aircraft Maintenance Planner role at Northfield Aviation Services. I enjoyed learning how your team sequences heavy checks on the ATR fleet, and your explanation of the new task-card system was especially helpful.

Our conversation reinforced my interest in the position. My four years planning line maintenance at Humberside have given me a solid grounding in AMOS and in working with certifying staff under time pressure, and I would welcome the chance to bring that experience to your hangar.

Please let me know if I can provide anything further. I look forward to hearing about the next steps.

Kind regards,
Declan Ferriter
07700 900418"""),
("thank_you", """Dear Dr. Mbeki,

Thank you for the opportunity to interview for the Associate Veterinarian position at Riverbend Animal Hospital yesterday. It was a pleasure to meet you and Sister Naidoo and to see the new isolation ward.

I particularly valued our discussion about how the practice shares after-hours cover between its two sites. Having worked a one-in-four rota in a busy small-animal clinic in Pietermaritzburg, I understand how much a fair rota matters to retaining good staff, and I was encouraged by the thought you have put into it.

I remain very enthusiastic about joining Riverbend. Thank you again for your time and hospitality.

Warm regards,

Anele Dlamini, BVSc
anele.dlamini@example.co.za"""),
("thank_you", """Dear Mr. Kowalczyk, thank you for taking the time to speak with me on Monday about the Transport Planner vacancy.

I found our discussion of the Midlands consolidation project genuinely interesting, particularly your point that reducing empty running depends as much on carrier relationships as on routing software. That matches my experience at Harrow Freight, where I helped cut empty miles by eleven percent over a year.

I am very keen on the role and confident I could contribute quickly. If it would be useful, I would be happy to send the short summary of that project that I mentioned.

With best wishes,
Imogen Tallis"""),
("thank_you", """Dear Ms. Oyelaran,

I wanted to thank you and the panel for interviewing me for the Community Librarian post at Eastgate Library on Thursday afternoon.

It was inspiring to hear about the homework club and the plans to extend opening hours on Saturdays. I enjoyed describing the digital skills sessions I ran for older residents in Croydon, and I left with several ideas for how a similar programme could work at Eastgate.

Thank you again for a warm and thoughtful conversation. I look forward to hearing from you.

Yours sincerely,

Bartholomew Quayle"""),
("thank_you", """Dear Hiroshi,

Thank you for showing me around the Tualatin site on Friday and for the detailed conversation about the Process Engineer opening on the etch team.

I appreciated your candid description of the chamber-matching problems you have been working through. The approach we discussed, combining endpoint traces with the existing SPC charts, is close to what I used during my final-year project, and I would enjoy applying it at production scale.

Please pass my thanks to Marisol and Ade as well. I look forward to hearing about the next stage.

Best regards,
Renata Szabó
Process Engineering Graduate | linkedin.com/in/renataszabo"""),
("thank_you", """Dear Mrs. Fairweather,

Thank you for meeting me to discuss the Senior Social Worker role in the adult safeguarding team. I valued the opportunity to talk through the case scenario, and I appreciated your openness about current caseload pressures.

Our conversation confirmed that the team's emphasis on reflective supervision is exactly the environment in which I do my best work. I was also pleased to hear about the partnership with the local housing association, as joint working with housing colleagues was a large part of my role in Salford.

Thank you again for your time. I would be delighted to join the team.

Kind regards,
Oluwaseun Adebayo-Kerr
Registered Social Worker (SWE)"""),
("thank_you", """Dear Mr. Castellanos,

Thank you for interviewing me for the Trainee Solicitor position at Harcourt Lyle LLP on Tuesday. I enjoyed meeting you and Ms. Ferreira, and I appreciated the chance to discuss the firm's growing agricultural property practice.

Your description of the seat rotation, and the option of a secondment to a client's in-house team, was particularly appealing. My summer vacation scheme in a rural practice in Herefordshire gave me a taste of farm tenancies and overage agreements, and I would be very glad to build on that.

Please do not hesitate to contact me if you need further information.

Yours sincerely,
Ffion Llewellyn-Hart"""),
("thank_you", """Dear Ms. Gallagher,

Many thanks for your time today and for the conversation about the Front of House Manager role at The Linden Hotel.

I enjoyed hearing about the changes planned for the restaurant ahead of the wedding season, and your thoughts on training seasonal staff resonated with me. At my current hotel I introduced a short buddy system for new starters, which helped reduce early turnover, and I would enjoy developing something similar with your team.

I am very interested in the position and would be pleased to discuss it further.

Kind regards,
Tomasz Wierzbicki
+44 7700 900 773"""),
("thank_you", """Dear Ms. Abernethy,

Thank you for the interview for the Graduate Actuarial Analyst role. I appreciated the time you and Mr. Osei spent explaining how the pricing team works with underwriters on the commercial motor book.

The technical exercise was a useful insight into the day-to-day work, and I enjoyed discussing my approach to the claims frequency question. I have been thinking further about the point you raised on credibility weighting and would be glad to talk it through again.

I am enthusiastic about the opportunity to begin my actuarial exams with your support. Thank you once more for your time.

Best wishes,
Karan Mehrotra"""),
("thank_you", """Dear Ms. Lindqvist,

Thank you for speaking with me on Thursday about the Regional Reporter role at the Border Courier. I enjoyed our conversation about the paper's coverage of the hill farming communities and your plans to expand the podcast.

It was helpful to hear how reporters balance council meetings with longer investigative pieces. As I mentioned, my work on the flood insurance story at the university paper taught me a lot about patient sourcing, and I would relish doing that kind of reporting for your readers.

I look forward to hearing from you.

Yours sincerely,
Callum Ó Briain
07700 900 251 | callumobriain.com"""),
("thank_you", """Dear Mr. Raghunathan,

I am writing to thank you for the interview on 9th March for the post of Assistant Manager, Supply Chain, at your Chennai office. I am grateful to you and the panel members for the patient hearing and for explaining the warehouse automation project in detail.

The discussion on reducing order cycle time for the southern distributors was very informative. I believe my experience in implementing barcode-based inventory control at my present organisation would be useful in this initiative.

I remain keen to join your esteemed organisation and would be happy to provide any further information required.

Thanking you,
Yours faithfully,
Sowmya Venkatesan
+91 98400 00000"""),
("thank_you", """Dear Bridget,

Thank you so much for having me at the farm on Saturday. It was a real pleasure to walk the paddocks with you and Lachlan and hear about the plans for the new dairy shed.

I particularly enjoyed our chat about pasture management during the dry months. The rotational grazing system you described is something I have wanted to work with since my time at Dookie, and I would love to be part of putting it into practice.

Thanks again for your time and for the cup of tea. I look forward to hearing from you.

Kind regards,
Mitchell Ngata
0412 000 000"""),
("thank_you", """Dear Ms. Beaudoin,

Thank you for the interview yesterday for the Dispatch Coordinator position at Laurentian Freight. I appreciated learning about the winter routing challenges in northern Ontario and how the team handles road closures.

I was glad to hear that the company is piloting a new telematics platform. I have used a similar system at my current employer and would be happy to help with training drivers and dispatchers as it rolls out.

Thank you again for your time, and please let me know if I can provide any additional information.

Sincerely,
Étienne Marchand
Dispatch Lead, Hudson Bay Carriers"""),
("thank_you", """Dear Dr. Sørensen,

Thank you for meeting with me to discuss the Research Data Librarian role. I enjoyed our conversation about supporting the medical faculty's move to open data and the challenges of persuading busy researchers to deposit their datasets.

I was pleased to hear that the library is developing a training programme on data management plans. I have led similar workshops for postgraduate students and would be keen to contribute to the design of the sessions.

I appreciated your time and the clear overview of the role. I look forward to hearing about the next stage of the process.

With thanks,
Adaeze Nwachukwu"""),
("thank_you", """Dear Mr. Hargreaves,

Thank you for taking the time to interview me for the Apprentice Aircraft Technician post and for showing me around the workshop. Seeing the engine strip-down bay in person made me even more excited about the apprenticeship.

I enjoyed hearing how apprentices rotate between the hangar and the component shop in their first year. I have always liked working with my hands and understanding how things fit together, and I think the structure you described would suit me well.

Thank you again, and I hope to hear from you soon.

Yours sincerely,
Jaydon Pillay"""),
("thank_you", """Dear Ms. Whitcombe,

Thank you for the interview this morning for the Paralegal position in the family team. I appreciated your clear account of how the team prepares for financial remedy hearings and the volume of disclosure involved.

I particularly valued the chance to discuss how I keep bundles organised under tight deadlines. My experience preparing court bundles at Grey & Partners would allow me to support the fee earners from my first week.

Please let me know if you would like any further details or references. Thank you again for your time.

Kind regards,
Nadia Benhamou"""),
("thank_you", """Dear Chef Anand,

Thank you for inviting me to trial in the kitchen on Tuesday. I learned a great deal from working the pass alongside your sous chef, and I was impressed by how calmly the brigade handled the Friday-night volume.

The discussion about developing a seasonal tasting menu using produce from local growers was especially exciting. I would love to contribute to that and to keep learning from the team.

Thank you once again for the opportunity.

Best wishes,
Saoirse Delaney
Chef de Partie"""),
("thank_you", """Dear Ms. Pretorius,

Thank you for meeting with me on Friday to discuss the Agronomist position with Highveld Growers. I enjoyed hearing about the soil health trials on the maize farms and the co-operative's plans to support smaller members with advisory visits.

Our conversation about balancing yield targets with long-term soil structure was thought-provoking. My fieldwork on conservation tillage in the Free State gave me practical experience of these trade-offs, and I would be glad to build on that with your members.

Thank you again for your time. I look forward to hearing from you.

Regards,
Lungile Mahlangu
082 000 0000"""),
("check_in", """Dear Ms. Achterberg,

I hope you are well. I am writing to follow up on my interview on 14 May for the Aircraft Maintenance Planner role.

I remain very interested in the position and enjoyed learning about the task-card system your team is introducing. If it would help the panel, I would be happy to provide references or copies of my planning reports.

Could you let me know the expected timeline for the next stage?

Thank you for your time, and I look forward to hearing from you.

Kind regards,
Declan Ferriter"""),
("check_in", """Dear Mr. Kowalczyk,

I hope your week is going well. I wanted to follow up on our conversation about the Transport Planner role and to reiterate my interest in joining the team.

Since we spoke, I have completed the CPC refresher course I mentioned, and I have attached the certificate in case it is useful for your records.

I understand that the recruitment process can take time, particularly with the consolidation project under way. Please let me know if there is anything else you need from me.

Best regards,
Imogen Tallis
07700 900 612"""),
("check_in", """Dear Ms. Oyelaran,

I hope all is well at Eastgate. I am writing to check in regarding the Community Librarian post for which I interviewed on 3 October.

I continue to be enthusiastic about the role, especially the plans for Saturday opening. If it would be helpful, I am happy to share the outline of the digital skills course I ran in Croydon.

Could you tell me whether the next step would be a second interview or a reference check, so that I can let my referees know?

Yours sincerely,
Bartholomew Quayle"""),
("check_in", """Dear Hiroshi,

I hope the tool qualification went smoothly last week. I am following up on my interview for the Process Engineer role to reaffirm my interest and to ask whether you have an updated timeline for decisions.

I have also been reading more about the chamber-matching methods we discussed, and I would be glad to share a short note on my thinking if that is of interest.

Thank you again for your time.

Best regards,
Renata Szabó"""),
("check_in", """Dear Mr. Raghunathan,

Greetings. I hope this mail finds you well.

This is with reference to my interview on 9th March for the post of Assistant Manager, Supply Chain. I wish to reiterate my keen interest in the position and to enquire about the expected timeline for the subsequent rounds.

Kindly let me know if any further documents are required from my side, such as salary slips or relieving letters, so that I may keep them ready.

Thanking you,
Sowmya Venkatesan"""),
("check_in", """Dear Ms. Lindqvist,

I hope you are keeping well. I wanted to follow up on our interview for the Regional Reporter role and say again how much I enjoyed our conversation about the paper's rural coverage.

Since we met, I have had a feature on livestock auctions published in the county magazine, and I have included the link below in case it is of interest.

Could you let me know whether the editor would like to see any further clips before the next stage?

Yours sincerely,
Callum Ó Briain
callumobriain.com/clips"""),
("check_in", """Dear Ms. Beaudoin,

I hope you are well and that the telematics pilot is going smoothly. I am writing to follow up on my interview for the Dispatch Coordinator position on 21 November.

I remain very interested in the role. I wanted to mention that my current employer has confirmed I can leave with two weeks' notice, which may help with your planning.

Please let me know if there is anything further I can provide, and who I should contact with any questions in the meantime.

Sincerely,
Étienne Marchand"""),
("check_in", """Dear Bridget,

I hope the calving is going well and that the weather has been kinder lately.

I just wanted to touch base about the Farmhand position we discussed. I am still very keen on the role and would be happy to come out for another visit or a trial day if that would help you decide.

Could you let me know roughly when you are hoping to have someone start?

Kind regards,
Mitchell Ngata"""),
("check_in", """Dear Ms. Whitcombe,

I hope you are well. I am writing to follow up on my interview for the Paralegal position in the family team on 2 February.

I remain very interested in the role and enjoyed learning about the team's approach to financial remedy work. I wanted to let you know that I will be on annual leave from 20 to 24 February, in case you are planning further interviews during that week.

Thank you for your time, and I look forward to hearing about next steps.

Kind regards,
Nadia Benhamou"""),
("check_in", """Dear Mrs. Fairweather,

I hope you are well. I wanted to follow up on my interview for the Senior Social Worker role and reiterate my enthusiasm for joining the adult safeguarding team.

I appreciate that the team has many competing priorities at the moment. When you have a moment, could you let me know whether the next stage will include a written assessment, so that I can prepare?

Thank you again for your time.

Kind regards,
Oluwaseun Adebayo-Kerr"""),
("rejection_reply", """Dear Ms. Gallagher,

Thank you for letting me know about your decision regarding the Front of House Manager role. I was disappointed, of course, but I appreciate you taking the time to tell me personally.

I very much enjoyed meeting you and learning about the plans for the restaurant. If you are able to share any feedback on my interview, I would be grateful, as it would help me as I continue my search.

I would welcome the chance to be considered for future opportunities at The Linden. I wish you and the team a successful season.

Kind regards,
Tomasz Wierzbicki"""),
("rejection_reply", """Dear Ms. Abernethy,

Thank you for your email and for letting me know the outcome of the Graduate Actuarial Analyst process.

While I was disappointed, I am grateful for the opportunity to meet the pricing team and to attempt the technical exercise, which I found very worthwhile. I would appreciate any feedback you could offer on my performance.

I hope we may cross paths again in future, and I wish the team all the best with the commercial motor work.

Best wishes,
Karan Mehrotra
linkedin.com/in/karanmehrotra"""),
("rejection_reply", """Dear Mr. Castellanos,

Thank you for your call this afternoon and for your kind words about my application to Harcourt Lyle.

Although I am sorry not to be joining the firm this year, I greatly enjoyed meeting you and Ms. Ferreira and learning about the agricultural property practice. Your comments about developing my commercial awareness were very helpful, and I intend to act on them.

I hope to apply again in the next recruitment round. Thank you again for your time and consideration.

Yours sincerely,
Ffion Llewellyn-Hart"""),
("rejection_reply", """Dear Dr. Sørensen,

Thank you for letting me know the outcome of my application for the Research Data Librarian role. I was disappointed to hear the news, but I appreciated the clear and considerate way in which it was communicated.

I enjoyed our discussion about open data in the medical faculty, and I remain very interested in the library's work. Please keep me in mind should a similar position become available.

With thanks and best wishes,
Adaeze Nwachukwu"""),
("rejection_reply", """Dear Mr. Hargreaves,

Thanks for letting me know about the apprenticeship. I was disappointed, but I really appreciated the tour and the chance to see the engine bay.

If you have any advice on what I could work on before applying next year, I would be very grateful to hear it. I am planning to take a short course in basic electrics over the summer.

Thank you again for your time, and best wishes to everyone in the workshop.

Yours sincerely,
Jaydon Pillay"""),
("offer", """Dear Ms. Pretorius,

Thank you very much for offering me the position of Agronomist with Highveld Growers. I am delighted and would be pleased to accept.

Before I sign the contract, I would like to confirm two points. Could you let me know whether the vehicle allowance covers fuel for farm visits, and whether a start date of 1 April would suit the co-operative? My current employer requires one month's notice.

I look forward to working with you and the members. Please let me know if you need anything further from me.

Regards,
Lungile Mahlangu"""),
("offer", """Dear Hiroshi,

Thank you for the offer of the Process Engineer position on the etch team. I am very excited about the role and grateful for the confidence you have shown in me.

Having reviewed the package, I would like to ask whether there is flexibility in the base salary. Given my internship experience with plasma etch and the relocation from Budapest, I was hoping for a figure closer to 98,000 dollars. I am also keen to confirm that the role includes the mentoring programme we discussed.

I look forward to your reply.

Best regards,
Renata Szabó"""),
("offer", """Dear Mr. Raghunathan,

I am pleased to acknowledge receipt of the offer letter dated 2nd April for the post of Assistant Manager, Supply Chain. I thank you and the management for reposing confidence in me.

I am happy to accept the offer. As I am required to serve a notice period of sixty days with my present employer, I request that my date of joining be fixed as 5th June.

Kindly let me know the documents to be submitted on the day of joining.

Thanking you,
Yours sincerely,
Sowmya Venkatesan"""),
("offer", """Dear Chef Anand,

Thank you so much for the offer of the Chef de Partie role. I am thrilled to accept.

I wanted to raise one point before I start. As we discussed at the trial, I would like the role to include regular time on the pastry section, as developing those skills is important to me. Could we confirm this in the contract or in my training plan?

I am also able to start on 3 March, once I have completed my notice at my current restaurant.

Best wishes,
Saoirse Delaney"""),
("offer", """Dear Mrs. Fairweather,

Thank you for your call and for offering me the Senior Social Worker position. I am delighted to accept.

Could you please send the written contract and details of the lease car scheme? I would also be grateful to confirm that my continuous service in local government will be recognised for annual leave and sick pay purposes.

My current notice period is eight weeks, so I anticipate being able to start in early September. I am looking forward to joining the team.

Kind regards,
Oluwaseun Adebayo-Kerr"""),
("withdrawal", """Dear Ms. Beaudoin,

Thank you for considering me for the Dispatch Coordinator role and for the time you spent with me during the interview.

I am writing to let you know that I have accepted another offer, and I would therefore like to withdraw my application. This was a difficult decision, as I was very impressed by the team at Laurentian Freight and the telematics project.

I hope our paths cross again in the future, and I wish you every success with the recruitment.

Sincerely,
Étienne Marchand"""),
("withdrawal", """Dear Mr. Kowalczyk,

Thank you for your time and for the interest you have shown in my application for the Transport Planner position.

After careful consideration, I have decided to accept a counter-offer from my current employer, which includes the chance to lead our new northern depot. I would therefore like to withdraw from the process.

I very much enjoyed our conversation about the Midlands consolidation project, and I would be glad to stay in touch.

With best wishes,
Imogen Tallis"""),
("withdrawal", """Dear Dr. Mbeki,

Thank you for the invitation to a second interview for the Associate Veterinarian position. I am grateful for the time you and the team have given me.

Due to a change in my family circumstances, I am no longer able to relocate to Durban this year, and I must withdraw my application. I am sorry for any inconvenience this may cause.

I greatly enjoyed visiting Riverbend and hope I may have the opportunity to apply again in future.

Warm regards,
Anele Dlamini"""),
("withdrawal", """Dear Ms. Lindqvist,

Thank you very much for inviting me to the final stage for the Regional Reporter role.

I wanted to let you know as soon as possible that I have been offered a place on a graduate trainee scheme with a national broadcaster, which I have decided to accept. I would therefore like to withdraw my application.

I have great respect for the Border Courier's rural coverage and hope to work with your team in some capacity in future. Thank you again for your time and consideration.

Yours sincerely,
Callum Ó Briain"""),
("thank_you", """Dear Mr. Adeyemi,

Thank you for the interview on Monday for the Ground Operations Supervisor role at Eastfield Airport. I appreciated hearing about the turnaround targets for the new low-cost routes and how the team coordinates with the fuelling contractor.

Our discussion about improving on-time performance during the winter de-icing period was particularly interesting. At my current airport I helped redesign the de-icing queue, and I would be keen to share what we learned.

Thank you again for your time. I look forward to hearing about the next steps.

Kind regards,
Priyanka Sahota"""),
("thank_you", """Hi Marguerite,

Thank you for speaking with me this afternoon about the Collections Assistant role at the county archives. I really enjoyed hearing about the tithe map conservation project and the volunteers who help with transcription.

As I mentioned, I have spent the past year cataloguing estate papers at a National Trust property, and I would love to bring that experience to the archive's work.

Thanks again, and I hope the exhibition opening goes well next week.

Best,
Florian Achebe-Wright
07700 900 108"""),
]
