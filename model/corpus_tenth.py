"""Tenth hand-written round of the training corpus (round thirteen of issue
12; see corpus.py), written after set 12's one scoring, for the two kinds of
mistake studying it showed; its second pass after set 13's, and round
fourteen's lines after set 14's, and round fifteen's (at the end) after
set 15's.

Hand-written in new words, none taken from a published note, the seeds or a
held-out set (checked with `model/near_duplicates.py corpus_tenth` against
sets 1 to 13 before the build: one stock line came out a near match of set
13, written blind meanwhile, and was dropped; before round fifteen's build,
one of its lines came out a near match of set 16, written blind meanwhile,
and was dropped, as were two of corpus_ninth.py and three of
corpus_eighth.py near sets 16 and 17). What studying set 12
showed:

- a preference about the working pattern, stated with figures in an offer's
  reply ("four nights on and three off"), read by the tone model as
  impatience: figures of days and weeks there were learnt as time spent
  waiting. Shift patterns, rosters, days off and leave asked for politely
  are fine, in every kind they fit; the same words in a complaint (their
  silence about the rota, a demand) stay negative;
- form letters whose one sentence of any length is the writer praising
  themselves in stock words ("thrives under pressure", "a true team
  player", "goes the extra mile"), which the specificity model took for a
  detail of the conversation: such lines could close any thank-you. Against
  them, lines where the writer's own experience is tied to something the
  interviewer said, which are specific.

`ROUND` lists (sentences, label, the kinds they are written for); corpus.py
puts each sentence under two of them. `BOILERPLATE_10` and `SPECIFIC_10`
feed the specificity model (model/build.py `specific_items`).
"""

from __future__ import annotations

# --- fine: the working pattern asked for, with its figures ---------------------

FINE_PATTERN_10 = [
    "I would be glad to work the two-on, two-off rota if the team can fit me in.",
    "If it can be arranged, I would like my rest days to fall on Sunday and Monday.",
    "Would a pattern of three long days followed by four off be possible for me?",
    "I can work nights, though I would prefer no more than three in a row.",
    "My preference is for the early rota, starting at six and finishing at two.",
    "Could my first month be on days, before I move to the rotating shifts?",
    "I am happy with the five-on, two-off pattern you described.",
    "I would ask for one weekend in three off, if that fits the roster.",
    "Ideally I would work four ten-hour days rather than five shorter ones.",
    "I have a week's holiday booked in late March; could that be honoured?",
    "Would it be possible to take two days of unpaid leave in my first quarter for my graduation?",
    "I would like to keep Wednesday afternoons free for my part-time course, making the hours up on Friday.",
    "I can cover the Saturday clinics twice a month, as we discussed.",
    "I would prefer to be on call one week in four rather than every other weekend.",
    "Could we agree on two days a week from home once the training period ends?",
    "I am flexible on shifts, but would like to avoid back-to-back late and early turns.",
    "If possible I would start at eight and leave at four, to be home for school pick-up.",
    "Three nights on and four off would suit me best, if the rota allows it.",
    "I would be grateful if my annual leave could include the two weeks around Diwali.",
    "My only request is that the twelve-hour shifts are not scheduled more than four days running.",
    "I would like to confirm the pattern: seven days on the rig, then seven at home.",
    "Could I work compressed hours, nine days in every fortnight?",
    "I would prefer the Tuesday to Saturday week, which suits my family better.",
    "Two late finishes a week is fine by me, as long as they are planned ahead.",
    "Before I sign, may I check that the contract allows twenty-five days of leave plus bank holidays?",
    "I am keen to accept, and would only ask that my hours be thirty a week rather than thirty-seven.",
    "I'd prefer the four-on, four-off pattern you mentioned, if a place on it is free.",
    "Would the team mind if I swapped the Friday late for a Thursday one?",
]

