"""Wrong options a fan has to think about, and the genders and roles behind them.

Every text here is written for these tests: invented people, places and ships.
"""

from __future__ import annotations

from dataclasses import dataclass

from quizapp.generate.grammar import MONTHS, NUMBER_WORDS
from quizapp.generate.names import (
    CREW,
    PEOPLE,
    PERSON,
    PLACE,
    PUBLIC,
    Registry,
    learn,
)
from quizapp.generate.nlp import load_pipeline
from quizapp.generate.options import Pools, build_pools, wrong_options
from quizapp.generate.pipeline import learn_cast
from quizapp.generate.shapes import Fact, read_facts_of


@dataclass
class Reading:
    registry: Registry
    facts: list[Fact]
    pools: Pools

    def fact(self, prompt: str) -> Fact:
        return next(f for f in self.facts if f.prompt == prompt)

    def options(self, prompt: str) -> list[str]:
        return wrong_options(self.fact(prompt), self.pools, self.registry)

    def options_for(self, answer: str) -> list[str]:
        fact = next(f for f in self.facts if f.answer == answer)
        return wrong_options(fact, self.pools, self.registry)


def read(text: str, title: str = "Tidewater") -> Reading:
    docs = list(load_pipeline().pipe([text]))
    registry = learn(docs, title)
    sentences = [s for doc in docs for s in doc.sents]
    learn_cast(sentences, registry)
    facts = [f for i, s in enumerate(sentences) for f in read_facts_of(s, i, registry)]
    return Reading(registry, facts, build_pools(facts, registry))


FAMILY = (
    "Tidewater is a drama series created by Nell Orrin. "
    "The story follows Mara Quill (Tessa Lorne), a young pilot who has lost her ship. "
    "Ivo Pask plays Mara's father Dov, and Gilda Farrow plays her sister Wren. "
    "Hugo Marten plays the harbour master Bram, who lost his boat in a storm. "
    "Lida Senn plays the innkeeper's daughter Lise. "
    "Owen Brack plays Mara's uncle Tobin. "
    "Sela Vance plays the nun Sister Agathe. "
    "Corin Abbot plays the fisherman Mr Dunmore."
)


def test_gender_comes_from_nouns_titles_and_pronouns_and_passes_to_the_actor() -> None:
    registry = read(FAMILY).registry
    assert registry.gender("Wren") == "f"  # "her sister Wren"
    assert registry.gender("Sister Agathe") == "f"  # a title in the name
    assert registry.gender("Mr Dunmore") == "m"
    assert registry.gender("Bram") == "m"  # "who lost his boat"
    assert registry.gender("Mara Quill") == "f"  # "who has lost her ship"
    # Each actor has the gender the text shows for their character.
    assert registry.gender("Gilda Farrow") == "f"
    assert registry.gender("Tessa Lorne") == "f"
    assert registry.gender("Ivo Pask") == "m"
    assert registry.gender("Owen Brack") == "m"
    assert registry.gender("Lida Senn") == "f"


def test_a_role_the_text_shows_is_a_womans_gets_no_man_as_an_option() -> None:
    reading = read(
        "The story follows Mara Quill (Tessa Lorne), a young pilot who has lost her ship. "
        "Ivo Pask plays Mara's father Dov, and Gilda Farrow plays Mara's sister Wren. "
        "Owen Brack plays Mara's uncle Tobin. Corin Abbot plays the fisherman Mr Dunmore. "
        "Hugo Marten plays the innkeeper's father Bram. "
        "Lida Senn plays the innkeeper's daughter Lise. "
        "Nell Orrin plays the baker's daughter Ana. Dana Holt plays the smith's daughter Ula."
    )
    # Grown men (a father, an uncle, titled men) and the young women of the story.
    men = {"Ivo Pask", "Hugo Marten", "Owen Brack", "Corin Abbot"}
    women = {"Tessa Lorne", "Gilda Farrow", "Lida Senn", "Nell Orrin", "Dana Holt"}
    for actor in sorted(men | women):
        options = set(reading.options_for(actor))
        assert len(options) == 3, actor
        assert options <= (men if actor in men else women), actor


