"""The ontology's enum members as plain class attributes, for the rules' inner loops.

Reading a member through its enum class (``RelationType.LEADS``) passes the enum
metaclass's attribute hook, several times slower than reading a plain class attribute,
and the rules read members tens of thousands of times per document. The classes here
hold the very same member objects, so identity checks (``m.type is EntityType.COMPANY``)
and everything stored or printed are unchanged; calling one reads a value as the enum
does (``RelationType("LEADS")`` is ``RelationType.LEADS`` of the graph models).
"""

from __future__ import annotations

from enum import Enum

from graph import models


def _plain(enum: type[Enum]) -> type:
    """A plain class whose attributes are the members of ``enum``."""
    namespace: dict = {member.name: member for member in enum}
    namespace["__new__"] = lambda cls, value: enum(value)
    namespace["__doc__"] = f"The members of {enum.__module__}.{enum.__name__}, read without the enum's hook."
    return type(enum.__name__, (), namespace)


EntityType = _plain(models.EntityType)
RelationType = _plain(models.RelationType)
Status = _plain(models.Status)