# The same words about the pattern in a complaint, so that the rota itself is
# not what reads as fine: their silence about it, a demand, a dig.
NEGATIVE_PATTERN_10 = [
    "I asked about the shift pattern twice and still have no answer from anyone.",
    "Nobody has replied about my leave request, which I find rather frustrating.",
    "Four rounds of interviews for a night shift post seems excessive, to be honest.",
    "The rota you sent looks designed to wear people out, so I will pass.",
    "I will only sign if every weekend is off; otherwise there is no point continuing.",
    "It is disappointing that no one could tell me the working pattern before the offer.",
    "Frankly, expecting me to accept a roster nobody explained is a bit much.",
    "I have chased the question of my hours three times now without a reply.",
    "Unless the four-on, four-off pattern is guaranteed in writing by Friday, I will accept elsewhere.",
    "I was surprised that the manager could not even say which shifts I would be working.",
]

# --- fine: an idea that stayed with the writer "ever since" -------------------
# (the rebuild read "I have been thinking about it ever since" as impatience:
# "since" is waiting only when it is their silence that lasts)

FINE_SINCE_10 = [
    "I have been thinking about your question on the depot layout ever since.",
    "Your point about the waiting list has stayed with me ever since.",
    "Ever since the interview I have been reading about the new licensing rules.",
    "I have kept coming back to the case study since Friday.",
    "Since we spoke, I have looked further into the grant scheme you mentioned.",
    "I have been mulling over your idea for the reading scheme ever since we met.",
    "The sketch you drew of the loading bay has been on my mind ever since.",
    "I have thought about it a good deal since, and I am even keener on the work.",
    "I have been thinking it over ever since, and I like the idea more each time.",
    "It has stayed with me since Tuesday, in the best way.",
]

# --- fine: courtesies set 13 (studied after its one scoring) read as negative ---
# Telling them not to hurry, formal thanks again, and a claim to suit the post:
# none is impatience or a complaint.

FINE_COURTESY_10 = [
    "I know how busy the season is, so there is no need to reply until things calm down.",
    "Please don't feel you have to answer this straight away; I know the term has just begun.",
    "There is no rush at all to get back to me while the audit is on.",
    "I realise the team is stretched this month, so do reply whenever it suits you.",
    "No need to respond to this note; I only wanted to say thank you.",
    "Please do not worry about replying before the holidays are over.",
    "Please accept my thanks once again for your time.",
    "Kindly accept my sincere gratitude for the courtesy you showed me.",
    "I truly believe I would be a strong match for this position.",
    "I am convinced that I am the right person for this role.",
    "I honestly feel I would be an ideal fit for the post.",
    "Everyone at the firm must be stretched at quarter end, so reply whenever it is convenient.",
    "With the festival in full swing, please don't feel any pressure to write back soon.",
    "I appreciate how busy the newsroom is this week, so there is no hurry to respond.",
    "Given the year-end rush in the office, a reply can certainly wait until January.",
    "I know the ward is very busy just now, so please don't trouble yourself to answer quickly.",
    "I genuinely believe I am well suited to this position.",
    "I truly feel that I am a strong candidate for this post.",
    "I really do think I am the right candidate for this opening.",
]

# The same opening in passive aggression: "I know you are busy, but ...".
NEGATIVE_BUSY_10 = [
    "I know you are very busy, but three weeks without a word seems a long time.",
    "I realise the office is hectic, but surely someone could have replied by now.",
    "I know it is a busy time, yet I would have expected at least an acknowledgement.",
    "I understand how busy you are, but I am starting to wonder whether my application was read.",
    "Busy or not, a short reply would have been the courteous thing to do.",
    "I am sure you are swamped, but I have now written twice without an answer.",
    "I truly believe I deserve this role more than the other applicants.",
    "I am frankly the best candidate you will find, so I expect an offer.",
]

# --- informal: an interjection before glad news ---------------------------------
# (the product's own offer replies, "I am delighted to accept", joined the
# fine sentences this round: the cheer before them is what is casual)

INFORMAL_CHEER_10 = [
    "Yippee, I am delighted to accept the coordinator post!",
    "Hooray, I'm so pleased to say yes to the offer!",
    "Whoop whoop, count me in for the January start!",
    "Yay, I would love to accept the role!",
    "Wahey, that is the best news I have had all year!",
    "Get in, I'm over the moon to join the team!",
    "Woo, thanks so much for the offer, I accept!",
    "Booyah, I'm happy to confirm I'll take the job!",
    "Yesss, I accept, and I can start whenever you like!",
    "Wheee, what a lovely surprise, I am thrilled to say yes!",
]

