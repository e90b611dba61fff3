"""Ninth hand-written round of the training corpus (round twelve of issue 12;
see corpus.py), written for the kinds of mistake sets 9 to 11 showed the
linter still misses inside a whole note once they were studied.

Hand-written in new words, none taken from a published note, the seeds or a
held-out set (checked with `model/near_duplicates.py corpus_ninth`: 12 of
the 271 sentences written came out near matches of sentences in sets 1 to
11, mostly stock courtesies such as "Please let me know if you need any
further documents from me", and were dropped before the build). What the
misses were: a mistake folded into an otherwise courteous sentence, after
", and", ";", ", which", a dash or ", although" (a dig at a present or
former employer, bitterness after a rejection, a competing deadline, an
outcome question); so each such mistake is written here both inside its
courteous sentence and as the bare clause the linter reads alone
(`lint._clauses`). And as many near misses that must stay fine: long
service and durations that are not waiting ("volunteers who have given for
thirty years"), "as you said" and "as we discussed" inside a sentence,
courteous second clauses (an offer to send something, a question of the
process), "a welcome change" that is about the work. Slang off the lists in
several Englishes. For the specificity model (`generic`): stock lines that
could close any thank-you ("hit the ground running", "a great fit for the
team", the department's "priorities" not named) against lines that name a
detail of the conversation.

`ROUND` lists (sentences, label, the kinds they are written for); corpus.py
puts each sentence under two of them. `BOILERPLATE_9` and `SPECIFIC_9` feed
the specificity model (model/build.py `specific_items`).
"""

from __future__ import annotations

from corpus_fourth import ANY, FOLLOW

# --- negative, folded into a courteous sentence --------------------------------

# A dig at a present or former employer inside a compliment.
NEGATIVE_DIG_9 = [
    "Thank you for the tour of the workshop, which felt a world away from the cramped benches I put up with now.",
    "Which felt a world away from the cramped benches I put up with now.",
    "I enjoyed meeting the crew; my present supervisor could learn a great deal from how you brief them.",
    "My present supervisor could learn a great deal from how you brief them.",
    "Your plans for the archive sound exciting, quite unlike the endless talk and no action at my current museum.",
    "Quite unlike the endless talk and no action at my current museum.",
    "It was lovely to see a kitchen so calm during service, a rare sight after the shouting I am used to at my present restaurant.",
    "A rare sight after the shouting I am used to at my present restaurant.",
    "I admired how openly your partners share the figures — my last firm kept us in the dark about everything.",
    "My last firm kept us in the dark about everything.",
    "Your team clearly trusts its engineers, and frankly that would be a relief after the micromanagement I get now.",
    "Frankly that would be a relief after the micromanagement I get now.",
    "Thank you for explaining the rota, which is far fairer than the mess my current ward manager produces each month.",
    "Which is far fairer than the mess my current ward manager produces each month.",
    "I loved the idea of monthly case reviews; my current head of department would never bother with anything like that.",
    "My current head of department would never bother with anything like that.",
    "The training budget you described is generous, especially compared with the pennies my present employer grudgingly hands out.",
    "Especially compared with the pennies my present employer grudgingly hands out.",
    "It was refreshing to meet a manager who listens, as my current boss rarely lets anyone finish a sentence.",
    "As my current boss rarely lets anyone finish a sentence.",
    "I appreciated seeing the new fleet, a big step up from the rust buckets my current depot makes us drive.",
    "A big step up from the rust buckets my current depot makes us drive.",
    "Your approach to client feedback impressed me, though it only reminded me how badly my present agency handles complaints.",
    "Though it only reminded me how badly my present agency handles complaints.",
    "Thank you for the chance to observe your lesson, which was nothing like the chaos my current school tolerates.",
    "Which was nothing like the chaos my current school tolerates.",
    "I was glad to hear the practice invests in its nurses; mine treats us as an afterthought.",
    "Mine treats us as an afterthought.",
    "The way you run handovers is impressive, and honestly a lot more competent than what my present team manages.",
    "Honestly a lot more competent than what my present team manages.",
]

