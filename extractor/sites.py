"""Which outlet a URL belongs to, and for a provincial outlet, which province.

The table is data in ``patterns/sites.yaml``: the 63 provinces' ``<slug>.gov.vn``
portals, the provincial newspapers, and national outlets (site name, no province). A
domain matches itself and all its subdomains, the longest entry winning, so
``sotttt.kontum.gov.vn`` (a department's site under the Kon Tum portal) resolves to
Kon Tum and ``www.baodaklak.vn`` to Báo Đắk Lắk.

A province portal's subdomain is another site of that province (a district's, a
commune's, a department's portal): it keeps the province but not the portal's name. It is
named when its host label says which site it is (a district of the province, a department
in the table), and left unnamed otherwise, so that the page's own footer can name it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache, lru_cache
from urllib.parse import urlsplit

from .patterns import load


@dataclass(frozen=True, slots=True)
class SiteInfo:
    name: str | None  # None: a portal's sub-site whose name its host does not tell
    province: str | None  # canonical province name (63-era); None for national outlets
    domain: str = ""  # the table entry that matched
    portal: bool = False  # a province's own portal (<slug>.gov.vn)


@cache
def _table() -> dict[str, SiteInfo]:
    data = load("sites").data
    out: dict[str, SiteInfo] = {}
    for slug, spec in (data.get("portals") or {}).items():
        prov = str(spec["province"])
        kind = str(spec.get("kind") or "tỉnh")
        dom = f"{slug}.gov.vn"
        out[dom] = SiteInfo(f"{_PORTAL_PREFIX}{kind} {prov}", prov, dom, portal=True)
        # the provincial Party committee's portal under the same slug (soctrang.dcs.vn,
        # hungyen.dcs.vn; a district's committee under it: tranvanthoi.camau.dcs.vn)
        dom = f"{slug}.dcs.vn"
        out[dom] = SiteInfo(f"{_PARTY_PREFIX}{kind} {prov}", prov, dom, portal=True)
    for dom, (name, prov) in (data.get("outlets") or {}).items():
        out[str(dom)] = SiteInfo(str(name), str(prov), str(dom))
    for dom, name in (data.get("national") or {}).items():
        out[str(dom)] = SiteInfo(str(name), None, str(dom))
    return out


@cache
def _sub_labels() -> tuple[frozenset[str], dict[str, str]]:
    data = load("sites").data
    aliases = frozenset(str(a) for a in data.get("portal_aliases") or ())
    depts = {str(k): str(v) for k, v in (data.get("departments") or {}).items()}
    return aliases, depts


_PORTAL_PREFIX = "Cổng thông tin điện tử "
_PARTY_PREFIX = "Cổng thông tin điện tử Đảng bộ "


def _sub_site(portal: SiteInfo, labels: tuple[str, ...]) -> SiteInfo:
    """The site at ``labels`` under a province portal (labels left to right)."""
    aliases, depts = _sub_labels()
    if len(labels) == 1 and labels[0] in aliases:
        return portal  # the portal itself: its mobile or English edition
    from .gazetteer import load as load_gazetteer

    near = labels[-1].replace("-", "")
    # the gazetteer's reading of a host label as a district of the portal's province
    district = load_gazetteer().label_district(near, portal.province) if portal.province else None
    party = portal.domain.endswith(".dcs.vn")
    name: str | None = None  # a commune's, a school's, a service's: the page may say
    if district and len(labels) == 1:
        name = (_PARTY_PREFIX if party else _PORTAL_PREFIX) + district
    elif not district and not party and len(labels) == 1 and near in depts and portal.name:
        name = f"{depts[near]} {portal.name.removeprefix(_PORTAL_PREFIX)}"
    return replace(portal, name=name, portal=False)


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
    return _site_for_host(host)


@lru_cache(maxsize=4096)
def _site_for_host(host: str) -> SiteInfo | None:
    table = _table()
    labels = host.split(".")
    for i in range(len(labels) - 1):
        hit = table.get(".".join(labels[i:]))
        if hit:
            return _sub_site(hit, tuple(labels[:i])) if i and hit.portal else hit
    return None


def all_sites() -> dict[str, SiteInfo]:
    """The whole table (domain → SiteInfo), for the resolver and for tests."""
    return dict(_table())