# --- round fourteen (set 14 studied after its one scoring) ---------------------
# Its missed negatives were mostly digs at the process or the people folded
# into a withdrawal, a reply to a rejection or an offer's reply, and
# conditions put as threats; its false alarms a plain thanks for being kept
# informed. Written in new words.

NEGATIVE_PARTING_14 = [
    "If your team had answered within a month, I might well have chosen you instead.",
    "I have taken a post with an employer that actually respects an applicant's time.",
    "You may wish to know that slow replies like these cost you good people.",
    "I am withdrawing after how dismissively the finance director treated my answers.",
    "Perhaps my experience can serve as a lesson in how not to run a selection process.",
    "I will not be continuing, given how disorganised the whole process has been.",
    "Frankly, the silence after my second interview made the decision easy for me.",
    "I have accepted elsewhere, with a firm that managed to make up its mind in days.",
    "I wish you luck with the hire; whoever takes it on will have their hands full with that manager.",
    "I hope your new appointee is prepared for the chaos I saw on the ward.",
    "Congratulations to whoever got it, though I doubt they will last long under that workload.",
    "I trust the successful candidate was worth the four months everyone waited.",
    "Unless the salary is raised to match my current one, I see no reason to carry on talking.",
    "I will accept only if the sign-on bonus is paid in full before I start, with no exceptions.",
    "I am glad to accept, not least because it gets me away from a boss who takes credit for everything.",
    "Given how long this has taken, I expect the start date, at the very least, to be respected.",
    "I enjoyed the conversation, although a few of the questions seemed lifted straight from a manual.",
    "I am sure the panel will remember that I was the only one there with real site experience.",
    "Your team's enthusiasm was a breath of fresh air next to the indifference I deal with daily.",
    "It was nice to be asked proper questions for once, unlike at the last three firms that saw me.",
]

FINE_PARTING_14 = [
    "I have accepted another offer whose start date suits my family, so I must withdraw.",
    "After a good deal of thought I have chosen a role closer to home, and I wanted you to hear it from me first.",
    "Many thanks for updating me as things moved along.",
    "Thank you for keeping me in the loop while the panel met.",
    "I am grateful to have been kept up to date throughout.",
    "If the relocation package could be reviewed, I would be very glad to accept.",
    "Would it be possible to have the offer confirmed in writing before I hand in my notice?",
    "I am keen to accept, and would like to discuss whether the bonus could be paid in two parts.",
    "I hope the person you have chosen settles in quickly and enjoys the work.",
    "I wish your new colleague every success in the role.",
    "It was a pleasure to answer such thoughtful questions about the audit work.",
    "I particularly enjoyed your question about how I would handle the first month.",
    "I appreciate the regular updates.",
    "I appreciate you telling me where things stand.",
    "I really appreciate hearing how the search is going.",
    "I appreciate your keeping me posted.",
    "It is good of you to update me.",
    "I appreciate every update you have sent.",
    "I appreciate the clear timeline you gave me.",
]

# --- the specificity model: generic against specific ---------------------------

# The writer praising themselves in stock words: could close any thank-you.
BOILERPLATE_10 = [
    "I always give one hundred per cent to everything I take on.",
    "I pride myself on being reliable, organised and eager to learn.",
    "I am known for going above and beyond for my colleagues.",
    "My strong work ethic and positive attitude set me apart.",
    "I adapt quickly to new challenges and love a busy environment.",
    "I would be a real asset to your organisation from the first day.",
    "I am confident I would make a valuable contribution to the team.",
    "I bring enthusiasm, dedication and a can-do attitude to every role.",
    "I am detail-oriented, self-motivated and a great communicator.",
    "I am passionate about delivering excellence in all that I do.",
    "I believe my background makes me the ideal candidate for this opportunity.",
    "I work well both independently and as part of a team.",
    "I am a fast learner and always keen to take on more responsibility.",
    "I love a challenge and never give up until the job is done.",
    "I honestly think I'd nail this job and fit in with everyone straight away.",
    "I'm a super hard worker and get on with pretty much anybody.",
    "I know I'd crush it in this role and be a great addition.",
    "Everyone who has worked with me says I am a joy to have around.",
    "I thrive when there is a lot going on and deadlines are tight.",
    "I am results-driven and committed to continuous improvement.",
    "My people skills and drive would make me a strong fit.",
]

