# (base index, code, old substring, new substring)
COPIES = [
# negative
(0, "negative", "Please let me know if I can provide anything further.", "I do hope the final decision is quicker than the three weeks it took to arrange this interview."),
(5, "negative", "I was also pleased to hear about the partnership", "It was a relief to speak to a manager who values supervision, which my current team leader certainly does not. I was also pleased to hear about the partnership"),
(19, "negative", "I understand that the recruitment process can take time, particularly with the consolidation project under way.", "As I have another offer that expires next Thursday, I would be grateful if you could let me have a decision before then."),
(26, "negative", "Thank you for your time, and I look forward to hearing about next steps.", "This is the third time I have written since the interview, so I would appreciate a reply."),
(29, "negative", "I would appreciate any feedback you could offer on my performance.", "I would appreciate any feedback, although I suspect the exercise favoured candidates who had seen it before."),
(34, "negative", "I look forward to your reply.", "I will need your answer on the salary by Monday, otherwise I will have to decline."),
(38, "negative", "This was a difficult decision, as I was very impressed by the team at Laurentian Freight and the telematics project.", "Frankly, the other company managed to make a decision within a week, which made the choice easy."),
# asks_outcome
(1, "asks_outcome", "I remain very enthusiastic about joining Riverbend.", "I remain very enthusiastic about joining Riverbend, and I would love to know whether I am among the candidates you are seriously considering."),
(7, "asks_outcome", "I am very interested in the position and would be pleased to discuss it further.", "Could you let me know whether I have made it onto your shortlist?"),
(13, "asks_outcome", "I look forward to hearing about the next stage of the process.", "May I ask whether the panel already has a preferred candidate, and whether that might be me?"),
(20, "asks_outcome", "Could you tell me whether the next step would be a second interview or a reference check, so that I can let my referees know?", "Could you tell me whether my application is still under consideration, or whether the post has been offered elsewhere?"),
(25, "asks_outcome", "Could you let me know roughly when you are hoping to have someone start?", "Could you let me know whether you have decided to take me on?"),
(30, "asks_outcome", "I hope to apply again in the next recruitment round.", "Was I close to being selected, and would I be next in line if your chosen candidate declines?"),
(41, "asks_outcome", "I would therefore like to withdraw my application.", "Before I formally withdraw, could you tell me whether you were planning to offer me the role?"),
# informal
(2, "informal", "With best wishes,\nImogen Tallis", "Cheers and catch ya soon! 😊\nImogen Tallis"),
(11, "informal", "Thanks again for your time and for the cup of tea.", "Ta heaps for the cuppa too, you guys are legends 🐄"),
(21, "informal", "Thank you again for your time.", "Anyway, lmk when u hear anything, no stress!"),
(28, "informal", "I wish you and the team a successful season.", "Bummer, but no hard feelings, have a banging season yeah!"),
(36, "informal", "Thank you so much for the offer of the Chef de Partie role. I am thrilled to accept.", "OMG thank you so much for the offer, I'm absolutely buzzing and totally in!! 🎉"),
(40, "informal", "I am sorry for any inconvenience this may cause.", "Sorry yaar, hope it's not too much of a headache for you guys."),
# spelling
(3, "spelling", "It was inspiring to hear about the homework club", "It was inspiring to hear about the homwork club"),
(9, "spelling", "I look forward to hearing from you.\n\nYours sincerely,\nCallum", "I look foward to hearing from you.\n\nYours sincerely,\nCallum"),
(12, "spelling", "I appreciated learning about the winter routing challenges", "I appreciated learning about the winter routing challanges"),
(15, "spelling", "under tight deadlines", "under tight deadlnies"),
(22, "spelling", "I wish to reiterate my keen interest", "I wish to reiterate my keen intrest"),
(33, "spelling", "Thank you very much for offering me the position", "Thank you very much for offerring me the position"),
(39, "spelling", "After careful consideration, I have decided", "After careful considreation, I have decided"),
(24, "spelling", "which may help with your planning", "which may help with your plannig"),
]
# generic rewrites of thank_you notes (whole note, no role or conversation detail)
GENERIC = [
(4, """Dear Hiroshi,

Thank you for taking the time to meet with me. I really enjoyed our conversation and learning more about the company and the position.

I am very excited about this opportunity and believe my skills and experience make me a strong fit for the role. I am a hard-working team player who is passionate about delivering results, and I am confident I could add value to your organisation from day one.

Thank you again for your time and consideration. I look forward to hearing from you.

Best regards,
Renata Szabó
Process Engineering Graduate | linkedin.com/in/renataszabo"""),
(6, """Dear Mr. Castellanos,

Thank you for the opportunity to interview with you. It was a pleasure to meet you and learn more about the role and your organisation.

I was impressed by everything I heard and I am more enthusiastic than ever about the opportunity. I believe that my background, strong work ethic and attention to detail would make me a valuable addition to the team.

Please do not hesitate to contact me if you need any further information. I look forward to hearing from you soon.

Yours sincerely,
Ffion Llewellyn-Hart"""),
(10, """Dear Sir,

I am writing to thank you for the interview and for giving me the opportunity to present myself. I am grateful for your time and for the information shared about the company.

I am confident that my skills, dedication and positive attitude would enable me to contribute effectively to your esteemed organisation. I am a quick learner and always ready to take up new challenges.

I remain keen to join and look forward to a favourable response.

Thanking you,
Yours faithfully,
Sowmya Venkatesan"""),
(14, """Dear Mr. Hargreaves,

Thanks for taking the time to interview me today. I really enjoyed meeting you and hearing more about the position.

I am a motivated and reliable person who is always eager to learn, and I think I would be a great fit for your team. This opportunity is exactly what I have been looking for, and I would love to be part of such a great company.

Thank you again, and I hope to hear from you soon.

Yours sincerely,
Jaydon Pillay"""),
(17, """Dear Ms. Pretorius,

Thank you for meeting with me. It was great to learn more about the organisation and the exciting work your team is doing.

I am passionate about this field and believe that my skills and experience align well with what you are looking for. I thrive in fast-paced environments and am always looking for ways to go the extra mile.

Thank you once more for your consideration. I look forward to the possibility of working together.

Regards,
Lungile Mahlangu
082 000 0000"""),
(42, """Dear Mr. Adeyemi,

Thank you for the interview on Monday. I appreciated the chance to learn more about the role and to share a little about my background.

I am excited about the possibility of joining such a dynamic and innovative team. I am a self-starter with excellent communication skills, and I am confident I would hit the ground running.

Thank you again for your time. I look forward to hearing about the next steps.

Kind regards,
Priyanka Sahota"""),
]
# further notes with mistakes, not copies
EXTRA = [
("check_in", ["negative","asks_outcome"], """Dear Mr. Vasquez-Oduya,

I am following up yet again about the Inventory Controller role at Meridian Cold Storage, as my emails of 2 and 9 June have gone unanswered.

I interviewed over a month ago and was told I would hear within ten days. Could you please tell me whether I am still being considered, or whether someone else has been appointed?

I would appreciate the courtesy of a reply this week.

Regards,
Ingrid Halvorsen"""),
("thank_you", ["informal","generic"], """Hey Sam!

Massive thanks for the interview today, had such a good time chatting with you guys. The company seems awesome and the role sounds right up my street tbh.

I reckon I'd smash it and be a great addition to the team, I'm a total people person and super hardworking lol. Really hope to hear back soon!

Catch ya later 😎
Zainab Kuroda-Mills"""),
("rejection_reply", ["negative"], """Dear Ms. Thibodeaux,

Thank you for your email letting me know that I was not selected for the Court Liaison Officer position.

I must admit I am surprised, given that I have seven years' experience in magistrates' courts and the panel seemed very positive during the interview. I can only assume the decision came down to factors other than experience.

I wish the successful candidate well.

Regards,
Desmond Achterberg-Lowe"""),
("offer", ["spelling","informal"], """Hi Ruairí,

Thanks a mil for the offer of the Night Auditor role at the Glenmore, I'm dead chuffed!

I'm happy to accept. The only thing I'd like to confirm is the shift pattern, as I'd prefer four nights on and three off if posible. I can start on the 12th once I've worked my notice at the B&B.

Cheers,
Keelin Ó Súilleabháin
087 000 0000"""),
("withdrawal", ["negative"], """Dear Hiring Team,

I am writing to withdraw my application for the Veterinary Nurse position at Westmoor Equine.

To be honest, the interview left me with the impression that the practice is badly understaffed and that nurses are not especially valued, which is why I have decided not to continue. I have accepted a role elsewhere.

Thank you for your time.

Kind regards,
Mariana Iwasaki-Pratt"""),
("check_in", ["asks_outcome","spelling"], """Dear Ms. Ramaphosa-Lee,

I hope you are well. I am writing regarding my interview on 11 August for the Junior Sub-Editor post at the Karoo Herald.

I enjoyed our discussion about the paper's move to a digital-first schedule and the new style guide. Could you kindly let me know whether I have been succesful, or whether the editor is still deciding between candidates?

Thank you for your time.

Kind regards,
Pieter Mokoena-Visagie
pieter.mv@example.co.za"""),
]
