"""The law of data subject requests, in plain Python: no Qt, no SQL."""