# Bitterness, impatience or blame folded into a courteous sentence.
NEGATIVE_FOLDED_9 = [
    "Thank you for letting me know, although it is hard not to feel I was strung along for two months.",
    "Although it is hard not to feel I was strung along for two months.",
    "I appreciate the update, though I had hoped a firm your size would manage to reply sooner.",
    "Though I had hoped a firm your size would manage to reply sooner.",
    "I am grateful for the feedback; it would have been more useful before I turned down two other interviews.",
    "It would have been more useful before I turned down two other interviews.",
    "Thank you for the decision, which, after all the praise at the assessment day, came as a slap in the face.",
    "Which, after all the praise at the assessment day, came as a slap in the face.",
    "I enjoyed the interview, but I cannot pretend the four rescheduled dates did your process any credit.",
    "But I cannot pretend the four rescheduled dates did your process any credit.",
    "I am withdrawing my application — another employer, unlike yours, kept me informed at every step.",
    "Another employer, unlike yours, kept me informed at every step.",
    "Thank you for your time, and I trust the next candidate will not be left waiting as long as I was.",
    "I trust the next candidate will not be left waiting as long as I was.",
    "I remain interested in the post, though my patience with the silence is wearing thin.",
    "Though my patience with the silence is wearing thin.",
    "I wish the team well; it is a shame the panel did not read my application properly.",
    "It is a shame the panel did not read my application properly.",
    "Congratulations to the successful candidate, who I assume had connections I lack.",
    "Who I assume had connections I lack.",
    # The slowness of their process given as a jab in a withdrawal.
    "Frankly, the month of silence after my first interview made the choice simple.",
    "To be fair to myself, waiting five weeks for a second round settled it.",
    "Honestly, your process took so long that the other firm won by default.",
    "I will be candid: the endless gaps between your stages made it an easy call.",
    "The fact that nobody replied for three weeks told me all I needed to know.",
    "After two cancelled interviews, I am sure you understand why I have moved on.",
    "Truthfully, the way the process dragged on made accepting elsewhere a relief.",
    "Had your team kept to its own timetable, I might have waited.",
    "Your slow turnaround made my decision for me, to be perfectly honest.",
    "I must say the long wait between rounds did your organisation no favours.",
]

# A competing deadline or pressure folded into a courteous sentence.
NEGATIVE_PRESSURE_9 = [
    "I enjoyed our talk about the dairy trials, and I should add that I must give another company my answer by Thursday.",
    "I should add that I must give another company my answer by Thursday.",
    "Thank you again for your time; as another firm needs my decision this week, I would appreciate yours before then.",
    "As another firm needs my decision this week, I would appreciate yours before then.",
    "The role excites me, but I will have to accept a different offer unless I hear from you by Monday.",
    "But I will have to accept a different offer unless I hear from you by Monday.",
    "It was a pleasure to meet the partners, although I am holding another offer that expires at the end of the week.",
    "Although I am holding another offer that expires at the end of the week.",
    "Your team sounds wonderful — please bear in mind that a competing offer means I need to know within days.",
    "Please bear in mind that a competing offer means I need to know within days.",
    "I am keen on the post, and I would be grateful for a decision by noon tomorrow, when my other offer lapses.",
    "I would be grateful for a decision by noon tomorrow, when my other offer lapses.",
    "Thank you for a warm welcome at the clinic; I do need to hear soon, as I cannot keep another practice waiting much longer.",
    "I do need to hear soon, as I cannot keep another practice waiting much longer.",
    "I hope to join you, though I cannot afford to wait beyond Friday with rent to pay.",
    "Though I cannot afford to wait beyond Friday with rent to pay.",
]

# --- asking for the outcome, folded into a courteous sentence ------------------

