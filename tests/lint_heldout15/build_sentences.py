import json
S = {}
S[("fine","thank_you")] = """Thank you for taking the time to walk me through the milking parlour and the herd health plan on Tuesday.
I enjoyed hearing how your court reporting team handles realtime captioning for the county courts.
Our conversation about reducing missed dialysis sessions among rural patients has stayed with me since Thursday.
I appreciated the chance to meet the security operations team and see how you triage phishing alerts.
It was a pleasure to discuss glaze consistency and kiln scheduling with you and Ama at the studio.
Thank you for explaining how the fleet telematics rollout is going across your depots in the Midlands.
Speaking with the care home managers gave me a clear picture of how your night staff support residents with dementia.
I left the session with real respect for how your academy balances player development with winning matches.
Thank you for the thoughtful questions about my experience drafting patent claims for medical devices.
I loved seeing the early shift at the bakery and learning how you manage sourdough starters across two sites.
Your explanation of the gearbox failures on the older turbines was fascinating, and I have been reading more about it since.
Thank you for showing me the new family gallery and talking through the school workshops you plan for spring.
Diolch yn fawr for meeting me in Aberystwyth yesterday; I very much enjoyed the discussion about the Welsh-language service.
Many thanks for your time this morning, and please pass my thanks to Kwame for the tour of the Tema office.
Thank you once again for the kind welcome, and for the tea, during my interview at the Kuala Lumpur branch.
I am grateful for the opportunity to interview for the Accounts Officer position with your Lahore team.
Thank you very much for the interesting conversation about the logistics role and the warehouse in Poznań.
It was a real pleasure to meet you and to learn about the plans for the new clinic in Valencia.
I would be glad to send the sample transcripts we discussed if they would help your review.
Having heard more about the calving season workload, I am even more keen to join the farm team.
If I am selected, I would welcome the chance to shadow your senior stenographer during the first month.
I was especially pleased to hear that the role includes mentoring newer dialysis technicians.
Please let me know if you need any further references or copies of my certifications.
I look forward to hearing about the next steps whenever you are ready to share them.
Our talk about incident response playbooks reminded me why I enjoy this work so much.
Thank you for being so open about the challenges of staffing weekend shifts in elder care.
I have attached the route optimisation summary I mentioned, in case it is useful for your discussions.
Meeting the under-fourteens coaches made me excited about the chance to contribute to the club.
I appreciated your candour about the backlog of prosecution work facing the patent team this year.
The apprenticeship scheme you described is exactly the sort of programme I hoped to be part of.
Thank you for a very warm and well-organised interview day; I enjoyed every part of it.
I enjoyed our conversation about blade inspection drones and how they have cut climbing hours.
It was lovely to hear how the museum works with local schools to bring the collections to life.
Thank you for considering my application and for the care you took explaining the role.
Your point about documenting every batch change in the bakery log is one I will remember."""
S[("fine","check_in")] = """I hope you are well; I am writing to ask whether there is an updated timeline for the next stage.
Could you let me know roughly when you expect to make decisions about second interviews?
I remain very interested in the herd manager role and would be happy to provide anything further.
Is there anything else I can send, such as references or work samples, to help the panel?
When we spoke, you mentioned a decision by the end of the month, so I thought I would check whether that is still the plan.
I understand these processes take time, and I am happy to wait for the panel's decision.
Would it be helpful if I arranged a call with my former supervisor at the renal unit?
I wanted to let you know that I have now completed the Security+ certification we discussed.
Since we last spoke, my notice period has been confirmed as four weeks, in case that helps with planning.
Could you tell me what the next steps in the process will look like?
I would be grateful for any information on when the assessment day is likely to take place.
I hope the recruitment for the ceramics technician post is going smoothly.
Just a short note to say I am still very keen on the fleet coordinator role.
Please do not hesitate to contact me if you need more information about my driving licence categories.
I am free for a follow-up conversation on any weekday next week if that suits the team.
I appreciate the care home has had a busy inspection period, so please reply whenever is convenient.
Would you like me to send the coaching session plans I mentioned during the interview?
I understand the partners are meeting next week, and I would welcome an update on timing afterwards.
Is the start date for the role still planned for early September?
I thought you might like to see the article on offshore turbine maintenance I mentioned; the link is below.
Please could you confirm whether the second stage will be held in person or online?
I am writing to check that my portfolio arrived safely, as the file was quite large.
May I ask who will be on the panel for the final stage, so I can prepare properly?
I hope your open day went well; I saw the photographs of the learning studio and they looked wonderful.
I would appreciate knowing the expected timeframe so I can plan my notice with my current employer.
Should I expect to hear by email or by phone once the panel has met?
Thank you for your patience while I gathered the references you requested; they are attached.
Wishing you and the team a good week, and I look forward to hearing from you in due course."""
S[("fine","rejection_reply")] = """Thank you for letting me know, and for the time you and the panel gave me.
I was disappointed to hear the news, but I am grateful to have been considered.
Although I am sad not to be joining the dairy team, I learned a great deal from the process.
Would you be willing to share any feedback on how I could strengthen my application in future?
I would welcome any comments on my presentation, as I am keen to improve.
Please keep my details on file in case a similar court reporting role opens later in the year.
I hope the new dialysis nurse settles in well, and I wish the unit every success.
It was a privilege to reach the final stage, and I would be glad to apply again.
I understand the decision was a difficult one, and I appreciate you calling me personally.
If there is a short list of skills I should develop, I would be grateful to hear it.
I remain a great admirer of your studio's work and will keep following your exhibitions.
Thank you for the kind words about my portfolio; they mean a lot to me.
I would be happy to be considered for any future openings in fleet planning.
Naturally I am disappointed, but I respect your decision and thank you for your honesty.
Your feedback about my limited experience with wind turbine SCADA systems is fair, and I will work on it.
I enjoyed meeting the coaching staff and hope our paths cross at a tournament soon.
Please pass on my thanks to the whole panel for a fair and friendly interview.
I will take your advice and gain more experience with opposition proceedings before applying again.
Might you be able to spare ten minutes for a feedback call at some point in the coming weeks?
I would be grateful to hear whether any other vacancies might suit my background in elder care.
Thank you for taking the time to let me know in person rather than by a standard email.
I wish the bakery a very successful launch of the new shop in Cardiff.
Thank you very much for the information and for the opportunity to present my ideas to the board.
I am sorry to miss out, but I know the museum will be in good hands.
Thank you for being so clear about the reasons; it will help me prepare better next time.
It was encouraging to hear that the decision was close, and I will keep applying to similar posts.
Medaase for the feedback, Madam; I will use it to prepare for the next recruitment round."""
S[("fine","offer")] = """Thank you very much for the offer of the Herd Manager position; I am delighted to accept.
I am thrilled to accept the offer and look forward to starting on the first of March.
Before I sign, could we discuss whether the salary could be raised to £34,000, in line with my experience?
Would the company consider two remote days a week once the probation period has ended?
My current notice period is one month, so the earliest start date I could manage is 14 October.
Could you confirm whether the on-call allowance is included in the base salary figure?
I would be grateful if we could move the start date back by two weeks to allow a proper handover.
I am very pleased to accept, and I have signed and returned the contract as requested.
Would it be possible to work compressed hours, with Fridays off, during the school holidays?
I wanted to ask whether the relocation package could cover the first month's rent in Kuala Lumpur.
Based on the market rate for certified cybersecurity analysts, I would like to propose a starting salary of $92,000.
Thank you for the generous offer; may I have until Friday to review the contract with my family?
Could you tell me a little more about the pension contributions and the annual leave allowance?
I am happy with the package, though I would like to clarify the overtime rate for weekend shifts.
Please could you send the written offer so that I can hand in my notice at the hospital?
I would be grateful if the training budget could include the Level 3 wind turbine technician course.
Could the role start at four days a week for the first three months while I finish my diploma?
I am delighted to join the museum's learning team and cannot wait to meet the volunteers.
Would there be flexibility on the working hours so that I could start at 7 am and finish at 3 pm?
I appreciate the offer and would like to discuss the possibility of a signing bonus to offset my current bonus.
Thank you for accommodating my request; the revised start date of 2 June works perfectly.
I am pleased to accept the position of Trainee Patent Attorney on the terms set out in your letter.
Could we agree on one day per week working from home once I have completed the induction?
Having reviewed the offer, I would like to ask whether the salary band has any room at the upper end.
I look forward to receiving details of the induction week and the uniform fitting.
I would also like to confirm that my pre-booked holiday in August can be honoured.
Thank you for taking my questions about the shift pattern so seriously; the answers helped me decide."""
S[("fine","withdrawal")] = """I am writing to withdraw my application for the Dairy Assistant role, as I have accepted another offer.
After careful thought, I have decided to accept a position closer to my family in Kumasi.
I have received an offer from another firm that better matches my plans to specialise in litigation support.
Please accept my apologies for any inconvenience, and thank you for the time you have given me.
I have accepted a role with another dialysis provider and must therefore withdraw from your process.
It was not an easy decision, as I was very impressed by your security team.
I would be delighted to keep in touch, and I hope there may be a chance to work together in future.
Because my circumstances have changed, I am no longer able to relocate to Stoke for the role.
I have been offered a full-time post at a pottery in Buckley and have decided to take it.
I wanted to let you know promptly so that you can offer the interview slot to another candidate.
Thank you for your understanding, and please pass on my regards to the fleet team.
I have decided to remain in my current role after my employer offered a new position in elder care training.
Another club has offered me a head coach role, which I have accepted.
I am grateful for the time you spent with me and wish you every success in filling the position.
Having accepted another offer last week, I would like to withdraw from the final interview on Monday.
I hope this does not cause too much disruption to your planning.
Please remove my application from consideration for the Technical Specialist post.
I accepted an offer from a bakery in Bristol that includes the pastry training I was seeking.
It has been a pleasure getting to know your turbine maintenance team during the process.
I would be happy to recommend a former colleague who may be a strong fit for the role.
I have thought carefully about the commute and decided that the role is not right for me at this time.
Thank you for your kindness throughout, and especially for arranging the tour of the archive stores.
With regret, I must withdraw, as my visa timing no longer allows me to start in January.
I have accepted a position with a firm in Warsaw and will not be able to proceed further.
Thank you for the opportunity and for making the process so welcoming."""
S[("negative","thank_you")] = """Thank you for the interview, even though it started forty minutes late and nobody explained why.
I appreciated meeting you, which was a nice change from my current manager, who never listens to anyone.
Your team seemed far more organised than the shambles I work with at the moment.
I must say the online assessment was badly designed and wasted most of my morning.
It was refreshing to meet a leader who actually knows the job, unlike my last boss.
I did feel some of the panel's questions were rather irrelevant to the role.
Thank you for your time, although I would have preferred to meet the actual hiring manager.
I hope the panel will give my application the serious attention it clearly deserves.
Frankly, I am the most qualified person you are likely to see for this role.
I really need this job, as I have been unemployed for months and I am running out of options.
I was a little surprised that nobody had read my CV before the interview.
I have another interview on Friday, so I would appreciate hearing from you before then."""
S[("negative","check_in")] = """This is my fourth email since the interview, and I have yet to receive any reply.
I know you're busy, but it has now been three weeks without a word.
I am starting to feel that candidates are not a priority for your organisation.
I have an offer elsewhere that expires on Thursday, so I would be grateful for your decision by Wednesday.
If I do not hear back by Monday, I will assume you are not interested and withdraw.
I find it quite unprofessional to leave applicants waiting this long.
I have been checking my inbox every hour and it is starting to affect my sleep.
As I mentioned in my previous two messages, I am still waiting for the promised update.
Perhaps my earlier emails went to your spam folder, as I find it hard to believe they were simply ignored.
I would appreciate a reply at your earliest convenience, as this is now my third follow-up.
It would be courteous to let candidates know where things stand, even if the news is bad.
Another company is keen to move quickly, so I would gently ask you to speed things up.
I was told I would hear within a week, and it has now been almost a month.
I have turned down other interviews for this, so I do hope the wait will be worth it."""
S[("negative","rejection_reply")] = """I am honestly baffled by this decision given my experience.
I cannot understand how someone with less experience could have been chosen over me.
I would like to know exactly which criteria I failed, as I met every one in the advertisement.
I spent two full days preparing the presentation, so a two-line email feels rather dismissive.
I hope you will not regret this choice when the new hire struggles with the workload.
Thanks for finally letting me know, six weeks after the final interview.
I suppose experience counts for very little these days.
Please reconsider, as this role means everything to me and I do not know what I will do otherwise.
It is disappointing that internal candidates seem to be favoured no matter how strong the field is.
I would have appreciated the courtesy of a phone call after three rounds of interviews.
Clearly the process was decided before I even walked in."""
S[("negative","offer")] = """I will need your answer on the salary by tomorrow, or I will have to accept the other offer.
Frankly, the salary you offered is insulting for someone with my track record.
Given how long you took to decide, I expect the package to reflect my patience.
I am accepting, although I must say the offer is lower than I was led to believe.
Unless the remote days are guaranteed in writing, I will not be signing.
I hope the contract will be clearer than the interview process was.
I have had a better offer from a competitor, and I expect you to match it by Friday.
I trust I will be treated better than I was by my current team lead, who took credit for everything I did.
I would accept, but only if the start date suits me rather than your schedule.
I know budgets are tight, but surely you can do better than this figure."""
S[("negative","withdrawal")] = """I am withdrawing because the process has simply taken far too long.
Frankly, the way the interview was run made me question the culture of the company.
I have accepted an offer from a company that actually replies to emails.
I no longer wish to be considered, as I was treated with very little respect during the assessment.
Since nobody bothered to confirm the second interview, I have decided to go elsewhere.
I had hoped for more professionalism from an organisation of your size.
I am withdrawing, and I would suggest you review how you treat candidates.
Another employer made me an offer within a week, which says a great deal.
Your recruiter's attitude on the phone made this decision very easy.
I would have stayed in the process if anyone had shown the slightest interest."""
S[("asks_outcome","thank_you")] = """Could you let me know whether I am likely to be offered the position?
I would love to know if I made it onto the shortlist after today.
Based on our conversation, do you think I have a good chance of getting the role?
Am I still in the running after the technical exercise?
Did I do well enough to move forward to the final round?
I would be grateful to know how I compared with the other candidates you met.
Can you tell me if I was your preferred candidate from today's interviews?
I hope you can tell me soon whether the job is mine.
Would you say I am a strong contender for the herd manager post?
Please let me know if the panel has decided to offer me the job.
Was my answer on risk assessments enough to keep me in consideration?
I am eager to find out whether I was successful.
Could you share where I rank among the candidates for the technician role?"""
S[("asks_outcome","check_in")] = """I am writing to ask whether I am still being considered for the position.
Has a decision been made about whether I will be offered the role?
Could you tell me if my application is still active?
I would appreciate knowing whether I have been shortlisted for the second interview.
Is there any news on whether I got the job?
May I ask if I am still under consideration for the court reporter vacancy?
I was hoping to find out whether the panel chose me.
Have I been selected for the assessment centre?
Can you let me know whether an offer is likely to come my way?
Are you able to tell me if I am your first choice for the post?
Could you confirm whether I made it through to the next stage?
I would like to know whether my candidacy is still open or if the role has been filled by someone else.
Is it still possible that I will be offered the dialysis nurse post?
I wondered whether you have decided in my favour.
Please could you tell me if I am among the final two?
Should I expect an offer, or have you chosen another candidate?"""
S[("asks_outcome","rejection_reply")] = """Is there any chance you would reconsider and offer me the role after all?
If the chosen candidate declines, would I be next in line for the offer?
Was I the runner-up, and might I still be offered the role?
Could you tell me whether I was ranked second?
Would I be considered first if the position reopens?
How close did I come to being selected?
Am I still on the reserve list in case your first choice falls through?
Could you let me know where I placed among the finalists?
Is the decision final, or am I still being considered for the role?
Would you be able to tell me if I was your second choice?"""
S[("asks_outcome","offer")] = """Following your call, may I ask whether this means I have definitely got the job?
Is the offer final, or are you still choosing between me and another candidate?
Can you confirm that a formal offer will be coming to me?
Before I resign, could you confirm that I am definitely your chosen candidate?
Does your email mean the position is mine, or is there a further stage?
Am I right in thinking I have been selected, or is the panel still deciding?
Will I be receiving a written offer, or is the decision not yet made?
Could you tell me whether I was your first choice or whether someone declined before me?"""
S[("asks_outcome","withdrawal")] = """Before I withdraw, could you tell me whether I was likely to be offered the role?
Before I make a final decision, may I ask whether I am still being considered?
Out of interest, had I been shortlisted before I decided to withdraw?
Could you let me know if I was going to be selected, as that would help me decide?
Would I have been offered the post had I stayed in the process?
Before I confirm my withdrawal, am I still in contention for the role?
Was I likely to receive an offer if I had attended the final interview?
I would be curious to know whether I had made the final shortlist.
Can you tell me whether I was a front-runner before I step back?
Could you tell me where I stood in the ranking before I withdraw?"""
S[("informal","thank_you")] = """Hey Tom, thanks heaps for the chat today, it was awesome!
Cheers for having me in, mate, really enjoyed it.
Loved the farm tour 🐄 thanks so much for that!!
Thx for ur time today, rly appreciated it.
Yo, just wanted to say that interview was a blast.
You guys are super cool and I'd totally love to join the crew.
Big shout out to Priya for the coffee, what a legend.
Catch ya later, and thanks again for the grilling lol.
Ta very much for the tour, it was dead good.
Honestly the kiln room was sick, can't wait to get my hands muddy.
Thanks a mil for the interview, you're a star.
Wicked meeting you all, proper good vibes in that office.
Cheers lovely, thanks for squeezing me in today x
Had an absolute blast chatting turbines with you, ta!"""
S[("informal","check_in")] = """Hiya, any news yet?? 😊 Hope ur well!
Just poking my head in to see what's up with the role.
Sup, just checking in on the timeline thingy.
Hey hey, hope ur week's going gr8!
No worries if not, just lmk when u know the next steps.
Howzit going over there, all good?
Quick one, when's the next round happening btw?
Hola! Hope things aren't too crazy at your end 🙌
Just bouncing this back up your inbox, haha.
Ok so I've been super pumped since the interview, what's the plan?
Heya Jess, gimme a shout whenever you've got a sec.
Still dead keen, by the way, just so ya know.
TTYL, and hope the team's smashing it this week!
Hey boss, any chance of a quick update on dates?"""
S[("informal","rejection_reply")] = """Aw man, gutted, but thanks for letting me know.
Bummer! Oh well, no hard feelings 👍 good luck!
Ah shame, but cheers for the heads up.
Totally get it, no biggie, good luck to the new guy.
Ugh, that stinks, but thanks for being straight with me.
Ah well, can't win 'em all, thanks for the shot!
Gutted tbh but it was fun while it lasted.
Righto, thanks for the news, catch you around.
Oof, that's a shame, but no drama at all.
Cheers anyway, you lot were ace.
All good, I'll live, lol, thanks anyway.
Thanks for the feedback, super helpful, you rock 🤘
Fair dos, thanks for the chance, butt.
Aiyo, sad lah, but thanks for telling me."""
S[("informal","offer")] = """OMG yes!!! I'm so in, thank you!! 🎉🎉
Woohoo, can't wait to start, this is epic!
Deal! See you on Monday, guys.
Sweet, the money sounds grand, I'm well up for it.
Aye, count me in, cheers pal.
Yesss, just signed the thing, so stoked!
Haha, you had me at free pastries, I'm in.
Chuffed to bits, ta ever so much, see ya soon x"""
S[("informal","withdrawal")] = """Hey, so gonna have to bail on this one, sorry!
Soz, I've gone and taken another gig.
Gonna pass on the job, but you guys are awesome.
Heads up, I'm out, found something else, cheers!
Sorry to ghost the next round, got snapped up elsewhere 🙈
Nah, I'll sit this one out, but keep it real!
Thanks loads but I'm gonna skip the final bit, x"""
with open("/work/heldout15/sentences.jsonl","w",encoding="utf-8") as f:
    for (label,kind),block in S.items():
        for line in block.strip().split("\n"):
            line=line.strip()
            if line:
                f.write(json.dumps({"text":line,"label":label,"kind":kind},ensure_ascii=False)+"\n")
