"""Plain data in, typed dataclasses out: one checker for matrix.toml, cell specs and records.

Every document the harness reads (matrix.toml, a cell's spec, the child's facts, a result
record written by another job) is untrusted until its shape is checked. The rules come from
the dataclasses' own type hints, so adding a field is one line in the dataclass and never a
second edit in a schema. A value of the wrong shape raises `ShapeError` naming the field by
its path (`steps[1].N`), which callers turn into one line for the user.
"""

from __future__ import annotations

import dataclasses
import difflib
import enum
import math
import types
import typing
from collections.abc import Callable, Iterable
from functools import cache
from typing import Any, Literal, Union, get_args, get_origin


class StrEnum(str, enum.Enum):
    """A closed set of names that is written as its plain string (Python 3.10 has no
    enum.StrEnum): compares equal to the string, prints and serialises as it."""

    def __str__(self) -> str:
        return self.value


class ShapeError(ValueError):
    """A value does not have the shape its dataclass declares: names the field's path."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}" if path else problem)
        self.path = path
        self.problem = problem


def did_you_mean(name: str, valid: Iterable[str]) -> str:
    """' (did you mean 'x'?)' for a near miss, else ''."""
    close = difflib.get_close_matches(name, list(valid), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


@cache
def hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _join(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


# An integer field holds a count, a size, a step or an exit code: one beyond 64 bits was
# written by no harness, and summing a few of its 4,300 digits makes a number Python will
# not print (nor float() convert).
INT_LIMIT = 2**63


def _digits(value: int) -> str:
    return f"an integer of {value.bit_length()} bits"  # str() of it may be refused


# How deep plain data of a field typed Any (a target's own facts, an output's digest) may
# nest: deeper is a ShapeError, never a RecursionError in whoever walks it next.
MAX_DEPTH = 32


def plain(value: Any, path: str = "", depth: int = MAX_DEPTH) -> Any:
    """`value` as JSON-ready plain data no deeper than `depth`: tables with string keys,
    lists, strings, numbers, true/false and null; a number that is not finite (NaN,
    Infinity: Python's json reads them, JSON has none) becomes null. Walked without
    recursion, so a document nested 100,000 deep is one ShapeError."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if not isinstance(value, dict | list | tuple):
        if value is None or isinstance(value, str | int | float):
            return value
        raise ShapeError(path, f"must be plain data, got a {type(value).__name__}")
    root: list[Any] = [None]
    stack: list[tuple[Any, Any, str, int]] = []  # (container read, its copy, path, depth)

    def visit(item: Any, into: Any, key: Any, where: str, level: int) -> None:
        if isinstance(item, float) and not math.isfinite(item):
            into[key] = None
        elif isinstance(item, dict | list | tuple):
            if level >= depth:
                raise ShapeError(path, f"nested deeper than {depth} levels")
            made: Any = {} if isinstance(item, dict) else [None] * len(item)
            into[key] = made
            stack.append((item, made, where, level + 1))
        elif item is None or isinstance(item, str | int | float):
            into[key] = item
        else:
            raise ShapeError(where, f"must be plain data, got a {type(item).__name__}")

    visit(value, root, 0, path, 0)
    while stack:
        item, made, where, level = stack.pop()
        if isinstance(item, dict):
            for k, v in item.items():
                if not isinstance(k, str):
                    raise ShapeError(where, f"keys must be strings, got {k!r}")
                visit(v, made, k, _join(where, k), level)
        else:
            for i, v in enumerate(item):
                visit(v, made, i, _join(where, i), level)
    return root[0]


def describe(tp: Any) -> str:
    """The type in words, for 'must be ...' messages."""
    origin, args = get_origin(tp), get_args(tp)
    if tp is str:
        return "a string"
    if tp is bool:
        return "true or false"
    if tp is int:
        return "an integer"
    if tp is float:
        return "a number"
    if tp is Any:
        return "any value"
    if origin is Literal:
        return "one of " + ", ".join(str(a) for a in args)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return "one of " + ", ".join(str(m.value) for m in tp)
    if origin in (Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        text = " or ".join(describe(a) for a in inner)
        return text + (" or null" if len(inner) < len(args) else "")
    if origin in (tuple, list):
        item = args[0] if args else Any
        return f"a list of {_plural(describe(item))}"
    if origin is dict:
        return f"a table of {_plural(describe(args[1] if args else Any))}"
    if dataclasses.is_dataclass(tp):
        return "a table"
    return getattr(tp, "__name__", str(tp))


def _plural(text: str) -> str:
    for article in ("an ", "a "):
        if text.startswith(article):
            text = text[len(article) :]
            break
    if text == "true or false":
        return "true/false values"
    if text.startswith(("list", "table")):
        return text.replace("list", "lists", 1).replace("table", "tables", 1)
    return text if text.endswith("s") else text + "s"


Check = Callable[[str, dataclasses.Field[Any], Any], None]


def convert(
    tp: Any, value: Any, path: str = "", *, strict: bool = True, check: Check | None = None
) -> Any:
    """`value` checked against `tp` and converted (lists to tuples, tables to dataclasses,
    strings to enums). `strict` rejects unknown keys in nested dataclasses; `check` is
    applied to the fields of every dataclass met, however deep."""
    origin, args = get_origin(tp), get_args(tp)
    if tp is Any:
        return plain(value, path)
    if typing.is_typeddict(tp):
        return _typed_dict(tp, value, path, strict=strict, check=check)
    if origin in (Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        errors = []
        for option in (a for a in args if a is not type(None)):
            try:
                return convert(option, value, path, strict=strict, check=check)
            except ShapeError as exc:
                errors.append(exc)
        if len(errors) == 1:
            raise errors[0]
        raise ShapeError(path, f"must be {describe(tp)}, got {value!r}")
    if origin is Literal:
        if value in args:
            return value
        raise ShapeError(path, f"must be {describe(tp)}, got {value!r}")
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        try:
            return tp(value)
        except ValueError:
            raise ShapeError(path, f"must be {describe(tp)}, got {value!r}") from None
    if tp is bool:
        ok = isinstance(value, bool)
    elif tp is int:
        ok = _is_int(value)
        if ok and not -INT_LIMIT <= value < INT_LIMIT:
            raise ShapeError(path, f"must be an integer of at most 64 bits, got {_digits(value)}")
    elif tp is float:
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        if ok and isinstance(value, int) and not -INT_LIMIT <= value < INT_LIMIT:
            raise ShapeError(path, f"must be a finite number, got {_digits(value)}")
        if ok and not math.isfinite(value):
            raise ShapeError(path, f"must be a finite number, got {value!r}")
        if ok:
            return float(value)
    elif tp is str:
        ok = isinstance(value, str)
    elif origin in (tuple, list):
        if not isinstance(value, list | tuple):
            raise ShapeError(path, f"must be {describe(tp)}, got {value!r}")
        item = args[0] if args else Any
        items = [
            convert(item, v, _join(path, i), strict=strict, check=check)
            for i, v in enumerate(value)
        ]
        return tuple(items) if origin is tuple else items
    elif origin is dict:
        if not isinstance(value, dict):
            raise ShapeError(path, f"must be {describe(tp)}, got {value!r}")
        key_type, item = args if args else (str, Any)
        out = {}
        for k, v in value.items():
            if not isinstance(k, str):
                raise ShapeError(path, f"keys must be strings, got {k!r}")
            out[convert(key_type, k, path, strict=strict, check=check)] = convert(
                item, v, _join(path, k), strict=strict
            )
        return out
    elif dataclasses.is_dataclass(tp):
        if isinstance(value, tp):
            return value
        if not isinstance(value, dict):
            raise ShapeError(path, f"must be a table, got {value!r}")
        return from_dict(tp, value, path, strict=strict, check=check)
    else:  # pragma: no cover - a dataclass declared a type this module does not know
        raise TypeError(f"{path}: unsupported type {tp!r}")
    if not ok:
        raise ShapeError(path, f"must be {describe(tp)}, got {value!r}")
    return value


def _typed_dict(
    tp: Any, value: Any, path: str, *, strict: bool, check: Check | None = None
) -> dict[str, Any]:
    """A TypedDict (total=False): its declared keys checked against their types, others
    kept as plain data (a newer writer's keys), so readers can `.get()` any of them."""
    if not isinstance(value, dict):
        raise ShapeError(path, f"must be a table, got {value!r}")
    declared = hints(tp)
    out = {}
    for key, item in value.items():
        if not isinstance(key, str):
            raise ShapeError(path, f"keys must be strings, got {key!r}")
        where = _join(path, key)
        if key in declared:
            out[key] = convert(declared[key], item, where, strict=strict, check=check)
        else:
            out[key] = plain(item, where)
    return out


def fields_of(cls: type) -> dict[str, dataclasses.Field[Any]]:
    """The fields a document may carry: init fields, less those marked {"json": False}
    (facts of the reader, such as where a record was read from: a file never sets them)."""
    return {f.name: f for f in dataclasses.fields(cls) if f.init and f.metadata.get("json", True)}


def required(field: dataclasses.Field[Any]) -> bool:
    return field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING


def from_dict(
    cls: type[Any],
    data: dict[str, Any],
    path: str = "",
    *,
    strict: bool = True,
    check: Check | None = None,
) -> Any:
    """An instance of dataclass `cls` from a table, every field checked against its type.

    strict: unknown keys are an error (with a did-you-mean); otherwise they are dropped
    (records written by a newer harness). `check(path, field, value)` adds rules of its own.
    """
    if not isinstance(data, dict):
        raise ShapeError(path, f"must be a table, got {data!r}")
    known = fields_of(cls)
    if strict:
        for key in data:
            if key not in known:
                raise ShapeError(
                    _join(path, key),
                    f"unknown key{did_you_mean(key, known)} (valid: {', '.join(known)})",
                )
    types_ = hints(cls)
    kwargs = {}
    for name, field in known.items():
        where = _join(path, name)
        if name not in data:
            if required(field):
                raise ShapeError(path, f"missing required key {name!r}")
            continue
        value = convert(types_[name], data[name], where, strict=strict, check=check)
        if check is not None:
            check(where, field, value)
        kwargs[name] = value
    return cls(**kwargs)


def to_dict(obj: Any) -> Any:
    """JSON-ready plain data: dataclasses to tables, tuples to lists, enums to their values.
    Fields with metadata {"json": False} are left out (facts of the reader, not the file)."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {
            f.name: to_dict(getattr(obj, f.name))
            for f in dataclasses.fields(obj)
            if f.metadata.get("json", True)
        }
    if isinstance(obj, enum.Enum):
        return obj.value
    if isinstance(obj, list | tuple):
        return [to_dict(v) for v in obj]
    if isinstance(obj, dict):
        return {str(k): to_dict(v) for k, v in obj.items()}
    if isinstance(obj, float) and not math.isfinite(obj):
        return None  # JSON has no NaN: the harness never writes one
    return obj
