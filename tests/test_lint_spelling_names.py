"""Spelling on whole notes full of uncommon names, places and trade terms.

Correct notes (names with diacritics, Yoruba, Tamil, Polish, Māori, Irish,
Malay names, rare technical words, sign-offs in other languages, en-dash
compounds) raise no `spelling` finding; a note with one real typo still
raises it, also for a typo capitalised at the start of a sentence.
"""

from __future__ import annotations

import pytest

from followup.writing.lint import Code, lint
from followup.writing.note import parse_note

CLEAN = [
    "Subject: Thank you, Siobhán\n\nDear Siobhán,\n\nThank you for Tuesday's interview. "
    "Siobhán walked me through the debottlenecking work on the Fischer–Tropsch unit, and "
    "the piezometer readings you showed made the case well.\n\n"
    "Best regards,\nCiarán Ó Súilleabháin\n",
    "Dear Dr Wiśniewski,\n\nThank you for the conversation about pharmacovigilance. Wiśniewski "
    "and Małgorzata explained how anticoagulation signals are triaged.\n\nKind regards,\n"
    "Grzegorz Brzęczyszczykiewicz\n",
    "Kia ora Aroha,\n\nThank you for showing me the Ōtara site. The Tūhoe-Smith whānau project "
    "and the stormwater work in Whanganui were a highlight.\n\nNgā mihi,\nTama Tūhoe-Smith\n",
    "Dear Oluwaseun,\n\nThank you for the interview. Oluwaseun Adebayo-Ogunleye described the "
    "OSINT programme, and Chukwuemeka explained how analysts verify sources.\n\n"
    "Warm regards,\nNgozi Okonkwo-Eze\n",
    "Dear Karthikeyan,\n\nThank you for the time on Monday. Subramaniam and Thirunavukkarasu "
    "showed me the foraminifera samples from the core store.\n\nBest wishes,\n"
    "Lakshmi Venkataraman\n",
    "Dear Nurul,\n\nThank you for the interview in Shah Alam. Nurul Izzati binti Rahman and "
    "Wan Azizah explained the A-checks and C-checks the hangar runs each month.\n\n"
    "Best regards,\nMuhammad Hafiz bin Ismail\n",
    "Caro Joaquim,\n\nThank you for the interview about the refinery expansion. The "
    "hydrotreating unit and its debottlenecking study were fascinating.\n\n"
    "Com os melhores cumprimentos,\nJoão Gonçalves\n",
    "Estimada Ximena,\n\nThank you for the conversation about the Guadalajara plant. "
    "Your point about corrosion under insulation stayed with me.\n\nSaludos cordiales,\n"
    "Rodrigo Peñaloza\n",
    "Dear Niamh,\n\nThank you for the interview. Caoimhe and Niamh explained the "
    "geotechnical survey, and Niamh's notes on piezometers were very clear.\n\n"
    "Go raibh maith agat,\nSeán Mac Giolla Phádraig\n",
    "Dear Adaeze,\n\nThank you for Thursday. The pharmacokinetic modelling and the "
    "immunogenicity assays you described were new to me.\n\nBest regards,\nOluwatobi Adeyemi\n",
    "Dear Mr Ó Briain,\n\nThank you for the tour of the Cork–Dublin line depot. The "
    "signalling upgrade and its re-tendering were interesting.\n\nYours sincerely,\n"
    "Aoife Ní Bhriain\n",
    "Dear Priyanka,\n\nThank you for the interview. Ramanathan explained the "
    "hydrogeology of the aquifer and the lithostratigraphy of the borehole logs.\n\n"
    "Kind regards,\nSelvakumar Arumugam\n",
    "Dear Krzysztof,\n\nThank you for meeting me in Wrocław. Krzysztof and Agnieszka "
    "Wójcik described the SCADA migration and the OPC-UA gateways.\n\nBest regards,\n"
    "Paweł Szymański\n",
    "Dear Hēmi,\n\nThank you for the hui on Tuesday. Hēmi and Mereana described how "
    "the iwi co-design the Manukau programme.\n\nNgā mihi nui,\nRāwiri Pōtae\n",
    "Subject: Thank you, Babatunde\n\nDear Babatunde,\n\nThank you for the interview. "
    "Babatunde Olúwaṣeun described the Lagos–Ibadan corridor and its tolling.\n\n"
    "Regards,\nFolasade Akinwande\n",
    "Dear Tamarai,\n\nThank you for the interview. Your description of the "
    "pharmacovigilance database and its signal-detection rules was very clear.\n\n"
    "Best wishes,\nAnbarasan Kumaraswamy\n",
    "Dear Siti,\n\nThank you for the interview in Johor Bahru. Siti Aishah explained "
    "the ISO 55000 audit and the predictive-maintenance roll-out.\n\nTerima kasih,\n"
    "Faizal Rahim\n",
    "Dear Ms Kowalczyk,\n\nThank you for the interview. The debottlenecking of the "
    "crude unit and the piezometer network at the tank farm were both new to me.\n\n"
    "Z poważaniem,\nTomasz Zieliński\n",
    "Dear Chiamaka,\n\nThank you for Friday. Chiamaka Nwosu-Obi explained the "
    "anticoagulation clinic's audit, and Emeka described the nurse-led pathway.\n\n"
    "Best regards,\nIfeoluwa Balogun\n",
    "Dear Aroha,\n\nThank you for the interview. The foraminifera work and the "
    "micropalaeontology lab you showed me were a highlight.\n\nNgā mihi,\nMāia Te Rangi\n",
    "Dear Ibrahim,\n\nThank you for the interview. Your account of the A-checks on the "
    "ATR fleet and the MRO contract in Kota Kinabalu was very useful.\n\nSalam hormat,\n"
    "Zulkifli Hashim\n",
    "Dear Saoirse,\n\nThank you for the conversation about the Galway office. Saoirse "
    "and Pádraig explained the OSINT training and the open-source tooling.\n\n"
    "Le meas,\nDónal Ó Conchúir\n",
    "Dear Olumide,\n\nThank you for the interview. The Fischer–Tropsch pilot in "
    "Port Harcourt and its syngas clean-up were fascinating.\n\nBest regards,\n"
    "Temitope Ogunbiyi\n",
    "Dear Meenakshi,\n\nThank you for the interview. Meenakshi Sundaram explained the "
    "pharmacovigilance reporting in Chennai and the case-processing queue.\n\n"
    "Kind regards,\nVignesh Ilango\n",
    "Dear Zofia,\n\nThank you for the time on Wednesday. Zofia Wiśniewska described "
    "the piezometer array under the embankment.\n\nPozdrawiam,\nJakub Dąbrowski\n",
    "Dear Tane,\n\nThank you for the interview in Rotorua. The geothermal re-injection "
    "wells and the Ngāti Whakaue partnership were very interesting.\n\nMā te wā,\n"
    "Wiremu Tūhoe-Smith\n",
    "Dear Eilís,\n\nThank you for the interview. Eilís showed me the haemovigilance "
    "reports and the anticoagulation protocol.\n\nWith thanks,\nRóisín Ní Dhomhnaill\n",
    "Dear Yetunde,\n\nThank you for the interview. Yetunde Ọlátúndé explained the "
    "post-market surveillance and pharmacovigilance plans.\n\nBest,\nKẹ́hìndé Adéṣínà\n",
    "Dear Kavitha,\n\nThank you for the interview. The 2–3 week shutdown and the "
    "debottlenecking project in Tuticorin were a highlight.\n\nRegards,\nSenthil Murugan\n",
    "Dear Aziz,\n\nThank you for Monday. Your account of the Petaling Jaya data centre "
    "and its N+1 cooling was very clear.\n\nSalam sejahtera,\nNoor Azlina Mohd Yusof\n",
]