# The writer's own experience tied to what the interviewer said: specific.
SPECIFIC_10 = [
    "When you said the returns desk loses a day on every damaged pallet, I thought of the triage sheet I set up at Corran Freight.",
    "Your worry about the night team's handovers is one I met at St Aidan's, where a ten-minute huddle fixed most of it.",
    "Since you mentioned the audit of the Harwell contracts, I have been thinking about how I sorted a similar backlog last spring.",
    "The rise in missed appointments you described matches what we saw before we started text reminders at my practice.",
    "I was glad you asked about the kiln failures, because diagnosing those was most of my second year at the pottery.",
    "Your plan to train the warehouse pickers on the new scanners in pairs is how I would approach it too.",
    "Hearing that the translation memory has not been cleaned since 2019 made me think of the glossary project I led.",
    "The delays you described at the Gate 4 weighbridge sound like the queueing problem I modelled for the port of Tilbury.",
    "I enjoyed our exchange about whether the youth league should move its fixtures to Sunday mornings.",
    "Your point that the ward's agency spend doubled after the winter gave me a clearer picture of the role.",
]

ROUND: list[tuple[list[str], str, tuple[str, ...]]] = [
    (FINE_PATTERN_10, "fine", ("stay_in_touch", "check_in", "thank_you")),
    (FINE_SINCE_10, "fine", ("thank_you", "check_in", "stay_in_touch")),
    (NEGATIVE_PATTERN_10, "negative", ("stay_in_touch", "check_in", "withdrawal")),
    (FINE_COURTESY_10, "fine", ("thank_you", "check_in", "stay_in_touch")),
    (NEGATIVE_BUSY_10, "negative", ("check_in", "thank_you", "voicemail")),
    (INFORMAL_CHEER_10, "informal", ("stay_in_touch", "thank_you", "check_in")),
    (NEGATIVE_PARTING_14, "negative", ("withdrawal", "bridge", "stay_in_touch")),
    (FINE_PARTING_14, "fine", ("withdrawal", "bridge", "stay_in_touch")),
]

# --- round fifteen, after set 15's one scoring ----------------------------------
# Studying set 15 showed three kinds of courteous line read as negative:
# a reason given for asking about timing (the notice the writer must give,
# a visa, a lease), the writer's own frank word on a weak part of their
# interview inside a request for feedback, and a request made for the
# family's sake with a line that they understand if it cannot be done. Each
# is fine; against them, the same subjects turned into pressure, self-pity or
# guilt stay negative. Written in new words; none from a held-out set.

FINE_REASON_15 = [
    "I only ask because my present contract requires a month's notice.",
    "The reason I ask is that I would need to give my school a full term's notice.",
    "My current employer asks for six weeks' notice, so a rough date would help me plan.",
    "I mention this only because my visa paperwork takes about three weeks to process.",
    "It would help to know the likely start date, as my lease ends in March.",
    "I am asking because I would need to arrange childcare before my first day.",
    "My notice period is two months, which I wanted you to know in good time.",
    "Knowing the rough timing would let me tell my manager early, which I would like to do.",
    "I ask only so that I can give my team a fair handover.",
    "Since I would be moving from Leeds, an idea of the start date would help me look for a flat.",
    "My reason for asking is practical: the hospital needs a month to cover my shifts.",
    "I would be grateful for a sense of timing, as my partner's job also depends on where we live.",
    "A rough idea of the dates would help me plan my relocation from Cork.",
    "I have a week's notice to give at the café, so I can start whenever suits you.",
    "The only reason I ask is that my course finishes in June and I want to plan around it.",
    "I would need to sort out a work permit, so an early word on the start date would be useful.",
    "My current role has a notice period of twelve weeks, which I should have mentioned on the day.",
    "Could you tell me roughly when the start would be? My landlord needs a month's warning.",
]

