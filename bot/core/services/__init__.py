"""One small service per capability; the adapters (Discord, terminal, CLI) call these and nothing deeper."""
