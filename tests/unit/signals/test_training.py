import json
from pathlib import Path

import pytest

from warmdesk.signals.sentiment import score_sentiment
from warmdesk.signals.training import train_wording_model, write_model
from warmdesk.signals.wording import WordingModel, model_tokens

pytest.importorskip("sklearn")

ANGRY = ["this is awful", "I hate this so much", "so annoying and stupid", "terrible, terrible"]
CALM = ["what a lovely day", "thanks, that was great", "I love this song", "nice work everyone"]


def _write_split(folder: Path, name: str, copies: int) -> None:
    lines = [f"{text}\t2\tx{i}" for i, text in enumerate(ANGRY * copies)]
    lines += [f"{text}\t0\ty{i}" for i, text in enumerate(CALM * copies)]
    (folder / f"{name}.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_training_writes_a_model_the_product_can_read(tmp_path: Path) -> None:
    # GoEmotions' format: text, label ids, comment id; label 2 is "anger", 0 "admiration".
    (tmp_path / "labels.txt").write_text("admiration\namusement\nanger\n", encoding="utf-8")
    _write_split(tmp_path, "train", copies=5)
    _write_split(tmp_path, "dev", copies=2)
    model_json = train_wording_model(tmp_path)
    out = tmp_path / "model.json"
    write_model(model_json, out)
    model = WordingModel.from_json(json.loads(out.read_text("utf-8")))
    assert model_json["dev_f1"] == 1.0
    assert model.word_weights["awful"] > 0 > model.word_weights["lovely"]
    angry = model.probability(model_tokens("awful"), score_sentiment("awful"))
    calm = model.probability(model_tokens("lovely"), score_sentiment("lovely"))
    assert angry > model.threshold > calm
