"""Reading text: normalisation, tokens and stems, and each language's function words and cues, as data."""
