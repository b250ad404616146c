"""The Discord adapter: a thin shell of cogs, views and embed renderers over the services of ``bot.app``."""
