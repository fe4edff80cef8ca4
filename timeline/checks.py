"""System checks: refuse to serve with DEBUG off and no secret key."""

from django.conf import settings
from django.core.checks import Error, register


@register()
def secret_key_is_set(app_configs, **kwargs):
    # Read the raw value: settings.SECRET_KEY itself raises when it is empty.
    settings.DEBUG  # noqa: B018  (touching a setting makes sure settings are loaded)
    if not settings.DEBUG and not getattr(settings._wrapped, "SECRET_KEY", ""):
        return [Error(settings.SECRET_KEY_MISSING, id="timeline.E001")]
    return []
