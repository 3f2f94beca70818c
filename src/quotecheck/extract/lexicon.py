"""Word lists the attribution sieves use: speech verbs, pronouns, titles."""

from __future__ import annotations

CUE_VERBS = (
    "said", "says", "say", "told", "tells", "tweeted", "tweets", "wrote", "writes", "added",
    "adds", "asked", "asks", "explained", "explains", "noted", "notes", "stated", "states",
    "declared", "declares", "argued", "argues", "insisted", "insists", "continued",
    "continues", "replied", "replies", "responded", "responds", "posted", "posts",
    "recalled", "warned", "warns", "claimed", "claims", "announced", "announces",
    "remarked", "acknowledged", "admitted", "commented", "testified", "shouted",
    "concluded", "observed", "suggested", "predicted", "promised", "vowed", "joked",
)  # fmt: skip

PRONOUNS = {"he", "she", "they", "it", "we", "i", "you"}

TITLES = (
    "president", "senator", "sen.", "rep.", "representative", "gov.", "governor", "mayor",
    "administrator", "secretary", "minister", "prime minister", "chancellor", "director",
    "spokesman", "spokeswoman", "spokesperson", "chief", "judge", "dr.", "mr.", "mrs.",
    "ms.", "prof.", "professor", "gen.", "general", "ceo", "chairman", "chairwoman", "nasa",
)  # fmt: skip
