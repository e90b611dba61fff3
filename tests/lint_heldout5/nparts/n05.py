NOTES = [
dict(kind="thank_you", codes=["generic"], text="""Dear Interview Panel, thank you for the opportunity to interview today.

It was great to learn about the team and what the job involves. I feel that my background matches what you are looking for, and I would welcome the chance to contribute.

Thank you again for your time and consideration.

Best regards,
Olusegun Adewale"""),
dict(kind="thank_you", codes=["generic"], text="""Subject: Thank you for your time

Dear Mr Hughes,

I wanted to thank you for speaking with me this afternoon. I appreciated the chance to learn about the work your team does and to share a little about my own experience.

The conversation confirmed my interest in the role. I look forward to the next steps.

Warm regards,
Charlotte Evans"""),
dict(kind="thank_you", codes=["generic"], text="""Dear Ms Alvarez,

Thank you very much for the interview. I really enjoyed our conversation and came away even more excited about the position.

I am confident that I could add value from day one, and I hope to have the opportunity to work with you.

Sincerely,
Rohan Kapoor

Rohan Kapoor
+91 98450 21177"""),
dict(kind="check_in", codes=["negative","asks_outcome"], text="""Dear Ms Oduya,

I am writing for the third time about the Programme Officer role. I was promised a decision within ten days, and it has now been a month.

Could you please just tell me whether I have got the job or not?

Regards,
Nneka Obi"""),
dict(kind="thank_you", codes=["informal","spelling"], text="""Hi Sam!!

Thanks so much for the interview for the Junior Reporter gig, it was super fun. I loved hearing about the council meetings beat and how the newsroom sources local court stories.

Looking foward to hearing from you!

Cheers,
Ellie Watts"""),
dict(kind="thank_you", codes=["generic","spelling"], text="""Dear Sir or Madam,

Thank you for the interview today. I enjoyed our discussion and appreciated learning more about the role and the company's goals.

I am very intrested in the position and feel I would be a good fit for the team.

Yours faithfully,
Mohammed Al-Farsi"""),
dict(kind="check_in", codes=["asks_outcome","informal"], text="""Hey Marcus,

Hope ur week's going well! Just wondering, did I get the Analyst job or nah? 😅

Either way thanks again for showing me the churn model and the Looker dashboards.

Tara"""),
dict(kind="offer", codes=["negative","spelling"], text="""Dear Mr Halvorsen,

Thank you for the offer of Structural Engineer. I would like to accept, but I must tell you that another firm has offered me more and is waiting on my answer untill Thursday.

If you can match their salary by then, I will sign with you.

Regards,
Viktor Petrov"""),
dict(kind="thank_you", codes=["generic","asks_outcome"], text="""Dear Hiring Team,

Thank you for the interview earlier today. I enjoyed meeting you and finding out more about the position.

I hope I made a strong impression, and I would be grateful to know whether I will be moving forward to an offer.

Best regards,
Grace Oyelowo"""),
dict(kind="rejection_reply", codes=["informal","negative"], text="""Hi Nadia,

Ugh, not gonna lie, that's gutting. Honestly the interview felt like a formality and I reckon you'd already picked someone before I walked in.

Anyway, thanks for letting me know.

Zoe"""),
dict(kind="check_in", codes=["asks_outcome","spelling"], text="""Dear Mr Chaudhary,

I hope you are doing well. I attended the interview for the Pharmacovigilance Associate post on 18 November.

May I kindly know if I have been shortlisted for the final offer? I am still very intrested in the role and can join at short notice.

Warm regards,
Sneha Kulkarni"""),
dict(kind="withdrawal", codes=["negative","informal"], text="""Hi Greg,

Gonna withdraw from the Ops Coordinator thing, tbh. Four interviews for a coordinator role is a bit much, and nobody ever got back to me about the shift pattern.

Ta,
Kieran"""),
]
