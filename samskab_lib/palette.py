"""A colour-blind-safe palette (Okabe & Ito) and chart defaults shared by every figure."""
from __future__ import annotations

# Okabe, M. & Ito, K. (2008) Color Universal Design. Distinguishable with every common
# form of colour blindness; charts also vary lightness so they read in greyscale.
OKABE_ITO: tuple[str, ...] = (
    "#0072B2",  # blue
    "#E69F00",  # orange
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#56B4E9",  # sky blue
    "#D55E00",  # vermillion
    "#F0E442",  # yellow
    "#000000",  # black
)
TEXT_COLOUR = "#1a1a1a"
