"""Frozen dataclasses made as quickly as plain objects: their fields written straight into the new instance."""

from __future__ import annotations

import dataclasses
import inspect
from typing import Any, TypeVar

_T = TypeVar("_T")


def quick_init(cls: type[_T]) -> type[_T]:
    """Give a frozen dataclass an ``__init__`` that writes its fields into the instance's ``__dict__``.

    A frozen dataclass's own ``__init__`` sets each field through ``object.__setattr__`` (its ``__setattr__``
    refuses): a call per field. A question makes 16 candidates, their verdicts, the query and its units (again at
    each ``dataclasses.replace``), and the calls cost a few percent of answering it. The instance is the same:
    the same values in its ``__dict__``, in the fields' order, with the same defaults, signature and ``replace``.

    Only for frozen dataclasses whose every field is an ``__init__`` parameter (no ``__post_init__``, ``InitVar``,
    keyword-only field, or field that a descriptor of the class stores): anything else is refused when the class
    is made.
    """
    params = getattr(cls, "__dataclass_params__", None)
    if params is None or not params.frozen or not params.init:
        raise TypeError(f"{cls.__name__} is not a frozen dataclass with an __init__")
    if hasattr(cls, "__post_init__") or getattr(cls, "__slots__", None) is not None:
        raise TypeError(f"{cls.__name__} has a __post_init__ or slots")
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]  # checked above: a dataclass
    # The dataclass's own __init__ takes the fields, in order, and nothing else (no InitVar).
    taken = [p for p in inspect.signature(cls.__init__).parameters.values() if p.name != "self"]
    if [p.name for p in taken] != [f.name for f in fields] or any(p.kind is not p.POSITIONAL_OR_KEYWORD for p in taken):
        raise TypeError(f"{cls.__name__} has an InitVar or a keyword-only field")
    defaults = {p.name: p.default for p in taken}
    # The function's own names cannot be a field's (a field may be named anything else).
    names: dict[str, Any] = {}
    parameters, body = [], []
    for f in fields:
        if f.name == "self" or f.name.startswith("__quick") or hasattr(getattr(cls, f.name, None), "__set__"):
            raise TypeError(f"{cls.__name__}.{f.name} cannot be written straight into the instance")
        if f.default is not dataclasses.MISSING:
            names[f"__quick_default_{f.name}"] = f.default
            parameters.append(f"{f.name}=__quick_default_{f.name}")
            body.append(f"    __quick_dict__[{f.name!r}] = {f.name}")
        elif f.default_factory is not dataclasses.MISSING:
            # The default the dataclass's own __init__ takes for "not given" (its signature shows it as <factory>).
            names[f"__quick_factory_{f.name}"] = f.default_factory
            names[f"__quick_unset_{f.name}"] = defaults[f.name]
            parameters.append(f"{f.name}=__quick_unset_{f.name}")
            made = f"__quick_factory_{f.name}() if {f.name} is __quick_unset_{f.name} else {f.name}"
            body.append(f"    __quick_dict__[{f.name!r}] = {made}")
        else:
            parameters.append(f.name)
            body.append(f"    __quick_dict__[{f.name!r}] = {f.name}")
    source = "\n".join([f"def __init__(self, {', '.join(parameters)}):", "    __quick_dict__ = self.__dict__", *body])
    exec(source, names)  # made from the class's own field names, as dataclasses makes __init__
    init = names["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    init.__annotations__ = dict(getattr(cls.__init__, "__annotations__", {}))
    cls.__init__ = init  # type: ignore[method-assign]  # the dataclass's __init__, made anew
    return cls