ASKS_FOLDED_9 = [
    "I enjoyed hearing about the grid upgrade, and I would be glad to learn whether I made the cut.",
    "I would be glad to learn whether I made the cut.",
    "The site visit was a highlight; could you tell me if I am the one you are leaning towards?",
    "Could you tell me if I am the one you are leaning towards?",
    "Thank you for a thoughtful conversation, and do let me know if I came out ahead of the others.",
    "Do let me know if I came out ahead of the others.",
    "Your plans for the branch sound exciting, and I would love to hear whether the job is likely to be mine.",
    "I would love to hear whether the job is likely to be mine.",
    "It was a pleasure to meet the whole panel; may I ask whether I am still in the running for the post?",
    "I learned a lot about the lab's sequencing work, and I wonder whether my interview was strong enough to earn an offer.",
    "I wonder whether my interview was strong enough to earn an offer.",
    "Thank you for the tour, and I would be grateful to hear how I ranked among the candidates you saw.",
    "I would be grateful to hear how I ranked among the candidates you saw.",
    "I appreciated your candour about the budget — would you say I have a good chance of being appointed?",
    "I hope the rest of the interviews go smoothly, and that you can tell me soon if I have been chosen.",
    "That you can tell me soon if I have been chosen.",
    "Thank you for your kind words at the end; I am keen to know whether they mean the role is coming my way.",
    "I am keen to know whether they mean the role is coming my way.",
    "The case study was great fun, and I would be curious to hear if it put me at the top of your list.",
    "I would be curious to hear if it put me at the top of your list.",
    "I valued meeting your deputy, and would appreciate knowing whether the panel considers me the strongest applicant.",
    "Would appreciate knowing whether the panel considers me the strongest applicant.",
    "Many thanks for the interview, and please tell me frankly whether I should expect good news.",
    "It was good to talk through the audit plan; did my answers do enough to secure the post?",
    "Did my answers do enough to secure the post?",
    "Thank you for your patience with my questions, and I would welcome a word on whether you intend to appoint me.",
    "I would welcome a word on whether you intend to appoint me.",
    "Kindly let me know, as I am eager to hear, whether my candidature has been accepted.",
    "As I am eager to hear, whether my candidature has been accepted.",
]

# --- informal: slang off the lists -------------------------------------------------

INFORMAL_9 = [
    "Had a cracking chat with you yesterday about the depot.",
    "I was chuffed to bits to hear back so quickly.",
    "Loved having a good old chinwag about the new menu.",
    "Ta very much for squeezing me in this arvo.",
    "Could we catch up again tomorrow arvo?",
    "The team seemed proper sound, to be honest.",
    "Honestly the whole set-up looked heaps good.",
    "It was sweet as, meeting everyone at the yard.",
    "Chur for the tour, it was mean.",
    "The interview was lekker, thanks so much.",
    "That was a grand bit of craic in the interview room.",
    "I was well made up to get the call.",
    "Your office is dead posh, I must say.",
    "I'd be buzzing to get stuck in with the lads.",
    "Ta for having a yarn with me about the rota.",
    "The panel were ace, no word of a lie.",
    "Was well nice to natter about the kids' programmes.",
    "I reckon I'd fit in like a glove, no worries.",
    "Good on ya for giving me a shot at this.",
    "The workshop looked bonza from what I saw.",
    "Let's have a quick confab next week if you're free.",
    "Big ups to you and the crew for the warm welcome.",
    "That role is totes my jam.",
    "Sorry for the faff with the dates earlier.",
    "It was a right laugh chatting about the festival line-up.",
    "I'm dead keen to crack on with it.",
    "Cheers big ears for the feedback.",
    "The kitchen's well fancy, ngl.",
    "Hope the rest of your week is mint.",
    # An interjection opening an otherwise plain sentence.
    "Yay, I am so pleased to hear the news about the post!",
    "Yippee, I can't wait to start with the team on Monday!",
    "Whoop whoop, the signed contract is on its way back to you.",
    "Hooray, I'm very happy to say yes to the role!",
    "Huzzah, all three references have now been sent.",
    "Ooh, the new lab sounds like a brilliant place to work.",
    "Wowza, what a lovely surprise to get your call today.",
]

# --- fine: near misses that must stay clean ------------------------------------