def test_a_parents_actor_is_offered_beside_grown_ups_and_a_leads_beside_the_young() -> None:
    reading = read(FAMILY)
    grown = {"Ivo Pask", "Owen Brack", "Sela Vance", "Corin Abbot"}  # father, uncle, titles
    young = {"Tessa Lorne", "Gilda Farrow", "Hugo Marten", "Lida Senn"}
    for actor in sorted(grown | young):
        options = set(reading.options_for(actor))
        assert options <= (grown if actor in grown else young), (actor, options)


def test_a_reflexive_pronoun_gives_its_subject_a_gender() -> None:
    registry = read(
        "Vera Lind wrote the first episode. In the finale, Vera Lind gives herself a cameo as a "
        "ferry passenger."
    ).registry
    assert registry.gender("Vera Lind") == "f"


def test_a_pronoun_after_a_first_name_the_tagger_took_for_a_place_gives_it_a_gender() -> None:
    registry = read(
        "The story follows Mara Quill (Tessa Lorne), who falls for classmate Jasper Reyes (Owen "
        "Brack). Ivo Pask plays Jasper's uncle Dov. Jasper and Mara take a ferry to Carrow. "
        "As Mara and Ana kiss, Jasper is bathed in blue light symbolising him finding his voice."
    ).registry
    # "Jasper" in the last sentence is tagged as a place: the cast read later says who it is.
    assert registry.gender("Jasper Reyes") == "m"
    assert registry.gender("Owen Brack") == "m"
    assert registry.gender("Carrow") is None


def test_a_pronoun_inside_a_quotation_says_nothing_of_the_speaker() -> None:
    registry = read('Dana Holt said, "He never wanted the lighthouse."').registry
    assert registry.gender("Dana Holt") is None


def test_a_ship_a_place_in_a_list_and_an_office_holder_are_typed_apart_from_the_crew() -> None:
    registry = read(
        "The pilots were picked up by the frigate Larkspur, where Mayor Alder Quint greeted them. "
        "The mission was planned by the flight director Cato Brenn. "
        "The series was sold to Norway, Chile, Peru and Tenvar Baleo."
    ).registry
    assert registry.fine_type("Larkspur", PERSON) not in PEOPLE
    assert registry.fine_type("Tenvar Baleo", PERSON) == PLACE
    assert registry.role("Mayor Alder Quint") == PUBLIC
    assert registry.role("Cato Brenn") == CREW


def test_the_maker_of_the_work_is_offered_beside_makers_or_asked_typed() -> None:
    few_makers = read(
        "Tidewater was directed by Ivo Pask, a film-maker from Vesh. "
        "The cast includes Tessa Lorne, Owen Brack, Lida Senn and Gilda Farrow. "
        "Senator Alder Quint and Governor Pell Ferro visited the set."
    )
    # Two makers are too few: no actor or politician stands in as a director.
    assert few_makers.options_for("Ivo Pask") == []
    more_makers = read(
        "Tidewater was directed by Ivo Pask, a film-maker from Vesh. "
        "Ivo Pask first worked with his brother on radio plays. "
        "The score was composed by Nell Orrin. Nell Orrin wrote it on his piano. "
        "The costume designer Hugo Marten dressed the cast. Hugo Marten made his name in opera. "
        "The script editor Dana Holt worked with the writers. Dana Holt lost his notes twice. "
        "The cast includes Tessa Lorne, Owen Brack, Lida Senn and Gilda Farrow."
    )
    options = more_makers.options_for("Ivo Pask")
    assert set(options) == {"Nell Orrin", "Hugo Marten", "Dana Holt"}


def test_a_surname_is_offered_beside_surnames_and_a_first_name_beside_first_names() -> None:
    reading = read(
        "The story follows Mara Quill (Tessa Lorne), Pell Ferro (Owen Brack), Ana Ruel (Lida "
        "Senn), Dov Tamsin (Ivo Pask) and Bram Hollis (Hugo Marten). "
        "In the second series, Pell leaves the island. "
        "Brack was praised for his performance."
    )
    for fact in reading.facts:
        options = wrong_options(fact, reading.pools, reading.registry)
        if fact.answer_type in PEOPLE and options and " " not in fact.answer:
            assert all(" " not in o for o in options), (fact.prompt, options)


