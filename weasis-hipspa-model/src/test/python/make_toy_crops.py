#!/usr/bin/python3
"""Writes a folder of toy training crops in the `hipspa train --data` format, with numpy only.

    /usr/bin/python3 src/test/python/make_toy_crops.py OUT_DIR [PATIENTS] [CROPS_PER_PATIENT] [SEED]

Each crop is 128 wide x 160 tall: a bright ellipse ("femoral head") on noise, a brighter disc inside
it on some crops ("BME") and a bright disc at its rim outside it on others ("effusion"); every
patient has its own intensity gain. For measuring the training machinery until the hip phantom
exists; it is not anatomy.
"""
import os
import sys

import numpy as np

W, H = 128, 160


def main(out, patients=12, per_patient=10, seed=1):
    rng = np.random.default_rng(seed)
    os.makedirs(out, exist_ok=True)
    yy, xx = np.mgrid[0:H, 0:W]
    rows = ["patient,series,label,image,femoral_head,bme,effusion"]
    n = 0
    for p in range(patients):
        gain = 0.5 + 2 * rng.random()
        for k in range(per_patient):
            cx, cy = 64 + 8 * rng.standard_normal(), 75 + 8 * rng.standard_normal()
            ax, ay = 24 + 10 * rng.random(), 26 + 10 * rng.random()
            head = ((xx - cx) / ax) ** 2 + ((yy - cy) / ay) ** 2 <= 1
            bx, by, br = cx + (rng.random() - 0.5) * ax, cy + (rng.random() - 0.5) * ay, 5 + 5 * rng.random()
            bme = head & ((xx - bx) ** 2 + (yy - by) ** 2 <= br * br) & (rng.random() < 0.6)
            a = 2 * np.pi * rng.random()
            ex, ey, er = cx + np.cos(a) * ax, cy + np.sin(a) * ay, 6 + 4 * rng.random()
            eff = ~head & ((xx - ex) ** 2 + (yy - ey) ** 2 <= er * er) & (rng.random() < 0.5)
            img = 80 + 15 * rng.standard_normal((H, W))
            img[head] = 220 + 15 * rng.standard_normal(head.sum())
            img[bme] = 420 + 15 * rng.standard_normal(bme.sum())
            img[eff] = 520 + 15 * rng.standard_normal(eff.sum())
            img = np.clip(img, 0, None) * gain
            stem = "crop%05d" % n
            img.astype("<f4").tofile(os.path.join(out, stem + ".f32"))
            names = []
            for name, mask in (("femoral-head", head), ("bme", bme), ("effusion", eff)):
                mask.astype(np.uint8).tofile(os.path.join(out, "%s-%s.u8" % (stem, name)))
                names.append("%s-%s.u8" % (stem, name))
            rows.append(",".join(["patient%d" % p, "series%d" % p, "slice%d" % k, stem + ".f32"] + names))
            n += 1
    with open(os.path.join(out, "crops.csv"), "w") as f:
        f.write("\n".join(rows) + "\n")
    print("wrote", n, "crops of", patients, "patients to", out)


if __name__ == "__main__":
    a = sys.argv[1:]
    main(a[0], *(int(v) for v in a[1:]))