FINE_OWN_WEAKNESS_15 = [
    "I would welcome your view on my case study, which I felt I rushed at the end.",
    "I know my answer on budgeting was not as clear as I wanted, and I would value any pointers.",
    "Any feedback on the practical task would help, particularly the welding, where I was slower than usual.",
    "I am aware my presentation ran a few minutes over, and I would be glad to hear how it came across.",
    "I suspect my answers on the new software were thin, so your thoughts there would be especially useful.",
    "Looking back, I could have given a better example of handling a complaint, and I am working on that.",
    "I would be grateful for comments on the coding exercise, which I know I did not finish.",
    "My sight-reading was shakier than I hoped, so any advice on that would be very welcome.",
    "I felt my second answer wandered, and I would appreciate knowing whether that was your impression too.",
    "If you have a moment, I would like to hear where my drawing test fell short.",
    "I realise my knowledge of the regulations was patchy, which I plan to put right this spring.",
    "I was nervous in the first few minutes, and I would value any feedback on how I could settle sooner.",
    "Your thoughts on my lesson plan would help, especially on the timing, which I misjudged.",
    "I know the spreadsheet task took me longer than it should have.",
    "My French was rustier than I expected during the call, and I have since booked a refresher course.",
]

FINE_FOR_FAMILY_15 = [
    "Would it be possible to finish at three on Fridays? I understand if not, but it would make the school run much easier.",
    "If the start could move to the fifth, it would let me settle my mother into her new home first.",
    "I appreciate this may not be workable, but a later start would help me with my son's nursery hours.",
    "I would be grateful if you could consider two days from home, as my father needs me nearby.",
    "I understand the rota is tight; if an early shift is ever free, it would help my family a great deal.",
    "My wife is due in August, so I would like to ask whether a start in September is possible.",
    "Please don't worry if it can't be done, but a four-day week would suit my caring duties.",
    "I hope it is not too much to ask whether I could avoid weekend shifts while my children are small.",
    "It would mean a lot to be able to start after the school holidays, if that works for the team.",
    "If there is any room on the start date, a week's delay would let me move my family over.",
    "I know it is a big request, but could the training week be in Glasgow rather than London?",
    "It would help my household enormously if the hours could be eight to four.",
]

FINE_KEPT_INFORMED_15 = [
    "Thank you for keeping me updated along the way.",
    "I am grateful to have been kept in the loop throughout.",
    "I appreciated the regular updates during the process.",
    "Thank you for letting me know where things stand.",
    "It was kind of you to keep me informed at each stage.",
    "I value the clear communication from your team throughout.",
    "Please don't feel you need to reply to this before the audit is over.",
    "There is no need to respond until the new term has settled.",
    "No reply is needed; I simply wanted to send the reference details.",
    "Please take whatever time you need over the decision.",
    "I quite understand that the board meets only once a month.",
    "Thanks for the note about the delay; it is no trouble at all.",
]

NEGATIVE_REASON_15 = [
    "Another company wants my answer by Monday, so I'd appreciate you speeding things up.",
    "If I do not hear by Wednesday I will have to accept the other offer.",
    "My notice period is long, so frankly this delay is costing me.",
    "I have put my own job search on hold for you, which I hope you appreciate.",
    "I can't keep my current employer waiting forever because of your process.",
    "I have been offered a post elsewhere, so unless you move quickly I will take it.",
    "Given I have other options, I would expect a decision from you this week.",
    "I need to know now, as I have turned down two interviews while waiting on you.",
]

NEGATIVE_OWN_WEAKNESS_15 = [
    "I know I completely blew the interview and I just can't bear to lose this chance.",
    "I was a total mess on the day, but please, I really need this job.",
    "I'm sure I failed the test, though to be fair nobody told me what it would cover.",
    "My answers were weak because the questions were frankly unclear.",
    "I know I was slow, but the task was unreasonable for the time you gave.",
    "I would have done better if the panel had not kept interrupting me.",
]

