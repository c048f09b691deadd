"""Phone photos of paper documents: find the sheet, undo the perspective, even out the light, before OCR."""
from __future__ import annotations

from dataclasses import dataclass

# The sheet must fill a good part of the picture (a document photographed on a desk), yet not touch
# every border: a flatbed scan or a screenshot is already straight and is left as it is.
MIN_SHEET_AREA = 0.25
MAX_SHEET_AREA = 0.97
# Working resolution of the outline search; the warp itself runs on the full image.
SEARCH_PIXELS = 1000
# Width the straightened page is scaled up to: an A4/Letter sheet (8.27-8.5 in) at about 300 dpi.
TARGET_WIDTH = 2500
RECTIFIED_DPI = 300


@dataclass(frozen=True)
class Rectified:
    """The straightened page (PNG, greyscale) and what was done, for the document's warnings."""

    png: bytes
    note: str


def _order(quad: object) -> object:
    """Corners as top-left, top-right, bottom-right, bottom-left (what the warp expects)."""
    import numpy as np

    pts = np.asarray(quad, dtype="float32").reshape(4, 2)
    s, d = pts.sum(axis=1), np.diff(pts, axis=1).ravel()
    return np.array([pts[s.argmin()], pts[d.argmin()], pts[s.argmax()], pts[d.argmax()]], dtype="float32")


def _sheet_outline(gray: object) -> object | None:
    """The four corners of the largest bright quadrilateral (the paper), or None."""
    import cv2
    import numpy as np

    h, w = gray.shape  # type: ignore[attr-defined]
    scale = SEARCH_PIXELS / max(h, w)
    small = cv2.resize(gray, (max(1, int(w * scale)), max(1, int(h * scale))), interpolation=cv2.INTER_AREA)
    blur = cv2.GaussianBlur(small, (5, 5), 0)
    # Paper is brighter than the desk around it: Otsu splits the two, closing fills the printed text.
    _, mask = cv2.threshold(blur, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    mask = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, np.ones((15, 15), np.uint8))
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return None
    biggest = max(contours, key=cv2.contourArea)
    share = cv2.contourArea(biggest) / float(small.shape[0] * small.shape[1])
    if not MIN_SHEET_AREA <= share <= MAX_SHEET_AREA:
        return None
    hull = cv2.convexHull(biggest)
    quad = cv2.approxPolyDP(hull, 0.02 * cv2.arcLength(hull, True), True)
    if len(quad) != 4:
        return None
    return _order(quad) / scale


def _without_rules(gray: object) -> object:
    """The page in black and white with table rules removed: Tesseract reads a rule touching a figure
    as "|" or "1", and the grey fringe of an erased rule as specks, so the page is binarised first."""
    import cv2
    import numpy as np

    ink = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)[1]
    h, w = ink.shape  # type: ignore[attr-defined]
    # Only long straight strokes are rules: no glyph is 1/25 of the page wide or 1/40 of it tall.
    horizontal = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (w // 25, 1)))
    vertical = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, h // 40)))
    rules = cv2.dilate(cv2.bitwise_or(horizontal, vertical), np.ones((5, 5), np.uint8))
    ink[rules > 0] = 0
    return cv2.bitwise_not(ink)


def rectify(image: bytes) -> Rectified | None:
    """A straightened copy of a photographed sheet, or None when the image is no such photo (or cv2 is missing)."""
    try:
        import cv2
        import numpy as np
    except ImportError:  # OpenCV is optional: without it photos are read as they are
        return None
    gray = cv2.imdecode(np.frombuffer(image, np.uint8), cv2.IMREAD_GRAYSCALE)
    if gray is None:
        return None
    corners = _sheet_outline(gray)
    if corners is None:
        return None
    tl, tr, br, bl = corners
    width = int(max(np.linalg.norm(tr - tl), np.linalg.norm(br - bl)))
    height = int(max(np.linalg.norm(bl - tl), np.linalg.norm(br - tr)))
    if width < 200 or height < 200:
        return None
    target = np.array([[0, 0], [width - 1, 0], [width - 1, height - 1], [0, height - 1]], dtype="float32")
    flat = cv2.warpPerspective(gray, cv2.getPerspectiveTransform(corners, target), (width, height),
                               flags=cv2.INTER_CUBIC, borderMode=cv2.BORDER_REPLICATE)
    # Uneven light (a shadow across the sheet) would make Tesseract's own binarisation drop faint
    # text: divide by the blurred background so the paper is evenly white again.
    background = cv2.medianBlur(cv2.dilate(flat, np.ones((7, 7), np.uint8)), 31)
    even = cv2.divide(flat, background, scale=255)
    # A phone photo of a page is ~150-200 px per inch; Tesseract reads best at about 300.
    if width < TARGET_WIDTH:
        factor = TARGET_WIDTH / width
        even = cv2.resize(even, (TARGET_WIDTH, int(height * factor)), interpolation=cv2.INTER_CUBIC)
    even = _without_rules(even)
    ok, png = cv2.imencode(".png", even)
    if not ok:
        return None
    return Rectified(png.tobytes(),
                     "photo: the sheet's outline was found and its perspective straightened before OCR")