TYPOS = [
    "recieve",
    "intervew",
    "oppurtunity",
    "truely",
    "sincerly",
    "accomodate",
    "definately",
    "apreciate",
    "beleive",
    "interveiw",
    "wich",
    "untill",
    "greatful",
    "hopefuly",
    "disapointed",
    "experiance",
    "foward",
    "relevent",
    "sucess",
    "futher",
    "accross",
    "oppertunity",
    "intrested",
    "Febuary",
]


def spelling(text: str) -> list[str]:
    return [f.message for f in lint([parse_note(text, "note.txt")]) if f.code is Code.SPELLING]


@pytest.mark.parametrize("text", CLEAN, ids=[f"clean-{i}" for i in range(len(CLEAN))])
def test_correct_notes_full_of_names_and_terms_raise_no_spelling(text: str) -> None:
    assert spelling(text) == []


def typo_note(sentence: str) -> str:
    return (
        "Dear Siobhán,\n\nThank you for the interview with Tūhoe-Smith and Wiśniewski. "
        f"{sentence}\n\nNgā mihi,\nOluwaseun Adebayo\n"
    )


@pytest.mark.parametrize("typo", TYPOS)
def test_a_typo_mid_sentence_is_caught(typo: str) -> None:
    messages = spelling(typo_note(f"I was glad about the {typo} part of the day."))
    assert any(f"'{typo}'" in m for m in messages), messages


