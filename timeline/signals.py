"""The "Editors" and "Viewers" groups, kept in step with the models after every migrate.

Done after migrate (not in a data migration) because Django creates model permissions only then.
"""

from django.contrib.auth.models import Group, Permission

EDITORS = "Editors"
# Editors change the timeline's content; they never manage users.
EDITOR_PERMISSIONS = {
    "event": ("view", "change", "add", "delete"),
    "mention": ("view", "change", "add", "delete"),
    "actor": ("view", "change", "add", "delete"),
    "timeline": ("view", "change", "add", "delete"),
    "article": ("view", "change", "add"),
}


VIEWERS = "Viewers"
# Staff viewers read everything in the workbench (events, evidence, history) and change nothing.
VIEWER_PERMISSIONS = {model: ("view",) for model in ("event", "mention", "actor", "timeline", "article")}


def _group(name: str, permissions: dict[str, tuple[str, ...]]) -> Group:
    group, _ = Group.objects.get_or_create(name=name)
    codenames = [f"{action}_{model}" for model, actions in permissions.items() for action in actions]
    group.permissions.add(*Permission.objects.filter(content_type__app_label="timeline", codename__in=codenames))
    return group


def ensure_editors_group(**kwargs) -> Group:
    """After migrate: the Editors and Viewers groups with their permissions. Returns Editors."""
    _group(VIEWERS, VIEWER_PERMISSIONS)
    return _group(EDITORS, EDITOR_PERMISSIONS)