# Long service, history and durations that are not waiting.
FINE_DURATION_9 = [
    "I would enjoy working with your volunteers, many of whom have helped for over thirty years.",
    "Many of whom have helped for over thirty years.",
    "The choir you described, which has sung at the cathedral for more than a century, sounds remarkable.",
    "Which has sung at the cathedral for more than a century.",
    "I was moved to hear about donors who have supported the hospice for twenty years or more.",
    "It was striking that some of your tenants have lived on the estate for four decades.",
    "Your longest-serving driver, who has been with the firm for twenty-six years, gave me a warm welcome.",
    "Who has been with the firm for twenty-six years.",
    "The bakery has supplied the same cafes for three generations, which says a great deal about its bread.",
    "Which says a great deal about its bread.",
    "I admired how the society has kept its records since 1890.",
    "Several of your customers, as you mentioned, have banked with you for half a century.",
    "Have banked with you for half a century.",
    "The maintenance contract has run for more than a decade without a serious failure, which is impressive.",
    "The mentoring scheme, which has now run for nine years, is something I would love to join.",
    "Your members, many of them farming the same land for generations, clearly value the advice service.",
    "The building has stood for two hundred years, and I would enjoy helping to care for it.",
    "I have worked in community pharmacy for fifteen years, mostly in rural branches.",
    "Some of the patients have attended the clinic for more than ten years, as you explained.",
    "As you explained, some of the patients have attended the clinic for more than ten years.",
    "I would be glad to work with your foster carers, some of whom have looked after children for over two decades.",
    "Your sponsors, several of whom have backed the festival for fifteen years, clearly trust the team.",
    "It was lovely to hear that your longest-standing donor has given every month for more than twenty years.",
    "Many of your growers have sold through the cooperative for more than three decades, which speaks well of it.",
    "The parish team, whose members have served for many years, sounds very welcoming.",
    "I could build on the loyalty of your subscribers, a good number of whom have read the magazine since the eighties.",
    "The volunteers at the food bank, some there for a decade or more, are clearly its strength.",
    "I would enjoy supporting your alumni, many of whom have stayed in touch for forty years.",
    "Your oldest client has banked with the branch for over half a century, which is a lovely story.",
    "The club's coaches, several of whom have given up their weekends for more than twenty years, deserve real support.",
    "It is impressive that the same family has run the mill for six generations.",
    "Your patrons have supported the gallery for more than two decades, and I would love to meet them.",
    "Some of the nurses on the ward have worked there for thirty years, as you told me.",
    "The stewards, many of whom have helped at the show since it began, sound like a great team.",
]

# "As you said", "as we discussed" inside a courteous sentence.
FINE_AS_SAID_9 = [
    "The new intake, as you said, will need a lot of support in the first term.",
    "You said, will need a lot of support in the first term.",
    "I would be glad to help the site team, who, as you mentioned, are stretched during harvest.",
    "As you mentioned, are stretched during harvest.",
    "The grant deadline, as we discussed, falls in early March, and I have drafted similar bids before.",
    "I could support the trustees, many of whom, as you noted, are new to the board.",
    "As you noted, are new to the board.",
    "The archive, as you put it, is the heart of the museum, and I would enjoy cataloguing it.",
    "The pilot, as you explained, depends on the council's funding being renewed.",
    "Your regular clients, as you pointed out, expect the same face each visit.",
    "As you pointed out, expect the same face each visit.",
]

# Courteous second clauses: an offer, a thanks, a question of the process.
FINE_SECOND_CLAUSE_9 = [
    "I enjoyed our talk about the flood models, and I would be glad to send the report I mentioned.",
    "I would be glad to send the report I mentioned.",
    "The tour was a highlight; I would be happy to share my lesson plans if that helps.",
    "I would be happy to share my lesson plans if that helps.",
    "Thank you for the clear outline of the next stage, and I look forward to the assessment day.",
    "I look forward to the assessment day.",
    "I appreciated meeting the finance team, and would love to know more about how month-end is organised.",
    "Would love to know more about how month-end is organised.",
    "It was great to see the new ward; could you tell me roughly when the panel expects to decide?",
    "Thank you for your time, and please let me know if you need any further documents from me.",
    "I enjoyed the case study — it is exactly the kind of problem I like to work on.",
    "It is exactly the kind of problem I like to work on.",
    "Your plans for the garden are inspiring, and I hope we can keep in touch whatever the outcome.",
    "I hope we can keep in touch whatever the outcome.",
    "The visit was a welcome change of scene, and I came away with plenty of ideas for the gallery.",
    "Seeing the calm of your theatre lists was a welcome reminder of why I chose this work.",
    "Which was a welcome reminder of why I chose this work.",
    "I am grateful for the detailed feedback you gave.",
    "I would be glad to join the team, as the role builds directly on my current work in triage.",
    "As the role builds directly on my current work in triage.",
    "My present manager has been very supportive, and I would bring the same spirit of teamwork with me.",
    "Unlike my current role, this one would let me work directly with patients, which I have wanted for some time.",
    "Unlike my current role, this one would let me work directly with patients.",
    "If I am offered the post, I could start after my four weeks' notice.",
    "I can confirm I am available for a second interview on any day next week.",
    "I would welcome feedback on my presentation, whatever the decision.",
    "Thank you for writing to tell me of the committee's decision, and for your generous comments.",
    "I am a quick learner and a steady pair of hands, so I would settle into the team quickly.",
    "I work hard, learn fast and get on well with people, which I think would help me fit in.",
    "I am reliable and organised, and I would expect to find my feet quickly.",
]

