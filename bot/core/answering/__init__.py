"""Answering questions: reading a question, the index, the checks, the decision, summaries, gaps, presentation."""
