"""followup.tuples.NamedTuple behaves as typing.NamedTuple; shellword.quote as shlex.quote."""

from __future__ import annotations

import pickle
import shlex
import typing

import pytest
from hypothesis import given
from hypothesis import strategies as st

from followup.shellword import quote
from followup.tuples import NamedTuple


class Lean(NamedTuple):
    """A row."""

    a: int
    b: str | None
    c: tuple[str, ...] = ()
    d: int = 4

    @property
    def doubled(self) -> int:
        return self.a * 2

    def label(self) -> str:
        return f"{self.a}:{self.b}"


class Typed(typing.NamedTuple):
    """A row."""

    a: int
    b: str | None
    c: tuple[str, ...] = ()
    d: int = 4

    @property
    def doubled(self) -> int:
        return self.a * 2

    def label(self) -> str:
        return f"{self.a}:{self.b}"


def test_the_lean_named_tuple_is_typings() -> None:
    lean, typed = Lean(1, "x"), Typed(1, "x")
    assert tuple(lean) == tuple(typed) == (1, "x", (), 4)
    assert Lean._fields == Typed._fields
    assert Lean._field_defaults == Typed._field_defaults
    # The annotations stay strings (typing wraps them in ForwardRef).
    assert Lean.__annotations__ == {
        name: ref.__forward_arg__ for name, ref in Typed.__annotations__.items()
    }
    assert Lean.__doc__ == Typed.__doc__ == "A row."
    assert Lean.__module__ == Typed.__module__ == __name__
    assert Lean.__qualname__ == "Lean"
    assert Lean.__mro__ == (Lean, tuple, object)
    assert repr(lean) == "Lean(a=1, b='x', c=(), d=4)"
    assert lean.doubled == 2 and lean.label() == "1:x"
    assert lean._replace(d=5) == Lean(1, "x", (), 5)
    assert lean._asdict() == typed._asdict()
    assert Lean(a=2, b=None, d=1) == (2, None, (), 1)
    assert pickle.loads(pickle.dumps(lean)) == lean
    assert lean == typed and hash(lean) == hash(typed)
    with pytest.raises(TypeError):
        Lean(1)  # type: ignore[call-arg]
    with pytest.raises(AttributeError):
        lean.a = 3  # type: ignore[misc]


def test_the_lean_named_tuple_refuses_what_typing_refuses() -> None:
    with pytest.raises(TypeError, match="Non-default namedtuple field b"):

        class Bad(NamedTuple):  # type: ignore[misc]
            a: int = 1
            b: int  # type: ignore[misc]

    with pytest.raises(AttributeError, match="_replace"):

        class Worse(NamedTuple):
            a: int

            def _replace(self) -> None:  # type: ignore[override]
                pass


@given(st.text())
def test_quote_is_shlex_quote(text: str) -> None:
    assert quote(text) == shlex.quote(text)


@pytest.mark.parametrize(
    "text", ["", "plain", "Kate O'Brien", "a b", "é", "$HOME", "x\ny", "-_@%+=:,./", "'"]
)
def test_quote_is_shlex_quote_on_examples(text: str) -> None:
    assert quote(text) == shlex.quote(text)
