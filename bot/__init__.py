"""Study-group bot: answers questions from curated facts and runs quizzes."""