def test_a_year_option_keeps_to_the_logic_of_its_sentence() -> None:
    reading = read(
        "The series opened in 1961. A sequel followed in 1964. The studio closed in 1990. "
        "The show first aired in 1959 and ended in 1962."
    )
    options = reading.options_for("1962")
    assert len(options) == 3
    assert all(int(o) > 1959 for o in options)


def test_who_plays_questions_do_not_all_offer_the_same_three_actors() -> None:
    reading = read(
        "The story follows Mara Quill (Tessa Lorne), Pell Ferro (Owen Brack), Ana Ruel (Lida "
        "Senn), Dov Tamsin (Ivo Pask), Bram Hollis (Hugo Marten), Wren Adler (Gilda Farrow), "
        "Lise Corran (Sela Vance), Tobin Reyes (Corin Abbot), Una Brisk (Nell Orrin) and Cato "
        "Brenn (Tomas Reed). " + _GENDERED
    )
    offered = [
        frozenset(wrong_options(f, reading.pools, reading.registry))
        for f in reading.facts
        if f.prompt.startswith("Who plays")
    ]
    assert len(offered) == 10
    assert all(len(o) == 3 for o in offered)
    assert len(set(offered)) >= 8


# The genders of the characters above, as a text shows them: options of people need them.
_GENDERED = (
    "Mara Quill sold her boat. Ana Ruel sold her boat. Wren Adler sold her boat. "
    "Lise Corran sold her boat. Una Brisk sold her boat. Pell Ferro sold his boat. "
    "Dov Tamsin sold his boat. Bram Hollis sold his boat. Tobin Reyes sold his boat. "
    "Cato Brenn sold his boat."
)


def test_a_date_option_is_never_a_date_of_its_sentence_and_keeps_its_order() -> None:
    reading = read(
        "The first series began in March 2019. The second series began in May 2021 and ended "
        "in July 2021."
    )
    ended = reading.options_for("July 2021")
    began = reading.options_for("May 2021")
    assert len(ended) == len(began) == 3
    assert "May 2021" not in ended
    assert "July 2021" not in began

    def number(date: str) -> int:
        name, year = date.split()
        return int(year) * 12 + MONTHS.index(name)

    assert all(number(o) > number("May 2021") for o in ended)
    assert all(number(o) < number("July 2021") for o in began)


def test_a_pair_of_names_is_offered_beside_other_pairs_all_different() -> None:
    reading = read(
        "The show was presented by Emma Hart and Jack Dunn. "
        "The judges were the baker Sarah Cole and the chef Tom Price. "
        "Later series were presented by Lucy Webb and Ben Ford. "
        "The spin-off was presented by Nora Vale and Tim Rusk. "
        "The holiday specials were presented by Ava Lund and Rob Kerr. "
        "The first series was won by Kate Marsh, and the second by Sam Lowe. "
        "Emma Hart wrote her memoirs. Lucy Webb wrote her memoirs. Nora Vale wrote her memoirs. "
        "Ava Lund wrote her memoirs. Jack Dunn wrote his memoirs. Ben Ford wrote his memoirs. "
        "Tim Rusk wrote his memoirs. Rob Kerr wrote his memoirs."
    )
    presenters = {"Lucy Webb", "Ben Ford", "Nora Vale", "Tim Rusk", "Ava Lund", "Rob Kerr"}
    fact = next(f for f in reading.facts if f.answer == "Emma Hart and Jack Dunn")
    options = wrong_options(fact, reading.pools, reading.registry)
    assert len(options) == 3
    assert all(" and " in o for o in options)
    names = [n for o in options for n in o.split(" and ")]
    assert len(set(names)) == len(names)
    assert set(names) <= presenters  # never a judge or a winner beside the presenters
    # Each pair is a woman and a man, as the answer is: no pair stands out by its genders.
    assert all(o.split(" and ")[0] in {"Lucy Webb", "Nora Vale", "Ava Lund"} for o in options)


def test_a_rating_keeps_its_scale() -> None:
    reading = read(
        "Sam Lowe gave the series a rating of 3/5. Dana Holt gave the series a rating of four "
        "out of five."
    )
    for answer, scale in (("four out of five", " out of five"), ("3/5", "/5")):
        options = reading.options_for(answer)
        assert len(options) == 3, answer
        assert all(o.endswith(scale) for o in options), options


