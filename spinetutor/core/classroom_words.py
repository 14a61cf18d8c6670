"""What a student's phone reads while answering a class question, in English and Spanish.

The phone page is served by the Qt-free core (it runs headless from the command line too), so
its few words live here rather than in the Qt .ts file; tests fail when Spanish lacks a key.
"""

from __future__ import annotations

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Class question",
        "pin": "PIN shown on the screen",
        "send": "Send answer",
        "one": "Choose one answer.",
        "many": "Choose every answer that applies.",
        "order": "Tap the steps in the right order.",
        "order_again": "Start the order again",
        "tap": "Tap the structure on the picture.",
        "marks": "Tap every region that belongs; tap a mark again to remove it.",
        "true": "True",
        "false": "False",
        "recorded": "Thank you: your answer is counted. Watch the screen.",
        "answered": "This phone has answered this question already.",
        "wrong_pin": "Wrong PIN: check the number on the screen.",
        "choose_first": "Choose an answer first.",
        "not_on_structure": "That is not on a structure: tap again.",
        "bad_choice": "That answer does not fit this question: try again.",
        "slow_down": "Too many tries: wait a few seconds and send again.",
        "reload": "Reload the page, then answer.",
        "network": "Could not send: check the Wi-Fi and try again.",
        "privacy": "Nothing about you is kept: only how many chose each answer.",
        "right_order": "In the right order",
        "other_order": "In another order",
        "sending": "Sending…",
    },
    "es": {
        "title": "Pregunta de clase",
        "pin": "PIN que se ve en la pantalla",
        "send": "Enviar respuesta",
        "one": "Elige una respuesta.",
        "many": "Elige todas las respuestas correctas.",
        "order": "Toca los pasos en el orden correcto.",
        "order_again": "Empezar el orden de nuevo",
        "tap": "Toca la estructura en la imagen.",
        "marks": "Toca cada región que corresponda; toca de nuevo una marca para quitarla.",
        "true": "Verdadero",
        "false": "Falso",
        "recorded": "Gracias: tu respuesta está contada. Mira la pantalla.",
        "answered": "Este teléfono ya ha respondido a esta pregunta.",
        "wrong_pin": "PIN incorrecto: revisa el número de la pantalla.",
        "choose_first": "Elige antes una respuesta.",
        "not_on_structure": "Ahí no hay ninguna estructura: toca de nuevo.",
        "bad_choice": "Esa respuesta no encaja con esta pregunta: inténtalo de nuevo.",
        "slow_down": "Demasiados intentos: espera unos segundos y vuelve a enviar.",
        "reload": "Vuelve a cargar la página y responde.",
        "network": "No se pudo enviar: revisa la wifi y vuelve a intentarlo.",
        "privacy": "No se guarda nada sobre ti: solo cuántos eligieron cada respuesta.",
        "right_order": "En el orden correcto",
        "other_order": "En otro orden",
        "sending": "Enviando…",
    },
}


def words(language: str) -> dict[str, str]:
    """The phone's words in `language` (English for a language without them)."""
    return WORDS.get(language, WORDS["en"])
