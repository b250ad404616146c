"""Studying: the question bank, the group-quiz state machine, daily selection, reviews, progress, storage ports."""
