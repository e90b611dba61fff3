# Hand-written faulty notes: generic and spelling (each spelling note has exactly one typo; typo noted in comment).
NOTES = [
# --- generic (thank_you only) ---
dict(kind="thank_you", codes=["generic"], text="""Dear Ms. Harrington,

Thank you for taking the time to meet with me yesterday. I enjoyed learning more about the position and the organisation, and our conversation confirmed my strong interest in the role.

I believe my skills and experience would allow me to make a valuable contribution to your team, and I was pleased to hear more about your goals for the future.

Please do not hesitate to contact me if you need any further information. I look forward to hearing from you about the next steps.

Kind regards,
Daniel Osei"""),

dict(kind="thank_you", codes=["generic"], text="""Subject: Thank you for the interview

Dear Hiring Manager,

I would like to express my sincere gratitude for the opportunity to interview with your esteemed organisation. It was a pleasure to meet the panel and to learn about the exciting work that your team is doing.

The discussion reinforced my enthusiasm for the position. I am confident that my background, dedication and passion for excellence make me a strong fit for your needs, and I would welcome the chance to contribute.

Thank you once again for your time and consideration.

Yours faithfully,
Rajesh Kumar Iyer"""),

dict(kind="thank_you", codes=["generic"], text="""Hi Samantha,

Thanks so much for chatting with me this afternoon. It was really good to hear about the team, the culture and what a typical day looks like in the role.

I came away even more enthusiastic than before. The values you described are very much in line with my own, and I can genuinely see myself growing with you.

If there is anything else I can send over to support my application, just let me know.

Thanks again and have a lovely evening,
Chloe Baptiste"""),

dict(kind="thank_you", codes=["generic"], text="""Dear Mr. Balogun,

Good day sir. I wish to thank you most sincerely for the interview granted to me on Monday. I am very grateful for the warm reception and for the time the panel devoted to my candidature.

It was an honour to discuss the position with such distinguished professionals. I am convinced that the role matches my qualifications and career aspirations, and I assure you of my commitment, hard work and integrity if given the opportunity.

Once again, thank you, and may God bless your efforts.

Yours faithfully,
Emeka Chukwudi Nwosu"""),

dict(kind="thank_you", codes=["generic"], text="""To: Laura Jensen <l.jensen@example.com>

Dear Laura,

Thank you for interviewing me on Thursday. I really appreciated your openness in answering my questions and the insight you gave me into the team and the challenges ahead.

Everything we talked about made me more excited about the opportunity. I think my experience, my problem-solving skills and my collaborative approach would be a great match for what you are looking for.

I look forward to the possibility of working together.

Best regards,
Marcus Lindgren
+46 70 123 45 67"""),

dict(kind="thank_you", codes=["generic"], text="""Dear Panel Members,

Please accept my heartfelt thanks for the interview conducted earlier today. I found the questions insightful and thought-provoking, and I appreciated the professional manner in which the session was run.

I am even more eager to be part of your team after our meeting. I bring a strong work ethic, attention to detail and a willingness to learn, and I am confident I can add value from day one.

Thank you for considering my application.

With warm regards,
Maricel Reyes-Bautista"""),

dict(kind="thank_you", codes=["generic"], text="""Paul, thank you again for your time this morning.

I valued our conversation and the chance to understand more about the role, the people and the direction of the business. It is clear that this is a team that cares about doing good work, and that is exactly the kind of environment I am looking for.

I remain very interested and would be delighted to move forward in the process. Please let me know if I can provide references or anything else.

Best wishes,
Grace Wambui"""),

dict(kind="thank_you", codes=["generic"], text="""Dear Dr. Whitfield,

Thank you for the interview on Tuesday. It was a genuine pleasure to meet you and your colleagues, and to hear your perspective on the work.

I left our conversation with a clear understanding of what the position involves and why it matters. The responsibilities you outlined are well suited to my strengths, and I am enthusiastic about the chance to apply my experience in a new setting.

I am grateful for your consideration and look forward to staying in touch.

Respectfully,
Hannah Okonjo-Reid"""),

dict(kind="thank_you", codes=["generic"], text="""Dear Ms. Castillo,

I hope this email finds you well. I am writing to thank you for the opportunity to interview for the position. I appreciated the thoughtful questions and the time you took to describe the expectations of the role and the team dynamics.

Our discussion strengthened my belief that I would thrive in this environment. I am motivated, adaptable and eager to contribute, and I would be proud to join such a dedicated group of professionals.

Thank you once again, and I hope to hear from you soon.

Sincerely,
Joshua Agbaje"""),

# generic + informal
dict(kind="thank_you", codes=["generic", "informal"], text="""Hey Jess!

Just wanted to say a massive thanks for the interview today, it was awesome 😊 Loved chatting with you guys and getting the lowdown on the role.

Honestly the whole vibe was super chill and I reckon I'd fit right in. Totally stoked about the chance to join the squad!

Lemme know if you need anything else from me, happy to send whatevs.

Cheers heaps,
Kayla"""),

dict(kind="thank_you", codes=["generic", "informal"], text="""Hiya Tom,

Cheers for having me in yesterday, it was a proper good laugh and I'm well up for the job now.

You lot seem dead sound and the place has a cracking atmosphere. I think I'd smash it in the role to be honest, so fingers crossed yeah!

Anyway, ta again for your time, catch you soon hopefully.

Laters,
Liam Doherty
07911 123456"""),

# generic + asks_outcome
dict(kind="thank_you", codes=["generic", "asks_outcome"], text="""Dear Mr. Ansah,

Thank you for meeting with me today. I enjoyed our discussion and learning more about the position and your team. It was a valuable conversation and I am even more interested in the opportunity.

I would be grateful if you could let me know whether I have been successful, or whether I am still being considered for the next round, as I am very keen to know where I stand.

Thank you again for your time.

Kind regards,
Abena Owusu-Darko"""),

# generic + spelling (typo: definately)
dict(kind="thank_you", codes=["generic", "spelling"], text="""Dear Jonathan,

Thank you for taking the time to interview me this week. I appreciated the opportunity to learn more about the role and your organisation, and I enjoyed meeting the team.

I am definately excited about the possibility of joining you. I believe that my skills and enthusiasm would make me a good addition, and I would welcome the chance to contribute to your continued success.

Please let me know if there is anything further you need from me.

Best regards,
Sarah-Jane Maxwell"""),

# --- spelling (exactly one common typo each) ---
# typo: seperate
dict(kind="thank_you", codes=["spelling"], text="""Dear Dr. Pereira,

Thank you for the interview for the Associate Dentist position at Clínica Sorriso on Friday. I appreciated the tour of the surgery and the chance to see your intraoral scanner workflow in action.

I was interested to hear that you keep a seperate appointment book for the sedation list, and that the hygienists now run the recall system independently. At my current practice I helped set up a similar arrangement for implant reviews.

I have attached the two case reports on immediate loading that we discussed.

Kind regards,
Dr. Inês Carvalho"""),

# typo: occured
dict(kind="check_in", codes=["spelling"], text="""Dear Mr. Abiodun,

I hope you are well. I am following up on my interview for the HSE Coordinator role at the Onne logistics base on 11 June.

Since then, I have completed the root cause analysis report for the forklift incident that occured at my current site in April, and I have attached a redacted copy as an example of my work.

Could you please let me know when the next stage of the process is likely to take place?

Thank you for your time.

Yours sincerely,
Blessing Ikechukwu-Adams"""),

# typo: acheive
dict(kind="rejection_reply", codes=["spelling"], text="""Dear Ms. Tremblay,

Thank you for letting me know about your decision regarding the Grade 9 Science position. I was disappointed, but I appreciate you calling me before sending the email.

Your feedback about my lesson on chemical bonding was helpful, especially the suggestion to check for understanding more often. I will work on this as I try to acheive my permanent certification next year.

Please keep me in mind for any long-term occasional assignments in the board.

Kind regards,
Priya Sandhu
Brampton, Ontario"""),

# typo: wich
dict(kind="offer", codes=["spelling"], text="""Dear Anders,

Thank you for the offer of the Quality Engineer role at the Västerås turbine plant. I am very happy to accept.

Before I sign, could you confirm the date of the induction, wich I understand includes the radiation safety briefing for the test bay? I would also like to check whether relocation support covers the first month of accommodation.

My notice period is three months, so my earliest start date would be 1 September.

Best regards,
Tariq Rahman"""),

# typo: thier
dict(kind="withdrawal", codes=["spelling"], text="""Dear Mrs. Ochieng,

Thank you for inviting me to the second interview for the Warehouse Operations Manager role in Athi River.

I am writing to withdraw my application. I have accepted an offer from a cold-chain distributor in Nakuru, and I have agreed to start at thier new depot next month.

I enjoyed meeting your team and learning about the new WMS rollout. I hope we will cross paths again in the industry.

With kind regards,
Kevin Otieno Omondi"""),

# typo: tommorow
dict(kind="check_in", codes=["spelling"], text="""Hi Ms. Gallagher,

I hope your week is going well. I am writing to confirm that I am still available for the practical assessment for the Veterinary Nurse role, and that I can attend any day except tommorow, when I am on a long shift.

As requested, I have attached my RCVS registration and my record of the 2,000 training hours.

Please let me know if anything else is needed before the assessment day.

Warm regards,
Róisín Keane"""),

# typo: begining
dict(kind="thank_you", codes=["spelling"], text="""Dear Lakshmi,

Many thanks for the interview for the Medical Translator (Tamil–English) position on Wednesday. I appreciated the detailed discussion of how your team handles informed consent forms, and the back-translation step you introduced last year.

The sample you asked me to translate, a discharge summary for a cardiac patient, was a good test. Right from the begining I found the abbreviations the most challenging part, and I have attached my glossary of the terms I looked up.

Thank you again for your time.

Regards,
Karthik Subramaniam"""),

# typo: neccessary
dict(kind="offer", codes=["spelling"], text="""Dear Mr. Olawale,

Thank you for your letter offering me the position of Assistant Brewmaster at Ikeja Craft Breweries. I am delighted to accept.

I have signed and attached the offer letter, together with the neccessary documents for the background check: my degree certificate, NYSC discharge certificate and two passport photographs.

Could you kindly confirm my reporting date and the name of the person I should ask for at reception?

Yours faithfully,
Temitope Adewale"""),

# typo: sucessful
dict(kind="rejection_reply", codes=["spelling"], text="""Dear Ms. Ramírez,

Thank you for your email and for letting me know that I was not selected for the Development Officer role. I am sorry to miss the chance to work on the capital campaign, but I understand the decision.

I would like to congratulate the sucessful candidate, and I wish your team every success with the new science wing appeal.

If you are able to share any feedback on my presentation about donor stewardship, I would be grateful.

Best wishes,
Andrés Molina"""),

# typo: collegue
dict(kind="withdrawal", codes=["spelling"], text="""Dear Dr. Liang,

Thank you for the interview for the Wildlife Veterinarian role with the conservation programme.

I am writing to let you know that I must withdraw my application. A former collegue has invited me to join a rhino translocation project in Namibia starting next month, and after much thought I have accepted.

I appreciated the chance to discuss your anaesthesia protocols for pangolins, and I hope our work will overlap in the future.

Kind regards,
Dr. Tendai Moyo"""),

# typo: recomend
dict(kind="check_in", codes=["spelling"], text="""Dear Mr. Okeke,

Good afternoon. I hope you are well. I am following up on our conversation last Friday about the Shipping Documentation Officer role.

You asked whether I could recomend a referee who has seen my work on bills of lading and letters of credit. My former supervisor at Apapa Port, Mrs. Funmilayo Adeyemi, has agreed to speak with you, and her contact details are below.

Thank you for your time, and please let me know if anything else is required.

Regards,
Ifeanyi Okoro"""),

# typo: experiance
dict(kind="thank_you", codes=["spelling"], text="""Dear Kirra,

Thank you for the interview on Tuesday for the Museum Educator role at the Queensland Maritime Museum. I enjoyed the walk through the HMAS Diamantina and hearing how you run the school holiday programmes on board.

My experiance running hands-on sessions for Year 4 students at the Cairns regional gallery would transfer well to the knot-tying and navigation workshops you described.

I have attached the draft activity sheet I mentioned.

Kind regards,
Jarrah Williams"""),

# typo: truely
dict(kind="rejection_reply", codes=["spelling"], text="""Hello Mr. Sørensen,

Thank you for your message about the Rigging Technician position. I am disappointed, but I truely appreciate the time you spent with me at the Esbjerg yard.

Your comment that I need more experience with offshore lifting plans is fair. I am now taking the GWO basic safety modules and will apply again once I have completed them.

Please keep my CV on file for any upcoming vacancies.

Best regards,
Mikkel Hansen"""),

# typo: enviroment
dict(kind="offer", codes=["spelling"], text="""Dear Jocelyn,

Thank you for the offer of the Senior Game Producer position. I am excited to accept!

I was glad to hear that the team works in a hybrid enviroment, and I would like to confirm that I will be in the Vancouver studio on Tuesdays and Thursdays as we discussed.

My current contract ends on 28 March, so I can start on Monday, 7 April. Please let me know what paperwork I should complete before then.

All the best,
Wei-Lin Chou"""),
]
