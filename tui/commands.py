"""Command palette (ctrl+p): every described binding of the current screen and the app, and the
settings (the theme is Textual's own "Change theme" command; the app saves the choice)."""

from __future__ import annotations

from functools import partial

from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider

SETTINGS = [
    ("Settings: reviewer name recorded with each decision", "set_reviewer"),
    ("Settings: export folder for the checklist", "set_export_dir"),
]


class ReviewCommands(Provider):
    def _commands(self) -> list[tuple[str, str, object]]:
        """(title, help, target) for each binding with a description; the target runs the action."""
        out = []
        seen = set()
        for target in (self.screen, self.app):
            for b in getattr(target, "BINDINGS", []):
                if not isinstance(b, Binding) or not b.description or b.action in seen:
                    continue
                seen.add(b.action)
                key = self.app.get_key_display(b)
                out.append((b.tooltip or b.description, f"key: {key}", partial(target.run_action, b.action)))
        for title, action in SETTINGS:  # no key of their own: rare, and kept in the settings file
            out.append((title, "settings", partial(self.app.run_action, action)))
        return out

    async def discover(self) -> Hits:
        for title, help_text, run in self._commands():
            yield DiscoveryHit(title, run, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_text, run in self._commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), run, help=help_text)
