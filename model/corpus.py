"""The labelled training corpus of the tone model: sentences of follow-up notes.

Written for this project (none copied from a published note). Each item is
(text, kind, label) with label one of asks_outcome, negative, informal, fine.
Most of it is whole sentences written by hand; a part is built from
hand-written frames and hand-written contents, because the point the model
must learn is the contrast inside the same frame: "Could you tell me where
the search stands?" is fine, "Could you tell me where I stand?" is not.

Near misses that must stay clean are many and labelled `fine`: asking about
the timeline or the process, "If I am selected, I would...", "I was
disappointed" in a bridge note, "another offer" as the reason in a
withdrawal, "I need the role to include mentoring".

`python model/corpus.py` (in .model-venv) writes model/corpus.jsonl (committed, so the data
can be read without running code); the build reads the same lists.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

from corpus_more import FINE_MORE, INFORMAL_MORE, NEGATIVE_MORE
from corpus_third import (
    ASKS_THIRD,
    ASKS_THIRD_NEAR,
    BOILERPLATE,
    FINE_THIRD,
    INFORMAL_THIRD,
    INFORMAL_THIRD_NEAR,
    NEGATIVE_THIRD,
    NEGATIVE_THIRD_NEAR,
    SPECIFIC,
)

KINDS = (
    "thank_you",
    "send_references",
    "check_in",
    "bridge",
    "stay_in_touch",
    "voicemail",
    "withdrawal",
)
# Kinds where a sentence of that sort is natural; most sentences fit several.
FOLLOW = ("check_in", "thank_you", "voicemail", "stay_in_touch")
ANY = KINDS

Item = tuple[str, str, str]

# --- asking for the outcome --------------------------------------------------

# Questions about the verdict on me, as the object of a polite frame.
OUTCOME_OBJECTS = [
    "whether I have been selected for the role",
    "if I got the job",
    "whether the offer is coming my way",
    "where I stand against the other finalists",
    "whether I am still in contention",
    "if I made it to the next round",
    "whether I have cleared the interview",
    "if I am your preferred candidate",
    "whether you will be offering me the position",
    "if I was successful",
    "whether the panel chose me",
    "if I am still being considered for the post",
    "whether I should expect an offer",
    "the result of my interview",
    "the status of my selection",
    "whether you have decided to hire me",
    "if you are going with me or another candidate",
    "whether I passed the final round",
    "if I have been shortlisted",
    "whether the team wants to move forward with me",
    "how I did compared with the other candidates",
    "whether I am the one you picked",
    "if my application was successful",
    "whether the job is mine",
    "if there is good news for me on the role",
    "whether I have been short-listed for the next stage",
    "the outcome of my candidature",
    "if I'm through to the final stage",
    "whether the hiring manager approved me",
    "whether you'll be extending me an offer",
]
# The same frames about the process: allowed (S2), and the contrast to learn.
PROCESS_OBJECTS = [
    "what the timeline for next steps looks like",
    "where the search stands at the moment",
    "what the next steps in the process are",
    "when you expect to make a decision",
    "whether there is anything else I can send you",
    "if the timeline you mentioned still holds",
    "whether you need anything further from me",
    "how the rest of the process will run",
    "when the final round is likely to be scheduled",
    "whether references would be useful at this stage",
    "if you would like a work sample from me",
    "who else I should speak with during the process",
    "whether the start date is still planned for spring",
    "if the panel had any further questions for me",
    "what the onboarding usually looks like for new analysts",
    "whether the second interview will be on site or remote",
    "how long the background check usually takes",
    "if I can provide anything to help the team decide",
    "what format the presentation round takes",
    "whether the role will sit in the Leeds office or in London",
]
ASK_FRAMES = [
    "Could you let me know {}?",
    "I would be grateful if you could tell me {}.",
    "Kindly inform me {}.",
    "I was hoping you could tell me {}.",
    "May I ask {}?",
    "I'd love to learn {}.",
    "Would you be able to share {}?",
    "I am writing to ask {}.",
    "Please do let me know {}.",
    "I wanted to find out {}.",
    "Could you update me on {}?",
    "I'm curious to know {}.",
    "It would help me to know {}.",
    "If possible, please let me know {}.",
    "I'd appreciate hearing {}.",
    "Just checking {}.",
    "I would like to know {}.",
    "Kindly let me know {} at your convenience.",
    "Would it be possible to tell me {}?",
    "When you have a moment, could you say {}?",
]

OUTCOME_DIRECT = [
    "Did I get the job?",
    "Have I got the role?",
    "So, am I hired?",
    "Is the job mine?",
    "Where do I stand against the other finalists?",
    "Am I still in the running?",
    "Have you made your decision about me yet?",
    "Did the panel pick me?",
    "Have I been successful?",
    "Any news on whether I got it?",
    "Should I expect an offer letter soon?",
    "Is there an offer on the table for me?",
    "Did I make the cut?",
    "Have you decided whether to hire me?",
    "Am I your first choice?",
    "Are you going to offer me the role?",
    "Has the role gone to someone else?",
    "Was I chosen?",
    "Have you filled the position yet?",
    "Is the position still available, or has it been filled?",
    "Have you chosen your candidate yet?",
    "What was the verdict on my interview?",
    "How did I do?",
    "Did I pass?",
    "Have I cleared the technical round?",
    "Am I through to the final interview?",
    "Have you reached a decision on my candidacy?",
    "Was my interview good enough to get the offer?",
    "I'd love to learn whether the offer is coming my way.",
    "I am eager to know if I have been selected.",
    "Kindly confirm my selection at the earliest.",
    "Please confirm whether I am selected or not.",
    "Kindly let me know the status of my application whether selected or rejected.",
    "I am hoping to hear that I got the job.",
    "I'm keen to hear whether you'll be moving ahead with me.",
    "Do you know yet whether I'm the one?",
    "Can you tell me if I'm still a contender?",
    "Let me know if the job is mine!",
    "I'd like to know where I rank among the candidates.",
    "Could you confirm if I am your preferred candidate?",
    "Has a decision been made about my application?",
    "I wondered whether the committee has decided in my favour.",
    "I am writing to enquire about the result of my interview.",
    "Please let me know whether my candidature has been accepted.",
    "I'd be glad to know whether the role will be offered to me.",
    "Are you able to tell me if I've been successful?",
    "Have the interviewers agreed on me?",
    "I'm dying to know if I got it.",
    "Is it good news for me?",
    "Could you tell me if I'm on the shortlist?",
    "Has anyone been hired for the position yet?",
    "Did the team decide to go with me?",
    "May I know the final result of my interview?",
    "I request you to kindly share my interview result.",
    "I'm wondering whether I'm still in the mix.",
    "Do I have a realistic chance at the offer?",
    "What are my chances of getting the job?",
    "Can you give me an idea whether I'm likely to be offered the role?",
    "I would love to hear whether I will be joining the team.",
    "Have I been moved forward?",
    "Am I moving on to the next stage?",
    "Was my application successful?",
    "Could you tell me whether I got through?",
    "Any word on whether I'm in?",
    "I'm keen to find out whether the offer will be mine.",
    "Please tell me honestly whether I still have a shot.",
    "Should I keep my hopes up for the offer?",
    "I hope you can tell me the role is mine.",
    "Where does my application stand compared with the others?",
    "Have I beaten the other candidates?",
    "Are you leaning towards me for the role?",
    "Let me know when you have decided whether I am the right fit.",
    "Did the hiring committee approve my selection?",
    "I am anxiously awaiting news of my selection.",
]

PROCESS_FINE = [
    "Could you share the expected timeline for next steps?",
    "Is there an update on the timeline you mentioned?",
    "I wanted to check in on where the search stands.",
    "What are the next steps in the process?",
    "Please let me know if you need references or work samples.",
    "If I am selected, I would be glad to start by learning the codebase.",
    "If I am selected, I would bring the same care to your patients.",
    "If I am offered the role, I would relocate to Manchester in the spring.",
    "If I join the team, I would love to help with the migration.",
    "Should I be offered the position, I could start in early March.",
    "If chosen, I would be keen to shadow the night shift first.",
    "I look forward to hearing from you.",
    "I look forward to hearing about next steps.",
    "I look forward to hearing from you when the time is right.",
    "I understand the team expects to decide by the end of the month.",
    "You mentioned you expected to decide by Friday, so I wanted to offer anything else you need.",
    "As you make your decision, please let me know if any questions come up.",
    "When you make your decision, I'd be happy to provide anything else that helps.",
    "I'd be glad to answer any further questions as you reach a decision.",
    "Whether the team decides to use Kafka or Pulsar, the design we sketched still works.",
    "I enjoyed hearing how the team decided to move to a monorepo.",
    "The decision to rebuild the ward rota sounded like a brave one.",
    "I was selected for the regional hackathon last year, which is where I first used dbt.",
    "I got the chance to meet most of the team, which I really enjoyed.",
    "I was successful in leading a similar migration at my current company.",
    "Is there anything else I can provide to help with your decision?",
    "Please let me know if there is anything more you need from me.",
    "I am still very interested in the role.",
    "I remain very interested in the position and in the team's work.",
    "I know these decisions take time, and I'm happy to wait for your update.",
    "Please take whatever time you need.",
    "Any update on the timeline would be welcome when you have one.",
    "Is the second round still planned for the week of the 14th?",
    "Do you still expect to share next steps by the end of the month?",
    "Could you tell me who I should contact about the reference forms?",
    "Do let me know if a call would be easier than email.",
    "Has the date for the panel presentation been set?",
    "I'd be happy to come in for another conversation if that would help.",
    "I'm available for a follow-up conversation any day next week.",
    "Thank you for letting me know that the team is still interviewing.",
    "I appreciate you keeping me updated on the process.",
    "Thanks for explaining how the selection process works.",
    "I understand the hiring freeze has slowed things down.",
    "I was glad to hear the search is moving along.",
    "I've attached the portfolio you asked for.",
    "Are there any documents I should prepare for the next stage?",
    "Is there a good time for a short call about the timeline?",
    "I'd welcome any feedback you are able to share.",
    "Would you be open to sharing any feedback on my interview?",
    "May I ask what the onboarding for the role looks like?",
    "I would like to know more about how the team plans its sprints.",
    "Kindly let me know if any other document is required from my side.",
    "Please find attached the references you requested.",
    "I'd love to learn more about the clinic's plans for next year.",
    "I'm curious to know how the new warehouse layout works out.",
    "Did the vendor demo go well in the end?",
    "Did the launch go as planned last week?",
    "Have you had a chance to try the sourdough place I mentioned?",
    "Have you decided on the venue for the design conference?",
    "I hope the offsite went well.",
    "Did the team get the grant you were applying for?",
    "I'd love to know whether the pilot in the Bristol stores worked out.",
    "I'm keen to hear whether the new triage process has cut waiting times.",
    "I wonder whether the same approach would work for the archive.",
    "Whether or not the timing works out, I have learned a great deal.",
    "I hope to hear about the next steps soon.",
    "When would be a good time to follow up on the timeline?",
    "I was told the panel would meet on Thursday to review all candidates.",
    "The recruiter mentioned you are still speaking with candidates this week.",
    "If the role moves forward, I would be keen to help with hiring the rest of the team.",
    "If I get the chance to join, I would start with the reporting backlog.",
    "In case I am shortlisted, I am available for a presentation on any weekday.",
    "If my application moves ahead, I can share two further references.",
]

# --- negative ------------------------------------------------------------------

NEGATIVE_LINES = [
    # impatience at their silence
    "I'm surprised no one has responded yet.",
    "I'm a little surprised I haven't heard anything since the interview.",
    "It has now been three weeks and I still have no answer.",
    "I expected to hear back by now.",
    "I thought I would have heard something by this point.",
    "It is disappointing not to have had any reply.",
    "Two weeks of silence is a long time to keep a candidate waiting.",
    "I find it odd that nobody has been in touch.",
    "Frankly, I expected a faster response from a company of your size.",
    "I've been checking my inbox every hour for your reply.",
    "I'm still waiting for the feedback you promised.",
    "It seems my application has fallen through the cracks.",
    "I hope my application hasn't been forgotten.",
    "Surely a decision should have been made by now.",
    "It's been ages since the interview.",
    "I was told I'd hear back within a week, and it has been a month.",
    "You said you would get back to me on Monday, and you didn't.",
    "I'm not sure why it is taking so long.",
    "I would have appreciated the courtesy of an update.",
    "A simple yes or no would have been nice by now.",
    "Is anyone actually reading my emails?",
    "I'm starting to wonder if anyone is there.",
    "I feel like I'm being ignored.",
    "I'd expected better communication after four rounds of interviews.",
    "Silence after a final round is rather discouraging.",
    "I am yet to receive any reply despite my repeated mails.",
    "Till now I have not received any communication from your end, which is not fair.",
    "It is quite unprofessional to leave candidates without a reply.",
    # counting one's own messages, badgering
    "I've now emailed you three times.",
    "This is my fourth message about the role.",
    "I have left you several voicemails this week.",
    "I'm following up on my last two emails, which went unanswered.",
    "Just bumping this to the top of your inbox again.",
    "Did you get my previous emails?",
    "I sent a note last Tuesday and another on Friday, and I'm writing once more.",
    "I'll keep calling until I reach you.",
    "I will check in again every few days until I hear back.",
    "Here is yet another follow-up from me.",
    "Sorry to chase again, but I still need an answer.",
    "I've tried your mobile a few times now.",
    "Resending my earlier message in case it was missed, again.",
    "I wrote on the 3rd, the 10th and the 17th.",
    "As I have already asked twice, please update me.",
    "I'm going to keep following up until someone replies.",
    "Please respond to this mail, as my earlier mails are still unanswered.",
    # competing deadline used to hurry them
    "I have another offer that expires on Friday, so I need to hear from you before then.",
    "Another company has made me an offer, so please decide quickly.",
    "I have a competing offer and will have to accept it unless I hear from you this week.",
    "I have to give another employer my answer by Monday, so a quick decision would help me.",
    "I'd appreciate a decision soon, as I'm weighing another offer.",
    "I've had an offer from a competitor, so time is short.",
    "Please be aware that I am close to accepting a role elsewhere.",
    "If I don't hear by Thursday, I will assume the answer is no and sign elsewhere.",
    "I can only hold off the other company until Wednesday.",
    "Another firm wants an answer from me tomorrow, so could you speed things up?",
    "Kindly expedite the process, as I have another offer in hand.",
    "I'm being pressed by another employer, so I'd be grateful for your answer within two days.",
    "Just so you know, I have other interviews lined up and won't be available for long.",
    "Other companies are interested in me, so I hope you move fast.",
    # pressure
    "I need your answer by tomorrow.",
    "Please get back to me by end of day.",
    "I need to know one way or the other this week.",
    "Could you please hurry up the decision?",
    "I would like a decision within 48 hours.",
    "Please decide as soon as possible.",
    "I expect a reply by Friday at the latest.",
    "Kindly revert at the earliest, as I cannot wait longer.",
    "I can't wait much longer for an answer.",
    # desperation
    "I can't afford to lose this chance.",
    "I'm begging you to give me this opportunity.",
    "This job is my last hope.",
    "I have been out of work for a year and I desperately need this role.",
    "Please, I will do anything to get this position.",
    "I will take any salary if you give me the job.",
    "My family is depending on me getting this job.",
    "I'm not sure what I'll do if I don't get this.",
    "Please don't turn me down.",
    "I really, really need this opportunity.",
    "I am in a very difficult financial situation and this job would save me.",
    "I would be devastated if I didn't get the role.",
    "I'll be heartbroken if the answer is no.",
    "Getting this offer means everything to me right now, I have nothing else.",
    "I'm running out of savings, so I need this to work out.",
    "I would work for free for the first month just to get in.",
    "Give me a chance and you won't regret it, I am desperate.",
    # a dig at a current or former boss, tucked inside a compliment
    "Unlike my current manager, you actually listen to your engineers.",
    "It was refreshing to meet a leader who isn't as clueless as mine.",
    "Your team seems so organised compared with the chaos at my current job.",
    "It was great to meet a manager who respects people, which is rare where I work now.",
    "I loved how supportive your team is, nothing like my last boss.",
    "Finally, a company that plans ahead, unlike the one I'm at.",
    "Your approach to feedback is so much healthier than my current employer's.",
    "It was a relief to talk to someone who knows what they're doing, after two years under my director.",
    "You clearly value your staff, which my present company never has.",
    "After years of broken promises at my firm, your honesty stood out.",
    "Your code reviews sound thoughtful, not like the rubber stamping my old lead did.",
    "It's nice to see a hospital where the managers actually care about nurses.",
    "I appreciated your openness, which is more than I get from my own manager.",
    "Your newsroom sounds far better run than mine, where nobody edits anything.",
    # complaints about the employer's own process
    "The scheduling of the interviews was a bit of a mess.",
    "I felt the technical test was unfair and far too long.",
    "The panel seemed unprepared and had not read my CV.",
    "I was kept waiting in reception for forty minutes, which was not ideal.",
    "The recruiter gave me the wrong address, so I was late through no fault of mine.",
    "Your online application system is really clunky.",
    "Honestly, four rounds of interviews seems excessive.",
    "The video call kept dropping, which made it hard to show my best.",
    "I didn't think the case study was a fair test of the role.",
    "The second interviewer seemed bored and checked his phone throughout.",
    "Your HR team has been slow and confusing to deal with.",
    "I was disappointed by how disorganised the day felt.",
    "The take-home assignment took me twelve hours, which is a lot to ask for free.",
    # complaints about past employers
    "My previous manager took credit for my work.",
    "My current company is badly run and I want out.",
    "I'm leaving because my boss is impossible to work with.",
    "My last employer treated its staff terribly.",
    "The leadership at my current hospital has no idea what it is doing.",
    "My team lead is a bully, which is why I'm looking.",
    "I'm tired of working for people who don't listen.",
    "My current role is a dead end with no support.",
    "My old agency underpaid everyone and overworked us.",
    "I can't wait to get away from my current manager.",
    "My former colleagues were lazy and I ended up doing everything.",
    "Where I work now, management changes its mind every week.",
    # self-pity and complaint
    "I'm sorry the interview went so badly, I was a wreck.",
    "I know I messed up the coding question.",
    "I was so nervous that I made a fool of myself.",
    "I have been rejected by so many companies that I've lost count.",
]
# Near misses: words that look negative, said plainly and kept clean.
NEGATIVE_NEAR = [
    "I need the role to include mentoring, so I was glad to hear about the buddy scheme.",
    "I need the role to be hybrid because of my commute, and it sounds like it is.",
    "I understand that you are busy, so there is no rush on my account.",
    "I know how hectic hiring season can be.",
    "My previous manager taught me most of what I know about incident reviews.",
    "My current employer has supported my studies, and I leave on good terms.",
    "I left my last job to care for my father, and I'm now ready to return.",
    "At my current company I reduced waiting times in the outpatient clinic by a third.",
    "The problem you described with late deliveries is one I've worked on before.",
    "The backlog you mentioned sounds like a good challenge.",
    "I enjoyed the challenge of the whiteboard exercise.",
    "The case study was demanding, and I learned a lot from it.",
    "I know the technical round was long, and I appreciate the time your engineers gave.",
    "I was nervous at the start, but your questions put me at ease.",
    "I realised after the interview that I could have explained the caching better, so here is a short note on it.",
    "One thing I'd add to my answer on the outage is how we wrote the postmortem.",
    "I was sorry to miss meeting Dana, and I hope she recovers soon.",
    "The legacy system you described is similar to the one I migrated last year.",
    "My current role has taught me a lot, and I'm now ready for a larger team.",
    "I'm looking for a role with more patient contact than I have now.",
    "I'm ready for a change of scale after five years at a small firm.",
    "I'm leaving my current job because the team is moving to Berlin and I'm staying in Dublin.",
    "Our team had a difficult quarter, and we came out of it with a better on-call rota.",
    "The hardest part of my last role was the winter surge, and it taught me triage.",
    "I understand the decision may take a few more weeks.",
    "I know the panel has several candidates to see.",
    "I'm sorry for the delay in sending my references.",
    "Apologies for the short notice on this call.",
    "Sorry I missed your call this morning.",
    "I hope the move to the new office has gone smoothly despite the weather.",
    "I'm following up on the timeline you gave at the end of our call.",
    "I'm writing to follow up on our conversation on Tuesday.",
    "I'm checking in, as you mentioned you hoped to decide by this week.",
    "I wanted to follow up briefly, as it has been two weeks since we spoke.",
    "I'm just following up on my note from last week, in case it was buried.",
    "I left a voicemail on Monday and wanted to follow up by email as well.",
    "I'll try you again on Thursday afternoon, or you can reach me on 07700 900123.",
    "Please call me back at your convenience on 555 0134.",
    "I'm happy to wait for the timeline you set.",
    "I'd be grateful for an update whenever one is available.",
    "I have an offer from another company, but this role remains my first choice.",
    "I have another interview on Friday, but I wanted you to know I'm most excited about this team.",
    "The deadline for the grant is Friday, which is why the team is so busy this week.",
    "The project had a tight deadline, and we shipped it on time.",
    "We worked under real pressure during the audit, and the process held up.",
    "Complaints from tenants fell by half after we changed the repairs process.",
    "The patients I cared for were often frustrated by the waits, and I learned to explain delays calmly.",
    "I worked on the incident where the payments system went down for six hours.",
    "The failure analysis of the bridge bearings was fascinating.",
    "The hiring process has been clear and friendly from the start.",
    "Your recruiter, Sam, was very helpful with the scheduling.",
    "The panel's questions were thoughtful and fair.",
    "Thank you for keeping the interview to the time you promised.",
    "The scheduling was easy thanks to your coordinator.",
    "I'm sorry to hear the team is short-staffed at the moment.",
    "I can imagine how demanding the holiday season is in the warehouse.",
    "Losing a key supplier must have been a shock, and your team's response impressed me.",
    "I was surprised and pleased by how much the team knew about my thesis.",
    "I was surprised by how quickly the prototype came together.",
    "I'm still thinking about your question on failure modes.",
    "It has been a while since we spoke, and I hope the season has gone well.",
    "I need to give notice of a month at my current job, so an April start would suit.",
    "I need a week's notice to arrange childcare for a second interview.",
    "I really need to thank you for the tour of the kitchen.",
    "I really enjoyed the chance to meet the team.",
    "I truly appreciate the time you gave me.",
    "I'd be sad to miss the chance to work with such a kind team, so I'm keen to stay in touch.",
    "I'm sorry I won't be at the open day.",
    "The role you described would stretch me, which is exactly what I want.",
]

# Bridge notes: the candidate was not chosen. Disappointment said plainly is honest.
BRIDGE_FINE = [
    "I was disappointed to hear that I wasn't selected, but I'm grateful for the chance to interview.",
    "I was disappointed by the news, and I appreciate you telling me personally.",
    "Of course I was disappointed, but I enjoyed every conversation with the team.",
    "While I was disappointed not to be chosen, I'd be glad to be considered for future roles.",
    "I'm disappointed, naturally, but I learned a great deal from the process.",
    "It was disappointing news, but I understand the decision.",
    "Although I'm sad not to be joining you, I hope our paths cross again.",
    "I was sorry to hear the role went to another candidate.",
    "Thank you for letting me know about your decision.",
    "I understand you chose a candidate with more clinical experience.",
    "I respect the decision and wish the new hire every success.",
    "If another role opens on the platform team, I would love to hear about it.",
    "I'd welcome any feedback that might help me in future applications.",
    "I hope we can stay in touch, and I'll keep following the studio's work.",
    "Please keep me in mind for any similar positions.",
    "I was hoping for a different outcome, but I'm glad I met the team.",
    "It stung a little, but your feedback was generous and useful.",
    "I'm naturally a bit disheartened, though I valued the conversations enormously.",
    "I'm disappointed, but I completely understand.",
    "Even though the answer was no, I'd apply again in a heartbeat.",
]
# Withdrawals: another offer is simply the reason.
WITHDRAWAL_FINE = [
    "I have accepted another offer, so I would like to withdraw my application.",
    "I've decided to accept another offer that is closer to home.",
    "I have accepted an offer elsewhere and must withdraw from the process.",
    "After a lot of thought, I have accepted another offer and am withdrawing my candidacy.",
    "I wanted to let you know that I've taken another position.",
    "I have received another offer that fits my family's plans, and I have accepted it.",
    "Another offer came through that matches my specialism, so I am withdrawing.",
    "I am withdrawing my application, as I have accepted a role at another hospital.",
    "I've accepted an offer from another firm and did not want to take up more of your time.",
    "Please withdraw my name from consideration, as I have accepted another role.",
    "I have signed with another company, so I will not be continuing in the process.",
    "An offer from another team came in this week, and I have decided to take it.",
    "I have decided to stay in my current role after a counter-offer, so I am withdrawing.",
    "My circumstances have changed, and I need to withdraw from the process.",
    "I am sorry to withdraw at this stage, and I hope it causes no trouble.",
    "It was a difficult choice, as I enjoyed meeting the team very much.",
    "I'd be glad to stay in touch and hope our paths cross again.",
    "I have accepted a competing offer, and I wish you every success in filling the role.",
    "I've chosen another offer that allows me to stay in Pune.",
    "Thank you again for your time, and I'm sorry not to be joining you.",
]

# --- informal ------------------------------------------------------------------

INFORMAL_LINES = [
    "I'm stoked about the role!",
    "The vibe was great.",
    "The vibes in the office were immaculate.",
    "You guys rock.",
    "Your team is legit the best I've met.",
    "That was a total blast.",
    "Catch you later!",
    "Hit me up if you need anything else.",
    "No probs if you need more time.",
    "Cheers mate, speak soon.",
    "Brill chat yesterday.",
    "I'm chuffed to bits you liked my portfolio.",
    "Ta very much for your time.",
    "Keen as to hear more.",
    "It was heaps good meeting the crew.",
    "I reckon I'd fit right in.",
    "The office is lit.",
    "Your data platform is sick.",
    "Loved chatting with y'all.",
    "Can't wait to hear back!!!",
    "Talk soon!",
    "Hope you're well :)",
    "Super pumped about this one.",
    "The interview was a lot of fun, haha.",
    "I totally nailed the design question, right?",
    "Gotta say, your team is amazing.",
    "Thanks a bunch for the chat!",
    "OMG, the rooftop garden was incredible.",
    "That was so cool.",
    "You folks are awesome.",
    "I'm so down to join the team.",
    "The coffee was fire.",
    "Big thanks for having me over.",
    "Hope the rest of your week is chill.",
    "I'm all in on this gig.",
    "The gig sounds like a dream.",
    "Ping me whenever.",
    "I had a whale of a time.",
    "Your boss seems like a cool dude.",
    "I'm over the moon, no cap.",
    "That dashboard was next level.",
    "Seriously, best interview ever.",
    "Your kitchen is wicked.",
    "Thanks heaps for the tour.",
    "Shoot me a text whenever.",
    "Happy to jump on a call, just holler.",
    "It was a real hoot meeting everyone.",
    "I'm fangirling a bit over your design system.",
    "Ok cool, thanks.",
    "K, talk later.",
    "Thanks again, you're a star!",
    "Love ya work.",
    "Sounds like a sweet deal.",
    "That was mega.",
    "Much love to the team.",
    "I'd be thrilled to bits to join the gang.",
    "The free snacks are a huge win, lol.",
    "Peace out.",
    "Later!",
    "Gonna send my references tonight.",
    "Wanna grab a coffee sometime?",
    "I've sent the refs over, lmk if you need more.",
    "Thx again for the chat.",
    "Your team is on fire!",
    "I'm hyped.",
    "The culture seems dope.",
    "Tbh I loved the whole day.",
    "Not gonna lie, the final round was tough.",
    "Honestly, you had me at remote Fridays.",
    "Ha, I'm still thinking about the pizza oven.",
    "Woohoo, what a day!",
    "Yay, I'm so excited!",
    "Awesome sauce.",
    "I'm totally digging the product.",
    "The product is slick af.",
    "You've got a cracking team, mate.",
    "That was bonkers good.",
    "Proper class, the whole thing.",
    "Hope all is gucci on your end.",
    "I'm a huge fanboy of your app.",
    "Just wanted to say ur team is great.",
    "See ya!",
    "Take it easy!",
    "Thanks, buddy.",
    "Hiya, just a quick one.",
    "Yo, thanks for the chat.",
    "Sup, hope your week's been good.",
    "Oi, loved the studio.",
    "The whole vibe of the studio was super chill.",
]
# Warm and plain, with words close to the slang: stays clean.
INFORMAL_NEAR = [
    "I really enjoyed our conversation!",
    "It was a pleasure to meet the whole team.",
    "I'm genuinely excited about the role.",
    "The atmosphere in the studio felt calm and focused.",
    "The team's energy was infectious.",
    "Thank you so much for your time today.",
    "Many thanks for showing me around the lab.",
    "I was delighted to hear about the mentoring programme.",
    "It was lovely to meet you and Priya.",
    "I'm very keen to contribute to the new product line.",
    "Your team's culture of written design reviews appealed to me.",
    "I had a wonderful time meeting everyone at the clinic.",
    "The kitchen tour was a highlight of my day.",
    "I'm thrilled to have been invited to the second round.",
    "Warm regards to the rest of the team.",
    "Please pass my thanks on to Jamal as well.",
    "It was great to hear about the cheerful chaos of launch week.",
    "I hope you have a restful weekend.",
    "The rooftop garden was a lovely surprise.",
    "I'm a big admirer of your design system.",
    "I enjoyed your story about the first gig the venue ever hosted.",
    "Your venue's gig calendar is impressive for a city of that size.",
    "The team's crew scheduling tool was impressive.",
    "I was fascinated by the fire safety work in the new wing.",
    "The sick leave policy you described is generous.",
    "Our cheer squad raised money for the children's ward last year.",
    "I was impressed by the cool-chain logistics for the vaccines.",
    "The cool room layout made a lot of sense.",
    "I'd be happy to jump in on the onboarding work straight away.",
    "The design sprint sounded like a lot of fun to run.",
    "It was fun to hear how the team names its releases.",
    "I laughed at the story about the printer, and I could picture the office.",
    "I am very much thankful for your kind time.",
    "I am looking forward for your kind response.",
    "Kindly do the needful regarding the reference forms.",
    "I learnt a lot from our discussion on ward staffing.",
    "I would be glad to revert with the documents by Monday.",
    "Please find attached my updated CV for your kind perusal.",
    "It was a great pleasure for me to meet with you.",
    "I am having five years of experience in payroll systems.",
    "Myself Ravi, and I interviewed for the data analyst role on Monday.",
    "I am really very happy that I got the opportunity to interview.",
    "Thanking you for the opportunity.",
    "Hope you are doing well.",
    "I hope you're keeping well.",
    "I hope this finds you well.",
    "Hello again, and thank you for the call on Friday.",
    "Good morning, and thank you for your time yesterday.",
    "Cheers to the team on the launch, which I saw in the news.",
    "I got a real sense of how much the nurses support each other.",
    "The whiteboard session was one of the best interview conversations I've had.",
    "Thank you, too, for the coffee and the tour.",
    "I'm so grateful for the chance to interview.",
    "I was so pleased to hear about the graduate scheme.",
    "That kind of ownership is exactly what I am looking for.",
    "It sounds like a great place to learn.",
    "I really appreciated your candour about the challenges.",
    "Best of luck with the launch next month!",
    "Have a lovely weekend!",
    "Thanks again, and speak soon.",
]

# --- fine: the ordinary sentences of each kind --------------------------------

FINE_BY_KIND: dict[str, list[str]] = {
    "thank_you": [
        "Thank you for taking the time to speak with me on Tuesday about the analyst role.",
        "Thank you for walking me through how the ward handles handovers.",
        "I enjoyed learning how your team replays events from the raw topic.",
        "Our conversation about the reading programme for Year 4 has stayed with me.",
        "Your point about writing the runbook before the alert was a useful one.",
        "I was struck by how the kitchen plans its menu around the Thursday market.",
        "Hearing about the grant portfolio review helped me see where I could contribute.",
        "I especially valued your description of how the legal team triages contract requests.",
        "The idea of pairing new nurses with a named mentor for six months appealed to me.",
        "I came away with a much clearer picture of the role.",
        "Your question about how I would price the pilot made me think.",
        "I have attached the short write-up on caching I mentioned.",
        "Since we spoke, I've read the paper you recommended on queue theory.",
        "I was glad to hear that the team writes design documents before building.",
        "The tour of the distribution centre showed me how much thought goes into the pick paths.",
        "I would bring five years of payroll experience to the role.",
        "My work on the flood model at the council would carry over well to your stormwater projects.",
        "I am confident I could help the team cut its month-end close by a day.",
        "I'd love to help build the accessibility review you described.",
        "Thank you again for the thoughtful conversation.",
        "It was a pleasure to meet you and to hear about the museum's plans for the east wing.",
        "I appreciated your honesty about the on-call load.",
        "The way you described the editorial meeting made me want to be in the room.",
        "Please thank Marcus for the code review example as well.",
        "I enjoyed hearing how the studio balances client work with its own games.",
        "Your explanation of the counterparty limits was the clearest I've heard.",
        "Learning about the pharmacy's new dispensing robot was fascinating.",
        "I was glad we had time to discuss the safeguarding training.",
        "It was good to see the site and meet the foremen.",
        "Thank you for a warm and candid conversation.",
        "I'm grateful for the time you and the panel gave me this morning.",
        "I enjoyed our discussion on measuring the impact of the food bank's new hours.",
        "Your thoughts on building trust with new volunteers stayed with me on the train home.",
        "The example of the newsroom's correction policy was a good one.",
        "I was pleased to learn the role includes time for research.",
        "Many thanks for the tour of the lab and for introducing me to Wei.",
        "I'm very grateful for your time yesterday.",
        "It was a pleasure meeting you and the team.",
        "Thank you for the opportunity to interview for the position.",
        "I enjoyed our conversation and learning more about the role.",
        "I'm excited about the possibility of joining your team.",
        "I believe my skills and experience make me a strong fit for the position.",
        "I look forward to the possibility of working together.",
        "I appreciate you considering me for the role.",
        "Thank you for your time and consideration.",
        "Please don't hesitate to contact me if you need any further information.",
        "It was great to learn more about the company and its culture.",
        "I remain very enthusiastic about the opportunity.",
    ],
    "send_references": [
        "As promised, here are my three references.",
        "Please find my references below, each of whom knows I'm applying.",
        "Dr Okafor supervised my placement on the cardiac ward and can speak to my clinical work.",
        "Jana Novak was my manager at Brightline for four years.",
        "My former head of department is happy to take a call any afternoon.",
        "Each of them expects to hear from you and is available this week.",
        "I've also attached the portfolio of site reports you asked about.",
        "Let me know if you would prefer written references instead.",
        "Mr Iyer can best speak to my work on the audit.",
        "She is best reached by email, as she works nights this month.",
        "I have told all three that you may be in touch.",
        "If you need a fourth reference from a client, I can arrange one.",
        "Kindly find below the contact details of my referees.",
        "I've included a line on how each referee knows my work.",
        "My referees are listed below with their phone numbers and the best times to call.",
    ],
    "check_in": [
        "I'm writing to check in on the timeline you mentioned at the end of our interview.",
        "You mentioned you hoped to decide by the end of the month, so I thought I'd check in.",
        "I remain very interested in the role and in the work on the patient portal.",
        "In the meantime, I finished the SQL course I mentioned, in case that's useful.",
        "Please let me know if there is anything else I can send.",
        "I'd be happy to provide more samples of my writing.",
        "I understand these things take time.",
        "I hope the launch went well last week.",
        "I'm still very enthusiastic about joining the team.",
        "Since we spoke, I've been thinking more about the onboarding flow you showed me.",
        "If the timeline has moved, I completely understand.",
        "I'm available for any further conversations that would help.",
        "I wanted to share a short article on warehouse slotting that reminded me of our talk.",
        "I know the team was preparing for the audit, so I hope it went smoothly.",
        "I'd be grateful for any update on the process when you have one.",
    ],
    "bridge": BRIDGE_FINE,
    "stay_in_touch": [
        "I hope the first quarter has gone well for the team.",
        "I saw the news about your new clinic in Leeds, congratulations.",
        "I've kept following the studio's work since we spoke in the spring.",
        "I recently finished a project on demand forecasting and thought of our conversation.",
        "If a role on the data team opens up, I would love to hear about it.",
        "I'd be glad to catch up over coffee if you're ever in Bristol.",
        "Congratulations on the award for the library redesign.",
        "I wanted to share the talk I gave at the conference, as it builds on what we discussed.",
        "I hope we can stay in touch.",
        "Please give my regards to the rest of the team.",
        "I've started a new role at the council, working on housing data.",
        "I'd love to hear how the migration to the new platform went.",
        "I'm still keen to work with your team one day.",
        "I thought you might enjoy this article on volunteer retention.",
        "Wishing you and the team a good end to the year.",
    ],
    "voicemail": [
        "Hello Priya, this is Alex Moreno, calling about the data engineer role.",
        "I wanted to thank you again for Tuesday's interview.",
        "I'm calling to check in on the timeline you mentioned.",
        "You can reach me on 07700 900123, or by email at alex@example.com.",
        "There's no need to call back if email is easier.",
        "Thanks, and have a good afternoon.",
        "I'll send a short email as well, so you have my details in writing.",
        "Hi Marcus, it's Sam Lee from Tuesday's interview.",
        "I'm still very interested in the role and happy to provide anything else.",
        "My number again is 555 0134.",
        "Just a quick call to say thank you for the tour.",
        "I'll follow up by email later today.",
    ],
    "withdrawal": WITHDRAWAL_FINE,
}

# Phrases that sound like a verdict but are about something else.
GENERAL_FINE = [
    "I enjoyed hearing about the new mentoring scheme.",
    "The team's approach to code review is one I'd like to learn from.",
    "Your plans for the second site sound exciting.",
    "I learned a lot from our conversation.",
    "I would be glad to contribute to the reporting work.",
    "I'm happy to share more about the project if helpful.",
    "The role sounds like a strong match for my background.",
    "I'd be delighted to discuss the role further.",
    "I appreciate your time and your insight.",
    "Thank you for the clear picture of the team's priorities.",
    "Best wishes for the product launch.",
    "I hope the rest of your week goes well.",
    "I'd like to add one thought to our discussion of the budget.",
    "I'm attaching the case study we talked about.",
    "My availability for next week is Tuesday or Thursday afternoon.",
    "I'd be glad to meet the rest of the team.",
    "I'm confident I could add value from the first month.",
    "I believe my background in retail analytics would help with the pricing work.",
]


# Short plain sentences: openings of calls, closings, asides. Short sentences
# have few words to go on, so the model must see many that are fine.
SHORT_FINE = [
    "This is Rhys Pritchard.",
    "This is Anjali Rao calling.",
    "Hi, it's Tom from Tuesday's interview.",
    "It's Maria Gonzalez here.",
    "My name is Kwame Asante.",
    "Thank you.",
    "Thank you again.",
    "Thanks again.",
    "Many thanks.",
    "With thanks.",
    "Best wishes.",
    "Speak soon.",
    "Have a good weekend.",
    "Take care.",
    "All the best.",
    "Good luck with the launch.",
    "I'm glad we met.",
    "I am glad we covered the rota!",
    "It's a great kitchen.",
    "It was a great day!",
    "What a lovely team.",
    "I loved the tour!",
    "Thank you so much!",
    "Congratulations on the award!",
    "That sounds exciting.",
    "It sounds like a great project.",
    "It was lovely to meet you!",
    "I'm still very keen on the role.",
    "I am still very keen on the role.",
    "I remain keen on the position.",
    "I'm still excited about the opportunity.",
    "The role is a great fit.",
    "See you on the 14th.",
    "I'll bring my portfolio.",
    "Noted, thank you.",
    "Understood.",
    "Happy to help.",
    "Of course.",
    "No problem at all.",
    "I hope that helps.",
    "Here it is.",
    "Please see attached.",
    "I attach my CV.",
    "The link is below.",
]

LINT_CORPUS = Path(__file__).parent.parent / "tests" / "lint_corpus"


def corpus_notes() -> list[Item]:
    """Every sentence of the good notes of tests/lint_corpus, as the linter reads them.

    Those notes were written as correct notes in many trades; their sentences
    are fine by definition (the linter's own corpus test checks them). Round
    seven adds, after them, the notes with a planted mistake that is not a
    tone code (spelling, too_long, generic, missing_name, duplicate): their
    sentences are fine in tone too.
    """
    import yaml

    from followup.writing.lint import Context, _Reading
    from followup.writing.note import parse_note
    from followup.writing.text import sentences

    out: list[Item] = []
    planted: list[Path] = []
    for folder in sorted(p for p in LINT_CORPUS.iterdir() if (p / "expected.yaml").exists()):
        expected: dict[str, list[str]] = yaml.safe_load((folder / "expected.yaml").read_text())
        for name in sorted(expected):
            if not name.startswith("good_") and not set(expected[name]) & TONE_CODES:
                planted.append(folder / name)
    for path in sorted(LINT_CORPUS.glob("*/good_*.txt")) + planted:
        note = parse_note(path.read_text("utf-8"), path.name)
        reading = _Reading(note, Context())
        for _, sentence in sentences(reading.core):
            text = " ".join(sentence.split())
            if len(text.split()) >= 2:
                out.append((text, note.kind.value, "fine"))
    return out


def _frame_items(rng: random.Random) -> list[Item]:
    items: list[Item] = []
    for obj in OUTCOME_OBJECTS:
        for frame in rng.sample(ASK_FRAMES, 4):
            items.append((frame.format(obj), rng.choice(FOLLOW), "asks_outcome"))
    for obj in PROCESS_OBJECTS:
        for frame in rng.sample(ASK_FRAMES, 5):
            items.append((frame.format(obj), rng.choice(FOLLOW), "fine"))
    return items


# Openers and closers that change the register without changing the meaning.
LEADS = [
    "",
    "",
    "",
    "Also, ",
    "On another note, ",
    "Separately, ",
    "Just to add, ",
    "Additionally, ",
    "To be honest, ",
    "By the way, ",
    "In any case, ",
    "One more thing: ",
]


def _lower_first(text: str) -> str:
    if text[:2] in ("I ", "I'") or text.startswith("I,"):
        return text
    return text[:1].lower() + text[1:]


def _varied(text: str, rng: random.Random) -> str:
    lead = rng.choice(LEADS)
    if not lead:
        return text
    return lead + _lower_first(text)


def _kinds_for(label: str) -> tuple[str, ...]:
    return FOLLOW if label != "fine" else ANY


def _near_kind(text: str) -> tuple[str, ...]:
    """The kinds a near miss of round three is written for."""
    if "withdraw" in text or "another role" in text:
        return ("withdrawal",)
    if "not to be selected" in text or "another candidate" in text:
        return ("bridge",)
    return FOLLOW


def _third(rng: random.Random) -> list[Item]:
    """Round three (corpus_third.py): each sentence under two kinds it fits."""
    out: list[Item] = []
    for texts, label, kinds in (
        (NEGATIVE_THIRD, "negative", FOLLOW),
        (ASKS_THIRD, "asks_outcome", FOLLOW),
        (INFORMAL_THIRD, "informal", ANY),
        (ASKS_THIRD_NEAR, "fine", FOLLOW),
        (INFORMAL_THIRD_NEAR, "fine", ANY),
        (FINE_THIRD, "fine", ANY),
    ):
        for text in texts:
            for kind in rng.sample(kinds, 2):
                lead = _varied(text, rng) if label == "negative" else text
                out.append((lead, kind, label))
    for text in NEGATIVE_THIRD_NEAR:
        kinds = _near_kind(text)
        for kind in rng.sample(kinds, min(2, len(kinds))):
            out.append((text, kind, "fine"))
    for text in BOILERPLATE + SPECIFIC:
        out.append((text, "thank_you", "fine"))
    return out


def fourth_texts() -> list[str]:
    """Every sentence of round four (corpus_fourth.py), as it appears in items()."""
    return [text for text, _, _ in _fourth(random.Random(4))]


def _fourth(rng: random.Random) -> list[Item]:
    """Round four (corpus_fourth.py): each sentence under two kinds it fits."""
    from corpus_fourth import ROUND

    return _each_under_two_kinds(ROUND, rng)


def fifth_texts() -> list[str]:
    """Every sentence of round five (corpus_fifth.py), as it appears in items()."""
    return [text for text, _, _ in _fifth(random.Random(5))]


def _fifth(rng: random.Random) -> list[Item]:
    """Round five (corpus_fifth.py): each sentence under two kinds it fits."""
    from corpus_fifth import ROUND

    return _each_under_two_kinds(ROUND, rng)


def _each_under_two_kinds(
    rounds: list[tuple[list[str], str, tuple[str, ...]]], rng: random.Random
) -> list[Item]:
    out: list[Item] = []
    for texts, label, kinds in rounds:
        for text in texts:
            for kind in rng.sample(kinds, min(2, len(kinds))):
                out.append((text, kind, label))
    return out


TESTS = Path(__file__).parent.parent / "tests"
# Round six: the first three held-out sets, scored across rounds until they
# no longer counted as unseen, are training data now. Round seven retires
# sets 4 and 5 the same way, round ten sets 6 to 8 (each scored once as
# held-out, then studied by the next round; a fresh blind set is never read here).
RETIRED_SIXTH = ("lint_heldout", "lint_heldout2", "lint_heldout3")
RETIRED_SEVENTH = ("lint_heldout4", "lint_heldout5")
RETIRED_TENTH = ("lint_heldout6", "lint_heldout7", "lint_heldout8")
RETIRED = RETIRED_SIXTH + RETIRED_SEVENTH + RETIRED_TENTH
TONE_CODES = {"asks_outcome", "negative", "informal"}


def _convert(folder: str) -> Any:
    """A retired set's convert.py (its mapping of the author's kinds)."""
    import importlib.util

    # The mapping of sets 3 on is shared (tests/lint_convert.py).
    shared = folder not in ("lint_heldout", "lint_heldout2")
    path = TESTS / "lint_convert.py" if shared else TESTS / folder / "convert.py"
    spec = importlib.util.spec_from_file_location(f"convert_{folder}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def retired_sentences(folders: tuple[str, ...] = RETIRED) -> list[Item]:
    """The labelled sentences of the retired sets, with their authors' labels,
    each under the kind its set's convert.py gives it (the first set has its
    author's kinds already; the second's author wrote no kind; from the third
    on, the author's kinds map onto the linter's)."""
    out: list[Item] = []
    for folder in folders:
        path = TESTS / folder / "sentences.jsonl"
        mapping = _convert(folder) if folder != "lint_heldout" else None
        for line in path.read_text("utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            label = "fine" if row["label"] == "ok" else row["label"]
            if folder == "lint_heldout":
                kind = row["kind"]
            elif folder == "lint_heldout2":
                kind = mapping.kind_of(row["text"])
            else:
                kind = mapping.KIND[row["kind"]]
            out.append((" ".join(row["text"].split()), kind, label))
    return out


def retired_notes(folders: tuple[str, ...] = RETIRED) -> list[Item]:
    """Every sentence of the retired sets' notes whose expected codes hold no
    tone code (clean, generic, spelling, too_long, missing_name): such a
    note's own sentences are all fine in tone, as its author labelled it. A
    note with a tone code is skipped: which sentence carries it is not pinned."""
    import yaml

    from followup.writing.lint import Context, _Reading
    from followup.writing.note import parse_note
    from followup.writing.text import sentences

    out: list[Item] = []
    for folder in folders:
        notes = TESTS / folder / "notes"
        expected: dict[str, list[str]] = yaml.safe_load((notes / "expected.yaml").read_text())
        for name in sorted(expected):
            if set(expected[name]) & TONE_CODES:
                continue
            note = parse_note((notes / name).read_text("utf-8"), name)
            reading = _Reading(note, Context())
            for _, sentence in sentences(reading.core):
                text = " ".join(sentence.split())
                if len(text.split()) >= 2:
                    out.append((text, note.kind.value, "fine"))
    return out


def retired_texts(folders: tuple[str, ...] = RETIRED_SIXTH) -> list[str]:
    """Every sentence that the retired `folders` (round six's RETIRED_SIXTH,
    round seven's RETIRED_SEVENTH or round ten's RETIRED_TENTH) add to items()."""
    if folders == RETIRED_TENTH:
        rows = items(eighth=False, ninth=False)
        return [t for t, _, _ in rows[len(items(retired10=False, eighth=False, ninth=False)) :]]
    rows = items(seventh=False, retired10=False, eighth=False, ninth=False)
    if folders == RETIRED_SIXTH:
        part = rows[
            len(
                items(retired=False, seventh=False, retired10=False, eighth=False, ninth=False)
            ) : len(
                items(retired7=False, seventh=False, retired10=False, eighth=False, ninth=False)
            )
        ]
    else:
        part = rows[
            len(items(retired7=False, seventh=False, retired10=False, eighth=False, ninth=False)) :
        ]
    return [t for t, _, _ in part]


def seventh_texts() -> list[str]:
    """Every sentence of round seven's hand-written corpus (corpus_seventh.py)
    as it appears in items()."""
    rows = items(retired10=False, eighth=False, ninth=False)
    return [
        t
        for t, _, _ in rows[len(items(seventh=False, retired10=False, eighth=False, ninth=False)) :]
    ]


def eighth_texts() -> list[str]:
    """Every sentence of round ten's hand-written corpus (corpus_eighth.py)
    as it appears in items()."""
    return [t for t, _, _ in items(ninth=False)[len(items(eighth=False, ninth=False)) :]]


def _key(text: str) -> str:
    return " ".join(text.lower().split())


def _retired(
    before: set[str], folders: tuple[str, ...], earlier: list[Item]
) -> tuple[list[Item], list[tuple[Item, str]]]:
    """The retired sets' items not already in the corpus (by text, whatever
    the kind), and those whose text was there (in `earlier`) under another label."""
    labels: dict[str, str] = {}
    for text, _, label in earlier:
        labels.setdefault(_key(text), label)
    out: list[Item] = []
    clashes: list[tuple[Item, str]] = []
    seen = set(before)
    for item in retired_sentences(folders) + retired_notes(folders):
        key = _key(item[0])
        if key in labels and labels[key] != item[2]:
            clashes.append((item, labels[key]))
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out, clashes


def _seventh(rng: random.Random) -> list[Item]:
    """Round seven (corpus_seventh.py): each sentence under two kinds it fits."""
    try:
        from corpus_seventh import ROUND
    except ImportError:  # not written yet
        return []
    return _each_under_two_kinds(ROUND, rng)


def _eighth(rng: random.Random) -> list[Item]:
    """Round ten (corpus_eighth.py): each sentence under two kinds it fits."""
    from corpus_eighth import ROUND

    return _each_under_two_kinds(ROUND, rng)


def _ninth(rng: random.Random) -> list[Item]:
    """Round twelve (corpus_ninth.py): each sentence under two kinds it fits."""
    from corpus_ninth import ROUND

    return _each_under_two_kinds(ROUND, rng)


def ninth_texts() -> list[str]:
    """Every sentence of round twelve's hand-written corpus (corpus_ninth.py)
    as it appears in items()."""
    return [t for t, _, _ in items(tenth=False)[len(items(ninth=False)) :]]


def _tenth(rng: random.Random) -> list[Item]:
    """Round thirteen (corpus_tenth.py): each sentence under two kinds it fits."""
    from corpus_tenth import ROUND

    return _each_under_two_kinds(ROUND, rng)


def tenth_texts() -> list[str]:
    """Every sentence of round thirteen's hand-written corpus (corpus_tenth.py)
    as it appears in items()."""
    return [t for t, _, _ in items()[len(items(tenth=False)) :]]


def _add_new(unique: list[Item], new: list[Item]) -> None:
    """Append the items of `new` whose text is not in `unique` already."""
    keys = {_key(t) for t, _, _ in unique}
    pairs: set[tuple[str, str]] = set()
    for text, kind, label in new:
        if _key(text) not in keys and (text, kind) not in pairs:
            pairs.add((text, kind))
            unique.append((text, kind, label))


def items(
    fourth: bool = True,
    fifth: bool = True,
    retired: bool = True,
    retired7: bool = True,
    seventh: bool = True,
    retired10: bool = True,
    eighth: bool = True,
    ninth: bool = True,
    tenth: bool | None = None,
) -> list[Item]:
    # Round thirteen's sentences come and go with round twelve's, so that every
    # earlier slice (items(ninth=False) and the like) stays what it was.
    tenth = ninth if tenth is None else tenth
    rng = random.Random(12)
    out: list[Item] = []
    out += corpus_notes()
    drafts = Path(__file__).with_name("drafts.jsonl")
    for row in drafts.read_text("utf-8").splitlines():
        item = json.loads(row)
        out.append((item["text"], item["kind"], "fine"))
    for text in SHORT_FINE:
        for kind in rng.sample(ANY, 3):
            out.append((text, kind, "fine"))
    for text in NEGATIVE_MORE:
        for kind in rng.sample(FOLLOW, 2):
            out.append((_varied(text, rng), kind, "negative"))
    for text in INFORMAL_MORE:
        for kind in rng.sample(ANY, 2):
            out.append((text, kind, "informal"))
    for text in FINE_MORE:
        for kind in rng.sample(ANY, 2):
            out.append((text, kind, "fine"))
    out += _frame_items(rng)
    for text in OUTCOME_DIRECT:
        for kind in rng.sample(FOLLOW, 2):
            out.append((text, kind, "asks_outcome"))
    for text in PROCESS_FINE:
        for kind in rng.sample(FOLLOW, 2):
            out.append((text, kind, "fine"))
    for text in NEGATIVE_LINES:
        for kind in rng.sample(FOLLOW, 2):
            out.append((_varied(text, rng), kind, "negative"))
    # The same competing-offer sentence: pressure in a check-in, the reason in a withdrawal.
    for text in NEGATIVE_NEAR:
        for kind in rng.sample(FOLLOW, 2):
            out.append((text, kind, "fine"))
    for text in INFORMAL_LINES:
        for kind in rng.sample(ANY, 2):
            out.append((text, kind, "informal"))
    for text in INFORMAL_NEAR:
        for kind in rng.sample(ANY, 2):
            out.append((text, kind, "fine"))
    for kind, texts in FINE_BY_KIND.items():
        for text in texts:
            out.append((text, kind, "fine"))
            out.append((_varied(text, rng), kind, "fine"))
    for text in GENERAL_FINE:
        for kind in rng.sample(ANY, 3):
            out.append((text, kind, "fine"))
    # Kind decides: disappointment in a bridge note is honest; the same words
    # about their silence in a check-in are impatience. Another offer is the
    # reason in a withdrawal, and pressure in a check-in.
    for text in BRIDGE_FINE[:8]:
        out.append((text, "bridge", "fine"))
    for text in WITHDRAWAL_FINE[:12]:
        out.append((text, "withdrawal", "fine"))
    for text in NEGATIVE_LINES[45:59]:
        out.append((text, "withdrawal", "negative"))
    out += _third(rng)
    if fourth:
        out += _fourth(random.Random(4))
    if fifth:
        out += _fifth(random.Random(5))
    seen: set[tuple[str, str]] = set()
    unique: list[Item] = []
    for text, kind, label in out:
        if (text, kind) not in seen:
            seen.add((text, kind))
            unique.append((text, kind, label))
    if retired:
        unique += _retired({_key(t) for t, _, _ in unique}, RETIRED_SIXTH, unique)[0]
        if retired7:
            unique += _retired({_key(t) for t, _, _ in unique}, RETIRED_SEVENTH, unique)[0]
    if seventh:
        # Round seven's sentences, unless their text is in the corpus already.
        _add_new(unique, _seventh(random.Random(7)))
    if retired and retired10:
        # Round ten: sets 6 to 8, after everything earlier (so the earlier
        # slices of items() stay what they were).
        unique += _retired({_key(t) for t, _, _ in unique}, RETIRED_TENTH, unique)[0]
    if eighth:
        _add_new(unique, _eighth(random.Random(10)))
    if ninth:
        # Round twelve's sentences, last, so every earlier slice stays as it was.
        _add_new(unique, _ninth(random.Random(12)))
    if tenth:
        _add_new(unique, _tenth(random.Random(13)))
    return unique


def main() -> None:
    path = Path(__file__).with_name("corpus.jsonl")
    rows = items()
    with path.open("w", encoding="utf-8") as f:
        for text, kind, label in rows:
            f.write(json.dumps({"text": text, "kind": kind, "label": label}) + "\n")
    counts: dict[str, int] = {}
    for _, _, label in rows:
        counts[label] = counts.get(label, 0) + 1
    print(len(rows), counts)
    before = items(retired=False)
    added, clashes = _retired({_key(t) for t, _, _ in before}, RETIRED_SIXTH, before)
    print("round six (retired held-out sets 1-3):", len(added), "items added")
    before += added
    added7, clashes7 = _retired({_key(t) for t, _, _ in before}, RETIRED_SEVENTH, before)
    print("round seven (retired held-out sets 4-5):", len(added7), "items added")
    print("round seven (corpus_seventh.py):", len(seventh_texts()), "items added")
    before = items(retired10=False, eighth=False, ninth=False)
    added10, clashes10 = _retired({_key(t) for t, _, _ in before}, RETIRED_TENTH, before)
    print("round ten (retired held-out sets 6-8):", len(added10), "items added")
    print("round ten (corpus_eighth.py):", len(eighth_texts()), "items added")
    print("round twelve (corpus_ninth.py):", len(ninth_texts()), "items added")
    print("round thirteen (corpus_tenth.py):", len(tenth_texts()), "items added")
    for (text, kind, label), other in clashes + clashes7 + clashes10:
        print(f"  already in the corpus as {other}, the set says {label}: [{kind}] {text}")


if __name__ == "__main__":
    main()
