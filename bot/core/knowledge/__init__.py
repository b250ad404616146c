"""Knowledge files: the format, safe YAML reading, validation with file:line errors, and the immutable base."""
