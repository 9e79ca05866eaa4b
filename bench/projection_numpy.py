#!/usr/bin/env python3
"""Vectorised NumPy version of `daks bench projection` (same method, same kind of inputs).

Cohort-component, single years 0..100+, two sexes, yearly steps, net migration counts with the
half-before/half-after timing, female-dominant births B = sum f(x) * (W(x,t) + W(x,t+1)) / 2, sex ratio 1.05,
open group P(w,t+1) = P(w-1,t) S(w-1) + P(w,t) S(w); every step's births, deaths, in- and out-movers are kept for
every area (as the Java engine's result does), areas processed in chunks so the memory stays bounded.

Inputs are generated like BenchCommand.generate (same formulas, NumPy's own random numbers; the standard schedules
are recomputed here with the same parameters as de.daks.projection.engine.StandardSchedules).

    python3 bench/projection_numpy.py --areas 11000 --years 30
"""
import argparse
import math
import time

import numpy as np

G = 101
A0 = 0.1


def life_table(q0, makeham, level, slope):
    q = np.empty(131)
    q[0] = q0
    x = np.arange(1, 131)
    q[1:] = np.minimum(1, 1 - np.exp(-(makeham + level * np.exp(slope * (x + 0.5)))))
    q[-1] = 1
    l = np.concatenate([[1.0], np.cumprod(1 - q)])
    L = (l[:-1] + l[1:]) / 2
    L[0] = l[1] + A0 * (l[0] - l[1])
    T = np.cumsum(L[::-1])[::-1]
    s = np.empty(G)
    s[:-1] = np.minimum(1, L[1:G] / L[:G - 1])
    s[-1] = min(1, T[G] / T[G - 1])
    return s, L[0]


def fertility():
    mean, sd, tfr = 31.5, 5.8, 1.46
    shape, scale = (mean - 15) ** 2 / sd ** 2, sd ** 2 / (mean - 15)
    f = np.zeros(G)
    x = np.arange(15, 50)
    y = (x + 0.5 - 15) / scale
    f[15:50] = np.exp((shape - 1) * np.log(y) - y)
    return f * tfr / f.sum()


def generate(areas, rng):
    size = 300 * 1000 ** rng.random(areas)
    x = np.arange(G)
    pop = (size[:, None, None] / 70 * np.exp(-x / 70.0)[None, None, :]
           * (0.8 + 0.4 * rng.random((areas, 2, G))))
    profile = np.exp(-((x - 22) / 4.0) ** 2) - 0.5 * np.exp(-((x - 32) / 6.0) ** 2)
    mig = np.broadcast_to(size[:, None, None] * 0.002 * profile[None, None, :], (areas, 2, G)).copy()
    fert = fertility()[None, :] * (0.8 + 0.4 * rng.random(areas))[:, None]
    return pop, mig, fert


def project(pop, mig, fert, surv, birth_surv, years, srb=1.05, exposed=0.5):
    """Returns populations (years+1, areas, 2, G) and births/deaths/in/out of every step."""
    n = pop.shape[0]
    pops = np.empty((years + 1, n, 2, G))
    deaths = np.empty((years, n, 2, G))
    ins = np.empty((years, n, 2, G))
    outs = np.empty((years, n, 2, G))
    births = np.empty((years, n, 2))
    pops[0] = pop
    z = np.maximum(mig, 0)
    f0 = np.maximum(-mig, 0)
    s_cell = np.empty((n, 2, G))
    for t in range(years):
        p = pops[t]
        start = np.empty((n, 2, G))
        start[:, :, 1:G - 1] = p[:, :, 0:G - 2]
        start[:, :, G - 1] = p[:, :, G - 2] + p[:, :, G - 1]
        s_cell[:, :, 1:G - 1] = surv[None, :, 0:G - 2]
        with np.errstate(invalid="ignore", divide="ignore"):
            s_open = (p[:, :, G - 2] * surv[None, :, G - 2] + p[:, :, G - 1] * surv[None, :, G - 1]) / start[:, :, G - 1]
        s_cell[:, :, G - 1] = np.where(start[:, :, G - 1] > 0, s_open, surv[None, :, G - 1])
        # births need the women of t+1, which do not depend on the births
        s_cell[:, :, 0] = birth_surv[None, :]
        start[:, :, 0] = 0
        exposed_pop = np.maximum(0, start + exposed * (z - f0))
        d = exposed_pop * (1 - s_cell)
        new = start - d + z - f0
        b = (fert * 0.5 * (p[:, 0, :] + new[:, 0, :])).sum(axis=1)
        bs = np.stack([b / (1 + srb), b * srb / (1 + srb)], axis=1)
        # group 0: start = births
        e0 = np.maximum(0, bs + exposed * (z[:, :, 0] - f0[:, :, 0]))
        d[:, :, 0] = e0 * (1 - birth_surv[None, :])
        new[:, :, 0] = bs - d[:, :, 0] + z[:, :, 0] - f0[:, :, 0]
        out = f0.copy()
        neg = new < 0
        if neg.any():
            out = np.where(neg, out + new, out)
            new = np.where(neg, 0.0, new)
        pops[t + 1] = new
        deaths[t], ins[t], outs[t], births[t] = d, z, out, bs
    return pops, births, deaths, ins, outs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--areas", type=int, default=11000)
    ap.add_argument("--years", type=int, default=30)
    ap.add_argument("--chunk", type=int, default=500)
    a = ap.parse_args()
    sf, bf = life_table(0.0030, 0.00012, 0.000018, 0.0953)
    sm, bm = life_table(0.0035, 0.00015, 0.000049, 0.0878)
    surv = np.stack([sf, sm])
    birth_surv = np.array([bf, bm])
    pop, mig, fert = generate(a.areas, np.random.default_rng(42))
    rates = []
    for run in range(4):  # one untimed pass, then three timed ones (median reported, as the Java bench does)
        t0 = time.perf_counter()
        checksum = 0.0
        for i in range(0, a.areas, a.chunk):
            pops, *_ = project(pop[i:i + a.chunk], mig[i:i + a.chunk], fert[i:i + a.chunk], surv, birth_surv, a.years)
            checksum += pops[-1].sum()
        sec = time.perf_counter() - t0
        if run > 0:
            rates.append(a.areas * a.years / sec)
            print(f"pass {run}: {a.areas} areas x {a.years} years in {sec:.3f} s")
    print(f"{sorted(rates)[1]:.0f} areas·years per second (median of 3 passes, checksum {checksum:.1f}, "
          f"numpy {np.__version__})")


if __name__ == "__main__":
    main()
