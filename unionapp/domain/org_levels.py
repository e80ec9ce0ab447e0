"""The levels of the union tree (DESIGN §2.1) and which may sit under which."""

from __future__ import annotations

LEVEL_LABELS = {
    "county": "县总工会",
    "township": "乡镇（街道）总工会",
    "industry": "产业（系统）工会",
    "federation": "工会联合会",
    "grassroots": "基层工会",
    "branch": "分会",
}

ALLOWED_PARENTS = {
    "county": (),
    "township": ("county",),
    "industry": ("county",),
    "federation": ("county", "township"),
    "grassroots": ("county", "township", "industry", "federation"),
    "branch": ("grassroots",),
}

# Members are registered with the union where they work: a grassroots union or one of its branches.
MEMBER_LEVELS = ("grassroots", "branch")

ORG_STATUS_LABELS = {"normal": "正常", "dissolved": "撤销", "merged": "合并"}


def check_parent(level: str, parent_level: str | None) -> str | None:
    """A Chinese reason why an organisation of `level` cannot sit under `parent_level`."""
    if level not in LEVEL_LABELS:
        return f"未知的组织层级：{level}"
    allowed = ALLOWED_PARENTS[level]
    if parent_level is None:
        return None if not allowed else f"{LEVEL_LABELS[level]}必须有上级工会"
    if parent_level not in allowed:
        return f"{LEVEL_LABELS[level]}不能设在{LEVEL_LABELS.get(parent_level, parent_level)}之下"
    return None


def child_path(parent_path: str, org_id: int) -> str:
    """Materialised path of a node: the parent's path plus its own id ("/1/7/" → "/1/7/42/")."""
    return f"{parent_path or '/'}{org_id}/"


def subtree_upper_bound(path: str) -> str:
    """Exclusive upper bound of every path under `path`: "/1/7/" → "/1/70" ("0" follows "/")."""
    return path[:-1] + "0"