# The writer's apology for writing late (the product's own drafts say it in a
# clause after a semicolon): courteous, not impatience.
FINE_OWN_DELAY_9 = [
    "I am sorry not to have written sooner.",
    "I should have written sooner.",
    "Thank you for your time last week; I am sorry not to have written sooner.",
    "Thank you for meeting me on Monday, and I should have written sooner.",
    "Apologies for taking a few days to send this note.",
    "I am sorry this thank-you reaches you later than I meant it to.",
    "Forgive me for the delay in writing; the week ran away with me.",
    "I meant to write on Friday, so please excuse the late note.",
    "My apologies that this comes a little late.",
    "I am sorry to be slow in thanking you for the visit.",
]

# --- the specificity model: generic against specific ---------------------------

# Lines that could close any thank-you after any interview: generic.
BOILERPLATE_9 = [
    "I know I could hit the ground running in this role.",
    "I truly value the opportunity to be considered for the position.",
    "It was encouraging to hear about the team's priorities for the year ahead.",
    "I came away with a good sense of what the role involves.",
    "I enjoyed the exercise we worked on together during the interview.",
    "This is an area where I know I can add real value.",
    "I was impressed by everything I learned about the organisation.",
    "My skills and experience match what you are looking for.",
    "I appreciated the detailed overview of the duties and responsibilities.",
    "I was struck by the professionalism of everyone I met.",
    "I believe I have the right mix of skills to make an impact from day one.",
    "Our conversation confirmed that this would be the perfect next step in my career.",
    "I enjoyed hearing about the exciting projects the team has coming up.",
    "I hope my answers gave you a clear picture of my strengths.",
    "I am a hard worker and a quick learner, and I would fit right in.",
    "The role aligns perfectly with my experience and my career goals.",
    "I would bring energy, commitment and a positive attitude to the team.",
]

# Lines that name a detail of this conversation: specific.
SPECIFIC_9 = [
    "Your plan to move the night deliveries to the Beeston depot by spring is the kind of change I have run before.",
    "I keep thinking about the flood-risk map you showed me for the lower terraces.",
    "It was useful to hear that the rota clashes come from the Tuesday theatre list overrunning.",
    "Your question about reconciling the grant codes across the two ledgers made me rethink my answer.",
    "The way the ward tracks falls on the whiteboard by the nurses' station struck me as simple and effective.",
    "I enjoyed sketching the new seating plan for the reading room with you.",
    "Hearing that the bakery wants to double its rye output before Christmas made me keen to help plan the shifts.",
    "Your point about training the call handlers on vulnerable callers first was one I agree with.",
    "The pilot of weekend opening at the Millbrook branch sounds like a project I would enjoy running.",
    "I was glad to see how the robotic dispenser has cut the queue at the outpatient counter.",
    "Working through the drainage layout for the school extension was the best part of the afternoon.",
    "Your idea of pairing the apprentices with the senior fitters for their first month is one I would gladly support.",
]

ROUND: list[tuple[list[str], str, tuple[str, ...]]] = [
    (NEGATIVE_DIG_9, "negative", ("thank_you", "check_in", "stay_in_touch")),
    (NEGATIVE_FOLDED_9, "negative", ("bridge", "check_in", "withdrawal")),
    (NEGATIVE_PRESSURE_9, "negative", ("thank_you", "check_in", "voicemail")),
    (ASKS_FOLDED_9, "asks_outcome", ("thank_you", "check_in", "voicemail")),
    (INFORMAL_9, "informal", ANY),
    (FINE_DURATION_9, "fine", ANY),
    (FINE_AS_SAID_9, "fine", ANY),
    (FINE_SECOND_CLAUSE_9, "fine", FOLLOW),
    (FINE_OWN_DELAY_9, "fine", ("thank_you", "check_in")),
]
