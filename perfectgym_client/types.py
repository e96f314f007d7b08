"""Contains some shared types for properties"""

import json
import logging
import math
import threading
from collections.abc import Callable, Mapping, MutableMapping
from enum import Enum, IntEnum, StrEnum
from http import HTTPStatus
from importlib import import_module
from types import ModuleType
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import NOTHING, define, fields

from .errors import MalformedFieldError, _value_excerpt


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:  # ours: shown in reprs and errors of models, where an address says nothing
        return "UNSET"

    # Ours: one UNSET per process, through pickle (Celery, multiprocessing) and copies too, so that
    # `value is UNSET` and the models' `is not UNSET` checks hold for a model that was copied.
    def __reduce__(self) -> str:
        return "UNSET"

    def __copy__(self) -> "Unset":
        return self

    def __deepcopy__(self, memo: dict[int, object]) -> "Unset":
        return self


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


# ours: unknown enum values, logged once per value and enum

_logger = logging.getLogger("perfectgym")
_GENERATED_ENUMS = __name__.rpartition(".")[0] + ".models."
MAX_LOGGED_UNKNOWN_VALUES = 32  # per enum: a server (or a hostile one) inventing values costs bounded memory
_MAX_LISTED_KNOWN = 20
_unknown_values_seen: dict[type, set[object]] = {}
_unknown_values_lock = threading.Lock()


def _log_unknown_value(enum: type[StrEnum] | type[IntEnum], value: str | int) -> None:
    """Log the first sighting of `value` in one of this package's generated enums.

    ``_missing_`` cannot tell a value read from a response from one a caller constructed on
    purpose (``CustomerStatus("VIP")``): both are logged, once. Enums defined elsewhere on these
    bases (the webhook event types) do their own logging.
    """
    if not enum.__module__.startswith(_GENERATED_ENUMS):
        return
    key: object = value[:200] if isinstance(value, str) else value
    with _unknown_values_lock:
        seen = _unknown_values_seen.setdefault(enum, set())
        if key in seen or len(seen) > MAX_LOGGED_UNKNOWN_VALUES:
            return
        seen.add(key)
        last = len(seen) > MAX_LOGGED_UNKNOWN_VALUES
    if last:
        _logger.info(
            "%s: more than %d unknown values; no longer logging them", enum.__name__, MAX_LOGGED_UNKNOWN_VALUES
        )
        return
    known = [repr(member.value) for member in enum]
    listed = ", ".join(known[:_MAX_LISTED_KNOWN]) + (
        f", ... ({len(known)} in all)" if len(known) > _MAX_LISTED_KNOWN else ""
    )
    _logger.info(
        "%s: unknown value %s from the API, kept as is; this SDK version knows %s",
        enum.__name__,
        _value_excerpt(value),
        listed,
    )


class OpenStrEnum(StrEnum):
    """A string enum that keeps values this SDK version does not know.

    The vendor adds enum values in minor releases; a closed enum would make every read
    that meets one fail. An unknown value becomes a member-like instance of the enum:
    it compares equal to its string, serialises back unchanged and has ``is_unknown``.
    The first time a generated enum meets a value, it is logged at INFO on the ``perfectgym`` logger.
    """

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str):
            return None
        _log_unknown_value(cls, value)
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    @property
    def is_unknown(self) -> bool:
        """True for a value that is not one of the enum's declared members."""
        return self._value_ not in type(self)._value2member_map_

    def __repr__(self) -> str:
        if self.is_unknown:
            return f"<{type(self).__name__} unknown value {self._value_!r}>"
        return super().__repr__()


class OpenIntEnum(IntEnum):
    """An integer enum that keeps values this SDK version does not know (see OpenStrEnum)."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        _log_unknown_value(cls, value)
        member = int.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member

    @property
    def is_unknown(self) -> bool:
        """True for a value that is not one of the enum's declared members."""
        return self._value_ not in type(self)._value2member_map_

    def __repr__(self) -> str:
        if self.is_unknown:
            return f"<{type(self).__name__} unknown value {self._value_!r}>"
        return super().__repr__()


# ours: runtime helpers of the lazy models (model.py.jinja)

# What a field parser raises on a JSON value of the wrong shape: a bad date or enum value (ValueError),
# an object where a string is expected (TypeError, AttributeError), a nested object without one of its
# required keys (KeyError), an absurd number (OverflowError), a pathologically deep value (RecursionError).
_PARSE_FAILURES = (ValueError, TypeError, KeyError, AttributeError, OverflowError, RecursionError)