NEGATIVE_FOR_FAMILY_15 = [
    "My family is counting on this job, so I hope you will think carefully before saying no.",
    "I hope you understand that my children will suffer if this falls through.",
    "Please remember that my whole family's future depends on your decision.",
    "If you can't accommodate my hours, I really don't see how you call yourselves family-friendly.",
    "I have told my family I got this job, so please do not let me down.",
    "I am a single parent and I simply cannot afford to be turned down again.",
]

ROUND += [
    (FINE_REASON_15, "fine", ("check_in", "stay_in_touch", "thank_you")),
    (FINE_OWN_WEAKNESS_15, "fine", ("bridge", "thank_you", "check_in")),
    (FINE_FOR_FAMILY_15, "fine", ("stay_in_touch", "check_in", "withdrawal")),
    (FINE_KEPT_INFORMED_15, "fine", ("bridge", "check_in", "stay_in_touch")),
    (NEGATIVE_REASON_15, "negative", ("check_in", "stay_in_touch", "withdrawal")),
    (NEGATIVE_OWN_WEAKNESS_15, "negative", ("bridge", "thank_you", "check_in")),
    (NEGATIVE_FOR_FAMILY_15, "negative", ("stay_in_touch", "check_in", "bridge")),
]

# Words the tone model had learnt from complaints alone ("kept" waiting,
# "only" asking, "slower", "once more", "I understand if ... difficult"),
# here in courteous lines of every kind, so that the word alone no longer
# reads as a complaint; the complaints that use them stay in the corpus.
FINE_WORDS_15 = [
    "I appreciate being kept up to date.",
    "Being kept informed has made the wait easy.",
    "Thank you for keeping me posted on the shortlist dates.",
    "I appreciated being kept in the picture while the panel met.",
    "It was thoughtful of you to keep me updated.",
    "I am glad to be kept informed, and happy to wait.",
    "I appreciate you keeping candidates informed at every step.",
    "I have kept the notes from our conversation and reread them this week.",
    "I kept thinking about your point on stock rotation after I left.",
    "I have kept my diary free on the Thursday in case a second meeting suits you.",
    "Please accept my thanks once again.",
    "Once more, thank you for a very interesting afternoon.",
    "Let me thank you once more for showing me the dispatch floor.",
    "Once again, I appreciated the chance to meet the team.",
    "My appreciation once more for your kindness on the day.",
    "With my appreciation once again for your time.",
    "I understand if this is difficult to arrange.",
    "I understand if that cannot be done this year.",
    "I would understand if the budget does not allow it.",
    "I understand if the answer is no, and I will be happy either way.",
    "I quite understand if this is not possible.",
    "I understand it may be difficult, and I am grateful you will consider it.",
    "If that is difficult, I am happy to keep to the original date.",
    "I know this may be hard to fit in, so please say if it is not practical.",
    "I am only asking so that I can plan my move.",
    "I only mention it because the timing affects my notice.",
    "I only ask out of interest in how the team is structured.",
    "It is only a small request, and I am flexible if it cannot be met.",
    "My only question is about the parking arrangements.",
    "The only thing I would add is that I hold a forklift licence.",
    "I was slower on the mental arithmetic than I would have liked.",
    "My typing was a little slower than usual under the clock.",
    "I felt I was slower to answer the scenario questions than I wanted to be.",
    "I know my timing was slower than the others in the practical.",
    "My answer on safeguarding was slower to come than I would like.",
    "I was less fluent in the group exercise than I would have wished.",
    "I know I spoke too quickly at the start.",
    "I stumbled over the question about forecasting, and I have thought about it since.",
    "Which I realise was the weakest part of my presentation.",
    "Which I know I could have explained better.",
    "I realise I should have asked more about the team during the interview.",
    "It would help my family a great deal.",
    "That would make a real difference to my household.",
    "It would help me enormously with the school run.",
    "It would mean my partner could keep her job in Bristol.",
    "It would let me care for my grandmother on Sunday mornings.",
]

NEGATIVE_WORDS_15 = [
    "I have been kept waiting far too long without a word.",
    "I was kept in the dark for three weeks, which was disappointing.",
    "Once more I find myself chasing you for an answer.",
    "I understand you are busy, but this is becoming difficult to accept.",
    "I only ask because nobody else on your team bothers to reply.",
    "Your process is far slower than any other company I have applied to.",
]

