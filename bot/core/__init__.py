"""Discord-free core: knowledge, matching, summaries and the service facade."""
