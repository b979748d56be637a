"""YAML for edits files: a safe loader that keeps each value's line, and scalar writing.

PyYAML's safe loader composes the document (no tags that run code: an unknown tag is
an error); this module turns the node tree into plain dicts, lists, strings, numbers,
booleans and None, recording the line of every value by its path (``("mentions", 2,
"pin")``), so that an error can name the line. YAML 1.1's surprises are switched off:
only ``true``/``false`` are booleans (``NO``, Norway's code, stays a string), dates stay
strings, and numbers are plain decimals (no octal ``012``, no sexagesimal ``1:30``). A
key given twice and aliases that expand past a limit are errors; a merge key (``<<``) is
just a key (which no entry takes). PyYAML is imported when a file is first read, not
with this module: most builds have no edits file, and the import costs a cold
``geobrief build`` some 30 ms.
"""

from __future__ import annotations

import functools
import json
import re
from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    import yaml

Path = tuple[str | int, ...]
_PLAIN_TAGS = ("tag:yaml.org,2002:map", "tag:yaml.org,2002:seq")  # a tag on a list: refused
MAX_NODES = 100_000  # values in one file, aliases expanded: a bomb of aliases stops here


class LoadError(ValueError):
    """A file that is not the YAML an edits file must be; ``line`` when known."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


@functools.cache
def _loader() -> type[yaml.SafeLoader]:
    """The safe loader with YAML 1.2-like plain scalars (see the module docstring)."""
    import yaml

    class Loader(yaml.SafeLoader):
        yaml_implicit_resolvers: ClassVar[dict[str, list[tuple[str, re.Pattern[str]]]]] = {}

    for tag, pattern, first in (
        ("bool", r"(?:true|True|TRUE|false|False|FALSE)", "tTfF"),
        ("null", r"(?:~|null|Null|NULL|)", ["~", "n", "N", ""]),
        ("int", r"[-+]?(?:0|[1-9][0-9]*)", "-+0123456789"),
        ("float", r"[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?", "-+0123456789."),
    ):
        Loader.add_implicit_resolver(
            f"tag:yaml.org,2002:{tag}", re.compile(rf"^{pattern}$"), list(first)
        )
    return Loader


def load_yaml(text: str) -> tuple[Any, dict[Path, int]]:
    """The document in ``text`` as plain data, and the line (from 1) of each value by its
    path. Raises LoadError for anything that is not such a document."""
    import yaml

    loader = _loader()(text)
    try:
        node = loader.get_single_node()
        lines: dict[Path, int] = {}
        return (_value(loader, node, (), lines, [0]) if node is not None else None), lines
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        raise LoadError(f"not valid YAML ({exc.problem or exc.context})", line) from None
    except yaml.YAMLError as exc:
        raise LoadError(f"not valid YAML ({exc})") from None
    except RecursionError:
        raise LoadError("nested too deeply") from None
    finally:
        loader.dispose()


def _value(
    loader: yaml.SafeLoader, node: yaml.Node, path: Path, lines: dict[Path, int],
    count: list[int],
) -> Any:
    """The plain value of ``node``, its line and its children's recorded in ``lines``."""
    import yaml

    count[0] += 1
    line = node.start_mark.line + 1
    if count[0] > MAX_NODES:
        raise LoadError(f"more than {MAX_NODES:,} values (aliases expanded)", line)
    lines[path] = line
    if isinstance(node, yaml.CollectionNode) and node.tag not in _PLAIN_TAGS:
        raise LoadError(f"not valid YAML (unknown tag {node.tag})", line)
    if isinstance(node, yaml.MappingNode):
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = _value(loader, key_node, (*path, "?"), lines, count)
            if not isinstance(key, str | int) or isinstance(key, bool):
                raise LoadError(f"a key must be a name, not {_shown(key)}", line)
            key = str(key)
            if key in result:
                raise LoadError(f"{key!r} is given twice", key_node.start_mark.line + 1)
            result[key] = _value(loader, value_node, (*path, key), lines, count)
        lines.pop((*path, "?"), None)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_value(loader, item, (*path, i), lines, count) for i, item in enumerate(node.value)]
    try:
        return loader.construct_object(node, deep=True)
    except ValueError as exc:  # an int of 5,000 digits
        raise LoadError(str(exc), line) from None


def _shown(value: Any) -> str:
    return "a list" if isinstance(value, list) else "a mapping" if isinstance(value, dict) else (
        repr(value)
    )


# Characters YAML will not read raw in a double-quoted scalar (its reader refuses the
# non-printable ones; NEL and the separators would break the line), written as escapes.
_UNSAFE = ("[^\x09\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd"
           "\U00010000-\U0010ffff]")


@functools.cache
def _unsafe() -> re.Pattern[str]:
    """_UNSAFE compiled (20 ms: when first needed, not with the module)."""
    return re.compile(_UNSAFE)


def quoted(text: str) -> str:
    """``text`` as a double-quoted YAML scalar that reads back as the same string."""
    body = json.dumps(text, ensure_ascii=False)
    return _unsafe().sub(lambda m: f"\\u{ord(m.group()):04x}", body)
