NOTES = [
dict(kind="thank_you", codes=["informal"], text="""Hey Jess!!

Thanks heaps for the chat yesterday about the Copywriter role, it was awesome. I loved hearing about the rebrand for the regional airline and the tone-of-voice work you did with the cabin crew.

Catch ya soon,
Mia"""),
dict(kind="check_in", codes=["informal"], text="""Hiya Darren,

Just checking in re: the Site Engineer job, hope all's good your end lol. I'm still really keen and can send more drawings from the Pilbara job if u want.

Cheers,
Liam O'Rourke"""),
dict(kind="offer", codes=["informal"], text="""Dear Ms Nakamura,

OMG thank you so much, I'm absolutely buzzing about the offer 🎉🎉 I would love to accept the Data Engineer position.

Please let me know what the next steps are for the contract and the background check.

Best regards,
Kenji Sato-Moreau"""),
dict(kind="rejection_reply", codes=["informal"], text="""Hi Tom,

Ah bummer, but no worries mate, these things happen. Thanks for letting me know about the Environmental Officer role and for the feedback on the soil contamination case study.

Keep me in mind if anything else comes up!

Cheers,
Jack Fairweather"""),
dict(kind="withdrawal", codes=["informal"], text="""Dear Mr Banerjee,

Thank you for the opportunity to interview for the Hotel Operations Analyst role. I'm gonna have to pull out though, soz, as I've taken a role closer to home.

Wishing you and the team well.

Regards,
Ritika Sen"""),
dict(kind="thank_you", codes=["informal"], text="""Dear Aunty Funmi (if I may!),

Thank you ooo for the warm welcome at the clinic on Saturday. Seeing how the pharmacy tracks the cold chain for the vaccines was really helpful, and the chat with Pharm. Uche was dope.

Yours faithfully,
Chinedu Okeke"""),
dict(kind="thank_you", codes=["spelling"], text="""Dear Ms Abubakar,

Thank you for taking the time to interview me for the Underwriting Assistant role. I particularly enjoyed our discussion of how the team assesses agricultural risk for cassava and maize growers in Kaduna, and the new parametric drought cover.

I beleive my background in crop insurance claims would allow me to contribute quickly.

Kind regards,
Aisha Garba"""),
dict(kind="check_in", codes=["spelling"], text="""Dear Mr Rutherford,

I hope you are well. I am writing to ask whether there is an update on the timeline for the Senior Planner position. I remain very interested and would be happy to provide any futher information the panel may need.

With best wishes,
Catriona MacLeod"""),
dict(kind="offer", codes=["spelling"], text="""Dear Dr Osei-Tutu,

I am delighted to accept the offer of Research Fellow in Soil Microbiology. Thank you for your patience while I discussed the relocation with my family.

I would be greatful if you could confirm the date of the induction at the Kumasi campus, so that I can arrange my travel.

Yours sincerely,
Dr Kofi Asante-Mensah"""),
dict(kind="rejection_reply", codes=["spelling"], text="""Dear Ms Kaur,

Thank you for your email about the Policy Researcher role. I am disappointed, but I appreciate you letting me know and I enjoyed the oppertunity to meet the welfare reform team.

I would welcome any feedback on my written exercise.

Best wishes,
Harpreet Gill"""),
dict(kind="withdrawal", codes=["spelling"], text="""Dear Mr Delacroix,

I am writing to withdraw my application for the Air Traffic Services Assistant role. I have accepted another offer, which I recieved on Monday.

Thank you for your time and for the tour of the approach room at Jersey. I wish you well in filling the post.

Kind regards,
Amelie Le Breton"""),
dict(kind="thank_you", codes=["spelling"], text="""Subject: Thank you - HR Advisor interview

Dear Mr Fitzsimons,

Thank you for meeting me on Thursday. I enjoyed hearing about the absence management review and the new wellbeing champions network you are setting up accross the Limerick and Shannon sites.

I would be glad to help with the manager training you described.

Regards,
Orla Dunphy"""),
dict(kind="thank_you", codes=["generic"], text="""Dear Hiring Manager,

Thank you for taking the time to meet with me today. I enjoyed learning more about the position and the company.

I believe my skills and experience make me a strong fit, and I am very interested in the opportunity. Please do not hesitate to contact me if you need any further information.

Kind regards,
Daniel Whitaker"""),
dict(kind="thank_you", codes=["generic"], text="""Dear Ms Robertson,

Many thanks for the interview yesterday. It was a pleasure to speak with you and to hear more about the role and your organisation.

I remain enthusiastic about the opportunity and look forward to hearing from you in due course.

Yours sincerely,
Priya Raman"""),
]
