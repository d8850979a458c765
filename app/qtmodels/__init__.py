"""Qt item models over plain row objects (dataclasses) handed back by the services."""
