"""The FastAPI application: middleware stack, templates, shared dependencies, sign-in and health routes."""
from __future__ import annotations

import logging
import secrets
from collections.abc import Callable, Iterator
from datetime import UTC, timedelta
from pathlib import Path
from typing import Any, TypeVar

from fastapi import APIRouter, Depends, FastAPI, Form, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from sqlalchemy import delete, text
from sqlmodel import Session, col, select
from starlette.concurrency import run_in_threadpool
from starlette.middleware.sessions import SessionMiddleware
from starlette.templating import Jinja2Templates

from mailbot.app import App
from mailbot.errors import ReviewError
from mailbot.review.passwords import authenticate
from mailbot.review.security import (
    AuthGateMiddleware,
    CSRFMiddleware,
    SecurityHeadersMiddleware,
    ensure_csrf_token,
)
from mailbot.store.db import session_scope
from mailbot.store.models import LoginFailure, User, utcnow

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
SESSION_COOKIE = "mailbot_session"
SESSION_MAX_AGE = 12 * 3600  # one working day; then sign in again
T = TypeVar("T")


# ------------------------------------------------------------------------------------ dependencies


def get_app(request: Request) -> App:
    return request.app.state.mailbot  # type: ignore[no-any-return]


def current_user(request: Request) -> User:
    """The signed-in user the auth gate put on the request (the gate already refused everyone else)."""
    user = getattr(request.state, "user", None)
    if user is None:  # only reachable if a public path wrongly asks for a user
        raise ReviewError("not signed in", status=401)
    return user  # type: ignore[no-any-return]


def db_session(request: Request) -> Iterator[Session]:
    """One transaction per request: committed when the route returns, rolled back when it raises."""
    with session_scope(get_app(request).engine) as session:
        yield session


def in_transaction(app: App, fn: Callable[[Session], T]) -> T:
    """Run fn(session) in its own committed transaction (for async routes, via the thread pool)."""
    with Session(app.engine, expire_on_commit=False) as session:
        try:
            result = fn(session)
            session.commit()
            return result
        except BaseException:
            session.rollback()
            raise


async def run_db(request: Request, fn: Callable[[Session], T]) -> T:
    return await run_in_threadpool(in_transaction, get_app(request), fn)


UserDep = Depends(current_user)
# "function" scope: commit before the response goes out, so a redirect never shows stale data.
DbDep = Depends(db_session, scope="function")


# -------------------------------------------------------------------------------------- templates


