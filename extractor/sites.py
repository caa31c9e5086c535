"""Which outlet a URL belongs to, and for a provincial outlet, which province.

The table is data in ``patterns/sites.yaml``: the 63 provinces' ``<slug>.gov.vn``
portals, the provincial newspapers, and national outlets (site name, no province). A
domain matches itself and all its subdomains, the longest entry winning, so
``sotttt.kontum.gov.vn`` (a department's site under the Kon Tum portal) resolves to
Kon Tum and ``www.baodaklak.vn`` to Báo Đắk Lắk.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from urllib.parse import urlsplit

from .patterns import load


@dataclass(frozen=True, slots=True)
class SiteInfo:
    name: str
    province: str | None  # canonical province name (63-era); None for national outlets
    domain: str = ""  # the table entry that matched


@cache
def _table() -> dict[str, SiteInfo]:
    data = load("sites").data
    out: dict[str, SiteInfo] = {}
    for slug, spec in (data.get("portals") or {}).items():
        prov = str(spec["province"])
        kind = str(spec.get("kind") or "tỉnh")
        dom = f"{slug}.gov.vn"
        out[dom] = SiteInfo(f"Cổng thông tin điện tử {kind} {prov}", prov, dom)
    for dom, (name, prov) in (data.get("outlets") or {}).items():
        out[str(dom)] = SiteInfo(str(name), str(prov), str(dom))
    for dom, name in (data.get("national") or {}).items():
        out[str(dom)] = SiteInfo(str(name), None, str(dom))
    return out


def host_of(url: str) -> str | None:
    """The lower-case host of a URL (or of a bare domain), without ``www.`` or port."""
    s = url.strip()
    if not s:
        return None
    if "//" not in s:
        s = "//" + s
    try:
        host = urlsplit(s).hostname
    except ValueError:
        return None
    if not host:
        return None
    host = host.rstrip(".").lower()
    return host[4:] if host.startswith("www.") else host


def site_for_url(url: str | None) -> SiteInfo | None:
    """The outlet a URL belongs to, matching subdomains; None when unknown."""
    if not url:
        return None
    host = host_of(url)
    if not host:
        return None
    table = _table()
    labels = host.split(".")
    for i in range(len(labels) - 1):
        hit = table.get(".".join(labels[i:]))
        if hit:
            return hit
    return None


def all_sites() -> dict[str, SiteInfo]:
    """The whole table (domain → SiteInfo), for the resolver and for tests."""
    return dict(_table())