def test_an_age_is_offered_beside_ages_a_few_years_off() -> None:
    reading = read(
        "Tidewater is a drama series. At the centre of the story is sixteen-year-old Mara Quill "
        "(Tessa Lorne), a keen sailor. A casting call was announced for a 15-year-old "
        "character named Wren Holt."
    )
    for answer, value in (("sixteen", 16), ("15", 15)):
        options = reading.options_for(answer)
        assert len(options) == 3, (answer, options)
        ages = [NUMBER_WORDS.get(o.lower()) or int(o) for o in options]
        assert all(0 < abs(age - value) <= 3 for age in ages), (answer, options)


def _shares(one: str, other: str) -> int:
    return len(set(one.replace(",", "").split()) & set(other.replace(",", "").split()))


def test_a_date_is_not_the_one_that_shares_most_or_least_with_its_options() -> None:
    reading = read(
        "The ferry Larkspur was launched at Port Vesh on 16 June 1931. "
        "Her sister ship was launched on 9 March 1930. The yard closed on 2 May 1947. "
        "The Tidewater ferry service began on 14 August 1933."
    )
    for answer in ("16 June 1931", "14 August 1933", "2 May 1947"):
        options = reading.options_for(answer)
        assert len(options) == 3, answer
        every = [answer, *options]
        shared = [sum(_shares(d, o) for o in every if o != d) for d in every]
        assert shared[0] <= max(shared[1:]), (answer, options)
        assert shared[0] >= min(shared[1:]), (answer, options)
        day_month = " ".join(answer.split()[:2])
        assert not any(o.startswith(day_month + " ") for o in options), (answer, options)


def test_a_year_is_neither_always_second_nor_an_extreme_of_its_options() -> None:
    reading = read(
        "The lighthouse at Carrow was built in 1871. The harbour wall was finished in 1902. "
        "The ferry Larkspur first sailed in 1925. The old pier burnt down in 1938. "
        "The museum opened in 1964. The island school closed in 1977. "
        "A new jetty was built in 1989. The last keeper left in 1996."
    )
    places = set()
    for fact in reading.facts:
        if fact.answer_type == "year":
            options = wrong_options(fact, reading.pools, reading.registry)
            assert len(options) == 3, fact.prompt
            places.add(sum(int(o) < int(fact.answer) for o in options))
    assert places == {1, 2}  # options on both sides, the answer second or third by turns


def test_a_figure_bounded_on_one_side_gets_no_options_that_could_also_be_true() -> None:
    reading = read(
        "More than 4,000 people queued for the premiere at Port Vesh. "
        "Over 300 boats took part in the regatta. The festival drew about 40 bands."
    )
    assert reading.options_for("More than 4,000") == []
    assert reading.options_for("Over 300") == []
    about = reading.options_for("about 40")
    assert len(about) == 3
    assert all(abs(int(o.split()[1]) - 40) >= 15 for o in about), about


CONTEST = (
    "Harbour Bake is a baking contest presented by the comedians Ada Brill and Una Senn and "
    "judged by the chef Ivo Marsh and the baker Pell Adler. "
    "The first series was won by Cora Lind. The second series was won by Mara Holt. "
    "The third series was won by Tessa Vane. The fourth series was won by Gilda Orr. "
    "Later Vesh One winners included Hana Roe in 2011 and Lise Dunn in 2012. "
    "Other Vesh Two winners include Owen Brack (2018) and Dana Holt (2019)."
)


def test_a_winner_is_offered_beside_winners_never_beside_presenters_or_judges() -> None:
    reading = read(CONTEST, title="Harbour Bake")
    presenters_and_judges = {"Ada Brill", "Una Senn", "Ivo Marsh", "Pell Adler"}
    for fact in reading.facts:
        if fact.answer in ("Cora Lind", "Mara Holt", "Tessa Vane", "Gilda Orr"):
            options = set(wrong_options(fact, reading.pools, reading.registry))
            assert not options & presenters_and_judges, (fact.prompt, options)
    judged = next(f for f in reading.facts if f.answer == "Ivo Marsh")
    assert not set(wrong_options(judged, reading.pools, reading.registry)) & {
        "Ada Brill",
        "Una Senn",
    }


