NOTES = [
dict(kind="thank_you", codes=[], text="""Dear Mrs Raghunathan,

Thank you for interviewing me for the HR Business Partner role at the Chennai plant. I appreciated your openness about the challenges of rolling out the new grievance procedure across three shifts, and your point that trust is built on the shop floor rather than in policy documents.

The conversation with Mr Iyer about the apprentice retention figures was equally valuable. I would enjoy working on the onboarding redesign you both described.

Thanking you,
Karthik Subramaniam"""),
dict(kind="check_in", codes=[], text="""Dear Hiring Team,

I am writing to confirm that I remain very interested in the Agronomist position in Toowoomba, and to let you know that I have now completed my certificate in integrated pest management.

Could you tell me whether the field assessment is still planned for the week of 19 January? I would like to book travel in good time.

Bronwyn McAllister
B.AgrSc (Hons)
0412 555 019"""),
dict(kind="offer", codes=[], text="""Dear Dr Achterberg,

I am delighted to accept the offer of Project Architect on the Rijksmuseum conservation studio extension, as set out in your letter of 2 December.

I can confirm a start date of 2 February. Could you please send the contract as a PDF, so that I can review the intellectual property clause before returning it? I look forward to the first design review with the conservation team.

Met vriendelijke groet,
Femke van der Heijden-Osei"""),
dict(kind="thank_you", codes=[], text="""Subject: Thank you for Thursday

Dear Mr Whitcombe,

Many thanks for the interview for the Investigations Reporter position. I enjoyed hearing how the desk verified the leaked procurement documents last spring, and how your lawyers are involved before publication rather than after.

Your question about how I would handle a source who retracts on the eve of publication has stayed with me. I have attached a fuller answer, in case it is useful to the panel.

Sincerely,
Adaeze Nwachukwu-Blake"""),
dict(kind="rejection_reply", codes=[], text="""Dear Kwame,

Thank you for your call this afternoon. Of course I am sad not to be joining the claims team, but I appreciate you taking the time to explain the decision and to mention the strengths you saw in my file review.

I would welcome being considered for any subrogation roles that come up in the Accra office over the next year.

Best regards,
Efua Mensah-Bonsu"""),
dict(kind="withdrawal", codes=[], text="""Dear Ms Lindqvist,

Thank you for inviting me to the final interview for the Safeguarding Lead post. I am writing, with regret, to withdraw my application. My current local authority has offered me a secondment into its fostering service, and I have decided to accept it.

I enjoyed meeting your team and was impressed by the multi-agency hub in Sunderland. I wish you every success with the appointment.

Yours sincerely,
Gráinne Holohan"""),
dict(kind="check_in", codes=[], text="""Dear Mr Pillai,

Good afternoon. I hope you are keeping well.

I am following up on the interview for the Quality Assurance Manager role on 20 November. Could you kindly let me know the expected timeline for the next stage? I can also forward my certificate for the ISO 13485 lead auditor course if that would be helpful.

With regards,
Deepa Venugopal"""),
dict(kind="thank_you", codes=[], text="""Dear Captain Alvarado,

Thank you for the simulator session and the interview on Monday. I found the line-oriented flight training scenario with the hydraulic failure on approach into Queenstown both demanding and very well designed.

I also appreciated First Officer Kaur's explanation of how the airline's just-culture reporting has changed the way crews talk about fatigue. That approach is one of the main reasons I applied.

Mateus Albuquerque
Type-rated A320, 4,200 hours"""),
dict(kind="offer", codes=[], text="""Dear Li Wei,

Thank you for the offer of Senior Data Analyst with the Land Transport team. I am very pleased and would like to accept.

I should mention that my notice period at my current employer is two months, so the earliest start date would be 16 February. I also need the role to include some time on the public-transport demand model, as we discussed, since that is where I hope to grow.

Best regards,
Samuel Goh Jun Hao"""),
dict(kind="thank_you", codes=[], text="""Dear Ms Ó Súilleabháin,

Thank you for showing me around the hotel on Thursday and for introducing me to the housekeeping and banqueting leads. I liked the idea of the weekly cross-department huddle, and hearing Tadhg explain how it cut room-turnaround times was convincing.

I would be glad to bring my experience of running the events desk at the Europa to your team.

Warm regards,
Niamh Carraher"""),
dict(kind="rejection_reply", codes=[], text="""Dear Dr Sithole,

Thank you for your email. I am disappointed not to have been offered the Research Pharmacist post, but I understand the committee's decision and appreciate the speed with which you let me know.

The discussion about pharmacovigilance in the paediatric antiretroviral trial was the most engaging part of the day for me. I would be grateful for any feedback you could share.

Kind regards,
Thandeka Mahlangu"""),
dict(kind="check_in", codes=[], text="""Dear Mr Featherby,

I hope the conference in Denver went well. I am writing to ask whether the partners have set a date for the final design presentations for the Landscape Architect role.

In the meantime I have attached the revised planting schedule for the bioswale scheme I showed you, now with the native sedges you suggested.

Ayodele Okafor-Reinhardt
Landscape Architect, CMLI"""),
]
