"""The windows: they show and ask, and leave every decision to the services and the domain."""
