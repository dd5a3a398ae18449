import pytest

from warmdesk.signals.language import detect_language


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("My laptop won't connect to the VPN since this morning, can you help?", "en"),
        ("The printer on the second floor is jammed again, please send someone", "en"),
        ("Mein Drucker funktioniert nicht mehr, kannst du bitte helfen?", "de"),
        ("Ich kann mich seit heute früh nicht am VPN anmelden, danke für die Hilfe", "de"),
        ("Bonjour, je ne peux pas me connecter à ma messagerie depuis ce matin", "fr"),
        ("Mon ordinateur est très lent et l'imprimante ne fonctionne plus", "fr"),
        ("Hola, no puedo imprimir desde mi portátil, ¿me pueden ayudar?", "es"),
        ("La impresora no funciona otra vez, gracias por la ayuda", "es"),
        ("Ciao, non riesco ad accedere alla posta, il computer è lento", "it"),
        ("Il mio portatile non si accende, grazie per l'aiuto", "it"),
        ("Hallo, mijn laptop werkt niet meer en ik kan niet inloggen", "nl"),
        ("De printer doet het weer niet, kan iemand kijken?", "nl"),
        ("Olá, não consigo acessar o meu e-mail desde ontem, podem ajudar?", "pt"),
        ("A impressora não funciona, obrigado pela ajuda", "pt"),
        ("パソコンが起動しません", "ja"),
        ("Мой ноутбук не включается", "ru"),
    ],
)
def test_detects_language(text: str, code: str) -> None:
    signal = detect_language(text)
    assert signal.code == code
    assert 0.3 <= signal.confidence <= 1.0


@pytest.mark.parametrize("text", ["", "🔥🔥🔥", "ok", "VPN?", "12345 !!!", "\x00\x01\xff"])
def test_undetermined_when_too_little_to_tell(text: str) -> None:
    signal = detect_language(text)
    assert signal.code == "und"
    assert signal.confidence == 0.0


def test_longer_text_is_more_confident() -> None:
    short = detect_language("the printer is down")
    longer = detect_language(
        "Hi, the printer on the third floor is down again and we have to print the "
        "contracts for this afternoon, could you please send someone to look at it?"
    )
    assert longer.code == short.code == "en"
    assert longer.confidence > short.confidence