P = TypeVar("P")


def _failure_reason(exc: BaseException) -> str:
    if isinstance(exc, KeyError) and exc.args:
        reason = f"missing required key {exc.args[0]!r}"
    else:
        try:
            detail = str(exc)
        except Exception:
            detail = ""
        reason = f"{type(exc).__name__}: {detail}" if detail else type(exc).__name__
    return reason if len(reason) <= 200 else reason[:197] + "..."


def _malformed(
    model: str, field: str, wire_name: str, source: Mapping[str, Any], exc: BaseException
) -> MalformedFieldError:
    """The one place where a value of the wrong shape becomes :class:`MalformedFieldError`.

    It names ``model``, ``field``, ``wire_name`` and the raw value (``UNSET`` when the key is absent).
    """
    return MalformedFieldError(model, field, wire_name, source.get(wire_name, UNSET), _failure_reason(exc))


def parse_lazy_field(
    model: str, field: str, wire_name: str, parse: Callable[[dict[str, Any]], P], source: dict[str, Any]
) -> P:
    """Parse one field from the JSON a model keeps, outside its descriptor (what ``LazyField`` does inline).

    A ``MalformedFieldError`` raised inside ``parse`` (by a nested model) propagates unchanged: it
    already names the innermost model and field.
    """
    try:
        return parse(source)
    except MalformedFieldError:
        raise
    except _PARSE_FAILURES as exc:
        raise _malformed(model, field, wire_name, source, exc) from exc


class LazyField:
    """One field of a generated model: parsed from the JSON the model keeps when first read, then stored.

    A non-data descriptor: the parsed value goes into the instance ``__dict__``, which Python reads
    before a non-data descriptor, so later reads cost a plain attribute lookup and never come back
    here; attrs' ``__init__`` (models built by callers) stores every field there too. Measured
    against the ``__getattr__`` fallback it replaces: ~0.2 us per first read instead of 2.2-2.7 us.
    """

    __slots__ = ("name", "parse", "wire_name")

    def __init__(self, name: str, wire_name: str, parse: Callable[[dict[str, Any]], Any]) -> None:
        self.name = name
        self.wire_name = wire_name
        self.parse = parse

    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        if instance is None:
            return self
        try:
            value = self.parse(instance._raw)
        except MalformedFieldError:
            raise
        except _PARSE_FAILURES as exc:
            raise self._failure(instance, exc) from exc
        instance.__dict__[self.name] = value
        return value

    def _failure(self, instance: Any, exc: BaseException) -> Exception:
        source = instance.__dict__.get("_raw")
        if not isinstance(source, Mapping):  # not built by from_dict, and the field was deleted
            return AttributeError(f"{type(instance).__name__!r} object has no attribute {self.name!r}")
        return _malformed(type(instance).__name__, self.name, self.wire_name, source, exc)

    def __repr__(self) -> str:
        return f"<LazyField {self.name} ({self.wire_name})>"


class LazyScalarField(LazyField):
    """A str/int/bool/float field: a value of exactly its JSON type is stored without calling the parser.

    Anything else (absent, null, a wrong type) goes through the field's parser, which decides.
    Most fields of a response are such scalars; skipping one call each is a fifth of a full read.
    """

    __slots__ = ("kind",)

    def __init__(self, name: str, wire_name: str, parse: Callable[[dict[str, Any]], Any], kind: type) -> None:
        super().__init__(name, wire_name, parse)
        self.kind = kind

    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        if instance is None:
            return self
        try:
            value = instance._raw.get(self.wire_name, UNSET)
            if value.__class__ is not self.kind:
                value = self.parse(instance._raw)
        except MalformedFieldError:
            raise
        except _PARSE_FAILURES as exc:
            raise self._failure(instance, exc) from exc
        instance.__dict__[self.name] = value
        return value


class LazyExtrasField(LazyField):
    """``additional_properties``: empty, without calling the parser, when every key is one the spec declares."""

    __slots__ = ("known",)

    def __init__(
        self, name: str, wire_name: str, parse: Callable[[dict[str, Any]], Any], known: frozenset[str]
    ) -> None:
        super().__init__(name, wire_name, parse)
        self.known = known

    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        if instance is None:
            return self
        try:
            raw = instance._raw
            value = {} if raw.keys() <= self.known else self.parse(raw)
        except MalformedFieldError:
            raise
        except _PARSE_FAILURES as exc:
            raise self._failure(instance, exc) from exc
        instance.__dict__[self.name] = value
        return value


