NOTES = [
dict(kind="check_in", codes=["negative"], text="""Dear Ms Harcourt,

I interviewed for the Claims Handler position on 4 November. It has now been over four weeks and, despite two earlier emails, I have heard nothing at all, which I find rather discourteous.

Could you please tell me when the panel expects to move to the next stage?

Regards,
Lerato Khumalo"""),
dict(kind="thank_you", codes=["negative"], text="""Dear Dr Fenwick,

Thank you for the interview for the Clinical Pharmacist role on the renal unit. I enjoyed hearing about the new electronic prescribing rollout and the work you are doing on potassium binder stewardship.

It was a real pleasure to meet a consultant who treats pharmacists as colleagues, which is sadly not how things work under my present clinical director.

Kind regards,
Hamza Qureshi"""),
dict(kind="offer", codes=["negative"], text="""Dear Mr Adeleke,

Thank you for the offer of Mine Surveyor at the Itakpe site. I am interested in accepting.

However, I have received another offer from a gold operation in Ghana, and they need my answer by Friday. I would be grateful if you could improve the rotation allowance before then, otherwise I may have to go with them.

Best regards,
Babatunde Olaniyan"""),
dict(kind="rejection_reply", codes=["negative"], text="""Dear Mr Prendergast,

Thank you for letting me know. I must say I am surprised, as I was told at the interview that my portfolio was the strongest the studio had seen this year.

It seems odd to spend three rounds praising a candidate only to pass them over, but I suppose that is your prerogative.

Regards,
Sinéad Kavanagh"""),
dict(kind="withdrawal", codes=["negative"], text="""Dear Recruitment Team,

I am writing to withdraw from the Graduate Actuarial Programme. The assessment centre was moved three times at short notice, and I no longer have confidence that the scheme is well run.

Thank you for your time.

Arjun Malhotra"""),
dict(kind="check_in", codes=["negative"], text="""Dear Kelechi,

I hope you are well. I'm following up on my interview for the Social Worker (Adults) role. I really, really need this job, as my contract ends at Christmas and I have a family to support, so I would be so grateful for anything you can tell me about when the panel will meet.

Thank you,
Olamide Bakare"""),
dict(kind="thank_you", codes=["negative"], text="""Subject: Thank you - Product Designer interview

Dear Hannah,

Thanks for the conversation on Monday. I enjoyed the critique of my onboarding flow for the pension app, and Ravi's point about progressive disclosure was spot on.

The take-home task was a lot to ask for an unpaid exercise, to be honest, but I am glad I had the chance to present it.

Best,
Leilani Kahananui"""),
dict(kind="offer", codes=["negative"], text="""Dear Mrs Chua,

Thank you for the offer of Banquet Manager. I will accept it, though I have to say the salary is well below what I was led to believe at interview, and the offer took almost a month to arrive.

Please send the contract at your convenience.

Regards,
Marcus Lim Wei Jie"""),
dict(kind="check_in", codes=["asks_outcome"], text="""Dear Mr Abiodun,

I hope this message finds you well. I attended the final interview for the Risk Analyst position on 25 November and remain very enthusiastic about the role.

Kindly let me know whether I have been selected, as I would like to plan accordingly.

Yours faithfully,
Temitope Ogunleye"""),
dict(kind="thank_you", codes=["asks_outcome"], text="""Dear Ms Brennan,

Thank you for meeting me on Friday about the Community Development Officer role with the county council. I enjoyed learning about the Tidy Towns partnership in Ballinasloe and the youth mental health pilot you are running with the HSE.

Do you think I did well enough to be offered the post? I would love to know your impressions.

Best wishes,
Colm Ó Briain"""),
dict(kind="check_in", codes=["asks_outcome"], text="""Dear Dr Vasquez,

I hope the semester is winding down gently. I am writing about the Assistant Professor search in Hydrology.

Could you tell me whether I am still among the finalists, or whether the committee has moved forward with another candidate? Either way, I am grateful for the department's hospitality during my campus visit.

Sincerely,
Dr Nomvula Dube"""),
dict(kind="rejection_reply", codes=["asks_outcome"], text="""Dear Mr Okonjo,

Thank you for letting me know that the Junior Architect role has gone to another candidate. I am disappointed but I understand.

Could you tell me how I ranked among the shortlisted applicants, and whether I was close to being chosen? It would help me understand where I stand for future applications.

Kind regards,
Ifeoma Chukwuemeka"""),
dict(kind="check_in", codes=["asks_outcome"], text="""Hi Ms Rasmussen,

I wanted to follow up on last week's interview for the Cabin Services Trainer position.

Is it reasonable for me to expect good news soon? I have been thinking about the role a great deal since meeting you and the training team at Gatwick.

Kind regards,
Priyanka Deshmukh"""),
dict(kind="thank_you", codes=["asks_outcome"], text="""Dear Mr Gallagher,

Thank you for showing me the Massey Ferguson fleet and the new grain dryer on Tuesday. I learned a lot from your foreman about managing harvest crews across the three farms.

I hope to hear that I have been successful, and I look forward to your call.

Regards,
Hugh Thornbury"""),
]
