"""Tenth hand-written round of the training corpus (round thirteen of issue
12; see corpus.py), written after set 12's one scoring, for the two kinds of
mistake studying it showed; its second pass after set 13's, and round
fourteen's lines (at the end) after set 14's.

Hand-written in new words, none taken from a published note, the seeds or a
held-out set (checked with `model/near_duplicates.py corpus_tenth` against
sets 1 to 13 before the build: one stock line came out a near match of set
13, written blind meanwhile, and was dropped). What studying set 12 showed:

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
