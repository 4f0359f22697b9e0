"""Node positions computed before the page opens.

The browser must not simulate physics for thousands of nodes (the page
would not draw for minutes), so every page ships positions. Small graphs
use networkx's spring layout and then let vis-network polish it; from 500
nodes on, networkx would need scipy (sparse layout) or quadratic memory,
so a force layout with sampled repulsion in numpy takes over: O(n·s) per
step instead of O(n²), good enough for a first picture users can drag.
"""

from __future__ import annotations

import math

import networkx as nx
import numpy as np

SPRING_LIMIT = 500
SPACING = 40.0  # median distance in pixels from a node to its nearest neighbour
GRAVITY = 0.8  # balances the repulsion of a uniform disc of radius sqrt(n)


def layout(G: nx.Graph, *, seed: int = 42) -> dict[str, tuple[float, float]]:
    """Positions in vis-network pixels, spread so nodes rarely overlap."""
    n = G.number_of_nodes()
    if n == 0:
        return {}
    if n == 1:
        return {next(iter(G)): (0.0, 0.0)}
    simple = nx.Graph(G.to_undirected(as_view=True))
    if n < SPRING_LIMIT:
        pos = nx.spring_layout(simple, seed=seed)
    else:
        pos = sampled_force_layout(simple, seed=seed)
    points = np.array([pos[v] for v in G], dtype=float)
    points *= SPACING / _nearest_spacing(points)
    return {v: (round(float(x), 1), round(float(y), 1)) for v, (x, y) in zip(G, points)}


def _nearest_spacing(points: np.ndarray, *, sample: int = 200) -> float:
    """Median nearest-neighbour distance, measured on a sample of nodes."""
    rng = np.random.default_rng(0)
    picked = rng.choice(len(points), size=min(sample, len(points)), replace=False)
    dist = np.linalg.norm(points[picked, None, :] - points[None, :, :], axis=2)
    dist[np.arange(len(picked)), picked] = np.inf
    return max(float(np.median(dist.min(axis=1))), 1e-9)


def sampled_force_layout(G: nx.Graph, *, iterations: int = 80, samples: int = 24, seed: int = 42) -> dict:
    """Fruchterman-Reingold with repulsion estimated from random samples.

    Returns positions normalised to [-1, 1] like networkx layouts.
    """
    nodes = list(G)
    n = len(nodes)
    index = {v: i for i, v in enumerate(nodes)}
    edges = np.array([(index[u], index[v]) for u, v in G.edges() if u != v], dtype=np.int64).reshape(-1, 2)
    rng = np.random.default_rng(seed)
    pos = (rng.random((n, 2)) - 0.5) * math.sqrt(n)
    temperature = math.sqrt(n) / 8
    for _ in range(iterations):
        step = _repulsion(pos, rng, samples) + _attraction(pos, edges) - GRAVITY * pos
        length = np.maximum(np.linalg.norm(step, axis=1), 1e-9)
        pos += step / length[:, None] * np.minimum(length, temperature)[:, None]
        temperature = max(temperature * 0.95, 0.05)
    pos = _pull_in_stragglers(pos, np.bincount(edges.ravel(), minlength=n) > 0)
    return {v: (pos[i, 0], pos[i, 1]) for v, i in index.items()}


def _pull_in_stragglers(pos: np.ndarray, connected: np.ndarray) -> np.ndarray:
    """Move far-flung nodes (isolated ones drift out) onto the rim of the core.

    Normalises to [-1, 1] by the core's radius, not the outliers'.
    """
    pos = pos - np.median(pos, axis=0)
    radius = np.maximum(np.linalg.norm(pos, axis=1), 1e-9)
    core = radius[connected] if connected.any() else radius
    limit = max(float(np.percentile(core, 98)) * 1.05, 1e-9)
    return pos * (np.minimum(radius, limit) / radius / limit)[:, None]


def _repulsion(pos: np.ndarray, rng: np.random.Generator, samples: int) -> np.ndarray:
    """k²/d away from `samples` random nodes, scaled up to stand for all n."""
    n = len(pos)
    others = rng.integers(0, n, size=(n, samples))
    delta = pos[:, None, :] - pos[others]
    dist2 = np.maximum((delta**2).sum(axis=2), 1e-4)
    return (delta / dist2[:, :, None]).sum(axis=1) * ((n - 1) / samples)


def _attraction(pos: np.ndarray, edges: np.ndarray) -> np.ndarray:
    """d²/k towards each neighbour (k = 1)."""
    force = np.zeros_like(pos)
    if len(edges) == 0:
        return force
    delta = pos[edges[:, 1]] - pos[edges[:, 0]]
    pull = delta * np.linalg.norm(delta, axis=1)[:, None]
    np.add.at(force, edges[:, 0], pull)
    np.add.at(force, edges[:, 1], -pull)
    return force
