# Hand-written faulty notes: negative, asks_outcome, informal and combinations.
NOTES = [
# --- negative ---
dict(kind="thank_you", codes=["negative"], text="""Dear Mr. Achebe,

Thank you for the interview for the Logistics Planner role on Tuesday. I enjoyed hearing about the route optimisation project for the Kano–Lagos corridor and the new telematics units on the fleet.

It was refreshing to meet a manager who actually listens to his planners, which is more than I can say for my current boss, who changes the schedule every morning without asking anyone.

I have attached the sample load plan we discussed, and I look forward to hearing about the next steps.

Kind regards,
Sadiq Bello"""),

dict(kind="check_in", codes=["negative"], text="""Dear Ms. Varga,

I am writing again about the Assistant Conservator role. This is my third message since the interview on 2 May, and I have not yet had any reply, not even an automatic acknowledgement.

I understand that everyone is busy, but I did take a day of unpaid leave to attend the interview and complete the practical task, so I think a short update is not too much to ask.

Could you please let me know the timeline for the decision?

Regards,
Katalin Horváth"""),

dict(kind="check_in", codes=["negative"], text="""Dear Dr. Mwangi,

I hope you are well. I wanted to follow up on my interview for the Large Animal Veterinarian position at Nyeri.

I should mention, very respectfully, that I have received another offer from a practice in Eldoret, and they have asked for my answer by this Friday. I would much prefer to join your practice, so I would be grateful if you could make your decision before then.

Thank you for your understanding.

Kind regards,
Dr. Wafula Simiyu"""),

dict(kind="rejection_reply", codes=["negative"], text="""Dear Mr. Hollis,

Thank you for your email. I have to say I am surprised by the decision, as the panel told me at the end of the interview that I was exactly what they were looking for.

I spent two full weekends preparing the site audit presentation, so a two-line rejection after five weeks of silence feels rather dismissive. I would have expected a firm of your size to treat candidates with a little more care.

I would still appreciate feedback, if anyone has time to provide it.

Regards,
Nathan Greaves"""),

dict(kind="offer", codes=["negative"], text="""Dear Priscilla,

Thank you for the offer for the Retail Area Manager position. I am pleased to accept.

I must admit it is a relief. After eight years of watching my current regional director take credit for every improvement in the north-west stores, it will be good to work somewhere leadership is honest.

My notice period is four weeks, so I can start on the 2nd of June. Please send the contract when it is ready.

Best wishes,
Craig Mbeki-Stewart"""),

dict(kind="withdrawal", codes=["negative"], text="""Dear Recruitment Team,

I am writing to withdraw my application for the Nuclear Safety Case Engineer role.

I have been rescheduled three times now, and on the last occasion the interviewers joined the call twenty minutes late without an apology. Frankly, this has given me a poor impression of how the organisation values people's time.

I have accepted a role with another employer who kept to their schedule.

Regards,
Helen Strachan"""),

dict(kind="thank_you", codes=["negative"], text="""Dear Ms. Abara,

Thank you for the interview for the Court Stenographer role at the Federal High Court in Abuja. The realtime test was challenging, and I appreciated seeing your team's CAT software setup.

I do hope I will hear back quickly, because I have been unemployed for almost a year now and my savings are nearly gone. This job would honestly mean everything to my family, and I do not know what I will do otherwise.

Thank you again for your kindness.

Yours faithfully,
Chioma Obiageli Eze"""),

dict(kind="check_in", codes=["negative"], text="""Hello Ms. Kaur,

I hope you are keeping well. Just a gentle reminder about my application for the Forestry Technician post, following up on my emails of 3, 10 and 17 September.

I am sure you have a lot on your plate. I only mention the dates so that nothing slips through, since I know things can get lost when the office is short-staffed.

I look forward to your reply.

Warm regards,
Harpreet Gill
Kamloops, BC"""),

dict(kind="offer", codes=["negative"], text="""Dear Mr. De Souza,

Thank you for the offer of the Senior Underwriter position. I appreciate it.

However, given my twelve years in marine hull and my Lloyd's experience, I believe I deserve at least the top of the band, and I expect the relocation package to cover all costs without exception.

I would appreciate a revised offer by Wednesday, as I have another firm waiting for my answer.

Regards,
Richard Okonedo"""),

dict(kind="rejection_reply", codes=["negative"], text="""Dear Hannah,

Thank you for letting me know. Of course I wish the successful candidate well, although I suspect they will find out soon enough why the last two people in the role left within a year.

I did enjoy meeting the team and seeing the new mash filter at the brewery, and I appreciated the tasting at the end of the day.

All the best,
Jamie Ferguson"""),

# --- asks_outcome ---
dict(kind="check_in", codes=["asks_outcome"], text="""Dear Ms. Lim,

I hope you are well. It has been two weeks since my interview for the Pharmacy Technician role at your Ortigas branch, and I wanted to follow up politely.

Would you be able to share whether I have progressed to the final stage, or if the position has already been filled? I remain very interested and would be happy to provide any additional references.

Thank you for your time and consideration.

Respectfully,
Angelica Dizon-Santos"""),

dict(kind="thank_you", codes=["asks_outcome"], text="""Dear Professor Okwu,

Thank you for the interview for the Lecturer in Actuarial Science post on Monday. I appreciated the panel's questions on survival models and the discussion of the new credibility theory module.

I have attached the teaching sample on Kaplan–Meier estimation that I mentioned.

When convenient, might you let me know whether the panel felt my application was strong enough to be taken forward? Any indication of where I stand would be very helpful.

With best regards,
Dr. Uchenna Nnadi"""),

dict(kind="rejection_reply", codes=["asks_outcome"], text="""Dear Mr. Baptiste,

Thank you for your message about the Fleet Maintenance Supervisor role. I am disappointed, but I appreciate you letting me know.

You mentioned that a second supervisor post may open at the Port Louis depot in the spring. Could you let me know whether I would still be in the running for that role, or whether this decision applies to both positions?

Thank you again for your time.

Kind regards,
Jean-Marc Ramsamy"""),

dict(kind="offer", codes=["asks_outcome"], text="""Dear Ms. Adeyinka,

Thank you for your call this afternoon. I was very pleased to hear the panel's positive feedback on my interview for the Clinical Nurse Educator role.

I wanted to check: should I understand the call as a formal offer, or is the decision still subject to approval by the board? I do not want to resign from my current post until I am sure the job is mine.

I look forward to your clarification.

Warm regards,
Olufunke Adesanya"""),

dict(kind="withdrawal", codes=["asks_outcome"], text="""Dear Dr. Castellanos,

Thank you again for the interview for the Robotics Research Scientist position.

I have received another offer that I am considering, and I would like to make a fair decision. Before I withdraw, could you kindly tell me whether I am still a serious candidate for your role, or whether the team has already chosen someone else?

I would be grateful for an honest answer either way.

Best regards,
Mateo Ríos"""),

dict(kind="check_in", codes=["asks_outcome"], text="""Subject: Application status – Curatorial Assistant

Dear Ms. Whitlock,

I hope this finds you well. I interviewed for the Curatorial Assistant post in the Prints and Drawings department on 14 March.

I was wondering whether there is any news on the status of my application, and whether an offer might be forthcoming. I know the department was hoping to fill the post before the Dürer exhibition opens.

Thank you for your help.

Yours sincerely,
Amelia Fairbrother-Onu"""),

dict(kind="thank_you", codes=["asks_outcome"], text="""Dear Mr. Takahashi,

Thank you for meeting me yesterday to discuss the Sake Production Assistant role at the Fushimi kura. Watching the koji room at work and hearing about your yeast selection for the junmai ginjō was unforgettable.

I was also grateful for your patience with my Japanese.

I would be very grateful to know if I was successful, as I would need to arrange my visa paperwork quite soon.

With sincere thanks,
Lucas Moreau"""),

dict(kind="check_in", codes=["asks_outcome"], text="""Good morning Ms. Achieng,

Trust you are doing well. I am following up regarding my interview for the Assistant Teacher position at Brookhouse on 8 February.

Kindly let me know if I have been selected, or if I should continue with other applications. I am available for a demonstration lesson at short notice if the school still needs one.

Thank you.

Regards,
Mercy Chebet Langat"""),

# --- informal ---
dict(kind="thank_you", codes=["informal"], text="""Hey Raj,

Thanks a ton for the interview yesterday, had a blast!! Seeing the AGVs zipping round the warehouse floor was next level, and the bit about the new pick-to-light system was super cool 😎

Also loved hearing how you guys cut the mis-pick rate on the chilled aisle. Gonna read up on the WMS stuff you mentioned over the weekend.

Catch ya soon hopefully,
Dev"""),

dict(kind="check_in", codes=["informal"], text="""Hiya Bronwyn,

Just a quick one to say I'm still mega keen on the vet nurse job at the Fremantle clinic! Hope the new surgery wing opening went off without a hitch.

I've finished my radiography refresher course in the meantime, so that's ticked off yay 🙌 Let me know when's good for the practical day and I'll rock up.

Cheers heaps,
Tayla"""),

dict(kind="rejection_reply", codes=["informal"], text="""Hey Marco,

Ah man, bummer about the job, but no worries at all, totally get it. Thanks heaps for letting me know so fast tho, legend.

The lighting test was a cool challenge and I picked up loads from the feedback on my shader setup. Keep me in the loop if any other art gigs pop up at the studio yeah?

Peace,
Jordan"""),

dict(kind="offer", codes=["informal"], text="""OMG Nkem!!

Thank you sooo much for the offer, I'm literally over the moon 🥳🥳 Can't wait to join the fundraising team and get stuck in with the gala planning.

Start date of the 1st works great for me, and the salary and leave all look sweet. Shoot me the contract and I'll sign it asap, and lemme know if you need my bank deets for payroll too.

See ya soon, buzzing!!
Ada"""),

dict(kind="withdrawal", codes=["informal"], text="""Hey folks,

So, bit of a plot twist, I've gone and taken a role at another shipping outfit closer to home, so I'm gonna have to bow out of the process for the cargo ops job. Sorry for the hassle!

Was really nice meeting you all at the terminal though, and the berth planning chat was ace.

Take care and all the best,
Danny"""),

dict(kind="thank_you", codes=["informal"], text="""Yo Kofi,

Big thanks for the interview today bro, the studio tour was dope. Those motion-capture rigs are wild, and the demo of the new combat system was straight fire 🔥

Really vibing with the plan for the open-world build too, and the bit about the animation retargeting pipeline was mad interesting. Hit me up if you need my reel or anything else, happy to send it over whenever.

Later,
Kwabena"""),

dict(kind="check_in", codes=["informal"], text="""Hey hey Mariana,

Just popping back into your inbox re the dental assistant gig, hope your week's been chill! Still 100% up for it btw.

Got my X-ray licence renewed last week, woop, so I'm all sorted on that front. Also did a cheeky infection control refresher online, so that's another box ticked. Gimme a shout if you need anything else.

Ta,
Bella"""),

# --- combinations ---
dict(kind="check_in", codes=["negative", "asks_outcome"], text="""Dear Mr. Ferreira,

I am following up, yet again, on my interview for the Port Operations Supervisor role. I was told I would hear within a week, and it has now been almost a month.

Could you please just tell me whether I got the job or not? I have turned down other opportunities while waiting, and I find the lack of communication rather unprofessional.

I look forward to a reply at your earliest convenience.

Regards,
Sipho Ndlovu"""),

dict(kind="withdrawal", codes=["negative", "asks_outcome"], text="""Dear Ms. Pham,

I interviewed for the Translation Project Manager role six weeks ago and have written twice since without hearing back.

Before I withdraw and accept another offer, may I at least know whether I was still being considered? I have to say it is disappointing to be left in the dark for so long after a three-stage process.

Regards,
Farida Yusuf"""),

dict(kind="check_in", codes=["informal", "asks_outcome"], text="""Hey Gemma!

Hope you're good! Just wondering if there's any news on the brewery job, like did I get it or nah? 😅

Been refreshing my inbox like crazy lol. The kettle sour I brought in for the tasting went down well I think, and Dave seemed to dig my take on the cellar cleaning schedule, so fingers crossed!!

Cheers,
Ollie"""),

dict(kind="offer", codes=["negative", "spelling"], text="""Dear Mr. Brennan,

Thank you for the offer of the Shift Supervisor position at the Drogheda distribution centre.

I am willing to accept, but I have to say the base salary is lower than I expected, especially given how long the process took. I have another offer that pays more, so I would need a better figure by Thursday, otherwise I will have to go ahead with the other company.

I would apreciate a quick reply.

Regards,
Declan Byrne"""),

dict(kind="rejection_reply", codes=["informal", "spelling"], text="""Hi Steph,

Aw, gutted about the forestry job, but thanks for the heads up! No hard feelings at all, I totaly get it.

The day out in the plantation was awesome, and I learned loads about the harvester heads and the thinning regime. Also big thanks to Rob for letting me have a go on the forwarder simulator, that was a laugh. If anything else comes up give me a shout yeah?

Cheers,
Finn"""),

dict(kind="thank_you", codes=["negative", "informal"], text="""Hey Alicia,

Thanks for the chat today, it was cool to finally talk to a manager who isn't a total control freak like my current one lol.

Loved hearing about the complaints handling revamp at the flagship store and the new self-checkout trial. The idea of letting staff sort returns at the till is smart too. Honestly can't wait to get outta my current place, it's a nightmare there.

Cheers,
Brandon"""),
]
