"""`typing.NamedTuple`'s class syntax without importing `typing` at run time.

`followup agenda` is a cold process whose time is mostly Python's start-up;
`typing` (with `re`, `enum`, `contextlib` and `warnings`, which it imports)
costs it about a fifth. The modules on its path write

    from followup.tuples import NamedTuple

    class Row(NamedTuple):
        interview: int
        to: str | None = None

exactly as with `typing.NamedTuple`: mypy reads typing's (below, under
TYPE_CHECKING), and at run time the class is a `collections.namedtuple`
built the way typing builds it (fields from the annotations, defaults from
the assigned values, methods and properties copied over). Annotations stay
the strings `from __future__ import annotations` makes them.
tests/test_startup.py checks the agenda loads no `typing`; tests/test_tuples.py
that these classes behave as typing's.
"""

from __future__ import annotations

from collections import namedtuple

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import NamedTuple as NamedTuple
else:
    # As typing's NamedTupleMeta: names a namedtuple may not have overwritten,
    # and the class body's names it sets itself.
    _PROHIBITED = frozenset(
        {
            "__new__",
            "__init__",
            "__slots__",
            "__getnewargs__",
            "_fields",
            "_field_defaults",
            "_make",
            "_replace",
            "_asdict",
            "_source",
        }
    )
    _SPECIAL = frozenset({"__module__", "__name__", "__annotations__"})

    class _Meta(type):
        def __new__(cls, typename, bases, namespace):
            types = namespace.get("__annotations__", {})
            defaults = []
            for field in types:
                if field in namespace:
                    defaults.append(namespace[field])
                elif defaults:
                    raise TypeError(
                        f"Non-default namedtuple field {field} cannot follow default field"
                        f"{'s' if len(defaults) > 1 else ''} "
                        f"{', '.join(f for f in types if f in namespace)}"
                    )
            made = namedtuple(
                typename, list(types), defaults=defaults, module=namespace["__module__"]
            )
            made.__annotations__ = made.__new__.__annotations__ = dict(types)
            for key, value in namespace.items():
                if key in _PROHIBITED:
                    raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
                if key not in _SPECIAL and key not in made._fields:
                    setattr(made, key, value)
            return made

    NamedTuple = type.__new__(_Meta, "NamedTuple", (), {})
