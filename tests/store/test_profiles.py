import pytest
from sqlalchemy import text

from quizapp.core.players import PlayerNameError
from quizapp.store import Collection
from tests.store.conftest import play


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("", "Type a name"),
        ("   \t ", "Type a name"),
        ("x" * 41, "at most 40 characters"),
        ("BO", "already a player called 'Bo'"),
        (" bO ", "already a player called 'Bo'"),
    ],
)
def test_bad_new_names_say_why(bank: Collection, name: str, message: str) -> None:
    bank.players.add("Bo")
    ann = bank.players.add("Ann")
    with pytest.raises(PlayerNameError, match=message):
        bank.players.rename(ann.id, name)
    assert bank.players.named("Ann") == ann


def test_names_differing_only_by_unicode_case_folding_clash(bank: Collection) -> None:
    bank.players.add("Straße")
    with pytest.raises(PlayerNameError, match="already"):
        bank.players.add("STRASSE")


def test_rename_keeps_history_and_may_change_case(bank: Collection) -> None:
    round_id = play(bank, "Ann", "RRRR")
    ann = bank.players.named("Ann")
    assert ann is not None
    renamed = bank.players.rename(ann.id, "  ANN  ")
    assert (renamed.id, renamed.name) == (ann.id, "ANN")
    assert bank.rounds.record(round_id).player_name == "ANN"
    assert bank.players.rename(ann.id, "Annie Ö").name == "Annie Ö"


def test_deleting_a_player_removes_their_history_only(bank: Collection) -> None:
    play(bank, "Ann", "RRWW")
    bo_round = play(bank, "Bo", "RRRR")
    ann = bank.players.named("Ann")
    assert ann is not None
    bank.players.delete(ann.id)
    assert [p.name for p in bank.players.all()] == ["Bo"]
    with bank._engine.connect() as raw:
        assert raw.execute(text("SELECT count(*) FROM round")).scalar() == 1
        assert raw.execute(text("SELECT count(*) FROM answer")).scalar() == 4
        seen = text("SELECT count(*) FROM seen_question WHERE player_id = :id")
        assert raw.execute(seen, {"id": ann.id}).scalar() == 0
    assert [row.round_id for row in bank.stats.high_scores()] == [bo_round]


def test_a_player_is_found_by_id_until_deleted(bank: Collection) -> None:
    ann = bank.players.add("Ann")
    assert bank.players.get(ann.id) == ann
    bank.players.delete(ann.id)
    assert bank.players.get(ann.id) is None


def test_a_taken_name_reads_the_same_when_adding_and_when_renaming(bank: Collection) -> None:
    bank.players.add("Bo")
    ann = bank.players.add("Ann")
    with pytest.raises(PlayerNameError) as adding:
        bank.players.add(" bO ")
    with pytest.raises(PlayerNameError) as renaming:
        bank.players.rename(ann.id, " bO ")
    assert str(adding.value) == str(renaming.value) == "There is already a player called 'Bo'."
