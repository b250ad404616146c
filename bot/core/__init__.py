"""The functional core, free of Discord and the database: language, knowledge, answering, study, services."""