def test_a_winner_filed_under_one_label_is_not_offered_under_another() -> None:
    reading = read(CONTEST, title="Harbour Bake")
    for fact in reading.facts:
        if fact.shape == "listed" and fact.answer in ("Hana Roe", "Lise Dunn"):
            options = set(wrong_options(fact, reading.pools, reading.registry))
            assert not options & {"Owen Brack", "Dana Holt"}, (fact.prompt, options)


def test_a_site_is_offered_only_beside_sites_of_its_own_kind() -> None:
    reading = read(
        "The probe Larkspur touched down in the Gulf of Vesh. The crew trained at the Tarn "
        "Space Centre. The capsule splashed down in the Carrow Ocean near the Marten Harbour."
    )
    landing = next(f for f in reading.facts if f.answer == "Gulf of Vesh")
    assert wrong_options(landing, reading.pools, reading.registry) == []


def test_a_bit_part_gets_no_lead_as_an_option() -> None:
    reading = read(
        "The story follows Mara Quill (Tessa Lorne) and Pell Ferro (Owen Brack). "
        "Mara sails north. Mara loses her ship. Pell finds Mara. Mara and Pell marry. "
        "Pell leaves. Mara returns. "
        "Ivo Pask plays the ferryman Dov, Hugo Marten plays the baker Tobin, Corin Abbot plays "
        "the smith Bram, and Lida Senn plays the nun Sister Agathe."
    )
    options = set(reading.options_for("Ivo Pask"))
    assert not options & {"Tessa Lorne", "Owen Brack"}, options


def test_an_option_the_prompt_rules_out_by_its_own_words_is_not_offered() -> None:
    reading = read(
        "The expedition's three-man crew was made up of Tomas Reed, Ivo Vell and Pell Adler. "
        "Dana Holt commanded the backup crew. "
        "The radio operator Cato Brenn spoke to them every night. "
        "The doctor Una Brisk checked them before the launch. "
        "The cook Sela Marr fed them. "
        "The pilot Owen Brack flew them home."
    )
    backup = next(f for f in reading.facts if f.answer == "Dana Holt")
    options = set(wrong_options(backup, reading.pools, reading.registry))
    assert not options & {"Tomas Reed", "Ivo Vell", "Pell Adler"}, options


def test_people_are_offered_only_where_the_text_shows_every_ones_gender() -> None:
    reading = read(
        "The story follows Mara Quill (Tessa Lorne), who has lost her ship, and Dov Tamsin "
        "(Ivo Pask), who has lost his boat. "
        "Gilda Farrow plays her sister Wren, and Owen Brack plays his brother Tobin. "
        "Lida Senn plays the innkeeper's daughter Agathe. Hugo Marten plays the fisherman Mr "
        "Dunmore. "
        "Corin Abbot plays Lise Corran. Sela Vance plays Bram Hollis. Nell Orrin plays Ana Ruel. "
        "Dana Holt plays Mara's sister Ula."
    )
    # The text never says who plays Lise or Bram: a reader would take a gender from the first
    # names, and three of one beside an answer of the other tells it. Typed.
    for answer in ("Corin Abbot", "Sela Vance", "Lise Corran", "Bram Hollis"):
        assert reading.options_for(answer) == [], answer
    # Known to be a woman, with three others known to be women: a choice, of women only.
    assert set(reading.options_for("Gilda Farrow")) == {"Tessa Lorne", "Lida Senn", "Dana Holt"}
    # Known to be a man, with only two other men known: too few, so typed, never a guess.
    assert len(reading.options_for("Ivo Pask")) < 3


def test_a_job_the_question_names_takes_others_of_that_job_only() -> None:
    reading = read(
        "The call was taken by the radio operator Una Brisk, while Cato Brenn was the flight "
        "director on duty. "
        "The emblem was designed by the pilot Tomas Reed. "
        "The poster was designed by the pilot Dana Holt. "
        "The film of the flight was directed by Ivo Vell. "
        "The pilot Pell Adler flew the lander, and the pilot Owen Brack flew the orbiter."
    )
    director = next(f for f in reading.facts if f.answer == "Cato Brenn")
    options = wrong_options(director, reading.pools, reading.registry)
    # Pilots who designed something are makers, but no directors: too few directors, typed.
    assert len(options) < 3 or not set(options) & {"Tomas Reed", "Dana Holt"}, (
        director.prompt,
        options,
    )