def install_lazy_fields(
    cls: type, fields: tuple[tuple[str, str, Callable[[dict[str, Any]], Any], type | frozenset[str] | None], ...]
) -> None:
    """Give a generated model class one descriptor per ``(attribute, wire name, parser, kind)``.

    ``kind`` is the exact JSON type of a scalar field (``LazyScalarField``), the declared keys for
    ``additional_properties`` (``LazyExtrasField``), or None (``LazyField``). Done after attrs has
    built the class (attrs keeps no class attribute for a field of a dict class), so type checkers
    and ``attrs.fields`` see the fields exactly as declared.
    """
    for name, wire_name, parse, kind in fields:
        field: LazyField
        if isinstance(kind, frozenset):
            field = LazyExtrasField(name, wire_name, parse, kind)
        elif kind is None:
            field = LazyField(name, wire_name, parse)
        else:
            field = LazyScalarField(name, wire_name, parse, kind)
        setattr(cls, name, field)


def json_object(value: object) -> dict[str, Any]:
    """``from_dict``'s argument as a dict: a plain dict is kept as it is (never copied), another mapping copied.

    A dict subclass is copied too: a ``defaultdict`` would otherwise invent a value for a
    missing required key instead of the read failing.
    """
    if type(value) is dict:
        return value
    if not isinstance(value, Mapping):
        raise TypeError(f"expected a JSON object, got {type(value).__name__}")
    return dict(value)


E = TypeVar("E", bound=StrEnum | IntEnum)


def enum_members(enum: type[E]) -> Mapping[object, E]:
    """The enum's own value -> member map: a dict lookup instead of ``enum(value)`` (~0.05 us vs ~1 us).

    Only declared members are in it; a miss falls back to ``enum(value)``, which keeps (and logs)
    an unknown value of an open enum or refuses a value of the wrong type.
    """
    return enum._value2member_map_  # type: ignore[return-value]


_JSON_SCALARS: dict[type, str] = {str: "string", int: "integer", bool: "boolean", float: "number"}


def expect_json_scalar(value: object, kind: type, nullable: bool = False) -> None:
    """Refuse a scalar field's value of another JSON type: "false" in a boolean is truthy, 5 is no name."""
    if value is UNSET or (value is None and nullable):
        return
    if kind is float:
        ok = isinstance(value, int | float) and not isinstance(value, bool)
    elif kind is int:
        ok = isinstance(value, int) and not isinstance(value, bool)
    else:
        ok = isinstance(value, kind)
    if not ok:
        raise TypeError(f"expected a JSON {_JSON_SCALARS[kind]}, got {type(value).__name__}")


def expect_json_array(value: object) -> None:
    """Refuse a list field's value that is not an array (or UNSET): iterating a string or an object would not fail."""
    if value is not UNSET and not isinstance(value, list | tuple):
        raise TypeError(f"expected a JSON array, got {type(value).__name__}")


class _Malformed:
    """Stands in for a malformed field in repr() and ==: shows the raw value, equal to the same raw value."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value

    def __repr__(self) -> str:
        if self.value is UNSET:  # a required key the response does not have
            return "<missing>"
        return f"<malformed: {_value_excerpt(self.value)}>"

    def __eq__(self, other: object) -> bool:
        # compared inside a tuple, as attrs compares fields: the same object is equal to itself (even NaN)
        return isinstance(other, _Malformed) and bool((self.value,) == (other.value,))

    __hash__ = None  # type: ignore[assignment]


def _read_field(model: Any, name: str, init: bool) -> Any:
    try:
        return getattr(model, name) if init else getattr(model, name, NOTHING)
    except MalformedFieldError as exc:
        return _Malformed(exc.value)


_repr_context = threading.local()


def lazy_model_repr(model: Any) -> str:
    """attrs' repr of a generated model, except that it never raises.

    A field that fails to parse shows as ``<malformed: 'raw value'>``, one that cannot be read or
    shown at all as ``<unreadable: ErrorType>``; a model that contains itself shows as ``...``.
    """
    try:
        active: set[int] = _repr_context.active
    except AttributeError:
        active = _repr_context.active = set()
    if id(model) in active:
        return "..."
    active.add(id(model))
    try:
        parts = []
        for attribute in fields(type(model)):
            if attribute.repr is False:
                continue
            try:
                value = _read_field(model, attribute.name, attribute.init)
                show = repr if attribute.repr is True else attribute.repr
                text = show(value)
            except Exception as exc:
                text = f"<unreadable: {type(exc).__name__}>"
            parts.append(f"{attribute.name}={text}")
        name = type(model).__qualname__.rsplit(">.", 1)[-1]
        return f"{name}({', '.join(parts)})"
    finally:
        active.discard(id(model))


def lazy_model_eq(model: Any, other: Any) -> bool:
    """attrs' == of two generated models of the same class, except that a malformed field compares by its raw value."""
    attributes = [attribute for attribute in fields(type(model)) if attribute.eq]
    mine = tuple(_read_field(model, attribute.name, attribute.init) for attribute in attributes)
    theirs = tuple(_read_field(other, attribute.name, attribute.init) for attribute in attributes)
    return mine == theirs


