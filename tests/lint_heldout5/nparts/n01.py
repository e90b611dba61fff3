NOTES = [
dict(kind="thank_you", codes=[], text="""Dear Mr Oyelaran,

Thank you for meeting me on Wednesday to discuss the locum pharmacist post at the Ikeja branch. I found your explanation of how the team reconciles controlled drugs at each shift change especially useful, and it was good to see the new blister-pack workflow in practice.

Our conversation about counselling patients on warfarin dosing reminded me why I enjoy community pharmacy. I would be glad to bring my experience from the anticoagulation clinic at Lagos University Teaching Hospital to your patients.

With thanks and best wishes,
Chidinma Eze"""),
dict(kind="thank_you", codes=[], text="""Subject: Thank you - Geotechnical Engineer interview

Dear Ms Whitlock,

Thank you for Tuesday's interview and for arranging the visit to the Boddington pit. Seeing the piezometer network on the tailings storage facility made the monitoring role far more concrete for me.

I also appreciated Hamish's frank account of the rainfall events last February and the changes to the trigger action response plan that followed. That is exactly the kind of work I hope to contribute to.

Kind regards,
Tomasz Wiśniewski"""),
dict(kind="check_in", codes=[], text="""Dear Siobhán, I hope you are well and that the move to the new Cork office went smoothly.

I am writing to ask whether there is an updated timeline for the second-round interviews for the Senior Underwriter (Marine) position. I am travelling to Rotterdam from the 10th to the 12th and would like to keep the rest of that fortnight free if possible.

If it would help the panel, I am happy to send the treaty pricing example we discussed.

Best regards,
Eoghan Ó Dálaigh"""),
dict(kind="rejection_reply", codes=[], text="""Dear Professor Abernethy,

Thank you for letting me know the outcome of the search for the lectureship in Agricultural Economics. I am disappointed, as I had hoped to join the department, but I am grateful for the care the committee took throughout.

The questions about my work on smallholder credit in the Sahel were challenging, and I will be reflecting on them as I prepare my next grant application. If you were able to share any feedback on my teaching presentation, I would value it greatly.

I hope our paths cross at the AAEA meeting next summer.

Yours sincerely,
Dr Amadou Diallo"""),
dict(kind="offer", codes=[], text="""Dear Ms Tan,

Thank you very much for the offer of Assistant Front Office Manager at the Raffles-side property. I am delighted and would like to accept.

Before I sign, may I ask whether the start date could be 5 January rather than 29 December? My current hotel has asked me to cover the year-end peak, and I would like to leave on good terms.

I also need the role to include the revenue-management training you mentioned, as it is an important part of my development plan.

Warm regards,
Nur Aisyah binte Rahman"""),
dict(kind="withdrawal", codes=[], text="""Dear Mr Castellanos,

I am writing to withdraw my application for the Aircraft Maintenance Planner role. I have accepted another offer, which I received earlier this week.

I want to thank you and Ms Fairbairn for your time, and for the detailed walk-through of how you plan A-checks around the winter schedule. I enjoyed meeting the hangar team and I hope there may be a chance to work together in future.

With best wishes,
Declan Moriarty"""),
dict(kind="thank_you", codes=[], text="""Hi Rukmini,

Thank you for this morning's conversation about the Research Designer role. Your description of the diary study with rural patients using the telehealth app was fascinating, particularly the finding that people preferred voice notes to typed messages.

I have been thinking since then about how a lightweight version of that study could feed into the prescription-refill redesign you mentioned. I would love the chance to try.

Many thanks,
Joaquín Ferreira-Lund
Senior UX Researcher
+44 7700 900418"""),
dict(kind="check_in", codes=[], text="""Dear Ms Ngata,

I hope the week has been kind to you. I wanted to check whether you received the written exercise on the kinship care assessment, which I submitted on Monday.

Could you also let me know when the panel expects to complete the next stage? I am happy to fit in with whatever suits the team.

Ngā mihi,
Wiremu Parata"""),
dict(kind="offer", codes=[], text="""Subject: Offer - Data Scientist, Fraud Analytics

Dear Gareth,

Thank you for the offer and for the clear breakdown of the package. I am very pleased to have been chosen.

I would like to ask whether there is flexibility on the base salary. Given the line management of two junior analysts that we discussed, I wonder whether a figure nearer to £78,000 might be possible. I am otherwise ready to accept and can start after my one-month notice period.

Best wishes,
Oluwaseun Adebayo-Kristiansen"""),
dict(kind="thank_you", codes=[], text="""Dear Colonel (Retd) Haverford, thank you for taking the time to speak with me about the Operations Manager role at Northgate Logistics.

Your account of your own move from the Royal Logistic Corps into civilian warehousing was very helpful. I especially valued your advice on translating my convoy planning experience into the language of route optimisation and service-level agreements.

I was also impressed by the cross-dock operation at Daventry and would be keen to help with the peak-season staffing plan you described.

Regards,
Major (Retd) Precious Ndlovu"""),
dict(kind="withdrawal", codes=[], text="""Dear Dr Kowalczyk,

Please accept this note as my withdrawal from the Postdoctoral Researcher (Palaeoclimate) recruitment. After a lot of thought, my family and I have decided not to relocate to Tromsø this year.

I am sorry to step back after the department's generous hospitality, and I very much enjoyed seeing the foraminifera lab and the core repository. Thank you for understanding.

Yours sincerely,
Ingrid Halvorsen-Mbeki"""),
dict(kind="rejection_reply", codes=[], text="""Dear Ms Featherstonehaugh,

Thank you for telling me personally that I was not selected for the Features Editor role. I won't pretend it isn't disappointing, because the magazine's long-form desk was where I most wanted to be.

I did learn a great deal from the editing test on the Galway housing piece, and I would be grateful for any notes you can share on it. Please keep me in mind for future commissions.

All the best,
Ruairí Mac Giolla Phádraig"""),
]
