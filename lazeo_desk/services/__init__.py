"""Use cases shared by the window and the command line; each is one transaction with its timeline entry."""
