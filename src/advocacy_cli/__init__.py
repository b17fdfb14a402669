"""advocacy-cli: the Wikimedia Global Advocacy FAQ at the command line."""

__version__ = "1.0.0"