@pytest.mark.parametrize("typo", ["Definately", "Untill", "Truely", "Hopefuly", "Futher"])
def test_a_typo_capitalised_at_a_sentence_start_is_caught(typo: str) -> None:
    messages = spelling(typo_note(f"{typo} the debottlenecking study was the best part."))
    assert any(f"'{typo}'" in m for m in messages), messages


def test_a_typo_in_the_subject_line_is_caught() -> None:
    text = "Subject: Thank you for the intervew\n\n" + typo_note("It was a good day.")
    assert any("'intervew'" in m for m in spelling(text))


@pytest.mark.parametrize(
    ("sign_off", "typo"), [("Sincerly,", "Sincerly"), ("Best regrads,", "regrads")]
)
def test_a_misspelled_sign_off_is_caught(sign_off: str, typo: str) -> None:
    text = f"Dear Siobhán,\n\nThank you for the interview on Monday.\n\n{sign_off}\nTama Pōtae\n"
    assert any(f"'{typo}'" in m for m in spelling(text)), spelling(text)


def test_a_name_particle_and_a_name_at_a_sentence_start_are_names() -> None:
    text = (
        "Dear Hafiz,\n\nThank you for the interview. Subramaniam showed me the plant, and "
        "Nurul Izzati binti Rahman the control room.\n\nBest regards,\nAlex\n"
    )
    assert spelling(text) == []


@pytest.mark.parametrize(
    "ending",
    [
        "Ngā mihi nui\nAroha Tūhoe-Smith\n",
        "Com os melhores cumprimentos,\nJoão Silva\nEngenheiro de processos\nPetrobras\n"
        "+55 21 5555 0000\njoao.silva@example.com\n",
        "Saludos cordiales,\nAna María Pérez\nIngeniera de procesos\n",
    ],
)
def test_a_sign_off_in_another_language_over_a_signature_is_not_checked(ending: str) -> None:
    text = f"Dear Ana,\n\nThank you for the interview about the dewatering works.\n\n{ending}"
    assert spelling(text) == []


def test_a_short_name_at_a_sentence_start_is_not_a_word_without_its_capital() -> None:
    text = (
        "Dear Ana,\n\nThank you. Iyer and Ganesan walked me through the lidar survey and the "
        "dashcam telematics. Tiwari showed the thrombogenic risk work.\n\nCheers,\nAna\n"
    )
    assert spelling(text) == []


@pytest.mark.parametrize("name", ["Ravi", "Kemi", "Siti", "Noor", "Cian", "Deepa", "Hamid"])
def test_a_short_name_opening_a_sentence_is_a_name(name: str) -> None:
    text = f"Dear Ana,\n\nThank you for the interview. {name} explained the plant.\n\nBest,\nAna\n"
    assert spelling(text) == []


@pytest.mark.parametrize("typo", ["Teh", "Thnk", "Adn", "Waht", "Alot"])
def test_a_short_slip_opening_a_sentence_is_caught(typo: str) -> None:
    text = f"Dear Ana,\n\nThank you for the interview. {typo} plant was great.\n\nBest,\nAna\n"
    assert any(f"'{typo}'" in m for m in spelling(text)), spelling(text)


@pytest.mark.parametrize(
    ("greeting", "ending"),
    [
        ("Kia ora koutou,", "Ngā mihi,\nTama"),
        ("Dear Mr van der Merwe,", "Groete,\nPieter de la Cruz"),
        ("Dear Tama,", "Ngā mihi, Tama"),
    ],
)
def test_greetings_and_signatures_in_other_languages_are_names(greeting: str, ending: str) -> None:
    text = f"{greeting}\n\nThank you for the interview about the dewatering works.\n\n{ending}\n"
    assert spelling(text) == []


def test_a_slip_in_an_english_greeting_is_caught() -> None:
    text = "Good mornign Ana,\n\nThank you for the interview on Monday.\n\nBest regards,\nAna\n"
    assert any("'mornign'" in m for m in spelling(text))


def test_a_typo_in_a_postscript_after_the_signature_is_caught() -> None:
    text = (
        "Dear Ana,\n\nThank you for the interview on Monday.\n\nNgā mihi,\nTama Pōtae\n\n"
        "P.S. I will recieve the site induction pack on Friday, as you suggested.\n"
    )
    assert any("'recieve'" in m for m in spelling(text)), spelling(text)
