"""A database that is briefly unavailable gives readers a clear 503 page, not a traceback."""

import logging

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader

log = logging.getLogger(__name__)


class DatabaseUnavailableMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, (OperationalError, InterfaceError)):
            return None
        log.warning("database unavailable for %s: %s", request.path, exception)
        try:
            body = loader.render_to_string("503.html", request=None)
        except Exception:  # the template layer must not turn a 503 into a 500
            body = "<h1>Temporarily unavailable</h1><p>Please try again in a moment.</p>"
        if request.path.startswith("/api/") or request.path.endswith((".json", ".ics", ".csv")):
            response = HttpResponse('{"error": "The timeline is temporarily unavailable; try again shortly."}',
                                    content_type="application/json", status=503)
        else:
            response = HttpResponse(body, status=503)
        response["Retry-After"] = "30"
        response["Cache-Control"] = "no-store"
        return response
