"""manage.py createeditor NAME — a staff account in the Editors group (asks for a password)."""

import getpass
import os

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from timeline.signals import ensure_editors_group


class Command(BaseCommand):
    help = "Create (or promote) an editor: staff, in the Editors group. Password from a prompt or $EDITOR_PASSWORD."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--superuser", action="store_true", help="also give every permission")

    def handle(self, *args, username, superuser, **options):
        password = os.environ.get("EDITOR_PASSWORD")
        if not password:
            password = getpass.getpass(f"Password for {username}: ")
            if password != getpass.getpass("Again: "):
                raise CommandError("The passwords differ.")
        User = get_user_model()
        user = User.objects.filter(username=username).first() or User(username=username)
        try:
            validate_password(password, user)
        except ValidationError as exc:
            raise CommandError(" ".join(exc.messages)) from None
        user.set_password(password)
        user.is_staff = True
        user.is_superuser = user.is_superuser or superuser
        user.save()
        user.groups.add(ensure_editors_group())
        self.stdout.write(f"{username} is an editor. Log in at /admin/ and edit events on the timeline.")
