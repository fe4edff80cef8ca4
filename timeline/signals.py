"""The "Editors" group, kept in step with the models after every migrate.

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


def ensure_editors_group(**kwargs) -> Group:
    group, _ = Group.objects.get_or_create(name=EDITORS)
    codenames = [f"{action}_{model}" for model, actions in EDITOR_PERMISSIONS.items() for action in actions]
    perms = Permission.objects.filter(content_type__app_label="timeline", codename__in=codenames)
    group.permissions.add(*perms)
    return group