__all__ = ["UNSET", "File", "FileTypes", "OpenIntEnum", "OpenStrEnum", "RequestFiles", "Response", "Unset"]


def submodule_attribute(package: str, name: str) -> ModuleType:
    """``package.name`` for a submodule not imported yet: imported now, as an eager package would have it.

    The generated packages load their modules on first use; without this, ``models.customer``
    or ``api.customers.get_customer_by_id`` would work only after something else imported them.
    Anything that is not a submodule is an AttributeError, as for any module.
    """
    if name.isidentifier() and not name.startswith("__"):
        try:
            return import_module(f"{package}.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"{package}.{name}":
                raise  # the submodule exists and failed to import: that error, not a vague AttributeError
    raise AttributeError(f"module {package!r} has no attribute {name!r}")


_DECLARED_FIELDS: dict[type, tuple[LazyField, ...]] = {}


def _declared_fields(cls: type) -> tuple[LazyField, ...]:
    """The descriptors of a generated model's declared fields (not ``additional_properties``), once per class."""
    found = _DECLARED_FIELDS.get(cls)
    if found is None:
        found = _DECLARED_FIELDS[cls] = tuple(
            value
            for value in vars(cls).values()
            if isinstance(value, LazyField) and not isinstance(value, LazyExtrasField)
        )
    return found


def _is_model(value: object) -> bool:
    return bool(_declared_fields(type(value))) and callable(getattr(value, "to_dict", None))


def _json_ready(value: Any) -> Any:
    """A field's value as ``to_dict()`` writes it: models by their ``to_dict()``, enums by value, dates in ISO."""
    import datetime  # noqa: PLC0415  # only on this rare path: the module is imported with perfectgym
    import uuid  # noqa: PLC0415

    if _is_model(value):
        return value.to_dict()
    if isinstance(value, list):
        return [_json_ready(item) for item in value]
    if isinstance(value, dict):
        return {key: _json_ready(item) for key, item in value.items()}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    return value


def json_copy(value: Any, leaf: Callable[[Any], Any] | None = None) -> Any:
    """A copy of JSON-like data (its dicts and lists), so what ``to_dict()`` hands out shares nothing with the model.

    Iterative: a value nested thousands of levels deep is copied like any other. A value that
    contains itself (only a caller can build one) raises ValueError instead of copying forever.
    `leaf`, when given, is applied to every value that is not a dict or a list.
    """
    if value.__class__ is not dict and value.__class__ is not list:
        return value if leaf is None else leaf(value)
    root: Any = {} if value.__class__ is dict else []
    inside = {id(value)}  # the containers on the path from the root to the one being copied
    stack = [(value, root, iter(value.items() if value.__class__ is dict else enumerate(value)))]
    while stack:
        source, target, items = stack[-1]
        for key, item in items:
            if item.__class__ is dict or item.__class__ is list:
                if id(item) in inside:
                    raise ValueError("a value contains itself, so it cannot be written as JSON")
                copied: Any = {} if item.__class__ is dict else []
                _put(target, key, copied)
                inside.add(id(item))
                stack.append((item, copied, iter(item.items() if item.__class__ is dict else enumerate(item))))
                break
            _put(target, key, item if leaf is None else leaf(item))
        else:
            stack.pop()
            inside.discard(id(source))
    return root


def _put(target: Any, key: Any, item: Any) -> None:
    if target.__class__ is dict:
        target[key] = item
    else:
        target.append(item)


def dict_as_received(model: Any) -> dict[str, Any]:
    """``to_dict()`` of a model read from a response when one of its fields cannot be read.

    A tenant on another API version may leave out a key the spec marks required, or send a
    value its type cannot take. Such a field is written as received (left out when absent);
    a field the program read or set is written as ``to_dict()`` always writes it. So storing
    or forwarding records never fails on what the server sent, while reading that field
    still raises ``MalformedFieldError``.
    """
    state = model.__dict__
    raw: Mapping[str, Any] = state["_raw"]
    declared = {field.wire_name: field.name for field in _declared_fields(type(model))}
    keeps_extras = isinstance(vars(type(model)).get("additional_properties"), LazyExtrasField)
    extras = state.get("additional_properties")  # None: never read, so unknown keys are as received
    shaped: dict[str, Any] = {}
    for key, value in (extras or {}).items():  # first, as to_dict() does: a declared field wins over an extra
        shaped[key] = _json_ready(value)
    for key, value in raw.items():
        name = declared.get(key)
        if name is None:
            if keeps_extras and extras is None:
                shaped[key] = json_copy(value)
        elif name not in state:
            shaped[key] = json_copy(value)
    for key, name in declared.items():
        if name in state and state[name] is not UNSET:
            shaped[key] = _json_ready(state[name])
    return shaped


def read_every_field(value: Any) -> None:
    """Read every field of a model, its nested models and lists too: the first one its type cannot take raises now.

    ``MalformedFieldError`` names it. What ``validate_responses=True`` does to a response, and
    what a model sent as a body goes through; ``to_dict()`` alone writes such a field as received.
    """
    if isinstance(value, list):
        for item in value:
            read_every_field(item)
    elif isinstance(value, dict):
        for item in value.values():
            read_every_field(item)
    elif _is_model(value):
        for field in _declared_fields(type(value)):
            read_every_field(getattr(value, field.name))
        read_every_field(getattr(value, "additional_properties", None))


def dict_with_absent_fields(model: Any) -> dict[str, Any]:
    """``model.to_dict()`` plus every declared field it leaves out, as None; nested models (and lists of them) alike.

    What ``to_dict(exclude_unset=False)`` returns: the full shape of the schema, for a table or a
    CSV whose columns must not depend on which fields one record happens to carry.
    """
    shaped: dict[str, Any] = model.to_dict()
    for field in _declared_fields(type(model)):
        if field.wire_name not in shaped:
            shaped[field.wire_name] = None
            continue
        try:
            value = getattr(model, field.name)
        except MalformedFieldError:
            continue  # to_dict() wrote it as received
        if _is_model(value):
            shaped[field.wire_name] = dict_with_absent_fields(value)
        elif isinstance(value, list):
            shaped[field.wire_name] = [
                dict_with_absent_fields(item) if _is_model(item) else done
                for item, done in zip(value, shaped[field.wire_name], strict=True)
            ]
    return shaped


def model_json(shaped: dict[str, Any]) -> str:
    """``to_json()``: the dict ``to_dict()`` gave as compact JSON text (non-ASCII kept as it is).

    A date, enum or UUID a caller put into ``additional_properties`` is written as ``to_dict()``
    writes declared ones; text that is not valid Unicode (a lone surrogate from a JSON escape)
    is kept escaped, so the result can always be encoded as UTF-8.
    """
    return strict_json(shaped, ensure_ascii=False, separators=(",", ":"))


def strict_json(value: Any, **options: Any) -> str:
    """``json.dumps`` that always writes RFC 8259 JSON that encodes as UTF-8.

    A NaN or infinity (which a lenient server's JSON can carry) is written as ``null``, as JSON
    has no such number; a lone surrogate is kept as an escape. Dates, enums and UUIDs a caller
    put into ``additional_properties`` are written as ``to_dict()`` writes them.
    """
    try:
        text = json.dumps(value, allow_nan=False, default=_json_default, **options)
    except ValueError:  # a non-finite float somewhere (circular references are refused by to_dict)
        text = json.dumps(_finite(value), allow_nan=False, default=_json_default, **options)
    if options.get("ensure_ascii", True) is False:
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            return strict_json(value, **{**options, "ensure_ascii": True})
    return text


def _finite(value: Any) -> Any:
    """A copy of JSON-like `value` with every NaN or infinity as None."""
    return json_copy(value, leaf=_null_if_not_finite)


def _null_if_not_finite(value: Any) -> Any:
    return None if value.__class__ is float and not math.isfinite(value) else value


def _json_default(value: Any) -> Any:
    ready = _json_ready(value)
    if ready is value:
        raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")
    return ready


def expect_json_scalars(values: list[Any], kind: type) -> None:
    """Refuse a list of scalars holding an item of another JSON type (["a", 1, {}] in a list of names)."""
    for value in values:
        if value.__class__ is not kind:
            expect_json_scalar(value, kind)
