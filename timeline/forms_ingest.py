"""The staff upload form: files, URLs or a pasted article, all at once."""

from django import forms
from django.conf import settings

from .sources import SUPPORTED_SUFFIXES, is_url

MAX_FILES = 200


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    widget = MultipleFileInput

    def clean(self, data, initial=None):
        files = data if isinstance(data, (list, tuple)) else [data] if data else []
        return [super(MultipleFileField, self).clean(f, initial) for f in files if f]


class UploadForm(forms.Form):
    files = MultipleFileField(
        required=False, label="Files",
        help_text="Articles as .txt (with the news header), .html pages, .rss/.atom feeds or .jsonl "
                  "({\"text\", \"published\", \"url\", \"title\"} per line).",
    )
    urls = forms.CharField(
        required=False, label="URLs", widget=forms.Textarea(attrs={"rows": 3, "spellcheck": "false"}),
        help_text="One article page or feed URL per line.",
    )
    text = forms.CharField(
        required=False, label="Or paste an article", widget=forms.Textarea(attrs={"rows": 8}),
        help_text="Headline first; a line like “Created at 2025-03-17 09:54:27” or the date below dates it.",
    )
    published = forms.DateTimeField(
        required=False, label="Publication timestamp of the pasted article",
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
        help_text="Leave empty to read it from the text. Without one, relative dates stay unresolved.",
    )

    def clean_files(self):
        files = self.cleaned_data["files"]
        if len(files) > MAX_FILES:
            raise forms.ValidationError(f"At most {MAX_FILES} files at once.")
        limit = settings.TIMELINE_MAX_ARTICLE_BYTES
        for f in files:
            suffix = ("." + f.name.rsplit(".", 1)[-1].lower()) if "." in f.name else ""
            if suffix not in SUPPORTED_SUFFIXES:
                raise forms.ValidationError(f"{f.name}: {suffix or 'no suffix'} is not a supported format.")
            if f.size > limit * 20:
                raise forms.ValidationError(f"{f.name} is over the size limit.")
        return files

    def clean_urls(self):
        urls = [u.strip() for u in self.cleaned_data["urls"].splitlines() if u.strip()]
        bad = [u for u in urls if not is_url(u)]
        if bad:
            raise forms.ValidationError(f"Not an http(s) URL: {bad[0]}")
        return urls

    def clean(self):
        data = super().clean()
        if not (data.get("files") or data.get("urls") or (data.get("text") or "").strip()):
            raise forms.ValidationError("Give at least one file, URL or pasted article.")
        return data
