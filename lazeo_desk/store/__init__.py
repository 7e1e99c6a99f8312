"""Persistence: SQLAlchemy models, migrations, sessions and the queries behind the case register."""