ROUND += [
    (FINE_WORDS_15, "fine", ("check_in", "bridge", "thank_you", "stay_in_touch")),
    (NEGATIVE_WORDS_15, "negative", ("check_in", "bridge", "stay_in_touch")),
]

# --- round sixteen, after set 16's one scoring -----------------------------------
# Set 16's notes drew false alarms mostly from layout and other languages
# (mended in lint.py); of its sentences, a guilt-trip of having arranged one's
# life around their process was missed. Against it, the same arrangements
# offered plainly are fine.

NEGATIVE_ARRANGED_16 = [
    "I have rearranged my whole week for your process, so I expect the same courtesy in return.",
    "Having cancelled a holiday to be available, I trust you will not keep me waiting.",
    "I turned down other interviews for this, so I think I deserve a quick answer.",
    "I have put everything on hold for your company, and I hope that is respected.",
    "After all the time I have given this process, a reply is the least I can expect.",
    "I have gone out of my way to fit your schedule, and I would hope you can do the same.",
    "Since I have organised my life around your timetable, I am counting on you to honour it.",
]

FINE_ARRANGED_16 = [
    "I have kept next week free in case the panel would like to meet again.",
    "I have rearranged my shifts so that I can attend the assessment day on the ninth.",
    "I am happy to fit around the team's schedule for the next stage.",
    "I have cleared my diary for the Thursday you mentioned.",
    "I can move my other commitments if an earlier date suits the panel better.",
    "I have arranged cover at work so I can come in for the practical test.",
]

ROUND += [
    (NEGATIVE_ARRANGED_16, "negative", ("check_in", "thank_you", "stay_in_touch")),
    (FINE_ARRANGED_16, "fine", ("check_in", "thank_you", "stay_in_touch")),
]

# --- round sixteen, second pass, after set 17's one scoring ----------------------
# Set 17's missed negatives were mostly bitterness in a reply to a rejection
# (the panel's taste questioned, the effort spent thrown back at them, the
# winner pitied, a demand for reasons by a date, a fix suspected, sarcasm at
# the delay) and digs inside an acceptance. Written in new words; against
# them, disappointment and requests for feedback said graciously.

NEGATIVE_BITTER_16 = [
    "Clearly the panel values confidence on stage over years of doing the job.",
    "I spent three evenings on your assessment, so frankly this is a poor return.",
    "I wish the successful candidate luck; they will need it with that manager.",
    "Please send me a written account of why I was rejected by Friday.",
    "I suspect the post was promised to someone inside before I even applied.",
    "Thank you for eventually getting round to letting me know.",
    "It is a pity you judged me on a ten-minute presentation rather than my record.",
    "I took unpaid leave to attend, which makes this outcome hard to swallow.",
    "I hope whoever you chose is worth the wait you put the rest of us through.",
    "I expect a proper explanation, not a form email.",
    "Funny how the feedback never mentions the questions nobody could have answered.",
    "I accept the offer, though your payroll team clearly needs some training.",
    "I will take the job, and I am sure you will realise in time what a bargain I am.",
    "I accept, despite the contract arriving two weeks late with my name misspelled.",
    "Happy to accept, even if the salary is lower than I deserve.",
]

FINE_GRACIOUS_16 = [
    "I am disappointed, of course, but I understand the panel had a difficult choice.",
    "I put a lot into the case study and enjoyed it, so any feedback on it would be welcome.",
    "I wish the successful candidate every success in the role.",
    "If you have time, I would be grateful for a few words on how I could strengthen my application.",
    "I quite understand the decision, and I hope our paths cross again.",
    "Thank you for letting me know, and for the care you took in telling me.",
    "I was sorry not to be chosen, but I learnt a great deal from the assessment.",
    "Would it be possible to be considered for similar vacancies later in the year?",
    "I accept the offer with pleasure and look forward to meeting the payroll team.",
]

ROUND += [
    (NEGATIVE_BITTER_16, "negative", ("bridge", "stay_in_touch", "withdrawal")),
    (FINE_GRACIOUS_16, "fine", ("bridge", "stay_in_touch", "check_in")),
]
