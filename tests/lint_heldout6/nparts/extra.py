# Hand-written extra notes to balance kinds (typo noted in comment where code is spelling).
NOTES = [
dict(kind="withdrawal", codes=["negative"], text="""Dear Mr. Santiago,

Thank you for inviting me to the third interview for the Distribution Centre Manager role in Calamba.

After some reflection, I have decided to withdraw my application. I have accepted a position with a company that confirmed its offer within a week of the first interview, which I think says a great deal about how it values people.

I wish you well in finding the right candidate, and I hope the next applicant has more patience than I did.

Sincerely,
Ramon Villareal Jr."""),

dict(kind="withdrawal", codes=["informal"], text="""Hey Priya,

Hope you're doing good! Quick heads up, I've gotta pull out of the running for the actuarial analyst gig. Landed an offer at a reinsurance shop in Bangalore and it was too good to pass up, ya know?

Massive thanks for all your help with the scheduling, you were a total star. Hope the pricing team finds someone awesome real soon!

Take it easy,
Vikram"""),

dict(kind="withdrawal", codes=["spelling"], text="""Dear Ms. Olatunji,

Thank you for the opportunity to interview for the Grants Manager position at the Lagos Children's Foundation.

I am writing to let you know that I have accepted another offer and must therefore withdraw my application. The decision was difficult, as I admired your approach to multi-year funding from the European foundations and the new goverment partnership on school meals.

I hope our paths will cross again, and I wish the foundation every success.

Kind regards,
Oreoluwa Bamidele"""),
# typo above: goverment

dict(kind="offer", codes=["asks_outcome"], text="""Dear Ms. Okoth,

Thank you for your email this morning with the draft terms for the Senior Translator (Swahili–English) role. I was delighted to see them.

Before I share the news with my family, could you please confirm that this is a formal offer, and that the role is definitely mine? The email mentioned that the package was "subject to final sign-off", and I want to make sure no other candidates are still under consideration before I resign from my current post.

Thank you for your help.

Warm regards,
Baraka Ndungu"""),

dict(kind="offer", codes=["informal"], text="""Hey Siobhan,

Yesss, thanks so much for the offer, I'm absolutely buzzing! The Court Reporter role at the Galway circuit is literally my dream gig, no joke.

The salary and start date look grand to me, so consider it a big fat yes from my side. Send the contract over whenever and I'll get it signed pronto.

Can't wait to meet the crew properly, legends the lot of ye.

Cheers a million,
Aoife"""),

dict(kind="rejection_reply", codes=["negative"], text="""Dear Dr. Rasmussen,

Thank you for letting me know about the decision on the Associate Veterinary Surgeon post. I appreciate your email, and I wish the successful candidate well.

I would, however, be grateful for some explanation. I was the only candidate, as I understand it, with a certificate in small-animal surgery, and I was told at interview that this was essential. It is hard not to conclude that the criteria changed after the interviews.

I look forward to your reply.

Regards,
Dr. Amelia Grant-Ofori"""),

dict(kind="rejection_reply", codes=["asks_outcome"], text="""Dear Mr. Kimura,

Thank you for letting me know that the Junior Gameplay Programmer role has been filled. I enjoyed the pair-programming session on the physics system, and the feedback on my quaternion code was very fair.

You mentioned that a second opening in the tools team might follow next quarter. Would my application automatically be considered for that role, and is there a chance that I could be offered it without going through the whole process again?

Thank you again for your time.

Best regards,
Isabela Costa"""),

dict(kind="offer", codes=[], text="""Kia ora Hemi,

Thank you for the offer of the Marine Pilot Trainee position at Port Otago. I am very pleased to accept.

I have attached the signed agreement and my medical certificate. I should mention that my current employer requires six weeks' notice, so I propose a start date of 17 March, which I hope fits with the start of the next training cohort.

Could you also let me know whether I need to complete the ship-handling simulator pre-reading before my first day?

Ngā mihi,
Aroha Te Whata"""),

dict(kind="withdrawal", codes=[], text="""Subject: Withdrawal – Brewing Quality Analyst

Dear Mr. Van Rooyen,

Thank you for your time at the interview in Stellenbosch on 12 June and for the walkthrough of the lab's sensory panel.

I am writing to withdraw my application. My partner has been offered a post in Durban, and we have decided to relocate together later this year, so I can no longer commit to the role.

I valued learning about your work on hop creep in the dry-hopped lagers, and I would be pleased to apply again if a Durban-based vacancy arises.

Kind regards,
Lerato Dlamini
BSc (Food Science), Stellenbosch"""),
]