def test_a_year_option_stays_within_the_years_the_text_and_its_list_give() -> None:
    reading = read(
        "The Vesh Cup was first held in 1990. "
        "Early Vesh Cup winners included Ana Ruel in 1991, Dov Tamsin in 1992 and Lise Corran in "
        "1994. "
        "Later Tarn Cup winners included Bram Hollis in 2005, Mara Quill in 2006, Pell Ferro in "
        "2008 and Wren Adler in 2009. "
        "The cup won an award for its design in 1993. The last cup was held in 2010."
    )
    for fact in reading.facts:
        if fact.answer_type != "year":
            continue
        options = [int(o) for o in wrong_options(fact, reading.pools, reading.registry)]
        if fact.answer not in ("1990", "2010"):  # the first and last years may look beyond
            assert all(1990 <= o <= 2010 for o in options), (fact.prompt, options)
        if "Tarn Cup" in fact.prompt:
            assert all(2005 <= o <= 2009 for o in options), (fact.prompt, options)


def test_a_figure_has_options_on_both_sides_of_it() -> None:
    reading = read(
        "The ferry carried 240 passengers. The regatta drew 36 boats. The race lasted 7 hours. "
        "The harbour had 12 berths. The club was founded in 1889. The lighthouse was built in "
        "1871. The pier opened in 1902. The museum opened in 1925."
    )
    for fact in reading.facts:
        if fact.answer_type not in ("count", "year"):
            continue
        options = wrong_options(fact, reading.pools, reading.registry)
        value = int(fact.answer.split()[0])
        values = [int(o.split()[0]) for o in options]
        assert len(values) == 3, fact.prompt
        assert min(values) < value < max(values), (fact.prompt, options)


def test_a_figure_option_keeps_the_answers_number_of_digits() -> None:
    reading = read("An estimated 700 people watched the launch of the ferry Larkspur.")
    fact = next(f for f in reading.facts if "700" in f.answer)
    options = wrong_options(fact, reading.pools, reading.registry)
    assert len(options) == 3, options
    assert all(len(o.split()[-1]) == 3 for o in options), options  # never "1400"
    assert min(int(o) for o in options) < 700 < max(int(o) for o in options), options


def test_a_date_option_stays_within_the_dates_the_text_gives() -> None:
    reading = read(
        "The Harlow ferry service was announced in May 2014. Work on the pier began in "
        "September 2014. The first ferry sailed in June 2016. The ferry Larkspur was "
        "renamed in February 2017."
    )

    def number(date: str) -> int:
        name, year = date.split()
        return int(year) * 12 + MONTHS.index(name)

    for answer in ("September 2014", "June 2016", "February 2017"):
        options = reading.options_for(answer)
        assert len(options) == 3, answer
        # Never after the text's last date (a ferry renamed years after all it tells), nor
        # before its first; the last date itself may have options half a year beyond it.
        assert all(number("May 2014") <= number(o) for o in options), (answer, options)
        assert all(number(o) <= number("August 2017") for o in options), (answer, options)
    last = reading.options_for("February 2017")
    assert any(number(o) > number("February 2017") for o in last), last


def test_a_name_in_brackets_takes_no_gender_from_the_noun_after_it() -> None:
    registry = read(
        "The series follows Ana Ruel (Tessa Lorne), a shy schoolgirl who falls in love with her "
        "classmate Tomas Reed (Owen Brack), whom she meets on the ferry."
    ).registry
    # The parser hangs "(Owen Brack)" on "schoolgirl", which describes Ana, not Tomas's actor.
    assert registry.gender("Ana Ruel") == "f"
    assert registry.gender("Owen Brack") is None
    assert registry.gender("Tomas Reed") is None