def make_templates() -> Jinja2Templates:
    env = Environment(loader=FileSystemLoader(str(HERE / "templates")),
                      autoescape=select_autoescape(default=True, default_for_string=True),
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    from mailbot.review import filters

    env.filters.update(filters.FILTERS)
    return Jinja2Templates(env=env)


def flash(request: Request, text_: str, kind: str = "ok") -> None:
    messages = list(request.session.get("flash") or [])[-4:]
    messages.append({"kind": kind, "text": text_[:500]})
    request.session["flash"] = messages


def page(request: Request, name: str, context: dict[str, Any], status: int = 200) -> HTMLResponse:
    """Render a page with what every page needs: the user, the CSRF token, pending flash messages."""
    base = {"user": getattr(request.state, "user", None), "csrf_token": ensure_csrf_token(request.session),
            "flashes": request.session.pop("flash", None) or []}
    return request.app.state.templates.TemplateResponse(request, name, {**base, **context}, status_code=status)


def wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/")


# -------------------------------------------------------------------------------- sign-in routes


class LoginThrottle:
    """Refuses sign-in for a (user name, client address) after too many failures in a window.

    Keyed on both, so an attacker guessing one account from one place is slowed down without locking
    the real user out from their own machine. Kept in the database (table login_failure), so a restart
    does not reset it and every `mailbot serve` process behind a load balancer counts the same failures.
    Works in the request's own session: one transaction with the sign-in it guards.
    """

    def __init__(self, *, max_failures: int = 10, window_seconds: float = 900.0) -> None:
        self.max_failures = max_failures
        self.window = timedelta(seconds=window_seconds)

    def blocked_for(self, session: Session, key: tuple[str, str]) -> float:
        """Seconds until this key may try again (0 when it may now)."""
        now = utcnow()
        times = session.exec(select(LoginFailure.at).where(
            LoginFailure.username == key[0], LoginFailure.client == key[1], LoginFailure.at >= now - self.window,
        ).order_by(col(LoginFailure.at).desc()).limit(self.max_failures)).all()
        if len(times) < self.max_failures:
            return 0.0
        # Blocked until the oldest of the last max_failures failures leaves the window.
        oldest = min(t if t.tzinfo else t.replace(tzinfo=UTC) for t in times)
        return max(0.0, (oldest + self.window - now).total_seconds())

    def failed(self, session: Session, key: tuple[str, str]) -> None:
        now = utcnow()
        session.add(LoginFailure(username=key[0], client=key[1], at=now))
        # Rows past the window count for nothing: dropping them keeps the table small under a spray.
        session.exec(delete(LoginFailure).where(col(LoginFailure.at) < now - self.window))  # type: ignore[call-overload]

    def succeeded(self, session: Session, key: tuple[str, str]) -> None:
        session.exec(delete(LoginFailure).where(LoginFailure.username == key[0],  # type: ignore[call-overload]
                                                LoginFailure.client == key[1]))


auth_router = APIRouter(include_in_schema=False)


def _safe_next(target: str | None) -> str:
    # Only our own paths: "//evil.example" or "/\\evil" would be an open redirect.
    if target and target.startswith("/") and not target.startswith(("//", "/\\")) and "\n" not in target:
        return target
    return "/"


@auth_router.get("/healthz")
def healthz(request: Request) -> JSONResponse:
    try:
        with get_app(request).engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:  # a health check reports, it does not crash
        return JSONResponse({"status": "error", "database": type(exc).__name__}, status_code=503)
    return JSONResponse({"status": "ok"})


@auth_router.get("/login")
def login_form(request: Request, next: str = "/") -> Response:
    if getattr(request.state, "user", None) is not None:
        return RedirectResponse(_safe_next(next), status_code=303)
    return page(request, "login.html", {"next": _safe_next(next), "error": None, "username": ""})


@auth_router.post("/login")
def login(request: Request, username: str = Form("", max_length=64), password: str = Form("", max_length=1024),
          next: str = Form("/", max_length=2000), session: Session = DbDep) -> Response:
    throttle: LoginThrottle = request.app.state.login_throttle
    key = (username.strip().lower(), request.client.host if request.client else "?")
    wait = throttle.blocked_for(session, key)
    if wait > 0:
        return page(request, "login.html", {
            "next": _safe_next(next), "username": username,
            "error": f"Too many failed sign-ins. Try again in {int(wait // 60) + 1} minutes."}, status=429)
    user = authenticate(session, username.strip(), password)
    if user is None:
        throttle.failed(session, key)
        log.info("failed sign-in for a user name of %d characters", len(username))
        return page(request, "login.html", {"next": _safe_next(next), "error": "Wrong user name or password.",
                                            "username": username}, status=401)
    throttle.succeeded(session, key)
    # A fresh session on sign-in (no fixation): new contents, new CSRF token.
    request.session.clear()
    request.session["uid"] = user.id
    ensure_csrf_token(request.session)
    log.info("user %s signed in", user.name)
    return RedirectResponse(_safe_next(next), status_code=303)


@auth_router.post("/logout")
def logout(request: Request) -> Response:
    request.session.clear()
    return RedirectResponse("/login", status_code=303)


# ------------------------------------------------------------------------------------- the factory


def _secret_key(app: App) -> str:
    key = app.settings.web.secret_key()
    if key:
        return key
    log.warning("no web secret key (%s / secret_key_file): using a random one, sessions end at restart",
                app.settings.web.secret_key_env)
    return secrets.token_urlsafe(48)


def create_web_app(app: App) -> FastAPI:
    """The review web app over one App; no global state, so tests can build several side by side."""
    from mailbot.review import api, views

    web = FastAPI(title="mailbot review queue", version="1", docs_url=None, redoc_url=None, openapi_url=None,
                  description="Review queue of mailbot. Every route needs a signed-in session cookie; unsafe "
                              "methods also need the X-CSRF-Token header (from GET /api/session).")
    web.state.mailbot = app
    web.state.templates = make_templates()
    web.state.login_throttle = LoginThrottle()
    web.include_router(auth_router)
    web.include_router(views.router)
    web.include_router(api.router)

    # FastAPI's own /openapi.json would be public; this one sits behind the sign-in gate like the rest.
    @web.get("/openapi.json", include_in_schema=False)
    def openapi() -> JSONResponse:
        return JSONResponse(web.openapi())

    @web.exception_handler(ReviewError)
    async def review_error(request: Request, exc: ReviewError) -> Response:
        if wants_json(request):
            return JSONResponse({"detail": str(exc)}, status_code=exc.status)
        return page(request, "error.html", {"message": str(exc), "status": exc.status}, status=exc.status)

    web.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    # Added innermost first: requests pass Session -> headers -> sign-in gate -> CSRF -> routes.
    web.add_middleware(CSRFMiddleware)
    web.add_middleware(AuthGateMiddleware, engine=app.engine)
    web.add_middleware(SecurityHeadersMiddleware)
    web.add_middleware(SessionMiddleware, secret_key=_secret_key(app), session_cookie=SESSION_COOKIE,
                       max_age=SESSION_MAX_AGE, same_site="lax", https_only=app.settings.web.cookie_secure)
    return web
