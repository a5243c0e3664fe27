"""Reading free-text answers without a model: cue matching over the lexicon. Pure functions."""
