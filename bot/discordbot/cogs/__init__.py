"""One cog per feature; each is an extension loaded in setup_hook."""
