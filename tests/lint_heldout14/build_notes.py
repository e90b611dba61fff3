import json
from notes_clean import CLEAN
out=[]
for k,(kind,t) in CLEAN.items():
    out.append({'text':t,'kind':kind,'codes':[]})
def ins(key, anchor, new):  # insert sentence after anchor
    kind,t=CLEAN[key]; assert t.count(anchor)==1,(key,anchor)
    return kind,t.replace(anchor, anchor+' '+new)
def rep(key, old, new):
    kind,t=CLEAN[key]; assert t.count(old)==1,(key,old)
    return kind,t.replace(old,new)
COPIES=[
 ('negative',ins('C1','or if there is anything further I can provide in the meantime?','I must say that the silence since then has been rather frustrating.')),
 ('negative',rep('T2','matters to families.','matters to families, something my current charge nurse has never quite grasped.')),
 ('negative',ins('O1','the current market in Denver.','I should add that I hold another offer that expires on Friday, so I would need your answer before then.')),
 ('negative',ins('R1','your work with nonprofit clients.','I must admit I am surprised, as the panel seemed far more impressed with me than this decision suggests.')),
 ('negative',ins('W2','so that you can offer the slot to another candidate.','Frankly, the three weeks it took simply to arrange this interview did not make the decision any harder.')),
 ('negative',ins('C3','if any additional documents are required from my end.','This is my third email on the matter, so I would appreciate a prompt reply.')),
 ('negative',ins('T10','has stayed low.','Unlike a couple of the guys I work with now, I actually finish a job properly the first time.')),
 ('asks_outcome',rep('T1','I look forward to hearing about the next steps.','Could you let me know whether I have made it onto the shortlist?')),
 ('asks_outcome',rep('C2','and to ask whether you have an idea of when candidates are likely to hear about the next stage.','and to ask whether I am still being considered for it.')),
 ('asks_outcome',rep('C4','Could you kindly advise on the expected timeline for the next stage and who I should contact if I have any questions in the meantime?','Could you kindly advise whether I have been selected to proceed to the next stage?')),
 ('asks_outcome',ins('R4','as I hope to strengthen my application for similar roles.','May I also ask whether I was your second choice, in case the role becomes available again?')),
 ('asks_outcome',rep('T7','I look forward to hearing from you on the next steps.','I would be grateful to know whether I am currently your preferred candidate.')),
 ('asks_outcome',ins('W1','enjoyed meeting everyone.','Before I close this chapter, may I ask whether you had been planning to offer me the role?')),
 ('asks_outcome',ins('C5','I would like to make sure I prepare appropriately.','Does the invitation to a second interview mean that I am now on the final shortlist?')),
 ('informal',rep('T3','Thanks again, and I look forward to hearing about the next stage.','Thanks again, you guys are legends, can\'t wait to hear back! 🙌')),
 ('informal',rep('O7','Either way, I\'m keen to get started and happy to talk this through by phone.','Either way, I\'m totally stoked and down to hop on a call whenever, no biggie.')),
 ('informal',rep('R8','Please keep me in mind for any future roles.','Cheers mate, give us a shout if owt else comes up.')),
 ('informal',rep('C7','I hope your week is going well.','Wah gwaan, hope di week a run nice.')),
 ('informal',rep('W4','Warm regards,','Ok lah, take care ah, see you around!')),
 ('informal',rep('O3','Thank you once again for this opportunity.','Asante sana boss, this offer is poa kabisa!')),
 ('informal',rep('T11','Thank you again for a well-organised and friendly morning.','Ta ever so much, it were a right laugh this morning!')),
 ('spelling',rep('T4','Thank you for the opportunity','Thank you for the oppurtunity')),
 ('spelling',rep('R2','but I appreciated hearing','but I apreciated hearing')),
 ('spelling',rep('O4','I am very grateful','I am very greatful')),
 ('spelling',rep('W3','I have received and accepted','I have recieved and accepted')),
 ('spelling',rep('C8','during our interview','during our interveiw')),
 ('spelling',rep('O6','I am very happy to accept this opportunity.','I am very happy to accept this oppertunity.')),
 ('spelling',rep('W7','After reviewing the schedule,','After reviewing the shedule,')),
]
for code,(kind,t) in COPIES:
    out.append({'text':t,'kind':kind,'codes':[code]})
