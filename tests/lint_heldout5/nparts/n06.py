NOTES = [
dict(kind="thank_you", codes=["negative"], text="""Dear Professor Nwosu,

Thank you for the interview for the Lecturer in Journalism post, and for the tour of the new broadcast studio. Your plans for the verification and OSINT module are exciting, and I would love to teach on it.

It was lovely to meet a head of department who actually reads applicants' publications, unlike the last panel I faced at my current university.

Yours sincerely,
Dr Folake Adeyinka"""),
dict(kind="check_in", codes=["asks_outcome"], text="""Dear Ms Ferreira,

I hope you are well. I interviewed for the Hotel General Manager role at the Lisbon property on 12 November and have continued to think about the refurbishment plans you shared.

I was wondering whether I should keep my other applications open, or whether the owners are leaning towards my appointment.

Com os melhores cumprimentos,
Duarte Carvalho"""),
dict(kind="offer", codes=["spelling"], text="""Subject: Acceptance - Senior Mining Engineer

Dear Mr Kruger,

Thank you for the offer, which I am pleased to accept. As agreed, I will start on 2 Febuary and travel to the Sishen site for induction the following week.

Please let me know if you need copies of my blasting certificate or medical.

Kind regards,
Pieter Botha"""),
dict(kind="check_in", codes=["informal"], text="""Dear Ms Lawal,

So, um, I just thought I'd kind of reach out and, you know, check where things are at with the Welfare Officer role, if that's okay and stuff.

I'm still really keen on the outreach work with families in Surulere that you described.

Thanks a lot,
Bisola Ajayi"""),
dict(kind="rejection_reply", codes=["negative"], text="""Dear Mr Tan,

Thank you for your email. I am disappointed, naturally. I do think, though, that a candidate who travelled from Johor Bahru for three separate rounds might have merited a phone call rather than a two-line message.

I wish the team well.

Regards,
Siti Hajar Ismail"""),
dict(kind="withdrawal", codes=["asks_outcome"], text="""Dear Dr Mwangi,

I have received another offer, which I need to answer by the end of the week. Before I decide, could you tell me whether the panel was planning to offer me the Senior Epidemiologist post?

If not, I will withdraw with thanks for the interesting discussion about the cholera surveillance data.

Kind regards,
Wanjiru Kamau"""),
]