def test_the_actor_of_a_character_the_prompt_names_is_not_an_option() -> None:
    reading = read(
        "The story follows Mara Quill (Tessa Lorne), who has lost her ship. "
        "Gilda Farrow plays Mara's sister Wren, and Dana Holt plays Mara's aunt Ula. "
        "Lida Senn plays the nun Sister Agathe."
    )
    sister = next(f for f in reading.facts if f.answer == "Gilda Farrow")
    assert "Mara" in sister.prompt
    # "Who plays Mara's sister Wren?": Mara's own actor is ruled out by the prompt's words,
    # which leaves too few women to offer: typed.
    options = wrong_options(sister, reading.pools, reading.registry)
    assert "Tessa Lorne" not in options, options


def test_a_name_given_with_its_owner_is_offered_only_beside_its_like() -> None:
    reading = read(
        "Tidewater is a drama series. The Harlow Courier's Pim Osk gave a rating of 3/5 and "
        "praised the lighting. Tidewater won the Lantern Award in 2022. The storm scenes were "
        "filmed at Carrow Point. The Vesh Gazette called it tender. Brightwave ordered a sequel."
    )
    critic = [f for f in reading.facts if "Courier's" in f.answer]
    assert critic
    for fact in critic:
        assert wrong_options(fact, reading.pools, reading.registry) == [], fact.prompt


def test_a_name_ending_in_a_common_noun_is_offered_beside_names_of_that_noun() -> None:
    reading = read(
        "Tidewater is a drama series. Tidewater won the Lantern Award in 2022. The series was "
        "nominated for the Bell Award in 2021. The series was nominated for the Gull Award in "
        "2023. The series was nominated for the Harlow Award in 2024. The storm scenes were "
        "filmed at Carrow Point. The Vesh Gazette called it tender. The Marten Courier praised "
        "it."
    )
    award = next(f for f in reading.facts if f.answer == "Lantern Award")
    # "What did Tidewater win?": awards, never a newspaper or a headland the text names.
    options = wrong_options(award, reading.pools, reading.registry)
    assert sorted(options) == ["Bell Award", "Gull Award", "Harlow Award"]


def test_nothing_of_the_subjects_own_is_dated_before_it_began() -> None:
    reading = read(
        "Harbour Lights is a drama series. Its first episode was broadcast on 4 March 2005. "
        "Having lost the Tarn Prize to Low Water in 2006, it won that prize in 2010. The story "
        "is set in 1988.",
        "Harbour Lights",
    )
    prize = next(f for f in reading.facts if f.answer == "2006")
    # A prize lost before the first episode was broadcast is ruled out by the text.
    options = wrong_options(prize, reading.pools, reading.registry)
    assert len(options) == 3
    assert all(int(o) >= 2005 for o in options), options


def test_no_date_option_of_a_later_event_falls_on_or_before_the_launch() -> None:
    reading = read(
        "The ferry Larkspur was launched on 12 May 1907. The Larkspur reached Port Vesh on "
        "19 May 1907. The Larkspur sank off Carrow on 3 June 1907. A memorial was unveiled on "
        "4 August 1908.",
        "Larkspur",
    )
    for answer in ("19 May 1907", "3 June 1907"):
        fact = next(f for f in reading.facts if f.answer == answer)
        options = wrong_options(fact, reading.pools, reading.registry)
        assert options, answer
        assert not {"12 May 1907", "7 May 1907", "1 May 1907"} & set(options), options
        assert all(not o.endswith(("April 1907", "March 1907")) for o in options), options


def test_a_relative_an_actor_plays_is_offered_beside_characters_never_a_real_person() -> None:
    reading = read(
        "The story follows Mara Quill (Tessa Lorne), who has lost her ship. Gilda Farrow plays "
        "Mara's mother Una, and Dana Holt plays Una's sister Ula. Sela Vance plays Mara's "
        "grandmother Wyn. Lida Senn plays Mara's aunt Bree. "
        "In the finale, Ada Strand makes a cameo as herself."
    )
    sister = next(f for f in reading.facts if f.answer == "Ula" and "sister" in f.prompt)
    options = wrong_options(sister, reading.pools, reading.registry)
    # Ula is someone an actor plays: a character, beside characters, not beside a person who
    # appears as herself.
    assert options
    assert not {"Ada", "Ada Strand"} & set(options), options