GENERIC={
'T1':'''Subject: Thank you

Dear Ms Adeyemi,

Thank you for meeting me on Wednesday to discuss the role. I enjoyed learning more about the team and the organisation.

Our conversation confirmed that my skills and experience would be a good match for the position. I was also glad to hear more about the company culture, which sounds like a great environment in which to grow.

If it would be useful, I would be happy to provide any further information.

Thank you again for your time. I look forward to hearing about the next steps.

Kind regards,

Tomás Ferreira
07700 900123''',
'T2':'''Dear Mr. Delgado,

Thank you for taking the time to speak with me yesterday about the position. I appreciated your description of the role and of the team's priorities for the coming year.

I was especially interested in the projects you mentioned. My previous experience has shown me how much I enjoy working in a collaborative environment, and I believe I could make a positive contribution.

The role would be a great next step for me, and I welcome the challenge. Please let me know if I can provide anything else to support your decision.

Sincerely,
Grace Oyelaran''',
'T5':'''Dear Dr Whitcombe,

Many thanks for meeting me on Friday and for talking me through the role. It was very interesting to hear about your plans, and I appreciated your openness about the challenges ahead.

I believe my background and skills would allow me to contribute from the start, and I would enjoy the challenge of working with such a dedicated team.

Thank you again for a thoughtful and welcoming interview. I look forward to hearing from you.

With best wishes,

Mei-Ling Chua''',
'T6':'''Dear Eng. Wanjiru,

I wish to sincerely thank you for the interview held on Tuesday. I appreciated the detailed explanation of the position and the responsibilities it involves.

My previous experience has prepared me well for this kind of work, and I was encouraged to learn about the organisation's plans for the future. I am confident that I would be an asset to your team.

Kindly let me know if you require any additional documents from my side. I look forward to hearing from you regarding the next steps.

Yours sincerely,

Brian Otieno Ochieng''',
'T9':'''Dear Dr. Hoffmann,

Thank you very much for the interesting interview yesterday. I was very pleased to learn more about your work and about the plans of your department for the coming years.

As discussed, I have several years of relevant professional experience. I am convinced that my careful working style and my strong motivation would be a good fit for your team.

I am looking forward to hearing from you about the further process.

With kind regards,

Jonas Müller''',
'T10':'''Hello Mr. Kowalski,

Thanks for taking the time on Tuesday to talk with me about the opening. I enjoyed hearing more about the company and what you're looking for in this role.

I appreciated your point about the importance of good customer service. That's something I take pride in, and I believe it would help me succeed in the position.

I'm excited about the opportunity and confident I'd be a great fit. Please let me know if you need anything else.

Best,
Luis Navarro
(512) 555-0199''',
'T11':'''Dear Ms Fairbairn,

Thank you for inviting me to interview for the post. I very much enjoyed meeting you and learning more about the role and the organisation.

I appreciated hearing about your plans for the future. Having worked in a similar environment before, I would be glad to contribute my ideas and experience to the team.

Thank you again for a well-organised and friendly morning.

Kind regards,

Ifeoma Clarke''',
}
for k,t in GENERIC.items():
    assert CLEAN[k][0]=='thank_you'
    out.append({'text':t.strip(),'kind':'thank_you','codes':['generic']})
EXTRAS=[
('check_in',['negative','asks_outcome'],'''Hi Mr. Osei,

I am following up for the third time about the Warehouse Supervisor role I interviewed for on 2 February. I have not had any reply to my earlier emails, which I find surprising for a company of your size and reputation.

Could you please tell me whether I am still being considered, or whether the position has been given to someone else? I have another interview next week and need to know where I stand.

Regards,
Viktor Horváth'''),
('thank_you',['informal','spelling'],'''Hey Sam!!

Thanks soooo much for the chat yesterday, it was honestly amazing 😄 The bit about the new dental clinic fit-out was super interesting and I def think I'd smash it as your site coordinator.

I've attatched my portfolio like you asked. Also loved the coffee machine in the break room lol, proper fancy. Lemme know if u need anything else from me!

Catch ya soon,
Tayo'''),
('rejection_reply',['negative'],'''Dear Ms Lindqvist,

Thank you for your email. I have to say I am disappointed not only by the decision but by the way it was communicated, two months after my final interview and in a standard email.

I put considerable effort into the case study on school catering contracts, and I would have appreciated some acknowledgement of that. I would still like feedback, although I wonder whether anyone on the panel actually read it.

Regards,
Dominic Achterberg'''),
('thank_you',['generic','asks_outcome'],'''Dear Hiring Manager,

Thank you for the opportunity to interview for the position. I enjoyed learning more about your company and the role, and I believe my skills and experience make me a strong fit.

I am passionate about delivering results and working as part of a team. Could you let me know whether I am being considered for the next round?

Thank you again for your time and consideration.

Sincerely,
Alejandro Reyes'''),
('offer',['informal','negative'],'''Hey Karen,

Got the offer, thanks! Tbh the number is lower than I was hoping for, and after making me wait a month I kinda expected more. Can we bump it up to 65k? Otherwise I'll probably go with the other place that's been way more on the ball.

Anyway the team seemed cool and the office is pretty sick, so fingers crossed we sort it.

Lmk asap,
Jake'''),
('withdrawal',['spelling','negative'],'''Dear Mr. Baptiste,

I am writting to withdraw my application for the Maintenance Planner role. After waiting over a month without any update, I have accepted a position with a company that was able to make a decision much more quickly.

I did enjoy meeting the engineering team, and I wish you success in filling the role. Please remove my details from your recruitment system at your earliest convenience.

Regards,
Noor Al-Sayed'''),
('check_in',['informal','asks_outcome'],'''Hiya Ruth,

Just popping in to see if there's any news on the receptionist job 😊 Did I get it or nah? No pressure obvs, I know you're mad busy with the flu clinics and everything.

Loved meeting everyone at the surgery, the vibe was ace and Dr Patel was proper lovely. Shout if you need anything else from me, like my DBS or whatever!

Ta,
Chloe x'''),
]
for kind,codes,t in EXTRAS:
    out.append({'text':t.strip(),'kind':kind,'codes':codes})
with open('notes.jsonl','w',encoding='utf-8') as f:
    for o in out: f.write(json.dumps(o,ensure_ascii=False)+'\n')
print(len(out))
