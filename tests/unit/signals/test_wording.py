from warmdesk.signals.wording import model_tokens, read, shipped_model


def test_negated_words_are_features_of_their_own() -> None:
    tokens = model_tokens("i am not happy, but fine")
    assert tokens == ["i", "am", "not", "not_happy", "but", "fine"]
    assert model_tokens("it doesn't work") == ["it", "doesn't", "not_work"]


def test_politeness_and_clause_marks_are_handled() -> None:
    assert model_tokens("please help!") == ["help", "!"]


def _probability(text: str) -> float:
    model = shipped_model()
    reading = read(text)
    return model.probability(reading.features, reading.sentiment)


def test_the_shipped_model_reads_feeling() -> None:
    model = shipped_model()
    assert 0.05 < model.threshold < 0.95
    assert len(model.word_weights) > 1_000
    assert _probability("I am so frustrated and angry, this is awful") > model.threshold
    assert _probability("Thanks so much, that is wonderful") < model.threshold


def test_strongest_words_are_the_ones_that_pushed_up() -> None:
    model = shipped_model()
    words = model.strongest_words(model_tokens("this is disgusting and i am scared"))
    assert set(words) <= {"disgusting", "scared"}
    assert words
